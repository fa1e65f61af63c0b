"""Population covered by a CLS: coverage_contracts.csv, coverage_communes.csv and coverage_summary.csv.

Built from the consolidated contracts (one row per contract across documents) and the gazetteer's
communes, populations and memberships (``pipeline.geo.areas``), at the end of every run, so a resumed or
distributed run writes the same bytes. Rules (also in README "Coverage"):
- A commune's contract covers it; an arrondissement's or a quartier's covers its town, flagged partial
  (a quartier's town is the commune that signs it); an EPCI's covers its member communes; a Pays/PETR's the
  communes of its member EPCIs when a public source confirms them; a département's all its communes.
  Anything else has an unknown membership: listed, counted apart, never spread over communes.
- In force at the reference date ``as_of``: signed or renewed, and its period contains that year, or,
  without a period, signed less than 5 years before. ``as_of`` defaults to the latest publication date
  of the run's documents (never today's date: a rerun writes the same bytes).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from pipeline.geo.areas import EPCI_SOURCE, POPULATION, Areas
from pipeline.models import AreaCoverage, CommuneCoverage, ContractCoverage

IN_FORCE_STATUSES = frozenset({"signed", "renewed"})
CLS_YEARS = 5  # a CLS runs for five years (art. L1434-10 CSP practice): a period with one end gets the other
PARTIAL_SCOPES = frozenset({"arrondissement", "quartier"})


def columns(model: type[BaseModel]) -> list[str]:
    return list(model.model_fields)


CONTRACT_COLUMNS = columns(ContractCoverage)
COMMUNE_COLUMNS = columns(CommuneCoverage)
SUMMARY_COLUMNS = columns(AreaCoverage)
TABLES: dict[str, list[str]] = {
    "coverage_contracts": CONTRACT_COLUMNS, "coverage_communes": COMMUNE_COLUMNS, "coverage_summary": SUMMARY_COLUMNS,
}

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def parse_date(value: str | None) -> dt.date | None:
    """'2024', '2024-03' or '2024-03-12' as a date (a year or month is read as its first day)."""
    m = _DATE.match((value or "").strip())
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


def parse_as_of(value: str) -> dt.date:
    """The --as-of option; ValueError for anything but YYYY, YYYY-MM or YYYY-MM-DD."""
    date = parse_date(value)
    if date is None:
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    return date


@dataclass
class RunFacts:
    """What coverage needs from the records, gathered while consolidation streams them."""

    latest_publication: str = ""
    latest_signing: str = ""
    quartiers: dict[str, tuple[str | None, list[str]]] = field(default_factory=dict)  # contract_id -> (dép., towns)

    def watch(self, records: Iterable[Mapping[str, Any]]) -> Iterator[Mapping[str, Any]]:
        for rec in records:
            pub = parse_date(rec.get("publication_date"))
            if pub is not None:
                self.latest_publication = max(self.latest_publication, pub.isoformat())
            for n, c in enumerate(rec.get("contracts") or [], start=1):
                signed = parse_date(c.get("signing_date"))
                if signed is not None:
                    self.latest_signing = max(self.latest_signing, signed.isoformat())
                t = c.get("territory") or {}
                if t.get("type") == "quartier":
                    towns = [s["name"] for s in c.get("signatories") or [] if s.get("org_type") == "commune"]
                    self.quartiers[f"{rec['doc_id']}#{n}"] = (t.get("departement"), towns)
            yield rec

    def as_of(self) -> tuple[dt.date | None, str]:
        """The default reference date and where it comes from."""
        if self.latest_publication:
            return dt.date.fromisoformat(self.latest_publication), "latest publication date"
        if self.latest_signing:
            return dt.date.fromisoformat(self.latest_signing), "latest signing date (no publication date)"
        return None, "none (no date in the run)"


def in_force(row: Mapping[str, Any], as_of: dt.date | None) -> tuple[bool, str]:
    """(in force at as_of, basis): the period when there is one, else five years from signing."""
    start, end = row.get("period_start"), row.get("period_end")
    signing = parse_date(row.get("signing_date"))
    if start is not None or end is not None:
        first = int(start) if start is not None else int(end) - (CLS_YEARS - 1)
        last = int(end) if end is not None else int(start) + (CLS_YEARS - 1)
        basis, inside = "period", as_of is not None and first <= as_of.year <= last
    elif signing is not None:
        until = _add_years(signing, CLS_YEARS)
        basis, inside = "signing+5y", as_of is not None and signing <= as_of < until
    else:
        return False, "no_dates"
    return inside and row.get("status") in IN_FORCE_STATUSES, basis


def _add_years(date: dt.date, years: int) -> dt.date:
    try:
        return date.replace(year=date.year + years)
    except ValueError:  # 29 February
        return date.replace(year=date.year + years, day=28)


@dataclass
class Reach:
    """The communes a contract covers, how they were found, and from which source."""

    communes: list[str]
    scope: str | None
    source: str = ""
    town: str | None = None


UNKNOWN = Reach([], None)


def quartier_town(departement: str | None, towns: list[str]) -> str | None:
    """The INSEE code of the commune that signs a quartier's contract ('Ville de Beauvais'), in its département."""
    from pipeline.geo import GeoContext, get_gazetteer

    gaz = get_gazetteer()
    ctx = GeoContext(departements={departement}) if departement else None
    for name in towns:
        res = gaz.link(name, kind="commune", context=ctx)
        if res is not None and res.type == "commune" and res.insee and (not departement or res.departement == departement):
            return res.insee
    return None


