"""Status (signed, renewed, in preparation, announced) and generation of one contract.

Cues come from ``rules/status.yml``. A signing verb in the future ("sera signé", "signature prévue")
is a preparation cue, not a signing one; a renewal cue only counts once the contract is signed.
"""

from __future__ import annotations

import re

from pipeline import rules
from pipeline.clean.hints import lead
from pipeline.geo import get_gazetteer

_FUTURE_BEFORE = re.compile(  # whole words: "déjà signé" is no "à signer", "Nova" no "va"
    r"(?<![\w'’-])(?:(?:sera|seront|devrait|devraient|doit|doivent|pourra|pourront|va|vont|être)(?:\s+(?:la|le|l['’]))?"
    # a signing that was to take place ("la salle des fêtes devait accueillir la signature")
    r"|devai(?:t|ent)\s+(?:accueillir|officialiser|voir|permettre)\s+(?:la|le|l['’])"
    r"|prévue?s?\s+d'être|à|(?:approuv|autoris|valid)\w*\s+la|vot\w*\s+(?:contre|pour)\s+la"
    # a signing aimed at ("La collectivité vise une signature de son premier CLS à l'automne 2027")
    r"|vis(?:e|ent|ons|ait|aient)\s+(?:une|la)|en\s+vue\s+d['’]une)\s*$", re.I
    # "approuver la signature", "la troisième étape sera la signature du contrat dans un an" (not "passer à la signature")
)
# "sera porté par la communauté de communes et signé avec …": a participle coordinated with a future one.
_FUTURE_AND = re.compile(r"\b(?:sera|seront|devra|devront|devrait|devraient|doit|doivent)\s+[^.;:\n]{0,70}\bet\s+$", re.I)
_SIGNING_NOUN = re.compile(r"\bsignature\b", re.I)
# A signing denied: "le contrat n'est pas encore signé", "n'a toujours pas été signé", "jamais signé".
# ("Aucun contrat n'est encore signé")
_NOT_YET = re.compile(r"\b(?:pas|jamais|plus)(?:\s+(?:encore|toujours|été|officiellement|formellement)){0,3}\s+$"
                      r"|\bn['’](?:est|a|ont|sont)\s+(?:encore|toujours)(?:\s+été)?\s+$", re.I)
_ORDINALS = {"premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3, "quatrième": 4,
             "cinquième": 5, "sixième": 6}
_GEN_NUMBER = lead(re.compile(r"\bCLS\s?(?P<n>[1-9])\b|\b(?:CLS|contrat\s+local\s+de\s+santé)\s+n°\s?(?P<n2>[1-9])\b", re.I))
# "le 4e contrat local de santé", "CLS 2ème génération", "2 e génération"
_GEN_DIGIT = lead(re.compile(r"\b(?P<n>[2-9])\s?(?:e|ème|eme|nde)\s+(?:contrat|CLS|génération)\b", re.I))
_GEN_ORDINAL = lead(re.compile(
    r"\b(?P<ord>deuxième|second|seconde|troisième|quatrième|cinquième|sixième)\s+"
    r"(?:génération|contrat\s+local\s+de\s+santé|CLS|contrat)\b|"
    r"\b(?:CLS|contrat(?:\s+local\s+de\s+santé)?)\s+de\s+(?P<ord2>deuxième|seconde|troisième|quatrième|cinquième)\s+génération|"
    # "Deuxième du nom, celui-ci a été signé le 14 juin 2024"
    r"\b(?P<ord3>deuxième|second|troisième|quatrième|cinquième)\s+du\s+nom\b",
    re.I,
))


