"""Timeline: the dates an article mentions, each resolved to a calendar span.

Method: rule-based pattern matching of the article's prose (title, standfirst, captions,
body), in the manner of HeidelTime (Strötgen & Gertz 2013, "Multilingual and cross-domain
temporal tagging"): explicit dates ("26 October 2024", "October 26, 2024", "26.10.2024",
"2024-10-26") are read as written; underspecified ones are resolved against the document
creation time, which for news is the publication date ("On 3 January", "in December", "on
Monday", "yesterday", "over the past day", "last week", "earlier this month", "since the
start of the year"); and narrative ones ("the next day") against the previous dated event
of the same paragraph, HeidelTime's "reference time" for narratives.  Spans follow TimeML's
TIMEX3: every row has a first and last day (``date_start``/``date_end``) and a
``precision`` (day / month / year / window).

Finding is fast on purpose (an export must read hundreds of articles a second): literal
anchors ("20", "day", "week" ...) are located with ``str.find`` and capitalised month names
with one regex scan; the word before each anchor decides which of the small patterns, if
any, reads the few characters around it.  No ``dateparser.search_dates``: on the seed it
turns "75% of the" into 1975; every span is normalised by ``helpers.dates``.  Rates ("every
day", "daily", "in a month") are periods of claims, not dates, and are never taken; nor are
times ("at 14:00"), percentages, brigade numbers or reading times.

The publication date itself is a row (``kind`` "published", ``part`` "header") whose
offsets point at the date in the article's metadata (the seed header, front matter or
scraped bullet); the dateline that repeats it is not a second row.

Never invented: a relative date in an article without a publication date stays empty with
``resolution`` "unresolved: no publication date"; "the next day" with no dated event before
it in its paragraph (a habit, not an event: "can deploy a new crew the next day") is not
taken at all.  Where the reading is uncertain the ``note`` says what else it could be.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, fields
from datetime import date, timedelta
from operator import attrgetter
from typing import TYPE_CHECKING, Iterable, Iterator

import pandas as pd

from helpers.articles import Article
from helpers.dates import (
    Rule,
    add_months,
    day_month_candidates,
    pick_span,
    make_date,
    month_number,
    month_span,
    parse_date_text,
    period_span,
    resolve_day_month,
    resolve_month,
    resolve_weekday,
    shift,
    since_start,
    window_ahead,
    window_back,
    year_span,
)
from helpers.lexicon import (
    ANCHORED_OFFSETS,
    DAY_BEFORE_AFTER,
    FUTURE_CUES,
    FUTURE_VERB_FILLERS,
    LATER_EARLIER,
    LIMIT_CUES,
    MONTHS,
    NOT_PAST_ED,
    NUMBER_WORDS,
    PAST_VERBS,
    PUBLICATION_KEYS,
    RANGE_CLOSERS,
    RANGE_OPENERS,
    RELATIVE_DAYS,
    REPORTING_TAIL_VERBS,
    SHIFT_MODIFIERS,
    TIME_CUES,
    TIME_UNITS,
    VERSION_WORDS,
    WEEKDAYS,
)
from helpers.text import Sentence

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from helpers.display import Highlight

LANGUAGE = "en"

EVENT_COLUMNS = [
    "event_id", "article_id", "surface", "start", "end", "date_start", "date_end", "precision",
    "resolution", "sentence_id", "sentence", "sentence_start", "sentence_end",
    "part", "paragraph", "kind", "cue", "tense", "anchor", "published", "lag_days", "note",
]

#: Parts of an article whose sentences are searched by default (not headings: in scraped
#: pages they are mostly site navigation, "Sign Up Today").
DEFAULT_PARTS = ("title", "standfirst", "caption", "body")
ALL_PARTS = frozenset({"title", "standfirst", "caption", "body", "heading"})

#: Blocks that may state the publication date: keyed metadata lines first, then a dateline.
METADATA_BLOCKS = ("header", "front_matter", "metadata")
DATELINE_BLOCKS = ("dateline",)

RESOLUTIONS = (
    "absolute", "year-from-publication", "relative-to-publication", "relative-to-previous-event",
)
NO_PUBLICATION = "unresolved: no publication date"
NO_ANCHOR_DATE = "unresolved: the previous event has no date"
NOT_A_DAY = "unresolved: not a calendar day"


@dataclass(slots=True)
class Event:
    """One date expression and the calendar span it names.

    ``surface == article.text[start:end]``.  ``date_start``/``date_end`` are both None when
    the expression cannot be resolved (``resolution`` then starts with "unresolved").
    ``kind`` is the form (published, date, numeric, day-month, month, year, weekday,
    relative-day, window, relative-period, since-start, ago, previous-event ...); ``cue`` the
    word before it ("on", "since", "early"); ``tense`` the tense that decided a year-less
    date or a weekday ("future", "past", or "" when no cue was found or the reading did not
    depend on it); ``anchor`` what a relative date was counted from ("published" or the
    ``event_id`` of the previous event).  ``lag_days`` is how many days before publication
    the span ended (0 when it covers the publication date, negative when it lies ahead).
    """

    event_id: str
    article_id: str
    surface: str
    start: int
    end: int
    date_start: date | None
    date_end: date | None
    precision: str
    resolution: str
    sentence_id: int | None
    sentence: str
    sentence_start: int | None
    sentence_end: int | None
    part: str
    paragraph: int | None
    kind: str
    cue: str
    tense: str
    anchor: str
    published: date | None
    lag_days: int | None
    note: str


assert EVENT_COLUMNS == [field.name for field in fields(Event)]


# --- patterns --------------------------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_MONTH_WORDS = MONTHS[LANGUAGE]
_FULL_MONTHS = frozenset(name for name in _MONTH_WORDS if len(name) > 4 or name in ("may", "june", "july"))
_WEEKDAYS = WEEKDAYS[LANGUAGE]
_NUMBERS = NUMBER_WORDS[LANGUAGE]
_UNITS = TIME_UNITS[LANGUAGE]
_RANGE_CLOSERS = RANGE_CLOSERS[LANGUAGE]
_RANGE_OPENERS = RANGE_OPENERS[LANGUAGE]
_SHIFTS = SHIFT_MODIFIERS[LANGUAGE]
_LIMITS = LIMIT_CUES[LANGUAGE]
#: Words before "day", "week" ... after which a date may be meant ("past", "next", "the",
#: a count); any other word ("every", "30-") rules it out before any regex runs.
_UNIT_TRIGGERS = frozenset({"past", "last", "previous", "next", "coming", "this", "the", "following", "same", "that"}
                           | set(NUMBER_WORDS[LANGUAGE]))
#: Words right before a unit that may open a window ("the past day", "the last three days").
_WINDOW_WORDS = frozenset({"past", "last", "previous", "next", "coming"})
#: Last words of the phrases that date from the previous event ("the next day", "that year").
_ANCHOR_ENDINGS = frozenset(phrase.split()[-1] for phrase in ANCHORED_OFFSETS[LANGUAGE])
_CUES = TIME_CUES[LANGUAGE]
_CUE_LAST_WORDS = frozenset(cue.split()[-1] for cue in _CUES)
#: Last words of the cues of several words ("the end of", "in early"), which need the regex.
_CUE_LONG_ENDINGS = frozenset(cue.split()[-1] for cue in _CUES if " " in cue)
#: Cues after which a bare year or month is a time; "to"/"and" only close a range.
_BARE_CUES = frozenset(_CUES) - {"on", "to", "and"}
_BARE_YEAR_CUES = _BARE_CUES - _SHIFTS

# Anchors: literals found with ``str.find`` (CPython's fast search skips most of the text);
# a month name needs a regex, whose first-character set still lets the engine skip ahead.
_YEAR_ANCHORS = ("20", "19")
_WORD_ANCHORS = ("day", "week", "month", "year", "night", "hour", "omorrow")  # "ago" follows a unit
_MONTH_ANCHOR = re.compile(
    "(?:" + "|".join(sorted({name[:3].capitalize() for name in _MONTH_WORDS})) + r")[a-z]*"
)

_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_BEFORE = re.compile(
    rf"(?<![\w.,/-])(?:(?P<d1>\d{{1,2}}){_ORDINAL}\s*(?P<sep>-|–|—|to|and|until|till|through)\s*)?"
    rf"(?P<d>\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+$"
)
_DAY_AFTER = re.compile(
    rf"\.?\s+(?P<d>\d{{1,2}}){_ORDINAL}"
    # a second day closes a range: "February 25-26", "February 20 to 21", "February 20 and 21"
    # (after "to"/"and" only where the number ends the phrase, not "20 and 21 people")
    rf"(?:\s*[-–]\s*(?P<d2>\d{{1,2}}){_ORDINAL}(?![\w%]|[:.,]\d)"
    rf"|\s+(?P<sep>to|and|through)\s+(?P<d3>\d{{1,2}}){_ORDINAL}"
    r"(?=\s*[,.;:)\]\[]|\s*$|,?\s+(?:19|20)\d\d\b|,?\s+(?:last|this|next)\s+year\b))?"
    r"(?![\w%]|[:.,]\d)"
)
_YEAR_AFTER_DAY = re.compile(r",?\s+(?P<y>(?:19|20)\d\d)(?![\w%]|[.,]\d)")
_YEAR_AFTER_MONTH = re.compile(
    # "26 October 2024", "Oct. 2024", "February of 2022", and "21 September, 2022." where the
    # year ends the phrase (not "On 3 January, 2000 troops")
    r"\.?\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)(?![\w%]|[.,]\d)|,\s+(?P<y2>(?:19|20)\d\d)(?=\s*[.,;:)\]]|\s*$)"
)
#: "December 14 last year", "in February this year": the year named relative to publication.
_RELATIVE_YEAR_AFTER = re.compile(r"(?i),?\s+(?P<which>last|this|next)\s+year\b(?!['’])")
_RELATIVE_YEAR_STARTS = tuple(f"{sep}{word}" for sep in (" ", ", ") for word in ("last ", "this ", "next "))
_NUMERIC_BEFORE = re.compile(r"(?<![\w.,/-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)$")
_ISO_AFTER = re.compile(r"(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d|\.\d)")
_CUE_BEFORE = re.compile(rf"(?i)\b(?P<cue>{_alternation(_CUES)})(?:[ \t]+|(?<=mid)-)$")
_PREVIOUS_WORD = re.compile(r"(?P<w>[A-Za-z]+)[ \t]+$")
_NEXT_WORD = re.compile(r"[ \t]+(?P<w>[A-Za-z]+)")

_COUNT = r"(?P<n>\d{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?)"
_WINDOW_BEFORE = re.compile(
    rf"(?i)\b(?:(?P<prep>over|in|during|within|for|throughout)\s+)?the\s+"
    rf"(?P<which>past|last|previous|next|coming)\s+(?:{_COUNT}\s+)?$"
)
_PERIOD_BEFORE = re.compile(r"(?i)(?<![\w-])(?:(?P<mod>earlier|later)\s+)?(?P<which>last|this|next)\s+$")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_SINCE_START_BEFORE = re.compile(r"(?i)\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+$")
_AGO_BEFORE = re.compile(rf"(?i)\b{_COUNT}\s+(?P<unit>hours?|days?|weeks?|months?|years?)$")
_ANCHORED_PHRASES = "|".join(
    r"\s+".join(map(re.escape, phrase.split())) for phrase in sorted(ANCHORED_OFFSETS[LANGUAGE], key=len, reverse=True)
)
_ANCHORED_BEFORE = re.compile(rf"(?i)\b(?P<phrase>{_ANCHORED_PHRASES})\s+$")
_OF_THAT_YEAR = re.compile(r"(?i)\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")
_VERSION_BEFORE = re.compile(rf"(?i)\b(?:{_alternation(VERSION_WORDS[LANGUAGE])})\.?\s*$")
_BEFORE_AFTER = re.compile(r"\s+(?P<w>before|after)(?=\s*(?:[,.;:!?)]|$))")
_LATER_EARLIER = re.compile(r"(?i)\s+(?P<w>later|earlier)\b")
_COUNT_BEFORE = re.compile(rf"(?i)\b{_COUNT}\s+$")
_DAY_BEFORE_YESTERDAY = re.compile(r"(?i)\bthe\s+day\s+before\s+$")
_LAST_BEFORE = re.compile(r"(?i)\blast\s+$")

_FUTURE_ONE = frozenset(cue for cue in FUTURE_CUES[LANGUAGE] if " " not in cue and cue[0].isalpha())
_FUTURE_TWO = frozenset(cue for cue in FUTURE_CUES[LANGUAGE] if " " in cue)
_FUTURE_FIRST = frozenset(cue.split()[0] for cue in _FUTURE_TWO)
_CLITICS = tuple(cue for cue in FUTURE_CUES[LANGUAGE] if not cue[0].isalpha())
_PAST = PAST_VERBS[LANGUAGE]
_NOT_PAST = NOT_PAST_ED[LANGUAGE]
_FILLERS = FUTURE_VERB_FILLERS[LANGUAGE]
_CUE_WORDS = _FUTURE_ONE | _FUTURE_FIRST | _PAST
_REPORTING_TAIL = REPORTING_TAIL_VERBS[LANGUAGE]
_TAIL_REACH = 4  # words: "..., said Jane Example." / "..., the mayor said."
_CUE_ENDINGS = ("ed", *_CLITICS)
_WORD_EDGES = ".,;:!?\"'“”‘’()[]—–-*"
#: Words that join two days into a range or list ("3 to 5 January", "5 and 6 January").
_DAY_JOINERS = frozenset({"-", "–", "—", "to", "and", "or", "until", "till", "through"})
_CLOSER_GAP = re.compile(r"(?i)\s*(?:-|–|—|,)\s*|\s+(?:to|and|or|until|till|through)\s+")


class _Mention:
    """A found expression before resolution: where, what form, and the form's values."""

    __slots__ = ("start", "end", "kind", "precision", "cue", "sentence", "values", "closes_range", "weekday",
                 "opens_range", "year_shift")

    def __init__(self, start: int, end: int, kind: str, precision: str, cue: str, sentence: Sentence,
                 values: tuple = (), closes_range: bool = False):
        self.start, self.end, self.kind, self.precision = start, end, kind, precision
        self.cue, self.sentence, self.values, self.closes_range = cue, sentence, values, closes_range
        self.weekday: int | None = None  # a weekday written beside the date ("Monday, 30 December")
        self.opens_range = False  # "from 8 May" when "to 11 May" follows
        self.year_shift: int | None = None  # "14 December last year": -1


