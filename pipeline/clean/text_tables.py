"""Tables and columns laid out with spaces (a PDF's text layer, a plain-text newsletter).

A table is rewritten one row per line with " | " between cells, as ingest/html.py writes HTML tables, so that the
table readers see its rows.

    AXE                           CE QUE NOUS FERONS EN 2026                 PILOTE
    1. Accès aux soins et         Accueil de 12 internes, journée            PETR
       attractivité médicale      d'installation en octobre

becomes "AXE | CE QUE NOUS FERONS EN 2026 | PILOTE" and "1. Accès aux soins et attractivité médicale | Accueil de 12
internes, journée d'installation en octobre | PETR": a cell wrapped over several lines is one cell again. Only a block
under a header of three cells or more whose rows start at its first column is read so; two columns of prose side by
side (a two-column page) are not a table: they are read one after the other, the left column first (read_columns),
as a reader reads them, where a line holds pieces of two articles.
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median

from .lines import iter_lines
from .offsets import Edit
from .rules import BoilerplateRules

_GAP = re.compile(r" {2,}")
_CELL = re.compile(r"\S+(?: \S+)*")  # a run of words with single spaces
_MIN_COLUMNS = 3
_MAX_HEADER_CELL = 40


def _cells(line: str) -> list[tuple[int, str]]:
    """(column, text) of each run of words that two spaces or more set apart."""
    return [(m.start(), m.group()) for m in _CELL.finditer(line)]


def _header(line: str) -> list[int] | None:
    """The column starts of a table's header line: three short cells or more of words (not "PARTIE 2   PAGE   21", a
    table of contents' line, nor "LE CONTRAT LOCAL   DE   SANTÉ", a spaced-out title), no sentence."""
    cells = _cells(line)
    if len(cells) < _MIN_COLUMNS or cells[0][0] > 3 or not _GAP.search(line.strip()) or " | " in line or "  |" in line:
        return None  # (a table drawn with pipes is read by its pipes)
    if any(len(c) > _MAX_HEADER_CELL or c.endswith((".", ",", ";")) or not re.search(r"[^\W\d_]{3}", c) for _, c in cells):
        return None
    return [col for col, _ in cells]


def _column(starts: list[int], at: int) -> int:
    """The column a cell starting at ``at`` falls in (a cell may start a character or two early)."""
    return max((k for k, s in enumerate(starts) if s <= at + 2), default=0)


# A run of tabs between two cells of a row (with the blanks around it).
_TAB_GAP = re.compile(r"(?<=\S)[ ]*+\t[\t ]*+(?=\S)")


