"""A table of a territory's contracts, one column per plan ("Intercommunalité | CRTE | Contrat local de santé |
Dotations de l'État 2026"): the cells under another plan's or a grant's column say nothing of the CLS.

Each row is a unit of the text; its cells under such columns are blanked (same length, so every offset holds), and the
fields of a contract read its first cell and its CLS cell only: the CRTE's "avenant le 03/03/2025" is no signing date,
the "612 400 €" of DETR and DSIL no funding.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.dates import OTHER_PLANS
from pipeline.extract.territory import cls_column
from pipeline.extract.units import Unit

_CELL = re.compile(r"[^\S\n]+\|[^\S\n]+")
# A column of another plan, or of money that is no contract's ("Dotations de l'État 2026 (DETR + DSIL)").
_OTHER_COLUMN = re.compile(rf"{OTHER_PLANS}|\b(?:dotations?|subventions?|DETR|DSIL|FNADT|fonds\s+vert)\b", re.I)


def _cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a row written "a | b | c"."""
    spans, start = [], 0
    for m in _CELL.finditer(line):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(line)))
    return spans


def _other_columns(header: str) -> set[int]:
    """The columns a header gives to other plans or grants, where one other column is the CLS's."""
    names = [header[a:b] for a, b in _cells(header)]
    if len(names) < 3 or (cls := cls_column(names)) is None:
        return set()
    return {k for k, name in enumerate(names) if k not in (0, cls) and _OTHER_COLUMN.search(name)}


def without_other_columns(text: str, units: list[Unit]) -> list[Unit]:
    """The units, the cells of a contracts table's other columns blanked in each row under its header (a row may hold
    several units: "… (2026-2030). Suite. | 612 400 €")."""
    blank: list[tuple[int, int]] = []  # spans of the text to blank
    masked: set[int] = set()  # the columns to blank in the current table
    previous_row = False
    pos = 0
    for line in text.split("\n"):
        row = " | " in line
        if row and not previous_row:
            masked = _other_columns(line)  # a table's first row: its header
        elif row and masked and len(cells := _cells(line)) > max(masked):
            blank += [(pos + cells[k][0], pos + cells[k][1]) for k in masked]
        previous_row = row
        pos += len(line) + 1
    if not blank:
        return units
    out: list[Unit] = []
    for u in units:
        inside = [(max(a, u.start), min(b, u.end)) for a, b in blank if a < u.end and u.start < b]
        if inside:
            chars = list(u.text)
            for a, b in inside:
                chars[a - u.start : b - u.start] = " " * (b - a)
            u = replace(u, text="".join(chars))
        out.append(u)
    return out
