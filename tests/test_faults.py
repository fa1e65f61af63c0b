"""A full disk or a signal at each write point of a run: exit 74 or 143 with one line that says what to
do, nothing already written is lost (the folder's previous files, the staged batches), no temporary
file is left, and --resume then writes the tables an uninterrupted run writes, byte for byte.

The fault is injected where the OS or the library would raise it: a file object whose write fails
with ENOSPC, a SQLite connection whose COMMIT fails with 'database or disk is full', a Parquet writer
and a DuckDB connection that fail like theirs do on a full disk; the signal is a real SIGTERM sent by
the process to itself at the same points.
"""

from __future__ import annotations

import builtins
import errno
import os
import shutil
import signal
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import pipeline.export.writer as writer_mod
import pipeline.run as run_mod
from pipeline.cli import app
from pipeline.export import staging
from pipeline.export.tables import COLUMNS
from pipeline.export.writer import STATE_FILE
from pipeline.faults import EXIT_WRITE
from tests.conftest import CORPUS

runner = CliRunner()
TABLES = ["records.jsonl", *(f"{t}.csv" for t in COLUMNS)]
FINALS = [*TABLES, "manifest.json"]  # written by finish(), renamed together
DERIVED = ["contracts_consolidated.csv", "documents.parquet", "funding.parquet", "run.duckdb"]
POINTS = ["staging", *FINALS, *DERIVED]
DOCS = ["corpus-g03-ars-occitanie-ariege", "corpus-g07-saint-junien", "corpus-a06-nancy-toul-deux-cls",
        "corpus-a01-amiens"]
FORMATS = ["--format", "csv,parquet,duckdb"]


@dataclass
class Cases:
    src: Path  # the inputs of the faulty run
    older: Path  # a finished run of other inputs, the folder's content before the faulty run
    ref: Path  # an uninterrupted run of src


def _inputs(dest: Path, docs: list[str], fillers: int) -> Path:
    dest.mkdir()
    for name in docs:
        shutil.copy(CORPUS / "docs" / f"{name}.txt", dest / f"{name}.txt")
    for k in range(fillers):
        (dest / f"page-{k}.txt").write_text(f"Le marché de Noël n° {k} ouvre samedi sur la place.\n", encoding="utf-8")
    (dest / "empty.txt").write_text("\n", encoding="utf-8")  # a row of errors.csv
    return dest


def _cli(src: Path, out: Path, *extra: str):
    res = runner.invoke(app, ["run", str(src), "--out", str(out), "--quiet", "--workers", "1", *FORMATS, *extra])
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    return res


@pytest.fixture(scope="module")
def cases(tmp_path_factory) -> Cases:
    base = tmp_path_factory.mktemp("faults")
    src = _inputs(base / "src", DOCS, fillers=3)
    older_src = _inputs(base / "older-src", DOCS[-1:], fillers=1)
    older, ref = base / "older", base / "ref"
    assert _cli(older_src, older).exit_code == 0
    assert _cli(src, ref).exit_code == 0
    for name in TABLES:  # every table has rows, so a fault in each one is a real write
        assert len((ref / name).read_text(encoding="utf-8").splitlines()) > 1, name
    return Cases(src, older, ref)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {f.name: f.read_bytes() for f in folder.iterdir() if f.is_file() and not f.name.startswith(".")}


def _stderr(res) -> str:
    try:
        return res.stderr
    except ValueError:
        return res.output


# --- injection at the write points


class _FullFile:
    """A file whose writes fail like a full disk's once ``room`` characters were written (``hook``
    instead of the failure: the same point for a signal)."""

    def __init__(self, fh, room: int, hook) -> None:
        self.fh, self.room, self.hook = fh, room, hook

    def write(self, data):
        if len(data) > self.room:
            self.hook()
        self.room -= len(data)
        return self.fh.write(data)

    def __getattr__(self, name: str):
        return getattr(self.fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.fh.close()


class _StagingConnection:
    """A staging connection whose second COMMIT (the second batch) meets ``hook``."""

    def __init__(self, con: sqlite3.Connection, hook) -> None:
        self.con, self.hook, self.commits = con, hook, 0

    def execute(self, sql: str, *args):
        if sql == "COMMIT":
            self.commits += 1
            if self.commits == 2:
                self.hook()
        return self.con.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self.con, name)


