"""Exit codes of `cls-extract run`: 0 when the run finished (bad inputs are rows of errors.csv, with
a summary on stderr), 2 for usage errors with a one-line message and no traceback, and with
--strict, 1 when any input could not be processed."""

from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()
LAON = "Le contrat local de santé de la ville de Laon a été signé le 3 juin 2024 avec l'ARS Hauts-de-France.\n"


def _invoke(*args: str):
    res = runner.invoke(app, ["run", *args])
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    return res


def _stderr(res) -> str:
    try:
        return res.stderr
    except ValueError:  # older click: stderr mixed into output
        return res.output


def _no_traceback(res) -> None:
    assert "Traceback" not in res.output and "Traceback" not in _stderr(res)


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "laon.txt").write_text(LAON, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return folder


def test_finished_with_errors_is_0_with_summary(inputs, tmp_path):
    out = tmp_path / "out"
    res = _invoke(str(inputs), "--out", str(out), "--quiet", "--workers", "1")
    assert res.exit_code == 0, res.output
    err = _stderr(res)
    assert "2 errors" in err and "errors.csv" in err
    _no_traceback(res)
    with open(out / "errors.csv", encoding="utf-8", newline="") as fh:
        assert sorted(r["error_type"] for r in csv.DictReader(fh)) == ["binary", "empty"]
    assert "laon" in (out / "records.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--no-such-option"], "No such option"),
        ([], "Missing argument"),
        (["{tmp}/missing-folder"], "not found"),
        (["{inputs}", "--format", "xls"], "unknown --format"),
        (["{inputs}", "--workers", "0"], "Invalid value"),
    ],
)
def test_usage_errors_are_2(args, message, inputs, tmp_path):
    args = [a.format(tmp=tmp_path, inputs=inputs) for a in args]
    res = _invoke(*args, "--out", str(tmp_path / "out"), "--quiet")
    assert res.exit_code == 2, res.output
    assert message in res.output + _stderr(res)
    _no_traceback(res)
    assert not (tmp_path / "out" / "records.jsonl").exists()


def test_unwritable_output_folder_is_2(inputs, tmp_path):
    """A path under a regular file cannot be a folder, even for root (chmod would not stop root)."""
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    res = _invoke(str(inputs), "--out", str(blocker / "out"), "--quiet")
    assert res.exit_code == 2, res.output
    assert "cannot write to output folder" in _stderr(res)
    assert len(_stderr(res).strip().splitlines()) == 1
    _no_traceback(res)


def _has_strict() -> bool:
    return "--strict" in runner.invoke(app, ["run", "--help"]).output


@pytest.mark.skipif(not _has_strict(), reason="`cls-extract run --strict` not implemented yet")
def test_strict_exit_1_on_errors_0_without(inputs, tmp_path):
    res = _invoke(str(inputs), "--out", str(tmp_path / "strict"), "--quiet", "--workers", "1", "--strict")
    assert res.exit_code == 1, res.output
    _no_traceback(res)
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "laon.txt").write_text(LAON, encoding="utf-8")
    res = _invoke(str(clean), "--out", str(tmp_path / "strict-ok"), "--quiet", "--workers", "1", "--strict")
    assert res.exit_code == 0, res.output
