"""Train the territory decision (pipeline/extract/territory_choice.py) and compare it with the hand-set one.

usage: python scripts/train_territory.py [--out rules/models/territory_choice.json] [--no-write]

Every annotated set present is used: corpus/ (always), and where their texts are here ../shared seeds,
dev and real pages (corpus/real/shared-docs/) and our own real pages (corpus/real/docs/). Each candidate
territory of each document the screen keeps becomes a row of features, labelled by whether a gold
contract has that territory (the reference scorer's matching). Cross-validation is by batch: train on
the other batches, choose the territories of the held-out one, and compare its territory F1 with the
hand-set precedence rules (contracts.choose_contracts). Deterministic: same inputs, same model bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from pipeline import relevance
from pipeline.evaluate import load_jsonl
from pipeline.evaluate.groups import read_sources
from pipeline.evaluate.score import match_contracts, territories_match
from pipeline.extract import doc_input
from pipeline.extract import territory_choice as tc
from pipeline.extract.contracts import (
    _headed_groups,
    _territory,
    announced_count,
    choose_contracts,
    extract_contracts,
)
from pipeline.ingest import SourceDoc, iter_inputs
from pipeline.nlp import build_nlp
from pipeline.run import prepare, publication

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
THRESHOLDS = [round(0.05 * i, 2) for i in range(2, 19)]


@dataclass
class DocRows:
    doc_id: str
    batch: str
    features: list[list[float]] = field(default_factory=list)
    matches: list[int | None] = field(default_factory=list)  # index of the gold territory each candidate is
    hand: list[bool] = field(default_factory=list)  # chosen by the hand-set rules
    announced: int | None = None
    n_gold: int = 0


def annotated_sets() -> list[tuple[str, Path, Path, dict[str, str]]]:
    """(name, texts folder, gold file, batch of each doc_id) for every set whose texts are here."""
    corpus_gold = load_jsonl(ROOT / "corpus" / "gold.jsonl")
    sets = [("corpus", ROOT / "corpus" / "docs", ROOT / "corpus" / "gold.jsonl",
             {d: "corpus-" + d.split("-")[1][0] for d in corpus_gold})]
    candidates = [
        ("seeds", SHARED / "seeds", SHARED / "gold" / "seeds.jsonl", None),
        ("dev", SHARED / "dev" / "docs", SHARED / "dev" / "gold.jsonl", None),
        ("shared-real", ROOT / "corpus" / "real" / "shared-docs", SHARED / "real" / "gold.jsonl", None),
        ("real", ROOT / "corpus" / "real" / "docs", ROOT / "corpus" / "real" / "gold.jsonl",
         ROOT / "corpus" / "real" / "SOURCES.md"),
    ]
    for name, docs, gold, sources in candidates:
        if not (docs.is_dir() and gold.is_file() and any(docs.iterdir())):
            continue
        batches = ({d: f"real-{row.get('batch', '?')}" for d, row in read_sources(sources).items()}
                   if sources and sources.is_file() else {})
        sets.append((name, docs, gold, defaultdict(lambda n=name: n, batches)))
    return sets


def matched_contracts(capture: Callable[[], AbstractContextManager[list]], sets: list | None = None
                      ) -> Iterator[tuple[str, str, dict, object]]:
    """(doc_id, batch, gold contract, the captured row of the predicted contract the scorer matches to it), over
    every annotated set present, each document extracted as the pipeline does: what the decisions' training
    scripts (train_signatories, train_status) learn from."""
    nlp = build_nlp()
    for name, docs, gold_path, batches in annotated_sets() if sets is None else sets:
        gold = load_jsonl(gold_path)
        items = [x for x in iter_inputs([docs]) if isinstance(x, SourceDoc) and x.doc_id in gold]
        prepared = [prepare(sd) for sd in items]
        kept = [p for p in prepared if p.relevance.is_cls]
        n = 0
        for p, doc in zip(kept, nlp.pipe(p.text for p in kept), strict=True):
            g = gold[p.source.doc_id]
            if not g.get("is_cls"):
                continue
            pub, pub_span = publication(p)
            di = doc_input(doc, p.source.title, pub, p.relevance, pub_span, p.source.site, p.source.url)
            with capture() as captured:
                contracts = extract_contracts(di)
            if not relevance.decide(p.relevance, len(contracts)).is_cls:
                continue
            gold_contracts = list(g.get("contracts") or [])
            for i, j in match_contracts(gold_contracts, [c.model_dump() for c in contracts]):
                n += 1
                yield p.source.doc_id, batches[p.source.doc_id], gold_contracts[i], captured[j]
        print(f"{name}: {len(items)} documents, {len(kept)} screened in, {n} matched contracts", file=sys.stderr)


def collect() -> list[DocRows]:
    nlp = build_nlp()
    rows: list[DocRows] = []
    for name, docs, gold_path, batches in annotated_sets():
        gold = load_jsonl(gold_path)
        items = [x for x in iter_inputs([docs]) if isinstance(x, SourceDoc) and x.doc_id in gold]
        prepared = [prepare(sd) for sd in items]
        kept = [p for p in prepared if p.relevance.is_cls]
        for p, doc in zip(kept, nlp.pipe(p.text for p in kept), strict=True):
            pub, pub_span = publication(p)
            di = doc_input(doc, p.source.title, pub, p.relevance, pub_span, p.source.site, p.source.url)
            g = gold[p.source.doc_id]
            gold_terr = [c.get("territory") for c in g.get("contracts") or []] if g.get("is_cls") else []
            announced = announced_count(di.text)
            hand = choose_contracts(di.groups, announced, di.units)
            headed = _headed_groups(di.groups, di.units)
            r = DocRows(p.source.doc_id, batches[p.source.doc_id], announced=announced, n_gold=len(gold_terr))
            for grp in di.groups:
                terr = _territory(grp).model_dump()
                r.features.append([tc.group_features(grp, di.groups, len(di.text), headed, announced, hand)[f]
                                   for f in tc.FEATURES])
                r.matches.append(next((i for i, t in enumerate(gold_terr) if territories_match(t, terr)), None))
                r.hand.append(grp in hand)
            rows.append(r)
        print(f"{name}: {len(items)} documents, {len(kept)} screened in", file=sys.stderr)
    return rows


def counts(docs: list[DocRows], chosen: list[list[int]]) -> tuple[int, int, int]:
    """Territory-choice TP/FP/FN: a chosen candidate is right when it is a gold territory not yet found."""
    tp = fp = fn = 0
    for d, picks in zip(docs, chosen, strict=True):
        found: set[int] = set()
        for i in picks:
            m = d.matches[i]
            if m is not None and m not in found:
                found.add(m)
                tp += 1
            else:
                fp += 1
        fn += d.n_gold - len(found)
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@dataclass
class Fitted:
    mean: np.ndarray
    scale: np.ndarray
    model: LogisticRegression
    threshold: float

    def probs(self, rows: list[list[float]]) -> list[float]:
        if not rows:
            return []
        x = (np.array(rows) - self.mean) / self.scale
        return list(self.model.predict_proba(x)[:, 1])


def fit_rows(rows: list[list[float]], labels: list[int]) -> Fitted:
    """Standardised logistic regression (lbfgs, C=1: deterministic), threshold 0.5 until chosen."""
    x, y = np.array(rows), np.array(labels, dtype=int)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=1.0, max_iter=2000, solver="lbfgs")
    model.fit((x - mean) / scale, y)
    return Fitted(mean, scale, model, 0.5)


def write_model(out: Path, features: tuple[str, ...], fitted: Fitted, **extra: object) -> None:
    """The model as rules/models/*.json: what pipeline.extract.logistic reads, plus the training record."""
    payload = {
        "features": list(features),
        "mean": [round(float(v), 6) for v in fitted.mean],
        "scale": [round(float(v), 6) for v in fitted.scale],
        "weights": [round(float(v), 6) for v in fitted.model.coef_[0]],
        "bias": round(float(fitted.model.intercept_[0]), 6),
        "threshold": fitted.threshold,
        **extra,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"model written to {out}", file=sys.stderr)


def fit(docs: list[DocRows]) -> Fitted:
    fitted = fit_rows([f for d in docs for f in d.features], [m is not None for d in docs for m in d.matches])
    probs = [fitted.probs(d.features) for d in docs]
    best = max(THRESHOLDS, key=lambda t: (f1(*counts(docs, [tc.choose(p, t, d.announced) for d, p in zip(docs, probs, strict=True)])), -abs(t - 0.5)))
    fitted.threshold = best
    return fitted


def learned_choice(fitted: Fitted, docs: list[DocRows]) -> list[list[int]]:
    return [tc.choose(fitted.probs(d.features), fitted.threshold, d.announced) for d in docs]


def hand_choice(docs: list[DocRows]) -> list[list[int]]:
    return [[i for i, h in enumerate(d.hand) if h] for d in docs]


def cross_validate(docs: list[DocRows]) -> list[dict]:
    table = []
    batches = sorted({d.batch for d in docs})
    for batch in batches:
        test = [d for d in docs if d.batch == batch]
        train = [d for d in docs if d.batch != batch]
        fitted = fit(train)
        hand, learned = counts(test, hand_choice(test)), counts(test, learned_choice(fitted, test))
        table.append({"batch": batch, "docs": len(test), "gold_territories": sum(d.n_gold for d in test),
                      "hand_f1": round(f1(*hand), 4), "learned_f1": round(f1(*learned), 4),
                      "hand_counts": list(hand), "learned_counts": list(learned), "threshold": fitted.threshold})
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=tc.MODEL_PATH)
    parser.add_argument("--no-write", action="store_true", help="print the comparison only")
    args = parser.parse_args(argv)
    docs = collect()
    table = cross_validate(docs)
    print(f"{'held-out batch':18} {'docs':>5} {'terr':>5} {'hand':>6} {'learned':>8}")
    for row in table:
        print(f"{row['batch']:18} {row['docs']:5d} {row['gold_territories']:5d} {row['hand_f1']:6.3f} {row['learned_f1']:8.3f}")
    # The hand-set rules were written against seeds, dev and corpus: only the real pages are unseen by both.
    micro: dict[str, dict[str, float]] = {}
    for scope, keep in (("real pages (micro)", lambda b: "real" in b), ("all (micro)", lambda b: True)):
        hand_c, learned_c = [0, 0, 0], [0, 0, 0]
        for row in table:
            if keep(row["batch"]):
                for acc, got in ((hand_c, row["hand_counts"]), (learned_c, row["learned_counts"])):
                    for k in range(3):
                        acc[k] += got[k]
        micro[scope] = {"hand": round(f1(*hand_c), 4), "learned": round(f1(*learned_c), 4)}
        print(f"{scope:30} {micro[scope]['hand']:6.3f} {micro[scope]['learned']:8.3f}")
    if args.no_write:
        return 0
    write_model(args.out, tc.FEATURES, fit(docs),
                trained_on={b: sum(d.batch == b for d in docs) for b in sorted({d.batch for d in docs})},
                cross_validation=table, cv_micro_f1=micro)
    return 0


if __name__ == "__main__":
    sys.exit(main())
