"""A per-document time budget: a document that takes too long becomes an error row, the batch goes on.

SIGALRM (setitimer) interrupts pure-Python loops (a regex or an extractor stuck on a pathological
page) between bytecodes. Signals reach only the main thread, so the budget applies where the work
runs in a process's main thread: the local engine and its worker processes. Dask runs tasks in
worker threads, where the budget is skipped (the run still finishes; a stuck task is Dask's to see).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Timeout(Exception):
    """A document went over its time budget (the class name is the error_type of its errors.csv row)."""


def available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise Timeout in the body once ``seconds`` of wall time have passed (no-op when unavailable)."""
    if not seconds or seconds <= 0 or not available():
        yield
        return

    def _expired(signum, frame):
        raise Timeout(f"over the per-document budget of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
