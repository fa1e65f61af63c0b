"""Plain-text files: one document per file, doc_id = file stem."""

from __future__ import annotations

import re
from pathlib import Path

from .decode import decode_bytes, read_checked
from .document import IngestError, SourceDoc
from .html import page_doc
from .mail import looks_like_mail, read_mail
from .markup import SavedPage, saved_page
from .textformats import as_read


def read_txt(path: Path, raw: bytes | None = None) -> SourceDoc | IngestError:
    doc_id = path.stem
    data = read_checked(path, raw, doc_id)
    if isinstance(data, IngestError):
        return data
    if looks_like_mail(data):
        return read_mail(path, data, "txt")  # a message saved with its headers: its decoded text part
    decoded = decode_bytes(data)
    if (page := saved_page(decoded.text.lstrip("\ufeff"))) is not None:
        return _page_doc(page, path, doc_id, list(decoded.warnings), decoded.encoding)
    text, read_as = as_read(decoded.text.lstrip("\ufeff"))
    if not text.strip():
        return IngestError(str(path), doc_id, "ingest", "empty", "no text in file")
    return SourceDoc(
        doc_id=doc_id,
        source=path.name,
        input_path=str(path),
        format="txt",
        text=text,
        warnings=list(decoded.warnings) + ([read_as] if read_as else []),
        encoding=decoded.encoding,
        site=site_header(text),
    )


def _page_doc(page: SavedPage, path: Path, doc_id: str, warnings: list[str], encoding: str | None) -> SourceDoc | IngestError:
    """The document of a page saved as text, read as its markup says (its title, date and main text)."""
    doc = page_doc(page.markup, path, doc_id, [*warnings, "html_read"], encoding)
    if isinstance(doc, SourceDoc):
        doc.format = "txt"
        doc.url = doc.url or page.url
    return doc


# A scraped page's site header, its <title> kept as the first lines: "Ville de Flers – Site officiel", "Site officiel de la
# ville de Laon", "VINCENNES – Site officiel de la Ville".
_OFFICIAL = re.compile(r"(?:^|(?<![^\S\n])[^\S\n]+[–—|-][^\S\n]+)(?:le\s+)?site\s+officiel(?:\s+de\s+la\s+(?:ville|mairie|commune))?"
                       r"(?:[^\S\n]+[–—|-][^\S\n]+|\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])|$)", re.I)


def site_header(text: str) -> str | None:
    """The publisher a site header in the first three lines names (a web page's site name), else None."""
    for line in text.lstrip().splitlines()[:3]:
        line = line.strip()
        if len(line) <= 90 and not line.endswith(".") and (m := _OFFICIAL.search(line)) is not None:  # a title, no sentence
            after, before = line[m.end():].strip(" –—|-"), line[: m.start()].strip(" –—|-")
            return after or before or None  # "… site officiel de la Ville d'Alençon": the name it ends with
        if (m := _CRUMB_SITE.match(line)) is not None:
            return m["site"]  # a breadcrumb whose first crumb is the collectivity: "Ville de Jaunay-Marigny > Vie municipale > …"
    return None


# A breadcrumb's first crumb that names a town or an intercommunality, then at least one more crumb.
_CRUMB_SITE = re.compile(r"(?P<site>(?:Ville|Commune|Mairie|Communauté\s+(?:de\s+communes|d['’]agglomération|urbaine))"
                         r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])[A-ZÀ-Ý][^\n>»›/|]{1,60}?)\s*[>»›]\s*\S[^\n]*[>»›]?")
