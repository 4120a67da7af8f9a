"""Sentences of an article, with offsets into its text, shared by every extractor.

Sentence boundaries are found by rule: a full stop, question or exclamation mark (with any
closing quote or bracket after it) followed by white space and a capital letter, digit or
opening quote ends a sentence, unless the word before the stop is a known abbreviation
(``lexicon.ABBREVIATIONS``) or a single initial ("J. Example").  This is the classic
Punkt-style heuristic without its trained parameters; on news prose it errs mostly inside
quoted speech, where the attribution rules look across sentence ends anyway.

A sentence never crosses a block of the article (title, standfirst, caption, paragraph), so
every sentence belongs to exactly one part and, in the body, one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Protocol, Sequence

from helpers.lexicon import ABBREVIATIONS

#: Block kinds whose text is prose, and the ``part`` their sentences belong to.
PROSE_PARTS: dict[str, str] = {
    "title": "title",
    "standfirst": "standfirst",
    "caption": "caption",
    "paragraph": "body",
    "heading": "heading",
}

SENTENCE_END = re.compile(
    r"[.!?…]+[\"”’')\]*»]*"
    r"(?:(?<=[a-z][.])(?:\d{1,3}|\[\d{1,3}\]))?"  # a footnote after the stop: "networks.30", "operations.[53]"
    r"(?=\s+[\"“‘'(\[*«]*[A-Z0-9А-ЯЄІЇҐ])"  # "*": Markdown bold around the next sentence; «»: Ukrainian quotes
)
#: The characters a sentence end starts with (the first set of ``SENTENCE_END``).
STOPS = ".!?…"
#: White space that ends the word before a full stop (for the abbreviation test).
_WORD_BREAKS = (" ", "\n", "\xa0")


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text`` equals ``article.text[start:end]``."""

    article_id: str
    sentence_id: int  # 1-based, in order of appearance in the article
    part: str  # title / standfirst / caption / body / heading
    paragraph: int | None  # 1-based body paragraph number; None outside the body
    start: int
    end: int
    text: str


_new_object = object.__new__


def make_sentence(article_id: str, sentence_id: int, part: str, paragraph: int | None, start: int, end: int,
                  text: str) -> Sentence:
    """``Sentence(...)`` at under half the cost.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``; an
    article has dozens of sentences, so the splitter fills the new instance's ``__dict__``
    directly.  The result is the same object (same fields, equality, hash and repr).
    """
    sentence = _new_object(Sentence)
    sentence.__dict__.update(article_id=article_id, sentence_id=sentence_id, part=part, paragraph=paragraph,
                             start=start, end=end, text=text)
    return sentence


def split_span(text: str, start: int, end: int, *, language: str = "en") -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence in ``text[start:end]``, trimmed of white space."""
    abbreviations = ABBREVIATIONS.get(language, ABBREVIATIONS["en"])
    for sentence_start, body in _pieces(text[start:end], abbreviations):
        yield start + sentence_start, start + sentence_start + len(body)


def _stops(chunk: str) -> list[int]:
    """Offsets of the chunk's stop characters, in order: the only places where
    ``SENTENCE_END`` can match.  ``str.find`` skips to them in C, several times faster than
    the regex engine's own scan, which tries the pattern at every character."""
    positions: list[int] = []
    kinds = 0
    for stop in STOPS:
        position = chunk.find(stop)
        if position >= 0:
            kinds += 1
            while position >= 0:
                positions.append(position)
                position = chunk.find(stop, position + 1)
    if kinds > 1:
        positions.sort()
    return positions


def _pieces(chunk: str, abbreviations: frozenset[str]) -> list[tuple[int, str]]:
    """(offset in the chunk, text) of each sentence of the chunk, trimmed of white space.

    Sentence ends are the matches of ``SENTENCE_END.finditer(chunk)``, found by trying the
    pattern at each stop character after the previous match (what the regex scan does).
    """
    pieces = []
    cursor = 0
    searched = 0  # where the scan goes on: after the previous match, abbreviation or not
    breaks = None
    match_end = SENTENCE_END.match
    for stop in _stops(chunk):
        if stop < searched:
            continue
        match = match_end(chunk, stop)
        if match is None:
            continue
        searched = end = match.end()
        if chunk[stop] == ".":
            if breaks is None:
                breaks = tuple(space for space in _WORD_BREAKS if space in chunk)
            if _is_abbreviation(chunk, stop, abbreviations, breaks):
                continue
        piece = chunk[cursor:end]
        body = piece.strip()
        if body:
            pieces.append((cursor + len(piece) - len(piece.lstrip()), body))
        cursor = end
    piece = chunk[cursor:]
    body = piece.strip()
    if body:
        pieces.append((cursor + len(piece) - len(piece.lstrip()), body))
    return pieces


def _is_abbreviation(chunk: str, stop: int, abbreviations: frozenset[str],
                     breaks: tuple[str, ...] = _WORD_BREAKS) -> bool:
    """True when the full stop at ``stop`` closes an abbreviation or an initial.

    ``breaks``: the white-space characters that end words, or only those the chunk holds.
    """
    if chunk[stop] != ".":
        return False
    word_start = max([chunk.rfind(space, 0, stop) for space in breaks], default=-1) + 1
    word = chunk[word_start:stop].lstrip("\"“‘'([")
    if not word:
        return False
    token = word.rstrip(".").lower()
    if token in abbreviations:
        return True
    return len(token) == 1 and token.isalpha() and word[0].isupper()


class BlockLike(Protocol):
    """What the splitter reads of a block: its kind, number and offsets (``helpers.load.Block``)."""

    kind: str
    start: int
    end: int
    number: int | None


def sentences(text: str, blocks: Sequence[BlockLike], language: str | None, *, article_id: str = "") -> list[Sentence]:
    """Every sentence of the prose blocks of a text, in order of appearance.

    ``language`` chooses the abbreviations that do not end a sentence (English ones when
    the language has no list of its own).
    """
    found: list[Sentence] = []
    append = found.append
    abbreviations = ABBREVIATIONS.get(language or "en", ABBREVIATIONS["en"])
    for block in blocks:
        part = PROSE_PARTS.get(block.kind)
        if part is None:
            continue
        paragraph = block.number if part == "body" else None
        offset = block.start
        for start, body in _pieces(text[offset:block.end], abbreviations):
            start += offset
            append(make_sentence(article_id, len(found) + 1, part, paragraph, start, start + len(body), body))
    return found
