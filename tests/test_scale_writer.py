"""The streaming writer (SQLite staging, sorted on disk) writes the bytes the in-memory sort gave."""

from __future__ import annotations

import json
import random
import tracemalloc

import pytest

from pipeline.export.post import finalize_run
from pipeline.export.tables import COLUMNS, rows_of
from pipeline.export.writer import SORT_KEYS, RunWriter, csv_text
from pipeline.models import Record
from pipeline.report.page import build_report
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


def _crawl_run_folder(path, n: int, pad: int) -> int:
    """A run folder whose records.jsonl is mostly screened-out records, like a crawl's; returns its size."""
    lines = [json.dumps({"doc_id": f"d{i:06d}", "is_cls": False, "contracts": [], "title": "x" * pad}) + "\n"
             for i in range(n)]
    (path / "records.jsonl").write_text("".join(lines), encoding="utf-8")
    (path / "errors.csv").write_text("input_path,doc_id,stage,error_type,message\r\n", encoding="utf-8")
    return sum(map(len, lines))


def _peak_bytes(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_finalize_streams_records(tmp_path):
    """The derived outputs read records.jsonl a line at a time: at 50k documents, reading it whole made the
    main process the one whose memory grew with the crawl (bench/RESULTS.md, run 5)."""
    size = _crawl_run_folder(tmp_path, 4_000, 4_000)
    peak = _peak_bytes(lambda: finalize_run(tmp_path))
    assert peak < size / 8, (peak, size)
    assert (tmp_path / "contracts_consolidated.csv").read_text(encoding="utf-8").count("\n") == 1  # header only


def test_report_streams_records(tmp_path):
    size = _crawl_run_folder(tmp_path, 4_000, 4_000)
    peak = _peak_bytes(lambda: build_report(tmp_path))
    assert peak < size / 8, (peak, size)
    assert "<b>4000</b>documents" in (tmp_path / "report.html").read_text(encoding="utf-8")
