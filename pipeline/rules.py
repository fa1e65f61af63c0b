"""Rule files (YAML/TSV under ``rules/``), loaded once per process.

Patterns and lexicons live in data files so that a linguist can change them without touching code,
and so that the manifest can record exactly which rules produced a run (``rules_checksum``).
"""

from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from pipeline.clean.hints import lead

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


@cache
def number_words() -> dict[str, int]:
    """French number words and their values ("deux": 2): the data of rules/axes.yml "numbers", read once for every
    reader of counts (axes, periods, contracts)."""
    return load("axes")["numbers"]


@cache
def load(name: str) -> Any:
    """Parsed content of ``rules/<name>.yml``."""
    with open(RULES_DIR / f"{name}.yml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@cache
def compiled(name: str, key: str) -> re.Pattern[str]:
    """One case-insensitive alternation of the regex list ``rules/<name>.yml:<key>``."""
    items = load(name)[key]
    if isinstance(items, str):
        items = [items]
    # hints.lead: the same matches, scanned faster (a lookahead on the characters a match starts with).
    return lead(re.compile("|".join(f"(?:{p})" for p in items), re.IGNORECASE))


@lru_cache(maxsize=1)
def rules_checksum() -> str:
    """sha256 over every rule file, so a run records the exact rules it used."""
    digest = hashlib.sha256()
    for path in sorted(RULES_DIR.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(RULES_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
