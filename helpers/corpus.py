"""The corpus: every loaded article, the load report, and the tidy tables built from them.

``load_corpus`` walks files or folders, loads each file on its own (one bad file never
stops the rest) and records every failure and warning in ``load_report``.  The tables are
built on first use and cached: each maps one extractor (a pure function of one article)
over the articles and joins the results, so nothing is parsed twice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable

import pandas as pd

from helpers.articles import DEFAULT_MAX_BYTES, Article, LoadError, PartialLoad, load_file
from helpers.claims import claims_table
from helpers.places import places_table
from helpers.sources import attributions_table
from helpers.timeline import events_table

LOAD_REPORT_COLUMNS = ["path", "line", "severity", "reason"]


@dataclass
class Corpus:
    """Loaded articles (sorted by publication date, then id) and the load report."""

    documents: list[Article]
    problems: list[tuple[LoadError, str]] = field(default_factory=list)  # (error, severity)
    files_seen: int = 0

    def __repr__(self) -> str:
        report = self.load_report
        errors = int((report["severity"] == "error").sum())
        warnings = int((report["severity"] == "warning").sum())
        return (f"<Corpus: {len(self.documents):,} articles from {self.files_seen:,} files; "
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

    # --- tables of the loader ---------------------------------------------------------------

    @cached_property
    def load_report(self) -> pd.DataFrame:
        """One row per file that failed (error) or loaded with a caveat (warning)."""
        rows = [
            {"path": error.path, "line": error.line, "severity": severity, "reason": error.reason}
            for error, severity in self.problems
        ]
        for article in self.documents:
            rows.extend(
                {"path": warning.path, "line": warning.line, "severity": "warning", "reason": warning.reason}
                for warning in article.warnings
            )
        report = pd.DataFrame(rows, columns=LOAD_REPORT_COLUMNS).astype({"line": "Int64"})
        return report.sort_values(["path", "line", "reason"], na_position="first").reset_index(drop=True)

    @cached_property
    def articles(self) -> pd.DataFrame:
        """One row per article: its metadata and sizes (the text itself stays on the record)."""
        rows = [
            {
                "article_id": article.article_id,
                "path": article.path,
                "layout": article.layout,
                "published": article.published,
                "language": article.language,
                "title": article.title,
                "standfirst": article.standfirst,
                "authors": list(article.authors),
                "outlet": article.outlet,
                "url": article.url,
                "read_minutes": article.read_minutes,
                "photos": len(article.photos),
                "paragraphs": len(article.paragraphs),
                "words": sum(len(block.text.split()) for block in article.paragraphs),
                "chars": len(article.text),
                "warnings": len(article.warnings),
            }
            for article in self.documents
        ]
        frame = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
        frame["published"] = pd.to_datetime(frame["published"])
        return frame.astype({"read_minutes": "Int64"})

    @cached_property
    def blocks(self) -> pd.DataFrame:
        """Every typed block of every article (title, byline, caption, paragraph ...)."""
        rows = [
            {"article_id": article.article_id, "kind": block.kind, "paragraph": block.number,
             "line": block.line, "start": block.start, "end": block.end, "text": block.text}
            for article in self.documents
            for block in article.blocks
        ]
        return pd.DataFrame(rows, columns=BLOCK_COLUMNS).astype({"paragraph": "Int64"})

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """Body paragraphs: ``article_id``, ``paragraph`` number, offsets, text, words."""
        frame = self.blocks[self.blocks["kind"] == "paragraph"].drop(columns=["kind"])
        frame = frame.assign(words=frame["text"].str.split().str.len()).reset_index(drop=True)
        return frame[["article_id", "paragraph", "line", "start", "end", "words", "text"]]

    @cached_property
    def photos(self) -> pd.DataFrame:
        """One row per photo: alt text, caption and credit with their offsets."""
        rows = [
            {"article_id": article.article_id, **vars(photo)}
            for article in self.documents
            for photo in article.photos
        ]
        return pd.DataFrame(rows, columns=PHOTO_COLUMNS).astype(
            {column: "Int64" for column in PHOTO_COLUMNS if column.endswith(("_start", "_end"))}
        )

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """Every sentence of every article's prose, with part, paragraph and offsets."""
        rows = [vars(sentence) for article in self.documents for sentence in article.sentences]
        return pd.DataFrame(rows, columns=SENTENCE_COLUMNS).astype({"paragraph": "Int64"})

    # --- tables of the extractors --------------------------------------------------------------

    @cached_property
    def claims(self) -> pd.DataFrame:
        """One row per numeric claim (see ``helpers.claims``)."""
        return claims_table(self.documents)

    @cached_property
    def attributions(self) -> pd.DataFrame:
        """One row per attributed statement (see ``helpers.sources``)."""
        return attributions_table(self.documents)

    @cached_property
    def events(self) -> pd.DataFrame:
        """One row per resolved date expression (see ``helpers.timeline``)."""
        return events_table(self.documents)

    @cached_property
    def places(self) -> pd.DataFrame:
        """One row per place mention (see ``helpers.places``)."""
        return places_table(self.documents)

    # --- export ---------------------------------------------------------------------------

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables the export writes, by file stem."""
        return {name: getattr(self, name) for name in EXPORTED_TABLES}


ARTICLE_COLUMNS = [
    "article_id", "path", "layout", "published", "language", "title", "standfirst", "authors",
    "outlet", "url", "read_minutes", "photos", "paragraphs", "words", "chars", "warnings",
]
BLOCK_COLUMNS = ["article_id", "kind", "paragraph", "line", "start", "end", "text"]
PHOTO_COLUMNS = [
    "article_id", "number", "alt", "alt_start", "alt_end", "caption", "caption_start", "caption_end",
    "credit", "credit_start", "credit_end",
]
SENTENCE_COLUMNS = ["article_id", "sentence_id", "part", "paragraph", "start", "end", "text"]
EXPORTED_TABLES = [
    "articles", "blocks", "paragraphs", "photos", "sentences", "claims", "attributions", "events", "places",
]


# --- loading ---------------------------------------------------------------------------------


def load_corpus(
    paths: str | os.PathLike | Iterable[str | os.PathLike], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Corpus:
    """Load every file under the given files or folders; never stops on one bad file.

    Folders are walked recursively in name order.  Hidden files and folders (".git",
    ".DS_Store") are reported as skipped, so that no file disappears without a row.
    A missing path is an argument error (``FileNotFoundError``), not a load-report row.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    documents: list[Article] = []
    problems: list[tuple[LoadError, str]] = []
    files_seen = 0
    for root, file in _walk(paths):
        files_seen += 1
        if _hidden(file, root):
            problems.append((LoadError(_relative(file, root), None, "skipped: hidden file"), "warning"))
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
            problems.append((LoadError(_relative(file, root), None, reason), "error"))
    documents = _unique_ids(documents)
    documents.sort(key=lambda article: (article.published is None, article.published or 0, article.article_id))
    return Corpus(documents=documents, problems=problems, files_seen=files_seen)


def _walk(paths: Iterable[str | os.PathLike]) -> Iterable[tuple[Path, Path]]:
    """(corpus root, file) for every file under the given paths."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for directory, subdirectories, files in os.walk(path):
                subdirectories.sort()
                for name in sorted(files):
                    yield path, Path(directory) / name
        elif path.is_file():
            yield path.parent, path
        else:
            raise FileNotFoundError(f"no such file or folder: {given}")


def _hidden(file: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in file.relative_to(root).parts)


def _relative(file: Path, root: Path) -> str:
    return file.relative_to(root).as_posix()


def _unique_ids(documents: list[Article]) -> list[Article]:
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
            article.__dict__.pop("sentences", None)
    return documents
