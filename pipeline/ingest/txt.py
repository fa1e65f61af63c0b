"""Plain-text files: one document per file, doc_id = file stem."""

from __future__ import annotations

from pathlib import Path

from .decode import decode_bytes, read_checked
from .document import IngestError, SourceDoc


def read_txt(path: Path, raw: bytes | None = None) -> SourceDoc | IngestError:
    doc_id = path.stem
    data = read_checked(path, raw, doc_id)
    if isinstance(data, IngestError):
        return data
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
