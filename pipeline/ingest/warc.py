"""Web archives (.warc, .warc.gz, read with warcio): every HTML response is a page.

Requests, metadata, redirects, errors and non-HTML payloads are skipped. doc_id is
``<warc stem>/<n>``, n (six digits) counting HTML responses from 1 in archive order: stable for a
given file and unique, where URLs are not (a crawl may fetch a page twice). source is the target URI.
"""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import Iterator
from pathlib import Path

from .archive import MAX_MEMBER_BYTES, TooBig, read_capped
from .decode import normalize_charset, sniff_html_charset
from .document import IngestError, SourceDoc
from .html import read_html

HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_stem(path: Path) -> str:
    name = path.name
    for ext in (".warc.gz", ".warc"):
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return path.stem


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def read_warc(path: Path) -> Iterator[SourceDoc | IngestError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stem = warc_stem(path)
    n = 0
    try:
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type != "response" or rec.http_headers is None:
                    continue
                ctype = rec.http_headers.get_header("Content-Type") or ""
                status = rec.http_headers.get_statuscode() or ""
                if ctype.split(";")[0].strip().lower() not in HTML_TYPES or not status.startswith("2"):
                    continue
                n += 1
                doc_id = f"{stem}/{n:06d}"
                uri = rec.rec_headers.get_header("WARC-Target-URI")
                try:
                    raw = read_capped(rec.content_stream(), MAX_MEMBER_BYTES)
                except TooBig as exc:
                    yield IngestError(str(path), doc_id, "ingest", "too_large", f"response {exc}")
                    continue
                # The HTTP header's charset counts when the page declares none itself.
                declared = normalize_charset(_charset(ctype))
                if declared and not sniff_html_charset(raw) and declared != "utf-8":
                    with contextlib.suppress(UnicodeDecodeError, LookupError):
                        raw = raw.decode(declared).encode("utf-8")
                res = read_html(Path(f"{n:06d}.html"), raw)
                res.doc_id, res.input_path = doc_id, str(path)
                if isinstance(res, SourceDoc):
                    res.source = uri or res.source
                    res.url = res.url or uri
                yield res
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as exc:
        yield IngestError(str(path), None, "ingest", "bad_warc", f"{type(exc).__name__}: {exc}")
