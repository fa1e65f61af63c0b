"""The line around a position of a cleaned text.

Lines are the hard boundaries of a cleaned page (list items, captions, headings, table rows): many decisions look at
the line a mention stands on, or the one above it.
"""

from __future__ import annotations


def line_start(text: str, pos: int) -> int:
    """Where the line holding pos starts (after the line break before it, or the text's start)."""
    return text.rfind("\n", 0, pos) + 1


def line_end(text: str, pos: int) -> int:
    """Where the line holding pos ends (its line break, or the text's end)."""
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def line_at(text: str, pos: int) -> tuple[int, int]:
    """The (start, end) of the line holding pos."""
    return line_start(text, pos), line_end(text, pos)
