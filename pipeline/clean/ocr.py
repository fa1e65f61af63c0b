"""Digits and letters a scanner's character recognition swaps inside a word: "C0NTRAT LOCAL DE SANTE" (a zero among
capitals), "le 6 octobre 2O26" (a letter O among digits). A word of capitals holds no zero, a number no letter O; the
reader reads them as what they are, and so must the finders of contracts and dates."""

from __future__ import annotations

import re

from .offsets import Edit
from .rules import BoilerplateRules

_ZERO_IN_CAPITALS = re.compile(r"(?<=[A-ZÀ-Ý])0(?=[A-ZÀ-Ý]{2})")
_O_IN_DIGITS = re.compile(r"(?<=\b[12]\d)O(?=\d\b)|(?<=\b[12])O(?=\d\d\b)|(?<=\b[12]\d\d)O\b")


def repair_ocr_swaps(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    edits = [Edit(m.start(), m.end(), "O") for m in _ZERO_IN_CAPITALS.finditer(text)]
    edits += [Edit(m.start(), m.end(), "0") for m in _O_IN_DIGITS.finditer(text)]
    edits.sort(key=lambda e: e.start)
    return edits, (["ocr_swaps_repaired"] if edits else [])
