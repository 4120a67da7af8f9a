"""The figures of one English sentence: number expressions read, filtered and described."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate

from helpers.extract.claims.en.context import Context, nearest, scope_of
from helpers.extract.claims.en.kinds import kind_of
from helpers.extract.claims.en.numbers import (
    Figure, age_after_name, footnote_mark, glued, in_equation, keep, read_figure,
)
from helpers.extract.claims.en.patterns import FIGURE, HEDGE, HEDGE_WORDS, RESTATE_BEFORE, SPLIT_AFTER, TIME_AFTER
from helpers.extract.claims.en.units import Unit, read_unit

FIGURES_CACHE_SIZE = 32_768

#: What may stand before list numbering ("2." / "3)") at the start of a sentence: measured
#: once per sentence, not by copying and stripping the text before each figure that ends in
#: "." or ")", which was quadratic in bench_hostile's "list_numbers" ("1) 2) 3) ... 999).").
_LIST_MARKS = re.compile(r"[-*•(# \t]*")


class _DateSpans:
    """A sentence's date spans, asked whether any overlaps a figure by bisection.

    A pass over every date per figure was quadratic in a sentence of thousands of dates
    (bench_hostile's "dates": "On 3 January 2025 On 3 January 2025 ...").  Of the spans that
    start before the figure ends, one overlaps it when the furthest of their ends lies past
    the figure's start: the running maximum of the ends, in order of start, answers that.
    """

    __slots__ = ("starts", "furthest_ends")

    def __init__(self, dates: tuple[tuple[int, int], ...]):
        ordered = sorted(dates)
        self.starts = [start for start, _ in ordered]
        self.furthest_ends = list(accumulate((end for _, end in ordered), max))

    def overlap(self, start: int, end: int) -> bool:
        """True when a date span overlaps text[start:end]."""
        index = bisect_left(self.starts, end) - 1
        return index >= 0 and self.furthest_ends[index] > start


@lru_cache(maxsize=FIGURES_CACHE_SIZE)
def figures(text: str, anchors: tuple[int, ...], dates: tuple[tuple[int, int], ...] = (),
            places: tuple[tuple[int, int, str, str], ...] = (),
            columns: tuple[tuple[int, int, str], ...] = ()) -> tuple[tuple, ...]:
    """The figures of one sentence as tuples of ``_FIGURE_FIELDS`` (offsets within the sentence).

    ``dates`` are the spans of the sentence's date expressions (the timeline's: a day number
    inside one is no figure); ``places`` the (start, end, surface, kind) of its place mentions
    (the places extractor's: they give a figure its scope); ``columns`` the (start, end,
    header) of its cells when the sentence is a table row (a figure without a noun takes its
    column's kind).  All offsets are within the sentence.  The result is cached per sentence
    text, anchors, dates, places and columns (``FIGURES_CACHE_SIZE``).
    """
    found: list[tuple[Figure, Unit]] = []
    date_spans = _DateSpans(dates) if dates else None
    list_marks = _LIST_MARKS.match(text).end()  # the sentence's leading list marks, if any
    cursor = 0
    last_end = -10
    for anchor in anchors:
        if anchor < cursor:
            continue
        match = FIGURE.match(text, anchor)
        if match is None:
            continue
        after, pct_sign = match.group("after", "pct")
        start, end = anchor, match.start("after") if after is not None else match.end()
        if glued(text, start, end):
            continue
        if end < len(text):
            if TIME_AFTER.match(text, end):
                continue  # a time of day: "at 5 p.m."
            if text[end] in ".)" and not pct_sign and (end + 1 == len(text) or text[end + 1].isspace()) \
                    and start <= list_marks:  # nothing but list marks before it
                continue  # list numbering: "2." / "3)"
        if date_spans is not None and date_spans.overlap(start, end):
            continue
        figure = read_figure(text, match, start, end)
        if figure is None:
            if match["q2"]:
                cursor = match.end()  # "from 25 to 18", "8 to 1", "237-5346": none of its numbers
            continue
        if figure.start and text[figure.start - 1] == "(" and 0 <= figure.start - 1 - last_end <= 2:
            cursor = figure.cursor
            continue  # "90 billion euros ($106bn)": a conversion of the figure before
        unit = read_unit(text, figure.cursor if after is not None else figure.end, after_of=figure.pct or figure.vague)
        if not keep(figure, unit) or footnote_mark(text, figure, unit) or in_equation(text, figure, unit) \
                or age_after_name(text, figure, unit):
            cursor = figure.cursor  # none of its numbers: "children aged 9–12", "death 40)", "1.17 USD = 1 EUR"
            continue
        found.append((figure, unit))
        cursor = figure.cursor
        last_end = max(figure.end, unit.end)
    if not found:
        return ()
    context = Context(text, places)
    hedge = context.cues("hedge", HEDGE, HEDGE_WORDS, 35)
    hedge_cue = hedge[0][2] if hedge else ""
    rows = []
    previous: tuple[str, bool] | None = None  # the kind and share-ness of the figure before
    for figure, unit in found:
        left, right = context.clause(figure.start, figure.end)
        period = unit.rate or nearest(context.periods(), left, right, figure.start, figure.end)
        window = nearest(context.windows(), left, right, figure.start, figure.end)
        column = next((header for start, end, header in columns if start <= figure.start < end), "")
        kind = kind_of(context, figure, unit, left, right, column)
        if kind == "other" and previous is not None and _splits_or_restates(text, figure, unit, previous[1]):
            kind = previous[0]  # "314 prisoners of war – 157 each", "19 percent ..., down from 26 percent"
        previous = (kind, figure.pct)
        scope = scope_of(context, left, right, figure.start, figure.end)
        unit_text = unit.text or figure.currency
        for low, high, start, end in figure.values:
            rows.append((start, end, text[start:end], low, high, figure.approx, unit_text, kind, period,
                         window, scope, bool(hedge), hedge_cue))
    return tuple(rows)


def _splits_or_restates(text: str, figure: Figure, unit: Unit, previous_pct: bool) -> bool:
    """Does a figure without a noun split or restate the figure before it ("157 each", "down
    from 26 percent"), both counts or both shares?  Then it counts what that figure counts."""
    if unit.words or figure.pct != previous_pct:
        return False
    if SPLIT_AFTER.match(text, figure.end):
        return True
    return RESTATE_BEFORE.search(text, max(0, figure.start - 40), figure.start) is not None


#: What ``figures`` gives for each figure: ``CLAIM_COLUMNS`` from "start" to "hedge_cue", less
#: the sentence's offsets ("sentence_start", "sentence_end"), which it cannot know.
_FIGURE_FIELDS = ("start", "end", "surface", "value_low", "value_high", "approx", "unit", "kind", "period",
                  "window", "scope", "hedged", "hedge_cue")
