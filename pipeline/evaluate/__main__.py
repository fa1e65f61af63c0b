"""``python -m pipeline.evaluate GOLD PRED|RUN_DIR [--json] [--per-doc] [--report FILE.md] [--min-f1 X]``.

Stdlib argument parsing so that scoring works without the typer CLI being installed or wired.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.evaluate.report import run_evaluate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate", description="Score records against gold.")
    parser.add_argument("gold", type=Path, help="gold JSONL file")
    parser.add_argument("pred", type=Path, help="predicted records JSONL, or a run folder (its records.jsonl)")
    parser.add_argument("--json", action="store_true", dest="as_json", help="print scores as JSON")
    parser.add_argument("--per-doc", action="store_true", help="print every wrong or missing value")
    parser.add_argument("--report", type=Path, default=None, help="write a Markdown report to this file")
    parser.add_argument("--min-f1", type=float, default=None, help="exit 1 when macro-F1 is below this")
    parser.add_argument("--by", default=None, help="also score per value of this column of the sources table")
    parser.add_argument("--sources", type=Path, default=None, help="sources table for --by")
    parser.add_argument("--docs", type=Path, default=None, help="score only gold documents with a text here")
    args = parser.parse_args(argv)
    return run_evaluate(args.gold, args.pred, args.as_json, args.per_doc, args.report, args.min_f1,
                        by=args.by, sources=args.sources, docs=args.docs)


if __name__ == "__main__":
    sys.exit(main())
