"""Outputs derived from a finished run folder: consolidated contracts, Parquet, DuckDB.

They are built from the folder's final files (records.jsonl and the CSV tables), so a resumed or
distributed run gets them the same way as a plain one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pipeline.export.consolidate import COLUMNS as CONSOLIDATED_COLUMNS
from pipeline.export.consolidate import consolidate
from pipeline.export.writer import csv_text, write_atomic

FORMATS: tuple[str, ...] = ("csv", "parquet", "duckdb")


def iter_records(out_dir: Path) -> Iterator[dict]:
    """The records of a run folder, in file order (sorted by doc_id by the writer), one at a time: a
    crawl's records.jsonl can be far larger than memory, and most of its records have no contract."""
    with open(Path(out_dir) / "records.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def read_records(out_dir: Path) -> list[dict]:
    """All records of a run folder in a list (for small runs: review exports)."""
    return list(iter_records(out_dir))


def finalize_run(out_dir: Path, formats: list[str] | None = None, excel: bool = False) -> list[str]:
    """Write the derived outputs into ``out_dir``; returns the names of the files written."""
    out_dir = Path(out_dir)
    formats = [f.strip().lower() for f in (formats or ["csv"]) if f.strip()]
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown format(s): {', '.join(unknown)} (choose from {', '.join(FORMATS)})")
    rows = consolidate(iter_records(out_dir))
    write_atomic(out_dir / "contracts_consolidated.csv", csv_text(CONSOLIDATED_COLUMNS, rows, excel))
    written = ["contracts_consolidated.csv"]
    if "parquet" in formats or "duckdb" in formats:
        from pipeline.export.formats import write_duckdb, write_parquet

        if "parquet" in formats:
            written += write_parquet(out_dir)
        if "duckdb" in formats:
            written += write_duckdb(out_dir)
    return written
