"""Shared fixtures: paths, and pipeline runs made once per session (spaCy loads once)."""

from __future__ import annotations

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


@pytest.fixture(scope="session")
def run_dir_factory(tmp_path_factory):
    """Run the pipeline once per input set and cache the run folder."""
    from pipeline.run import run

    cache: dict[tuple[str, ...], Path] = {}

    def make(*inputs: Path) -> Path:
        key = tuple(str(p) for p in inputs)
        if key not in cache:
            out = tmp_path_factory.mktemp("run")
            run(list(inputs), out)
            cache[key] = out
        return cache[key]

    return make
