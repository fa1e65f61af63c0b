"""evaluate --by: scores per batch / kind of source, read from a sources table beside the gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate import load_jsonl, run_evaluate, score
from pipeline.evaluate.groups import read_sources, score_by

CORPUS_GOLD = Path(__file__).resolve().parents[1] / "corpus" / "gold.jsonl"

MARKDOWN = """# Sources

Some prose | with a pipe.

| doc_id | batch | kind | url |
|---|---|---|---|
| d1 | r1 | ars | https://a.example/x |
| d2 | r1 | commune | https://b.example/y |
| d3 | r2 | ars | https://c.example/z |

| other | table |
|---|---|
| x | y |
"""


def test_markdown_table_is_read_by_doc_id(tmp_path: Path) -> None:
    path = tmp_path / "SOURCES.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    rows = read_sources(path)
    assert list(rows) == ["d1", "d2", "d3"]
    assert rows["d3"]["kind"] == "ars" and rows["d2"]["url"] == "https://b.example/y"


def test_tsv_table_is_read_by_doc_id(tmp_path: Path) -> None:
    path = tmp_path / "sources.tsv"
    path.write_text("doc_id\tBatch\td1\nd1\tr1\tx\nd2\tr2\ty\n", encoding="utf-8")
    assert read_sources(path)["d2"]["batch"] == "r2"


def test_a_table_without_doc_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "SOURCES.md"
    path.write_text("| id | batch |\n|---|---|\n| a | b |\n", encoding="utf-8")
    with pytest.raises(ValueError, match="doc_id"):
        read_sources(path)


def _corpus_split() -> tuple[dict, dict, dict[str, str]]:
    gold = load_jsonl(CORPUS_GOLD)
    pred = {k: {**v, "contracts": []} if i % 4 == 0 else v for i, (k, v) in enumerate(gold.items())}
    groups = {doc_id: doc_id.split("-")[1][0] for doc_id in gold}  # corpus-a01 -> "a"
    return gold, pred, groups


def test_each_group_scores_as_its_own_subset() -> None:
    gold, pred, groups = _corpus_split()
    results = score_by(gold, pred, groups)
    assert len(results) > 1
    for name, result in results.items():
        subset = {k: v for k, v in gold.items() if groups[k] == name}
        assert result.macro_f1 == score(subset, pred).macro_f1
    assert min(r.macro_f1 for r in results.values()) < 1.0


def test_cli_prints_a_row_per_group_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold, pred, groups = _corpus_split()
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in gold.values()), encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text("".join(json.dumps(r) + "\n" for r in pred.values()), encoding="utf-8")
    table = "doc_id\tbatch\n" + "".join(f"{k}\t{v}\n" for k, v in groups.items())
    (tmp_path / "sources.tsv").write_text(table, encoding="utf-8")
    assert run_evaluate(tmp_path / "gold.jsonl", tmp_path / "pred.jsonl", by="batch") == 0
    out = capsys.readouterr().out
    rows = [line.split()[0] for line in out.splitlines()[out.splitlines().index("") + 2:]]
    assert rows == sorted(set(groups.values()))
    assert run_evaluate(tmp_path / "gold.jsonl", tmp_path / "pred.jsonl", as_json=True, by="batch") == 0
    payload = json.loads(capsys.readouterr().out)
    assert sum(g["docs"] for g in payload["by"]["groups"].values()) == len(gold)


def test_unknown_column_and_missing_table_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "gold.jsonl").write_text(CORPUS_GOLD.read_text(encoding="utf-8"), encoding="utf-8")
    assert run_evaluate(tmp_path / "gold.jsonl", tmp_path / "gold.jsonl", by="batch") == 2
    assert "no --sources" in capsys.readouterr().err
    (tmp_path / "sources.tsv").write_text("doc_id\tkind\nx\ty\n", encoding="utf-8")
    assert run_evaluate(tmp_path / "gold.jsonl", tmp_path / "gold.jsonl", by="batch") == 2
    assert "no column" in capsys.readouterr().err


def test_docs_keeps_only_gold_with_a_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = load_jsonl(CORPUS_GOLD)
    kept = list(gold)[:3]
    (tmp_path / "texts").mkdir()
    for doc_id in kept:
        (tmp_path / "texts" / f"{doc_id}.txt").write_text("x", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(gold[k]) + "\n" for k in kept), encoding="utf-8")
    assert run_evaluate(CORPUS_GOLD, pred, docs=tmp_path / "texts") == 0
    assert "missing predictions" not in capsys.readouterr().out
