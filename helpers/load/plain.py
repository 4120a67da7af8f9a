"""Plain text: the first line with words is the title, the rest is the body.

The date is a dateline-shaped line under the title when the text prints one, else unknown.
"""

from __future__ import annotations

import re

from helpers.load.body import body_blocks, finish
from helpers.load.published import page_dateline, settle_published
from helpers.load.records import Article, Block, Line, LoadError, article_id_for, trimmed_block


def parse_plain(text: str, lines: list[Line], path: str, warnings: list[LoadError]) -> Article:
    """No header: the first non-blank line is the title; the date only from a dateline under it."""
    first, title = first_title(text, lines, path)
    blocks = body_blocks(text, [line for line in lines if line.number < first.number])
    blocks += [title] + body_blocks(text, [line for line in lines if line.number > first.number])
    article = Article(
        article_id=article_id_for(path), path=path, text=text, layout="plain", blocks=blocks,
        title=title.text, warnings=warnings,
    )
    reading = page_dateline(article, [line for line in lines if line.number > first.number])
    finish(article)
    settle_published(article, [reading])
    return article


def first_title(text: str, lines: list[Line], path: str) -> tuple[Line, Block]:
    """The first line with words (an empty "# " heading before it is not a title)."""
    for line in lines:
        title = trimmed_block("title", text, line.start + heading_marks(line.text), line.end, line.number)
        if title is not None:
            return line, title
    filled = next((line.number for line in lines if not line.blank), 1)
    raise LoadError(path, filled, "no text: only empty headings")


def heading_marks(line: str) -> int:
    """Characters of Markdown heading marks ("# ") at the start of a line."""
    match = re.match(r"\s*#{1,6}\s+", line)
    return match.end() if match else 0
