"""Scores per group of documents (batch, source kind, region...), read from a sources table.

A real-page corpus keeps, beside its gold, one row per page (SOURCES.md or sources.tsv: doc_id, URL,
query, batch, kind...). Generalization is judged per batch and per kind of source, so ``evaluate --by
COLUMN`` scores each value of that column on its own, with the same rules as the whole set.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

from pipeline.evaluate.score import FIELDS, EvalResult, Record, score

NO_GROUP = "(none)"
SOURCES_NAMES = ("SOURCES.md", "sources.tsv", "sources.csv")
SHORT_FIELDS = {
    "is_cls": "is_cls", "contract": "contr", "territory_code": "terr", "status": "status",
    "signing_date": "sign", "period": "period", "signatories_type": "sig_t", "signatories_name": "sig_n",
    "people": "people", "axes": "axes", "axis_themes": "themes", "funding": "fund",
}


def _markdown_rows(text: str) -> list[dict[str, str]]:
    """Rows of the first pipe table whose header has a ``doc_id`` column."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in text.splitlines():
        line = line.strip()
        if not (line.startswith("|") and line.endswith("|")):
            if header is not None and rows:
                break
            header = None
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if header is None:
            header = [c.lower() for c in cells] if "doc_id" in (c.lower() for c in cells) else None
        elif set("".join(cells)) <= set("-: "):
            continue
        elif len(cells) == len(header):
            rows.append(dict(zip(header, cells, strict=True)))
    return rows


def read_sources(path: str | Path) -> dict[str, dict[str, str]]:
    """The sources table by doc_id: a Markdown pipe table, or a TSV/CSV file with a header row."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".md":
        rows = _markdown_rows(text)
    else:
        delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
        rows = [{k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
                for row in csv.DictReader(text.splitlines(), delimiter=delimiter)]
    if not rows or "doc_id" not in rows[0]:
        raise ValueError(f"{path}: no table with a doc_id column")
    return {row["doc_id"]: row for row in rows}


def default_sources(gold: Path) -> Path | None:
    """The sources table that sits beside a gold file, if any."""
    for name in SOURCES_NAMES:
        candidate = gold.parent / name
        if candidate.is_file():
            return candidate
    return None


def score_by(
    gold: Mapping[str, Record], pred: Mapping[str, Record], groups: Mapping[str, str]
) -> dict[str, EvalResult]:
    """One result per group value (sorted); gold documents without a group fall in ``(none)``."""
    members: dict[str, dict[str, Record]] = {}
    for doc_id, record in gold.items():
        members.setdefault(groups.get(doc_id) or NO_GROUP, {})[doc_id] = record
    return {name: score(members[name], pred) for name in sorted(members)}


def format_groups(results: Mapping[str, EvalResult], column: str, counts: Mapping[str, int]) -> str:
    """A row per group: documents, macro-F1 and each field's F1 (short field names)."""
    width = max([len(column), *map(len, results)])
    header = f"{column:{width}} {'docs':>5} {'macro':>6} " + " ".join(f"{SHORT_FIELDS[f]:>6}" for f in FIELDS)
    lines = [header]
    for name, result in results.items():
        cells = " ".join(f"{result.fields[f].f1:6.3f}" for f in FIELDS)
        lines.append(f"{name:{width}} {counts[name]:5d} {result.macro_f1:6.3f} {cells}")
    return "\n".join(lines)