def _inject(point: str, kind: str, monkeypatch) -> None:
    """At ``point``, fail like a full disk (kind 'disk_full') or send SIGTERM to this process ('sigterm')."""

    def hit(exc: BaseException) -> None:
        if kind == "sigterm":
            os.kill(os.getpid(), signal.SIGTERM)  # Python runs the handler at the next bytecode
        else:
            raise exc

    enospc = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(run_mod, "BATCH_SIZE", 3)  # several batches: one is committed before the fault
    if point == "staging":
        real_sqlite_connect = sqlite3.connect

        def connect(database, *args, **kwargs):
            con = real_sqlite_connect(database, *args, **kwargs)
            if isinstance(database, Path) and database.name == STATE_FILE:
                # What SQLite says when a write of its file meets ENOSPC.
                return _StagingConnection(con, lambda: hit(sqlite3.OperationalError("database or disk is full")))
            return con

        monkeypatch.setattr(writer_mod.sqlite3, "connect", connect)
    elif point.endswith(".parquet"):
        real_writer = pq.ParquetWriter

        class Writer(real_writer):
            def __init__(self, where, *args, **kwargs):
                self.hit = str(where).endswith(point + ".tmp")
                super().__init__(where, *args, **kwargs)

            def write_table(self, table, *args, **kwargs):
                if self.hit:
                    hit(enospc)
                return super().write_table(table, *args, **kwargs)

        monkeypatch.setattr(pq, "ParquetWriter", Writer)
    elif point == "run.duckdb":
        import duckdb

        real_duckdb_connect = duckdb.connect

        class Connection:
            def __init__(self, con) -> None:
                self.con = con

            def execute(self, sql: str, *args):
                if sql == "CHECKPOINT":  # DuckDB's words for ENOSPC
                    hit(duckdb.IOException('IO Error: Could not write file "run.duckdb.tmp": No space left on device'))
                return self.con.execute(sql, *args)

            def __getattr__(self, name: str):
                return getattr(self.con, name)

        monkeypatch.setattr(duckdb, "connect", lambda *a, **kw: Connection(real_duckdb_connect(*a, **kw)))
    else:
        def fake_open(file, *args, **kwargs):
            fh = builtins.open(file, *args, **kwargs)  # noqa: SIM115 (closed by the writer's with)
            return _FullFile(fh, 40, lambda: hit(enospc)) if Path(file).name == point + ".tmp" else fh

        monkeypatch.setattr(writer_mod, "open", fake_open, raising=False)


def _check_nothing_lost(point: str, out: Path, before: dict[str, bytes], cases: Cases) -> None:
    assert not [f.name for f in out.iterdir() if f.name.endswith((".tmp", ".tmp.wal"))]
    assert staging.finished(out, STATE_FILE) > 0  # the staged batches survive
    after = _snapshot(out)
    if point in ("staging", *FINALS):  # the previous run's files are all still there, whole
        assert after == before
    else:  # the tables are this run's; the derived file that failed is still the previous one
        for name in TABLES:
            assert after[name] == (cases.ref / name).read_bytes(), name
        assert after[point] == before[point]
        if point.endswith(".parquet"):  # and so are the other Parquet files: never a mix of two runs
            assert {n: b for n, b in after.items() if n.endswith(".parquet")} == \
                   {n: b for n, b in before.items() if n.endswith(".parquet")}


def _resume_equals_reference(out: Path, cases: Cases) -> None:
    res = _cli(cases.src, out, "--resume")
    assert res.exit_code == 0, res.output
    for name in TABLES:
        assert (out / name).read_bytes() == (cases.ref / name).read_bytes(), name
    for name in ("contracts_consolidated.csv", *(f"{t}.parquet" for t in COLUMNS)):
        assert (out / name).read_bytes() == (cases.ref / name).read_bytes(), name
    import duckdb

    con = duckdb.connect(str(out / "run.duckdb"), read_only=True)
    try:
        n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()
    assert n == len((cases.ref / "documents.csv").read_text(encoding="utf-8").splitlines()) - 1
    assert not (out / STATE_FILE).exists() and not (out / ".lock").exists()


