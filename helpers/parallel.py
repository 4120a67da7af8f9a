"""Which files make a corpus, and how a large one is split across processes.

Kept apart from ``helpers.corpus`` and free of pandas so that the command line can list
the files and start its worker processes before the heavy imports: the workers' start-up
then overlaps the main process's own.

Workers come from a *fork server* (``multiprocessing``'s "forkserver" context) that has
imported the helpers and done nothing else.  Forking the main process directly could copy a
lock held by one of pyarrow's threads and hang a worker; the fork server has no such threads.
"""

from __future__ import annotations

import multiprocessing
import os

from helpers.load import CorpusFile, article_id_for, relative_path

#: Below this many files a second process costs more than it saves.
PARALLEL_MIN_FILES = 400
#: Batches per worker: small enough to balance the load, large enough to keep the overhead low.
BATCHES_PER_WORKER = 4
#: Module the fork server imports once, so that every worker starts with the helpers loaded.
PRELOAD = ["helpers.corpus"]

def worker_count(files: int, requested: int | None = None) -> int:
    """Processes worth using: one per CPU (or as requested) for a large corpus, else one."""
    workers = requested or os.cpu_count() or 1
    return workers if workers > 1 and files >= PARALLEL_MIN_FILES else 1


def worker_context() -> multiprocessing.context.BaseContext:
    """The fork-server context, its server told to import the helpers before forking."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def start_worker_server() -> None:
    """Start the fork server now, so its imports run while the caller does its own."""
    worker_context()
    from multiprocessing import forkserver

    forkserver.ensure_running()


def batches(files: list[CorpusFile], workers: int) -> list[list[CorpusFile]]:
    """Contiguous batches of about equal size, ``BATCHES_PER_WORKER`` per worker.

    Files that would share an article id ("a.md", "a.txt") stay in one batch so that the
    loader still tells them apart.
    """
    size = max(1, -(-len(files) // (workers * BATCHES_PER_WORKER)))
    result: list[list[CorpusFile]] = []
    current: list[CorpusFile] = []
    for entry in files:
        if len(current) >= size and _stem(current[-1]) != _stem(entry):
            result.append(current)
            current = []
        current.append(entry)
    if current:
        result.append(current)
    return result


def _stem(entry: CorpusFile) -> str:
    root, file = entry
    return article_id_for(relative_path(file, root))
