"""``pipeline.extract`` and ``pipeline.extract_many``: texts in, Records out, from Python.

A text goes the way ``cls-extract run`` takes a file: the same reader (a plain text as a record of a
scraped JSONL file, which is a .txt file's text when no title is given; an HTML page as an .html file),
the same cleaning and screening (``run.prepare``), the same spaCy pass and extractors (``run.nlp_batch``,
spaCy loaded once per process). So a text gives the record a run gives it; only where it came from
differs (``input_path``, and ``source`` when there is no URL). Metadata given by the caller (title, URL,
publication date) wins over what a page says. Unlike a run, identical texts are not set aside as duplicates.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from pathlib import Path
from typing import Any

from pipeline.ingest import IngestError, SourceDoc
from pipeline.ingest.html import page_doc
from pipeline.ingest.jsonl import source_doc
from pipeline.models import Record

INPUT_PATH = "<python>"
BATCH_SIZE = 64  # documents screened together; the spaCy pass streams them in smaller batches


class ExtractError(Exception):
    """A text that could not be processed (the error a run would write to errors.csv)."""


Item = str | Mapping[str, Any]


def extract(text: str, *, url: str | None = None, published: str | None = None, title: str | None = None,
            html: bool = False, doc_id: str | None = None) -> Record:
    """The record of one document: ``text`` is plain text, or an HTML page with ``html=True``.

    ``published`` is its publication date (YYYY-MM-DD, or any form the JSONL reader accepts)."""
    item = {"text": text, "url": url, "published": published, "title": title, "html": html, "doc_id": doc_id or "doc"}
    return next(extract_many([item]))


def extract_many(items: Iterable[Item], *, batch_size: int = BATCH_SIZE,
                 doc_timeout: float | None = None) -> Iterator[Record]:
    """Records of many documents, in order, streamed a batch at a time (an iterable of any length).

    An item is a text, or a mapping with ``text`` and optionally ``url``, ``published``, ``title``,
    ``html`` (True when ``text`` is an HTML page) and ``doc_id`` (default ``doc:<n>``, n from 1).
    Raises ExtractError for a document that cannot be read or processed."""
    from pipeline.run import nlp_batch, prepare, to_record

    numbered = enumerate(items, start=1)
    while batch := list(islice(numbered, max(1, batch_size))):
        prepared = [prepare(_source_doc(item, n)) for n, item in batch]
        jobs = [(i, p) for i, p in enumerate(prepared) if p.relevance.is_cls]
        outcomes = dict(nlp_batch(jobs, doc_timeout)) if jobs else {}
        for i, p in enumerate(prepared):
            kind, value = outcomes.get(i, ("record", None))
            if kind == "error":
                stage, error_type, message = value
                raise ExtractError(f"{p.source.doc_id}: {stage}: {error_type}: {message}")
            yield value if value is not None else to_record(p)


def _source_doc(item: Item, n: int) -> SourceDoc:
    """A JSONL-style record for the run's reader: {"id", "url", "title", "date", "text" | "html"}."""
    fields: Mapping[str, Any] = {"text": item} if isinstance(item, str) else item
    text = fields.get("text")
    if not isinstance(text, str):
        raise TypeError(f"item {n}: expected a text or a mapping with a 'text' string, got {type(text).__name__}")
    rec = {"id": fields.get("doc_id"), "url": fields.get("url"), "title": fields.get("title"),
           "date": fields.get("published"), "text": text}
    if fields.get("html"):
        doc = page_doc(text, Path(INPUT_PATH), str(rec["id"] or f"doc:{n}"))
        if isinstance(doc, SourceDoc):
            meta = source_doc({**rec, "text": "-"}, Path(INPUT_PATH), n, stem="doc")
            doc.title = meta.title or doc.title
            doc.url = meta.url or doc.url
            doc.source = doc.url or doc.source
            doc.publication_date = meta.publication_date or doc.publication_date
    else:
        doc = source_doc(rec, Path(INPUT_PATH), n, stem="doc")
    if isinstance(doc, IngestError):
        raise ExtractError(f"{doc.doc_id}: {doc.error_type}: {doc.message}")
    if not fields.get("html"):
        doc.format = "txt"
    return doc
