"""The unit every ingester yields: one input document, before cleaning."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SourceDoc:
    doc_id: str
    source: str  # URL for scraped records / pages that give one, else the file name
    input_path: str  # path of the file it came from (for JSONL: the .jsonl file)
    format: str  # "txt" | "html" | "jsonl" | "json" | "pdf" | "eml"
    text: str  # main text, as extracted (not yet cleaned)
    title: str | None = None
    publication_date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    warnings: list[str] = field(default_factory=list)
    url: str | None = None  # canonical / og:url of a page, url of a scraped record
    encoding: str | None = None  # codec the bytes were decoded with ("utf-8", "cp1252", ...)
    extractor: str | None = None  # HTML only: "trafilatura" or "lxml" (which produced `text`)
    site: str | None = None  # HTML only: the publisher's name ("Communauté de communes X"), a territory hint
    # the date was a timestamp in UTC ("2026-11-19T01:40:00Z"): a crawler's clock, a day ahead of the page's own date
    # for an evening's page in France, and more so overseas
    date_in_utc: bool = False


@dataclass
class IngestError:
    """A row of errors.csv: an input (or one line of it) that could not be read."""

    input_path: str
    doc_id: str | None
    stage: str  # "ingest"
    error_type: str  # short code, e.g. "decode_error", "empty", "malformed_jsonl"
    message: str