def read_tab_tables(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    """A table pasted with tabs between its cells (a spreadsheet's or a word processor's rows, "1. Favoriser l'accès aux
    soins\t7\tCHANGE / CPTS"): rows of two lines or more in a run, written as the HTML tables' rows are ("… | 7 | …"),
    before the tabs become plain spaces and the cells run together."""
    if "\t" not in text:
        return [], []
    lines = list(iter_lines(text))
    rows = [bool(_TAB_GAP.search(ln.text)) for ln in lines]
    edits: list[Edit] = []
    for i, ln in enumerate(lines):
        if rows[i] and ((i > 0 and rows[i - 1]) or (i + 1 < len(lines) and rows[i + 1])):
            edits += [Edit(ln.start + m.start(), ln.start + m.end(), " | ") for m in _TAB_GAP.finditer(ln.text)]
    return edits, []


def read_pipe_tables(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    """A Markdown table ("| Axe stratégique | Objectif général |", as crawlers that write Markdown give them): each
    row without its outer pipes ("Axe stratégique | Objectif général"), as the HTML tables' rows are written."""
    if "|" not in text:
        return [], []
    edits: list[Edit] = []
    for line in iter_lines(text):
        row = line.text.strip()
        if len(row) < 3 or row[0] != "|" or row[-1] != "|" or "|" not in row[1:-1]:
            continue
        first = line.start + line.text.index("|")
        body_start = first + 1 + (len(row[1:]) - len(row[1:].lstrip()))
        last = line.start + line.text.rindex("|")
        body_end = last - (len(row[:-1]) - len(row[:-1].rstrip()))
        edits += [Edit(line.start, body_start), Edit(body_end, line.end)]
    return edits, []


# A table's rule under its header ("----+-----+----", "|---|:---:|", "====|===="): no row.
_RULE = re.compile(r"[ ]*+\|?[ ]*+[-=:]{3,}+[ ]*+(?:[+|][ ]*+[-=:]{3,}+[ ]*+)++[+|]?[ ]*+")


def _pipe_cells(line: str, outer: bool) -> list[str]:
    """The cells of a row; ``outer``: the table's rows open and close with a pipe ("| a | b |")."""
    if outer and line.strip().startswith("|") and line.rstrip().endswith("|") and len(line.strip()) > 1:
        line = line[line.index("|") + 1 : line.rindex("|")]
    return line.split("|")


def read_grid_tables(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    """A table drawn with pipes and a rule under its header, its cells wrapped over several lines ("3. Parcours des
    personnes âgées et | Prévenir …" / "   des aidants | |"): one row per line again, a wrapped cell whole, the rule
    left out, as the HTML tables' rows are written."""
    if "|" not in text or ("---" not in text and "===" not in text):
        return [], []
    lines = list(iter_lines(text))
    edits: list[Edit] = []
    i = 0
    while i + 1 < len(lines):
        head, rule = lines[i].text, lines[i + 1].text
        outer = head.strip().startswith("|")
        if "|" not in head or not _RULE.fullmatch(rule) or len(_pipe_cells(head, outer)) < 2:
            i += 1
            continue
        width = len(_pipe_cells(head, outer))
        rows = [[c.strip() for c in _pipe_cells(head, outer)]]
        j = i + 2
        while j < len(lines) and "|" in lines[j].text and len(cells := _pipe_cells(lines[j].text, outer)) == width:
            if _RULE.fullmatch(lines[j].text):
                j += 1
                continue
            # a cell wrapped onto the next line: its first cell blank or indented under the one above
            if len(rows) > 1 and (not cells[0].strip() or re.match(r" {2,}\S", cells[0])):
                rows[-1] = [f"{a} {b.strip()}".strip() for a, b in zip(rows[-1], cells, strict=True)]
            else:
                rows.append([c.strip() for c in cells])
            j += 1
        if len(rows) >= 2:
            edits.append(Edit(lines[i].start, lines[j - 1].end, "\n".join(" | ".join(r) for r in rows)))
        i = j
    return edits, (["text_table_read"] if edits else [])


def read_text_tables(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    if "  " not in text:
        return [], []  # a header's cells stand two spaces apart at least: most pages have no such gap
    edits: list[Edit] = []
    lines = list(iter_lines(text))
    i = 0
    while i < len(lines):
        starts = _header(lines[i].text)
        if starts is None:
            i += 1
            continue
        rows: list[list[str]] = [[c for _, c in _cells(lines[i].text)]]
        j = i + 1
        while j < len(lines) and lines[j].text.strip():
            line = lines[j].text
            cells = _cells(line)
            indent = len(line) - len(line.lstrip(" "))
            if indent <= starts[0] + 1 and len(cells) >= 2:
                rows.append([""] * len(starts))  # a new row starts in the first column
            elif indent <= starts[0] + 1 and len(cells) == 1 and cells[0][0] + len(cells[0][1]) > starts[1]:
                break  # one run of words across the columns ("Légende : ●○○○ lancé · ●●●● réalisé"): the table ended
            elif len(rows) == 1:
                break  # the line under the header continues nothing: no table
            for at, cell in cells:
                k = _column(starts, at)
                rows[-1][k] = f"{rows[-1][k]} {cell}".strip()
            j += 1
        # every column filled in most rows: a table, not a spaced-out title over a table of contents' page numbers
        if len(rows) >= 3 and all(r[0] for r in rows[1:]) and all(
                2 * sum(bool(r[k]) for r in rows[1:]) >= len(rows) - 1 for k in range(len(starts))):
            out = "\n".join(" | ".join(r) for r in rows)
            edits.append(Edit(lines[i].start, lines[j - 1].end, out))
            i = j
        else:
            i += 1
    return edits, (["text_table_read"] if edits else [])


_MIN_RIGHT = 30  # a right column starts this far in, at least
_SPLIT = re.compile(r"\S {3,}(?=\S)")


# A signature block's first line: "Pour la Communauté de communes", "Pour l'État".
FOR_PARTY_SOURCE = r"Pour\s+(?:la|le|l['’]|les)\s*\S"
_FOR_PARTY = re.compile(FOR_PARTY_SOURCE)


def _right_start(lines: list[str]) -> int | None:
    """The column where most two-part lines' second part starts."""
    starts = Counter(m.end() for line in lines for m in _SPLIT.finditer(line) if m.end() >= _MIN_RIGHT)
    return starts.most_common(1)[0][0] if starts else None


def _split_point(line: str, col: int) -> int | None:
    """Where the line's right column starts (at ``col``, or a character or two off it); its end when it holds only a
    left piece; None when a run of words crosses the column."""
    if len(line.rstrip()) < col - 1:
        return len(line)
    if not line[col - 2 : col].strip() and line[col:].strip():
        return col
    return next((m.end() for m in _SPLIT.finditer(line) if abs(m.end() - col) <= 2), None)


def read_columns(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    """Two columns of prose side by side, each line holding a piece of both: the left column, then the right one."""
    if "   " not in text:
        return [], []  # the columns stand three spaces apart at least (_SPLIT)
    lines = list(iter_lines(text))
    col = _right_start([ln.text for ln in lines])
    if col is None:
        return [], []
    edits: list[Edit] = []
    i = 0
    while i < len(lines):
        j = i
        cuts = []
        while j < len(lines) and (cut := _split_point(lines[j].text, col)) is not None:
            cuts.append(cut)
            j += 1
        pairs = [(ln.text[:k], ln.text[k:]) for ln, k in zip(lines[i:j], cuts, strict=True)]
        both = [(a, b) for a, b in pairs if a.strip() and b.strip()]
        blocks = any(_FOR_PARTY.match(a) and _FOR_PARTY.match(b) for a, b in both)
        if blocks:
            # Signature blocks side by side end with the paragraph of the last right-hand one ("En présence de :" under
            # them, after a blank line, is no part of them); two columns of prose run on, the left one the longer.
            last = max(k for k, (_, b) in enumerate(pairs) if b.strip())
            while last < len(pairs) - 1 and lines[i + last + 1].text.strip():
                last += 1
            j, pairs = i + last + 1, pairs[: last + 1]
        # prose on both sides: long enough pieces, and no gaps inside the left one (a table's columns); or a contract's
        # signature blocks side by side ("Pour la Communauté de communes      Pour l'Agence régionale de santé")
        if len(both) >= 5 and sum(bool(re.search(r"\S {3,}\S", a.strip())) for a, _ in both) * 5 <= len(both) and (
                (median(len(a.strip()) for a, _ in both) >= 25 and median(len(b.strip()) for _, b in both) >= 12)
                or blocks):
            left = "\n".join(a.rstrip() for a, _ in pairs)
            right = "\n".join(b.rstrip() for a, b in pairs if b.strip() or not a.strip())  # (its blank lines too)
            edits.append(Edit(lines[i].start, lines[j - 1].end, f"{left}\n\n{right}"))
        i = max(j, i + 1)
    return edits, (["columns_read"] if edits else [])
