"""Markdown or text with a YAML-style ``---`` block: its keys fill the article's slots.

Keys read: ``title``, ``date``/``page_date``, ``author``, ``url``/``blog_url``/``source``,
``outlet``/``site_name``, ``description``/``des`` and ``language``; the body follows the
closing ``---``.  The publication date is the front matter's, else a dateline under the
headline, else the URL's (``helpers.load.published``); the outlet is the front matter's, else
the title's suffix when it names the URL's domain (``helpers.load.source``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.dates import parse_date_text
from helpers.lexicon import LANGUAGE_TAGS
from helpers.load.body import body_blocks, finish
from helpers.load.plain import heading_marks
from helpers.load.published import DateReading, page_dateline, settle_published
from helpers.load.records import Article, Block, Line, LoadError, article_id_for, trimmed_block
from helpers.load.seed import split_authors
from helpers.load.source import settle_source


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
    readings: list[DateReading] = []
    published = _first_value(values, DATE_KEYS)
    unread = None  # a date key whose value is not a date ("unknown")
    if published:
        day = parse_date_text(published.text)
        if day is None:
            unread = published
        else:
            readings.append(DateReading("front matter", day, published.line, published.start,
                                        published.start + len(published.text)))
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
        heading = trimmed_block("title", text, body_start.start + heading_marks(body_start.text), body_start.end,
                                body_start.number)
        if heading is not None:
            blocks.append(heading)
            article.title = heading.text
            body = [line for line in body if line.number > body_start.number]
    blocks.extend(body_blocks(text, body))
    blocks.sort(key=lambda block: block.start)
    readings.append(page_dateline(article, body))
    finish(article)
    settle_published(article, readings)
    settle_source(article)
    if unread is not None:
        instead = f"took the {article.published_source} date" if article.published else "left empty"
        warnings.append(LoadError(path, unread.line, f"front-matter date '{unread.text}' is not a date; {instead}"))
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
