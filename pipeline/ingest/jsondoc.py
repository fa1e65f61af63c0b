"""A whole file of JSON (a .json file, or a .txt that holds one): an object or an array of objects, each a document.

Crawls keep API answers as they came: a CMS's REST answer (WordPress ``/wp-json/wp/v2/posts`` gives
``{"title": {"rendered": …}, "content": {"rendered": "<p>…"}, "link", "date"}``), an export of records with
``text`` or ``html``. Each object is read as a line of a JSONL file is (``jsonl.source_doc``), its rendered
fields unwrapped first. A file of one object is one document named after the file, as a .txt file is.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .decode import decode_bytes, read_checked
from .document import IngestError, SourceDoc
from .jsonl import source_doc
from .txt import read_txt

_RENDERED = ("title", "content", "excerpt")
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_BODY_KEYS = ("text", "html", "content")


def looks_like_json(text: str) -> bool:
    """Whether a text is one JSON value of objects: it opens with { or [ and closes with } or ]."""
    s = text.strip()
    return len(s) > 1 and s[0] in "{[" and s[-1] in "}]" and (s[0] == "{" or s[1:].lstrip()[:1] in "{]")


def unwrap(rec: dict[str, Any]) -> dict[str, Any]:
    """A CMS record as the JSONL reader takes it: rendered fields unwrapped, the body as text or html, the link as URL."""
    out = dict(rec)
    for key in _RENDERED:
        if isinstance(out.get(key), dict) and isinstance(out[key].get("rendered"), str):
            out[key] = out[key]["rendered"]
    if isinstance(out.get("title"), str):
        out["title"] = html.unescape(_TAG.sub("", out["title"])).strip()
    if not any(isinstance(out.get(k), str) and out[k].strip() for k in ("text", "html")):
        body = out.get("content")
        if isinstance(body, str) and body.strip():
            out["html" if _TAG.search(body) else "text"] = body
    if not (isinstance(out.get("url"), str) and out["url"].strip()) and isinstance(out.get("link"), str):
        out["url"] = out["link"]
    return out


def _has_body(rec: object) -> bool:
    return isinstance(rec, dict) and any(k in rec for k in _BODY_KEYS)


def _records_of(value: object) -> list[dict[str, Any]] | None:
    items = value if isinstance(value, list) else [value]
    records = [item for item in items if _has_body(item)]
    return records or None


def json_records(text: str) -> list[dict[str, Any]] | None:
    """The document objects of a JSON text, or None when it is no JSON of documents."""
    try:
        return _records_of(json.loads(text))
    except (json.JSONDecodeError, RecursionError):
        return None


def json_docs(records: list[dict[str, Any]], path: Path, warnings: list[str], encoding: str | None,
              fmt: str) -> Iterator[SourceDoc | IngestError]:
    """The documents of a file's JSON records: one record is the file's document (doc_id = file stem); of several,
    each is ``<stem>:<n>`` unless it has its own id."""
    for n, rec in enumerate(records, start=1):
        rec = unwrap(rec)
        if len(records) == 1:
            rec["id"] = path.stem
        elif rec.get("id") not in (None, ""):
            rec["id"] = f"{path.stem}:{rec['id']}"
        doc = source_doc(rec, path, n)
        if isinstance(doc, SourceDoc):
            doc.format, doc.encoding = fmt, encoding
            doc.warnings = [*warnings, *doc.warnings]
            if doc.source == path.name or not doc.url:
                doc.source = doc.url or path.name
        yield doc


def read_json(path: Path, raw: bytes | None = None) -> Iterator[SourceDoc | IngestError]:
    """A .json file: its documents, or one IngestError that says why it has none."""
    data = read_checked(path, raw, path.stem)
    if isinstance(data, IngestError):
        yield data
        return
    decoded = decode_bytes(data)
    text = decoded.text.lstrip("\ufeff")
    if not text.strip():
        yield IngestError(str(path), path.stem, "ingest", "empty", "no text in file")
        return
    try:
        records = _records_of(json.loads(text))
    except (json.JSONDecodeError, RecursionError) as exc:
        why = f"{exc.msg} (line {exc.lineno}, col {exc.colno})" if isinstance(exc, json.JSONDecodeError) else "nested too deep"
        yield IngestError(str(path), path.stem, "ingest", "malformed_json", f"bad JSON: {why}")
        return
    if records is None:
        yield IngestError(str(path), path.stem, "ingest", "malformed_json",
                          "no document in this JSON: an object (or array of objects) with 'text', 'html' or 'content'")
        return
    yield from json_docs(records, path, list(decoded.warnings), decoded.encoding, "json")


def read_txt_docs(path: Path, raw: bytes | None = None) -> Iterator[SourceDoc | IngestError]:
    """A .txt file's documents: its text, or the records of the API answer it holds (a JSON object or array of
    records saved as text)."""
    doc = read_txt(path, raw)
    if isinstance(doc, SourceDoc) and doc.format == "txt" and looks_like_json(doc.text) \
            and (records := json_records(doc.text)) is not None:
        yield from json_docs(records, path, doc.warnings, doc.encoding, "txt")
        return
    yield doc
