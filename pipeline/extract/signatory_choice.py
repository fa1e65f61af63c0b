"""The signatory decision as one scored choice: explicit features of each candidate party, learned weights.

Which organisations of a contract sign it is read by hand-set rules (signatories.py: the ranges that
signing clauses and the lists they open cover, and the mentions inside them). Here every party the
contract's text names is a candidate, and gets the same general features: the hand-set verdict and the
kind of cue that opened its range, the signing and exclusion cues of its sentence, its type, whether it
is generic or the contract's own territory, its place in the sentence and in a list, its distance to a CLS
mention, a signing date in its sentence, and counts over the contract. A logistic model trained on all
annotated data (``make train-signatories``) turns them into a probability. scripts/train_signatories.py
compares it with the hand-set rules by cross-validation across batches (rules/models/README.md).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.clean.hints import lead
from pipeline.extract import dates, signatories
from pipeline.extract.logistic import Capture, Model, read_model
from pipeline.extract.orgs import TRAILING_ACRONYM, OrgMention
from pipeline.extract.territory import name_key
from pipeline.extract.units import Unit
from pipeline.geo import get_gazetteer
from pipeline.models import ORG_TYPES, Signatory, Span, Territory

# The decision in force (rules/models/README.md): False, the hand-set rules choose and the model's
# probability is only the signatories' confidence; True, the model chooses.
LEARNED = True
MODEL_PATH = Path(__file__).resolve().parents[2] / "rules" / "models" / "signatory_choice.json"

# Cues of the sentence (unit) that holds the candidate: general phrasings, none of a page.
_CUES: dict[str, re.Pattern[str]] = {
    "sign_past": re.compile(r"\b(?:ont|a|avait|avaient|été)\s+(?:\w+\s+){0,2}?(?:signé|paraphé|co-?signé|conclu|renouvelé)"
                            r"|\bsigné(?:e|s|es)?\s+(?:par|entre|le|ce|en|à|lundi|mardi|mercredi|jeudi|vendredi|samedi)\b"
                            r"|\bsignent\b|\bsignature\s+(?:officielle\s+)?(?:du|de\s+ce|a\s+eu)", re.I),
    "sign_future": re.compile(r"\bsigner(?:a|ont|ait|aient)\b|\b(?:va|vont|doit|doivent|devrait|devraient|devront|pourra|"
                              r"pourront)\s+(?:\w+\s+){0,2}?signer\b|\b(?:sera|seront)\s+(?:\w+\s+)?signé|\bprochaine(?:ment)?\b|"
                              r"\bà\s+venir\b", re.I),
    "signatory_word": re.compile(r"\bsignataires?\b", re.I),
    "between": re.compile(r"\bentre\s+(?:l['’]|la|le|les)", re.I),
    "partners": re.compile(r"\bpartenaires?\b|\bpartenariat\b", re.I),
    "carried": re.compile(r"\bport(?:é|ée|és|ées|eront|ent|e)\s+(?:\w+\s+)?par\b|\bpilot(?:é|ée|és|ées)\s+(?:\w+\s+)?par\b|"
                          r"\bporteur\b|\bporteront\b", re.I),
    "engage": re.compile(r"\bengag\w*", re.I),
    "represented": re.compile(r"représentée?s?\s+par\b", re.I),
    "not_signing": signatories.NOT_SIGNING,
    "generic_sentence": signatories.GENERIC,
    "future_join": re.compile(r"rejoindr|par\s+avenant|s['’]associera|ultérieurement", re.I),
    "presence": re.compile(r"en\s+présence\s+d|présents?\b|assistai|ont\s+assisté|participé|participeront", re.I),
    "funding": re.compile(r"financ|\d\s*(?:€|euros)\b|subvention", re.I),
}
_CUES = {k: lead(p) for k, p in _CUES.items()}  # the same matches, scanned faster (hints.lead)
# A sentence about CLS in general ("le CLS est obligatoirement conclu avec l'ARS"), not about this contract.
_GENERAL = lead(re.compile(r"généralement|obligatoirement|en\s+règle\s+générale|\bles\s+(?:CLS|contrats\s+locaux\s+de\s+santé)\s+"
                           r"(?:sont|visent|permettent|s['’]appuient|reposent|constituent)\b|\b(?:un|le)\s+(?:CLS|contrat\s+local\s+de\s+"
                           r"santé)(?:\s*\([^()\n]{0,80}\))?\s+(?:est|vise|permet|s['’]appuie|s['’]envisage|repose|constitue)\s+"
                           r"(?!signé|conclu|renouvelé)", re.I))
_QUESTION = re.compile(r"\?\s*$")
_TYPES = tuple(t for t in ORG_TYPES)
_TERRITORIAL = ("commune", "epci", "pays_petr")
# The contract's status as read from its text: a contract never said to be signed names its parties less often.
_STATUSES = ("signed", "renewed", "in_preparation", "announced", "unknown")

FEATURES: tuple[str, ...] = (
    "hand", *(f"scope_{k}" for k in signatories.SCOPE_KINDS), "log_mentions", "scoped_share",
    *(f"cue_{c}" for c in _CUES), "excl_before", "excl_after", "question",
    *(f"type_{t}" for t in _TYPES), "generic", "complement", "substituted", "own_territory", "own_type",
    "other_territorial", "rank_in_unit", "log_orgs_in_unit", "pos_in_unit", "bullet", "first_in_line", "short_unit",
    "log_cls_distance", "cls_in_unit", "date_in_unit", "signing_date_in_unit", "doc_pos",
    "log_candidates", "log_scoped", "log_same_type", "several_contracts", "log_contracts", "contract_sign_cue",
    "log_scope_distance", "scoped_same_type", "cue_general", "all_general",
    *(f"status_{t}" for t in _STATUSES),
)


@dataclass
class Candidate:
    """One party a contract's text names (all its mentions under one key), with the hand-set verdict."""
    key: str
    signatory: Signatory
    span: tuple[int, int]  # the representative mention: the first in a signing range, else the first
    hand: bool
    values: dict[str, float] = field(default_factory=dict)
    probability: float | None = None
    order: int = 0  # where the representative mention stands as written (before a generic one is resolved)
    starts: tuple[int, ...] = ()  # where each of its mentions starts


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> Model | None:
    """The trained model (rules/models/signatory_choice.json), or None before the first training."""
    return read_model(Path(path) if path else MODEL_PATH, FEATURES, "make train-signatories")