def reach(row: Mapping[str, Any], areas: Areas, towns: Mapping[str, str | None]) -> Reach:
    """Which communes a consolidated contract covers (see the module docstring)."""
    kind, code = row.get("territory_type"), row.get("territory_insee")
    if kind == "commune":
        found = areas.commune_of(code)
        if found is None:
            return UNKNOWN
        insee, part = found
        return Reach([insee], "arrondissement" if part else "commune", EPCI_SOURCE, insee if part else None)
    if kind == "epci" and code in areas.epci_members:
        members = [m for m in areas.epci_members[code] if m in areas.communes]
        return Reach(members, "epci", EPCI_SOURCE) if members else UNKNOWN
    if kind == "pays_petr":
        pays = areas.pays_members(row.get("territory_name"))
        if pays is None or not all(s in areas.epci_members for s in pays.epci):
            return UNKNOWN
        members = sorted({m for s in pays.epci for m in areas.epci_members[s] if m in areas.communes})
        return Reach(members, "pays_petr", pays.source)
    if kind == "departement" and row.get("territory_departement"):
        dep = row["territory_departement"]
        members = sorted(c.insee for c in areas.communes.values() if c.departement == dep)
        return Reach(members, "departement", EPCI_SOURCE) if members else UNKNOWN
    if kind == "quartier":
        town = next((towns[cid] for cid in str(row.get("contract_ids") or "").split(";") if towns.get(cid)), None)
        return Reach([town], "quartier", EPCI_SOURCE, town) if town in areas.communes else UNKNOWN
    return UNKNOWN


def _period(row: Mapping[str, Any]) -> str:
    start, end = row.get("period_start"), row.get("period_end")
    return "" if start is None and end is None else f"{start or ''}-{end or ''}"


def _town_codes(rows: list[dict[str, Any]], facts: RunFacts) -> dict[str, str | None]:
    needed = {cid for r in rows if r.get("territory_type") == "quartier" for cid in r["contract_ids"].split(";")}
    return {cid: quartier_town(*facts.quartiers[cid]) for cid in sorted(needed) if cid in facts.quartiers}


@dataclass
class _Area:
    covered: set[str] = field(default_factory=set)
    partial: set[str] = field(default_factory=set)
    contracts: set[str] = field(default_factory=set)
    in_force: set[str] = field(default_factory=set)
    unknown: set[str] = field(default_factory=set)


def coverage_tables(rows: list[dict[str, Any]], areas: Areas, as_of: dt.date | None,
                    towns: Mapping[str, str | None] | None = None) -> dict[str, list[dict[str, Any]]]:
    """The three coverage tables (lists of row dicts, sorted) from consolidated contract rows."""
    towns = towns or {}
    contracts: list[ContractCoverage] = []
    by_commune: dict[str, list[tuple[ContractCoverage, Mapping[str, Any]]]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: r["consolidated_id"]):
        r = reach(row, areas, towns)
        force, basis = in_force(row, as_of)
        c = ContractCoverage(
            consolidated_id=row["consolidated_id"], territory_name=row.get("territory_name"),
            territory_type=row.get("territory_type"), territory_insee=row.get("territory_insee"),
            territory_departement=row.get("territory_departement"), territory_region=row.get("territory_region"),
            status=row.get("status") or "unknown", signing_date=row.get("signing_date"),
            period_start=row.get("period_start"), period_end=row.get("period_end"), in_force=force,
            in_force_basis=basis, scope=r.scope, membership="known" if r.scope else "unknown",
            membership_source=r.source, town_insee=r.town, n_communes=len(r.communes),
            population=sum(areas.communes[i].population for i in r.communes), doc_ids=row.get("doc_ids") or "",
        )
        contracts.append(c)
        for insee in r.communes:
            by_commune[insee].append((c, row))
    communes = [_commune_row(areas, insee, by_commune[insee]) for insee in sorted(by_commune)]
    summary = _summary(areas, contracts, communes, by_commune)
    return {"coverage_contracts": [c.model_dump() for c in contracts],
            "coverage_communes": [c.model_dump() for c in communes],
            "coverage_summary": [a.model_dump() for a in summary]}


