"""One row per contract across documents: the same CLS announced by the ARS, the commune and the press.

Rule (also in README "Consolidation"):
- Two contract mentions are the same contract when they have the same territory key (INSEE code of
  a commune or SIREN of an EPCI; without a code, the folded name + type + département) and either
  their periods overlap or their signing dates agree (equal at the coarser precision: ``2024-03``
  agrees with ``2024-03-12``). Matching is transitive (union-find over the mentions).
- A mention with neither period nor signing date cannot be told apart from an earlier or later
  contract of the same territory, so it joins a group only when its territory has exactly one
  dated group, or stays alone when the territory has none or several.
- The chosen value of each scalar field is the most frequent non-empty one among the sources; ties
  go to the most precise value (longest date), then to the most recent document (publication date),
  then to the smallest contract_id. Status is the most advanced stage reported (announced <
  in_preparation < signed = renewed), since an announcement is usually followed by the signing.
  Signatory types and axis themes are the union over the sources.
- ``conflicts`` names the fields whose non-empty source values differ (for dates: values that do not
  agree at the coarser precision; for status: any two known stages, 'unknown' aside, so that an
  announcement later signed is visible).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from pipeline.geo.normalize import norm

COLUMNS: list[str] = [
    "consolidated_id", "territory_name", "territory_type", "territory_insee", "territory_departement",
    "territory_region", "status", "generation", "signing_date", "period_start", "period_end", "n_sources",
    "doc_ids", "contract_ids", "signatory_types", "axis_themes", "funding_total", "conflicts",
]

SCALARS: tuple[str, ...] = (
    "territory_name", "territory_type", "territory_region", "territory_departement", "generation", "signing_date",
    "period_start", "period_end", "funding_total",
)

_STAGE = {"unknown": 0, "announced": 1, "in_preparation": 2, "signed": 3, "renewed": 3}


def _mentions(records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Flatten records into contract mentions with the fields consolidation needs."""
    out = []
    for rec in records:
        for n, c in enumerate(rec.get("contracts") or [], start=1):
            t = c.get("territory") or {}
            funding = [float(f.get("amount_eur") or 0) for f in c.get("funding") or []]
            total = sum(funding) if funding else None
            out.append({
                "contract_id": f"{rec['doc_id']}#{n}", "doc_id": rec["doc_id"],
                "publication_date": rec.get("publication_date") or "",
                "territory_name": t.get("name"), "territory_type": t.get("type"), "territory_insee": t.get("insee"),
                "territory_departement": t.get("departement"), "territory_region": t.get("region"),
                "status": c.get("status") or "unknown", "generation": c.get("generation"),
                "signing_date": c.get("signing_date"), "period_start": c.get("period_start"),
                "period_end": c.get("period_end"),
                "signatory_types": {s.get("org_type") for s in c.get("signatories") or [] if s.get("org_type")},
                "axis_themes": set(c.get("axis_themes") or []),
                "funding_total": (int(total) if total is not None and total.is_integer() else total),
            })
    return out


def territory_key(m: Mapping[str, Any]) -> str:
    """The code when there is one, else a folded name key (names vary less than codes are missing)."""
    if m.get("territory_insee"):
        return str(m["territory_insee"])
    name = re.sub(r"\s+", "-", norm(m.get("territory_name") or ""))
    return f"{m.get('territory_type') or 'other'}:{name}:{m.get('territory_departement') or ''}"


def _interval(m: Mapping[str, Any]) -> tuple[int, int] | None:
    start, end = m.get("period_start"), m.get("period_end")
    if start is None and end is None:
        return None
    return (start if start is not None else end, end if end is not None else start)


