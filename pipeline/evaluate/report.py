"""Presenting an evaluation: the console table, JSON, per-document errors and a Markdown report.

The table has the layout of ``shared/tools/score.py`` so that the two outputs can be diffed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pipeline.evaluate.groups import NO_GROUP, default_sources, format_groups, read_sources, score_by
from pipeline.evaluate.score import (
    FIELDS,
    ErrorRow,
    EvalResult,
    Record,
    load_jsonl,
    matched_contracts,
    normalized_status,
    resolve_predictions,
    score,
    territory_key,
)

NONE_LABEL = "(none)"
WORST_DOCUMENTS = 10
TOP_WRONG_VALUES = 5


def format_value(value: Any) -> str:
    """One-line rendering of a gold or predicted value (periods as "2024-2028", None as "(none)")."""
    if value is None:
        return NONE_LABEL
    if isinstance(value, tuple) and len(value) == 2:
        start, end = value
        return f"{'' if start is None else start}-{'' if end is None else end}"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def format_table(result: EvalResult) -> str:
    """Field / P / R / F1 table, the missing documents, then the macro-F1 line (score.py layout)."""
    lines = [f"{'field':18} {'P':>6} {'R':>6} {'F1':>6}"]
    lines += [f"{name:18} {s.p:6.3f} {s.r:6.3f} {s.f1:6.3f}" for name, s in result.fields.items()]
    if result.missing:
        lines.append(f"missing predictions for {len(result.missing)} docs: {result.missing[:10]}")
    lines.append(f"macro-F1 {result.macro_f1:.3f}")
    return "\n".join(lines)


def format_error(row: ErrorRow) -> str:
    """``doc_id | field | gold | predicted``: one line per wrong or missing value."""
    return " | ".join((row.doc_id, row.field, format_value(row.gold), format_value(row.predicted)))


def to_json(result: EvalResult, with_errors: bool = False) -> dict[str, Any]:
    """Machine-readable scores: ``{"fields": {field: {"p", "r", "f1"}}, "macro_f1": x}``.

    With ``with_errors``, an ``errors`` list (doc_id, field, contract, gold, predicted) and the
    ``missing`` doc_ids are added.
    """
    payload: dict[str, Any] = {
        "fields": {name: {"p": s.p, "r": s.r, "f1": s.f1} for name, s in result.fields.items()},
        "macro_f1": result.macro_f1,
    }
    if with_errors:
        payload["errors"] = [
            {"doc_id": e.doc_id, "field": e.field, "contract": e.contract,
             "gold": _jsonable(e.gold), "predicted": _jsonable(e.predicted)}
            for e in result.errors
        ]
        payload["missing"] = list(result.missing)
    return payload


def _jsonable(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


# --- Markdown report -------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    """A Markdown table cell: pipes escaped, line breaks flattened."""
    return format_value(value).replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return lines


def _confusion(pairs: Counter[tuple[str, str]], title: str) -> list[str]:
    """Gold labels as rows, predicted labels as columns; only labels that occur."""
    lines = [f"### {title}", ""]
    if not pairs:
        return [*lines, "No matched pairs.", ""]
    gold_labels = sorted({g for g, _ in pairs})
    pred_labels = sorted({p for _, p in pairs})
    rows = [[g, *(pairs.get((g, p), 0) or "" for p in pred_labels)] for g in gold_labels]
    lines += _table(["gold \\ predicted", *pred_labels], rows)
    off_diagonal = sum(n for (g, p), n in pairs.items() if g != p)
    lines += ["", f"{sum(pairs.values())} matched pairs, {off_diagonal} with a different label.", ""]
    return lines


def org_type_confusion(gold: Mapping[str, Record], pred: Mapping[str, Record]) -> Counter[tuple[str, str]]:
    """(gold org_type, predicted org_type) of signatories matched by name within matched contracts.

    Names are compared by territory key, as the signatories_name field is scored, and paired
    one-to-one in gold order.
    """
    pairs: Counter[tuple[str, str]] = Counter()
    for doc_id, gold_doc in gold.items():
        for gold_contract, pred_contract in matched_contracts(gold_doc, pred.get(doc_id)):
            free = list(pred_contract.get("signatories") or [])
            for signatory in gold_contract.get("signatories") or []:
                key = territory_key(signatory.get("name"))
                match = next((s for s in free if territory_key(s.get("name")) == key), None)
                if match is not None:
                    free.remove(match)
                    pairs[(signatory.get("org_type") or NONE_LABEL, match.get("org_type") or NONE_LABEL)] += 1
    return pairs


def status_confusion(gold: Mapping[str, Record], pred: Mapping[str, Record]) -> Counter[tuple[str, str]]:
    """(gold status, predicted status) of every matched contract; "unknown" counts as none."""
    pairs: Counter[tuple[str, str]] = Counter()
    for doc_id, gold_doc in gold.items():
        for gold_contract, pred_contract in matched_contracts(gold_doc, pred.get(doc_id)):
            pairs[(normalized_status(gold_contract) or NONE_LABEL,
                   normalized_status(pred_contract) or NONE_LABEL)] += 1
    return pairs


def render_report(result: EvalResult, gold: Mapping[str, Record], pred: Mapping[str, Record]) -> str:
    """The Markdown report: summary, worst documents, confusion matrices, frequent wrong values."""
    lines = ["# Evaluation report", ""]
    lines += [
        f"- gold documents: {len(gold)}",
        f"- predicted documents: {len(pred)} ({sum(1 for d in pred if d in gold)} in gold)",
        f"- missing predictions: {len(result.missing)}"
        + (f" ({', '.join(result.missing[:10])}{', …' if len(result.missing) > 10 else ''})" if result.missing else ""),
        f"- macro-F1: **{result.macro_f1:.3f}**",
        "",
    ]

    lines += ["## Summary", ""]
    lines += _table(
        ["field", "P", "R", "F1", "TP", "FP", "FN"],
        [[name, f"{s.p:.3f}", f"{s.r:.3f}", f"{s.f1:.3f}", s.tp, s.fp, s.fn] for name, s in result.fields.items()],
    )
    lines += ["", f"macro-F1 = mean of the {len(FIELDS)} field F1s = {result.macro_f1:.3f}", ""]

    lines += ["## Worst documents", ""]
    by_doc: dict[str, Counter[str]] = defaultdict(Counter)
    for row in result.errors:
        by_doc[row.doc_id][row.field] += 1
    worst = sorted(by_doc.items(), key=lambda item: (-sum(item[1].values()), item[0]))[:WORST_DOCUMENTS]
    if worst:
        lines += _table(
            ["doc_id", "errors", "by field"],
            [[doc_id, sum(c.values()), ", ".join(f"{f} {n}" for f, n in sorted(c.items(), key=lambda x: (-x[1], x[0])))]
             for doc_id, c in worst],
        )
    else:
        lines.append("No errors.")
    lines.append("")

    lines += ["## Confusion matrices", ""]
    lines += _confusion(org_type_confusion(gold, pred), "Signatory org_type (signatories matched by name)")
    lines += _confusion(status_confusion(gold, pred), "Contract status (matched contracts)")

    lines += ["## Most frequent wrong values", ""]
    by_field: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for row in result.errors:
        by_field[row.field][(format_value(row.gold), format_value(row.predicted))] += 1
    if not by_field:
        lines += ["No errors.", ""]
    for name in FIELDS:
        if name not in by_field:
            continue
        lines += [f"### {name}", ""]
        top = sorted(by_field[name].items(), key=lambda item: (-item[1], item[0]))[:TOP_WRONG_VALUES]
        lines += _table(["gold", "predicted", "count"], [[g, p, n] for (g, p), n in top])
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def write_report(result: EvalResult, gold: Mapping[str, Record], pred: Mapping[str, Record], path: str | Path) -> None:
    """Write the Markdown report (parent folders created)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(result, gold, pred), encoding="utf-8")


