"""Claims in Ukrainian text: every figure an article asserts, with its range, rate, window, scope and hedge.

Method: as the English rules, rule-based matching over the sentences of the title,
standfirst, captions and body; this module gives ``helpers.extract.claims`` the Ukrainian
``sentence_anchors``, ``figures`` and ``classify_sentence``, so the rows are the same
``Claim`` records (same columns, ``claim_id`` scheme ``<article_id>/cNNN``, offsets into
``article.text``, ``attribution_id`` from the Doc's statements).  A digit run
(Ukrainian groups thousands with a space, "4 000", and writes decimals with a comma,
"1,5") or a number word opens a figure; the words around it are read with the Ukrainian
lists of ``helpers.lexicon`` (the ``"uk"`` entries):

* ``surface`` is the number expression as written: "12", "300–400", "від 300 до 400",
  "1,5 тис.", "2 млн", "40%", "десятки"; approximators ("близько", "понад",
  "щонайменше", "до", "майже", "більше ніж" ...) go to ``approx`` as written, lower case;
  vague quantities ("десятки", "сотні", "кілька тисяч") get approx "vague" and the range the
  word spans (``lexicon.VAGUE_QUANTITIES``).
* ``unit`` is the counted noun phrase after the figure as written ("ворожих обстрілів"):
  adjectives up to the first noun, read with pymorphy3's parts of speech; a currency sign or
  word is the unit of a sum.
* ``kind`` comes from the lemmas of the unit (``lexicon.KIND_NOUNS``: обстріл -> attacks,
  загиблий -> casualties, техніка -> equipment, переселенець -> displaced, полонений ->
  prisoners; a sum of money is ``money``); soldiers and
  people are casualties only with a casualty word in the clause ("1 військовослужбовець
  загинув"); a figure without a unit takes the kind of the nearest kind noun before it in
  its clause.
* ``period`` is a rate cue of the clause ("за минулу добу", "щодня", "на добу", "за
  тиждень"), ``window`` the window phrase as written ("за минулу добу", "минулого тижня");
  ``scope`` the nearest direction in the clause ("Донецький напрямок"), else the nearest
  place after a preposition of place, in the nominative ("біля Зразкового" -> "Зразкове"),
  from the places extractor's rows (``helpers.extract.places.uk.scope_fields``).
* ``hedged``/``hedge_cue``: the first hedge of the sentence ("за попередніми даними",
  "нібито"), shared by every figure of the sentence.

Not taken as claims: dates ("5 березня", "5–7 березня", "31.08.2016"), years ("2014 року",
"2014-го", "у 2019 році", "(2014)"), ordinals and compounds glued to letters ("70-ї",
"3-хвилинний", "74-го"), numbers in quotation marks ("\"200\"-ті"), times ("о 14:00"),
durations ("3 години", "чотири місяці"), labels ("стаття 5", "№ 3"), list numbering, and
small number words that count no kind noun ("дві сторони").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from helpers import morphology_uk as morph
from helpers.lexicon import (
    APPROX_AFTER,
    APPROX_BEFORE,
    CASUALTY_VERBS,
    CHANGE_VERBS,
    CURRENCY_SIGNS,
    DESTRUCTION_VERBS,
    DURATION_UNITS,
    FIGURE_NUMBER_WORDS,
    HEDGE_APPROXIMATORS,
    HEDGE_CUES,
    KIND_NOUNS,
    LABEL_WORDS,
    MONTH_FORMS,
    NOT_APPROXIMATORS,
    PERIOD_CUES,
    RELATIVE_DAYS,
    SCALE_WORDS,
    SCOPE_PREPOSITIONS,
    UNIT_DESIGNATIONS,
    VAGUE_QUANTITIES,
    WINDOW_PHRASES,
    YEAR_WORDS,
)

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from helpers.text import Sentence

LANGUAGE = "uk"


def _alternation(phrases: Iterable[str]) -> str:
    """Phrases longest first, a space matching any run of white space."""
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in sorted(set(phrases), key=len, reverse=True))


_WORD_EDGE_BEFORE = r"(?<![\w'’ʼ-])"
_WORD_EDGE_AFTER = r"(?![\w'’ʼ])"

#: Digits: "12", "4 000" (a space groups thousands), "1,5" / "1.5" (a decimal).
NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)(?:,\d+)?|\d+(?:[.,]\d+)?")
SCALE = re.compile(rf"[ \u00a0]*({_alternation(w for w in SCALE_WORDS[LANGUAGE])}){_WORD_EDGE_AFTER}", re.IGNORECASE)
PERCENT = re.compile(r"[ \u00a0]?%|[ \u00a0]+(?:відсот\w*|процент\w*)", re.IGNORECASE)
DASH_RANGE = re.compile(r"[ \u00a0]*[-–—][ \u00a0]*(?=\d)")
TO_RANGE = re.compile(r"[ \u00a0]+до[ \u00a0]+(?=\d)")
AFTER = re.compile(rf"[ \u00a0]*\+(?!\d)|[ \u00a0]+(?:{_alternation(a for a in APPROX_AFTER[LANGUAGE] if a != '+')}){_WORD_EDGE_AFTER}",
                   re.IGNORECASE)
_MONTHS_GENITIVE = frozenset(MONTH_FORMS[LANGUAGE]["genitive"])
_MONTHS_ANY = frozenset(form for forms in MONTH_FORMS[LANGUAGE].values() for form in forms)
_YEAR_WORDS = frozenset(YEAR_WORDS[LANGUAGE])
_DURATIONS = DURATION_UNITS[LANGUAGE]
_LABELS = LABEL_WORDS[LANGUAGE]
_SCALES = {word.lower(): value for word, value in SCALE_WORDS[LANGUAGE].items()}
_NUMBER_WORDS = FIGURE_NUMBER_WORDS[LANGUAGE]
_VAGUE = VAGUE_QUANTITIES[LANGUAGE]
VAGUE = re.compile(rf"{_WORD_EDGE_BEFORE}(?:{_alternation(_VAGUE)}){_WORD_EDGE_AFTER}", re.IGNORECASE)
NUMBER_WORD = re.compile(rf"{_WORD_EDGE_BEFORE}(?:{_alternation(_NUMBER_WORDS)}){_WORD_EDGE_AFTER}", re.IGNORECASE)
_APPROX = sorted({" ".join(a.split()) for a in APPROX_BEFORE[LANGUAGE]}, key=lambda a: -len(a.split()))
_NOT_APPROX = NOT_APPROXIMATORS[LANGUAGE]
#: An approximator ending right before a figure (the longest, as the alternation tries them in that order).
APPROX_END = re.compile(rf"{_WORD_EDGE_BEFORE}(?:{_alternation(_APPROX)})(?=\s+$)")
_CURRENCY = {sign.lower() for sign in CURRENCY_SIGNS[LANGUAGE]}
_CURRENCY_CHARS = frozenset(sign for sign in CURRENCY_SIGNS[LANGUAGE] if len(sign) == 1)
_KINDS = KIND_NOUNS[LANGUAGE]
_CASUALTY = frozenset(CASUALTY_VERBS[LANGUAGE])
_DESTRUCTION = DESTRUCTION_VERBS[LANGUAGE]
_CHANGE = CHANGE_VERBS[LANGUAGE]
_DESIGNATIONS = UNIT_DESIGNATIONS[LANGUAGE]
#: A time of day written with a stop or colon after "о", "на", "до" ("станом на 15.00", "о 14:00").
TIME_BEFORE = frozenset({"о", "об", "на", "до", "з", "із", "після", "близько", "від"})
_PERIOD_OF = {" ".join(cue.split()): period for period, cues in PERIOD_CUES[LANGUAGE].items() for cue in cues}
PERIOD = re.compile(rf"{_WORD_EDGE_BEFORE}(?:{_alternation(_PERIOD_OF)}){_WORD_EDGE_AFTER}")
_WINDOWS = tuple(WINDOW_PHRASES[LANGUAGE]) + tuple(RELATIVE_DAYS[LANGUAGE]) + (
    "з початку війни", "від початку війни", "з початку повномасштабного вторгнення",
    "від початку повномасштабного вторгнення", "з початку вторгнення", "з початку року",
)
WINDOW = re.compile(
    rf"{_WORD_EDGE_BEFORE}(?:{_alternation(_WINDOWS)}|(?:за\s+останні|за\s+минулі|протягом\s+останніх)\s+"
    rf"(?:\d+|\w+)\s+(?:дн\w*|діб|тиж\w*|місяц\w*|рок\w*|років|годин\w*)"
    rf"|(?:у|в|протягом|впродовж|упродовж)\s+(?:19|20)\d\d(?:\s+(?:році|року)|-(?:му|го|м))"
    rf"|за\s+(?:19|20)\d\d\s+рік){_WORD_EDGE_AFTER}"
)
HEDGE = re.compile(rf"{_WORD_EDGE_BEFORE}(?:{_alternation(HEDGE_CUES[LANGUAGE])}){_WORD_EDGE_AFTER}")
_HEDGE_APPROX = HEDGE_APPROXIMATORS[LANGUAGE]
CLAUSE_BREAK = re.compile(
    r";|:(?=\s)|(?<=\s)[–—](?=\s)|,(?=\s+(?:але|а|проте|однак|тоді\s+як|натомість|хоча|зате)\b)"
)
_WORDS = re.compile(r"(?:[^\W\d_]{1,3}\.){2,}|[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*\.?")  # "п.м.", "т.зв."
_UNIT_STOP_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "VERB", "INFN", "ADVB", "PRED", "INTJ", "GRND"})
_ADJECTIVES = frozenset({"ADJF", "PRTF", "ADJS", "PRTS"})
_GLUE_BEFORE = frozenset("-/#№.:_=+@&%\\'’ʼ")


@dataclass(slots=True)
class _Figure:
    start: int  # within the sentence
    end: int
    low: float
    high: float
    approx: str
    currency: str
    percent: bool
    vague: bool
    words: bool  # written in words
    year_like: bool
    unit_from: int = -1  # where the counted noun may start (after "+", "з гаком"); -1: at ``end``


def _number_value(digits: str) -> float | None:
    plain = digits.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(",", ".")
    if len(plain) > 1 and plain[0] == "0" and plain[1] != ".":
        return None  # "044", "03": codes and dates, not counts
    try:
        return float(plain)
    except ValueError:
        return None


def _scaled(text: str, end: int) -> tuple[float, int, str]:
    """(multiplier, end, scale as written) of a scale word right after ``end`` ("5 тис.")."""
    match = SCALE.match(text, end)
    if match is None:
        return 1.0, end, ""
    word = match.group(1).lower()
    return float(_SCALES[word]), match.end(), word


def _glued(text: str, start: int, end: int, *, before: bool = True) -> bool:
    """Is the number glued to a word, code or date ("70-ї", "Су-34", "14:00", "31.08.2016")?
    ``before=False`` looks only after it (the second number of "9,5-10,5")."""
    if start and before:
        before = text[start - 1]
        if before.isalnum() or before in _GLUE_BEFORE:
            return True
        if before in "\"«„“" and text[end:end + 1] in "\"»”“":
            return True  # "200"-ті, «7»: a label in quotation marks
    if end < len(text):
        after = text[end]
        following = text[end + 1:end + 2]
        if after.isalpha() or after == "_":
            return True
        if after in "-‑–" and following.isalpha():
            return True  # "3-хвилинний", "2014-го", "74-го"
        if after in ":/." and following.isdigit():
            return True
        if after in "\"»”" and following in "-‑":
            return True
    return False


def _word_after(text: str, position: int) -> str:
    match = _WORDS.match(text, position + len(text[position:]) - len(text[position:].lstrip()))
    return morph.fold(match.group()).rstrip(".") if match else ""


def _words_before(text: str, position: int, count: int = 4, *, raw: bool = False) -> list[str]:
    words = _WORDS.findall(text[max(0, position - 50):position])[-count:]
    return words if raw else [morph.fold(word) for word in words]


def _approximator(text: str, start: int) -> tuple[str, int]:
    """(approximator as written, lower case; its start) right before ``start``, else ("", start)."""
    if start < 2 or not text[start - 1].isspace():
        return "", start
    before = text[max(0, start - 40):start]
    lowered = morph.fold(before)
    match = APPROX_END.search(lowered)
    if match is None:
        return "", start
    phrase = " ".join(match.group().split())
    if phrase in _NOT_APPROX:
        return "", start
    return phrase, start - (len(before) - match.start())


def _is_date(text: str, figure_end: int, value: float, start: int) -> bool:
    """A day of a month ("5 березня", "5–7 березня") or a year ("2014 року", "березня 2014")."""
    following = _word_after(text, figure_end)
    if following in _MONTHS_GENITIVE:
        return True
    year_like = value.is_integer() and 1800 <= value <= 2100
    if year_like and (following in _YEAR_WORDS or following.rstrip(".") + "." in _YEAR_WORDS):
        return True
    before = _words_before(text, start, 1)
    return year_like and bool(before) and before[-1] in _MONTHS_ANY


def _read_figure(text: str, match: re.Match) -> _Figure | None:
    start, end = match.span()
    if _glued(text, start, end):
        return None
    low = _number_value(match.group())
    if low is None:
        return None
    digits = match.group()
    multiplier, end, scale = _scaled(text, end)
    high = low
    range_end = None
    dash = DASH_RANGE.match(text, end)
    before = _words_before(text, start, 1)
    to = TO_RANGE.match(text, end) if before and before[-1] in ("від", "з", "із") else None
    joint = dash or to
    if joint is not None:
        second = NUMBER.match(text, joint.end())
        if second is not None and not _glued(text, second.start(), second.end(), before=False):
            value = _number_value(second.group())
            if value is not None:
                second_multiplier, second_end, second_scale = _scaled(text, second.end())
                if second_scale and not scale:
                    multiplier = second_multiplier
                first, last = low * multiplier, value * second_multiplier
                if first < last:
                    low, high, range_end, end = first, last, second_end, second_end
                    if to is not None:  # "від 300 до 400": the range starts with "від"
                        start = text.rfind(before[-1], 0, start) if text.rfind(before[-1], 0, start) >= 0 else start
                elif dash is not None:
                    return None  # "25-18", "2026-02": not a range
    if range_end is None:
        low = high = low * multiplier
        if scale in ("тис", "тис.", "тисяч", "тисячі"):  # "7 тис 226 об'єктів" is 7,226
            rest = re.match(r"[ \u00a0]+(\d{1,3})(?![\d,.\-–—%])(?![ \u00a0]*(?:тис|млн|млрд|мільй|мільяр))", text[end:])
            if rest is not None:
                low = high = low + float(rest.group(1))
                end += rest.end()
    percent_match = PERCENT.match(text, end)
    percent = percent_match is not None
    if percent:
        end = percent_match.end()
    currency = ""
    if start and text[start - 1] in _CURRENCY_CHARS:
        currency, start = text[start - 1], start - 1
    year_like = not scale and not percent and digits.isdigit() and len(digits) == 4 and 1800 <= low <= 2100
    approx = ""
    if not (to is not None and range_end is not None):
        approx, approx_start = _approximator(text, start)
        if approx == "до":
            preceding = _words_before(text, approx_start, 3)
            if "від" in preceding[-3:] or (preceding and _CHANGE & morph.lemmas(preceding[-1].rstrip("."))):
                approx = ""  # "від 10 до 20", "зріс до 89%": "to", not "up to"
    after = AFTER.match(text, end)
    unit_from = end
    if after is not None:
        unit_from = after.end()
        if not approx:
            approx = " ".join(after.group().split()).lower()
    figure = _Figure(start, end, low, high, approx, currency, percent, False, False, year_like)
    figure.unit_from = unit_from
    return figure


@dataclass(slots=True)
class _Unit:
    text: str
    end: int
    lemmas: tuple[frozenset[str], ...]


_NO_UNIT = _Unit("", -1, ())
#: Nouns that measure something else named after them in the genitive ("одиниць техніки").
_MEASURES = frozenset({"одиниця", "тонна", "кілограм", "літр", "штука", "комплект", "партія", "ящик", "набір",
                       "упаковка", "кубометр"})
_DEGREE_ADVERBS = frozenset({"достатньо", "дуже", "досить", "надзвичайно", "вкрай", "особливо", "доволі"})


def _read_unit(text: str, position: int) -> _Unit:
    """The counted noun phrase after ``position``: adjectives up to the first noun ("ворожих
    обстрілів"), or adjectives alone used as nouns ("поранених"), or a currency word."""
    cursor = position
    words: list[tuple[int, int, str]] = []
    while len(words) < 4:
        gap = text[cursor:cursor + 3]
        if gap and not gap[:1].isspace():
            break
        match = _WORDS.match(text, cursor + len(gap) - len(gap.lstrip()))
        if match is None or match.start() - cursor > 2:
            break
        word = match.group()
        low = morph.fold(word).rstrip(".")
        if low in _CURRENCY or low + "." in _CURRENCY:
            if not words:
                end = match.end()
                if word.endswith(".") and end >= len(text.rstrip()):
                    end -= 1  # the sentence's stop
                return _Unit(text[match.start():end], end, (frozenset({low}),))
            break
        pos = morph.pos_of(word) or (str(morph.parses(word)[0].tag.POS or "") if morph.parses(word) else "")
        if pos == "ADVB" and low in _DEGREE_ADVERBS and not words:
            cursor = match.end()  # "1 достатньо потужний обстріл"
            continue
        if pos in _UNIT_STOP_POS or low in _MONTHS_ANY or not pos:
            break
        if word[:1].isupper() and words:
            break
        words.append((match.start(), match.end(), word))
        cursor = match.end()
        if pos == "NOUN" and _MEASURES & morph.lemmas(low) and len(words) < 3:
            continue  # "4,5 тис. одиниць озброєння", "5 тонн допомоги": the measure and what it measures
        if pos == "NOUN" or pos not in _ADJECTIVES:
            break
    if not words:
        return _NO_UNIT
    start, end = words[0][0], words[-1][1]
    if text[end - 1:end] == "." and end >= len(text.rstrip()):
        end -= 1  # the sentence's stop, not an abbreviation's
    return _Unit(text[start:end], end, tuple(morph.lemmas(word.rstrip(".")) | {morph.fold(word.rstrip("."))}
                                            for _, _, word in words))


@lru_cache(maxsize=8192)
def _kind_of_lemmas(lemmas: tuple[frozenset[str], ...]) -> str:
    """The kind the unit's lemmas name ("people" when only soldiers or people are named), else ""."""
    people = False
    for first, second in zip(lemmas, lemmas[1:]):
        for a in first:
            for b in second:
                kind = _KINDS.get(f"{a} {b}")
                if kind and kind != "people":
                    return kind
    for options in lemmas:
        kinds = {_KINDS[lemma] for lemma in options if lemma in _KINDS}
        if kinds - {"people"}:
            return sorted(kinds - {"people"})[0]
        people = people or "people" in kinds
    return "people" if people else ""


def _clause(breaks: list[int], length: int, start: int, end: int) -> tuple[int, int]:
    left, right = 0, length
    for position in breaks:
        if position <= start:
            left = position
        elif position >= end:
            right = position
            break
    return left, right


def _nearest(spans: list[tuple[int, int, str]], left: int, right: int, start: int, end: int) -> str:
    best, best_distance = "", None
    for span_start, span_end, value in spans:
        if span_start < left or span_end > right:
            continue
        distance = start - span_end if span_end <= start else max(0, span_start - end)
        if best_distance is None or distance < best_distance:
            best, best_distance = value, distance
    return best


def _casualty_in(lowered: str, left: int, right: int) -> bool:
    return any(_CASUALTY & morph.lemmas(word.rstrip(".")) for word in _WORDS.findall(lowered[left:right]))


def _kind_before(text: str, lowered: str, left: int, right: int, start: int) -> str:
    """The kind of the nearest kind noun before the figure in its clause, not one governed by a
    preposition ("на переселенців 3 мільйони" counts money, not people)."""
    words = _WORDS.findall(text[left:start])
    for index in range(len(words) - 1, -1, -1):
        kind = _kind_of_lemmas((morph.lemmas(words[index].rstrip(".")),))
        if not kind:
            continue
        if index and morph.can_be_preposition(words[index - 1]):
            return ""
        if kind == "people":
            return "casualties" if _casualty_in(lowered, left, right) else ""
        if kind == "destruction" and not _destruction_in(lowered, left, right):
            return ""
        return kind
    return ""


def _destruction_in(lowered: str, left: int, right: int) -> bool:
    return any(_DESTRUCTION & morph.lemmas(word.rstrip(".")) for word in _WORDS.findall(lowered[left:right]))


def _figures(text: str) -> list[_Figure]:
    """The figures of a sentence, in order, dates and years left out."""
    found: list[_Figure] = []
    cursor = 0
    for match in NUMBER.finditer(text):
        if match.start() < cursor:
            continue
        figure = _read_figure(text, match)
        if figure is None:
            continue
        if _is_date(text, figure.end, figure.low if figure.low == figure.high else -1.0, match.start()):
            cursor = figure.end
            continue
        if figure.end < len(text) and text[figure.end] in ".)" and not text[:figure.start].strip("-*•(# \t") \
                and (figure.end + 1 == len(text) or text[figure.end + 1].isspace()):
            continue  # list numbering: "2." / "3)"
        if text[figure.start - 1:figure.start] == "(" and text[figure.end:figure.end + 1] == ")":
            cursor = figure.end
            continue  # "(3,6)", "(2014)": a bracketed note to the words before, no count of its own
        if "." in match.group() and _is_time(text, match):
            continue  # "станом на 15.00"
        following = _word_after(text, figure.end)
        if following in _DESIGNATIONS:
            cursor = figure.end
            continue  # "93 омбр": a brigade's number
        found.append(figure)
        cursor = figure.end
    taken = [(figure.start, figure.end) for figure in found]
    for match in VAGUE.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        before = text[:match.start()].rstrip()
        if before[-1:].isdigit() or NUMBER_WORD.search(before[-15:] + " ") and before.split()[-1:] and \
                morph.fold(before.split()[-1]) in _NUMBER_WORDS:
            continue  # "5 тисяч": a scale, not a vague quantity
        key = " ".join(morph.fold(match.group()).split())
        low, high = _VAGUE[key]
        found.append(_Figure(match.start(), match.end(), float(low), float(high), "vague", "", False, True, True, False))
    for match in NUMBER_WORD.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        value = float(_NUMBER_WORDS[morph.fold(match.group())])
        multiplier, end, _ = _scaled(text, match.end())
        approx, _ = _approximator(text, match.start())
        found.append(_Figure(match.start(), end, value * multiplier, value * multiplier, approx, "", False, False,
                             True, False))
    found.sort(key=lambda figure: figure.start)
    return found


def _is_time(text: str, match: re.Match) -> bool:
    hours, _, minutes = match.group().partition(".")
    before = _words_before(text, match.start(), 1)
    return len(minutes) == 2 and int(hours) <= 24 and int(minutes) < 60 and bool(before) and before[-1] in TIME_BEFORE


def _keep(text: str, figure: _Figure, unit: _Unit, kind: str) -> bool:
    """Rules that tell a figure claim from a duration, a label, a year or a determiner."""
    if unit.text and (morph.fold(unit.text.split()[0]).rstrip(".") in _DURATIONS
                      or morph.fold(unit.text.split()[0]) in _DURATIONS):
        return False  # a duration: "3 години", "чотири місяці"
    if figure.vague:
        return True
    before = _words_before(text, figure.start, 1)
    raw = _words_before(text, figure.start, 1, raw=True)
    if before and before[-1].rstrip(".") in _LABELS or before and before[-1] in _LABELS:
        return False  # "стаття 5", "№ 3", "віком 18"
    if figure.percent or figure.currency:
        return True
    if figure.words and not kind:
        return False  # "дві сторони": a small number word that counts no kind noun
    if figure.year_like and not kind:
        return False  # a year: "(2014)", "2022–2025"
    if not unit.text and raw and raw[-1][:1].isupper() and raw[-1].isalpha() and text[figure.start - 1:figure.start] == " ":
        return False  # a model or a name's number: "Су 25", "ВЧ 1039"
    return True


def _hedge(lowered: str) -> str:
    for match in HEDGE.finditer(lowered):
        cue = " ".join(match.group().split())
        if cue in _HEDGE_APPROX and NUMBER.match(lowered, match.end() + 1):
            continue  # "орієнтовно 300": an approximate figure, not a hedged sentence
        return cue
    return ""


def sentence_anchors(text: str, sentences: list["Sentence"]) -> list[list[int]]:
    """Where figures may start, per sentence: the sentence's start when it holds a digit or a
    number word (the figures themselves are read by ``figures``, once per sentence)."""
    return [[0] if _MAY_HOLD_FIGURE.search(sentence.text) else [] for sentence in sentences]


_MAY_HOLD_FIGURE = re.compile(rf"\d|{NUMBER_WORD.pattern}|{VAGUE.pattern}", re.IGNORECASE)


@lru_cache(maxsize=8192)
def figures(text: str, anchors: tuple[int, ...], dates: tuple[tuple[int, int], ...] = (),
            places: tuple[tuple, ...] = (), columns: tuple[tuple[int, int, str], ...] = ()) -> tuple[tuple, ...]:
    """The figures of one Ukrainian sentence as tuples of ``CLAIM_COLUMNS`` from "start" to
    "hedge_cue" less the sentence's offsets (offsets within the sentence), as the English
    ``figures`` gives them.

    ``places`` are the sentence's place mentions as ``scope_fields`` gives them (start, end,
    surface, kind, scope, preposition): they give a figure its scope.  Dates are read by this
    module's own rules (``_is_date``), so ``dates`` and table ``columns`` are not used.
    """
    if not anchors:
        return ()
    found = _figures(text)
    if not found:
        return ()
    lowered = morph.fold(text)
    if len(lowered) != len(text):
        lowered = text
    breaks = sorted(match.start() for match in CLAUSE_BREAK.finditer(text))
    periods = [(m.start(), m.end(), _PERIOD_OF[" ".join(m.group().split())]) for m in PERIOD.finditer(lowered)]
    windows = [(m.start(), m.end(), text[m.start():m.end()]) for m in WINDOW.finditer(lowered)]
    hedge_cue = _hedge(lowered)
    rows = []
    for figure in found:
        unit = _read_unit(text, figure.unit_from if figure.unit_from >= 0 else figure.end)
        left, right = _clause(breaks, len(text), figure.start, figure.end)
        kind = _kind_of_lemmas(unit.lemmas) if unit.lemmas else ""
        if not _keep(text, figure, unit, kind):
            continue
        if figure.currency or (unit.lemmas and unit.lemmas[0] & _CURRENCY):
            kind = "money"
        elif kind == "people":
            kind = "casualties" if _casualty_in(lowered, left, right) else "other"
        elif kind == "destruction" and not _destruction_in(lowered, left, right):
            kind = "other"  # "95 квартир закупили": housing bought, not destroyed
        elif not kind and not unit.text and not figure.percent:
            kind = _kind_before(text, lowered, left, right, figure.start) or "other"
        kind = kind or "other"
        period = _nearest(periods, left, right, figure.start, figure.end)
        window = _nearest(windows, left, right, figure.start, figure.end)
        scope = _scope(places, figure.start, figure.end, left, right)
        unit_text = unit.text or figure.currency
        rows.append((figure.start, figure.end, text[figure.start:figure.end], figure.low, figure.high, figure.approx,
                     unit_text, kind, period, window, scope, bool(hedge_cue), hedge_cue))
    return tuple(rows)


def _scope(places: tuple[tuple, ...], start: int, end: int, left: int, right: int) -> str:
    """The scope of a figure at ``start:end`` whose clause is ``left:right``: the nearest
    direction or front in the clause, else the nearest place after a preposition of place
    ("біля Зразкового" -> "Зразкове"); "" when there is none.  A place after "на" counts
    only when it is an oblast, and one after "до" never ("привезли до Луцька": where they
    went, not where it was counted)."""
    inside = [place for place in places if left <= place[0] and place[1] <= right]
    for kinds in (("direction", "front"), ("settlement", "oblast", "raion")):
        best, best_distance = "", None
        for place in inside:
            if len(place) != 6:
                continue  # a country (the countries finder's rows carry no preposition)
            place_start, place_end, _, kind, scope, preposition = place
            if kind not in kinds or (kinds[0] == "settlement" and (
                    preposition not in _SCOPE_PREPOSITIONS or preposition == "на" and kind != "oblast")):
                continue
            distance = start - place_end if place_end <= start else max(0, place_start - end)
            if best_distance is None or distance < best_distance:
                best, best_distance = scope, distance
        if best:
            return best
    return ""


_SCOPE_PREPOSITIONS = frozenset(SCOPE_PREPOSITIONS[LANGUAGE])


def classify_sentence(text: str) -> tuple[bool, str, str]:
    """A Ukrainian sentence without figures is left unclassified: the claim-sentence cue lists
    (event, capability, intention, assessment) are not written for Ukrainian yet."""
    return UNCLASSIFIED


UNCLASSIFIED = (False, "", "not classified: no Ukrainian claim-sentence cues yet")