@lru_cache(maxsize=256)
def _dates_in(text: str) -> bool:
    return bool(dates.find_dates(text))


# Per unit, not per candidate: the candidates of one unit (~7 a page) read the same cues and exclusions.
@lru_cache(maxsize=256)
def _unit_cues(text: str) -> tuple[tuple[str, float], ...]:
    return tuple((f"cue_{c}", float(bool(pat.search(text)))) for c, pat in _CUES.items())


@lru_cache(maxsize=256)
def _cleft_end(text: str) -> int | None:
    return signatories.cleft_end(text)


@lru_cache(maxsize=256)
def _exclusions(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in signatories.EXCLUDE.finditer(text))


def candidates(text: str, orgs: list[OrgMention], units: Sequence[Unit], scopes: list[tuple[int, int, str]],
               territory: Territory | None, specific_ars: str | None, dept_of: str | None = None,
               town: str | None = None, cls_spans: Sequence[tuple[int, int]] = (), n_contracts: int = 1,
               contract_status: str | None = None) -> list[Candidate]:
    """Every party of the contract's units, deduplicated as extract_signatories does, with its features.
    The candidates with ``hand`` set are exactly extract_signatories' signatories, in its order."""
    named = signatories._named_parties(orgs, text)
    starts = [u.start for u in units]

    def unit_of(pos: int) -> Unit | None:
        i = bisect_right(starts, pos) - 1
        return units[i] if i >= 0 and pos < units[i].end else None

    per_unit: dict[int, list[OrgMention]] = {}
    for o in orgs:
        if (u := unit_of(o.start)) is not None:
            per_unit.setdefault(u.start, []).append(o)
    by_key: dict[str, list[tuple[OrgMention, OrgMention, str, str | None]]] = {}
    for org in orgs:
        if signatories.names_contract(text, org.start, org.end) or _on_behalf_of(text, org, orgs):
            continue
        if org.org_type == "other" and _POSSESSED.search(text, max(0, org.start - 12), org.start):
            continue  # "la Ville s'engage … au travers de son centre communal d'action sociale": a party's own service
        resolved = signatories.resolve(org, named, territory, specific_ars, dept_of, town)
        if resolved is None:
            continue
        party, name, key = resolved
        kind = next((k for s, e, k in scopes if s <= org.start and org.end <= e), None)
        by_key.setdefault(key, []).append((org, party, name, kind))
    _merge_defined_acronyms(text, by_key)
    _drop_state_representative(text, orgs, by_key)
    _merge_epci_aliases(by_key)
    _merge_initials(by_key)
    _merge_shorter_hospital_names(by_key)
    _merge_bare_council(by_key)
    out: list[Candidate] = []
    for key, mentions in by_key.items():
        scoped = [m for m in mentions if m[3] is not None]
        org, party, name, _ = scoped[0] if scoped else mentions[0]
        if party.org_type == "hospital":
            name = max((m[2] for m in mentions), key=len)  # "Centre hospitalier intercommunal de la Lauter", not "CHI …"
        elif party.org_type == "cpam":
            # "la CPAM de l'Ain", as institutions sign, not "l'Assurance Maladie de l'Ain" of the same key
            name = next((m[2] for m in mentions if m[2].startswith("CPAM ")), name)
        unit = unit_of(org.start)
        cand = Candidate(key, Signatory(org_type=party.org_type, name=name), (party.start, party.end), bool(scoped),
                         order=org.start, starts=tuple(m[0].start for m in mentions))
        cand.values = _features(text, org, party, name, mentions, scoped, unit,
                                per_unit.get(unit.start, []) if unit is not None else [], territory, town, cls_spans)
        # (not a model feature: read by keep) every sentence that names the party says it does not sign ("Le conseil
        # départemental et la CPTS, associés à l'élaboration du contrat, n'en sont pas signataires")
        # (its bare mentions say nothing against what its full name's sentence says: "le Département suivra" in a
        # headline, "Le Département du Val-de-Marne … ne le signera que dans un second temps" in the text)
        named = [m for m in mentions if not m[0].generic] or mentions
        # (or its own entry in a contract's list of parties says so, whatever its logo and its signature block say)
        cand.values["said_not_signing"] = float(all(_said_not_to_sign(text, m[0], orgs) for m in named) or any(
            m[3] == "list_between" and _said_not_to_sign(text, m[0], orgs) for m in named))
        cand.values["all_general"] = float(all(
            (u := unit_of(m[0].start)) is not None and _GENERAL.search(u.text) is not None for m in mentions))
        out.append(cand)
    out.sort(key=lambda c: c.order)
    for c in out:
        # (not a model feature: read by keep) the party sits in a list a heading line excludes ("EN PRÉSENCE DE :" /
        # "La Région Occitanie, La MSA Grand Sud, …", "Partenaires associés :")
        c.values["under_excluding_heading"] = float(_under_excluding_heading(text, c.order))
    n, n_scoped = len(out), sum(c.hand for c in out)
    signing = float(any(_CUES[k].search(u.text) for u in units for k in ("sign_past", "sign_future", "signatory_word")))
    for c in out:
        gap = min((0 if s <= c.order < e else min(abs(c.order - s), abs(c.order - e)) for s, e, _ in scopes),
                  default=len(text))
        c.values.update({
            "log_candidates": math.log1p(n), "log_scoped": math.log1p(n_scoped),
            "log_same_type": math.log1p(sum(o.signatory.org_type == c.signatory.org_type for o in out) - 1),
            "several_contracts": float(n_contracts > 1), "log_contracts": math.log1p(n_contracts),
            "contract_sign_cue": signing,
            "log_scope_distance": math.log1p(gap) / math.log1p(max(len(text), 1)),
            "scoped_same_type": float(any(o.hand and o is not c and o.signatory.org_type == c.signatory.org_type
                                          for o in out)),
            **{f"status_{t}": float(contract_status == t) for t in _STATUSES},
        })
    return out


