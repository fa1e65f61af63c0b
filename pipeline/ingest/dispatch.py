"""Walk input paths and hand each file to the reader of its format; enforce unique doc_ids."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .archive import gz_inner_suffix, read_gz, read_zip
from .document import IngestError, SourceDoc
from .html import read_html
from .jsondoc import read_json, read_txt_docs
from .jsonl import read_jsonl
from .mail import read_eml
from .pdf import read_pdf
from .stdin import STDIN, read_stdin
from .warc import read_warc

log = logging.getLogger(__name__)

Result = SourceDoc | IngestError
Reader = Callable[[Path], Iterable[Result]]


def _one(reader: Callable[[Path], Result]) -> Reader:
    return lambda path: [reader(path)]


# Readers of a document's bytes, for members of archives (.zip, .gz).
RAW_READERS: dict[str, Callable[[Path, bytes], Iterable[Result]]] = {
    ".txt": read_txt_docs,
    ".json": read_json,
    ".html": lambda p, raw: [read_html(p, raw)],
    ".htm": lambda p, raw: [read_html(p, raw)],
    ".jsonl": read_jsonl,
    ".pdf": lambda p, raw: [read_pdf(p, raw)],
    ".eml": lambda p, raw: [read_eml(p, raw)],
    # (an agenda's export, a video's captions: read as text, textformats.as_read)
    ".ics": read_txt_docs,
    ".vtt": read_txt_docs,
    ".srt": read_txt_docs,
}


def _read_gz(path: Path) -> Iterable[Result]:
    if path.name.lower().endswith(".warc.gz"):
        return read_warc(path)
    return read_gz(path, RAW_READERS)


READERS: dict[str, Reader] = {
    ".txt": read_txt_docs,
    ".json": read_json,
    ".html": _one(read_html),
    ".htm": _one(read_html),
    ".jsonl": read_jsonl,
    ".pdf": _one(read_pdf),
    ".eml": _one(read_eml),
    ".ics": read_txt_docs,
    ".vtt": read_txt_docs,
    ".srt": read_txt_docs,
    ".zip": lambda path: read_zip(path, RAW_READERS),
    ".warc": read_warc,
    ".gz": _read_gz,
}


def reader_for(path: Path) -> Reader | None:
    """The reader of a file; None for an unsupported one (a .gz holding an unsupported type, e.g. .tar.gz)."""
    if str(path) == "-":
        return lambda _: read_stdin()
    suffix = path.suffix.lower()
    if suffix == ".gz" and not path.name.lower().endswith(".warc.gz") and gz_inner_suffix(path) not in RAW_READERS:
        return None
    return READERS.get(suffix)


@dataclass
class IngestStats:
    """Counts for the run manifest; unsupported files are listed, not reported as errors."""

    files: int = 0
    documents: int = 0
    errors: int = 0
    skipped_unsupported: list[str] = field(default_factory=list)


def _not_regular(path: Path) -> IngestError:
    what = "a broken symbolic link or a symlink loop" if path.is_symlink() else "not a regular file (FIFO, socket, device)"
    return IngestError(str(path), path.stem, "ingest", "unreadable", f"cannot read: {what}")


def _is_hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Files as given, folders recursively in sorted order, hidden files/folders skipped."""
    seen: set[Path] = set()
    for p in paths:
        path = Path(p)
        if str(p) == "-":  # JSONL on standard input
            yield STDIN
            continue
        if path.is_dir():
            # Entries of a supported type that are not regular files (a dangling symlink, a
            # symlink loop, a FIFO) are reported rather than silently skipped.
            files = sorted(
                (
                    f
                    for f in path.rglob("*")
                    if not _is_hidden(f.relative_to(path))
                    and (f.is_file() or (f.suffix.lower() in READERS and not f.is_dir()))
                ),
                key=lambda f: f.relative_to(path).as_posix(),
            )
        elif path.is_file():
            files = [path]
        elif os.path.lexists(path):
            yield _not_regular(path)
            continue
        else:
            yield IngestError(str(path), None, "ingest", "not_found", "no such file or directory")
            continue
        for f in files:
            if not f.is_file():
                yield _not_regular(f)
                continue
            key = f.resolve()
            if key in seen:  # same file reached twice (a folder and a file in it): read it once
                continue
            seen.add(key)
            yield f


def _guarded(reader: Reader, path: Path) -> Iterator[Result]:
    """A reader's results; a reader that raises becomes one error row, not a crashed run."""
    try:
        yield from reader(path)
    except Exception as exc:  # any reader bug on odd input must stay one row
        yield IngestError(str(path), path.stem, "ingest", type(exc).__name__, f"{type(exc).__name__}: {exc}")


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
        reader = reader_for(item)
        if reader is None:
            stats.skipped_unsupported.append(str(item))
            log.debug("skipping unsupported file %s", item)
            continue
        stats.files += 1
        for res in _guarded(reader, item):
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
