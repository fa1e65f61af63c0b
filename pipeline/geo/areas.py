"""Who lives where: communes with their population, and the communes each EPCI or Pays/PETR groups.

Coverage needs membership, which the linking indexes of ``gazetteer.py`` do not keep: this loader reads
the same committed files (``rules/geo/``) once, on its own, so a run that links nothing never pays for it.
A Pays/PETR's member EPCIs come from ``pays_petr_members.tsv`` only, where a public source named on the
row confirms them; every other Pays/PETR has an unknown membership (never a guessed one).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .gazetteer import RULES_DIR
from .normalize import norm

# The communes' population: what rules/geo/communes.tsv holds (checked against INSEE's reference table).
POPULATION = {
    "year": 2023,
    "measure": "population municipale",
    "source": "INSEE, populations légales millésime 2023 (in force on 1 January 2026), as shipped by "
              "@etalab/decoupage-administratif 6.0.0 in rules/geo/communes.tsv",
}
EPCI_SOURCE = "gazetteer"  # members of an EPCI: DGCL BANATIC via rules/geo/epci.tsv


@dataclass(frozen=True, slots=True)
class Commune:
    insee: str
    name: str
    departement: str
    region: str  # current region name
    population: int


@dataclass(frozen=True, slots=True)
class PaysMembers:
    name: str
    epci: tuple[str, ...]  # SIREN of the member EPCIs
    source: str


@dataclass
class Areas:
    communes: dict[str, Commune]  # current communes only (the population denominators)
    parent: dict[str, str]  # arrondissement municipal, commune déléguée or associée -> its current commune
    epci_members: dict[str, tuple[str, ...]]  # SIREN -> INSEE codes
    departements: dict[str, tuple[str, str]]  # code -> (name, region name)
    region_codes: dict[str, str]  # region name -> code
    pays: dict[str, PaysMembers]  # folded name or alias -> membership
    pays_names: dict[str, str]  # folded name or alias of every Pays/PETR of pays_petr.tsv -> its name

    def commune_of(self, code: str | None) -> tuple[str, bool] | None:
        """The current commune behind an INSEE code, and whether the code named only part of it."""
        if not code:
            return None
        if code in self.communes:
            return code, False
        if code in self.parent and self.parent[code] in self.communes:
            return self.parent[code], True
        return None

    def pays_members(self, name: str | None) -> PaysMembers | None:
        return self.pays.get(norm(name or ""))


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_areas(rules_dir: Path = RULES_DIR) -> Areas:
    regions = {r["code"]: r["name"] for r in _rows(rules_dir / "regions.tsv")}
    departements = {d["code"]: (d["name"], regions.get(d["region"], d["region"]))
                    for d in _rows(rules_dir / "departements.tsv")}
    communes: dict[str, Commune] = {}
    parent: dict[str, str] = {}
    for r in _rows(rules_dir / "communes.tsv"):
        if r["type"] == "commune-actuelle":
            communes[r["insee"]] = Commune(r["insee"], r["name"], r["departement"],
                                           regions.get(r["region"], r["region"]), int(r["population"] or 0))
        elif r["parent"]:
            parent.setdefault(r["insee"], r["parent"])
    epci = {r["siren"]: tuple(m for m in r["members"].split("|") if m) for r in _rows(rules_dir / "epci.tsv")}
    names: dict[str, str] = {}
    for r in _rows(rules_dir / "pays_petr.tsv"):
        for alias in [r["name"], *(a for a in r["aliases"].split("|") if a)]:
            names.setdefault(norm(alias), r["name"])
    pays: dict[str, PaysMembers] = {}
    for r in _rows(rules_dir / "pays_petr_members.tsv"):
        members = PaysMembers(r["name"], tuple(s for s in r["members"].split("|") if s), r["source"])
        for key, name in names.items():
            if name == r["name"]:
                pays[key] = members
        pays[norm(r["name"])] = members
    return Areas(communes, parent, epci, departements, {v: k for k, v in regions.items()}, pays, names)


@lru_cache(maxsize=1)
def get_areas() -> Areas:
    """The process-wide areas, loaded on first use."""
    return load_areas()