# "… n'en sont pas signataires", "qui n'est pas non plus signataire", "ne sont pas signataires"
# ("ne le signera que dans un second temps": a party that signs later, not this day)
_NOT_A_SIGNATORY = re.compile(r"\b(?:n['’](?:en\s+)?|ne\s+(?:le\s+|l['’])?)(?:sont|seront|est|sera)\s+pas\s+(?:non\s+plus\s+)?signataires?\b"
                              r"|\bne\s+(?:le|la|l['’])\s*signer(?:a|ont)\s+qu(?:e\s+|['’]\s*)(?:après|ultérieurement|plus\s+tard|"
                              r"dans\s+un\s+(?:second|deuxième)\s+temps)"
                              # a party of the list whose signature waits on its own body's vote ("La Caisse d'allocations
                              # familiales de la Drôme, sous réserve de la décision de son conseil d'administration,")
                              r"|\bsous\s+réserve\s+d[eu]\s+(?:la\s+|l['’])?(?:décision|délibération|validation|approbation|vote|accord)"
                              r"\s+(?:de\s+|du\s+)?(?:son|sa|ses|leur)\b"
                              # (its signature block: "Pour la Caisse …, (signature après délibération du conseil
                              # d'administration)", "[emplacement réservé – signature après délibération …]")
                              r"|\bsignature\s+après\s+(?:la\s+)?délibération\b", re.I)
