"""Pydantic models: the one source of the record schema.

Field names follow ``shared/gold/SCHEMA.md`` so that any record can be scored against gold as is;
the extra fields (evidence, confidence, warnings) are ignored by the scorer. The JSON schema and the
data dictionary are generated from these classes (``cls-extract schema``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

TerritoryType = Literal["commune", "epci", "pays_petr", "departement", "quartier", "other"]
Status = Literal["signed", "renewed", "in_preparation", "announced", "unknown"]
OrgType = Literal[
    "ars", "prefecture", "sous_prefecture", "commune", "epci", "pays_petr", "departement", "region",
    "cpam", "caf", "msa", "carsat", "hospital", "cpts", "education_nationale", "mutualite", "other",
]
AxisTheme = Literal[
    "acces_soins", "prevention_promotion", "sante_mentale", "personnes_agees", "handicap", "jeunesse",
    "parentalite_perinatalite", "nutrition_activite_physique", "addictions", "cancers",
    "maladies_chroniques", "sante_environnement", "precarite_vulnerables", "coordination", "autre",
]
AXIS_THEMES: tuple[str, ...] = AxisTheme.__args__  # type: ignore[attr-defined]
ORG_TYPES: tuple[str, ...] = OrgType.__args__  # type: ignore[attr-defined]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """Where a value was read: character offsets in the cleaned text, and the snippet itself."""

    start: int = Field(ge=0, description="Start offset in the cleaned text.")
    end: int = Field(ge=0, description="End offset (exclusive) in the cleaned text.")
    text: str = Field(description="The cleaned text between start and end.")


class Territory(_Model):
    name: str = Field(description="Canonical name, e.g. 'Laon', 'Communauté de communes Plaine Limagne'.")
    type: TerritoryType = Field(description="Kind of territory the contract covers.")
    insee: str | None = Field(None, description="INSEE code of a commune, SIREN of an EPCI, else null.")
    departement: str | None = Field(None, description="Département code ('02', '2A', '974'), null if several.")
    region: str | None = Field(None, description="Current region name, e.g. 'Hauts-de-France'.")


class Signatory(_Model):
    org_type: OrgType = Field(description="Kind of organisation that signs (or will carry) the contract.")
    name: str = Field(description="Name as written, normalized (e.g. 'Préfecture de l'Aisne').")


class Person(_Model):
    name: str = Field(description="Full name without honorifics ('Dr', 'M.', 'Mme').")
    role: str | None = Field(None, description="Role as written, e.g. 'maire de Laon'.")


class Funding(_Model):
    amount_eur: float = Field(gt=0, description="Amount in euros.")
    funder: str | None = Field(None, description="Who pays, as written (e.g. 'ARS').")
    year: int | None = Field(None, description="Year the amount applies to, when stated.")


class Axis(_Model):
    rank: int = Field(ge=1, description="Position in the contract's list of axes, from 1.")
    text: str = Field(description="The axis label as listed, trimmed.")
    themes: list[AxisTheme] = Field(default_factory=list, description="Themes of this axis.")


class Contract(_Model):
    territory: Territory
    status: Status = "unknown"
    generation: int | None = Field(None, ge=1, description="1 for a first contract, 2 for the second...")
    signing_date: str | None = Field(
        None, pattern=r"^\d{4}-\d{2}(-\d{2})?$", description="YYYY-MM-DD or YYYY-MM, at the text's precision."
    )
    period_start: int | None = Field(None, ge=2009, le=2040)
    period_end: int | None = Field(None, ge=2009, le=2045)
    signatories: list[Signatory] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    axes: list[str] = Field(default_factory=list, description="Priority axes as listed (gold-compatible strings).")
    axis_themes: list[AxisTheme] = Field(default_factory=list, description="Union of the themes of all axes.")
    funding: list[Funding] = Field(default_factory=list)
    # Extras, ignored by the scorer.
    axis_details: list[Axis] = Field(default_factory=list, description="Axes with their rank and themes.")
    evidence: dict[str, list[Span]] = Field(
        default_factory=dict, description="Spans behind each value, keyed by field ('signing_date', 'axes'...)."
    )
    confidence: dict[str, float] = Field(
        default_factory=dict, description="Confidence (0-1) of values that are guesses, keyed by field."
    )
    warnings: list[str] = Field(default_factory=list, description="Short codes, e.g. 'year_inferred'.")


class Record(_Model):
    doc_id: str
    source: str
    is_cls: bool
    publication_date: str | None = Field(None, description="YYYY-MM-DD, YYYY-MM or YYYY when the page says it.")
    contracts: list[Contract] = Field(default_factory=list)
    # Extras, ignored by the scorer.
    title: str | None = None
    relevance: float = Field(0.0, ge=0, le=1, description="Relevance score behind is_cls.")
    format: str | None = Field(None, description="Input format: txt, html, jsonl, json, pdf, eml.")
    input_path: str | None = None
    sha256: str | None = Field(None, description="sha256 of the cleaned text.")
    warnings: list[str] = Field(default_factory=list)
    text: str | None = Field(None, description="Cleaned text (kept for CLS documents, so evidence can be shown).")


# Coverage tables (coverage_*.csv): who lives in a territory with a CLS, written at the end of every run.
Scope = Literal["commune", "arrondissement", "quartier", "epci", "pays_petr", "departement"]


class ContractCoverage(_Model):
    """One consolidated contract and the communes it covers (coverage_contracts.csv)."""

    consolidated_id: str = Field(description="The contract across documents (contracts_consolidated.csv).")
    territory_name: str | None = None
    territory_type: TerritoryType | None = None
    territory_insee: str | None = None
    territory_departement: str | None = None
    territory_region: str | None = None
    status: Status = "unknown"
    signing_date: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    in_force: bool = Field(description="Signed (or renewed) and in force at the run's reference date (manifest "
                                       "coverage.as_of): its period contains that year, or, without a period, "
                                       "within 5 years of signing.")
    in_force_basis: str = Field("", description="What in_force was read from: 'period', 'signing+5y', or "
                                                "'no_dates' (never in force).")
    scope: Scope | None = Field(None, description="How the communes were found: the commune itself, its "
                                                  "arrondissement or quartier (counted as the whole town, "
                                                  "partial=true), an EPCI's or a Pays/PETR's members, a "
                                                  "département's communes. Empty when membership is unknown.")
    membership: Literal["known", "unknown"] = Field(description="'unknown': a territory without a code, a "
                                                                "Pays/PETR whose members no public source "
                                                                "confirmed, a quartier whose town was not found.")
    membership_source: str = Field("", description="'gazetteer' (rules/geo), or the public source of a "
                                                   "Pays/PETR's members (rules/geo/pays_petr_members.tsv).")
    town_insee: str | None = Field(None, description="A quartier's or an arrondissement's town.")
    n_communes: int = Field(0, ge=0, description="Communes covered.")
    population: int = Field(0, ge=0, description="Their population (manifest coverage.population).")
    doc_ids: str = Field("", description="Source documents, `;`-joined.")


class CommuneCoverage(_Model):
    """One commune covered by at least one consolidated contract, any status (coverage_communes.csv)."""

    insee: str = Field(description="INSEE code of the (current) commune.")
    name: str = Field(description="Commune name (gazetteer).")
    departement: str = Field(description="Département code.")
    region: str = Field(description="Region name.")
    population: int = Field(ge=0, description="Population of the commune (manifest coverage.population).")
    in_force: bool = Field(description="Covered by a signed contract in force at the reference date.")
    partial: bool = Field(description="Every contract that puts it in force covers only part of it (a quartier, "
                                      "an arrondissement); it is still counted whole.")
    contract_ids: str = Field(description="Covering contracts (consolidated_id), `;`-joined; the next columns "
                                          "follow the same order.")
    scopes: str = Field(description="Scope of each covering contract, `;`-joined.")
    statuses: str = Field(description="Status of each covering contract, `;`-joined.")
    signing_dates: str = Field(description="Signing date of each covering contract (empty if unknown), `;`-joined.")
    periods: str = Field(description="Period of each covering contract ('2024-2028', empty if unknown), `;`-joined.")
    in_force_contract_ids: str = Field(description="The covering contracts in force, `;`-joined.")
    doc_ids: str = Field(description="Source documents of the covering contracts, `;`-joined.")
    membership_sources: str = Field(description="Sources of the memberships used, `;`-joined.")


class AreaCoverage(_Model):
    """Coverage of a département, a region or France (coverage_summary.csv): areas some contract touches."""

    level: Literal["france", "region", "departement"] = Field(description="Kind of area of the row.")
    code: str = Field(description="'FR', region code or département code.")
    name: str = Field(description="'France', region or département name.")
    region: str = Field("", description="Region name of a département (its own name for a region).")
    communes: int = Field(ge=0, description="Communes of the area (gazetteer).")
    population: int = Field(ge=0, description="Population of the area (sum over its communes).")
    communes_covered: int = Field(ge=0, description="Communes covered by a signed contract in force.")
    population_covered: int = Field(ge=0, description="Their population.")
    share_covered: float = Field(ge=0, le=1, description="population_covered / population, 4 decimals.")
    communes_partial: int = Field(ge=0, description="Covered communes counted whole from a quartier or "
                                                    "arrondissement contract.")
    n_contracts: int = Field(ge=0, description="Consolidated contracts touching the area, any status.")
    n_contracts_in_force: int = Field(ge=0, description="Of which signed and in force at the reference date.")
    n_contracts_membership_unknown: int = Field(ge=0, description="Contracts placed in the area whose communes "
                                                                  "are unknown (not in the covered figures).")
