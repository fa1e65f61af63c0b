"""One run at a time per run folder: an advisory lock on ``DIR/.lock``.

Two runs on one folder would share the staging file: the second would discard or finish the first
one's half-written state. The lock is an ``flock`` on the file, so the kernel releases it when its
process ends, however it ends; the file also holds who took it (pid, host, time) for the message
of a run that finds it taken. A file left by a process that is gone (killed with SIGKILL, a crashed
machine) is not held: the next run takes it over and says so. Where there is no ``flock`` (Windows,
a network filesystem without locks) the file still says who runs, but does not keep a second run out.
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import json
import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from pipeline.faults import writing

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = ".lock"


class FolderLocked(Exception):
    """Another live run holds the run folder."""


def _describe(holder: dict) -> str:
    pid = holder.get("pid", "?")
    host = holder.get("host")
    since = holder.get("since", "an unknown time")
    return f"process {pid}{f' on {host}' if host else ''}, since {since}"


def _read(fd: int) -> dict | None:
    os.lseek(fd, 0, os.SEEK_SET)
    data = os.read(fd, 4096)
    if not data.strip():
        return None
    try:
        holder = json.loads(data)
    except ValueError:
        return {}
    return holder if isinstance(holder, dict) else {}


def _flock(fd: int) -> None:
    """Lock ``fd`` or raise BlockingIOError; a no-op where the OS or the filesystem has no flock."""
    if fcntl is None:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
            raise


class RunLock:
    """``with RunLock(out_dir):`` holds the folder for the block; FolderLocked when a live run has it."""

    def __init__(self, out_dir: Path) -> None:
        self.out = Path(out_dir)
        self.path = self.out / LOCK_FILE
        self.fd: int | None = None

    def acquire(self) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                _flock(fd)
            except BlockingIOError:
                holder = _read(fd)
                os.close(fd)
                who = _describe(holder) if holder is not None else "a run that is starting"
                raise FolderLocked(f"output folder {self.out} is used by another run ({who}); "
                                   "wait for it to end or choose another --out") from None
            try:  # the holder may have removed the file between our open and flock: lock the current one
                same = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        self.fd = fd
        stale = _read(fd)
        if stale is not None:
            print(f"cls-extract: warning: taking over the lock of {self.out} left by a run that is gone "
                  f"({_describe(stale)})", file=sys.stderr)
        me = {"pid": os.getpid(), "host": socket.gethostname(),
              "since": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        try:
            with writing("the lock file", self.path):
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, (json.dumps(me) + "\n").encode("utf-8"))
                os.fsync(fd)
        except BaseException:
            self.release()
            raise

    def release(self) -> None:
        if self.fd is None:
            return
        # Unlinked before it is unlocked: a run waiting on the old file sees it gone and retries.
        self.path.unlink(missing_ok=True)
        os.close(self.fd)
        self.fd = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


_F = TypeVar("_F", bound=Callable)


def holding_folder(fn: _F) -> _F:
    """Decorate ``fn(inputs, out_dir, ...)`` to run it holding the lock of ``out_dir``."""

    @functools.wraps(fn)
    def wrapper(inputs, out_dir, *args, **kwargs):
        with RunLock(Path(out_dir)):
            return fn(inputs, out_dir, *args, **kwargs)

    return wrapper  # type: ignore[return-value]
