"""The CLI end to end: `cls-extract run` on the seeds, scored like shared/tools/score.py."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pipeline import __version__
from pipeline.cli import app
from pipeline.evaluate import score_paths
from tests.conftest import CORPUS, shared_or_skip

runner = CliRunner()


def test_version():
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and __version__ in res.output


def test_schema_is_the_record_json_schema():
    res = runner.invoke(app, ["schema"])
    assert res.exit_code == 0
    schema = json.loads(res.output)
    assert schema["title"] == "Record" and "contracts" in schema["properties"]


def test_run_on_seeds_and_score(tmp_path):
    seeds = shared_or_skip("seeds")
    gold = shared_or_skip("gold", "seeds.jsonl")
    res = runner.invoke(app, ["run", str(seeds), "--out", str(tmp_path / "r"), "--quiet"])
    assert res.exit_code == 0, res.output
    result = score_paths(gold, tmp_path / "r")
    assert result.macro_f1 >= 0.95
    assert min(s.f1 for s in result.fields.values()) >= 0.85


def test_run_missing_input_is_a_usage_error(tmp_path):
    res = runner.invoke(app, ["run", str(tmp_path / "nope"), "--out", str(tmp_path / "r")])
    assert res.exit_code == 2
    assert "not found" in res.output


def test_evaluate_min_f1_exit_code(tmp_path):
    gold = CORPUS / "gold.jsonl"
    ok = runner.invoke(app, ["evaluate", str(gold), str(gold), "--min-f1", "0.99"])
    assert ok.exit_code == 0
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    bad = runner.invoke(app, ["evaluate", str(gold), str(empty), "--min-f1", "0.5"])
    assert bad.exit_code == 1


def test_geo_lookup():
    res = runner.invoke(app, ["geo", "Laon"])
    assert res.exit_code == 0 and "02408" in res.output
    res = runner.invoke(app, ["geo", "cristolien"])
    assert res.exit_code == 0 and "94028" in res.output


def test_show_renders_evidence(tmp_path):
    doc = tmp_path / "laon.txt"
    doc.write_text("Le contrat local de santé de la ville de Laon a été signé le 3 juin 2024 avec l'ARS "
                   "Hauts-de-France.\n", encoding="utf-8")
    res = runner.invoke(app, ["show", str(doc)])
    assert res.exit_code == 0, res.output
    assert "Laon" in res.output and "2024-06-03" in res.output
