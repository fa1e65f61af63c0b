"""Repair double-encoded UTF-8 ("Ã©" → "é") and the "¤" that stands for "€" in scraped pages."""

from __future__ import annotations

from difflib import SequenceMatcher

import ftfy

from .lines import iter_lines
from .offsets import Edit
from .rules import BoilerplateRules

# Quotes stay curly and full-width forms stay: they are correct text, not encoding damage.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)

# "¤" (generic currency sign) never appears on purpose in French pages; it is what "€" becomes
# after a trip through latin-1 (seed 004 "15 816¤", dev-04 "45 000 Â¤").
_CURRENCY = "¤"


def _diff_edits(offset: int, old: str, new: str) -> list[Edit]:
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    return [
        Edit(offset + i1, offset + i2, new[j1:j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def repair_mojibake(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    """ftfy line by line (ftfy works per line anyway), then a character diff so offsets survive."""
    edits: list[Edit] = []
    warnings: list[str] = []
    for line in iter_lines(text):
        s = line.text
        if s.isascii() and "&" not in s:
            continue
        fixed = ftfy.fix_text(s, config=_FTFY)
        if fixed != s and "mojibake_repaired" not in warnings:
            warnings.append("mojibake_repaired")
        if _CURRENCY in fixed:
            fixed = fixed.replace(_CURRENCY, "€")
            if "currency_sign_replaced" not in warnings:
                warnings.append("currency_sign_replaced")
        if fixed != s:
            edits.extend(_diff_edits(line.start, s, fixed))
    return edits, warnings
