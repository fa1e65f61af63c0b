"""Parties no lexicon knows, read from their coordination with parties it does.

"Douze structures ont signé le CLS : la Préfecture de l'Orne, la Conférence de territoire de l'Orne, le Conseil
général de l'Orne": the middle item is a party because it is coordinated with two. ``rules/orgs.yml`` knows the
institutions that sign most contracts (ARS, préfecture, CPAM, hospitals…); the associations, foundations, networks
and unions that a list of parties also holds ("la Ligue contre le cancer", "l'Union départementale des associations
familiales", "la Maison associative de la santé") have no head it could know. Inside a signing range, an item of a list
whose other items are known parties is read as a party of type ``other``, named as written, when it reads as a name:
capitalised, no verb or pronoun, not a person, not a place (a place in such a list is the member of a plural party:
"les trois CPTS Aunis Nord, La Rochelle et Aunis Sud").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from pipeline import rules
from pipeline.extract.orgs import KIND_ONLY_HEADS, OrgMention
from pipeline.extract.signatories import initials
from pipeline.extract.territory import CLS_RX
from pipeline.geo import get_gazetteer

# Items of a list: commas, semicolons, "et", line breaks (with their bullets).
# (each match opens where a run of blanks does: linear on long runs)
_SEPARATOR = re.compile(r"(?<![^\S\n])[^\S\n]*(?:[,;][^\S\n]*(?:et[^\S\n]+)?|(?<=[^\S\n])et[^\S\n]+|\n\s*(?:[-•–*·▪][^\S\n]*)?)")
# The end of a list: a sentence's end, a colon, a paragraph.
_LIST_END = re.compile(r"[.!?:](?:\s|$)|\n\s*\n")
# What an item opens with and does not keep: "pour" of a signature block, its article, and the plural kind or the
# count it shares with the items after it ("les associations Avenir Santé environnement, Nature Environnement 17 et
# UNAFAM", "les 3 CPTS").
_LEAD = re.compile(r"^(?:[-•–*·▪]\s*)?(?:pour\s+)?(?P<article>(?:les|la|le|l['’])(?:(?<=['’])\s*|\s+))?"
                   r"(?P<plural>(?-i:associations|structures)\s+)?(?-i:(?:association|structure)\s+)?"
                   r"(?:(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+)?", re.I)
# An item longer than this is a clause, not a name with its representative ("…, représentée par son directeur général").
_LONGEST_ITEM = 200
# What an item closes with and does not keep: an acronym in parentheses, its representative, its punctuation.
_TAIL = re.compile(r"(?:[^\S\n]*\([^()\n]{0,120}\)|,?[^\S\n]+(?:représentée?s?|représentés?)\b.*|[^\S\n]*[,;.]+)+$", re.I | re.S)
_REPRESENTED = re.compile(r"représenté(?:e|s|es)?\b", re.I)
_WORD = re.compile(r"[\w'’\-«»]+")
# A person, not an institution: an honorific, a title, or a role.
_PERSON = re.compile(r"(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Messieurs|Mesdames|Dr|Docteur|Pr|Professeur|Me)\b|"
                     r"(?:président|présidente|directeur|directrice|maire|(?:sous-)?préfet|(?:sous-)?préfète|adjoint|adjointe|"
                     r"élu|élue|délégué|déléguée|conseiller|conseillère|vice-président|vice-présidente)s?\b", re.I)
# (a year, a postcode, an amount, a table's cell)
_NUMBERS = re.compile(r"\b\d{4,5}\b|€|%|\beuros?\b|\|", re.I)
# A person's role in apposition after a name.
_ROLE_AFTER = re.compile(rf"[^\S\n]*,[^\S\n]+(?:(?:le|la|l['’])[^\S\n]*)?(?:{_PERSON.pattern})", re.I)
# A lower-case description in apposition after a name: "Cesame, centre de santé mentale angevin".
# (no article: "UNAFAM, le centre SMR Richelieu" is the list's next item)
_APPOSED = re.compile(r"[^\S\n]*,[^\S\n]+(?!(?:le|la|les|un|une|des|du|et|ou)\b|l['’])(?P<kind>[a-zéèê][^,.;:()\n]{3,60})")
# Kinds of range whose items can be parties: signing clauses and the lists they open (not a table's cells, nor a photo
# caption's people).
_LIST_KINDS = frozenset({"clause", "list_between", "list_heading", "list_clause", "answer"})
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:la|le|les|des|du)[^\S\n]+|\b[ld]['’][^\S\n]*)$", re.I)


@dataclass(frozen=True)
class _Item:
    offset: int  # where the name starts in the item
    name: str
    lead: str  # "article" ("la Ligue contre le cancer"), "plural" ("les associations A"), "" (none: "Filieris")
    capitalised: int  # its capitalised words


def _name_of(item: str) -> _Item | None:
    """The party an item of a list names, or None where it reads as no name."""
    if len(item) > _LONGEST_ITEM:
        return None
    lead = _LEAD.match(item)
    offset = lead.end() if lead else 0
    body = _TAIL.sub("", item[offset:]).strip()
    words = _WORD.findall(body)
    if not body or not words or len(words) > 12 or len(body) > 100:
        return None
    lexicon = rules.load("coordination")
    if not (body[0].isupper() or body[0].isdigit()) and not (
            words[0].lower() in lexicon["kinds"] and len(words) > 1 and words[1][0].isupper()):
        return None  # (a lower-case kind of body before the name: "le centre SMR Richelieu")
    if re.search(r"[:?!]|\.\s", body) or _NUMBERS.search(body) or _PERSON.match(body):
        return None
    folded = [w.lower().strip("'’") for w in words]
    if any(w in lexicon["clause_words"] for w in folded) or folded[0] in _one_word_heads() or CLS_RX.search(body):
        return None  # a clause; a known head the lexicon could not complete ("Région", "CC (CCTC"); the contract itself
    cores = [re.split(r"['’]", w)[-1] or w for w in words]  # "l'Orne": "Orne"
    capitalised = sum(w[0].isupper() or w[0].isdigit() for w in cores)
    lower = sum(not (w[0].isupper() or w[0].isdigit()) and w.lower() not in lexicon["small_words"] for w in cores)
    # (a name with its article may hold a few lower-case words: "l'Union départementale des associations familiales")
    if lower > capitalised + (3 if lead and lead["article"] else 0) or not any(len(w) > 1 and w[0].isupper() for w in cores):
        return None
    if len(_WORD.findall(item)) > 1 and _TAIL.sub("", item).isupper():
        return None  # a heading in capitals ("AXES DU CONTRAT", "LE FINANCEMENT")
    link = get_gazetteer().link(body)
    if link is not None and link.score >= 0.8:
        return None  # a place: a member of a plural party ("les trois CPTS Aunis Nord, La Rochelle et Aunis Sud")
    kind = "plural" if lead and lead["plural"] else "article" if lead and lead["article"] else ""
    return _Item(offset + item[offset:].find(body[:1]), body[0].upper() + body[1:], kind, capitalised)


def _type_of(name: str) -> str:
    """The type whose words the name holds (``rules/coordination.yml`` types), else "other"."""
    return next((kind for kind, words in _type_words() if words.search(name)), "other")


@cache
def _type_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile("|".join(words), re.I)) for kind, words in rules.load("coordination")["types"].items())


@cache
def _one_word_heads() -> frozenset[str]:
    """The heads of ``rules/orgs.yml`` written in one word ("région", "cc", "caf"), folded."""
    return frozenset(h.lower() for spec in rules.load("orgs").values() for h in spec["heads"] if " " not in h)


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of text[start:end] between its separators, as ranges; an item's representative after its comma
    ("La Ville de Riom, représentée par son maire,") is part of it."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _SEPARATOR.finditer(text, start, end):
        if _REPRESENTED.match(text, pos) and out:
            out[-1] = (out[-1][0], m.start())
        else:
            out.append((pos, m.start()))
        pos = m.end()
    if _REPRESENTED.match(text, pos) and out:
        out[-1] = (out[-1][0], end)
    else:
        out.append((pos, end))
    return out


def _article_only(piece: str) -> bool:
    return not piece.strip() or _LEAD.fullmatch(piece.strip() + " ") is not None


def _opens_next(piece: str) -> bool:
    """The last piece before a known party: its article, or the first words of a longer name that holds it ("l'Union
    pour la Gestion des Établissements des Caisses d'" before "Assurance Maladie")."""
    lead = _LEAD.match(piece.strip())
    return _article_only(piece) or (lead is not None and bool(lead["article"]) and piece.strip()[lead.end():][:1].isupper())


def with_coordinated(text: str, orgs: Sequence[OrgMention], ranges: Sequence[tuple[int, int, str]],
                     persons: Sequence[tuple[int, int]] = ()) -> list[OrgMention]:
    """``orgs`` and the parties of type ``other`` that the signing ranges coordinate with known ones, by position.

    An item is read as a party when it opens with its article, as the parties of a French list do ("la Ligue contre le
    cancer"); without one only where its list writes its known parties bare too
    ("Conseil Départemental, Education Nationale, Maison de Santé Pluriprofessionnelle, CPAM") or after a plural kind
    ("les associations Avenir Santé environnement, Nature Environnement 17"): a heading ("AXES DU CONTRAT"), a person
    ("Florence Maréchal") or the end of a name cut at its comma ("Chablis, Villages et terroirs", "Bassin d'Aurillac,
    du Carladès") has none.
    A bare kind in apposition to a name read so ("Néolia, bailleur social, représenté par …") is that party, not one
    of its own."""
    added: list[OrgMention] = []
    apposed: set[int] = set()

    def readable(s: int, e: int, bare: str) -> _Item | None:
        item = _name_of(text[s:e])
        # (bare, a name of one capitalised word is the end of a longer one cut at its comma: "URPS Médecins libéraux,
        # Infirmiers, Masseurs-Kinésithérapeutes")
        if item is None or not (item.lead or bare == "plural" or (bare and item.capitalised >= 2)):
            return None
        if any(ps <= s + item.offset < pe for ps, pe in persons):
            return None  # a person's name ("Jean Dupont"), not one a body bears ("Fondation Vincent de Paul")
        return item

    known_initials = {initials(o.name) for o in orgs if not o.generic}

    def add(s: int, item: _Item) -> None:
        if len(item.name) >= 3 and any(k.startswith(item.name) for k in known_initials):
            # "le CHAL" of "le centre hospitalier Alpes-Léman", "l'OPH" of "l'Office public de l'habitat de la
            # Haute-Corse": a known party by its initials
            return
        at = s + item.offset
        end = at + len(item.name)
        if _ROLE_AFTER.match(text, end):
            return  # "Ange-Mathieu Orsatelli, maire d'Aléria": a person, by the role after the name
        kind = _type_of(item.name)
        if kind == "other" and (apposed := _APPOSED.match(text, end)) is not None:
            kind = _type_of(apposed["kind"])  # "le Cesame, centre de santé mentale angevin": the kind it is said to be
        # (its own name as its complement: a named party, as "la CPAM de l'Ain" is, not a bare head)
        added.append(OrgMention(start=at, end=end, org_type=kind, name=item.name, head=item.name.split()[0],
                                complement=item.name, generic=False))

    def run(pieces: list[tuple[int, int]], bare: str, all_or_none: bool) -> None:
        """Read the pieces in order; all of them or none, or up to the first that reads as no name. ``bare``: "list"
        where the list writes its parties without articles, "plural" after a plural kind, "" otherwise."""
        read: list[tuple[int, _Item]] = []
        for s, e in pieces:
            item = readable(s, e, bare)
            if item is None:
                if all_or_none:
                    return
                break
            read.append((s, item))
            bare = "plural" if item.lead == "plural" else "" if item.lead else bare
        for s, item in read:
            add(s, item)

    # Each range's known parties, and the run of ranges (a list, one item per line) each belongs to, read once.
    inside_of = [sorted((o for o in orgs if s <= o.start and o.end <= e), key=lambda o: o.start) for s, e, _ in ranges]
    run_of = _runs(ranges)
    in_run: dict[tuple[int, int], int] = {}  # the known parties of each run
    filled: dict[tuple[int, int], list[int]] = {}  # its ranges that hold one
    for lo, hi in set(run_of):
        in_run[lo, hi] = len({id(o) for j in range(lo, hi + 1) for o in inside_of[j]})
        filled[lo, hi] = [j for j in range(lo, hi + 1) if inside_of[j]]
    for i, (start, end, kind) in enumerate(ranges):
        if kind not in _LIST_KINDS:
            continue
        inside = inside_of[i]
        in_list = in_run[run_of[i]]
        if not inside:
            # an item of a list, one per line, that names no known party: a party where its list names two known ones
            # around it (on a line before it and on one after it)
            lines = filled[run_of[i]]
            if kind != "clause" and in_list >= 2 and lines and lines[0] < i < lines[-1]:
                run([(start, end)], "", True)
            continue
        if len(inside) < 2 and in_list < 2:
            continue
        bare = "" if _ARTICLE_BEFORE.search(text, max(0, inside[0].start - 6), inside[0].start) else "list"
        # before the first known party: the items of its line, or those after a clause's colon ("Les signataires :")
        first = inside[0]
        colon = text.rfind(":", start, first.start)
        head_from = start if kind != "clause" else colon + 1 if colon >= 0 else -1
        if head_from >= 0 and not _LIST_END.search(text, head_from, first.start):
            pieces = _items(text, head_from, first.start)
            if len(pieces) > 1 and _article_only(text[pieces[-1][0]:pieces[-1][1]]):
                before = len(added)
                run(pieces[:-1], bare, True)
                if len(added) > before and first.org_type == "other" and first.complement is None \
                        and first.head.lower() in KIND_ONLY_HEADS:
                    apposed.add(first.start)
        # between two known parties: every item a name, the last one no more than the next party's article
        for left, right in pairwise(inside):
            if _LIST_END.search(text, left.end, right.start):
                continue
            pieces = _items(text, left.end, right.start)
            if len(pieces) > 2 and _opens_next(text[pieces[-1][0]:pieces[-1][1]]):
                run(pieces[1:-1], bare, True)
        # after the last known party, to the list's end: the items that read as names
        last = inside[-1]
        stop = _LIST_END.search(text, last.end, end)
        run(_items(text, last.end, stop.start() if stop else end)[1:], bare, False)
    return sorted([o for o in orgs if o.start not in apposed] + added, key=lambda o: o.start)


def _runs(ranges: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """For each range, the run of ranges of its kind around it (a list, one item per line), as (first, last); a clause
    alone."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(ranges):
        hi = i
        if ranges[i][2] != "clause":
            while hi + 1 < len(ranges) and ranges[hi + 1][2] == ranges[i][2]:
                hi += 1
        out += [(i, hi)] * (hi - i + 1)
        i = hi + 1
    return out
