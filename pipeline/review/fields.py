"""How each gold field is shown to a reviewer: one Label Studio control per field and contract slot.

Multi-valued fields are text areas with one item per line, parts separated by `` | `` (the order is in
``LINE_FORMATS``); ``to_gold`` parses the same formats back.
"""

from __future__ import annotations

from pipeline.models import AXIS_THEMES, ORG_TYPES

__all__ = ["AXIS_THEMES", "LINE_FORMATS", "ORG_TYPES", "SEP", "SPAN_LABELS", "STATUSES", "TERRITORY_TYPES", "TEXT_FIELDS", "slot"]

STATUSES: tuple[str, ...] = ("signed", "renewed", "in_preparation", "announced", "unknown")
TERRITORY_TYPES: tuple[str, ...] = ("commune", "epci", "pays_petr", "departement", "quartier", "other")

# Span labels: the evidence keys of a contract.
SPAN_LABELS: dict[str, str] = {
    "territory": "#8fd3e8", "signing_date": "#e9a6e2", "period": "#c9a6f0", "signatories": "#a6dca2",
    "people": "#f2de7a", "axes": "#a9c1f2", "funding": "#f0a59b",
}

LINE_FORMATS: dict[str, str] = {
    "territory": "name | type | insee | departement | region",
    "signatories": "org_type | name (one per line)",
    "people": "name | role (one per line)",
    "axes": "one axis per line",
    "funding": "amount_eur | funder | year (one per line)",
}
TEXT_FIELDS: tuple[str, ...] = ("generation", "signing_date", "period_start", "period_end")
SEP = " | "


def slot(i: int, name: str) -> str:
    """Control name of a field of the i-th contract (from 1)."""
    return f"c{i}_{name}"
