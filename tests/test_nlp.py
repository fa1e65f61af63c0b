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

    assert build_nlp().pipe_names == ["sentencizer", "ner", "cls_mentions", "cls_orgs"]


def test_entities_same_as_with_the_shared_tok2vec(texts):
    """The NER embeds its own tok2vec: dropping the shared one (which only feeds the parser and the
    morphologizer) must not move a single entity."""
    import spacy

    from pipeline.nlp import MODEL, build_nlp

    full = spacy.load(MODEL, exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
    full.add_pipe("sentencizer", first=True)
    assert "tok2vec" in full.pipe_names

    def ents(nlp):
        return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts, batch_size=16)]

    expected = ents(full)
    assert sum(map(len, expected)) > 100
    assert ents(build_nlp()) == expected


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
