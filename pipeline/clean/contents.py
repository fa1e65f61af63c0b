"""A table of contents flattened onto one line by a PDF's text layer ("INTRODUCTION ...... 1 PRESENTATION DU TERRITOIRE
...... 6 AXE A - RENFORCER LES SOINS DE PROXIMITÉ... 5 A 1 : …"): one entry per line again, as the document prints it,
so that its entries ("AXE A - …") are read as the lines they are and not as one sentence."""

from __future__ import annotations

import re

from .offsets import Edit
from .rules import BoilerplateRules

# An entry's end: its dot leader, its page number, the blanks before the next entry (which opens on a letter, a
# numbering "1. " / "2) ", or a quote). The blanks become a line break.
_ENTRY_END = re.compile(r"(?:\.{2,}+|…++|(?:\.[^\S\n]){2,}+\.?+)[^\S\n]*+\d{1,3}(?![\d,.])(?P<gap>[^\S\n]++)"
                        r"(?=[^\W\d_]|\d{1,2}[.)][^\S\n]|[«\"(])")
MIN_ENTRIES = 3  # a line with fewer leaders is a sentence that happens to hold one ("voir … page 12")


def split_flat_contents(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    edits: list[Edit] = []
    for line in re.finditer(r"[^\n]+", text):
        ends = list(_ENTRY_END.finditer(text, line.start(), line.end()))
        if len(ends) >= MIN_ENTRIES:
            edits += [Edit(m.start("gap"), m.end("gap"), "\n") for m in ends]
    return edits, (["contents_split"] if edits else [])
