"""Write a corpus's tables to disk: CSV for people and spreadsheets, Parquet for pandas.

CSV cannot hold a list, so list-valued cells (authors, candidates, sentence ids) are
written joined with "; "; Parquet keeps them as lists.  Every file is rewritten whole,
so a folder of exports can be deleted and rebuilt with one command.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

import pandas as pd

from helpers.articles import DEFAULT_MAX_BYTES
from helpers.corpus import Corpus, load_corpus_tables

LIST_SEPARATOR = "; "


def export_corpus(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    out: Path,
    *,
    max_bytes: int | None = None,
    workers: int | None = None,
) -> str:
    """Load the corpus (in one process per CPU when it is large), write every table under
    ``out``, and return a one-line summary."""
    corpus = load_corpus_tables(paths, max_bytes=max_bytes or DEFAULT_MAX_BYTES, workers=workers)
    return write_tables(corpus, out)


def write_tables(corpus: Corpus, out: Path) -> str:
    """Write ``<table>.csv`` and ``<table>.parquet`` for each table, plus the load report."""
    out.mkdir(parents=True, exist_ok=True)
    counts = []
    for name, table in corpus.tables().items():
        write_table(table, out / name)
        counts.append(f"{len(table):,} {name}")
    write_table(corpus.load_report, out / "load_report")
    errors = int((corpus.load_report["severity"] == "error").sum())
    warnings = int((corpus.load_report["severity"] == "warning").sum())
    return (
        f"{corpus.files_seen:,} files: {len(corpus.articles):,} articles loaded, {errors:,} errors, "
        f"{warnings:,} warnings (see load_report.csv); wrote " + ", ".join(counts)
    )


def write_table(table: pd.DataFrame, stem: Path) -> None:
    """``stem.parquet`` and ``stem.csv``, both written by pyarrow (several times faster than pandas)."""
    import pyarrow as pa
    import pyarrow.csv as pa_csv
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pandas(table, preserve_index=False), stem.with_suffix(".parquet"))
    pa_csv.write_csv(pa.Table.from_pandas(csv_ready(table), preserve_index=False), stem.with_suffix(".csv"))


def csv_ready(table: pd.DataFrame) -> pd.DataFrame:
    """The table with list cells joined by "; " so that CSV shows them readably."""
    listy = [
        column for column in table.columns
        if table[column].dtype == object
        and table[column].map(lambda cell: isinstance(cell, (list, tuple, dict))).any()
    ]
    days = [
        column for column in table.columns
        if pd.api.types.is_datetime64_any_dtype(table[column]) and (table[column].dropna().dt.normalize()
                                                                    == table[column].dropna()).all()
    ]
    if days:
        table = table.assign(**{column: table[column].dt.date for column in days})
    if not listy:
        return table
    return table.assign(**{
        column: table[column].map(
            lambda cell: LIST_SEPARATOR.join(map(str, cell)) if isinstance(cell, (list, tuple))
            else str(cell) if isinstance(cell, dict) else cell
        )
        for column in listy
    })