# "le 3ème CLS de la Vienne", "le 4e contrat local de santé que l'Agence régionale de santé signe en Guyane": a
# count of an area's or an agency's contracts, not of this territory's.
_AREA_AFTER = re.compile(r"(?:(?:contrat|CLS)(?>[^\S\n]+))?(?:local[^\S\n]+de[^\S\n]+santé(?>[^\S\n]+))?(?:\([^()\n]{0,10}\)(?>[^\S\n]+))?"
                         # "le cinquième contrat local de santé signé en Corse"
                         r"(?:(?:signé|conclu|paraphé)e?s?(?>[^\S\n]+))?"
                         # ("… signé sur le territoire de Mayotte", "… signé à La Réunion")
                         r"(?:(?:sur[^\S\n]+le[^\S\n]+territoire[^\S\n]+)?(?:de[^\S\n]+la|de[^\S\n]+l['’]|du|des|de|en|à|"
                         r"dans[^\S\n]+(?:la|le|les|l['’]))(?>[^\S\n]*)"
                         r"(?P<area>(?>[A-ZÉÈ][\w'’-]*)(?:[^\S\n](?>[A-ZÉÈ][\w'’-]*)){0,4})|que[^\S\n]+l['’](?:ARS|Agence)"
                         # "le sixième contrat local de santé signé dans le département", "… de la région"
                         r"|(?:dans[^\S\n]+(?:le|la)|du|de[^\S\n]+la|en)[^\S\n]+(?:département|région|France)\b)")
_ORDINAL_CUE = re.compile(r"\d|ième|ème|second|CLS", re.I)


def _an_area_count(text: str, m: re.Match[str]) -> bool:
    if not _ORDINAL_CUE.search(m.group()):
        return False
    after = _AREA_AFTER.match(text[m.end() : m.end() + 120].lstrip())
    if after is None:
        return False
    if after["area"] is None:
        return True
    gaz = get_gazetteer()
    return gaz.departement(after["area"]) is not None or gaz.region(after["area"]) is not None


def _to_come(text: str, pos: int) -> bool:
    """The clause after a signing noun puts it in the future (rules/status.yml signing_to_come)."""
    return rules.compiled("status", "signing_to_come").match(text, pos) is not None


# Equipment, leases and mandates are renewed too ("Le parc de véhicules du service a été renouvelé pour 190 000 euros"):
# a renewal whose clause names such an object is not the contract's.
_RENEWED_OBJECT = re.compile(r"\b(?:parc|véhicules?|matériels?|mobilier|équipements?|flotte|bail|baux|mandats?|"
                             r"agréments?|adhésions?|marchés?|abonnements?|toiture|chaudière|postes?\s+informatiques?|"
                             # works ("fin du chantier de renouvellement des réseaux")
                             r"chantiers?|travaux|réseaux\s+d['’](?:eau|assainissement)|canalisations?|voirie)\b", re.I)
_CLAUSE_START = re.compile(r"[.;:!?\n]")


# A renewal still ahead, prepared for: "recommandations en vue de … la préparation de son renouvellement en 2028".
# ("La décision d'engager, ou non, un second contrat reviendra au conseil", "l'élaboration d'un éventuel deuxième CLS")
_RENEWAL_AHEAD = re.compile(r"\b(?:prépar\w*|en\s+vue\s+d\w*|anticip\w*|perspective|engag(?:er|era)|élaborer|éventuel(?:le)?|"
                            r"ou\s+non)\b[^.;:\n]{0,15}$", re.I)


# What a renewal renews, where the words after it name it: "renouvellement de son projet alimentaire territorial",
# "renouvellement d'une demande", "le comité des fêtes renouvelle son bureau", "le renouvellement par moitié du conseil"
# are another object's; "renouvellement du contrat", "a renouvelé son CLS", "renouvellement de la démarche" the contract's.
_RENEWED_WHAT = re.compile(r"renouvel(?:l?ement[^\S\n]+(?:de|d['’]|du|des)[^\S\n]*|(?:é|ée|és|ées|le|lent)[^\S\n]+"
                           r"(?=(?:son|sa|ses|leurs?|notre|nos)\b))"
                           r"(?:(?:son|sa|ses|leurs?|notre|nos|la|le|les|l['’]|une?|ce|cette|cet)[^\S\n]*)?(?P<noun>[^\W\d_][\w-]*)"
                           r"|renouvel(?:l)?ement[^\S\n]+par[^\S\n]+(?P<part>moitié|tiers|quart)", re.I)
