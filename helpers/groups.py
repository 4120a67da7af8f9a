"""Claim groups: the same quantity reported across articles, and how many sources stand behind it.

A group holds figure claims (``claims``) that count the same thing over the same days: the
same ``kind``, the same unit family (``helpers.units.unit_family``: "troops" and "Russian
soldiers" are both ``personnel``), the same rate ``period``, both counts or both shares,
both running totals or neither (``is_running_total``: "since ...", "so far", "a total of"
beside the figure), and

* **windows that overlap** (``windows_overlap``).  A claim's days (``claim_days``) are those
  of the date its ``window`` names ("since December 2025" -> December 2025), else of the
  date of its sentence nearest the figure (``helpers.reference.claim_dates``), else its
  article's publication day; a window that names no resolved date ("overnight") is dated by
  publication.  Two dated windows overlap when they share at least ``min_window_overlap`` of
  the longer one ("3 January" and "over the past day" on 3 January do; "January" and "2025"
  do not).  A claim dated only by publication may be a day late: it matches another such
  claim published within ``publication_slack_days``, or a dated window of at most
  ``publication_window_days`` days within that slack of its publication day.  Running totals
  overlap when their starts agree or one is unknown.  The windows of one group all end
  within ``max_end_gap_days`` of each other.
* **scopes and sides that overlap when both name one** (``scopes_overlap``): "Pokrovsk front"
  and "Pokrovsk direction" overlap (``lexicon.SCOPE_GENERIC_WORDS`` are dropped, then one set
  of words must hold the other); "Pokrovsk" and "Kupiansk" do not.  "Russian soldiers" and
  "Ukrainian soldiers" (``units.unit_side``) are never one quantity.

Every pair of a group's claims meets these (complete linkage): overlap is not transitive,
and "never merge claims of incompatible windows" must hold for every pair.  A repeat speaks
of the days of what it repeats (``repeats_inherit_windows``): the same figure in a copy of
an earlier article, or from the same speaker through the same outlet, takes its source's
window, so a copy saved a day or two later joins its source's group.  Claims missing a
kind, a unit family, values or any date stay out.

Each claim's ``relation`` to the group's first claim (earliest published, then article id,
then position) is, in this order (``value_relation``):

* ``same``: the same low and high values;
* ``within_range``: the two value intervals overlap (400 against 300-400); an "at least"
  approximator ("more than 1,000") allows up to ``rounded_max_relative`` above its figure,
  an "at most" one as far below (``lexicon.APPROX_CLASSES``);
* ``rounded``: one carries a rounding approximator ("about 1,000") and the other's value
  rounds to it at its last significant digit (1,080 -> 1,000) and lies within
  ``rounded_max_relative`` of it;
* ``updated``: both are running totals from the same (or an equally unknown) start with
  different last days, and the later one is the higher: a total grows;
* ``conflicting``: none of the above, for the same days, scope and side, in articles that
  are not copies of each other.  For running totals the same days are the same last day
  and start; a count with no rate dated only by its publication has no known span ("62,400
  troops" may be a total) and never conflicts; nor does a claim of an unspecific kind
  (``UNSPECIFIC_KINDS``: "other"), nor two figures of one article, which count different
  things when they differ.

A vague quantity ("hundreds", ``approx`` "vague") relates only to another vague one.  A
claim that relates to no open group's first claim, or overlaps not every claim of it,
opens a group of its own: different values over merely overlapping windows are not a
conflict ("1,200 troops" on 20 February and "900 troops" on 21 February may be two days'
counts).  A group of one is dropped.

**Cost.**  Claims are put in blocks by (kind, unit family, period, share, running total)
and, inside a block, groups are indexed by the week of their first claim's last day; a claim
is compared only with the groups of its week and the two beside it (the windows of one
group end within a week), and only with each group's distinct (window, scope, side)
signatures.  Claims are read in one pass and sorted once: the cost grows with the claims
times the open groups of one block in three weeks, about linear in the corpus.

**Sources.**  ``independent_sources`` counts what stands behind a group's figure once copies
are folded:

1. articles linked as ``duplicate`` or ``contains`` (``helpers.links.article_links``) are one
   article;
2. a named speaker is one source however many articles quote them, through whatever outlet
   (the original source of a statement is its speaker); a shorter name that ends a longer
   one in the same group ("Example" and "Jane Example") is the same speaker;
3. an unnamed speaker reached through an outlet (``attributions.via``: "a source told the
   Example Wire") is one source per outlet: every statement that reaches back through the
   same chain;
4. a figure in the article's own voice (no speaker, no ``via``) is the article's own source,
   unless the same article (after step 1) attributes a figure of the group that agrees with
   it (same, within range, rounded): the headline "400 a day" restates the commander's
   "300 to 400 a day" in the body.

``speakers`` lists the distinct speakers in group order; an empty speaker is shown as the
outlet it came through (``via``), else the article's ``outlet`` (else its web ``domain``),
else its authors, else
"author of <article_id>".  ``echo_of`` names the earliest article before this claim's that it
repeats: one linked to it (any relation of ``article_links``), or one whose claim in the
group has the same speaker reached through the same outlet (``via`` not empty).  Two
articles that quote one speaker with no outlet between are not taken to echo each other.

What it cannot see: which way a figure runs ("Ukraine liberated 300 km²" and "Russia seized
900 km²" on one day read as a conflict; "launched" and "shot down" likewise), a figure
whose unit the claims table misreads, and a rewrite published a day later, not linked,
whose "yesterday" resolves to another day.  Groups are formed greedily in order of
publication, so a claim that could join two groups joins the earlier one.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Iterable, NamedTuple

import pandas as pd

from helpers.frames import plain
from helpers.lexicon import (
    APPROX_CLASSES, CUMULATIVE_WINDOWS, RUNNING_TOTAL_AS_OF, RUNNING_TOTAL_SENTENCE_CUES,
    RUNNING_TOTAL_SINCE, RUNNING_TOTAL_WINDOW_OPENERS, SCOPE_GENERIC_WORDS, SHARE_MARKS,
)
from helpers.reference import ClaimDates, claim_dates
from helpers.units import unit_family, unit_side

GROUP_COLUMNS = [
    "group_id", "claim_id", "article_id", "key", "relation", "first_article_id", "first_published",
    "speakers", "independent_sources", "echo_of",
]
#: The values of ``relation``, from the closest agreement to a conflict.
RELATIONS = ("same", "within_range", "rounded", "updated", "conflicting")
#: Claim kinds that say nothing of what is counted ("other": "$28 million" and "$192
#: million" are not two reports of one sum): claims of these kinds are grouped when their
#: values agree, never as a conflict.
UNSPECIFIC_KINDS = ("other",)
#: Relations of ``article_links`` that make two articles one (a copy, or one held in the other).
COPY_RELATIONS = ("duplicate", "contains")

#: A claim dated only by publication may report the day before: it matches another claim
#: published this many days apart, and a dated window this close to its publication day.
PUBLICATION_SLACK_DAYS = 1
#: A dated window longer than this never matches a claim dated only by publication ("1,200
#: troops" in an article of 20 February is not a count for all of February).
PUBLICATION_WINDOW_DAYS = 7
#: Share of the longer of two dated windows that they must have in common.
MIN_WINDOW_OVERLAP = 0.5
#: The last days of the windows in one group are at most this far apart (also the blocking
#: width: a week).
MAX_END_GAP_DAYS = 7
#: Largest relative distance between an approximate figure and the value it rounds
#: ("about 1,000" holds 1,080 and 850, not 600, although 600 rounds to 1,000).
ROUNDED_MAX_RELATIVE = 0.2


@dataclass(frozen=True)
class GroupRules:
    """The thresholds ``claim_groups`` applies, defaults from the module constants.

    Raises ValueError naming the field when a value is out of range.
    """

    publication_slack_days: int = PUBLICATION_SLACK_DAYS
    publication_window_days: int = PUBLICATION_WINDOW_DAYS
    min_window_overlap: float = MIN_WINDOW_OVERLAP
    max_end_gap_days: int = MAX_END_GAP_DAYS
    rounded_max_relative: float = ROUNDED_MAX_RELATIVE

    def __post_init__(self) -> None:
        for name in ("publication_slack_days", "publication_window_days", "max_end_gap_days"):
            if getattr(self, name) < 0:
                raise ValueError(f"GroupRules.{name} must be 0 or more, not {getattr(self, name)!r}")
        for name in ("min_window_overlap", "rounded_max_relative"):
            if not 0 <= getattr(self, name) <= 1:
                raise ValueError(f"GroupRules.{name} must be between 0 and 1, not {getattr(self, name)!r}")


class Window(NamedTuple):
    """The days a claim counts over.

    ``start``/``end``: first and last day (both the publication day when ``by_publication``).
    ``running_total``: the figure is a total to ``end``; ``since`` is its first day when the
    text dates it ("since 1 January"), else None.
    """

    start: date
    end: date
    by_publication: bool
    running_total: bool
    since: date | None


class ClaimFacts(NamedTuple):
    """What grouping reads of one claim, in group order (``order``)."""

    claim_id: str
    article_id: str
    order: tuple
    published: pd.Timestamp | None
    block: tuple[str, str, str, bool, bool]  # kind, unit family, period, share, running total
    window: Window
    scope: str
    scope_words: frozenset[str]
    side: str
    low: float
    high: float
    approx_class: str  # "", "rounding", "at least", "at most", "vague"
    speaker: str
    via: str
    copies: str  # the article, or the first id of the articles linked to it as copies


class _Signature(NamedTuple):
    window: Window
    scope_words: frozenset[str]
    side: str


# --- reading the claims ------------------------------------------------------------------------


def _text(value: object) -> str:
    """A text cell as a string: "" for an empty cell (None, NaN, NA)."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    try:
        return "" if pd.isna(value) else str(value)
    except (TypeError, ValueError):
        return str(value)


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _starts_with(text: str, phrases: Iterable[str]) -> str:
    """The first phrase that opens ``text`` as whole words, or ""."""
    for phrase in phrases:
        if text == phrase or text.startswith(phrase + " "):
            return phrase
    return ""


