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
from typing import TYPE_CHECKING, Iterator

from helpers.lexicon import ABBREVIATIONS

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from helpers.articles import Article

#: Block kinds whose text is prose, and the ``part`` their sentences belong to.
PROSE_PARTS: dict[str, str] = {
    "title": "title",
    "standfirst": "standfirst",
    "caption": "caption",
    "paragraph": "body",
    "heading": "heading",
}

SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9А-ЯЄІЇҐ])")


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


def split_span(text: str, start: int, end: int, *, language: str = "en") -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence in ``text[start:end]``, trimmed of white space."""
    abbreviations = ABBREVIATIONS.get(language, ABBREVIATIONS["en"])
    chunk = text[start:end]
    cursor = 0
    for match in SENTENCE_END.finditer(chunk):
        if _is_abbreviation(chunk, match.start(), abbreviations):
            continue
        yield from _trimmed(text, start + cursor, start + match.end())
        cursor = match.end()
    yield from _trimmed(text, start + cursor, end)


def _is_abbreviation(chunk: str, stop: int, abbreviations: frozenset[str]) -> bool:
    """True when the full stop at ``stop`` closes an abbreviation or an initial."""
    if chunk[stop] != ".":
        return False
    word_start = max(chunk.rfind(" ", 0, stop), chunk.rfind("\n", 0, stop), chunk.rfind("\xa0", 0, stop)) + 1
    word = chunk[word_start:stop].lstrip("\"“‘'([")
    if not word:
        return False
    token = word.rstrip(".").lower()
    if token in abbreviations:
        return True
    return len(token) == 1 and token.isalpha() and word[0].isupper()


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span without surrounding white space, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def article_sentences(article: "Article") -> list[Sentence]:
    """Every sentence of the article's prose blocks, in order of appearance."""
    sentences: list[Sentence] = []
    language = article.language or "en"
    for block in article.blocks:
        part = PROSE_PARTS.get(block.kind)
        if part is None:
            continue
        for start, end in split_span(article.text, block.start, block.end, language=language):
            sentences.append(
                Sentence(
                    article_id=article.article_id,
                    sentence_id=len(sentences) + 1,
                    part=part,
                    paragraph=block.number if part == "body" else None,
                    start=start,
                    end=end,
                    text=article.text[start:end],
                )
            )
    return sentences
