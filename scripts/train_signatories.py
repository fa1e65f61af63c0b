"""Train the signatory decision (pipeline/extract/signatory_choice.py) and compare it with the hand-set one.

usage: python scripts/train_signatories.py [--out rules/models/signatory_choice.json] [--no-write]

Every annotated set present is used (the sets of scripts/train_territory.py: corpus/, and where their texts
are here ../shared seeds, dev and real pages, and our own real pages). Each document the screen keeps is
extracted as the pipeline does; each contract that the reference scorer matches to a gold contract gives
its candidate parties, one row of features each, labelled by whether a gold signatory of that contract has
the candidate's type and name key (the scorer's org_key). Cross-validation is by batch: train on the other
batches (the threshold too), choose the signatories of the held-out one, and compare its signatory type
and name F1 (the scorer's multisets, over matched contracts) with the hand-set rules. Deterministic: same
inputs, same model bytes.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_territory import Fitted, annotated_sets, f1, fit_rows, matched_contracts, write_model

from pipeline.evaluate.score import org_key
from pipeline.extract import signatory_choice as sc

THRESHOLDS = [round(0.05 * i, 2) for i in range(2, 19)]


@dataclass
class ContractRows:
    """The candidates of one predicted contract matched to a gold one."""
    doc_id: str
    batch: str
    features: list[list[float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # org_key of each candidate's name
    hand: list[bool] = field(default_factory=list)
    territory_type: str = ""
    own: tuple[str, str] | None = None  # (type, org_key) the contract's own territory adds when no party has its type
    gold_types: list[str] = field(default_factory=list)
    gold_names: list[str] = field(default_factory=list)


def collect() -> list[ContractRows]:
    rows: list[ContractRows] = []
    for doc_id, batch, gold_contract, (cands, terr_type, own) in matched_contracts(sc.capture, annotated_sets()):
        gsig = gold_contract.get("signatories") or []
        gold_pairs = {(s.get("org_type"), org_key(s.get("name"))) for s in gsig}
        r = ContractRows(doc_id, batch, territory_type=terr_type,
                         own=(own.org_type, org_key(own.name)) if own is not None else None,
                         gold_types=[s.get("org_type") for s in gsig], gold_names=[org_key(s.get("name")) for s in gsig])
        for c in cands:
            key = org_key(c.signatory.name)
            r.features.append([c.values[f] for f in sc.FEATURES])
            r.labels.append(int((c.signatory.org_type, key) in gold_pairs))
            r.types.append(c.signatory.org_type)
            r.names.append(key)
            r.hand.append(c.hand)
        rows.append(r)
    return rows


def counts(contracts: list[ContractRows], chosen: list[list[int]]) -> dict[str, list[int]]:
    """Signatory type and name TP/FP/FN, as the scorer counts them (multisets per matched contract)."""
    out = {"type": [0, 0, 0], "name": [0, 0, 0]}
    for c, picks in zip(contracts, chosen, strict=True):
        types = [c.types[i] for i in picks]
        names = [c.names[i] for i in picks]
        if c.own is not None and c.territory_type not in types:
            types.append(c.own[0])
            names.append(c.own[1])
        for field_name, pred, gold in (("type", types, c.gold_types), ("name", names, c.gold_names)):
            gc, pc = Counter(gold), Counter(pred)
            tp = sum((gc & pc).values())
            acc = out[field_name]
            acc[0] += tp
            acc[1] += sum(pc.values()) - tp
            acc[2] += sum(gc.values()) - tp
    return out


def both(c: dict[str, list[int]]) -> float:
    return f1(*c["type"]) + f1(*c["name"])


def fit(contracts: list[ContractRows]) -> Fitted:
    fitted = fit_rows([f for c in contracts for f in c.features], [v for c in contracts for v in c.labels])
    probs = [fitted.probs(c.features) for c in contracts]
    # The threshold is chosen on the training contracts only (the held-out batch never sees it).
    fitted.threshold = max(THRESHOLDS, key=lambda t: (
        both(counts(contracts, [picks(c, ps, t) for c, ps in zip(contracts, probs, strict=True)])), -abs(t - 0.5)))
    return fitted


def picks(c: ContractRows, probs: list[float], threshold: float) -> list[int]:
    """The candidates the learned choice keeps (signatory_choice.keep, as the pipeline applies it)."""
    return [i for i, p in enumerate(probs) if sc.keep(p, threshold, dict(zip(sc.FEATURES, c.features[i], strict=True)))]


def learned_choice(fitted: Fitted, contracts: list[ContractRows]) -> list[list[int]]:
    return [picks(c, fitted.probs(c.features), fitted.threshold) for c in contracts]


def hand_choice(contracts: list[ContractRows]) -> list[list[int]]:
    return [[i for i, h in enumerate(c.hand) if h] for c in contracts]


def cross_validate(contracts: list[ContractRows]) -> list[dict]:
    table = []
    for batch in sorted({c.batch for c in contracts}):
        test = [c for c in contracts if c.batch == batch]
        fitted = fit([c for c in contracts if c.batch != batch])
        hand, learned = counts(test, hand_choice(test)), counts(test, learned_choice(fitted, test))
        table.append({
            "batch": batch, "docs": len({c.doc_id for c in test}), "contracts": len(test),
            "gold_signatories": sum(len(c.gold_types) for c in test),
            "hand_type_f1": round(f1(*hand["type"]), 4), "learned_type_f1": round(f1(*learned["type"]), 4),
            "hand_name_f1": round(f1(*hand["name"]), 4), "learned_name_f1": round(f1(*learned["name"]), 4),
            "hand_counts": hand, "learned_counts": learned, "threshold": fitted.threshold,
        })
    return table


SCOPES = (
    ("real pages (micro)", lambda b: b.startswith("real") or b == "shared-real"),
    ("corpus (micro)", lambda b: b.startswith("corpus")),
    ("dev", lambda b: b == "dev"),
    ("seeds", lambda b: b == "seeds"),
    ("all (micro)", lambda b: True),
)


def pooled(table: list[dict]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for scope, keep in SCOPES:
        rows = [r for r in table if keep(r["batch"])]
        if not rows:
            continue
        acc = {side: {f: [sum(r[f"{side}_counts"][f][k] for r in rows) for k in range(3)] for f in ("type", "name")}
               for side in ("hand", "learned")}
        out[scope] = {f"{side}_{f}_f1": round(f1(*acc[side][f]), 4) for side in ("hand", "learned") for f in ("type", "name")}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=sc.MODEL_PATH)
    parser.add_argument("--no-write", action="store_true", help="print the comparison only")
    args = parser.parse_args(argv)
    contracts = collect()
    table = cross_validate(contracts)
    print(f"{'held-out batch':18} {'docs':>5} {'ctr':>4} {'sigs':>5} {'type hand':>9} {'learned':>8} {'name hand':>9} {'learned':>8}")
    for r in table:
        print(f"{r['batch']:18} {r['docs']:5d} {r['contracts']:4d} {r['gold_signatories']:5d} {r['hand_type_f1']:9.3f} "
              f"{r['learned_type_f1']:8.3f} {r['hand_name_f1']:9.3f} {r['learned_name_f1']:8.3f}")
    micro = pooled(table)
    for scope, v in micro.items():
        print(f"{scope:34} {v['hand_type_f1']:9.3f} {v['learned_type_f1']:8.3f} {v['hand_name_f1']:9.3f} {v['learned_name_f1']:8.3f}")
    if args.no_write:
        return 0
    write_model(args.out, sc.FEATURES, fit(contracts),
                trained_on={b: sum(c.batch == b for c in contracts) for b in sorted({c.batch for c in contracts})},
                cross_validation=[{k: v for k, v in r.items() if not k.endswith("_counts")} for r in table],
                cv_micro_f1=micro)
    return 0


if __name__ == "__main__":
    sys.exit(main())
