"""A scraper's Markdown page: ``# domain``, ``## Metadata`` bullets, ``## Page Structure``, ``## Content``, ``## Links``.

Only ``## Content`` holds the page as a reader saw it, and only part of that is the article.
The metadata bullets give the URL, the HTTP status and sometimes a publication date or a
site name; the outline (``## Page Structure``) gives the headline; the ``## Links`` section
after the content is the scraper's dump of every link on the page.  The metadata is a
``metadata`` block, the outline an ``outline`` block and every line of ``## Links`` a
``links`` block: none is prose, so the outline's headings and the link dump's headlines
yield no statement, claim or date (the "before" audit's error class 3).  The content is
typed by the shared body rules, page furniture included (``helpers.load.furniture``).

The headline is the outline's top heading; its block is where the content repeats it (else
the headline part of the page's ``<title>`` line, else the outline's line).  The page's first
content line is its ``<title>`` ("Headline | Section | Outlet"), kept as a ``page_title``
block; its suffix names the outlet when it matches the domain (``helpers.load.source``).
The date and byline are read only from under the repeated headline; the scrape timestamp is
when the page was fetched, not published.  A page whose HTTP status is 400 or more is an
error page ("Access Denied"), reported and not loaded.
"""

from __future__ import annotations

import re

from helpers.dates import parse_date_text
from helpers.lexicon import ERROR_PAGE_TITLES
from helpers.load.body import TERMINAL, body_blocks, finish
from helpers.load.furniture import FURNITURE_KINDS
from helpers.load.plain import first_title
from helpers.load.published import DATELINE_REACH, DateReading, dateline_day, settle_published
from helpers.load.records import Article, Block, Line, LoadError, article_id_for, make_block, trimmed_block
from helpers.load.seed import split_authors
from helpers.load.source import settle_source


METADATA_BULLET = re.compile(r"^\s*-\s+\*\*(?P<key>[^*]+)\*\*:\s*(?P<value>.*?)\s*$")
STRUCTURE_TITLE = re.compile(r"^\s*-\s+#\s+(?P<title>.+?)\s*$")
#: The end of a page's <title> line: a separator and a short name ("… | Fortune").
PAGE_TITLE_SUFFIX = re.compile(r"\s(?:\||-|–|—)\s+(?:\S+\s+){0,5}\S+\s*$")
TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—)\s+")
PUBLISHED_KEYS = ("published", "publication date", "date published", "published at", "pubdate")
OUTLET_KEYS = ("site name", "site_name", "sitename", "publisher", "outlet")
#: Block kinds under the headline that the byline and dateline may be read from.
READABLE_UNDER_HEADLINE = frozenset({"heading", "paragraph"}) | FURNITURE_KINDS


def parse_scraped(text: str, lines: list[Line], path: str, warnings: list[LoadError]) -> Article:
    """A scraper's page: metadata bullets and page outline before a ``## Content`` section."""
    content = next(line for line in lines if line.text.strip() == "## Content")
    outline = next((line for line in lines[: content.number - 1] if line.text.strip() == "## Page Structure"), None)
    links = next((line for line in lines[content.number:] if line.text.strip() == "## Links"), None)
    header_end = outline.number - 1 if outline is not None else content.number
    blocks = [trimmed_block("metadata", text, lines[0].start, lines[header_end - 1].end, 1)]
    if outline is not None:
        blocks.append(trimmed_block("outline", text, outline.start, content.end, outline.number))
    blocks = [block for block in blocks if block is not None]
    article = Article(article_id=article_id_for(path), path=path, text=text, layout="scraped",
                      blocks=blocks, warnings=warnings)
    readings: list[DateReading] = []
    headings: list[Block] = []
    for line in lines[: content.number - 1]:
        bullet = METADATA_BULLET.match(line.text)
        if bullet:
            _read_bullet(article, line, bullet, readings, path)
            continue
        heading = STRUCTURE_TITLE.match(line.text)
        if heading:
            start = line.start + heading.start("title")
            headings.append(make_block("title", start, start + len(heading["title"]), heading["title"], line.number))
    body = [line for line in lines if line.number > content.number and (links is None or line.number < links.number)]
    article.title, outline_title = _headline(headings, body)
    _refuse_error_page(article, body, path)
    page_title = ""
    if not article.title:
        if all(line.blank for line in body):
            raise LoadError(path, content.number, "truncated: '## Content' section is empty")
        first, title = first_title(text, body, path)
        blocks.extend(body_blocks(text, [line for line in body if line.number < first.number]))
        blocks.append(title)
        article.title = title.text
        body = [line for line in body if line.number > first.number]
        blocks.extend(body_blocks(text, body))
    else:
        content_blocks = body_blocks(text, body, title=article.title)
        page_title = _type_page_title(article, content_blocks)
        blocks.extend(content_blocks)
        _place_title(article, outline_title)
    if links is not None:
        blocks.extend(block for line in lines[links.number - 1:]
                      if (block := trimmed_block("links", text, line.start, line.end, line.number)) is not None)
    blocks.sort(key=lambda block: block.start)
    readings.extend(_scraped_byline_and_date(article, body))
    finish(article)
    settle_published(article, readings)
    settle_source(article, page_title=page_title)
    if article.published is None:
        warnings.append(LoadError(path, None, "no publication date stated; left empty"))
    return article


