"""Benchmark the gazetteer: load time, then mean / p95 link() time over tests/geo_cases.tsv.

    python bench/bench_geo.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.geo import Gazetteer, GeoContext  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description="gazetteer load and lookup timings")
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    with (ROOT / "tests" / "geo_cases.tsv").open(encoding="utf-8", newline="") as f:
        cases = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))

    t0 = time.perf_counter()
    gaz = Gazetteer()
    load = time.perf_counter() - t0

    queries = []
    for c in cases:
        parts = [*c["context"].split("|"), "", ""][:3]
        sets = [{x for x in p.split(",") if x} for p in parts]
        ctx = GeoContext(*sets) if c["context"] else None
        queries.append((c["name"], c["kind"] or None, ctx))
    timings: list[float] = []
    for _ in range(args.rounds):
        for name, kind, ctx in queries:
            t = time.perf_counter()
            gaz.link(name, kind, ctx)
            timings.append(time.perf_counter() - t)
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    rows = [
        ("load (s)", f"{load:.3f}"),
        ("lookups", str(len(timings))),
        ("mean link (µs)", f"{statistics.fmean(timings) * 1e6:.1f}"),
        ("p95 link (µs)", f"{p95 * 1e6:.1f}"),
        ("max link (µs)", f"{timings[-1] * 1e6:.1f}"),
    ]
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v:>10}")


if __name__ == "__main__":
    main()
