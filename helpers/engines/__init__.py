"""Engines: run the export of a corpus of any size in bounded memory, on one machine or a cluster.

The export never holds the corpus in one process.  It makes two passes over batches of
files, each batch a task an engine runs wherever it likes (``steps``):

1. per batch: load and extract, stage the raw tables on disk, return the speaker names seen
   and the load problems;
2. between passes, corpus-wide: the speaker names merged and folded into one mapping
   (``tables.fold_mapping``), and the batches' articles grouped into parts by month (``plan``);
3. per part: fold and join, write one Parquet file per table, return speaker partials;
4. after, corpus-wide: the speakers table (``tables.combine_speakers``), the load report, the
   manifest, and the CSV copies if asked (``dataset``).

The in-memory ``Corpus`` runs the same steps of ``helpers.tables`` over one batch, so every
engine writes exactly the rows ``load_corpus(...).tables()`` holds.

Two engines map the steps:

* ``local`` (``LocalEngine``): this process for a small corpus, else a standard-library
  process pool;
* ``dask`` (``DaskEngine``): a Dask ``LocalCluster``, or any Dask cluster by its scheduler's address.
"""

from __future__ import annotations

ENGINES = ("local", "dask")


def make_engine(name: str, *, workers: int = 1, scheduler: str | None = None):
    """The engine called ``name`` (a context manager that starts and stops its workers)."""
    if name == "local":
        from helpers.engines.local import LocalEngine

        return LocalEngine(workers)
    if name == "dask":
        from helpers.engines.dask_engine import DaskEngine

        return DaskEngine(workers, scheduler=scheduler)
    raise ValueError(f"no engine named {name!r}; known: {', '.join(ENGINES)}")
