"""The streaming writer (SQLite staging, sorted on disk) writes the bytes the in-memory sort gave."""

from __future__ import annotations

import random

import pytest

from pipeline.export.tables import COLUMNS, rows_of
from pipeline.export.writer import SORT_KEYS, RunWriter, csv_text
from pipeline.models import Record
from tests.conftest import CORPUS


def _records(run_dir_factory) -> list[Record]:
    out = run_dir_factory(CORPUS / "docs")
    return [Record.model_validate_json(ln) for ln in (out / "records.jsonl").read_text().splitlines()]


@pytest.mark.parametrize("excel", [False, True])
def test_streamed_tables_equal_in_memory_stable_sort(tmp_path, run_dir_factory, excel):
    records = _records(run_dir_factory)
    random.Random(7).shuffle(records)  # arrival order must not matter beyond ties
    errors = [{"input_path": f"in/{n % 3}.jsonl", "doc_id": None if n % 4 == 0 else f"e{n % 5}", "stage": "ingest",
               "error_type": "empty", "message": f"line {n}"} for n in range(12)]
    writer = RunWriter(tmp_path, excel=excel)
    expected: dict[str, list[dict]] = {t: [] for t in COLUMNS}
    for ord_, rec in enumerate(records):
        writer.add(rec, ord_)
        for table, rows in rows_of(rec).items():
            expected[table].extend(rows)
        if ord_ % 10 == 0:
            writer.commit([ord_])
    for n, e in enumerate(errors, start=len(records)):
        writer.error(n, e["input_path"], e["doc_id"], e["stage"], e["error_type"], e["message"])
        expected["errors"].append(e)
    writer.commit([])
    writer.finish(tool_version="t", model="m", inputs=[], ended=0.0)
    writer.close()
    for table, columns in COLUMNS.items():
        key = SORT_KEYS.get(table, ("contract_id",))
        rows = sorted(expected[table], key=lambda r, key=key: tuple(str(r.get(k) or "") for k in key))
        assert (tmp_path / f"{table}.csv").read_bytes() == csv_text(columns, rows, excel).encode("utf-8"), table
    lines = (tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert [Record.model_validate_json(ln).doc_id for ln in lines] == sorted(r.doc_id for r in records)
    assert not (tmp_path / ".state.sqlite").exists()


def test_writer_keeps_no_rows_in_memory(tmp_path, run_dir_factory):
    records = _records(run_dir_factory)
    writer = RunWriter(tmp_path)
    before = len(writer.__dict__)
    for n, rec in enumerate(records):
        writer.add(rec, n)
    writer.commit(range(len(records)))
    assert not any(isinstance(v, list | dict) and len(v) >= len(records) for v in writer.__dict__.values())
    assert len(writer.__dict__) == before
    writer.close()
