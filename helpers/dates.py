"""Normalise a date string that has already been found: fast patterns first, dateparser last.

The loader meets dates in headers ("2025-01-03"), datelines ("03/01/2025") and front matter
("Apr 30, 2025 14:00"); the timeline meets them in prose ("26 October 2024").  The common
forms are read by the patterns below, which are exact and cost microseconds; anything else
goes to ``dateparser.parse`` on the span alone (never ``search_dates`` over a whole text,
which on the seed turns "75% of the" into 1975).  Numeric dates are day-first, as in the
European and Ukrainian press, unless the caller says otherwise.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from helpers.lexicon import MONTHS

_MONTH_NAMES = MONTHS["en"]
_MONTH_ALT = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))

ISO_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d])")
NUMERIC_DATE = re.compile(r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)")
DAY_MONTH_YEAR = re.compile(
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_ALT})\.?,?\s+(?P<y>\d{{4}})\b",
    re.IGNORECASE,
)
MONTH_DAY_YEAR = re.compile(
    rf"(?P<mon>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
    re.IGNORECASE,
)


def make_date(year: int, month: int, day: int) -> date | None:
    """A ``date``, or None when the parts name no real day (30 February, month 13)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_numeric_date(surface: str, *, day_first: bool = True) -> date | None:
    """Read "03/01/2025" or "26.10.2024" (day first unless ``day_first`` is False)."""
    match = NUMERIC_DATE.fullmatch(surface.strip())
    if not match:
        return None
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    day, month = (first, second) if day_first else (second, first)
    return make_date(year, month, day)


@lru_cache(maxsize=4096)
def parse_date_text(surface: str, *, day_first: bool = True) -> date | None:
    """The calendar day a found date string names, or None when it names none exactly.

    Accepts ISO dates and datetimes, day-first numeric dates, "26 October 2024",
    "October 26, 2024" and "Apr 30, 2025 14:00" (the time is ignored).  Other strings go to
    dateparser with strict parsing so that a string lacking a day, month or year gives None
    rather than a guessed day.
    """
    text = surface.strip()
    if not text:
        return None
    for pattern in (ISO_DATE, DAY_MONTH_YEAR, MONTH_DAY_YEAR):
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            month = int(groups["m"]) if "m" in groups else _MONTH_NAMES[groups["mon"].lower()]
            return make_date(int(groups["y"]), month, int(groups["d"]))
    match = NUMERIC_DATE.match(text)
    if match:
        return parse_numeric_date(match.group(0), day_first=day_first)
    return _parse_with_dateparser(text, day_first)


def _parse_with_dateparser(text: str, day_first: bool) -> date | None:
    """Last resort for forms the patterns do not know; imported lazily because it is slow."""
    import dateparser

    settings = {
        "STRICT_PARSING": True,
        "DATE_ORDER": "DMY" if day_first else "MDY",
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
