"""One run at a time per run folder: a live holder makes a second run exit 2 with who and since when;
the lock of a process that is gone is taken over with a warning."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.export.lock import LOCK_FILE, FolderLocked, RunLock
from pipeline.export.writer import STATE_FILE
from tests.conftest import CORPUS, ROOT

runner = CliRunner()
TABLES = ["records.jsonl", "documents.csv", "contracts.csv", "signatories.csv", "people.csv", "axes.csv",
          "funding.csv", "errors.csv"]


def _stderr(res) -> str:
    try:
        return res.stderr
    except ValueError:
        return res.output


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_held_folder_refuses_a_second_holder(tmp_path):
    with RunLock(tmp_path):
        holder = json.loads((tmp_path / LOCK_FILE).read_text())
        assert holder["pid"] == os.getpid()
        with pytest.raises(FolderLocked) as err:
            RunLock(tmp_path).acquire()
        assert f"process {os.getpid()}" in str(err.value) and f"since {holder['since']}" in str(err.value)
    assert not (tmp_path / LOCK_FILE).exists()
    with RunLock(tmp_path):  # released: free again, and not stale
        pass


def test_a_stale_lock_is_taken_over_with_a_warning(tmp_path, capsys):
    pid = _dead_pid()
    (tmp_path / LOCK_FILE).write_text(json.dumps({"pid": pid, "host": "h", "since": "2026-01-01T00:00:00+00:00"}))
    with RunLock(tmp_path):
        assert json.loads((tmp_path / LOCK_FILE).read_text())["pid"] == os.getpid()
    err = capsys.readouterr().err
    assert "taking over the lock" in err and f"process {pid} on h" in err
    assert not (tmp_path / LOCK_FILE).exists()


def test_stale_lock_then_run_succeeds(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Le marché de Noël ouvre samedi.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    pid = _dead_pid()
    (out / LOCK_FILE).write_text(json.dumps({"pid": pid, "since": "2026-01-01T00:00:00+00:00"}))
    res = runner.invoke(app, ["run", str(src), "--out", str(out), "--quiet", "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert f"process {pid}" in _stderr(res)
    assert (out / "records.jsonl").exists() and not (out / LOCK_FILE).exists()


def _crawl(dest: Path) -> Path:
    """Enough CLS documents that a run lasts well beyond the moment the test looks at it."""
    dest.mkdir()
    for src in sorted((CORPUS / "docs").glob("corpus-a*.txt")):
        shutil.copy(src, dest / src.name)
    for k in range(70):
        (dest / f"page-{k}.txt").write_text(f"Le marché de Noël n° {k} ouvre samedi sur la place.\n", encoding="utf-8")
    return dest


def test_two_runs_on_one_folder(tmp_path):
    """The second run, started while the first holds the folder, exits 2 naming it and leaves its state
    alone (with or without --resume); the first one finishes with the tables of a run on its own."""
    from pipeline.run import run

    crawl = _crawl(tmp_path / "crawl")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pipeline.cli", "run", str(crawl), "--out", str(out), "--quiet", "--workers", "1"]
    first = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 120
        while first.poll() is None and time.time() < deadline:
            try:
                if json.loads((out / LOCK_FILE).read_text())["pid"] == first.pid and (out / STATE_FILE).exists():
                    break
            except (OSError, ValueError, KeyError):
                pass
            time.sleep(0.02)
        assert first.poll() is None, "the first run ended before the second could start"
        for extra in ([], ["--resume"]):
            second = runner.invoke(app, ["run", str(crawl), "--out", str(out), "--quiet", "--workers", "1", *extra])
            assert second.exit_code == 2, second.output
            lines = _stderr(second).strip().splitlines()
            assert len(lines) == 1 and f"is used by another run (process {first.pid}" in lines[0] and "since" in lines[0]
        assert (out / STATE_FILE).exists()
    finally:
        _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    ref = tmp_path / "ref"
    run([crawl], ref)
    for name in TABLES:
        assert (out / name).read_bytes() == (ref / name).read_bytes(), name
    assert not (out / LOCK_FILE).exists()
