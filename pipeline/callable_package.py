"""``pipeline.extract(text)`` is the public API, while ``pipeline.extract`` is also the package of field
extractors (``pipeline.extract.territory``...): the package is made callable, so both keep working.

A plain function named ``extract`` in ``pipeline/__init__.py`` would be replaced by the subpackage as
soon as anything imports ``pipeline.extract.*`` (the import system sets the parent's attribute).
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _CallablePackage(types.ModuleType):
    def __call__(self, text: str, **meta: Any) -> Any:
        from pipeline.api import extract

        return extract(text, **meta)


def make_callable(name: str) -> None:
    """Let the package ``name`` be called like ``pipeline.api.extract``."""
    sys.modules[name].__class__ = _CallablePackage
