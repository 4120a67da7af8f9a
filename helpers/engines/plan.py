"""How an export cuts a corpus into work: batches of files to extract, parts of a month to write.

Free of pandas, so that the command line can plan and start its worker processes before the
heavy imports.

* **Batches** (pass 1) are runs of files in corpus order, small enough that a worker's
  memory stays flat (at most ``BATCH_FILES``) and numerous enough to balance the workers
  (``BATCHES_PER_WORKER`` each on a small corpus).  Files that would share an article id
  ("a.md" and "a.txt", or one relative path under two roots) go into one batch, so that the
  loader tells them apart exactly as it does in one process.
* **Parts** (pass 2) are what is written as one Parquet file per table: the articles of one
  publication month from consecutive batches.  A **task** joins up to ``PART_ARTICLES``
  articles at once, a slice of a large month or several small months, so a month of 5,000
  articles is three files however many batches its articles were spread over, and a
  corpus of a thousand articles over two years is one task, not twenty-four.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from helpers.load import CorpusFile, article_id_for, corpus_files, relative_path

#: Below this many files a second process costs more than it saves: the export stays in one process.
PARALLEL_MIN_FILES = 400
#: Most files per extraction batch (measured: a worker peaks about 70 MB above its start).
BATCH_FILES = 250
#: Batches per worker on a smaller corpus: enough to keep both cores busy to the end.
BATCHES_PER_WORKER = 4
#: Most articles per pass-2 task (measured: a worker peaks about 80 MB above its start).
PART_ARTICLES = 1_000
#: Tasks a worker runs before fresh ones take over.  pandas and Arrow keep freed memory for
#: reuse, so a long-lived worker creeps up (measured: 190 -> 300 MB over 100,000 articles); a
#: fresh worker starts from the fork server's 115 MB.  The local engine replaces its pool
#: between rounds of ``workers * TASKS_PER_WORKER`` tasks rather than use
#: ``max_tasks_per_child``, which hangs a pool with queued tasks on Python 3.11 to 3.13
#: (CPython issue 115634).
TASKS_PER_WORKER = 50
#: The partition of an article without a publication date.
UNDATED = "undated"


def worker_count(files: int, requested: int | None = None) -> int:
    """Processes worth using: one per CPU (or as requested) for a large corpus, else one."""
    workers = requested or os.cpu_count() or 1
    return workers if workers > 1 and files >= PARALLEL_MIN_FILES else 1


def batch_size(files: int, workers: int) -> int:
    """Files per batch: ``BATCHES_PER_WORKER`` batches per worker, at most ``BATCH_FILES``."""
    return max(1, min(BATCH_FILES, -(-files // (max(1, workers) * BATCHES_PER_WORKER))))


#: A file of the corpus as a job carries it: (corpus root, file), both as strings (a
#: ``pathlib.Path`` costs several times the memory, which a planner of millions of files feels).
FileEntry = tuple[str, str]


def corpus_entries(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> tuple[list[FileEntry], list[str]]:
    """Every file under the given files or folders (``corpus_files``' order), and the article
    id each would have (its path below the root without the extension)."""
    roots: dict[Path, tuple[str, str]] = {}
    entries, stems = [], []
    for root, file in corpus_files(paths):
        root_text, prefix = roots.get(root) or roots.setdefault(root, (str(root), _prefix(root)))
        file_text = str(file)
        if prefix and file_text.startswith(prefix):  # the common case, without pathlib: half the time
            relative = file_text[len(prefix):].replace(os.sep, "/")
        else:
            relative = relative_path(file, root)
        entries.append((root_text, file_text))
        stems.append(article_id_for(relative))
    return entries, stems


def _prefix(root: Path) -> str:
    """What every file path under ``root`` starts with ("corpus/"), or "" for the current folder."""
    text = str(root)
    return "" if text in ("", ".") else text.rstrip(os.sep) + os.sep


def batches(files: Sequence[FileEntry | CorpusFile], size: int, stems: Sequence[str] | None = None) -> list[list]:
    """Runs of ``size`` files in corpus order; a file whose article id (``stems``, worked out
    from the paths when not given) an earlier batch already holds joins that batch, after its
    files, so their order is kept."""
    if stems is None:
        stems = [article_id_for(relative_path(Path(file), Path(root))) for root, file in files]
    result: list[list] = []
    batch_of: dict[str, int] = {}
    for entry, stem in zip(files, stems):
        home = batch_of.get(stem)
        if home is None:
            if not result or len(result[-1]) >= size:
                result.append([])
            home = batch_of[stem] = len(result) - 1
        result[home].append(entry)
    return result


def month_order(month: str) -> tuple[bool, str]:
    """Months in calendar order, ``UNDATED`` last."""
    return month == UNDATED, month


@dataclass(frozen=True)
class Part:
    """One Parquet file per table: the articles of ``month`` that ``batches`` hold (``number``
    counts the month's parts from 0)."""

    month: str
    number: int
    batches: tuple[int, ...]
    articles: int


@dataclass(frozen=True)
class Task:
    """The parts one pass-2 task joins together (a few small months, or a slice of a big one)."""

    parts: tuple[Part, ...]

    @property
    def articles(self) -> int:
        return sum(part.articles for part in self.parts)


def part_limit(articles: int, workers: int) -> int:
    """Articles per pass-2 task: ``BATCHES_PER_WORKER`` tasks per worker, at most ``PART_ARTICLES``."""
    return max(1, min(PART_ARTICLES, -(-articles // (max(1, workers) * BATCHES_PER_WORKER))))


def tasks(months_by_batch: Sequence[dict[str, int]], limit: int = PART_ARTICLES) -> list[Task]:
    """Pass-2 tasks of about ``limit`` articles; ``months_by_batch[b]`` is {month: articles} of batch ``b``.

    The (month, batch) pieces are taken month by month, each month's batches in order, and a
    task is closed when the next piece would take it over ``limit`` (a piece is never split:
    it is at most one batch).  Each month a task touches is one part, so each file holds one
    month, and a task's fixed cost (about a tenth of a second of pandas) is paid once for
    several small months.
    """
    months = sorted({month for counts in months_by_batch for month in counts}, key=month_order)
    result: list[Task] = []
    current: list[Part] = []
    taken = 0
    numbers: dict[str, int] = {}

    def close_part(month: str, batches: list[int], articles: int) -> None:
        if batches:
            current.append(Part(month, numbers.get(month, 0), tuple(batches), articles))
            numbers[month] = numbers.get(month, 0) + 1

    for month in months:
        batches, articles = [], 0
        for batch, counts in enumerate(months_by_batch):
            count = counts.get(month, 0)
            if not count:
                continue
            if taken and taken + count > limit:
                close_part(month, batches, articles)
                result.append(Task(tuple(current)))
                current, taken, batches, articles = [], 0, [], 0
            batches.append(batch)
            articles += count
            taken += count
        close_part(month, batches, articles)
    if current:
        result.append(Task(tuple(current)))
    return result
