"""clean_text: the cleaning steps in order, each a small function returning edits on its input,
composed into one offset map so every cleaned span points back into the ingested text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .boilerplate import remove_boilerplate
from .lorem import remove_lorem_ipsum
from .mojibake import repair_mojibake
from .offsets import Edit, OffsetMap, apply_edits
from .rules import BoilerplateRules, load_rules
from .whitespace import normalize_newlines, normalize_spaces, tidy_whitespace
from .wraps import join_hard_wraps

Step = Callable[[str, BoilerplateRules], tuple[list[Edit], list[str]]]

STEPS: tuple[Step, ...] = (
    normalize_newlines,
    repair_mojibake,  # before normalize_spaces: "Ã\u00a0" needs its NBSP to become "à"
    normalize_spaces,
    remove_lorem_ipsum,
    remove_boilerplate,
    join_hard_wraps,  # after boilerplate: a menu line must not be glued to the title
    tidy_whitespace,
)


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text, warning codes, and the map from cleaned offsets to input offsets."""

    text: str
    warnings: list[str] = field(default_factory=list)
    offsets: OffsetMap = field(default_factory=lambda: OffsetMap([0], []), repr=False)

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
    offsets = OffsetMap.identity(len(text))
    warnings: list[str] = []
    for step in STEPS:
        edits, step_warnings = step(current, rules)
        if edits:
            current, step_map = apply_edits(current, edits)
            offsets = offsets.then(step_map)
        warnings.extend(w for w in step_warnings if w not in warnings)
    return Cleaned(current, warnings, offsets)
