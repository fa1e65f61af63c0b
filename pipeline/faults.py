"""Faults of the machine around a run: a failed write (a full disk), a signal, their exit codes.

Each fault becomes one exception that carries what the user needs (what failed and where; how many
documents were finished), which the CLI turns into one line on stderr and an exit code of its own,
so a scheduler can tell "free space and retry" from "was stopped" from "bad usage". In all of them
the staging file keeps every committed batch, so ``--resume`` continues where the run stopped.
"""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

# Exit codes of `cls-extract run` (README, "Exit codes").
EXIT_OK = 0
EXIT_STRICT = 1  # --strict and some input could not be processed
EXIT_USAGE = 2  # bad arguments, unusable or locked output folder, a resume that cannot continue
EXIT_WRITE = 74  # sysexits EX_IOERR: a file of the run folder could not be written (disk full, quota, I/O)
EXIT_SIGNAL = 128  # + the signal number, as shells report it: 130 for SIGINT (Ctrl-C), 143 for SIGTERM

# errnos that more space (or a larger quota / file size limit) cures.
_NO_SPACE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


class WriteFailed(Exception):
    """A file of the run folder (or its staging file) could not be written."""

    def __init__(self, what: str, where: Path, reason: str, no_space: bool) -> None:
        super().__init__(f"could not write {what} ({where}): {reason}")
        self.what, self.where, self.reason, self.no_space = what, where, reason, no_space


class Interrupted(BaseException):
    """SIGINT or SIGTERM reached the run. A BaseException, like KeyboardInterrupt: the ``except
    Exception`` that turns one document's failure into an error row must not catch it, or the
    documents in flight would be recorded as failed and never redone by --resume."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return EXIT_SIGNAL + self.signum


def _no_space(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in _NO_SPACE
    # SQLite and DuckDB report a full disk in words only.
    text = str(exc).lower()
    return "disk is full" in text or "no space left" in text or "quota exceeded" in text


@contextmanager
def writing(what: str, where: Path, errors: tuple[type[BaseException], ...] = (OSError,)) -> Iterator[None]:
    """Turn a failed write inside the block into WriteFailed naming ``what`` and ``where``."""
    try:
        yield
    except WriteFailed:
        raise
    except errors as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc).splitlines()[0]
        raise WriteFailed(what, Path(where), reason, _no_space(exc)) from exc


STAGING_ERRORS: tuple[type[BaseException], ...] = (OSError, sqlite3.OperationalError)


SIGNALS = (signal.SIGINT, signal.SIGTERM)
_held: list[int] | None = None  # signals received inside `uninterrupted`, raised at its end


def _interrupt(signum: int) -> None:
    for s in SIGNALS:
        signal.signal(s, signal.SIG_DFL)
    raise Interrupted(signum)


def _on_signal(signum: int, frame: object) -> None:
    if _held is not None:
        _held.append(signum)
        return
    _interrupt(signum)


@contextmanager
def interruptible() -> Iterator[None]:
    """SIGINT and SIGTERM raise Interrupted in the main thread, so the run stops between two
    statements, rolls back its open batch and says how to continue. A second signal ends the process
    at once (the default action): the staging file is consistent at every instant anyway."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, _on_signal) for s in SIGNALS}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


@contextmanager
def uninterrupted() -> Iterator[None]:
    """Hold Interrupted until the block ends: the renames of a set of files happen all or none."""
    global _held
    outer = _held
    if outer is None:
        _held = []
    try:
        yield
    finally:
        got, _held = _held, outer
    if outer is None and got:
        _interrupt(got[0])


@contextmanager
def renamed_together(replace: Callable[[Path, Path], object] = os.replace) -> Iterator[list[tuple[Path, Path]]]:
    """Collect (temporary, final) pairs while files are written; if writing fails, remove the temporary
    files (the space comes back, the previous set stays whole), else rename them all, uninterrupted."""
    written: list[tuple[Path, Path]] = []
    try:
        yield written
    except BaseException:
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)
        raise
    with uninterrupted():
        for tmp, path in written:
            replace(tmp, path)


def fault_exit(exc: BaseException, out: Path, n_finished: int) -> tuple[str, int]:
    """The one-line message and the exit code of a fault (WriteFailed, Interrupted, KeyboardInterrupt)."""
    staged = f"{n_finished} finished document(s) are kept in {out}"
    if isinstance(exc, WriteFailed):
        kind = "disk full" if exc.no_space else "write error"
        return (f"cls-extract: {kind}: {exc}; {staged}: free space and rerun with --resume", EXIT_WRITE)
    signum = exc.signum if isinstance(exc, Interrupted) else signal.SIGINT
    name = signal.Signals(signum).name
    return (f"cls-extract: interrupted by {name}; {staged}: rerun the same command with --resume to continue",
            EXIT_SIGNAL + signum)
