"""The local engine: in this process (--workers 1) or a pool of worker processes (forkserver or spawn)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any


class _Done:
    """An already computed result, with the interface of a future."""

    def __init__(self, fn: Callable[..., Any], args: tuple) -> None:
        self._value, self._exc = None, None
        try:
            self._value = fn(*args)
        except BaseException as exc:  # re-raised by result(), like a real future
            self._exc = exc

    def result(self) -> Any:
        if self._exc is not None:
            raise self._exc
        return self._value


class InProcess:
    window = 0

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Done:
        return _Done(fn, args)

    def has_idle_worker(self) -> bool:
        return False

    def close(self) -> None:
        pass


def _warm() -> None:
    from pipeline.nlp import build_nlp

    build_nlp()


def _context() -> multiprocessing.context.BaseContext:
    """'forkserver' where the OS has it: the server process imports pipeline.engine.preload (the
    libraries) once, and each worker is a fork of it that loads its own model in _warm. Never a plain
    fork of the main process, which holds SQLite handles and possibly threads. 'spawn' elsewhere."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["pipeline.engine.preload"])
        return ctx
    return multiprocessing.get_context("spawn")


class ProcessPool:
    def __init__(self, workers: int) -> None:
        # Room for the main process to keep screening while the workers start or chew a slow batch.
        self.window = 4 * workers
        self.workers = workers
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_warm)
        from pipeline.faults import uninterrupted

        with uninterrupted():  # this first submit starts a worker: see submit
            self._probe = self.pool.submit(int)  # done once a worker has started and loaded its model
        self._in_flight: set[Future] = set()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        from pipeline.faults import uninterrupted

        # submit starts the worker processes: an interrupt between a start and the pool's record of it
        # would leave a worker that abort cannot see.
        with uninterrupted():
            future = self.pool.submit(fn, *args)
        self._in_flight.add(future)
        return future

    def has_idle_worker(self) -> bool:
        """A worker is up and would take a task now (fewer tasks in flight than workers). The main
        process does the cheap work itself otherwise: while the workers start, or when spaCy keeps
        them busy."""
        if not self._probe.done():
            return False
        self._in_flight = {f for f in self._in_flight if not f.done()}
        return len(self._in_flight) < self.workers

    def abort(self) -> None:
        """Stop the workers now, for an interrupted run: the batches they hold were not committed and
        --resume redoes them, so waiting for them would only delay the exit (and a scheduler's SIGTERM
        is followed by SIGKILL after a grace period)."""
        for proc in list((getattr(self.pool, "_processes", None) or {}).values()):
            proc.terminate()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
