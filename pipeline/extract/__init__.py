"""Field extractors: one module per field, and ``analyze``, which runs them over one document."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline import relevance
from pipeline.extract import dates, territory
from pipeline.extract.contracts import DocInput, extract_contracts
from pipeline.extract.units import split_units
from pipeline.models import Contract


@dataclass
class Analysis:
    relevance: relevance.Relevance
    contracts: list[Contract]
    publication_date: str | None
    warnings: list[str]


def analyze(doc: Doc, title: str | None, publication_date: str | None, rel: relevance.Relevance) -> Analysis:
    """Contracts of one document already run through the spaCy pipeline (``build_nlp``)."""
    text = doc.text
    warnings: list[str] = []
    pub_span = None
    if publication_date is None:
        found = dates.publication_date_from_text(text)
        if found:
            publication_date, s, e = found
            pub_span = (s, e)
            warnings.append("publication_date_from_text")
    orgs = doc._.orgs or []
    ner_persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
    di = DocInput(text, title, publication_date, pub_span, split_units(text), orgs, ner_persons, rel.cls_spans)
    ctx = territory.geo_context(text, orgs)
    mentions = territory.find_mentions(text, title, orgs, rel.cls_spans)
    territory.link_mentions(mentions, ctx)
    di.groups = territory.group_mentions(mentions)
    contracts = extract_contracts(di) if rel.is_cls else []
    final = relevance.decide(rel, len(contracts))
    if not final.is_cls:
        contracts = []
    return Analysis(final, contracts, publication_date, warnings)