def _headline(headings: list[Block], body: list[Line]) -> tuple[str, Block | None]:
    """The article's headline, and the outline heading that states it (None if none does).

    The outline's top-level headings may start with a site's section ("# News") or a call to
    action ("# Make a Monthly Gift"), so the headline is, in this order: the heading that the
    page's ``<title>`` line states (its longest part before the site's name); the first
    heading the content repeats with a byline or date line under it; the ``<title>`` line's headline part; the first heading of three
    words or more; the first heading.
    """
    filled = [line for line in body if not line.blank]
    page_headline = ""
    if filled and PAGE_TITLE_SUFFIX.search(filled[0].stripped):
        segments = TITLE_SEPARATOR.split(filled[0].stripped)[:-1]  # the last names the site
        page_headline = max(segments, key=len).strip() if segments else ""
    wanted = _normalised_title(page_headline)
    for block in headings:
        if wanted and _normalised_title(block.text) == wanted:
            return block.text, block
    for block in headings:
        heading = _normalised_title(block.text)
        for index, line in enumerate(filled[:-1]):
            if _normalised_title(line.stripped) == heading and any(_signs(after.stripped) for after in filled[index + 1:index + 5]):
                return block.text, block
    if page_headline:
        return page_headline, None
    chosen = next((block for block in headings if len(block.text.split()) >= 3), headings[0] if headings else None)
    return (chosen.text, chosen) if chosen is not None else ("", None)


def _read_bullet(article: Article, line: Line, bullet: re.Match, readings: list[DateReading], path: str) -> None:
    key, value = bullet["key"].strip().lower(), bullet["value"]
    if key == "url" and not article.url:
        article.url = value
    elif key in PUBLISHED_KEYS:
        day = parse_date_text(value)
        if day is not None:
            start = line.start + bullet.start("value")
            readings.append(DateReading("front matter", day, line.number, start, start + len(value)))
    elif key in ("author", "authors") and not article.authors:
        article.authors = split_authors(value)
    elif key in OUTLET_KEYS and value and not article.outlet:
        article.outlet = value
    elif key == "http status":
        status = re.match(r"\d{3}", value)
        if status and int(status.group()) >= 400:
            raise LoadError(path, line.number, f"error page: HTTP status {status.group()}, not an article")


def _refuse_error_page(article: Article, body: list[Line], path: str) -> None:
    """A page whose headline is an error title ("Access Denied") and that has no prose is not an article."""
    titles = ERROR_PAGE_TITLES["en"]
    if article.title.strip().lower() not in titles:
        return
    words = sum(len(line.stripped.split()) for line in body)
    if words < 80:
        first = next((line.number for line in body if not line.blank), None)
        raise LoadError(path, first, f"error page: '{article.title.strip()}', not an article")


def _type_page_title(article: Article, blocks: list[Block]) -> str:
    """Type the page's ``<title>`` line ("Headline | Section | Outlet"); return its text.

    A scraped page's content opens with the page's ``<title>``: the headline, or another
    wording of it, followed by a separator and the site's or section's name."""
    if not blocks:
        return ""
    first = blocks[0]
    wanted = _normalised_title(article.title)
    line = _normalised_title(first.text)
    suffix = PAGE_TITLE_SUFFIX.search(first.text)
    if line != wanted and (line.startswith(wanted) and re.match(r"\s*[|\-–—]", line[len(wanted):])
                           or suffix is not None and first.kind in READABLE_UNDER_HEADLINE):
        blocks[0] = make_block("page_title", first.start, first.end, first.text, first.line)
        return first.text
    return ""


