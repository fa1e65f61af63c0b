"""Field extractors: one module per field, and ``analyze``, which runs them over one document."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline import relevance
from pipeline.callable_package import make_callable
from pipeline.extract import status, territory
from pipeline.extract.columns import without_other_columns
from pipeline.extract.contracts import DocInput, extract_contracts
from pipeline.extract.units import split_units
from pipeline.geo.hosts import publisher_of, slug_place
from pipeline.lines import paragraph_end, sentence_of, sentence_span
from pipeline.models import Contract
from pipeline.nlp import text_of

if TYPE_CHECKING:  # the main process of a parallel run uses this package without spaCy
    from spacy.tokens import Doc

    from pipeline.extract.orgs import OrgMention


@dataclass
class Analysis:
    relevance: relevance.Relevance
    contracts: list[Contract]
    warnings: list[str]


def doc_input(
    doc: Doc,
    title: str | None,
    publication_date: str | None,
    rel: relevance.Relevance,
    pub_span: tuple[int, int] | None = None,
    site: str | None = None,
    url: str | None = None,
) -> DocInput:
    """Units, organisations and the candidate territories of one document: what every field reads."""
    text = text_of(doc)
    orgs = doc._.orgs or []
    ner_persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
    # (a contracts table's cells under another plan's column say nothing of the CLS: pipeline.extract.columns)
    units = without_other_columns(text, split_units(text))
    di = DocInput(text, title, publication_date, pub_span, units, orgs, ner_persons, rel.cls_spans)
    ctx = territory.geo_context(text, orgs)
    mentions = territory.find_mentions(text, title, orgs, rel.cls_spans)
    territory.link_mentions(mentions, ctx)
    territory.quartier_over_far_homonym(mentions, ctx)
    territory.quartier_named_alone(text, mentions)
    territory.town_of_the_contract(text, mentions, rel.cls_spans)
    territory.towns_leading_paragraphs(text, mentions, rel.cls_spans)
    territory.town_then_its_contract(text, mentions, rel.cls_spans)
    territory.places_heading_sections(text, mentions)
    publisher = publisher_of(url) or site
    kept = territory.not_the_contracts(text, mentions)
    # (with no other place and no publisher, a place said to be no party stays the page's best reading)
    denied = len(kept) < len(mentions) and bool(publisher or any(m.anchor or m.link for m in kept))
    if denied:
        mentions = kept
    mentions += territory.publisher_mentions(text, orgs, site, ctx=ctx)
    # A quartier named beside the CLS (the publisher mentions added below are never quartiers).
    quartier = any(m.kind == "quartier" and territory.cls_in_sentence(text, m.start, m.end, rel.cls_spans) for m in mentions)
    if publisher:
        mentions += territory.our_place_mentions(text, publisher, rel.cls_spans)
    if (url or (site and not quartier)) and not any(m.anchor for m in mentions):
        # A town's own site ("savigny-le-temple.fr: la Ville a développé un contrat local de santé") names the
        # publisher in its address or its site name only: read where the text ties no named place to its contract
        # ("le conseil approuve l'engagement de la communauté de communes dans l'élaboration d'un contrat local de
        # santé" on the community's own site; not over a quartier named beside the CLS).
        mentions += territory.publisher_mentions(text, orgs, publisher, rel.cls_spans, whole_sentence=True, ctx=ctx)
    # (also beside a member town's own contract the page anchors: "mardi, la communauté d'agglomération a signé son premier
    # contrat local de santé intercommunal" on a page naming the town's "propre contrat" of 2022)
    if not quartier and (not any(m.anchor for m in mentions) or (_GENERIC_EPCI_SIGNS.search(text) and all(
            m.kind == "commune" for m in mentions if m.anchor))) and (epci := _one_named_epci(mentions)) is not None:
        # "l'Agglomération a signé, vendredi 9 octobre, son premier contrat local de santé" on a page whose one named
        # intercommunality is "les 31 communes de l'Ouest Rhodanien": its generic name stands for that one
        # (not a guide's worked example: "le contrat serait signé, disons un mardi de juin, par la communauté de communes")
        mentions += [m for m in territory.publisher_mentions(text, orgs, epci, rel.cls_spans, ctx=ctx)
                     if not _HYPOTHETICAL.search(sentence_of(text, m.start, m.end))]
    if not quartier and not any(m.anchor for m in mentions) and (
            own := territory.header_publisher(text) or _one_named_town(orgs) or territory.kicker_town(text)
            or territory.masthead_town(text, site, ctx)) is not None:
        # A town's magazine ("Le journal de la Ville d'Auxerre … la Ville a signé son premier contrat local de
        # santé"): the one town the page names as an organisation is the publisher its "la Ville" stands for
        # (not where a quartier is named beside the CLS: "la Ville" then signs the quartier's contract; a quartier where
        # a health centre stands is no such place). A news page that names no town as an organisation: the town of its
        # kicker or dateline ("Armentières : … la Ville a signé son nouveau contrat local de santé"). A page whose
        # publisher is no town: the town of its masthead ("Comité de jumelage Le Mans – Paderborn"; "Le blog du Dr X,
        # médecin généraliste à Lavaur (Tarn)" over "le premier contrat local de santé de notre ville").
        mentions += territory.publisher_mentions(text, orgs, own, rel.cls_spans, ctx=ctx) \
            or territory.town_cls_mentions(text, own, rel.cls_spans) \
            or territory.our_place_mentions(text, own, rel.cls_spans, own_voice=False) \
            or territory.kicker_cls_mentions(text, own, rel.cls_spans, mentions)
    if publisher and ((not mentions and not orgs) or (denied and not any(m.anchor or m.link for m in mentions))):
        # (or where the places the page names were said to be no party of it: the publisher's own contract)
        mentions = territory.publisher_fallback(publisher, rel.cls_spans, text)
    if not mentions and (named := slug_place(url, text)) is not None:
        # A page whose text names no place at all, at an address that does ("…/2020-contrat-local-de-santé-aubervilliers"
        # on a document-sharing site): the contract of the place its address names.
        mentions = territory.publisher_fallback(named, rel.cls_spans, text)
    di.groups = territory.scale_up(text, territory.group_mentions(mentions), rel.cls_spans)
    return di


_HYPOTHETICAL = re.compile(r"\b(?:serai(?:t|ent)|pourrai(?:t|ent)|imaginons|disons|par\s+exemple|fictif|fictive)\b", re.I)


# An intercommunality by its kind alone, as the subject of its own contract's signing.
_GENERIC_EPCI_SIGNS = re.compile(r"\b(?:la\s+communauté\s+(?:de\s+communes|d['’]agglomération|urbaine)|la\s+métropole|"
                                 r"l['’]agglomération|l['’]intercommunalité)\s+(?:a|vient\s+de)\s+(?:signé|signer|paraphé)\s+"
                                 r"(?:son|sa)\b", re.I)


def _one_named_epci(mentions: list[territory.TerritoryMention]) -> str | None:
    """The official name of the only intercommunality the page names near a CLS mention, if there is exactly one (not
    "la délégation départementale du Rhône et de la Métropole de Lyon de l'ARS" further on)."""
    names = {m.link.name for m in mentions if m.link is not None and m.link.type == "epci" and "near_cls" in m.cues}
    return next(iter(names)) if len(names) == 1 else None


def _one_named_town(orgs: list[OrgMention]) -> str | None:
    """The name of the only town named as an organisation ("la Ville d'Auxerre"), if there is exactly one."""
    # ("VILLE DE SECLIN" over the minutes and "la Ville de Seclin" in them: one town however cased)
    towns: dict[str, str] = {}
    for o in orgs:
        if o.org_type == "commune" and not o.generic:
            key = territory.name_key(o.name)
            if key not in towns or towns[key].isupper():
                towns[key] = o.name
    return next(iter(towns.values())) if len(towns) == 1 else None


def analyze(
    doc: Doc,
    title: str | None,
    publication_date: str | None,
    rel: relevance.Relevance,
    pub_span: tuple[int, int] | None = None,
    site: str | None = None,
    url: str | None = None,
) -> Analysis:
    """Contracts of one document already run through the spaCy pipeline (``build_nlp``).

    ``pub_span`` is where the publication date stands in the text when it was read from there
    (a dateline is not a signing date); ``site`` is the publisher's name of an HTML page, ``url`` its address.
    """
    warnings: list[str] = []
    di = doc_input(doc, title, publication_date, rel, pub_span, site, url)
    contracts = extract_contracts(di) if rel.is_cls else []
    # Read only where it may decide: a page that names its CLS once or twice, late.
    said = not relevance.may_pass(rel, len(di.text)) or _said_near(di.text, rel.cls_spans, contracts)
    final = relevance.decide(rel, len(contracts), said, len(di.text))
    if final.is_cls and not any(m.anchor for g in di.groups for m in g.mentions) and relevance.explains(di.text):
        # An explainer that cites places as examples ("les contrats de territoires ruraux comme le Pays …") and ties
        # none to a CLS of its own.
        final = relevance.Relevance(False, min(final.score, 0.3), "explainer: no place tied to a CLS", final.cls_spans)
    if not final.is_cls:
        contracts = []
    return Analysis(final, contracts, warnings)


_FACTS = ("signing_date", "period", "signatories", "axes", "funding")
_STATUS_FAMILIES = ("signed", "renewed", "in_preparation", "announced")
_PARTY_STATUSES = frozenset({"signed", "renewed", "in_preparation"})


_PARAGRAPH_REACH = 600


def _paragraph_end(text: str, pos: int) -> int:
    return min(paragraph_end(text, pos), pos + _PARAGRAPH_REACH)


def _said_near(text: str, cls_spans: list[tuple[int, int]], contracts: list) -> bool:
    """Whether something specific of a contract is read where the page names its CLS:
    - a status cue in the sentence of a CLS mention;
    - the CLS as an item of a council's agenda ("II – Présentation de la démarche CLS");
    - a date, a period, parties, axes or funding in that sentence or the next one, or in the rest of its
      paragraph with the list it opens ("Il crée des synergies entre les acteurs :" then one party per line)
      up to _PARAGRAPH_REACH characters.
    Facts read elsewhere on a page about something else (a CRTE's signing, a health centre's funding) are not
    said of the CLS."""
    sentences = [sentence_span(text, s, e) for s, e in cls_spans]
    if any(status.cue_count(family, text[lo:hi]) for lo, hi in sentences for family in _STATUS_FAMILIES):
        return True
    if any(_AGENDA_ITEM.search(text, max(0, s - 80), s) for s, _ in cls_spans):
        return True
    near = [(lo, max(sentence_span(text, hi + 1, hi + 1)[1], _paragraph_end(text, hi))) for lo, hi in sentences]
    return any(lo <= span.start < hi for c in contracts for key in _facts_of(c) for span in (c.evidence or {}).get(key, [])
               for lo, hi in near)


def _facts_of(contract: Contract) -> tuple[str, ...]:
    """The facts that say something of a contract. Its parties do only where it is said to be signed, renewed or
    prepared: organisations beside an unqualified CLS are a list of local services ("centre hospitalier, pôle de
    santé, plusieurs pharmacies, et la communauté de communes … est engagée dans un contrat local de santé")."""
    if contract.status in _PARTY_STATUSES:
        return _FACTS
    return tuple(k for k in _FACTS if k != "signatories")


# An agenda item that names the CLS: its number, a dash, its title, within one line ("II – Présentation de la démarche").
_AGENDA_ITEM = re.compile(r"(?:^|\s)(?:[IVX]{1,4}|\d{1,2})\s*[–—-]\s+[^.\n]{0,80}$")


# `pipeline.extract(text, ...)` is the Python API (pipeline/api.py); this package answers the call.
make_callable(__name__)
