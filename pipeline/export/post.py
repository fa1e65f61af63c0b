"""Outputs derived from a finished run folder: consolidated contracts, Parquet, DuckDB.

They are built from the folder's final files (records.jsonl and the CSV tables), so a resumed or
distributed run gets them the same way as a plain one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from pipeline.export.consolidate import COLUMNS as CONSOLIDATED_COLUMNS
from pipeline.export.consolidate import consolidate
from pipeline.export.coverage import TABLES as COVERAGE_TABLES
from pipeline.export.coverage import RunFacts, build_coverage
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


def finalize_run(out_dir: Path, formats: list[str] | None = None, excel: bool = False,
                 as_of: dt.date | None = None) -> list[str]:
    """Write the derived outputs into ``out_dir``; returns the names of the files written.

    ``as_of`` is the coverage tables' reference date (default: the latest publication date of the run)."""
    out_dir = Path(out_dir)
    formats = [f.strip().lower() for f in (formats or ["csv"]) if f.strip()]
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown format(s): {', '.join(unknown)} (choose from {', '.join(FORMATS)})")
    facts = RunFacts()
    rows = consolidate(facts.watch(iter_records(out_dir)))
    write_atomic(out_dir / "contracts_consolidated.csv", csv_text(CONSOLIDATED_COLUMNS, rows, excel))
    written = ["contracts_consolidated.csv"]
    tables, coverage = build_coverage(rows, facts, as_of)
    for name, columns in COVERAGE_TABLES.items():
        write_atomic(out_dir / f"{name}.csv", csv_text(columns, tables[name], excel))
        written.append(f"{name}.csv")
    _add_to_manifest(out_dir, "coverage", coverage)
    if "parquet" in formats or "duckdb" in formats:
        from pipeline.export.formats import write_duckdb, write_parquet

        if "parquet" in formats:
            written += write_parquet(out_dir)
        if "duckdb" in formats:
            written += write_duckdb(out_dir)
    return written


def _add_to_manifest(out_dir: Path, key: str, value: object) -> None:
    """Record a derived output's parameters (coverage's reference date, population year) in the manifest."""
    path = out_dir / "manifest.json"
    if not path.is_file():
        return
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest[key] = value
    write_atomic(path, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