def dates_agree(a: str | None, b: str | None) -> bool:
    """Equal at the coarser precision: '2024-03' agrees with '2024-03-12'."""
    if not a or not b:
        return False
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def same_contract(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Overlapping periods or agreeing signing dates (territory keys are compared by the caller)."""
    ia, ib = _interval(a), _interval(b)
    if ia and ib and ia[0] <= ib[1] and ib[0] <= ia[1]:
        return True
    return dates_agree(a.get("signing_date"), b.get("signing_date"))


def _dated(m: Mapping[str, Any]) -> bool:
    return _interval(m) is not None or bool(m.get("signing_date"))


def _groups(mentions: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    by_key: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        by_key.setdefault(territory_key(m), []).append(i)
    for idx in by_key.values():
        dated = [i for i in idx if _dated(mentions[i])]
        for x, i in enumerate(dated):
            for j in dated[x + 1:]:
                if same_contract(mentions[i], mentions[j]):
                    union(i, j)
        roots = {find(i) for i in dated}
        if len(roots) == 1:
            for i in idx:
                union(i, next(iter(roots)))
    groups: dict[int, list[dict[str, Any]]] = {}
    for i, m in enumerate(mentions):
        groups.setdefault(find(i), []).append(m)
    return list(groups.values())


def _precision(value: Any) -> int:
    return len(value) if isinstance(value, str) else 0


def choose(group: list[Mapping[str, Any]], field: str) -> Any:
    """Most frequent non-empty value; ties: most precise, then most recent document, then smallest id."""
    values = sorted((m for m in group if m.get(field) not in (None, "")), key=lambda m: m["contract_id"])
    if not values:
        return None
    counts = Counter(str(m[field]) for m in values)
    # max() keeps the first of equal keys: the smallest contract_id wins the last tie.
    best = max(values, key=lambda m: (counts[str(m[field])], _precision(m[field]), m["publication_date"]))
    return best[field]


def _conflict(group: list[Mapping[str, Any]], field: str) -> bool:
    values = sorted({str(m[field]) for m in group if m.get(field) not in (None, "")})
    if field == "signing_date":
        return any(not dates_agree(a, b) for a in values for b in values)
    if field == "territory_name":
        return len({norm(v) for v in values}) > 1
    return len(values) > 1


def _status(group: list[Mapping[str, Any]]) -> tuple[str, bool]:
    stages = [m["status"] for m in group if m["status"] != "unknown"]
    if not stages:
        return "unknown", False
    top = max(_STAGE[s] for s in stages)
    counts = Counter(s for s in stages if _STAGE[s] == top)
    # signed vs renewed: the majority, and 'renewed' on a tie (it says more: an earlier contract existed).
    chosen = max(counts, key=lambda s: (counts[s], s == "renewed"))
    return chosen, len(set(stages)) > 1


def consolidate(records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows of contracts_consolidated.csv, sorted by territory key then date."""
    rows = []
    for group in _groups(_mentions(records)):
        group.sort(key=lambda m: m["contract_id"])
        row: dict[str, Any] = {f: choose(group, f) for f in SCALARS}
        row["territory_insee"] = choose(group, "territory_insee")
        status, status_conflict = _status(group)
        conflicts = [f for f in (*SCALARS, "territory_insee") if _conflict(group, f)]
        if status_conflict:
            conflicts.append("status")
        row.update({
            "status": status,
            "n_sources": len({m["doc_id"] for m in group}),
            "doc_ids": ";".join(sorted({m["doc_id"] for m in group})),
            "contract_ids": ";".join(m["contract_id"] for m in group),
            "signatory_types": ";".join(sorted(set().union(*(m["signatory_types"] for m in group)))),
            "axis_themes": ";".join(sorted(set().union(*(m["axis_themes"] for m in group)))),
            "conflicts": ";".join(sorted(conflicts)),
            "_key": territory_key(group[0]),
        })
        rows.append(row)
    rows.sort(key=lambda r: (r["_key"], str(r["period_start"] or ""), r["signing_date"] or "", r["contract_ids"]))
    seen: Counter[str] = Counter()
    for r in rows:
        key = r.pop("_key")
        seen[key] += 1
        r["consolidated_id"] = f"{key}#{seen[key]}"
    return rows
