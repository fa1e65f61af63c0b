"""The status decision as one scored choice: the cues of rules/status.yml as features, learned weights.

status.extract_status reads the contract's statements by a precedence of cue families (a draft signed,
then a signing date or signing cues outnumbering preparation cues, then a deliberation, preparation,
announcement…). Here the same evidence becomes general features: how many cues of each family the
contract's statements hold, and its own section's, the hand-set verdict, a signing date and where it
stands against the publication, the period, the generation, the tense of the statements. One logistic
model per status (one against the rest, trained on all annotated data by ``make train-status``) gives a
probability; the most probable status is kept when it reaches the model's threshold, else the status is
unknown (a wrong status costs the scorer twice, an unknown one once). scripts/train_status.py compares it
with the hand-set precedence by cross-validation across batches (rules/models/README.md).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline import rules
from pipeline.extract import dates
from pipeline.extract import status as status_mod
from pipeline.extract.logistic import Capture, Model

# The decision in force (rules/models/README.md): False, the hand-set precedence decides and the model's
# probability is only the status confidence; True, the model decides.
LEARNED = False
MODEL_PATH = Path(__file__).resolve().parents[2] / "rules" / "models" / "status_choice.json"
STATUSES = ("signed", "renewed", "in_preparation", "announced")
_FAMILIES = ("signed", "renewed", "in_preparation", "announced")
_FLAGS = ("draft_signed", "deliberation", "preparation_proper", "former_contract")
_TENSE = {
    "future": re.compile(r"\b(?:sera|seront|va|vont|devrait|devraient|devra|devront|prochaine(?:ment)?|à\s+venir|"
                         r"d['’]ici)\b", re.I),
    "past": re.compile(r"\b(?:a|ont)\s+été\b|\b(?:a|ont)\s+(?:\w+\s+)?(?:signé|adopté|lancé|validé|approuvé)\b", re.I),
    "ongoing": re.compile(r"\ben\s+cours\b|\bdiagnostic\b|\blancement\b|\bconcertation\b", re.I),
    "in_force": re.compile(r"\ben\s+vigueur\b|\bmise\s+en\s+œuvre\b|\bmis\s+en\s+œuvre\b|\bbilan\b|\bévaluation\b", re.I),
}

FEATURES: tuple[str, ...] = (
    *(f"hand_{s}" for s in (*STATUSES, "unknown")),
    *(f"log_{f}" for f in _FAMILIES), *(f"any_{f}" for f in _FAMILIES), *(f"own_{f}" for f in _FAMILIES),
    *(f"flag_{f}" for f in _FLAGS), *(f"tense_{t}" for t in _TENSE),
    "signing_date", "signing_after_publication", "signing_day", "period", "period_future", "period_past",
    "publication", "generation_later", "generation_first", "later", "several_contracts", "log_units",
)


@dataclass(frozen=True)
class StatusModel:
    """One logistic model per status and the probability the most probable must reach."""
    models: dict[str, Model]
    threshold: float

    def probabilities(self, values: dict[str, float]) -> dict[str, float]:
        return {s: m.probability(values) for s, m in self.models.items()}

    def choose(self, values: dict[str, float]) -> tuple[str, float]:
        probs = self.probabilities(values)
        best = max(STATUSES, key=lambda s: (probs[s], -STATUSES.index(s)))
        return (best if probs[best] >= self.threshold else "unknown"), probs[best]


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> StatusModel | None:
    """The trained model (rules/models/status_choice.json), or None before the first training."""
    file = Path(path) if path else MODEL_PATH
    if not file.is_file():
        return None
    data = json.loads(file.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{file}: trained on other features; rerun `make train-status`")
    models = {s: Model(FEATURES, tuple(data["mean"]), tuple(data["scale"]), tuple(m["weights"]), float(m["bias"]), 0.5)
              for s, m in data["models"].items()}
    return StatusModel(models, float(data["threshold"]))


def features(statements: str, own: str | None, hand: str, signing: str | None, publication: str | None,
             period: tuple[int | None, int | None] | None, generation: int | None, later: bool,
             n_contracts: int) -> dict[str, float]:
    """General properties of a contract's statements, none of which names a place or a page."""
    values: dict[str, float] = {f"hand_{s}": float(hand == s) for s in (*STATUSES, "unknown")}
    for f in _FAMILIES:
        n = status_mod.cue_count(f, statements)
        values[f"log_{f}"] = math.log1p(n)
        values[f"any_{f}"] = float(n > 0)
        values[f"own_{f}"] = float(own is not None and status_mod.cue_count(f, own) > 0)
    for f in _FLAGS:
        pattern = rules.compiled("status", f)
        values[f"flag_{f}"] = float(bool(pattern.search(statements)))
    for t, pattern in _TENSE.items():
        values[f"tense_{t}"] = math.log1p(len(pattern.findall(statements)))
    pub_year = int(publication[:4]) if publication else None
    start, end = period if period else (None, None)
    values.update({
        "signing_date": float(signing is not None),
        "signing_after_publication": float(bool(signing and dates.after_publication(signing, publication))),
        "signing_day": float(signing is not None and len(signing) == 10),
        "period": float(bool(start or end)),
        "period_future": float(bool(start and pub_year and start > pub_year)),
        "period_past": float(bool(end and pub_year and end < pub_year)),
        "publication": float(publication is not None),
        "generation_later": float((generation or 0) >= 2),
        "generation_first": float(generation == 1),
        "later": float(later),
        "several_contracts": float(n_contracts > 1),
        "log_units": math.log1p(statements.count("\n") + 1),
    })
    return values


# --- capture for training ---------------------------------------------------------------------------
# scripts/train_status.py runs the real extraction and reads, per contract built, its features.

_CAPTURE: Capture[dict[str, float]] = Capture("status_capture")
capture = _CAPTURE.rows
capturing = _CAPTURE.active
record = _CAPTURE.add
