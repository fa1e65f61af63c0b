"""The Dask engine: the NLP stage on a Dask distributed cluster (an address, or a LocalCluster).

Dask is an optional extra (``pip install 'cls-extract[dask]'``), imported only here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.engine import EngineUnavailable


class DaskExecutor:
    def __init__(self, scheduler: str | None, workers: int) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineUnavailable(
                "the Dask engine needs the optional extra: pip install 'cls-extract[dask]'") from None
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler, timeout="30s")
        else:
            self.cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                        host="127.0.0.1", dashboard_address=None)
            self.client = Client(self.cluster)
        n = len(self.client.scheduler_info().get("workers", {})) or max(1, workers)
        self.window = 2 * n

    def submit(self, fn: Callable[..., Any], *args: Any):
        return self.client.submit(fn, *args, pure=False)

    def has_idle_worker(self) -> bool:
        return False  # the main process screens: a cluster's workers are for spaCy

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
