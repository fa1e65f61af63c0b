"""Parquet and DuckDB copies of a run folder's tables, built from the typed DataFrames of load_run.

Both are written to a temporary name and renamed, like every file of the folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

VIEWS: dict[str, str] = {
    # One row per (region, year) of consolidated contracts: year of signing, else first year of the period.
    "v_contracts_by_region_year": """
        SELECT coalesce(territory_region, '(unknown)') AS region,
               coalesce(year(signing_date), period_start) AS year,
               count(*) AS n_contracts,
               count(*) FILTER (WHERE status IN ('signed', 'renewed')) AS n_signed,
               CAST(sum(n_sources) AS BIGINT) AS n_mentions
        FROM contracts_consolidated
        GROUP BY ALL
        ORDER BY region, year NULLS LAST""",
    # How many consolidated contracts have each axis theme.
    "v_axis_themes": """
        SELECT theme, count(*) AS n_contracts
        FROM (SELECT unnest(string_split(axis_themes, ';')) AS theme FROM contracts_consolidated
              WHERE axis_themes IS NOT NULL AND axis_themes <> '')
        GROUP BY theme
        ORDER BY n_contracts DESC, theme""",
}


def write_parquet(tables: dict[str, pd.DataFrame], out_dir: Path) -> list[str]:
    """One ``<table>.parquet`` per table (pyarrow)."""
    written = []
    for name, df in tables.items():
        path = out_dir / f"{name}.parquet"
        tmp = path.with_name(path.name + ".tmp")
        df.to_parquet(tmp, engine="pyarrow", index=False)
        os.replace(tmp, path)
        written.append(path.name)
    return written


def write_duckdb(tables: dict[str, pd.DataFrame], out_dir: Path, name: str = "run.duckdb") -> list[str]:
    """One DuckDB file with every table and the analyst views."""
    import duckdb

    path = out_dir / name
    tmp = path.with_name(path.name + ".tmp")
    for stale in (tmp, tmp.with_name(tmp.name + ".wal")):
        stale.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        for table, df in tables.items():
            con.register("_df", df)
            con.execute(f'CREATE TABLE "{table}" AS SELECT * FROM _df')
            con.unregister("_df")
        if "contracts_consolidated" in tables:
            for view, sql in VIEWS.items():
                con.execute(f"CREATE VIEW {view} AS {sql}")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, path)
    return [path.name]
