"""The run-folder writer: records and table rows in, deterministic files out, memory bounded.

Rows are not kept in memory: each finished batch is appended to a SQLite staging file in the run
folder (``.state.sqlite``) and committed in one transaction, together with the ordinals of the
inputs it finished. A run killed at any point (even SIGKILL) therefore leaves the previous complete
tables untouched plus a staging file holding whole batches only, which ``--resume`` continues.

``finish`` streams every final file out of SQLite in key order (SQLite sorts on disk, so a 50k-document
run needs no more memory than a 60-document one), writes it to a temporary name and renames it: a
reader never sees a half-written table, and re-running on the same inputs gives byte-identical files.
Ties between rows of one key keep input order (the input ordinal, then the row's rank in its document),
which is the order the former in-memory stable sort gave.
"""

from __future__ import annotations

import csv
import functools
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from pipeline.export import staging
from pipeline.export.tables import COLUMNS, rows_of
from pipeline.faults import STAGING_ERRORS, renamed_together, writing
from pipeline.models import SCHEMA_VERSION, Record
from pipeline.rules import rules_checksum

OUTPUT_VERSION = "1.1"  # 1.1: coverage_*.csv
STATE_FILE = ".state.sqlite"

# Sort key of each table (the ordinal and row rank break ties, see the module docstring).
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "contracts": ("doc_id", "contract_id"),
    "errors": ("input_path", "doc_id"),
}


class ResumeMismatch(Exception):
    """--resume on a run folder whose staging file was made from other inputs, options or versions."""


