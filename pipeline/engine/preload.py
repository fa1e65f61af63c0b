"""Imported once by the forkserver of the local engine: loads everything a worker needs, so that
every worker forked from it starts with the spaCy model, the gazetteer and the rules already in
memory (shared copy-on-write) instead of loading them again."""

from __future__ import annotations

import gc


def warm() -> None:
    from pipeline.geo import get_gazetteer
    from pipeline.ingest import SourceDoc
    from pipeline.nlp import build_nlp
    from pipeline.relevance import assess
    from pipeline.run import Prepared, to_record

    nlp = build_nlp()
    get_gazetteer()
    text = ("Le contrat local de santé de la ville de Laon a été signé le 3 juin 2024 par la ville et l'ARS "
            "Hauts-de-France, pour la période 2024-2028.")
    sd = SourceDoc(doc_id="warm", source="warm", input_path="warm", format="txt", text=text)
    to_record(Prepared(sd, text, [], assess(text)), nlp(text))  # fills the extractors' lazy caches
    # Keep the collector off these objects: its writes to their headers would copy the shared pages
    # into every worker, one by one, as a long run goes on.
    gc.collect()
    gc.freeze()


warm()
