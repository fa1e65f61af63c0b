"""Line iteration with offsets, shared by the line-based cleaning steps."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .offsets import Edit

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@dataclass(frozen=True)
class Line:
    start: int  # offset of the first character
    end: int  # offset of the line break (or len(text))
    text: str

    def delete(self, full_text: str) -> Edit:
        """Edit removing the line and its line break, so no blank line is left behind."""
        if self.end < len(full_text):
            return Edit(self.start, self.end + 1, "")
        if self.start > 0:
            return Edit(self.start - 1, self.end, "")
        return Edit(self.start, self.end, "")


def iter_lines(text: str) -> Iterator[Line]:
    pos = 0
    for raw in text.split("\n"):
        yield Line(pos, pos + len(raw), raw)
        pos += len(raw) + 1


def words(s: str) -> list[str]:
    return _WORD.findall(s)
