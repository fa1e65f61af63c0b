"""Command line (typer): a thin layer over the functions the package exposes."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Annotated

import typer

from pipeline import __version__

app = typer.Typer(
    help="Extract Contrats Locaux de Santé from French announcements into a normalized dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cls-extract {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool | None, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = None,
) -> None:
    """cls-extract: one record per document, the CSV tables of a run folder, and tools to check them."""


FORMATS = ("csv", "parquet", "duckdb")


def _faults_exit(command):
    """Run ``command`` with SIGINT / SIGTERM raising Interrupted; a fault around the run (another run
    holds the folder, a write fails, a signal) ends it with one line and its exit code (pipeline.faults)
    instead of a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from pipeline.export import staging
        from pipeline.export.lock import FolderLocked
        from pipeline.export.writer import STATE_FILE
        from pipeline.faults import EXIT_USAGE, Interrupted, WriteFailed, fault_exit, interruptible

        try:
            with interruptible():
                return command(*args, **kwargs)
        except FolderLocked as exc:
            typer.echo(f"cls-extract: {exc}", err=True)
            raise typer.Exit(EXIT_USAGE) from None
        except (WriteFailed, Interrupted, KeyboardInterrupt) as exc:
            out = kwargs["out"]
            message, code = fault_exit(exc, out, staging.finished(out, STATE_FILE))
            typer.echo(message, err=True)
            raise typer.Exit(code) from None

    return wrapper


@app.command()
@_faults_exit
def run(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders (.txt .html .htm .jsonl .pdf .gz .zip .warc .warc.gz), searched recursively; '-' reads JSONL on stdin.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Run folder to write (created if needed).")] = Path("outputs"),
    excel: Annotated[bool, typer.Option("--excel", help="CSV for Excel: UTF-8 with BOM, ';' separator, decimal comma.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    workers: Annotated[int | None, typer.Option("--workers", "-w", min=1, help="Worker processes for spaCy and the extractors [default: number of cores].")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local (this machine) or dask (a Dask distributed cluster).")] = "local",
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786); without it, a LocalCluster.")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run into the same --out, skipping finished documents.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any input could not be processed.")] = False,
    doc_timeout: Annotated[float, typer.Option("--doc-timeout", min=0, help="Seconds per document before it becomes a 'Timeout' error row (0: no limit).")] = 60.0,
    formats: Annotated[str, typer.Option("--format", help="Comma-separated outputs: csv, parquet, duckdb.")] = "csv",
    as_of: Annotated[str | None, typer.Option("--as-of", help="Reference date of the coverage tables (YYYY[-MM[-DD]]) [default: the latest publication date among the documents].")] = None,
) -> None:
    """Run the pipeline on INPUTS and write the run folder (records.jsonl, CSV tables, errors.csv, manifest.json)."""
    from pipeline.engine import EngineUnavailable, default_workers
    from pipeline.export.coverage import parse_as_of
    from pipeline.export.writer import ResumeMismatch
    from pipeline.ingest import expand_paths
    from pipeline.run import run as run_pipeline

    fmt = [f.strip().lower() for f in formats.split(",") if f.strip()]
    unknown = [f for f in fmt if f not in FORMATS]
    if unknown or not fmt:
        typer.echo(f"cls-extract: unknown --format {', '.join(unknown) or formats!r} (choose from {', '.join(FORMATS)})",
                   err=True)
        raise typer.Exit(2)
    if engine not in ("local", "dask"):
        typer.echo(f"cls-extract: unknown --engine {engine!r} (local or dask)", err=True)
        raise typer.Exit(2)
    if scheduler and engine != "dask":
        typer.echo("cls-extract: --scheduler goes with --engine dask", err=True)
        raise typer.Exit(2)
    missing = [str(p) for p in inputs if str(p) != "-" and not p.exists()]
    if missing:
        typer.echo(f"cls-extract: input not found: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        typer.echo(f"cls-extract: cannot write to output folder {out}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from None
    try:
        reference = parse_as_of(as_of) if as_of else None
    except ValueError as exc:
        typer.echo(f"cls-extract: --as-of: {exc}", err=True)
        raise typer.Exit(2) from None
    options = {"excel": excel, "workers": workers or default_workers(), "engine": engine, "scheduler": scheduler,
               "resume": resume, "doc_timeout": doc_timeout or None, "formats": fmt, "as_of": reference}
    try:
        total = sum(1 for p in expand_paths(inputs) if str(p) != "-")
        if quiet or total <= 5:
            manifest = run_pipeline(inputs, out, **options)
        else:
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} documents"),
                          TimeElapsedColumn(), transient=True) as bar:
                task = bar.add_task("documents", total=None)
                manifest = run_pipeline(inputs, out, on_progress=lambda n: bar.advance(task, n), **options)
    except (ResumeMismatch, EngineUnavailable) as exc:
        typer.echo(f"cls-extract: {exc}", err=True)
        raise typer.Exit(2) from None
    c = manifest["counts"]
    typer.echo(
        f"{c['documents']} documents, {c['cls_documents']} about a CLS, {c['contracts']} contracts, "
        f"{c['errors']} errors -> {out}",
        err=True,
    )
    if strict and c["errors"]:
        raise typer.Exit(1)


