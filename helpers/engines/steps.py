"""The work of an export, as functions of one batch or one task: what every engine maps.

Pass 1, ``extract_batch``: load a batch of files, run every extractor (``article_frames``),
stage the raw tables on disk and return only what the corpus-wide steps need -- the batch's
speaker names (``tables.speaker_names``), its articles per month, and its load problems.

Pass 2, ``join_task``: read one task's raw tables back (its months, from the batches that
hold them), fold the speakers with the corpus-wide mapping, make the per-article joins
(``tables.finalise_batch``), write one Parquet file per month and table, and return the
task's speaker partials (``tables.speaker_partials``) and the schemas written.

Staging is Arrow IPC, one file per batch and table (``<out>/_staging/batch-00000/claims.arrow``),
holding one record batch per publication month of the batch (``Extracted.months``, in that
order; a month without rows of the table has an empty one), uncompressed: a task reads only
its months' record batches.  lz4 would make the staging folder about four times smaller, but
it doubled the cost of staging and of reading back (measured: 0.45 against 0.25 ms an article
to stage); the folder, about 28 KB an article, is deleted when the export ends.

Every function here takes and returns small picklable records, and reads and writes only
under the export folder, so a process pool or a Dask cluster (with the folder on a shared
file system) can run it.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from helpers.engines.plan import UNDATED, month_order
from helpers.extract.places import EXTRA_ENV, load_gazetteer
from helpers.load import LoadError
from helpers.tables import (
    EXPORTED_TABLES, LOAD_REPORT_COLUMNS, NameCounts, article_frames, finalise_batch, speaker_names,
    speaker_partials,
)

#: Raw tables a batch stages for pass 2 (``article_frames`` but the load warnings, which go back
#: to the caller with the load errors).
STAGED_TABLES = (
    "articles", "blocks", "photos", "sentences", "claims", "sentence_claims", "attributions", "voices",
    "events", "places",
)
#: Exported tables whose every row belongs to one article: written partitioned by publication month.
ARTICLE_TABLES = tuple(name for name in EXPORTED_TABLES if name != "speakers")
PARTITION = "published_month"
STAGING = "_staging"
_IPC_OPTIONS = pa.ipc.IpcWriteOptions(compression=None)


@dataclass
class ExtractJob:
    """Pass 1 for one batch: its files, where to stage, and the caller's settings."""

    batch: int
    files: list[tuple[str, str]]  # (corpus root, file): ``plan.FileEntry``
    out: str
    max_bytes: int
    places_extra: str | None  # the caller's FCW_PLACES_EXTRA: a worker's own may be older


@dataclass
class Extracted:
    """What pass 1 returns for a batch: small, whatever the batch's size."""

    batch: int
    files: int
    months: dict[str, int]  # articles per publication month, in the order of the staged record batches
    names: NameCounts | None
    problems: list[tuple[LoadError, str]] = field(default_factory=list)
    warnings: list[tuple] = field(default_factory=list)  # load-report rows of loaded articles


@dataclass
class JoinJob:
    """Pass 2 for one task: its parts, each a month, its file number, and where each of its
    batches staged that month's rows: (batch, index of the month's record batch)."""

    parts: list[tuple[str, int, list[tuple[int, int]]]]
    out: str


@dataclass
class Written:
    """One Parquet file pass 2 wrote (or would have: a part may have no rows of a table)."""

    table: str
    month: str
    number: int
    rows: int
    schema: pa.Schema


@dataclass
class Joined:
    """What pass 2 returns for a task."""

    files: list[Written]
    speakers: pd.DataFrame | None  # the task's speaker partials


def use_places_extra(setting: str | None) -> None:
    """Build this process's gazetteer from the caller's ``FCW_PLACES_EXTRA`` (cached per
    setting).  A bad user file raises here, in the task, so that the caller gets its error once
    (an initializer that raises would only break the pool)."""
    if setting is None:
        os.environ.pop(EXTRA_ENV, None)
    else:
        os.environ[EXTRA_ENV] = setting
    load_gazetteer()


def month_of(published) -> str:
    """The partition of a publication date: "2025-01", or ``UNDATED``."""
    return UNDATED if published is None else f"{published.year:04d}-{published.month:02d}"


def staging_dir(out: str | os.PathLike, batch: int) -> Path:
    return Path(out) / STAGING / f"batch-{batch:05d}"


# --- pass 1 --------------------------------------------------------------------------------------


def extract_batch(job: ExtractJob) -> Extracted:
    """Pass 1 for one batch: load, extract, stage the raw tables by month, return the summary."""
    from helpers.corpus import load_files

    use_places_extra(job.places_extra)
    gc.disable()  # measured: 10-15% of a batch went to collections that found no garbage
    try:
        corpus = load_files([(Path(root), Path(file)) for root, file in job.files], max_bytes=job.max_bytes)
        frames = article_frames(corpus.documents)
    finally:
        gc.enable()
    month_by_id = {article.article_id: month_of(article.published) for article in corpus.documents}
    months = sorted(set(month_by_id.values()), key=month_order)
    counts = {month: 0 for month in months}
    for month in month_by_id.values():
        counts[month] += 1
    folder = staging_dir(job.out, job.batch)
    folder.mkdir(parents=True, exist_ok=True)
    for name in STAGED_TABLES:
        _stage(frames[name], month_by_id, months, folder / f"{name}.arrow")
    warnings = list(frames["load_warnings"][LOAD_REPORT_COLUMNS].itertuples(index=False, name=None))
    return Extracted(job.batch, len(job.files), counts, speaker_names(frames["attributions"]), corpus.problems,
                     warnings)


