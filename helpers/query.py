"""SQL over an exported corpus, for analysts who think in SQL: ``helpers.query(sql, tables_dir)``.

    from helpers import query
    query("SELECT speaker, count(*) AS claims FROM claims WHERE speaker <> '' GROUP BY speaker "
          "ORDER BY claims DESC", "reports/tables")

DuckDB reads the export's Parquet files where they lie, without loading the corpus into
pandas first: every table is a view named after it (``articles``, ``claims``, ``speakers``,
``load_report`` ...).  The per-article tables also have the ``published_month`` column
("2025-01", or "undated") from their folder names; a query that filters on it
(``WHERE published_month = '2025-01'``) reads only that month's files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pandas as pd


def query(sql: str, tables_dir: str | os.PathLike) -> pd.DataFrame:
    """The result of ``sql`` over the export in ``tables_dir``, as a pandas DataFrame."""
    import duckdb

    with duckdb.connect() as connection:
        for name, source in views(tables_dir).items():
            connection.execute(f'CREATE VIEW "{name}" AS SELECT * FROM {source}')
        return connection.execute(sql).df()


def views(tables_dir: str | os.PathLike) -> dict[str, str]:
    """Each exported table's name and the DuckDB ``read_parquet(...)`` that reads it."""
    from helpers.engines.dataset import MANIFEST, SCHEMA_FILE, read_manifest
    from helpers.engines.steps import PARTITION

    folder = Path(tables_dir)
    manifest = read_manifest(folder)
    if manifest is None:
        raise FileNotFoundError(f"{tables_dir}: no {MANIFEST} (is this a folder `python -m helpers export` wrote?)")
    result = {}
    for name, table in manifest["tables"].items():
        path = folder / table["path"]
        if not table.get("partitioned"):
            result[name] = f"read_parquet({_literal(path)})"
        elif table["rows"]:
            pattern = path / f"{PARTITION}=*" / "*.parquet"
            result[name] = (f"read_parquet({_literal(pattern)}, hive_partitioning = true, union_by_name = true, "
                            f"hive_types = {{'{PARTITION}': VARCHAR}})")
        else:  # no parts: the schema file gives the columns
            result[name] = f"(SELECT *, NULL::VARCHAR AS {PARTITION} FROM read_parquet({_literal(path / SCHEMA_FILE)}))"
    return result


def _literal(path: Path) -> str:
    """A path as an SQL string literal (quotes doubled)."""
    return "'" + path.as_posix().replace("'", "''") + "'"


class _CallableModule(type(os)):
    """``helpers.query`` is both this module and its function: importing the module makes it an
    attribute of the package, which would hide the function of the same name, so the module
    itself calls ``query``."""

    def __call__(self, sql: str, tables_dir: str | os.PathLike) -> pd.DataFrame:
        return query(sql, tables_dir)


sys.modules[__name__].__class__ = _CallableModule
