"""A logistic regression stored as JSON (rules/models/): the scored decisions' shared reader.

Both learned decisions (territory_choice, signatory_choice) standardise their features and apply the
weights written by their training script; this module holds that arithmetic once.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Model:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, values: dict[str, float]) -> float:
        z = self.bias + sum(
            w * (values.get(f, 0.0) - m) / s
            for f, m, s, w in zip(self.features, self.mean, self.scale, self.weights, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def read_model(file: Path, features: tuple[str, ...], retrain: str) -> Model | None:
    """The model in ``file``, None before its first training; a model of other features is refused."""
    if not file.is_file():
        return None
    data = json.loads(file.read_text(encoding="utf-8"))
    if tuple(data["features"]) != features:
        raise ValueError(f"{file}: trained on other features; rerun `{retrain}`")
    return Model(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]),
                 float(data["bias"]), float(data["threshold"]))


class Capture(Generic[T]):
    """Rows a training script reads while the real extraction runs (one per contract built): the decisions'
    features as the pipeline computes them, so that training and running never differ."""

    def __init__(self, name: str) -> None:
        self._rows: ContextVar[list[T] | None] = ContextVar(name, default=None)

    @contextmanager
    def rows(self) -> Iterator[list[T]]:
        rows: list[T] = []
        token = self._rows.set(rows)
        try:
            yield rows
        finally:
            self._rows.reset(token)

    def active(self) -> bool:
        return self._rows.get() is not None

    def add(self, row: T) -> None:
        rows = self._rows.get()
        if rows is not None:
            rows.append(row)
