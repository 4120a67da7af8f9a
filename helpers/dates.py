"""Normalise a date string that has already been found: fast patterns first, dateparser last.

The loader meets dates in headers ("2025-01-03"), datelines ("03/01/2025") and front matter
("Apr 30, 2025 14:00"); the timeline meets them in prose ("26 October 2024").  The common
forms are read by the patterns below, which are exact and cost microseconds; anything else
goes to ``dateparser.parse`` on the span alone (never ``search_dates`` over a whole text,
which on the seed turns "75% of the" into 1975).  Numeric dates are day-first, as in the
European and Ukrainian press, unless the caller says otherwise.

The second half of the module is calendar arithmetic for the timeline: given a reference day
(the publication date), which calendar span does "3 January", "in December", "on Monday",
"last week" or "over the past day" name?  The rules follow the TIMEX3 normalisation of
TimeML and the news-style resolution of HeidelTime (Strötgen & Gertz 2013): an expression
without a year takes the candidate nearest to the document creation time, in the past
unless the sentence speaks of the future.  Every function here is pure and exact; the
finding of expressions and the reading of tense live in ``helpers.extract.timeline``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

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


# --- calendar arithmetic for the timeline ----------------------------------------------------

#: How a year-less expression picks its year: on or before the reference ("past"), on or
#: after it ("future"), or whichever reading lies nearest to it ("nearest").
Rule = Literal["past", "future", "nearest"]


def month_number(name: str, *, language: str = "en") -> int | None:
    """1-12 for a month name or its abbreviation ("Feb.", "Sept"), else None."""
    return MONTHS.get(language, _MONTH_NAMES).get(name.lower().rstrip("."))


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def month_span(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    return date(year, month, 1), month_end(year, month)


def year_span(year: int) -> tuple[date, date]:
    """1 January and 31 December of a year."""
    return date(year, 1, 1), date(year, 12, 31)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (earlier if negative), clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, month_end(year, month + 1).day))


def week_span(day: date) -> tuple[date, date]:
    """Monday and Sunday of the (ISO) week containing ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def pick_span(candidates: list[tuple[date, date]], reference: date, rule: Rule) -> tuple[date, date] | None:
    """The candidate span the rule selects; spans are sorted by start."""
    if rule == "past":
        before = [span for span in candidates if span[0] <= reference]
        return before[-1] if before else None
    if rule == "future":
        after = [span for span in candidates if span[1] >= reference]
        return after[0] if after else None
    return min(candidates, key=lambda span: _distance(span, reference), default=None)


def _distance(span: tuple[date, date], reference: date) -> int:
    """Days from the reference to the nearest day of the span (0 when it contains it)."""
    if span[0] <= reference <= span[1]:
        return 0
    return min(abs((span[0] - reference).days), abs((span[1] - reference).days))


def day_month_candidates(day: int, month: int, reference: date, *, last_day: int | None = None) -> list[tuple[date, date]]:
    """The readings of "3 January" (or "3-5 January" with ``last_day``) in the years around the reference."""
    spans = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        first = make_date(year, month, day)
        last = make_date(year, month, last_day) if last_day is not None else first
        if first is not None and last is not None:
            spans.append((first, last))
    return spans


def resolve_day_month(
    day: int, month: int, reference: date, *, rule: Rule = "past", last_day: int | None = None,
) -> tuple[date, date] | None:
    """The year a year-less "3 January" (or "3-5 January") takes, read against ``reference``.

    ``past``: the latest reading that starts on or before the reference ("On 28 December" in
    an article of 3 January 2025 is 2024-12-28); ``future``: the earliest that has not
    ended before it; ``nearest``: the reading nearest to it (a range containing the
    reference is at distance 0).  None when no year around the reference has such a day
    (29 February).
    """
    return pick_span(day_month_candidates(day, month, reference, last_day=last_day), reference, rule)


