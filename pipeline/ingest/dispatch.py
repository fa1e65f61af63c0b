"""Walk input paths and hand each file to the reader of its format; enforce unique doc_ids."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .document import IngestError, SourceDoc
from .html import read_html
from .jsonl import read_jsonl
from .txt import read_txt

log = logging.getLogger(__name__)

Result = SourceDoc | IngestError
Reader = Callable[[Path], Iterable[Result]]


def _one(reader: Callable[[Path], Result]) -> Reader:
    return lambda path: [reader(path)]


READERS: dict[str, Reader] = {
    ".txt": _one(read_txt),
    ".html": _one(read_html),
    ".htm": _one(read_html),
    ".jsonl": read_jsonl,
}


@dataclass
class IngestStats:
    """Counts for the run manifest; unsupported files are listed, not reported as errors."""

    files: int = 0
    documents: int = 0
    errors: int = 0
    skipped_unsupported: list[str] = field(default_factory=list)


def _is_hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Files as given, folders recursively in sorted order, hidden files/folders skipped."""
    seen: set[Path] = set()
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files = sorted(
                (f for f in path.rglob("*") if f.is_file() and not _is_hidden(f.relative_to(path))),
                key=lambda f: f.relative_to(path).as_posix(),
            )
        elif path.is_file():
            files = [path]
        else:
            yield IngestError(str(path), None, "ingest", "not_found", "no such file or directory")
            continue
        for f in files:
            key = f.resolve()
            if key in seen:  # same file reached twice (a folder and a file in it): read it once
                continue
            seen.add(key)
            yield f


def iter_inputs(paths: Iterable[str | Path], stats: IngestStats | None = None) -> Iterator[Result]:
    """SourceDoc or IngestError for every document of every supported file, in a stable order.
    A doc_id already produced yields an IngestError("duplicate_doc_id") instead of a document."""
    stats = stats if stats is not None else IngestStats()
    first_seen: dict[str, str] = {}
    for item in expand_paths(paths):
        if isinstance(item, IngestError):
            stats.errors += 1
            yield item
            continue
        reader = READERS.get(item.suffix.lower())
        if reader is None:
            stats.skipped_unsupported.append(str(item))
            log.debug("skipping unsupported file %s", item)
            continue
        stats.files += 1
        for res in reader(item):
            if isinstance(res, SourceDoc):
                if res.doc_id in first_seen:
                    stats.errors += 1
                    yield IngestError(
                        res.input_path,
                        res.doc_id,
                        "ingest",
                        "duplicate_doc_id",
                        f"doc_id already produced by {first_seen[res.doc_id]}",
                    )
                    continue
                first_seen[res.doc_id] = res.input_path
                stats.documents += 1
            else:
                stats.errors += 1
            yield res
