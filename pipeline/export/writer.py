"""The run-folder writer: records and table rows in, deterministic files out.

Records are appended to ``records.jsonl.part`` as they are produced, so an interrupted run keeps what
it finished. ``finish`` writes every final file to a temporary name and renames it: a reader never
sees a half-written table, and re-running on the same inputs gives byte-identical files (rows sorted,
run-time values only in manifest.json).
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

from pipeline.export.tables import COLUMNS, rows_of
from pipeline.models import SCHEMA_VERSION, Record
from pipeline.rules import rules_checksum

OUTPUT_VERSION = "1.0"


def _cell(value: object, excel: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if excel and isinstance(value, float):
        return repr(value).replace(".", ",")
    return str(value)


def write_atomic(path: Path, data: str | bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(tmp, mode, **({} if isinstance(data, bytes) else {"encoding": "utf-8", "newline": ""})) as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def csv_text(columns: list[str], rows: list[dict], excel: bool = False) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";" if excel else ",", lineterminator="\r\n")
    w.writerow(columns)
    for row in rows:
        w.writerow([_cell(row.get(c), excel) for c in columns])
    return ("\ufeff" if excel else "") + buf.getvalue()


class RunWriter:
    def __init__(self, out_dir: Path, excel: bool = False) -> None:
        self.out = Path(out_dir)
        self.out.mkdir(parents=True, exist_ok=True)
        self.excel = excel
        self.rows: dict[str, list[dict]] = {k: [] for k in COLUMNS}
        # Kept open for the whole run (closed in finish): records stream out as they are made.
        self.part = open(self.out / "records.jsonl.part", "w", encoding="utf-8")  # noqa: SIM115
        self.counts = {"documents": 0, "cls_documents": 0, "contracts": 0, "errors": 0}

    @property
    def n_errors(self) -> int:
        return self.counts["errors"]

    def add(self, record: Record, error: str = "") -> None:
        self.part.write(record.model_dump_json() + "\n")
        self.part.flush()
        for table, rows in rows_of(record, error).items():
            self.rows[table].extend(rows)
        self.counts["documents"] += 1
        self.counts["cls_documents"] += int(record.is_cls)
        self.counts["contracts"] += len(record.contracts)

    def error(self, input_path: str, doc_id: str | None, stage: str, error_type: str, message: str) -> None:
        self.rows["errors"].append({"input_path": input_path, "doc_id": doc_id, "stage": stage,
                                    "error_type": error_type, "message": message})
        self.counts["errors"] += 1
        print(f"cls-extract: {input_path}{f' [{doc_id}]' if doc_id else ''}: {stage}: {error_type}: {message}",
              file=sys.stderr)

    def failed(self, source, stage: str, exc: BaseException) -> None:
        from pipeline.run import format_exception

        self.error(source.input_path, source.doc_id, stage, type(exc).__name__, format_exception(exc))

    def finish(self, **manifest_fields) -> dict:
        self.part.close()
        part = self.out / "records.jsonl.part"
        lines = [ln for ln in part.read_text(encoding="utf-8").splitlines() if ln.strip()]
        lines.sort(key=lambda ln: json.loads(ln)["doc_id"])
        write_atomic(self.out / "records.jsonl", "".join(ln + "\n" for ln in lines))
        part.unlink()
        keys = {
            "documents": ("doc_id",), "contracts": ("doc_id", "contract_id"), "errors": ("input_path", "doc_id"),
        }
        for table, columns in COLUMNS.items():
            key = keys.get(table, ("contract_id",))
            # Stable sort: rows of one contract keep their document order (rank, appearance).
            rows = sorted(self.rows[table], key=lambda r: tuple(str(r.get(k) or "") for k in key))
            write_atomic(self.out / f"{table}.csv", csv_text(columns, rows, self.excel))
        started, ended = manifest_fields.pop("started"), manifest_fields.pop("ended")
        manifest = {
            "output_version": OUTPUT_VERSION,
            "schema_version": SCHEMA_VERSION,
            **manifest_fields,
            "rules_checksum": rules_checksum(),
            "counts": self.counts,
            "timings": {"seconds": round(ended - started, 3),
                        "docs_per_second": round(self.counts["documents"] / max(ended - started, 1e-9), 2)},
            "start_time": _iso(started),
            "end_time": _iso(ended),
        }
        write_atomic(self.out / "manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        return manifest


def _iso(t: float) -> str:
    import datetime as dt

    return dt.datetime.fromtimestamp(t, dt.timezone.utc).isoformat(timespec="seconds")