@lru_cache(maxsize=None)
def _phrases_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    """One pattern for any of the phrases as whole words."""
    alternatives = "|".join(re.escape(phrase) for phrase in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _has_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    return bool(phrases) and _phrases_pattern(phrases).search(text) is not None


def is_running_total(window: str, around: str, period: str, language: str = "en") -> bool:
    """Whether a claim's figure is a running total: a window of ``CUMULATIVE_WINDOWS`` or one
    opened by ``RUNNING_TOTAL_WINDOW_OPENERS`` ("since December 2025"), or a cue of
    ``RUNNING_TOTAL_SENTENCE_CUES`` ("a total of") in the words ``around`` the figure
    (``figure_surroundings``).  A rate ("a day") is never one.

    >>> is_running_total("since December 2025", "", ""), is_running_total("", "A total of  were hit.", "")
    (True, True)
    >>> is_running_total("", "Every day,  were hit so far.", "day")
    False
    """
    if period:
        return False
    window = _folded(window)
    if window in CUMULATIVE_WINDOWS.get(language, frozenset()):
        return True
    if window and _starts_with(window, RUNNING_TOTAL_WINDOW_OPENERS.get(language, ())):
        return True
    return _has_phrase(_folded(around), RUNNING_TOTAL_SENTENCE_CUES.get(language, ()))


_DIGIT = re.compile(r"\d")


def figure_surroundings(sentence: str, start: int, end: int) -> str:
    """The words of a sentence around one figure (``start``/``end`` relative to the
    sentence) up to the figures before and after it, the figure itself left out: in "900 km²
    since the beginning of 2026, and over 6,700 km² throughout 2025" the cue "since the
    beginning of" lies beside 900, not beside 6,700.
    """
    if not 0 <= start <= end <= len(sentence):
        return sentence
    before, after = sentence[:start], sentence[end:]
    digits_before = list(_DIGIT.finditer(before))
    if digits_before:
        before = before[digits_before[-1].end():]
    digit_after = _DIGIT.search(after)
    if digit_after:
        after = after[:digit_after.start()]
    return f"{before} {after}"


def claim_window(dates: ClaimDates, window_text: str, running_total: bool, published: date | None,
                 language: str = "en") -> Window | None:
    """A claim's ``Window`` from its dates (``reference.claim_dates``), or None when undated.

    A running total "since X" runs from X's first day to publication; "as of X" ends on X's
    last day with its start unknown; a total over a dated window ("so far this month", "in
    total in 2025") keeps the window's days; an undated total ends on publication.
    """
    if dates.start is None or dates.end is None:
        return None
    by_publication = dates.dated_by == "published"
    if not running_total:
        return Window(dates.start, dates.end, by_publication, False, None)
    if by_publication:
        return Window(dates.end, dates.end, True, True, None)
    opener = _folded(window_text)
    if _starts_with(opener, RUNNING_TOTAL_AS_OF.get(language, ())):
        return Window(dates.end, dates.end, False, True, None)
    if _starts_with(opener, RUNNING_TOTAL_SINCE.get(language, ())) and published and published > dates.end:
        return Window(dates.start, published, False, True, dates.start)
    return Window(dates.start, dates.end, False, True, dates.start)


def scope_words(scope: str, language: str = "en") -> frozenset[str]:
    """The words of a scope that name where, lower case, without ``SCOPE_GENERIC_WORDS``.

    >>> sorted(scope_words("the Pokrovsk front")), sorted(scope_words("whole front"))
    (['pokrovsk'], ['front', 'whole'])
    """
    words = frozenset(re.findall(r"\w+(?:[-']\w+)*", scope.casefold()))
    kept = words - SCOPE_GENERIC_WORDS.get(language, frozenset())
    return kept or words


def approx_class(approx: str, language: str = "en") -> str:
    """"rounding", "at least", "at most", "vague" ("hundreds") or "" for an approximator
    (``APPROX_CLASSES``)."""
    approx = _folded(approx)
    if approx == "vague":
        return "vague"
    for name, words in APPROX_CLASSES.get(language, {}).items():
        if approx in words:
            return name
    return ""


def claim_facts(claims: pd.DataFrame, events: pd.DataFrame, articles: pd.DataFrame,
                attributions: pd.DataFrame, clusters: dict[str, str] | None = None, *,
                rules: GroupRules = GroupRules()) -> list[ClaimFacts]:
    """The ``ClaimFacts`` of every claim that can be grouped, in group order.

    ``clusters``: ``article_clusters`` of the links (no article is a copy when None).

    Left out: a claim with no kind, no unit family, no value, or no date at all (an
    article with no publication date and no resolved date in the sentence).
    """
    info = _article_info(articles)
    via_of = {}
    if len(attributions) and "via" in attributions.columns:
        via_of = dict(zip(_column(attributions, "attribution_id"), _column(attributions, "via")))
    dates = claim_days(claims, events, articles)
    clusters = clusters or {}
    facts = []
    article_ids: dict[str, str] = {}
    for (claim_id, article_id, kind, unit, low, high, period, window_text, sentence, start, end, sentence_start,
         surface, scope, approx, speaker, attribution_id) in _rows_in_chunks(claims, (
            "claim_id", "article_id", "kind", "unit", "value_low", "value_high", "period", "window", "sentence",
            "start", "end", "sentence_start", "surface", "scope", "approx", "speaker", "attribution_id")):
        article_id = article_ids.setdefault(article_id, article_id)  # one string per article, not per claim
        published, language = info.get(article_id, (None, "en"))
        kind, unit = _text(kind), _text(unit)
        family = unit_family(unit, language)
        if not kind or not family or not _is_number(low) or not _is_number(high):
            continue
        period, window_text, sentence = _text(period), _text(window_text), _text(sentence)
        try:
            around = figure_surroundings(sentence, int(start) - int(sentence_start), int(end) - int(sentence_start))
        except (TypeError, ValueError):
            around = sentence
        running = is_running_total(window_text, around, period, language)
        day = published.date() if published is not None else None
        window = claim_window(dates.get(claim_id, _UNDATED), window_text, running, day, language)
        if window is None:
            continue
        share = _folded(_text(surface)).endswith(SHARE_MARKS.get(language, ()))
        scope = _text(scope).strip()
        facts.append(ClaimFacts(
            claim_id=claim_id, article_id=article_id,
            order=(published is None, published if published is not None else pd.Timestamp.min, article_id,
                   int(start) if _is_number(start) else 0),
            published=published, block=(kind, family, period, share, running), window=window,
            scope=scope, scope_words=scope_words(scope, language) if scope else frozenset(),
            side=unit_side(unit, language), low=float(low), high=float(high),
            approx_class=approx_class(_text(approx), language), speaker=_text(speaker).strip(),
            via=_text(via_of.get(_text(attribution_id), "")).strip(),
            copies=clusters.get(article_id, article_id),
        ))
    facts.sort(key=lambda fact: fact.order)
    return repeats_inherit_windows(facts, rules)


def repeats_inherit_windows(facts: list[ClaimFacts], rules: GroupRules = GroupRules()) -> list[ClaimFacts]:
    """Claims (in group order) where a repeat takes the window of the earlier claim it repeats.

    A repeat is the same figure (block, values, approximator, scope, side and speaker) in a
    copy of an earlier article (linked as ``duplicate`` or ``contains``), or spoken by the
    same speaker through the same outlet (``via``) in an earlier article over an overlapping
    window.  It speaks of the days of its source: a copy saved a day later, dated by its
    publication, is not a report of another day, and joins its source's group.
    """
    sources: dict[tuple, ClaimFacts] = {}
    out = []
    for fact in facts:
        figure = (fact.block, fact.low, fact.high, fact.approx_class, fact.scope_words, fact.side,
                  _folded(fact.speaker))
        keys = [("copy", fact.copies, *figure)]
        if fact.via:
            keys.append(("via", _folded(fact.via), *figure))
        for key in keys:
            source = sources.get(key)
            if source is not None and source.article_id != fact.article_id and \
                    (key[0] == "copy" or windows_overlap(source.window, fact.window, rules)):
                fact = fact._replace(window=source.window)
                break
        for key in keys:
            sources.setdefault(key, fact)
        out.append(fact)
    return out


def claim_days(claims: pd.DataFrame, events: pd.DataFrame, articles: pd.DataFrame) -> dict[str, ClaimDates]:
    """Each claim's days (``reference.claim_dates``), read from the date its ``window`` names.

    A claim whose window ("since December 2025") holds the surface of a date of its
    sentence ("December 2025") is dated by that date, even when another date stands nearer
    the figure; when that date is unresolved, the claim is undated.  A claim whose window
    names no date of its sentence ("overnight", "so far", "throughout 2025" when the
    timeline missed the year) is dated by its publication, not by another date of its
    sentence; a claim without a window is dated as ``claim_dates`` dates it.
    """
    surfaces: dict[str, list[tuple[str, bool]]] = {}
    if len(events):
        dated = (events["date_start"].notna() & events["date_end"].notna()).tolist()
        for surface, claim_ids, is_dated in zip(plain(events["surface"]), events["claims"], dated):
            for claim_id in _as_list(claim_ids):
                surfaces.setdefault(claim_id, []).append((_folded(_text(surface)), is_dated))
    windows = claims["window"].map(_text).tolist() if "window" in claims.columns else [""] * len(claims)
    named, undated, by_publication = [], set(), set()
    for claim_id, window in zip(claims["claim_id"].tolist(), windows):
        folded = _folded(window)
        if not folded:
            named.append(window)
            continue
        inside = [(len(surface), surface, is_dated) for surface, is_dated in surfaces.get(claim_id, ())
                  if surface and surface in folded]
        if not inside:
            by_publication.add(claim_id)
            named.append(window)
            continue
        _, surface, is_dated = max(inside)
        if not is_dated:
            undated.add(claim_id)
        named.append(surface)
    with_dates = claims["claim_id"].isin(list(surfaces)).to_numpy() if surfaces else None
    narrow = pd.DataFrame({"claim_id": claims["claim_id"], "article_id": claims["article_id"], "window": named,
                           "start": _column(claims, "start"), "end": _column(claims, "end")})
    dates = claim_dates(narrow[with_dates] if with_dates is not None else narrow.iloc[:0], events, articles)
    published = {article_id: (None if when is None or pd.isna(when) else pd.Timestamp(when).date())
                 for article_id, when in zip(plain(articles["article_id"]), articles["published"])} \
        if "published" in articles.columns else {}
    for claim_id, article_id in zip(claims["claim_id"].tolist(), claims["article_id"].tolist()):
        if claim_id in undated:
            dates[claim_id] = _UNDATED
        elif claim_id in by_publication or claim_id not in dates:
            day = published.get(article_id)
            dates[claim_id] = ClaimDates(day, day, "published") if day else _UNDATED
    return dates


_UNDATED = ClaimDates(None, None, "")


#: Rows of the claims table turned into Python values at a time: a column as a list costs a
#: Python object per cell, so 800,000 claims' seventeen columns at once cost about 800 MiB.
CHUNK_ROWS = 50_000


def _rows_in_chunks(frame: pd.DataFrame, names: tuple[str, ...]):
    """The rows of ``frame``'s columns ``names`` (Nones for an absent one), as tuples, in
    order, ``CHUNK_ROWS`` rows turned into Python values at a time."""
    for begin in range(0, len(frame), CHUNK_ROWS):
        chunk = frame.iloc[begin:begin + CHUNK_ROWS]
        yield from zip(*[_column(chunk, name) for name in names])


def _column(frame: pd.DataFrame, name: str) -> list:
    """A column as a Python list (faster to walk than ``itertuples``), or Nones when absent."""
    return frame[name].tolist() if name in frame.columns else [None] * len(frame)


def _as_list(value: object) -> list[str]:
    if value is None or isinstance(value, float):
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]


