"""``cls-extract show``: one record, with the evidence of every value highlighted in the text."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline.models import Record

_STYLES = {"territory": "bold cyan", "signing_date": "bold magenta", "period": "magenta", "signatories": "green",
           "people": "yellow", "axes": "blue", "funding": "bold red"}


def _load(file: Path, doc_id: str | None) -> Record | None:
    if file.is_dir():
        file = file / "records.jsonl"
    if file.suffix == ".jsonl" and file.name.startswith("records"):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                data = json.loads(line)
                if doc_id is None or data["doc_id"] == doc_id:
                    if doc_id is None and not data.get("contracts"):
                        continue
                    return Record.model_validate(data)
        return None
    import tempfile

    from pipeline.run import run

    with tempfile.TemporaryDirectory() as tmp:
        run([file], Path(tmp))
        return _load(Path(tmp) / "records.jsonl", doc_id)


def render(record: Record, console: Console) -> None:
    console.rule(f"[bold]{record.doc_id}[/bold]  is_cls={record.is_cls}  published={record.publication_date}")
    for n, c in enumerate(record.contracts, start=1):
        t = Table(title=f"contract {n}: {c.territory.name}", show_header=False)
        t.add_row("territory", f"{c.territory.name} ({c.territory.type}) {c.territory.insee or ''} "
                               f"{c.territory.departement or ''} {c.territory.region or ''}")
        t.add_row("status", f"{c.status}, generation {c.generation}")
        t.add_row("signing_date", str(c.signing_date))
        t.add_row("period", f"{c.period_start}-{c.period_end}")
        t.add_row("signatories", "\n".join(f"{s.org_type}: {s.name}" for s in c.signatories))
        t.add_row("people", "\n".join(f"{p.name} ({p.role})" for p in c.people))
        t.add_row("axes", "\n".join(f"{a.rank}. {a.text} [{', '.join(a.themes)}]" for a in c.axis_details))
        t.add_row("funding", "\n".join(f"{f.amount_eur:,.0f} € {f.funder or ''} {f.year or ''}" for f in c.funding))
        t.add_row("warnings", ", ".join(c.warnings))
        console.print(t)
    if record.text:
        text = Text(record.text)
        for c in record.contracts:
            for fld, spans in c.evidence.items():
                for s in spans:
                    text.stylize(_STYLES.get(fld, "underline"), s.start, s.end)
        console.print(text)


def show_file(file: Path, doc_id: str | None) -> int:
    console = Console()
    if not file.exists():
        console.print(f"[red]not found: {file}[/red]")
        return 2
    record = _load(file, doc_id)
    if record is None:
        console.print("[red]no such record[/red]")
        return 1
    render(record, console)
    return 0
