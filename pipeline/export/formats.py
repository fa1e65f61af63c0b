"""Parquet and DuckDB copies of a run folder's tables, typed as load_run types them.

Tables are read and written in chunks (``load.iter_table``), so a crawl's tables need not fit in
memory. Both are written to a temporary name and renamed, like every file of the folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.faults import renamed_together, writing
from pipeline.load import CHUNK_ROWS, iter_table, tables_in

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


_DICT = pa.dictionary(pa.int32(), pa.string())


def _arrow(chunk: pd.DataFrame) -> pa.Table:
    """A typed chunk as an Arrow table whose schema does not depend on the chunk's values: categories
    become dictionary<int32, string> whatever their number (pandas picks int8 or int16 codes)."""
    table = pa.Table.from_pandas(chunk, preserve_index=False)
    fields = [pa.field(f.name, _DICT) if pa.types.is_dictionary(f.type) else f for f in table.schema]
    return table.cast(pa.schema(fields, metadata=table.schema.metadata))


def write_parquet(run_dir: Path, out_dir: Path | None = None, chunksize: int = CHUNK_ROWS) -> list[str]:
    """One ``<table>.parquet`` per table of the run folder (pyarrow, a row group per chunk). All are
    written to temporary names before any is renamed: a failed write (a full disk) leaves the previous
    set whole, names the file and gives the space back."""
    out_dir = Path(out_dir or run_dir)
    with renamed_together() as done:
        for name in tables_in(run_dir):
            path = out_dir / f"{name}.parquet"
            done.append((_parquet_tmp(Path(run_dir) / f"{name}.csv", path, chunksize), path))
    return [path.name for _, path in done]


def _parquet_tmp(csv_path: Path, path: Path, chunksize: int) -> Path:
    tmp = path.with_name(path.name + ".tmp")
    writer = None
    try:
        with writing(path.name, path):
            try:
                for chunk in iter_table(csv_path, chunksize):
                    table = _arrow(chunk)
                    if writer is None:
                        writer = pq.ParquetWriter(tmp, table.schema)
                    writer.write_table(table.cast(writer.schema))
            finally:
                if writer is not None:
                    writer.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def write_duckdb(run_dir: Path, out_dir: Path | None = None, name: str = "run.duckdb",
                 chunksize: int = CHUNK_ROWS) -> list[str]:
    """One DuckDB file with every table of the run folder and the analyst views. Category columns are
    VARCHAR (an ENUM made from the first chunk would refuse the values of the next ones)."""
    import duckdb

    out_dir = Path(out_dir or run_dir)
    path = out_dir / name
    tmp = path.with_name(path.name + ".tmp")
    parts = (tmp, tmp.with_name(tmp.name + ".wal"))
    for stale in parts:
        stale.unlink(missing_ok=True)
    try:  # a failed write (a full disk) names the file and gives its space back
        with writing(path.name, path, (OSError, duckdb.IOException)):
            _fill_duckdb(duckdb.connect(str(tmp)), run_dir, chunksize)
    except BaseException:
        for part in parts:
            part.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)
    return [path.name]


def _fill_duckdb(con, run_dir: Path, chunksize: int) -> None:
    try:
        tables = tables_in(run_dir)
        for table in tables:
            for n, chunk in enumerate(iter_table(Path(run_dir) / f"{table}.csv", chunksize)):
                chunk = chunk.astype({c: "string" for c, t in chunk.dtypes.items() if isinstance(t, pd.CategoricalDtype)})
                con.register("_df", chunk)
                con.execute(f'CREATE TABLE "{table}" AS SELECT * FROM _df' if n == 0
                            else f'INSERT INTO "{table}" SELECT * FROM _df')
                con.unregister("_df")
        if "contracts_consolidated" in tables:
            for view, sql in VIEWS.items():
                con.execute(f"CREATE VIEW {view} AS {sql}")
        con.execute("CHECKPOINT")
    finally:
        con.close()
