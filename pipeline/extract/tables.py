"""Tables of contracts, flattened one row per line with " | " between cells (ingest/html.py): the cell of a row that
stands under a column whose header names it ("EPCI | Génération | Période | Axes prioritaires").

An ARS page lists its contracts so ("Saint-Brieuc Armor Agglomération | CLS 3 | 2024-2028 | Santé mentale / Accès aux
soins"): what the row says of its contract sits in the column its header names, not in a sentence."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.lines import line_at

CELL_SEP = " | "
# How far above a row its header may stand (rows of the same table, contiguous).
HEADER_REACH = 40


def _rule_row(row: str) -> bool:
    """"-----|-----", "|:---|---:|": the rule under a Markdown or plain-text table's header."""
    return "|" in row and "---" in row and not row.strip(" \t|:-")


def header_cells(text: str, start: int, accept: Callable[[list[str]], bool] | None = None,
                 reach: int = HEADER_REACH) -> list[str] | None:
    """The header of the table row that begins at ``start``, among the contiguous lines with cells above it: the first
    whose cells ``accept`` takes, or without ``accept`` the table's first row."""
    first = None
    pos = start
    for _ in range(reach):
        if pos == 0:
            break
        prev_start, prev_end = line_at(text, pos - 1)
        row = text[prev_start:prev_end]
        if _rule_row(row):
            pos = prev_start
            continue
        if CELL_SEP not in row:
            break
        cells = row.split(CELL_SEP)
        if accept is not None and accept(cells):
            return cells
        first, pos = cells, prev_start
    return None if accept is not None else first


def cell_under(text: str, pos: int, column: re.Pattern[str]) -> tuple[str, int] | None:
    """The cell at ``pos``'s row under the column whose header fully matches ``column``, with where it starts; None
    when ``pos`` is in no table row, the row is the header, or no column (or more than one) is so headed."""
    start, end = line_at(text, pos)
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
