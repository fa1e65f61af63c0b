"""--format parquet,duckdb: the same tables as the CSVs, plus the analyst views in DuckDB."""

from __future__ import annotations

import shutil

import duckdb
import pandas as pd
import pytest

import pipeline
from pipeline.export.formats import write_duckdb, write_parquet
from pipeline.export.post import finalize_run
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def finalized(run_dir_factory, tmp_path_factory):
    out = tmp_path_factory.mktemp("analyst") / "run"
    shutil.copytree(run_dir_factory(CORPUS / "docs"), out)
    written = finalize_run(out, ["csv", "parquet", "duckdb"])
    return out, written


def test_parquet_per_table(finalized):
    out, written = finalized
    tables = pipeline.load_run(out)
    for name, df in tables.items():
        assert f"{name}.parquet" in written
        back = pd.read_parquet(out / f"{name}.parquet")
        pd.testing.assert_frame_equal(back, df, check_categorical=False)
    assert not list(out.glob("*.tmp"))


def test_duckdb_tables_and_views(finalized):
    out, written = finalized
    assert "run.duckdb" in written
    tables = pipeline.load_run(out)
    con = duckdb.connect(str(out / "run.duckdb"), read_only=True)
    try:
        for name, df in tables.items():
            assert con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == len(df)
        n_consolidated = len(tables["contracts_consolidated"])
        by_region = con.execute("SELECT sum(n_contracts), sum(n_mentions) FROM v_contracts_by_region_year").fetchone()
        assert by_region == (n_consolidated, len(tables["contracts"]))
        themes = dict(con.execute("SELECT theme, n_contracts FROM v_axis_themes").fetchall())
        expected = tables["contracts_consolidated"]["axis_themes"].dropna().str.split(";").explode().value_counts()
        assert themes == expected.to_dict()
    finally:
        con.close()


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="xlsx"):
        finalize_run(tmp_path, ["csv", "xlsx"])


@pytest.mark.parametrize("chunksize", [7, 100_000])
def test_chunked_copies_equal_the_whole_tables(finalized, tmp_path, chunksize):
    """Written chunk by chunk (a row group per chunk), the copies hold what load_run reads at once."""
    out, _ = finalized
    tables = pipeline.load_run(out)
    write_parquet(out, tmp_path, chunksize=chunksize)
    write_duckdb(out, tmp_path, chunksize=chunksize)
    con = duckdb.connect(str(tmp_path / "run.duckdb"), read_only=True)
    try:
        for name, df in tables.items():
            back = pd.read_parquet(tmp_path / f"{name}.parquet")
            pd.testing.assert_frame_equal(back, df, check_categorical=False)
            db = con.execute(f'SELECT * FROM "{name}"').df()
            assert list(db.columns) == list(df.columns)
            for col in df.columns:
                want = df[col].astype(object).where(df[col].notna(), None).tolist()
                got = db[col].astype(object).where(db[col].notna(), None).tolist()
                assert got == want, (name, col)
    finally:
        con.close()
    if chunksize == 7:
        import pyarrow.parquet as pq

        assert pq.ParquetFile(tmp_path / "axes.parquet").num_row_groups > 1
