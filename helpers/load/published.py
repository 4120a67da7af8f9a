"""The publication date, from every source the page gives, and which source it came from.

A saved page can state its date in up to four places.  Each layout hands the dates it read
to ``settle_published`` as ``DateReading``s; the URL's date is read here from
``Article.url``.  The date kept is the one from the most trusted source, in this order:

1. ``header``: the seed layout's `` date 2025-01-03 Eng`` header line;
2. ``front matter``: the file's own metadata: a YAML front-matter ``date``, a JSON record's
   ``date``, a scraped page's ``Published`` bullet, a web page's meta tags;
3. ``page``: a dateline-shaped line printed under the headline ("February 27, 2026 03:55 PM",
   "Feb 27, 2026 16:51", "27.02.2026. 06:20h", "Published On 27 Feb 2026");
4. ``url``: a date in the page's own URL (``/2026/02/27/``, ``/2026-02-27/``,
   ``/2026/feb/20/``, ``…-february-26-2026``), used only when nothing above gives one.

``Article.published_source`` names the source kept (empty when the article is undated) and
``Article.published_span`` where in the text the date was read, when it is in the text (the
timeline's "published" row points there).  When two sources disagree by more than a day, the
load report gets a warning naming both, and the more trusted date is kept: a front matter
that says 2022-02-07 for a page whose URL says ``/2026/feb/20/`` is flagged, not silently
believed.  (A day's difference is a time zone, not a disagreement.)  One exception to the
order: when the URL names a full day (year, month and day) and the front matter is more than
a year away from it (``URL_OVERRIDES_DAYS``), the URL's date is kept and the warning says so:
a page is not filed under a date years after it was written, while a crawler's front matter
can take the date of an older page the article cites or embeds (issue 10, the after audit:
the Guardian's "A war foretold", front matter 2022-02-07, URL ``/2026/feb/20/``).  A URL that
names only a month (``/2026/02/``) names no day and gives no date.  The rules come from the "before"
audit of the eval news (error class 12 and its list of affected articles).
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from helpers.dates import make_date, parse_date_text
from helpers.lexicon import DATELINE_LEADS, DATELINE_NOT_PUBLISHED, MONTHS
from helpers.load.records import Article, Line, LoadError, make_block

#: Sources of a publication date, most trusted first (see the module docstring).
TRUST_ORDER = ("header", "front matter", "page", "url")
#: Two sources this many days apart or more disagree.
DISAGREEMENT_DAYS = 2
#: A full URL date overrides a front-matter date more than this many days away from it.
URL_OVERRIDES_DAYS = 366
#: Years a URL date may name (a number outside them is an id, not a year).
URL_YEARS = range(1990, 2100)

_MONTHS = MONTHS["en"]
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))


class DateReading(NamedTuple):
    """A publication date one source states, and where in the text (if it is there)."""

    source: str  # one of TRUST_ORDER
    day: date
    line: int | None = None
    start: int | None = None
    end: int | None = None


# --- the URL ----------------------------------------------------------------------------------

#: Dates in a URL's path: /2026/02/27/, /2026/2/27/, /2026-02-27/, /2026/feb/20/ and a slug
#: ending "-february-26-2026" or "-26-february-2026".
URL_DATES = (
    re.compile(r"(?<![\w])(?P<y>\d{4})[/_-](?P<m>\d{1,2})[/_-](?P<d>\d{1,2})(?=[/_.?#-]|$)"),
    re.compile(rf"(?<![\w])(?P<y>\d{{4}})/(?P<mon>{_MONTH_ALT})/(?P<d>\d{{1,2}})(?=[/_.?#-]|$)", re.IGNORECASE),
    re.compile(rf"(?<![a-z])(?P<mon>{_MONTH_ALT})-(?P<d>\d{{1,2}})(?:st|nd|rd|th)?-(?P<y>\d{{4}})(?![\d])",
               re.IGNORECASE),
    re.compile(rf"(?<![\w])(?P<d>\d{{1,2}})-(?P<mon>{_MONTH_ALT})-(?P<y>\d{{4}})(?![\d])", re.IGNORECASE),
)


def url_date(url: str) -> tuple[date, int, int] | None:
    """The day a URL's path names, with the span of the date in the URL, or None.

    >>> url_date("https://www.example.org/world/2026/feb/20/sampleville-report")
    (datetime.date(2026, 2, 20), 36, 47)
    >>> url_date("https://example.org/analysis/assessment-february-26-2026")[0]
    datetime.date(2026, 2, 26)
    >>> url_date("https://example.org/2026/02/sampleville") is None   # a month is not a day
    True
    """
    path_start = _path_start(url)
    if path_start is None:
        return None
    for pattern in URL_DATES:
        for match in pattern.finditer(url, path_start):
            groups = match.groupdict()
            year = int(groups["y"])
            if year not in URL_YEARS:
                continue
            month = int(groups["m"]) if groups.get("m") else _MONTHS[groups["mon"].lower()]
            day = make_date(year, month, int(groups["d"]))
            if day is not None:
                return day, match.start(), match.end()
    return None


def _path_start(url: str) -> int | None:
    """Where the path begins (after ``scheme://host``), so a host's digits are never a date."""
    match = re.match(r"\s*(?:[a-z][a-z0-9+.-]*:)?//[^/?#\s]*", url, re.IGNORECASE)
    return match.end() if match else None


def url_reading(article: Article) -> DateReading | None:
    """The URL's date, located in the article's text when the URL is written there."""
    if not article.url:
        return None
    found = url_date(article.url)
    if found is None:
        return None
    day, start, end = found
    where = article.text.find(article.url)
    if where < 0:
        return DateReading("url", day)
    line = article.text.count("\n", 0, where) + 1
    return DateReading("url", day, line, where + start, where + end)


# --- a dateline under the headline ------------------------------------------------------------

_DATE = (
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{4}\.?"
    r"|\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_ALT})\.?,?\s+\d{{4}}"
    rf"|(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:h|[ap]\.?\s?m\.?)?)?"
_ZONE = r"(?:\s*\(?(?:[A-Z]{2,5}|GMT|UTC)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?\)?)?"
#: A line that is only a date, with an optional weekday, time and time zone.
DATELINE = re.compile(
    rf"^(?P<lead>[A-Za-z][A-Za-z ]{{0,24}}?:?\s+)?(?:[A-Z][a-z]{{2,5}}day,?\s+)?(?P<date>{_DATE}){_TIME}{_ZONE}\.?$",
    re.IGNORECASE,
)
#: How many non-blank lines under the headline a dateline is looked for in.
DATELINE_REACH = 12


def dateline_day(line: str, language: str = "en") -> tuple[date, int, int] | None:
    """The day a dateline-shaped line states, with the date's span in the line, or None.

    A lead word may stand before the date when it marks publication ("Published On 27 Feb
    2026"); a line that gives an update or access time ("Updated 28 Feb 2026") is not a
    publication date.

    >>> dateline_day("February 27, 2026 03:55 PM GMT+03:00")[0]
    datetime.date(2026, 2, 27)
    >>> dateline_day("27.02.2026. 06:20h")[0]
    datetime.date(2026, 2, 27)
    >>> dateline_day("Updated 28 Feb 2026") is None
    True
    """
    text = line.strip()
    match = DATELINE.match(text)
    if match is None:
        return None
    lead = (match["lead"] or "").strip().rstrip(":").strip().lower()
    if lead and lead not in tuple(word.rstrip(":") for word in DATELINE_LEADS.get(language, DATELINE_LEADS["en"])):
        return None
    if lead in DATELINE_NOT_PUBLISHED.get(language, DATELINE_NOT_PUBLISHED["en"]):
        return None
    surface = match["date"].rstrip(".")
    day = parse_date_text(surface.split("T")[0] if re.match(r"\d{4}-", surface) else surface)
    if day is None or day.year not in URL_YEARS:
        return None
    offset = len(line) - len(line.lstrip())
    return day, offset + match.start("date"), offset + match.start("date") + len(surface)


def page_dateline(article: Article, body: list[Line], *, language: str = "en") -> DateReading | None:
    """A dateline among the first lines of a body (under the headline), typed as ``dateline``.

    Only the first ``DATELINE_REACH`` non-blank lines are read: a date line further down may
    belong to a related article.  The block that holds the line becomes a ``dateline`` block.
    """
    for line in [line for line in body if not line.blank][:DATELINE_REACH]:
        found = dateline_day(line.text, language)
        if found is None:
            continue
        day, start, end = found
        for index, block in enumerate(article.blocks):
            if block.start <= line.start + start < block.end and block.kind not in ("title", "standfirst"):
                article.blocks[index] = make_block("dateline", block.start, block.end, block.text, block.line)
                break
        return DateReading("page", day, line.number, line.start + start, line.start + end)
    return None


# --- settling on one date ---------------------------------------------------------------------


def settle_published(article: Article, readings: list[DateReading], *, language: str = "en") -> None:
    """Keep the most trusted reading (plus the URL's), and warn when two disagree.

    Sets ``article.published``, ``published_source`` and ``published_span``.  A reading
    already applied by the layout (the seed's header) is simply one of the readings.
    """
    readings = [reading for reading in readings if reading is not None]
    from_url = url_reading(article)
    if from_url is not None:
        readings.append(from_url)
    if not readings:
        article.published, article.published_source, article.published_span = None, "", None
        return
    readings.sort(key=lambda reading: TRUST_ORDER.index(reading.source))
    kept = readings[0]
    overridden = None
    if kept.source == "front matter" and from_url is not None \
            and abs((from_url.day - kept.day).days) >= URL_OVERRIDES_DAYS:
        overridden, kept = kept, from_url  # the URL's full date, years away from the front matter's
    article.published = kept.day
    article.published_source = kept.source
    article.published_span = (kept.start, kept.end) if kept.start is not None else None
    reported: set[str] = set()
    if overridden is not None:
        reported.add(overridden.source)
        article.warnings.append(LoadError(
            article.path, overridden.line,
            f"publication dates disagree: front matter says {overridden.day.isoformat()}, url says "
            f"{kept.day.isoformat()}; kept the url date: a full date in the URL overrides a front-matter "
            f"date more than a year away from it (order of trust otherwise: {', '.join(TRUST_ORDER)})",
        ))
    for other in readings:
        if other is kept:
            continue
        if other.source in reported or other.source == kept.source:
            continue
        if abs((other.day - kept.day).days) >= DISAGREEMENT_DAYS:
            reported.add(other.source)
            article.warnings.append(LoadError(
                article.path, other.line,
                f"publication dates disagree: {kept.source} says {kept.day.isoformat()}, "
                f"{other.source} says {other.day.isoformat()}; kept the {kept.source} date "
                f"(order of trust: {', '.join(TRUST_ORDER)})",
            ))
