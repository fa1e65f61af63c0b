"""SIGTERM (and SIGINT) at random points of a real run, then --resume: each interrupted run exits
128 + the signal with one line saying how many documents were finished and to rerun with --resume,
no finished batch is ever lost, and the last resume writes the tables of an uninterrupted run.

The points are drawn from a seeded generator (CLS_SIGNAL_SEED picks another seed): either a delay after
the run took its folder (the signal handler is installed by then), or the moment the staging file
holds some number of finished inputs, plus a small delay. A signal that arrives as the process exits,
after the run finished, ends the process by the default action: the run is complete then.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from pipeline.export import staging
from pipeline.export.lock import LOCK_FILE
from pipeline.export.writer import STATE_FILE
from tests.conftest import CORPUS, ROOT

TABLES = ["records.jsonl", "documents.csv", "contracts.csv", "signatories.csv", "people.csv", "axes.csv",
          "funding.csv", "errors.csv"]
SEED = int(os.environ.get("CLS_SIGNAL_SEED", "16"))


def _crawl(dest: Path, fillers: int = 150) -> Path:
    """CLS documents spread evenly in input order among cheap pages, so every batch of 64 costs spaCy time."""
    dest.mkdir()
    texts = [src.read_text(encoding="utf-8") for src in sorted((CORPUS / "docs").glob("corpus-[ab]*.txt"))]
    step = (len(texts) + fillers) / len(texts)
    slots = {round(i * step): t for i, t in enumerate(texts)}
    for k in range(len(texts) + fillers):
        text = slots.get(k, f"Le marché de Noël n° {k} ouvre samedi sur la place.\n")
        (dest / f"d{k:04d}.txt").write_text(text, encoding="utf-8")
    (dest / "empty.txt").write_text("\n", encoding="utf-8")
    return dest


def _holds_lock(out: Path, pid: int) -> bool:
    try:
        return json.loads((out / LOCK_FILE).read_text())["pid"] == pid
    except (OSError, ValueError, KeyError):
        return False


def _interrupt_at_random(cmd: list[str], out: Path, rng: random.Random, signum: int, n_inputs: int):
    """Start ``cmd``, send ``signum`` at a random point; returns (returncode, stderr)."""
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 120
        while proc.poll() is None and not _holds_lock(out, proc.pid) and time.time() < deadline:
            time.sleep(0.01)
        # Points in the first half of a run (the points of its end are test_faults' SIGTERM cases).
        if rng.random() < 0.5:
            time.sleep(rng.uniform(0, 1.5))
        else:
            target = rng.randrange(0, n_inputs // 2)
            while proc.poll() is None and staging.finished(out, STATE_FILE) < target and time.time() < deadline:
                time.sleep(0.02)
            time.sleep(rng.uniform(0, 0.3))
        if proc.poll() is None:
            proc.send_signal(signum)
        _, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, err


def test_signals_at_random_points_then_resume(tmp_path):
    from pipeline.run import run

    crawl = _crawl(tmp_path / "crawl")
    n_inputs = len(list(crawl.iterdir()))
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pipeline.cli", "run", str(crawl), "--out", str(out), "--quiet", "--resume"]
    rng = random.Random(SEED)
    interrupted, finished_before = 0, 0
    # The worker count is not part of a run's identity: the second run has a pool of 2, which an interrupt stops.
    for signum, workers in ((signal.SIGTERM, "1"), (signal.SIGTERM, "2"), (signal.SIGINT, "1")):
        code, err = _interrupt_at_random([*cmd, "--workers", workers], out, rng, signum, n_inputs)
        if code == 0 or f" -> {out}" in err:  # the run ended before the signal (or as the process exited)
            code = 0
            break
        assert code == 128 + signum, err
        interrupted += 1
        last = err.strip().splitlines()[-1]
        finished = staging.finished(out, STATE_FILE)
        assert last == (f"cls-extract: interrupted by {signal.Signals(signum).name}; {finished} finished document(s) "
                        f"are kept in {out}: rerun the same command with --resume to continue"), err
        assert "Traceback" not in err
        assert finished >= finished_before  # a finished batch is never lost
        finished_before = finished
        assert not (out / LOCK_FILE).exists()  # released on the way out
    assert interrupted >= 1, f"seed {SEED}: no run was interrupted"
    if code != 0:
        done = subprocess.run([*cmd, "--workers", "1"], cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    ref = tmp_path / "ref"
    run([crawl], ref)
    for name in TABLES:
        assert (out / name).read_bytes() == (ref / name).read_bytes(), f"seed {SEED}: {name}"
    assert not (out / STATE_FILE).exists()
