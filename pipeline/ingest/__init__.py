"""Ingestion: files and folders in, one SourceDoc (or IngestError) per document out."""

from .dispatch import READERS, IngestStats, expand_paths, iter_inputs
from .document import IngestError, SourceDoc
from .html import extract_html
from .jsonl import read_jsonl
from .txt import read_txt

__all__ = [
    "READERS",
    "IngestError",
    "IngestStats",
    "SourceDoc",
    "expand_paths",
    "extract_html",
    "iter_inputs",
    "read_jsonl",
    "read_txt",
]
