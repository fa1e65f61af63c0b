"""A document's text with the spans behind each extracted value highlighted, fully HTML-escaped."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from itertools import pairwise
from typing import Any

# Order decides which field colours a character covered by several spans (the more specific first).
FIELDS: tuple[str, ...] = ("signing_date", "period", "funding", "people", "signatories", "territory", "axes",
                           "status", "generation")


def highlight(text: str, evidence: Mapping[str, Sequence[Mapping[str, Any]]]) -> str:
    """``text`` as HTML with ``<mark class="f-FIELD">`` around evidence spans; every character escaped."""
    spans = [(int(s["start"]), int(s["end"]), field) for field, ss in evidence.items() for s in ss
             if 0 <= int(s["start"]) < int(s["end"]) <= len(text)]
    cuts = sorted({0, len(text), *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    rank = {f: i for i, f in enumerate(FIELDS)}
    out = []
    for a, b in pairwise(cuts):
        chunk = escape(text[a:b])
        covering = sorted({f for s, e, f in spans if s <= a and b <= e}, key=lambda f: (rank.get(f, 99), f))
        if covering:
            label = escape(", ".join(covering))
            out.append(f'<mark class="f-{escape(covering[0])}" title="{label}">{chunk}</mark>')
        else:
            out.append(chunk)
    return "".join(out)
