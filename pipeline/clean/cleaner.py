"""clean_text: the cleaning steps in order, each a small function returning edits on its input,
composed into one offset map so every cleaned span points back into the ingested text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from .boilerplate import remove_boilerplate
from .contents import split_flat_contents
from .footnotes import remove_footnote_calls
from .lorem import remove_lorem_ipsum
from .mojibake import repair_mojibake
from .numbers import spell_out_dates
from .ocr import repair_ocr_swaps
from .offsets import Edit, OffsetMap, apply_edits, edit_text
from .rules import BoilerplateRules, load_rules
from .text_tables import read_columns, read_grid_tables, read_pipe_tables, read_tab_tables, read_text_tables
from .whitespace import normalize_newlines, normalize_spaces, tidy_whitespace
from .wraps import join_hard_wraps

Step = Callable[[str, BoilerplateRules], tuple[list[Edit], list[str]]]

STEPS: tuple[Step, ...] = (
    normalize_newlines,
    repair_mojibake,  # before normalize_spaces: "Ã\u00a0" needs its NBSP to become "à"
    read_tab_tables,  # before normalize_spaces turns the tabs between cells into spaces
    normalize_spaces,
    repair_ocr_swaps,  # a scan's "C0NTRAT", "2O26": before any reader of words and dates
    remove_footnote_calls,
    remove_lorem_ipsum,
    remove_boilerplate,
    split_flat_contents,  # a table of contents flattened onto one line: one entry per line
    read_grid_tables,  # before the outer pipes go: a rule under the header marks the table
    read_pipe_tables,
    read_text_tables,  # before the wraps are joined: a wrapped cell is rejoined within its column
    read_columns,  # after the tables (three columns or more), before the wraps: each column's lines are joined
    join_hard_wraps,  # after boilerplate: a menu line must not be glued to the title
    tidy_whitespace,
    spell_out_dates,  # last: on the joined lines a date written in words is not split
)


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text, warning codes, and the map from cleaned offsets to input offsets.

    The map is built on first use from the edits of each step: the run only needs the text (a map costs
    two lists of ints per character and step, a tenth of the cleaning time of a page)."""

    text: str
    warnings: list[str] = field(default_factory=list)
    # (input of the step, its edits) for each step that changed the text, in order.
    steps: list[tuple[str, list[Edit]]] = field(default_factory=list, repr=False)
    source_length: int | None = field(default=None, repr=False)

    @cached_property
    def offsets(self) -> OffsetMap:
        offsets = OffsetMap.identity(len(self.text) if self.source_length is None else self.source_length)
        for before, edits in self.steps:
            offsets = offsets.then(apply_edits(before, edits)[1])
        return offsets

    def to_source(self, i: int) -> int:
        """Offset in the input string of cleaned offset i (clamped to [0, len(text)]); monotonic."""
        i = min(max(i, 0), len(self.text))
        return self.offsets.starts[i]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Input span of the cleaned span [start, end): from its first character's source to the
        end of its last character's source ("é" repaired from "Ã©" covers both), without the
        deleted material that may follow."""
        start = min(max(start, 0), len(self.text))
        end = min(max(end, start), len(self.text))
        s = self.offsets.starts[start]
        if end == start:
            return s, s
        return s, max(s, self.offsets.ends[end - 1])


def clean_text(text: str, rules: BoilerplateRules | None = None) -> Cleaned:
    rules = rules if rules is not None else load_rules()
    current = text
    steps: list[tuple[str, list[Edit]]] = []
    warnings: list[str] = []
    for step in STEPS:
        edits, step_warnings = step(current, rules)
        if edits:
            steps.append((current, edits))
            current = edit_text(current, edits)
        warnings.extend(w for w in step_warnings if w not in warnings)
    return Cleaned(current, warnings, steps, len(text))
