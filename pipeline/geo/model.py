"""Plain data types of the gazetteer, kept apart so loaders and linkers share them without cycles."""

from __future__ import annotations

from dataclasses import dataclass, field

Kind = str  # "commune" | "epci" | "pays_petr" | "departement" | "region"


@dataclass(frozen=True, slots=True)
class Entity:
    """One gazetteer row: enough to rank homonyms and fill a LinkResult."""

    type: Kind
    name: str
    code: str | None  # INSEE (commune), SIREN (EPCI), département code, region code, None (pays)
    departement: str | None
    region: str | None
    population: int = 0
    rank: int = 0  # 3 region chef-lieu, 2 préfecture, 1 sous-préfecture, 0 other
    postal: tuple[str, ...] = ()
    departements: tuple[str, ...] = ()  # every département an EPCI/pays touches
    regions: tuple[str, ...] = ()


@dataclass(frozen=True)
class GeoContext:
    """Clues found in the document; names or codes both accepted for départements and regions."""

    departements: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    postal_codes: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class LinkResult:
    """A linked territory; `insee` is the INSEE code of a commune or the SIREN of an EPCI."""

    name: str
    type: Kind
    insee: str | None
    departement: str | None
    region: str | None
    score: float
    ambiguous: bool = False
    candidates: list[tuple[str, str | None, str | None]] = field(default_factory=list)
