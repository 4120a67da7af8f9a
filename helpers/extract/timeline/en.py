"""English date expressions: where they are in a text, and which tense a sentence speaks in.

The finders locate literal anchors ("20", "day", "week" ...) with ``str.find`` and
capitalised month names with one regex scan; the word before each anchor decides which of
the small patterns, if any, reads the few characters around it.  Cues are read in English
and handed on as written (lower case): "on", "since", "last", "from", "to".
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from helpers.dates import month_number
from helpers.extract.timeline.records import Mention
from helpers.lexicon import (
    AGO_OPEN_CUES,
    ANCHORED_OFFSETS,
    DAY_BEFORE_AFTER,
    FUTURE_CUES,
    FUTURE_VERB_FILLERS,
    LATER_EARLIER,
    LIMIT_CUES,
    MONTHS,
    NOT_FUTURE_AFTER,
    NOT_FUTURE_BEFORE,
    NOT_PAST_ED,
    NUMBER_WORDS,
    PAST_VERBS,
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

# --- patterns --------------------------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_MONTH_WORDS = MONTHS["en"]
_FULL_MONTHS = frozenset(name for name in _MONTH_WORDS if len(name) > 4 or name in ("may", "june", "july"))
_WEEKDAYS = WEEKDAYS["en"]
_NUMBERS = NUMBER_WORDS["en"]
_UNITS = TIME_UNITS["en"]
_RANGE_CLOSERS = RANGE_CLOSERS["en"]
_RANGE_OPENERS = RANGE_OPENERS["en"]
_SHIFTS = SHIFT_MODIFIERS["en"]
_LIMITS = LIMIT_CUES["en"]
#: Words before "day", "week" ... after which a date may be meant ("past", "next", "the",
#: a count); any other word ("every", "30-") rules it out before any regex runs.
_UNIT_TRIGGERS = frozenset({"past", "last", "previous", "next", "coming", "this", "the", "following", "same", "that"}
                           | set(NUMBER_WORDS["en"]))
#: Words right before a unit that may open a window ("the past day", "the last three days").
_WINDOW_WORDS = frozenset({"past", "last", "previous", "next", "coming"})
#: Last words of the phrases that date from the previous event ("the next day", "that year").
_ANCHOR_ENDINGS = frozenset(phrase.split()[-1] for phrase in ANCHORED_OFFSETS["en"])
_CUES = TIME_CUES["en"]
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
    # the lookahead on the months' first letters lets the engine pass over other positions
    # without trying 24 alternatives at each (2.3x faster, same matches)
    "(?=[" + "".join(sorted({name[0].upper() for name in _MONTH_WORDS})) + "])(?:"
    "(?:" + "|".join(sorted({name[:3].capitalize() for name in _MONTH_WORDS})) + r")[a-z]*"
    "|(?:" + "|".join(sorted({name[:3].upper() for name in _MONTH_WORDS})) + r")[A-Z]*"  # "FEB 20, 2026"
    ")"
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
    r"(?=\s*[,.;:)\]\[]|\s*$|,?\s+(?:19|20)\d\d\b|,?\s+(?:last|this|next)\s+year\b)"
    # or the next day, whatever follows: "February 20 and 21 indicates" (checked by the finder)
    rf"|\s+(?P<sep2>and|to)\s+(?P<d4>\d{{1,2}}){_ORDINAL}(?![\w%]|[:.,]\d))?"
    # a footnote mark after the day's full stop ends no date: "April 12.14 Slovakian ..."
    r"(?![\w%]|[:,]\d|\.\d(?!\d{0,2}\s+[A-Z]))"
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
#: "over a week ago": an open-ended "ago" (``AGO_OPEN_CUES``), read just before the count.
_AGO_OPEN_BEFORE = re.compile(rf"(?i)(?<![\w-])(?P<cue>{_alternation(AGO_OPEN_CUES['en'])})[ \t]+$")
_ANCHORED_PHRASES = "|".join(
    r"\s+".join(map(re.escape, phrase.split())) for phrase in sorted(ANCHORED_OFFSETS["en"], key=len, reverse=True)
)
_ANCHORED_BEFORE = re.compile(rf"(?i)\b(?P<phrase>{_ANCHORED_PHRASES})\s+$")
_OF_THAT_YEAR = re.compile(r"(?i)\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")
_VERSION_WORDS = VERSION_WORDS["en"]
_VERSION_BEFORE = re.compile(rf"(?i)\b(?:{_alternation(_VERSION_WORDS)})\.?\s*$")
_BEFORE_AFTER = re.compile(r"\s+(?P<w>before|after)(?=\s*(?:[,.;:!?)]|$))")
_LATER_EARLIER = re.compile(r"(?i)\s+(?P<w>later|earlier)\b")
_COUNT_BEFORE = re.compile(rf"(?i)\b{_COUNT}\s+$")
_DAY_BEFORE_YESTERDAY = re.compile(r"(?i)\bthe\s+day\s+before\s+$")
_LAST_BEFORE = re.compile(r"(?i)\blast\s+$")

_NOT_FUTURE_AFTER = NOT_FUTURE_AFTER["en"]
_NOT_FUTURE_BEFORE = NOT_FUTURE_BEFORE["en"]
_FUTURE_ONE = frozenset(cue for cue in FUTURE_CUES["en"] if " " not in cue and cue[0].isalpha())
_FUTURE_TWO = frozenset(cue for cue in FUTURE_CUES["en"] if " " in cue)
_FUTURE_FIRST = frozenset(cue.split()[0] for cue in _FUTURE_TWO)
_CLITICS = tuple(cue for cue in FUTURE_CUES["en"] if not cue[0].isalpha())
_PAST = PAST_VERBS["en"]
_NOT_PAST = NOT_PAST_ED["en"]
_FILLERS = FUTURE_VERB_FILLERS["en"]
_CUE_WORDS = _FUTURE_ONE | _FUTURE_FIRST | _PAST
_REPORTING_TAIL = REPORTING_TAIL_VERBS["en"]
_TAIL_REACH = 4  # words: "..., said Jane Example." / "..., the mayor said."
_CUE_ENDINGS = ("ed", *_CLITICS)
_WORD_EDGES = ".,;:!?\"'“”‘’()[]—–-*"
#: Words that join two days into a range or list ("3 to 5 January", "5 and 6 January").
_DAY_JOINERS = frozenset({"-", "–", "—", "to", "and", "or", "until", "till", "through"})
_CLOSER_GAP = re.compile(r"(?i)\s*(?:-|–|—|,)\s*|\s+(?:to|and|or|until|till|through)\s+")


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


def _find_months(text: str, span: tuple[int, int], at, out: list[Mention]) -> None:
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
            if after["d4"] and int(after["d4"]) == int(after["d"]) + 1:  # the next day: "February 20 and 21"
                second = after["d4"]
            elif after["d4"]:  # "February 20 and 23 people": the second number is no day
                after = _DAY_AFTER.match(text, me, after.start("sep2"))
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
                                                       year, (after["sep"] or after["sep2"]) == "and")))
            continue
        year_match = (_YEAR_AFTER_MONTH.match(text, me, ceiling)
                      if following[:1].isdigit() or text.startswith(" of ", me) else None)
        cue = _cue(text, ms, floor)
        if year_match:
            year = int(year_match["y"] or year_match["y2"])
            out.append(Mention(ms, year_match.end(), "month-year", "month", cue, sentence, (year, month)))
        elif not abbreviated and (cue in _BARE_CUES or cue in _RANGE_CLOSERS or cue == "or"):
            that_year = _OF_THAT_YEAR.match(text, me, ceiling)
            if that_year:  # "in April of that year": the year of the previous dated event
                out.append(Mention(ms, that_year.end(), "previous-event", "month", cue, sentence, ("month", 0, month)))
                continue
            start = _cue_start(text, ms, floor) if cue in _SHIFTS else ms
            out.append(_relative_year(text, Mention(start, me, "month", "month", cue, sentence, (month,),
                                                     cue not in _BARE_CUES)))


def _relative_year(text: str, mention: Mention) -> Mention:
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
               month: int, year: int | None, listed: bool) -> Mention:
    """A day-month mention; with ``first`` it is a range ("3-5 January") or, ``listed``, two
    days named together ("5 and 6 January"), kept as the window from the first to the last."""
    kind = ("range" if first is not None else "date") if year is not None else (
        "day-month-range" if first is not None else "day-month")
    return Mention(start, end, kind, "window" if first is not None else "day", cue, sentence,
                    (first, day, month, year, listed))


def _found(text: str, literal: str, start: int, end: int) -> Iterator[int]:
    """Every offset of ``literal`` in ``text[start:end]``."""
    position = text.find(literal, start, end)
    while position >= 0:
        yield position
        position = text.find(literal, position + 1, end)


def _find_years(text: str, span: tuple[int, int], at, out: list[Mention]) -> None:
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
                    out.append(Mention(numeric.start(), ye, "numeric", "day", _cue(text, numeric.start(), floor),
                                        sentence, (int(numeric["a"]), int(numeric["b"]), year)))
                    continue
                if previous != "-":
                    continue  # "v1.2024", "3/2024": not a date we read
            iso = _ISO_AFTER.match(text, ye, ceiling)
            if iso:
                out.append(Mention(ys, iso.end(), "date", "day", _cue(text, ys, floor), sentence,
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
                out.append(Mention(ys, ye, "year", "year", cue, sentence, (year,)))
            elif cue in _RANGE_CLOSERS or cue == "or":
                out.append(Mention(ys, ye, "year", "year", cue, sentence, (year,), True))


_LINK_MARKS = re.compile(r"[/=?_]")
_TOKEN_START = re.compile(r"[^\s(\[<]*$")


def _in_link(text: str, position: int, floor: int) -> bool:
    """Is ``position`` inside a URL or file path (a token with letters and "/", "=", "?" or "_")?
    "26/10/2024" has no letters and stays a date."""
    token = _TOKEN_START.search(text, max(floor, position - 200), position)
    head = token.group() if token else ""
    return bool(_LINK_MARKS.search(head)) and any(char.isalpha() for char in head)


def _find_words(text: str, span: tuple[int, int], at, out: list[Mention]) -> None:
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
            elif lower in RELATIVE_DAYS["en"]:
                start = ws
                if lower == "yesterday":
                    before = _DAY_BEFORE_YESTERDAY.search(text, max(floor, ws - 20), ws)
                    if before:
                        out.append(Mention(before.start(), we, "relative-day", "day", "", sentence, (-2,)))
                        continue
                out.append(Mention(start, we, "relative-day", "day", _cue(text, start, floor), sentence,
                                    (RELATIVE_DAYS["en"][lower],)))
            elif lower == "night":
                last = _LAST_BEFORE.search(text, max(floor, ws - 8), ws)
                if last:
                    out.append(Mention(last.start(), we, "relative-period", "window", "", sentence,
                                        ("night", "last")))
            elif lower in _UNITS and text.startswith(" ago", we):
                _ago(text, ws, we + 4, sentence, out)
            elif lower in _UNITS:
                _unit(text, ws, we, sentence, _UNITS[lower], lower.endswith("s"), out)


def _ago(text: str, ws: int, end: int, sentence: Sentence, out: list[Mention]) -> None:
    """"Two days ago", "a week ago", "11 years ago" ("a few days ago" is too vague to date)."""
    count = _AGO_BEFORE.search(text, max(sentence.start, ws - 24), end - 4)
    n = _count(count["n"]) if count else None
    if n is not None and end <= sentence.end and not text[end:end + 1].isalpha():
        unit = _UNITS[count["unit"].lower()]
        precision = {"hour": "day", "day": "day", "week": "day", "month": "month", "year": "year"}[unit]
        opener = _AGO_OPEN_BEFORE.search(text, max(sentence.start, count.start() - 16), count.start())
        if opener is not None:  # "over a week ago": before that day, not on it
            out.append(Mention(opener.start(), end, "ago", "window", opener["cue"].lower(), sentence, (unit, n)))
            return
        out.append(Mention(count.start(), end, "ago", precision, "", sentence, (unit, n)))


def _weekday(text: str, ws: int, we: int, sentence: Sentence, weekday: int, token: str,
             out: list[Mention]) -> None:
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
    out.append(Mention(start, we, "weekday", "day", cue, sentence, (weekday,)))


def _unit(text: str, ws: int, we: int, sentence: Sentence, unit: str, plural: bool,
          out: list[Mention]) -> None:
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
                    out.append(Mention(window.start(), we, "window", "window", (prep or "").lower(), sentence,
                                        (unit, n, -1)))
                    return
                if (prep or has_count) and which in ("next", "coming"):
                    out.append(Mention(window.start(), we, "window", "window", (prep or "").lower(), sentence,
                                        (unit, n, 1)))
                    return
    if unit == "hour":
        return
    if not plural and unit != "day":
        if word == "the":
            since = _SINCE_START_BEFORE.search(text, lo, ws)
            if since:
                out.append(Mention(since.start(), we, "since-start", "window", "since", sentence, (unit,)))
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
                    out.append(Mention(period.start(), we, "relative-period", precision, "", sentence, (unit, which)))
                    return
    # dated from the previous event: "the next day", "that year", "the day before", "a day later"
    if not plural and unit in ("day", "month", "year") and word in _ANCHOR_ENDINGS:
        anchored = _ANCHORED_BEFORE.search(text, max(floor, ws - 16), ws)
        if anchored and not (we < ceiling and text[we] in "-'’"):
            offset = ANCHORED_OFFSETS["en"][" ".join(anchored["phrase"].lower().split())]
            out.append(Mention(anchored.start(), we, "previous-event", unit, "", sentence, (unit, offset, None)))
            return
    if unit == "day" and not plural and word == "the":
        around = _BEFORE_AFTER.match(text, we, ceiling)
        if around:
            offset = DAY_BEFORE_AFTER["en"][around["w"]]
            start = _THE_BEFORE.search(text, max(floor, ws - 6), ws).start()
            out.append(Mention(start, around.end(), "previous-event", "day", "", sentence, ("day", offset, None)))
            return
    later = _LATER_EARLIER.match(text, we, ceiling) if text.startswith((" later", " earlier"), we) else None
    count = _COUNT_BEFORE.search(text, max(floor, ws - 14), ws) if later else None
    n = _count(count["n"]) if count else None
    if later and n is not None and (plural or n == 1) and unit != "weekend":
        n *= LATER_EARLIER["en"][later["w"].lower()]
        unit, n = ("day", 7 * n) if unit == "week" else (unit, n)
        out.append(Mention(count.start(), later.end(), "previous-event", unit, "", sentence, (unit, n, None)))



def find_mentions(text: str, span: tuple[int, int], at) -> list[Mention]:
    """Every date expression in ``text[span[0]:span[1]]``, unordered and possibly overlapping
    (``resolve.clean`` orders them and drops overlaps).  ``at(position)`` gives the sentence
    of a position, or None outside the searched sentences."""
    mentions: list[Mention] = []
    _find_months(text, span, at, mentions)
    _find_years(text, span, at, mentions)
    _find_words(text, span, at, mentions)
    return mentions

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
        if (word in _FUTURE_ONE or pair in _FUTURE_TWO) and (
                (index and word.endswith("ed") and words[index - 1] in _NOT_FUTURE_AFTER)
                or (index + 1 < count and words[index + 1] in _NOT_FUTURE_BEFORE.get(word, ()))):
            continue  # "earlier than scheduled", "ahead of the anniversary": no tense
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


def tense(sentence: Sentence, start: int, end: int, cache: dict) -> str:
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
