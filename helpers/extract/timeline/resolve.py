"""Resolving date expressions to calendar spans, and the publication date's own row.

Explicit dates are read as written; underspecified ones against the publication date (the
document creation time of HeidelTime); narrative ones ("the next day") against the previous
dated event of the same paragraph.  A year-less date takes its year from the tense of its
sentence (``TenseReader``, given by the language's finder).  Cues are compared in the
lexicon's canonical (English) words: a finder for another language hands on its cues
translated to them.
"""

from __future__ import annotations

import calendar

import re
from datetime import date, timedelta
from itertools import islice
from typing import Callable

from helpers.dates import (
    Rule,
    add_months,
    day_month_candidates,
    make_date,
    month_span,
    parse_date_text,
    period_span,
    pick_span,
    resolve_day_month,
    resolve_month,
    resolve_weekday,
    shift,
    since_start,
    window_ahead,
    window_back,
    year_span,
)
from helpers.extract.timeline.records import (
    DATELINE_BLOCKS, METADATA_BLOCKS, NO_ANCHOR_DATE, NO_PUBLICATION, NOT_A_DAY, Event, Mention,
)
from helpers.lexicon import AGO_OPEN_CUES, LIMIT_CUES, PUBLICATION_KEYS, RANGE_CLOSERS, RANGE_OPENERS, SHIFT_MODIFIERS
from helpers.load import Article
from helpers.text import Sentence

#: Canonical cue words (see the module docstring).
_SHIFTS = SHIFT_MODIFIERS["en"]
_RANGE_CLOSERS = RANGE_CLOSERS["en"]
_RANGE_OPENERS = RANGE_OPENERS["en"]
_LIMITS = LIMIT_CUES["en"]
_CLOSER_GAP = re.compile(r"(?i)\s*(?:-|–|—|,)\s*|\s+(?:to|and|or|until|till|through)\s+")
#: ``tense(sentence, start, end, cache)``: "future", "past" or "" for a span of a sentence.
TenseReader = Callable[[Sentence, int, int, dict], str]

# --- the publication date --------------------------------------------------------------------

_PUBLISHED_VALUE = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}"
    r"|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}"
)


def publication(article: Article) -> tuple[int, int] | None:
    """Offsets of the publication date in the article's text, if it is written there.

    Where the loader read the date (``Article.published_span``: a front-matter value, a
    dateline under the headline, the date in the URL's line), when it recorded that.  Else
    only a metadata line keyed as a publication date ("date", "page_date", "Published")
    counts, never a scrape timestamp of the same day; failing one, the dateline the loader
    read the date from.  The seed's dateline repeats its header date and is not searched
    once the header is found, so the date is never counted twice.
    """
    if article.published is None:
        return None
    if article.published_span is not None:  # the loader read it there (helpers.load.published)
        return article.published_span
    keys = PUBLICATION_KEYS["en"]
    for kinds, keyed in ((METADATA_BLOCKS, True), (DATELINE_BLOCKS, False)):
        for block in article.blocks:
            if block.kind not in kinds:
                continue
            for match in _PUBLISHED_VALUE.finditer(article.text, block.start, block.end):
                if parse_date_text(match.group()) != article.published:
                    continue
                line_start = article.text.rfind("\n", block.start, match.start()) + 1
                key = article.text[line_start:match.start()].strip(" \t-*:\"'").lower()
                if not keyed or key in keys:
                    return match.span()
    return None


# --- resolution ------------------------------------------------------------------------------


class TenseOf:
    """The tense of a mention's sentence, read only if a resolution asks for it (most year-less
    dates have one reading whatever the tense: "On 3 January" in an article of 3 January)."""

    __slots__ = ("mention", "cache", "value", "reader")

    def __init__(self, mention: Mention, cache: dict, reader: TenseReader):
        self.mention, self.cache, self.value, self.reader = mention, cache, "", reader

    def __call__(self) -> str:
        mention = self.mention
        self.value = self.reader(mention.sentence, mention.start, mention.end, self.cache)
        return self.value