def _place_title(article: Article, outline_title: Block | None) -> None:
    """Point the title block at the content's repeated headline, else the ``<title>`` line's
    headline part, else the outline's heading.  Of several repeats, the first with a byline
    or date line under it (a ticker or a related list may carry the headline too); the other
    repeats are typed ``navigation``, so the headline is read once."""
    wanted = _normalised_title(article.title)
    repeats = [index for index, block in enumerate(article.blocks)
               if block.kind in READABLE_UNDER_HEADLINE and _normalised_title(block.text) == wanted]
    prose = [index for index in repeats if article.blocks[index].kind in ("heading", "paragraph")]
    signed = [index for index in prose if any(_signs(block.text) for block in article.blocks[index + 1:index + 5])]
    chosen = (signed or prose or repeats[-1:] or [None])[0]
    if chosen is not None:
        for index in prose:
            if index != chosen:  # the headline again in a breadcrumb, ticker or list: not prose
                block = article.blocks[index]
                article.blocks[index] = make_block("navigation", block.start, block.end, block.text, block.line)
        block = article.blocks[chosen]
        article.blocks[chosen] = make_block("title", block.start, block.end, block.text, block.line)
        return
    page_title = article.block("page_title")
    if page_title is not None and article.text.startswith(article.title, page_title.start):
        start = page_title.start
        article.blocks.append(make_block("title", start, start + len(article.title), article.title, page_title.line))
        return
    if outline_title is not None:
        article.blocks.append(outline_title)


def _signs(line: str) -> bool:
    """A byline or dateline: what stands under an article's headline (a ticker's copy of the
    headline has clock times under it, a related list other headlines)."""
    words = line.split()
    return dateline_day(line) is not None or (bool(words) and words[0].lower() in ("by", "author", "authors")
                                              and len(words) <= 6)


def _scraped_byline_and_date(article: Article, body: list[Line]) -> list[DateReading]:
    """Read the date and byline a scraped page prints under its headline.

    Scraped pages repeat the headline in the content, followed within a few lines by the
    byline ("by" / "Authors" on a line of its own, then the name) and a line that is only a
    date ("27/02/2026", "Feb 27, 2026 15:11", "Published On 27 Feb 2026").  Only the lines
    under the title block are read (not under a ticker's or a related list's copy of the
    headline): a date anywhere else on the page may be a related article's.
    """
    title = article.block("title")
    headings = [i for i, line in enumerate(body) if title is not None and line.start <= title.start <= line.end]
    readings: list[DateReading] = []
    for heading in headings:
        window = [line for line in body[heading + 1:] if not line.blank][:DATELINE_REACH]
        readings.extend(_read_under_heading(article, window, already=bool(readings)))
    return readings[:1]


def _read_under_heading(article: Article, window: list[Line], *, already: bool) -> list[DateReading]:
    readings: list[DateReading] = []
    for index, line in enumerate(window):
        found = dateline_day(line.text)
        if found is not None and not already and not readings:
            day, start, end = found
            readings.append(DateReading("page", day, line.number, line.start + start, line.start + end))
            _retype(article, line, "dateline")
        elif line.stripped.lower() in ("by", "author", "authors") and index + 1 < len(window) and not article.authors:
            name_line = window[index + 1]
            if len(name_line.stripped.split()) <= 5 and not name_line.stripped.endswith(TERMINAL):
                article.authors = split_authors(name_line.stripped)
                _retype(article, line, "byline")
                _retype(article, name_line, "byline")
    return readings


def _normalised_title(text: str) -> str:
    return re.sub(r"[\"“”'‘’]", "", text).strip().lower()


def _retype(article: Article, line: Line, kind: str) -> None:
    """Give the block that starts on ``line`` a new kind (a heading that is really a date)."""
    for index, block in enumerate(article.blocks):
        if block.line == line.number and block.kind in READABLE_UNDER_HEADLINE:
            article.blocks[index] = Block(kind, block.start, block.end, block.text, block.line)
            return
