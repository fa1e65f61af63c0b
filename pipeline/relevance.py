"""Is a document about one or more specific Contrats Locaux de Santé?

Two steps, cheap first: a regex screen that lets most crawled pages skip spaCy entirely, then the
decision, which needs the territory candidates: a CLS mention that is not a look-alike (contrat local
de sécurité, CLSPD, CLSM alone), not only hypothetical ("un futur CLS"), about a named territory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline import rules

_SCREEN = re.compile(r"contrats?\s+loca(?:l|ux)\s+de\s+sant|\bCLS", re.IGNORECASE)


def prefilter(text: str) -> bool:
    """Cheap screen: can this text be about a CLS at all?"""
    return bool(_SCREEN.search(text))


@dataclass
class Relevance:
    is_cls: bool
    score: float
    reason: str
    cls_spans: list[tuple[int, int]]


def _hypothetical(text: str, start: int) -> bool:
    window = text[max(0, start - 120) : start + 160]
    if rules.compiled("relevance", "hypothetical").search(window):
        return True
    return bool(rules.compiled("relevance", "negated_before").search(text[max(0, start - 60) : start]))


def assess(text: str) -> Relevance:
    """Mentions and their meaning; ``is_cls`` is final only once a territory is known (see decide)."""
    full = [m.span() for m in re.finditer(rules.load("relevance")["cls_full"], text, re.IGNORECASE)]
    acro = [m.span() for m in re.finditer(rules.load("relevance")["cls_acronym"], text)]
    other = rules.compiled("relevance", "other_expansions")
    n_other = len(other.findall(text))
    if not full:
        if not acro or n_other:
            return Relevance(False, 0.05 if acro else 0.0, "no CLS expansion" if acro else "no CLS mention", [])
        # Acronym only, no other meaning given: keep it if the page is about health.
        if len(re.findall(r"\bsanté\b", text, re.IGNORECASE)) < 3:
            return Relevance(False, 0.2, "acronym only, not about health", [])
    real = [s for s in full if not _hypothetical(text, s[0])]
    if full and not real:
        return Relevance(False, 0.2, "CLS only hypothetical", [])
    spans = sorted(real + acro)
    score = min(1.0, 0.5 + 0.1 * len(real) + 0.05 * len(acro) - 0.1 * n_other)
    return Relevance(True, max(score, 0.3), "CLS mentioned", spans)


def decide(rel: Relevance, n_contracts: int) -> Relevance:
    if rel.is_cls and n_contracts == 0:
        return Relevance(False, min(rel.score, 0.4), "no specific territory", rel.cls_spans)
    return rel