def resolve(
    mention: Mention, published: date | None, tense_of: TenseOf, previous: list[tuple[Mention, Event]],
    day_first: bool, block_of,
) -> tuple[date | None, date | None, str, str, str]:
    """(date_start, date_end, resolution, anchor, note) of a found expression."""
    kind, values = mention.kind, mention.values
    if kind == "numeric":
        a, b, year = values
        day, month = (a, b) if day_first else (b, a)
        found = make_date(year, month, day)
        if found is None:
            return None, None, NOT_A_DAY, "", ""
        note = _weekday_note(mention, found)
        other = make_date(year, day, month)
        if a != b and a <= 12 and b <= 12 and other is not None:
            note = f"numeric date read {'day' if day_first else 'month'}-first; the other order gives {other}"
        return found, found, "absolute", "", note
    if kind in ("date", "range"):
        first, day, month, year, _ = values
        last = make_date(year, month, day)
        begin = make_date(year, month, first) if first is not None else last
        if last is None or begin is None:
            return None, None, NOT_A_DAY, "", ""
        return begin, last, "absolute", "", _weekday_note(mention, begin) or _listed_note(mention)
    if kind == "month-year":
        year, month = values
        return (*month_span(year, month), "absolute", "", "")
    if kind == "year":
        return (*year_span(values[0]), "absolute", "", "")
    if kind == "previous-event":
        return _resolve_anchored(mention, previous, block_of)
    if published is None:
        return None, None, NO_PUBLICATION, "", ""
    if kind in ("day-month", "day-month-range"):
        return _resolve_day_month(mention, published, tense_of, previous)
    if kind == "month" and mention.year_shift is not None:
        return (*month_span(published.year + mention.year_shift, values[0]), "year-from-publication", "published", "")
    if kind == "month":
        modifier = mention.cue if mention.cue in _SHIFTS else ""
        span = resolve_month(values[0], published, rule="past", modifier=modifier)
        if not modifier and span != resolve_month(values[0], published, rule="future") and tense_of() == "future":
            span = resolve_month(values[0], published, rule="future")
        return (*span, "year-from-publication", "published", "")
    if kind == "weekday":
        modifier = mention.cue if mention.cue in _SHIFTS else ""
        rule = "past" if modifier in ("last", "next") else ("future" if tense_of() == "future" else "past")
        day = resolve_weekday(values[0], published, rule=rule, modifier=modifier)
        return day, day, "relative-to-publication", "published", ""
    if kind == "relative-day":
        day = published + timedelta(days=values[0])
        return day, day, "relative-to-publication", "published", ""
    if kind == "ago":
        unit, n = values
        if mention.cue in _AGO_OPEN:  # "over a week ago": only its latest day is known
            last = _latest_day_ago(published, unit, n)
            return None, last, "relative-to-publication", "published", \
                f"'{mention.cue}' names no day: on or before {last}, start unknown"
        if unit == "hour":
            span = (published - timedelta(days=-(-n // 24)), published)
        else:
            span = shift(published, unit, -n)
        return (*span, "relative-to-publication", "published", "")
    if kind == "window":
        unit, n, direction = values
        span = window_back(published, unit, n) if direction < 0 else window_ahead(published, unit, n)
        return (*span, "relative-to-publication", "published", "")
    if kind == "since-start":
        return (*since_start(published, values[0]), "relative-to-publication", "published", "")
    if kind == "relative-period":
        unit, which = values
        if unit == "night":
            return published - timedelta(days=1), published, "relative-to-publication", "published", ""
        return (*period_span(published, unit, which), "relative-to-publication", "published", "")
    raise AssertionError(f"unknown kind {kind}")  # pragma: no cover


_AGO_OPEN = frozenset(AGO_OPEN_CUES["en"])


#: A retrospective names at least this many years in its body, none of them the year of
#: publication or the one before ("A war foretold", published 2026, tells 2021-2022): its
#: year-less dates ("in mid-January") belong to the story's year, not the publication's.
RETROSPECTIVE_MIN_YEARS = 10

#: Where each form with a written year keeps it in ``Mention.values``.
_YEAR_AT = {"numeric": 2, "date": 3, "range": 3, "month-year": 0, "year": 0}


def written_year(mention: Mention) -> int | None:
    """The year a date expression writes out ("3 January 2025", "2022"), else None."""
    at = _YEAR_AT.get(mention.kind)
    return None if at is None else mention.values[at]


def written_month(mention: Mention) -> bool:
    """A date written with its month and year ("November 2021", "February 7, 2022"): the
    story's own time, where a bare year ("since 2014", "in 1941") is often background."""
    return mention.kind in _YEAR_AT and mention.kind != "year"


def is_retrospective(mentions: list[Mention], published: date | None) -> bool:
    """True when the body's written years are many and all at least two years before
    publication: the article tells a past story, so "in January" is not this January."""
    if published is None:
        return False
    years = [year for mention in mentions if mention.sentence.part == "body"
             for year in [written_year(mention)] if year is not None]
    return len(years) >= RETROSPECTIVE_MIN_YEARS and max(years) < published.year - 1


def in_year(day: date, year: int) -> date:
    """The same day of the month in another year; the last day of a month stays the last
    (29 February -> 28 February)."""
    last = calendar.monthrange(day.year, day.month)[1]
    if day.day == last or day.day > calendar.monthrange(year, day.month)[1]:
        return date(year, day.month, calendar.monthrange(year, day.month)[1])
    return day.replace(year=year)


def _latest_day_ago(published: date, unit: str, n: int) -> date:
    """The latest day "more than ``n`` ``unit``s ago" can be: that many units before publication."""
    if unit == "hour":
        return published
    if unit in ("day", "week"):
        return published - timedelta(days=n * (7 if unit == "week" else 1))
    return add_months(published, -n * (12 if unit == "year" else 1))


def _weekday_note(mention: Mention, day: date) -> str:
    """A warning when the weekday written beside a date is not that date's weekday."""
    if mention.weekday is None or day.weekday() == mention.weekday:
        return ""
    return f"the weekday written beside it is not {day:%A}"


def _listed_note(mention: Mention) -> str:
    """"5 and 16 January" names two days, not the days between them."""
    first, day, _, _, listed = mention.values
    if listed and day - first > 1:
        return f"names days {first} and {day} only, not the days between"
    return ""


def _range_start(mention: Mention, previous: list[tuple[Mention, Event]]) -> tuple[Event, Rule] | None:
    """The dated event this year-less date continues, and how: a range it closes ("from 28
    December to 3 January": on or after the start) or a list it extends ("on 26 February
    2026 and Feb. 27": nearest to the previous date)."""
    if not previous or mention.cue not in _RANGE_CLOSERS | {"or", ""}:
        return None
    last_mention, last_event = previous[-1]
    if last_event.date_start is None or not _adjacent(last_mention, mention):
        return None
    if last_mention.cue in _RANGE_OPENERS:
        return last_event, "future"
    if last_event.precision == "day":
        return last_event, "nearest"
    return None


def _resolve_day_month(mention: Mention, published: date, tense_of: TenseOf, previous) -> tuple:
    first, day, month, _, _ = mention.values
    last = day if first is not None else None
    begin = first if first is not None else day
    if mention.year_shift is not None:  # "14 December last year"
        year = published.year + mention.year_shift
        first_day, last_day = make_date(year, month, begin), make_date(year, month, day)
        if first_day is None or last_day is None:
            return None, None, NOT_A_DAY, "", ""
        return first_day, last_day, "year-from-publication", "published", _listed_note(mention)
    continued = _range_start(mention, previous)
    if continued is not None:
        opener, rule = continued
        span = resolve_day_month(begin, month, opener.date_start, rule=rule, last_day=last)
        if span is None:
            return None, None, NOT_A_DAY, "", ""
        return (*span, "relative-to-previous-event", opener.event_id, "")
    if mention.weekday is not None:
        matching = [span for span in day_month_candidates(begin, month, published, last_day=last)
                    if span[0].weekday() == mention.weekday]
        if len(matching) == 1:
            return (*matching[0], "year-from-publication", "published", "year chosen by the weekday written beside it")
    candidates = day_month_candidates(begin, month, published, last_day=last)
    past, ahead = pick_span(candidates, published, "past"), pick_span(candidates, published, "future")
    if past == ahead:  # one reading whatever the tense
        if past is None:
            return None, None, NOT_A_DAY, "", ""
        return (*past, "year-from-publication", "published", _listed_note(mention))
    tense = tense_of()
    if tense == "future":
        rule: Rule = "future"
    elif first is not None or mention.opens_range:
        rule = "nearest"  # "from … to …" speaks of a span that may lie ahead even in past tense
    elif mention.cue in _LIMITS:
        rule = "nearest"  # "by April 20": a limit, as often ahead of publication as behind it
    else:
        rule = "past"
    span = pick_span(candidates, published, rule)
    if span is None:
        return None, None, NOT_A_DAY, "", ""
    note = ""
    if tense == "" and rule == "past":
        if ahead is not None and ahead != span and (ahead[0] - published) < (published - span[1]):
            note = f"no tense cue: read as past; if it lies ahead, {ahead[0]}"
    elif rule == "nearest":
        if past is not None and past != span:
            note = f"read as the nearest to publication; in the past it would be {past[0]}"
    return (*span, "year-from-publication", "published", note or _listed_note(mention))


#: The precisions an anchor may have for each unit of a relative expression.
_ANCHOR_PRECISIONS = {"day": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}


#: How many earlier dates of its paragraph a relative date ("the next day") looks back over
#: for its anchor.  News paragraphs hold a handful of dates (14 at most in the evaluation
#: news); without a bound, a paragraph of thousands of dates that cannot anchor it ("in 2024,
#: the next day, in 2024, ...") made the look-back quadratic.
ANCHOR_REACH = 100


def _resolve_anchored(mention: Mention, previous, block_of) -> tuple:
    """"The next day", "that year", "in April of that year": counted from the previous dated
    event of the same paragraph, among its last ``ANCHOR_REACH`` (raises LookupError when
    there is none: then it is no event)."""
    unit, offset, month = mention.values
    block = block_of(mention.start)
    for earlier_mention, earlier in islice(reversed(previous), ANCHOR_REACH):
        if block_of(earlier_mention.start) != block:
            break
        allowed = _ANCHOR_PRECISIONS["year" if month is not None else unit]
        if earlier.precision not in allowed or earlier.kind == "published":
            continue
        if earlier.date_start is None:
            return None, None, NO_ANCHOR_DATE, earlier.event_id, ""
        if unit == "day":
            day = earlier.date_start + timedelta(days=offset)
            span = (day, day)
        elif unit == "month" and month is not None:
            span = month_span(earlier.date_start.year + offset, month)
        elif unit == "month":
            moved = add_months(earlier.date_start.replace(day=1), offset)
            span = month_span(moved.year, moved.month)
        else:
            span = year_span(earlier.date_start.year + offset)
        return (*span, "relative-to-previous-event", earlier.event_id, "")
    raise LookupError("no dated event before it in its paragraph")


# --- the extractor ---------------------------------------------------------------------------


def clean(mentions: list[Mention]) -> list[Mention]:
    """Mentions in order, without overlaps (the longer wins), without range closers that close
    nothing, and without a weekday that only names the day of the date beside it."""
    mentions.sort(key=lambda m: (m.start, -m.end))
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        if mention.closes_range and not _closes(kept[-1] if kept else None, mention):
            continue
        if (
            kept and kept[-1].kind == "weekday" and kept[-1].sentence is mention.sentence
            and mention.kind in ("date", "day-month", "numeric")
            and mention.sentence.text[kept[-1].end - mention.sentence.start:mention.start - mention.sentence.start]
            .strip(" ,(") == ""
        ):  # "Monday, 30 December": one date; the weekday can pick its year
            weekday = kept.pop()
            mention.weekday = weekday.values[0]
            if not mention.cue:
                mention.cue = weekday.cue
        if kept and mention.cue in _RANGE_CLOSERS and kept[-1].cue in _RANGE_OPENERS and _adjacent(kept[-1], mention):
            kept[-1].opens_range = True
        kept.append(mention)
    return kept


def _adjacent(previous: Mention, mention: Mention) -> bool:
    """Are two mentions of one sentence joined only by "to", "and", "-", "," ...?"""
    if previous.sentence is not mention.sentence:
        return False
    offset = mention.sentence.start
    return _CLOSER_GAP.fullmatch(mention.sentence.text, previous.end - offset, mention.start - offset) is not None


def _closes(previous: Mention | None, mention: Mention) -> bool:
    """Does a bare year or month after "to"/"and"/"-" close a range or list the previous date
    opened ("from 2014 to 2022", "in January and February")?  Alone it is no date."""
    if previous is None or not _adjacent(previous, mention):
        return False
    return previous.cue in _RANGE_OPENERS or previous.kind == mention.kind


def infer_day_first(mentions: list[Mention]) -> bool:
    """Numeric dates are day-first unless the article's own numeric dates can only be month-first
    ("10/26/2024") and none can only be day-first ("26/10/2024")."""
    day_only = month_only = False
    for mention in mentions:
        if mention.kind == "numeric":
            a, b, _ = mention.values
            day_only |= a > 12 >= b
            month_only |= b > 12 >= a
    return not (month_only and not day_only)

def lag(published: date | None, first: date | None, last: date | None) -> int | None:
    """Days from the end of the span to publication; 0 if it covers it, negative if ahead."""
    if published is None or last is None:
        return None
    if first is None:  # an open start ("over a week ago"): counted from its latest day
        return (published - last).days
    if last < published:
        return (published - last).days
    if first > published:
        return (published - first).days
    return 0