_THE_CONTRACT = {"contrat", "contrats", "cls", "convention", "engagement", "engagements", "partenariat", "démarche", "pacte",
                 "signature", "dispositif", "premier", "précédent", "ancien", "actuel"}


def _renewal_ahead(text: str, m: re.Match[str]) -> bool:
    return _RENEWAL_AHEAD.search(text, max(0, m.start() - 40), m.start()) is not None


def _renews_an_object(text: str, m: re.Match[str]) -> bool:
    """The renewal is another object's: one its clause names before it (_RENEWED_OBJECT), or the one the words after it
    name (_RENEWED_WHAT)."""
    lo = max(0, m.start() - 200)
    start = max((c.end() for c in _CLAUSE_START.finditer(text, lo, m.start())), default=lo)
    if _RENEWED_OBJECT.search(text, start, m.start()) is not None:
        return True
    what = _RENEWED_WHAT.match(text, m.start())
    return what is not None and (what["part"] is not None or what["noun"].lower() not in _THE_CONTRACT)


# The numbers a page counts contracts with, in figures or words.
_MANY = r"\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente"
# A renewal said of an area's contracts counted together: "la Moselle compte désormais quatorze CLS signés ou en cours
# de renouvellement", "une dizaine de contrats locaux de santé ont été renouvelés".
_COUNTED_CONTRACTS = re.compile(rf"\b(?:{_MANY}|plusieurs|nombreux|une\s+(?:dizaine|quinzaine|vingtaine|"
                                r"trentaine|quarantaine|cinquantaine))\s+(?:de\s+)?(?:CLS|contrats\s+locaux\s+de\s+santé)\b",
                                re.I)


def _renews_counted_contracts(text: str, m: re.Match[str]) -> bool:
    lo = max(0, m.start() - 200)
    start = max((c.end() for c in _CLAUSE_START.finditer(text, lo, m.start())), default=lo)
    return _COUNTED_CONTRACTS.search(text, start, m.start()) is not None


# What a CLS is, said in general ("Un contrat local de santé est un accord conclu pour plusieurs années entre une
# collectivité et l'ARS", "Les CLS sont signés entre …", "Le CLS est un outil signé par une collectivité et l'ARS"):
# its verbs are no contract's status.
_DEFINITION = re.compile(r"(?:(?:un|les)\s+(?:contrats?\s+locaux?\s+de\s+santé|CLS)\b(?:\s*\(CLS\))?\s*,?\s+(?:est|sont)\s+"
                         r"|(?:le|un)\s+(?:contrat\s+local\s+de\s+santé|CLS)\b(?:\s*\(CLS\))?\s*,?\s+est\s+un(?:e)?\s+"
                         r"(?:outil|accord|dispositif|document|contrat|cadre|démarche)\b(?=[^.!?\n]*\b(?:une|des|les)\s+collectivités?\b))",
                         re.I)
_SENTENCE_START = re.compile(r"[.!?\n]\s*")


def _in_definition(text: str, pos: int) -> bool:
    start = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, pos - 300), pos)), default=max(0, pos - 300))
    return _DEFINITION.match(text, start) is not None


# A count of contracts before a signing cue, in its sentence ("onze contrats locaux de santé sont désormais signés",
# "68 CLS signés").
_TALLIED_CONTRACTS = re.compile(rf"\b(?:{_MANY}|quarante|cinquante|soixante)(?:[\s-]+(?:et[\s-]+)?\w+)?\s+(?:autres\s+)?"
                                r"(?:contrats|CLS)\b[^.;!?\n]*$", re.I)


# (a tally that lists its contracts is their status: "Sept CLS sont déjà signés (notamment à Metz, Forbach, …)")
_NAMES_THEM = re.compile(r"[^.;!?\n]{0,40}?(?:\(|:|\bnotamment\b|\bdont\b)")
# (a tally, not two contracts signed together: "désormais", "au total", "compte")
_TALLY = re.compile(r"\b(?:désormais|au\s+total|en\s+tout|comptent?|compte\s+désormais|déjà|actuellement|aujourd['’]hui)\b", re.I)


