"""The pipeline, top to bottom: ingest -> clean -> relevance -> NLP -> extract -> export.

Documents flow in batches: the main process reads them; every document is cleaned and screened
(screen_batch, cheap); the main process sets aside texts already seen (same sha256 after cleaning) and
hands only the candidates to spaCy and the extractors (nlp_batch). Both stages run in this process or on
workers (pipeline.engine), so a crawl's rejected pages use every core too. Finished batches are written
in input order and committed by the writer, so memory stays flat, every engine writes the same bytes,
and an interrupted run can be resumed. One bad document becomes a row of errors.csv; the batch goes on.
"""

from __future__ import annotations

import hashlib
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import chain
from pathlib import Path

from pipeline import __version__, relevance
from pipeline.clean import clean_text
from pipeline.engine import Future, budget
from pipeline.engine.local import InProcess
from pipeline.export.lock import holding_folder
from pipeline.export.writer import RunWriter
from pipeline.extract import analyze, dates
from pipeline.ingest import IngestError, SourceDoc, iter_inputs
from pipeline.models import Record

BATCH_SIZE = 64
# Documents per spaCy forward pass. Its transient memory grows by ~6 MB per document of a pass (a worker
# peaked at ~800 MB with the whole 64-document job in one pass, ~480 MB with 16) for ~2 % of speed.
SPACY_BATCH = 16
# A process keeps for good the vocab entries (and the tokenizer's cache) of the words of its first pages, until
# its vocab holds this many; later batches run in a spaCy memory zone, which frees what they add. Words recur from
# page to page: in a memory zone every batch looked up and split all its words anew (tokenizer ~4 ms of a CLS page
# instead of ~1 ms, bench/RESULTS.md run 15). The words of the five sets' 675 pages make ~15,000 entries; 50,000 cost
# ~10-15 MB. (``len(vocab)`` counts the zones' entries too and never goes down: once over, always zoned.)
KEEP_LEXEMES = 50_000
MAX_CHARS = 500_000  # longer texts are cut (with a warning): a CLS announcement is a few pages at most
DOC_TIMEOUT = 60.0  # seconds per document (clean, NLP, extract); over it, an error row 'Timeout'

Item = SourceDoc | IngestError


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


def _day_before(day: str, other: str) -> bool:
    try:
        return len(day) == len(other) == 10 and (date.fromisoformat(other) - date.fromisoformat(day)).days == 1
    except ValueError:
        return False


def publication(p: Prepared) -> tuple[str | None, tuple[int, int] | None]:
    """The publication date: the source's, else a dateline in the text (with where it stands)."""
    found = dates.publication_date_from_text(p.text) if p.source.publication_date is None or p.source.date_in_utc else None
    if p.source.publication_date is not None:
        if found and _day_before(found[0], p.source.publication_date):
            return found[0], (found[1], found[2])  # "Publié le mercredi 18 novembre 2026 à 21h40" over 19 Nov., 01:40 UTC
        return p.source.publication_date, None
    return (found[0], (found[1], found[2])) if found else (None, None)


def to_record(p: Prepared, doc=None) -> Record:
    sd = p.source
    warnings = list(p.warnings)
    pub, pub_span = publication(p)
    if pub_span is not None:
        warnings.append("publication_date_from_text")
    contracts = []
    rel = p.relevance
    if doc is not None:
        a = analyze(doc, sd.title, pub, rel, pub_span, sd.site, sd.url)
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


