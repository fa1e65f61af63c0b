"""The territory decision as one scored choice: explicit features of each candidate, learned weights.

Which of the places a page names opens a contract was a precedence of special cases (anchors first,
then strength thresholds). Here every candidate group gets the same general features (how it was
found, whether it is tied to a CLS mention, its position, title, heading, gazetteer type, publisher,
repetition, its share of the page's support), and a logistic model trained on all annotated data
(``make train``) turns them into a probability. The probability is the territory's confidence;
``choose`` keeps the candidates above the model's threshold. scripts/train_territory.py compares
it with the hand-set precedence by cross-validation across batches (rules/models/README.md).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pipeline.extract.logistic import Model, read_model
from pipeline.extract.territory import TerritoryGroup

MODEL_PATH = Path(__file__).resolve().parents[2] / "rules" / "models" / "territory_choice.json"

SOURCES = ("cls_of", "org", "quartier", "demonym", "title", "publisher", "epci_name", "email", "dept_scale", "dept_whole")
LINK_TYPES = ("commune", "epci", "pays_petr", "departement", "quartier")
CUES = ("subject", "possessive", "predecessor")

FEATURES: tuple[str, ...] = (
    "log_mentions", "anchors", "anchor_any", "strength_max", "log_score", "score_share", "is_top", "linked",
    *(f"type_{t}" for t in LINK_TYPES), "type_none",
    *(f"src_{s}" for s in SOURCES),
    *(f"cue_{c}" for c in CUES), "near_cls",
    "first_pos", "in_lead", "headed", "log_groups", "announced", "hand",
)
LEAD_CHARS = 500  # a title, heading or first paragraph


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> Model | None:
    """The trained model (rules/models/territory_choice.json), or None before the first ``make train``."""
    return read_model(Path(path) if path else MODEL_PATH, FEATURES, "make train")


def group_features(group: TerritoryGroup, groups: Sequence[TerritoryGroup], text_len: int,
                   headed: Sequence[TerritoryGroup], announced: int | None,
                   hand: Sequence[TerritoryGroup] = ()) -> dict[str, float]:
    """The candidate's features: general properties, none of which names a place or a page."""
    top = max((g.score for g in groups), default=0.0) or 1.0
    best = group.best
    link_type = best.link.type if best.link is not None else ("quartier" if best.kind == "quartier" else None)
    first = min(m.start for m in group.mentions)
    values: dict[str, float] = {
        "log_mentions": math.log1p(len(group.mentions)),
        "anchors": min(3, sum(m.anchor for m in group.mentions)),
        "anchor_any": float(any(m.anchor for m in group.mentions)),
        "strength_max": max(m.strength for m in group.mentions),
        "log_score": math.log1p(max(group.score, 0.0)),
        "score_share": group.score / top,
        "is_top": float(group.score >= top),
        "linked": float(best.link is not None),
        "type_none": float(link_type is None),
        "near_cls": min(3, sum("near_cls" in m.cues for m in group.mentions)),
        "first_pos": first / max(text_len, 1),
        "in_lead": float(first < LEAD_CHARS),
        "headed": float(group in headed),
        "log_groups": math.log1p(len(groups)),
        "announced": float(bool(announced)),
        "hand": float(group in hand),  # the hand-set precedence's own verdict, one feature among the others
    }
    for t in LINK_TYPES:
        values[f"type_{t}"] = float(link_type == t)
    for s in SOURCES:
        values[f"src_{s}"] = float(any(m.source == s for m in group.mentions))
    for c in CUES:
        values[f"cue_{c}"] = float(any(c in m.cues for m in group.mentions))
    return values


def choose(probs: Sequence[float], threshold: float, announced: int | None = None) -> list[int]:
    """Indexes of the candidates that open a contract: every one at or above the threshold; when the page
    announces N contracts, the N most probable; never fewer than the most probable one when it reaches
    half the threshold (a page about one CLS whose territory is weakly named)."""
    order = sorted(range(len(probs)), key=lambda i: -probs[i])
    kept = [i for i in order if probs[i] >= threshold]
    if announced and len(kept) < announced:
        kept = [i for i in order[:announced] if probs[i] >= threshold / 4]
    if not kept and order and probs[order[0]] >= threshold / 2:
        kept = [order[0]]
    return sorted(kept)
