"""Consolidation: one row per contract across the documents that announce it."""

from __future__ import annotations

import csv
import shutil

import pytest

from pipeline.export.consolidate import consolidate, dates_agree
from pipeline.export.post import finalize_run
from tests.conftest import CORPUS


def _rec(doc_id: str, pub: str | None = None, **contract) -> dict:
    territory = {"name": "Laon", "type": "commune", "insee": "02408", "departement": "02",
                 "region": "Hauts-de-France"} | contract.pop("territory", {})
    return {"doc_id": doc_id, "publication_date": pub, "is_cls": True,
            "contracts": [{"territory": territory, "status": "signed"} | contract]}


def test_overlapping_periods_merge_and_conflicts_are_named():
    rows = consolidate([
        _rec("ars", "2024-03-13", period_start=2024, period_end=2029, signing_date="2024-03-12", generation=3),
        _rec("ville", "2024-03-14", period_start=2024, period_end=2028, signing_date="2024-03", generation=3,
             status="renewed"),
        _rec("presse", "2024-03-20", period_start=2024, period_end=2028, status="renewed"),
    ])
    assert len(rows) == 1
    row = rows[0]
    assert row["doc_ids"] == "ars;presse;ville"
    assert row["n_sources"] == 3
    assert row["period_end"] == 2028  # two sources against one
    assert row["signing_date"] == "2024-03-12"  # agreeing dates: the most precise
    assert row["status"] == "renewed"  # signed once, renewed twice: the majority
    assert row["conflicts"].split(";") == ["period_end", "status"]


def test_same_signing_date_merges_without_period():
    rows = consolidate([_rec("a", signing_date="2021-07-01"), _rec("b", signing_date="2021-07-01", period_end=2026)])
    assert len(rows) == 1 and rows[0]["conflicts"] == ""


def test_other_period_or_territory_stays_apart():
    rows = consolidate([
        _rec("cls2", period_start=2018, period_end=2022, signing_date="2018-07-02"),
        _rec("cls3", period_start=2024, period_end=2028, signing_date="2024-03-12"),
        _rec("soissons", period_start=2024, period_end=2028,
             territory={"name": "Soissons", "insee": "02722"}),
    ])
    assert sorted(r["doc_ids"] for r in rows) == ["cls2", "cls3", "soissons"]
    assert [r["consolidated_id"] for r in rows] == ["02408#1", "02408#2", "02722#1"]


def test_undated_mention_joins_the_only_dated_contract_of_its_territory():
    one = consolidate([_rec("signed", period_start=2024, period_end=2028), _rec("undated")])
    assert len(one) == 1 and one[0]["doc_ids"] == "signed;undated"
    two = consolidate([_rec("a", period_start=2018, period_end=2022), _rec("b", period_start=2024, period_end=2028),
                       _rec("undated")])
    assert len(two) == 3


def test_stage_advances_and_unknown_is_not_a_conflict():
    rows = consolidate([_rec("early", status="in_preparation", period_start=2025, period_end=2029),
                        _rec("late", status="signed", period_start=2025, period_end=2029),
                        _rec("vague", status="unknown", period_start=2025)])
    assert rows[0]["status"] == "signed"
    assert "status" in rows[0]["conflicts"]


@pytest.mark.parametrize(("a", "b", "agree"), [("2024-03", "2024-03-12", True), ("2024", "2024-03-12", True),
                                                ("2024-03-11", "2024-03-12", False), (None, "2024", False)])
def test_dates_agree(a, b, agree):
    assert dates_agree(a, b) is agree


def test_corpus_repeats_one_contract(run_dir_factory, tmp_path):
    """corpus-a01 (city) and corpus-r01 (ARS) announce Amiens' CLS 3; corpus-r02 is its CLS 2 of 2018."""
    src = run_dir_factory(CORPUS / "docs")
    out = tmp_path / "run"
    shutil.copytree(src, out)
    assert "contracts_consolidated.csv" in finalize_run(out)
    first = (out / "contracts_consolidated.csv").read_bytes()
    finalize_run(out)
    assert (out / "contracts_consolidated.csv").read_bytes() == first
    with open(out / "contracts_consolidated.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with open(out / "contracts.csv", encoding="utf-8", newline="") as fh:
        contracts = list(csv.DictReader(fh))
    # Every contract mention lands in exactly one consolidated row.
    ids = [cid for r in rows for cid in r["contract_ids"].split(";")]
    assert sorted(ids) == sorted(c["contract_id"] for c in contracts)
    amiens = {r["doc_ids"]: r for r in rows if r["territory_insee"] == "80021"}
    assert set(amiens) == {"corpus-a01-amiens;corpus-r01-amiens-ars", "corpus-r02-amiens-cls2-2018"}
    cls3 = amiens["corpus-a01-amiens;corpus-r01-amiens-ars"]
    assert cls3["n_sources"] == "2" and cls3["signing_date"] == "2024-03-12"
    # The conflicts column names exactly the scalar fields on which the two mentions differ here.
    pair = [c for c in contracts if c["doc_id"] in ("corpus-a01-amiens", "corpus-r01-amiens-ars")]
    differing = {f for f in ("period_start", "period_end", "generation", "status", "funding_total")
                 if pair[0][f] and pair[1][f] and pair[0][f] != pair[1][f]}
    assert set(filter(None, cls3["conflicts"].split(";"))) >= differing
    assert len(rows) < len(contracts)