# --- finding ---------------------------------------------------------------------------------


def _previous_word(text: str, position: int, floor: int) -> str:
    """The word right before ``position`` (across spaces), lower case, without an opening
    bracket or quote; "" if none.

    One ``rfind`` for the last space is cheaper than any regex call, and the word lets the
    finders skip the regexes for the many anchors that are no date ("every day"); the rarer
    separators (no-break space, newline) are looked for only inside the short word it gives.
    """
    end = position
    while end > floor and text[end - 1] in " \t\xa0":
        end -= 1
    low = max(floor, end - 32)  # a longer "word" is no cue
    word = text[max(text.rfind(" ", low, end) + 1, low):end]
    if "\xa0" in word or "\n" in word:
        word = word[max(word.rfind("\xa0"), word.rfind("\n")) + 1:]
    return word.lstrip("([\"'“‘").lower()


def _cue(text: str, start: int, floor: int) -> str:
    """The time cue right before ``start`` ("on", "since", "the end of"), lower case, or ""."""
    if start > floor and text[start - 1] == "-":
        if text[max(floor, start - 4):start - 1].lower() != "mid":
            return ""
    else:
        word = _previous_word(text, start, floor)
        if word not in _CUE_LAST_WORDS:
            return ""
        if word not in _CUE_LONG_ENDINGS:
            return word  # a one-word cue ("on", "since"): no regex needed
    match = _CUE_BEFORE.search(text, max(floor, start - 24), start)
    return " ".join(match["cue"].lower().split()) if match else ""


