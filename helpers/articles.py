"""Load saved news articles into ``Article`` records whose every part points into the file.

An article is untrusted input.  The loader decodes the bytes (UTF-8, else a sniffed legacy
encoding with a warning), recognises the layout, and cuts the text into typed blocks
(title, standfirst, byline, photo, paragraph, "Read also:" ...).  Every block carries
``start``/``end`` offsets into ``Article.text``, the whole decoded file, so an analyst can
check any row against the original.  Nothing of the file is discarded: a line that fits no
slot is kept as a block of its own kind.

Layouts, recognised from the text itself:

``seed``          the saved-page layout of the user's seed: `` date 2025-01-03 Eng`` header,
                  title, blank, standfirst, ``byName``, ``DD/MM/YYYY``, ``N minute read``,
                  photo alt text and caption, body paragraphs.
``front_matter``  Markdown or text with a YAML-style ``---`` block (title, date, author ...).
``scraped``       a scraper's Markdown page: ``# domain``, ``## Metadata`` bullets,
                  ``## Page Structure``, ``## Content``.
``plain``         any other text: first line is the title, no date.
``json``          ``.json``/``.jsonl`` records with ``title``, ``date``, ``author``, ``text``.

A file that cannot be read as an article raises ``LoadError(path, line, reason)``; the
corpus loader turns those into rows of its load report and goes on with the next file.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Iterator, NamedTuple

from helpers.dates import ISO_DATE, make_date, parse_date_text
from helpers.lexicon import BLOCK_OPENERS, LANGUAGE_TAGS, PHOTO_CREDIT_CUES
from helpers.text import Sentence, article_sentences

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ""})
JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})


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
    language: str | None = None
    title: str = ""
    standfirst: str = ""
    authors: list[str] = field(default_factory=list)
    read_minutes: int | None = None
    url: str = ""
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

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Sentences of the prose blocks, computed once and shared by all extractors."""
        return article_sentences(self)


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


# --- decoding ------------------------------------------------------------------------------


def decode(raw: bytes, path: str) -> tuple[str, list[LoadError]]:
    """Text of the file and warnings, or LoadError for empty, binary or undecodable bytes.

    UTF-8 (with or without BOM) and BOM-marked UTF-16 are read as such.  Other bytes are
    tried as cp1251 (Cyrillic, common in Ukrainian and Russian saved pages) and cp1252,
    accepted only when the result reads as text, and always with a warning naming the
    encoding, since a wrong guess would garble names.
    """
    if not raw.strip():
        raise LoadError(path, 1 if raw else None, "empty file")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise LoadError(path, _line_of(raw, error.start), f"undecodable UTF-16 ({error.reason})") from None
        return _check_text(text, path), [LoadError(path, 1, "decoded as UTF-16 (byte-order mark)")]
    if b"\x00" in raw:
        raise LoadError(path, _line_of(raw, raw.index(b"\x00")), "binary file: contains NUL bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        first_bad = error.start
    else:
        # UTF-8 writes control characters as the same single bytes: a file with at most 8
        # of them (nearly every file) cannot fail the check, and counting bytes is cheap
        if len(raw) - len(raw.translate(None, CONTROL_BYTES)) <= CONTROL_ALLOWANCE:
            return text, []
        return _check_text(text, path), []
    for encoding in _sniffed_encodings(raw):
        text = raw.decode(encoding, errors="strict")
        if _reads_as_text(text, encoding):
            warning = LoadError(
                path, _line_of(raw, first_bad),
                f"not valid UTF-8; decoded as {encoding} (check names and quotes)",
            )
            return _check_text(text, path), [warning]
    raise LoadError(path, _line_of(raw, first_bad), f"undecodable bytes (not UTF-8): byte 0x{raw[first_bad]:02x}")


def _sniffed_encodings(raw: bytes) -> list[str]:
    """Legacy encodings worth trying, most likely first, that decode the bytes at all."""
    high = sum(1 for byte in raw if byte >= 0xC0)
    order = ["cp1251", "cp1252"] if high > len(raw) * 0.02 else ["cp1252", "cp1251"]
    usable = []
    for encoding in order:
        try:
            raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        usable.append(encoding)
    return usable


def _reads_as_text(text: str, encoding: str) -> bool:
    """Does a legacy decoding look like prose rather than mojibake or binary?"""
    non_ascii = [char for char in text if ord(char) > 127]
    if not non_ascii:
        return True
    if encoding == "cp1251":
        cyrillic = sum(1 for char in non_ascii if "\u0400" <= char <= "\u04ff")
        return cyrillic / len(non_ascii) > 0.8
    letters = sum(1 for char in non_ascii if char.isalpha() or char in "‘’“”–—…€")
    return len(non_ascii) < len(text) * 0.05 and letters / len(non_ascii) > 0.8


def _check_text(text: str, path: str) -> str:
    """Refuse decoded text that is mostly control characters (a binary file in disguise)."""
    sample = text[:4096]
    controls = CONTROL_CHARACTER.findall(sample)
    if len(controls) > max(CONTROL_ALLOWANCE, len(sample) * 0.05):
        first = CONTROL_CHARACTER.search(sample).start()
        raise LoadError(path, sample.count("\n", 0, first) + 1, "binary file: mostly control characters")
    return text


CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])  # the same characters, as bytes
CONTROL_ALLOWANCE = 8  # a text may hold this many control characters whatever its length


