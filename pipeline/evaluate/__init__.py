"""Scoring of pipeline records against gold annotations (``shared/gold/SCHEMA.md``).

Same matching rules and numbers as the reference scorer ``shared/tools/score.py``; this package adds
typed results, per-value errors and a Markdown report. ``cls-extract evaluate`` calls
:func:`run_evaluate`; ``python -m pipeline.evaluate GOLD PRED`` does the same without the CLI.
"""

from pipeline.evaluate.report import format_table, render_report, run_evaluate, to_json, write_report
from pipeline.evaluate.score import (
    FIELDS,
    ErrorRow,
    EvalResult,
    FieldScore,
    load_jsonl,
    score,
    score_paths,
)

__all__ = [
    "FIELDS",
    "ErrorRow",
    "EvalResult",
    "FieldScore",
    "format_table",
    "load_jsonl",
    "render_report",
    "run_evaluate",
    "score",
    "score_paths",
    "to_json",
    "write_report",
]
