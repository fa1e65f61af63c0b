"""Tests of pipeline.evaluate: agreement with the reference scorer, hand-checked counts, outputs."""

from __future__ import annotations

import copy
import importlib.util
import json
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from pipeline.evaluate import (
    FIELDS,
    ErrorRow,
    EvalResult,
    format_table,
    load_jsonl,
    run_evaluate,
    score,
    score_paths,
    write_report,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS_GOLD = SHARED / "gold" / "seeds.jsonl"
DEV_GOLD = SHARED / "dev" / "gold.jsonl"


# --- helpers ---------------------------------------------------------------------------------------


def write_jsonl(path: Path, records: dict[str, dict[str, Any]] | list[dict[str, Any]]) -> Path:
    rows = records.values() if isinstance(records, dict) else records
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def contract(name: str, insee: str | None = None, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "territory": {"name": name, "type": "commune", "insee": insee},
        "status": None, "signing_date": None, "period_start": None, "period_end": None,
        "signatories": [], "people": [], "axes": [], "axis_themes": [], "funding": [],
    }
    base.update(fields)
    return base


def doc(doc_id: str, *contracts: dict[str, Any], is_cls: bool | None = None) -> dict[str, Any]:
    return {"doc_id": doc_id, "is_cls": bool(contracts) if is_cls is None else is_cls, "contracts": list(contracts)}


def counts(result: EvalResult, name: str) -> tuple[int, int, int]:
    s = result.fields[name]
    return s.tp, s.fp, s.fn


# --- (1) agreement with shared/tools/score.py -------------------------------------------------------


@pytest.fixture(scope="module")
def reference() -> ModuleType:
    """The reference scorer, imported by path (it is a script, not a package)."""
    if not SHARED.exists():
        pytest.skip("../shared not present (a user's clone has no ../shared)")
    spec = importlib.util.spec_from_file_location("reference_score", SHARED / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_agrees(reference: ModuleType, gold_path: Path, pred_path: Path) -> EvalResult:
    ref_scores, _, ref_missing = reference.score(str(gold_path), str(pred_path))
    ours = score_paths(gold_path, pred_path)
    assert list(ours.fields) == list(ref_scores) == list(FIELDS)
    for name, (p, r, f1) in ref_scores.items():
        got = ours.fields[name]
        assert got.p == pytest.approx(p, abs=1e-9), name
        assert got.r == pytest.approx(r, abs=1e-9), name
        assert got.f1 == pytest.approx(f1, abs=1e-9), name
    ref_macro = sum(v[2] for v in ref_scores.values()) / len(ref_scores)
    assert ours.macro_f1 == pytest.approx(ref_macro, abs=1e-9)
    assert ours.missing == ref_missing
    return ours


def _contracts(record: dict[str, Any]) -> list[dict[str, Any]]:
    return record.get("contracts") or []


def drop_contracts(rng: random.Random, record: dict[str, Any]) -> None:
    cs = _contracts(record)
    if cs:
        del cs[rng.randrange(len(cs))]


def change_status(rng: random.Random, record: dict[str, Any]) -> None:
    for c in _contracts(record):
        c["status"] = rng.choice(["signed", "renewed", "in_preparation", "announced", "unknown", None])


def shuffle_signatories(rng: random.Random, record: dict[str, Any]) -> None:
    for c in _contracts(record):
        sig = c.get("signatories") or []
        rng.shuffle(sig)
        if sig and rng.random() < 0.5:
            sig[0]["org_type"] = rng.choice(["ars", "prefecture", "commune", "cpam", "other"])
        if sig and rng.random() < 0.3:
            sig.pop()


def remove_axes(rng: random.Random, record: dict[str, Any]) -> None:
    for c in _contracts(record):
        axes = c.get("axes") or []
        if axes:
            del axes[rng.randrange(len(axes))]
        if axes and rng.random() < 0.5:
            # Truncated text: sometimes still above the 0.5 overlap, sometimes not.
            words = axes[0].split()
            axes[0] = " ".join(words[: max(1, len(words) // rng.choice([2, 3]))])
        themes = c.get("axis_themes") or []
        if themes and rng.random() < 0.5:
            themes.pop()


def wrong_insee(rng: random.Random, record: dict[str, Any]) -> None:
    for c in _contracts(record):
        territory = c.setdefault("territory", {})
        choice = rng.random()
        if choice < 0.4:
            territory["insee"] = f"{rng.randrange(100000):05d}"
        elif choice < 0.7:
            territory["code"] = territory.pop("insee", None)  # the scorer also reads "code"
        else:
            territory["insee"] = None


def alter_names(rng: random.Random, record: dict[str, Any]) -> None:
    for c in _contracts(record):
        territory = c.setdefault("territory", {})
        name = territory.get("name") or ""
        territory["name"] = rng.choice([name.upper(), f"Ville de {name}", name[: max(1, len(name) // 2)], "Ailleurs"])
        for person in c.get("people") or []:
            if rng.random() < 0.5:
                person["name"] = person["name"].split()[0]
        for sig in c.get("signatories") or []:
            if rng.random() < 0.3:
                sig["name"] = f"Commune de {sig['name']}"


# Spellings of one institution that the reference folds together (and one it does not: "CPAM ARS").
LONG_ORG_NAMES = {
    "ars": ["Agence régionale de santé Occitanie", "ARS (ARS) Grand Est", "Délégation ARS du Lot", "CPAM ARS"],
    "cpam": ["Caisse primaire d'assurance maladie du Gers", "CPAM CPAM du Gers"],
    "commune": ["Mairie de Flers", "Municipalité de Flers", "Flers"],
    "hospital": ["Centre hospitalier de Cahors", "CH de Cahors", "Groupement hospitalier de territoire Lot"],
}


def long_org_names(rng: random.Random, record: dict[str, Any]) -> None:
    for c in _contracts(record):
        for sig in c.get("signatories") or []:
            sig["name"] = rng.choice(LONG_ORG_NAMES.get(sig.get("org_type"), [sig["name"], "Conseil départemental"]))


def flip_is_cls(rng: random.Random, record: dict[str, Any]) -> None:
    record["is_cls"] = not record.get("is_cls")


def alter_dates_and_money(rng: random.Random, record: dict[str, Any]) -> None:
    for c in _contracts(record):
        if c.get("signing_date") and rng.random() < 0.5:
            c["signing_date"] = c["signing_date"][:7]
        elif rng.random() < 0.3:
            c["signing_date"] = "2020-01-01"
        if rng.random() < 0.5:
            c["period_end"] = (c.get("period_end") or 2025) + 1
        for f in c.get("funding") or []:
            f["amount_eur"] = rng.choice([f.get("amount_eur"), float(f.get("amount_eur") or 0) + 0.4, 1])


def add_extra_contract(rng: random.Random, record: dict[str, Any]) -> None:
    record.setdefault("contracts", []).append(contract("Nulle-Part-Sur-Mer", "99999", status="signed"))


PERTURBATIONS = [
    drop_contracts, change_status, shuffle_signatories, remove_axes, wrong_insee, alter_names, flip_is_cls,
    alter_dates_and_money, add_extra_contract, long_org_names,
]


def perturb(gold: dict[str, dict[str, Any]], seed: int, n_ops: int) -> dict[str, dict[str, Any]]:
    """Predictions derived from gold by random edits; some documents deleted."""
    rng = random.Random(seed)
    pred = copy.deepcopy(gold)
    for doc_id in list(pred):
        if rng.random() < 0.15:
            del pred[doc_id]
            continue
        for op in rng.sample(PERTURBATIONS, k=n_ops):
            if rng.random() < 0.6:
                op(rng, pred[doc_id])
    return pred


@pytest.mark.parametrize("gold_path", [SEEDS_GOLD, DEV_GOLD], ids=["seeds", "dev"])
def test_gold_against_itself_matches_reference(reference: ModuleType, gold_path: Path) -> None:
    result = assert_agrees(reference, gold_path, gold_path)
    assert result.macro_f1 == 1.0
    assert result.errors == []


@pytest.mark.parametrize("gold_path", [SEEDS_GOLD, DEV_GOLD], ids=["seeds", "dev"])
@pytest.mark.parametrize("op", PERTURBATIONS, ids=lambda op: op.__name__)
def test_single_perturbation_matches_reference(reference: ModuleType, tmp_path: Path, gold_path: Path, op: Any) -> None:
    gold = load_jsonl(gold_path)
    rng = random.Random(1234)
    pred = copy.deepcopy(gold)
    for record in pred.values():
        op(rng, record)
    result = assert_agrees(reference, gold_path, write_jsonl(tmp_path / "pred.jsonl", pred))
    assert result.macro_f1 < 1.0 or op is shuffle_signatories


@pytest.mark.parametrize("gold_path", [SEEDS_GOLD, DEV_GOLD], ids=["seeds", "dev"])
@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4, 5, 6, 7])
def test_mixed_perturbations_match_reference(reference: ModuleType, tmp_path: Path, gold_path: Path, seed: int) -> None:
    gold = load_jsonl(gold_path)
    pred = perturb(gold, seed=seed, n_ops=1 + seed % 4)
    assert_agrees(reference, gold_path, write_jsonl(tmp_path / "pred.jsonl", pred))


def test_deleted_documents_match_reference(reference: ModuleType, tmp_path: Path) -> None:
    gold = load_jsonl(DEV_GOLD)
    pred = {k: v for i, (k, v) in enumerate(gold.items()) if i % 3}
    result = assert_agrees(reference, DEV_GOLD, write_jsonl(tmp_path / "pred.jsonl", pred))
    assert set(result.missing) == set(gold) - set(pred)


def test_empty_predictions_match_reference(reference: ModuleType, tmp_path: Path) -> None:
    result = assert_agrees(reference, DEV_GOLD, write_jsonl(tmp_path / "pred.jsonl", []))
    assert len(result.missing) == len(load_jsonl(DEV_GOLD))


# --- (2) hand-made pairs with known counts ----------------------------------------------------------


def test_perfect_prediction() -> None:
    gold = {"a": doc("a", contract("Laon", "02408", status="signed", signing_date="2024-03-01"))}
    result = score(gold, copy.deepcopy(gold))
    assert result.macro_f1 == 1.0
    assert all(s.f1 == 1.0 for s in result.fields.values())
    assert result.errors == [] and result.missing == []


def test_missing_document_counts_as_not_cls() -> None:
    gold = {"a": doc("a", contract("Laon", "02408", status="signed")), "b": doc("b", is_cls=False)}
    result = score(gold, {})
    assert result.missing == ["a", "b"]
    assert counts(result, "is_cls") == (0, 0, 1)  # b: true negative, counts nowhere
    assert counts(result, "contract") == (0, 0, 1)
    assert counts(result, "territory_code") == (0, 0, 1)
    assert counts(result, "status") == (0, 0, 1)
    s = result.fields["is_cls"]
    assert (s.p, s.r, s.f1) == (0.0, 0.0, 0.0)
    # Nothing in gold and nothing predicted is perfect.
    assert result.fields["funding"].f1 == 1.0


def test_contract_matched_by_name_key_or_code() -> None:
    gold = {"a": doc("a", contract("Communauté de communes du Pays de Bitche"), contract("Laon", "02408"))}
    pred = {"a": doc("a", contract("Laon-ville", "02408"), contract("CC Bitche"))}
    result = score(gold, pred)
    assert counts(result, "contract") == (2, 0, 0)
    assert counts(result, "territory_code") == (1, 0, 0)


def test_short_name_keys_need_equality() -> None:
    # "ay" is contained in "hayange" but keys shorter than 4 characters must be equal.
    gold = {"a": doc("a", contract("Ay"))}
    pred = {"a": doc("a", contract("Hayange"))}
    result = score(gold, pred)
    assert counts(result, "contract") == (0, 1, 1)
    assert [e.field for e in result.errors if e.field == "contract"] == ["contract", "contract"]


def test_territory_code_scored_only_where_gold_knows_it() -> None:
    gold = {"a": doc("a", contract("Laon", None), contract("Vichy", "03310"))}
    pred = {"a": doc("a", contract("Laon", "02408"), contract("Vichy", "00000"))}
    result = score(gold, pred)
    assert counts(result, "territory_code") == (0, 1, 1)


def test_status_unknown_is_no_status_and_wrong_value_counts_twice() -> None:
    gold = {"a": doc("a", contract("Laon", status="unknown"), contract("Vichy", status="signed"))}
    pred = {"a": doc("a", contract("Laon", status=None), contract("Vichy", status="renewed"))}
    result = score(gold, pred)
    assert counts(result, "status") == (0, 1, 1)
    assert ErrorRow("a", "status", "signed", "renewed", "Vichy") in result.errors


def test_signing_date_at_gold_precision_and_period_pair() -> None:
    gold = {"a": doc("a", contract("Laon", signing_date="2015-10", period_start=2024, period_end=2028))}
    pred = {"a": doc("a", contract("Laon", signing_date="2015-10-01", period_start=2024, period_end=None))}
    result = score(gold, pred)
    assert counts(result, "signing_date") == (0, 1, 1)
    assert counts(result, "period") == (0, 1, 1)


def test_lists_are_multisets() -> None:
    gold_sig = [{"org_type": "ars", "name": "ARS Grand Est"}, {"org_type": "commune", "name": "Ville de Laon"},
                {"org_type": "cpam", "name": "CPAM"}]
    pred_sig = [{"org_type": "commune", "name": "Laon"}, {"org_type": "ars", "name": "ARS Grand-Est"},
                {"org_type": "ars", "name": "ARS bis"}]
    gold = {"a": doc("a", contract("Laon", signatories=gold_sig, people=[{"name": "Éric Delhaye"}],
                                   axis_themes=["acces_soins", "acces_soins", "jeunesse"],
                                   funding=[{"amount_eur": 30000}, {"amount_eur": 1500000}]))}
    pred = {"a": doc("a", contract("Laon", signatories=pred_sig, people=[{"name": "M. Delhaye"}, {"name": "X Y"}],
                                   axis_themes=["acces_soins"],
                                   funding=[{"amount_eur": 30000.4}, {"amount_eur": "1500000"}]))}
    result = score(gold, pred)
    assert counts(result, "signatories_type") == (2, 1, 1)  # ars+commune found; cpam missed, extra ars
    assert counts(result, "signatories_name") == (2, 1, 1)  # "grand est" twice; "cpam" missed, "bis" extra
    assert counts(result, "people") == (1, 1, 0)  # last names
    assert counts(result, "axis_themes") == (1, 0, 1)  # gold themes are a set
    assert counts(result, "funding") == (2, 0, 0)  # rounded to the euro
    assert ErrorRow("a", "signatories_type", "cpam", None, "Laon") in result.errors
    assert ErrorRow("a", "signatories_type", None, "ars", "Laon") in result.errors


def test_axes_greedy_overlap_at_half() -> None:
    gold_axes = ["Favoriser l'accès aux soins de proximité", "Renforcer la prévention santé",
                 "Améliorer la coordination des acteurs"]
    pred_axes = ["accès aux soins de proximité", "prévention", {"label": "Améliorer la coordination des acteurs locaux"}]
    gold = {"a": doc("a", contract("Laon", axes=gold_axes))}
    pred = {"a": doc("a", contract("Laon", axes=pred_axes))}
    result = score(gold, pred)
    # axis 1: 4 of 5 tokens -> F1 0.89; axis 2: 1 of 3 tokens -> F1 0.5, kept; axis 3 -> 0.89.
    assert counts(result, "axes") == (3, 0, 0)
    gold["a"]["contracts"][0]["axes"][1] = "Renforcer la prévention des addictions"  # 1 of 4 -> 0.4
    assert counts(score(gold, pred), "axes") == (2, 1, 1)
    pred["a"]["contracts"][0]["axes"] = ["santé"]
    assert counts(score(gold, pred), "axes") == (0, 1, 3)


def test_unmatched_contracts_count_all_their_values() -> None:
    gold = {"a": doc("a", contract("Laon", "02408", status="signed", axes=["x axe un"]))}
    pred = {"a": doc("a", contract("Vichy", "03310", status="signed"))}
    result = score(gold, pred)
    assert counts(result, "contract") == (0, 1, 1)
    assert counts(result, "status") == (0, 1, 1)  # fn for Laon, fp for Vichy
    assert counts(result, "territory_code") == (0, 0, 1)  # extra contract's code is not scored
    assert counts(result, "axes") == (0, 0, 1)


def test_false_positive_document() -> None:
    gold = {"a": doc("a", is_cls=False)}
    pred = {"a": doc("a", contract("Laon", status="signed"))}
    result = score(gold, pred)
    assert counts(result, "is_cls") == (0, 1, 0)
    assert counts(result, "contract") == (0, 1, 0)
    s = result.fields["contract"]
    assert (s.p, s.r) == (0.0, 1.0)
    assert ErrorRow("a", "is_cls", False, True) in result.errors


def test_macro_f1_is_mean_of_field_f1() -> None:
    gold = {"a": doc("a", contract("Laon", status="signed")), "b": doc("b", contract("Vichy"))}
    pred = {"a": doc("a", contract("Laon", status="renewed"))}
    result = score(gold, pred)
    assert result.macro_f1 == pytest.approx(sum(s.f1 for s in result.fields.values()) / 12)


def test_load_jsonl_and_run_dir(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    (run_dir / "records.jsonl").write_text('{"doc_id": "a", "is_cls": true}\n\n{"doc_id": 7}\n', encoding="utf-8")
    assert set(load_jsonl(run_dir / "records.jsonl")) == {"a", "7"}
    gold_path = write_jsonl(tmp_path / "gold.jsonl", [doc("a", contract("Laon"))])
    assert counts(score_paths(gold_path, run_dir), "is_cls") == (1, 0, 0)
    (tmp_path / "bad.jsonl").write_text('{"doc_id": "a"}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        load_jsonl(tmp_path / "bad.jsonl")


# --- (3) outputs -----------------------------------------------------------------------------------


@pytest.fixture
def sample(tmp_path: Path) -> tuple[Path, Path]:
    sig = [{"org_type": "ars", "name": "ARS Hauts-de-France"}, {"org_type": "commune", "name": "Ville de Laon"}]
    gold = [doc("a", contract("Laon", "02408", status="signed", signatories=sig, axes=["Accès aux soins"])),
            doc("b", contract("Vichy", status="in_preparation")), doc("c", is_cls=False)]
    bad_sig = [{"org_type": "prefecture", "name": "ARS Hauts de France"}, {"org_type": "commune", "name": "Laon"}]
    pred = [doc("a", contract("Laon", "02408", status="renewed", signatories=bad_sig, axes=["Accès aux soins"]))]
    return write_jsonl(tmp_path / "gold.jsonl", gold), write_jsonl(tmp_path / "pred.jsonl", pred)


def test_format_table_layout(sample: tuple[Path, Path]) -> None:
    lines = format_table(score_paths(*sample)).splitlines()
    assert lines[0] == f"{'field':18} {'P':>6} {'R':>6} {'F1':>6}"
    assert [line.split()[0] for line in lines[1:13]] == list(FIELDS)
    assert lines[13].startswith("missing predictions for 2 docs: ['b', 'c']")
    assert lines[-1].startswith("macro-F1 ")


def test_report_sections_and_confusions(sample: tuple[Path, Path], tmp_path: Path) -> None:
    gold_path, pred_path = sample
    gold, pred = load_jsonl(gold_path), load_jsonl(pred_path)
    out = tmp_path / "reports" / "eval.md"
    write_report(score(gold, pred), gold, pred, out)
    text = out.read_text(encoding="utf-8")
    for heading in ("# Evaluation report", "## Summary", "## Worst documents", "## Confusion matrices",
                    "### Signatory org_type", "### Contract status", "## Most frequent wrong values"):
        assert heading in text
    assert "| gold \\ predicted | commune | prefecture |" in text
    assert "| ars |  | 1 |" in text  # ARS typed prefecture
    assert "| signed | 1 |" in text  # status: signed -> renewed
    assert "| signed | renewed | 1 |" in text  # most frequent wrong status
    worst = text.split("## Worst documents")[1]
    assert worst.index("| a |") < worst.index("| b |")


def test_run_evaluate_exit_code_and_json(sample: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    gold_path, pred_path = sample
    assert run_evaluate(gold_path, pred_path, as_json=True, per_doc=False, report=None, min_f1=None) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"fields", "macro_f1"}
    assert list(payload["fields"]) == list(FIELDS)
    assert all(set(v) == {"p", "r", "f1"} for v in payload["fields"].values())
    macro = payload["macro_f1"]
    assert run_evaluate(gold_path, pred_path, as_json=True, per_doc=False, report=None, min_f1=macro + 0.01) == 1
    assert run_evaluate(gold_path, pred_path, as_json=False, per_doc=False, report=None, min_f1=macro) == 0
    assert run_evaluate(gold_path, gold_path, as_json=False, per_doc=False, report=None, min_f1=1.0) == 0
    assert run_evaluate(gold_path, gold_path.with_name("nope.jsonl"), False, False, None, None) == 2


def test_run_evaluate_per_doc(sample: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    gold_path, pred_path = sample
    assert run_evaluate(gold_path, pred_path, as_json=False, per_doc=True, report=None, min_f1=None) == 0
    out = capsys.readouterr().out
    assert "a | status | signed | renewed" in out
    assert "a | signatories_type | ars | (none)" in out
    assert "b | contract | Vichy | (none)" in out
    assert "b | document | gold record | (none)" in out
