"""Sentences of an article, with offsets into its text, shared by every extractor.

Sentence boundaries are found by rule: a full stop, question or exclamation mark (with any
closing quote or bracket after it) followed by white space and a capital letter, digit or
opening quote ends a sentence, unless the word before the stop is a known abbreviation
(``lexicon.ABBREVIATIONS``) or a single initial ("J. Example").  This is the classic
Punkt-style heuristic without its trained parameters; on news prose it errs mostly inside
quoted speech, where the attribution rules look across sentence ends anyway.

A sentence never crosses a block of the article (title, standfirst, caption, paragraph), so
every sentence belongs to exactly one part and, in the body, one paragraph.  A run of text
longer than any real sentence with no sentence end (``MAX_SENTENCE_CHARS``) is cut into
shorter pieces at white space, and the loader reports the cut: no rule then reads more than
a piece at once, and no row repeats more than a piece of text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, NamedTuple, Protocol, Sequence

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
#: The longest sentence kept whole, in characters.  The longest in the evaluation news is
#: 3,038 characters (a list of links) and the longest prose sentence 2,076.  A longer run of
#: text with no sentence end (a flattened table, a hostile file) is not a sentence: it is cut
#: into pieces of at most ``RUNAWAY_PIECE_CHARS`` and reported (``runaway_sentences``).  Every
#: rule reads at most a sentence, so the cut bounds what any rule may scan, and the sentence
#: text that claims and events rows repeat: each of thousands of dates in one run of 256 KB
#: repeated the whole run (bench_hostile's "dates", "figures", "no_stops").
MAX_SENTENCE_CHARS = 5_000
#: The length of the pieces a runaway sentence is cut into, at the last white space before it
#: (or inside a word that long): about the length of the longest prose sentences.
RUNAWAY_PIECE_CHARS = 1_000
#: White space a runaway sentence is cut at.
_CUT_SPACES = (" ", "\n", "\t", "\xa0")
#: The characters a sentence end starts with (the first set of ``SENTENCE_END``).
STOPS = ".!?…"
#: White space that ends the word before a full stop (for the abbreviation test).
_WORD_BREAKS = (" ", "\n", "\xa0")
#: How far back from a full stop the abbreviation test looks for the start of the word.  An
#: abbreviation is at most 6 letters (``lexicon.ABBREVIATIONS``) after any opening quotes, so
#: a longer word is never one; without a bound, the look-back for a break that the chunk holds
#: once (a no-break space at its start) ran over the whole block at every stop: quadratic in
#: bench_hostile's "short_sentences" (one no-break space, then "It held. It held. ...").
ABBREVIATION_REACH = 100


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


def _pieces(chunk: str, abbreviations: frozenset[str], runaways: list[tuple[int, int, int]] | None = None
            ) -> list[tuple[int, str]]:
    """(offset in the chunk, text) of each sentence of the chunk, trimmed of white space.

    Sentence ends are the matches of ``SENTENCE_END.finditer(chunk)``, found by trying the
    pattern at each stop character after the previous match (what the regex scan does).
    A sentence over ``MAX_SENTENCE_CHARS`` is cut (``_cut``); ``runaways`` collects its
    (offset, length, pieces).
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
            if len(body) > MAX_SENTENCE_CHARS:
                _cut(chunk, pieces, runaways)
        cursor = end
    piece = chunk[cursor:]
    body = piece.strip()
    if body:
        pieces.append((cursor + len(piece) - len(piece.lstrip()), body))
        if len(body) > MAX_SENTENCE_CHARS:
            _cut(chunk, pieces, runaways)
    return pieces


def _cut(chunk: str, pieces: list[tuple[int, str]], runaways: list[tuple[int, int, int]] | None) -> None:
    """Replace the last of ``pieces`` (a runaway sentence) by pieces of at most
    ``RUNAWAY_PIECE_CHARS``, each cut at the last white space before that length."""
    start, body = pieces.pop()
    end = start + len(body)
    count = len(pieces)
    while end - start > RUNAWAY_PIECE_CHARS:
        limit = start + RUNAWAY_PIECE_CHARS
        cut = max(chunk.rfind(space, start + 1, limit + 1) for space in _CUT_SPACES)
        if cut < 0:
            cut = limit  # a word longer than a piece
        pieces.append((start, chunk[start:cut].rstrip()))
        start = cut
        while chunk[start].isspace():
            start += 1
    pieces.append((start, chunk[start:end]))
    if runaways is not None:
        runaways.append((end - len(body), len(body), len(pieces) - count))


class Runaway(NamedTuple):
    """A run of text over ``MAX_SENTENCE_CHARS`` with no sentence end, cut into ``pieces``."""

    start: int  # offset into the article's text
    length: int
    pieces: int


def runaway_sentences(text: str, blocks: Sequence[BlockLike], language: str | None) -> list[Runaway]:
    """The runs of the prose blocks of a text that the splitter cuts for length, in order."""
    found: list[Runaway] = []
    abbreviations = ABBREVIATIONS.get(language or "en", ABBREVIATIONS["en"])
    for block in blocks:
        if block.end - block.start > MAX_SENTENCE_CHARS and block.kind in PROSE_PARTS:
            runaways: list[tuple[int, int, int]] = []
            _pieces(text[block.start:block.end], abbreviations, runaways)
            found.extend(Runaway(block.start + start, length, pieces) for start, length, pieces in runaways)
    return found


def _is_abbreviation(chunk: str, stop: int, abbreviations: frozenset[str],
                     breaks: tuple[str, ...] = _WORD_BREAKS) -> bool:
    """True when the full stop at ``stop`` closes an abbreviation or an initial.

    ``breaks``: the white-space characters that end words, or only those the chunk holds.
    """
    if chunk[stop] != ".":
        return False
    reach = max(0, stop - ABBREVIATION_REACH)
    word_start = max(max([chunk.rfind(space, reach, stop) for space in breaks], default=-1) + 1, reach)
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
