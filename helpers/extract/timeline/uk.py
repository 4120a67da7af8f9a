"""Timeline of Ukrainian text: the dates an article mentions, each resolved to a calendar span.

Method: as the English rules (HeidelTime-style, Strötgen & Gertz 2013; TIMEX3 spans): this
module gives ``helpers.extract.timeline`` a finder (``find_mentions``), a tense reader
(``tense``) and the resolution of its forms (``resolve``), so the rows are the same
``Event`` records with the same ``event_id`` scheme, offsets, kinds and resolutions.  The
patterns are Ukrainian:

* explicit dates: "5 березня 2024 року", "5 березня 2024 р.", "5–7 березня 2024 року",
  "05.03.2024" (day first), read as written (``absolute``);
* month and year: "у березні 2019 року", "березень 2019"; a year: "2008 року", "у 2014
  році", "2014-го", "до 2024-го", "(2014)";
* year-less: "5 березня", "у березні", "на початку березня", "у середу", "минулої
  середи", resolved against the publication date (``year-from-publication`` /
  ``relative-to-publication``): in the past unless the nearest tense cue of the sentence
  is a future ("буде", "планують", a perfective or "-тиме" future by pymorphy3);
* relative: "вчора", "позавчора", "сьогодні", "минулої доби" and "за минулу добу" (the
  day before publication and the publication day, as the English "over the past day"),
  "за останні три дні", "минулого тижня", "цього року", "торік", "з початку року",
  "тиждень тому", "три дні тому".

Months are read from ``lexicon.MONTH_FORMS`` (genitive after a day, locative after
"у/в", nominative in a heading); the calendar arithmetic is ``helpers.dates``'.
A relative date in an article without a publication date stays empty with resolution
"unresolved: no publication date"; nothing is guessed.  The publication date itself is a
row, found in the metadata by ``helpers.extract.timeline``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Callable, Iterable

from helpers.dates import (
    day_month_candidates,
    make_date,
    month_span,
    period_span,
    pick_span,
    resolve_month,
    resolve_weekday,
    shift,
    since_start,
    window_back,
    year_span,
)
from helpers.extract.timeline.records import NO_PUBLICATION, NOT_A_DAY, Mention
from helpers import morphology_uk as morph
from helpers.lexicon import (
    AGO_WORDS,
    FUTURE_CUES,
    FUTURE_ENDINGS,
    MONTH_FORMS,
    NUMBER_WORDS,
    RELATIVE_DAYS,
    SHIFT_MODIFIERS,
    TIME_CUES,
    TIME_UNITS,
    WEEKDAYS,
    WINDOW_PHRASES,
)

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from helpers.text import Sentence

LANGUAGE = "uk"


def _alternation(words: Iterable[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, word.split())) for word in sorted(set(words), key=len, reverse=True))


_B = r"(?<![\w'’ʼ-])"  # a word starts here
_E = r"(?![\w'’ʼ])"  # a word ends here
_GENITIVE = MONTH_FORMS[LANGUAGE]["genitive"]
_LOCATIVE = MONTH_FORMS[LANGUAGE]["locative"]
_NOMINATIVE = MONTH_FORMS[LANGUAGE]["nominative"]
_ALL_MONTHS = {**_GENITIVE, **_LOCATIVE, **_NOMINATIVE}
_GEN = _alternation(_GENITIVE)
_MONTH_ANY = _alternation(_ALL_MONTHS)
_YEAR_TAIL = r"(?:[ \u00a0]+(?:року|р\.|році|рік|роки|роках|рр\.)|-(?:го|му|й|м)(?![\w]))"

DAY_MONTH = re.compile(
    rf"{_B}(?:(?P<d1>\d{{1,2}})[ \u00a0]*[-–—][ \u00a0]*)?(?P<d>\d{{1,2}})[ \u00a0]+(?P<m>{_GEN}){_E}"
    rf"(?:[ \u00a0]+(?P<y>(?:19|20)\d\d)(?!\d)(?P<tail>{_YEAR_TAIL})?)?",
    re.IGNORECASE,
)
NUMERIC = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\d])(?:[ \u00a0]+(?:року|р\.))?")
MONTH_YEAR = re.compile(
    rf"{_B}(?:(?P<m1>{_MONTH_ANY})[ \u00a0]*[-–—][ \u00a0]*)?(?P<m>{_MONTH_ANY})[ \u00a0]+(?P<y>(?:19|20)\d\d)(?!\d)"
    rf"(?P<tail>{_YEAR_TAIL})?",
    re.IGNORECASE,
)
MONTH_CUED = re.compile(
    rf"{_B}(?P<cue>у|в|на\s+початку|наприкінці|в\s+середині|у\s+середині|до\s+середини|з\s+початку|до\s+кінця|"
    rf"в\s+кінці|у\s+кінці|з|із|від|до|після|протягом|впродовж|упродовж)\s+(?P<m>{_MONTH_ANY}){_E}",
    re.IGNORECASE,
)
YEAR = re.compile(rf"{_B}(?P<y>(?:19|20)\d\d)(?!\d)(?P<tail>{_YEAR_TAIL})")
YEAR_IN_BRACKETS = re.compile(r"\((?P<y>(?:19|20)\d\d)\)")
YEAR_CUED = re.compile(rf"{_B}(?P<cue>у|в|з|із|від|до|по|після|протягом|впродовж|упродовж)\s+(?P<y>(?:19|20)\d\d)(?![\d\w%])(?![.,]\d)")
RELATIVE_DAY = re.compile(rf"{_B}(?P<w>{_alternation(RELATIVE_DAYS[LANGUAGE])}){_E}", re.IGNORECASE)
_WEEKDAY_WORDS = {key.replace("'", "[’'ʼ]"): value for key, value in WEEKDAYS[LANGUAGE].items()}
WEEKDAY = re.compile(
    rf"{_B}(?:(?P<cue>у|в|во|з|до|на|минулої|минулого|минулий|минулу|цієї|цього|наступної|наступного|наступний|"
    rf"наступну|у\s+минулу|у\s+минулий|в\s+минулу|в\s+минулий|у\s+наступну|у\s+наступний|в\s+наступну|"
    rf"в\s+наступний)\s+)(?P<w>{'|'.join(sorted(_WEEKDAY_WORDS, key=len, reverse=True))}){_E}",
    re.IGNORECASE,
)
WINDOW = re.compile(rf"{_B}(?P<w>{_alternation(WINDOW_PHRASES[LANGUAGE])}){_E}", re.IGNORECASE)
_COUNT = rf"(?P<n>\d{{1,3}}|{_alternation(k for k, v in NUMBER_WORDS[LANGUAGE].items() if v)})"
_UNIT = _alternation(TIME_UNITS[LANGUAGE])
COUNTED_WINDOW = re.compile(
    rf"{_B}(?:за|протягом|упродовж|впродовж)\s+(?:останні|минулі|останніх|минулих|попередні)\s+{_COUNT}\s+(?P<u>{_UNIT}){_E}",
    re.IGNORECASE,
)
AGO = re.compile(rf"{_B}(?:{_COUNT}\s+)?(?P<u>{_UNIT})\s+(?:{_alternation(AGO_WORDS[LANGUAGE])}){_E}", re.IGNORECASE)

_MODIFIERS = SHIFT_MODIFIERS[LANGUAGE]
_UNITS = TIME_UNITS[LANGUAGE]
_NUMBERS = NUMBER_WORDS[LANGUAGE]
_WINDOWS = {" ".join(phrase.split()): value for phrase, value in WINDOW_PHRASES[LANGUAGE].items()}
_FUTURE_ONE = frozenset(cue for cue in FUTURE_CUES[LANGUAGE] if " " not in cue)
_FUTURE_TWO = tuple(cue for cue in FUTURE_CUES[LANGUAGE] if " " in cue)
_FUTURE_ENDINGS = FUTURE_ENDINGS[LANGUAGE]
_WORDS = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
_TIME_CUES = frozenset(TIME_CUES[LANGUAGE])


#: A found expression: ``helpers.extract.timeline.records.Mention`` (values by ``kind``, as
#: ``_resolve`` reads them).
_Found = Mention


def _cue_of(match: re.Match) -> str:
    cue = match.groupdict().get("cue")
    return " ".join(cue.lower().split()) if cue else ""


def _word_before(text: str, start: int, floor: int) -> str:
    """The time cue right before ``start`` ("у", "до", "на початку"), else ""."""
    before = text[max(floor, start - 24):start]
    if before and not before[-1].isspace():
        return ""
    words = [morph.fold(word) for word in _WORDS.findall(before)]
    for size in (2, 1):
        if len(words) >= size and " ".join(words[-size:]) in _TIME_CUES:
            return " ".join(words[-size:])
    return ""


def _find(text: str, sentence: "Sentence") -> list[_Found]:
    """Every date expression of a sentence (overlaps are settled later: the longer wins)."""
    found: list[_Found] = []
    floor, ceiling = sentence.start, sentence.end
    for m in NUMERIC.finditer(text, floor, ceiling):
        found.append(_Found(m.start(), m.end(), "numeric", "day", "", sentence,
                            (int(m["d"]), int(m["m"]), int(m["y"]))))
    for m in DAY_MONTH.finditer(text, floor, ceiling):
        month = _GENITIVE[morph.fold(m["m"])]
        first = int(m["d1"]) if m["d1"] else None
        day = int(m["d"])
        cue = _word_before(text, m.start(), floor)
        if m["y"]:
            kind = "range" if first is not None else "date"
            found.append(_Found(m.start(), m.end(), kind, "day", cue, sentence, (first, day, month, int(m["y"]))))
        else:
            kind = "day-month-range" if first is not None else "day-month"
            found.append(_Found(m.start(), m.end(), kind, "day", cue, sentence, (first, day, month)))
    for m in MONTH_YEAR.finditer(text, floor, ceiling):
        month = _ALL_MONTHS[morph.fold(m["m"])]
        first = _ALL_MONTHS[morph.fold(m["m1"])] if m["m1"] else month  # "у липні-серпні 2014 року"
        if first > month:
            first = month
        found.append(_Found(m.start(), m.end(), "month-year", "month", _word_before(text, m.start(), floor),
                            sentence, (int(m["y"]), month, first)))
    for m in MONTH_CUED.finditer(text, floor, ceiling):
        month = _ALL_MONTHS[morph.fold(m["m"])]
        found.append(_Found(m.start("m"), m.end("m"), "month", "month", _cue_of(m), sentence, (month,)))
    for pattern in (YEAR, YEAR_IN_BRACKETS):
        for m in pattern.finditer(text, floor, ceiling):
            start = m.start("y")
            end = m.end("y") if pattern is YEAR_IN_BRACKETS else m.end()
            found.append(_Found(start, end, "year", "year", _word_before(text, start, floor), sentence, (int(m["y"]),)))
    for m in YEAR_CUED.finditer(text, floor, ceiling):
        found.append(_Found(m.start("y"), m.end("y"), "year", "year", _cue_of(m), sentence, (int(m["y"]),)))
    for m in RELATIVE_DAY.finditer(text, floor, ceiling):
        found.append(_Found(m.start(), m.end(), "relative-day", "day", "", sentence,
                            (RELATIVE_DAYS[LANGUAGE][m["w"].lower()],)))
    for m in WEEKDAY.finditer(text, floor, ceiling):
        weekday = WEEKDAYS[LANGUAGE][morph.fold(m["w"])]
        cue = _cue_of(m)
        modifier = _MODIFIERS.get(cue.split()[-1], "") if cue else ""
        start = m.start() if modifier else m.start("w")
        found.append(_Found(start, m.end(), "weekday", "day", cue, sentence, (weekday, modifier)))
    for m in WINDOW.finditer(text, floor, ceiling):
        form, unit, n = _WINDOWS[" ".join(m["w"].lower().split())]
        if form == "window":
            found.append(_Found(m.start(), m.end(), "window", "window", "", sentence, (unit, n)))
        elif form == "period":
            which = {-1: "last", 0: "this", 1: "next"}[n]
            precision = unit if unit in ("month", "year") else "window"
            found.append(_Found(m.start(), m.end(), "relative-period", precision, "", sentence, (unit, which)))
        elif form == "night":
            found.append(_Found(m.start(), m.end(), "relative-period", "window", "", sentence, ("night", n)))
        else:
            found.append(_Found(m.start(), m.end(), "since-start", "window", "", sentence, (unit,)))
    for m in COUNTED_WINDOW.finditer(text, floor, ceiling):
        n = _count(m["n"])
        if n is not None:
            found.append(_Found(m.start(), m.end(), "window", "window", "", sentence, (_UNITS[m["u"].lower()], n)))
    for m in AGO.finditer(text, floor, ceiling):
        n = _count(m["n"]) if m["n"] else 1
        unit = _UNITS[m["u"].lower()]
        if n is None or (m["n"] is None and m["u"].lower() not in ("тиждень", "місяць", "рік", "день", "добу")):
            continue
        precision = {"hour": "day", "day": "day", "week": "day", "month": "month", "year": "year"}[unit]
        found.append(_Found(m.start(), m.end(), "ago", precision, "", sentence, (unit, n)))
    return found


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(morph.fold(word))


# --- tense -------------------------------------------------------------------------------------


def _tense_cues(sentence: "Sentence") -> list[tuple[int, str]]:
    """(word index, "future" | "past") of each tense cue of the sentence: future cues of the
    lexicon and futures by their ending, and verbs pymorphy3 reads as past or future."""
    words = [morph.fold(word) for word in _WORDS.findall(sentence.text)]
    cues = []
    joined = " ".join(words)
    for index, word in enumerate(words):
        if word in _FUTURE_ONE or word.endswith(_FUTURE_ENDINGS):
            cues.append((index, "future"))
            continue
        analyses = morph.parses(word)
        if analyses and morph.is_known(word) and analyses[0].tag.POS == "VERB":
            if "past" in analyses[0].tag:
                cues.append((index, "past"))
            elif "futr" in analyses[0].tag:
                cues.append((index, "future"))
    for phrase in _FUTURE_TWO:
        position = joined.find(phrase)
        if position >= 0:
            cues.append((len(joined[:position].split()), "future"))
    return cues


def tense(sentence: "Sentence", start: int, end: int, cache: dict) -> str:
    """"future" or "past" by the nearest tense cue (a tie goes to the past), "" when none."""
    cues = cache.get(sentence.sentence_id)
    if cues is None:
        cues = cache[sentence.sentence_id] = _tense_cues(sentence)
    if not cues:
        return ""
    first = len(_WORDS.findall(sentence.text[: start - sentence.start]))
    last = first + max(0, len(_WORDS.findall(sentence.text[start - sentence.start:end - sentence.start])) - 1)
    best, best_distance = "", None
    for index, tense in cues:
        if first <= index <= last:
            continue
        distance = first - index if index < first else index - last
        if best_distance is None or distance < best_distance or (distance == best_distance and tense == "past"):
            best, best_distance = tense, distance
    return best


# --- resolution ----------------------------------------------------------------------------------


def _resolve(mention: _Found, published: date | None, tense_of) -> tuple:
    """(date_start, date_end, resolution, anchor, note, tense) of a found expression."""
    kind, values = mention.kind, mention.values
    if kind == "numeric":
        day, month, year = values
        found = make_date(year, month, day)
        if found is None:
            return None, None, NOT_A_DAY, "", "", ""
        return found, found, "absolute", "", "", ""
    if kind in ("date", "range"):
        first, day, month, year = values
        last = make_date(year, month, day)
        begin = make_date(year, month, first) if first is not None else last
        if last is None or begin is None:
            return None, None, NOT_A_DAY, "", "", ""
        return begin, last, "absolute", "", "", ""
    if kind == "month-year":
        year, month, first = values
        return month_span(year, first)[0], month_span(year, month)[1], "absolute", "", "", ""
    if kind == "year":
        return (*year_span(values[0]), "absolute", "", "", "")
    if published is None:
        return None, None, NO_PUBLICATION, "", "", ""
    if kind in ("day-month", "day-month-range"):
        first, day, month = values
        begin, last_day = (first, day) if first is not None else (day, None)
        candidates = day_month_candidates(begin, month, published, last_day=last_day)
        past, ahead = pick_span(candidates, published, "past"), pick_span(candidates, published, "future")
        if past == ahead:
            if past is None:
                return None, None, NOT_A_DAY, "", "", ""
            return (*past, "year-from-publication", "published", "", "")
        tense = tense_of()
        span = ahead if tense == "future" else past
        if span is None:
            return None, None, NOT_A_DAY, "", "", tense
        note = ""
        if tense == "" and ahead is not None and ahead != span and (ahead[0] - published) < (published - span[1]):
            note = f"no tense cue: read as past; if it lies ahead, {ahead[0]}"
        return (*span, "year-from-publication", "published", note, tense)
    if kind == "month":
        month = values[0]
        past = resolve_month(month, published, rule="past")
        ahead = resolve_month(month, published, rule="future")
        tense = tense_of() if past != ahead else ""
        return (*(ahead if tense == "future" else past), "year-from-publication", "published", "", tense)
    if kind == "weekday":
        weekday, modifier = values
        tense = "" if modifier in ("last", "next") else tense_of()
        rule = "future" if tense == "future" else "past"
        day = resolve_weekday(weekday, published, rule=rule, modifier=modifier if modifier != "this" else "")
        return day, day, "relative-to-publication", "published", "", tense
    if kind == "relative-day":
        day = published + timedelta(days=values[0])
        return day, day, "relative-to-publication", "published", "", ""
    if kind == "window":
        unit, n = values
        return (*window_back(published, unit, n), "relative-to-publication", "published", "", "")
    if kind == "relative-period":
        unit, which = values
        if unit == "night":
            return published - timedelta(days=1), published, "relative-to-publication", "published", "", ""
        return (*period_span(published, unit, which), "relative-to-publication", "published", "", "")
    if kind == "since-start":
        return (*since_start(published, values[0]), "relative-to-publication", "published", "", "")
    if kind == "ago":
        unit, n = values
        span = (published - timedelta(days=-(-n // 24)), published) if unit == "hour" else shift(published, unit, -n)
        return (*span, "relative-to-publication", "published", "", "")
    raise AssertionError(f"unknown kind {kind}")  # pragma: no cover


def find_mentions(text: str, span: tuple[int, int], at: Callable[[int], "Sentence | None"]) -> list[Mention]:
    """Every date expression of the searched sentences in ``text[span[0]:span[1]]``,
    unordered and possibly overlapping (``resolve.clean`` orders them and drops overlaps;
    the longer wins: "5 березня 2024 року" over "2024 року").  ``at(position)`` gives the
    sentence of a position, or None outside the searched sentences."""
    found: list[Mention] = []
    position, end = span
    while position < end:
        sentence = at(position)
        if sentence is None:
            position += 1  # between sentences, or in a part not searched
            continue
        found.extend(_find(text, sentence))
        position = max(sentence.end, position + 1)
    return found


def resolve(mention: Mention, published: date | None, tense_of: Callable[[], str], previous, day_first: bool,
            block_of) -> tuple:
    """(date_start, date_end, resolution, anchor, note) of a found expression: the Ukrainian
    forms' own resolution (``_resolve``), in the shape ``helpers.extract.timeline`` expects.

    Numeric dates are always day first in Ukrainian; a narrative anchor ("наступного дня")
    is not read, so ``previous``, ``day_first`` and ``block_of`` are unused.
    """
    date_start, date_end, resolution, anchor, note, _ = _resolve(mention, published, tense_of)
    return date_start, date_end, resolution, anchor, note
