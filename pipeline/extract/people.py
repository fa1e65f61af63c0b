"""Named people with their role ("Éric Delhaye, maire de Laon", "la présidente Anne Meyer-Schmitt").

spaCy's French NER is good on persons (F 0.90) but also tags place and organisation names as PER;
a candidate is kept only when a role noun from ``rules/roles.yml`` stands right next to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline import rules
from pipeline.clean.hints import lead
from pipeline.extract.orgs import find_orgs
from pipeline.extract.territory import linked_as
from pipeline.geo import get_gazetteer
from pipeline.lines import line_end, line_start, sentence_span

_UP = r"A-ZÀ-ÖØ-Þ"
_LOW = r"a-zß-öø-ÿ"
# Hyphenated parts are bounded ("Jean-Pierre-Marie"): an unbounded chain backtracks quadratically.
_PART = rf"[{_UP}][{_LOW}'’]+(?:-[{_UP}][{_LOW}'’]+){{0,4}}"
_LAST = rf"(?:(?:Le|La|Du|De|Van|Mac|Ben|El|d['’])\s?)?[{_UP}][{_UP}{_LOW}'’]+(?:-[{_UP}][{_UP}{_LOW}'’]+){{0,4}}"
PERSON = lead(re.compile(rf"\b(?P<name>{_PART}(?:\s{_PART})?\s{_LAST})\b"))
_NOT_FIRST = {"Le", "La", "Les", "Pour", "Dans", "Pays", "Ville", "Communauté", "Centre", "Conseil", "Agence",
              "Fiche", "Axe", "Contrat", "Préfecture", "Sous", "Caisse", "Mutualité", "Saint", "Sainte", "Madame",
              "Monsieur", "Accueil", "Photo", "Crédit", "Hôpital", "Collectivité", "Maison", "Santé", "Val", "Vallée",
              "Grand", "Haute", "Haut", "Basse", "Bas", "Nord", "Sud", "Est", "Ouest", "Rue", "Place", "Avenue",
              "Mont", "Port", "Pointe", "Fort", "Lire", "Voir", "Plus", "Vous", "Nous", "Elle", "Il", "Chaque",
              "Après", "Avant", "Depuis", "Selon", "Dès", "Contact", "Tél", "Mél", "Direction", "Délégation",
              "Observatoire", "Projet", "Plan", "Programme", "Groupe", "Syndicat", "Région", "Département",
              # Titles written with capitals ("le Directeur Général", "le Comité Syndical"): no first name.
              "Directeur", "Directrice", "Comité", "Président", "Présidente", "Préfet", "Préfète", "Secrétaire",
              "Délégué", "Déléguée", "Vice-Président", "Vice-Présidente", "Sous-Préfet", "Sous-Préfète",
              # A preposition or conjunction starts no name ("Entre Le président …", "De Coulommiers").
              "Entre", "De", "Du", "Des", "Et", "En", "Au", "Aux", "Par", "Sur", "Avec",
              # An interjection that greets or thanks someone ("Bravo Camille !", "Merci Hélène") is no first name.
              "Bravo", "Merci", "Félicitations", "Bonjour", "Bonsoir", "Salut", "Coucou", "Hello"}


# "Montpellier Méditerranée Métropole", "Saint-Flour Communauté": an organisation named by its place.
_NOT_LAST = {"Métropole", "Communauté", "Agglomération", "Agglo", "Territoire", "Santé", "Ville", "Région", "Département"}
# A body's acronym right before a name ("MSA Marne Ardennes Meuse", "CPAM Côte d'Opale"): the name goes on the body's.
_ACRONYM_BEFORE = re.compile(r"(?<![\w.])(?-i:(?:MSA|CPAM|CAF|ARS|CH|CHU|CCAS|CIAS|CPTS|GHT|URPS|CGSS|UDAF|ADMR|ORS|IREPS))[^\S\n]+$")
_GLUED_END = re.compile(r"['’][^\W\d_]{1,3}\b")
_NAME_END = re.compile(r"\n|\s[–—]\s|,")
# A venue's noun right before a name ("l'espace Bel Orient", "la salle Jean Moulin", "rue Victor Hugo").
# ("la place Jean Jaurès", not "ont pris place Hélène X, directrice …")
_VENUE_BEFORE = re.compile(r"(?<![\w-])(?:espace|salle|rue|avenue|boulevard|(?:la|à\s+la|de\s+la|sur\s+la)\s+place|quai|allée|"
                           r"square|parc|stade|gymnase|complexe|résidence|collège|lycée|école|centre)[^\S\n]+$")
# A territorial body's head right before a name: the name is the body's ("Communauté de communes des Quatre Rivières").
# ("Pour la Communauté de communes" / "Piège Lauragais Malepère," on the next line of a signature block)
_OF = r"(?:des|du|de[^\S\n]+la|de[^\S\n]+l['’]|de|d['’])[^\S\n]*"
_COMMUNITY = r"communauté[^\S\n]+(?:de[^\S\n]+communes|d['’]agglomération)"
_BODY_BEFORE = re.compile(rf"(?i:\b(?:{_COMMUNITY}|communauté[^\S\n]+urbaine|métropole|pays|syndicat[^\S\n]+mixte))"
                          rf"(?:[^\S\n]+{_OF}"
                          # (on the next line, with or without its preposition; not "le président de la communauté de
                          # communes François Marty", its officer named after it)
                          rf"|[^\S\n]*\n\s*(?:{_OF})?)$")
_BODY_HEAD_BEFORE = re.compile(rf"(?i:\b{_COMMUNITY})[^\S\n]+$")


# "Françoise Ricco et Déborah Sauzier représentantes de l'ARS": the second name of a pair, then their role.
_AND_NAME = re.compile(rf"\s+et\s+(?:(?:M\.|Mme|Monsieur|Madame)\s+)?{_PART}(?:\s{_PART})?\s{_LAST}")
# A publication's credits ("Agglo Mag – Directeur de la publication : …") name no one of the contract.
# A page's or a paper's credits, not a part in the contract: "Directeur de la publication", "Directrice de mémoire".
_CREDIT = re.compile(r"direct(?:eur|rice)\s+(?:de\s+(?:la\s+)?publication|de\s+(?:mémoire|thèse|recherche))", re.I)


@lru_cache(maxsize=1024)
def _names_a_body(name: str) -> bool:
    """The whole name is an organisation (rules/orgs.yml) or a territory the gazetteer knows exactly."""
    if any(o.start == 0 and o.end >= len(name) for o in find_orgs(name)):
        return True
    gaz = get_gazetteer()
    res = gaz.link(name)
    if res is not None and res.score >= 0.95 and res.type in ("commune", "epci", "pays_petr"):
        return True
    # "Ardèche Drôme Loire" (the MSA's, on the line under its head): départements' names, one after the other
    words = name.split()
    return len(words) >= 2 and all(gaz.departement(w) is not None for w in words)


@dataclass
class PersonMention:
    start: int
    end: int
    name: str
    role: str | None


@lru_cache(maxsize=1)
def _role_alternation() -> str:
    """The role nouns of rules/roles.yml as one regex alternation, longest first."""
    return "|".join(sorted((re.escape(r) for r in rules.load("roles")["roles"]), key=len, reverse=True))


@lru_cache(maxsize=1)
def _roles() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...], re.Pattern[str]]:
    """Role patterns: after the name, before it (NER persons), an appositive before it (any candidate:
    'La coordinatrice, Anaïs X', 'Coordinatrice : Lucie Y'), and the honorifics."""
    alt = _role_alternation()
    # A role's complement may hold a parenthesised acronym: "le directeur de l'Agence régionale de santé (ARS
    # Paca) Yann Bubien", "le représentant de l'ARS (Sarthe), Stephan Domingo".
    comp = r"(?:[^,.;:()«»\n]|\([^()\n]{0,40}\))"
    after = re.compile(rf"^\*?\s*(?:[,–—]\s*)?(?:(?:reste|est|devient|demeure|sera)\s+)?"
                       rf"(?:(?:(?:a|avait)\s+été\s+)?(?:recrutée?|nommée?|embauchée?|désignée?)\s+(?:\w+\s+){{0,3}}?(?:comme|en\s+tant\s+que|au\s+poste\s+de)\s+"
                       # "Pauline Hamelin a pris ses fonctions de coordinatrice du CLS", "occupe le poste de"
                       rf"|(?:a\s+pris|prend|prendra|occupe)\s+(?:ses\s+fonctions|le\s+poste|la\s+fonction)\s+(?:de|d['’]|comme)\s+)?"
                       rf"(?:(?:le|la|l['’])\s+)?"
                       # "Camille Aubertin, gériatre et référente du groupement pour le contrat local de santé": a
                       # profession, then the role
                       rf"(?:(?-i:[a-zéèêëàâîïôûüç-]{{4,}})(?:\s+(?-i:[a-zéèêëàâîïôûüç-]{{4,}}))?\s+et\s+(?=(?:{alt})))?"
                       rf"(?:(?:futur|future|nouveau|nouvelle|ancien|ancienne)\s+)?"
                       # "Gérard Pautrat (communauté de communes du Serein, président)": the body, then the role, in
                       # parentheses
                       rf"(?:\((?P<body>[^(),\n]{{2,80}}),\s*)?"
                       # "Gilbert Schmitt, premier vice-président de la MSA Lorraine", "…, 2e adjointe"
                       rf"(?P<role>(?:(?:premier|première|1er|1re|1ère|deuxième|second|seconde|troisième|quatrième|"
                       rf"[2-9]e|[2-9]ème)\s+)?(?:{alt})s?\b{comp}{{0,110}})", re.I)
    before = re.compile(rf"(?P<role>\b(?:{alt})\b{comp}{{0,90}}?)\s*,?\s*$", re.I)
    appositive = re.compile(rf"(?:\b(?:une?|le|la|l['’]|du|de\s+la|au|à\s+la)\s*|^\s*|[.;]\s*|\n[^\S\n]*)"
                            rf"(?P<role>(?:{alt})\b{comp}{{0,60}}?)\s*[,:]\s*$", re.I)
    return after, before, tuple(rules.load("roles")["honorifics"]), appositive


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    return frozenset(rules.load("roles")["labels_before_names"])


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """The name is all its line holds (an indented signature block too)."""
    return not text[line_start(text, start) : start].strip() and not text[end : line_end(text, end)].strip()


@lru_cache(maxsize=1)
def _role_word() -> re.Pattern[str]:
    """A role noun standing where a surname would ("Madame Présidente"): no surname."""
    return re.compile(f"(?:{_role_alternation()})s?", re.I)


# A telephone number or an e-mail address after a role; each tried once per run of spaces (linear on long runs).
_CONTACT = re.compile(r"(?<!\s)\s*+[–—,(|-]?\s*+(?:(?:Tél|Tel)\.?\s*+:?\s*+)?(?:\+33\s?|0)[1-9](?:[\s.]?\d\d){4}"
                      r"|(?<!\s)\s*+[–—,(|-]?\s*+(?<!\S)[^\s@]++@")


_SIGNATURE_MARK = re.compile(r",?\s*(?:\[\s*sign(?:ature|[ée]e?)\s*\]|\(\s*sign[ée]e?\s*\))\s*$", re.I)
# A name, then the article of the next role: "Thierry Gobillard, le".
_NAME_BEFORE = re.compile(rf"{_PART}\s{_LAST}[^\S\n]*,[^\S\n]*(?:le|la|l['’])?[^\S\n]*$")
# A name right after a role's end: ", Yannick Mercier".
_NEXT_NAME = re.compile(rf"[^\S\n]*+,[^\S\n]*+(?:(?:M\.|Mme|Monsieur|Madame)\s+)?{_PART}\s{_LAST}\b")


def _long_appositive(before: re.Pattern[str], window: str) -> re.Match[str] | None:
    """A long role in apposition before a name, ending with its comma ("la directrice de la délégation départementale de
    la Haute-Vienne de l'ARS Nouvelle-Aquitaine, Carole Marcheix")."""
    return m if (m := before.search(window)) is not None and window.rstrip().endswith(",") else None


def _clean_role(role: str) -> str:
    role = re.split(r"\s+(?:et|a|ont|qui|ainsi|avec|rappelle|explique|souligne|insiste|précise)\s+", role)[0]
    role = re.split(r"(?<!\s)\s+(?:le\s+\d{1,2}(?:er)?\s|depuis\s|dès\s)", role)[0]  # "coordinatrice du CLS le 2 mars": since when
    # A contact line: "chargée de mission santé – 03 25 00 00 00 – sante@…" ends at its telephone or address.
    role = _CONTACT.split(role)[0]
    return role.strip(" ,–—-")


def _names_first(text: str, role_start: int, appositive: re.Pattern[str]) -> bool:
    """The role before a name is the name before it's, in a list that opens on a name: "Jean-Michel Aubrun, président de
    la communauté de communes, Claire Vasseur, sous-préfète d'Issoudun, …" (not "le président, Thierry Gobillard, la
    déléguée de l'ARS, Yannick Mercier", which opens on a role)."""
    prev = _NAME_BEFORE.search(text, max(0, role_start - 60), role_start)
    if prev is None:
        return False
    ahead = text[max(0, prev.start() - 100) : prev.start()]
    return appositive.search(ahead) is None and not _NAME_BEFORE.search(ahead)


def find_people(text: str, ner_persons: list[tuple[int, int]]) -> list[PersonMention]:
    after, before, honorifics, appositive = _roles()
    cands: dict[int, tuple[int, int, bool]] = {}
    for s, e in ner_persons:
        # "Patrice LATRON\n\nLe Conseil": a name ends at its line; "Madame Christèle WILLER – Vice-Présidente de
        # la": and at a dash or a comma.
        cut = _NAME_END.search(text, s, e)
        if cut is None and (glued := _GLUED_END.match(text, e - 1 if text[e - 1 : e] in ("'", "’") else e)) is not None:
            e = glued.end()  # "Hervé Guivarc'h": the entity stops at the apostrophe the surname holds
        cands[s] = (s, cut.start() if cut else e, True)
    for m in PERSON.finditer(text):
        cands.setdefault(m.start(), (m.start(), m.end(), False))
    out: list[PersonMention] = []
    seen: set[str] = set()
    for s, e, from_ner in sorted(cands.values()):
        name = text[s:e].strip()
        label, _, rest = name.partition(" ")
        if label in _labels() and rest:
            name, s = rest, s + len(label) + 1  # "Contact Léa Humbert, coordinatrice …": a contact box's label
        titled, start = False, s  # a role before the name stands before its title ("Le Maire, M. X")
        for h in honorifics:
            if name.startswith(h + " "):
                name, s, titled = name[len(h) + 1 :], s + len(h) + 1, True
            elif h.endswith(".") and name.startswith(h) and name[len(h) : len(h) + 1].isupper():
                name, s, titled = name[len(h) :], s + len(h), True  # "M.Patrice Richard": the title glued on
        words = name.split()
        # "M. LASSALVY, Président de cette instance", "Mme Agelas, coordinatrice du CLS": a surname alone after
        # a title (a role must follow or precede it, as for any name).
        alone = titled and len(words) == 1 and len(words[0]) >= 3 and words[0][0].isupper() \
            and (words[0].isupper() or words[0][1:].islower()) and _role_word().fullmatch(words[0]) is None \
            and re.match(r"[^\S\n]{0,2}[,–—(]", text[e : e + 3]) is not None  # its role next: no cut word ("Chris�ne"),
        # no first name whose surname is on the next line ("Madame Claudie\nCHAMPEAUX")
        if (len(words) < 2 and not alone) or len(words) > 4 or words[0] in _NOT_FIRST or words[-1] in _NOT_LAST or "\n" in name \
                or any(c.isdigit() for c in name):
            continue
        if not all(w[0].isupper() or w in ("de", "du", "le", "la", "d'") for w in words) or words[0][0].islower():
            continue  # "Monsieur le Préfet": a title, no name
        if _names_a_body(name):
            continue  # "Cap Excellence", "Éducation Nationale": an intercommunality, an institution
        if not titled and _ACRONYM_BEFORE.search(text, max(0, s - 10), s):
            continue  # "La MSA Marne Ardennes Meuse, signataire du premier contrat": the rest of a body's name
        if not titled and (_BODY_BEFORE.search(text, max(0, s - 50), s) or (
                _BODY_HEAD_BEFORE.search(text, max(0, s - 50), s) and linked_as(name, ("epci",), "epci") is not None)):
            # "Pour la Communauté de communes des Quatre Rivières, Le Président", "… Communauté de communes Piège
            # Lauragais Malepère, le président": a body's name, no person
            continue
        if not titled and _VENUE_BEFORE.search(text, max(0, s - 14), s):
            continue  # "à l'espace Bel Orient, le maire de Trégueux …": a place named after someone or something
        if len(words) == 2 and words[0].isupper() and len(words[0]) >= 2 and not words[1].isupper():
            name = f"{words[1]} {words[0]}"  # "Mme ERHEL Corinne": the surname in capitals comes first
        role = None
        m = after.match(text[e : e + 140])
        if m is None and (pair := _AND_NAME.match(text, e)) is not None:
            m = after.match(text[pair.end() : pair.end() + 140])  # "X et Y représentantes de l'ARS": both
        if m and m["role"].lower().startswith("en charge") and not from_ner:
            m = None  # "Atmo Grand Est, en charge de la surveillance": a remit follows bodies as well as persons
        if m and "\n" in m.string[: m.start("role")] and re.match(r"[^\S\n]*:", m.string[m.end("role") :]):
            m = None  # "Président : Bernard X" / "Vice-présidente : Catherine Y": the next line's label is Y's role
        w0 = max(0, start - 100)
        if m and (ap := appositive.search(text[w0:start]) or _long_appositive(before, text[w0:start])) is not None \
                and not _CREDIT.match(ap["role"]) \
                and (_NEXT_NAME.match(text, e + m.end("role"))
                     or _NAME_BEFORE.search(text, max(0, w0 + ap.start("role") - 60), w0 + ap.start("role"))) \
                and not _names_first(text, w0 + ap.start("role"), appositive):
            # "le président de l'intercommunalité, Thierry Gobillard, le délégué territorial de l'ARS, Yannick Mercier":
            # roles before names; the role after this one is the next person's
            role = _clean_role(ap["role"])
        elif m and not _CREDIT.match(m["role"]):
            role = _clean_role(m["role"]) + (f" ({m['body'].strip()})" if m["body"] else "")
        elif from_ner or _alone_on_line(text, start, e):
            # A role before the name ("la présidente Anne Meyer-Schmitt") only for NER persons: regex candidates there
            # are often institutions ("l'Atelier Santé Ville"); or a letter's signature, the name alone on its line
            # under its role ("la Déléguée territoriale de Meurthe-et-Moselle" / "Anne-Sophie X").
            window = text[max(0, start - 100) : start]
            # (a signature page's mark between the role and the name: "le Délégué départemental de la Drôme,
            # [signature] Olivier Garcin")
            window = _SIGNATURE_MARK.sub(", ", window)
            b = before.search(window)
            if b and (from_ner or "\n" in b.group() or window.endswith(", ")):
                role = _clean_role(b["role"])
        if not role and (b := appositive.search(text[max(0, start - 100) : start])) and not _CREDIT.match(b["role"]):
            role = _clean_role(b["role"])
        if not role and rules.compiled("roles", "implied_coordination").search(text[max(0, s - 120) : s]):
            role = "coordination du contrat"
        if not role and (b := rules.compiled("roles", "held_post").search(text[max(0, s - 120) : s])) \
                and _role_word().search(b["role"]):
            role = _clean_role(b["role"])  # "le poste de chargé de mission santé, occupé par X"
        if not role and rules.compiled("roles", "represents").search(text[max(0, s - 120) : s]):
            role = "représente un signataire"
        if not role:
            continue
        key = words[-1].lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(PersonMention(s, e, name, role))
    return out


# "La cérémonie s'est déroulée en présence de la députée de la circonscription, Claire Dumontet, et du conseiller
# départemental Marc Girod": the elected guests of a signing, whom no annotated contract lists (those who sign may be
# named "en présence de" too, on an agenda page: "la signature aura lieu en présence du maire et de la directrice").
_IN_PRESENCE = re.compile(r"\ben\s+présence\s+d(?:e|u|es|['’])", re.I)
_GUEST_ROLE = re.compile(r"(?i)\b(?:député|députée|sénat(?:eur|rice)|conseill(?:er|ère)s?\s+(?:départementa|régiona)[a-z]*)\b")


def a_guest(text: str, p: PersonMention) -> bool:
    """A person named among the guests of a signing that took place: "en présence de …" with a member of parliament's
    or a département's or region's councillor's role, or the subject of "assistait à la cérémonie" ("La vice-présidente
    de la Métropole, Nadine X, assistait à la cérémonie"). (Not the guests an agenda page announces, "La signature se
    tiendra en présence de Mme X, conseillère départementale", nor a box labelled « En présence de »: the annotated
    pages list those; nor other guests said not to sign, "en présence du maire de Clermont-Ferrand, …, qui ne sont pas
    signataires", whom the annotated pages list or not.)"""
    if p.role is None:
        return False
    start, stop = sentence_span(text, p.start, p.end)
    if _TO_COME.search(text, start, stop) is not None:
        return False
    if (attends := _ATTENDS.search(text, p.end, stop)) is not None and _SIGNS.search(text, start, attends.start()) is None:
        return True
    if _GUESTS_FIRST.match(text, start) is not None and _SIGNS.search(text, start, stop) is None:
        return True  # "Assistaient également à la cérémonie Jean-Paul X, président de …, et la députée …"
    presence = _IN_PRESENCE.search(text, start, p.start)
    if presence is None or "«" in text[max(start, presence.start() - 3) : presence.start()]:
        return False
    return _GUEST_ROLE.search(p.role) is not None


_TO_COME = re.compile(r"\b(?:se\s+tiendra|se\s+fera|se\s+déroulera|aura\s+lieu|sera|seront|interviendra|signera|signeront)\b",
                      re.I)
# "… assistait à la cérémonie", "assistaient à la signature": present, not a party.
_ATTENDANCE = r"ssistai(?:t|ent)\s+(?:également\s+|aussi\s+)?à\s+la\s+(?:cérémonie|signature)\b"
_ATTENDS = re.compile(rf"\ba{_ATTENDANCE}", re.I)
_SIGNS = re.compile(r"\bsign|\bparaph", re.I)
# A sentence that opens on its guests' attendance, its subjects after the verb: "Assistaient également à la cérémonie …".
# (Not "Étaient présents Pierre X, directeur général de l'ARS, et Laure Y, adjointe au maire": the parties' own
# officers, whom the annotated pages list.)
_GUESTS_FIRST = re.compile(rf"\s*+A{_ATTENDANCE}")
