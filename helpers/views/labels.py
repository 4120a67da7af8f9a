"""Article labels: how every view names an article ("2025-01-03 · kyivindependent.com · Russians
target key rail hub Pokrovsk, lose 400…"), instead of its file path.

A reader knows an article by its date, its outlet and its title.  The label is built from the
``articles`` table only: the publication date (``undated`` when the article states none), the
outlet the file names, else its domain (the ``domain`` column when the table has one, else the
host of its ``url`` without "www."; nothing when there is no URL: an outlet is never guessed),
and the title shortened at a word boundary.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pandas as pd

#: Separator between the parts of a label.
SEPARATOR = " · "
#: Longest title kept in a label, in characters (a longer one is cut at a word and ends in "…").
TITLE_WIDTH = 48


def shorten(text: str, width: int = TITLE_WIDTH) -> str:
    """``text`` on one line, cut at the last word boundary that fits ``width`` characters.

    >>> shorten("Russians target key rail hub Pokrovsk, lose 400 troops daily", 40)
    'Russians target key rail hub Pokrovsk,…'
    """
    text = " ".join(str(text).split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:  # a word boundary not too far back; else cut inside the word
        cut = cut[:space]
    return cut.rstrip(" ,;:·-–—") + "…"


def url_domain(url: object) -> str:
    """The host of a URL without a leading "www." ("" for no URL or one without a host)."""
    if not isinstance(url, str) or not url.strip():
        return ""
    host = urlsplit(url.strip()).hostname or ""
    return host.removeprefix("www.")


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def article_source(row) -> str:
    """The outlet the file names, else the article's domain, else "" (never guessed)."""
    outlet = _text(_get(row, "outlet"))
    if outlet:
        return outlet
    domain = _text(_get(row, "domain"))
    return domain or url_domain(_get(row, "url"))


def _get(row, name: str) -> object:
    if isinstance(row, dict):
        return row.get(name)
    return getattr(row, name, None)


def article_label(row, *, width: int = TITLE_WIDTH) -> str:
    """One article's label: "2025-01-03 · outlet-or-domain · shortened title".

    ``row`` is a row of the ``articles`` table (a Series, an ``itertuples`` row or a dict).
    The source part is left out when the article names no outlet and has no URL; the date
    reads "undated" when the article states none; an article without a title is named by
    its ``article_id``.
    """
    published = _get(row, "published")
    date = pd.Timestamp(published).strftime("%Y-%m-%d") if published is not None and pd.notna(published) else "undated"
    title = _text(_get(row, "title")) or str(_get(row, "article_id") or "")
    parts = [date, article_source(row), shorten(title, width)]
    return SEPARATOR.join(part for part in parts if part)


def article_labels(articles: pd.DataFrame, *, width: int = TITLE_WIDTH) -> pd.Series:
    """Every article's label, indexed by ``article_id`` (in the table's order).

    Two articles with the same date, source and shortened title (a page saved twice) get
    " (2)", " (3)" ... after the first, in table order, so that a label names one article.
    """
    labels = [article_label(row, width=width) for row in articles.itertuples(index=False)]
    seen: dict[str, int] = {}
    unique = []
    for label in labels:
        count = seen.get(label, 0) + 1
        seen[label] = count
        unique.append(label if count == 1 else f"{label} ({count})")
    return pd.Series(unique, index=pd.Index(articles["article_id"], name="article_id"), name="label", dtype=object)
