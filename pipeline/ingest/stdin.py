"""`-` as an input: scraped records as JSONL on standard input, read line by line (never all at once)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .decode import decode_bytes
from .document import IngestError, SourceDoc
from .jsonl import parse_line

STDIN = Path("-")


def read_stdin(stream: BinaryIO | None = None) -> Iterator[SourceDoc | IngestError]:
    """Records without an id are named ``stdin:<line>``; input_path is ``-``."""
    stream = stream if stream is not None else sys.stdin.buffer
    for line_no, raw in enumerate(stream, start=1):
        decoded = decode_bytes(raw.rstrip(b"\r\n"))
        doc = parse_line(decoded.text.lstrip("\ufeff"), STDIN, line_no, stem="stdin")
        if isinstance(doc, SourceDoc):
            doc.warnings = [*decoded.warnings, *doc.warnings]
            doc.encoding = decoded.encoding
        if doc is not None:
            yield doc
