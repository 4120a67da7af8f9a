"""``.json``/``.jsonl`` records with ``title``, ``date``, ``author``, ``text`` (and ``url``,
``outlet``, ``language``).  A bad JSON line is reported and the other lines still load."""

from __future__ import annotations

import json
import re
from typing import Iterator

from helpers.dates import parse_date_text
from helpers.lexicon import LANGUAGE_TAGS
from helpers.load.body import body_blocks, finish
from helpers.load.published import DateReading, settle_published
from helpers.load.records import Article, Block, LoadError, PartialLoad, article_id_for, split_lines
from helpers.load.seed import split_authors
from helpers.load.source import settle_source


def parse_json_records(text: str, path: str, warnings: list[LoadError]) -> list[Article]:
    """Articles from a JSON list/object or JSON Lines; a bad record raises LoadError.

    The article text is composed as ``title + "\\n\\n" + text`` so that the title, like
    every other part, has offsets into ``Article.text``.
    """
    records: list[tuple[int, dict]] = []
    errors: list[LoadError] = []
    for line, item in _json_records(text, path):
        if isinstance(item, LoadError):
            errors.append(item)
        else:
            records.append((line, item))
    if not records and not errors:
        raise LoadError(path, 1, "no records: the JSON holds no article objects")
    stem = article_id_for(path)
    articles = []
    for index, (line, record) in enumerate(records, start=1):
        article_id = stem if len(records) == 1 else f"{stem}#{index}"
        try:
            articles.append(article_from_record(record, path, line, article_id, list(warnings)))
        except LoadError as error:
            errors.append(error)
    if errors and articles:
        raise PartialLoad(articles, errors)
    if errors:
        raise errors[0]
    return articles


def _json_records(text: str, path: str) -> Iterator[tuple[int, dict | LoadError]]:
    stripped = text.lstrip()
    if stripped.startswith(("[", "{")):
        try:
            data = json.loads(text)
        except RecursionError:
            raise _too_deep(text, path) from None
        except json.JSONDecodeError as error:
            if not stripped.startswith("{") or "\n{" not in text:
                raise LoadError(path, error.lineno, f"invalid or truncated JSON: {error.msg}") from None
        else:
            items = data.get("articles", [data]) if isinstance(data, dict) else data
            if not isinstance(items, list):
                raise LoadError(path, 1, "unknown layout: JSON is neither a record nor a list of records")
            for item in items:
                if not isinstance(item, dict):
                    raise LoadError(path, 1, "unknown layout: a JSON list item is not an object")
                yield 1, item
            return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except RecursionError:
            yield number, _too_deep(line, path, number)
            continue
        except json.JSONDecodeError as error:
            yield number, LoadError(path, number, f"invalid or truncated JSON line: {error.msg}")
            continue
        if not isinstance(item, dict):
            yield number, LoadError(path, number, "unknown layout: JSON line is not an object")
            continue
        yield number, item


#: Nesting reported as too deep.  Python's JSON parser recurses once per level of lists and
#: objects and gives up near 1,000 levels; an article record has a handful.
JSON_DEPTH_SHOWN = 100
#: The tokens that change the nesting depth, with strings matched whole so that brackets
#: inside them do not count.
_JSON_NESTING = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _too_deep(text: str, path: str, first_line: int = 1) -> LoadError:
    """The error for JSON nested too deeply to parse (bench_hostile's "json_nested" was
    reported as a loader bug, RecursionError), at the line where it passes
    ``JSON_DEPTH_SHOWN`` levels (``first_line``: the line ``text`` starts at)."""
    depth = 0
    for token in _JSON_NESTING.finditer(text):
        bracket = token.group()
        if bracket in ("[", "{"):
            depth += 1
            if depth > JSON_DEPTH_SHOWN:
                line = first_line + text.count("\n", 0, token.start())
                return LoadError(path, line, f"too deeply nested: JSON lists or objects more than "
                                             f"{JSON_DEPTH_SHOWN} levels deep; no article record nests so deep")
        elif bracket in ("]", "}"):
            depth -= 1
    return LoadError(path, first_line, "too deeply nested: JSON lists or objects too deep to parse")


def article_from_record(record: dict, path: str, line: int, article_id: str, warnings: list[LoadError]) -> Article:
    """One JSON record as an Article; ``text`` is required, the rest optional."""
    body = record.get("text") or record.get("body") or record.get("content")
    if not isinstance(body, str) or not body.strip():
        raise LoadError(path, line, "record has no 'text'")
    title = str(record.get("title") or "").strip()
    composed = f"{title}\n\n{body}" if title else body
    lines = split_lines(composed)
    blocks: list[Block] = []
    body_lines = lines
    if title:
        blocks.append(Block("title", 0, len(title), title, line))
        body_lines = lines[2:]
    blocks.extend(body_blocks(composed, body_lines))
    article = Article(article_id=article_id, path=path, text=composed, layout="json", blocks=blocks,
                      title=title, warnings=warnings)
    published = record.get("date") or record.get("published")
    reading = None
    if published:
        day = parse_date_text(str(published))
        if day is None:
            warnings.append(LoadError(path, line, f"record date '{published}' is not a date; left empty"))
        else:
            reading = DateReading("front matter", day, line)
    author = record.get("author") or record.get("authors")
    if isinstance(author, list):
        article.authors = [str(name).strip() for name in author if str(name).strip()]
    elif author:
        article.authors = split_authors(str(author))
    article.url = str(record.get("url") or "")
    article.outlet = str(record.get("outlet") or "")
    language = record.get("language")
    if language:
        article.language = LANGUAGE_TAGS.get(str(language).lower(), str(language))
    finish(article, line)
    settle_published(article, [reading])
    settle_source(article)
    return article
