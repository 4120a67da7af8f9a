"""The local engine: the export's two passes on this machine, in a standard-library process pool.

A small corpus (under ``PARALLEL_MIN_FILES`` files) or ``workers=1`` runs in the calling
process.  Otherwise ``concurrent.futures.ProcessPoolExecutor`` runs the batches, its workers
started by a *fork server* that has imported the helpers and nothing else
(``multiprocessing``'s "forkserver" context with ``helpers.engines.steps`` preloaded):

* forking the caller itself could copy a lock held by one of pyarrow's threads and hang a
  worker (the caller may be a notebook that has read Parquet); the fork server has no such
  threads, because it is a fresh interpreter;
* a worker forked from it starts in milliseconds with pandas, pyarrow and the extractors
  imported, where a "spawn" worker spends about two seconds importing them (measured in
  ``benchmarks/bench_engines.py``);
* ``python -m helpers export`` starts the fork server before its own imports
  (``start_worker_server``), so the two import at the same time.

Each pass has its own pool, and the workers are replaced after ``TASKS_PER_WORKER`` tasks
each, so memory stays flat however large the corpus.  Results come back in batch order
(``Executor.map``), so the speaker names are merged in order and the load report lists the
files as one process would.  A task that raises (a bad
user gazetteer file, say) stops the export with its own error, and the tasks not yet started
are cancelled.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from concurrent.futures import Executor, ProcessPoolExecutor
from functools import lru_cache, partial
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from helpers.engines.plan import TASKS_PER_WORKER

#: Module the fork server imports once, so that every worker starts with the helpers loaded.
PRELOAD = ["helpers.engines.steps"]


def worker_context() -> multiprocessing.context.BaseContext:
    """The fork-server context, its server told to import the helpers before forking."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def start_worker_server() -> None:
    """Start the fork server now, so that its imports run while the caller does its own."""
    worker_context()
    from multiprocessing import forkserver

    forkserver.ensure_running()


class LocalEngine:
    """Runs the export's steps in ``workers`` processes (1: in the calling process)."""

    name = "local"

    def __init__(self, workers: int = 1, *, start_method: str = "forkserver"):
        self.workers = max(1, workers)
        self.start_method = start_method
        self._pool: Executor | None = None

    def __enter__(self) -> "LocalEngine":
        self._new_pool()
        return self

    def __exit__(self, kind, error, traceback) -> None:
        self._stop_pool(cancel=error is not None)

    def _new_pool(self) -> None:
        """A pool of fresh workers (none when the engine runs in this process)."""
        self._stop_pool()
        if self.workers > 1:
            context = worker_context() if self.start_method == "forkserver" else multiprocessing.get_context(self.start_method)
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context)

    def _stop_pool(self, *, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=cancel)
            self._pool = None

    def map(self, function: Callable, jobs: Sequence) -> Iterator:
        """``function`` over the jobs, results in the jobs' order."""
        if self._pool is None:
            return map(function, jobs)
        return self._rounds(function, list(jobs))

    def _rounds(self, function: Callable, jobs: list) -> Iterator:
        """The jobs in rounds of ``TASKS_PER_WORKER`` per worker, each round on fresh workers."""
        size = self.workers * TASKS_PER_WORKER
        for start in range(0, len(jobs), size):
            if start:
                self._new_pool()
            yield from self._pool.map(function, jobs[start:start + size])

    # --- the export's passes ------------------------------------------------------------------

    def extract(self, jobs: Sequence, *, weights: Iterable[int], total: int):
        """Pass 1 over every batch; returns the batches' summaries (names dropped) and the
        corpus-wide speaker mapping, the names merged in batch order as they arrive."""
        from helpers.engines.steps import extract_batch
        from helpers.progress import progress
        from helpers.tables import fold_mapping, merge_names

        names: dict = {}
        summaries = []
        # in one process the bar counts articles loaded, as ``load_corpus``'s does
        description = "Loading and extracting" if self._pool is not None else "Loading articles"
        for extracted in progress(self.map(extract_batch, jobs), total, description, weights=weights):
            merge_names(extracted.names, into=names)
            extracted.names = None
            summaries.append(extracted)
        return summaries, fold_mapping(names)

    def finish(self, jobs: Sequence, mapping: dict[str, str], *, weights: Iterable[int], total: int):
        """Pass 2 over every task; returns the tasks' summaries and the speakers table."""
        from helpers.progress import progress
        from helpers.tables import combine_speakers

        self._new_pool()  # pass 1's workers hold what extraction left behind: start afresh
        if self._pool is None:
            from helpers.engines.steps import join_task

            task = partial(join_task, mapping=mapping)
        else:  # the mapping goes to each worker once, through a file, not pickled with every task
            from helpers.engines.steps import STAGING

            path = Path(jobs[0].out) / STAGING / "speakers.pickle" if jobs else None
            if path is not None:
                path.write_bytes(pickle.dumps(mapping, protocol=pickle.HIGHEST_PROTOCOL))
            task = partial(_join_task_with_mapping_file, mapping_file=str(path))
        summaries, partials = [], []
        for joined in progress(self.map(task, jobs), total, "Joining and writing", weights=weights):
            partials.append(joined.speakers)
            joined.speakers = None
            summaries.append(joined)
        return summaries, combine_speakers(partials)

    def rewrite(self, tasks: Sequence[tuple[str, object]]) -> None:
        """Rewrite parts in their table's common schema: (path, schema) pairs."""
        for _ in self.map(_rewrite, tasks):
            pass


def _rewrite(task: tuple[str, object]) -> None:
    from helpers.engines.steps import rewrite_part

    rewrite_part(*task)


def _join_task_with_mapping_file(job, mapping_file: str):
    from helpers.engines.steps import join_task

    return join_task(job, _mapping_from(mapping_file, os.stat(mapping_file).st_mtime_ns))


@lru_cache(maxsize=2)
def _mapping_from(path: str, _version: int) -> dict[str, str]:
    """The speaker mapping a worker reads once per export (keyed by the file's time too)."""
    return pickle.loads(Path(path).read_bytes())
