"""The pipeline, top to bottom: ingest -> clean -> relevance -> NLP -> extract -> export.

Documents flow in batches: the cheap relevance screen runs on every document, spaCy only on those
that pass it (most crawled pages never reach the model), and each finished batch is handed to the
writer. One bad document becomes a row of errors.csv; the batch goes on.
"""

from __future__ import annotations

import hashlib
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline import __version__, relevance
from pipeline.clean import clean_text
from pipeline.export.writer import RunWriter
from pipeline.extract import analyze, dates
from pipeline.ingest import IngestError, SourceDoc, iter_inputs
from pipeline.models import Record

BATCH_SIZE = 64
MAX_CHARS = 500_000  # longer texts are cut (with a warning): a CLS announcement is a few pages at most


@dataclass
class Prepared:
    source: SourceDoc
    text: str
    warnings: list[str]
    relevance: relevance.Relevance


def prepare(sd: SourceDoc) -> Prepared:
    """Clean one document and screen it (no spaCy yet)."""
    warnings = list(sd.warnings)
    text = sd.text
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        warnings.append("truncated")
    cleaned = clean_text(text)
    warnings += cleaned.warnings
    # Typographic apostrophes are folded (same length, so offsets hold): rules write "l'ARS" once.
    text = cleaned.text.replace("’", "'")
    rel = relevance.assess(text) if relevance.prefilter(text) else relevance.Relevance(False, 0.0, "screened out", [])
    return Prepared(sd, text, warnings, rel)


def to_record(p: Prepared, doc=None) -> Record:
    sd = p.source
    pub = sd.publication_date
    warnings = list(p.warnings)
    pub_span = None
    if pub is None:
        found = dates.publication_date_from_text(p.text)
        if found:
            pub, pub_span = found[0], (found[1], found[2])
            warnings.append("publication_date_from_text")
    contracts = []
    rel = p.relevance
    if doc is not None:
        a = analyze(doc, sd.title, pub, rel, pub_span)
        rel, contracts = a.relevance, a.contracts
        warnings += a.warnings
    return Record(
        doc_id=sd.doc_id,
        source=sd.source,
        is_cls=rel.is_cls,
        publication_date=pub,
        contracts=contracts,
        title=sd.title,
        relevance=round(rel.score, 3),
        format=sd.format,
        input_path=sd.input_path,
        sha256=hashlib.sha256(p.text.encode("utf-8")).hexdigest(),
        warnings=sorted(set(warnings)),
        text=p.text if contracts else None,
    )


def _batches(items: Iterable[SourceDoc | IngestError], size: int) -> Iterator[list[SourceDoc | IngestError]]:
    batch: list[SourceDoc | IngestError] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def process_batch(batch: list[SourceDoc | IngestError], nlp, writer: RunWriter) -> None:
    prepared: list[Prepared] = []
    for item in batch:
        if isinstance(item, IngestError):
            writer.error(item.input_path, item.doc_id, item.stage, item.error_type, item.message)
            continue
        try:
            prepared.append(prepare(item))
        except Exception as exc:  # one bad document must not stop the batch
            writer.failed(item, "clean", exc)
    relevant = [p for p in prepared if p.relevance.is_cls]
    docs = {}
    try:
        for p, doc in zip(relevant, nlp.pipe(p.text for p in relevant), strict=False):
            docs[id(p)] = doc
    except Exception:
        # Fall back to one document at a time, so the faulty one alone is reported.
        for p in relevant:
            try:
                docs[id(p)] = nlp(p.text)
            except Exception as exc:
                writer.failed(p.source, "nlp", exc)
    for p in prepared:
        if p.relevance.is_cls and id(p) not in docs:
            continue
        try:
            writer.add(to_record(p, docs.get(id(p))))
        except Exception as exc:
            writer.failed(p.source, "extract", exc)


def run(
    inputs: list[Path],
    out_dir: Path,
    *,
    excel: bool = False,
    on_progress: Callable[[int], None] | None = None,
) -> dict:
    """Process every input into the run folder ``out_dir``; returns the manifest."""
    from pipeline.nlp import build_nlp, model_version

    started = time.time()
    nlp = build_nlp()
    writer = RunWriter(out_dir, excel=excel)
    n = 0
    for batch in _batches(iter_inputs(inputs), BATCH_SIZE):
        process_batch(batch, nlp, writer)
        n += len(batch)
        if on_progress:
            on_progress(len(batch))
    manifest = writer.finish(
        tool_version=__version__,
        model=model_version(),
        inputs=[str(p) for p in inputs],
        started=started,
        ended=time.time(),
    )
    if writer.n_errors:
        print(f"cls-extract: {writer.n_errors} input(s) could not be processed; see {out_dir / 'errors.csv'}", file=sys.stderr)
    return manifest


def format_exception(exc: BaseException) -> str:
    last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" at {Path(last[0].filename).name}:{last[0].lineno}" if last else ""
    return f"{type(exc).__name__}: {exc}{where}"
