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
from helpers.corpus import Corpus, load_corpus

LIST_SEPARATOR = "; "


def export_corpus(
    paths: str | os.PathLike | Iterable[str | os.PathLike], out: Path, *, max_bytes: int | None = None
) -> str:
    """Load the corpus, write every table under ``out``, and return a one-line summary."""
    corpus = load_corpus(paths, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    return write_tables(corpus, out)


def write_tables(corpus: Corpus, out: Path) -> str:
    """Write ``<table>.csv`` and ``<table>.parquet`` for each table, plus the load report."""
    out.mkdir(parents=True, exist_ok=True)
    counts = []
    for name, table in corpus.tables().items():
        table.to_parquet(out / f"{name}.parquet", index=False)
        csv_ready(table).to_csv(out / f"{name}.csv", index=False)
        counts.append(f"{len(table):,} {name}")
    corpus.load_report.to_csv(out / "load_report.csv", index=False)
    errors = int((corpus.load_report["severity"] == "error").sum())
    warnings = int((corpus.load_report["severity"] == "warning").sum())
    return (
        f"{corpus.files_seen:,} files: {len(corpus.documents):,} articles loaded, {errors:,} errors, "
        f"{warnings:,} warnings (see load_report.csv); wrote " + ", ".join(counts)
    )


def csv_ready(table: pd.DataFrame) -> pd.DataFrame:
    """The table with list cells joined by "; " so that CSV shows them readably."""
    listy = [
        column for column in table.columns
        if table[column].dtype == object and table[column].map(lambda cell: isinstance(cell, (list, tuple))).any()
    ]
    if not listy:
        return table
    return table.assign(**{
        column: table[column].map(
            lambda cell: LIST_SEPARATOR.join(map(str, cell)) if isinstance(cell, (list, tuple)) else cell
        )
        for column in listy
    })