_COORDINATED = re.compile(r"[^\S\n]*+(?:,[^\S\n]*+(?:et\b)?|et\b|ni\b)[^\S\n]*+(?:(?:la|le|les)\b|l['’])?[^\S\n]*+", re.I)


def _said_not_to_sign(text: str, org: OrgMention, orgs: Sequence[OrgMention]) -> bool:
    """The sentence says this party does not sign: a negation of signing whose subject is it, the nearest party before
    the negation or one coordinated with it ("Le conseil départemental de l'Yonne et la CPTS du Sénonais, associés à
    l'élaboration du contrat, n'en sont pas signataires"; not the parties before "en présence du président de la
    communauté d'agglomération, qui n'en est pas signataire")."""
    neg = _NOT_A_SIGNATORY.search(text, org.end, min(len(text), org.end + 260))
    if neg is None or re.search(r"[.!?\n]", text[org.end : neg.start()]):
        return False
    between = sorted((o for o in orgs if org.end <= o.start < neg.start()), key=lambda o: o.start)
    prev = org
    for o in between:  # each party up to the negation coordinated with the one before it
        if not _COORDINATED.fullmatch(text, prev.end, o.start):
            return False
        prev = o
    return True


def _under_excluding_heading(text: str, pos: int) -> bool:
    """The line of pos, or the list it ends, comes right after a short heading line of non-signing parties."""
    start = text.rfind("\n", 0, pos) + 1
    for _ in range(8):  # back over the lines of the list, up to its heading
        if start <= 1:
            return False
        prev_end = start - 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        line = text[prev_start:prev_end].strip()
        if not line:
            start = prev_start
            continue
        if len(line) <= 60 and line.endswith(":"):
            return signatories.excluding_heading(line)
        if len(line) > 200:
            return False
        start = prev_start
    return False


_ON_BEHALF = re.compile(r"(?:\bau\s+nom\s+(?:du|de\s+la|de\s+l['’]|des)|\brepr[ée]sent(?:ant|ait)\s+(?:le|la|l['’])|\bpour\s+(?:le|la))\s*$",
                        re.I)
_REPRESENTED_BY = re.compile(r"\brepr[ée]sent[ée]e?\s+par\s+(?:le|la|l['’]|Mme|M\.|Madame|Monsieur)?\s*$", re.I)
_STATE = ("prefecture", "sous_prefecture")
_STATE_THROUGH = re.compile(r"[^\S\n]*+,?[^\S\n]*+repr[ée]sentée?\s+par\b", re.I)
# After a sous-préfet's mention, past their name: ", Arnaud Levasseur, représentant le préfet".
_FOR_THE_PREFECT = re.compile(r"[^.;:\n]{0,50}?\b(?:repr[ée]sentant|qui\s+repr[ée]sentait|au\s+nom\s+du|pour\s+le)\s+(?:M\.\s+|Mme\s+)?"
                              r"(?:le\s+|la\s+)?pr[ée]f[èe]te?\b", re.I)


def _on_behalf_of(text: str, org: OrgMention, orgs: Sequence[OrgMention]) -> bool:
    """"le sous-préfet de Montdidier au nom du préfet de la Somme", "représentant le préfet": the State signs through
    the sous-préfecture named just before; the préfecture it acts for is no second party."""
    return (org.org_type in _STATE and _ON_BEHALF.search(text, max(0, org.start - 20), org.start) is not None
            and any(o is not org and o.org_type in _STATE and 0 <= org.start - o.end <= 60 for o in orgs))


