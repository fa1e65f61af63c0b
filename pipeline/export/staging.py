"""Checks of a staging file before ``--resume`` trusts it.

The staging file (``.state.sqlite`` and its ``-wal`` part, which holds the batches committed since
the last checkpoint) can be damaged by what happens around a run: a copy or a full disk that
truncated it, a lost ``-wal``, stray bytes. A damaged file is set aside (kept, never deleted) and the
run starts over, so no table ever mixes what it still holds with a new run. SQLite's integrity check
sees the structure of the file, not the bytes of its values: each staged row carries a CRC-32 of its
values, checked before a resume. A file that SQLite finds
whole but whose batches are not (rows without their done mark, or the reverse) keeps its whole
batches; the inputs of the others are redone.
"""

from __future__ import annotations

import os
import sqlite3
import zlib
from pathlib import Path

# The columns of each staging table that a checksum covers (meta is checked by the run key, done by
# drop_partial).
CHECKED: dict[str, list[str]] = {
    "records": ["doc_id", "ord", "is_cls", "n_contracts", "json"],
    "rows": ["tbl", "k1", "k2", "ord", "idx", "cells"],
    "seen": ["sha", "ord", "doc_id"],
}
TABLES: dict[str, set[str]] = {"meta": {"key", "value"}, "done": {"ord"},
                               **{t: {*cols, "crc"} for t, cols in CHECKED.items()}}
PARTS = ("", "-wal", "-shm")


def checksum(*values: object) -> int:
    return zlib.crc32("\x1f".join(map(str, values)).encode("utf-8"))


def with_checksum(*values: object) -> tuple:
    """A staged row: its values, then their checksum."""
    return (*values, checksum(*values))


def damage(path: Path) -> str | None:
    """Why the staging file at ``path`` cannot be resumed from, or None when it is whole."""
    try:
        con = sqlite3.connect(path)  # opening replays the -wal part into the view of the file
        try:
            check = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
            if check != ["ok"]:
                return f"integrity check failed: {check[0] if check else 'no answer'}"
            for name, columns in TABLES.items():
                have = {c[1] for c in con.execute(f"PRAGMA table_info({name})")}
                if not columns <= have:
                    return f"table {name!r} is missing or of another layout"
            keys = {k for (k,) in con.execute("SELECT key FROM meta")}
            if not {"run_key", "started"} <= keys:
                return "the description of its run is missing"
            con.create_function("checksum", -1, checksum, deterministic=True)
            for name, columns in CHECKED.items():
                bad = con.execute(f"SELECT count(*) FROM {name} WHERE checksum({', '.join(columns)}) IS NOT crc")
                n = bad.fetchone()[0]
                if n:
                    return f"{n} row(s) of {name!r} do not match their checksum"
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None


def set_aside(path: Path) -> Path:
    """Rename a damaged staging file (with its parts) out of the way; returns its new name."""
    n = 1
    while True:
        aside = path.with_name(path.name + (".damaged" if n == 1 else f".damaged-{n}"))
        if not any(aside.with_name(aside.name + p).exists() for p in PARTS):
            break
        n += 1
    for part in PARTS:
        src = path.with_name(path.name + part)
        if src.exists():
            os.replace(src, aside.with_name(aside.name + part))
    return aside


def drop_partial(db: sqlite3.Connection) -> int:
    """Forget the inputs whose batch is not whole in ``db``; returns how many will be redone.

    Every finished input has a record or an error row, and every row belongs to a finished input:
    a row without its done mark, or a done mark without its rows, means a lost part of the file."""
    db.execute("""CREATE TEMP TABLE whole AS SELECT ord FROM done WHERE ord IN
                  (SELECT ord FROM records UNION SELECT ord FROM rows WHERE tbl='errors')""")
    partial = db.execute("""SELECT count(*) FROM (SELECT ord FROM done UNION SELECT ord FROM records
                            UNION SELECT ord FROM rows) WHERE ord NOT IN (SELECT ord FROM whole)""").fetchone()[0]
    if partial:
        db.execute("DELETE FROM done WHERE ord NOT IN (SELECT ord FROM whole)")
        for table in ("records", "rows", "seen"):
            db.execute(f"DELETE FROM {table} WHERE ord NOT IN (SELECT ord FROM whole)")
    db.execute("DROP TABLE whole")
    return partial


def finished(out_dir: Path, state_file: str) -> int:
    """How many inputs the staging file of ``out_dir`` marks as finished (0 when it cannot be read)."""
    path = Path(out_dir) / state_file
    if not path.exists():
        return 0
    try:
        # Not read-only: a read-only connection leaves empty -wal and -shm files behind it.
        con = sqlite3.connect(path, timeout=1.0)
        try:
            return con.execute("SELECT count(*) FROM done").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0
