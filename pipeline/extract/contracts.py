"""Split a document into its contracts and read every field of each.

A document can announce several CLS (seed 001: Pays de Chaumont and Bassin de Joinville). Each
sentence unit goes to the contract whose territory it names; a unit naming none continues the last
contract named, and a unit naming several (or none before any contract) is shared by all.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise, takewhile

from pipeline import relevance, rules
from pipeline.clean.hints import lead
from pipeline.extract import axes as axes_mod
from pipeline.extract import (
    coordination,
    dates,
    funding,
    people,
    period,
    predecessor,
    signatories,
    signatory_choice,
    status,
    status_choice,
    tables,
    territory,
    territory_choice,
)
from pipeline.extract.orgs import OrgMention, at_venue, bare_place, delegation_area
from pipeline.extract.units import BULLET, Unit
from pipeline.geo import get_gazetteer
from pipeline.lines import line_at, line_end, line_start, sentence_of
from pipeline.models import Contract, Funding, Person, Signatory, Span, Territory

_QUESTION = re.compile(r"[^.?!\n]{0,300}\?")
# (not the parties that "ont chacun paraphé le document": each of them, one contract)
_SHARED_CUE = re.compile(r"\bchacun(?:e)?\b(?![^.;\n]{0,40}?\b(?:le|ce)\s+(?:document|contrat|CLS)\b)|\bles\s+deux\b|\bles\s+(?:trois|quatre|cinq)\s+(?:contrats|CLS)\b|"
                         r"\b(?:pour|dans|de)\s+chaque\s+(?:contrat|CLS)\b|\bpar\s+(?:contrat|CLS)\b|\btous\s+les\s+(?:contrats|CLS)\b", re.I)
# Said of every contract even where one is named: "… avaient rendez-vous pour signer chacun leur contrat local de
# santé", "ont paraphé les deux documents" (not "des partenaires qui travaillaient chacun de leur côté").
_OF_BOTH = re.compile(r"\bchacun(?:e)?\s+(?:leur|son|sa)\s+(?:propre\s+)?(?:contrat|CLS)\b|"
                      r"\b(?:les|aux|des)\s+deux\s+(?:contrats|CLS|documents|démarches|signatures)\b", re.I)
_OTHER_EVENT = re.compile("|".join(dates._R["other_event_cues"]), re.I)
_FORMER = rules.compiled("status", "former_contract")
_FORMER_PARTIES = rules.compiled("status", "former_parties")
_FIRST_ONE = rules.compiled("status", "former_when_renewed")
_NEXT_ONE = rules.compiled("status", "next_contract")
_OTHER_PLAN_AFTER = re.compile(rf"\W{{0,3}}(?:du|de\s+la|de\s+l')\s+{dates.OTHER_PLANS}", re.I)
_SIGN_CUE = lead(re.compile("|".join(dates._R["signing_cues"]), re.I))
# A signing that was to take place ("la salle des fêtes devait accueillir la signature", "La cérémonie qui devait
# officialiser jeudi prochain …"): a plan the page reports as called off, not a signing date.
# (or was put off: "la mairie a annoncé le report de la signature, initialement prévue mardi 8 décembre")
_WAS_TO = re.compile(r"\bdevai(?:t|ent)\s+(?:\w+\s+){0,2}?(?:la\s+|l['’])?$|\b(?:report|ajournement|annulation)\s+de\s+la\s+$",
                     re.I)
# A signing promised ("On nous avait promis un « contrat local de santé » signé en mars"): a word, no signing.
_PROMISED = re.compile(r"\bpromi(?:s|se|ses)\s+(?:un|une|le|la|l['’])[^.;!?\n]{0,60}$", re.I)
# A signing verb a council authorises ("autorisant le président, Gérard Maillot, à signer"): no signing took place.
# (and a council's "autorisation de signature": the day of the vote that authorises it, not of the signing)
_AUTHORISED = re.compile(r"\bautoris\w{0,10}\s+(?:[\w'’-]{1,30}[\s,]{1,3}){0,8}?à\s+$|\bautorisation\s+de\s+$", re.I)


@dataclass
class DocInput:
    text: str
    title: str | None
    publication_date: str | None
    pub_span: tuple[int, int] | None
    units: list[Unit]
    orgs: list[OrgMention]
    ner_persons: list[tuple[int, int]]
    cls_spans: list[tuple[int, int]]
    groups: list[territory.TerritoryGroup] = field(default_factory=list)
    chosen: list[territory.TerritoryGroup] = field(default_factory=list)  # the groups that open a contract


_NUMBER = r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|[12]\d|[2-9]"
_N_CONTRACTS = lead(re.compile(
    rf"(?<![\d,.])(?<!\d\s)\b(?P<n>{_NUMBER})[^\S\n]+(?:nouveaux\s+)?(?:contrats\s+locaux\s+de\s+santé|(?-i:CLS)"
    rf"|contrats(?=\s+(?:signés|conclus|ont\s+été\s+signés)\b))\b(?![@.]\w)", re.I))  # "trois nouveaux contrats signés"
# (not the end of a phone number before an e-mail address: "06 31 54 52 12\ncls@…")


def _count(m: re.Match) -> int:
    n = m["n"].lower()
    return int(n) if n.isdigit() else rules.number_words()[n]


@lru_cache(maxsize=8)  # the same page text is asked ~3 times (choice, then each contract)
def announced_count(text: str) -> int | None:
    """'deux contrats locaux de santé signés': how many contracts the document says it covers. Not a
    count of a wider area's contracts ("7 contrats locaux de santé sont déjà signés dans la région") nor
    a line of a download list ("newsletter 2 CLS"; a title that ends on its count, "Santé : la MSA engagée dans trois
    contrats locaux de santé", does count)."""
    for m in _N_CONTRACTS.finditer(text):
        if _WIDER.match(text, m.end()) or (_LINE_END.match(text, m.end()) and m.start() - line_start(text, m.start()) < 30) \
                or _under_a_wider_heading(text, m.start()) \
                or _counted_by_a_wider_area(text, m.start()) \
                or rules.compiled("relevance", "predecessor").search(text, max(0, m.start() - 40), m.start()):
            continue  # (nor the contracts this one takes over: "Il prend le relais des deux contrats locaux de santé de
            # la Ville")
        return _count(m)
    return None


# "Dans le Doubs...\n\nCinq CLS sont déjà mis en œuvre …": a heading naming a département or region over the count.
_AREA_HEADING = re.compile(r"(?:^|\n)[^\S\n]*(?:Dans|En)[^\S\n]+(?:le[^\S\n]+|la[^\S\n]+|l['’]|les[^\S\n]+)?"
                           r"(?P<area>[A-ZÉÈ][\w'’-]*(?:[^\S\n]+[A-ZÉÈ][\w'’-]*)*)[^\S\n]*(?:\.{3}|…|:)?[^\S\n]*\n\s*$")


def _under_a_wider_heading(text: str, pos: int) -> bool:
    m = _AREA_HEADING.search(text[max(0, pos - 120) : pos])
    if m is None:
        return False
    gaz = get_gazetteer()
    return gaz.departement(m["area"]) is not None or gaz.region(m["area"]) is not None


# "la Nièvre compte désormais huit contrats locaux de santé", "la région en recense 40": a département's or region's count.
_AREA_COUNTS = re.compile(r"(?:\b(?P<generic>le\s+département|la\s+région)|(?P<area>(?-i:[A-ZÉÈ][\w'’-]*)))\s+"
                          r"(?:en\s+)?(?:compte|recense|totalise|dénombre)\s+(?:désormais\s+|aujourd['’]hui\s+|déjà\s+|"
                          r"actuellement\s+|maintenant\s+)?$", re.I)


def _counted_by_a_wider_area(text: str, pos: int) -> bool:
    m = _AREA_COUNTS.search(text, max(0, pos - 80), pos)
    if m is None:
        return False
    gaz = get_gazetteer()
    return bool(m["generic"]) or gaz.departement(m["area"]) is not None or gaz.region(m["area"]) is not None


_WIDER = re.compile(r"[^.;\n]{0,40}?\b(?:dans|en|sur)\s+(?:la\s+région|France|l['’]ensemble|toute\s+la\s+région|"
                    r"le\s+territoire\s+national)\b", re.I)
_LINE_END = re.compile(r"(?<![^\S\n])[^\S\n]*(?:\n|$)")


_SOME_OF_THEM = lead(re.compile(rf"\b(?:{_NUMBER}|[1-9]\d*)\s+d['’]entre\s+(?:eux|elles)\b", re.I))  # "4 d'entre eux ont été renouvelés"


def _is_statistic(unit: Unit, counts: set[int | None]) -> bool:
    """'10 CLS ont fait l'objet d'une signature ou d'un renouvellement' on a page of 23: a sentence counting
    other contracts than the page's (its contracts, or the number it first announces) says nothing of one
    contract's status or signing date ('les deux contrats signés vendredi', on a page of two, does)."""
    return (any(_count(m) not in counts for m in _N_CONTRACTS.finditer(unit.text))
            or _SOME_OF_THEM.search(unit.text) is not None or _MANY_CONTRACTS.search(unit.text) is not None)


# A count of more contracts than any page covers ("L'archipel compte aujourd'hui quatorze contrats signés").
_MANY_CONTRACTS = re.compile(r"\b(?:onze|douze|treize|quatorze|quinze|seize|dix-\w+|vingt\w*|trente\w*|quarante\w*|"
                             r"cinquante\w*|soixante\w*|cent\w*|[3-9]\d|\d{3})[^\S\n]+(?:contrats|CLS)\b", re.I)


def choose_contracts(groups: list[territory.TerritoryGroup], count: int | None = None,
                     units: list[Unit] | None = None) -> list[territory.TerritoryGroup]:
    """Territories that open a contract: those tied to a CLS mention, else the best supported one.

    A page with one section per contract (an ARS round-up: a heading naming each territory) opens one
    contract per headed territory. When the text announces N contracts, the N best supported
    territories that the gazetteer knows are contracts too (besides those tied to a CLS mention,
    such as a further one in preparation).
    """
    sections = _headed_sections(groups, units or [])
    headed = [g for g, *_ in sections]
    # A round-up in numbered sections, one per territory ("1. Communauté de communes du Guillestrois et du Queyras",
    # "2. Communauté d'agglomération Gap-Tallard-Durance", …): one contract per section, however weakly its territory
    # is otherwise supported; a place named only inside another's section ("Le territoire d'Embrun, de Chorges et de
    # Savines-le-Lac s'est doté de sa nouvelle mouture de CLS") is that section's contract, not one of its own.
    numbered = [(g, a, b) for g, a, b, n in sections if n]
    by_numbers = len({a for _, a, _ in numbered}) >= 2
    # (sections of at least two headings: one heading, "Landes | Mont-de-Marsan", may name a town and its agglomeration)
    several = len({a for _, a, _, _ in sections}) >= 2
    # A section whose heading speaks of a contract itself ("Bastia : une nouvelle mouture pour le CLS de
    # l'agglomération", under a newsletter's first item headed by a longer title) opens one, even alone, for a
    # territory its text names near a CLS mention (not for "les Fléchois" of "Un contrat pour prendre soin de tous
    # les Fléchois", whose Pays Fléchois the text names only as a partner).
    titled = _headed_groups(groups, units or [], contract_heading=True)
    # (a heading's place that no gazetteer knows and no CLS mention stands near, "Un pôle santé à Tallemont" over a
    # news article's last part, heads no contract)
    anchors = [g for g in groups if any(m.anchor for m in g.mentions)
               or (several and g in headed and (g.best.link is not None or any("near_cls" in m.cues for m in g.mentions)))
               or (g in titled and any("near_cls" in m.cues for m in g.mentions))]
    if by_numbers:
        anchors = [g for g in anchors if g in headed or not all(
            any(h is not g and a <= m.start < b for h, a, b in numbered) for m in g.mentions)]
    if count and count > len([g for g in anchors if g.score >= 5]):
        # (not one a table's row says has none: "CC du Pays de Revigny-sur-Ornain | Signé le 18/07/2022 | — | …")
        linked = sorted((g for g in groups if g.best.link is not None and g.score >= 2
                         and not any("aside" in m.cues or "no_contract" in m.cues for m in g.mentions)), key=lambda g: -g.score)
        strong = [g for g in anchors if g.score >= 5 or g in headed]
        if len(linked) >= count:
            chosen = linked[:count] + [g for g in strong if g not in linked[:count]]
        else:
            chosen = anchors + [g for g in linked if g not in anchors][: count - len(anchors)]
        if len(chosen) > 1:
            return sorted(chosen, key=lambda g: min(m.start for m in g.mentions))
        anchors = chosen or anchors
    if not anchors:
        # Without a CLS tied to a place, only a territory the gazetteer or the phrasing vouches for
        # ("Chargé(e) de mission H/F" in a job title is no territory).
        # An unlinked "Ville …" of capitalised words ("CONTRAT DE VILLE DE NOUVELLE GENERATION", "Ville | Grade"
        # in a table) vouches for nothing: a commune the gazetteer does not know is no commune.
        typed = [g for g in groups if g.best.link is not None or (g.best.kind is not None and g.best.kind != "commune")]
        # A place the gazetteer knows outweighs an unlinked one that no CLS mention stands near ("le quartier de
        # Beauregard" named in an axis of the contract signed by "la ville de Poissy"); a quartier the CLS is
        # about ("le premier contrat local de santé consacré à ce quartier") keeps its place.
        vouched = [g for g in typed if g.best.link is not None or any("near_cls" in m.cues for m in g.mentions)]
        best = max(vouched or typed, key=lambda g: g.score, default=None)
        return [best] if best is not None and best.score >= 2 else []
    first = max(anchors, key=lambda g: g.score)
    # A secondary anchor must stand on its own, not be a passing mention near the real contract, unless it
    # heads a section of its own ("Durance-Luberon-Verdon : le deuxième contrat en préparation").
    # (nor one that heads its own section of a round-up: "L'Entre-Deux : signature le 9 avril", the date its heading's
    # news, under "Sainte-Rose : un premier contrat")
    # (nor a name that neither the gazetteer nor its phrasing types, beside a contract the gazetteer knows: "le deuxième CLS
    # du Sud Bassin", the agglomeration's area by a nickname, on the COBAS's page)
    kept = [g for g in anchors if g is first or (not all("no_party" in m.cues for m in g.mentions) and not (
            g.best.link is None and g.best.kind is None and first.best.link is not None and g not in titled
            and g not in headed and territory.words_within(g.best.name, first.best.link.name)) and (
            g.score >= max(5, first.score * 0.3) or g in titled
            or (by_numbers and any(g is h for h, _, _ in numbered))
            or (several and any(g is h and (_speaks_of_a_cls(units or [], a, b) or _tells_a_step(units or [], a, b))
                                for h, a, b, _ in sections))))]
    # (a place the page says takes no part, or leaves out, opens no contract beside the first: "… en dehors de Toulouse
    # Métropole")
    return sorted(kept, key=lambda g: min(m.start for m in g.mentions))


def _speaks_of_a_cls(units: list[Unit], start: int, stop: int) -> bool:
    """A section speaks of a contract ("le premier contrat du territoire"), not only of "un contrat local de santé
    mentale" or "le contrat de ville"."""
    # (nor one it says the place has none of: "La commune ne dispose pas de contrat local de santé ; le CLSM …")
    return any(not _NOT_A_CLS_AFTER.match(u.text, m.end())
               and territory.NO_CONTRACT_ROW.search(u.text, max(0, m.start() - 30), m.end()) is None
               for u in units if start <= u.start < stop for m in _CONTRACT_WORD.finditer(u.text))


def _tells_a_step(units: list[Unit], start: int, stop: int) -> bool:
    """A round-up's section tells of its contract's signing or diagnostic without naming it ("À Andelot, on prépare")."""
    return any(_SIGNING_OR_DIAGNOSTIC.search(u.text) for u in units if start <= u.start < stop)


_CONTRACT_WORD = re.compile(r"\b(?:contrat|CLS)\b", re.I)
_NOT_A_CLS_AFTER = re.compile(r"[^\S\n]+(?:local[^\S\n]+de[^\S\n]+santé[^\S\n]+mentale|de[^\S\n]+(?:ville|ruralité|territoire|relance|plan)|"
                              r"territorial)\b", re.I)


def _mentioned(units: list[Unit], chosen: list[territory.TerritoryGroup]) -> list[set[int]]:
    """For each unit, the indexes of the contracts whose territory it names."""
    spans = [[m.start for m in g.mentions] for g in chosen]
    # (and a sentence fronted by a contract's town, mention or not: "À Bassens, la Caisse d'allocations familiales de la
    # Gironde a signé aussi")
    fronted = [re.compile(rf"[ÀA][^\S\n]+{re.escape(g.best.name)}[^\S\n]*,") if len(chosen) > 1 and g.best.link is not None
               else None for g in chosen]
    return [{i for i, ss in enumerate(spans) if any(u.start <= s < u.end for s in ss)
             or (fronted[i] is not None and fronted[i].match(u.text.lstrip()))} for u in units]


def _names_another(u: Unit, i: int, chosen: list[territory.TerritoryGroup]) -> bool:
    """The unit writes another contract's place by its name, mention or not ("Deux communes franchissent une étape :
    Gourbeyre, qui a signé son deuxième contrat, et Anse-Bertrand, qui lance …"): no statement of contract i's own
    where it names i by no mention either (it fell to i as the last one named)."""
    return any(j != i and g.best.link is not None
               and re.search(rf"(?<![\w'’-]){re.escape(g.best.name)}(?![\w'’-])", u.text) is not None
               for j, g in enumerate(chosen))


def _assign(units: list[Unit], chosen: list[territory.TerritoryGroup], mentioned: list[set[int]]) -> list[set[int]]:
    """For each unit, the indexes of the contracts it belongs to (``mentioned``: from _mentioned)."""
    if len(chosen) <= 1:
        return [{0} for _ in units]
    spans = [[(m.start, m.end) for m in g.mentions] for g in chosen]
    keys = [_short_keys(g) for g in chosen]
    out: list[set[int]] = []
    sticky: int | None = None
    everyone = set(range(len(chosen)))
    # The lead: the first paragraph that names a contract. One that names two in turn ("Quercy-Bouriane a signé lundi son
    # deuxième contrat. À quelques kilomètres, Cazals-Salviac n'en est qu'au début du chemin.") announces the body, which
    # tells the first one first, as under a headline naming two.
    lead_line: int | None = None
    lead_named: list[int] = []
    last_of_line = {u.line: u.text.rstrip() for u in units}
    prose_lines = {line for line, last in last_of_line.items() if last.endswith((".", "!", "?", "…", "»", '"', "”"))}
    for u, named in zip(units, mentioned, strict=True):
        if lead_line is not None and u.line != lead_line:
            if len(set(lead_named)) >= 2 and not named:
                sticky = lead_named[0]
            lead_line, lead_named = -1, []
        if lead_line is None and named and u.line in prose_lines:  # (not a title: "X. Un premier contrat signé, Y prépare le sien")
            lead_line = u.line if u.start <= _LEAD_REACH else -1  # (a paragraph further down is no lead)
        if lead_line == u.line and len(named) == 1:
            lead_named.append(next(iter(named)))
        if not named and _is_section_heading(u):
            # "Val d'Argent.", "Saint-Flour Communauté : un premier contrat", "Une première pour le Toulois":
            # a heading names its section's contract by a short form of the name.
            named = {i for i, ks in enumerate(keys) if _heading_names(u.text, ks)}
            if not named and not re.search(r"\d", u.text):
                # "À Bar-sur-Aube, on renouvelle": a member town of one contract's intercommunality (not a table's cell,
                # "9 octobre 2025, à Maizières-lès-Metz", which heads nothing)
                named = {i for i, g in enumerate(chosen) if _heading_calls_a_member(f" {territory.name_key(u.text)} ", g)}
        shared = _SHARED_CUE.search(u.text) is not None
        if len(named) == 1 and sticky is not None and sticky not in named and _party_of_the_last(u, spans[next(iter(named))]):
            out.append({sticky})  # "Il a été signé par la Ville du Mans, Le Mans Métropole, l'ARS …": still the last one's
            continue
        if len(named) == 1 and not _OF_BOTH.search(u.text):
            sticky = next(iter(named))
            out.append(named)
        elif len(named) > 1 or shared:
            # (one contract named in a sentence said of all: "Maubeugeois et Fourmisiens avaient rendez-vous pour signer
            # chacun leur contrat local de santé", the second town by a demonym the data lacks)
            out.append(everyone)
            if len(named) >= 3:
                sticky = None  # a round-up naming its contracts in one list: what follows is said of all
            elif len(named) > 1:
                # The list that follows a sentence naming two contracts continues the last one named; the body under a
                # headline naming two ("Livry-Gargan renouvelle son contrat, Tremblay-en-France s'apprête à signer le
                # sien") tells the first one first.
                first = _is_headline(u)

                def place(i: int, u: Unit = u, first: bool = first) -> int:
                    starts = [s for s, _ in spans[i] if u.start <= s < u.end]
                    return (min(starts) if first else max(starts)) if starts else (u.end if first else -1)

                sticky = (min if first else max)(named, key=place)
                subject = min(named, key=lambda i, u=u: min((s for s, _ in spans[i] if u.start <= s < u.end), default=u.end))
                if not first and _ANOTHERS_CONTRACT.search(u.text, 0, max(0, place(sticky) - u.start)) \
                        and not _ANOTHERS_CONTRACT.search(u.text, 0, max(0, min(
                            (s for s, _ in spans[subject] if u.start <= s < u.end), default=u.start) - u.start)):
                    # "Sa voisine, la communauté de communes Cazals-Salviac, a fait un autre choix : rester en dehors du
                    # contrat de Quercy-Bouriane": the last one named as another's contract; the subject goes on (not
                    # "celui de la Communauté de communes X et celui de la Communauté de communes Y": a list of both)
                    sticky = subject
        else:
            out.append({sticky} if sticky is not None else everyone)
    return _headings_to_their_items(units, mentioned, out)


_LEAD_REACH = 600  # a news page's lead opens within its first characters (kicker, title, date, byline before it)
_ANOTHERS_CONTRACT = re.compile(r"\b(?:contrat|CLS|celui)[^\S\n]+(?:de[^\S\n]+la[^\S\n]+|de[^\S\n]+l['’]|de[^\S\n]+|du[^\S\n]+|d['’])"
                                r"(?:communauté[^\S\n]+de[^\S\n]+communes[^\S\n]+|ville[^\S\n]+de[^\S\n]+)?$", re.I)


def _is_headline(u: Unit) -> bool:
    """A title line: alone on its line, no sentence end, no colon opening a list."""
    text = u.text.rstrip()
    return u.first_in_line and not text.endswith((".", ":", ";", "!", "?")) and len(text) <= 200


# A sentence about the contract just told of, by a pronoun or "le contrat" ("Il a été signé par …", "Le document a été
# paraphé par …"), that names another chosen territory among its parties.
_ANAPHOR = re.compile(r"[^\S\n]*(?:il|elle|le\s+(?:contrat|document|CLS)|ce\s+(?:contrat|document|CLS))\b", re.I)
_BY_THE_PARTIES = re.compile(r"\b(?:signée?|paraphée?|conclue?|cosignée?)\s+(?:par|entre)\b", re.I)


def _party_of_the_last(u: Unit, spans: list[tuple[int, int]]) -> bool:
    """(not the first party of the list: "Le contrat sera signé par l'Agglomération Béziers Méditerranée, l'ARS …" is
    the agglomeration's own)"""
    first = min((s for s, _ in spans if u.start <= s < u.end), default=None)
    if first is None or _ANAPHOR.match(u.text) is None:
        return False
    by = _BY_THE_PARTIES.search(u.text, 0, first - u.start)
    return by is not None and "," in u.text[by.end() : first - u.start]


def _headings_to_their_items(units: list[Unit], mentioned: list[set[int]], out: list[set[int]]) -> list[set[int]]:
    """A line that names no contract and heads a list of contracts ("CLS en cours d'élaboration", then
    "• Sud Tarn (81)") belongs to the contracts of its items, not to the one named before it.
    ``mentioned``: the contracts whose territory each unit names (computed once by _mentioned)."""
    for k, u in enumerate(units):
        if u.bullet or mentioned[k]:
            continue
        items: set[int] = set()
        for v, named in zip(units[k + 1 :], mentioned[k + 1 :], strict=True):
            if not v.bullet:
                break
            items |= named
        if len(items) >= 2:
            out[k] = items
    return out


def _headed_groups(groups: list[territory.TerritoryGroup], units: list[Unit], contract_heading: bool = False
                   ) -> list[territory.TerritoryGroup]:
    """Territories named by a section heading whose section speaks of a contract (with ``contract_heading``,
    by a heading that speaks of one itself: "Durance-Luberon-Verdon : le deuxième contrat en préparation")."""
    return [g for g, *_ in _headed_sections(groups, units, contract_heading)]


def _headed_sections(groups: list[territory.TerritoryGroup], units: list[Unit], contract_heading: bool = False
                     ) -> list[tuple[territory.TerritoryGroup, int, int, bool]]:
    """_headed_groups with the character range of each one's section (its heading to the next heading), and
    whether its heading is numbered."""
    # (a whole line, or a kicker in capitals that opens its paragraph, "BRAS-PANON. Dans l'Est, …"; not "C'est fait.")
    heads = [i for i, u in enumerate(units) if _is_section_heading(u) and (not u.bullet or _numbered_heading(units, i))
             and (i + 1 == len(units) or units[i + 1].line != u.line or u.text.isupper())
             and (not contract_heading or (i > 0 and _CONTRACT_WORD.search(units[i].text)))]
    out: list[tuple[territory.TerritoryGroup, int, int, bool]] = []
    # A round-up's section that names no contract but its signing or diagnostic ("À Andelot, on prépare: … le diagnostic
    # vient d'être présenté … La signature est espérée à l'automne") counts where two others speak of one.
    weak: list[tuple[territory.TerritoryGroup, int, int, bool]] = []
    for k, i in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(units)
        section = " ".join(u.text for u in units[i + 1 : end])
        speaks = _CONTRACT_WORD.search(section) is not None
        if not speaks and not _SIGNING_OR_DIAGNOSTIC.search(section):
            continue
        u = units[i]
        words = f" {territory.name_key(u.text)} "
        stop = units[end].start if end < len(units) else units[-1].end
        # the territories the heading names (written in it, or called by a key)
        calls = [g for g in groups if any(u.start <= m.start < u.end for m in g.mentions) or _heading_calls(words, _short_keys(g))]
        named = [g for g in calls if not any(g is h for h, *_ in out) and (g.best.link is not None or g.best.kind is not None)]
        if not calls:
            # "À Châteauvillain, c'est signé" over "la communauté de communes des Trois Forêts a signé …": a heading
            # naming a member town of the one intercommunality its section names (not a town that heads a section of
            # its own: "Et à Descartes ?" after "DESCARTES · SANTÉ")
            named = [g for g in groups if not any(g is h for h, *_ in out) and _heading_calls_a_member(words, g)
                     and any(u.end <= m.start < stop for m in g.mentions)][:1]
        if len(named) >= 2:
            # "Pays de Bray : le premier contrat signé", then "… le premier contrat local de santé de la communauté de
            # communes du Pays de Bray": the one whose section ties it to a CLS, not the PETR of that name met later
            tied = [g for g in named if any(u.start <= m.start < stop and m.anchor for m in g.mentions)]
            named = tied or named
        inside = [g for g in named if any(u.start <= m.start < u.end for m in g.mentions)]
        if len(inside) >= 2:
            continue  # "Mont-de-Marsan : le Peyrouat a désormais son contrat local de santé": a title naming several
            # places heads no one territory's section
        (out if speaks else weak).extend((g, u.start, stop, _numbered(u)) for g in named)
    if weak and len({a for _, a, _, _ in out}) >= 2:
        out = sorted(out + [w for w in weak if not any(w[0] is g for g, *_ in out)], key=lambda s: s[1])
    return out


_SIGNING_OR_DIAGNOSTIC = re.compile(r"\b(?:signature|diagnostic)\b", re.I)


def _named_epcis(doc: DocInput) -> list[OrgMention]:
    """Intercommunalities written by their bare official name ('Grand Belfort', 'Caen la Mer'): the
    gazetteer knows them even without a 'Communauté de…' head, so they can sign too."""
    out = []
    for g in doc.groups:
        for m in g.mentions:
            if (m.kind == "epci" and m.link is not None and m.link.type == "epci"
                    and m.source != "publisher"  # "Notre premier contrat local de santé" stands for it, is not its name
                    and not any(o.start < m.end and m.start < o.end for o in doc.orgs)
                    and not delegation_area(doc.text, m.start, m.end)):
                out.append(OrgMention(m.start, m.end, "epci", m.text, m.text, m.text, False))
    return out


_SHORT_NAME_GENERIC = frozenset({"pays", "grand", "communaute", "ville", "agglomeration", "territoire", "coeur", "val", "vallee"})


def _heading_calls(words: str, keys: set[str]) -> bool:
    """A heading's words (" … ", name_key'd) name the territory by one of its keys, or by a key's first two words
    ("CAP SIZUN : LA DEUXIÈME GÉNÉRATION" for the Communauté de communes Cap Sizun - Pointe du Raz)."""
    for k in keys:
        if f" {k} " in words:
            return True
        first = k.split()[:2]
        if len(k.split()) >= 3 and all(len(w) >= 3 for w in first) and first[0] not in _SHORT_NAME_GENERIC \
                and f" {' '.join(first)} " in words:
            return True
    return False


def _heading_calls_a_member(words: str, group: territory.TerritoryGroup) -> bool:
    """A heading's words (" … ", name_key'd) name a member town of the group's intercommunality, in full or by the
    first part of a compound name ("À Andelot, on prépare" for Andelot-Blancheville)."""
    link = group.best.link
    if link is None or link.type != "epci":
        return False
    return any(f" {key} " in words for key in _member_keys(link.insee or ""))


@lru_cache(maxsize=256)
def _member_keys(siren: str) -> tuple[str, ...]:
    """The name keys a heading may call each member town of an intercommunality by: its whole name, and the first part
    of a compound one when it is distinctive ("andelot" for Andelot-Blancheville, not "saint")."""
    from pipeline.geo.areas import get_areas

    areas = get_areas()
    keys: list[str] = []
    for code in areas.epci_members.get(siren, ()):
        town = areas.communes.get(code)
        key = territory.name_key(town.name) if town is not None else ""
        if not key:
            continue
        keys.append(key)
        first = key.split()[0]
        if " " in key and len(first) >= 5 and first not in _COMPOUND_HEADS:
            keys.append(first)
    return tuple(keys)


_COMPOUND_HEADS = frozenset({"saint", "sainte", "notre", "grand", "grande", "petit", "petite", "vieux", "neuve", "villeneuve"})


def _heading_names(heading: str, keys: set[str]) -> bool:
    words = f" {territory.name_key(heading)} "
    if any(f" {k} " in words for k in keys):
        return True
    # "le Toulois" for "Terres Touloises": a word sharing a long stem with a word of the name.
    tokens = [t for t in words.split() if len(t) >= 5]
    return any(len(p := os.path.commonprefix([t, k])) >= 5 and len(p) >= min(len(t), len(k)) - 2
               for key in keys for k in key.split() if len(k) >= 5 for t in tokens)


def _short_keys(group: territory.TerritoryGroup) -> set[str]:
    names = [m.name for m in group.mentions] + [m.link.name for m in group.mentions if m.link is not None]
    return {k for n in names if len(k := territory.name_key(n)) >= 4}


# A numbered or lettered heading ("1. Communauté de communes du Guillestrois et du Queyras", "2 – Pays de Craon",
# "C. Le contrat de Perpignan Méditerranée Métropole"): a section of a round-up, however long the territory's name.
_NUMBERED_HEADING = re.compile(r"(?:\d{1,2}|[A-H])\s*[.)–—-]\s+\S[^.;,:!?]*$")


def _numbered(u: Unit) -> bool:
    return _NUMBERED_HEADING.fullmatch(u.text.strip()) is not None


def _numbered_heading(units: list[Unit], i: int) -> bool:
    """A numbered line followed by prose, not by the next item of its list: a section's heading."""
    return _numbered(units[i]) and i + 1 < len(units) and not units[i + 1].bullet


def _is_section_heading(u: Unit) -> bool:
    head = u.text.split(":")[0]
    if u.first_in_line and len(u.text.split()) <= 12 and _numbered(u):
        return True
    # (a line of up to seven words with no sentence's end is a heading too: "À Auberive et Longeau, on renouvelle",
    # "Floirac en est à son troisième contrat"; not a site's header, "Vaulx-en-Velin – Site officiel de la Ville")
    return u.first_in_line and ((len(head.split()) <= 5 and len(u.text.split()) <= 10) or (
        len(u.text.split()) <= 7 and not u.text.rstrip().endswith((".", "!", "?", "…", ":", ";", ","))
        and _SITE_HEADER_SEP.search(u.text) is None))


_SITE_HEADER_SEP = re.compile(r"[|–—]|\s-\s")


def _territory(group: territory.TerritoryGroup) -> Territory:
    best = group.best
    link = best.link
    if link is not None:
        return Territory(name=link.name, type=link.type, insee=link.insee, departement=link.departement, region=link.region)
    kind = best.kind if best.kind in ("commune", "epci", "pays_petr", "quartier") else "other"
    name = best.name
    if kind == "quartier":
        linked = [m.link for m in group.mentions if m.link is not None]
        return Territory(name=name, type="quartier", departement=linked[0].departement if linked else None,
                         region=linked[0].region if linked else None)
    return Territory(name=name, type=kind)


def _owner_filter(units: list[Unit], chosen: list[territory.TerritoryGroup], i: int):
    """In a unit that names several contracts, a value belongs to the contract named nearest to it
    ("délégué au Pays de Chaumont, signataire du CLS du Bassin de Joinville le 31 janvier")."""
    marks = sorted((m.start, m.end, j) for j, g in enumerate(chosen) for m in g.mentions)

    def foreign(pos: int) -> bool:
        unit = next((u for u in units if u.start <= pos < u.end), None)
        if unit is None:
            return False
        inside = [(s, e, j) for s, e, j in marks if unit.start <= s < unit.end]
        if len({j for *_, j in inside}) != 2 or _SHARED_CUE.search(unit.text) or _N_CONTRACTS.search(unit.text):
            # "X, Y et Z ont signé deux contrats : celui de A et celui de B": shared by both; a round-up's
            # list of three contracts or more ("aux côtés des communes de A, B, C et D") is one clause for all.
            return False
        # the nearest by its edges: a long name before the value ("La communauté de communes (CC) Val Eyrieux
        # (Ardèche) a signé lundi …") is nearer than a short one after it ("… et la CC des Savoir-Faire")
        owner = min(inside, key=lambda sej: max(sej[0] - pos, pos - sej[1], 0))[2]
        return owner != i

    return foreign


# Money a round-up gives only to its signed contracts ("de chaque contrat signé", "des contrats signés").
_EACH_SIGNED = re.compile(r"\b(?:de\s+chaque|pour\s+chaque|à\s+chaque|chacun\s+des|des)\s+(?:contrats?|CLS)\s+(?:déjà\s+)?signés?\b", re.I)


# The law that created the CLS (HPST, 21 July 2009, art. L1434-10): no contract was signed on or before it.
_CLS_LAW = "2009-07-21"
_NEXT_AFTER = re.compile(r"[^\S\n]{1,3}prochaine?\b", re.I)
# A day the signing was set for and then put off: "la signature …, prévue le mardi 20 janvier, est reportée".
_PUT_OFF_AFTER = re.compile(r"[^.;:\n]{0,30}?\b(?:est|a\s+été)\s+(?:reportée|ajournée|repoussée|différée|annulée)\b", re.I)


# A signing announced in the clause before its date ("le Département signera son contrat le 12 février").
# "sera officiellement signé le vendredi 27 mars"
_ANNOUNCED = re.compile(r"\b(?:signera|signeront|sera\s+(?:\w{2,20}ment\s+)?signée?|seront\s+(?:\w{2,20}ment\s+)?signé(?:e|s|es)?|"
                        r"accueillera|accueilleront|aura\s+lieu|se\s+tiendra|interviendra|officialisera|officialiseront|"
                        # "la signature pourrait intervenir en décembre": a target to come
                        r"(?:pourrai(?:t|ent)|devrai(?:t|ent))\s+(?:intervenir|avoir\s+lieu|se\s+tenir)|"
                        r"rendez-vous\s+(?:est\s+(?:donné|fixé|pris)\s+)?le|"
                        # "La signature officielle est fixée au mardi 15 décembre"
                        r"(?:est|a\s+été)\s+(?:fixée?|programmée?)\s+(?:au|le|pour\s+le))\b", re.I)
# A title's bare "Contrat local de santé : signature le 27 mars", read on 12 March: the day to come.
_INVITATION = re.compile(r"\b(?:convier|conviée?s?|invit(?:er|e|ent|ons|ation)|vous\s+attend(?:ons)?)\b", re.I)
# A programme's timed item: "- 11 h - Hôtel de ville", "18h30 : signature", "• 10 h 30 – …".
_TIMED_ITEM = re.compile(r"[^\S\n]*(?:[-•–—*][^\S\n]*)?\d{1,2}[^\S\n]?h(?:[^\S\n]?\d{2})?\b")
_TITLE_SIGNING = re.compile(r"(?:^|:)\s*signature\s+(?:officielle\s+)?le\s+$", re.I)


# A signing set for a day ("Sa signature officielle est programmée le jeudi 26/03", "Le contrat sera signé le jeudi
# 12 mars à 10 heures"): that day is the announced signing, a month or a season only a target ("prévue en septembre",
# "sera signé à l'automne").
_WEEKDAY_WORDS = "|".join(dates.WEEKDAYS)
_SET_FOR = re.compile(rf"\b(?:prévue?s?|programmée?s?|envisagée?s?|fixée?s?|(?:sera|seront)\s+(?:\w{{2,20}}ment\s+)?signée?s?"
                      rf"(?:\s+\w{{2,20}}ment)?)"  # ("sera signé officiellement le mardi 15 décembre")
                      rf"\s+(?:au|le|pour\s+le)\s+(?:(?:{_WEEKDAY_WORDS})\s+)?$", re.I)


# The visas and recitals of a contract document or a deliberation ("VU le code de la santé publique", "CONSIDÉRANT …")
_CITATION = re.compile(r"\s{0,8}(?:VU|Vu|CONSIDÉRANT|Considérant)\b")
# ("CONSIDÉRANT que la signature officielle du contrat est programmée le vendredi 3 juillet": the contract named back,
# not "VU le contrat de ville")
_THIS_CONTRACT = re.compile(r"\b(?:ce|le\s+présent|ledit|le|du)\s+contrat\b(?!\s+(?:de|d['’]|du|des|territorial)\b)", re.I)
# An act's own enacting words ("ARRÊTE", "DÉCIDE", "Fait et délibéré"): its closing "Fait à Vaulx-en-Velin, le 14 avril
# 2025" dates the act (a delegation of signature, a council's decision), not the contract it is about.
_ACT = re.compile(r"(?m)^[^\S\n]*(?:ARR[ÊE]TE|D[ÉE]CIDE|D[ÉE]LIB[ÈE]RE)[^\S\n]*:?[^\S\n]*$"
                  # its operative items in capitals ("- APPROUVE le contrat local de santé 2027-2031 ;", "- AUTORISE M. le
                  # Maire à le signer")
                  r"|^[^\S\n]*(?:[-–•*][^\S\n]*)?(?:APPROUVE|AUTORISE|ADOPTE)[^\S\n]+\S"
                  # a deliberation's closing formulae ("Fait et délibéré les jour, mois et an susdits", "Pour extrait
                  # certifié conforme")
                  r"|(?i:\bFait\s+et\s+délibéré\b|\bPour\s+extrait\s+(?:certifié\s+)?conforme\b)")
_ACT_FORMULA = re.compile(r"(?i)fait\s")
_SIGNING_COLUMN = re.compile(r"(?i)\bsign")
# An amendment as the subject of the signing ("L'avenant signé en juillet", "un avenant n°2, signé le 3 mars").
_AMENDMENT_SIGNS = re.compile(r"\bavenants?(?:\s+n°\s*\d{1,2})?(?:\s*,)?\s*(?:a\s+été\s+|est\s+|qui\s+a\s+été\s+)?$"
                              # "Un avenant au contrat local de santé (CLS) de Quimper a été signé lundi 15 juin"
                              r"|\bavenant(?:\s+n°\s*\d{1,2})?\s+(?:au|du)\s+(?:contrat|CLS)\b[^.;:!?\n]{0,60}?\s"
                              r"(?:a\s+été|est|sera)\s+$", re.I)


def _signing_cell(text: str, u: Unit) -> tuple[str, Span, list[str]] | None:
    """A row of a table of contracts ("Calvi Balagne | Haute-Corse | 12/06/2025 | …") whose column is headed as the
    signing ("Territoire | Département | Date de signature | …"): the date in that column is the row's signing."""
    if tables.CELL_SEP not in u.text:
        return None
    cells = u.text.split(tables.CELL_SEP)
    # The header row a few rows above, in the same table: no date of its own, a column headed as the signing.
    header = tables.header_cells(text, line_start(text, u.start), reach=12, accept=lambda row: (
        not dates.find_dates(tables.CELL_SEP.join(row)) and any(_SIGNING_COLUMN.search(c) for c in row)))
    if header is None or len(header) != len(cells):
        return None
    offset = u.start
    for head, cell in zip(header, cells, strict=True):
        if _SIGNING_COLUMN.search(head) and (found := dates.find_dates(cell)) and found[0].year:
            d = found[0]
            resolved = dates.resolve(d, None)
            if resolved is not None:
                at = offset + d.start
                return resolved[0], Span(start=at, end=at + len(d.text), text=d.text), resolved[1]
        offset += len(cell) + len(tables.CELL_SEP)
    return None


def _signing_date(units: list[Unit], doc: DocInput, period_start: int | None, foreign=lambda pos: False
                  ) -> tuple[str | None, Span | None, list[str]]:
    """The first signing date of the contract's statements; where the page dates several signings (a timeline of
    three contracts), the first that fits the period (signed in its first year, the year before or the year after);
    a day the signing was moved to ("décalée au vendredi 16 octobre") over any other; the day of a month dated first
    by its month alone ("Signature du contrat local de santé - mai 2026" over "… le 12 mai 2026")."""
    first = fitting = scene = None
    may_move = _MOVED.search(doc.text) is not None  # else the first fitting date is the answer: stop there
    for found in _signing_dates(units, doc, period_start, foreign):
        if _SCENE_FAR in found[2]:
            scene = scene or (found[0], found[1], [w for w in found[2] if w != _SCENE_FAR])
            continue
        if may_move and found[1] is not None and _MOVED_TO.search(doc.text, max(0, found[1].start - 40), found[1].start):
            return found  # "Correction : la signature est décalée au vendredi 16 octobre": the new day replaces the first
        if fitting is not None and len(fitting[0]) == 7 and len(found[0]) == 10 and found[0][:7] == fitting[0]:
            fitting = found  # the month's day
            if not may_move:
                break
            continue
        first = first or found
        if fitting is None and (period_start is None or period_start - 1 <= int(found[0][:4]) <= period_start + 1):
            fitting = found
            if not may_move and len(found[0]) != 7:
                break
    return fitting or first or scene or (None, None, [])


# A signing moved to a new day: "elle est décalée au vendredi 16 octobre", "reportée au 12 mars", "avancée à mardi".
_MOVED_WORDS = r"\b(?:décalée?|reportée?|repoussée?|avancée?|déplacée?|reprogrammée?)\s+(?:au|à)\s+"
_MOVED = re.compile(_MOVED_WORDS, re.I)
_MOVED_TO = re.compile(_MOVED_WORDS + r"(?:la\s+date\s+du\s+|le\s+)?$", re.I)


@lru_cache(maxsize=8)
def _years_of_days(text: str) -> dict[tuple[int, int], int]:
    """The one year the page writes with each day it dates in full: "rendez-vous le 14 janvier pour la signature" is
    the "jeudi 14 janvier 2027" of the body, not the 14 January before the publication."""
    years: dict[tuple[int, int], set[int]] = {}
    for d in dates.find_dates(text):
        if d.year and d.month and d.day:
            years.setdefault((d.month, d.day), set()).add(d.year)
    return {k: next(iter(v)) for k, v in years.items() if len(v) == 1}


# A year heading the clause of a day and month: "2018 Le 21 septembre, signature du deuxième CLS", "En 2013, le 14 juin".
_YEAR_HEAD = re.compile(r"(?:^|[\n.;]\s*+)(?:\d{1,2}[.)]\s*+)?(?:en\s++)?(?P<y>(?:19|20)\d\d)\s*+[:,–—-]?\s*+(?:le\s++)?$", re.I)


# A label with no sentence around it: a few words, no verb phrase, at most a colon ("Date de signature", "Signature du
# contrat :", "Signé le").
_FACT_LABEL = re.compile(r"(?i)(?:date\s+de\s+(?:la\s+)?signature|signature|signé\s+le|date\s+de\s+conclusion)"
                         r"(?:\s+(?:du|de\s+ce)\s+(?:contrat|CLS))?\s*:?")


def _date_line_after(u: Unit, after: list[Unit], doc: DocInput, dated: bool) -> tuple[str, Span, list[str]] | None:
    """An invitation or an event card: a sentence that names the signing ceremony and no date ("… convier la presse à
    la cérémonie de signature du premier Contrat Local de Santé de la commune."), its day to come on the next line
    ("Samedi 18 avril 2026 à 9 h 30"), or on the line after a short one ("Organisé par : …" / "jeu. 19 mars · 18:00").
    ``dated``: the sentence holds a date of its own."""
    if len(u.text) > 450 or not _SIGNING_NOUN_CLS.search(u.text) or dated:
        return None
    for k, nxt in enumerate(after):
        if not nxt.first_in_line or nxt.line > u.line + 2 + 2 * k:
            return None
        bullet = _bullet_end(nxt)
        if (label := _DATE_LABEL.match(nxt.text, bullet)) is not None:
            bullet = label.end()  # an event card's "Date : Jeudi 17 décembre 2026"
        short = dates.SHORT_WEEKDAY.match(nxt.text, bullet)  # "jeu. 19 mars · 18:00"
        if (d := _opening_date(nxt, short.end() if short else bullet)) is not None:
            break
        if len(nxt.text) > 80:
            return None  # a line of prose, no card's short line
    else:
        return None
    if d.year is None and short is None and dates.named_weekday(d) is None:
        return None  # a year-less day is a card's only with its weekday, read against the page's date
    said = {m.weekday for m in dates.find_dates(u.text) if m.weekday is not None}
    if said and (dates.named_weekday(d) if short is None else None) not in (None, *said):
        return None  # "… s'est tenue ce lundi" over "Jeudi 17 septembre – 06h00 : vigilance rouge": another day's line
    resolved = dates.resolve(d, doc.publication_date, future=True)  # the card of an event to come
    if resolved is None or (doc.pub_span and doc.pub_span[0] <= nxt.start + d.start < doc.pub_span[1]) \
            or (doc.publication_date and resolved[0] <= doc.publication_date[:10]):
        return None  # "Signature du Contrat Local de Santé" over "18 Oct 2021": the page's own date
    return resolved[0], _span_in(nxt, d), resolved[1]


_DATE_LABEL = re.compile(r"(?:Date|Quand|Le\s+jour)[^\S\n]*:[^\S\n]*", re.I)


def _bullet_end(line: Unit) -> int:
    """Where a line's text starts after its bullet ("📅 Jeudi 17 décembre 2026 à 17 h 30")."""
    return m.end() if (m := BULLET.match(line.text)) else 0


def _opening_date(line: Unit, lead: int) -> dates.DateMention | None:
    """The day that opens the line from ``lead`` ("Vendredi 14 mars 2025, à …"), its offsets in the line's text."""
    found = dates.find_dates(line.text[lead : lead + 60])
    if not found or found[0].start != 0 or found[0].day is None:
        return None
    return replace(found[0], start=found[0].start + lead, end=found[0].end + lead)


def _span_in(line: Unit, d: dates.DateMention) -> Span:
    return Span(start=line.start + d.start, end=line.start + d.end, text=d.text)


def _labelled_date(u: Unit, nxt: Unit | None, after: Unit | None, doc: DocInput) -> tuple[str, Span, list[str]] | None:
    """A fact sheet's label alone on its line ("Date de signature", "Signé le :"), its value on the next line
    ("Vendredi 14 mars 2025, à l'espace culturel de Saint-Renan") and nothing else in its paragraph: the label's date,
    as "Date de signature : …" on one line is. (Not a flattened table of two columns, "Signature" / "9 octobre 2025" /
    "Visée au second semestre 2026": one value per contract.)"""
    if nxt is None or not u.first_in_line or not nxt.first_in_line or nxt.line not in (u.line + 1, u.line + 2) \
            or _FACT_LABEL.fullmatch(u.text.strip()) is None or (after is not None and after.line == nxt.line + 1):
        return None
    if (d := _opening_date(nxt, _bullet_end(nxt))) is None or (resolved := dates.resolve(d, doc.publication_date)) is None:
        return None
    return resolved[0], _span_in(nxt, d), resolved[1]


_DEED_OPENING = re.compile(r"\s*L['’]an\s+(?:deux\s+mille|20\d\d)\b", re.I)


def _date_sentence_before(u: Unit, before: list[Unit], doc: DocInput, dated: bool) -> tuple[str, Span, list[str]] | None:
    """A report that sets the scene, then names the signing: "Il y avait du monde, vendredi en fin d'après-midi, dans la
    salle polyvalente. … une soixantaine de personnes sont venues assister à la signature du deuxième contrat local de
    santé", "… et, vendredi en fin de matinée, six stylos qui se passent de main en main. Ont signé le contrat local de
    santé : …": the one day of the scene, when the signing's sentence has no date and the scene names no other event.
    The scene is the sentences before it in its paragraph, or, for a signing that opens its paragraph, the paragraph
    just before ("Mercredi 7 octobre, la salle des fêtes accueillait une petite cérémonie … : le deuxième contrat local
    de santé du territoire." / "X, Y et Z ont apposé leur signature au bas du contrat"). ``before``: the units before
    it, nearest last. ``dated``: the signing's sentence holds a date of its own."""
    names_signing = _SIGNING_NOUN_CLS.search(u.text) or (_SIGN_CUE.search(u.text) and (
        territory.CLS_RX.search(u.text) or (u.first_in_line and _THE_CONTRACT_SIGNED.search(u.text))))
    if not before or not names_signing or dated or _SIGNS_LATER.search(u.text):
        return None
    scene_line = u.line if not u.first_in_line else before[-1].line
    if scene_line < u.line - 2:
        return None
    scene = [p for p in before[-3:] if p.line == scene_line]
    if not scene or (u.first_in_line and not scene[0].first_in_line) \
            or any(_SIGN_CUE.search(p.text) or _OTHER_EVENT.search(p.text) for p in scene):
        return None
    found = [(p, d) for p in scene for d in dates.find_dates(p.text) if d.day is not None or d.weekday is not None]
    if len(found) != 1:
        return None
    prev, d = found[0]
    # (or a deed's opening clause: "L'an deux mille vingt-six, le vingt-trois du mois d'octobre, …, en la salle du conseil,"
    # / "Se sont réunis, en vue de la signature du premier contrat local de santé …")
    deed = _DEED_OPENING.match(prev.text) is not None and prev.text.rstrip().endswith(",")
    if len(prev.text.split()) < 8 or _BYLINE.search(prev.text) or not (prev.text.rstrip().endswith((".", "!", "»", "…")) or deed):
        # a date line, a byline ("Par la rédaction - 22 janvier 2025 à 09h15", "Mis en ligne le …"), a title or a
        # contents line: no scene, which is a sentence of prose
        return None
    if (doc.pub_span and doc.pub_span[0] <= prev.start + d.start < doc.pub_span[1]) \
            or dates.in_dateline(doc.text, prev.start + d.start):
        return None  # (nor the dateline that opens a press release: "Gourbeyre, le 12 novembre 2026 – L'Agence …")
    resolved = dates.resolve(d, doc.publication_date)
    if resolved is None or (doc.publication_date and resolved[0] > doc.publication_date[:10]) \
            or resolved[0][:10] <= _CLS_LAW:
        return None  # (nor the law's day: "un outil créé par la loi … du 21 juillet 2009")
    # (a scene further back than the sentence just before, or in the paragraph before: only where no other date is the
    # signing's, see _signing_date)
    far = prev is not before[-1] or prev.line != u.line
    return resolved[0], Span(start=prev.start + d.start, end=prev.start + d.end, text=d.text), resolved[1] + (
        [_SCENE_FAR] if far else [])


_SCENE_FAR = "scene_far"  # (an internal mark on a signing date read from a scene further back: a last resort)
_BYLINE = re.compile(r"\b(?:publié|mis\s+en\s+ligne|mis\s+à\s+jour|actualisé|modifié)\b|\bpar\s+la\s+rédaction\b", re.I)
# The contract as the object of a signing that opens its paragraph, after the scene: "… ont apposé leur signature au bas
# du contrat", "ont signé le document".
_THE_CONTRACT_SIGNED = re.compile(r"\bsign\w*\s+(?:\w+\s+){0,3}?(?:du|le|ce)\s+(?:contrat|document)\b", re.I)


# A signing to come ("vous confirme que la CPAM sera signataire de ce premier contrat", "signera"): the sentence before it
# sets no scene of it ("Par courrier du 2 juillet dernier, vous avez sollicité …" is the letter's day).
_SIGNS_LATER = re.compile(r"\b(?:sera|seront|serait|seraient|pourrait|pourraient|devrait|devraient|va|vont)\s+"
                          r"(?:\w{2,20}ment\s+)?(?:signataires?|sign\w*)|\bsigner(?:a|ont)\b", re.I)


# The next sentence names the signing again as an event: "… s'apprête à signer son premier contrat local de santé. La
# cérémonie aura lieu le vendredi 16 octobre, à 10 h 30".
_THE_EVENT = re.compile(r"(?:La|Cette)\s+(?:cérémonie|signature|séance\s+de\s+signature)\b(?!\s+(?:du|de\s+la|des)\s+(?!contrat|CLS))")


def _date_sentence_after(u: Unit, nxt: Unit | None, doc: DocInput, dated: bool) -> tuple[str, Span, list[str]] | None:
    """A sentence that names the signing of the contract and no date, then, in the same paragraph or the next one, a
    sentence that opens on the event ("La cérémonie …", "La signature …") and gives one day: that day, to come or past."""
    if nxt is None or dated or not (nxt.line == u.line or (nxt.first_in_line and nxt.line <= u.line + 2)) \
            or not territory.CLS_RX.search(u.text) or not _THE_EVENT.match(nxt.text):
        return None
    found = [d for d in dates.find_dates(nxt.text) if d.day is not None]
    if len(found) != 1:
        return None
    resolved = dates.resolve(found[0], doc.publication_date, None, True)
    if resolved is None:
        return None
    d = found[0]
    return resolved[0], Span(start=nxt.start + d.start, end=nxt.start + d.end, text=d.text), resolved[1]


_SIGNING_NOUN_CLS = re.compile(r"\bsignature\s+(?:officielle\s+)?(?:du|de\s+notre|de\s+son|de\s+leur)\s+(?:\w+\s+){0,2}"
                               r"(?:contrat\s+local\s+de\s+santé|CLS)\b"
                               # an invitation's future signing: "X, Y et Z signeront le premier contrat local de santé"
                               r"|\b(?:signeront|signera|vont\s+signer|va\s+signer)\s+(?:officiellement\s+)?(?:le|leur|son)\s+"
                               r"(?:\w+\s+){0,2}(?:contrat\s+local\s+de\s+santé|CLS)\b", re.I)


# (numbered or not: "6.2 – Convention territoriale globale (CTG)", a guide's section)
_PLAN_HEADING = re.compile(rf"[^\S\n]*(?:(?:\d{{1,2}}(?:\.\d{{1,2}})*|[IVX]{{1,4}})[^\S\n]*[.)–—-]?[^\S\n]+)?"
                           rf"{dates.OTHER_PLANS}[^\S\n]*(?:\([^()\n]{{1,60}}\))?[^\S\n]*:?[^\S\n]*$", re.I)


def _under_other_plan(text: str, u: Unit) -> bool:
    """The unit is of the paragraph under a heading line that names another plan, and only it ("CRTE", "Contrat de
    ville (2024-2030)"), and names no CLS itself: a sentence there is that plan's ("Signée le mardi 2 juillet 2024 avec
    la CAF … Quatre axes : petite enfance, …")."""
    start = line_start(text, u.start)
    if start == 0 or territory.CLS_RX.search(u.text):
        return False
    heading = text[line_start(text, start - 1) : start - 1]
    return len(heading) <= 60 and _PLAN_HEADING.fullmatch(heading) is not None


def _signing_dates(units: list[Unit], doc: DocInput, period_start: int | None, foreign=lambda pos: False
                   ) -> Iterator[tuple[str, Span | None, list[str]]]:
    for i, u in enumerate(units):
        if _CITATION.match(u.text) and not territory.CLS_RX.search(u.text) and not _THIS_CONTRACT.search(u.text):
            continue  # "VU le contrat de ville … signé le 4 avril 2024": another act the contract cites (an avenant's
            # "VU le contrat local de santé … signé le 17 mars 2022" dates the contract it amends; "Considérant que ce
            # contrat … sera signé le 24 avril 2025", the contract the act is about)
        if not _SIGN_CUE.search(u.text):
            if (dated := _signing_cell(doc.text, u)) is not None:
                yield dated
            continue
        if _under_other_plan(doc.text, u):
            continue  # "CRTE" / "Signé le 29 juin 2023 avec l'État": that plan's signing, in a list of the EPCI's contracts
        cues = [m for m in _SIGN_CUE.finditer(u.text)
                if not _AUTHORISED.search(u.text, max(0, m.start() - 80), m.start())
                and not _WAS_TO.search(u.text, max(0, m.start() - 40), m.start())
                and not _PROMISED.search(u.text, max(0, m.start() - 80), m.start())
                and not (_ACT_FORMULA.match(m.group()) and _ACT.search(doc.text))]
        if not cues:
            continue  # "le conseil du 11 décembre autorise le président à signer le futur contrat": the vote's day
        if (dated := _labelled_date(u, units[i + 1] if i + 1 < len(units) else None,
                                    units[i + 2] if i + 2 < len(units) else None, doc)) is not None:
            yield dated
            continue
        found = dates.find_dates(u.text)  # "dated" below: the unit's own dates, read once
        if not found and _TIMED_ITEM.match(u.text) and (day := dates.programme_day(doc.text, u.start, doc.publication_date)):
            # "Samedi 12 décembre" / "- 11 h - Hôtel de ville : signature du premier contrat local de santé": a
            # programme's item, dated by its day's heading
            yield day[0], Span(start=day[1].start, end=day[1].end, text=day[1].text), []
            continue
        # (a year of the sentence is another contract's: "… qui prendra le relais du premier contrat, signé en 2020")
        if (dated := _date_line_after(u, units[i + 1 : i + 3], doc,
                                      any(d.day is not None for d in found))) is not None:
            yield dated
            continue
        if (dated := _date_sentence_before(u, units[max(0, i - 3) : i], doc, bool(found))) is not None:
            yield dated
            continue
        if (dated := _date_sentence_after(u, units[i + 1] if i + 1 < len(units) else None, doc, bool(found))) is not None:
            yield dated
            continue
        # (in a table's row, the date its cue governs first: "21/10/2026 | … – document signé le 16 octobre 2026 par la
        # Ville", a register's row whose posting day opens the line)
        if tables.CELL_SEP in u.text:
            found = sorted(found, key=lambda d: not any(0 <= d.start - m.end() <= 9 for m in cues))
        for d in found:
            start = u.start + d.start
            if (doc.pub_span and doc.pub_span[0] <= start < doc.pub_span[1]) or foreign(start) \
                    or dates.in_dateline(doc.text, start):
                continue
            before = u.text[: d.start]
            cue = [m.end() for m in cues]
            nearest = min(cues, key=lambda m: abs(d.start - m.end()), default=None)
            if nearest is not None and (_AMENDMENT_SIGNS.search(u.text, max(0, nearest.start() - 120), nearest.start())
                                        or dates.PLAN_SIGNS.search(u.text, max(0, nearest.start() - 80), nearest.start())):
                continue  # "L'avenant signé en juillet dernier y ajoute un cinquième axe": the amendment's day
            other = [m.end() for m in _OTHER_EVENT.finditer(before)]
            near_cue = min((abs(d.start - c) for c in cue), default=999)
            near_other = min((d.start - o for o in other), default=999)
            set_for = d.precision == "day" and _SET_FOR.search(before) is not None
            if (near_other < near_cue and not set_for) or _OTHER_PLAN_AFTER.match(u.text, d.end):
                continue  # "la signature, le 10 juillet 2015, du Contrat de Plan État-Région": another contract's
            if _NEXT_AFTER.match(u.text, d.end) or _PUT_OFF_AFTER.match(u.text, d.end):
                continue  # "en septembre prochain": a target, not a signing date; "prévue le 20 janvier, est reportée"
            if (_RANGE_FROM.search(before[-30:]) and _RANGE_TO.match(u.text, d.end)) or (_RANGE_UNTIL.search(before[-15:]) and any(
                    0 <= d.start - o.end <= 12 and _RANGE_FROM.search(u.text[max(0, o.start - 30) : o.start]) for o in found)):
                continue  # "conclu pour une durée de cinq ans, du 1er janvier 2026 au 31 décembre 2030": the period's bounds
            if d.year is None and d.month and (head := _YEAR_HEAD.search(before)) is not None:
                d = replace(d, year=int(head["y"]))
            base = doc.publication_date
            if d.day is None and (d.weekday is not None or d.relative in ("hier", "avant-hier", "aujourd'hui")):
                base = dates.day_of_heading(doc.text, start, doc.publication_date, d.weekday) or base  # "19 décembre" / "Ce soir, …"
            ahead = set_for or _ANNOUNCED.search(before[-80:]) is not None
            resolved = dates.resolve(d, base, period_start, ahead or _TITLE_SIGNING.search(before) is not None)
            if d.year is None and d.month and d.day and (y := _years_of_days(doc.text).get((d.month, d.day))) and (
                    resolved is None or abs(int(resolved[0][:4]) - y) <= 1):
                # the same day dated in full elsewhere; four years before "jour pour jour" is the former contract's
                resolved = dates.resolve(replace(d, year=y), doc.publication_date, period_start)
            if resolved is None and ahead and not doc.publication_date and (dated_year := dates.year_by_weekday(d, doc.text)):
                # (a day set ahead only: a past one's year may be none the page writes, "signé mercredi 11 décembre")
                resolved = dates.resolve(dated_year, None, period_start)
            if resolved is None:
                continue
            value, warnings = resolved
            if value[:4] < _CLS_LAW[:4] or (len(value) >= 10 and value[:10] <= _CLS_LAW):
                continue  # "la loi HPST du 21 juillet 2009", "signé le 22 juillet 1946" (the WHO constitution)
            if (doc.publication_date and value[:10] > doc.publication_date[:10] and len(doc.publication_date) >= 10
                    and len(value) < 10):
                continue  # a month or season announced for later is a target, not a signing date; a set day is one
            yield value, Span(start=start, end=u.start + d.end, text=d.text), warnings


def build_contract(group: territory.TerritoryGroup, units: list[Unit], doc: DocInput, specific_ars: str | None,
                   foreign=lambda pos: False, own: list[Unit] | None = None,
                   territory_p: float | None = None, own_status: list[Unit] | None = None) -> Contract:
    text = doc.text
    terr = _territory(group)
    # The town of a quartier: the commune the text names most. It also places the quartier.
    most = _town_named_most(doc.groups) if terr.type == "quartier" else None
    town = most.best.link if most is not None else None
    if town is not None and terr.departement is None:
        terr = terr.model_copy(update={"departement": town.departement, "region": town.region})
    if terr.type == "other" and terr.departement is None:
        # An area no gazetteer lists ("le cirque de Mafate"), placed by the towns the page names, when they agree.
        places = {(g.best.link.departement, g.best.link.region) for g in doc.groups
                  if g.best.link is not None and g.best.link.type == "commune" and g.best.link.departement}
        if len(places) == 1:
            dept, region = places.pop()
            terr = terr.model_copy(update={"departement": dept, "region": region})
    evidence: dict[str, list[Span]] = {"territory": [_span(text, m.start, m.end) for m in group.mentions[:5]]}
    warnings: list[str] = []
    confidence: dict[str, float] = {}
    if territory_p is not None:
        confidence["territory"] = territory_p
    if group.best.link is not None and getattr(group.best.link, "ambiguous", False):
        warnings.append("territory_ambiguous")
        confidence["territory"] = min(confidence.get("territory", 1.0), 0.5)

    # Clauses about the first contract when this one is a later one ("le premier, signé en 2019") say nothing
    # of its period, signing date or status; sentences about the contract it replaces ("Jusqu'ici, seule la
    # Ville disposait d'un CLS, signé en 2014 et renouvelé depuis") nothing of its status.
    own_text = "\n".join(u.text for u in units if not foreign(u.start))
    # "a présenté le prochain CLS … Le premier CLS est signé en 2013": a page about the next contract.
    later = (status.extract_generation(own_text) or 0) >= 2 or _NEXT_ONE.search(own_text) is not None
    counts = {len(doc.chosen), announced_count(text)}
    current = [u for u in _current(units, later) if not _is_statistic(u, counts)]
    # Another agenda item's or newsletter section's years ("achat d'électricité 2028-2030") are other business.
    other_items = _other_agenda_items(units) + _other_sections(text, units)
    per = period.find_period([(u.start, u.text) for u in current if not any(s <= u.start < e for s, e in other_items)],
                             int(doc.publication_date[:4]) if doc.publication_date else None)
    if per:
        evidence["period"] = [_span(text, *per.span)]
    signing, sspan, swarn = _signing_date(current, doc, per.start if per else None, foreign)
    if sspan:
        evidence["signing_date"] = [sspan]
        warnings += swarn
        if "year_inferred" in swarn:
            confidence["signing_date"] = 0.7

    # (nor its renewals: "près d'un tiers des conseils municipaux sont renouvelés" in a mayors' newsletter's editorial)
    joined = _statements([u for u in current if (not foreign(u.start) or not foreign(u.end - 1))
                          and not _FORMER.search(u.text) and not any(s <= u.start < e for s, e in other_items)])
    # A signing set for a day after the page was published says the contract is not signed yet.
    signed_by_date = signing is not None and not dates.after_publication(signing, doc.publication_date)
    st, _ = status.extract_status(joined, signed_by_date or _signed_in_headline(doc, joined))
    own_status = own if own_status is None else own_status
    if own_status is not None and len(own_status) < len(units):
        # Several contracts: the contract's own section outweighs the shared lead ("trois contrats signés…",
        # then "Coutances Mer et Bocage … la signature est attendue fin 2025").
        own_st, cue = status.extract_status(_statements(own_status), signed_by_date and any(
            u.start <= sspan.start < u.end for u in own_status))
        if cue:
            # A renewal the shared lead states ("A, B et C ont signé hier leur second CLS") stays one when the
            # contract's own section only says it is signed (not a lead listing the stages of several: "Signé,
            # renouvelé, en chantier ou en sommeil : tour d'horizon", no contract named in it; not a first one).
            lead = [u for u in units if u not in own_status and _CONTRACT_WORD.search(u.text)]
            renewed_lead = st == "renewed" and status.extract_status(_statements(lead), False)[0] == "renewed"
            st = "renewed" if own_st == "signed" and renewed_lead and status.extract_generation(
                _statements(own_status)) != 1 else own_st
    if (st in ("signed", "renewed", "unknown", "in_preparation") and signing is not None and len(signing) == 10
            and dates.after_publication(signing, doc.publication_date)):
        # "La signature aura lieu lundi 16 décembre", read on the 13th; "sera signé le jeudi 14 janvier 2027" in a
        # newsletter of "Décembre 2026": a signing set for later
        st = "announced"
    # (a page dated by its month only, "Décembre 2026", says no more than no date of a day in that month)
    undated = not doc.publication_date or (len(doc.publication_date) < 10 and signing is not None
                                          and signing.startswith(doc.publication_date[:7]))
    set_ahead = sspan is not None and undated and (
        _ANNOUNCED.search(text, max(0, sspan.start - 60), sspan.start) is not None
        or _INVITATION.search(text, max(0, sspan.start - 400), sspan.start) is not None)
    if st in ("signed", "renewed", "unknown") and set_ahead:
        # "Le CLS … qui sera signé le 29 novembre 2019", "… ont le plaisir de vous convier à la cérémonie de signature" /
        # "📅 Jeudi 17 décembre 2026", on a page with no date: written before it
        st = "announced"
    generation = status.extract_generation(joined)
    if status_choice.capturing() or status_choice.LEARNED:
        several = own_status is not None and len(own_status) < len(units)
        values = status_choice.features(joined, _statements(own_status) if several else None, st, signing,
                                        doc.publication_date, (per.start, per.end) if per else None, generation,
                                        later, len(doc.chosen))
        status_choice.record(values)
        model = None if status_choice.capturing() else status_choice.load_model()
        if model is not None:
            st, confidence["status"] = model.choose(values)
    if st == "renewed" and own_status is not None and len(own_status) < len(units) \
            and status.extract_generation(_statements(own_status)) == 1:
        # "celui, renouvelé, du Pays de Mortagne, et le tout premier des Collines": a page's two contracts, this one's own
        # section saying it is the first ("un premier contrat pour les Collines du Perche Normand")
        st = "signed"
    if st == "in_preparation" and signing is not None and len(signing) == 10 \
            and (dates.after_publication(signing, doc.publication_date) or set_ahead):
        # "Ce deuxième contrat … sera signé officiellement le mardi 15 décembre à Civray", read on 24 November: a signing
        # set for a day to come is announced, whatever the weights make of the page's words of preparation
        st = "announced"
    if st == "in_preparation" and per is not None and own_status is not None and len(own_status) < len(units) \
            and not any(u.start <= per.span[0] < u.end for u in own_status):
        # A round-up's contract in preparation whose own section gives no period: the years of a shared list ("1 –
        # Guillestrois et Queyras – 2023-2027") are the signed contracts'.
        per = None
        evidence.pop("period", None)
    if st == "in_preparation" and signing is not None:
        # A contract still in preparation has no signing date: a date signed then is a charter's or a
        # préfiguration's ("la charte a été paraphée le mardi 18 novembre"), which no annotated contract keeps.
        signing = None
        evidence.pop("signing_date", None)
        confidence.pop("signing_date", None)
        warnings = [w for w in warnings if w not in swarn]  # "year_inferred" was the dropped date's

    # Parties of the contract this one replaces ("Le premier CLS est signé entre l'ARS et Mayenne Communauté en
    # 2013", "Jusqu'ici, seule la Ville disposait d'un CLS signé avec l'ARS") do not sign this one.
    # Nor the parties of another plan a list of the territory's contracts gives under its own heading ("CTG" / "Signée
    # le 13 décembre 2022 avec la CAF de la Loire").
    # A look-alike's sentence ("le contrat local de santé mentale du Noyonnais, signé en 2022 à l'échelle de la
    # communauté de communes") opens no signing of this contract; it still ends a list above it.
    lookalike = [(u.start, u.end) for u in current if relevance.only_lookalikes(u.text)]
    ranges = signatories.scope_ranges([(u.start, u.end, u.text, u.bullet) for u in current
                                       if not _FORMER.search(u.text) and not _FORMER_PARTIES.search(u.text)
                                       and not _under_other_plan(text, u)],
                                      lambda pos: foreign(pos) or any(s <= pos < e for s, e in lookalike),
                                      signed=st in ("signed", "renewed"))
    scopes = [(s, e) for s, e, _ in ranges]
    # Another contract's own territory ("celui de la Ville de Nancy et celui de la CC Terres Touloises")
    # does not sign this one.
    others = [(m.start, m.end) for g in doc.chosen if g is not group for m in g.mentions]
    orgs = [o for o in doc.orgs + _named_epcis(doc) if any(u.start <= o.start < u.end for u in units)
            and not foreign(o.start) and not any(s < o.end and o.start < e for s, e in others)
            and _CREDIT.search(text, max(0, o.start - 30), o.start) is None
            # ("Siège de Caux Seine Agglo, la ville a renouvelé son contrat": the town's place in its intercommunality)
            and not (_SEAT_OF.search(text, max(0, o.start - 40), o.start) and text.startswith(",", o.end))
            # (a place in an agency's delegation name: "sa délégation départementale du Rhône et de la Métropole de Lyon")
            and _IN_DELEGATION_NAME.search(text, max(0, o.start - 90), o.start) is None
            # a named town hall where it is signed; a bare "salle du conseil municipal" when the contract is not a town's
            # (its town's council room stands for the town that signs: "en salle du conseil municipal, le maire signe")
            and not (o.org_type == "commune" and (o.complement or terr.type != "commune") and at_venue(text, o))]
    orgs.sort(key=lambda o: o.start)
    orgs = coordination.with_coordinated(text, orgs, ranges, doc.ner_persons)
    cands = signatory_choice.candidates(text, orgs, units, ranges, terr, specific_ars, _dept_of(doc.orgs, terr),
                                        town.name if town is not None else None, doc.cls_spans, max(len(doc.chosen), 1),
                                        st)
    # (not a model feature: read by keep) a party named only where the page tells an earlier contract's signing ("un
    # premier CLS avait été signé … par la communauté de communes, l'ARS et la préfecture du Rhône")
    # (only beside a later contract: an amendment's page tells the contract it amends, its page's own, the same way)
    later_one = st == "renewed" or (generation or 0) >= 2
    former = predecessor.first_told_units(units) if later_one else []
    for c in cands:
        c.values["former_only"] = float(bool(c.starts) and all(any(s <= p < e for s, e in former) for p in c.starts))
    # Training reads the candidates alone: the committed model (maybe of other features) plays no part.
    model = None if signatory_choice.capturing() else signatory_choice.load_model()
    signatory_choice.score(cands, model)
    chosen = signatory_choice.choose(cands, model if signatory_choice.LEARNED else None)
    sigs = [c.signatory for c in chosen]
    sig_spans = signatory_choice.spans_of(text, chosen)
    if model is not None and chosen:
        confidence["signatories"] = min(c.probability or 0.0 for c in chosen)  # the weakest party listed

    if signatory_choice.capturing():
        own = _own_territory_signs(text, group, terr, scopes, [])  # added below when no chosen party has its type
        signatory_choice.record(cands, terr.type, own[0] if own is not None else None)
    own_sig = _own_territory_signs(text, group, terr, scopes, sigs)
    if own_sig is None and st == "in_preparation":  # (an announced signing names its parties: "Nogent renouvellera son CLS")
        own_sig = _own_territory_prepares(text, group, terr, units, sigs)
    if own_sig is not None:
        sigs.append(own_sig[0])
        sig_spans.append(_span(text, *own_sig[1]))
    kept = signatories.pays_as_own_epci(sigs, terr)
    sigs, sig_spans = [s for _, s in kept], [sig_spans[i] for i, _ in kept]
    if "œ" in (written := " ".join(text[m.start:m.end] for m in group.mentions)).lower():
        # the territory's official name, as the contract's and as a party's, with the ligature the page writes ("Cœur
        # de Garonne" where the gazetteer has "Coeur")
        sigs = [s.model_copy(update={"name": signatories.as_written(s.name, written)}) for s in sigs]
        terr = terr.model_copy(update={"name": signatories.as_written(terr.name, written)})
    if sigs:
        evidence["signatories"] = sig_spans

    in_units = [(s, e) for s, e in doc.ner_persons if any(u.start <= s < u.end for u in units)]
    # "Centre Hospitalier Paul Cabanis de Beaune": hospitals bear the names of people.
    # A person named only in another agenda item of council minutes ("Rapporteur : M. X, adjoint aux finances" of a
    # budget item) is that item's. (Not another section of a newsletter: its quotes and contacts may be the contract's;
    # nor the last item, whose end the page does not mark: "4. Réduire l'exposition …" then the coordinator's name.)
    agenda = [(s, e) for s, e in _other_agenda_items(units) if e < units[-1].end] if units else []
    persons = [p for p in people.find_people(text, in_units) if any(u.start <= p.start < u.end for u in units)
               and not any(o.start < p.start < o.end and o.org_type == "hospital" and not o.generic for o in doc.orgs)
               and not any(s <= p.start < e for s, e in agenda) and not people.a_guest(text, p)]

    # (one contract on the page: an earlier one's axes, told in a past tense, give way to a later list; where the page
    # records the earlier contract too, each keeps its own)
    # (not a list in the paragraph of another plan's heading: "6.2 – Convention territoriale globale (CTG)" / "… Quatre
    # axes : petite enfance, jeunesse, …")
    axis_units = [u for u in units if not _under_other_plan(text, u)]
    axis_items = axes_mod.table_axes(text, axis_units) or axes_mod.find_axes(axis_units, present=len(doc.chosen) == 1)
    axis_details, themes = axes_mod.details(axis_items)

    amounts = []
    headed: set[int] = set()  # ids of the amounts read in a heading line
    last_found: list[funding.Amount] = []  # the amounts of the unit before
    own_units = {id(u) for u in own} if own is not None and len(doc.chosen) >= 3 else None
    for k, u in enumerate(units):
        before, last_found = last_found, []
        if any(s <= u.start < e for s, e in other_items):
            continue
        if own_units is not None and id(u) not in own_units and not _SHARED_CUE.search(u.text):
            continue  # a round-up's shared money ("un cofinancement régional de 317 932 €") is no one contract's
        if st not in ("signed", "renewed") and _EACH_SIGNED.search(u.text):
            continue  # "L'ARS cofinance le poste de coordination de chaque contrat signé": not one still to sign
        found = [a for a in funding.find_amounts(u.text, u.start, doc.orgs) if not foreign(a.start)]
        if not found and k and len(before) == 1 and u.line <= units[k - 1].line + 1 \
                and (half := funding.other_half_next(u.text, u.start, before[0])) is not None:
            # "… 20 000 euros en 2026 pour la coordination. La communauté de communes prend en charge l'autre moitié", in
            # the same paragraph or on the next line (a deliberation's "Article 2 : La Communauté de communes assure
            # l'autre moitié du financement du poste")
            found = [half]
        last_found = found
        if found and _health_money(text, u.start) and not (
                k + 1 < len(units) and units[k + 1].line == u.line and _DISOWNED.match(units[k + 1].text)):
            amounts += found  # not "Point 7 : les travaux de la piscine … 3,4 millions d'euros": other business
            if _is_heading_line(u):
                headed |= {id(a) for a in found}
    amounts = funding.told_once(amounts, headed)
    if axis_items:
        evidence["axes"] = [_span(text, it.start, it.end) for it in axis_items]
    if persons:
        evidence["people"] = [_span(text, p.start, p.end) for p in persons]
    if amounts:
        evidence["funding"] = [_span(text, a.start, a.end) for a in amounts]
    return Contract(
        territory=terr,
        status=st,
        generation=generation,
        signing_date=signing,
        period_start=per.start if per else None,
        period_end=per.end if per else None,
        signatories=sigs,
        people=[Person(name=p.name, role=p.role) for p in persons],
        axes=[a.text for a in axis_details],
        axis_themes=themes,
        funding=[Funding(amount_eur=a.amount, funder=a.funder, year=a.year) for a in amounts],
        axis_details=axis_details,
        evidence=evidence,
        confidence=confidence,
        warnings=sorted(set(warnings)),
    )


# The next sentence puts the item just funded outside the contract ("… 2,3 millions d'euros pour transformer l'ancienne
# école en maison de santé. « Ce chantier ne relève pas du CLS », a précisé le maire"; "Cette opération est distincte du
# contrat"; "Il restera au cœur du dispositif, mais son financement ne relève pas du contrat local de santé").
_DISOWNED = re.compile(r"[\s«\"“]*(?:(?:ce|cet|cette|ces)\s+[\w'’-]+|il|elle|ils|elles|son\s+financement)\b[^.!?\n]{0,100}?"
                       r"\b(?:ne\s+relèv(?:e|ent)\s+pas\s+d[ue]s?|"
                       r"n['’]entr(?:e|ent)\s+pas\s+dans\s+(?:le|les)|(?:est|sont|reste|restent)\s+hors|"
                       r"(?:est|sont)\s+sans\s+(?:lien|rapport)\s+avec\s+(?:le|les)|(?:est|sont)\s+distincte?s?\s+d[ue]s?)"
                       r"\s+(?:contrats?|CLS)\b", re.I)


def _is_heading_line(u: Unit) -> bool:
    """A short line of its own without a sentence's end: a heading ("80 000 euros par an")."""
    return u.first_in_line and len(u.text) <= 80 and not u.text.rstrip().endswith((".", ":", ";", ","))


def _statements(units: list[Unit]) -> str:
    """The units' text without questions: "Vous portez un projet de CLS ?" asserts nothing of the contract."""
    return "\n".join(_QUESTION.sub("", u.text) if "?" in u.text else u.text for u in units)


_ITS_OFFICER = re.compile(r"\b(?:son|sa)\s+(?:président|présidente|maire|vice-président|vice-présidente)\b", re.I)


_SIGNING_AHEAD = re.compile(r"\b(?:sera|seront)\s+(?:\w{2,20}ment\s+)?(?:signée?s?|paraphée?s?)|\bsignera\b|\bsigneront\b|"
                            r"\bs['’]apprête(?:nt)?\s+à\s+signer\b|\bsignée?s?\s+(?:la\s+semaine|le\s+mois)\s+prochaine?\b|"
                            r"\bsignature\b[^.\n]{0,80}?\b(?:reportée|ajournée|repoussée|différée)\b|"
                            r"\bsignature\s+(?:est\s+|sera\s+)?(?:prévue|programmée|envisagée|attendue|aura\s+lieu)", re.I)


def _signed_in_headline(doc: DocInput, statements: str) -> bool:
    """A page whose headline reports the CLS signed ("Contrat local de santé métropolitain : signé par 20 partenaires",
    "SIGNATURE DU CONTRAT LOCAL DE SANTE") is about a signing, as a signing date says, though it recounts the
    elaboration that led to it ("ont souhaité dès 2021 s'engager dans l'élaboration d'un contrat local de santé");
    not where the page puts the signing ahead, nor on a round-up of several contracts."""
    if len(doc.chosen) != 1:
        return False
    head = doc.title or doc.text.lstrip().split("\n", 1)[0]
    if len(head) > 200 or not territory.CLS_RX.search(head):
        return False
    return status.cue_count("signed", head) > 0 and not _SIGNING_AHEAD.search(statements) \
        and not _SIGNING_AHEAD.search(head)


# What a paragraph that funds the contract speaks of: the contract, health, its agency or its coordination. Amounts of a
# paragraph about something else (a live blog's council items, a bulletin's roadworks, a staff card's budget) are not.
_HEALTH_MONEY = re.compile(rf"{territory.CLS_RX.pattern}|sant[ée]|sanitaire|(?-i:(?<![A-Z])ARS\b)|agence\s+régionale|coordinat|\bmédic|"
                           r"\bmédecin|\bsoins|prévention|\bCPAM\b|assurance\s+maladie|fiches?[-\s]actions?|\baxes?\b|"
                           r"\b(?:plan|programme)s?\s+d['’]actions?\b|diagnostic|\banimation\b|"
                           rf"\bcontrat\b(?!\s+(?:de\s+ville|de\s+ruralité|de\s+territoire|de\s+relance|de\s+plan|plan))",
                           re.I)
# A short line of a list or a table of funders ("Communauté d'agglomération 36 000 €", "• Un budget de 7 000 € /an"), not
# a sentence of its own: it speaks of what the heading or the line before it speaks of.
_SHORT_LINE = 120


def _row(line: str) -> bool:
    line = line.strip()
    return len(line) <= _SHORT_LINE and (not line.endswith((".", "!", "?")) or BULLET.match(line) is not None)


_FUNDER_COLUMN = re.compile(r"(?i)(?:financeurs?|contributeurs?|partenaires?(?:\s+financeurs?)?|organismes?)")


# A sentence that turns to another item of a page ("Le même soir, le conseil a également voté …", "Par ailleurs, …",
# "Dans un autre domaine, …", "Autre dossier : …"): its amounts are that item's, though the paragraph spoke of the CLS.
_TOPIC_SHIFT = re.compile(r"(?:le\s+même\s+(?:soir|jour|matin)|lors\s+de\s+la\s+même\s+séance|par\s+ailleurs|"
                          r"dans\s+un\s+(?:autre|tout\s+autre)\s+(?:domaine|registre)|autres?\s+(?:dossiers?|sujets?|points?)|"
                          r"sans\s+(?:rapport|lien)\s+avec\s+(?:le|ce)\s+(?:contrat|CLS))\b", re.I)
_SENTENCE_END = re.compile(r"[.!?…]\s+")


def _turns_to_another_item(text: str, start: int, pos: int) -> bool:
    """Whether the sentence that holds pos, in the paragraph from start, turns to another item and says nothing of
    health itself."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, start, pos)), default=start)
    stop = _SENTENCE_END.search(text, pos)
    sentence = text[begin : stop.start() if stop else len(text)]
    return _TOPIC_SHIFT.match(sentence) is not None and _HEALTH_MONEY.search(sentence) is None


def _health_money(text: str, pos: int) -> bool:
    """Whether the paragraph (a line, once the cleaner has joined wrapped lines) that holds pos speaks of the contract
    or of health; a paragraph right after one that does goes with it, and a row of a list with its heading."""
    start, end = line_at(text, pos)
    if _HEALTH_MONEY.search(text, start, end):
        return not _turns_to_another_item(text, start, pos)
    if " | " in text[start:end]:
        # a row of a table says what it funds itself ("Extension de la MSP de Buzancy | 420 000 € | …"), unless the
        # table lists who funds ("Financeur | Montant annuel"): then it goes with the heading above the table
        header = tables.header_cells(text, start)
        if header is None or not any(_FUNDER_COLUMN.fullmatch(cell.strip()) for cell in header):
            return False
        top = start
        while top > 0 and " | " in text[line_start(text, top - 1) : top - 1]:
            top = line_start(text, top - 1)  # up to the table's first row
        before = text[max(0, top - 300) : top].rstrip().rsplit("\n", 1)[-1]
        return _HEALTH_MONEY.search(before) is not None
    item = BULLET.match(text[start:end]) is not None
    for _ in range(8 if _row(text[start:end]) else 1):  # back over the rows of the same list, up to its heading
        prev_end = start - 1
        while prev_end > 0 and not text[prev_end - 1 : prev_end].strip():
            prev_end -= 1
        if prev_end <= 0:
            return False
        start = line_start(text, prev_end)
        if item and BULLET.match(text[start:prev_end]) and _row(text[start:prev_end]):
            continue  # a sibling item ("2. Approbation du contrat local de santé" over "4. Subvention de 12 000 € à
            # l'office de tourisme"): its own business; the list's heading decides
        if _HEALTH_MONEY.search(text, start, prev_end):
            return True
        if not _row(text[start:prev_end]):
            return False
    return False



# A photo's or a text's credit ("Les six signataires. © CH Douai / Service communication", "Crédit photo : Ville de
# Vire"): who took the picture, not who signs.
# An apposition that opens a sentence and says whose seat or member the subject is.
_SEAT_OF = re.compile(r"(?:^|[.;!?][^\S\n]+|\n)[^\S\n]*(?:siège|chef-lieu|ville-centre|membre|commune\s+membre)\s+"
                      r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])$", re.I)
_CREDIT = re.compile(r"(?:©|\bcrédits?(?:\s+photos?)?\s*:)[^\S\n]*(?:[\w'’-]+[^\S\n]+){0,2}$", re.I)


def _own_territory_signs(text: str, group: territory.TerritoryGroup, terr: Territory, scopes: list[tuple[int, int]],
                         sigs: list) -> tuple[Signatory, tuple[int, int]] | None:
    """The contract's own territory named inside a signing clause ("l'agence a signé ces contrats aux côtés
    des communes de A, B et C") signs it, also when it is not written as an organisation ("la Ville de A")."""
    if terr.type not in ("commune", "epci", "pays_petr") or any(s.org_type == terr.type for s in sigs):
        return None
    # Not the contract's own name ("signataire du CLS du Bassin de Joinville") nor the title.
    def signs(m: territory.TerritoryMention, a: int, b: int) -> bool:
        # The contract's name ("le CLS de la CC Sud Sarthe a été signé") signs only through its own officer
        # ("… entre François Boussard, son président").
        return not signatories.names_contract(text, m.start, m.end) or _ITS_OFFICER.search(text, m.end, b) is not None

    inside = next((m for m in group.mentions if m.source not in ("cls_of", "title")
                   and any(a <= m.start and m.end <= b and signs(m, a, b) for a, b in scopes)), None)
    span = (inside.start, inside.end) if inside is not None else _same_name_in(text, group, scopes)
    return (_own_party(terr), span) if span is not None else None


def _own_party(terr: Territory) -> Signatory:
    """The contract's own territory as a party: a town as "Ville de X", an EPCI or a Pays by its name."""
    return Signatory(org_type=terr.type, name=signatories.town_party(terr.name) if terr.type == "commune" else terr.name)


# The territory as the subject that prepares its own contract: "Ternois Com a commencé cet automne à préparer son premier
# contrat local de santé", "Le Pays Dolois est en pleine phase de renouvellement de son CLS".
_PREPARES_ITS_OWN = re.compile(r"[^.;:!?\n]{0,120}?\b(?:son|sa)\s+(?:\w+\s+){0,2}?(?:contrat\s+local\s+de\s+santé|CLS)\b", re.I)


def _own_territory_prepares(text: str, group: territory.TerritoryGroup, terr: Territory, units: list[Unit],
                            sigs: list) -> tuple[Signatory, tuple[int, int]] | None:
    """A contract in preparation lists the parties said to carry it: its own territory, where the page makes it the
    subject of its own contract's preparation."""
    if terr.type not in ("commune", "epci", "pays_petr") or any(s.org_type == terr.type for s in sigs):
        return None
    for m in group.mentions:
        if m.source == "title" or not any(u.start <= m.start < u.end for u in units):
            continue
        if _PREPARES_ITS_OWN.match(text, m.end) and not signatories.names_contract(text, m.start, m.end):
            return _own_party(terr), (m.start, m.end)
    return None


def _same_name_in(text: str, group: territory.TerritoryGroup, scopes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The territory written in a signing clause as the page names it elsewhere ("Le Contrat local de santé de
    Cauvaldor est signé", then "Cauvaldor a signé avec l'ARS son contrat"), where that occurrence is no mention of
    its own (a brand name the gazetteer links only after "CLS de")."""
    names = {text[m.start:m.end] for m in group.mentions if m.end - m.start >= 4 and text[m.start:m.start + 1].isupper()}
    for name in sorted(names, key=len, reverse=True):
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])")
        for a, b in scopes:
            for m in pattern.finditer(text, a, b):
                if _SUBJECT_SIGNS_AFTER.match(text, m.end()) and not signatories.names_contract(text, m.start(), m.end()):
                    return m.start(), m.end()
    return None


# The name as the subject of the signing: "Cauvaldor a signé", "X et l'ARS ont signé", "X signe".
_SUBJECT_SIGNS_AFTER = re.compile(r"(?<!\s)\s++(?:(?:et|,)\s++[^.;:\n]{1,80}?\s+)?(?:(?:a|ont|vient\s+de|viennent\s+de)\s++)?"
                                  r"(?:signé|signe|signent|paraphé)\b")


# (and the note sent to councillors with the convocation: "NOTE EXPLICATIVE DE SYNTHÈSE"; not a court's "Rapporteur :")
_MINUTES = lead(re.compile(r"adoptée?s?\s+à\s+l['’]unanimité|ordre\s+du\s+jour|procès-verbal|compte\s+rendu\s+(?:sommaire|de\s+la\s+séance)"
                           r"|note\s+explicative\s+de\s+synthèse", re.I))
# "4. Contrat local de santé", a table row "4 | Contrat …", "AFFAIRE N° 3 – Approbation du …", "Point n°2 : …"
_AGENDA_ITEM = re.compile(r"\d{1,2}(?:\.|[^\S\n]*\|)[^\S\n]+\S")
_NAMED_ITEM = re.compile(r"(?i:affaire|point|question|délibération|dossier|rapport)[^\S\n]+(?i:n[°o][^\S\n]*)?\d{1,3}[^\S\n]*[–—:.-]"
                         r"[^\S\n]*\S")


def _other_agenda_items(units: list[Unit]) -> list[tuple[int, int]]:
    """In council minutes ("1. Approbation du procès-verbal", "2. Décision modificative", "4. Contrat local de
    santé"), the spans of the agenda items that do not speak of the CLS: their amounts are other business."""
    if not any(_MINUTES.search(u.text) for u in units):
        return []
    # (items named as such, "AFFAIRE N° 3 – …", are the agenda; the numbered lines inside one are its list)
    heads = [u for u in units if u.first_in_line and _NAMED_ITEM.match(u.text)]
    if len(heads) < 3:
        heads = [u for u in units if u.first_in_line and _AGENDA_ITEM.match(u.text)]
    if len(heads) < 3:
        return []
    return _sections_without_cls(units, [*(h.start for h in heads), units[-1].end])


def _sections_without_cls(units: list[Unit], bounds: list[int]) -> list[tuple[int, int]]:
    """The sections between successive bounds whose units never name a CLS (an empty section is none); a CLS named
    without its article after a plural ("journée régionale des coordinateurs de CLS") is a kind, not a contract."""
    return [(a, b) for a, b in pairwise(bounds)
            if (section := [u.text for u in units if a <= u.start < b])
            and not any(any(not _ZERO_ARTICLE.search(t, max(0, m.start() - 8), m.start()) for m in territory.CLS_RX.finditer(t))
                        or _THE_CONTRACT.search(t) for t in section)]


_ZERO_ARTICLE = re.compile(r"\w[sx]\s+de\s+$")  # (after a plural: "des coordinateurs de CLS"; not "Projet de contrat local")


# "Le contrat couvre les communes des quatre communautés …": the page's contract, named back without its kind as the
# subject of a sentence (not "le contrat de ville", "le contrat territorial", "la durée du contrat").
_THE_CONTRACT = re.compile(r"(?:^|(?<=[.!?:]\s))(?:Le|Ce)\s+contrat\b(?!\s+(?:de|d['’]|du|des|territorial|local|avec|pour)\b)")


# A rule line, stripped: "------", "* * *", or the rule with its section's title ("-------- ÉDITO").
# (box-drawing rules too; a page break's number after it: "---------- p. 14")
_RULE = re.compile(r"(?:[-=_*~—─━═]{5,}|(?:\*[^\S\n]*+){3})(?:[^\S\n]+(?:[^a-z\n]{2,80}|(?:p\.|page)[^\S\n]*\d{1,4}))?")


# A numbered section heading on its own line: "3.4 Santé", "2. LA SITUATION FINANCIÈRE DE L'AGGLOMÉRATION", "IV – Culture"
# (not a table of contents' line, whose dot leaders end in a page number, nor a line announcing a list with a colon).
_SECTION_LINE = re.compile(r"(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[IVX]{1,4}[.)]?)[^\S\n]*[–—-]?[^\S\n]+[A-ZÉÈÀÔÎ][^.\n…]{2,80}(?<!:)")


@lru_cache(maxsize=16)  # asked once per contract of the same page, for each pattern
def _line_starts(text: str, pattern: re.Pattern[str]) -> tuple[int, ...]:
    """Where the page's lines that are, stripped, one match of pattern start (its rule lines, its section headings)."""
    return tuple(m.start() for m in re.finditer(r"(?m)^.*$", text) if m.group().strip() and pattern.fullmatch(m.group().strip()))


def _other_sections(text: str, units: list[Unit]) -> list[tuple[int, int]]:
    """In a newsletter whose topics a rule line separates ("------"), the spans of the sections that do not speak
    of the CLS: their amounts are other topics' ("Le transport solidaire fête ses 5 ans … 96 000 €"). A report in
    numbered sections ("3.1 Développement économique", "3.4 Santé") the same way, where most of its sections are
    about something else (a contract document names its contract in many of its own)."""
    if not units or "\n" not in text:
        return []
    # (a press release's closing "À propos de la MSA …": its publisher's figures, not the contract's)
    about = [(m.start(), _ABOUT_END.search(text, m.end()).start()) for m in _ABOUT.finditer(text)]
    about = [(a, b) for a, b in about if (a, b) in _sections_without_cls(units, [a, b])]
    return about + _numbered_or_ruled_sections(text, units)


# "À propos de la MSA Ardèche Drôme Loire" at the head of a line, to the press contact or the page's end
_ABOUT = re.compile(r"(?m)^[^\S\n]*(?:À|A)[^\S\n]+propos[^\S\n]+(?:de[^\S\n]|du[^\S\n]|des[^\S\n]|d['’])")
_ABOUT_END = re.compile(r"(?im)^[^\S\n]*(?:contacts?(?:[^\S\n]+presse)?[^\S\n]*[:–—-]|(?:À|A)[^\S\n]+propos[^\S\n])|\Z")


def _numbered_or_ruled_sections(text: str, units: list[Unit]) -> list[tuple[int, int]]:
    rules_at = _line_starts(text, _RULE)
    if rules_at:
        bounds = [0, *rules_at, len(text)]
        out = _sections_without_cls(units, bounds)
        return out if len(out) < len(bounds) - 1 else []
    if _titled_by_a_cls(text):
        return []  # a report on the contract itself ("RAPPORT D'ÉTONNEMENT" / "Trois mois comme coordinatrice du contrat
        # local de santé du quartier …"): its numbered sections are all the contract's
    every = _line_starts(text, _SECTION_LINE)
    # A contents list ("SOMMAIRE" / "1. Le mot du sous-préfet" / "2. DETR et DSIL 2027" / …): headings on consecutive
    # lines announce the sections, they do not open them.
    heads = _without_contents(text, every)
    # Sections of prose, not the items of a numbered list (axes explained in a line or two each).
    if len(heads) < 4 or sorted(b - a for a, b in pairwise(heads))[(len(heads) - 1) // 2] < 300:
        return []
    bounds = [0, *heads, len(text)]
    out = _sections_without_cls(units, bounds)
    if not (2 * len(out) >= len(bounds) - 1 and len(out) < len(bounds) - 1):
        return []
    # (and the lines of the contents list that announce those other sections: "3. Mares et zones humides : un programme
    # de 120 000 €")
    contents = [(h, line_end(text, h)) for h in every if h not in heads]
    return out + [(a, b) for a, b in contents if not territory.CLS_RX.search(text, a, b)]


def _titled_by_a_cls(text: str) -> bool:
    """One of the page's first five lines, above its first numbered line (a section's or a contents list's: "2.
    Condé-sur-l'Escaut signe son contrat local de santé" is one item of a newsletter), is a short title that names a
    CLS."""
    lines = [ln.strip() for ln in text[:1500].split("\n") if ln.strip()][:5]
    lines = list(takewhile(lambda ln: not _SECTION_LINE.fullmatch(ln), lines))
    return any(len(ln) <= 120 and territory.CLS_RX.search(ln) for ln in lines)


def _without_contents(text: str, heads: tuple[int, ...]) -> tuple[int, ...]:
    """The headings less a contents list: a run of three or more on consecutive lines whose titles head sections again
    further down (not a numbered list of axes, said once)."""
    titles = [" ".join(text[h : line_end(text, h)].split()).casefold() for h in heads]
    consecutive = [line_end(text, a) + 1 == b for a, b in pairwise(heads)]
    dropped: set[int] = set()
    k = 0
    while k < len(consecutive):
        j = k
        while j < len(consecutive) and consecutive[j]:
            j += 1
        later = set(titles[j + 1 :])
        if j - k >= 2 and sum(titles[i] in later for i in range(k, j + 1)) * 2 > j - k + 1:
            dropped.update(range(k, j + 1))  # heads k..j, on consecutive lines, announce the sections below
        k = j + 1
    return tuple(h for i, h in enumerate(heads) if i not in dropped)


def _current(units: list[Unit], later: bool) -> list[Unit]:
    """The units, less the clauses (split at ';') about the first contract when this one is a later one:
    "Rappel : le PETR a porté un premier contrat, signé le 14 mai 2019". (Period and signing-date finders
    skip other past cues themselves, within a clause.)"""
    def former(text: str) -> bool:
        return bool(later and (_FIRST_ONE.search(text) or _OUR_FIRST_TOLD.search(text))
                    and (status.extract_generation(text) or 1) < 2)

    out: list[Unit] = []
    told = False  # the unit before told the first contract
    for k, u in enumerate(units):
        # (and the next sentence that goes on about it in a past tense: "Notre premier contrat avait été signé le 12 mars
        # 2019 … Il couvrait la période 2019-2023")
        if later and told and _GOES_ON_PAST.match(u.text) and u.line == units[k - 1].line:
            continue
        told = former(u.text)
        if not told:
            out.append(u)
            continue
        seps = sorted([m.span() for m in _CLAUSE_END.finditer(u.text)] + [m.span(1) for m in _FRONTED.finditer(u.text)])
        seps = [sp for k, sp in enumerate(seps) if k == 0 or sp[0] >= seps[k - 1][1]]
        cuts = [0, *(x for sp in seps for x in sp), len(u.text)]
        for a, b in zip(cuts[::2], cuts[1::2], strict=True):
            part = u.text[a:b]
            if part.strip() and not former(part):
                out.append(Unit(u.start + a, u.start + b, part, u.line, u.bullet, u.first_in_line, u.indent))
    return out


# A mayor's "Notre premier contrat avait été signé le 12 mars 2019 par …" beside the second in writing (not "notre premier
# contrat local de santé couvre 2024-2028", the page's own)
_OUR_FIRST_TOLD = re.compile(r"\bnotre\s+premier\s+(?:contrat|CLS)\b[^.;]{0,80}?\bavai(?:t|ent)\s+(?:été\s+)?(?:signé|conclu)", re.I)
_GOES_ON_PAST = re.compile(r"[^\S\n]{0,3}(?:Il|Elle|Celui-ci|Celui-là)\s+(?:couvrait|courait|s['’]étendait|portait|comptait|reposait|"
                           r"s['’]articulait|avait|était|a\s+été\s+prolongée?)\b")


# Where a clause ends: "; " or a coordinated clause ("le premier CLS a pris fin, et les élus ont souhaité le
# renouveler pour cinq ans (2023/2027)", "le premier CLS vient de toucher à sa fin, laissant place à un CLS
# actualisé, établi pour la période 2023-2025").
# ("Conclu pour la période 2026-2030, il succède à un premier contrat arrivé à échéance": the clause of the first one)
_CLAUSE_END = re.compile(r";|,\s+(?:et|puis|mais|tandis\s+que|alors\s+que|laissant\s+(?:la\s+)?place|pour\s+laisser\s+(?:la\s+)?place|"
                         r"(?:il|elle)(?=\s+(?:succède|remplace|prend\s+(?:le\s+relais|la\s+suite)|fait\s+suite)\b))\s"
                         # "Ce nouveau contrat couvre les années 2027 à 2031 et prend la suite d'un premier CLS signé en 2020"
                         r"|(?<=\S)\s+et(?=\s+(?:succède|remplace|prend\s+(?:le\s+relais|la\s+suite)|fait\s+suite)\b)\s")
# A sentence's fronted adjunct, a clause of its own: "Après un premier contrat en 2015 puis un second en 2020, la
# communauté de communes … a renouvelé son contrat local de santé, jeudi 2 octobre 2025", "Sept ans après un premier
# contrat signé en 2018, la communauté de communes … a renouvelé son CLS pour la période 2025-2029".
# (after a colon too: "C'est un exercice que la ville connaît bien : après un premier contrat signé en 2015 puis un
# deuxième en 2020, Gap s'est engagée lundi dans un nouveau contrat … pour la période 2026-2030")
_FRONTED = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=:\s))(?:(?:[A-Z][a-zé]+\s+)?(?:ans|mois)\s+après|Après|(?<=:\s)après|À\s+la\s+suite\s+d|"
                      r"Dans\s+la\s+(?:continuité|lignée)\s+d|Succédant\s+à)"
                      r"[^,;.\n]{0,150}(,\s)")


def _dept_of(orgs: list[OrgMention], terr: Territory) -> str | None:
    """How the text writes the contract's département after a 'de' ('de la Haute-Saône'), from another
    institution of it ('la préfète de la Haute-Saône', 'CPAM de la Haute-Saône')."""
    if not terr.departement:
        return None
    gaz = get_gazetteer()
    for o in orgs:
        if o.complement and o.org_type in ("prefecture", "departement", "cpam", "caf"):
            found = gaz.departement(bare_place(o.complement))
            if found and found[0] == terr.departement:
                return " ".join(o.complement.split()).replace("’", "'")
    return None


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


# Where a town's name stands without the town being spoken of: a dateline or kicker, an e-mail domain, the publisher.
_WEAK_SOURCES = frozenset({"title", "email", "publisher"})


def _unsigned_member(text: str, group: territory.TerritoryGroup, chosen: list[territory.TerritoryGroup]) -> bool:
    """"la Ville d'Andernos-les-Bains n'est pas signataire en propre" beside the contract of the intercommunality it
    belongs to: a town the page says does not sign, or names only where the intercommunality acts ("À Aixe-sur-Vienne,
    la communauté de communes du Val de Vienne a renouvelé son CLS"), is no contract of its own but that
    intercommunality's seat or host."""
    link = group.best.link
    if link is None or link.type != "commune":
        return False
    anchored = [m for m in group.mentions if m.anchor]
    said_not = any("no_party" in m.cues for m in group.mentions)
    # (nor one the page ties to no contract at all, named only in a headline's kicker, a venue, a mayor's title:
    # "Saint-Florent-sur-Cher : le contrat local de santé signé en mairie" over the intercommunality's first contract)
    if anchored and not said_not and not all(
            _FRONTED_AT.search(text, max(0, m.start - 6), m.start) and text.startswith(",", m.end) for m in anchored):
        return False
    siren = territory.epci_of_town().get(link.insee or "")
    return siren is not None and any(g is not group and g.best.link is not None and g.best.link.type == "epci"
                                     and g.best.link.insee == siren
                                     and (anchored or said_not or any(m.anchor for m in g.mentions)) for g in chosen)


_IN_DELEGATION_NAME = re.compile(r"\bdélégations?\s+(?:départementale|territoriale)s?\s+[^,;.\n]{0,60}?\bet\s+(?:de\s+la|du|de\s+l['’]|des)\s*$",
                                 re.I)


# A date that opens a range of dates ("du 1er janvier 2026 au 31 décembre 2030").
_RANGE_FROM = re.compile(r"\b(?:du|à\s+compter\s+du|à\s+partir\s+du)\s+$", re.I)
_RANGE_TO = re.compile(r"\s+(?:au|jusqu['’]au)\s+(?:1er|\d|(?:premier|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|"
                       r"douze|treize|quatorze|quinze|seize|vingt|trente)\b)", re.I)
# The range's last day: "… du 1er janvier 2026 au 31 décembre 2030".
_RANGE_UNTIL = re.compile(r"\b(?:au|jusqu['’]au)\s+$", re.I)
_FRONTED_AT = re.compile(r"(?:^|[.!?:]\s|\n)\s*[ÀA]\s+$")


def _name_of_a_chosen_epci(group: territory.TerritoryGroup, chosen: list[territory.TerritoryGroup]) -> bool:
    """"Freyming-Merlebach, le 3 juin 2026 –" (a dateline) and "cc-freyming-merlebach.fr" beside "la communauté de
    communes de Freyming-Merlebach signe son premier contrat": a town named only where its name is the intercommunality's
    is that intercommunality, no contract of its own."""
    best = group.best
    if best.link is None or best.link.type != "commune" or any(m.anchor for m in group.mentions) \
            or not all(m.source in _WEAK_SOURCES for m in group.mentions):
        return False
    return any(g is not group and g.best.link is not None and g.best.link.type in ("epci", "pays_petr")
               and territory.named_within(best.link.name, g.best.link.name) for g in chosen)


def _town_named_most(groups: list[territory.TerritoryGroup]) -> territory.TerritoryGroup | None:
    """The commune the page names most (the best supported): a quartier's town."""
    return max((g for g in groups if g.best.link is not None and g.best.link.type == "commune"), key=lambda g: g.score,
               default=None)


# A signing or renewal told in the sentence that names the town's contract.
_SIGNING_VERB = re.compile(r"\b(?:sign|renouvel|conclu|paraph|adopt)\w*", re.I)


def _town_of_a_quartier(text: str, group: territory.TerritoryGroup, chosen: list[territory.TerritoryGroup],
                        groups: list[territory.TerritoryGroup]) -> bool:
    """"la Ville a signé le premier contrat local de santé consacré spécifiquement au quartier des Bosquets": beside a
    quartier's own contract, its town (the commune the page names most) is a party, not a contract of its own, unless
    it is the subject of a signing or renewal of its own ("la Ville de Villeurbanne a renouvelé le contrat local de
    santé de Villeurbanne"). Named as the frame ("Depuis 2023, Poissy dispose d'un contrat local de santé", "le
    contrat local de santé de Poissy une méthode", "conclu en complément du contrat local de santé de la Ville de
    Lyon") it is no record; told signed in a paragraph of its own, it is read there (``predecessor.town_record``)."""
    link = group.best.link
    quartiers = [g.best.name for g in chosen if g is not group and g.best.kind == "quartier" and g.best.link is None
                 and any(m.anchor and m.source in ("quartier", "subject", "title") for m in g.mentions)]
    if link is None or link.type != "commune" or not quartiers or _town_named_most(groups) is not group:
        return False
    # (not the quartier's own signing, whose sentence names the town too: "Le quartier des Tilleuls signe son propre
    # contrat local de santé - Ville de Montbéliard")
    return not any(m.anchor and (m.source == "subject" or "subject" in m.cues) and "past_subject" not in m.cues
                   and _SIGNING_VERB.search(sentence := sentence_of(text, m.start, m.end))
                   and not any(q in sentence for q in quartiers) for m in group.mentions)


def extract_contracts(doc: DocInput) -> list[Contract]:
    chosen = choose_contracts(doc.groups, announced_count(doc.text), doc.units)
    if len(chosen) > 1:
        # a town named only as the hall where another territory's contract is signed ("… a été signé hier à la mairie
        # d'Envermeu") opens no contract of its own (alone, it may be the page's own town: "signé à l'hôtel de ville")
        chosen = [g for g in chosen if not all("venue" in m.cues for m in g.mentions)] or chosen
        chosen = [g for g in chosen if not _name_of_a_chosen_epci(g, chosen)]
        chosen = [g for g in chosen if not _unsigned_member(doc.text, g, chosen)]
        chosen = [g for g in chosen if not _town_of_a_quartier(doc.text, g, chosen, doc.groups)]
        # "La commune de Petite-Terre s'est dotée …" beside Pamandzi's contract: a "commune" no gazetteer knows is a
        # place's other name (an island, an area), not a second town with a contract
        chosen = [g for g in chosen if not (g.best.kind == "commune" and g.best.link is None and any(
            h is not g and h.best.link is not None and h.best.link.type == "commune" for h in chosen))]
        # a place tied to a CLS only as the subject of a past signing ("La ville de Narbonne avait signé le sien en
        # 2015") beside a contract of today: that earlier one, no record of its own
        # (not one that heads its own section of a round-up of three or more: "GARTEMPE : EN SUSPENS" / "… avait signé en
        # 2020 un contrat"; a neighbour told of beside one contract is history: "Le voisin d'Étain a ouvert la voie")
        sections = _headed_sections(doc.groups, doc.units)
        headed = [g for g, *_ in sections] if len({a for _, a, _, _ in sections}) >= 3 else []
        chosen = [g for g in chosen if not (anchored := [m for m in g.mentions if m.anchor]) or g in headed
                  or not all("past_subject" in m.cues for m in anchored)] or chosen
    if not chosen:
        return []
    doc.chosen = chosen
    mentioned = _mentioned(doc.units, chosen)
    membership = _assign(doc.units, chosen, mentioned)
    # A sentence about another place's earlier contract ("l'agglomération dispose de son contrat local de santé,
    # renouvelé en 2024") tells nothing of the page's contracts: not their status, date or parties.
    history = [m.start for g in doc.groups if not any(g is c for c in chosen) for m in g.mentions
               if "past_subject" in m.cues]
    if history:
        membership = [set() if any(u.start <= s < u.end for s in history) else m
                      for u, m in zip(doc.units, membership, strict=True)]
    specific_ars = next((o.name for o in doc.orgs if o.org_type == "ars" and not o.generic and o.name.startswith("ARS")), None)
    confidence = _territory_confidence(doc)
    contracts = []
    for i, group in enumerate(chosen):
        units = [u for u, m in zip(doc.units, membership, strict=False) if i in m]
        own = [u for u, m in zip(doc.units, membership, strict=False) if m == {i}] if len(chosen) > 1 else None
        # A sentence that lists some of the contracts ("Cinq autres communes sont en cours d'élaboration d'un
        # CLS : A, B, C, D et E") states the status of those it names.
        own_status = [u for u, m, named in zip(doc.units, membership, mentioned, strict=False)
                      if (m == {i} or (i in named and len(named) < len(chosen)))
                      and (i in named or not _names_another(u, i, chosen))] if len(chosen) > 1 else None
        contracts.append(build_contract(group, units, doc, specific_ars, _owner_filter(units, chosen, i), own,
                                        confidence[i] if confidence else None, own_status))
    if len(contracts) == 1 and contracts[0].territory.type == "quartier" and (most := _town_named_most(doc.groups)):
        # A quartier's page that tells its town's own contract signed: that one too, and its paragraph is not the
        # quartier's.
        town = _territory(most)
        para = predecessor.town_paragraph(doc.units, [town.name, *{m.name for m in most.mentions}],
                                          contracts[0].territory.name)
        if para:
            rest = [u for u in units if u not in para]
            quartier = build_contract(chosen[0], rest, doc, specific_ars, _owner_filter(rest, chosen, 0), None,
                                      confidence[0] if confidence else None, None)
            record = predecessor.town_record(para, doc.text, doc.orgs, town, quartier, specific_ars,
                                             _dept_of(doc.orgs, town), doc.publication_date)
            if record is not None:
                return [quartier, record]
    if len(contracts) == 1:
        # A later contract's page that tells who signed the first one: that one too, as its own record.
        terr = contracts[0].territory
        earlier = predecessor.predecessor_record(doc.units, doc.text, doc.orgs, terr, contracts[0], specific_ars,
                                                 _dept_of(doc.orgs, terr), doc.publication_date)
        if earlier is not None:
            if earlier.axes and earlier.axes == contracts[0].axes and earlier.evidence["axes"][0].start \
                    > earlier.evidence["territory"][0].end:
                # the list told after the first contract's paragraph, under its past header ("Ce premier contrat
                # s'organisait autour de quatre axes :"), is its own, not the page's own contract's too
                contracts[0] = contracts[0].model_copy(update={
                    "axes": [], "axis_themes": [], "axis_details": [],
                    "evidence": {k: v for k, v in contracts[0].evidence.items() if k != "axes"}})
            elif not earlier.axes and _axes_of_the_earlier(doc.text, contracts[0], earlier):
                # "Axe du CLS 2019-2025 | Actions prévues | …" (an evaluation's table): the first contract's axes
                moved = {"axes": contracts[0].evidence["axes"]}  # (_axes_of_the_earlier reads them there)
                earlier = earlier.model_copy(update={"axes": contracts[0].axes, "axis_themes": contracts[0].axis_themes,
                                                     "axis_details": contracts[0].axis_details,
                                                     "evidence": {**earlier.evidence, **moved}})
                contracts[0] = contracts[0].model_copy(update={
                    "axes": [], "axis_themes": [], "axis_details": [],
                    "evidence": {k: v for k, v in contracts[0].evidence.items() if k != "axes"}})
            # (a page whose own contract is still being prepared tells of the signed one first, as its gold lists them)
            contracts = [earlier, *contracts] if contracts[0].status == "in_preparation" else [*contracts, earlier]
    return contracts


_YEAR_RANGE = re.compile(r"\b(20[0-4]\d)\s*[-–/]\s*(20[0-4]\d)\b")


_FIRST_ONES = re.compile(r"\b(?:premier|précédent|ancien)\s+(?:contrat|CLS)\b", re.I)


def _axes_of_the_earlier(text: str, current: Contract, earlier: Contract) -> bool:
    """The current contract's axes stand under a line that names the earlier contract's years, not its own: "Axe du CLS
    2019-2025" over an evaluation's table, on the page of a second contract in preparation for 2026-2031; or under a
    line that tells the first contract's list in a past tense ("Ce premier contrat s'organisait autour de quatre axes :")."""
    spans = current.evidence.get("axes") or []
    if not spans:
        return False
    start = line_start(text, spans[0].start)
    heading = text[line_start(text, max(0, start - 1)) : start] if start else ""
    above = text[:start].rstrip()
    header = above[above.rfind("\n") + 1 :]  # the list's header line, above any blank line
    told = (earlier.evidence.get("territory") or [None])[0]  # the paragraph that tells the first contract
    after_it = told is not None and told.end <= start and text.count("\n", told.end, start) <= 3
    if axes_mod.past_header(header) and (_FIRST_ONES.search(header) or after_it):
        # "Ce premier contrat s'organisait autour de quatre axes :" over the list, or "Il s'organisait autour de trois
        # axes :" right after the paragraph that tells the first contract
        return True
    if current.status != "in_preparation" or earlier.period_end is None:
        return False
    ends = [int(b) for _, b in _YEAR_RANGE.findall(text[start : line_end(text, spans[0].start)] + " " + heading)]
    return any(b == earlier.period_end and (current.period_end is None or b != current.period_end) for b in ends)


def _territory_confidence(doc: DocInput) -> list[float] | None:
    """Each chosen territory's probability under the scored decision (rules/models): its confidence."""
    model = territory_choice.load_model()
    if model is None:
        return None
    headed, announced = _headed_groups(doc.groups, doc.units), announced_count(doc.text)
    return [round(model.probability(territory_choice.group_features(
        g, doc.groups, len(doc.text), headed, announced, doc.chosen)), 3) for g in doc.chosen]
