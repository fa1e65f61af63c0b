"""Sentence-like units of a cleaned text: the grain at which values are assigned to contracts.

Lines are hard boundaries (list items, captions and headings are lines); inside a line, sentences are
split at end punctuation. Each unit knows whether it is a list item, because lists carry most
signatories and axes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from pipeline.clean.bullets import BULLET_MARK
from pipeline.clean.hints import lead

# (not a thread's "3/4 Quatre priorités …" nor a date's "21/10/2026")
# ("1 | SE SOIGNER PRÈS DE CHEZ SOI", "2 · Accompagner le bien-vieillir": a brochure's numbered item; not a table's row of numbers, nor a running header
# "7 | LA FLÈCHE MAG | JANVIER 2026", "12 | ROMILLY INFOS N° 87 – JANVIER 2026")
BULLET = re.compile(r"^\s*(?:" + BULLET_MARK + r"|\d{1,2}\s*(?:[.)°–—-]|/(?!\s*\d))(?!\d{1,2}[./-]\d{2,4}\b)|\d{1,2}[^\S\n]*[|·•](?=[^\S\n]*[^\W\d_][^|\n]*$)(?![^\n]*\b(?:19|20)\d\d\b)|\(?[a-h]\)|\(\d{1,2}\)|[IVX]{1,4}\s*[.)–-])\s*")
# End of sentence: punctuation, space, then an upper-case letter or a quote/dash. Not after "M." or "Dr."
_NUMBERING = re.compile(r"(?i)(?:axe|orientation|priorité|objectif|volet|fiche|article|art)\s*(?:n°\s*)?[\dIVX.]{1,5}")
# (nor after an inline list's number: "Axes : 1. Accès aux soins – 2. Santé mentale")
_SENT_END = lead(re.compile(r"(?<!\bM\.)(?<!\bMM\.)(?<!\bDr\.)(?<!\bMme\.)(?<!\bSt\.)(?<![:;,–—-]\s\d\.)(?<=[.!?…])\s+(?=[«\"A-ZÀ-ÖØ-Þ—–-])"))


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    text: str
    line: int  # index of the line in the text
    bullet: bool  # the line opens with a bullet, a number or a Roman numeral
    first_in_line: bool
    indent: int = 0  # the blanks that open its line: an indented line under an item is its sub-line, not its wrap


def split_units(text: str) -> list[Unit]:
    units: list[Unit] = []
    pos = 0
    for line_no, line in enumerate(text.split("\n")):
        start_line = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        bullet = bool(BULLET.match(line)) and len(line.strip()) > 2
        cut = 0
        first = True
        for m in [*list(_SENT_END.finditer(line)), None]:
            end = m.start() if m else len(line)
            seg = line[cut:end]
            if m and (len(seg.strip()) <= 5 or _NUMBERING.fullmatch(BULLET.sub("", seg, count=1).strip())):
                continue  # "1. Faciliter…", "II. Agir…", "- Axe 1. Améliorer…": a numbering, not a sentence
            if seg.strip():
                lead = len(seg) - len(seg.lstrip())
                s = start_line + cut + lead
                e = start_line + cut + len(seg.rstrip())
                units.append(Unit(s, e, text[s:e], line_no, bullet and first, first, len(line) - len(line.lstrip())))
                first = False
            cut = m.end() if m else len(line)
    return units


_S = TypeVar("_S")


def leftmost_longest(items: Sequence[_S]) -> list[_S]:
    """Matches without overlap, leftmost first, the longest at a position ("ce jeudi 14 mars" over
    "ce jeudi", "Communauté de communes du X" over "X"). Items have ``start`` and ``end``."""
    kept: list = []
    for item in sorted(items, key=lambda d: (d.start, -(d.end - d.start))):
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept
