"""--resume on a damaged staging state: a truncated or corrupted .state.sqlite, a lost -wal part, batches
that are not whole, a staging file of another version. Each is set aside and rebuilt, repaired, or
refused with one line; none gives tables that mix two runs: every resume that succeeds writes the
tables of an uninterrupted run, byte for byte."""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline.run as run_mod
from pipeline.cli import app
from pipeline.export import staging
from pipeline.export.writer import STATE_FILE, RunWriter
from pipeline.faults import Interrupted
from tests.conftest import CORPUS

runner = CliRunner()
TABLES = ["records.jsonl", "documents.csv", "contracts.csv", "signatories.csv", "people.csv", "axes.csv",
          "funding.csv", "errors.csv"]
DOCS = ["corpus-a01-amiens", "corpus-a06-nancy-toul-deux-cls", "corpus-g07-saint-junien"]


@pytest.fixture(scope="module")
def src(tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("damage") / "src"
    dest.mkdir()
    for name in DOCS:
        shutil.copy(CORPUS / "docs" / f"{name}.txt", dest / f"{name}.txt")
    for k in range(8):
        (dest / f"page-{k}.txt").write_text(f"Le marché de Noël n° {k} ouvre samedi sur la place.\n", encoding="utf-8")
    (dest / "empty.txt").write_text("\n", encoding="utf-8")
    return dest


@pytest.fixture(scope="module")
def ref(src, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("damage-ref")
    run_mod.run([src], out)
    return out


def _interrupted(src: Path, out: Path, monkeypatch, commits: int = 2, on_commit=None) -> None:
    """A run of batches of 3 stopped by SIGTERM after ``commits`` batches; ``on_commit(writer, n)`` runs
    after each commit (to copy or checkpoint the staging file as it is then)."""
    real_commit = RunWriter.commit
    count = {"n": 0}

    def commit(self, done):
        if count["n"] == commits:
            raise Interrupted(signal.SIGTERM)
        real_commit(self, done)
        count["n"] += 1
        if on_commit:
            on_commit(self, count["n"])

    monkeypatch.setattr(run_mod, "BATCH_SIZE", 3)
    monkeypatch.setattr(RunWriter, "commit", commit)
    with pytest.raises(Interrupted):
        run_mod.run([src], out)
    monkeypatch.undo()
    assert staging.finished(out, STATE_FILE) == 3 * commits


def _resume(src: Path, out: Path):
    res = runner.invoke(app, ["run", str(src), "--out", str(out), "--quiet", "--workers", "1", "--resume"])
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    return res


def _stderr(res) -> str:
    try:
        return res.stderr
    except ValueError:
        return res.output


def _same_tables(out: Path, ref: Path) -> None:
    for name in TABLES:
        assert (out / name).read_bytes() == (ref / name).read_bytes(), name
    assert not (out / STATE_FILE).exists()


def _truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _garbage_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page, len(data), 2 * page):  # every other page after the first
        data[start:start + page] = bytes((i * 37 + 11) % 256 for i in range(min(page, len(data) - start)))
    path.write_bytes(bytes(data))


def _changed_value(path: Path) -> None:
    """Bytes of a value changed, the file's structure intact: only the rows' checksums can tell."""
    data = path.read_bytes()
    assert data.count(b"Amiens") >= 1
    path.write_bytes(data.replace(b"Amiens", b"Amienz"))


def _bad_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:16] = b"not a database!!"
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_truncate_half, _garbage_pages, _changed_value, _bad_header,
                                    lambda p: p.write_bytes(b"")],
                         ids=["truncated", "garbage-pages", "changed-value", "bad-header", "empty"])
def test_damaged_staging_is_set_aside_and_rebuilt(damage, src, ref, tmp_path, monkeypatch):
    out = tmp_path / "out"
    _interrupted(src, out, monkeypatch)
    state = out / STATE_FILE
    assert not state.with_name(STATE_FILE + "-wal").exists()  # closed: everything is in the one file
    damage(state)
    damaged = state.read_bytes()
    res = _resume(src, out)
    assert res.exit_code == 0, res.output
    warning = [ln for ln in _stderr(res).splitlines() if "warning: the staging file" in ln]
    assert len(warning) == 1 and "is damaged" in warning[0] and "starting the run over" in warning[0]
    if damage is _changed_value:  # SQLite finds the file whole; the checksums do not
        assert "do not match their checksum" in warning[0]
    assert "nothing to resume" not in _stderr(res)  # one message says what happens
    assert (out / f"{STATE_FILE}.damaged").read_bytes() == damaged  # kept, never deleted
    _same_tables(out, ref)


def _keep_copy(dest: Path, checkpoint_first: bool):
    """on_commit: after batch 1, optionally checkpoint (batch 1 moves into the main file); after batch 2,
    copy the main file as it is then, without its -wal part (which holds what was not checkpointed)."""

    def on_commit(writer: RunWriter, n: int) -> None:
        if n == 1 and checkpoint_first:
            writer.db.execute("COMMIT")
            writer.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            writer.db.execute("BEGIN")
        if n == 2:
            shutil.copy(writer.state_path, dest)

    return on_commit


def test_lost_wal_part_keeps_the_checkpointed_batches(src, ref, tmp_path, monkeypatch):
    out, copy = tmp_path / "out", tmp_path / "main-file-only"
    _interrupted(src, out, monkeypatch, on_commit=_keep_copy(copy, checkpoint_first=True))
    shutil.copy(copy, out / STATE_FILE)  # the -wal part with batch 2 is lost
    assert staging.finished(out, STATE_FILE) == 3  # batch 1 alone, whole
    res = _resume(src, out)
    assert res.exit_code == 0, res.output
    assert "warning" not in _stderr(res)
    _same_tables(out, ref)


def test_lost_wal_part_before_any_checkpoint_rebuilds(src, ref, tmp_path, monkeypatch):
    out, copy = tmp_path / "out", tmp_path / "main-file-only"
    _interrupted(src, out, monkeypatch, on_commit=_keep_copy(copy, checkpoint_first=False))
    shutil.copy(copy, out / STATE_FILE)  # the run's tables and description were all in the -wal part
    res = _resume(src, out)
    assert res.exit_code == 0, res.output
    assert "is damaged" in _stderr(res) and "starting the run over" in _stderr(res)
    _same_tables(out, ref)


def test_batches_that_are_not_whole_are_redone(src, ref, tmp_path, monkeypatch):
    """Rows without their done mark and a done mark without its record (what a lost page of the file
    leaves) must neither reach the tables nor leave an input out of them."""
    out = tmp_path / "out"
    _interrupted(src, out, monkeypatch)
    con = sqlite3.connect(out / STATE_FILE)
    with con:
        lost = con.execute("SELECT min(ord) FROM records").fetchone()[0]
        con.execute("DELETE FROM records WHERE ord=?", (lost,))
        row = con.execute("SELECT cells FROM rows WHERE tbl='documents' LIMIT 1").fetchone()[0]
        orphan = json.dumps(["zz-orphan", *json.loads(row)[1:]])
        con.execute("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?)",
                    staging.with_checksum("documents", "zz-orphan", "", 999, 0, orphan))
        con.execute("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?)",
                    staging.with_checksum("zz-orphan", 999, 0, 0, "{}"))
    con.close()
    res = _resume(src, out)
    assert res.exit_code == 0, res.output
    assert "held 2 input(s) without their whole batch; they are redone" in _stderr(res)
    _same_tables(out, ref)


@pytest.mark.parametrize("made_by", [{"tool_version": "0.0.1"}, None], ids=["other-version", "no-version"])
def test_staging_of_another_version_is_refused(made_by, src, ref, tmp_path, monkeypatch):
    out = tmp_path / "out"
    _interrupted(src, out, monkeypatch)
    con = sqlite3.connect(out / STATE_FILE)
    with con:
        if made_by is None:
            con.execute("DELETE FROM meta WHERE key='made_by'")
        else:
            old = json.loads(con.execute("SELECT value FROM meta WHERE key='made_by'").fetchone()[0])
            con.execute("UPDATE meta SET value=? WHERE key='made_by'", (json.dumps({**old, **made_by}, sort_keys=True),))
    con.close()
    state = (out / STATE_FILE).read_bytes()
    res = _resume(src, out)
    assert res.exit_code == 2, res.output
    lines = _stderr(res).strip().splitlines()
    assert len(lines) == 1 and "holds an interrupted run made by" in lines[0] and "rerun without --resume" in lines[0]
    assert ("cls-extract 0.0.1" if made_by else "an earlier version") in lines[0]
    assert (out / STATE_FILE).read_bytes() == state  # refused: left as it was
    assert not (out / "records.jsonl").exists()
    res = runner.invoke(app, ["run", str(src), "--out", str(out), "--quiet", "--workers", "1"])
    assert res.exit_code == 0, res.output
    _same_tables(out, ref)