@pytest.mark.parametrize("point", POINTS)
def test_disk_full_at_each_write_point(point, cases, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(cases.older, out)
    before = _snapshot(out)
    _inject(point, "disk_full", monkeypatch)
    res = _cli(cases.src, out)
    assert res.exit_code == EXIT_WRITE, res.output
    lines = [ln for ln in _stderr(res).splitlines() if ln.startswith("cls-extract: disk full")]
    assert len(lines) == 1, _stderr(res)
    what = STATE_FILE if point == "staging" else point
    assert what in lines[0]
    assert "No space left" in lines[0] or "disk is full" in lines[0]
    assert "free space and rerun with --resume" in lines[0]
    assert "Traceback" not in res.output
    _check_nothing_lost(point, out, before, cases)
    monkeypatch.undo()
    _resume_equals_reference(out, cases)


@pytest.mark.parametrize("point", ["staging", "records.jsonl", "contracts.csv", "manifest.json", *DERIVED])
def test_sigterm_at_write_points_then_resume(point, cases, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(cases.older, out)
    before = _snapshot(out)
    _inject(point, "sigterm", monkeypatch)
    res = _cli(cases.src, out)
    assert res.exit_code == 128 + signal.SIGTERM, res.output
    line = _stderr(res).strip().splitlines()[-1]
    assert line.startswith("cls-extract: interrupted by SIGTERM;") and "rerun the same command with --resume" in line
    n = staging.finished(out, STATE_FILE)
    assert f"{n} finished document(s)" in line
    _check_nothing_lost(point, out, before, cases)
    monkeypatch.undo()
    _resume_equals_reference(out, cases)


def test_real_file_size_limit_then_resume(cases, tmp_path):
    """No injection: the OS refuses the writes (RLIMIT_FSIZE, the per-process cousin of a full disk).
    The staging file is the largest file of a run, so it meets the limit first, after some batches."""
    import resource
    import subprocess
    import sys

    from tests.conftest import ROOT

    src = tmp_path / "src"
    shutil.copytree(cases.src, src)
    for k in range(3, 134):  # three batches of 64
        (src / f"page-{k}.txt").write_text(f"Le marché de Noël n° {k} ouvre samedi sur la place.\n", encoding="utf-8")
    ref, out = tmp_path / "ref", tmp_path / "out"
    assert _cli(src, ref).exit_code == 0
    limit = 300_000
    cmd = [sys.executable, "-m", "pipeline.cli", "run", str(src), "--out", str(out), "--quiet", "--workers", "1",
           *FORMATS]
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300,
                         preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit)))
    assert res.returncode == EXIT_WRITE, res.stderr
    line = res.stderr.strip().splitlines()[-1]
    assert line.startswith(("cls-extract: disk full: could not write ", "cls-extract: write error: could not write "))
    assert f"{staging.finished(out, STATE_FILE)} finished document(s)" in line
    assert "Traceback" not in res.stderr
    assert not [f.name for f in out.iterdir() if f.name.endswith(".tmp")]
    res = _cli(src, out, "--resume")
    assert res.exit_code == 0, res.output
    for name in TABLES:
        assert (out / name).read_bytes() == (ref / name).read_bytes(), name


def test_a_signal_during_the_renames_waits_for_the_last_one(cases, tmp_path, monkeypatch):
    """SIGTERM at the first rename of the final files: all of them are renamed, then the run stops, so the
    folder holds this run's tables only (none of the previous run's beside them)."""
    out = tmp_path / "out"
    shutil.copytree(cases.older, out)
    real = writer_mod._fsync_replace
    calls: list[str] = []

    def replace(tmp: Path, path: Path) -> None:
        if not calls:
            os.kill(os.getpid(), signal.SIGTERM)
        calls.append(path.name)
        real(tmp, path)

    monkeypatch.setattr(writer_mod, "_fsync_replace", replace)
    res = _cli(cases.src, out)
    assert res.exit_code == 128 + signal.SIGTERM, res.output
    assert calls == FINALS
    for name in TABLES:
        assert (out / name).read_bytes() == (cases.ref / name).read_bytes(), name
    monkeypatch.undo()
    _resume_equals_reference(out, cases)
