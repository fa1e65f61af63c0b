"""Territory linking: name as written (+ kind hint, + document clues) -> one gazetteer entity.

Strategy: probe indexes from the most to the least literal key (exact name, marker-stripped core,
article-less, acronym); the first tier with hits wins; homonyms are narrowed by the document's
clues (postcode > département > region), else ranked préfecture > sous-préfecture > population, and
flagged ambiguous when the runner-up is comparable.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .model import Entity, GeoContext, Kind, LinkResult
from .normalize import expand_counts, norm, split_marker, strip_article, strip_lead

if TYPE_CHECKING:
    from .gazetteer import Gazetteer, Hit

_TYPE_ORDER = {"commune": 0, "departement": 1, "region": 2, "epci": 3, "pays_petr": 4}
_ARR_CITY = {"paris": 75100, "marseille": 13200, "lyon": 69380}
_ORD = r"(\d{1,2})\s*(?:er|re|e|eme|ieme|em)?"
_ARR1 = re.compile(rf"^(paris|lyon|marseille)\s+{_ORD}(?:\s+arr\w*)?$")
_ARR2 = re.compile(rf"^{_ORD}\s+arr\w*\s+(?:de\s+|d\s+)?(paris|lyon|marseille)$")
_PAREN = re.compile(r"\s*\(([^()]*)\)\s*$")
_TAIL = re.compile(r"^(.+?)\s+(?:de la|de l|du|de|d|en|a la|a l|a|au)\s+(.+)$")
_ACRONYM = re.compile(r"[A-Z0-9][A-Z0-9&]{1,9}")
_LINK_WORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "sur", "sous", "a", "au", "aux", "pays"}
_GENERIC = {"centre", "ouest", "grand", "agglo", "agglomeration", "metropole", "communaute", "territoire",
            "littoral", "plaine", "vallee", "montagne", "l agglo", "la metropole", "la communaute"}
# Runner-up population share above which homonyms are "comparable" and the pick is flagged ambiguous.
_COMPARABLE = 0.3
_BIG_COMMUNE = 20000


def link(gaz: Gazetteer, name: str, kind: Kind | None, context: GeoContext | None) -> LinkResult | None:
    """See the module docstring."""
    raw = " ".join((name or "").split())
    if not raw:
        return None
    depts, regions, postals = _clues(gaz, context)
    m = _PAREN.search(raw)
    if m and raw[: m.start()]:
        clue = m.group(1).strip()
        if re.fullmatch(r"\d{5}", clue):
            postals = postals | {clue}
        elif (d := gaz.departement(clue)) is not None:
            depts = depts | {d[0]}
        raw = raw[: m.start()]
    key = norm(raw)
    if kind in (None, "commune") and (arr := _arrondissement(gaz, key)) is not None:
        return gaz.result(arr, 1.0)
    if kind in (None, "departement") and re.fullmatch(r"\d{1,3}|2[abAB]", raw):
        ent = gaz.get("departement", gaz.departement(raw)[0]) if gaz.departement(raw) else None
        return gaz.result(ent, 1.0) if ent else None
    if kind == "region":
        region = gaz.region(raw)
        ent = next((e for e in gaz.regions() if e.name == region), None)
        return gaz.result(ent, 1.0) if ent else None
    hits = _lookup(gaz, raw, key, kind)
    if kind == "commune" and (depts or regions) and not any(_clue_level(e, depts, regions, set()) for e, _ in hits):
        # "la ville de Saint-Laurent" on a page about Guyane, "le maire de Vitry" in the Val-de-Marne: the one
        # commune of the page's départements (else regions) whose name the short form begins
        # (Saint-Laurent-du-Maroni, Vitry-sur-Seine). Only for a name written as a town's.
        areas = depts or {code for code, (_, _, region) in gaz.dept_info.items() if region in regions}
        if (short := _short_form(gaz, key, areas)) is not None:
            return gaz.result(short, 0.85)
    if not hits and re.search(r"\w['’]\w", raw):  # "M'tsamboro" for Mtsamboro
        hits = _lookup(gaz, re.sub(r"(?<=\w)['’](?=\w)", "", raw), norm(re.sub(r"(?<=\w)['’](?=\w)", "", raw)), kind)
    if not hits and kind in (None, "epci"):
        hits = _by_words(gaz, key, kind)
    if not hits and kind in (None, "epci"):
        hits = _center_town(gaz, key)
    if not hits:
        # "Saint-Denis de La Réunion", "Valence en Drôme": trailing place name as a clue.
        t = _TAIL.match(key)
        if t and (d := gaz.departement(t.group(2))) is not None:
            return link(gaz, t.group(1), kind, GeoContext(depts | {d[0]}, regions, postals))
        if t and (r := gaz.region(t.group(2))) is not None:
            return link(gaz, t.group(1), kind, GeoContext(depts, regions | {r}, postals))
        if t and depts and kind in (None, "commune") and " en " in f" {key} " \
                and (town := link(gaz, t.group(1), "commune", context)) is not None and town.type == "commune" \
                and town.departement in depts and not town.ambiguous and town.score >= 0.95:
            # "Le Luc-en-Provence" in a text about the Var: the commune Le Luc of that département, called after its
            # province (an "en …" the official name lacks)
            return gaz.result(gaz.get("commune", town.insee), 0.9)
        return None
    return _choose(gaz, hits, depts, regions, postals)


def _clues(gaz: Gazetteer, ctx: GeoContext | None) -> tuple[set[str], set[str], set[str]]:
    """Context as département codes, region names and postcodes (names resolved, junk dropped)."""
    if ctx is None:
        return set(), set(), set()
    depts = {d[0] for x in ctx.departements if (d := gaz.departement(x)) is not None}
    regions = {r for x in ctx.regions if (r := gaz.region(x)) is not None}
    return depts, regions, {p.strip() for p in ctx.postal_codes if p.strip()}


def _arrondissement(gaz: Gazetteer, key: str) -> Entity | None:
    m = _ARR1.match(key)
    city, num = (m.group(1), m.group(2)) if m else (None, None)
    if not m and (m := _ARR2.match(key)):
        city, num = m.group(2), m.group(1)
    if city is None or num is None:
        return None
    return gaz.get("commune", str(_ARR_CITY[city] + int(num)))


def _lookup(gaz: Gazetteer, raw: str, key: str, kind: Kind | None) -> list[Hit]:
    """Hits of the first tier that yields any, filtered by kind."""
    marker, core = split_marker(key)
    if marker is None:  # "la ville de Lyon"
        marker, core = split_marker(strip_article(key))
    lead = strip_lead(key)
    tiers: list[list[Hit]] = [gaz.full.get(key, []), _scaled(gaz.full.get(strip_article(key), []), 0.98)]
    if marker in ("commune", "departement", "region"):
        tiers += [gaz.full.get(core, []), gaz.commune_alt.get(core, [])]
        kind = kind or marker
    elif marker == "epci":
        tiers += [gaz.epci_core.get(core, []), _scaled(gaz.full.get(core, []), 0.9, "epci")]
        kind = kind or "epci"
    elif marker == "pays_petr":
        tiers += [gaz.pays_core.get(core, []), _scaled(gaz.epci_core.get(key, []), 0.9),
                  _scaled(gaz.epci_core.get(core, []), 0.85)]
        if kind is None:  # exact names of any kind ("Pays de la Loire") stay
            tiers = tiers[:2] + [[h for h in t if h[0].type in ("pays_petr", "epci")] for t in tiers[2:]]
    tiers += [
        gaz.commune_alt.get(key, []),
        _scaled(gaz.full.get(lead, []), 0.95) if lead != key else [],
        gaz.commune_alt.get(lead, []) if lead != key else [],
    ]
    if len(key) >= 5 and key not in _GENERIC:  # bare EPCI core: "Plaine Limagne", not "Sud"
        tiers += [_scaled(gaz.epci_core.get(key, []), 0.9),
                  _scaled(gaz.epci_core.get(lead, []), 0.85) if lead != key else []]
    if _ACRONYM.fullmatch(raw) or kind == "epci":
        tiers.append(gaz.acronyms.get(key, []))
        if (expanded := expand_counts(raw)) != raw:  # "4CPS": four C (Communauté de Communes de la Champagne …) + P + S
            tiers.append(gaz.acronyms.get(norm(expanded), []))
    if kind in (None, "epci") and re.fullmatch(r"[A-ZÉ][a-zéèêëîïôûç]{5,}", raw):
        tiers.append(gaz.syllabic.get(key, []))  # "Cauvaldor"
    if kind in (None, "epci") and re.fullmatch(r"[A-ZÉ][a-zéèêëîïôûç]{3,}", raw):
        # an acronym the press writes as a word ("la Carene", "la Cobas", "la Cinor"): after every name it could be
        tiers.append(_scaled(gaz.acronyms.get(key, []), 0.9))
    if kind == "pays_petr":
        tiers.append(_scaled(gaz.pays_core.get(key, []), 0.85))
    for tier in tiers:
        hits = [h for h in tier if kind is None or h[0].type == kind]
        if hits:
            return hits
    return []


def _by_words(gaz: Gazetteer, key: str, kind: Kind | None) -> list[Hit]:
    """The one EPCI whose name holds every distinctive word of an EPCI name written otherwise
    ("Communauté urbaine Creusot Montceau", "Niort Agglo": a word may be the start of one, niort/niortais)."""
    marker, core = split_marker(key)
    if marker != "epci":
        return []  # a bare capitalised run probed as an EPCI needs an exact name, not a word match
    words = [w for w in core.split() if len(w) >= 2 and w not in _GENERIC and w not in _LINK_WORDS]
    if not words or max(len(w) for w in words) < 5:
        return []
    found: set[int] | None = None
    ents: dict[int, Entity] = {}
    for w in words:
        matches = {id(e): e for k, lst in _word_entries(gaz, w) for e in lst}
        ents.update(matches)
        found = set(matches) if found is None else found & set(matches)
        if not found:
            return []
    if found is None or len(found) != 1:
        return []
    return [(ents[next(iter(found))], 0.82)]


# "X Agglomération", "Saint-Nazaire Agglo", "l'agglomération de X": a town's name after "de", or before the word.
_URBAN_NAME = re.compile(r"^(?:communaute\s+(?:d\s*agglomeration|urbaine)|agglomeration|agglo|metropole)\s+(?:de|du|d)\s+"
                         r"|\s(?:agglomeration|agglo|metropole)$")


def _center_town(gaz: Gazetteer, key: str) -> list[Hit]:
    """An urban EPCI named after its main town ("Saint-Nazaire Agglomération", "l'agglo de Saint-Nazaire") when
    its official name says otherwise ("CA de la Région Nazairienne et de l'Estuaire"): the CA, CU or métropole
    whose most populous member that town is."""
    bare = strip_article(key)
    marker, core = split_marker(bare)
    if marker != "epci" or not _URBAN_NAME.search(bare):
        return []
    towns = [e for e, _ in gaz.full.get(core, []) + gaz.commune_alt.get(core, []) if e.type == "commune"]
    sirens = dict.fromkeys(s for e in towns if (s := gaz.agglo_of_center.get(e.code or "")))
    return [(ent, 0.85) for s in sirens if (ent := gaz.get("epci", s)) is not None]


def _word_entries(gaz: Gazetteer, word: str) -> list[tuple[str, list[Entity]]]:
    """Index entries of a word: itself, and words it begins when it is long enough (niort -> niortais)."""
    index = gaz.epci_words
    out = [(word, index[word])] if word in index else []
    if len(word) >= 5:
        out += [(k, v) for k, v in gaz.epci_word_heads.get(word[:3], [])
                if k != word and k.startswith(word) and len(k) - len(word) <= 4]
    return out


def _scaled(hits: list[Hit], factor: float, only: Kind | None = None) -> list[Hit]:
    return [(e, s * factor) for e, s in hits if only is None or e.type == only]


def _short_form(gaz: Gazetteer, key: str, depts: set[str]) -> Entity | None:
    if len(key) < 4 or key in _GENERIC:
        return None
    found = {e.code: e for d in depts for k, e in gaz.communes_of(d) if k.startswith(key + " ")}
    return next(iter(found.values())) if len(found) == 1 else None


def _clue_level(ent: Entity, depts: set[str], regions: set[str], postals: set[str]) -> int:
    """3 postcode match, 2 département, 1 region, 0 none."""
    if postals and postals.intersection(ent.postal):
        return 3
    ds = set(ent.departements) or ({ent.departement} if ent.departement else set())
    if depts and depts & ds:
        return 2
    rs = set(ent.regions) or ({ent.region} if ent.region else set())
    if regions and regions & rs:
        return 1
    return 0


def _choose(gaz: Gazetteer, hits: list[Hit], depts: set[str], regions: set[str],
            postals: set[str]) -> LinkResult:
    """Pick the type, then the homonym; flag comparable homonyms as ambiguous."""
    best: dict[int, Hit] = {}
    for ent, score in hits:  # one entry per entity, keeping its best score
        if id(ent) not in best or best[id(ent)][1] < score:
            best[id(ent)] = (ent, score)
    cands = list(best.values())
    levels = {id(e): _clue_level(e, depts, regions, postals) for e, _ in cands}
    types = {e.type for e, _ in cands}
    if len(types) > 1:
        cands = _pick_type(cands, levels, depts)
    top_level = max(levels[id(e)] for e, _ in cands)
    if top_level > 0:
        cands = [c for c in cands if levels[id(c[0])] == top_level]
    cands.sort(key=lambda c: (-c[1], -c[0].rank, -c[0].population, c[0].code or c[0].name))
    ent, score = cands[0]
    has_clues = bool(depts or regions or postals)
    if top_level == 0 and has_clues and ent.type != "region":
        score *= 0.8  # the document points elsewhere
    ambiguous = False
    if len(cands) > 1:
        second = cands[1][0]
        ambiguous = (
            second.type == ent.type
            and (second.population >= _COMPARABLE * max(ent.population, 1) or second.rank >= 2)
        )
    if ambiguous:
        score *= 0.6
        listing = [(e.name, e.code if e.type in ("commune", "epci") else None, e.departement)
                   for e, _ in cands[:10]]
        return gaz.result(ent, score, True, listing)
    return gaz.result(ent, score)


def _pick_type(cands: list[Hit], levels: dict[int, int], depts: set[str]) -> list[Hit]:
    """Among hits of several kinds keep one kind: commune > département > region > EPCI > pays,
    except that a département beats a small homonym commune ('Aube', 'Vienne' with a 86 clue)."""
    by_type: dict[str, list[Hit]] = {}
    for c in cands:
        by_type.setdefault(c[0].type, []).append(c)
    if "commune" in by_type and "departement" in by_type:
        dept = by_type["departement"][0][0]
        communes = by_type["commune"]
        big = max(e.population for e, _ in communes) >= _BIG_COMMUNE
        commune_clued = any(levels[id(e)] >= 2 and e.departement != dept.code for e, _ in communes)
        if big and any(e.departement == dept.code for e, _ in communes):  # Paris is both
            return communes
        if dept.code in depts and not commune_clued:
            return by_type["departement"]
        if not big and not commune_clued:
            return by_type["departement"]
        return communes
    first = min(by_type, key=lambda t: (-max(s for _, s in by_type[t]), _TYPE_ORDER[t]))
    return by_type[first]
