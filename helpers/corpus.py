"""The corpus: every loaded article, the load report, and the tidy tables built from them.

``load_corpus`` walks files or folders, loads each file on its own (one bad file never
stops the rest) and records every failure and warning in ``load_report``.  The tables are
built on first use of any of them, by ``helpers.tables`` (the extractor pipeline over each
article, then the corpus-wide joins), and cached; nothing is parsed twice.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable

import pandas as pd

from helpers.extract.places import EXTRA_ENV, load_gazetteer
from helpers.load import (
    DEFAULT_MAX_BYTES, Article, CorpusFile, LoadError, PartialLoad, corpus_files, is_hidden, load_file, relative_path,
)
from helpers.parallel import batches, worker_context, worker_count
from helpers.progress import progress
from helpers.tables import EXPORTED_TABLES, article_frames, finalise, load_report


@dataclass
class Corpus:
    """Loaded articles (sorted by publication date, then id), the load report and the tables.

    ``documents`` holds the ``Article`` records (their text, blocks and sentences);
    every table is a property computed once.  A corpus built by the parallel export from
    precomputed ``raw_frames`` has no documents, only tables; one given ``final_frames`` (the
    finished tables, as ``finalise`` returns them: a corpus narrowed by ``helpers.select``)
    uses them as they are.
    """

    documents: list[Article]
    problems: list[tuple[LoadError, str]] = field(default_factory=list)  # (error, severity)
    files_seen: int = 0
    raw_frames: dict[str, pd.DataFrame] | None = field(default=None, repr=False)
    final_frames: dict[str, pd.DataFrame] | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        report = self.load_report
        errors = int((report["severity"] == "error").sum())
        warnings = int((report["severity"] == "warning").sum())
        return (f"<Corpus: {len(self.articles):,} articles from {self.files_seen:,} files; "
                f"{errors:,} load errors, {warnings:,} warnings>")

    def article(self, article_id: str) -> Article:
        """The Article record with this id (KeyError names the id when it is unknown)."""
        try:
            return self._by_id[article_id]
        except KeyError:
            raise KeyError(f"no article with id {article_id!r}") from None

    @cached_property
    def _by_id(self) -> dict[str, Article]:
        return {article.article_id: article for article in self.documents}

    @cached_property
    def _tables(self) -> dict[str, pd.DataFrame]:
        if self.final_frames is not None:
            return self.final_frames
        if self.raw_frames is None:
            return finalise(article_frames(self.documents))
        frames, self.raw_frames = self.raw_frames, None  # used once: do not keep two copies of every table
        return finalise(frames)

    @cached_property
    def load_report(self) -> pd.DataFrame:
        """One row per file that failed (error) or loaded with a caveat (warning)."""
        return load_report(self.problems, self._tables["load_warnings"])

    # --- the tables --------------------------------------------------------------------------

    @property
    def articles(self) -> pd.DataFrame:
        """One row per article: its metadata and sizes (the text itself stays on the record)."""
        return self._tables["articles"]

    @property
    def blocks(self) -> pd.DataFrame:
        """Every typed block of every article (title, byline, caption, paragraph ...)."""
        return self._tables["blocks"]

    @property
    def paragraphs(self) -> pd.DataFrame:
        """Body paragraphs: ``article_id``, ``paragraph`` number, offsets, words, text."""
        return self._tables["paragraphs"]

    @property
    def photos(self) -> pd.DataFrame:
        """One row per photo: alt text, caption and credit with their offsets."""
        return self._tables["photos"]

    @property
    def sentences(self) -> pd.DataFrame:
        """Every sentence, with whether it states a claim (``helpers.claims``) and its voice
        (``helpers.sources``): author, named source, unnamed source or inferred."""
        return self._tables["sentences"]

    @property
    def claims(self) -> pd.DataFrame:
        """One row per figure claim, with the voice that carries it (``speaker``, empty for the
        author's own voice; ``attribution_id``; ``mode``)."""
        return self._tables["claims"]

    @property
    def attributions(self) -> pd.DataFrame:
        """One row per attributed statement, speakers folded across the corpus."""
        return self._tables["attributions"]

    @property
    def speakers(self) -> pd.DataFrame:
        """One row per canonical speaker: roles, outlets, statements, claims, first and last date."""
        return self._tables["speakers"]

    @property
    def events(self) -> pd.DataFrame:
        """One row per date expression, with the speaker, claims and places of its sentence."""
        return self._tables["events"]

    @property
    def places(self) -> pd.DataFrame:
        """One row per place mention, resolved against the gazetteer (or left unresolved)."""
        return self._tables["places"]

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables the export writes, by file stem."""
        return {name: self._tables[name] for name in EXPORTED_TABLES}


# --- loading ---------------------------------------------------------------------------------


def load_corpus(
    paths: str | os.PathLike | Iterable[str | os.PathLike], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Corpus:
    """Load every file under the given files or folders; never stops on one bad file.

    Folders are walked recursively in name order.  Hidden files and folders (".git",
    ".DS_Store") are reported as skipped, so that no file disappears without a row.
    A missing path is an argument error (``FileNotFoundError``), not a load-report row.
    """
    return load_files(list(corpus_files(paths)), max_bytes=max_bytes)


def load_files(files: list[CorpusFile], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """A corpus of the given (root, file) pairs; see ``load_corpus``."""
    documents: list[Article] = []
    problems: list[tuple[LoadError, str]] = []
    for root, file in progress(files, len(files), "Loading articles"):
        if is_hidden(file, root):
            problems.append((LoadError(relative_path(file, root), None, "skipped: hidden file"), "warning"))
            continue
        try:
            documents.extend(load_file(file, root=root, max_bytes=max_bytes))
        except PartialLoad as partial:
            documents.extend(partial.articles)
            problems.extend((error, "error") for error in partial.errors)
        except LoadError as error:
            problems.append((error, "error"))
        except Exception as error:  # a loader bug must not stop the rest of the corpus
            reason = f"could not be read (loader bug, please report): {type(error).__name__}: {error}"
            problems.append((LoadError(relative_path(file, root), None, reason), "error"))
    documents = unique_ids(documents)
    documents.sort(key=lambda article: (article.published is None, article.published or 0, article.article_id))
    return Corpus(documents=documents, problems=problems, files_seen=len(files))


def unique_ids(documents: list[Article]) -> list[Article]:
    """Give "a.txt" and "a.md" in one folder distinct ids, with a warning on the second."""
    seen: dict[str, int] = {}
    for article in documents:
        count = seen.get(article.article_id, 0)
        seen[article.article_id] = count + 1
        if count:
            new_id = f"{article.article_id}~{count + 1}"
            article.warnings.append(
                LoadError(article.path, None, f"article id {article.article_id!r} already taken; this one is {new_id!r}")
            )
            article.article_id = new_id
    return documents


# --- the same tables from several processes -----------------------------------------------------


def load_corpus_tables(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int | None = None,
) -> Corpus:
    """The corpus tables, extracted in several processes when the corpus is large.

    Each process loads a batch of files and runs every extractor on it (step 1); the batches'
    raw tables are concatenated and joined once (step 2), so the tables equal those of
    ``load_corpus``.  The returned corpus holds tables only (``documents`` is empty): it is
    what the export needs, not what a notebook needs for showing article text.
    """
    files = list(corpus_files(paths))
    workers = worker_count(len(files), workers)
    if workers == 1:
        return load_files(files, max_bytes=max_bytes)
    extra_setting = os.environ.get(EXTRA_ENV)
    file_batches = batches(files, workers)
    with worker_context().Pool(workers, initializer=_start_worker, initargs=(extra_setting,)) as pool:
        done = pool.imap(_batch_frames, [(batch, max_bytes) for batch in file_batches])  # in order, as map
        parts = list(progress(done, len(files), "Loading and extracting", weights=map(len, file_batches)))
    frames = {name: _concat([part[name] for part, _ in parts]) for name in parts[0][0]}
    problems = [problem for _, batch_problems in parts for problem in batch_problems]
    return Corpus(documents=[], problems=problems, files_seen=len(files), raw_frames=frames)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Batches' tables one after another; an empty batch (say, only bad files) has no say in dtypes."""
    filled = [frame for frame in frames if len(frame)]
    return pd.concat(filled, ignore_index=True) if filled else frames[0]


def _batch_frames(job: tuple[list[CorpusFile], int]) -> tuple[dict[str, pd.DataFrame], list]:
    """Step 1 for one batch of files, run in a worker process."""
    files, max_bytes = job
    if _WORKER_START_ERROR:
        raise _WORKER_START_ERROR[0]
    gc.disable()  # measured: 10-15% of a batch went to collections that found no garbage
    try:
        corpus = load_files(files, max_bytes=max_bytes)
        return article_frames(corpus.documents), corpus.problems
    finally:
        gc.enable()


_WORKER_START_ERROR: list[Exception] = []


def _start_worker(extra_setting: str | None) -> None:
    """Build the gazetteer once per worker; keep an error for the first task to raise.

    The worker takes the caller's ``FCW_PLACES_EXTRA`` (its own environment is the fork
    server's, which may be older).  An initializer that raises makes ``multiprocessing.Pool``
    start a new worker, forever; raising from a task reaches the caller once instead.
    """
    if extra_setting is None:
        os.environ.pop(EXTRA_ENV, None)
    else:
        os.environ[EXTRA_ENV] = extra_setting
    try:
        load_gazetteer()
    except Exception as error:  # a bad user gazetteer file, reported by the first batch
        _WORKER_START_ERROR.append(error)
