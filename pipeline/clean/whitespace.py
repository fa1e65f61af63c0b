"""Whitespace: line breaks and invisible characters first, spaces and blank lines last."""

from __future__ import annotations

import re

from .lines import iter_lines
from .offsets import Edit
from .rules import BoilerplateRules

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# Zero-width characters and soft hyphens split words invisibly and break every regex downstream.
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
# NBSP and friends become plain spaces: "15\u202f816 €" must read "15 816 €" for amount parsing.
_SPACES = re.compile(r"[\t\u00a0\u202f\u2007\u2009\u2008\u200a\u2002-\u2006\u205f\u3000]")
# Typographic hyphens (U+2010, U+2011) of PDF and word-processor text become "-": "Puy‐de‐Dôme" is the
# gazetteer's "Puy-de-Dôme" and one name word.
_HYPHENS = re.compile(r"[\u2010\u2011]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Every match of the three patterns above starts with one of these characters: one scan finds none in
# most pages, instead of three.
_ANY_ODD = re.compile(r"[\r\u2028\u2029\x0b\x0c\x85\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")
_INNER_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")


def normalize_newlines(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    """Before anything line-based: one kind of line break, no invisible characters."""
    if _ANY_ODD.search(text) is None:
        return [], []
    edits = [Edit(m.start(), m.end(), "\n") for m in _NEWLINES.finditer(text)]
    edits += [Edit(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)]
    edits += [Edit(m.start(), m.end(), "") for m in _CONTROL.finditer(text)]
    return edits, []


def normalize_spaces(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    """After mojibake repair (which needs the NBSP of "Ã\u00a0" to restore "à"); hyphens too, one character each."""
    edits = [Edit(m.start(), m.end(), " ") for m in _SPACES.finditer(text)]
    edits += [Edit(m.start(), m.end(), "-") for m in _HYPHENS.finditer(text)]
    return sorted(edits, key=lambda e: e.start), []


def tidy_whitespace(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    """Collapse space runs inside lines (indentation is kept: it marks nested list items),
    strip line ends, keep at most one blank line, strip the document."""
    edits: list[Edit] = []
    lines = list(iter_lines(text))
    first = next((i for i, ln in enumerate(lines) if ln.text.strip()), None)
    if first is None:
        return ([Edit(0, len(text), "")] if text else []), []
    last = max(i for i, ln in enumerate(lines) if ln.text.strip())
    if lines[first].start > 0:
        edits.append(Edit(0, lines[first].start, ""))
    blank_run = False
    for i in range(first, last + 1):
        ln = lines[i]
        s = ln.text
        if not s.strip():
            if blank_run:
                edits.append(Edit(ln.start, ln.end + 1, ""))
            elif s:
                edits.append(Edit(ln.start, ln.end, ""))
            blank_run = True
            continue
        blank_run = False
        body_start = len(s) - len(s.lstrip(" "))
        if i == first and body_start:
            edits.append(Edit(ln.start, ln.start + body_start, ""))
        for m in _INNER_RUN.finditer(s, body_start):
            edits.append(Edit(ln.start + m.start(), ln.start + m.end(), " "))
        stripped = s.rstrip()
        if len(stripped) < len(s):
            edits.append(Edit(ln.start + len(stripped), ln.end, ""))
    if lines[last].end < len(text):
        edits.append(Edit(lines[last].end, len(text), ""))
    return edits, []
