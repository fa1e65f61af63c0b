"""A web page's markup saved as text (a scraper that wrote the raw HTML into a .txt file or a record's "text", a WARC
record or an HTTP response copied with its headers): read as the page it is, not as text full of tags."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A WARC record's head ("WARC/1.0" and its named fields), then an HTTP response's ("HTTP/1.1 200 OK" and its fields),
# each closed by a blank line; either may be missing.
_WARC_HEAD = re.compile(r"WARC/\d\.\d[^\S\n]*\r?\n(?P<fields>(?:[\w-]+:[^\n]*\r?\n)*)\r?\n")
_HTTP_HEAD = re.compile(r"HTTP/\d(?:\.\d)?[^\S\n]+\d{3}[^\n]*\r?\n(?:[\w-]+:[^\n]*\r?\n)*\r?\n")
_TARGET = re.compile(r"^WARC-Target-URI:[^\S\n]*<?(?P<uri>\S+?)>?[^\S\n]*\r?$", re.M)
_PAGE_START = re.compile(r"\s{0,200}(?:<!doctype\s+html\b|<html\b)", re.I)


@dataclass(frozen=True)
class SavedPage:
    markup: str
    url: str | None  # the address a WARC record names ("WARC-Target-URI")


def saved_page(text: str) -> SavedPage | None:
    """The page a text holds as markup, with the address its WARC head names; None for any other text."""
    pos, url = 0, None
    if (warc := _WARC_HEAD.match(text)) is not None:
        pos = warc.end()
        if (target := _TARGET.search(warc["fields"])) is not None:
            url = target["uri"]
    if (http := _HTTP_HEAD.match(text, pos)) is not None:
        pos = http.end()
    if _PAGE_START.match(text, pos) is None:
        return None
    return SavedPage(text[pos:], url)
