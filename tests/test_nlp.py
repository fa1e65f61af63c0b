"""The reduced spaCy pipeline (pipeline.nlp.build_nlp) gives the entities of the model's own pipeline."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def texts() -> list[str]:
    from pipeline.ingest import SourceDoc, iter_inputs
    from pipeline.run import prepare

    docs = [d for d in iter_inputs([CORPUS / "docs"]) if isinstance(d, SourceDoc)]
    return [prepare(d).text for d in docs[:40]]


def test_no_component_whose_output_nobody_reads():
    from pipeline.nlp import build_nlp

    assert build_nlp().pipe_names == ["sentencizer", "cls_persons", "cls_mentions", "cls_orgs"]


def test_entities_same_as_with_the_shared_tok2vec(texts):
    """The NER embeds its own tok2vec: dropping the shared one (which only feeds the parser and the
    morphologizer) must not move a single entity."""
    import spacy

    from pipeline.nlp import MODEL, load_nlp

    full = spacy.load(MODEL, exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
    full.add_pipe("sentencizer", first=True)
    assert "tok2vec" in full.pipe_names

    def ents(nlp):
        return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts, batch_size=16)]

    expected = ents(full)
    assert sum(map(len, expected)) > 100
    assert ents(load_nlp(persons_only=False)) == expected


def test_text_of_is_the_doc_text(texts):
    """The text a Doc carries (make_doc) and the one text_of computes for a Doc without it are Doc.text."""
    from pipeline.nlp import build_nlp, make_doc, text_of

    nlp = build_nlp()
    for text in texts[:10]:
        doc = nlp(make_doc(nlp, text))
        assert text_of(doc) == doc.text == text
        plain = nlp.make_doc(text)
        assert text_of(plain) == text
        assert text_of(plain) is text_of(plain)  # computed once


@pytest.fixture(scope="module")
def cls_texts() -> list[str]:
    """Every CLS page of the corpus (cleaned), and those of ../shared when present."""
    from pipeline.ingest import SourceDoc, iter_inputs
    from pipeline.run import prepare

    folders = [CORPUS / "docs", *(p for p in (CORPUS.parent.parent / "shared" / "dev" / "docs",) if p.is_dir())]
    prepared = [prepare(d) for d in iter_inputs(folders) if isinstance(d, SourceDoc)]
    return [p.text for p in prepared if p.relevance.is_cls]


def _entities(docs, needed) -> list[list[tuple[int, int, str]]]:
    """Every entity (not only the persons the extractors read: a stricter check) where find_people reads."""
    return [[(e.start_char, e.end_char, e.label_) for e in d.ents if needed(d.text, e.start_char)] for d in docs]


def _in_plan(text: str, start: int) -> bool:
    from pipeline.nlp.persons import plan

    parts = plan(text)
    return parts is None or any(s <= start < e for _, _, ranges in parts for s, e in ranges)


def test_persons_where_read_same_as_the_whole_page_ner(cls_texts):
    """cls_persons runs the NER on parts of a page: where find_people can read a person, its entities are those
    of the NER over the whole page, on every CLS page of the corpus (and dev)."""
    from pipeline.nlp import load_nlp

    whole = _entities(load_nlp(persons_only=False).pipe(cls_texts, batch_size=16), _in_plan)
    parts = _entities(load_nlp().pipe(cls_texts, batch_size=16), _in_plan)
    assert sum(map(len, whole)) > 1000
    assert parts == whole


def test_persons_parts_need_their_context(cls_texts, monkeypatch):
    """The check above can fail: without context around the parts, entities found there move."""
    from pipeline.nlp import load_nlp, persons

    monkeypatch.setattr(persons, "CONTEXT", 0)
    monkeypatch.setattr(persons, "WHOLE_SHARE", 1.0)
    whole = _entities(load_nlp(persons_only=False).pipe(cls_texts, batch_size=16), _in_plan)
    parts = _entities(load_nlp().pipe(cls_texts, batch_size=16), _in_plan)
    assert parts != whole


def test_persons_plan():
    from pipeline.nlp.persons import AFTER, BEFORE, plan

    filler = "Une phrase sans rien de particulier pour remplir la page. " * 20
    assert plan(filler) == []  # no role word: the NER has nothing to do
    text = filler + "Jean Martin, maire de Laon, a signé. " + filler
    at = text.index("maire")
    ((start, end, ranges),) = plan(text)
    assert ranges == [(at - BEFORE, at + len("maire") + AFTER)]
    assert start < at - BEFORE and end > at + AFTER
    assert text.index("Jean Martin") >= ranges[0][0]
    assert plan("Le maire de Laon. " * 5) is None  # role words all over a short page: run whole


def test_persons_whole_page_when_a_name_reaches_a_part_end():
    """An entity that runs to the end of its part may be cut short there: that page is run whole."""
    from pipeline.nlp import load_nlp, make_doc, persons

    nlp = load_nlp()
    filler = "Une phrase sans rien de particulier pour remplir la page. " * 20
    text = filler + "Le maire Jean-Pierre Martin-Dupont " + filler
    end = text.index("Martin-Dupont") + len("Martin")
    comp = nlp.get_pipe("cls_persons")
    cut = [(s, end, r) for s, _, r in persons.plan(text)]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(persons, "plan", lambda t: cut)
        doc = comp(nlp.get_pipe("sentencizer")(make_doc(nlp, text)))
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PER"] == [("Jean-Pierre Martin-Dupont", "PER")]
