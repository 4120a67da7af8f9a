"""Quotations: where a direct quotation opens and closes, with straight and curly marks.

A quotation never crosses a prose block; one the text never closes ends with its paragraph
(``Quote.closed`` is False), so that an unbalanced mark cannot swallow the article.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Sequence

from helpers.extract.attribution.records import Quote

# --- quotations --------------------------------------------------------------------------------


def find_quotes(text: str, blocks: Sequence[tuple[int, int]]) -> list[Quote]:
    """Quotations in curly or straight marks, across sentences and paragraphs.

    Curly marks pair as opening and closing; straight marks (and the doubled apostrophe
    some newspapers use) alternate.  A quotation still open at the end of a paragraph goes
    on when the next paragraph opens with a quotation mark (the newspaper convention for
    a quotation over several paragraphs); otherwise it ends with its paragraph, marked
    ``closed=False`` so that a reader can see the text never closed it.
    """
    quotes: list[Quote] = []
    starts = [start for start, _ in blocks]
    open_at: int | None = None
    open_mark = ""
    open_block = -1
    for position, mark in _quote_marks(text):
        block = bisect_right(starts, position) - 1
        if block < 0 or position >= blocks[block][1]:
            continue
        if open_at is not None and block != open_block:
            if block == open_block + 1 and position == blocks[block][0] and mark != "”":
                open_block = block  # the quotation goes on in this paragraph
                continue
            end = blocks[open_block][1]
            quotes.append(Quote(open_at, end, open_at + len(open_mark), end, False))
            open_at = None
        if open_at is None:
            if mark != "”":
                open_at, open_mark, open_block = position, mark, block
            continue
        if mark == "“" and not _misturned_closer(text, position):
            continue  # a quotation inside a quotation, or a stray mark: keep the outer one
        quotes.append(Quote(open_at, position + len(mark), open_at + len(open_mark), position, True))
        open_at = None
    if open_at is not None:
        end = blocks[open_block][1]
        quotes.append(Quote(open_at, end, open_at + len(open_mark), end, False))
    return quotes


def _misturned_closer(text: str, position: int) -> bool:
    """An opening mark typed where a closing one belongs: after the quotation's last
    punctuation and before a space ('“It is unusual,“ said Jane Example')."""
    return position > 0 and text[position - 1] in ",.?!" and text[position + 1:position + 2] in ("", " ", "\n")


def _quote_marks(text: str) -> list[tuple[int, str]]:
    """(offset, mark) of every quotation mark: “ ” " and the doubled apostrophe ''."""
    marks = []
    for mark in ("“", "”", '"', "''"):
        position = text.find(mark)
        while position >= 0:
            marks.append((position, mark))
            position = text.find(mark, position + len(mark))
    marks.sort()
    return marks
