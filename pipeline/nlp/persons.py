"""The NER run only where a person it finds can be read: around the role words of ``rules/roles.yml``.

The extractors read one thing of the NER: its PER entities, as candidates of ``people.find_people``, which
keeps a candidate only when a role stands right next to it (a role noun in the 140 characters after the
name, or in the 100 before it; the coordination and "représenté par" clauses in the 120 before it) and
drops every other one without a trace. A NER entity far from any role word therefore changes no record,
and the NER (the costliest step on a CLS page) need not run there.

``cls_persons`` replaces the model's ``ner`` in the pipeline (``load_nlp`` keeps the ``ner`` component,
disabled, and this one calls it). For each page it finds the role words (every match of any role noun,
case-insensitive and without word boundaries, and the first words of the two clauses: a superset of what
find_people's patterns can match); a person read by find_people starts at most ``BEFORE`` characters before
one and at most ``AFTER`` after it (the *needed* ranges, allowing names of up to 80 characters with their
honorific). The NER runs on each needed range plus ``CONTEXT`` characters either side, as a Doc of its own
cut from the page's Doc (same tokens, same sentence starts, which the NER respects); the entities that start
in a needed range are set on the page's Doc, the others are not. A page whose parts would cover more than
``WHOLE_SHARE`` of it is run whole, as is a page where an entity runs to the end of a part (it may have been
cut short there).

Why the context: the NER's own tok2vec sees 4 tokens either side of a token, and its greedy decisions carry
a state (inside a name or not) from one token to the next; with context before and after, a needed range sees
the same neighbours and the same state as in a pass over the whole page, so its entities are the same. This
is checked, not proven: tests/test_nlp.py compares every entity in the needed ranges with the whole-page NER
on every CLS page of the corpus and dev (and shows the check fails without context); on the five sets the
records are byte-identical. On the CLS pages of the benchmark crawl (corpus pages, dense in role words) most
pages are run whole; on real pages the parts cover about half of a page.

If an extractor comes to read other entities (ORG, LOC) or PER entities far from a role word, this
component must go (``load_nlp(persons_only=False)`` gives the plain NER).
"""

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import rules
from pipeline.nlp import text_of

# A NER person is read when a role stands within 140 characters after its end or 120 before its start
# (people.find_people), and a name is at most four words: the person starts at most BEFORE characters
# before a role word's start, at most AFTER characters after its end.
BEFORE = 220
AFTER = 140
# Characters of context on each side of a needed part (the NER's tok2vec reaches 4 tokens; on the pages of
# the five sets, 40 characters of context already gave the same persons but for one name running past its
# part's end, which now sends the page to a whole run, see ClsPersons._run).
CONTEXT = 120
# Run the whole page when the parts would cover more than this share of its characters.
WHOLE_SHARE = 0.6


_WORD = re.compile(r"\w+")
# The starts and ends of words that open find_people's clauses (implied_coordination, represents).
_CLAUSE_STARTS = ("coordinat", "coordonnat", "représent", "poste", "fonction", "animation")
_CLAUSE_ENDS = ("coordination", "animation")


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """The first word of each role noun ("vice" of "vice-présidente", "chargée" of "chargée de mission")."""
    return frozenset(_WORD.findall(role)[0].lower() for role in rules.load("roles")["roles"])


def anchors(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every word where a role of find_people can start: the first word of a role noun of
    rules/roles.yml, in any case (find_people's role patterns start a role at a word boundary), and the words
    that open or (coordination, animation) end a clause's first word."""
    role_words = _role_words()
    for m in _WORD.finditer(text):
        w = m.group().lower()
        if w in role_words or w.startswith(_CLAUSE_STARTS) or w.endswith(_CLAUSE_ENDS):
            yield m.start(), m.end()


def plan(text: str) -> list[tuple[int, int, list[tuple[int, int]]]] | None:
    """The parts of a page to run the NER on: (start, end, needed character ranges inside it), in order and
    disjoint; ``None`` when the whole page should be run."""
    n = len(text)
    needed: list[list[int]] = []
    for start, end in anchors(text):
        s, e = max(0, start - BEFORE), min(n, end + AFTER)
        if needed and s <= needed[-1][1]:
            needed[-1][1] = max(needed[-1][1], e)
        else:
            needed.append([s, e])
    parts: list[tuple[int, int, list[tuple[int, int]]]] = []
    for s, e in needed:
        cs, ce = max(0, s - CONTEXT), min(n, e + CONTEXT)
        if parts and cs <= parts[-1][1]:
            ps, _, ranges = parts[-1]
            parts[-1] = (ps, ce, [*ranges, (s, e)])
        else:
            parts.append((cs, ce, [(s, e)]))
    if sum(e - s for s, e, _ in parts) > WHOLE_SHARE * n:
        return None
    return parts


@Language.factory("cls_persons", default_config={"ner": "ner"})
def make_cls_persons(nlp: Language, name: str, ner: str) -> "ClsPersons":
    return ClsPersons(nlp.get_pipe(ner))


class ClsPersons:
    """The model's NER on the parts of a page where its persons can be read (module docstring)."""

    def __init__(self, ner) -> None:
        self.ner = ner

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch, batch_size)
                batch = []
        if batch:
            yield from self._run(batch, batch_size)

    def _run(self, docs: list[Doc], batch_size: int) -> list[Doc]:
        found: dict[int, list[Span]] = {}  # entities of the pages run in parts
        inputs: list[Doc] = []  # a whole page, or one part of a page as a Doc of its own
        where: list[tuple[Doc, int, list[tuple[int, int]]] | None] = []  # page, first token, needed ranges
        for doc in docs:
            parts = plan(text_of(doc))
            if parts is None:
                inputs.append(doc)
                where.append(None)
                continue
            found[id(doc)] = []
            for s, e, ranges in parts:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None and len(span):
                    inputs.append(span.as_doc())
                    where.append((doc, span.start, ranges))
        whole: list[Doc] = []  # pages where an entity runs to the end of a part: run again, whole
        for part, at in zip(self.ner.pipe(inputs, batch_size=batch_size), where, strict=True):
            if at is None or id(at[0]) not in found:
                continue
            doc, first, ranges = at
            if part.ents and part.ents[-1].end == len(part) and first + len(part) < len(doc):
                del found[id(doc)]
                whole.append(doc)
                continue
            for ent in part.ents:
                if any(s <= doc[first + ent.start].idx < e for s, e in ranges):
                    found[id(doc)].append(Span(doc, first + ent.start, first + ent.end, label=ent.label))
        for _ in self.ner.pipe(whole, batch_size=batch_size):
            pass
        for doc in docs:
            if id(doc) in found:
                doc.set_ents(found[id(doc)], default="outside")
        return docs
