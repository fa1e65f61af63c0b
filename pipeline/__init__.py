"""cls-extract: Contrats Locaux de Santé from French announcements to a normalized dataset."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "load_run"]


def __getattr__(name: str) -> Any:
    # Lazy: `import pipeline` (the CLI, --version) must not pay for pandas.
    if name == "load_run":
        from pipeline.load import load_run

        return load_run
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
