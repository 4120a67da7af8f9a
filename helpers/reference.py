"""Reference series: official daily figures to set beside the figures articles claim.

A reference series is a CSV file of dated figures with the columns ``REFERENCE_COLUMNS``:
``date`` (YYYY-MM-DD), ``measure`` (one of ``lexicon.REFERENCE_MEASURES``), ``value`` (the
figure for that day: the daily increment), ``cumulative`` (the running total; either may be
empty, not both), ``unit``, ``source`` and ``source_url``.  ``load_reference`` reads the
series the package ships (the Ukrainian General Staff's daily count of Russian losses, in
``data/reference/``; MIT-licensed data of PetroIvaniuk/2022-Ukraine-Russia-War-Dataset,
converted by ``scripts/convert_general_staff.py``) and any files a user names, as the
gazetteer does: ``load_reference(extra_paths=[...])`` or the ``FCW_REFERENCE`` environment
variable (paths separated by ``os.pathsep``).  A bad row is refused with its file, line and
reason (a ``LoadError``, for the corpus load report) and the rest of its file still loads.

``reference_check`` sets each claim beside the series of its measure.  The claim's measure
comes from its kind and its unit family (``helpers.units.unit_family``, then
``lexicon.REFERENCE_MEASURE_OF``): "300 to 400 Russian soldiers" of kind casualties is
``personnel``.  Its dates come from the events table when a date expression in its sentence
is resolved, else from the article's publication date.  What it is compared with depends
on what it says (``comparison``):

==========================  ===========================================  ==================
claim                       compared with                                ``comparison``
==========================  ===========================================  ==================
a running total ("since     ``cumulative`` on the last of its days       cumulative
the start of the invasion",
"so far")
a rate per day              the day's ``value``, or the mean over its    daily value /
                            days                                         mean per day
a rate per week, month or   the sum over the 7, 30 or 365 days to its    sum over 7 days /
year                        last day; over a longer window, the mean     mean per 7 days
                            per 7, 30 or 365 days
no rate, in a sentence      the sum of ``value`` over those days         daily value /
with a resolved date                                                     sum over window
no rate, dated only by      nothing: what span the figure covers is      no rate or dated
publication                 unknown ("62,400 troops" may be a total)     window
==========================  ===========================================  ==================

A window counted back from a day ("over the past day", "in the past 7 days": events of kind
``window``) spans N + 1 calendar dates in the events table (``dates.window_back``); it is
compared over its last N days, since the General Staff's report of a date covers the 24
hours before it.  **Nothing is guessed**: a claim whose days the series does not cover in
full (outside its dates, or a day without a ``value``) keeps its row with
``reference_value`` and ``ratio`` empty; there is no partial sum and no interpolation.  The
reference's scope (whole front, whose losses) comes from ``REFERENCE_SOURCES`` by its
``source``, never from a place name; a source not listed there has no stated scope.  A
share ("60 percent of Russian casualties", ``lexicon.SHARE_MARKS``) is not a count and gets
no row; a vague quantity ("hundreds of thousands") keeps its row but no ``ratio``, since
its bounds are a convention.  ``dated_by`` says what dated the claim: the ``event_id`` of
the date expression, "published", or "" for an undated claim (``comparison`` "undated").
"""

from __future__ import annotations

import csv
import math
import os
import re
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping, NamedTuple

import pandas as pd

from helpers.frames import plain, plain_rows
from helpers.load import LoadError
from helpers.lexicon import CUMULATIVE_WINDOWS, REFERENCE_MEASURE_OF, REFERENCE_MEASURES, SHARE_MARKS
from helpers.units import unit_family, unit_side

#: Columns of a reference CSV, in this order.
REFERENCE_COLUMNS = ("date", "measure", "value", "cumulative", "unit", "source", "source_url")
#: Columns of the loaded table: the CSV's, plus the file and line each row came from.
REFERENCE_TABLE_COLUMNS = [*REFERENCE_COLUMNS, "path", "line"]
REFERENCE_CHECK_COLUMNS = [
    "claim_id", "article_id", "measure", "date_start", "date_end", "claim_low", "claim_high",
    "reference_value", "ratio", "scope_note", "comparison", "dated_by", "source",
]