def _article_info(articles: pd.DataFrame) -> dict[str, tuple[pd.Timestamp | None, str]]:
    """article_id -> (publication timestamp or None, language)."""
    published = articles["published"] if "published" in articles.columns else [None] * len(articles)
    languages = articles["language"] if "language" in articles.columns else [""] * len(articles)
    return {
        article_id: (None if when is None or pd.isna(when) else pd.Timestamp(when), _text(language) or "en")
        for article_id, when, language in zip(plain(articles["article_id"]), published, plain(languages) if isinstance(languages, pd.Series) else languages)
    }


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not math.isnan(value)


# --- when two claims are one quantity ----------------------------------------------------------


def windows_overlap(first: Window, second: Window, rules: GroupRules = GroupRules()) -> bool:
    """Whether two windows of one block count over the same days (the module docstring)."""
    if abs((first.end - second.end).days) > rules.max_end_gap_days:
        return False
    if first.running_total or second.running_total:
        return first.since is None or second.since is None or first.since == second.since
    slack = rules.publication_slack_days
    if first.by_publication and second.by_publication:
        return abs((first.end - second.end).days) <= slack
    if first.by_publication or second.by_publication:
        day, dated = (first.end, second) if first.by_publication else (second.end, first)
        length = (dated.end - dated.start).days + 1
        return length <= rules.publication_window_days and \
            (dated.start - day).days <= slack and (day - dated.end).days <= slack
    shared = (min(first.end, second.end) - max(first.start, second.start)).days + 1
    longer = max((first.end - first.start).days, (second.end - second.start).days) + 1
    return shared > 0 and shared >= rules.min_window_overlap * longer


