"""A scraper's Markdown page: ``# domain``, ``## Metadata`` bullets, ``## Page Structure``, ``## Content``.

The date and byline are read only from under the repeated headline; the scrape timestamp
is when the page was fetched, not published.
"""

from __future__ import annotations

import re

from helpers.dates import parse_date_text
from helpers.load.body import TERMINAL, body_blocks, finish
from helpers.load.plain import first_title
from helpers.load.records import Article, Block, Line, LoadError, article_id_for, trimmed_block
from helpers.load.seed import split_authors


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
        first, title = first_title(text, body, path)
        blocks.extend(body_blocks(text, [line for line in body if line.number < first.number]))
        blocks.append(title)
        article.title = title.text
        body = [line for line in body if line.number > first.number]
    blocks.extend(body_blocks(text, body))
    _scraped_byline_and_date(article, body)
    finish(article)
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
