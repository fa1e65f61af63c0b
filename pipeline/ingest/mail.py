"""E-mail messages in their raw source (RFC 5322 headers, MIME parts): a newsletter saved from a mailbox, a list
archive's "view source", an .eml file. Read with the standard library's parser, so that quoted-printable
("sign=C3=A9", soft line breaks "=\\n") and base64 bodies come out as text and the Subject and Date headers as the
document's title and publication date."""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

from .decode import read_checked
from .document import IngestError, SourceDoc
from .html import extract_html

# A header line: a field name, a colon, then its value ("Subject: …", "X-Mailer: …"), or a folded continuation.
_FIELD = re.compile(rb"^(?:[A-Za-z][A-Za-z0-9-]{0,40}:[ \t]|[ \t]+\S)")
_MIME = re.compile(rb"^(?:MIME-Version|Content-Type|Content-Transfer-Encoding):", re.I | re.M)
_ADDRESSING = re.compile(rb"^(?:From|Date|Received|Return-Path|Message-ID):", re.I | re.M)


def looks_like_mail(data: bytes) -> bool:
    """The text opens with a block of mail headers that names a sender or date and a MIME structure, then a blank
    line: a message's raw source, not a page that quotes "Date : …" in French."""
    head = data[:8192].lstrip(b"\xef\xbb\xbf\r\n")
    block, blank, _ = head.replace(b"\r\n", b"\n").partition(b"\n\n")
    lines = block.split(b"\n")
    return (bool(blank) and len(lines) >= 3 and all(_FIELD.match(line) for line in lines)
            and _MIME.search(block) is not None and _ADDRESSING.search(block) is not None)


def _body(msg: EmailMessage) -> tuple[str, str | None]:
    """The message's text (its plain part, else its HTML part rendered) and, for HTML, the page's date."""
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return "", None
    content = part.get_content()
    if part.get_content_subtype() == "html":
        page = extract_html(content)
        return (page.text, page.publication_date) if page is not None else ("", None)
    return content, None


def read_mail(path: Path, data: bytes, fmt: str) -> SourceDoc | IngestError:
    doc_id = path.stem
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
        text, page_date = _body(msg)
        subject = str(msg.get("subject") or "").strip() or None
        sent = msg.get("date")
    except (LookupError, ValueError, TypeError) as exc:  # an unknown charset, a damaged part
        return IngestError(str(path), doc_id, "ingest", "mail_error", f"{type(exc).__name__}: {exc}")
    if not text.strip():
        return IngestError(str(path), doc_id, "ingest", "empty", "no text part in e-mail message")
    try:
        date = parsedate_to_datetime(str(sent)).date().isoformat() if sent else page_date
    except (TypeError, ValueError):
        date = page_date
    return SourceDoc(doc_id=doc_id, source=path.name, input_path=str(path), format=fmt, text=text, title=subject,
                     publication_date=date, warnings=["email_message"])


def read_eml(path: Path, raw: bytes | None = None) -> SourceDoc | IngestError:
    data = read_checked(path, raw, path.stem)
    if isinstance(data, IngestError):
        return data
    return read_mail(path, data, "eml")
