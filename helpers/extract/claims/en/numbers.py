"""English number expressions: where one may start, what it is worth, and whether it is a
figure claim at all (not a year, a label, a code, a phone number or a list number)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from helpers.extract.claims.en.patterns import (
    AND_QUANTITY, APPROX_BEFORE, APPROX_LAST_WORDS, APPROX_LONGEST, CASUALTY_VERB_FORMS, CHANGE, CURRENCY_CHARS,
    CURRENCY_CODES, DEFINITE, EQUATION_AFTER, EQUATION_BEFORE, EVENT_FORMS, GLUE_BEFORE, LABELS, MONTHS_AND_DAYS,
    NOT_CLAIM_UNITS, PUNCT, SCALE_SUFFIXES, SCALE_WORDS, SMALL_WORDS, STOP, TIME_UNITS, VAGUE, VAGUE_BEFORE, VAGUE_OF,
    WORDS_BEFORE_NUMBER, WORD_TRIGGERS,
)
from helpers.extract.claims.en.units import Unit, noun_kind, words_before
from helpers.text import Sentence

# --- small readers ------------------------------------------------------------------------------


def _word_value(words: str) -> float | None:
    """The value of a number written in words ("four hundred", "two-and-a-half"), else None."""
    tokens = re.split(r"[\s\-]+", words.lower().strip())
    total, current, previous = 0.0, 0.0, ""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token == "and":
            if tokens[index + 1:index + 3] == ["a", "half"]:
                current += 0.5
                index += 3
                continue
            index += 1
            continue
        if token in ("a", "an"):
            current = 1.0
        elif token in SMALL_WORDS:
            value = SMALL_WORDS[token]
            if previous in SMALL_WORDS and not (SMALL_WORDS[previous] >= 20 and value < 10):
                return None  # "two three" is two numbers, not one
            current += value
        elif token in ("dozen", "hundred"):
            current = (current or 1.0) * SCALE_WORDS[token]
        elif token in SCALE_WORDS:
            total += (current or 1.0) * SCALE_WORDS[token]
            current = 0.0
        else:
            return None
        previous = token
        index += 1
    return total + current


@dataclass(slots=True)
class _Quantity:
    value: float
    plain: float  # the value before the scale
    currency: str
    scale: str  # scale word or suffix as written, lower case ("thousand", "k", "")
    words: bool  # written in words
    year_like: bool  # four bare digits, no separator, scale or currency
    small_word: bool  # a word number below twenty, without scale
    ungrouped_digits: int  # number of digits when written without separators (0 otherwise)


_QUANTITY_GROUPS = {n: (f"cur{n}", f"dig{n}", f"sc{n}", f"w{n}") for n in (1, 2)}


def _read_quantity(match: re.Match, n: int) -> _Quantity | None:
    """Value and traits of quantity ``n`` of a figure match ("1,730", "$50 billion", "four hundred")."""
    currency, digits, scale, words = match.group(*_QUANTITY_GROUPS[n])  # one call for the four groups
    currency = currency.strip() if currency else ""
    if digits is not None:
        if digits.isdigit():
            plain = digits  # no group separators to remove
        else:
            plain = digits.replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
        if len(plain) > 1 and plain[0] == "0" and plain[1] != ".":
            return None  # "044", "03": codes and dates, not counts
        value = base = float(plain)
        scale = scale.strip().lower() if scale else ""
        if "." in plain and len(plain.split(".")[0]) == 4 and plain[:2] in ("19", "20") and not scale:
            return None  # "early 2026.1": a year with a footnote mark
        if scale:
            if scale in SCALE_WORDS:
                value *= SCALE_WORDS[scale]
            else:
                if scale in ("m", "b") and not currency and not (scale == "m" and "." in plain):
                    return None  # "100m" may be metres
                value *= SCALE_SUFFIXES[scale]
        ungrouped = len(plain.split(".")[0]) if plain == digits else 0
        year_like = not scale and not currency and len(plain) == 4 and plain.isdigit()
        return _Quantity(value, base, currency, scale, False, year_like, False, ungrouped)
    value = _word_value(words)
    if value is None:
        return None
    lowered = words.lower().strip()
    if lowered == "one":
        return None  # "one National Guard brigade": a determiner, not a figure
    small = value < 20 and not any(scale in lowered for scale in SCALE_WORDS)
    return _Quantity(value, value, currency, "", True, False, small, 0)


_CURRENCY_NEAR = CURRENCY_CHARS | frozenset(" ")
_CODE_ENDS = frozenset(code[-1] for code in CURRENCY_CODES)


def _currency_start(text: str, start: int) -> int:
    """Move a digit run's start back over a currency sign or code before it ("$50", "USD 50")."""
    before = text[start - 1]
    if before in CURRENCY_CHARS:
        start -= 1
    elif before == " " and start >= 2 and text[start - 2] in CURRENCY_CHARS:
        start -= 2
    else:
        if before not in _CODE_ENDS and (before != " " or start < 2 or text[start - 2] not in _CODE_ENDS):
            return start  # no currency code ends right before the digits
        for length in (3, 2):
            if text[start - length:start] in CURRENCY_CODES:
                return start - length
            if before == " " and text[start - length - 1:start - 1] in CURRENCY_CODES:
                return start - length - 1
        return start
    if text[start - 2:start] == "US":
        start -= 2  # "US$"
    return start