#: Environment variable naming the user's reference CSV files (separated by ``os.pathsep``).
REFERENCE_ENV = "FCW_REFERENCE"
#: The series shipped with the package, in ``helpers/data/reference/``.
SHIPPED_FILES = ("ua_general_staff_russian_losses.csv",)
GENERAL_STAFF = "General Staff of the Armed Forces of Ukraine"


class ReferenceSource(NamedTuple):
    """What a source's series cover: ``scope`` (where) and ``side`` (whose losses)."""

    scope: str
    side: str


#: The scope and side of each known source's series, by its ``source`` column.  The General
#: Staff reports Russia's losses along the whole front in one daily total.
REFERENCE_SOURCES: dict[str, ReferenceSource] = {
    GENERAL_STAFF: ReferenceSource(scope="whole front", side="Russia"),
}

#: Days in a claim's rate period; a calendar month and year are taken as 30 and 365 days.
PERIOD_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


class ReferenceLoad(NamedTuple):
    """The loaded series (``REFERENCE_TABLE_COLUMNS``) and every refused row or file."""

    table: pd.DataFrame
    problems: list[LoadError]


class _Row(NamedTuple):
    date: date
    measure: str
    value: float | None
    cumulative: float | None
    unit: str
    source: str
    source_url: str
    path: str
    line: int


# --- loading ---------------------------------------------------------------------------------

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_KNOWN_MEASURES = frozenset(REFERENCE_MEASURES)


def shipped_paths() -> tuple[Path, ...]:
    """The reference files shipped with the package."""
    folder = resources.files("helpers") / "data" / "reference"
    return tuple(Path(str(folder / name)) for name in SHIPPED_FILES)


def reference_paths_from_env() -> tuple[str, ...]:
    """The user's reference files named by ``FCW_REFERENCE`` (``os.pathsep``-separated)."""
    value = os.environ.get(REFERENCE_ENV, "")
    return tuple(part for part in value.split(os.pathsep) if part.strip())


def load_reference(extra_paths: Iterable[str | os.PathLike] | None = None, *, shipped: bool = True) -> ReferenceLoad:
    """Every reference series: the shipped ones (unless ``shipped=False``) and the user's.

    ``extra_paths`` defaults to the files named by ``FCW_REFERENCE``.  A missing or
    unreadable file, a wrong header and each bad row are reported in ``problems``; nothing
    is raised, and every good row loads.  A file named twice is read once; a row that
    repeats the source, measure and date of a row loaded before it is refused as a
    duplicate, naming where the first one is.
    """
    paths = reference_paths_from_env() if extra_paths is None else tuple(str(p) for p in extra_paths)
    files = list(dict.fromkeys(([str(p) for p in shipped_paths()] if shipped else []) + list(paths)))
    rows: list[_Row] = []
    problems: list[LoadError] = []
    seen: dict[tuple[str, str, date], _Row] = {}
    for path in files:
        file_rows, file_problems = _read_cached(path, *_stamp(path))
        problems.extend(file_problems)
        for row in file_rows:
            key = (row.source, row.measure, row.date)
            first = seen.setdefault(key, row)
            if first is row:
                rows.append(row)
            else:
                where = f"line {first.line}" if first.path == row.path else f"{first.path}, line {first.line}"
                reason = f"duplicate of {where} ({row.source}, {row.measure}, {row.date})"
                problems.append(LoadError(row.path, row.line, reason))
    problems.sort(key=lambda p: (files.index(p.path) if p.path in files else len(files), p.line or 0))
    return ReferenceLoad(_table(rows), problems)


def read_reference(path: str | os.PathLike) -> ReferenceLoad:
    """One reference file on its own: its good rows and its problems (see ``load_reference``)."""
    return load_reference([path], shipped=False)


