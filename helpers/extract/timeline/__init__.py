"""Timeline: the dates an article mentions, each resolved to a calendar span.

Method: rule-based pattern matching of the article's prose (title, standfirst, captions,
body), in the manner of HeidelTime (Strötgen & Gertz 2013, "Multilingual and cross-domain
temporal tagging"): explicit dates ("26 October 2024", "October 26, 2024", "26.10.2024",
"2024-10-26") are read as written; underspecified ones are resolved against the document
creation time, which for news is the publication date ("On 3 January", "in December", "on
Monday", "yesterday", "over the past day", "last week", "earlier this month", "since the
start of the year"); and narrative ones ("the next day") against the previous dated event
of the same paragraph, HeidelTime's "reference time" for narratives.  A retrospective (its
body writes ten or more years, none the publication year or the one before: a 2026 feature
telling 2021-2022) gives a year-less date ("in mid-January") the year of the last body date
written with month and year before it (``resolution`` "year-from-narrative", ``anchor`` that
event, ``note`` the reading against publication).  Spans follow TimeML's
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

Rules per language (``LANGUAGES``): a finder of date expressions and a tense reader
(``en``, ``uk``); the resolution (``resolve``) is shared by default, and a language whose
forms read differently gives its own (``uk``: Ukrainian numeric dates are always day first).
An article in a language without rules has no events.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable

from typing import Callable, NamedTuple

from helpers.doc import Doc, as_doc
from helpers.extract.timeline import en, uk
from helpers.extract.timeline.records import ALL_PARTS, DEFAULT_PARTS, EVENT_COLUMNS, Event, Mention
from helpers.extract.timeline.resolve import (
    TenseOf, TenseReader, clean, in_year, infer_day_first, is_retrospective, lag, publication, resolve, written_month,
)
from helpers.load import Article
from helpers.text import Sentence

__all__ = ["ALL_PARTS", "DEFAULT_PARTS", "EVENT_COLUMNS", "Event", "LANGUAGES", "extract_events"]


class DateRules(NamedTuple):
    """What a language gives the timeline: a finder of date expressions, a tense reader, and
    the resolution of the forms it finds (the shared one unless the language has its own)."""

    find: Callable[[str, tuple[int, int], Callable[[int], Sentence | None]], list[Mention]]
    tense: TenseReader
    resolve: Callable[..., tuple] = resolve


#: The languages whose dates are read, by code.
LANGUAGES: dict[str, DateRules] = {
    "en": DateRules(en.find_mentions, en.tense),
    "uk": DateRules(uk.find_mentions, uk.tense, uk.resolve),
}


def extract_events(
    doc: Doc | Article, *, day_first: bool | None = None, parts: Iterable[str] = DEFAULT_PARTS,
) -> list[Event]:
    """Every date expression of the article's prose, plus its publication date, in order.

    ``day_first``: how to read "03/04/2025"; None (the default) reads it day-first unless
    the article's own numeric dates show the month first.  ``parts``: which parts of the
    article to search (title, standfirst, caption, body, heading).
    """
    wanted = frozenset(parts)
    if not wanted <= ALL_PARTS:
        raise ValueError(f"unknown parts {sorted(wanted - ALL_PARTS)}; choose from {sorted(ALL_PARTS)}")
    doc = as_doc(doc)
    rules = LANGUAGES.get(doc.language)
    if rules is None:
        return []
    article = doc.article
    text = article.text
    sentences = [sentence for sentence in doc.sentences if sentence.part in wanted]
    starts = [sentence.start for sentence in sentences]

    def at(position: int) -> Sentence | None:
        index = bisect_right(starts, position) - 1
        if index >= 0 and position < sentences[index].end:
            return sentences[index]
        return None

    mentions: list[Mention] = []
    if sentences:
        span = (sentences[0].start, sentences[-1].end)  # scan the prose, not the metadata before it
        mentions = rules.find(text, span, at)
    mentions = clean(mentions)
    if day_first is None:
        day_first = infer_day_first(mentions)

    published = article.published
    stated = publication(article)
    order: list[tuple[int, Mention | None]] = [(m.start, m) for m in mentions]
    if stated is not None:
        order.append((stated[0], None))
        order.sort(key=lambda item: item[0])

    block_starts: list[int] = []

    def block_of(position: int) -> int:
        if not block_starts:
            block_starts.extend([block.start for block in article.blocks])
        return bisect_right(block_starts, position) - 1

    events: list[Event] = []
    previous: list[tuple[Mention, Event]] = []
    tenses: dict = {}
    retrospective = is_retrospective(mentions, published)
    story_year: Event | None = None  # in a retrospective, the last body date written with month and year
    for _, mention in order:
        event_id = f"{article.article_id}/e{len(events) + 1:03d}"
        if mention is None:
            start, end = stated
            events.append(Event(
                event_id, article.article_id, text[start:end], start, end, published, published, "day",
                "absolute", None, "", None, None, "header", None, "published", "", "", "", published, 0, "",
            ))
            continue
        sentence = mention.sentence
        tense_of = TenseOf(mention, tenses, rules.tense)
        try:
            date_start, date_end, resolution, anchor, note = rules.resolve(
                mention, published, tense_of, previous, day_first, block_of
            )
        except LookupError:
            continue  # "the next day" with no dated event before it: a habit, not an event
        if retrospective and resolution == "year-from-publication" and mention.year_shift is None \
                and story_year is not None and date_start is not None and date_end is not None:
            year = story_year.date_start.year
            note = (f"a retrospective (every year its body writes is before {published.year - 1}): "
                    f"the year of '{story_year.surface}' before it; against publication {date_start}")
            date_start, date_end = in_year(date_start, year), in_year(date_end, year + date_end.year - date_start.year)
            resolution, anchor = "year-from-narrative", story_year.event_id
        event = Event(
            event_id, article.article_id, text[mention.start:mention.end], mention.start, mention.end,
            date_start, date_end, mention.precision, resolution, sentence.sentence_id, sentence.text,
            sentence.start, sentence.end, sentence.part, sentence.paragraph, mention.kind, mention.cue, tense_of.value,
            anchor, published, lag(published, date_start, date_end), note,
        )
        events.append(event)
        previous.append((mention, event))
        if retrospective and sentence.part == "body" and written_month(mention) and date_start is not None:
            story_year = event
    return events