def sentence_anchors(text: str, sentences: list[Sentence]) -> list[list[int]]:
    """For each sentence, offsets (within it) where a number expression may start.

    Digit runs are found in one pass over the article text; number words by intersecting
    the article's tokens with the number-word list, then looked up in the sentences that
    hold them.
    """
    anchors: list[list[int]] = [[] for _ in sentences]
    if not sentences:
        return anchors
    starts = [sentence.start for sentence in sentences]
    index, limit = 0, sentences[0].end
    for start in _digit_runs(text, sentences[0].start, sentences[-1].end):
        if start >= limit:
            index = bisect_right(starts, start) - 1
            limit = sentences[index].end
            if start >= limit:
                continue
        before = text[start - 1]
        if before in _CURRENCY_NEAR or before.isupper():
            start = _currency_start(text, start)
        anchors[index].append(start - starts[index])
    hits = WORD_TRIGGERS.intersection(text[sentences[0].start:sentences[-1].end].split())
    if hits:
        words = {hit.strip(PUNCT) for hit in hits}
        for index, sentence in enumerate(sentences):
            for word in words:
                if word in sentence.text:
                    anchors[index].extend(_word_anchors(sentence.text, word))
            if len(anchors[index]) > 1:
                anchors[index] = sorted(set(anchors[index]))
    return anchors


def _digit_runs(text: str, start: int, end: int) -> list[int]:
    """Where each match of ``DIGIT_RUN.finditer(text, start, end)`` starts, in order.

    Found with ``str.find`` per digit, which skips through the text several times faster
    than the regex engine's scan; a run is then extended over digits, commas and stops as
    the pattern would, so that a digit inside a run ("1,200") starts nothing.
    """
    digits = []
    for digit in "0123456789":
        position = text.find(digit, start, end)
        while position >= 0:
            digits.append(position)
            position = text.find(digit, position + 1, end)
    digits.sort()
    runs = []
    cursor = start
    for position in digits:
        if position >= cursor:
            runs.append(position)
            cursor = _RUN_REST.match(text, position + 1, end).end()
    return runs


_RUN_REST = re.compile(r"[0-9,.]*")  # the rest of a ``DIGIT_RUN`` after its first digit


