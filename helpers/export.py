"""Write a corpus's tables to disk: a Parquet dataset partitioned by month, and CSV on request.

``export_corpus`` streams the corpus through an engine (``helpers.engines``: this process, a
process pool, or a Dask cluster) in two passes over batches of files, so that memory stays
flat however many articles there are, and writes the layout ``helpers.engines.dataset``
describes: each per-article table as ``<table>/published_month=YYYY-MM/part-NNNNN.parquet``,
``speakers.parquet``, the cross-article tables (``article_links``, ``claim_groups``,
``reference_check``: ``helpers.cross``) and ``load_report.parquet``, and the manifest ``export.json`` that
``load_corpus(folder)`` and ``helpers.query`` read it back by.

CSV cannot hold a list, so list-valued cells (authors, candidates, sentence ids) are written
joined with "; "; Parquet keeps them as lists.  The export replaces whatever an earlier
export wrote into the folder, so a folder of exports can be deleted and rebuilt with one
command.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pandas as pd

from helpers.cross import export_cross_tables, reference_problems
from helpers.engines import make_engine
from helpers.engines.dataset import (
    ALL_TABLES, FORMAT, LIST_SEPARATOR, VERSION, clear, common_schema, csv_ready, roots_from, write_csv,
    write_manifest, write_schema, write_single,
)
from helpers.engines.plan import FileEntry, batch_size, batches, corpus_entries, part_limit, tasks, worker_count
from helpers.engines.steps import ARTICLE_TABLES, PARTITION, STAGING, ExtractJob, JoinJob, part_path
from helpers.extract.places import EXTRA_ENV
from helpers.load import DEFAULT_MAX_BYTES
from helpers.reference import ReferenceLoad, load_reference
from helpers.tables import CROSS_TABLES, EXPORTED_TABLES, LOAD_REPORT_COLUMNS, article_frames, finalise_batch, load_report

__all__ = ["LIST_SEPARATOR", "Exported", "csv_ready", "export_corpus", "write_export", "write_table"]


@dataclass(frozen=True)
class Exported:
    """What an export wrote: the counts its one-line summary gives."""

    out: Path
    engine: str
    files: int
    rows: dict[str, int]
    errors: int
    warnings: int
    csv: bool

    def summary(self) -> str:
        report = "load_report.csv" if self.csv else "load_report.parquet"
        counts = ", ".join(f"{self.rows[name]:,} {name.replace('_', ' ')}" for name in [*EXPORTED_TABLES, *CROSS_TABLES])
        return (f"{self.files:,} files: {self.rows['articles']:,} articles loaded, {self.errors:,} errors, "
                f"{self.warnings:,} warnings (see {report}); wrote {counts}")


def export_corpus(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    out: str | os.PathLike,
    *,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    csv: bool = False,
    max_bytes: int | None = None,
    reference: Iterable[str | os.PathLike] | None = None,
) -> str:
    """Export every table of the corpus under ``out`` and return the one-line summary.

    ``engine="local"`` runs in this process for a small corpus and in one process per CPU
    (or ``workers``) otherwise; ``engine="dask"`` runs on a new ``LocalCluster`` of
    ``workers`` processes, or on the cluster whose scheduler is at ``scheduler``.
    ``reference``: the user's reference series besides the shipped one (default: the files
    ``FCW_REFERENCE`` names); a bad row of them is a row of the load report.
    """
    given = [os.fspath(paths)] if isinstance(paths, (str, os.PathLike)) else [os.fspath(path) for path in paths]
    files, stems = corpus_entries(given)
    count = worker_count(len(files), workers) if engine == "local" else workers
    try:
        with make_engine(engine, workers=count, scheduler=scheduler) as runner:
            passes = run_passes(files, Path(out), runner, stems=stems, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
        exported = finish_export(passes, Path(out), corpus=given, csv=csv, reference=load_reference(reference),
                                 workers=count or os.cpu_count() or 1)
    finally:  # a failed export leaves no staged batches behind (and no manifest: see ``clear``)
        shutil.rmtree(Path(out) / STAGING, ignore_errors=True)
    return exported.summary()


def write_export(
    files: list[FileEntry], out: Path, runner, *, corpus: list[str], stems: list[str] | None = None,
    csv: bool = False, max_bytes: int = DEFAULT_MAX_BYTES, reference: ReferenceLoad | None = None,
) -> Exported:
    """The export's passes (see ``helpers.engines``) on a started engine, then the
    cross-article tables (``helpers.cross``) read back from what they wrote; ``files`` and
    ``stems`` as ``plan.corpus_entries`` gives them."""
    passes = run_passes(files, out, runner, stems=stems, max_bytes=max_bytes)
    return finish_export(passes, out, corpus=corpus, csv=csv, reference=reference)


@dataclass
class Passes:
    """What the two passes leave for the corpus-wide end of the export: counts, the speakers
    table and the load problems (the per-article tables are already on disk)."""

    engine: str
    files: int
    rows: dict[str, int]
    speakers: pd.DataFrame
    report: pd.DataFrame


def run_passes(
    files: list[FileEntry], out: Path, runner, *, stems: list[str] | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
) -> Passes:
    """Pass 1 (extract each batch) and pass 2 (join each month) on a started engine, each
    per-article table written as Parquet with one schema."""
    out.mkdir(parents=True, exist_ok=True)
    clear(out)
    file_batches = batches(files, batch_size(len(files), runner.workers), stems)
    extra = os.environ.get(EXTRA_ENV)
    jobs = [ExtractJob(index, batch, str(out), max_bytes, extra) for index, batch in enumerate(file_batches)]
    extracted, mapping = runner.extract(jobs, weights=[len(batch) for batch in file_batches], total=len(files))

    articles = sum(sum(batch.months.values()) for batch in extracted)
    plan = tasks([batch.months for batch in extracted], part_limit(articles, runner.workers))
    join_jobs = [
        JoinJob([(part.month, part.number,
                  [(batch, list(extracted[batch].months).index(part.month)) for batch in part.batches])
                 for part in task.parts], str(out))
        for task in plan
    ]
    joined, speakers = runner.finish(join_jobs, mapping, weights=[task.articles for task in plan], total=articles)

    parts = [part for task in joined for part in task.files]
    rows = {name: sum(part.rows for part in parts if part.table == name) for name in ARTICLE_TABLES}
    empty = _empty_schemas() if not parts else {}
    rewrites = []
    for name in ARTICLE_TABLES:
        schema = common_schema([part.schema for part in parts if part.table == name] or [empty[name]])
        write_schema(out, name, schema)
        rewrites += [
            (str(part_path(out, name, part.month, part.number)), schema)
            for part in parts
            if part.table == name and part.rows and not part.schema.remove_metadata().equals(schema.remove_metadata())
        ]
    runner.rewrite(rewrites)
    shutil.rmtree(out / STAGING, ignore_errors=True)
    problems = [problem for batch in extracted for problem in batch.problems]
    warnings = pd.DataFrame.from_records([row for batch in extracted for row in batch.warnings],
                                         columns=LOAD_REPORT_COLUMNS)
    return Passes(runner.name, len(files), rows, speakers, load_report(problems, warnings))


def finish_export(passes: Passes, out: Path, *, corpus: list[str], csv: bool = False,
                  reference: ReferenceLoad | None = None, workers: int = 1) -> Exported:
    """The corpus-wide end of the export, in this process once the engine's workers are gone
    (so their memory is not added to this step's): the cross-article tables read back from
    the Parquet tables, the speakers, the load report (with the reference series' refused
    rows), CSV on request and the manifest, written last."""
    reference = load_reference() if reference is None else reference
    cross = export_cross_tables(out, reference, workers=workers)
    report = load_report(reference_problems(reference), passes.report)
    rows = dict(passes.rows)
    write_single(passes.speakers, out / "speakers.parquet")
    for name, table in cross.items():
        write_single(table, out / f"{name}.parquet")
        rows[name] = len(table)
    write_single(report, out / "load_report.parquet")
    rows.update(speakers=len(passes.speakers), load_report=len(report))

    if csv:
        for name in ALL_TABLES:
            write_csv(out, name)
    write_manifest(out, {
        "format": FORMAT,
        "version": VERSION,
        "engine": passes.engine,
        "corpus": corpus,
        "corpus_from_export": roots_from(corpus, out),
        "files": passes.files,
        "partitioned_by": PARTITION,
        "tables": {
            name: {"rows": rows[name], "path": name if name in ARTICLE_TABLES else f"{name}.parquet",
                   "partitioned": name in ARTICLE_TABLES}
            for name in ALL_TABLES
        },
        "csv": [f"{name}.csv" for name in ALL_TABLES] if csv else [],
    })
    severities = report["severity"].value_counts()
    return Exported(out, passes.engine, passes.files, rows, int(severities.get("error", 0)),
                    int(severities.get("warning", 0)), csv)


def _empty_schemas() -> dict:
    """The schema of each per-article table of a corpus with no articles."""
    import pyarrow as pa

    tables = finalise_batch(article_frames([]), {})
    return {name: pa.Schema.from_pandas(tables[name], preserve_index=False) for name in ARTICLE_TABLES}


def write_table(table: pd.DataFrame, stem: Path) -> None:
    """One table as ``stem.parquet`` and ``stem.csv`` (both written by pyarrow), for a script
    that has a table of its own to save the way the export does."""
    import pyarrow as pa
    import pyarrow.csv as pa_csv
    import pyarrow.parquet as pq

    arrow = pa.Table.from_pandas(table, preserve_index=False)
    pq.write_table(arrow, stem.with_suffix(".parquet"))
    pa_csv.write_csv(csv_ready(arrow), stem.with_suffix(".csv"))
