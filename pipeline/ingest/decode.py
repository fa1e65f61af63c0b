"""Bytes to text for every format: BOM, declared charset, then UTF-8 → cp1252 → latin-1.

French pages from small municipalities are still often windows-1252; latin-1 never fails, so it
is the last resort and flagged, as is every guess that was not declared."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# WHATWG: pages that say latin-1/ascii are decoded as windows-1252 by every browser.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
    "iso8859-1": "cp1252",
}
_CONTROL_BYTES = frozenset(set(range(0x00, 0x09)) | {0x0B} | set(range(0x0E, 0x20)))


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def detect_bom(raw: bytes) -> tuple[str, int] | None:
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            return enc, len(bom)
    return None


def _utf16_without_bom(raw: bytes) -> str | None:
    """Plain-text UTF-16 saved without a BOM: every other byte is NUL."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def looks_binary(raw: bytes) -> bool:
    """NUL bytes or many control bytes: an image, a PDF, an archive renamed .txt."""
    if detect_bom(raw) is not None or _utf16_without_bom(raw) is not None:
        return False
    sample = raw[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    return controls > 0.05 * len(sample)


def normalize_charset(name: str | None) -> str | None:
    """Python codec name for a declared charset, or None if Python does not know it."""
    if not name:
        return None
    low = name.strip().lower()
    low = _ALIASES.get(low, low)
    try:
        return codecs.lookup(low).name
    except LookupError:
        return None


def sniff_html_charset(raw: bytes) -> str | None:
    """Charset declared in the first bytes (<meta charset>, http-equiv content, <?xml encoding>)."""
    head = raw[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def decode_bytes(raw: bytes, declared: str | None = None) -> Decoded:
    """Decode with BOM > declared charset > UTF-8 > cp1252 > latin-1 (the last two flagged)."""
    bom = detect_bom(raw)
    if bom is not None:
        enc, skip = bom
        return Decoded(raw[skip:].decode(enc, errors="replace"), enc)
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return Decoded(raw.decode(utf16, errors="replace"), utf16, ["decoded_utf16_no_bom"])
    codec = normalize_charset(declared)
    warnings: list[str] = []
    if codec is not None:
        try:
            return Decoded(raw.decode(codec), codec)
        except UnicodeDecodeError:
            warnings.append("declared_charset_wrong")
    elif declared:
        warnings.append("declared_charset_unknown")
    try:
        return Decoded(raw.decode("utf-8"), "utf-8", warnings)
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(raw.decode("cp1252"), "cp1252", [*warnings, "decoded_cp1252"])
    except UnicodeDecodeError:
        return Decoded(raw.decode("latin-1"), "latin-1", [*warnings, "decoded_latin1"])


def read_checked(path, raw: bytes | None, doc_id: str):
    """The file's bytes, or the IngestError that says why they cannot be a text document."""
    from .document import IngestError

    try:
        data = path.read_bytes() if raw is None else raw
    except OSError as exc:
        return IngestError(str(path), doc_id, "ingest", "read_error", str(exc))
    if looks_binary(data):
        return IngestError(str(path), doc_id, "ingest", "binary", "file holds binary data (NUL/control bytes)")
    return data
