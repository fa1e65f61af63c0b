"""``cls-extract export-review``: run records as Label Studio tasks with pre-annotations.

Each task carries the document text and the run's values as ``predictions``: evidence spans as
``labels`` results (offsets into ``data.text``), document and contract fields as ``choices`` and
``textarea`` results. The labeling config is generated for the largest number of contracts in a
document, plus one empty slot so a reviewer can add a missed contract.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

from pipeline.export.post import read_records
from pipeline.export.writer import write_atomic
from pipeline.review.fields import (
    AXIS_THEMES,
    LINE_FORMATS,
    ORG_TYPES,
    SEP,
    SPAN_LABELS,
    STATUSES,
    TERRITORY_TYPES,
    TEXT_FIELDS,
    slot,
)

MODEL_VERSION = "cls-extract"


def _num(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return "" if x is None else str(x)


def _textarea(name: str, lines: list[str]) -> dict[str, Any]:
    return {"from_name": name, "to_name": "text", "type": "textarea", "value": {"text": lines}}


def _choices(name: str, values: list[str]) -> dict[str, Any]:
    return {"from_name": name, "to_name": "text", "type": "choices", "value": {"choices": values}}


def _contract_results(i: int, c: dict[str, Any], text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    add = out.append
    t = c.get("territory") or {}
    add(_textarea(slot(i, "territory"), [SEP.join(_num(t.get(k)) for k in
                                                  ("name", "type", "insee", "departement", "region"))]))
    add(_choices(slot(i, "status"), [c.get("status") or "unknown"]))
    for name in TEXT_FIELDS:
        if c.get(name) is not None:
            add(_textarea(slot(i, name), [_num(c[name])]))
    lines = {
        "signatories": [f"{s['org_type']}{SEP}{s['name']}" for s in c.get("signatories") or []],
        "people": [f"{p['name']}{SEP}{p.get('role') or ''}" for p in c.get("people") or []],
        "axes": [" ".join(a.split()) for a in c.get("axes") or []],
        "funding": [SEP.join((_num(f["amount_eur"]), f.get("funder") or "", _num(f.get("year"))))
                    for f in c.get("funding") or []],
    }
    for name, values in lines.items():
        if values:
            add(_textarea(slot(i, name), values))
    if c.get("axis_themes"):
        add(_choices(slot(i, "axis_themes"), list(c["axis_themes"])))
    for field, spans in sorted((c.get("evidence") or {}).items()):
        if field not in SPAN_LABELS:
            continue
        for s in spans:
            if 0 <= s["start"] < s["end"] <= len(text):
                add({"from_name": "span", "to_name": "text", "type": "labels",
                     "value": {"start": s["start"], "end": s["end"], "text": text[s["start"]:s["end"]],
                               "labels": [field]},
                     "meta": {"text": [f"contract {i}"]}})
    return out


def tasks_of(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One Label Studio task per record, with the run's values as a prediction."""
    tasks = []
    for rec in records:
        text = rec.get("text") or ""
        result: list[dict[str, Any]] = [_choices("is_cls", ["true" if rec.get("is_cls") else "false"])]
        if rec.get("publication_date"):
            result.append(_textarea("publication_date", [rec["publication_date"]]))
        for i, c in enumerate(rec.get("contracts") or [], start=1):
            result += _contract_results(i, c, text)
        for n, item in enumerate(result):
            item["id"] = f"r{n}"  # Label Studio needs an id per result item, unique in the task
        tasks.append({
            "data": {"text": text, "doc_id": rec["doc_id"], "source": rec.get("source") or "",
                     "title": rec.get("title") or ""},
            "predictions": [{"model_version": MODEL_VERSION, "score": float(rec.get("relevance") or 0),
                             "result": result}],
        })
    return tasks


def _xml_choices(name: str, values: tuple[str, ...] | list[str], multiple: bool = False) -> str:
    items = "".join(f'<Choice value="{escape(v)}"/>' for v in values)
    return (f'<Choices name="{name}" toName="text" choice="{"multiple" if multiple else "single"}" '
            f'showInline="true">{items}</Choices>')


def _xml_textarea(name: str, hint: str, rows: int = 1) -> str:
    return (f'<TextArea name="{name}" toName="text" editable="true" rows="{rows}" '
            f'placeholder="{escape(hint)}"/>')


def label_config(n_contracts: int) -> str:
    """The labeling config XML for documents with up to ``n_contracts`` contracts."""
    labels = "".join(f'<Label value="{k}" background="{v}"/>' for k, v in SPAN_LABELS.items())
    parts = ["<View>", '<Header value="$doc_id"/>', f'<Labels name="span" toName="text">{labels}</Labels>',
             '<Text name="text" value="$text"/>', '<Header value="Document" size="5"/>',
             _xml_choices("is_cls", ["true", "false"]), _xml_textarea("publication_date", "YYYY-MM-DD, YYYY-MM or YYYY")]
    for i in range(1, n_contracts + 1):
        parts += [f'<View><Header value="Contract {i}" size="5"/>',
                  _xml_textarea(slot(i, "territory"), LINE_FORMATS["territory"]),
                  _xml_choices(slot(i, "status"), STATUSES),
                  *(_xml_textarea(slot(i, f), f) for f in TEXT_FIELDS),
                  *(_xml_textarea(slot(i, f), LINE_FORMATS[f], rows=4)
                    for f in ("signatories", "people", "axes", "funding")),
                  _xml_choices(slot(i, "axis_themes"), AXIS_THEMES, multiple=True), "</View>"]
    parts.append("</View>")
    # Kept in the file for reviewers: the values an org_type / territory type may take.
    comment = (f"<!-- org_type: {', '.join(ORG_TYPES)}; territory type: {', '.join(TERRITORY_TYPES)} -->")
    return comment + "\n" + "\n".join(parts) + "\n"


def export_tasks(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str]:
    """Tasks and the labeling config that fits them."""
    most = max((len(r.get("contracts") or []) for r in records), default=0)
    return tasks_of(records), label_config(most + 1)


def write_export(run_dir: Path, out: Path | None = None) -> tuple[Path, Path]:
    """Write the tasks JSON and, beside it, ``<stem>.label_config.xml``; returns both paths."""
    run_dir = Path(run_dir)
    out = out or run_dir / "label_studio_tasks.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    tasks, config = export_tasks(read_records(run_dir))
    config_path = out.with_name(f"{out.stem}.label_config.xml")
    write_atomic(out, json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
    write_atomic(config_path, config)
    return out, config_path