def _represents_prefecture(text: str, org: OrgMention, orgs: Sequence[OrgMention]) -> bool:
    """A sous-préfet acting for the préfecture ("le sous-préfet d'Aix, représentant le préfet"; "la préfecture du
    Finistère, représentée par la sous-préfète de Brest")."""
    if org.org_type != "sous_prefecture":
        return False
    if _REPRESENTED_BY.search(text, max(0, org.start - 30), org.start) and any(
            o.org_type == "prefecture" and 0 <= org.start - o.end <= 60 for o in orgs):
        return True
    return (_FOR_THE_PREFECT.match(text, org.end, org.end + 80) is not None
            or any(o.org_type == "prefecture" and 0 <= o.start - org.end <= 60 and _on_behalf_of(text, o, orgs) for o in orgs))


def _drop_state_representative(text: str, orgs: Sequence[OrgMention], by_key: dict[str, list]) -> None:
    """The State signs once: where the page names the préfecture as a party in its own right, a sous-préfet who only
    acts for it adds no second party (annotators list the State once: the préfecture named, else the sous-préfecture
    that stood for it)."""
    for key in [k for k, ms in by_key.items() if ms[0][1].org_type == "prefecture"]:
        # "l'État, représenté par Nathalie Peyrard, sous-préfète de Villefranche-sur-Saône": the State is that
        # sous-préfecture here, whatever préfecture the page names elsewhere
        by_key[key] = [m for m in by_key[key] if not (m[0].generic and _STATE_THROUGH.match(text, m[0].end) and any(
            o.org_type == "sous_prefecture" and 0 <= o.start - m[0].end <= 90 for o in orgs))]
        if not by_key[key]:
            del by_key[key]
    prefectures = [k for k, ms in by_key.items() if ms[0][1].org_type == "prefecture"]
    regional = [k for k in prefectures if _REGIONAL.search(by_key[k][0][2])]
    if regional and len(regional) < len(prefectures):
        # "L'État, représenté par la préfète de la région Bourgogne-Franche-Comté, préfète de la Côte-d'Or": the regional
        # préfet is also the préfet of the département of its seat; the State signs once, as that département's
        for k in regional:
            del by_key[k]
    if not any(m[1].org_type == "prefecture" for ms in by_key.values() for m in ms):
        return
    for key in [k for k, ms in by_key.items() if ms[0][1].org_type == "sous_prefecture"]:
        if all(_represents_prefecture(text, m[0], orgs) for m in by_key[key]):
            del by_key[key]


_REGIONAL = re.compile(r"\brégion\b", re.I)
_POSSESSED = re.compile(r"\b(?:son|sa|ses|leur|leurs)\s+$", re.I)


def _merge_bare_council(by_key: dict[str, list]) -> None:
    """"le conseil départemental de la Dordogne" signs, "la vice-présidente du conseil départemental" speaks: the bare
    council is the one the page names in full, when it names one only (so is a bare "la Ville" beside "la Ville de
    Langres", and a bare "la DSDEN" beside "les services départementaux de l'Éducation nationale de la Haute-Savoie")."""
    for kind in ("departement", "region", "commune", "education_nationale"):
        # (a town only where a signing clause names it: "La Ville de Clermont-Ferrand avait signé un premier contrat" is
        # an earlier contract's party, "la Ville reste mobilisée" beside the métropole's no party of this one)
        named = [k for k, ms in by_key.items() if ms[0][1].org_type == kind and not all(m[0].generic for m in ms)
                 and (kind != "commune" or any(m[3] is not None for m in ms))]
        bare = [k for k, ms in by_key.items() if ms[0][1].org_type == kind and all(m[0].generic for m in ms)]
        if len(named) == 1 and bare:
            for k in bare:
                by_key[named[0]] = by_key[named[0]] + by_key.pop(k)


# Words that make a longer hospital name another establishment or an address: "Clinique d'Arcachon" is not the
# "Centre hospitalier d'Arcachon", "Centre hospitalier Alpes-Léman - Route de Findrol" is a site's address.
_OTHER_ESTABLISHMENT = frozenset({"clinique", "prive", "privee", "route", "rue", "avenue", "boulevard", "chemin", "site",
                                  "ehpad", "psychiatrique", "specialise", "usld", "ssr"})