def _cue_start(text: str, start: int, floor: int) -> int:
    """Where the cue before ``start`` begins (for "last December", whose cue is part of it)."""
    match = _CUE_BEFORE.search(text, max(floor, start - 24), start)
    return match.start() if match else start


def _count(word: str | None) -> int | None:
    """A count written as digits or a word ("3", "three", "a"), else None ("few")."""
    if word is None:
        return 1
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word.lower())


def _word_at(text: str, position: int, floor: int, ceiling: int) -> tuple[int, int]:
    """Bounds of the run of letters around ``position``."""
    start = position
    while start > floor and text[start - 1].isalpha():
        start -= 1
    end = position
    while end < ceiling and text[end].isalpha():
        end += 1
    return start, end


def _find_months(text: str, span: tuple[int, int], at, out: list[_Mention]) -> None:
    """Dates built on a month name: "26 October 2024", "October 26, 2024", "Feb. 27",
    "3 January", "3-5 January", "October 2024", and "in December" (a cue required)."""
    for hit in _MONTH_ANCHOR.finditer(text, *span):
        ms, me = hit.span()
        month = month_number(hit.group())
        if month is None or (ms and text[ms - 1].isalpha()):
            continue
        sentence = at(ms)
        if sentence is None:
            continue
        floor, ceiling = sentence.start, sentence.end
        abbreviated = hit.group().lower() not in _FULL_MONTHS
        word = _previous_word(text, ms, floor)
        day_like = word[-1:].isdigit() or word == "of" or word[-2:] in ("st", "nd", "rd", "th") and word[:1].isdigit()
        simple = day_like and len(word) <= 2 and word.isdigit() and text[ms - 1] == " " and ms - len(word) - 1 > floor \
            and text[ms - len(word) - 2] == " " and _previous_word(text, ms - len(word) - 1, floor) not in _DAY_JOINERS
        before = None if simple or not day_like else _DAY_BEFORE.search(text, max(floor, ms - 28), ms)
        if simple or before:  # day before the month: "3 January", "26th of October 2024", "3-5 January"
            if simple:  # the common case, read without the regex
                start, day, first, listed = ms - len(word) - 1, int(word), None, False
                cue = _cue(text, start, floor)
            else:
                start, day = before.start(), int(before["d"])
                first = int(before["d1"]) if before["d1"] else None
                cue = _cue(text, start, floor)
                if first is not None and first >= day:
                    start, first = before.start("d"), None
                    cue = _cue(text, start, floor)
                listed = first is not None and before["sep"] in ("and", "or") and cue != "between"
            year_match = _YEAR_AFTER_MONTH.match(text, me, ceiling)
            end = year_match.end() if year_match else me
            year = int(year_match["y"] or year_match["y2"]) if year_match else None
            out.append(_relative_year(text, _day_month(start, end, cue, sentence, first, day, month, year, listed)))
            continue
        following = text[me:me + 3].lstrip(". ,\xa0")
        after = _DAY_AFTER.match(text, me, ceiling) if following[:1].isdigit() else None
        if after:
            second = after["d2"] or after["d3"]
            day, last = int(after["d"]), int(second) if second else None
            year_match = _YEAR_AFTER_DAY.match(text, after.end(), ceiling)
            end = year_match.end() if year_match else after.end()
            year = int(year_match["y"]) if year_match else None
            first = None
            if last is not None and last > day:
                first, day = day, last
            elif last is not None:  # "February 20 and 3": not a range; keep the first day only
                end, year = after.end("d"), None
            out.append(_relative_year(text, _day_month(ms, end, _cue(text, ms, floor), sentence, first, day, month,
                                                       year, after["sep"] == "and")))
            continue
        year_match = (_YEAR_AFTER_MONTH.match(text, me, ceiling)
                      if following[:1].isdigit() or text.startswith(" of ", me) else None)
        cue = _cue(text, ms, floor)
        if year_match:
            year = int(year_match["y"] or year_match["y2"])
            out.append(_Mention(ms, year_match.end(), "month-year", "month", cue, sentence, (year, month)))
        elif not abbreviated and (cue in _BARE_CUES or cue in _RANGE_CLOSERS or cue == "or"):
            that_year = _OF_THAT_YEAR.match(text, me, ceiling)
            if that_year:  # "in April of that year": the year of the previous dated event
                out.append(_Mention(ms, that_year.end(), "previous-event", "month", cue, sentence, ("month", 0, month)))
                continue
            start = _cue_start(text, ms, floor) if cue in _SHIFTS else ms
            out.append(_relative_year(text, _Mention(start, me, "month", "month", cue, sentence, (month,),
                                                     cue not in _BARE_CUES)))