def _stamp(path: str) -> tuple[int, int]:
    """Modification time and size, so that an edited file is read again."""
    try:
        stat = os.stat(path)
    except OSError:
        return (0, -1)
    return (stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def _read_cached(path: str, mtime_ns: int, size: int) -> tuple[tuple[_Row, ...], tuple[LoadError, ...]]:
    rows: list[_Row] = []
    problems: list[LoadError] = []
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            _read_rows(path, handle, rows, problems)
    except FileNotFoundError:
        problems.append(LoadError(path, None, "no such reference file"))
    except IsADirectoryError:
        problems.append(LoadError(path, None, "a folder, not a reference file"))
    except UnicodeDecodeError as error:
        problems.append(LoadError(path, None, f"not UTF-8 text ({error.reason}); nothing loaded"))
    except (OSError, csv.Error) as error:
        problems.append(LoadError(path, None, f"unreadable ({error}); nothing loaded"))
    return tuple(rows), tuple(problems)


def _read_rows(path: str, handle, rows: list[_Row], problems: list[LoadError]) -> None:
    reader = csv.reader(handle)
    header = next(reader, None)
    if header is None:
        problems.append(LoadError(path, 1, "empty file"))
        return
    names = [name.strip() for name in header]
    missing = [c for c in REFERENCE_COLUMNS if c not in names]
    unexpected = [n for n in names if n not in REFERENCE_COLUMNS]
    if missing or unexpected or len(set(names)) != len(names):
        detail = "; ".join(part for part in (
            f"missing {', '.join(missing)}" if missing else "",
            f"unexpected {', '.join(repr(n) for n in unexpected)}" if unexpected else "",
            "a column named twice" if len(set(names)) != len(names) else "",
        ) if part)
        problems.append(LoadError(path, reader.line_num, f"wrong header ({detail}): the columns are "
                                  f"{', '.join(REFERENCE_COLUMNS)}; nothing loaded"))
        return
    index = {name: names.index(name) for name in REFERENCE_COLUMNS}
    line = reader.line_num
    for fields in reader:
        line, start = reader.line_num, line + 1  # a quoted field may span lines: report the first
        if not any(field.strip() for field in fields):
            continue
        row, reasons = _parse(fields, index, len(names), path, start)
        if reasons:
            problems.append(LoadError(path, start, "; ".join(reasons)))
        else:
            rows.append(row)


def _parse(fields: list[str], index: dict[str, int], width: int, path: str, line: int) -> tuple[_Row | None, list[str]]:
    """A row, or the reasons it is refused (all of them, so one edit fixes the row)."""
    if len(fields) != width:
        return None, [f"{len(fields)} fields, expected {width}"]
    get = {name: fields[i].strip() for name, i in index.items()}
    reasons = []
    day = None
    if not get["date"]:
        reasons.append("missing date")
    elif not _ISO_DATE.fullmatch(get["date"]):
        reasons.append(f"date {get['date']!r} is not YYYY-MM-DD")
    else:
        try:
            day = date.fromisoformat(get["date"])
        except ValueError:
            reasons.append(f"impossible date {get['date']!r}")
    if get["measure"] not in _KNOWN_MEASURES:
        reasons.append(f"unknown measure {get['measure']!r} (the known ones are in helpers.lexicon.REFERENCE_MEASURES)"
                       if get["measure"] else "missing measure")
    figures = {}
    for name in ("value", "cumulative"):
        figures[name] = None
        if get[name]:
            try:
                figures[name] = float(get[name])
            except ValueError:
                reasons.append(f"{name} {get[name]!r} is not a number")
                continue
            if not math.isfinite(figures[name]):
                reasons.append(f"{name} {get[name]!r} is not a number")
    if not get["value"] and not get["cumulative"]:
        reasons.append("neither value nor cumulative given")
    if figures["cumulative"] is not None and figures["cumulative"] < 0:
        reasons.append(f"cumulative {get['cumulative']} is below zero")
    for name in ("unit", "source"):
        if not get[name]:
            reasons.append(f"missing {name}")
    if reasons:
        return None, reasons
    return _Row(day, get["measure"], figures["value"], figures["cumulative"], get["unit"], get["source"],
                get["source_url"], path, line), []


def _table(rows: list[_Row]) -> pd.DataFrame:
    frame = pd.DataFrame({
        "date": pd.Series([r.date for r in rows], dtype="datetime64[s]"),
        "measure": pd.Series([r.measure for r in rows], dtype="str"),
        "value": pd.Series([r.value for r in rows], dtype="float64"),
        "cumulative": pd.Series([r.cumulative for r in rows], dtype="float64"),
        "unit": pd.Series([r.unit for r in rows], dtype="str"),
        "source": pd.Series([r.source for r in rows], dtype="str"),
        "source_url": pd.Series([r.source_url for r in rows], dtype="str"),
        "path": pd.Series([r.path for r in rows], dtype="str"),
        "line": pd.Series([r.line for r in rows], dtype="int64"),
    })
    return frame[REFERENCE_TABLE_COLUMNS]


# --- claims beside the series ----------------------------------------------------------------


class ClaimDates(NamedTuple):
    """The days a claim speaks of, and what dated them (an ``event_id`` or "published")."""

    start: date | None
    end: date | None
    dated_by: str


class _Series(NamedTuple):
    value: dict[date, float]
    cumulative: dict[date, float]


def claim_measures(kind: str, unit: str, language: str = "en") -> tuple[str, ...]:
    """The reference measures a claim of this kind and unit may be set beside, first choice first.

    >>> claim_measures("casualties", "Russian soldiers"), claim_measures("other", "troops")
    (('personnel',), ())
    """
    return REFERENCE_MEASURE_OF.get(kind, {}).get(unit_family(unit, language), ())


def claim_dates(claims: pd.DataFrame, events: pd.DataFrame, articles: pd.DataFrame) -> dict[str, ClaimDates]:
    """Each claim's days: a resolved date of its sentence, else its article's publication date.

    An event belongs to a claim when its ``claims`` list names it.  Among several, the one
    whose surface is the claim's ``window`` ("over the past day") is taken, else the one
    nearest the figure in the text.  A window counted back from a day (``kind`` "window")
    loses its first calendar date (see the module docstring), and a window that began before
    the article was published ends on its publication day: "this month" in an article of
    18 February covers 1-18 February, since no one can report the days not yet lived.  A
    window wholly ahead of publication ("next week") is left as it is.
    """
    candidates: dict[str, list] = {}
    if len(events):
        dated = events[events["date_start"].notna() & events["date_end"].notna()]
        for event in plain_rows(dated):
            for claim_id in _as_list(getattr(event, "claims", None)):
                candidates.setdefault(claim_id, []).append(event)
    published = {}
    if len(articles):
        published = {a: _day(p) for a, p in zip(plain(articles["article_id"]), articles["published"])}
    out = {}
    for claim in plain_rows(claims):
        found = candidates.get(claim.claim_id)
        if found:
            event = _closest(claim, found)
            start, end = _day(event.date_start), _day(event.date_end)
            if _text(getattr(event, "kind", "")) == "window" and start < end:
                start += timedelta(days=1)
            day = published.get(claim.article_id)
            if day is not None and start < day < end:
                end = day
            out[claim.claim_id] = ClaimDates(start, end, str(getattr(event, "event_id", "event")))
        elif published.get(claim.article_id) is not None:
            day = published[claim.article_id]
            out[claim.claim_id] = ClaimDates(day, day, "published")
        else:
            out[claim.claim_id] = ClaimDates(None, None, "")
    return out


#: The columns ``reference_check`` reads of each table (the export reads only these back).
REFERENCE_INPUTS: dict[str, list[str]] = {
    "claims": ["claim_id", "article_id", "kind", "unit", "surface", "value_low", "value_high", "approx", "period",
               "scope", "window", "start", "end"],
    "events": ["event_id", "surface", "start", "end", "date_start", "date_end", "kind", "claims"],
}


def reference_check(
    claims: pd.DataFrame, events: pd.DataFrame, articles: pd.DataFrame, reference: pd.DataFrame | ReferenceLoad,
    *, sources: Mapping[str, ReferenceSource] = REFERENCE_SOURCES,
) -> pd.DataFrame:
    """One row per claim and reference source whose series holds the claim's measure
    (``REFERENCE_CHECK_COLUMNS``), in the order of ``claims``.

    ``ratio`` is ``claim_high / reference_value`` (empty when the reference is missing or 0);
    ``scope_note`` names the two scopes when the claim names one that differs from the
    series' ("claim: Pokrovsk front; reference: whole front").  A claim whose unit names a
    side ("Ukrainian soldiers") is not set beside a series of the other side's losses.
    ``sources`` gives each source's scope and side (``REFERENCE_SOURCES`` by default).

    On the seed, "300 to 400 Russian soldiers" every day on the Pokrovsk front, published
    3 January 2025, is set beside the General Staff's 1,080 of that day: ratio 0.37.
    """
    table = reference.table if isinstance(reference, ReferenceLoad) else reference
    series = _series(table)
    measures_of = {}
    for source, measure in series:
        measures_of.setdefault(source, set()).add(measure)
    languages = {}
    if len(articles) and "language" in articles:
        languages = dict(zip(plain(articles["article_id"]), plain(articles["language"])))
    wanted = []
    for claim in plain_rows(claims):
        language = _text(languages.get(claim.article_id)) or "en"
        measures = claim_measures(_text(claim.kind), _text(claim.unit), language)
        if _is_share(_text(getattr(claim, "surface", "")), language):
            continue
        if any(measure in held for held in measures_of.values() for measure in measures):
            wanted.append((claim, language, measures))
    dates = claim_dates(claims[claims["claim_id"].isin([c.claim_id for c, _, _ in wanted])], events, articles)
    rows = []
    for claim, language, measures in wanted:
        side = unit_side(_text(claim.unit), language)
        for source in sorted(measures_of):
            about = sources.get(source, ReferenceSource("", ""))
            held = [m for m in measures if m in measures_of[source]]
            if not held or (side and about.side and side != about.side):
                continue
            rows.append(_compare(claim, dates[claim.claim_id], language, source, about, held, series))
    frame = pd.DataFrame(rows, columns=REFERENCE_CHECK_COLUMNS)
    for column in ("date_start", "date_end"):
        frame[column] = pd.Series(frame[column].tolist(), dtype="datetime64[s]")
    for column in ("claim_low", "claim_high", "reference_value", "ratio"):
        frame[column] = frame[column].astype("float64")
    return frame


def scope_note(claim_scope: str, reference_scope: str) -> str:
    """Where the claim's scope and the reference's differ, both named; else "".

    >>> scope_note("Pokrovsk front", "whole front")
    'claim: Pokrovsk front; reference: whole front'
    """
    claim_scope = (claim_scope or "").strip()
    if not claim_scope or claim_scope.casefold() == (reference_scope or "").strip().casefold():
        return ""
    return f"claim: {claim_scope}; reference: {reference_scope or 'scope not stated'}"


def _compare(claim, when: ClaimDates, language: str, source: str, about: ReferenceSource,
             measures: list[str], series: dict[tuple[str, str], _Series]) -> tuple:
    """One ``REFERENCE_CHECK_COLUMNS`` row: the claim's figure beside the series' figure,
    read from the first of its measures that covers the claim's days."""
    start, end, comparison, read = _reading(claim, when, language)
    measure, figure = measures[0], None
    for candidate in measures:
        figure = read(series[(source, candidate)])
        if figure is not None:
            measure = candidate
            break
    vague = _text(getattr(claim, "approx", "")) == "vague"  # its bounds are a convention (lexicon.VAGUE_QUANTITIES)
    ratio = claim.value_high / figure if figure and not vague else None
    return (
        claim.claim_id, claim.article_id, measure, start, end, claim.value_low, claim.value_high,
        figure, ratio, scope_note(_text(claim.scope), about.scope), comparison, when.dated_by, source,
    )


def _reading(claim, when: ClaimDates, language: str):
    """The days compared, the ``comparison`` label and how to read a series over them (the
    table in the module docstring)."""
    start, end = when.start, when.end
    window = " ".join(_text(claim.window).lower().split())
    period = _text(claim.period)
    length = PERIOD_DAYS.get(period, 0)
    if start is None or end is None:
        return None, None, "undated", lambda data: None
    if window in CUMULATIVE_WINDOWS.get(language, frozenset()):
        return end, end, "cumulative", lambda data: data.cumulative.get(end)
    if period and not length:
        return start, end, f"no rule for period {period!r}", lambda data: None
    days = (end - start).days + 1
    if not period and when.dated_by == "published":
        return start, end, "no rate or dated window", lambda data: None
    if not period:
        return start, end, "daily value" if days == 1 else "sum over window", lambda data: _sum(data.value, start, end)
    if days < length:
        first = end - timedelta(days=length - 1)
        return first, end, f"sum over {length} days", lambda data: _sum(data.value, first, end)
    label = "daily value" if days == 1 else ("mean per day" if length == 1 else f"mean per {length} days")
    return start, end, label, lambda data: _scaled(_sum(data.value, start, end), days, length)


def _scaled(total: float | None, days: int, length: int) -> float | None:
    """A total over ``days`` as a rate per ``length`` days (a mean per day when length is 1)."""
    return None if total is None else (total if days == length else total / days * length)


def _is_share(surface: str, language: str) -> bool:
    """Whether a figure's surface is a share ("60 percent"), not a count."""
    text = " ".join(surface.lower().split())
    return text.endswith(SHARE_MARKS.get(language, ()))


def _sum(values: dict[date, float], start: date | None, end: date | None) -> float | None:
    """The sum of the daily values from start to end, or None if any day lacks one."""
    if start is None or end is None or end < start:
        return None
    total = 0.0
    day = start
    while day <= end:
        value = values.get(day)
        if value is None:
            return None
        total += value
        day += timedelta(days=1)
    return total


def _series(table: pd.DataFrame) -> dict[tuple[str, str], _Series]:
    """Each (source, measure)'s daily values and running totals, by date."""
    out: dict[tuple[str, str], _Series] = {}
    days = table["date"].to_numpy().astype("datetime64[D]").tolist()
    values = table["value"].to_numpy(dtype="float64", na_value=math.nan).tolist()
    totals = table["cumulative"].to_numpy(dtype="float64", na_value=math.nan).tolist()
    for day, measure, value, cumulative, source in zip(days, table["measure"].tolist(), values, totals,
                                                       table["source"].tolist()):
        if day is None:
            continue
        data = out.get((source, measure))
        if data is None:
            data = out[(source, measure)] = _Series({}, {})
        if value == value:  # not NaN
            data.value[day] = value
        if cumulative == cumulative:
            data.cumulative[day] = cumulative
    return out


def _closest(claim, events: list):
    """The event whose surface is the claim's window, else the one nearest the figure."""
    window = " ".join(_text(getattr(claim, "window", "")).lower().split())
    if window:
        for event in events:
            if " ".join(_text(getattr(event, "surface", "")).lower().split()) == window:
                return event

    def distance(event) -> int:
        try:
            return max(0, int(event.start) - int(claim.end), int(claim.start) - int(event.end))
        except (AttributeError, TypeError, ValueError):
            return 0
    return min(events, key=distance)


def _text(value) -> str:
    """A text cell as a string: "" for an empty cell (None, NaN, NA), as a CSV round trip gives."""
    return value if isinstance(value, str) else ("" if value is None or pd.isna(value) else str(value))


def _as_list(value) -> list[str]:
    if value is None or isinstance(value, float):
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]


def _day(value) -> date | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date()
