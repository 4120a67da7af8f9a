"""The export folder: its layout, its manifest, and reading its tables back.

    DIR/export.json                                  the manifest (tables, rows, engine, corpus)
    DIR/claims/published_month=2025-01/part-00000.parquet
    DIR/claims/published_month=undated/part-00000.parquet   articles without a date
    DIR/claims/_schema.parquet                       no rows: the table's one schema
    DIR/speakers.parquet, DIR/load_report.parquet    tables not tied to one article, and the
    DIR/article_links.parquet ...                    cross-article tables (``helpers.cross``)
    DIR/claims.csv ...                               with ``--csv``: one CSV per table

Every per-article table is a Parquet dataset partitioned hive-style by the month of
publication, so pandas, pyarrow, DuckDB, Spark or Dask read it as it is, and a reader that
wants one month opens one folder.  Every part of a table has the same schema (a column
that one part leaves empty is written with the type the others give it), kept also in
``_schema.parquet`` so that a table with no rows still has its columns.

``read_table`` gives a table exactly as ``load_corpus(...).tables()`` would: rows in the same
order (articles by date, the others by article and position) and without the
``published_month`` column, which only the folder names hold (``helpers.query`` shows it).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from helpers.engines.steps import ARTICLE_TABLES, PARTITION, STAGING
from helpers.tables import CROSS_TABLES, EXPORTED_TABLES

MANIFEST = "export.json"
FORMAT = "frontline-claims-workbook export"
VERSION = 1
SCHEMA_FILE = "_schema.parquet"
#: Tables written as one Parquet file each.
SINGLE_TABLES = ("speakers", *CROSS_TABLES, "load_report")
ALL_TABLES = (*EXPORTED_TABLES, *CROSS_TABLES, "load_report")
LIST_SEPARATOR = "; "


# --- writing ---------------------------------------------------------------------------------------


def clear(out: Path) -> None:
    """Remove what an earlier export wrote into ``out`` (and only that), so that no part of an
    old export is read as part of the new one.  The manifest goes first: a folder without
    one is never taken for a finished export."""
    (out / MANIFEST).unlink(missing_ok=True)
    for name in ALL_TABLES:
        for suffix in (".parquet", ".csv"):
            (out / f"{name}{suffix}").unlink(missing_ok=True)
        if name in ARTICLE_TABLES and (out / name).is_dir():
            shutil.rmtree(out / name)
    shutil.rmtree(out / STAGING, ignore_errors=True)


def common_schema(schemas: Iterable[pa.Schema]) -> pa.Schema:
    """One schema for every part of a table: types unified (an all-empty column's null type
    gives way to the others'), and pandas' metadata from the part most like the result."""
    schemas = list(schemas)
    unified = pa.unify_schemas([schema.remove_metadata() for schema in schemas], promote_options="permissive")
    closest = max(schemas, key=lambda schema: sum(field.type == unified.field(field.name).type for field in schema))
    return unified.with_metadata(closest.metadata)


def write_schema(out: Path, name: str, schema: pa.Schema) -> None:
    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(schema.empty_table(), folder / SCHEMA_FILE)


def write_single(frame: pd.DataFrame, path: Path) -> None:
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), path)


def write_manifest(out: Path, manifest: dict) -> None:
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def roots_from(corpus: list[str], out: Path) -> list[str]:
    """Each corpus root as a path relative to the export folder, so that the export can find
    its articles again wherever the two folders are moved together (both paths are the
    user's own; nothing absolute is stored that the user did not type)."""
    return [Path(os.path.relpath(os.path.abspath(root), os.path.abspath(out))).as_posix() for root in corpus]


# --- reading ---------------------------------------------------------------------------------------


def read_manifest(folder: str | os.PathLike) -> dict | None:
    """The folder's export manifest, or None when the folder holds no finished export."""
    path = Path(folder) / MANIFEST
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) and manifest.get("format") == FORMAT else None


def is_export(path: str | os.PathLike) -> bool:
    """True for a folder the export wrote (recognised by its manifest)."""
    return Path(path).is_dir() and read_manifest(path) is not None


def table_files(folder: Path, name: str) -> list[Path]:
    """The Parquet files of a table: its parts (month by month), or its one file."""
    if name in SINGLE_TABLES:
        return [folder / f"{name}.parquet"]
    parts = (folder / name).glob(f"{PARTITION}=*/*.parquet")
    return sorted(parts, key=lambda path: (path.parent.name.endswith("=undated"), path.parent.name, path.name))


def read_table(folder: str | os.PathLike, name: str, *, columns: list[str] | None = None,
               filters: list[tuple] | None = None) -> pd.DataFrame:
    """One exported table as a DataFrame, as the in-memory corpus has it (see the module);
    ``columns`` and ``filters`` (pyarrow's, say ``[("kind", "==", "casualties")]``) read less."""
    folder = Path(folder)
    if name in SINGLE_TABLES:
        table = pq.read_table(folder / f"{name}.parquet", columns=columns)
        return _to_pandas(table)
    if name not in ARTICLE_TABLES:
        raise KeyError(f"no exported table named {name!r}; known: {', '.join(ALL_TABLES)}")
    schema = pq.read_schema(folder / name / SCHEMA_FILE)
    if columns is not None:
        schema = pa.schema([schema.field(column) for column in columns], metadata=schema.metadata)
    pieces = [pq.read_table(path, columns=schema.names, filters=filters).cast(schema)
              for path in table_files(folder, name)]
    table = pa.concat_tables(pieces) if pieces else schema.empty_table()
    frame = _to_pandas(table)
    if name == "articles" and {"published", "article_id"} <= set(frame.columns):
        order = ["published", "article_id"]
        return frame.sort_values(order, na_position="last", kind="stable", ignore_index=True)
    if "article_id" in frame.columns:  # each article's rows are together and in order in one part
        return frame.sort_values("article_id", kind="stable", ignore_index=True)
    return frame


def _to_pandas(table: pa.Table) -> pd.DataFrame:
    """pandas as the corpus builds it: list cells as Python lists, not NumPy arrays, and dates
    in the unit they had (Parquet stores whole seconds as milliseconds)."""
    frame = table.to_pandas()
    for index, column in enumerate(table.column_names):
        kind = table.schema.field(index).type
        if pa.types.is_list(kind) or pa.types.is_large_list(kind):
            frame[column] = pd.Series(table.column(index).to_pylist(), index=frame.index, dtype=object)
    for column in (table.schema.pandas_metadata or {}).get("columns", []):
        numpy_type = str(column.get("numpy_type", ""))
        name = column.get("name")
        if numpy_type.startswith("datetime64[") and name in frame and str(frame[name].dtype) != numpy_type:
            frame[name] = frame[name].astype(numpy_type)
    return frame


class ExportedTables:
    """The tables of an export folder, each read on first use and then kept."""

    def __init__(self, folder: str | os.PathLike, manifest: dict | None = None):
        self.folder = Path(folder)
        manifest = manifest or read_manifest(self.folder)
        if manifest is None:
            raise FileNotFoundError(f"{folder}: no {MANIFEST} (is this a folder `python -m helpers export` wrote?)")
        self.manifest = manifest
        self._read: dict[str, pd.DataFrame] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._read:
            self._read[name] = read_table(self.folder, name)
        return self._read[name]

    def rows(self, name: str) -> int:
        return int(self.manifest["tables"][name]["rows"])

    def corpus_roots(self) -> list[Path]:
        """Where the exported articles' files may be: each root relative to the export folder
        first, then as it was typed (relative to the current folder)."""
        given = self.manifest.get("corpus", [])
        relative = self.manifest.get("corpus_from_export", [])
        roots: list[Path] = []
        for root in [*(self.folder / path for path in relative), *map(Path, given)]:
            if root.exists() and root not in roots:
                roots.append(root)
        return roots


# --- CSV -----------------------------------------------------------------------------------------


def write_csv(folder: Path, name: str) -> Path:
    """``<name>.csv`` beside the dataset: the whole table, read into memory in table order
    (``--csv`` is for corpora small enough to open in a spreadsheet)."""
    import pyarrow.csv as pa_csv

    path = folder / f"{name}.csv"
    pa_csv.write_csv(csv_ready(pa.Table.from_pandas(read_table(folder, name), preserve_index=False)), path)
    return path


def csv_ready(arrow: pa.Table) -> pa.Table:
    """The table as CSV shows it: list cells joined by "; ", dates without a midnight time."""
    columns = [_csv_column(arrow.column(index)) for index in range(arrow.num_columns)]
    return pa.table(columns, names=arrow.column_names)


def _csv_column(column: pa.ChunkedArray) -> pa.ChunkedArray:
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


def _all_midnight(column: pa.ChunkedArray) -> bool:
    """True when every timestamp is a day with no time of day (a date stored as a timestamp)."""
    import pyarrow.compute as pc

    days = pc.floor_temporal(column, unit="day")
    return bool(pc.all(pc.equal(days, column)).as_py() in (True, None))