def _stage(frame: pd.DataFrame, month_by_id: dict[str, str], months: list[str], path: Path) -> None:
    """Write the frame's rows as one record batch per month, in ``months`` order (each month's
    rows in frame order; a month without rows gets an empty record batch)."""
    table = pa.Table.from_pandas(frame, preserve_index=False)
    rank = {month: index for index, month in enumerate(months)}
    codes = np.fromiter((rank[month_by_id[article_id]] for article_id in frame["article_id"].tolist()),
                        dtype=np.int32, count=len(frame))
    order = np.argsort(codes, kind="stable")
    table = table.take(pa.array(order)).combine_chunks()
    bounds = np.searchsorted(codes[order], np.arange(len(months) + 1))
    with pa.ipc.new_file(str(path), table.schema, options=_IPC_OPTIONS) as writer:
        for index in range(len(months)):
            pieces = table.slice(bounds[index], bounds[index + 1] - bounds[index]).to_batches()
            writer.write_batch(pieces[0] if len(pieces) == 1 else _one_batch(pieces, table.schema))


def _one_batch(pieces: list[pa.RecordBatch], schema: pa.Schema) -> pa.RecordBatch:
    if not pieces:
        return pa.RecordBatch.from_pylist([], schema=schema)
    return pa.Table.from_batches(pieces, schema=schema).combine_chunks().to_batches()[0]


# --- pass 2 --------------------------------------------------------------------------------------


def join_task(job: JoinJob, mapping: dict[str, str]) -> Joined:
    """Pass 2 for one task: read its staged rows, fold, join, write a Parquet file per part and table."""
    gc.disable()  # as in pass 1 (measured: a tenth of the joins' time went to fruitless collections)
    try:
        frames = {name: _read_staged(job, name) for name in STAGED_TABLES}
        frames["load_warnings"] = pd.DataFrame([], columns=LOAD_REPORT_COLUMNS)
        tables = finalise_batch(frames, mapping)
    finally:
        gc.enable()
    del frames
    month_by_id = {
        article_id: UNDATED if pd.isna(published) else month_of(published)
        for article_id, published in zip(tables["articles"]["article_id"].tolist(), tables["articles"]["published"])
    }
    written = []
    for name in ARTICLE_TABLES:
        arrow = pa.Table.from_pandas(tables[name], preserve_index=False)
        months = np.array([month_by_id[article_id] for article_id in tables[name]["article_id"].tolist()], dtype=object)
        for month, number, _ in job.parts:
            rows = arrow.filter(pa.array(months == month)) if len(job.parts) > 1 else arrow
            written.append(Written(name, month, number, rows.num_rows, rows.schema))
            if rows.num_rows:
                path = part_path(job.out, name, month, number)
                path.parent.mkdir(parents=True, exist_ok=True)
                pq.write_table(rows, path)
    speakers = speaker_partials(tables["attributions"], tables["articles"], tables["claims"])
    return Joined(written, speakers)


def part_path(out: str | os.PathLike, table: str, month: str, number: int) -> Path:
    """``<out>/<table>/published_month=<month>/part-00000.parquet`` (hive-style partitions)."""
    return Path(out) / table / f"{PARTITION}={month}" / f"part-{number:05d}.parquet"


def _read_staged(job: JoinJob, name: str) -> pd.DataFrame:
    """The task's rows of one raw table: each batch file opened once, its months' record batches
    read (plain reads, not a memory map, whose pages would count as the worker's memory).
    The order of the pieces does not matter: every step of ``finalise_batch`` sorts by article."""
    months_of: dict[int, list[int]] = {}
    for _, _, sources in job.parts:
        for batch, month in sources:
            months_of.setdefault(batch, []).append(month)
    pieces = []
    for batch, months in months_of.items():
        with pa.OSFile(str(staging_dir(job.out, batch) / f"{name}.arrow")) as source:
            reader = pa.ipc.open_file(source)
            pieces.append(pa.Table.from_batches([reader.get_batch(month) for month in months], schema=reader.schema))
    table = pieces[0] if len(pieces) == 1 else pa.concat_tables(pieces, promote_options="permissive")
    return table.to_pandas()


def rewrite_part(path: str, schema: pa.Schema) -> None:
    """Rewrite a written part in the table's common schema (a column that was all empty in
    this part gets the type the other parts gave it), so that every reader sees one schema."""
    table = pq.read_table(path)
    pq.write_table(table.cast(schema), path)
