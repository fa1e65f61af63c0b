"""Load the committed gazetteer files once and build dict indexes on normalized keys.

Every lookup is then a handful of dict probes: no scan of the 37k communes per call.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property, lru_cache
from pathlib import Path

from .model import Entity, GeoContext, Kind, LinkResult
from .normalize import epci_cores, norm, pays_cores, split_marker, strip_article, strip_lead

RULES_DIR = Path(__file__).resolve().parents[2] / "rules" / "geo"

Hit = tuple[Entity, float]
Index = dict[str, list[Hit]]

_COM = {"975", "977", "978", "984", "986", "987", "988", "989"}
_STOP = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "sur", "sous", "a", "au", "aux"}
_ARS = re.compile(r"^(?:ars|agence regionale de sante)\s+(?:(?:de la|de l|du|des|de|d)\s+)?")


def _rows(path: Path) -> Iterable[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _add(index: Index, key: str, ent: Entity, score: float) -> None:
    if not key:
        return
    hits = index.setdefault(key, [])
    if all(h[0] is not ent for h in hits):
        hits.append((ent, score))


def acronym(name: str) -> str:
    """Initials of the significant words ('Communauté d'agglomération du Centre Littoral' -> 'CACL')."""
    words = [w for w in re.split(r"[\s\-'’/,.()]+", name) if w and w.lower() not in _STOP]
    return "".join(w[0] for w in words).upper()


_URBAN_KINDS = frozenset({"CA", "CU", "METRO", "EPT"})

class Gazetteer:
    """In-memory gazetteer: communes, EPCI, Pays/PETR, départements, regions, demonyms."""

    def __init__(self, rules_dir: Path = RULES_DIR, demonyms_path: Path | None = None) -> None:
        self.rules_dir = rules_dir
        self.full: Index = {}  # exact normalized names of every kind
        self.commune_alt: Index = {}  # article-less names, delegated/associated communes
        self.epci_core: Index = {}
        self.pays_core: Index = {}
        self.acronyms: Index = {}
        self.syllabic: Index = {}
        # The urban EPCI (CA, CU, métropole) whose most populous member a commune is: "Saint-Nazaire
        # Agglomération", "l'agglomération de Saint-Nazaire" name the CA de la Région Nazairienne et de l'Estuaire.
        self.agglo_of_center: dict[str, str] = {}  # commune INSEE -> EPCI SIREN
        # commune INSEE -> the name of its arrondissement, where a sous-préfet has it (not the préfecture's own)
        self._sous_prefecture_of: dict[str, str] = {}
        self._members: dict[str, tuple[str, ...]] = {}  # EPCI SIREN -> member INSEE codes
        self.demonyms: dict[str, list[str]] = {}
        self.by_code: dict[tuple[Kind, str], Entity] = {}
        self._communes_of: dict[str, list[tuple[str, Entity]]] = {}  # per département, built when first asked
        self.dept_index: dict[str, str] = {}
        self.region_index: dict[str, str] = {}
        self.region_names: dict[str, str] = {}  # code -> name
        self._regions: list[Entity] = []
        self.dept_info: dict[str, tuple[str, str, str]] = {}  # code -> (code, name, region)
        self._load_regions_depts()
        self._load_communes()
        self._load_epci()
        self._load_pays()
        self._load_demonyms(demonyms_path or rules_dir / "demonyms.tsv")

    # ---------------------------------------------------------------- loading
    def _load_regions_depts(self) -> None:
        for r in _rows(self.rules_dir / "regions.tsv"):
            self.region_names[r["code"]] = r["name"]
            ent = Entity("region", r["name"], r["code"], None, r["name"])
            self.by_code[("region", r["code"])] = ent
            self._regions.append(ent)
            self._index_region(r["name"], r["name"], ent, long_alias=True)
        for a in _rows(self.rules_dir / "region_aliases.tsv"):
            ent = next(e for e in self._regions if e.name == a["region"])
            long_alias = len(a["alias"]) > 4 and a["alias"] not in {"Sud", "Centre"}
            self._index_region(a["alias"], a["region"], ent, long_alias)
        for d in _rows(self.rules_dir / "departements.tsv"):
            region = self.region_names.get(d["region"], d["region"])
            self.dept_info[d["code"]] = (d["code"], d["name"], region)
            ent = Entity("departement", d["name"], d["code"], d["code"], region, rank=0)
            self.by_code[("departement", d["code"])] = ent
            key = norm(d["name"])
            for k in {key, strip_lead(key)}:
                self.dept_index.setdefault(k, d["code"])
                _add(self.full, k, ent, 1.0)
        for alias, code in (("reunion", "974"), ("ile de la reunion", "974"), ("corse sud", "2A"),
                            ("haute corse", "2B"), ("guyane francaise", "973"), ("belfort", "90")):
            self.dept_index.setdefault(alias, code)

    def _index_region(self, alias: str, region: str, ent: Entity, long_alias: bool) -> None:
        key = norm(alias)
        for k in {key, strip_lead(key)}:
            self.region_index.setdefault(k, region)
            if long_alias:
                _add(self.full, k, ent, 1.0)

    def _load_communes(self) -> None:
        secondary: list[dict[str, str]] = []
        for r in _rows(self.rules_dir / "communes.tsv"):
            if r["type"] not in ("commune-actuelle", "arrondissement-municipal"):
                secondary.append(r)
                continue
            chef = r["chef_lieu"]
            parts = chef.split("|")
            rank = 3 if "chef-lieu-region" in parts else 2 if "prefecture" in parts else int(bool(chef))
            if r["departement"] in _COM:  # a 5,000-inhabitant COM chef-lieu must not outrank Réunion's
                rank = 0
            ent = Entity(
                "commune", r["name"], r["insee"], r["departement"], self.region_names.get(r["region"]),
                population=int(r["population"] or 0), rank=rank,
                postal=tuple(p for p in r["postal_codes"].split("|") if p),
            )
            self.by_code[("commune", r["insee"])] = ent
            if r.get("sous_prefecture"):
                self._sous_prefecture_of[r["insee"]] = r["sous_prefecture"]
            if r["type"] == "arrondissement-municipal":
                continue  # reached through the arrondissement parser, not by bare name
            key = norm(r["name"])
            _add(self.full, key, ent, 1.0)
            alt = strip_article(key)
            if alt != key:
                _add(self.commune_alt, alt, ent, 0.92)
            glued = norm(re.sub(r"['’]", "", r["name"]))
            if glued != key:  # "M'Tsangamouji" is also written "Mtsangamouji"
                _add(self.commune_alt, glued, ent, 0.9)
        for r in secondary:  # delegated / associated communes link to their current commune
            parent = self.by_code.get(("commune", r["parent"]))
            if parent is not None:
                _add(self.commune_alt, norm(r["name"]), parent, 0.8)

    def _load_epci(self) -> None:
        explicit: Index = {}
        ents: list[Entity] = []
        for r in _rows(self.rules_dir / "epci.tsv"):
            regions = tuple(sorted({self.region_names.get(x, x) for x in r["regions"].split("|") if x}))
            depts = tuple(x for x in r["departements"].split("|") if x)
            dept = r["departement"] or None
            region = self.dept_info[dept][2] if dept in self.dept_info else (
                regions[0] if len(regions) == 1 else None)
            ent = Entity("epci", r["name"], r["siren"], dept, region, population=int(r["population"] or 0),
                         departements=depts, regions=regions)
            ents.append(ent)
            self.by_code[("epci", r["siren"])] = ent
            members = self._members[r["siren"]] = tuple(m for m in r["members"].split("|") if m)
            if r["kind"] in _URBAN_KINDS and members:
                center = max(members, key=lambda c: (e.population if (e := self.by_code.get(("commune", c))) else -1, c))
                self.agglo_of_center[center] = r["siren"]
            for name in (r["name"], r["source_name"]):
                key = norm(name)
                _add(self.full, key, ent, 1.0)
                for core in epci_cores(key):
                    _add(self.epci_core, core, ent, 0.95)
        aliases = [*_rows(self.rules_dir / "epci_aliases.tsv"),
                   *_rows(self.rules_dir / "epci_source_acronyms.tsv")]
        for a in aliases:  # official names first, so that every alias points to the renamed entity
            if a.get("kind") == "official" and ("epci", a["siren"]) in self.by_code:
                self._rename(self.by_code[("epci", a["siren"])], a["alias"])
        for a in aliases:
            ent = self.by_code.get(("epci", a["siren"]))
            if ent is None:
                continue
            alias, kind = a.get("alias") or a["acronym"], a.get("kind", "acronym")
            key = norm(alias)
            if kind == "acronym":
                _add(explicit, key, ent, 0.9)
                continue
            _add(self.full, key, ent, 1.0 if kind == "official" else 0.95)
            for core in epci_cores(key):
                _add(self.epci_core, core, ent, 0.9)
        auto: dict[str, list[Entity]] = defaultdict(list)
        for ent in ents:
            ent = self.by_code[("epci", ent.code or "")]
            acr = acronym(ent.name)
            if len(acr) >= 3:
                auto[norm(acr)].append(ent)
        for key, lst in auto.items():
            if len(lst) == 1 and key not in explicit and key not in self.full:
                _add(self.acronyms, key, lst[0], 0.85)
        # Names made of the first syllables of the words ("Cauvaldor": CAUsses et VALlée de la DORdogne).
        syllabic: dict[str, list[Entity]] = defaultdict(list)
        for ent in ents:
            ent = self.by_code[("epci", ent.code or "")]
            words = [w for w in epci_cores(norm(ent.name))[0].split() if w not in _STOP and w != "pays"]
            if 2 <= len(words) <= 4 and all(len(w) >= 4 for w in words):
                syllabic["".join(w[:3] for w in words)].append(ent)
        for key, lst in syllabic.items():
            if len(lst) == 1 and key not in self.full and key not in self.commune_alt and key not in self.acronyms:
                _add(self.syllabic, key, lst[0], 0.85)
        for key, hits in explicit.items():
            self.acronyms[key] = hits

    def _rename(self, ent: Entity, name: str) -> Entity:
        """Swap in the official long name for an EPCI; every index entry follows."""
        new = Entity(ent.type, name, ent.code, ent.departement, ent.region, ent.population, ent.rank,
                     ent.postal, ent.departements, ent.regions)
        self.by_code[("epci", ent.code or "")] = new
        for index in (self.full, self.epci_core):
            for hits in index.values():
                for i, (e, s) in enumerate(hits):
                    if e is ent:
                        hits[i] = (new, s)
        return new

    def _load_pays(self) -> None:
        for r in _rows(self.rules_dir / "pays_petr.tsv"):
            dept = r["departement"] or None
            ent = Entity("pays_petr", r["name"], None, dept, r["region"] or None,
                         departements=(dept,) if dept else (), regions=(r["region"],) if r["region"] else ())
            for name in [r["name"], *[a for a in r["aliases"].split("|") if a]]:
                key = norm(name)
                _add(self.full, key, ent, 1.0)
                for core in pays_cores(key):
                    _add(self.pays_core, core, ent, 0.95)

    def _load_demonyms(self, path: Path) -> None:
        for r in _rows(path):
            insee = (r.get("insee") or "").strip()
            for col in ("masc_sg", "fem_sg", "masc_pl", "fem_pl"):
                for v in (r.get(col) or "").split("|"):
                    key = norm(v)
                    if key and insee and insee not in self.demonyms.get(key, []):
                        self.demonyms.setdefault(key, []).append(insee)

    @cached_property
    def epci_words(self) -> dict[str, list[Entity]]:
        """EPCI by each distinctive word of its names, for names written in none of the indexed forms
        ("Communauté urbaine Creusot Montceau", "Niort Agglo"); built on first use."""
        out: dict[str, list[Entity]] = defaultdict(list)
        for key, hits in self.epci_core.items():
            for word in key.split():
                if len(word) >= 2 and word not in _STOP:
                    for ent, _ in hits:
                        if all(e is not ent for e in out[word]):
                            out[word].append(ent)
        return out

    @cached_property
    def epci_word_heads(self) -> dict[str, list[tuple[str, list[Entity]]]]:
        """epci_words by their first three letters: a word's longer forms (niort -> niortais) in one probe."""
        out: dict[str, list[tuple[str, list[Entity]]]] = defaultdict(list)
        for word, ents in self.epci_words.items():
            out[word[:3]].append((word, ents))
        return out

    # ------------------------------------------------------------- public API
    def sous_prefecture(self, kind: str, code: str | None) -> str | None:
        """The arrondissement ("Fougères-Vitré", "Cambrai") that holds a commune, or most of an EPCI's inhabitants, where
        a sous-préfet has it: "le sous-préfet de l'arrondissement" of its contract. None in a préfecture's own."""
        if not code:
            return None
        if kind == "commune":
            seat = self._sous_prefecture_of.get(code)
        elif kind == "epci":
            weight: dict[str, int] = defaultdict(int)
            for m in self._members.get(code, ()):
                ent = self.by_code.get(("commune", m))
                weight[self._sous_prefecture_of.get(m, "")] += ent.population if ent else 0
            seat = max(weight, key=lambda k: (weight[k], k), default="")
        else:
            return None
        return seat or None

    def link(self, name: str, kind: Kind | None = None, context: GeoContext | None = None) -> LinkResult | None:
        """Best territory for a name as written; see link.link for the strategy."""
        from .link import link

        return link(self, name, kind, context)

    def departement(self, name_or_code: str) -> tuple[str, str, str] | None:
        """(code, name, region) of a département given its name ('l'Aisne') or code ('2A', '974')."""
        s = name_or_code.strip()
        code = s.upper()
        if re.fullmatch(r"\d", code):
            code = "0" + code
        if code in self.dept_info:
            return self.dept_info[code]
        key = norm(s)
        marker, core = split_marker(key)
        for k in (key, strip_lead(key), core if marker == "departement" else ""):
            if k in self.dept_index:
                return self.dept_info[self.dept_index[k]]
        return None

    def region(self, name: str) -> str | None:
        """Canonical current region name from a name, old name, acronym or ARS name."""
        key = norm(name)
        if name.strip() in self.region_names.values():
            return name.strip()
        key2 = _ARS.sub("", key)
        marker, core = split_marker(key2)
        for k in (key, key2, strip_lead(key2), core if marker == "region" else ""):
            if k in self.region_index:
                return self.region_index[k]
        return None

    def region_of_departement(self, code: str) -> str | None:
        """Current region name of a département code."""
        info = self.departement(code)
        return info[2] if info else None

    @cached_property
    def demonym_endings(self) -> frozenset[str]:
        """The last three letters of every demonym form: a word ending otherwise is none."""
        return frozenset(key[-3:] for key in self.demonyms)

    def demonym(self, word: str) -> list[LinkResult]:
        """Communes whose inhabitants are called `word` (any gender/number), most likely first; [] if unknown."""
        key = norm(word)
        for k in _demonym_variants(key):
            if k in self.demonyms:
                out = []
                for insee in self.demonyms[k]:
                    ent = self.by_code.get(("commune", insee))
                    if ent is not None:
                        out.append((ent, self.result(ent, 0.9 if len(self.demonyms[k]) == 1 else 0.6)))
                out.sort(key=lambda x: (-x[0].rank, -x[0].population, x[0].code or ""))
                return [r for _, r in out]
        return self._derived_demonym(key)

    def demonym_known(self, word: str) -> bool:
        """Whether the demonym table itself lists `word` (not read off a town's name)."""
        return any(k in self.demonyms for k in _demonym_variants(norm(word)))

    def _derived_demonym(self, key: str) -> list[LinkResult]:
        """A demonym the table lacks, read off the town's name: "Mouginois" is of Mougins, "Albertvillois" of
        Albertville, "Dunkerquois" of Dunkerque (the stem before -ois/-ais/-ien, with the name's own ending). Only a
        town of some size, and only one or two: a rare stem ("Anglais", "Dauphinois") names no town here."""
        compact = _compact(key)
        if any(name == compact for name, _ in self.communes_by_key.get(compact[:4], ())):
            return []  # a town's own name ("Valenciennes" ends as a demonym would)
        if not _DEMONYM_SUFFIX.search(key):
            return []
        for k in _demonym_variants(key):
            m = _DERIVED.fullmatch(k)
            if m is None or k in _NATIONALITIES:
                continue
            stem = m["stem"]
            names = {stem + end for end in ("", "s", "e", "es", "x")}
            found = [e for name, e in self.communes_by_key.get(stem[:4], ()) if name in names]
            big = [e for e in found if e.population >= 2000]
            if 1 <= len(big) <= 2:
                big.sort(key=lambda e: -e.population)
                return [self.result(e, 0.6) for e in big]
        return []

    @cached_property
    def communes_by_key(self) -> dict[str, list[tuple[str, Entity]]]:
        """(compact name, commune) by the first four letters of the compact name (for derived demonyms)."""
        out: dict[str, list[tuple[str, Entity]]] = {}
        for (kind, _), e in self.by_code.items():
            if kind == "commune":
                name = _compact(norm(e.name))
                out.setdefault(name[:4], []).append((name, e))
        return out

    def regions(self) -> list[Entity]:
        """Every region entity (18 regions and the overseas collectivities)."""
        return self._regions

    def communes_of(self, dept: str) -> list[tuple[str, Entity]]:
        """(normalized name, commune) of one département, built once per département asked."""
        if dept not in self._communes_of:
            self._communes_of[dept] = [(norm(e.name), e) for (kind, _), e in self.by_code.items()
                                       if kind == "commune" and e.departement == dept]
        return self._communes_of[dept]

    def get(self, kind: Kind, code: str) -> Entity | None:
        """Entity by kind and code (INSEE, SIREN, département or region code)."""
        return self.by_code.get((kind, code))

    def result(self, ent: Entity, score: float, ambiguous: bool = False,
               candidates: list[tuple[str, str | None, str | None]] | None = None) -> LinkResult:
        """LinkResult view of an entity."""
        insee = ent.code if ent.type in ("commune", "epci") else None
        return LinkResult(ent.name, ent.type, insee, ent.departement, ent.region, round(score, 3),
                          ambiguous, candidates or [])


def _compact(key: str) -> str:
    """A normalized name without its spaces and hyphens ("saint pol sur mer" -> "saintpolsurmer")."""
    return key.replace(" ", "").replace("-", "")


_DERIVED = re.compile(r"(?P<stem>[a-z]{4,30}?)(?:ois|ais|ien)")
_DEMONYM_SUFFIX = re.compile(r"(?:ois|oise|oises|ais|aise|aises|ien|iens|ienne|iennes)$")
# Nationalities whose stem is also a town's ("Anglais": Angles): never a town's demonym read off its name.
_NATIONALITIES = frozenset({"anglais", "francais", "ecossais", "irlandais", "japonais", "portugais", "polonais",
                            "neerlandais", "hollandais", "libanais", "senegalais", "congolais", "maltais", "finlandais",
                            "islandais", "danois", "suedois", "chinois", "gaulois", "luxembourgeois", "bruxellois",
                            "quebecois", "italien", "autrichien", "norvegien", "algerien", "tunisien", "egyptien",
                            "syrien", "iranien", "indien", "canadien", "australien", "bresilien", "chilien", "colombien",
                            "ivoirien", "malien", "mauritanien", "haitien", "ukrainien", "croate"})


def _demonym_variants(key: str) -> list[str]:
    """The word itself, then singular and masculine guesses ('stephanoises' -> 'stephanois')."""
    out = [key]
    if key.endswith("s") or key.endswith("x"):
        out.append(key[:-1])
    for w in list(out):
        for fem, masc in (("ennes", "en"), ("enne", "en"), ("oises", "ois"), ("oise", "ois"),
                          ("aises", "ais"), ("aise", "ais"), ("ines", "in"), ("ine", "in"),
                          ("ottes", "ot"), ("otte", "ot"), ("ettes", "et"), ("ette", "et"), ("e", "")):
            if w.endswith(fem):
                out.append(w[: -len(fem)] + masc)
                break
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    return Gazetteer()
