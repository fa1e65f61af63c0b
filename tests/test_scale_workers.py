"""--workers N writes the same run folder as --workers 1 (results are written in input order)."""

from __future__ import annotations

from typer.testing import CliRunner

from pipeline.cli import app
from tests.conftest import CORPUS

TABLES = ["records.jsonl", "documents.csv", "contracts.csv", "signatories.csv", "people.csv", "axes.csv",
          "funding.csv", "errors.csv", "contracts_consolidated.csv", "coverage_contracts.csv", "coverage_communes.csv",
          "coverage_summary.csv"]


def test_two_workers_equal_one(tmp_path, monkeypatch):
    import pipeline.run as run_mod

    src = tmp_path / "in"
    src.mkdir()
    for f in sorted((CORPUS / "docs").iterdir())[:16]:  # .txt, .html and a .jsonl of scraped records
        (src / f.name).write_bytes(f.read_bytes())
    monkeypatch.setattr(run_mod, "BATCH_SIZE", 4)  # several batches in flight on both workers
    runner = CliRunner()
    one = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "w1"), "-q", "--workers", "1"])
    two = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "w2"), "-q", "--workers", "2"])
    assert one.exit_code == 0 and two.exit_code == 0, one.output + two.output
    for name in TABLES:
        assert (tmp_path / "w1" / name).read_bytes() == (tmp_path / "w2" / name).read_bytes(), name
    assert b"corpus-a01-amiens#1" in (tmp_path / "w2" / "contracts.csv").read_bytes()
