"""The scored signatory decision: candidates and their features, the keep rule, the committed model,
reproducible training."""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

import pytest

from pipeline.extract import signatory_choice as sc
from pipeline.extract.orgs import find_orgs
from pipeline.extract.signatories import extract_signatories, in_scope, scope_ranges
from pipeline.extract.units import split_units
from pipeline.models import Territory
from tests.conftest import CORPUS, ROOT

LAON = Territory(name="Laon", type="commune", insee="02408", departement="02", region="Hauts-de-France")


def _candidates(text: str, territory: Territory | None = None) -> dict[str, sc.Candidate]:
    units = split_units(text)
    orgs = find_orgs(text)
    ranges = scope_ranges([(u.start, u.end, u.text, u.bullet) for u in units])
    specific = next((o.name for o in orgs if o.org_type == "ars" and not o.generic), None)
    cls = [(m.start(), m.end()) for m in re.finditer(r"\bCLS\b|contrat local de santé", text)]
    return {c.signatory.name: c for c in sc.candidates(text, orgs, units, ranges, territory, specific, cls_spans=cls)}


TEXT = ("Le contrat local de santé a été signé le 3 mars 2022 par la Ville de Laon et l'ARS Hauts-de-France, "
        "en présence de la CAF de l'Aisne.\n"
        "La MSA de Picardie rejoindra la démarche par avenant.\n"
        "Le CLS est obligatoirement conclu avec la Préfecture de l'Aisne.")


def test_every_party_is_a_candidate_and_the_hand_verdict_is_extract_signatories() -> None:
    cands = _candidates(TEXT, LAON)
    assert set(cands) == {"Ville de Laon", "ARS Hauts-de-France", "CAF de l'Aisne", "MSA de Picardie",
                          "Préfecture de l'Aisne"}
    units = [(u.start, u.end, u.text, u.bullet) for u in split_units(TEXT)]
    orgs = find_orgs(TEXT)
    hand, _ = extract_signatories(TEXT, orgs, in_scope(units), LAON, "ARS Hauts-de-France")
    assert [c.signatory for c in sc.choose(list(cands.values()), None)] == hand
    assert [s.name for s in hand] == ["Ville de Laon", "ARS Hauts-de-France"]


def test_features_of_the_candidates() -> None:
    cands = _candidates(TEXT, LAON)
    assert set(sc.FEATURES) <= set(cands["Ville de Laon"].values)
    town, ars, caf = cands["Ville de Laon"].values, cands["ARS Hauts-de-France"].values, cands["CAF de l'Aisne"].values
    msa, pref = cands["MSA de Picardie"].values, cands["Préfecture de l'Aisne"].values
    assert town["hand"] == ars["hand"] == 1.0 and caf["hand"] == msa["hand"] == pref["hand"] == 0.0
    assert town["scope_clause"] == 1.0 and town["cue_sign_past"] == 1.0 and town["signing_date_in_unit"] == 1.0
    assert town["own_territory"] == 1.0 and town["own_type"] == 1.0 and ars["own_territory"] == 0.0
    assert ars["type_ars"] == 1.0 and ars["complement"] == 1.0 and ars["rank_in_unit"] > town["rank_in_unit"]
    assert caf["excl_before"] == 1.0 and caf["cue_presence"] == 1.0 and town["excl_after"] == 1.0
    assert msa["cue_future_join"] == 1.0 and msa["cls_in_unit"] == 0.0 and town["cls_in_unit"] == 1.0
    assert pref["all_general"] == 1.0 and pref["cue_general"] == 1.0 and town["all_general"] == 0.0
    assert town["log_candidates"] == pytest.approx(math.log1p(5)) and town["log_scoped"] == pytest.approx(math.log1p(2))


def test_the_cue_that_opened_the_scope() -> None:
    text = "Entre\nla Ville de Laon,\nl'ARS Hauts-de-France,\nil a été convenu ce qui suit."
    cands = _candidates(text, LAON)
    assert cands["Ville de Laon"].values["scope_list_between"] == 1.0
    listed = _candidates("Les signataires :\n- la CPAM de l'Aisne ;\n- la CAF de l'Aisne.")
    assert listed["CPAM de l'Aisne"].values["scope_list_heading"] == 1.0
    assert listed["CAF de l'Aisne"].values["bullet"] == 1.0


def test_keep_needs_the_threshold_to_add_and_half_of_it_to_keep_a_party_in_range() -> None:
    assert sc.keep(0.9, 0.5, {"hand": 0.0, "all_general": 0.0})
    assert not sc.keep(0.4, 0.5, {"hand": 0.0, "all_general": 0.0})
    assert not sc.keep(0.9, 0.5, {"hand": 0.0, "all_general": 1.0})  # never added from general statements alone
    assert sc.keep(0.3, 0.5, {"hand": 1.0, "all_general": 1.0})
    assert not sc.keep(0.2, 0.5, {"hand": 1.0, "all_general": 0.0})


def test_committed_model_matches_the_features() -> None:
    model = sc.load_model()
    assert model is not None, "rules/models/signatory_choice.json is missing: run `make train-signatories`"
    assert model.features == sc.FEATURES
    assert len(model.weights) == len(sc.FEATURES) and 0 < model.threshold < 1


def test_probability_is_logistic_of_standardized_features() -> None:
    model = sc.Model(("a", "b"), (1.0, 0.0), (2.0, 1.0), (0.5, -1.0), 0.25, 0.5)
    z = 0.25 + 0.5 * (3.0 - 1.0) / 2.0 - 1.0 * 1.0
    assert model.probability({"a": 3.0, "b": 1.0}) == pytest.approx(1 / (1 + math.exp(-z)))


def test_contracts_carry_the_weakest_signatory_probability_as_confidence(run_dir_factory) -> None:
    run_dir = run_dir_factory(CORPUS / "docs")
    contracts = [c for line in (run_dir / "records.jsonl").read_text(encoding="utf-8").splitlines()
                 for c in json.loads(line)["contracts"]]
    values = [c["confidence"]["signatories"] for c in contracts if "signatories" in c["confidence"]]
    assert values and all(0.0 <= v <= 1.0 for v in values)
    assert len(set(values)) > 5  # a probability per contract, not a constant


def test_training_is_deterministic(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_signatories

    corpus_only = [s for s in train_signatories.annotated_sets() if s[0] == "corpus"]
    monkeypatch.setattr(train_signatories, "annotated_sets", lambda: corpus_only)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert train_signatories.main(["--out", str(first)]) == 0
    assert train_signatories.main(["--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["features"] == list(sc.FEATURES) and data["cross_validation"]
