"""Dates written in words, as acts write them ("le jeudi vingt-quatre avril deux mille vingt-cinq", "pour les années
deux mille vingt-cinq à deux mille vingt-neuf"), rewritten in digits so that the date and period readers see the
"24 avril 2025" every other page writes. Only a day before a month name and a year after a month name or a
preposition are touched: "deux mille habitants", "trois axes" stay as written."""

from __future__ import annotations

import re

from .offsets import Edit
from .rules import BoilerplateRules

_UNITS = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
          "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]


def _number_words() -> dict[str, int]:
    """1 to 49 as French words, with the hyphenated ("vingt-et-un") and spaced ("vingt et un") spellings."""
    words = {w: i + 1 for i, w in enumerate(_UNITS)}
    for tens, base in (("vingt", 20), ("trente", 30), ("quarante", 40)):
        words[tens] = base
        for w, n in list(words.items()):
            if n < 10:
                joins = ("-et-", " et ") if n == 1 else ("-", " ")
                for j in joins:
                    words[f"{tens}{j}{w}"] = base + n
    return words


_WORDS = _number_words()
_NUMBER = "|".join(sorted((re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+") for w in _WORDS),
                          key=len, reverse=True))
_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_DAY = re.compile(rf"\b(?P<n>premier|{_NUMBER})(?=\s+(?:{_MONTHS})\b)", re.I)
# The year after a month name or a preposition of time, not before an amount or a count ("deux mille euros").
_YEAR = re.compile(rf"\b(?:{_MONTHS}|années?|an|en|de|à|au)\s+(?P<y>deux[\s-]+mille(?:[\s-]+(?P<n>{_NUMBER}))?)\b"
                   r"(?!\s+(?:cents?|mille|euros?|€|habitants?|personnes?)\b)", re.I)
_HINT = re.compile(r"(?i)deux[\s-]+mille|(?:premier|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
                   r"quatorze|quinze|seize|vingt|trente)\s+(?:" + _MONTHS + r")\b")


def _key(words: str) -> str:
    """'vingt et un' and 'vingt-et-un' -> the key _WORDS has for them."""
    w = re.sub(r"[\s-]+", " ", words.lower())
    return w if w in _WORDS else w.replace(" ", "-")


def spell_out_dates(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    if _HINT.search(text) is None:
        return [], []
    edits: list[Edit] = []
    for m in _DAY.finditer(text):
        n = m["n"].lower()
        edits.append(Edit(m.start(), m.end(), "1er" if n == "premier" else str(_WORDS[_key(n)])))
    for m in _YEAR.finditer(text):
        edits.append(Edit(m.start("y"), m.end("y"), str(2000 + (_WORDS[_key(m["n"])] if m["n"] else 0))))
    edits.sort(key=lambda e: e.start)
    return edits, []
