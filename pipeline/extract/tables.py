"""Tables of contracts, flattened one row per line with " | " between cells (ingest/html.py): the cell of a row that
stands under a column whose header names it ("EPCI | Génération | Période | Axes prioritaires").

An ARS page lists its contracts so ("Saint-Brieuc Armor Agglomération | CLS 3 | 2024-2028 | Santé mentale / Accès aux
soins"): what the row says of its contract sits in the column its header names, not in a sentence."""

from __future__ import annotations

import re

CELL_SEP = " | "
# How far above a row its header may stand (rows of the same table, contiguous).
HEADER_REACH = 40


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


def header_cells(text: str, row_start: int) -> list[str] | None:
    """The first row of the table whose row begins at ``row_start``: the rows of one table are contiguous lines with
    cells; the first of them is its header."""
    first = None
    pos = row_start
    for _ in range(HEADER_REACH):
        if pos == 0:
            break
        prev_start, prev_end = _line_at(text, pos - 1)
        if CELL_SEP not in text[prev_start:prev_end]:
            break
        first, pos = prev_start, prev_start
    if first is None:
        return None
    return text[first : _line_at(text, first)[1]].split(CELL_SEP)


def cell_under(text: str, pos: int, column: re.Pattern[str]) -> tuple[str, int] | None:
    """The cell at ``pos``'s row under the column whose header fully matches ``column``, with where it starts; None
    when ``pos`` is in no table row, the row is the header, or no column (or more than one) is so headed."""
    start, end = _line_at(text, pos)
    row = text[start:end]
    if CELL_SEP not in row:
        return None
    header = header_cells(text, start)
    cells = row.split(CELL_SEP)
    if header is None or len(header) != len(cells):
        return None
    hits = [i for i, head in enumerate(header) if column.fullmatch(head.strip())]
    if len(hits) != 1:
        return None
    i = hits[0]
    offset = start + sum(len(c) + len(CELL_SEP) for c in cells[:i])
    return cells[i], offset
