"""``load_run(DIR)``: a run folder's tables as pandas DataFrames with proper dtypes.

Dtypes are chosen by column name, for the columns present, so a table that gains a column (or a run
written with ``--excel``: BOM, ';' and decimal comma) still loads. Codes (INSEE, département) stay
strings so leading zeros survive; dates with the text's precision ('2024', '2024-03', '2024-03-12')
become datetimes plus a ``<column>_precision`` category (day / month / year).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd

TABLES: tuple[str, ...] = (
    "documents", "contracts", "signatories", "people", "axes", "funding", "errors", "contracts_consolidated",
    "coverage_contracts", "coverage_communes", "coverage_summary",
)

DATE_COLUMNS: frozenset[str] = frozenset({"publication_date", "signing_date"})
INT_COLUMNS: frozenset[str] = frozenset({
    "generation", "period_start", "period_end", "n_signatories", "n_axes", "n_contracts", "rank", "year",
    "n_sources", "n_communes", "population", "communes", "communes_covered", "population_covered",
    "communes_partial", "n_contracts_in_force", "n_contracts_membership_unknown",
})
FLOAT_COLUMNS: frozenset[str] = frozenset({"relevance", "funding_total", "amount_eur", "share_covered"})
BOOL_COLUMNS: frozenset[str] = frozenset({"is_cls", "in_force", "partial"})
CATEGORY_COLUMNS: frozenset[str] = frozenset({
    "territory_type", "territory_departement", "territory_region", "status", "org_type", "format", "language",
    "stage", "error_type", "level", "departement", "region", "scope", "membership", "in_force_basis",
})

_PRECISION = {4: "year", 7: "month", 10: "day"}


def dtype_of(column: str) -> str:
    """The pandas dtype a column gets (used by load_run and the data dictionary)."""
    if column in DATE_COLUMNS:
        return "datetime64[ns]"
    if column in INT_COLUMNS:
        return "Int64"
    if column in FLOAT_COLUMNS:
        return "Float64"
    if column in BOOL_COLUMNS:
        return "boolean"
    if column in CATEGORY_COLUMNS:
        return "category"
    return "string"


CHUNK_ROWS = 50_000  # rows per chunk of iter_table: a crawl's documents.csv can be larger than memory


def _csv_options(path: Path) -> tuple[dict, bool]:
    """read_csv options for a table, plain or --excel (BOM, ';', decimal comma), and whether it is excel."""
    with open(path, "rb") as fh:
        excel = fh.read(3) == b"\xef\xbb\xbf"
    return {"sep": ";" if excel else ",", "dtype": str, "keep_default_na": False, "na_values": [""],
            "encoding": "utf-8-sig"}, excel


def read_table(path: Path) -> pd.DataFrame:
    """One CSV of a run folder, plain or --excel, with dtypes by column name."""
    options, excel = _csv_options(path)
    return typed(pd.read_csv(path, **options), decimal_comma=excel)


def iter_table(path: Path, chunksize: int = CHUNK_ROWS) -> Iterator[pd.DataFrame]:
    """The same table as read_table in typed chunks of ``chunksize`` rows (at least one, maybe empty)."""
    options, excel = _csv_options(path)
    empty = True
    with pd.read_csv(path, chunksize=chunksize, **options) as reader:
        for chunk in reader:
            empty = False
            yield typed(chunk, decimal_comma=excel)
    if empty:
        yield typed(pd.read_csv(path, nrows=0, **options), decimal_comma=excel)


def typed(df: pd.DataFrame, decimal_comma: bool = False) -> pd.DataFrame:
    """Cast string columns to their dtypes (see dtype_of)."""
    out = {}
    for col in df.columns:
        s = df[col]
        kind = dtype_of(col)
        if kind == "datetime64[ns]":
            out[col] = pd.to_datetime(s, format="ISO8601", errors="coerce")
            out[f"{col}_precision"] = s.str.len().map(_PRECISION).astype(
                pd.CategoricalDtype(["year", "month", "day"]))
        elif kind in ("Int64", "Float64"):
            if decimal_comma:
                s = s.str.replace(",", ".", regex=False)
            num = pd.to_numeric(s, errors="coerce")
            out[col] = num.round().astype("Int64") if kind == "Int64" else num.astype("Float64")
        elif kind == "boolean":
            out[col] = s.str.lower().map({"true": True, "false": False}).astype("boolean")
        elif kind == "category":
            out[col] = s.astype("string").astype("category")
        else:
            out[col] = s.astype("string")
    return pd.DataFrame(out, index=df.index)


def load_run(run_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of the run folder that exists, keyed by table name ('contracts', 'axes'...)."""
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise FileNotFoundError(f"not a run folder: {run_dir}")
    return {name: read_table(run_dir / f"{name}.csv") for name in tables_in(run_dir)}


def tables_in(run_dir: Path) -> list[str]:
    """The tables of TABLES whose CSV the run folder holds."""
    return [name for name in TABLES if (Path(run_dir) / f"{name}.csv").is_file()]
