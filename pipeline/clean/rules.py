"""Load rules/boilerplate.yml once and compile its regexes (shared by clean and ingest/html)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .hints import hint

RULES_PATH = Path(__file__).resolve().parents[2] / "rules" / "boilerplate.yml"


@dataclass(frozen=True)
class LineRule:
    name: str
    pattern: re.Pattern[str]
    max_words: int
    protect: bool
    hint: re.Pattern[str] | None = None  # found in every line the pattern matches (pipeline.clean.hints)


@dataclass(frozen=True)
class BoilerplateRules:
    """Compiled view of boilerplate.yml; `raw` keeps the YAML for the parts used as plain data."""

    raw: dict[str, Any]
    protected: re.Pattern[str]
    line_rules: tuple[LineRule, ...]
    chrome_terms: re.Pattern[str]
    chrome_terms_start_with_word: bool  # every term starts with a letter or digit (boilerplate's pre-check)
    nav_split: re.Pattern[str]
    nav_hint: re.Pattern[str] | None  # no separator in a line where it finds nothing
    nav_keywords: frozenset[str]
    crumb_split: re.Pattern[str]
    crumb_hint: re.Pattern[str] | None
    crumb_start: re.Pattern[str]
    teaser_markers: tuple[str, ...]
    list_markers: tuple[str, ...]
    related_block_start: re.Pattern[str]
    related_block_end: re.Pattern[str]
    latin_words: frozenset[str]
    latin_distinctive: frozenset[str]

    @property
    def html(self) -> dict[str, Any]:
        return self.raw["html"]

    @property
    def lorem(self) -> dict[str, Any]:
        return self.raw["lorem_ipsum"]


def _compile(raw: dict[str, Any]) -> BoilerplateRules:
    flags = re.IGNORECASE
    protected = re.compile("|".join(f"(?:{p})" for p in raw["protected_terms"]), flags)
    line_rules = tuple(
        LineRule(r["name"], pattern, int(r["max_words"]), bool(r["protect"]), hint(pattern))
        for r in raw["line_rules"] for pattern in [re.compile(r["pattern"], flags)]
    )
    # Longest terms first so "partager sur" wins over "partager".
    terms = sorted(raw["chrome_terms"], key=len, reverse=True)
    chrome = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(t) for t in terms) + r")(?![\w'’-])", flags)
    crumb = raw["breadcrumb"]
    lorem = raw["lorem_ipsum"]
    words = frozenset(w.lower() for w in lorem["words"])
    return BoilerplateRules(
        raw=raw,
        protected=protected,
        line_rules=line_rules,
        chrome_terms=chrome,
        chrome_terms_start_with_word=all(re.match(r"[^\W_]", t) for t in terms),
        nav_split=(nav_split := re.compile(raw["nav"]["separators"])),
        nav_hint=hint(nav_split),
        nav_keywords=frozenset(k.lower() for k in raw["nav"]["keywords"]),
        crumb_split=(crumb_split := re.compile(crumb["separators"])),
        crumb_hint=hint(crumb_split),
        crumb_start=re.compile(crumb["start_pattern"], flags),
        teaser_markers=tuple(raw["related_teaser_markers"]),
        list_markers=tuple(raw["related_list_markers"]),
        related_block_start=re.compile(raw["related_block"]["start"], flags),
        related_block_end=re.compile(raw["related_block"]["end"], flags),
        latin_words=words,
        latin_distinctive=words - {w.lower() for w in lorem["ambiguous"]},
    )


@lru_cache(maxsize=4)
def load_rules(path: str | Path | None = None) -> BoilerplateRules:
    """Parse and compile the boilerplate rules; cached so every document reuses one compiled set."""
    p = Path(path) if path is not None else RULES_PATH
    with p.open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    return _compile(raw)