def _relative_year(text: str, mention: _Mention) -> _Mention:
    """Extend a year-less date over a following "last year" / "this year" / "next year"."""
    if mention.kind not in ("day-month", "day-month-range", "month"):
        return mention
    if not text.startswith(_RELATIVE_YEAR_STARTS, mention.end):
        return mention
    after = _RELATIVE_YEAR_AFTER.match(text, mention.end, mention.sentence.end)
    if after:
        mention.end = after.end()
        mention.year_shift = {"last": -1, "this": 0, "next": 1}[after["which"].lower()]
    return mention


def _day_month(start: int, end: int, cue: str, sentence: Sentence, first: int | None, day: int,
               month: int, year: int | None, listed: bool) -> _Mention:
    """A day-month mention; with ``first`` it is a range ("3-5 January") or, ``listed``, two
    days named together ("5 and 6 January"), kept as the window from the first to the last."""
    kind = ("range" if first is not None else "date") if year is not None else (
        "day-month-range" if first is not None else "day-month")
    return _Mention(start, end, kind, "window" if first is not None else "day", cue, sentence,
                    (first, day, month, year, listed))


def _found(text: str, literal: str, start: int, end: int) -> Iterator[int]:
    """Every offset of ``literal`` in ``text[start:end]``."""
    position = text.find(literal, start, end)
    while position >= 0:
        yield position
        position = text.find(literal, position + 1, end)


def _find_years(text: str, span: tuple[int, int], at, out: list[_Mention]) -> None:
    """Numeric dates ("26.10.2024", "2024-10-26") and bare years after a cue ("in 2024")."""
    size = len(text)
    for anchor in _YEAR_ANCHORS:
        for ys in _found(text, anchor, *span):
            ye = ys + 4
            if not text[ys + 2:ye].isdigit() or ye < size and text[ye].isalnum() or ys and text[ys - 1].isalnum():
                continue
            sentence = at(ys)
            if sentence is None:
                continue
            floor, ceiling = sentence.start, sentence.end
            year = int(text[ys:ye])
            previous = text[ys - 1] if ys > floor else " "
            if previous in "/-_=" and _in_link(text, ys, floor):
                continue  # "…/nova-kakhovka-2023-06-14_en", "?date=2026-02-26": a link, not prose
            following = text[ye + 1] if ye + 1 < ceiling else " "
            if previous in "./-":
                numeric = _NUMERIC_BEFORE.search(text, max(floor, ys - 7), ys)
                if numeric and _VERSION_BEFORE.search(text, max(floor, numeric.start() - 12), numeric.start()):
                    continue  # "version 2.10.2024"
                if numeric and not (ye < ceiling and text[ye] in "./-" and following.isdigit()):
                    out.append(_Mention(numeric.start(), ye, "numeric", "day", _cue(text, numeric.start(), floor),
                                        sentence, (int(numeric["a"]), int(numeric["b"]), year)))
                    continue
                if previous != "-":
                    continue  # "v1.2024", "3/2024": not a date we read
            iso = _ISO_AFTER.match(text, ye, ceiling)
            if iso:
                out.append(_Mention(ys, iso.end(), "date", "day", _cue(text, ys, floor), sentence,
                                    (None, int(iso["d"]), int(iso["m"]), year, False)))
                continue
            if ye < ceiling and (text[ye] in "%" or text[ye] in ".," and following.isdigit()):
                continue
            if previous in ",." and ys - 2 >= floor and text[ys - 2].isdigit():
                continue
            cue = _cue(text, ys, floor)
            if previous in "-–—" and ys - 2 >= floor and text[ys - 2].isdigit():
                cue = "-"
            if cue in _BARE_YEAR_CUES:
                out.append(_Mention(ys, ye, "year", "year", cue, sentence, (year,)))
            elif cue in _RANGE_CLOSERS or cue == "or":
                out.append(_Mention(ys, ye, "year", "year", cue, sentence, (year,), True))