def _cell(value: object, excel: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if excel and isinstance(value, float):
        return repr(value).replace(".", ",")
    return str(value)


def _fsync_replace(tmp: Path, path: Path) -> None:
    os.replace(tmp, path)
    try:  # the rename itself is durable only once the folder is synced
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


def _write_tmp(path: Path, chunks: Iterable[str | bytes], binary: bool = False) -> Path:
    """Write ``path.tmp`` to the disk; on any failure it is removed (a full disk gets its space back)
    and the failure names ``path``. ``path`` itself is not touched."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        text = {} if binary else {"encoding": "utf-8", "newline": ""}
        with writing(path.name, path), open(tmp, "wb" if binary else "w", **text) as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def write_atomic(path: Path, data: str | bytes) -> None:
    _fsync_replace(_write_tmp(path, [data], isinstance(data, bytes)), path)


def write_lines_atomic(path: Path, lines: Iterable[str]) -> None:
    """Stream lines to ``path`` through a temporary file and a rename."""
    _fsync_replace(_write_tmp(path, lines), path)


_F = TypeVar("_F", bound=Callable)


def _staged(method: _F) -> _F:
    """A failed write of the staging file (SQLite says 'database or disk is full') names the file."""

    @functools.wraps(method)
    def wrapper(self: RunWriter, *args, **kwargs):
        with writing("the staging file", self.state_path, STAGING_ERRORS):
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


def csv_lines(columns: list[str], rows: Iterable[list[str]], excel: bool = False) -> Iterator[str]:
    """CSV text of a header and already formatted rows, one chunk per row (RFC 4180, CRLF)."""

    class _Line:
        text = ""

        def write(self, s: str) -> None:
            self.text = s

    line = _Line()
    w = csv.writer(line, delimiter=";" if excel else ",", lineterminator="\r\n")
    w.writerow(columns)
    yield ("\ufeff" if excel else "") + line.text
    for row in rows:
        w.writerow(row)
        yield line.text


def csv_text(columns: list[str], rows: list[dict], excel: bool = False) -> str:
    return "".join(csv_lines(columns, ([_cell(r.get(c), excel) for c in columns] for r in rows), excel))


class RunWriter:
    """Staging of one run in ``out_dir/.state.sqlite``; ``finish`` writes the run folder from it.

    Every method that adds data takes the input ordinal ``ord`` of the document it belongs to; nothing
    is visible to a resumed run until ``commit`` (one transaction per batch).
    """

    def __init__(self, out_dir: Path, excel: bool = False, resume: bool = False, run_key: dict | None = None,
                 versions: dict | None = None) -> None:
        self.out = Path(out_dir)
        self.out.mkdir(parents=True, exist_ok=True)
        self.excel = excel
        self.state_path = self.out / STATE_FILE
        with writing("the staging file", self.state_path, STAGING_ERRORS):
            self._open(resume, run_key, versions)

    def _open(self, resume: bool, run_key: dict | None, versions: dict | None) -> None:
        key = json.dumps({"excel": self.excel, "output_version": OUTPUT_VERSION, **(run_key or {})}, sort_keys=True)
        made_by = json.dumps({"output_version": OUTPUT_VERSION, **(versions or {})}, sort_keys=True)
        self.resumed = resume and self.state_path.exists()
        self.damaged = self.resumed and staging.damage(self.state_path)  # why, when it is
        if self.damaged:
            aside = staging.set_aside(self.state_path)
            print(f"cls-extract: warning: the staging file of {self.out} is damaged ({self.damaged}); kept as "
                  f"{aside.name}; starting the run over", file=sys.stderr)
            self.resumed = False
        if not self.resumed:
            for stale in (self.state_path, *(self.state_path.with_name(STATE_FILE + s) for s in ("-wal", "-shm"))):
                stale.unlink(missing_ok=True)
        self.db = sqlite3.connect(self.state_path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA temp_store=FILE")
        self.db.execute("PRAGMA cache_size=-16000")  # 16 MB: the sort of finish spills to disk beyond it
        self.db.executescript(
            """
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE IF NOT EXISTS records (doc_id TEXT PRIMARY KEY, ord INTEGER, is_cls INTEGER,
                                                n_contracts INTEGER, json TEXT, crc INTEGER);
            CREATE TABLE IF NOT EXISTS rows (tbl TEXT, k1 TEXT, k2 TEXT, ord INTEGER, idx INTEGER, cells TEXT,
                                             crc INTEGER);
            CREATE TABLE IF NOT EXISTS done (ord INTEGER PRIMARY KEY);
            CREATE TABLE IF NOT EXISTS seen (sha TEXT PRIMARY KEY, ord INTEGER, doc_id TEXT, crc INTEGER);
            """
        )
        if self.resumed:
            self._check_resumable(key, made_by)
            self.started = float(self.db.execute("SELECT value FROM meta WHERE key='started'").fetchone()[0])
            redo = staging.drop_partial(self.db)
            if redo:
                print(f"cls-extract: warning: the staging file of {self.out} held {redo} input(s) without their whole "
                      "batch; they are redone", file=sys.stderr)
        else:
            self.started = time.time()
            self.db.executemany("INSERT INTO meta VALUES (?, ?)",
                                [("run_key", key), ("made_by", made_by), ("started", repr(self.started))])
        self.n_done_before = self.db.execute("SELECT count(*) FROM done").fetchone()[0]
        self.new_errors = 0
        self._idx: dict[int, int] = {}
        self.db.execute("BEGIN")

    def _check_resumable(self, key: str, made_by: str) -> None:
        """Staged rows are resumed only by the version that made them: a table must not mix two extractions."""
        meta = dict(self.db.execute("SELECT key, value FROM meta WHERE key IN ('run_key', 'made_by')").fetchall())
        problem = None
        if meta.get("made_by") != made_by:
            problem = (f"{self.out} holds an interrupted run made by {_versions(meta.get('made_by'))}, not by this "
                       f"{_versions(made_by)}; its rows cannot be mixed with this version's: rerun without --resume")
        elif meta.get("run_key") != key:
            problem = f"{self.out} holds an interrupted run of other inputs or options"
        if problem:
            self.db.close()
            raise ResumeMismatch(problem)

    # --- staging (one transaction per batch)

    @_staged
    def is_done(self, ord: int) -> bool:
        return self.db.execute("SELECT 1 FROM done WHERE ord=?", (ord,)).fetchone() is not None

    @_staged
    def claim_text(self, sha: str, ord: int, doc_id: str) -> str | None:
        """doc_id of an earlier input with the same cleaned text, else None (and this one is the first)."""
        self.db.execute("INSERT OR IGNORE INTO seen VALUES (?, ?, ?, ?)", staging.with_checksum(sha, ord, doc_id))
        first_ord, first_id = self.db.execute("SELECT ord, doc_id FROM seen WHERE sha=?", (sha,)).fetchone()
        return first_id if first_ord < ord else None

    @_staged
    def record_of(self, doc_id: str) -> Record | None:
        row = self.db.execute("SELECT json FROM records WHERE doc_id=?", (doc_id,)).fetchone()
        return Record.model_validate_json(row[0]) if row else None

    def _row(self, table: str, ord: int, row: dict) -> tuple:
        key = SORT_KEYS.get(table, ("contract_id",))
        k = [str(row.get(c) or "") for c in key]
        idx = self._idx.get(ord, 0)
        self._idx[ord] = idx + 1
        cells = json.dumps([_cell(row.get(c), self.excel) for c in COLUMNS[table]], ensure_ascii=False)
        return staging.with_checksum(table, k[0], k[1] if len(k) > 1 else "", ord, idx, cells)

    @_staged
    def add(self, record: Record, ord: int, error: str = "") -> None:
        self.db.execute("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?)", staging.with_checksum(
            record.doc_id, ord, int(record.is_cls), len(record.contracts), record.model_dump_json()))
        self.db.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [self._row(t, ord, r) for t, rows in rows_of(record, error).items() for r in rows])

    @_staged
    def error(self, ord: int, input_path: str, doc_id: str | None, stage: str, error_type: str, message: str) -> None:
        row = {"input_path": input_path, "doc_id": doc_id, "stage": stage, "error_type": error_type, "message": message}
        self.db.execute("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?)", self._row("errors", ord, row))
        self.new_errors += 1
        print(f"cls-extract: {input_path}{f' [{doc_id}]' if doc_id else ''}: {stage}: {error_type}: {message}",
              file=sys.stderr)

    def failed(self, ord: int, source, stage: str, exc: BaseException) -> None:
        from pipeline.run import format_exception

        self.error(ord, source.input_path, source.doc_id, stage, type(exc).__name__, format_exception(exc))

    @_staged
    def commit(self, done: Iterable[int]) -> None:
        """Make the batch durable: its rows and the inputs it finished, all or nothing."""
        self.db.executemany("INSERT OR IGNORE INTO done VALUES (?)", [(o,) for o in done])
        self.db.execute("COMMIT")
        self._idx.clear()
        self.db.execute("BEGIN")

    # --- final files

    @_staged
    def counts(self) -> dict[str, int]:
        one = lambda sql: self.db.execute(sql).fetchone()[0] or 0  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM records"),
            "cls_documents": one("SELECT sum(is_cls) FROM records"),
            "contracts": one("SELECT sum(n_contracts) FROM records"),
            "errors": one("SELECT count(*) FROM rows WHERE tbl='errors'"),
        }

    @property
    def n_errors(self) -> int:
        return self.counts()["errors"]

    @_staged
    def finish(self, **manifest_fields) -> dict:
        """Write every final file to a temporary name, then rename them all: a write that fails (a full
        disk) leaves the folder's previous tables whole, never some of this run's beside some of the last."""
        self.db.execute("COMMIT")
        with renamed_together(_fsync_replace) as written:
            manifest = self._write_finals(written, manifest_fields)
        self.db.execute("BEGIN")
        return manifest

    def _write_finals(self, written: list[tuple[Path, Path]], manifest_fields: dict) -> dict:
        def out(name: str, chunks: Iterable[str]) -> None:
            path = self.out / name
            written.append((_write_tmp(path, chunks), path))

        out("records.jsonl", (r[0] + "\n" for r in self.db.execute("SELECT json FROM records ORDER BY doc_id")))
        for table, columns in COLUMNS.items():
            cur = self.db.execute("SELECT cells FROM rows WHERE tbl=? ORDER BY k1, k2, ord, idx", (table,))
            out(f"{table}.csv", csv_lines(columns, (json.loads(r[0]) for r in cur), self.excel))
        counts = self.counts()
        ended = manifest_fields.pop("ended")
        manifest_fields.pop("started", None)
        started = self.started
        manifest = {
            "output_version": OUTPUT_VERSION,
            "schema_version": SCHEMA_VERSION,
            **manifest_fields,
            "rules_checksum": rules_checksum(),
            "counts": counts,
            "timings": {"seconds": round(ended - started, 3),
                        "docs_per_second": round(counts["documents"] / max(ended - started, 1e-9), 2)},
            "start_time": _iso(started),
            "end_time": _iso(ended),
        }
        out("manifest.json", [json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"])
        return manifest

    def close(self, remove_state: bool = True) -> None:
        """End the run; the staging file goes once every final file (and derived output) is written.
        After a failure (remove_state=False) it must not raise in turn: on a full disk even a rollback
        may fail, and SQLite rolls the open batch back when the file is next opened anyway."""
        try:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
        except sqlite3.Error:
            if remove_state:
                raise
        finally:
            self.db.close()
        if remove_state:
            for f in (self.state_path, *(self.state_path.with_name(STATE_FILE + s) for s in ("-wal", "-shm"))):
                f.unlink(missing_ok=True)


def _versions(made_by: str | None) -> str:
    if not made_by:
        return "an earlier version of cls-extract"
    v = json.loads(made_by)
    return (f"cls-extract {v.get('tool_version', '?')} (output {v.get('output_version', '?')}, "
            f"rules {str(v.get('rules_checksum', '?'))[:12]}, model {v.get('model', '?')})")


def _iso(t: float) -> str:
    import datetime as dt

    return dt.datetime.fromtimestamp(t, dt.timezone.utc).isoformat(timespec="seconds")
