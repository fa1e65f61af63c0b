"""spaCy components of cls-extract, registered with ``@Language.factory`` (as EDS-NLP pipes are).

Extension attributes are registered at import time so that they survive ``nlp.pipe(n_process=N)``.
"""



from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline import rules
from pipeline.extract.orgs import find_orgs
from pipeline.nlp import text_of

if not Span.has_extension("org_name"):
    Span.set_extension("org_name", default=None)
    Span.set_extension("generic", default=False)
if not Doc.has_extension("orgs"):
    Doc.set_extension("orgs", default=None)  # list[OrgMention], exact character offsets


@Language.factory("cls_mentions")
def make_cls_mentions(nlp: Language, name: str) -> "ClsMentions":
    return ClsMentions(nlp)


class ClsMentions:
    """Mentions of a CLS and of look-alike contracts, in ``doc.spans['cls']``, labelled with the keys of
    ``rules/mentions.yml`` (CLS, CLS_ACRONYM, OTHER_CLS, OTHER); the longest of overlapping matches wins."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for label, phrases in rules.load("mentions").items():
            self.matcher.add(label, [nlp.make_doc(p) for p in phrases])

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["cls"] = filter_spans([Span(doc, s, e, label=mid) for mid, s, e in self.matcher(doc)])
        return doc


@Language.factory("cls_orgs")
def make_cls_orgs(nlp: Language, name: str) -> "ClsOrgs":
    return ClsOrgs()


class ClsOrgs:
    """Organisation mentions typed by org_type (``rules/orgs.yml``), in ``doc.spans['orgs']``."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        doc._.orgs = find_orgs(text_of(doc))
        for org in doc._.orgs:
            span = doc.char_span(org.start, org.end, label=org.org_type, alignment_mode="expand")
            if span is None:
                continue
            span._.org_name = org.name
            span._.generic = org.generic
            spans.append(span)
        doc.spans["orgs"] = spans
        return doc