def same_window(first: Window, second: Window, *, rates: bool = False) -> bool:
    """Whether two windows are known to be the same days: for running totals the same last
    day and start; else the same first and last day, where a claim dated only by its
    publication has a known span only when it is a rate (``rates``: "400 a day" is that
    day's rate; "62,400 troops" in an article may be a total over any span).
    """
    if first.running_total or second.running_total:
        return first.end == second.end and first.since == second.since
    if (first.by_publication or second.by_publication) and not rates:
        return False
    return (first.start, first.end) == (second.start, second.end)


def scopes_overlap(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two scopes (``scope_words``) overlap: either names none, or one holds the other."""
    return not first or not second or first <= second or second <= first


def _sides_overlap(first: str, second: str) -> bool:
    return not first or not second or first == second


def _compatible(fact: ClaimFacts, signature: _Signature, rules: GroupRules) -> bool:
    return (windows_overlap(fact.window, signature.window, rules)
            and scopes_overlap(fact.scope_words, signature.scope_words)
            and _sides_overlap(fact.side, signature.side))


def _interval(fact: ClaimFacts, rules: GroupRules) -> tuple[float, float]:
    """The values a claim allows: a bound stated near a figure reaches ``rounded_max_relative``
    beyond it ("more than 1,000" holds 1,080, not 5,000)."""
    if fact.approx_class == "at least":
        return fact.low, fact.high * (1 + rules.rounded_max_relative)
    if fact.approx_class == "at most":
        return fact.low * (1 - rules.rounded_max_relative), fact.high
    return fact.low, fact.high


def rounds_to(value: float, approximate: float, max_relative: float = ROUNDED_MAX_RELATIVE) -> bool:
    """Whether ``value`` rounds to the round figure ``approximate`` at its last significant
    digit and lies within ``max_relative`` of it.

    >>> rounds_to(1080, 1000), rounds_to(600, 1000), rounds_to(350, 400), rounds_to(39, 38)
    (True, False, True, False)
    """
    if approximate <= 0 or not math.isfinite(approximate):
        return False
    step = 10.0 ** Decimal(repr(float(approximate))).normalize().as_tuple().exponent
    distance = abs(value - approximate)
    return distance <= step / 2 and distance <= max_relative * approximate


def value_relation(claim: ClaimFacts, first: ClaimFacts, rules: GroupRules = GroupRules()) -> str:
    """``claim``'s relation to the group's ``first`` claim (one of ``RELATIONS``), or "" when
    the values neither agree nor conflict over the same window, scope and side."""
    if (claim.approx_class == "vague") != (first.approx_class == "vague"):
        return ""  # "hundreds" holds too much to agree with a figure, or to conflict with one
    if (claim.low, claim.high) == (first.low, first.high):
        return "same"
    low, high = _interval(claim, rules)
    first_low, first_high = _interval(first, rules)
    if low <= first_high and first_low <= high:
        return "within_range"
    if (claim.low == claim.high and first.approx_class == "rounding"
            and rounds_to(claim.low, first.low, rules.rounded_max_relative)) or \
            (first.low == first.high and claim.approx_class == "rounding"
             and rounds_to(first.low, claim.low, rules.rounded_max_relative)):
        return "rounded"
    if claim.window.running_total and claim.window.end != first.window.end and claim.window.since == first.window.since:
        later, earlier = (claim, first) if claim.window.end > first.window.end else (first, claim)
        if later.low > earlier.high:
            return "updated"
    if claim.block[0] not in UNSPECIFIC_KINDS and claim.copies != first.copies \
            and same_window(claim.window, first.window, rates=bool(claim.block[2])) \
            and claim.scope_words == first.scope_words and claim.side == first.side:
        return "conflicting"
    return ""


# --- grouping on blocking keys ------------------------------------------------------------------


class _Group:
    __slots__ = ("members", "relations", "signatures")

    def __init__(self, first: ClaimFacts) -> None:
        self.members = [first]
        self.relations = ["same"]
        self.signatures = {_Signature(first.window, first.scope_words, first.side)}


def assign_groups(facts: list[ClaimFacts],
                  rules: GroupRules = GroupRules()) -> list[tuple[list[ClaimFacts], list[str]]]:
    """Claims (in group order) put into groups: (members, relations), groups of one included,
    in the order of their first claims.

    Each claim joins the earliest group of its block, first claim in its week or the two
    beside it, that it relates to (``value_relation``) and whose every window, scope and side
    it overlaps; else it opens a group.  The groups a claim can relate to are found in three
    indexes of their first claims, never by a scan of the block (``_Index``).
    """
    groups: list[_Group] = []
    index = _Index(rules)
    for fact in facts:
        joined = False
        for number in index.candidates(fact):
            group = groups[number]
            relation = value_relation(fact, group.members[0], rules)
            if relation and all(_compatible(fact, signature, rules) for signature in group.signatures):
                group.members.append(fact)
                group.relations.append(relation)
                group.signatures.add(_Signature(fact.window, fact.scope_words, fact.side))
                joined = True
                break
        if not joined:
            index.add(fact, len(groups))
            groups.append(_Group(fact))
    return [(group.members, group.relations) for group in groups]


#: Width of a value bucket: a factor of 1.25 (log scale), so that two figures that agree
#: (intervals that meet, or within ``rounded_max_relative`` of each other) share a bucket.
_LOG_BUCKET = math.log(1.25)


class _Index:
    """The groups a claim can relate to, found by their first claims (``value_relation``):

    * agreeing values (same, within range, rounded): the same block, a last day that can
      overlap the claim's window (``_days``), and a value bucket in common (each interval
      widened by ``rounded_max_relative``);
    * running totals, which may update each other at any value: the same block and a week
      beside;
    * a conflict: the same block, days, scope and side (``_conflict_key``).

    Every first claim a claim relates to within the window rules is in one of them, so the
    index finds the same groups as a scan of the whole block would (``tests/test_groups.py``
    checks it against one).
    """

    def __init__(self, rules: GroupRules) -> None:
        self.rules = rules
        self.weeks = max(1, -(-rules.max_end_gap_days // 7))
        self.agreeing: dict[tuple, list[int]] = {}
        self.totals: dict[tuple, list[int]] = {}
        self.conflicts: dict[tuple, list[int]] = {}

    def _buckets(self, fact: ClaimFacts) -> range:
        low, high = _interval(fact, self.rules)
        widen = self.rules.rounded_max_relative
        return range(_bucket(low * (1 - widen)), _bucket(high * (1 + widen)) + 1)

    def _days(self, window: Window) -> tuple[range, range]:
        """The last days (ordinals) of first claims dated by publication, and of dated first
        claims, whose windows can overlap ``window`` (``windows_overlap``)."""
        rules = self.rules
        slack, longest, gap = rules.publication_slack_days, rules.publication_window_days, rules.max_end_gap_days
        first, last = window.start.toordinal(), window.end.toordinal()
        if window.by_publication:
            return range(last - slack, last + slack + 1), range(last - slack, last + min(slack + longest - 1, gap) + 1)
        length = last - first + 1
        published = range(first - slack, last + slack + 1) if length <= longest else range(0)
        reach = gap if rules.min_window_overlap <= 0 else min(gap, math.ceil(length / rules.min_window_overlap) - 1)
        return published, range(max(first, last - gap), last + reach + 1)

    def add(self, fact: ClaimFacts, number: int) -> None:
        if fact.window.running_total:
            self.totals.setdefault((fact.block, fact.window.end.toordinal() // 7), []).append(number)
            return
        day = fact.window.end.toordinal()
        for bucket in self._buckets(fact):
            self.agreeing.setdefault((fact.block, fact.window.by_publication, day, bucket), []).append(number)
        key = _conflict_key(fact)
        if key is not None:
            self.conflicts.setdefault(key, []).append(number)

    def candidates(self, fact: ClaimFacts) -> list[int]:
        found: set[int] = set()
        if fact.window.running_total:
            week = fact.window.end.toordinal() // 7
            for near in range(week - self.weeks, week + self.weeks + 1):
                found.update(self.totals.get((fact.block, near), ()))
            return sorted(found)
        published_days, dated_days = self._days(fact.window)
        buckets = self._buckets(fact)
        for by_publication, days in ((True, published_days), (False, dated_days)):
            for day in days:
                for bucket in buckets:
                    found.update(self.agreeing.get((fact.block, by_publication, day, bucket), ()))
        key = _conflict_key(fact)
        if key is not None:
            found.update(self.conflicts.get(key, ()))
        return sorted(found)


def _bucket(value: float) -> int:
    return -1 if value < 1 else int(math.log(value) / _LOG_BUCKET)


def _conflict_key(fact: ClaimFacts) -> tuple | None:
    """What two claims that can conflict share (``same_window``, scope, side), or None for a
    claim that never conflicts (an unspecific kind; a count dated only by publication)."""
    if fact.block[0] in UNSPECIFIC_KINDS or fact.window.running_total:
        return None
    if fact.window.by_publication and not fact.block[2]:
        return None
    return fact.block, fact.window.start, fact.window.end, fact.scope_words, fact.side


# --- sources, speakers, echoes ------------------------------------------------------------------


def article_clusters(links: pd.DataFrame) -> dict[str, str]:
    """article_id -> one id for every set of articles linked as ``duplicate`` or ``contains``
    (the smallest id of the set); an article in no such link is absent."""
    parent: dict[str, str] = {}

    def root(article_id: str) -> str:
        while parent.setdefault(article_id, article_id) != article_id:
            parent[article_id] = parent[parent[article_id]]
            article_id = parent[article_id]
        return article_id

    if len(links):
        copies = links[links["relation"].isin(COPY_RELATIONS)]
        for first, second in zip(plain(copies["article_id"]), plain(copies["other_article_id"])):
            a, b = root(first), root(second)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {article_id: root(article_id) for article_id in list(parent)}


def linked_pairs(links: pd.DataFrame) -> set[frozenset[str]]:
    """Every pair of articles that ``article_links`` links, whatever the relation."""
    if not len(links):
        return set()
    return {frozenset(pair) for pair in zip(plain(links["article_id"]), plain(links["other_article_id"]))}


def _group_rows(members: list[ClaimFacts], relations: list[str], linked: set[frozenset[str]],
                outlets: dict[str, tuple[str, str]], rules: GroupRules) -> list[tuple]:
    """The rows of one group, each without its ``group_id``: claim, article, key, relation,
    first article and its publication, speakers, independent sources, and the article echoed."""
    key = group_key(members)
    names = speaker_names(fact.speaker for fact in members)
    speakers = list(dict.fromkeys(_shown_speaker(fact, names, outlets) for fact in members))
    sources = len({k for k in source_keys(members, rules) if k is not None})
    first = members[0]
    return [(fact.claim_id, fact.article_id, key, relation, first.article_id, first.published, list(speakers),
             sources, echo) for fact, relation, echo in zip(members, relations, echoes(members, linked))]


def speaker_names(speakers: Iterable[str]) -> dict[str, str]:
    """Each named speaker -> the longest name in the set that ends with its words
    ("Example" -> "Jane Example"), compared case-folded; others map to themselves."""
    names = sorted({s for s in speakers if s}, key=lambda s: (-len(s.split()), s))
    out = {}
    for name in names:
        words = name.casefold().split()
        out[name] = next((longer for longer in names if len(longer.split()) > len(words)
                          and longer.casefold().split()[-len(words):] == words), name)
    return out


def source_keys(members: list[ClaimFacts], rules: GroupRules = GroupRules()) -> list[tuple | None]:
    """Each claim's original source (``None``: a figure in its article's own voice that
    restates a figure the same article, or a copy of it, attributes), by the rules in the
    module docstring."""
    names = speaker_names(fact.speaker for fact in members)
    attributed: dict[str, list[ClaimFacts]] = {}
    for fact in members:
        if fact.speaker or fact.via:
            attributed.setdefault(fact.copies, []).append(fact)
    keys: list[tuple | None] = []
    for fact in members:
        if fact.speaker:
            keys.append(("speaker", names[fact.speaker].casefold()))
        elif fact.via:
            keys.append(("via", _folded(fact.via)))
        elif any(_values_agree(fact, other, rules) for other in attributed.get(fact.copies, ())):
            keys.append(None)
        else:
            keys.append(("article", fact.copies))
    return keys


def _values_agree(first: ClaimFacts, second: ClaimFacts, rules: GroupRules) -> bool:
    """Whether two figures are the same, one holds the other, or one rounds the other."""
    return value_relation(first, second, rules) in ("same", "within_range", "rounded")


def _shown_speaker(fact: ClaimFacts, names: dict[str, str], outlets: dict[str, tuple[str, str]]) -> str:
    if fact.speaker:
        return names[fact.speaker]
    if fact.via:
        return fact.via
    outlet, authors = outlets.get(fact.article_id, ("", ""))
    return outlet or authors or f"author of {fact.article_id}"


def _outlets(articles: pd.DataFrame) -> dict[str, tuple[str, str]]:
    outlets = articles["outlet"] if "outlet" in articles.columns else [""] * len(articles)
    authors = articles["authors"] if "authors" in articles.columns else [()] * len(articles)
    domains = articles["domain"] if "domain" in articles.columns else [""] * len(articles)
    out = {}
    for article_id, outlet, domain, names in zip(plain(articles["article_id"]), *(plain(column) if isinstance(column, pd.Series) else column for column in (outlets, domains)), authors):
        if isinstance(names, str):
            names = [names]
        else:
            names = [] if names is None or isinstance(names, float) else list(names)
        out[article_id] = (_text(outlet).strip() or _text(domain).strip(), ", ".join(n for n in names if n))
    return out


def echoes(members: list[ClaimFacts], linked: set[frozenset[str]]) -> list[str]:
    """For each claim, the earliest article before its own in group order that it repeats
    (linked to it, or holding a claim with the same speaker through the same ``via``), or ""."""
    names = speaker_names(fact.speaker for fact in members)
    article_order: dict[str, tuple] = {}
    chains: dict[tuple[str, str], list[str]] = {}
    for fact in members:
        article_order.setdefault(fact.article_id, fact.order[:3])
        if fact.via:
            chain = ((names[fact.speaker] if fact.speaker else "").casefold(), _folded(fact.via))
            chains.setdefault(chain, []).append(fact.article_id)
    articles = sorted(article_order, key=article_order.get)
    out = []
    for fact in members:
        own = article_order[fact.article_id]
        chain_articles = set()
        if fact.via:
            chain = ((names[fact.speaker] if fact.speaker else "").casefold(), _folded(fact.via))
            chain_articles = set(chains.get(chain, ()))
        found = ""
        for other in articles:
            if article_order[other] >= own:
                break
            if frozenset((other, fact.article_id)) in linked or other in chain_articles:
                found = other
                break
        out.append(found)
    return out


# --- the table ---------------------------------------------------------------------------------


def group_key(members: list[ClaimFacts]) -> str:
    """Why these claims were grouped, readable: kind, unit family, rate or total, the first
    claim's days, and the scope its claims name.

    For example "casualties · personnel · per day · 2025-01-03 · Pokrovsk front".
    """
    first = members[0]
    kind, family, period, share, running = first.block
    if period:
        measure = f"per {period}"
    elif running:
        measure = "total"
        since = next((fact.window.since for fact in members if fact.window.since), None)
        measure += f" since {since.isoformat()}" if since else ""
    else:
        measure = "count"
    if share:
        measure = f"share, {measure}"
    window = first.window
    if running:
        days = f"to {window.end.isoformat()}"
    elif window.start == window.end:
        days = window.end.isoformat()
    else:
        days = f"{window.start.isoformat()} – {window.end.isoformat()}"
    parts = [kind, family, measure, days]
    scope = next((fact.scope for fact in members if fact.scope), "")
    if scope:
        parts.append(scope)
    return " · ".join(parts)


#: The columns ``claim_groups`` reads of each table: the corpus-wide step of the export reads
#: only these back from Parquet (a claim's sentence, not its whole row; an attribution's
#: ``via``, not its content), which keeps that step's memory to a fraction of the tables'.
GROUP_INPUTS: dict[str, list[str]] = {
    "claims": ["claim_id", "article_id", "kind", "unit", "value_low", "value_high", "period", "window", "sentence",
               "start", "end", "sentence_start", "surface", "scope", "approx", "speaker", "attribution_id"],
    "events": ["event_id", "surface", "start", "end", "date_start", "date_end", "kind", "claims"],
    "attributions": ["attribution_id", "via"],
}


def claim_groups(claims: pd.DataFrame, events: pd.DataFrame, articles: pd.DataFrame,
                 attributions: pd.DataFrame, links: pd.DataFrame, *, rules: GroupRules = GroupRules()) -> pd.DataFrame:
    """One row per claim that belongs to a group of two or more (``GROUP_COLUMNS``): the same
    quantity across articles, each claim's relation to the group's first claim, the distinct
    speakers and original sources behind the group, and which earlier article each repeats.

    ``claims``, ``events``, ``articles``, ``attributions``: the corpus's tables (``Corpus``);
    ``links``: ``helpers.links.article_links`` (an empty frame with its columns when not
    computed: then no article folds into another).  Rows are in group order, then claim
    order (earliest published, article id, position); ``group_id`` numbers the groups in
    that order ("g0001").  The rules are in the module docstring; ``rules`` changes the
    thresholds.
    """
    for frame, name, columns in (
        (claims, "claims", ["claim_id", "article_id", "start", "value_low", "value_high", "unit", "kind",
                            "period", "scope", "approx", "surface", "speaker"]),
        (articles, "articles", ["article_id"]),
        (links, "links", ["article_id", "other_article_id", "relation"]),
        (events, "events", ["surface", "date_start", "date_end", "claims"] if len(events) else []),
        (attributions, "attributions", ["attribution_id", "via"] if len(attributions) else []),
    ):
        missing = [column for column in columns if column not in frame.columns]
        if missing:
            raise ValueError(f"the {name} table lacks the column(s) {', '.join(missing)}")
    return claim_groups_by_part([(claims, events)], articles, attributions, links, rules=rules)


def claim_groups_by_part(parts: Iterable[tuple[pd.DataFrame, pd.DataFrame]], articles: pd.DataFrame,
                         attributions: pd.DataFrame, links: pd.DataFrame, *,
                         rules: GroupRules = GroupRules()) -> pd.DataFrame:
    """``claim_groups`` of claims given in parts that share no block, each with the events
    that list its claims: (claims, events) pairs, say one claim kind each, read one at a
    time.  A group never crosses a block (its kind is in every index key and every repeat's
    key), so the rows are those of all claims at once, while only one part's claims are
    held as ``ClaimFacts`` (the corpus-wide step of the export: 100,000 generated articles,
    800,000 claims, peak memory 2.1 GiB at once).  Groups are numbered in the order of their
    first claims across the parts."""
    clusters = article_clusters(links)
    linked = linked_pairs(links)
    outlets = _outlets(articles)
    found: list[tuple[tuple, list[tuple]]] = []  # (first claim's order, its group's rows without the id)
    for claims, events in parts:
        facts = claim_facts(claims, events, articles, attributions, clusters, rules=rules)
        for members, relations in assign_groups(facts, rules):
            if len(members) > 1:
                found.append((members[0].order, _group_rows(members, relations, linked, outlets, rules)))
        del facts
    found.sort(key=lambda item: item[0])
    width = max(4, len(str(len(found))))
    rows = [(f"g{number:0{width}d}", *row) for number, (_, group) in enumerate(found, start=1) for row in group]
    table = pd.DataFrame.from_records(rows, columns=GROUP_COLUMNS)
    return table.astype({
        "group_id": "str", "claim_id": "str", "article_id": "str", "key": "str", "relation": "str",
        "first_article_id": "str", "first_published": "datetime64[s]", "independent_sources": "int64",
        "echo_of": "str",
    })
