"""Imported once by the forkserver of the local engine: the libraries and our modules, so that a
worker forked from it starts without paying for the imports.

The spaCy model is not loaded here but in each worker (``local._warm``). Sharing a preloaded model
copy-on-write looked cheaper, but its pages get unshared as a long run goes on and every process
counts them in its RSS (bench/RESULTS.md, run 4: peak RSS sum 1.72 GB with a shared model, 1.44 GB
without, on 50k documents with 2 workers)."""

from __future__ import annotations

import gc


def warm() -> None:
    import spacy  # noqa: F401

    import pipeline.extract
    import pipeline.geo
    import pipeline.nlp
    import pipeline.run  # noqa: F401

    gc.collect()
    gc.freeze()


warm()