# --- command ---------------------------------------------------------------------------------------


def run_evaluate(
    gold: Path,
    pred: Path,
    as_json: bool = False,
    per_doc: bool = False,
    report: Path | None = None,
    min_f1: float | None = None,
    by: str | None = None,
    sources: Path | None = None,
    docs: Path | None = None,
) -> int:
    """The ``evaluate`` command: print scores, optionally errors and a report; return the exit code.

    ``by`` adds one score line per value of that column of the sources table (``sources``, by default
    the SOURCES.md or sources.tsv beside the gold file). ``docs`` keeps only the gold documents whose
    text is in that folder (``<doc_id>.*``): a real-page text that could not be rebuilt is not a miss.
    Exit code 0, or 1 when macro-F1 is below ``min_f1`` (a CI gate), or 2 when an input cannot be
    read. In JSON mode stdout holds only the JSON document; messages go to stderr.
    """
    try:
        gold_records = load_jsonl(gold)
        pred_records = load_jsonl(resolve_predictions(pred))
        if docs is not None:
            present = {p.stem for p in Path(docs).iterdir()}
            gold_records = {k: v for k, v in gold_records.items() if k in present}
        groups: dict[str, str] | None = None
        if by is not None:
            table_path = sources or default_sources(Path(gold))
            if table_path is None:
                raise ValueError(f"--by {by}: no --sources given and no SOURCES.md / sources.tsv beside {gold}")
            table = read_sources(table_path)
            if not any(by.lower() in row for row in table.values()):
                raise ValueError(f"--by {by}: {table_path} has no column {by!r}")
            groups = {doc_id: row.get(by.lower(), "") for doc_id, row in table.items()}
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result = score(gold_records, pred_records)
    by_group = score_by(gold_records, pred_records, groups) if groups is not None else {}
    counts = Counter((groups or {}).get(doc_id) or NO_GROUP for doc_id in gold_records)

    if as_json:
        payload = to_json(result, with_errors=per_doc)
        if by_group:
            payload["by"] = {"column": by, "groups": {
                name: {**to_json(r), "docs": counts[name]} for name, r in by_group.items()}}
        print(json.dumps(payload, ensure_ascii=False))
    else:
        print(format_table(result))
        if by_group:
            print()
            print(format_groups(by_group, str(by), counts))
        if per_doc:
            for doc_id in result.missing:
                print(f"{doc_id} | document | gold record | {NONE_LABEL}")
            for row in result.errors:
                print(format_error(row))

    if report is not None:
        write_report(result, gold_records, pred_records, report)
        print(f"report written to {report}", file=sys.stderr)

    if min_f1 is not None and result.macro_f1 < min_f1:
        print(f"macro-F1 {result.macro_f1:.3f} is below --min-f1 {min_f1:.3f}", file=sys.stderr)
        return 1
    return 0
