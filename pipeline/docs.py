"""The data dictionary and JSON schema, generated from the pydantic models (never written by hand).

``python -m pipeline.docs`` (``make docs``) writes ``docs/DATA_DICTIONARY.md`` and
``docs/record.schema.json``; a test fails when the committed files differ from what this module makes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from pipeline.models import (
    AreaCoverage,
    Axis,
    CommuneCoverage,
    Contract,
    ContractCoverage,
    Funding,
    Person,
    Record,
    Signatory,
    Span,
    Territory,
)

DOCS_DIR = Path(__file__).resolve().parents[1] / "docs"

# Table columns that carry a model field: their description comes from the model.
_COLUMN_FIELDS: dict[str, tuple[type[BaseModel], str]] = {
    "doc_id": (Record, "doc_id"), "source": (Record, "source"), "input_path": (Record, "input_path"),
    "format": (Record, "format"), "sha256": (Record, "sha256"), "title": (Record, "title"),
    "publication_date": (Record, "publication_date"), "is_cls": (Record, "is_cls"),
    "relevance": (Record, "relevance"), "territory_name": (Territory, "name"), "territory_type": (Territory, "type"),
    "territory_insee": (Territory, "insee"), "territory_departement": (Territory, "departement"),
    "territory_region": (Territory, "region"), "status": (Contract, "status"),
    "generation": (Contract, "generation"), "signing_date": (Contract, "signing_date"),
    "period_start": (Contract, "period_start"), "period_end": (Contract, "period_end"),
    "axis_themes": (Contract, "axis_themes"), "org_type": (Signatory, "org_type"), "role": (Person, "role"),
    "rank": (Axis, "rank"), "themes": (Axis, "themes"), "amount_eur": (Funding, "amount_eur"),
    "funder": (Funding, "funder"), "year": (Funding, "year"),
}
# Columns computed by the export, not fields of a model.
_DERIVED: dict[str, str] = {
    "contract_id": "`<doc_id>#<n>`, n counting contracts from 1 in document order.",
    "language": "Language of the document.",
    "n_contracts": "Number of contracts in the document.",
    "error": "Why the document could not be processed (empty when fine).",
    "n_signatories": "Number of signatories.",
    "n_axes": "Number of priority axes.",
    "funding_total": "Sum of the contract's amounts in euros (empty without funding).",
    "name": "Name as written (organisation or person).",
    "text": "Axis label as listed.",
    "stage": "Pipeline stage that failed.",
    "error_type": "Exception class.",
    "message": "Error message.",
    "consolidated_id": "`<territory code>#<n>`: one contract across documents (README 'Consolidation').",
    "n_sources": "Number of documents announcing the contract.",
    "doc_ids": "Source documents, `;`-joined.",
    "contract_ids": "Source contract mentions, `;`-joined.",
    "signatory_types": "Union of the signatory org types over the sources, `;`-joined.",
    "conflicts": "Fields whose source values disagree, `;`-joined (empty when they agree).",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _type(annotation: object) -> str:
    return str(annotation).replace("typing.", "").replace("pipeline.models.", "").replace("<class '", "").replace("'>", "")


def _describe(column: str, table: str = "") -> str:
    model = _coverage_models().get(table)
    if model is not None and column in model.model_fields:
        return model.model_fields[column].description or _describe(column)
    if column in _COLUMN_FIELDS:
        model, name = _COLUMN_FIELDS[column]
        return model.model_fields[name].description or f"`{model.__name__}.{name}`."
    return _DERIVED.get(column, "")


def _tables() -> dict[str, list[str]]:
    from pipeline.export.consolidate import COLUMNS as CONSOLIDATED
    from pipeline.export.coverage import TABLES as COVERAGE
    from pipeline.export.tables import COLUMNS

    return {**COLUMNS, "contracts_consolidated": CONSOLIDATED, **COVERAGE}


def _coverage_models() -> dict[str, type[BaseModel]]:
    return {"coverage_contracts": ContractCoverage, "coverage_communes": CommuneCoverage,
            "coverage_summary": AreaCoverage}


def _pays_membership() -> list[str]:
    """Which Pays/PETR have a known membership (the others are 'unknown' in the coverage tables)."""
    from pipeline.geo.areas import load_areas

    areas = load_areas()
    known = sorted({m.name: m.source for m in areas.pays.values()}.items())
    n_all = len(set(areas.pays_names.values()))
    lines = [f"Pays/PETR membership is known for {len(known)} of the {n_all} Pays/PETR of `rules/geo/pays_petr.tsv` "
             "(`rules/geo/pays_petr_members.tsv`, each confirmed by the public source named on its row); the "
             "membership of every other Pays/PETR is unknown: its contracts are listed in coverage_contracts with "
             "`membership=unknown` and counted in `n_contracts_membership_unknown`, never spread over communes.", ""]
    lines += [f"- {name}: {source}" for name, source in known]
    return [*lines, ""]


def data_dictionary() -> str:
    """The Markdown data dictionary: record models, then the run-folder tables with their load_run dtypes."""
    from pipeline.load import dtype_of

    lines = ["# Data dictionary", "",
             "Generated from `pipeline/models.py` and the table layouts (`make docs`, or "
             "`cls-extract schema --markdown`); do not edit by hand.", "", "# Record (records.jsonl)", ""]
    models: list[type[BaseModel]] = [Record, Contract, Territory, Signatory, Person, Axis, Funding, Span]
    for model in models:
        lines += [f"## {model.__name__}", ""]
        if model.__doc__ and model.__doc__.strip():
            lines += [model.__doc__.strip(), ""]
        lines += ["| field | type | description |", "|---|---|---|"]
        for name, f in model.model_fields.items():
            lines.append(f"| {name} | `{_cell(_type(f.annotation))}` | {_cell(f.description or '')} |")
        lines.append("")
    lines += ["# Tables (CSV, Parquet, DuckDB)", "",
              "dtype is what `pipeline.load_run(DIR)` gives; a date column also gets `<column>_precision` "
              "(day / month / year).", ""]
    coverage = _coverage_models()
    for table, columns in _tables().items():
        lines += [f"## {table}", ""]
        if table in coverage:
            lines += [(coverage[table].__doc__ or "").strip(), ""]
        lines += ["| column | dtype | description |", "|---|---|---|"]
        lines += [f"| {c} | `{dtype_of(c)}` | {_cell(_describe(c, table))} |" for c in columns]
        lines.append("")
    lines += ["# Coverage", "",
              "Rules in README 'Coverage'. The reference date and the population's year and source are in "
              "`manifest.json` (`coverage`).", "", *_pays_membership()]
    lines += ["# Python API", "",
              "`pipeline.extract(text, *, url=None, published=None, title=None, html=False, doc_id=None) -> Record` "
              "and `pipeline.extract_many(items) -> Iterator[Record]` return the `Record` above, made by the same "
              "code as `cls-extract run` (README 'Python API').", ""]
    return "\n".join(lines)


def json_schema() -> str:
    """The JSON schema of a record, as committed in docs/record.schema.json."""
    return json.dumps(Record.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


def generated_files() -> dict[Path, str]:
    return {DOCS_DIR / "DATA_DICTIONARY.md": data_dictionary(), DOCS_DIR / "record.schema.json": json_schema()}


def main() -> int:
    DOCS_DIR.mkdir(exist_ok=True)
    for path, text in generated_files().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(DOCS_DIR.parent)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
