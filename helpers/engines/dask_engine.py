"""The Dask engine: the export's two passes on a Dask cluster (``--engine dask``).

It maps the same functions as the local engine (``helpers.engines.steps``) over the same
batches and parts, so it writes exactly the local engine's rows.  By default it starts a
``distributed.LocalCluster`` on this machine (``workers`` processes, one thread each, no
dashboard, logs only on error); given a scheduler's address it uses that cluster's workers.

The corpus-wide steps run on the cluster too:

* the batches' speaker names are merged as a tree (``SPLIT_EVERY`` at a time) and folded on
  a worker; the mapping stays there and goes to each task as a future;
* the speakers table is a ``dask.dataframe`` of the parts' speaker partials, shuffled on
  ``speaker`` so that each speaker's partials meet in one partition, combined there
  (``tables.combine_speakers``); only the finished table (one row per speaker) comes back.

Only small summaries cross to the caller: per batch its articles per month and its load
problems.  On its own ``LocalCluster`` the engine restarts the workers between the passes of a
large corpus, as the local engine does (its mapping then travels through the caller once).  The workers read the files and write the export themselves, so on a real
cluster the corpus and ``--out`` must be on a file system every worker sees (the same path
on every machine), and every worker needs the helpers package installed.
"""

from __future__ import annotations

import logging
import os
import warnings
from typing import Iterable, Sequence

from helpers.engines.plan import TASKS_PER_WORKER

#: Name-count dicts merged per task in the tree reduction.
SPLIT_EVERY = 8
#: Loggers that would otherwise chat on a normal run (cluster start, worker restarts).
QUIET_LOGGERS = ("distributed", "bokeh", "tornado")
#: Dask settings for the export's run.  The workers' statistical profiler samples the running
#: task's stack every 10 ms; on pure-Python extraction it cost about a third more CPU
#: (measured on 1,000 generated articles), so it is off.
WORKER_SETTINGS = {"distributed.worker.profile.enabled": False}


class DaskEngine:
    """Runs the export's steps on a Dask cluster: a new ``LocalCluster`` or ``scheduler``'s."""

    name = "dask"

    def __init__(self, workers: int | None = None, *, scheduler: str | None = None):
        self.requested = workers
        self.scheduler = scheduler
        self.workers = workers or os.cpu_count() or 1
        self.client = None
        self.cluster = None
        self._settings = None
        self._batches = 0

    def __enter__(self) -> "DaskEngine":
        import dask
        from distributed import Client, LocalCluster

        for name in QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.ERROR)
        # the workers' own settings, handed to them by their nannies (a cluster given by its
        # address keeps its own: see the README on starting workers)
        self._settings = dask.config.set(WORKER_SETTINGS)
        self._settings.__enter__()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if self.scheduler:
                    self.client = Client(self.scheduler)
                else:
                    self.cluster = LocalCluster(
                        n_workers=self.workers, threads_per_worker=1, processes=True,
                        dashboard_address=None, silence_logs=logging.ERROR,
                    )
                    self.client = Client(self.cluster)
            self.workers = max(1, len(self.client.scheduler_info()["workers"]))
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, kind, error, traceback) -> None:
        self.close()

    def close(self) -> None:
        """Close the client and the cluster this engine started (never a cluster it was given)."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if self.client is not None:
                self.client.close()
                self.client = None
            if self.cluster is not None:
                self.cluster.close()
                self.cluster = None
        if self._settings is not None:
            self._settings.__exit__(None, None, None)
            self._settings = None

    # --- the export's passes ------------------------------------------------------------------

    def extract(self, jobs: Sequence, *, weights: Iterable[int], total: int):
        """Pass 1 on the cluster; returns the batches' summaries and the mapping (a future)."""
        from helpers.engines.steps import extract_batch
        from helpers.progress import progress
        from helpers.tables import fold_mapping

        client = self.client
        self._batches = len(jobs)
        extracted = client.map(extract_batch, jobs, pure=False)
        names = self._tree(client.map(_names_of, extracted), _merge)
        mapping = client.submit(fold_mapping, names)
        summaries = client.map(_without_names, extracted)
        done = [future.result() for future in progress(summaries, total, "Loading and extracting", weights=weights)]
        mapping.result()  # raises here, once, if any batch failed
        return done, mapping

    def finish(self, jobs: Sequence, mapping, *, weights: Iterable[int], total: int):
        """Pass 2 on the cluster; returns the tasks' summaries and the speakers table."""
        import dask
        import dask.dataframe as dd

        from helpers.engines.steps import join_task
        from helpers.progress import progress
        from helpers.tables import combine_speakers, speakers_in_order

        client = self.client
        if self.cluster is not None and self._batches > self.workers * TASKS_PER_WORKER:
            # fresh workers for pass 2, as the local engine has: pass 1 leaves each ~100 MB larger
            names = mapping.result()
            client.restart()
            mapping = client.scatter(names, broadcast=True)
        finished = client.map(join_task, jobs, mapping=mapping, pure=False)
        summaries = client.map(_without_speakers, finished)
        done = [future.result() for future in progress(summaries, total, "Joining and writing", weights=weights)]
        if not finished:
            return done, combine_speakers([])
        # the partials hold lists (roles, outlets): Dask must not turn object columns into strings
        with dask.config.set({"dataframe.convert-string": False}):
            partials = dd.from_delayed(client.map(_speakers_of, finished), meta=_empty_partials(), verify_meta=False)
            combined = partials.shuffle("speaker", shuffle_method="tasks").map_partitions(
                combine_speakers, meta=combine_speakers([])
            )
            # each speaker is now in one partition: putting them in order is the one step left
            return done, speakers_in_order(dask.compute(*combined.to_delayed()))

    def rewrite(self, tasks: Sequence[tuple[str, object]]) -> None:
        """Rewrite parts in their table's common schema, on the cluster."""
        from helpers.engines.steps import rewrite_part

        if tasks:
            self.client.gather(self.client.map(rewrite_part, *zip(*tasks), pure=False))

    def _tree(self, futures: list, merge) -> object:
        """``merge`` over the futures as a tree of tasks, ``SPLIT_EVERY`` at a time."""
        client = self.client
        if not futures:
            return client.submit(merge, pure=False)
        while len(futures) > 1:
            futures = [client.submit(merge, *futures[start:start + SPLIT_EVERY], pure=False)
                       for start in range(0, len(futures), SPLIT_EVERY)]
        return futures[0]


def _names_of(extracted):
    return extracted.names


def _merge(*names):
    from helpers.tables import merge_names

    return merge_names(*names)


def _without_names(extracted):
    from dataclasses import replace

    return replace(extracted, names=None)  # a copy: the worker still holds the names for the tree


def _without_speakers(joined):
    from dataclasses import replace

    return replace(joined, speakers=None)


def _speakers_of(joined):
    return joined.speakers


def _empty_partials():
    import pandas as pd

    from helpers.tables import speaker_partials

    return speaker_partials(pd.DataFrame(columns=["speaker", "article_id", "role", "organisation", "via", "mode"]),
                            pd.DataFrame(columns=["article_id", "published"]))