def resolve_month(month: int, reference: date, *, rule: Rule = "past", modifier: str = "") -> tuple[date, date]:
    """The span of a year-less month ("in December", "last March", "next January").

    ``modifier`` "last" is the latest such month strictly before the reference's month,
    "next" the earliest strictly after it, "this" the one of the reference's year; without
    one, ``rule`` picks the latest on or before (past) or earliest on or after (future).
    """
    ref_index = reference.year * 12 + reference.month - 1
    years = (reference.year - 1, reference.year, reference.year + 1)
    indices = [year * 12 + month - 1 for year in years]
    if modifier == "this":
        chosen = reference.year * 12 + month - 1
    elif modifier == "last" or (modifier == "" and rule != "future"):
        strict = modifier == "last"
        chosen = max(index for index in indices if index < ref_index or (not strict and index == ref_index))
    else:
        strict = modifier == "next"
        chosen = min(index for index in indices if index > ref_index or (not strict and index == ref_index))
    year, zero_month = divmod(chosen, 12)
    return month_span(year, zero_month + 1)


def resolve_weekday(weekday: int, reference: date, *, rule: Rule = "past", modifier: str = "") -> date:
    """The day "on Monday" names: on or before the reference unless future (then after it).

    ``modifier`` "last" is the latest such weekday strictly before the reference, "next"
    the first strictly after it; "this" and no modifier follow ``rule``.  Weekdays count
    from Monday = 0, as ``date.weekday`` does.
    """
    back = (reference.weekday() - weekday) % 7
    if modifier == "last":
        return reference - timedelta(days=back or 7)
    ahead = (weekday - reference.weekday()) % 7
    if modifier == "next" or rule == "future":
        return reference + timedelta(days=ahead or 7)
    return reference - timedelta(days=back)


def window_back(reference: date, unit: str, count: int) -> tuple[date, date]:
    """The window "over the past ``count`` ``unit``s" ending on the reference.

    Hours round up to whole days ("the past 24 hours" of 3 January is 2-3 January), weeks
    are seven days, months and years are calendar months back from the reference.
    """
    return reference - _length(reference, unit, count, -1), reference


def window_ahead(reference: date, unit: str, count: int) -> tuple[date, date]:
    """The window "over the next ``count`` ``unit``s" starting on the reference."""
    return reference, reference + _length(reference, unit, count, 1)


def _length(reference: date, unit: str, count: int, sign: int) -> timedelta:
    if unit == "hour":
        return timedelta(days=max(1, -(-count // 24)))
    if unit == "day":
        return timedelta(days=count)
    if unit == "week":
        return timedelta(days=7 * count)
    months = count * (12 if unit == "year" else 1)
    return abs(add_months(reference, sign * months) - reference)


def shift(reference: date, unit: str, count: int) -> tuple[date, date]:
    """The span ``count`` ``unit``s away ("two days ago" = -2 days, "last year" = -1 year).

    Days and weeks give a day; months give the calendar month, years the calendar year.
    """
    if unit == "day":
        day = reference + timedelta(days=count)
        return day, day
    if unit == "week":
        day = reference + timedelta(days=7 * count)
        return day, day
    if unit == "month":
        moved = add_months(reference, count)
        return month_span(moved.year, moved.month)
    return year_span(reference.year + count)


def period_span(reference: date, unit: str, which: str) -> tuple[date, date]:
    """The calendar period "last/this/next week|weekend|month|year", or "earlier/later this X".

    "last week" is the previous Monday-Sunday week, "last weekend" the latest Saturday-Sunday
    that ended before the reference; "earlier this month" runs from the 1st to the
    reference, "later this year" from the reference to 31 December.
    """
    offset = {"last": -1, "this": 0, "next": 1, "earlier this": 0, "later this": 0}[which]
    if unit == "weekend" and which == "last":
        sunday = reference - timedelta(days=(reference.weekday() - 6) % 7 or 7)
        first, last = sunday - timedelta(days=1), sunday
    elif unit == "weekend":
        _, sunday = week_span(reference + timedelta(days=7 * offset))
        first, last = sunday - timedelta(days=1), sunday
    elif unit == "week":
        first, last = week_span(reference + timedelta(days=7 * offset))
    elif unit == "month":
        moved = add_months(reference.replace(day=1), offset)
        first, last = month_span(moved.year, moved.month)
    else:
        first, last = year_span(reference.year + offset)
    if which == "earlier this":
        return first, reference
    if which == "later this":
        return reference, last
    return first, last


def since_start(reference: date, unit: str) -> tuple[date, date]:
    """"Since the start of the week/month/year": from its first day to the reference."""
    first, _ = period_span(reference, unit, "this")
    return first, reference
