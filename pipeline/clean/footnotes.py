"""Footnote calls glued to a word ("le CLS¹ n° 2", "la CPAM⁵ du Haut-Rhin", "le PETR²"): the reader skips them, and
so do the readers of names and numbers ("CLS n° 2" is the second contract, "CPAM du Haut-Rhin" one party). A unit's
exponent stays ("420 m²", "2 km²")."""

from __future__ import annotations

import re

from .offsets import Edit
from .rules import BoilerplateRules

_CALL = re.compile(r"(?<=[^\W\d_]|[)»\"”])[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?![\w¹²³⁴⁵⁶⁷⁸⁹⁰])")
_UNIT = re.compile(r"(?:\d|\s)(?:[kcdm]?m|ha)$")


def remove_footnote_calls(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    edits = [Edit(m.start(), m.end(), "") for m in _CALL.finditer(text)
             if not _UNIT.search(text, max(0, m.start() - 4), m.start())]
    return edits, (["footnote_calls_removed"] if edits else [])
