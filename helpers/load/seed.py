"""The saved-page layout of the user's seed.

A `` date 2025-01-03 Eng`` header, the title, a blank line and the standfirst, a ``byName``
byline, a ``DD/MM/YYYY`` date line and ``N minute read``, photo alt text and caption, then the
body paragraphs.  When the header date and the date line disagree, the header wins and a
warning says so.
"""

from __future__ import annotations

import re
from datetime import date

from helpers.dates import ISO_DATE, make_date, parse_date_text
from helpers.lexicon import LANGUAGE_TAGS
from helpers.load.body import body_blocks, finish, has_photo_credit
from helpers.load.records import Article, Block, Line, LoadError, article_id_for, trimmed_block


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
    finish(article)
    article.published_source = "header"
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
