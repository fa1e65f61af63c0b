"""Plain-text files: one document per file, doc_id = file stem."""

from __future__ import annotations

from pathlib import Path

from .decode import decode_bytes, looks_binary
from .document import IngestError, SourceDoc


def read_txt(path: Path, raw: bytes | None = None) -> SourceDoc | IngestError:
    doc_id = path.stem
    try:
        data = path.read_bytes() if raw is None else raw
    except OSError as exc:
        return IngestError(str(path), doc_id, "ingest", "read_error", str(exc))
    if looks_binary(data):
        return IngestError(
            str(path), doc_id, "ingest", "binary", "file holds binary data (NUL/control bytes)"
        )
    decoded = decode_bytes(data)
    text = decoded.text.lstrip("\ufeff")
    if not text.strip():
        return IngestError(str(path), doc_id, "ingest", "empty", "no text in file")
    return SourceDoc(
        doc_id=doc_id,
        source=path.name,
        input_path=str(path),
        format="txt",
        text=text,
        warnings=list(decoded.warnings),
        encoding=decoded.encoding,
    )
