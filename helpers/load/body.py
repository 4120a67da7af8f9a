"""Body blocks, shared by every text layout: paragraphs, headings, photos, "Read also:" lines.

Each non-blank line of a body is a block of its own kind; hard-wrapped lines are joined.
Photo captions are split into caption and credit, and the article's photos collected.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from helpers.lexicon import BLOCK_OPENERS, PHOTO_CREDIT_CUES
from helpers.load.furniture import Piece, furniture_kinds, is_stamp, normalised
from helpers.load.records import Article, Block, Line, LoadError, Photo, trimmed_block
from helpers.text import MAX_SENTENCE_CHARS, RUNAWAY_PIECE_CHARS, runaway_sentences


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


def body_blocks(text: str, lines: list[Line], first_paragraph: int = 1, *, language: str = "en",
                title: str = "") -> list[Block]:
    """Typed blocks of a body: paragraphs, headings, photo captions, "Read also:" lines, furniture.

    Each non-blank line is a block, except that a line ending without terminal punctuation
    continues into a next line that starts in lower case (hard-wrapped text), unless that
    line is the headline or follows a time stamp.  Page furniture
    (menus, headline lists, footers, widgets: ``helpers.load.furniture``) gets a kind of its
    own, so that only the article's prose is read as sentences; paragraphs are numbered after.
    ``title`` is the article's headline when known: a list opened above it stops there.
    """
    groups: list[tuple[str, Line, Line]] = []  # (kind, first line, last line)
    headline = normalised(title) if title else ""
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
            and not _starts_anew(lines[last].stripped, lines[last + 1].stripped, headline)
        ):
            last += 1
        kind = _body_kind(line, lines[position + 1] if position + 1 < len(lines) else None)
        if kind == "photo_alt":
            caption = lines[position + 1]
            groups.append(("photo_alt", line, line))
            groups.append(("photo_caption", caption, caption))
            position += 2
            continue
        groups.append((kind, line, lines[last]))
        position = last + 1
    pieces = [Piece(kind, text[first.start:last.end]) for kind, first, last in groups]
    kinds = furniture_kinds(pieces, language, title=title) if pieces else []
    blocks: list[Block] = []
    paragraph_number = first_paragraph - 1
    for kind, (_, first, last) in zip(kinds, groups):
        if kind == "paragraph":
            paragraph_number += 1
        block = trimmed_block(kind, text, first.start, last.end, first.number,
                              paragraph_number if kind == "paragraph" else None)
        if block is not None:
            blocks.append(block)
    return blocks


def _starts_anew(line: str, following: str, headline: str) -> bool:
    """A lower-case line that does not continue the line above: the headline itself, or a
    line under a time stamp ("22:49" / "ukraine frontline update …" in a ticker)."""
    return (bool(headline) and normalised(following) == headline) or is_stamp(line)


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


def finish(article: Article, record_line: int | None = None) -> None:
    """Split photo captions into caption and credit, collect the photos, and report the runs of
    prose too long to be a sentence (the splitter cuts them, ``helpers.text.MAX_SENTENCE_CHARS``)
    at their line of the file, or at ``record_line`` for a JSON record (whose text is not the
    file's)."""
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
    _report_runaways(article, record_line)


def _report_runaways(article: Article, record_line: int | None) -> None:
    """A warning per run of prose over ``MAX_SENTENCE_CHARS`` with no sentence end."""
    runaways = runaway_sentences(article.text, article.blocks, article.language)
    if not runaways:
        return
    starts = [block.start for block in article.blocks]
    for runaway in runaways:
        block = article.blocks[bisect_right(starts, runaway.start) - 1]
        line = record_line
        if line is None and block.line is not None:
            line = block.line + article.text.count("\n", block.start, runaway.start)
        article.warnings.append(LoadError(
            article.path, line,
            f"a run of {runaway.length:,} characters with no sentence end (over {MAX_SENTENCE_CHARS:,}): "
            f"cut into {runaway.pieces:,} sentences of at most {RUNAWAY_PIECE_CHARS:,} characters",
        ))


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
