"""The local engine: in this process (--workers 1) or a pool of worker processes (forkserver or spawn)."""

from __future__ import annotations

import multiprocessing
import threading
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

    build_nlp()  # already built in the forkserver (pipeline.engine.preload), unless that failed


def _context() -> multiprocessing.context.BaseContext:
    """'forkserver' where the OS has it: the server process imports pipeline.engine.preload (the
    libraries and the model) once, and each worker is a fork of it, ready at once. Never a plain
    fork of the main process, which holds SQLite handles and possibly threads. 'spawn' elsewhere."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["pipeline.engine.preload"])
        return ctx
    return multiprocessing.get_context("spawn")


# Batches the main process may hold while the pool starts (it screens them itself meanwhile): the start
# (the forkserver's imports, rules and model, ~4 s) is long enough to screen thousands of crawl pages.
STARTUP_WINDOW = 64


class ProcessPool:
    """A pool of worker processes that starts in the background.

    Starting the pool waits for the forkserver to import the libraries and load the model before the
    first worker forks (~4 s). A thread does that wait, so the main process screens documents meanwhile
    (has_idle_worker is False until a worker is up); tasks submitted before then are queued here and
    handed to the pool, in order, once it has started."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_warm)
        self._lock = threading.Lock()
        self._started = False
        self._queued: list[tuple[Future, Callable[..., Any], tuple]] = []
        self._probes: list[Future] = []
        self._in_flight: set[Future] = set()
        self._starter = threading.Thread(target=self._start, name="cls-extract-pool-start", daemon=True)
        self._starter.start()

    @property
    def window(self) -> int:
        """Batches in flight before the main process waits for the oldest: room to keep screening while the
        workers chew a slow batch, and more while they start."""
        return 4 * self.workers if self._started else STARTUP_WINDOW

    def _start(self) -> None:
        """Start every worker (one probe each: done once the worker is up), then hand over what was queued.
        Runs in the starter thread, which signals never interrupt (they go to the main thread)."""
        try:
            probes = [self.pool.submit(int) for _ in range(self.workers)]
        except BaseException as exc:  # a pool that cannot start: the queued tasks fail with its error
            probes, failure = [], exc
        else:
            failure = None
        with self._lock:
            self._probes = probes
            for placeholder, fn, args in self._queued:
                if failure is not None:
                    placeholder.set_exception(failure)
                    continue
                try:
                    _chain(self.pool.submit(fn, *args), placeholder)
                except BaseException as exc:
                    placeholder.set_exception(exc)
            self._queued = []
            self._started = True

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        with self._lock:
            if not self._started:
                placeholder: Future = Future()
                self._queued.append((placeholder, fn, args))
                self._in_flight.add(placeholder)
                return placeholder
        from pipeline.faults import uninterrupted

        # The workers have all been started by now; a submit spawns none (held anyway: an interrupt between
        # a start and the pool's record of it would leave a worker that abort cannot see).
        with uninterrupted():
            future = self.pool.submit(fn, *args)
        self._in_flight.add(future)
        return future

    def has_idle_worker(self) -> bool:
        """A worker is up and would not wait for a task: fewer than two tasks in flight per worker, so
        each has the next one queued when it finishes (with one per worker, a worker that finished sat
        idle until the main process had screened its own batch). The main process does the cheap work
        itself otherwise: while the workers start, or when spaCy keeps them busy."""
        if not self._started or not any(p.done() for p in self._probes):
            return False
        self._in_flight = {f for f in self._in_flight if not f.done()}
        return len(self._in_flight) < 2 * self.workers

    def abort(self) -> None:
        """Stop the workers now, for an interrupted run: the batches they hold were not committed and
        --resume redoes them, so waiting for them would only delay the exit (and a scheduler's SIGTERM
        is followed by SIGKILL after a grace period). Workers being started are waited for first, so that
        none is left behind."""
        self._starter.join()
        for proc in list((getattr(self.pool, "_processes", None) or {}).values()):
            proc.terminate()

    def close(self) -> None:
        self._starter.join()
        self.pool.shutdown(wait=True, cancel_futures=True)


def _chain(source: Future, target: Future) -> None:
    """Complete ``target`` with ``source``'s outcome once it has one."""

    def copy(done: Future) -> None:
        if done.cancelled():
            target.cancel()
        elif done.exception() is not None:
            target.set_exception(done.exception())
        else:
            target.set_result(done.result())

    source.add_done_callback(copy)
