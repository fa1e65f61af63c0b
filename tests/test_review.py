"""Review loop: run -> export-review (Label Studio) -> import-review gives gold equal to the run."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate import load_jsonl, score
from pipeline.review import gold_of_task, tasks_of
from tests.conftest import CORPUS

GOLD_CONTRACT_FIELDS = ("territory", "status", "generation", "signing_date", "period_start", "period_end",
                        "signatories", "people", "axes", "axis_themes", "funding")


def test_round_trip_scores_one(run_dir_factory, tmp_path):
    run = run_dir_factory(CORPUS / "docs")
    tasks_path, gold_path = tmp_path / "tasks.json", tmp_path / "gold.jsonl"
    cli = CliRunner()
    res = cli.invoke(app, ["export-review", str(run), "--to", "label-studio", "--out", str(tasks_path)])
    assert res.exit_code == 0, res.output
    config = tmp_path / "tasks.label_config.xml"
    assert config.is_file()
    names = {el.get("name") for el in ET.fromstring(config.read_text(encoding="utf-8").split("\n", 1)[1]).iter()}
    tasks = json.loads(tasks_path.read_text(encoding="utf-8"))
    for task in tasks:
        assert {"text", "doc_id"} <= set(task["data"])
        for item in task["predictions"][0]["result"]:
            assert item["from_name"] in names, item["from_name"]
            if item["type"] == "labels":
                v = item["value"]
                assert task["data"]["text"][v["start"]:v["end"]] == v["text"]
    assert any(i["type"] == "labels" for t in tasks for i in t["predictions"][0]["result"])

    res = cli.invoke(app, ["import-review", str(tasks_path), "--out", str(gold_path)])
    assert res.exit_code == 0, res.output
    result = score(load_jsonl(gold_path), load_jsonl(run / "records.jsonl"))
    assert result.macro_f1 == 1.0 and not result.errors and not result.missing
    # Stricter than the scorer: every gold value equals the record's.
    records = load_jsonl(run / "records.jsonl")
    for gold in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines()):
        rec = records[gold["doc_id"]]
        assert (gold["is_cls"], gold["publication_date"]) == (rec["is_cls"], rec["publication_date"])
        assert [{k: c[k] for k in GOLD_CONTRACT_FIELDS} for c in gold["contracts"]] == \
               [{k: c[k] for k in GOLD_CONTRACT_FIELDS} for c in rec["contracts"]]


def test_annotations_win_over_predictions():
    record = {"doc_id": "d1", "source": "d1.txt", "is_cls": True, "publication_date": "2024-05-02",
              "text": "Le CLS de Laon est signé.",
              "contracts": [{"territory": {"name": "Laon", "type": "commune", "insee": "02408", "departement": "02",
                                           "region": "Hauts-de-France"}, "status": "announced", "generation": None,
                             "signing_date": None, "period_start": None, "period_end": None, "signatories": [],
                             "people": [], "axes": [], "axis_themes": [], "funding": [], "evidence": {}}]}
    task = tasks_of([record])[0]
    reviewed = [dict(item) for item in task["predictions"][0]["result"]]
    for item in reviewed:
        if item["from_name"] == "c1_status":
            item["value"] = {"choices": ["signed"]}
    reviewed += [
        {"from_name": "c1_signing_date", "to_name": "text", "type": "textarea", "value": {"text": ["2024-04-30"]}},
        {"from_name": "c1_funding", "to_name": "text", "type": "textarea",
         "value": {"text": ["45000 | ARS | 2024\n12 500,5 |  | "]}},
        {"from_name": "c1_signatories", "to_name": "text", "type": "textarea",
         "value": {"text": ["ars | ARS Hauts-de-France"]}},
    ]
    task["annotations"] = [{"was_cancelled": True, "result": []}, {"result": reviewed}]
    gold = gold_of_task(task)
    c = gold["contracts"][0]
    assert c["status"] == "signed" and c["signing_date"] == "2024-04-30"
    assert c["funding"] == [{"amount_eur": 45000, "funder": "ARS", "year": 2024},
                            {"amount_eur": 12500.5, "funder": None, "year": None}]
    assert c["signatories"] == [{"org_type": "ars", "name": "ARS Hauts-de-France"}]
    # A reviewer saying "not a CLS" empties the contracts.
    task["annotations"][-1]["result"] = [{"from_name": "is_cls", "to_name": "text", "type": "choices",
                                          "value": {"choices": ["false"]}}]
    assert gold_of_task(task)["contracts"] == [] and gold_of_task(task)["is_cls"] is False
