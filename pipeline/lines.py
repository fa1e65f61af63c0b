"""The line, or the sentence, around a position of a cleaned text.

Lines are the hard boundaries of a cleaned page (list items, captions, headings, table rows): many decisions look at
the line a mention stands on, or the one above it, or at its sentence.
"""

from __future__ import annotations


def line_start(text: str, pos: int) -> int:
    """Where the line holding pos starts (after the line break before it, or the text's start)."""
    return text.rfind("\n", 0, pos) + 1


def line_end(text: str, pos: int) -> int:
    """Where the line holding pos ends (its line break, or the text's end)."""
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def paragraph_end(text: str, pos: int) -> int:
    """Where the paragraph holding pos ends (its blank line, or the text's end)."""
    end = text.find("\n\n", pos)
    return len(text) if end < 0 else end


def line_at(text: str, pos: int) -> tuple[int, int]:
    """The (start, end) of the line holding pos."""
    return line_start(text, pos), line_end(text, pos)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around a mention starts and ends (a line break ends it too), at most
    _SENTENCE_REACH characters each side: a long text without punctuation would otherwise make every
    mention's sentence the whole text (quadratic: minutes on a 500k-character scraped line)."""
    lo, hi = max(0, start - _SENTENCE_REACH), end + _SENTENCE_REACH
    left = max(text.rfind(c, lo, start) for c in ".!?\n")
    left = left if left >= 0 else lo - 1
    rights = [i for c in ".!?\n" if (i := text.find(c, end, hi)) >= 0]
    return left + 1, min(rights) if rights else min(hi, len(text))


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around a mention (see sentence_span)."""
    lo, hi = sentence_span(text, start, end)
    return text[lo:hi]


_SENTENCE_REACH = 600
