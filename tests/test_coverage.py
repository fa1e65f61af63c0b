"""Coverage tables: the arithmetic on a small hand-checked case, the in-force rule, and the corpus run."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.export.coverage import TABLES, coverage_tables, in_force, parse_as_of
from pipeline.export.post import finalize_run
from pipeline.geo.areas import Areas, Commune, PaysMembers, load_areas
from pipeline.geo.normalize import norm
from pipeline.load import load_run
from tests.conftest import CORPUS, ROOT

AS_OF = dt.date(2024, 1, 15)


def _areas() -> Areas:
    c = {i: Commune(i, n, d, r, p) for i, n, d, r, p in [
        ("01001", "A", "01", "R1", 100), ("01002", "B", "01", "R1", 200), ("01003", "C", "01", "R1", 300),
        ("01004", "F", "01", "R1", 1000), ("02001", "D", "02", "R1", 400), ("03001", "E", "03", "R2", 500)]}
    return Areas(
        communes=c, parent={"01101": "01003"}, epci_members={"200000001": ("01001", "01002")},
        departements={"01": ("Un", "R1"), "02": ("Deux", "R1"), "03": ("Trois", "R2")},
        region_codes={"R1": "91", "R2": "92"},
        pays={norm("Pays P"): PaysMembers("Pays P", ("200000001",), "https://example.org/p")},
        pays_names={norm("Pays P"): "Pays P", norm("Pays Q"): "Pays Q"},
    )


def _row(cid: str, kind: str, name: str, **kw) -> dict:
    return {"consolidated_id": cid, "territory_name": name, "territory_type": kind, "territory_insee": None,
            "territory_departement": None, "territory_region": None, "status": "signed", "signing_date": None,
            "period_start": None, "period_end": None, "doc_ids": f"doc-{cid}", "contract_ids": f"doc-{cid}#1", **kw}


ROWS = [
    # C, signed 2022-05 without a period: in force until 2027-05.
    _row("c", "commune", "C", territory_insee="01003", territory_departement="01", signing_date="2022-05"),
    # The EPCI's 2019-2023 contract has ended by 2024.
    _row("x", "epci", "CC X", territory_insee="200000001", territory_departement="01", period_start=2019,
         period_end=2023),
    # Pays P (members known: the EPCI) is in force: A and B.
    _row("p", "pays_petr", "Pays P", territory_departement="01", period_start=2023, period_end=2027),
    # Pays Q: membership unknown, placed in département 02, counted apart.
    _row("q", "pays_petr", "Pays Q", territory_departement="02", territory_region="R1", period_start=2024,
         period_end=2028),
    # A quartier of D: D counted whole, flagged partial.
    _row("k", "quartier", "Les Tours", territory_departement="02", period_start=2024, period_end=2028),
    # E's contract is only in preparation: covered, not in force.
    _row("e", "commune", "E", territory_insee="03001", territory_departement="03", status="in_preparation",
         period_start=2024, period_end=2028),
]


@pytest.fixture(scope="module")
def tables() -> dict[str, list[dict]]:
    return coverage_tables(ROWS, _areas(), AS_OF, towns={"doc-k#1": "02001"})


def test_summary_arithmetic(tables):
    got = {(r["level"], r["code"]): r for r in tables["coverage_summary"]}
    assert list(got) == [("france", "FR"), ("region", "91"), ("region", "92"), ("departement", "01"),
                         ("departement", "02"), ("departement", "03")]
    keys = ("communes", "population", "communes_covered", "population_covered", "share_covered", "communes_partial",
            "n_contracts", "n_contracts_in_force", "n_contracts_membership_unknown")
    expected = {
        ("france", "FR"): (6, 2500, 4, 1000, 0.4, 1, 6, 4, 1),
        ("region", "91"): (5, 2000, 4, 1000, 0.5, 1, 5, 4, 1),
        ("region", "92"): (1, 500, 0, 0, 0.0, 0, 1, 0, 0),
        ("departement", "01"): (4, 1600, 3, 600, 0.375, 0, 3, 2, 0),
        ("departement", "02"): (1, 400, 1, 400, 1.0, 1, 2, 2, 1),
        ("departement", "03"): (1, 500, 0, 0, 0.0, 0, 1, 0, 0),
    }
    for key, values in expected.items():
        assert tuple(got[key][k] for k in keys) == values, key


def test_commune_rows(tables):
    rows = {r["insee"]: r for r in tables["coverage_communes"]}
    assert sorted(rows) == ["01001", "01002", "01003", "02001", "03001"]  # F is not covered by anything
    a = rows["01001"]
    assert (a["contract_ids"], a["scopes"], a["in_force_contract_ids"], a["periods"]) == (
        "p;x", "pays_petr;epci", "p", "2023-2027;2019-2023")
    assert a["membership_sources"] == "gazetteer;https://example.org/p" and a["in_force"] and not a["partial"]
    assert rows["02001"]["partial"] and rows["02001"]["in_force"]
    assert not rows["03001"]["in_force"] and rows["03001"]["statuses"] == "in_preparation"


def test_unknown_membership_is_listed_not_dropped(tables):
    contracts = {r["consolidated_id"]: r for r in tables["coverage_contracts"]}
    assert len(contracts) == len(ROWS)
    q = contracts["q"]
    assert (q["membership"], q["scope"], q["n_communes"], q["in_force"]) == ("unknown", None, 0, True)
    assert contracts["p"]["population"] == 300 and contracts["k"]["town_insee"] == "02001"


def test_arrondissement_counts_as_its_town():
    row = _row("m", "commune", "C 1er", territory_insee="01101", period_start=2024, period_end=2028)
    t = coverage_tables([row], _areas(), AS_OF)
    (commune,) = t["coverage_communes"]
    assert commune["insee"] == "01003" and commune["partial"] and commune["scopes"] == "arrondissement"


@pytest.mark.parametrize(("fields", "expected"), [
    ({"period_start": 2020, "period_end": 2024}, (True, "period")),
    ({"period_start": 2025, "period_end": 2029}, (False, "period")),
    ({"period_start": 2020}, (True, "period")),  # 2020-2024 (five years)
    ({"period_end": 2023}, (False, "period")),  # 2019-2023
    ({"signing_date": "2019-01-16"}, (True, "signing+5y")),  # until 2024-01-16
    ({"signing_date": "2019-01-15"}, (False, "signing+5y")),
    ({"signing_date": "2024-02"}, (False, "signing+5y")),  # not signed yet on 2024-01-15
    ({"signing_date": "2023", "status": "in_preparation"}, (False, "signing+5y")),
    ({"period_start": 2024, "period_end": 2028, "status": "announced"}, (False, "period")),
    ({"status": "signed"}, (False, "no_dates")),
])
def test_in_force(fields, expected):
    assert in_force({"status": "signed", **fields}, AS_OF) == expected


@pytest.mark.parametrize("value", ["2024", "2024-03", "2024-03-12"])
def test_parse_as_of(value):
    assert parse_as_of(value).isoformat().startswith(value)


def test_parse_as_of_refuses_other_text():
    with pytest.raises(ValueError):
        parse_as_of("12/03/2024")


def test_no_contract_writes_headers_only(tmp_path):
    lines = [json.dumps({"doc_id": f"d{i}", "is_cls": False, "contracts": [], "publication_date": "2024-01-02"})
             for i in range(3)]
    (tmp_path / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    written = finalize_run(tmp_path)
    for name, columns in TABLES.items():
        assert f"{name}.csv" in written
        assert (tmp_path / f"{name}.csv").read_bytes() == (",".join(columns) + "\r\n").encode()


def test_pays_membership_file_names_known_entities():
    """Every Pays/PETR with a membership exists in pays_petr.tsv, has a source, and its EPCIs are in epci.tsv."""
    areas = load_areas()
    with open(ROOT / "rules" / "geo" / "pays_petr_members.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows
    for r in rows:
        assert r["name"] in areas.pays_names.values(), r["name"]
        assert r["source"].startswith("http"), r["name"]
        assert all(s in areas.epci_members for s in r["members"].split("|")), r["name"]


@pytest.fixture(scope="module")
def corpus_run(run_dir_factory, tmp_path_factory):
    out = tmp_path_factory.mktemp("coverage") / "run"
    shutil.copytree(run_dir_factory(CORPUS / "docs"), out)
    return out


def _read(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_corpus_coverage_is_consistent(corpus_run):
    communes = _read(corpus_run / "coverage_communes.csv")
    summary = {(r["level"], r["code"]): r for r in _read(corpus_run / "coverage_summary.csv")}
    contracts = _read(corpus_run / "coverage_contracts.csv")
    assert len(contracts) == len(_read(corpus_run / "contracts_consolidated.csv"))
    france = summary[("france", "FR")]
    live = [c for c in communes if c["in_force"] == "true"]
    assert int(france["communes_covered"]) == len(live)
    assert int(france["population_covered"]) == sum(int(c["population"]) for c in live)
    for level in ("region", "departement"):
        parts = [r for (lvl, _), r in summary.items() if lvl == level]
        assert sum(int(r["population_covered"]) for r in parts) == int(france["population_covered"])
    # Amiens (80021): its 2024 contract is in force at the run's date, the 2018-2022 one is not.
    amiens = next(c for c in communes if c["insee"] == "80021")
    assert len(amiens["contract_ids"].split(";")) == 2 and amiens["in_force_contract_ids"].count(";") == 0
    unknown = {c["territory_name"] for c in contracts if c["membership"] == "unknown"}
    assert "PETR du Pays Médoc" in unknown and int(france["n_contracts_membership_unknown"]) == len(unknown)
    cambresis = next(c for c in contracts if c["territory_name"] == "PETR du Pays du Cambrésis")
    assert cambresis["membership"] == "known" and cambresis["membership_source"].startswith("http")
    manifest = json.loads((corpus_run / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["coverage"]["population"]["year"] == 2023
    assert manifest["coverage"]["as_of_source"] == "latest publication date"


def test_corpus_coverage_is_deterministic_and_loads(corpus_run):
    first = {name: (corpus_run / f"{name}.csv").read_bytes() for name in TABLES}
    finalize_run(corpus_run, ["csv", "duckdb"])
    assert {name: (corpus_run / f"{name}.csv").read_bytes() for name in TABLES} == first
    t = load_run(corpus_run)
    assert t["coverage_summary"]["share_covered"].dtype == "Float64"
    assert str(t["coverage_communes"]["in_force"].dtype) == "boolean"
    import duckdb

    con = duckdb.connect(str(corpus_run / "run.duckdb"), read_only=True)
    try:
        n = con.execute("SELECT count(*) FROM coverage_summary WHERE level = 'region'").fetchone()[0]
    finally:
        con.close()
    assert n == (t["coverage_summary"]["level"] == "region").sum()


def test_as_of_option(corpus_run, tmp_path):
    early = tmp_path / "early"
    shutil.copytree(corpus_run, early)
    finalize_run(early, as_of=dt.date(2012, 1, 1))
    early_fr = _read(early / "coverage_summary.csv")[0]
    late_fr = _read(corpus_run / "coverage_summary.csv")[0]
    assert int(early_fr["n_contracts_in_force"]) < int(late_fr["n_contracts_in_force"])
    res = CliRunner().invoke(app, ["run", str(CORPUS / "docs"), "--out", str(tmp_path / "r"), "--as-of", "mars"])
    assert res.exit_code == 2 and "--as-of" in res.output