def _batches(items: Iterable[tuple[int, Item]], size: int) -> Iterator[list[tuple[int, Item]]]:
    batch: list[tuple[int, Item]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# An outcome, per input ordinal: ("record", Record) | ("error", (stage, error_type, message))
# | ("duplicate", (Prepared, first doc_id)).
Outcome = tuple[str, object]


def _error(stage: str, exc: BaseException) -> Outcome:
    return ("error", (stage, type(exc).__name__, format_exception(exc)))


def nlp_batch(jobs: list[tuple[int, Prepared]], doc_timeout: float | None = None) -> list[tuple[int, Outcome]]:
    """spaCy and the extractors on screened documents: the costly stage, run by an executor's workers."""
    from pipeline.nlp import build_nlp

    nlp = build_nlp()
    if len(nlp.vocab) < KEEP_LEXEMES:
        return _nlp_batch(nlp, jobs, doc_timeout)
    # Strings and vocab entries a batch adds are freed when it ends: a worker that reads a million pages
    # would otherwise keep every new word it ever saw (spaCy's StringStore only grows).
    with nlp.memory_zone():
        return _nlp_batch(nlp, jobs, doc_timeout)


def _nlp_batch(nlp, jobs: list[tuple[int, Prepared]], doc_timeout: float | None) -> list[tuple[int, Outcome]]:
    from pipeline.nlp import make_doc

    out: list[tuple[int, Outcome]] = []
    docs: dict[int, object] = {}
    try:
        with budget.time_budget(doc_timeout and doc_timeout * len(jobs)):
            for (o, _), doc in zip(jobs, nlp.pipe((make_doc(nlp, p.text) for _, p in jobs), batch_size=SPACY_BATCH), strict=True):
                docs[o] = doc
    except Exception:
        # One document at a time, so the faulty (or too slow) one alone is reported.
        docs = {}
        for o, p in jobs:
            try:
                with budget.time_budget(doc_timeout):
                    docs[o] = nlp(make_doc(nlp, p.text))
            except Exception as exc:
                out.append((o, _error("nlp", exc)))
    for o, p in jobs:
        if o not in docs:
            continue
        try:
            with budget.time_budget(doc_timeout):
                out.append((o, ("record", to_record(p, docs[o]))))
        except Exception as exc:
            out.append((o, _error("extract", exc)))
    return out


@dataclass
class _Batch:
    """One batch between the main process's stage and the writer."""

    ords: list[int]
    items: dict[int, Item]
    outcomes: dict[int, Outcome]
    future: Future | None = None


def screen_batch(items: list[tuple[int, SourceDoc]], doc_timeout: float | None = None) -> list[tuple[int, Outcome]]:
    """Clean and screen documents, and build the record of those screened out: the work every page costs,
    run by the executor's workers, so that the pages a crawl rejects (most of them) use every core.

    Per input ordinal: ("screened", (Prepared, sha256 of the cleaned text, outcome if screened out else
    None)) or ("error", ...). Deduplication stays with the main process (the run's writer)."""
    out: list[tuple[int, Outcome]] = []
    for o, sd in items:
        try:
            with budget.time_budget(doc_timeout):
                p = prepare(sd)
        except Exception as exc:  # one bad document must not stop the batch
            out.append((o, _error("clean", exc)))
            continue
        rejected: Outcome | None = None
        if not p.relevance.is_cls:
            try:
                with budget.time_budget(doc_timeout):
                    rejected = ("record", to_record(p))
            except Exception as exc:
                rejected = _error("extract", exc)
        out.append((o, ("screened", (p, hashlib.sha256(p.text.encode("utf-8")).hexdigest(), rejected))))
    return out


def _screened(batches: Iterable[list[tuple[int, Item]]], executor, writer: RunWriter,
              doc_timeout: float | None) -> Iterator[tuple[list[tuple[int, Item]], dict[int, Outcome]]]:
    """Each batch with the screen_batch outcomes of its documents, computed ahead on the executor."""
    pending: deque[tuple[list[tuple[int, Item]], Future | None]] = deque()

    def ready() -> tuple[list[tuple[int, Item]], dict[int, Outcome]]:
        batch, future = pending.popleft()
        return batch, dict(future.result()) if future is not None else {}

    def oldest_done() -> bool:
        future = pending[0][1]
        return future is None or getattr(future, "done", lambda: True)()

    for batch in batches:
        docs = [(o, item) for o, item in batch
                if isinstance(item, SourceDoc) and not (writer.resumed and writer.is_done(o))]
        # On a worker only when one is idle: while the workers start, or when spaCy keeps them busy, the
        # main process screens the batch itself rather than queue it behind them.
        on_worker = docs and executor.has_idle_worker()
        run_in = executor if on_worker else InProcess()
        pending.append((batch, run_in.submit(screen_batch, docs, doc_timeout) if docs else None))
        # The oldest batch goes on as soon as it is screened (always, when screened here), at the latest
        # when the window is full.
        while pending and (len(pending) > executor.window or oldest_done()):
            yield ready()
    while pending:
        yield ready()


def _screen(batch: list[tuple[int, Item]], writer: RunWriter, screened: dict[int, Outcome]) -> tuple[_Batch, list]:
    """Main-process stage: skip what a resumed run finished and set duplicates aside (same cleaned text)."""
    todo = _Batch([], {}, {})
    jobs: list[tuple[int, Prepared]] = []
    for o, item in batch:
        if writer.resumed and writer.is_done(o):
            continue
        todo.ords.append(o)
        todo.items[o] = item
        if isinstance(item, IngestError):
            todo.outcomes[o] = ("error", (item.stage, item.error_type, item.message))
            continue
        kind, value = screened[o]
        if kind == "error":
            todo.outcomes[o] = (kind, value)
            continue
        p, sha, rejected = value
        first = writer.claim_text(sha, o, item.doc_id)
        if first is not None:
            todo.outcomes[o] = ("duplicate", (p, first))
        elif rejected is None:
            jobs.append((o, p))
        else:
            todo.outcomes[o] = rejected
    return todo, jobs


def duplicate_record(p: Prepared, first_id: str, first: Record | None) -> Record:
    """The record of a text already processed under ``first_id``: its results, this input's identity."""
    sd = p.source
    tag = f"duplicate_of:{first_id}"
    if first is None:  # the first one failed: report the copy, without results
        base = to_record(p)
        return base.model_copy(update={"is_cls": False, "contracts": [], "text": None,
                                       "warnings": sorted({*base.warnings, tag})})
    return first.model_copy(update={
        "doc_id": sd.doc_id, "source": sd.source, "title": sd.title, "format": sd.format,
        "input_path": sd.input_path, "publication_date": sd.publication_date or first.publication_date,
        "warnings": sorted({*first.warnings, *p.warnings, tag}),
    })


def _write(todo: _Batch, writer: RunWriter) -> None:
    """Write one batch in input order (so every engine gives the same bytes) and commit it."""
    if todo.future is not None:
        todo.outcomes.update(dict(todo.future.result()))
    for o in todo.ords:
        item, (kind, value) = todo.items[o], todo.outcomes[o]
        if kind == "record":
            writer.add(value, o)
        elif kind == "duplicate":
            p, first_id = value
            writer.add(duplicate_record(p, first_id, writer.record_of(first_id)), o)
        else:
            stage, error_type, message = value
            writer.error(o, item.input_path, item.doc_id, stage, error_type, message)
    writer.commit(todo.ords)


@holding_folder
def run(
    inputs: list[Path],
    out_dir: Path,
    *,
    excel: bool = False,
    on_progress: Callable[[int], None] | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    resume: bool = False,
    doc_timeout: float | None = DOC_TIMEOUT,
    formats: list[str] | None = None,
    as_of: date | None = None,
) -> dict:
    """Process every input into the run folder ``out_dir``; returns the manifest.

    With ``resume``, inputs finished by an interrupted run into the same folder are not redone. ``as_of`` is
    the coverage tables' reference date (default: the latest publication date among the documents)."""
    from pipeline.engine import make_executor
    from pipeline.export.post import finalize_run
    from pipeline.faults import Interrupted
    from pipeline.models import SCHEMA_VERSION
    from pipeline.rules import rules_checksum

    run_key = {"inputs": [p if str(p) == "-" else str(Path(p).resolve()) for p in map(str, inputs)]}
    versions = {"tool_version": __version__, "schema_version": SCHEMA_VERSION, "rules_checksum": rules_checksum(),
                "model": _model_version()}
    writer = RunWriter(out_dir, excel=excel, resume=resume, run_key=run_key, versions=versions)
    if resume and not writer.resumed and not writer.damaged:
        print(f"cls-extract: nothing to resume in {out_dir}; starting a new run", file=sys.stderr)
    executor = None
    try:
        batches = _batches(enumerate(iter_inputs(inputs)), BATCH_SIZE)
        head = [b for b in (next(batches, None), next(batches, None)) if b is not None]
        # One batch in all: starting worker processes (each loads spaCy) would cost more than it saves.
        executor = make_executor(engine, workers if len(head) > 1 or engine != "local" else 1, scheduler)
        window: deque[_Batch] = deque()
        for batch, screened in _screened(chain(head, batches), executor, writer, doc_timeout):
            todo, jobs = _screen(batch, writer, screened)
            if jobs:
                todo.future = executor.submit(nlp_batch, jobs, doc_timeout)
            window.append(todo)
            while len(window) > executor.window:
                _write(window.popleft(), writer)
            if on_progress:
                on_progress(len(batch))
        while window:
            _write(window.popleft(), writer)
        manifest = writer.finish(
            tool_version=__version__,
            model=_model_version(),
            inputs=[str(p) for p in inputs],
            engine=engine,
            workers=workers,
            resumed=writer.resumed,
            ended=time.time(),
        )
        finalize_run(Path(out_dir), formats or ["csv"], excel, as_of=as_of)
    except BaseException:
        writer.close(remove_state=False)  # a resumable state stays behind
        raise
    finally:
        if executor is not None:
            # sys.exc_info() in a finally clause: the exception on its way out, if any.
            if isinstance(sys.exc_info()[1], Interrupted | KeyboardInterrupt) and hasattr(executor, "abort"):
                executor.abort()
            executor.close()
    writer.close()
    n_errors = manifest["counts"]["errors"]
    if n_errors:
        print(f"cls-extract: {n_errors} input(s) could not be processed; see {Path(out_dir) / 'errors.csv'}",
              file=sys.stderr)
    return manifest


def _model_version() -> str:
    """Read from the package metadata: the main process of a parallel run never loads the model."""
    from importlib.metadata import PackageNotFoundError, version

    from pipeline.nlp import MODEL, model_version

    try:
        return f"{MODEL}-{version(MODEL)}"
    except PackageNotFoundError:
        return model_version()


def format_exception(exc: BaseException) -> str:
    last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" at {Path(last[0].filename).name}:{last[0].lineno}" if last else ""
    return f"{type(exc).__name__}: {exc}{where}"