def _line_of(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1


# --- entry points --------------------------------------------------------------------------


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


def load_file(path: Path, *, root: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Every article in one file (JSON files may hold several).  Raises LoadError."""
    shown = _shown_path(path, root)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | JSON_SUFFIXES:
        raise LoadError(shown, None, f"unknown layout: '{suffix}' files are not articles (use .txt, .md, .json or .jsonl)")
    try:
        raw = _read_small(path, max_bytes)
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
    text, warnings = decode(raw, shown)
    if suffix in JSON_SUFFIXES:
        return parse_json_records(text, shown, warnings)
    return [parse_text(text, shown, warnings)]


def _read_small(path: Path, max_bytes: int) -> bytes | None:
    """The file's bytes, or None when it is over ``max_bytes``; raises OSError.

    One ``open``, ``fstat`` and ``read`` on the descriptor: half the cost of
    ``path.stat()`` and ``path.read_bytes()``, which matters at thousands of files a second.
    """
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(handle).st_size
        if size > max_bytes:
            return None
        raw = os.read(handle, size + 1)
        if len(raw) <= size:
            return raw  # a short read: the end of the file
        chunks = [raw]  # the file grew since fstat (or reports no size): read to the end
        while chunk := os.read(handle, 1 << 16):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(handle)


def _shown_path(path: Path, root: Path | None) -> str:
    """The path as reports show it: relative to the corpus root, never a machine path."""
    if isinstance(root, Path) and isinstance(path, Path) and os.sep == "/":
        # the common case, without pathlib's part-by-part comparison: a file below the root
        shown, prefix = str(path), str(root) + "/"
        if shown.startswith(prefix) and len(shown) > len(prefix) and prefix != "//":
            return shown[len(prefix):]
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.name


def parse_text(text: str, path: str, warnings: list[LoadError] | None = None) -> Article:
    """An Article from decoded text, in whichever layout the text is in."""
    warnings = list(warnings or [])
    lines = split_lines(text)
    first = next((line for line in lines if not line.blank), None)
    if first is None:
        raise LoadError(path, 1, "empty file: only white space")
    if SEED_HEADER.match(first.text):
        return parse_seed(text, lines, path, warnings)
    if first.text.lstrip("\ufeff").strip() == "---" and first.number == 1:
        return parse_front_matter(text, lines, path, warnings)
    if first.text.startswith("# ") and any(line.text.strip() == "## Content" for line in lines):
        return parse_scraped(text, lines, path, warnings)
    return parse_plain(text, lines, path, warnings)


# --- the seed layout ----------------------------------------------------------------------

SEED_HEADER = re.compile(r"^\ufeff?\s*date\s+(?P<date>\S+)(?:\s+(?P<lang>[A-Za-z]{2,10}))?\s*$")
BYLINE = re.compile(r"^\s*by\s?(?P<names>[A-Z\u0400-\u04ff].{0,150})$", re.IGNORECASE)
DATELINE = re.compile(r"^\s*(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})\s*$")
READ_TIME = re.compile(r"^\s*(?P<minutes>\d{1,3})\s*(?:-\s*)?min(?:ute)?s?\.?\s+read\s*$", re.IGNORECASE)
AUTHOR_SEPARATOR = re.compile(r"\s*(?:,\s*and\s+|,|\band\b|&)\s*")


def parse_seed(text: str, lines: list[Line], path: str, warnings: list[LoadError]) -> Article:
    """The saved-page layout of the seed (see the module docstring)."""
    header = next(line for line in lines if not line.blank)
    match = SEED_HEADER.match(header.text)
    published = _header_date(match["date"], path, header.number)
    tag = match["lang"] or ""
    language = LANGUAGE_TAGS.get(tag.lower(), tag or None)
    blocks = [trimmed_block("header", text, header.start, header.end, header.number)]
    rest = [line for line in lines if line.number > header.number]
    title_line = next((line for line in rest if not line.blank), None)
    if title_line is None:
        raise LoadError(path, header.number, "truncated: a header but no title or body")
    blocks.append(trimmed_block("title", text, title_line.start, title_line.end, title_line.number))
    front, body = _seed_front(rest[rest.index(title_line) + 1:])
    article = Article(
        article_id=article_id_for(path), path=path, text=text, layout="seed", blocks=blocks,
        published=published, language=language, title=blocks[-1].text, warnings=warnings,
    )
    for kind, line in front:
        block = trimmed_block(kind, text, line.start, line.end, line.number)
        blocks.append(block)
        if kind == "standfirst":
            article.standfirst = block.text
        elif kind == "byline":
            article.authors = split_authors(BYLINE.match(block.text)["names"])
        elif kind == "dateline":
            _check_dateline(article, block)
        elif kind == "read_time":
            article.read_minutes = int(READ_TIME.match(block.text)["minutes"])
    blocks.extend(body_blocks(text, body))
    _finish(article)
    if not article.paragraphs:
        last = lines[-1].number
        raise LoadError(path, last, "truncated: header and title but no body paragraphs")
    return article


def _header_date(value: str, path: str, line: int) -> date:
    match = ISO_DATE.fullmatch(value)
    if not match:
        raise LoadError(path, line, f"header date '{value}' is not a YYYY-MM-DD date")
    day = make_date(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None:
        raise LoadError(path, line, f"header date '{value}' is not a real calendar day")
    return day


def _seed_front(lines: list[Line]) -> tuple[list[tuple[str, Line]], list[Line]]:
    """Split the lines after the title into front matter (standfirst, byline ...) and body.

    The standfirst is the first line after the title's blank when more front lines follow
    it directly (byline, date, reading time or photo); when a blank line follows it, it is
    the first body paragraph and the article has no standfirst.
    """
    front: list[tuple[str, Line]] = []
    position = 0
    while position < len(lines) and lines[position].blank:
        position += 1
    if position < len(lines):
        candidate = lines[position]
        following = lines[position + 1] if position + 1 < len(lines) else None
        after = next((i for i in range(position + 1, len(lines)) if not lines[i].blank), None)
        front_follows = after is not None and _front_kind(lines[after], lines[after + 1] if after + 1 < len(lines) else None)
        if following is not None and (not following.blank or front_follows) and _front_kind(candidate, following) is None:
            front.append(("standfirst", candidate))
            position += 1
    while position < len(lines):
        line = lines[position]
        if line.blank:
            position += 1
            continue
        following = lines[position + 1] if position + 1 < len(lines) else None
        kind = _front_kind(line, following)
        if kind is None:
            break
        if kind == "photo_alt":
            front.append(("photo_alt", line))
            front.append(("photo_caption", following))
            position += 2
            continue
        front.append((kind, line))
        position += 1
    return front, lines[position:]


def _front_kind(line: Line, following: Line | None) -> str | None:
    """Which front slot a line fills, or None when the body has begun."""
    stripped = line.stripped
    if READ_TIME.match(stripped):
        return "read_time"
    if DATELINE.match(stripped):
        return "dateline"
    if BYLINE.match(stripped) and len(stripped.split()) <= 12 and not stripped.endswith("."):
        return "byline"
    if has_photo_credit(stripped):
        return "photo_caption"
    if following is not None and not any(c.isupper() for c in stripped) and has_photo_credit(following.stripped):
        return "photo_alt"
    return None


def _check_dateline(article: Article, block: Block) -> None:
    """Keep the header date; warn when the dateline names another day."""
    stated = parse_date_text(block.text)
    if stated is None:
        article.warnings.append(LoadError(article.path, block.line, f"dateline '{block.text}' is not a real date"))
    elif article.published is not None and stated != article.published:
        article.warnings.append(
            LoadError(
                article.path, block.line,
                f"dateline {stated.isoformat()} disagrees with header date {article.published.isoformat()}; "
                "kept the header date",
            )
        )


def split_authors(names: str) -> list[str]:
    """"A and B", "A, B" and "A, B and C" as a list of names."""
    return [" ".join(name.split()) for name in AUTHOR_SEPARATOR.split(names.strip()) if name.strip()]


# --- body blocks, shared by every text layout ----------------------------------------------

MARKDOWN_IMAGE = re.compile(r"^\s*!\[(?P<alt>[^\]]*)\]\((?P<url>[^)]*)\)\s*$")
TERMINAL = tuple('.!?:;"”’)…»')


def has_photo_credit(line: str) -> bool:
    """Does the line carry a photo credit ("... Photo: Facebook/Roman Padun")?"""
    return _credit_position(line) is not None


def _needles(cues: tuple[str, ...]) -> tuple[str, ...]:
    """Short pieces of which every cue holds one ("Photo" for "Photo:", "Photo by" ...):
    a line without any of them holds no cue, found with fewer searches."""
    heads = {(re.match(r"\w+", cue) or re.match(r".+", cue)).group() for cue in cues}
    return tuple(sorted(head for head in heads if not any(other != head and other in head for other in heads)))


_CREDIT_NEEDLES = _needles(PHOTO_CREDIT_CUES["en"])


def _credit_position(line: str) -> int | None:
    for needle in _CREDIT_NEEDLES:
        if needle in line:
            break
    else:
        return None
    positions = [line.find(cue) for cue in PHOTO_CREDIT_CUES["en"] if cue in line]
    if not positions:
        return None
    position = min(positions)
    # a credit is the tail of a short line, not a word inside a long paragraph
    return position if len(line) - position <= 120 else None


def body_blocks(text: str, lines: list[Line], first_paragraph: int = 1) -> list[Block]:
    """Typed blocks of a body: paragraphs, headings, photo captions, "Read also:" lines.

    Each non-blank line is a block, except that a line ending without terminal punctuation
    continues into a next line that starts in lower case (hard-wrapped text).
    """
    blocks: list[Block] = []
    paragraph_number = first_paragraph - 1
    position = 0
    while position < len(lines):
        line = lines[position]
        if line.blank:
            position += 1
            continue
        last = position
        while (
            last + 1 < len(lines)
            and not lines[last + 1].blank
            and not lines[last].stripped.endswith(TERMINAL)
            and lines[last + 1].stripped[:1].islower()
        ):
            last += 1
        end_line = lines[last]
        kind = _body_kind(line, lines[position + 1] if position + 1 < len(lines) else None)
        if kind == "photo_alt":
            blocks.append(trimmed_block("photo_alt", text, line.start, line.end, line.number))
            caption = lines[position + 1]
            blocks.append(trimmed_block("photo_caption", text, caption.start, caption.end, caption.number))
            position += 2
            continue
        if kind == "paragraph":
            paragraph_number += 1
        block = trimmed_block(kind, text, line.start, end_line.end, line.number,
                              paragraph_number if kind == "paragraph" else None)
        if block is not None:
            blocks.append(block)
        position = last + 1
    return blocks


_OPENERS = tuple(BLOCK_OPENERS["en"])
_OPENER_REACH = max(map(len, _OPENERS)) + 8  # openers are compared on the line's first characters


def _body_kind(line: Line, following: Line | None) -> str:
    stripped = line.stripped
    lowered = stripped[:_OPENER_REACH].lower()
    if lowered.startswith(_OPENERS):
        for opener, kind in BLOCK_OPENERS["en"].items():
            if lowered.startswith(opener):
                return kind
    if MARKDOWN_IMAGE.match(stripped):
        return "image"
    if has_photo_credit(stripped):
        return "photo_caption"
    if following is not None and not any(c.isupper() for c in stripped) and has_photo_credit(following.stripped):
        return "photo_alt"
    if stripped.startswith("#"):
        return "heading"
    if stripped.startswith(("---", "***", "___")) and set(stripped) <= set("-*_ "):
        return "rule"
    if not stripped.endswith(TERMINAL) and len(stripped.split()) <= 12:
        return "heading"
    return "paragraph"


def _finish(article: Article) -> None:
    """Split photo captions into caption and credit, and collect the photos."""
    blocks: list[Block] = []
    photos: list[Photo] = []
    pending_alt: Block | None = None
    for block in article.blocks:
        if block.kind == "photo_alt":
            pending_alt = block
            blocks.append(block)
            continue
        if block.kind == "photo_caption":
            caption, credit = _split_credit(article.text, block)
            blocks.extend(part for part in (caption, credit) if part is not None)
            photos.append(_photo(len(photos) + 1, pending_alt, caption, credit))
            pending_alt = None
            continue
        if block.kind == "image":
            blocks.append(block)
            match = MARKDOWN_IMAGE.match(block.text)
            alt_start = block.start + match.start("alt") if match["alt"] else None
            alt_end = block.start + match.end("alt") if match["alt"] else None
            photos.append(Photo(len(photos) + 1, alt=match["alt"], alt_start=alt_start, alt_end=alt_end))
            continue
        blocks.append(block)
    article.blocks[:] = blocks
    article.photos = photos


def _split_credit(text: str, block: Block) -> tuple[Block | None, Block | None]:
    position = _credit_position(block.text)
    if position is None:
        return Block("caption", block.start, block.end, block.text, block.line), None
    caption = trimmed_block("caption", text, block.start, block.start + position, block.line)
    credit_start = block.start + position
    for cue in PHOTO_CREDIT_CUES["en"]:
        if text.startswith(cue, credit_start):
            credit_start += len(cue)
            break
    credit = trimmed_block("credit", text, credit_start, block.end, block.line)
    return caption, credit


def _photo(number: int, alt: Block | None, caption: Block | None, credit: Block | None) -> Photo:
    def parts(block: Block | None) -> tuple[str, int | None, int | None]:
        return (block.text, block.start, block.end) if block else ("", None, None)

    alt_text, alt_start, alt_end = parts(alt)
    caption_text, caption_start, caption_end = parts(caption)
    credit_text, credit_start, credit_end = parts(credit)
    return Photo(number, alt_text, alt_start, alt_end, caption_text, caption_start, caption_end,
                 credit_text, credit_start, credit_end)


# --- plain text ----------------------------------------------------------------------------


def parse_plain(text: str, lines: list[Line], path: str, warnings: list[LoadError]) -> Article:
    """No header: the first non-blank line is the title; the date is unknown."""
    first, title = _first_title(text, lines, path)
    blocks = body_blocks(text, [line for line in lines if line.number < first.number])
    blocks += [title] + body_blocks(text, [line for line in lines if line.number > first.number])
    article = Article(
        article_id=article_id_for(path), path=path, text=text, layout="plain", blocks=blocks,
        title=title.text, warnings=warnings,
    )
    _finish(article)
    return article


def _first_title(text: str, lines: list[Line], path: str) -> tuple[Line, Block]:
    """The first line with words (an empty "# " heading before it is not a title)."""
    for line in lines:
        title = trimmed_block("title", text, line.start + _heading_marks(line.text), line.end, line.number)
        if title is not None:
            return line, title
    filled = next((line.number for line in lines if not line.blank), 1)
    raise LoadError(path, filled, "no text: only empty headings")


def _heading_marks(line: str) -> int:
    """Characters of Markdown heading marks ("# ") at the start of a line."""
    match = re.match(r"\s*#{1,6}\s+", line)
    return match.end() if match else 0


# --- YAML-style front matter ---------------------------------------------------------------

FRONT_KEY = re.compile(r"^\s*(?P<key>[A-Za-z_][\w-]*)\s*:\s?(?P<value>.*?)\s*$")
TITLE_KEYS = ("title", "headline", "header_title")
DATE_KEYS = ("date", "published", "publication_date", "page_date", "pubdate", "published_at")
AUTHOR_KEYS = ("author", "authors", "byline")
URL_KEYS = ("url", "blog_url", "link", "canonical_url", "source")
OUTLET_KEYS = ("outlet", "publisher", "site_name")
STANDFIRST_KEYS = ("standfirst", "description", "des", "summary", "subtitle")
LANGUAGE_KEYS = ("language", "lang")


def parse_front_matter(text: str, lines: list[Line], path: str, warnings: list[LoadError]) -> Article:
    """``---`` key: value ``---`` then a Markdown body; the keys fill the article's slots."""
    closing = next((line for line in lines[1:] if line.text.strip() == "---"), None)
    if closing is None:
        raise LoadError(path, 1, "truncated: front matter opened with '---' is never closed")
    values = _front_values(text, lines[1:closing.number - 1])
    blocks: list[Block] = [trimmed_block("front_matter", text, lines[0].start, closing.end, 1)]
    article = Article(article_id=article_id_for(path), path=path, text=text, layout="front_matter",
                      blocks=blocks, warnings=warnings)
    title = _first_value(values, TITLE_KEYS)
    if title:
        blocks.append(title.as_block("title"))
        article.title = title.text
    standfirst = _first_value(values, STANDFIRST_KEYS)
    if standfirst:
        blocks.append(standfirst.as_block("standfirst"))
        article.standfirst = standfirst.text
    published = _first_value(values, DATE_KEYS)
    if published:
        article.published = parse_date_text(published.text)
        if article.published is None:
            warnings.append(LoadError(path, published.line, f"front-matter date '{published.text}' is not a date; left empty"))
    author = _first_value(values, AUTHOR_KEYS)
    if author:
        article.authors = split_authors(author.text)
    url = _first_value(values, URL_KEYS)
    if url and url.text.startswith(("http://", "https://")):
        article.url = url.text
    outlet = _first_value(values, OUTLET_KEYS)
    if outlet:
        article.outlet = outlet.text
    language = _first_value(values, LANGUAGE_KEYS)
    if language:
        article.language = LANGUAGE_TAGS.get(language.text.lower(), language.text)
    body = [line for line in lines if line.number > closing.number]
    body_start = next((line for line in body if not line.blank), None)
    if body_start is not None and not article.title and body_start.text.lstrip().startswith("#"):
        heading = trimmed_block("title", text, body_start.start + _heading_marks(body_start.text), body_start.end,
                                body_start.number)
        if heading is not None:
            blocks.append(heading)
            article.title = heading.text
            body = [line for line in body if line.number > body_start.number]
    blocks.extend(body_blocks(text, body))
    blocks.sort(key=lambda block: block.start)
    _finish(article)
    if not article.title:
        warnings.append(LoadError(path, 1, "front matter has no title"))
    return article


@dataclass(frozen=True)
class FrontValue:
    """A front-matter value and where it stands in the file (quotes excluded)."""

    text: str
    start: int
    line: int

    def as_block(self, kind: str) -> Block:
        return Block(kind, self.start, self.start + len(self.text), self.text, self.line)


def _front_values(text: str, lines: list[Line]) -> dict[str, FrontValue]:
    values: dict[str, FrontValue] = {}
    for line in lines:
        match = FRONT_KEY.match(line.text)
        if not match or not match["value"]:
            continue
        value = match["value"]
        start = line.start + match.start("value")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value, start = value[1:-1], start + 1
        key = match["key"].lower()
        if value and key not in values:
            values[key] = FrontValue(value, start, line.number)
    return values


def _first_value(values: dict[str, FrontValue], keys: tuple[str, ...]) -> FrontValue | None:
    return next((values[key] for key in keys if key in values), None)


# --- scraped Markdown pages ---------------------------------------------------------------

METADATA_BULLET = re.compile(r"^\s*-\s+\*\*(?P<key>[^*]+)\*\*:\s*(?P<value>.*?)\s*$")
STRUCTURE_TITLE = re.compile(r"^\s*-\s+#\s+(?P<title>.+?)\s*$")


def parse_scraped(text: str, lines: list[Line], path: str, warnings: list[LoadError]) -> Article:
    """A scraper's page: metadata bullets and page outline before a ``## Content`` section.

    The title is the outline's top heading (else the first content line).  The scrape
    timestamp is when the page was fetched, not published, so the date stays empty unless
    a bullet names a publication date.
    """
    content = next(line for line in lines if line.text.strip() == "## Content")
    blocks = [trimmed_block("metadata", text, lines[0].start, content.end, 1)]
    article = Article(article_id=article_id_for(path), path=path, text=text, layout="scraped",
                      blocks=blocks, warnings=warnings)
    for line in lines[: content.number - 1]:
        bullet = METADATA_BULLET.match(line.text)
        if bullet:
            key, value = bullet["key"].strip().lower(), bullet["value"]
            if key == "url" and not article.url:
                article.url = value
            elif key in ("published", "publication date", "date published") and article.published is None:
                article.published = parse_date_text(value)
            elif key in ("author", "authors") and not article.authors:
                article.authors = split_authors(value)
            continue
        heading = STRUCTURE_TITLE.match(line.text)
        if heading and not article.title:
            start = line.start + heading.start("title")
            blocks.append(Block("title", start, start + len(heading["title"]), heading["title"], line.number))
            article.title = heading["title"]
    body = [line for line in lines if line.number > content.number]
    if not article.title:
        if all(line.blank for line in body):
            raise LoadError(path, content.number, "truncated: '## Content' section is empty")
        first, title = _first_title(text, body, path)
        blocks.extend(body_blocks(text, [line for line in body if line.number < first.number]))
        blocks.append(title)
        article.title = title.text
        body = [line for line in body if line.number > first.number]
    blocks.extend(body_blocks(text, body))
    _scraped_byline_and_date(article, body)
    _finish(article)
    if article.published is None:
        warnings.append(LoadError(path, None, "no publication date stated; left empty"))
    return article


STANDALONE_DATE = re.compile(
    r"^(?:[A-Z][a-z]{5,8}day,?\s+)?(?P<date>\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\.?(?:,?\s+\d{1,2}:\d{2}h?(?:\s*[AaPp]\.?[Mm]\.?)?)?$"
)
SCRAPED_LOOKAHEAD = 12


def _scraped_byline_and_date(article: Article, body: list[Line]) -> None:
    """Read the date and byline a scraped page prints under its headline.

    Scraped pages repeat the headline in the content, followed within a few lines by the
    byline ("by" / "Authors" on a line of its own, then the name) and a line that is only a
    date ("27/02/2026", "Feb 27, 2026 15:11").  Only those lines are read: a date anywhere
    else on the page may be a related article's, so it is not taken.
    """
    wanted = _normalised_title(article.title)
    headings = [i for i, line in enumerate(body) if _normalised_title(line.stripped) == wanted][:3]
    for heading in headings:
        _read_under_heading(article, [line for line in body[heading + 1: heading + 1 + SCRAPED_LOOKAHEAD]
                                      if not line.blank])


def _read_under_heading(article: Article, window: list[Line]) -> None:
    for index, line in enumerate(window):
        date_match = STANDALONE_DATE.match(line.stripped)
        if date_match and article.published is None:
            article.published = parse_date_text(date_match["date"])
            if article.published is not None:
                _retype(article, line, "dateline")
        elif line.stripped.lower() in ("by", "author", "authors") and index + 1 < len(window) and not article.authors:
            name_line = window[index + 1]
            if len(name_line.stripped.split()) <= 5 and not name_line.stripped.endswith(TERMINAL):
                article.authors = split_authors(name_line.stripped)
                _retype(article, line, "byline")
                _retype(article, name_line, "byline")


def _normalised_title(text: str) -> str:
    return re.sub(r"[\"“”'‘’]", "", text).strip().lower()


def _retype(article: Article, line: Line, kind: str) -> None:
    """Give the block that starts on ``line`` a new kind (a heading that is really a date)."""
    for index, block in enumerate(article.blocks):
        if block.line == line.number and block.kind in ("heading", "paragraph"):
            article.blocks[index] = Block(kind, block.start, block.end, block.text, block.line)
            return


# --- JSON records --------------------------------------------------------------------------


def parse_json_records(text: str, path: str, warnings: list[LoadError]) -> list[Article]:
    """Articles from a JSON list/object or JSON Lines; a bad record raises LoadError.

    The article text is composed as ``title + "\\n\\n" + text`` so that the title, like
    every other part, has offsets into ``Article.text``.
    """
    records: list[tuple[int, dict]] = []
    errors: list[LoadError] = []
    for line, item in _json_records(text, path):
        if isinstance(item, LoadError):
            errors.append(item)
        else:
            records.append((line, item))
    if not records and not errors:
        raise LoadError(path, 1, "no records: the JSON holds no article objects")
    stem = article_id_for(path)
    articles = []
    for index, (line, record) in enumerate(records, start=1):
        article_id = stem if len(records) == 1 else f"{stem}#{index}"
        try:
            articles.append(article_from_record(record, path, line, article_id, list(warnings)))
        except LoadError as error:
            errors.append(error)
    if errors and articles:
        raise PartialLoad(articles, errors)
    if errors:
        raise errors[0]
    return articles


def _json_records(text: str, path: str) -> Iterator[tuple[int, dict | LoadError]]:
    stripped = text.lstrip()
    if stripped.startswith(("[", "{")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            if not stripped.startswith("{") or "\n{" not in text:
                raise LoadError(path, error.lineno, f"invalid or truncated JSON: {error.msg}") from None
        else:
            items = data.get("articles", [data]) if isinstance(data, dict) else data
            if not isinstance(items, list):
                raise LoadError(path, 1, "unknown layout: JSON is neither a record nor a list of records")
            for item in items:
                if not isinstance(item, dict):
                    raise LoadError(path, 1, "unknown layout: a JSON list item is not an object")
                yield 1, item
            return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, LoadError(path, number, f"invalid or truncated JSON line: {error.msg}")
            continue
        if not isinstance(item, dict):
            yield number, LoadError(path, number, "unknown layout: JSON line is not an object")
            continue
        yield number, item


def article_from_record(record: dict, path: str, line: int, article_id: str, warnings: list[LoadError]) -> Article:
    """One JSON record as an Article; ``text`` is required, the rest optional."""
    body = record.get("text") or record.get("body") or record.get("content")
    if not isinstance(body, str) or not body.strip():
        raise LoadError(path, line, "record has no 'text'")
    title = str(record.get("title") or "").strip()
    composed = f"{title}\n\n{body}" if title else body
    lines = split_lines(composed)
    blocks: list[Block] = []
    body_lines = lines
    if title:
        blocks.append(Block("title", 0, len(title), title, line))
        body_lines = lines[2:]
    blocks.extend(body_blocks(composed, body_lines))
    article = Article(article_id=article_id, path=path, text=composed, layout="json", blocks=blocks,
                      title=title, warnings=warnings)
    published = record.get("date") or record.get("published")
    if published:
        article.published = parse_date_text(str(published))
        if article.published is None:
            warnings.append(LoadError(path, line, f"record date '{published}' is not a date; left empty"))
    author = record.get("author") or record.get("authors")
    if isinstance(author, list):
        article.authors = [str(name).strip() for name in author if str(name).strip()]
    elif author:
        article.authors = split_authors(str(author))
    article.url = str(record.get("url") or "")
    article.outlet = str(record.get("outlet") or "")
    language = record.get("language")
    if language:
        article.language = LANGUAGE_TAGS.get(str(language).lower(), str(language))
    _finish(article)
    return article
