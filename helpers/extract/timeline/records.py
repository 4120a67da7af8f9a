"""The timeline's records: ``Event`` (one row of the events table) and ``Mention`` (a date
expression found but not yet resolved), with the names of the resolutions."""

from __future__ import annotations

from typing import NamedTuple
from datetime import date

from helpers.text import Sentence

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
    "absolute", "year-from-publication", "year-from-narrative", "relative-to-publication",
    "relative-to-previous-event",
)
NO_PUBLICATION = "unresolved: no publication date"
NO_ANCHOR_DATE = "unresolved: the previous event has no date"
NOT_A_DAY = "unresolved: not a calendar day"


class Event(NamedTuple):
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


assert EVENT_COLUMNS == list(Event._fields)


class Mention:
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