_LINK_MARKS = re.compile(r"[/=?_]")
_TOKEN_START = re.compile(r"[^\s(\[<]*$")


def _in_link(text: str, position: int, floor: int) -> bool:
    """Is ``position`` inside a URL or file path (a token with letters and "/", "=", "?" or "_")?
    "26/10/2024" has no letters and stays a date."""
    token = _TOKEN_START.search(text, max(floor, position - 200), position)
    head = token.group() if token else ""
    return bool(_LINK_MARKS.search(head)) and any(char.isalpha() for char in head)


def _find_words(text: str, span: tuple[int, int], at, out: list[_Mention]) -> None:
    """Weekdays and the relative expressions built on "day", "week", "month", "year",
    "night", "hour" and "tomorrow" ("two days ago" is found from its unit)."""
    for anchor in _WORD_ANCHORS:
        for position in _found(text, anchor, *span):
            sentence = at(position)
            if sentence is None:
                continue
            floor, ceiling = sentence.start, sentence.end
            ws, we = _word_at(text, position, floor, ceiling)
            if ws > floor and text[ws - 1] in "/-_.=#" or we < ceiling and text[we] in "/_=-":
                continue  # inside a link or a compound: "russia-tomorrow/", "four-day"
            token = text[ws:we]
            lower = token.lower()
            if lower in _WEEKDAYS:
                _weekday(text, ws, we, sentence, _WEEKDAYS[lower], token, out)
            elif lower in RELATIVE_DAYS[LANGUAGE]:
                start = ws
                if lower == "yesterday":
                    before = _DAY_BEFORE_YESTERDAY.search(text, max(floor, ws - 20), ws)
                    if before:
                        out.append(_Mention(before.start(), we, "relative-day", "day", "", sentence, (-2,)))
                        continue
                out.append(_Mention(start, we, "relative-day", "day", _cue(text, start, floor), sentence,
                                    (RELATIVE_DAYS[LANGUAGE][lower],)))
            elif lower == "night":
                last = _LAST_BEFORE.search(text, max(floor, ws - 8), ws)
                if last:
                    out.append(_Mention(last.start(), we, "relative-period", "window", "", sentence,
                                        ("night", "last")))
            elif lower in _UNITS and text.startswith(" ago", we):
                _ago(text, ws, we + 4, sentence, out)
            elif lower in _UNITS:
                _unit(text, ws, we, sentence, _UNITS[lower], lower.endswith("s"), out)


def _ago(text: str, ws: int, end: int, sentence: Sentence, out: list[_Mention]) -> None:
    """"Two days ago", "a week ago", "11 years ago" ("a few days ago" is too vague to date)."""
    count = _AGO_BEFORE.search(text, max(sentence.start, ws - 24), end - 4)
    n = _count(count["n"]) if count else None
    if n is not None and end <= sentence.end and not text[end:end + 1].isalpha():
        unit = _UNITS[count["unit"].lower()]
        precision = {"hour": "day", "day": "day", "week": "day", "month": "month", "year": "year"}[unit]
        out.append(_Mention(count.start(), end, "ago", precision, "", sentence, (unit, n)))


def _weekday(text: str, ws: int, we: int, sentence: Sentence, weekday: int, token: str,
             out: list[_Mention]) -> None:
    """"on Monday", "last Friday", "said Tuesday"; not "Good Friday" or "the Sunday Times"."""
    if not token[0].isupper():
        return
    floor = sentence.start
    cue = _cue(text, ws, floor)
    if not cue:
        previous = _PREVIOUS_WORD.search(text, max(floor, ws - 20), ws)
        if previous and previous["w"][0].isupper():
            return  # part of a name: "Good Friday", "Bloody Sunday"
        following = _NEXT_WORD.match(text, we, sentence.end)
        if following and following["w"][0].isupper():
            return  # "the Sunday Times"
    start = _cue_start(text, ws, floor) if cue in _SHIFTS else ws
    out.append(_Mention(start, we, "weekday", "day", cue, sentence, (weekday,)))


