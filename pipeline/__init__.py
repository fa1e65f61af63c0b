"""cls-extract: Contrats Locaux de Santé from French announcements to a normalized dataset."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "extract", "extract_many", "load_run"]


def __getattr__(name: str) -> Any:
    # Lazy: `import pipeline` (the CLI, --version) must not pay for pandas.
    if name == "load_run":
        from pipeline.load import load_run

        return load_run
    if name == "extract":
        # The extractors' package, callable as pipeline.api.extract (see pipeline/callable_package.py).
        import pipeline.extract

        return pipeline.extract
    if name == "extract_many":
        from pipeline.api import extract_many

        return extract_many
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