def _merge_shorter_hospital_names(by_key: dict[str, list]) -> None:
    """One hospital under its full name and a shorter one, every word of which the full one holds ("Centre hospitalier
    Pierre-Dezarnaulds de Gien" in the parties' list, "Pour le centre hospitalier Pierre-Dezarnaulds" over its signature
    block; "de l'Ouest" and "de l'Ouest guyanais"): one party, unless the longer one's other words make it another
    establishment or an address."""
    words = {key: set(key.split(":", 1)[1].split()) for key in by_key if key.startswith("hospital:")}
    for key, own in sorted(words.items(), key=lambda kv: len(kv[1])):
        longer = [k for k, w in words.items() if k != key and own and own < w and not (w - own) & _OTHER_ESTABLISHMENT
                  and k in by_key]
        if len(longer) == 1 and key in by_key:
            by_key[longer[0]] = by_key[longer[0]] + by_key.pop(key)


def _merge_initials(by_key: dict[str, list]) -> None:
    """One party under its full name and its initials, undefined ("la Collectivité territoriale de Martinique" signs,
    "une conseillère exécutive de la CTM" attends): the initials' mentions join the full name, which stays."""
    full = {}
    for key, mentions in by_key.items():
        party, name = mentions[0][1], mentions[0][2]
        if len(name.split()) >= 3:
            full.setdefault((party.org_type, signatories.initials(name)), key)
    for key, mentions in list(by_key.items()):
        party, name = mentions[0][1], mentions[0][2]
        target = full.get((party.org_type, name)) if re.fullmatch(r"[A-Z]{2,6}", name) else None
        if target is not None and target != key and target in by_key and key in by_key:
            by_key[target] = by_key[target] + by_key.pop(key)


def _merge_epci_aliases(by_key: dict[str, list]) -> None:
    """One intercommunality under its full name and an alias the gazetteer knows for it ("la Communauté d'agglomération
    du Pays Nord Martinique (CAP Nord)", then "président de CAP Nord"): one party, listed under the name its signing
    clause gives it ("GrandAngoulême a signé"), else the longer one."""
    by_insee: dict[str, list[str]] = {}
    for key, mentions in by_key.items():
        party, name = mentions[0][1], mentions[0][2]
        if party.org_type != "epci":
            continue
        res = get_gazetteer().link(name, kind="epci")
        if res is not None and res.type == "epci" and res.insee and res.score >= 0.9 and not res.ambiguous:
            by_insee.setdefault(res.insee, []).append(key)
    for keys in by_insee.values():
        if len(keys) < 2:
            continue
        # the name a signing clause gives it, as the text writes it (not "l'agglomération" read as the territory's
        # official name), else the longer one
        keep = max(keys, key=lambda k: (any(m[3] is not None for m in by_key[k]),
                                        any(not m[0].generic for m in by_key[k]), len(by_key[k][0][2])))
        for k in keys:
            if k != keep:
                by_key[keep] = by_key[keep] + by_key.pop(k)


def _merge_defined_acronyms(text: str, by_key: dict[str, list]) -> None:
    """One party under its name and the acronym the page defines for it ("AGGLOMÉRATION MONTARGOISE ET RIVES DU LOING
    (AME)", then "l'AME a conclu avec l'ARS…"): the name's mentions join the acronym's, which the signing names."""
    by_name = {(ms[0][1].org_type, ms[0][2]): key for key, ms in by_key.items()}
    for key, mentions in list(by_key.items()):
        for org, party, _, _ in mentions:
            m = TRAILING_ACRONYM.search(text, org.start, min(len(text), org.end + 12))  # the mention may hold it
            target = by_name.get((party.org_type, m["acronym"])) if m else None
            if target is not None and target != key and key in by_key and target in by_key:
                by_key[target] = by_key[target] + by_key.pop(key)
                break


