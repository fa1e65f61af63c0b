"""Outputs derived from a finished run folder: consolidated contracts, Parquet, DuckDB.

They are built from the folder's final files (records.jsonl and the CSV tables), so a resumed or
distributed run gets them the same way as a plain one.
"""

from __future__ import annotations

from pathlib import Path


def finalize_run(out_dir: Path, formats: list[str] | None = None, excel: bool = False) -> list[str]:
    """Write the derived outputs into ``out_dir``; returns the names of the files written."""
    return []