def _commune_row(areas: Areas, insee: str, covering: list[tuple[ContractCoverage, Mapping[str, Any]]]) -> CommuneCoverage:
    commune = areas.communes[insee]
    live = [c for c, _ in covering if c.in_force]
    return CommuneCoverage(
        insee=insee, name=commune.name, departement=commune.departement, region=commune.region,
        population=commune.population, in_force=bool(live),
        partial=bool(live) and all(c.scope in PARTIAL_SCOPES for c in live),
        contract_ids=";".join(c.consolidated_id for c, _ in covering),
        scopes=";".join(c.scope or "" for c, _ in covering),
        statuses=";".join(c.status for c, _ in covering),
        signing_dates=";".join(c.signing_date or "" for c, _ in covering),
        periods=";".join(_period(row) for _, row in covering),
        in_force_contract_ids=";".join(c.consolidated_id for c in live),
        doc_ids=";".join(sorted({d for c, _ in covering for d in c.doc_ids.split(";") if d})),
        membership_sources=";".join(sorted({c.membership_source for c, _ in covering if c.membership_source})),
    )


def _summary(areas: Areas, contracts: list[ContractCoverage], communes: list[CommuneCoverage],
             by_commune: Mapping[str, list[tuple[ContractCoverage, Mapping[str, Any]]]]) -> list[AreaCoverage]:
    acc: dict[tuple[str, str], _Area] = defaultdict(_Area)

    def keys(departement: str | None, region: str | None) -> list[tuple[str, str]]:
        out = [("france", "FR")]
        region = region or (areas.departements.get(departement or "", ("", ""))[1] or None)
        if region and region in areas.region_codes:
            out.append(("region", areas.region_codes[region]))
        if departement and departement in areas.departements:
            out.append(("departement", departement))
        return out

    for row in communes:
        if row.in_force:
            for key in keys(row.departement, row.region):
                acc[key].covered.add(row.insee)
                if row.partial:
                    acc[key].partial.add(row.insee)
    placed: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for insee, covering in by_commune.items():
        commune = areas.communes[insee]
        for c, _ in covering:
            placed[c.consolidated_id].update(keys(commune.departement, commune.region))
    for c in contracts:
        where = placed.get(c.consolidated_id) or set(keys(c.territory_departement, c.territory_region))
        for key in where:
            acc[key].contracts.add(c.consolidated_id)
            if c.in_force:
                acc[key].in_force.add(c.consolidated_id)
            if c.membership == "unknown":
                acc[key].unknown.add(c.consolidated_id)
    if not acc:
        return []
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for commune in areas.communes.values():
        for key in keys(commune.departement, commune.region):
            totals[key][0] += 1
            totals[key][1] += commune.population
    region_names = {code: name for name, code in areas.region_codes.items()}
    out = []
    for (level, code), a in acc.items():
        n, population = totals[(level, code)]
        covered_pop = sum(areas.communes[i].population for i in a.covered)
        if level == "france":
            name, region = "France", ""
        elif level == "region":
            name = region = region_names[code]
        else:
            name, region = areas.departements[code]
        out.append(AreaCoverage(
            level=level, code=code, name=name, region=region, communes=n, population=population,
            communes_covered=len(a.covered), population_covered=covered_pop,
            share_covered=round(covered_pop / population, 4) if population else 0.0,
            communes_partial=len(a.partial), n_contracts=len(a.contracts), n_contracts_in_force=len(a.in_force),
            n_contracts_membership_unknown=len(a.unknown),
        ))
    order = {"france": 0, "region": 1, "departement": 2}
    return sorted(out, key=lambda a: (order[a.level], a.code))


def build_coverage(rows: list[dict[str, Any]], facts: RunFacts, as_of: dt.date | None = None
                   ) -> tuple[dict[str, list[dict[str, Any]]], dict[str, Any]]:
    """The coverage tables of a run and the manifest's ``coverage`` entry. Nothing is loaded when no
    contract was found (a crawl of screened-out pages stays cheap)."""
    source = "--as-of"
    if as_of is None:
        as_of, source = facts.as_of()
    info: dict[str, Any] = {"as_of": as_of.isoformat() if as_of else None, "as_of_source": source,
                            "population": POPULATION}
    if not rows:
        return {name: [] for name in TABLES}, info
    from pipeline.geo.areas import get_areas

    tables = coverage_tables(rows, get_areas(), as_of, _town_codes(rows, facts))
    unknown = [c for c in tables["coverage_contracts"] if c["membership"] == "unknown"]
    info["contracts_membership_unknown"] = len(unknown)
    return tables, info