def _features(text: str, org: OrgMention, party: OrgMention, name: str, mentions: list, scoped: list,
              unit: Unit | None, in_unit: list[OrgMention], territory: Territory | None, town: str | None,
              cls_spans: Sequence[tuple[int, int]]) -> dict[str, float]:
    """General properties of one candidate, none of which names a place or a page."""
    utext = unit.text if unit is not None else ""
    ustart = unit.start if unit is not None else org.start
    rel = org.start - ustart
    excl = _exclusions(utext)
    if (resume := _cleft_end(utext)) is not None and rel >= resume:
        excl = tuple(x for x in excl if x > resume)  # the cleft's presence ("C'est en présence de … que") is behind it
    rank = next((k for k, o in enumerate(in_unit) if o is org), 0)
    # The contract's own place: its territory, or the town of a quartier ("la Ville" of a quartier's contract).
    places = {name_key(p) for p in (territory.name if territory is not None else None, town) if p} - {""}
    own = name_key(name) in places
    dist = min((abs(org.start - s) if org.start >= e or org.end <= s else 0 for s, e in cls_spans), default=len(text))
    values: dict[str, float] = {
        "hand": float(bool(scoped)),
        "log_mentions": math.log1p(len(mentions)),
        "scoped_share": len(scoped) / len(mentions),
        "excl_before": float(any(x < rel for x in excl)),
        "excl_after": float(any(x > rel for x in excl)),
        "question": float(bool(_QUESTION.search(utext))),
        "generic": float(org.generic),
        "complement": float(party.complement is not None),
        "substituted": float(party is not org),
        "own_territory": float(own),
        "own_type": float(territory is not None and party.org_type == territory.type),
        "other_territorial": float(territory is not None and party.org_type in _TERRITORIAL
                                   and party.org_type != territory.type and not own),
        "rank_in_unit": min(rank, 5) / 5,
        "log_orgs_in_unit": math.log1p(len(in_unit)),
        "pos_in_unit": rel / max(len(utext), 1),
        "bullet": float(unit is not None and unit.bullet),
        "first_in_line": float(unit is not None and unit.first_in_line),
        "short_unit": float(len(utext) <= 200),
        "log_cls_distance": math.log1p(dist) / math.log1p(max(len(text), 1)),
        "cls_in_unit": float(unit is not None and any(unit.start <= s < unit.end for s, _ in cls_spans)),
        "date_in_unit": float(_dates_in(utext)),
        "signing_date_in_unit": float(bool(_CUES["sign_past"].search(utext)) and _dates_in(utext)),
        "doc_pos": org.start / max(len(text), 1),
        "cue_general": float(bool(_GENERAL.search(utext))),
    }
    for k in signatories.SCOPE_KINDS:
        values[f"scope_{k}"] = float(any(m[3] == k for m in scoped))
    values.update(_unit_cues(utext))
    for t in _TYPES:
        values[f"type_{t}"] = float(party.org_type == t)
    return values


def keep(probability: float, threshold: float, values: dict[str, float]) -> bool:
    """The learned verdict. A party inside a signing range (the hand-set verdict) stays unless the model
    finds it unlikely (below half the threshold); a party outside needs the threshold, and is never added
    from general statements alone ("le CLS est obligatoirement conclu avec l'ARS" says what CLS are, not who
    signs this one: the hand-set rules read nothing there either, and the few such rows cannot teach the
    weights). A party named only where the page tells the earlier contract's signing is that one's, in a signing range
    or not ("Il avait été signé le 5 juillet 2019 par la Ville, l'ARS et la préfecture"), and so is one that every
    sentence naming it in full says does not sign, or signs only later."""
    if values.get("former_only") or values.get("said_not_signing"):
        return False
    if values.get("hand"):
        return probability >= threshold / 2
    return probability >= threshold and not values.get("all_general") and not values.get("under_excluding_heading")


def choose(cands: Sequence[Candidate], model: Model | None) -> list[Candidate]:
    """The candidates that sign: the hand-set verdict without a model, else the model's (``keep``)."""
    if model is None:
        return [c for c in cands if c.hand]
    return [c for c in cands if c.probability is not None and keep(c.probability, model.threshold, c.values)]


def score(cands: Sequence[Candidate], model: Model | None) -> None:
    """Each candidate's probability under the model (left None without one)."""
    if model is None:
        return
    for c in cands:
        c.probability = round(model.probability(c.values), 3)


# --- capture for training ---------------------------------------------------------------------------
# scripts/train_signatories.py runs the real extraction and reads, per contract built, its candidates and
# the signatory its own territory adds when no chosen party has its type (contracts._own_territory_signs).

Captured = tuple[list[Candidate], str, Signatory | None]
_CAPTURE: Capture[Captured] = Capture("signatory_capture")
capture = _CAPTURE.rows
capturing = _CAPTURE.active


def record(cands: list[Candidate], territory_type: str, own: Signatory | None) -> None:
    _CAPTURE.add((cands, territory_type, own))


def spans_of(text: str, chosen: Sequence[Candidate]) -> list[Span]:
    return [Span(start=s, end=e, text=text[s:e]) for s, e in (c.span for c in chosen)]