def _unit(text: str, ws: int, we: int, sentence: Sentence, unit: str, plural: bool,
          out: list[_Mention]) -> None:
    """Windows ("over the past day", "in the past 24 hours"), periods ("last week", "earlier
    this month"), "since the start of the year", and "the next day" after a dated event."""
    floor, ceiling = sentence.start, sentence.end
    word = _previous_word(text, ws, floor)
    counted = word.isdigit() or word in _NUMBERS
    if word not in _UNIT_TRIGGERS and not counted:
        return  # "every day", "a 30-day", "within days": no date
    lo = max(floor, ws - 40)
    if (word in _WINDOW_WORDS or counted and word not in ("a", "an")) \
            and "the" in text[lo:ws].lower():  # not "in a month", a rate; "the" opens every window
        window = _WINDOW_BEFORE.search(text, lo, ws)
        if window:
            which, prep, n = window["which"].lower(), window["prep"], _count(window["n"])
            has_count = window["n"] is not None
            if n is not None and (has_count or not plural) and unit != "weekend":
                if which == "past" or ((prep or has_count) and which in ("last", "previous")):
                    out.append(_Mention(window.start(), we, "window", "window", (prep or "").lower(), sentence,
                                        (unit, n, -1)))
                    return
                if (prep or has_count) and which in ("next", "coming"):
                    out.append(_Mention(window.start(), we, "window", "window", (prep or "").lower(), sentence,
                                        (unit, n, 1)))
                    return
    if unit == "hour":
        return
    if not plural and unit != "day":
        if word == "the":
            since = _SINCE_START_BEFORE.search(text, lo, ws)
            if since:
                out.append(_Mention(since.start(), we, "since-start", "window", "since", sentence, (unit,)))
                return
        elif word in _SHIFTS:
            period = _PERIOD_BEFORE.search(text, max(floor, ws - 16), ws)
            if period and not _THE_BEFORE.search(text, max(floor, period.start() - 6), period.start()):
                which = period["which"].lower()
                if period["mod"] and which == "this":
                    which = f"{period['mod'].lower()} this"
                elif period["mod"]:
                    period = None
                if period is not None:
                    precision = unit if unit in ("month", "year") and which in _SHIFTS else "window"
                    out.append(_Mention(period.start(), we, "relative-period", precision, "", sentence, (unit, which)))
                    return
    # dated from the previous event: "the next day", "that year", "the day before", "a day later"
    if not plural and unit in ("day", "month", "year") and word in _ANCHOR_ENDINGS:
        anchored = _ANCHORED_BEFORE.search(text, max(floor, ws - 16), ws)
        if anchored and not (we < ceiling and text[we] in "-'’"):
            offset = ANCHORED_OFFSETS[LANGUAGE][" ".join(anchored["phrase"].lower().split())]
            out.append(_Mention(anchored.start(), we, "previous-event", unit, "", sentence, (unit, offset, None)))
            return
    if unit == "day" and not plural and word == "the":
        around = _BEFORE_AFTER.match(text, we, ceiling)
        if around:
            offset = DAY_BEFORE_AFTER[LANGUAGE][around["w"]]
            start = _THE_BEFORE.search(text, max(floor, ws - 6), ws).start()
            out.append(_Mention(start, around.end(), "previous-event", "day", "", sentence, ("day", offset, None)))
            return
    later = _LATER_EARLIER.match(text, we, ceiling) if text.startswith((" later", " earlier"), we) else None
    count = _COUNT_BEFORE.search(text, max(floor, ws - 14), ws) if later else None
    n = _count(count["n"]) if count else None
    if later and n is not None and (plural or n == 1) and unit != "weekend":
        n *= LATER_EARLIER[LANGUAGE][later["w"].lower()]
        unit, n = ("day", 7 * n) if unit == "week" else (unit, n)
        out.append(_Mention(count.start(), later.end(), "previous-event", unit, "", sentence, (unit, n, None)))


# --- the publication date --------------------------------------------------------------------

_PUBLISHED_VALUE = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}"
    r"|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}"
)


def _publication(article: Article) -> tuple[int, int] | None:
    """Offsets of the publication date in the article's metadata, if it is written there.

    Only a metadata line keyed as a publication date ("date", "page_date", "Published")
    counts, never a scrape timestamp of the same day; failing one, the dateline the loader
    read the date from.  The seed's dateline repeats its header date and is not searched
    once the header is found, so the date is never counted twice.
    """
    if article.published is None:
        return None
    keys = PUBLICATION_KEYS[LANGUAGE]
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


# --- tense -----------------------------------------------------------------------------------


def _tense_cues(sentence: Sentence) -> list[tuple[int, str]]:
    """(word index, "future" | "past" | "tail") of each tense cue of a sentence.

    Words, not a regex pass: a split, a comprehension of set lookups and a loop over the few
    candidates cost a tenth of a case-insensitive alternation over the sentence.  A future cue takes its verb with it ("will be held"), so
    the participle "held" is not read as past.  A "tail" is a past reporting verb closing the
    sentence after a comma ("Talks will open on 5 May, the mayor said."): it is past for a
    date after it, but a date before it takes its tense from the reported clause.
    """
    raw = sentence.text.lower().split()
    words = [word.strip(_WORD_EDGES) for word in raw]
    count = len(words)
    candidates = [index for index, word in enumerate(words) if word in _CUE_WORDS or word.endswith(_CUE_ENDINGS)]
    cues: list[tuple[int, str]] = []
    taken = 0  # words up to here belong to a future cue's verb phrase
    for index in candidates:
        if index < taken:
            continue
        word = words[index]
        pair = index + 1 < count and word in _FUTURE_FIRST and f"{word} {words[index + 1]}"
        if word in _FUTURE_ONE or pair in _FUTURE_TWO or word.endswith(_CLITICS):
            cues.append((index, "future"))
            taken = index + (2 if pair in _FUTURE_TWO else 1)
            while taken < count and words[taken] in _FILLERS:
                taken += 1
            taken += 1  # the verb
        elif word in _PAST or (len(word) > 4 and word.endswith("ed") and not word.endswith("eed")
                               and word not in _NOT_PAST):
            cues.append((index, "tail" if _is_reporting_tail(raw, words, index) else "past"))
    return cues


def _is_reporting_tail(raw: list[str], words: list[str], index: int) -> bool:
    """A reporting verb among the sentence's last words, with a comma shortly before it."""
    return (
        words[index] in _REPORTING_TAIL
        and index >= len(words) - _TAIL_REACH
        and any(word.endswith(",") for word in raw[max(0, index - _TAIL_REACH):index])
    )


