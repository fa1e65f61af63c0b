"""pipeline.extract / extract_many give the records `cls-extract run` gives for the same inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pipeline
from pipeline.api import ExtractError
from pipeline.models import Record
from tests.conftest import CORPUS

# Where the input came from is the only difference (a file name vs "<python>").
IDENTITY = {"source", "input_path"}


def _records(run_dir: Path) -> dict[str, dict]:
    with open(run_dir / "records.jsonl", encoding="utf-8") as fh:
        return {r["doc_id"]: r for r in map(json.loads, fh)}


def _without(record: dict, keys: set[str]) -> dict:
    return {k: v for k, v in record.items() if k not in keys}


def _sample() -> list[Path]:
    files = sorted(p for p in (CORPUS / "docs").iterdir() if p.suffix in (".txt", ".html") and "cp1252" not in p.name)
    return files[::7]  # positive and negative, text and HTML pages


def test_extract_many_equals_run(run_dir_factory):
    run = _records(run_dir_factory(CORPUS / "docs"))
    files = _sample()
    assert {p.suffix for p in files} == {".txt", ".html"}
    items = [{"text": p.read_text(encoding="utf-8"), "html": p.suffix == ".html", "doc_id": p.stem} for p in files]
    got = list(pipeline.extract_many(items, batch_size=5))
    assert [r.doc_id for r in got] == [p.stem for p in files]
    assert any(r.contracts for r in got) and any(not r.is_cls for r in got)
    for record in got:
        assert _without(record.model_dump(mode="json"), IDENTITY) == _without(run[record.doc_id], IDENTITY)


def test_extract_one_equals_run(run_dir_factory):
    run = _records(run_dir_factory(CORPUS / "docs"))
    path = CORPUS / "docs" / "corpus-a01-amiens.txt"
    record = pipeline.extract(path.read_text(encoding="utf-8"), doc_id=path.stem)
    assert isinstance(record, Record) and record.contracts
    assert _without(record.model_dump(mode="json"), IDENTITY) == _without(run[path.stem], IDENTITY)
    # The package of extractors stays importable under the same name.
    from pipeline.extract import territory

    assert territory.__name__ == "pipeline.extract.territory" and callable(pipeline.extract)


def test_metadata_goes_the_jsonl_way(tmp_path):
    """url, published and title are what a scraped JSONL record gives the run."""
    from pipeline.run import run

    files = _sample()[:4]
    lines = [{"id": p.stem, "url": f"https://example.org/{p.stem}", "title": f"Titre {p.stem}", "date": "2024-05-02",
              "text": p.read_text(encoding="utf-8")} for p in files if p.suffix == ".txt"]
    assert lines
    src = tmp_path / "scraped.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    run([src], tmp_path / "out")
    by_run = _records(tmp_path / "out")
    got = pipeline.extract_many({"text": r["text"], "url": r["url"], "title": r["title"], "published": r["date"],
                                 "doc_id": r["id"]} for r in lines)
    for record in got:
        expected = by_run[record.doc_id]
        assert record.source == expected["source"] == f"https://example.org/{record.doc_id}"
        assert record.publication_date == "2024-05-02"
        assert _without(record.model_dump(mode="json"), {"input_path", "format"}) == _without(
            expected, {"input_path", "format"})


def test_extract_many_streams():
    pulled = []

    def texts():
        for i in range(50):
            pulled.append(i)
            yield f"Le marché de Noël de la commune ouvre samedi {i}."

    first = next(pipeline.extract_many(texts(), batch_size=4))
    assert first.doc_id == "doc:1" and not first.is_cls
    assert len(pulled) <= 5


def test_model_is_loaded_once():
    from pipeline.nlp import build_nlp

    pipeline.extract("Le contrat local de santé de Laon a été signé le 3 mars 2024 par la Ville et l'ARS.")
    pipeline.extract("Laon renouvelle son contrat local de santé avec l'ARS Hauts-de-France.")
    assert build_nlp.cache_info().misses == 1


def test_empty_text_is_an_error():
    with pytest.raises(ExtractError, match="empty"):
        pipeline.extract("   ")
    with pytest.raises(TypeError):
        next(pipeline.extract_many([{"html": True}]))
