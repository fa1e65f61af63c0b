"""Durable runs: a run killed with SIGKILL resumes into the same tables; duplicates, time budget, --strict."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.export.writer import STATE_FILE
from tests.conftest import CORPUS, ROOT

TABLES = ["records.jsonl", "documents.csv", "contracts.csv", "signatories.csv", "people.csv", "axes.csv",
          "funding.csv", "errors.csv", "contracts_consolidated.csv", "coverage_contracts.csv", "coverage_communes.csv",
          "coverage_summary.csv"]
runner = CliRunner()


def _crawl(dest: Path, copies: int = 1, fillers: int = 0) -> Path:
    """Distinct documents (a reference line makes each text unique) from the corpus .txt files, and
    short pages about something else (cheap: screened out before spaCy) to make more batches."""
    dest.mkdir(parents=True, exist_ok=True)
    sources = sorted((CORPUS / "docs").glob("*.txt"))
    texts = [(f"{src.stem}-{n:02d}", src.read_text(encoding="utf-8") + f"\nRéférence {n}-{src.stem}\n")
             for n in range(copies) for src in sources]
    step = (len(texts) + fillers) / len(texts)  # input order is by name: spread the CLS documents
    slots = {round(i * step): t for i, t in enumerate(texts)}
    for k in range(len(texts) + fillers):
        name, text = slots.get(k, (f"page-{k}", f"Le marché de Noël n° {k} ouvre samedi sur la place.\n"))
        (dest / f"d{k:04d}-{name}.txt").write_text(text, encoding="utf-8")
    (dest / "empty.txt").write_text("  \n", encoding="utf-8")  # one error row too
    return dest


def _done(out: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{out / STATE_FILE}?mode=ro", uri=True, timeout=0.2)
        try:
            return con.execute("SELECT count(*) FROM done").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _assert_same_tables(a: Path, b: Path) -> None:
    for name in TABLES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_sigkill_then_resume_equals_uninterrupted_run(tmp_path):
    from pipeline.run import run

    crawl = _crawl(tmp_path / "crawl", fillers=230)  # 4 batches of 64, the CLS documents in all of them
    n_inputs = len(list(crawl.iterdir()))
    out = tmp_path / "killed"
    cmd = [sys.executable, "-m", "pipeline.cli", "run", str(crawl), "--out", str(out), "--quiet", "--workers", "1"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 120
        while _done(out) == 0 and proc.poll() is None and time.time() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    done_at_kill = _done(out)
    assert 0 < done_at_kill < n_inputs
    assert not (out / "manifest.json").exists()  # no final file from a half run

    res = runner.invoke(app, ["run", str(crawl), "--out", str(out), "--quiet", "--workers", "1", "--resume"])
    assert res.exit_code == 0, res.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["resumed"] is True
    assert not (out / STATE_FILE).exists()

    ref = tmp_path / "ref"
    run([crawl], ref)
    _assert_same_tables(out, ref)
    assert manifest["counts"]["documents"] == n_inputs - 1  # no duplicated rows


def test_resume_skips_finished_documents(tmp_path, monkeypatch):
    """A staging file whose batches are all committed: --resume redoes no document."""
    import pipeline.run as run_mod

    crawl = _crawl(tmp_path / "crawl", copies=1)
    out = tmp_path / "out"
    real_finish = run_mod.RunWriter.finish

    def crash(self, **kw):
        raise KeyboardInterrupt  # interrupted after every batch was committed

    monkeypatch.setattr(run_mod.RunWriter, "finish", crash)
    with pytest.raises(KeyboardInterrupt):
        run_mod.run([crawl], out)
    assert (out / STATE_FILE).exists()
    monkeypatch.setattr(run_mod.RunWriter, "finish", real_finish)
    calls: list[int] = []
    real_prepare = run_mod.prepare
    monkeypatch.setattr(run_mod, "prepare", lambda sd: calls.append(1) or real_prepare(sd))
    run_mod.run([crawl], out, resume=True)
    assert calls == []
    ref = tmp_path / "ref"
    monkeypatch.setattr(run_mod, "prepare", real_prepare)
    run_mod.run([crawl], ref)
    _assert_same_tables(out, ref)


def test_resume_with_other_inputs_is_a_usage_error(tmp_path, monkeypatch):
    import pipeline.run as run_mod

    crawl = _crawl(tmp_path / "crawl", copies=1)
    out = tmp_path / "out"
    monkeypatch.setattr(run_mod.RunWriter, "finish", lambda self, **kw: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt):
        run_mod.run([crawl], out)
    monkeypatch.undo()
    res = runner.invoke(app, ["run", str(CORPUS / "docs"), "--out", str(out), "--quiet", "--resume"])
    assert res.exit_code == 2
    assert "other inputs" in res.output


def test_identical_texts_are_processed_once(tmp_path, monkeypatch):
    import pipeline.run as run_mod

    src = tmp_path / "in"
    src.mkdir()
    text = (CORPUS / "docs" / "corpus-a01-amiens.txt").read_text(encoding="utf-8")
    (src / "a.txt").write_text(text, encoding="utf-8")
    (src / "b.txt").write_text(text, encoding="utf-8")
    (src / "c.txt").write_text(text + "\nUne autre phrase.\n", encoding="utf-8")
    seen: list[str] = []
    real = run_mod.nlp_batch
    monkeypatch.setattr(run_mod, "nlp_batch", lambda jobs, t=None: seen.extend(p.source.doc_id for _, p in jobs)
                        or real(jobs, t))
    out = tmp_path / "out"
    run_mod.run([src], out)
    assert sorted(seen) == ["a", "c"]
    recs = {json.loads(ln)["doc_id"]: json.loads(ln) for ln in (out / "records.jsonl").read_text().splitlines()}
    assert "duplicate_of:a" in recs["b"]["warnings"]
    assert not any(w.startswith("duplicate_of") for w in recs["a"]["warnings"] + recs["c"]["warnings"])
    assert recs["b"]["contracts"] == recs["a"]["contracts"] and recs["a"]["contracts"]
    assert recs["b"]["source"] == "b.txt"


def test_document_over_time_budget_is_an_error_row(tmp_path, monkeypatch):
    import pipeline.run as run_mod

    src = tmp_path / "in"
    src.mkdir()
    for name in ("corpus-a01-amiens", "corpus-a07-strasbourg"):
        (src / f"{name}.txt").write_text((CORPUS / "docs" / f"{name}.txt").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    real = run_mod.analyze

    def slow_on_strasbourg(doc, *args):
        if "Strasbourg" in doc.text:
            time.sleep(30)
        return real(doc, *args)

    monkeypatch.setattr(run_mod, "analyze", slow_on_strasbourg)
    out = tmp_path / "out"
    t0 = time.time()
    run_mod.run([src], out, doc_timeout=1.0)
    assert time.time() - t0 < 25
    errors = (out / "errors.csv").read_text(encoding="utf-8").splitlines()
    assert len(errors) == 2 and ",extract,Timeout," in errors[1] and "corpus-a07-strasbourg" in errors[1]
    docs = (out / "documents.csv").read_text(encoding="utf-8")
    assert "corpus-a01-amiens," in docs and "corpus-a07-strasbourg," not in docs


def test_exit_codes_strict_and_format(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text("Rien à voir avec la santé : la fête du village aura lieu samedi.\n", encoding="utf-8")
    (src / "empty.txt").write_text("\n", encoding="utf-8")
    ok = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "a"), "--quiet"])
    assert ok.exit_code == 0 and "1 errors" in ok.output
    strict = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "b"), "--quiet", "--strict"])
    assert strict.exit_code == 1
    bad = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "c"), "--format", "csv,xml"])
    assert bad.exit_code == 2 and "xml" in bad.output
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "ok.txt").write_text("Le marché de Noël ouvre ses portes.\n", encoding="utf-8")
    fine = runner.invoke(app, ["run", str(clean), "--out", str(tmp_path / "d"), "--quiet", "--strict"])
    assert fine.exit_code == 0, fine.output
