"""The corpus: every loaded article, the load report, and the tidy tables built from them.

``load_corpus`` walks files or folders, loads each file on its own (one bad file never
stops the rest) and records every failure and warning in ``load_report``.  The tables are
built on first use of any of them, by ``helpers.tables`` (the extractor pipeline over each
article, then the corpus-wide joins), and cached; nothing is parsed twice.

``load_corpus`` also opens a folder that ``python -m helpers export`` wrote (it has an
``export.json``): nothing is extracted again, each table is read from its Parquet files on
first use, and an article's text is read again from its file only when asked for
(``corpus.article(id)``, ``corpus.documents[i]``).  A notebook opens a large export this way
without re-extracting it; each table it uses is still read whole into memory, so for a
table of tens of millions of rows ``helpers.query`` (SQL that filters before it reads) fits better.

``open_corpus(corpus_dir, export_dir)`` is what the notebooks call: the export when it was
written from that corpus and nothing changed since (``export_mismatch``), else the corpus
loaded again, with a ``StaleExportWarning`` that says why.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, overload

import pandas as pd

from helpers.load import (
    DEFAULT_MAX_BYTES, Article, CorpusFile, LoadError, PartialLoad, corpus_files, is_hidden, load_file, relative_path,
)
from helpers.progress import progress
from helpers.cross import cross_tables, reference_problems
from helpers.reference import ReferenceLoad, load_reference
from helpers.tables import CROSS_TABLES, EXPORTED_TABLES, article_frames, finalise, load_report

if TYPE_CHECKING:
    from helpers.engines.dataset import ExportedTables


@dataclass
class Corpus:
    """Loaded articles (sorted by publication date, then id), the load report and the tables.

    ``documents`` holds the ``Article`` records (their text, blocks and sentences); every
    table is a property computed once.  A corpus opened from an export folder (``exported``)
    reads each table from Parquet on first use instead, and its ``documents`` is a sequence
    that reads each article again from its file when it is asked for (``ExportedDocuments``).
    One given ``final_frames`` (the finished tables, as ``finalise`` returns them: a corpus
    narrowed by ``helpers.select``) uses them as they are.
    """

    documents: Sequence[Article]
    problems: list[tuple[LoadError, str]] = field(default_factory=list)  # (error, severity)
    files_seen: int = 0
    exported: "ExportedTables | None" = field(default=None, repr=False)
    final_frames: dict[str, pd.DataFrame] | None = field(default=None, repr=False)
    #: The user's reference series besides the shipped one; ``None``: the files ``FCW_REFERENCE`` names.
    reference_paths: tuple[str, ...] | None = None

    def __repr__(self) -> str:
        if self.exported is not None:
            articles = self.exported.rows("articles")
        else:
            articles = len(self.articles)
        report = self.load_report
        errors = int((report["severity"] == "error").sum())
        warnings = int((report["severity"] == "warning").sum())
        return (f"<Corpus: {articles:,} articles from {self.files_seen:,} files; "
                f"{errors:,} load errors, {warnings:,} warnings>")

    def article(self, article_id: str) -> Article:
        """The Article record with this id (KeyError names the id when it is unknown).

        In a corpus opened from an export, the article is read again from its file (see
        ``ExportedDocuments.article``)."""
        if isinstance(self.documents, ExportedDocuments):
            return self.documents.article(article_id)
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
        return finalise(article_frames(self.documents))

    def _table(self, name: str) -> pd.DataFrame:
        if name in CROSS_TABLES and not self._has_exported(name):
            return self._cross[name]
        if self.exported is not None:
            return self.exported[name]
        return self._tables[name]

    def _has_exported(self, name: str) -> bool:
        return self.exported is not None and name in self.exported.manifest.get("tables", {})

    @cached_property
    def _cross(self) -> dict[str, pd.DataFrame]:
        """The cross-article tables, made from this corpus's own tables (a narrowed corpus,
        or an export written before they existed)."""
        tables = {name: self._table(name) for name in ("blocks", "articles", "claims", "events", "attributions")}
        return cross_tables(tables, self.reference)

    @cached_property
    def reference(self) -> ReferenceLoad:
        """The reference series claims are set beside: the shipped one and the user's
        (``reference_paths``), with every refused row."""
        return load_reference(self.reference_paths)

    @cached_property
    def load_report(self) -> pd.DataFrame:
        """One row per file that failed (error) or loaded with a caveat (warning)."""
        if self.exported is not None:
            return self.exported["load_report"]
        if self.final_frames is not None and "load_report" in self.final_frames:
            return self.final_frames["load_report"]
        return load_report(self.problems + reference_problems(self.reference), self._tables["load_warnings"])

    # --- the tables --------------------------------------------------------------------------

    @property
    def articles(self) -> pd.DataFrame:
        """One row per article: its metadata and sizes (the text itself stays on the record)."""
        return self._table("articles")

    @property
    def blocks(self) -> pd.DataFrame:
        """Every typed block of every article (title, byline, caption, paragraph ...)."""
        return self._table("blocks")

    @property
    def paragraphs(self) -> pd.DataFrame:
        """Body paragraphs: ``article_id``, ``paragraph`` number, offsets, words, text."""
        return self._table("paragraphs")

    @property
    def photos(self) -> pd.DataFrame:
        """One row per photo: alt text, caption and credit with their offsets."""
        return self._table("photos")

    @property
    def sentences(self) -> pd.DataFrame:
        """Every sentence, with whether it states a claim (``helpers.extract.claims``) and its voice
        (``helpers.extract.attribution``): author, named source, unnamed source or inferred."""
        return self._table("sentences")

    @property
    def claims(self) -> pd.DataFrame:
        """One row per figure claim, with the voice that carries it (``speaker``, empty for the
        author's own voice; ``attribution_id``; ``mode``)."""
        return self._table("claims")

    @property
    def attributions(self) -> pd.DataFrame:
        """One row per attributed statement, speakers folded across the corpus."""
        return self._table("attributions")

    @property
    def speakers(self) -> pd.DataFrame:
        """One row per canonical speaker: roles, outlets, statements, claims, first and last date."""
        return self._table("speakers")

    @property
    def events(self) -> pd.DataFrame:
        """One row per date expression, with the speaker, claims and places of its sentence."""
        return self._table("events")

    @property
    def places(self) -> pd.DataFrame:
        """One row per place mention, resolved against the gazetteer (or left unresolved)."""
        return self._table("places")

    @property
    def article_links(self) -> pd.DataFrame:
        """Pairs of articles that share their text: ``duplicate``, ``contains`` or
        ``shares_passages`` (``helpers.links``)."""
        return self._table("article_links")

    @property
    def claim_groups(self) -> pd.DataFrame:
        """Claims that report the same quantity across articles, with each one's relation to the
        first report and the independent sources behind the group (``helpers.groups``)."""
        return self._table("claim_groups")

    @property
    def reference_check(self) -> pd.DataFrame:
        """Each claim of a measure the reference series hold, beside the official figure for its
        days (``helpers.reference``)."""
        return self._table("reference_check")

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables the export writes, by file stem."""
        return {name: self._table(name) for name in [*EXPORTED_TABLES, *CROSS_TABLES]}


# --- loading ---------------------------------------------------------------------------------


def load_corpus(
    paths: str | os.PathLike | Iterable[str | os.PathLike], *, max_bytes: int = DEFAULT_MAX_BYTES,
    reference: Iterable[str | os.PathLike] | None = None,
) -> Corpus:
    """Load every file under the given files or folders; never stops on one bad file.

    Folders are walked recursively in name order.  Hidden files and folders (".git",
    ".DS_Store") are reported as skipped, so that no file disappears without a row.
    A missing path is an argument error (``FileNotFoundError``), not a load-report row.

    A folder the export wrote (one with its ``export.json``) is opened as it is, without
    extracting anything again: see ``open_export``.

    ``reference``: reference series of the user's own (CSV files, ``helpers.reference``) to
    set claims beside, besides the shipped one; by default, the files ``FCW_REFERENCE`` names.
    """
    paths_given = None if reference is None else tuple(os.fspath(path) for path in reference)
    export = _export_folder(paths)
    if export is not None:
        corpus = open_export(export)
    else:
        corpus = load_files(list(corpus_files(paths)), max_bytes=max_bytes)
    corpus.reference_paths = paths_given
    return corpus


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


# --- an exported corpus ------------------------------------------------------------------------


class StaleExportWarning(UserWarning):
    """An export folder was given but cannot stand for the corpus (another corpus, or files
    changed since it was written), so the corpus is loaded and extracted again."""


def open_corpus(
    corpus: str | os.PathLike | Sequence[str | os.PathLike], export: str | os.PathLike | None = None
) -> Corpus:
    """The corpus at ``corpus``, read from the export at ``export`` when that export holds it.

    This is what a notebook's load cell calls: ``make report`` exports the corpus first, and a
    notebook then opens the export's Parquet tables instead of extracting every article again
    (``open_export``: seconds instead of minutes at 10,000 articles).  The export is used only
    when ``export_mismatch`` finds nothing wrong: it was written from these same files and
    none of them changed since.  Otherwise a ``StaleExportWarning`` says why, and the corpus is
    loaded again with ``load_corpus``.  With no ``export`` (``None`` or ``""``, a notebook's
    default) the corpus is simply loaded.
    """
    if export:
        reason = export_mismatch(export, corpus)
        if reason is None:
            return open_export(export)
        shown = corpus if isinstance(corpus, (str, os.PathLike)) else ", ".join(map(os.fspath, corpus))
        warnings.warn(f"not using the export {os.fspath(export)}: {reason}; loading {os.fspath(shown)} again",
                      StaleExportWarning, stacklevel=2)
    return load_corpus(corpus)


def export_mismatch(
    export: str | os.PathLike, corpus: str | os.PathLike | Sequence[str | os.PathLike]
) -> str | None:
    """Why the export folder cannot stand for ``corpus``, or None when it can.

    It can when its manifest (``export.json``) names the same corpus files or folders (the
    paths it records relative to the export folder, compared once resolved), when it read as
    many files as the corpus holds now, and when no file or folder of the corpus was changed
    after the manifest was written (the manifest is written last, so its time is the export's
    end; a file added, edited or removed changes a file's or its folder's time).  This checks
    the input, not the code: an export written by an older ``helpers`` is taken as it is.
    """
    from helpers.engines.dataset import MANIFEST, read_manifest

    folder = Path(export)
    manifest = read_manifest(folder)
    if manifest is None:
        return f"{folder} holds no finished export (no {MANIFEST})"
    given = [Path(corpus)] if isinstance(corpus, (str, os.PathLike)) else [Path(path) for path in corpus]
    exported_from = sorted({_resolved(folder / path) for path in manifest.get("corpus_from_export", [])})
    wanted = sorted({_resolved(path) for path in given})
    if exported_from != wanted:
        return (f"it was exported from {', '.join(map(str, exported_from)) or 'no corpus it names'}, "
                f"not from {', '.join(map(str, wanted))}")
    files = list(corpus_files(given))
    if len(files) != manifest.get("files"):
        return f"it read {manifest.get('files')} files and the corpus now holds {len(files):,}"
    written = (folder / MANIFEST).stat().st_mtime
    changed = [path for path in _corpus_paths(given, files) if path.stat().st_mtime > written]
    if changed:
        return (f"{len(changed):,} file{'' if len(changed) == 1 else 's'} or folder"
                f"{'' if len(changed) == 1 else 's'} of the corpus changed after it was written ({changed[0]})")
    return None


def _resolved(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _corpus_paths(given: list[Path], files: list[CorpusFile]) -> list[Path]:
    """Every file of the corpus and every folder that holds one, up to the given roots."""
    folders = {root for root in given if root.is_dir()}
    for root, file in files:
        parent = file.parent
        while parent != root and root in parent.parents:
            folders.add(parent)
            parent = parent.parent
    return sorted(folders) + [file for _, file in files]


def _export_folder(paths) -> Path | None:
    """The one folder given, when it is an export (recognised by its manifest)."""
    from helpers.engines.dataset import is_export

    if not isinstance(paths, (str, os.PathLike)):
        paths = list(paths)
        if len(paths) != 1:
            return None
        paths = paths[0]
    return Path(paths) if is_export(paths) else None


def open_export(folder: str | os.PathLike) -> Corpus:
    """The corpus an export folder holds, its tables read from Parquet on first use.

    The tables equal ``load_corpus`` of the original files, row for row and in the same order;
    the ``published_month`` partition column is not among their columns (the articles'
    ``published`` holds it).  ``documents`` reads articles again from their files (see
    ``ExportedDocuments``), so the corpus folders must still be where the manifest says.
    """
    from helpers.engines.dataset import ExportedTables

    tables = ExportedTables(folder)
    return Corpus(documents=ExportedDocuments(tables), files_seen=int(tables.manifest.get("files", 0)), exported=tables)


class ExportedDocuments(Sequence):
    """The articles of an exported corpus, in the articles table's order, each read again from
    its file when asked for (``documents[0]``, ``documents[:5]``, a loop).

    Nothing is kept: each access reads and parses the file anew, which is quick for one
    article and slow for a million, so loop over the tables rather than over the documents
    of a large export.  The files are looked for under the corpus folders the manifest names
    (first relative to the export folder, then as typed); an article whose file has gone or
    changed is an error that names it.
    """

    def __init__(self, tables: "ExportedTables", ids: list[str] | None = None):
        self.tables = tables
        if ids is not None:
            self._ids = ids

    def subset(self, kept_ids: set[str]) -> "ExportedDocuments":
        """The same lazy sequence narrowed to the kept ids (nothing is read)."""
        return ExportedDocuments(self.tables, [article_id for article_id in self._ids if article_id in kept_ids])

    def __len__(self) -> int:
        return len(self._ids) if "_ids" in self.__dict__ else self.tables.rows("articles")

    @overload
    def __getitem__(self, index: int) -> Article: ...
    @overload
    def __getitem__(self, index: slice) -> list[Article]: ...

    def __getitem__(self, index):
        ids = self._ids
        if isinstance(index, slice):
            return [self.article(article_id) for article_id in ids[index]]
        return self.article(ids[index])

    def __iter__(self) -> Iterator[Article]:
        return (self.article(article_id) for article_id in self._ids)

    def __repr__(self) -> str:
        return f"<{len(self):,} articles, each read from its file when asked for>"

    @cached_property
    def _ids(self) -> list[str]:
        return self.tables["articles"]["article_id"].tolist()

    @cached_property
    def _paths(self) -> dict[str, str]:
        articles = self.tables["articles"]
        return dict(zip(articles["article_id"].tolist(), articles["path"].tolist()))

    def article(self, article_id: str) -> Article:
        """The article with this id, read again from its file."""
        path = self._paths.get(article_id)
        if path is None:
            raise KeyError(f"no article with id {article_id!r}")
        files = self._files(path)
        if not files:
            roots = ", ".join(self.tables.manifest.get("corpus", [])) or "none named"
            raise FileNotFoundError(f"article {article_id!r}: its file {path} is not under the export's "
                                    f"corpus folders ({roots})")
        found = [article for article in _load_quietly(files[:1]) if article.article_id == article_id]
        if not found:  # an id the corpus made distinct ("a~2"): load the files that shared it
            base = article_id.split("~")[0]
            sharing = sorted({p for p in self._paths.values() if _same_id(p, base)})
            candidates = [entry for shared in sharing for entry in self._files(shared)[:1]]
            found = [article for article in _load_quietly(candidates) if article.article_id == article_id]
        if not found:
            raise LookupError(f"article {article_id!r}: {path} no longer holds it (changed since the export?)")
        return found[0]

    def _files(self, path: str) -> list[CorpusFile]:
        """(root, file) for each corpus folder that holds the relative ``path``."""
        found = []
        for root in self.tables.corpus_roots():
            if root.is_dir() and (root / path).is_file():
                found.append((root, root / path))
            elif root.is_file() and root.name == path:
                found.append((root.parent, root))
        return found


def _same_id(path: str, base: str) -> bool:
    from helpers.load import article_id_for

    return article_id_for(path) == base


def _load_quietly(files: list[CorpusFile]) -> list[Article]:
    return list(load_files(files).documents) if files else []
