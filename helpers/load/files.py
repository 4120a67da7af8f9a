"""From a path to articles: which layout a file is in, and the size cap."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from helpers.language import settle_language
from helpers.load.decode import decode, read_small, shown_path
from helpers.load.front_matter import parse_front_matter
from helpers.load.json_records import parse_json_records
from helpers.load.plain import parse_plain
from helpers.load.records import Article, LoadError, split_lines
from helpers.load.scraped import parse_scraped
from helpers.load.seed import SEED_HEADER, parse_seed

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ""})
JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})  # saved web pages, read by helpers.load.html (trafilatura)


def load_file(path: Path, *, root: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Every article in one file (JSON files may hold several).  Raises LoadError."""
    shown = shown_path(path, root)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES:
        raise LoadError(shown, None, f"unknown layout: '{suffix}' files are not articles "
                                     "(use .txt, .md, .json, .jsonl or .html)")
    try:
        raw = read_small(path, max_bytes)
    except OSError:
        raw = None  # reported below, by the same checks in the same order as for a large file
    if raw is None:
        try:
            size = path.stat().st_size
        except OSError as error:
            raise LoadError(shown, None, f"cannot read: {error.strerror}") from None
        if size > max_bytes:
            raise LoadError(shown, None, f"file too large: {size:,} bytes over the {max_bytes:,}-byte cap")
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise LoadError(shown, None, f"cannot read: {error.strerror}") from None
    if suffix in HTML_SUFFIXES:
        from helpers.load.html import parse_html  # imported here: trafilatura loads only for web pages

        return [settle_language(parse_html(raw, shown, []), declared_by="metadata")]
    text, warnings = decode(raw, shown)
    if suffix in JSON_SUFFIXES:
        return [settle_language(article, declared_by="metadata") for article in parse_json_records(text, shown, warnings)]
    return [parse_text(text, shown, warnings)]


def parse_text(text: str, path: str, warnings: list[LoadError] | None = None) -> Article:
    """An Article from decoded text, in whichever layout the text is in."""
    warnings = list(warnings or [])
    lines = split_lines(text)
    first = next((line for line in lines if not line.blank), None)
    if first is None:
        raise LoadError(path, 1, "empty file: only white space")
    if SEED_HEADER.match(first.text):
        return settle_language(parse_seed(text, lines, path, warnings), declared_by="header")
    if first.text.lstrip("\ufeff").strip() == "---" and first.number == 1:
        article = parse_front_matter(text, lines, path, warnings)
    elif first.text.startswith("# ") and any(line.text.strip() == "## Content" for line in lines):
        article = parse_scraped(text, lines, path, warnings)
    else:
        article = parse_plain(text, lines, path, warnings)
    return settle_language(article, declared_by="metadata")


# --- which files make a corpus ------------------------------------------------------------

CorpusFile = tuple[Path, Path]  # (corpus root, file)


def corpus_files(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> Iterator[CorpusFile]:
    """(corpus root, file) for every file under the given files or folders, in name order.

    A missing path is an argument error (``FileNotFoundError``), not a load-report row.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
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


def relative_path(file: Path, root: Path) -> str:
    """The path as reports show it: relative to the corpus root, with "/" separators."""
    return file.relative_to(root).as_posix()


def is_hidden(file: Path, root: Path) -> bool:
    """A hidden file or a file in a hidden folder (".git", ".DS_Store") below the root."""
    return any(part.startswith(".") for part in file.relative_to(root).parts)
