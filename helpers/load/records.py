"""The records an article is loaded into: ``Article``, its typed ``Block``s and ``Photo``s.

Every block carries ``start``/``end`` offsets into ``Article.text``, the whole decoded file, so
an analyst can check any row against the original.  ``LoadError(path, line, reason)`` is the
one exception a loader raises for a file it cannot read as an article; the corpus turns it
into a row of its load report and goes on with the next file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple


class LoadError(Exception):
    """A file that cannot be loaded as an article, with where and why."""

    def __init__(self, path: str, line: int | None, reason: str):
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}, line {line}" if line else path
        super().__init__(f"{where}: {reason}")

    def __reduce__(self):
        """Pickle by the three fields, so an error crosses from a worker process intact."""
        return (LoadError, (self.path, self.line, self.reason))


class PartialLoad(LoadError):
    """Some records of a file loaded and others did not: the corpus keeps both."""

    def __init__(self, articles: list["Article"], errors: list[LoadError]):
        super().__init__(errors[0].path, errors[0].line, errors[0].reason)
        self.articles = articles
        self.errors = errors


@dataclass(frozen=True)
class Block:
    """A typed stretch of the article: ``text == article.text[start:end]``."""

    kind: str
    start: int
    end: int
    text: str
    line: int  # 1-based line of the file where the block starts
    number: int | None = None  # 1-based paragraph number for body paragraphs


_new_object = object.__new__


def make_block(kind: str, start: int, end: int, text: str, line: int, number: int | None = None) -> Block:
    """``Block(kind, start, end, text, line, number)`` at under half the cost.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``; an
    article has dozens of blocks, so the loader fills the new instance's ``__dict__``
    directly.  The result is the same object (same fields, equality, hash and repr).
    """
    block = _new_object(Block)
    block.__dict__.update(kind=kind, start=start, end=end, text=text, line=line, number=number)
    return block


@dataclass(frozen=True)
class Photo:
    """A photo's alt text, caption and credit; any of them may be missing (empty, no offsets)."""

    number: int
    alt: str = ""
    alt_start: int | None = None
    alt_end: int | None = None
    caption: str = ""
    caption_start: int | None = None
    caption_end: int | None = None
    credit: str = ""
    credit_start: int | None = None
    credit_end: int | None = None


@dataclass
class Article:
    """One article.  ``text`` is the whole decoded file; every offset points into it."""

    article_id: str
    path: str
    text: str
    layout: str
    blocks: list[Block]
    published: date | None = None
    #: where the date was read: "header", "front matter", "page" or "url" (helpers.load.published)
    published_source: str = ""
    #: offsets of the date in ``text`` when it was read there, else None
    published_span: tuple[int, int] | None = None
    language: str | None = None
    #: how ``language`` was decided: "header", "metadata", "detected", "script" or "default"
    #: (``helpers.language.SOURCES``)
    language_source: str = ""
    title: str = ""
    standfirst: str = ""
    authors: list[str] = field(default_factory=list)
    read_minutes: int | None = None
    url: str = ""
    #: the host of ``url``, lower-cased, without a leading "www." (helpers.load.source)
    domain: str = ""
    outlet: str = ""
    photos: list[Photo] = field(default_factory=list)
    warnings: list[LoadError] = field(default_factory=list)

    def __repr__(self) -> str:
        published = self.published.isoformat() if self.published else "undated"
        return f"<Article {self.article_id}: {published}, {len(self.text):,} chars, {self.title[:60]!r}>"

    @property
    def paragraphs(self) -> list[Block]:
        """Body paragraphs in order; ``number`` counts from 1."""
        return [block for block in self.blocks if block.kind == "paragraph"]

    def block(self, kind: str) -> Block | None:
        """The first block of a kind ("title", "standfirst", "byline" ...), if any."""
        return next((block for block in self.blocks if block.kind == kind), None)


# --- lines of a text, with offsets ---------------------------------------------------------


class Line(NamedTuple):
    """One line of the file (a light tuple: an article has dozens and the layout rules ask
    each one several times whether it is blank, so its stripped text is computed once)."""

    number: int  # 1-based
    start: int  # offset of the first character
    end: int  # offset after the last non-newline character
    text: str  # the line without its newline
    stripped: str  # the line without surrounding white space

    @property
    def blank(self) -> bool:
        return not self.stripped


def split_lines(text: str) -> list[Line]:
    """Lines with offsets; "\\r\\n", "\\r" and "\\n" all end a line.

    ``str.splitlines`` with and without the line ends gives each line's length in the file
    and its text (the text is the line less its one line end), both cut in C.
    """
    lines: list[Line] = []
    append = lines.append
    make = Line._make
    position = 0
    for number, (raw, body) in enumerate(zip(text.splitlines(True), text.splitlines()), start=1):
        append(make((number, position, position + len(body), body, body.strip())))
        position += len(raw)
    return lines


def trimmed_block(kind: str, text: str, start: int, end: int, line: int, number: int | None = None) -> Block | None:
    """A block over ``text[start:end]`` without surrounding white space (None if empty)."""
    piece = text[start:end]
    body = piece.strip()
    if not body:
        return None
    start += len(piece) - len(piece.lstrip())
    return make_block(kind, start, start + len(body), body, line, number)


# --- ids ----------------------------------------------------------------------------------


def article_id_for(relative_path: str) -> str:
    """A stable id: the path below the corpus root without its extension."""
    if _PLAIN_RELATIVE.match(relative_path):
        # the common case, without pathlib: a clean relative path ("news/a.md" -> "news/a");
        # the suffix rule is pathlib's (a dot that neither starts nor ends the name)
        name_start = relative_path.rfind("/") + 1
        dot = relative_path.rfind(".")
        if name_start < dot < len(relative_path) - 1:
            return relative_path[:dot]
        return relative_path
    return str(Path(relative_path).with_suffix("")).replace("\\", "/")


#: A relative path that pathlib would leave as it is: no backslash, no empty, "." or ".."
#: part, no leading or trailing slash.
_PLAIN_RELATIVE = re.compile(r"(?!\.{1,2}(?:/|$))[^/\\]+(?:/(?!\.{1,2}(?:/|$))[^/\\]+)*\Z")