@app.command()
def show(
    file: Annotated[Path, typer.Argument(help="A document (.txt/.html) or a run folder's records.jsonl.")],
    doc_id: Annotated[str | None, typer.Option("--doc", help="Which record, when FILE holds several.")] = None,
) -> None:
    """Show one document's record with the evidence highlighted in its text."""
    from pipeline.show import show_file

    raise typer.Exit(show_file(file, doc_id))


@app.command()
def schema(
    markdown: Annotated[bool, typer.Option("--markdown", help="The data dictionary in Markdown instead.")] = False,
) -> None:
    """Print the JSON schema of a record (generated from the pydantic models)."""
    from pipeline.models import Record

    if markdown:
        from pipeline.docs import data_dictionary

        typer.echo(data_dictionary())
    else:
        typer.echo(json.dumps(Record.model_json_schema(), indent=2, ensure_ascii=False))


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (schema of shared/gold/SCHEMA.md).")],
    pred: Annotated[Path, typer.Argument(help="A run folder or a records JSONL file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    per_doc: Annotated[bool, typer.Option("--per-doc", help="List every wrong or missing value.")] = False,
    report: Annotated[Path | None, typer.Option("--report", help="Write a Markdown error report.")] = None,
    min_f1: Annotated[float | None, typer.Option("--min-f1", help="Exit 1 when macro-F1 is below this.")] = None,
    by: Annotated[str | None, typer.Option("--by", help="Also score per value of this column of the sources table (batch, kind, region...).")] = None,
    sources: Annotated[Path | None, typer.Option("--sources", help="Sources table for --by (Markdown pipe table, TSV or CSV with a doc_id column) [default: SOURCES.md or sources.tsv beside GOLD].")] = None,
    docs: Annotated[Path | None, typer.Option("--docs", help="Score only the gold documents whose text is in this folder (rebuilt real pages).")] = None,
) -> None:
    """Score predictions against gold: per-field P/R/F1 and macro-F1 (same rules as shared/tools/score.py)."""
    from pipeline.evaluate import run_evaluate

    raise typer.Exit(run_evaluate(gold, pred, as_json=as_json, per_doc=per_doc, report=report, min_f1=min_f1,
                                  by=by, sources=sources, docs=docs))


@app.command()
def geo(
    name: Annotated[str, typer.Argument(help="A territory name: 'St-Quentin', 'CC du Pays de Lunel', 'cristolien'.")],
    kind: Annotated[str | None, typer.Option(help="commune, epci, pays_petr, departement or region.")] = None,
    departement: Annotated[str | None, typer.Option("--dep", help="Context: a département code or name.")] = None,
) -> None:
    """Look a territory name up in the gazetteer: the chosen entity and the candidates."""
    from pipeline.geo import GeoContext, get_gazetteer

    gaz = get_gazetteer()
    ctx = GeoContext(departements={departement}) if departement else None
    res = gaz.link(name, kind=kind, context=ctx)
    demonyms = gaz.demonym(name)
    if res is None and not demonyms:
        typer.echo(f"no match for {name!r}", err=True)
        raise typer.Exit(1)
    for r in ([res] if res else []) + demonyms:
        typer.echo(f"{r.name}\t{r.type}\t{r.insee or ''}\tdep={r.departement or ''}\t{r.region or ''}\tscore={r.score:.2f}"
                   + ("\tAMBIGUOUS" if r.ambiguous else ""))
        for cand in r.candidates:
            typer.echo(f"  candidate: {cand}")


def _run_dir_or_exit(run_dir: Path) -> None:
    if not (run_dir / "records.jsonl").is_file():
        typer.echo(f"cls-extract: not a finished run folder (no records.jsonl): {run_dir}", err=True)
        raise typer.Exit(2)


@app.command()
def report(
    run_dir: Annotated[Path, typer.Argument(help="A finished run folder.")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="HTML file to write [default: RUN_DIR/report.html].")] = None,
) -> None:
    """Write one self-contained HTML report (works offline): counts, charts, filterable contracts, evidence."""
    from pipeline.report import build_report

    _run_dir_or_exit(run_dir)
    typer.echo(str(build_report(run_dir, out)))


@app.command("export-review")
def export_review(
    run_dir: Annotated[Path, typer.Argument(help="A finished run folder.")],
    to: Annotated[str, typer.Option("--to", help="Review tool: label-studio.")] = "label-studio",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Tasks JSON [default: RUN_DIR/label_studio_tasks.json].")] = None,
) -> None:
    """Write review tasks with the run's values as pre-annotations, and the labeling config beside them."""
    from pipeline.review import write_export

    if to != "label-studio":
        typer.echo(f"cls-extract: unknown review tool {to!r} (supported: label-studio)", err=True)
        raise typer.Exit(2)
    _run_dir_or_exit(run_dir)
    tasks, config = write_export(run_dir, out)
    typer.echo(f"{tasks}\n{config}")


@app.command("import-review")
def import_review(
    file: Annotated[Path, typer.Argument(help="A Label Studio JSON export (or the tasks of export-review).")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Gold JSONL to write [default: stdout].")] = None,
) -> None:
    """Turn reviewed tasks (annotations, else predictions) into gold JSONL (shared/gold/SCHEMA.md)."""
    from pipeline.review import import_review as to_gold

    if not file.is_file():
        typer.echo(f"cls-extract: not found: {file}", err=True)
        raise typer.Exit(2)
    text = "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in to_gold(file))
    if out is None:
        typer.echo(text, nl=False)
    else:
        from pipeline.export.writer import write_atomic

        write_atomic(out, text)


if __name__ == "__main__":
    app()
