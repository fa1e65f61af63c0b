"""The status decision scored from general features (pipeline/extract/status_choice.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from pipeline.extract import status_choice as stc
from pipeline.extract.logistic import Model

ROOT = Path(__file__).resolve().parents[2]


def test_features_read_the_cue_families_and_the_dates() -> None:
    values = stc.features("Le contrat local de santé sera signé le 3 mars.\nLe diagnostic est en cours.", None,
                          "in_preparation", "2025-03-03", "2025-02-10", (2025, 2029), None, False, 1)
    assert set(values) == set(stc.FEATURES)
    assert values["hand_in_preparation"] == 1.0 and values["hand_signed"] == 0.0
    assert values["any_in_preparation"] == 1.0 and values["any_signed"] == 0.0  # "sera signé" is no signing
    assert values["signing_after_publication"] == 1.0 and values["signing_day"] == 1.0
    assert values["tense_future"] > 0 and values["tense_ongoing"] > 0
    signed = stc.features("La Ville et l'ARS ont signé le CLS le 2 mai 2019.", None, "signed", "2019-05-02",
                          "2019-05-10", None, 1, False, 1)
    assert signed["any_signed"] == 1.0 and signed["signing_after_publication"] == 0.0
    assert signed["generation_first"] == 1.0


def test_the_most_probable_status_or_unknown_below_the_threshold() -> None:
    def model(bias: float) -> Model:
        return Model(("x",), (0.0,), (1.0,), (0.0,), bias, 0.5)

    m = stc.StatusModel({"signed": model(2.0), "renewed": model(-1.0), "in_preparation": model(0.0),
                         "announced": model(-3.0)}, 0.5)
    assert m.choose({"x": 0.0})[0] == "signed"
    assert stc.StatusModel(m.models, 0.95).choose({"x": 0.0})[0] == "unknown"


def test_committed_model_matches_the_features() -> None:
    model = stc.load_model()
    assert model is not None, "rules/models/status_choice.json is missing: run `make train-status`"
    assert set(model.models) == set(stc.STATUSES) and 0 < model.threshold < 1
    assert all(m.features == stc.FEATURES and len(m.weights) == len(stc.FEATURES) for m in model.models.values())


def test_training_is_deterministic(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_status

    corpus_only = [s for s in train_status.annotated_sets() if s[0] == "corpus"]
    monkeypatch.setattr(train_status, "annotated_sets", lambda: corpus_only)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert train_status.main(["--out", str(first)]) == 0
    assert train_status.main(["--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["features"] == list(stc.FEATURES) and data["cross_validation"]