def _tense(sentence: Sentence, start: int, end: int, cache: dict) -> str:
    """"future" or "past" by the nearest tense cue to the expression, "" when there is none.

    The nearest cue decides because one sentence often holds both: "On 28 December, Jane
    Example said Sampleville will hold" dates the saying (past), not the holding.  Distance
    is counted in words; a tie goes to the past, the default reading of news.
    """
    cues = cache.get(sentence.sentence_id)
    if cues is None:
        cues = cache[sentence.sentence_id] = _tense_cues(sentence)
    if not cues:
        return ""
    first = len(sentence.text[: start - sentence.start].split())
    last = first + max(0, len(sentence.text[start - sentence.start:end - sentence.start].split()) - 1)
    best, best_distance = "", None
    for index, tense in cues:
        if first <= index <= last or (tense == "tail" and index > last):
            continue
        tense = "past" if tense == "tail" else tense
        distance = first - index if index < first else index - last
        if best_distance is None or distance < best_distance or (distance == best_distance and tense == "past"):
            best, best_distance = tense, distance
    return best


# --- resolution ------------------------------------------------------------------------------


class _TenseOf:
    """The tense of a mention's sentence, read only if a resolution asks for it (most year-less
    dates have one reading whatever the tense: "On 3 January" in an article of 3 January)."""

    __slots__ = ("mention", "cache", "value")

    def __init__(self, mention: _Mention, cache: dict):
        self.mention, self.cache, self.value = mention, cache, ""

    def __call__(self) -> str:
        mention = self.mention
        self.value = _tense(mention.sentence, mention.start, mention.end, self.cache)
        return self.value


