"""``cls-extract import-review``: reviewed Label Studio tasks back to gold JSONL (shared/gold/SCHEMA.md).

A task's values come from its last submitted annotation, else from its prediction (so an unreviewed
export round-trips to the run's own values). Span labels are for the reviewer's eyes; the values are
read from the per-field controls.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pipeline.review.fields import TEXT_FIELDS, slot


def _result(task: dict[str, Any]) -> list[dict[str, Any]]:
    done = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if done:
        return done[-1].get("result") or []
    preds = task.get("predictions") or []
    return (preds[0].get("result") or []) if preds else []


def _values(result: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Control name -> its values (text area lines, or chosen choices)."""
    out: dict[str, list[str]] = {}
    for item in result:
        v = item.get("value") or {}
        if item.get("type") == "textarea":
            lines = [ln.strip() for t in v.get("text") or [] for ln in str(t).splitlines()]
            out.setdefault(item["from_name"], []).extend(ln for ln in lines if ln)
        elif item.get("type") == "choices":
            out.setdefault(item["from_name"], []).extend(v.get("choices") or [])
    return out


def _parts(line: str, n: int) -> list[str]:
    parts = [p.strip() for p in line.split("|")]
    return (parts + [""] * n)[:n] if len(parts) <= n else [*parts[: n - 1], "|".join(parts[n - 1:])]


def _int(s: str | None) -> int | None:
    return int(s) if s and re.fullmatch(r"-?\d+", s.strip()) else None


def _amount(s: str) -> int | float:
    x = float(s.replace(" ", "").replace("\u202f", "").replace(",", "."))
    return int(x) if x.is_integer() else x


def _one(values: dict[str, list[str]], name: str) -> str | None:
    got = values.get(name) or []
    return got[0] if got else None


def _contract(values: dict[str, list[str]], i: int) -> dict[str, Any] | None:
    terr = _one(values, slot(i, "territory"))
    if not terr or not _parts(terr, 5)[0]:
        return None
    name, ttype, insee, dep, region = _parts(terr, 5)
    scalars = {f: _one(values, slot(i, f)) for f in TEXT_FIELDS}
    funding = []
    for line in values.get(slot(i, "funding"), []):
        parts = [p.strip() for p in line.split("|")]
        amount, year = parts[0], parts[-1] if len(parts) > 1 else ""
        funding.append({"amount_eur": _amount(amount), "funder": "|".join(parts[1:-1]).strip() or None,
                        "year": _int(year)})
    return {
        "territory": {"name": name, "type": ttype or "other", "insee": insee or None, "departement": dep or None,
                      "region": region or None},
        "status": _one(values, slot(i, "status")) or "unknown",
        "generation": _int(scalars["generation"]),
        "signing_date": scalars["signing_date"] or None,
        "period_start": _int(scalars["period_start"]),
        "period_end": _int(scalars["period_end"]),
        "signatories": [dict(zip(("org_type", "name"), _parts(ln, 2), strict=True)) for ln in values.get(slot(i, "signatories"), [])],
        "people": [{"name": p[0], "role": p[1] or None} for p in (_parts(ln, 2) for ln in values.get(slot(i, "people"), []))],
        "axes": list(values.get(slot(i, "axes"), [])),
        "axis_themes": list(values.get(slot(i, "axis_themes"), [])),
        "funding": funding,
    }


def gold_of_task(task: dict[str, Any]) -> dict[str, Any]:
    """One gold record (SCHEMA.md field order) from a reviewed task."""
    data = task.get("data") or {}
    values = _values(_result(task))
    slots = sorted({int(m.group(1)) for k in values if (m := re.match(r"c(\d+)_", k))})
    contracts = [c for i in slots if (c := _contract(values, i)) is not None]
    is_cls = (_one(values, "is_cls") or ("true" if contracts else "false")) == "true"
    return {"doc_id": data["doc_id"], "source": data.get("source") or "", "is_cls": is_cls,
            "publication_date": _one(values, "publication_date"), "contracts": contracts if is_cls else [],
            "notes": "imported from a Label Studio review"}


def import_review(tasks_file: Path) -> list[dict[str, Any]]:
    """Gold records of every task in a Label Studio export (a JSON list), sorted by doc_id."""
    tasks = json.loads(Path(tasks_file).read_text(encoding="utf-8"))
    if isinstance(tasks, dict):
        tasks = [tasks]
    return sorted((gold_of_task(t) for t in tasks), key=lambda g: g["doc_id"])
