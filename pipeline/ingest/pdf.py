"""PDF files: the text layer (pypdf). A PDF without one (a scan) is an error row: no OCR here."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from .document import IngestError, SourceDoc

logging.getLogger("pypdf").setLevel(logging.ERROR)  # broken xref tables are common and repaired


def read_pdf(path: Path, raw: bytes | None = None) -> SourceDoc | IngestError:
    doc_id = path.stem
    try:
        data = path.read_bytes() if raw is None else raw
    except OSError as exc:
        return IngestError(str(path), doc_id, "ingest", "read_error", str(exc))
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")  # many published PDFs are "encrypted" with an empty user password
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
        title = (meta.title or "").strip() if meta is not None else ""
    except Exception as exc:  # pypdf raises many types on damaged files
        return IngestError(str(path), doc_id, "ingest", "pdf_error", f"{type(exc).__name__}: {exc}")
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        return IngestError(str(path), doc_id, "ingest", "pdf_no_text",
                           "PDF has no text layer (a scan?); OCR is not done")
    return SourceDoc(doc_id=doc_id, source=path.name, input_path=str(path), format="pdf", text=text,
                     title=title or None)
