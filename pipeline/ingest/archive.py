"""Archives: .zip members and .gz files go to the reader of their own format, behind bomb guards.

A crawl shipped as an archive is untrusted input. Refused with an error row, never extracted to disk:
members with an absolute path or ``..`` (zip slip), members or archives that inflate past a size cap
or with an absurd compression ratio (zip bombs), and archives inside archives (not recursed).
doc_id of a zip member: ``<archive stem>/<member path without its suffix>`` (``crawl.zip`` member
``2024/laon.html`` -> ``crawl/2024/laon``), stable and unique within the archive; a .gz file is the
file it holds (``laon.html.gz`` -> ``laon``).
"""

from __future__ import annotations

import gzip
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from .document import IngestError, SourceDoc

Result = SourceDoc | IngestError
RawReader = Callable[[Path, bytes], Iterable[Result]]

MAX_MEMBER_BYTES = 64 * 2**20  # one document never needs more (run.MAX_CHARS cuts at 500k chars)
MAX_TOTAL_BYTES = 2 * 2**30  # per archive
MAX_RATIO = 100  # uncompressed / compressed, checked once a member passes SMALL
SMALL = 2**20  # below this, any ratio is harmless
NESTED = (".zip", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".7z", ".rar", ".warc")
_DRIVE = re.compile(r"^[A-Za-z]:")


class TooBig(Exception):
    pass


def read_capped(stream: BinaryIO, cap: int, compressed: int | None = None) -> bytes:
    """Read at most ``cap`` bytes (sizes in headers can lie); TooBig past it or past MAX_RATIO."""
    chunks, n = [], 0
    while True:
        chunk = stream.read(1 << 20)
        if not chunk:
            return b"".join(chunks)
        n += len(chunk)
        if n > cap:
            raise TooBig(f"inflates past {cap >> 20} MB")
        if compressed and n > SMALL and n > MAX_RATIO * compressed:
            raise TooBig(f"compression ratio over {MAX_RATIO}:1")
        chunks.append(chunk)


def _relabel(res: Result, input_path: str, doc_id: str | None = None, fallback: tuple[str, str] | None = None) -> Result:
    res.input_path = input_path
    if doc_id is not None:
        res.doc_id = doc_id
    elif fallback and res.doc_id and res.doc_id.startswith(fallback[0] + ":"):
        res.doc_id = fallback[1] + res.doc_id[len(fallback[0]) :]
    return res


def _unsafe(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/"))
    return name.startswith(("/", "\\")) or bool(_DRIVE.match(name)) or ".." in parts.parts


def read_zip(path: Path, readers: dict[str, RawReader]) -> Iterator[Result]:
    stem = path.name[: -len(".zip")] if path.name.lower().endswith(".zip") else path.stem
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        yield IngestError(str(path), None, "ingest", "bad_archive", f"{type(exc).__name__}: {exc}")
        return
    total = 0
    with zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            name = info.filename
            if info.is_dir():
                continue
            where = f"{path}!{name}"
            if _unsafe(name):
                yield IngestError(where, None, "ingest", "unsafe_path",
                                  "archive member with an absolute path or '..' refused")
                continue
            member = PurePosixPath(name)
            if any(part.startswith(".") for part in member.parts):
                continue  # hidden, as in a folder walk
            doc_id = f"{stem}/{member.with_suffix('').as_posix()}"
            if member.suffix.lower() in NESTED:
                yield IngestError(where, doc_id, "ingest", "nested_archive", "archives inside an archive are not opened")
                continue
            reader = readers.get(member.suffix.lower())
            if reader is None:
                continue
            if info.file_size > MAX_MEMBER_BYTES or (
                info.file_size > SMALL and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                yield IngestError(where, doc_id, "ingest", "zip_bomb",
                                  f"member declares {info.file_size} bytes from {info.compress_size}: refused")
                continue
            try:
                with zf.open(info) as fh:
                    raw = read_capped(fh, min(MAX_MEMBER_BYTES, MAX_TOTAL_BYTES - total), info.compress_size)
            except TooBig as exc:
                yield IngestError(where, doc_id, "ingest", "zip_bomb", f"member {exc}: refused")
                continue
            except (zipfile.BadZipFile, OSError, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
                yield IngestError(where, doc_id, "ingest", "bad_archive", f"{type(exc).__name__}: {exc}")
                continue
            total += len(raw)
            single = member.suffix.lower() != ".jsonl"
            for res in reader(Path(member.name), raw):
                yield _relabel(res, where, doc_id if single else None,
                               None if single else (member.stem, f"{stem}/{member.with_suffix('').as_posix()}"))


def gz_inner_suffix(path: Path) -> str:
    """``laon.html.gz`` -> ``.html``."""
    return Path(path.name[: -len(".gz")]).suffix.lower()


def read_gz(path: Path, readers: dict[str, RawReader]) -> Iterator[Result]:
    inner = Path(path.name[: -len(".gz")])
    reader = readers[inner.suffix.lower()]
    try:
        with gzip.open(path, "rb") as fh:
            raw = read_capped(fh, MAX_MEMBER_BYTES, path.stat().st_size)
    except TooBig as exc:
        yield IngestError(str(path), inner.stem, "ingest", "zip_bomb", f"{exc}: refused")
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield IngestError(str(path), inner.stem, "ingest", "bad_archive", f"{type(exc).__name__}: {exc}")
        return
    for res in reader(inner, raw):
        yield _relabel(res, str(path))
