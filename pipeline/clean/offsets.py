"""Edits and the offset map that lets every cleaned span point back into the ingested text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with `replacement` (an empty replacement deletes)."""

    start: int
    end: int
    replacement: str = ""


@dataclass
class OffsetMap:
    """For each character of a derived text, the [start, end) region of the source it comes from.
    `starts` has one more entry than there are characters: the source length (end of text)."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def identity(cls, n: int) -> OffsetMap:
        return cls(list(range(n + 1)), list(range(1, n + 1)))

    def then(self, inner: OffsetMap) -> OffsetMap:
        """Map of a later step (inner: new -> mid) composed with this one (mid -> source)."""
        starts = [self.starts[i] for i in inner.starts]
        ends = [
            self.ends[e - 1] if e > s else self.starts[s]
            for s, e in zip(inner.starts, inner.ends, strict=False)
        ]
        return OffsetMap(starts, ends)


def _accepted(text: str, edits: Sequence[Edit]) -> list[Edit]:
    """The edits in text order, without overlapping or out-of-range ones (a bug in a step; skipping them
    keeps the map valid). apply_edits and edit_text apply exactly these."""
    kept: list[Edit] = []
    pos = 0
    for ed in sorted(edits, key=lambda e: (e.start, e.end)):
        if ed.start < pos or ed.end < ed.start or ed.end > len(text):
            continue
        kept.append(ed)
        pos = ed.end
    return kept


def edit_text(text: str, edits: Sequence[Edit]) -> str:
    """The text apply_edits returns, without building its map (most documents never need one)."""
    out: list[str] = []
    pos = 0
    for ed in _accepted(text, edits):
        out.append(text[pos : ed.start])
        out.append(ed.replacement)
        pos = ed.end
    out.append(text[pos:])
    return "".join(out)


def apply_edits(text: str, edits: Sequence[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits; return the new text and its map into `text`. Replacement
    characters share out the span they replace, so the map stays monotonic and a span built on
    them never leaves the source region it came from."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for ed in _accepted(text, edits):
        start, end = ed.start, ed.end
        out.append(text[pos:start])
        starts.extend(range(pos, start))
        ends.extend(range(pos + 1, start + 1))
        rep = ed.replacement
        width, r = end - start, len(rep)
        out.append(rep)
        starts.extend(start + (k * width) // r for k in range(r))
        ends.extend(start + ((k + 1) * width) // r for k in range(r))
        pos = end
    out.append(text[pos:])
    starts.extend(range(pos, len(text) + 1))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), OffsetMap(starts, ends)
