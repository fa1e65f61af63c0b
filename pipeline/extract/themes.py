"""Axis themes (the 15 codes of the schema) from the lexicon in ``rules/themes.yml``."""

from __future__ import annotations

from functools import lru_cache

from pipeline import rules
from pipeline.models import AXIS_THEMES


@lru_cache(maxsize=1)
def _lexicon():
    spec = rules.load("themes")
    return [(code, rules.compiled("themes", code)) for code in AXIS_THEMES if code in spec]


def themes_of(text: str) -> list[str]:
    """Themes of one axis (its label plus examples and explanation), in taxonomy order."""
    return [code for code, pattern in _lexicon() if pattern.search(text)]
