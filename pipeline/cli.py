"""Command line (typer): a thin layer over the functions the package exposes."""

from __future__ import annotations

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


@app.command()
def run(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .htm, .jsonl), searched recursively.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Run folder to write (created if needed).")] = Path("outputs"),
    excel: Annotated[bool, typer.Option("--excel", help="CSV for Excel: UTF-8 with BOM, ';' separator, decimal comma.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Run the pipeline on INPUTS and write the run folder (records.jsonl, CSV tables, errors.csv, manifest.json)."""
    from pipeline.ingest import expand_paths
    from pipeline.run import run as run_pipeline

    missing = [str(p) for p in inputs if not p.exists()]
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
    total = sum(1 for _ in expand_paths(inputs))
    if quiet or total <= 5:
        manifest = run_pipeline(inputs, out, excel=excel)
    else:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()) as bar:
            task = bar.add_task("documents", total=None)
            manifest = run_pipeline(inputs, out, excel=excel, on_progress=lambda n: bar.advance(task, n))
    c = manifest["counts"]
    typer.echo(
        f"{c['documents']} documents, {c['cls_documents']} about a CLS, {c['contracts']} contracts, "
        f"{c['errors']} errors -> {out}",
        err=True,
    )


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
) -> None:
    """Score predictions against gold: per-field P/R/F1 and macro-F1 (same rules as shared/tools/score.py)."""
    from pipeline.evaluate import run_evaluate

    raise typer.Exit(run_evaluate(gold, pred, as_json=as_json, per_doc=per_doc, report=report, min_f1=min_f1))


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


if __name__ == "__main__":
    app()