def _resolve(
    mention: _Mention, published: date | None, tense_of: _TenseOf, previous: list[tuple[_Mention, Event]],
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


def _weekday_note(mention: _Mention, day: date) -> str:
    """A warning when the weekday written beside a date is not that date's weekday."""
    if mention.weekday is None or day.weekday() == mention.weekday:
        return ""
    return f"the weekday written beside it is not {day:%A}"


def _listed_note(mention: _Mention) -> str:
    """"5 and 16 January" names two days, not the days between them."""
    first, day, _, _, listed = mention.values
    if listed and day - first > 1:
        return f"names days {first} and {day} only, not the days between"
    return ""


def _range_start(mention: _Mention, previous: list[tuple[_Mention, Event]]) -> tuple[Event, Rule] | None:
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


def _resolve_day_month(mention: _Mention, published: date, tense_of: _TenseOf, previous) -> tuple:
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


def _resolve_anchored(mention: _Mention, previous, block_of) -> tuple:
    """"The next day", "that year", "in April of that year": counted from the previous dated
    event of the same paragraph (raises LookupError when there is none: then it is no event)."""
    unit, offset, month = mention.values
    block = block_of(mention.start)
    for earlier_mention, earlier in reversed(previous):
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


def _clean(mentions: list[_Mention]) -> list[_Mention]:
    """Mentions in order, without overlaps (the longer wins), without range closers that close
    nothing, and without a weekday that only names the day of the date beside it."""
    mentions.sort(key=lambda m: (m.start, -m.end))
    kept: list[_Mention] = []
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


def _adjacent(previous: _Mention, mention: _Mention) -> bool:
    """Are two mentions of one sentence joined only by "to", "and", "-", "," ...?"""
    if previous.sentence is not mention.sentence:
        return False
    offset = mention.sentence.start
    return _CLOSER_GAP.fullmatch(mention.sentence.text, previous.end - offset, mention.start - offset) is not None


def _closes(previous: _Mention | None, mention: _Mention) -> bool:
    """Does a bare year or month after "to"/"and"/"-" close a range or list the previous date
    opened ("from 2014 to 2022", "in January and February")?  Alone it is no date."""
    if previous is None or not _adjacent(previous, mention):
        return False
    return previous.cue in _RANGE_OPENERS or previous.kind == mention.kind


def _infer_day_first(mentions: list[_Mention]) -> bool:
    """Numeric dates are day-first unless the article's own numeric dates can only be month-first
    ("10/26/2024") and none can only be day-first ("26/10/2024")."""
    day_only = month_only = False
    for mention in mentions:
        if mention.kind == "numeric":
            a, b, _ = mention.values
            day_only |= a > 12 >= b
            month_only |= b > 12 >= a
    return not (month_only and not day_only)


def extract_events(
    article: Article, *, day_first: bool | None = None, parts: Iterable[str] = DEFAULT_PARTS,
) -> list[Event]:
    """Every date expression of the article's prose, plus its publication date, in order.

    ``day_first``: how to read "03/04/2025"; None (the default) reads it day-first unless
    the article's own numeric dates show the month first.  ``parts``: which parts of the
    article to search (title, standfirst, caption, body, heading).
    """
    wanted = frozenset(parts)
    if not wanted <= ALL_PARTS:
        raise ValueError(f"unknown parts {sorted(wanted - ALL_PARTS)}; choose from {sorted(ALL_PARTS)}")
    text = article.text
    sentences = [sentence for sentence in article.sentences if sentence.part in wanted]
    starts = [sentence.start for sentence in sentences]

    def at(position: int) -> Sentence | None:
        index = bisect_right(starts, position) - 1
        if index >= 0 and position < sentences[index].end:
            return sentences[index]
        return None

    mentions: list[_Mention] = []
    if sentences:
        span = (sentences[0].start, sentences[-1].end)  # scan the prose, not the metadata before it
        _find_months(text, span, at, mentions)
        _find_years(text, span, at, mentions)
        _find_words(text, span, at, mentions)
    mentions = _clean(mentions)
    if day_first is None:
        day_first = _infer_day_first(mentions)

    published = article.published
    publication = _publication(article)
    order: list[tuple[int, _Mention | None]] = [(m.start, m) for m in mentions]
    if publication is not None:
        order.append((publication[0], None))
        order.sort(key=lambda item: item[0])

    block_starts: list[int] = []

    def block_of(position: int) -> int:
        if not block_starts:
            block_starts.extend([block.start for block in article.blocks])
        return bisect_right(block_starts, position) - 1

    events: list[Event] = []
    previous: list[tuple[_Mention, Event]] = []
    tenses: dict = {}
    for _, mention in order:
        event_id = f"{article.article_id}/e{len(events) + 1:03d}"
        if mention is None:
            start, end = publication
            events.append(Event(
                event_id, article.article_id, text[start:end], start, end, published, published, "day",
                "absolute", None, "", None, None, "header", None, "published", "", "", "", published, 0, "",
            ))
            continue
        sentence = mention.sentence
        tense_of = _TenseOf(mention, tenses)
        try:
            date_start, date_end, resolution, anchor, note = _resolve(
                mention, published, tense_of, previous, day_first, block_of
            )
        except LookupError:
            continue  # "the next day" with no dated event before it: a habit, not an event
        event = Event(
            event_id, article.article_id, text[mention.start:mention.end], mention.start, mention.end,
            date_start, date_end, mention.precision, resolution, sentence.sentence_id, sentence.text,
            sentence.start, sentence.end, sentence.part, sentence.paragraph, mention.kind, mention.cue, tense_of.value,
            anchor, published, _lag(published, date_start, date_end), note,
        )
        events.append(event)
        previous.append((mention, event))
    return events


def _lag(published: date | None, first: date | None, last: date | None) -> int | None:
    """Days from the end of the span to publication; 0 if it covers it, negative if ahead."""
    if published is None or first is None or last is None:
        return None
    if last < published:
        return (published - last).days
    if first > published:
        return (published - first).days
    return 0


# --- tables ----------------------------------------------------------------------------------

_DATE_COLUMNS = ("date_start", "date_end", "published")
_EVENT_ROW = attrgetter(*EVENT_COLUMNS)
_INTEGER_COLUMNS = ("start", "end", "sentence_id", "sentence_start", "sentence_end", "paragraph", "lag_days")


def events_table(articles: Iterable[Article], **options) -> pd.DataFrame:
    """One row per date expression of every article (see ``extract_events``), in a fixed order.

    Dates are ``datetime64`` days (empty when unresolved); offsets and counts are nullable
    integers.  Rows are sorted by article id, then position in the article.
    """
    rows = [_EVENT_ROW(event) for article in articles for event in extract_events(article, **options)]
    # handed to pandas column by column: the same frame as from the rows, at a fraction of the cost
    frame = pd.DataFrame(dict(zip(EVENT_COLUMNS, zip(*rows)))) if rows else pd.DataFrame(rows, columns=EVENT_COLUMNS)
    for column in _DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    frame = frame.astype({column: "Int64" for column in _INTEGER_COLUMNS})
    return frame.sort_values(["article_id", "start", "end"], kind="stable").reset_index(drop=True)


#: Lag buckets of ``lag_table``: (label, lowest, highest) days before publication.  A month,
#: year or window that includes the publication day ("this week", "in 2026") has lag 0 but
#: is counted apart from events of the publication day itself.
LAG_BUCKETS = (
    ("ahead of publication", None, -1),
    ("publication day", 0, 0),
    ("a span including publication day", 0, 0),
    ("1 day before", 1, 1),
    ("2-7 days before", 2, 7),
    ("8-31 days before", 8, 31),
    ("1-12 months before", 32, 366),
    ("over a year before", 367, None),
)


def lag_table(events: pd.DataFrame) -> pd.DataFrame:
    """How long before publication the dated events lie: events and articles per lag bucket.

    The publication rows themselves and unresolved rows are left out.  ``lag_days`` counts
    from the end of an event's span, so "over the past day" (2-3 January in an article of
    3 January) is an event of the publication day.
    """
    dated = events[(events["kind"] != "published") & events["lag_days"].notna()]
    lag = dated["lag_days"].astype("int64")
    point = (dated["precision"] == "day").to_numpy() | (dated["date_start"] == dated["date_end"]).to_numpy()
    rows = []
    for label, low, high in LAG_BUCKETS:
        inside = pd.Series(True, index=dated.index)
        if low is not None:
            inside &= lag >= low
        if high is not None:
            inside &= lag <= high
        if label == "publication day":
            inside &= point
        elif label.startswith("a span"):
            inside &= ~point
        rows.append({"lag": label, "events": int(inside.sum()),
                     "articles": int(dated.loc[inside, "article_id"].nunique())})
    return pd.DataFrame(rows, columns=["lag", "events", "articles"])


#: Columns an analyst reads first; the table also has the sentence and its offsets.
SUMMARY_COLUMNS = [
    "event_id", "surface", "date_start", "date_end", "precision", "resolution", "part", "kind", "cue",
    "tense", "anchor", "lag_days", "note",
]


def needs_review(events: pd.DataFrame) -> pd.DataFrame:
    """Rows an analyst should check by eye: unresolved dates and dates read with a caveat."""
    flagged = events["resolution"].str.startswith("unresolved") | (events["note"] != "")
    return events[flagged].reset_index(drop=True)


def event_highlights(events: pd.DataFrame, article_id: str) -> list["Highlight"]:
    """``helpers.display`` highlights of one article's events, labelled with their dates."""
    from helpers.display import Highlight

    rows = events[events["article_id"] == article_id]
    highlights = []
    for row in rows.itertuples(index=False):
        if pd.isna(row.date_start):
            label = f"{row.kind}: {row.resolution}"
        elif row.date_start == row.date_end:
            label = f"{row.kind}: {row.date_start:%Y-%m-%d} ({row.resolution})"
        else:
            label = f"{row.kind}: {row.date_start:%Y-%m-%d}..{row.date_end:%Y-%m-%d} ({row.resolution})"
        css = "other" if row.kind == "published" else "hedged" if str(row.resolution).startswith("unresolved") else ""
        highlights.append(Highlight(int(row.start), int(row.end), label, css))
    return highlights

