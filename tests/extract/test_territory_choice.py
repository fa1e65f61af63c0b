"""The scored territory decision: features, choice rule, the committed model, reproducible training."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

from pipeline.extract import territory_choice as tc
from tests.conftest import CORPUS, ROOT


def test_committed_model_matches_the_features() -> None:
    model = tc.load_model()
    assert model is not None, "rules/models/territory_choice.json is missing: run `make train`"
    assert model.features == tc.FEATURES
    assert len(model.weights) == len(tc.FEATURES) and 0 < model.threshold < 1


def test_probability_is_logistic_of_standardized_features() -> None:
    model = tc.Model(("a", "b"), (1.0, 0.0), (2.0, 1.0), (0.5, -1.0), 0.25, 0.5)
    z = 0.25 + 0.5 * (3.0 - 1.0) / 2.0 - 1.0 * 1.0
    assert model.probability({"a": 3.0, "b": 1.0}) == pytest.approx(1 / (1 + math.exp(-z)))


@pytest.mark.parametrize(
    ("probs", "threshold", "announced", "expected"),
    [
        ([0.9, 0.2, 0.7], 0.5, None, [0, 2]),  # every candidate at or above the threshold
        ([0.3, 0.1], 0.5, None, [0]),  # one weak candidate still opens the page's contract
        ([0.2, 0.1], 0.5, None, []),  # below half the threshold: no territory
        ([0.6, 0.4, 0.3, 0.1], 0.5, 3, [0, 1, 2]),  # "trois contrats locaux de santé"
        ([], 0.5, None, []),
    ],
)
def test_choose(probs: list[float], threshold: float, announced: int | None, expected: list[int]) -> None:
    assert tc.choose(probs, threshold, announced) == expected


def test_contracts_carry_the_decision_probability_as_confidence(run_dir_factory) -> None:
    run_dir = run_dir_factory(CORPUS / "docs")
    confidences = [
        c["confidence"].get("territory")
        for line in (run_dir / "records.jsonl").read_text(encoding="utf-8").splitlines()
        for c in json.loads(line)["contracts"]
    ]
    assert confidences and all(v is not None and 0.0 <= v <= 1.0 for v in confidences)
    assert len(set(confidences)) > 5  # a probability per candidate, not a constant


def test_training_is_deterministic(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_territory

    corpus_only = [s for s in train_territory.annotated_sets() if s[0] == "corpus"]
    monkeypatch.setattr(train_territory, "annotated_sets", lambda: corpus_only)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert train_territory.main(["--out", str(first)]) == 0
    assert train_territory.main(["--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["features"] == list(tc.FEATURES) and data["cross_validation"]
