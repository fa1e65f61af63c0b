"""Repair double-encoded UTF-8 ("Ã©" → "é") and the "¤" that stands for "€" in scraped pages."""

from __future__ import annotations

import re
import unicodedata

import ftfy

from .lines import iter_lines
from .offsets import Edit
from .rules import BoilerplateRules

# Quotes stay curly and full-width forms stay: they are correct text, not encoding damage.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)

# "¤" (generic currency sign) never appears on purpose in French pages; it is what "€" becomes
# after a trip through latin-1 (seed 004 "15 816¤", dev-04 "45 000 Â¤").
_CURRENCY = "¤"
# "…" read as cp1252 is "â€¦"; a page whose "â" was lost keeps "€¦" ("PANTIN 2015 - 2017€¦ · L'évaluation"), which
# is never euros: "¦" never follows an amount.
_BROKEN_ELLIPSIS = "€¦"

# A line made only of these characters, already in NFC, with no two non-ASCII characters in a row, comes
# out of ftfy unchanged: mojibake is a run of at least two non-ASCII characters (one UTF-8 sequence read
# byte by byte, in latin-1, cp1252 or MacRoman), and the rest of what ftfy mends ("&amp;", "¤", C1
# controls, ligatures) is outside this alphabet. Most lines of a French page pass, and ftfy is the
# costliest step of cleaning (~37 µs a line against ~0.4 µs for this check; bench/RESULTS.md, "Where
# the time goes"). tests/test_clean.py checks the identity on random strings of this alphabet.
PLAIN_CHARS = ("\t\x20-\x25\x27-\x7e\xa0\u202f"
               "àâäçéèêëîïôöùûüÿœæÀÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»’‘“”–—…°²·•▪◦●■□")
_PLAIN = re.compile(f"[{PLAIN_CHARS}]*")
_TWO_NON_ASCII = re.compile(r"[^\x00-\x7f]{2}")


def _plain(s: str) -> bool:
    return (_PLAIN.fullmatch(s) is not None and _TWO_NON_ASCII.search(s) is None
            and unicodedata.is_normalized("NFC", s))


# ftfy's repairs are short and local ("Ã©" -> "é", "â€™" -> "’", "&amp;" -> "&"): after each
# difference the two texts agree again within a few characters.
_SYNC = 8  # characters that must agree for the texts to be back in step
_WINDOW = 64  # how far ahead (in each text) to look for that agreement


def _resync(old: str, new: str, i: int, j: int) -> tuple[int, int] | None:
    """Nearest (i2, j2) after a difference at (i, j) where old and new agree again (or both end)."""
    best: tuple[int, int] | None = None
    for b in range(_WINDOW + 1):
        if best is not None and b >= best[0] + best[1] - i - j:
            break
        j2 = j + b
        if j2 > len(new):
            break
        probe = new[j2 : j2 + _SYNC]
        i2 = old.find(probe, i, i + _WINDOW + len(probe)) if probe else len(old)
        if i2 < 0 or (not probe and i2 - i > _WINDOW) or (i2 == i and j2 == j):
            continue
        if len(probe) < _SYNC and old[i2:] != new[j2:]:
            continue  # a short probe only syncs where both texts end the same way
        if best is None or (i2 - i) + b < (best[0] - i) + (best[1] - j):
            best = (i2, j2)
    return best


def _diff_edits(offset: int, old: str, new: str) -> list[Edit]:
    """Edits turning `old` into `new`, in linear time. difflib.SequenceMatcher(autojunk=False)
    is worse than quadratic on long repetitive lines (minutes for one 10,000-character scraped
    line with mojibake); a greedy walk that re-synchronises after each difference is enough."""
    edits: list[Edit] = []
    i = j = 0
    n, m = len(old), len(new)
    while i < n and j < m:
        if old[i] == new[j]:
            i += 1
            j += 1
            continue
        sync = _resync(old, new, i, j)
        if sync is None:
            break
        i2, j2 = sync
        edits.append(Edit(offset + i, offset + i2, new[j:j2]))
        i, j = i2, j2
    if i < n or j < m:
        k = 0
        while k < n - i and k < m - j and old[n - 1 - k] == new[m - 1 - k]:
            k += 1
        edits.append(Edit(offset + i, offset + n - k, new[j : m - k]))
    return edits


def repair_mojibake(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    """ftfy line by line (ftfy works per line anyway), then a character diff so offsets survive."""
    edits: list[Edit] = []
    warnings: list[str] = []
    for line in iter_lines(text):
        s = line.text
        if _plain(s):
            continue
        fixed = ftfy.fix_text(s, config=_FTFY)
        if fixed != s and "mojibake_repaired" not in warnings:
            warnings.append("mojibake_repaired")
        if _BROKEN_ELLIPSIS in fixed:
            fixed = fixed.replace(_BROKEN_ELLIPSIS, "…")
            if "mojibake_repaired" not in warnings:
                warnings.append("mojibake_repaired")
        if _CURRENCY in fixed:
            fixed = fixed.replace(_CURRENCY, "€")
            if "currency_sign_replaced" not in warnings:
                warnings.append("currency_sign_replaced")
        if fixed != s:
            edits.extend(_diff_edits(line.start, s, fixed))
    return edits, warnings
