"""Write a corpus's tables to disk: CSV for people and spreadsheets, Parquet for pandas.

CSV cannot hold a list, so list-valued cells (authors, candidates, sentence ids) are
written joined with "; "; Parquet keeps them as lists.  Every file is rewritten whole,
so a folder of exports can be deleted and rebuilt with one command.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable

import pandas as pd

from helpers.corpus import Corpus, load_corpus_tables
from helpers.load import DEFAULT_MAX_BYTES

LIST_SEPARATOR = "; "
WRITER_THREADS = 2  # measured: a third thread is slower on the 2-core machine


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
    tables = {**corpus.tables(), "load_report": corpus.load_report}
    with ThreadPoolExecutor(WRITER_THREADS) as writers:  # pyarrow writes without holding the GIL
        list(writers.map(lambda name: write_table(tables[name], out / name), tables))
    counts = [f"{len(table):,} {name}" for name, table in tables.items() if name != "load_report"]
    errors = int((corpus.load_report["severity"] == "error").sum())
    warnings = int((corpus.load_report["severity"] == "warning").sum())
    return (
        f"{corpus.files_seen:,} files: {len(corpus.articles):,} articles loaded, {errors:,} errors, "
        f"{warnings:,} warnings (see load_report.csv); wrote " + ", ".join(counts)
    )


def write_table(table: pd.DataFrame, stem: Path) -> None:
    """``stem.parquet`` and ``stem.csv``, both written by pyarrow (several times faster than pandas).

    The table is converted to Arrow once; the CSV copy is derived from that Arrow table
    column by column, so a large export does not pay for a second pandas conversion.
    """
    import pyarrow as pa
    import pyarrow.csv as pa_csv
    import pyarrow.parquet as pq

    arrow = pa.Table.from_pandas(table, preserve_index=False)
    pq.write_table(arrow, stem.with_suffix(".parquet"))
    pa_csv.write_csv(csv_ready(arrow), stem.with_suffix(".csv"))


def csv_ready(arrow: "pa.Table") -> "pa.Table":
    """The table as CSV shows it: list cells joined by "; ", dates without a midnight time."""
    import pyarrow as pa

    columns = [_csv_column(arrow.column(index)) for index in range(arrow.num_columns)]
    return pa.table(columns, names=arrow.column_names)


def _csv_column(column: "pa.ChunkedArray") -> "pa.ChunkedArray":
    import pyarrow as pa
    import pyarrow.compute as pc

    kind = column.type
    if pa.types.is_list(kind) or pa.types.is_large_list(kind):
        values = kind.value_type
        if pa.types.is_string(values) or pa.types.is_large_string(values) or pa.types.is_integer(values):
            return pc.binary_join(column.cast(pa.list_(pa.string())), LIST_SEPARATOR)
        return pa.chunked_array([pa.array(
            [None if cell is None else LIST_SEPARATOR.join(map(str, cell)) for cell in column.to_pylist()],
            type=pa.string(),
        )])
    if pa.types.is_timestamp(kind) and _all_midnight(column):
        return column.cast(pa.date32())
    return column


def _all_midnight(column: "pa.ChunkedArray") -> bool:
    """True when every timestamp is a day with no time of day (a date stored as a timestamp)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    days = pc.floor_temporal(column, unit="day")
    return bool(pc.all(pc.equal(days, column)).as_py() in (True, None))
