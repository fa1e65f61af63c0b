"""load_run: the tables of a run folder as DataFrames with dtypes by column name."""

from __future__ import annotations

import shutil

import pandas as pd

import pipeline
from pipeline.export.post import finalize_run
from tests.conftest import CORPUS


def test_load_run_dtypes(run_dir_factory, tmp_path):
    out = tmp_path / "run"
    shutil.copytree(run_dir_factory(CORPUS / "docs"), out)
    finalize_run(out)
    t = pipeline.load_run(out)
    assert {"documents", "contracts", "signatories", "people", "axes", "funding", "errors",
            "contracts_consolidated"} <= set(t)
    c = t["contracts"]
    assert pd.api.types.is_datetime64_any_dtype(c["signing_date"])
    assert str(c["period_start"].dtype) == "Int64" and str(c["generation"].dtype) == "Int64"
    assert isinstance(c["status"].dtype, pd.CategoricalDtype)
    assert str(c["territory_insee"].dtype) == "string"
    # Leading zeros and Corsican codes survive; date precision is kept beside the datetime.
    assert set(c["territory_departement"].dropna()) >= {"05", "2A"}
    assert set(c["signing_date_precision"].dropna()) >= {"day", "month"}
    assert str(t["documents"]["is_cls"].dtype) == "boolean"
    assert str(t["funding"]["amount_eur"].dtype) == "Float64"
    assert len(c) == t["documents"]["n_contracts"].sum()


def test_load_run_reads_excel_csv_and_extra_columns(tmp_path):
    (tmp_path / "contracts.csv").write_bytes(
        "\ufeffcontract_id;doc_id;period_start;funding_total;signing_date;new_column\r\n"
        "d#1;d;2024;1234,5;2024-03;x\r\n".encode())
    (tmp_path / "documents.csv").write_text("doc_id,is_cls,duplicate_of\r\nd,true,\r\n", encoding="utf-8")
    t = pipeline.load_run(tmp_path)
    row = t["contracts"].iloc[0]
    assert row["funding_total"] == 1234.5 and row["period_start"] == 2024
    assert row["signing_date"] == pd.Timestamp("2024-03-01") and row["signing_date_precision"] == "month"
    assert row["new_column"] == "x"
    assert bool(t["documents"]["is_cls"].iloc[0]) is True and pd.isna(t["documents"]["duplicate_of"].iloc[0])