def _word_anchors(text: str, word: str) -> list[int]:
    """Where a number word stands in the text, moved back over "a", "two" ... before it."""
    anchors = []
    position = text.find(word)
    while position >= 0:
        end = position + len(word)
        if (position == 0 or not text[position - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            before = WORDS_BEFORE_NUMBER.search(text, max(0, position - 40), position)
            anchors.append(before.start() if before is not None else position)
        position = text.find(word, end)
    return anchors


def glued(text: str, start: int, end: int) -> bool:
    """Is the figure glued to a code or word ("F-16", "21st", "30-day", "11:40", "24/7", "G7")?

    Also true inside a run of digit groups ("+380 44 123 4567", "1-800-422-7385"), as phone
    numbers and ids are written, for a footnote mark ("[12]") and for a temperature or an
    angle ("71°").
    """
    if start:
        before = text[start - 1]
        if before.isalnum() or before in GLUE_BEFORE:
            return True
        if before == " " and start >= 2 and text[start - 2].isdigit():
            return True
        if before == "[" and text[end:end + 1] == "]":
            return True  # a footnote mark
        if before == "(" and start >= 2 and (text[start - 2].isalnum() or text[start - 2] == ")"):
            return True  # "501(c)(3)"
        if before == "(" and text[end:end + 2] == ") " and text[end + 2:end + 3].isdigit():
            return True  # a phone number: "(701) 237-5948"
    if end < len(text):
        after = text[end]
        if after.isalnum() or after in "_\\°":
            return True
        following = text[end + 1:end + 2]
        if after in "-‑" and following.isdigit():
            return True  # a phone number or code: "1-800-422-7385"
        if after in "-‑–" and following.isalpha():
            return not text.startswith("strong", end + 1)  # "a 1,000-strong force" counts
        if after in ":/,. " and following.isdigit():
            return True
        if after == "(" and following.isalnum():
            return True  # "501(c)(3)"
    return False


@dataclass(slots=True)
class Figure:
    start: int
    end: int
    values: list[tuple[float, float, int, int]]  # (low, high, start, end) of each reported value
    approx: str
    previous_word: str  # the word before the figure and its approximator
    previous_first: bool  # that word opens the sentence
    before_previous: str  # the word before that
    currency: str
    pct: bool
    vague: bool
    quantities: tuple[_Quantity, ...]
    cursor: int  # where the next figure may start


def read_figure(text: str, match: re.Match, start: int, end: int) -> Figure | None:
    """Values, surface span and approximator of a number expression matched at an anchor."""
    before = words_before(text, start)
    vague, q2, w1, after, qp1, pct_sign, separator = match.group("vague", "q2", "w1", "after", "qp1", "pct", "sep")
    if vague:
        if vague.lower() == "scores" and not text.startswith(" of ", end):
            return None
        low, high = VAGUE[" ".join(vague.lower().split())]
        return Figure(start, end, [(float(low), float(high), start, end)], "vague", before[-1] if before else "",
                       len(before) == 1, before[-2] if len(before) > 1 else "", "", False, True, (), end)
    first = _read_quantity(match, 1)
    if first is None:
        return None
    if before and w1 and not q2 and before[-1].lower() in VAGUE_BEFORE:
        # "several dozen", "a few hundred": as vague as "dozens", "hundreds"
        low, high = VAGUE_OF.get(w1.lower().split()[-1], (None, None))
        if low is not None:
            start = start - 1 - len(before[-1])
            return Figure(start, end, [(float(low), float(high), start, end)], "vague",
                           before[-2] if len(before) > 1 else "", len(before) == 2, "", "", False, True, (), end)
    approx = " ".join(after.lower().split()) if after else ""
    cursor = match.end()
    pct = bool(qp1 or pct_sign)
    opener = before[-1].lower() if before and text[start - 1:start] == " " else ""
    second = None
    if q2:
        second = _read_quantity(match, 2)
        if second is None:
            return None
    elif opener == "between":
        joined = AND_QUANTITY.match(text, end)
        if joined is not None:
            second = _read_quantity(joined, 2)
            if second is not None:
                end = cursor = joined.end()
                pct = pct or bool(joined["pct"])
    quantities = (first,) if second is None else (first, second)
    low = first.value
    high = second.value if second is not None else low
    if second is not None:
        if not first.words and not first.scale and second.scale and low <= second.plain:
            low *= second.value / second.plain  # "300 to 400 thousand": the scale applies to both
        if low > high:
            return None  # "25 to 18", "2026-02": not a range
        if separator == "-" and first.ungrouped_digits == 3 and second.ungrouped_digits == 4:
            return None  # "237-5346": a phone number
    values = [(low, high, start, end)]
    if second is not None and opener in ("between", "from"):
        if opener == "from" and any(word.lower().strip(PUNCT) in CHANGE for word in before[-5:-1]):
            first_end = start + len(match["q1"]) + len(qp1 or "")
            values = [(first.value, first.value, start, first_end), (high, high, match.start("q2"), end)]
        else:
            start = start - 1 - len(before[-1])
            values = [(low, high, start, end)]
            before = before[:-1]
    if not approx and before and before[-1].lower() in APPROX_LAST_WORDS and text[start - 1:start].isspace():
        for count in range(min(APPROX_LONGEST, len(before)), 0, -1):
            cue = " ".join(before[-count:]).lower()
            if cue in APPROX_BEFORE:
                approx = cue
                before = before[:-count]
                break
    currency = first.currency or (second.currency if second is not None else "")
    return Figure(start, end, values, approx, before[-1] if before else "", len(before) == 1 and not
                   text[:max(0, start - 40)].strip(), before[-2] if len(before) > 1 else "", currency, pct, False,
                   quantities, cursor)


def _all_years(quantities: tuple[_Quantity, ...]) -> bool:
    """Are all the quantities (one or two) years ("2024", "2022–2025")?"""
    for quantity in quantities:
        if not (quantity.year_like and 1800 <= quantity.value <= 2100):
            return False
    return True


def keep(figure: Figure, unit: Unit) -> bool:
    """Rules that tell a figure claim from a label, a year, a duration, a specification or a determiner."""
    if unit.words and unit.words[0].lower().rstrip(".") in TIME_UNITS:
        return False  # a duration: "2 minute read", "30 days", "five months", "hundreds of years"
    if unit.words and unit.words[0].lower().strip(PUNCT) in NOT_CLAIM_UNITS:
        return False  # a file size or a specification: "4.78 MB", "the 330 kV line"
    if figure.vague:
        return True
    previous = figure.previous_word.lstrip("[(“\"‘'")
    if previous and previous[-1] not in ",:;" and previous.rstrip(".").lower() in LABELS:
        return False  # "Article 5", "Day 1,000", "aged 18"
    if figure.pct or figure.currency:
        return True
    quantities = figure.quantities
    counted_kind = noun_kind(unit.words) if unit.words else ""
    if _all_years(quantities) and (not counted_kind or unit.words[0][:1].isupper()):
        return False  # a year: "in 2024", "2022–2025", "the 2025–2026 Regional Refugee Response Plan"
    if len(quantities) == 1 and quantities[0].small_word:
        if not counted_kind or previous.lower() in DEFINITE:
            return False  # "the two sides", "two reasons"
    name_like = previous.replace("-", "").isalpha() and not previous.islower() \
        and not figure.previous_word.startswith("(")  # "Fortune", "iOS", "BY-NC-ND"; not "(Including 1,010"
    named_previous = name_like and not figure.previous_first \
        and previous.lower() not in MONTHS_AND_DAYS
    if named_previous and (all(word[:1].isupper() for word in unit.words) or not counted_kind):
        return False  # part of a name: "Fortune 500 Europe", "Fortune 500 list", "Nord Stream 2"
    if previous == "of" and figure.before_previous[:1].isupper() and not unit.words:
        return False  # "the Group of 20"
    if previous == "of" and figure.before_previous.lower() in ("age", "ages"):
        return False  # "between the ages of 20 and 40": a label, like "aged 20"
    if quantities[0].ungrouped_digits >= 5 or quantities[-1].ungrouped_digits >= 5:
        return False  # an identifier: "227387", "Project 22460" (English groups counts: "22,460")
    if not unit.words:
        if name_like and not figure.previous_first \
                and previous.lower() not in MONTHS_AND_DAYS:
            return False  # a model or name number: "Stream 2", "Boeing 737"
    return True


#: Words after which a bare number at the end of a bracket, cell or sentence is a count, not a
#: reference mark: verbs ("killed 40.", "lost 40", "rose to 40") and clause words ("is 40").
_NOT_BEFORE_MARK = STOP | CASUALTY_VERB_FORMS | EVENT_FORMS | CHANGE


def footnote_mark(text: str, figure: Figure, unit: Unit) -> bool:
    """Is the figure a reference mark rather than a count (issue 10 audit, classes 15 and 17)?

    A bare whole number of at most three digits (no noun, approximator, currency, percent or
    scale) that closes a bracket, a table cell or its sentence, set right after a lower-case
    noun or a closing bracket: "(... around the anniversary of Alexei Navalny’s death 40)",
    "the AI-25TL turbofan 32" at the end of a table row, "(Including 1,010 in the prior 24
    hours) 19|".  After a verb or a clause word it is a count ("the toll rose to 40.").
    """
    if unit.words or figure.approx or figure.pct or figure.currency or figure.vague or len(figure.quantities) != 1:
        return False
    quantity = figure.quantities[0]
    if quantity.words or quantity.scale or not 0 < quantity.ungrouped_digits <= 3 or quantity.value != int(quantity.value):
        return False
    end = figure.end
    after = text[end:end + 1]
    if not (after in (")", "|") or end == len(text) or (after in ".,;" and not text[end + 1:].strip())):
        return False
    before = text[:figure.start].rstrip(" \t\u00a0")
    if before.endswith(")"):
        return True  # "(... in the prior 24 hours) 19|"
    previous = figure.previous_word
    return previous.isalpha() and previous.islower() and previous not in _NOT_BEFORE_MARK \
        and not previous.endswith(("ed", "ing")) and not figure.previous_first


def age_after_name(text: str, figure: Figure, unit: Unit) -> bool:
    """Is the figure a person's age set after their name ("said Yevgenia Antoniuk, 43.")?  A
    bare number of at most three digits, after a capitalised name and its comma, closing a
    clause; an age describes the person, it is not a claim."""
    if unit.words or figure.approx or figure.pct or figure.currency or figure.vague or len(figure.quantities) != 1:
        return False
    quantity = figure.quantities[0]
    if quantity.words or quantity.scale or not 0 < quantity.ungrouped_digits <= 3:
        return False
    previous = figure.previous_word
    after = text[figure.end:figure.end + 1]
    return (previous.endswith(",") and previous[:-1].isalpha() and previous[:1].isupper()
            and (after in (",", ".", ";", ")") or figure.end == len(text)))


def in_equation(text: str, figure: Figure, unit: Unit) -> bool:
    """Is the figure a term of an equation or a rate quote ("1.1767 USD = 1 EUR")?  Neither
    side is a claim (issue 10 audit: the ECB reference-rate widget)."""
    return EQUATION_AFTER.match(text, figure.end) is not None or \
        EQUATION_BEFORE.search(text, max(0, figure.start - 4), figure.start) is not None
