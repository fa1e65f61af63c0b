"""One row layout per table of the run folder (OUTPUTS.md), built from records."""

from __future__ import annotations

from pipeline.models import Record

COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "source", "input_path", "format", "sha256", "title", "publication_date", "is_cls",
                  "relevance", "language", "n_contracts", "error"],
    "contracts": ["contract_id", "doc_id", "territory_name", "territory_type", "territory_insee",
                  "territory_departement", "territory_region", "status", "generation", "signing_date", "period_start",
                  "period_end", "n_signatories", "n_axes", "axis_themes", "funding_total"],
    "signatories": ["contract_id", "doc_id", "org_type", "name"],
    "people": ["contract_id", "doc_id", "name", "role"],
    "axes": ["contract_id", "doc_id", "rank", "text", "themes"],
    "funding": ["contract_id", "doc_id", "amount_eur", "funder", "year"],
    "errors": ["input_path", "doc_id", "stage", "error_type", "message"],
}


def _num(x: float | None) -> int | float | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


def rows_of(record: Record, error: str = "") -> dict[str, list[dict]]:
    """The rows a record contributes to each table."""
    out: dict[str, list[dict]] = {k: [] for k in COLUMNS if k != "errors"}
    out["documents"].append({
        "doc_id": record.doc_id, "source": record.source, "input_path": record.input_path, "format": record.format,
        "sha256": record.sha256, "title": record.title, "publication_date": record.publication_date,
        "is_cls": record.is_cls, "relevance": record.relevance, "language": "fr",
        "n_contracts": len(record.contracts), "error": error,
    })
    for n, c in enumerate(record.contracts, start=1):
        cid = f"{record.doc_id}#{n}"
        t = c.territory
        out["contracts"].append({
            "contract_id": cid, "doc_id": record.doc_id, "territory_name": t.name, "territory_type": t.type,
            "territory_insee": t.insee, "territory_departement": t.departement, "territory_region": t.region,
            "status": c.status, "generation": c.generation, "signing_date": c.signing_date,
            "period_start": c.period_start, "period_end": c.period_end, "n_signatories": len(c.signatories),
            "n_axes": len(c.axes), "axis_themes": ";".join(c.axis_themes),
            "funding_total": _num(sum(f.amount_eur for f in c.funding)) if c.funding else None,
        })
        for s in c.signatories:
            out["signatories"].append({"contract_id": cid, "doc_id": record.doc_id, "org_type": s.org_type, "name": s.name})
        for p in c.people:
            out["people"].append({"contract_id": cid, "doc_id": record.doc_id, "name": p.name, "role": p.role})
        details = c.axis_details or []
        for rank, text in enumerate(c.axes, start=1):
            themes = details[rank - 1].themes if rank - 1 < len(details) else []
            out["axes"].append({"contract_id": cid, "doc_id": record.doc_id, "rank": rank, "text": text,
                                "themes": ";".join(themes)})
        for f in c.funding:
            out["funding"].append({"contract_id": cid, "doc_id": record.doc_id, "amount_eur": _num(f.amount_eur),
                                   "funder": f.funder, "year": f.year})
    return out
