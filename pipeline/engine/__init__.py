"""Where the NLP stage runs: in this process, in a pool of worker processes, or on a Dask cluster.

The main process reads and deduplicates the inputs and writes the run folder; an executor runs
``pipeline.run.screen_batch`` (cleaning and screening of every document) and ``pipeline.run.nlp_batch``
(spaCy + extractors on the screened-in ones, the costly part) and hands the results back in submission
order, so every engine writes the same bytes. Each worker builds the spaCy pipeline once (``build_nlp`` is cached per process).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, Protocol


class EngineUnavailable(Exception):
    """The engine asked for cannot start (e.g. Dask is not installed)."""


class Future(Protocol):
    def result(self) -> Any: ...


class Executor(Protocol):
    window: int  # batches in flight before the main process waits for the oldest

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future: ...

    def has_idle_worker(self) -> bool: ...  # else the main process runs cheap work itself

    def close(self) -> None: ...


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def make_executor(engine: str = "local", workers: int = 1, scheduler: str | None = None) -> Executor:
    if engine == "dask":
        from pipeline.engine.dask import DaskExecutor

        return DaskExecutor(scheduler, workers)
    if engine != "local":
        raise EngineUnavailable(f"unknown engine {engine!r} (local or dask)")
    from pipeline.engine.local import InProcess, ProcessPool

    return InProcess() if workers <= 1 else ProcessPool(workers)
