"""Train the status decision (pipeline/extract/status_choice.py) and compare it with the hand-set one.

usage: python scripts/train_status.py [--out rules/models/status_choice.json] [--no-write]

Every annotated set present is used (the sets of scripts/train_territory.py). Each document the screen
keeps is extracted as the pipeline does; each contract that the reference scorer matches to a gold contract
gives one row: the status features of its statements, labelled by the gold status. One logistic model per
status (one against the rest); the most probable status is kept when its probability reaches the threshold,
else unknown. Cross-validation is by batch: train on the other batches (the threshold too), decide the
held-out one, and compare its status F1 (the scorer's: unknown counts as no value) with the hand-set
precedence. Deterministic: same inputs, same model bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_territory import Fitted, annotated_sets, f1, fit_rows, matched_contracts

from pipeline.extract import status_choice as stc

THRESHOLDS = [round(0.05 * i, 2) for i in range(2, 15)]


@dataclass
class Row:
    doc_id: str
    batch: str
    features: list[float]
    hand: str
    gold: str


def collect() -> list[Row]:
    rows: list[Row] = []
    for doc_id, batch, gold_contract, values in matched_contracts(stc.capture, annotated_sets()):
        hand = next(s for s in (*stc.STATUSES, "unknown") if values[f"hand_{s}"])
        rows.append(Row(doc_id, batch, [values[f] for f in stc.FEATURES], hand, gold_contract.get("status") or "unknown"))
    return rows


def counts(gold: list[str], pred: list[str]) -> tuple[int, int, int]:
    """Status TP/FP/FN as the scorer counts them over matched contracts (unknown is no value)."""
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=True):
        g, p = (None if g == "unknown" else g), (None if p == "unknown" else p)
        if g is None and p is None:
            continue
        if g is None:
            fp += 1
        elif p is None:
            fn += 1
        elif g == p:
            tp += 1
        else:
            fp += 1
            fn += 1
    return tp, fp, fn


@dataclass
class StatusFit:
    fitted: dict[str, Fitted]
    threshold: float

    def choose(self, rows: list[list[float]]) -> list[str]:
        probs = {s: f.probs(rows) for s, f in self.fitted.items()}
        out = []
        for k in range(len(rows)):
            best = max(stc.STATUSES, key=lambda s: (probs[s][k], -stc.STATUSES.index(s)))
            out.append(best if probs[best][k] >= self.threshold else "unknown")
        return out


def fit(rows: list[Row]) -> StatusFit:
    x = [r.features for r in rows]
    fitted = {s: fit_rows(x, [int(r.gold == s) for r in rows]) for s in stc.STATUSES}
    model = StatusFit(fitted, 0.5)
    gold = [r.gold for r in rows]
    best = max(THRESHOLDS, key=lambda t: (f1(*counts(gold, StatusFit(fitted, t).choose(x))), -abs(t - 0.5)))
    model.threshold = best
    return model


def cross_validate(rows: list[Row]) -> list[dict]:
    table = []
    for batch in sorted({r.batch for r in rows}):
        test = [r for r in rows if r.batch == batch]
        model = fit([r for r in rows if r.batch != batch])
        gold = [r.gold for r in test]
        hand, learned = counts(gold, [r.hand for r in test]), counts(gold, model.choose([r.features for r in test]))
        table.append({"batch": batch, "docs": len({r.doc_id for r in test}), "contracts": len(test),
                      "hand_f1": round(f1(*hand), 4), "learned_f1": round(f1(*learned), 4),
                      "hand_counts": hand, "learned_counts": learned, "threshold": model.threshold})
    return table


SCOPES = (
    ("real pages (micro)", lambda b: b.startswith("real") or b == "shared-real"),
    ("corpus (micro)", lambda b: b.startswith("corpus")),
    ("dev", lambda b: b == "dev"),
    ("seeds", lambda b: b == "seeds"),
    ("all (micro)", lambda b: True),
)


def pooled(table: list[dict]) -> dict[str, dict[str, float]]:
    out = {}
    for scope, keep in SCOPES:
        rows = [r for r in table if keep(r["batch"])]
        if rows:
            out[scope] = {f"{side}_f1": round(f1(*[sum(r[f"{side}_counts"][k] for r in rows) for k in range(3)]), 4)
                          for side in ("hand", "learned")}
    return out


def write(out: Path, model: StatusFit, table: list[dict]) -> None:
    first = next(iter(model.fitted.values()))
    payload = {
        "features": list(stc.FEATURES),
        "mean": [round(float(v), 6) for v in first.mean],
        "scale": [round(float(v), 6) for v in first.scale],
        "models": {s: {"weights": [round(float(v), 6) for v in f.model.coef_[0]],
                       "bias": round(float(f.model.intercept_[0]), 6)} for s, f in model.fitted.items()},
        "threshold": model.threshold,
        "cross_validation": pooled(table),
    }
    out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=stc.MODEL_PATH)
    parser.add_argument("--no-write", action="store_true", help="print the comparison only")
    args = parser.parse_args(argv)
    rows = collect()
    table = cross_validate(rows)
    print(f"{'held-out batch':<20} {'docs':>5} {'contracts':>9} {'hand F1':>8} {'learned F1':>10}")
    for r in table:
        print(f"{r['batch']:<20} {r['docs']:>5} {r['contracts']:>9} {r['hand_f1']:>8.3f} {r['learned_f1']:>10.3f}")
    for scope, v in pooled(table).items():
        print(f"{scope:<36} {v['hand_f1']:>8.3f} {v['learned_f1']:>10.3f}")
    if not args.no_write:
        write(args.out, fit(rows), table)
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
