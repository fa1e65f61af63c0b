"""Shared fixtures: paths, and pipeline runs made once per session (spaCy loads once)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"
NO_SHARED = "../shared not present (a user's clone has no ../shared; corpus/ floors still run)"


def shared_or_skip(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(NO_SHARED)
    return path


# A set this large (corpus/blind: 1,362 documents) runs on two worker processes where the machine has two cores: a
# run's records do not depend on its number of workers (tests/test_scale_workers.py), and the suite stays within its budget.
LARGE_SET = 400


def _workers(inputs: tuple[Path, ...]) -> int:
    files = sum(sum(1 for _ in p.rglob("*")) if p.is_dir() else 1 for p in inputs)
    return min(2, os.cpu_count() or 1) if files >= LARGE_SET else 1


@pytest.fixture(scope="session")
def run_dir_factory(tmp_path_factory):
    """Run the pipeline once per input set and cache the run folder."""
    from pipeline.run import run

    cache: dict[tuple[str, ...], Path] = {}

    def make(*inputs: Path) -> Path:
        key = tuple(str(p) for p in inputs)
        if key not in cache:
            out = tmp_path_factory.mktemp("run")
            run(list(inputs), out, workers=_workers(inputs))
            cache[key] = out
        return cache[key]

    return make
