"""--engine dask on a 2-worker LocalCluster (loopback) writes the same run folder as the local engine."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS

TABLES = ["records.jsonl", "documents.csv", "contracts.csv", "signatories.csv", "people.csv", "axes.csv",
          "funding.csv", "errors.csv", "contracts_consolidated.csv", "coverage_contracts.csv", "coverage_communes.csv",
          "coverage_summary.csv"]


def test_dask_engine_equals_local(tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed", reason="the Dask extra is not installed (pip install '.[dask]')")
    import pipeline.run as run_mod

    src = tmp_path / "in"
    src.mkdir()
    for f in sorted((CORPUS / "docs").iterdir())[:12]:
        (src / f.name).write_bytes(f.read_bytes())
    monkeypatch.setattr(run_mod, "BATCH_SIZE", 4)
    run_mod.run([src], tmp_path / "local")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        manifest = run_mod.run([src], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
    assert manifest["engine"] == "dask"
    for name in TABLES:
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


def test_dask_missing_gives_a_clear_message(monkeypatch):
    import builtins

    from pipeline.engine import EngineUnavailable, make_executor

    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name.split(".")[0] in ("dask", "distributed"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(EngineUnavailable, match=r"cls-extract\[dask\]"):
        make_executor("dask", 2)