def _count(pattern: re.Pattern[str], text: str, *, past_only: bool = False, areas: bool = False) -> int:
    n = 0
    for m in pattern.finditer(text):
        if past_only and _in_definition(text, m.start()):
            continue
        if areas and (_an_area_count(text, m) or _renews_an_object(text, m) or _renewal_ahead(text, m)
                      or _renews_counted_contracts(text, m)):
            continue
        if past_only and (c := _TALLIED_CONTRACTS.search(text, max(0, m.start() - 80), m.start())) is not None \
                and _TALLY.search(text, max(0, c.start() - 40), min(len(text), m.end() + 20)) \
                and not _NAMES_THEM.match(text, m.end()):
            continue  # "En Haute-Garonne, onze contrats locaux de santé sont désormais signés": an area's count
        if past_only and (_FUTURE_BEFORE.search(text[max(0, m.start() - 25) : m.start()])
                          or _NOT_YET.search(text, max(0, m.start() - 40), m.start())
                          or _FUTURE_AND.search(text[max(0, m.start() - 90) : m.start()])
                          or (m.group().lower().startswith("signature") and _to_come(text, m.end()))
                          or _NEXT_DAY_AFTER.match(text, m.end())):
            continue
        n += 1
    return n


# "Le contrat local de santé signé mardi prochain" (a headline), "signé la semaine prochaine": a signing to come.
_NEXT_DAY_AFTER = re.compile(r"[^\S\n]+(?:le[^\S\n]+|la[^\S\n]+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|mois)"
                             r"[^\S\n]+prochaine?\b", re.I)


def cue_count(family: str, text: str) -> int:
    """How many cues of one status family (rules/status.yml) the text holds, as the status is read from them:
    signings in the past only, no renewal that counts an area's contracts, a new contract after a first one
    signed earlier as a renewal, a signing noun whose clause is future as preparation."""
    n = _count(rules.compiled("status", family), text, past_only=family == "signed", areas=family == "renewed")
    if family == "renewed" and not n and rules.compiled("status", "earlier_first").search(text) and \
            rules.compiled("status", "new_contract").search(text):
        n = 1
    if family == "in_preparation":
        n += sum(_to_come(text, m.end()) for m in _SIGNING_NOUN.finditer(text))
    return n


def extract_status(text: str, has_signing_date: bool) -> tuple[str, str]:
    """(status, the cue that decided it)."""
    signed, renewed, prep, announced = (cue_count(f, text) for f in ("signed", "renewed", "in_preparation", "announced"))
    if rules.compiled("status", "draft_signed").search(text):
        return "in_preparation", "draft signed"
    if has_signing_date:
        signed += 2
    if signed and signed >= prep:
        return ("renewed", "renewal cue") if renewed else ("signed", "signing cue")
    if prep and rules.compiled("status", "deliberation").search(text) and not rules.compiled(
            "status", "preparation_proper").search(text):
        return "announced", "deliberation to engage"
    if prep:
        return "in_preparation", "preparation cue"
    if announced:
        return "announced", "announcement cue"
    if signed:
        return ("renewed", "renewal cue") if renewed else ("signed", "signing cue")
    if renewed and ((extract_generation(text) or 0) >= 2 or rules.compiled("status", "renewal_of_contract").search(text)):
        return "renewed", "renewal cue"  # "le CLS 2e génération 2019/2023": a later contract, even unsigned here
    if rules.compiled("status", "preparation_steps").search(text):
        return "in_preparation", "preparation step"
    return "unknown", ""


def extract_generation(text: str) -> int | None:
    m = _GEN_NUMBER.search(text)
    if m:
        return int(m["n"] or m["n2"])
    # not a count of an area's contracts ("le cinquième contrat local de santé signé en Corse")
    m = next((m for m in _GEN_DIGIT.finditer(text) if not _an_area_count(text, m)), None)
    if m:
        return int(m["n"])
    m = next((m for m in _GEN_ORDINAL.finditer(text) if not _an_area_count(text, m)), None)
    if m:
        return _ORDINALS[(m["ord"] or m["ord2"] or m["ord3"]).lower()]
    if rules.compiled("status", "first").search(text):
        return 1
    return None
