"""Scraped records, one JSON object per line: {"id","url","title","date","text"|"html"}.

A bad line becomes an IngestError for that line only; the other records go on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .dates import in_utc, normalize_date
from .decode import decode_bytes, detect_bom, looks_binary
from .document import IngestError, SourceDoc
from .html import extract_html
from .markup import saved_page
from .textformats import as_read
from .txt import site_header


def _with_title(title: str | None, body: str) -> str:
    """Title line + blank line + body, unless the body already opens with the title."""
    if not title:
        return body
    head = body.lstrip()[: len(title) + 5].casefold()
    if head.startswith(title.casefold()):
        return body
    return f"{title}\n\n{body}"


def _api_answer(text: str) -> dict[str, Any] | None:
    """The one document record of a JSON text with rendered fields (a WordPress post), unwrapped; else None."""
    from .jsondoc import (  # (jsondoc reads its records through this module)
        json_records,
        looks_like_json,
        unwrap,
    )

    if '"rendered"' not in text or not looks_like_json(text):
        return None
    records = json_records(text)
    return unwrap(records[0]) if records is not None and len(records) == 1 else None


def _record(rec: dict[str, Any], path: Path, line_no: int, stem: str | None = None) -> SourceDoc | IngestError:
    raw_id = rec.get("id")
    doc_id = str(raw_id).strip() if raw_id not in (None, "") else f"{stem or path.stem}:{line_no}"
    where = str(path)
    url = rec.get("url") if isinstance(rec.get("url"), str) and rec.get("url").strip() else None
    title = (
        rec.get("title").strip() if isinstance(rec.get("title"), str) and rec.get("title").strip() else None
    )
    date = normalize_date(rec.get("date"))
    warnings: list[str] = []
    if rec.get("date") not in (None, "") and date is None:
        warnings.append("record_date_unparsed")
    extractor = site = None
    text = rec.get("text")
    if isinstance(text, str) and (inner := _api_answer(text)) is not None:
        # A crawl that kept a CMS's REST answer as the record's text ("…/wp-json/wp/v2/posts/4812"): its rendered title
        # and content are the page; the record's own id, address and date stand.
        return _record({**inner, "id": rec.get("id"), "url": url or inner.get("url"), "date": rec.get("date") or
                        inner.get("date")}, path, line_no, stem)
    if isinstance(text, str) and (page := saved_page(text)) is not None:
        # (a scraper that kept the page's raw HTML, or its WARC record, as the record's text: the page it is)
        doc = _record({**rec, "text": None, "html": page.markup, "url": url or page.url}, path, line_no, stem)
        if isinstance(doc, SourceDoc):
            doc.warnings.append("html_read")
        return doc
    if isinstance(text, str) and text.strip():
        body, read_as = as_read(text)  # (an agenda's .ics export, a video's captions: the text a reader sees)
        site = site_header(body)  # a scraped page's text may keep its site header
        warnings += [read_as] if read_as else []
    elif isinstance(rec.get("html"), str) and rec["html"].strip():
        page = extract_html(rec["html"])
        if page is None or not page.text.strip():
            return IngestError(where, doc_id, "ingest", "empty", f"line {line_no}: record html has no text")
        body, extractor, site = page.text, page.extractor, page.site
        title = title or page.title
        date = date or page.publication_date
        url = url or page.url
        warnings.extend(page.warnings)
    elif isinstance(text, str):
        return IngestError(where, doc_id, "ingest", "empty", f"line {line_no}: record text is empty")
    else:
        return IngestError(
            where,
            doc_id,
            "ingest",
            "malformed_jsonl",
            f"line {line_no}: record has no 'text' or 'html' string",
        )
    return SourceDoc(
        doc_id=doc_id,
        source=url or path.name,
        input_path=str(path),
        format="jsonl",
        text=_with_title(title, body),
        title=title,
        publication_date=date,
        date_in_utc=in_utc(rec.get("date")),
        warnings=warnings,
        url=url,
        extractor=extractor,
        site=site,
    )


def source_doc(rec: dict[str, Any], path: Path, line_no: int, stem: str | None = None) -> SourceDoc | IngestError:
    """One scraped record as a document, exactly as a line of a JSONL file (the Python API's reader too)."""
    return _record(rec, path, line_no, stem)


STREAM_BYTES = 32 * 2**20  # a larger file is read line by line, never held whole in memory


def _stream(path: Path) -> Iterator[SourceDoc | IngestError]:
    """A big UTF-8/cp1252 JSONL file, one line at a time (each line decoded on its own)."""
    with open(path, "rb") as fh:
        for line_no, raw in enumerate(fh, start=1):
            decoded = decode_bytes(raw.rstrip(b"\r\n"))
            doc = parse_line(decoded.text.lstrip("\ufeff"), path, line_no)
            if isinstance(doc, SourceDoc):
                doc.warnings = [*decoded.warnings, *doc.warnings]
                doc.encoding = decoded.encoding
            if doc is not None:
                yield doc


def read_jsonl(path: Path, raw: bytes | None = None) -> Iterator[SourceDoc | IngestError]:
    try:
        if raw is None and path.stat().st_size > STREAM_BYTES:
            with open(path, "rb") as fh:
                head = fh.read(8192)
            if not looks_binary(head) and detect_bom(head) in (None, ("utf-8", 3)):
                yield from _stream(path)
                return
        data = path.read_bytes() if raw is None else raw
    except OSError as exc:
        yield IngestError(str(path), path.stem, "ingest", "read_error", str(exc))
        return
    if looks_binary(data):
        yield IngestError(
            str(path), path.stem, "ingest", "binary", "file holds binary data (NUL/control bytes)"
        )
        return
    decoded = decode_bytes(data)
    text = decoded.text.lstrip("\ufeff")
    for line_no, line in enumerate(text.splitlines(), start=1):
        doc = parse_line(line, path, line_no)
        if isinstance(doc, SourceDoc):
            doc.warnings = [*decoded.warnings, *doc.warnings]
            doc.encoding = decoded.encoding
        if doc is not None:
            yield doc


def parse_line(line: str, path: Path, line_no: int, stem: str | None = None) -> SourceDoc | IngestError | None:
    """One JSONL line: its document, the IngestError of that line, or None for a blank line.
    ``stem`` names records without an id (``<stem>:<line>``; default: the file stem)."""
    if not line.strip():
        return None
    fallback_id = f"{stem or path.stem}:{line_no}"
    where = str(path)
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return IngestError(
            where,
            fallback_id,
            "ingest",
            "malformed_jsonl",
            f"line {line_no}: bad JSON: {exc.msg} (col {exc.colno})",
        )
    if not isinstance(rec, dict):
        return IngestError(
            where,
            fallback_id,
            "ingest",
            "malformed_jsonl",
            f"line {line_no}: a JSON {type(rec).__name__}, not an object",
        )
    return _record(rec, path, line_no, stem)
