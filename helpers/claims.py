"""Claims: every figure an article asserts, with its range, rate, window, scope and hedge.

Method: rule-based pattern matching over the sentences of the title, standfirst, captions
and body (``Article.sentences``), in the manner of textacy's ``extract.matches``: one
compiled pattern finds number expressions, and small rules read the words around each one.
All word lists live in ``helpers.lexicon`` (the ``# --- claims`` section), keyed by language.

What a row holds (``CLAIM_COLUMNS``):

* ``surface`` is the number expression only, as written: "300 to 400", "75%",
  "between 300 and 400", "1.5 thousand", "hundreds".  Approximators stay outside it and go
  to ``approx`` as written, lower case ("up to", "about", "more than", "or more"); vague
  quantities ("dozens", "hundreds of thousands") get approx ``"vague"`` and the range the
  word spans by its literal meaning (``lexicon.VAGUE_QUANTITIES``: "hundreds" is 200-999).
  ``start``/``end`` point at the surface in ``article.text``.
* ``value_low``/``value_high`` are equal for a point value.  "from 300 to 400" after a
  verb of change ("rose from 300 to 400") is two values, not a range.
* ``unit`` is the counted thing as written: the noun phrase after the figure ("Russian
  soldiers", "mortar systems and their crews"), after "of (the)" for percentages and vague
  quantities ("75% of the residential buildings" -> "residential buildings"), or the
  currency sign ("$50 billion" -> "$").  Nothing found, nothing written.
* ``kind`` comes from the counted noun (``lexicon.KIND_NOUNS``); soldiers and troops are
  casualties only when a casualty verb is in the same sentence ("lose 400 troops").  A figure
  without a unit takes the kind of the nearest lexicon noun before it in its clause
  ("casualties at around 600,000"); otherwise it is "other".
* ``period`` (day/week/month/year) is a rate cue in the figure's clause ("every day",
  "daily", "in a month"); ``window`` an explicit window there ("over the past day",
  "last week", "in 2025"); ``scope`` a named front ("Pokrovsk front", "Pokrovsk
  direction") or a place after "in/near" that ends its phrase ("in Kursk Oblast").
* ``hedged``/``hedge_cue``: the first hedge cue of the sentence ("Reports indicate"),
  shared by every figure of the sentence.

Not taken as claims: dates ("3 January", "February 20 to 21"), years, times ("4.50am"),
durations ("2 minute read", "30 days"), ordinals ("47th Brigade"), numbers glued to letters
or codes ("F-16", "Su-34", "COVID-19", "G7", "M142"), compound adjectives ("30-day
ceasefire", "11-year-old"), labels ("Article 5", "Day 1,000", "aged 18"), phone numbers and
identifiers, footnote marks, list numbering, "one" used as a determiner ("one National Guard
brigade"), small number words that count no lexicon noun ("the two sides"), and a
parenthesised conversion of the figure just before it ("90 billion euros ($106bn)").

Precision: on the 68 real articles of the project's evaluation set (news posts, crawled
pages and scraped pages with their navigation noise), about nine in ten rows of a random
sample of 50 were genuine figures with the right value; the misses were footnote numbers
in tables and site boilerplate.

Non-numeric claims: ``sentence_claims`` marks each sentence as a claim (event, capability,
intention, assessment) or background, by the cue lists in ``lexicon.CLAIM_SENTENCE_CUES``.
``headline_check`` compares each title and standfirst figure with the body's figures.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from operator import itemgetter, le
from typing import Iterable, Iterator, Sequence

import pandas as pd

from helpers.articles import Article
from helpers.lexicon import (
    APPROX_AFTER, APPROX_BEFORE, CASUALTY_VERBS, CHANGE_VERBS, CLAIM_SENTENCE_CUES, CURRENCY_SIGNS,
    DEFINITE_BEFORE, DURATION_UNITS, EVENT_VERBS, EVENT_VERBS_IRREGULAR, FIGURE_NUMBER_WORDS, FRONT_WORDS,
    HEDGE_CUES, KIND_NOUNS, LABEL_WORDS, MASS_NOUNS, MONTHS, NOT_PLACES, PERIOD_CUES, RATE_ADJECTIVES,
    SCALE_SUFFIXES, SCALE_WORDS, SCOPE_PREPOSITIONS, TIME_OF_DAY, UNIT_STOPWORDS, VAGUE_QUANTITIES, WEEKDAYS,
    WINDOW_OPENERS, WINDOW_PHRASES, WINDOW_UNITS,
)
from helpers.text import Sentence

CLAIM_COLUMNS = [
    "claim_id", "article_id", "part", "paragraph", "sentence_id", "sentence", "start", "end",
    "sentence_start", "sentence_end", "surface", "value_low", "value_high", "approx", "unit",
    "kind", "period", "window", "scope", "hedged", "hedge_cue", "in_headline",
]
SENTENCE_CLAIM_COLUMNS = ["article_id", "sentence_id", "is_claim", "claim_kind", "rule"]
_SENTENCE_ID = CLAIM_COLUMNS.index("sentence_id")
HEADLINE_CHECK_COLUMNS = [
    "article_id", "claim_id", "part", "surface", "value_low", "value_high", "unit", "kind", "period",
    "body_claim_id", "body_surface", "body_value_low", "body_value_high", "body_unit", "verdict",
]

#: Parts of an article whose sentences can hold figure claims.
CLAIM_PARTS = frozenset({"title", "standfirst", "caption", "body"})
#: Claim kinds, in the order charts and tables list them.
KINDS = ("casualties", "attacks", "equipment", "destruction", "territory", "civilians", "other")
#: Verdicts of ``headline_check``, strongest support first.
VERDICTS = ("supported", "top of range", "bottom of range", "within range", "rounded up", "rounded down",
            "differs", "unsupported")


@dataclass(slots=True)
class Claim:
    """One figure an article asserts; ``article.text[start:end] == surface``."""

    claim_id: str
    article_id: str
    part: str
    paragraph: int | None
    sentence_id: int
    sentence: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    surface: str
    value_low: float
    value_high: float
    approx: str
    unit: str
    kind: str
    period: str
    window: str
    scope: str
    hedged: bool
    hedge_cue: str
    in_headline: bool


@dataclass(slots=True)
class SentenceClaim:
    """Whether a sentence states a claim, of which kind, and the rule (cue) that decided."""

    article_id: str
    sentence_id: int
    is_claim: bool
    claim_kind: str
    rule: str


# --- patterns ----------------------------------------------------------------------------------
#
# Speed: the figure pattern is only tried where a number can start (a digit run found in one
# pass over the article, or a number word found by a set intersection with its tokens).  Cue
# families ("every day", "reportedly", "over the past day") are matched on the lower-cased
# sentence, case-sensitively and without a leading look-behind, so that the engine skips to
# their first letters in C; each is tried only when the sentence shares a word with it.  Word
# lists are compiled as tries ("aim(?:\s+to|s\s+to)" rather than "aims to|aim to"): Python's
# engine tries each alternative of an alternation in turn, so a factored list is several times
# faster to scan and matches exactly the same text.  A sentence's figures are remembered by its
# text and anchors (``_figures``), as its kind is (``classify_sentence``): corpora repeat sentences.

_LANG = "en"


def _trie(sequences: Iterable[tuple[str, ...]], *, ignore_case: bool = False) -> str | None:
    """One regex for an alternation of literal sequences, their shared beginnings factored.

    Each sequence is a tuple of units (regex snippets: one escaped character, or ``\\s+``).
    The result matches exactly what the longest-first alternation of the sequences matches,
    at every position and with the same extent: two sequences can both match at one
    position only when one begins the other (the units below one node match different
    characters), and both forms then try the longer first.  When two units of a node could
    match the same character (a letter in two cases under ``ignore_case``), that argument
    fails, and None is returned.
    """
    root: dict = {}
    for sequence in sequences:
        node = root
        for unit in sequence:
            node = node.setdefault(unit, {})
        node[""] = {}  # a sequence ends here
    flags = re.IGNORECASE if ignore_case else 0

    def overlap(a: str, b: str) -> bool:
        """Can units ``a`` and ``b`` match one same character?"""
        return any(re.fullmatch(a, char, flags) for char in _unit_chars(b))

    def clash(node: dict) -> bool:
        units = [unit for unit in node if unit]
        return any(overlap(a, b) for a in units for b in units if a != b) or any(
            clash(child) for unit, child in node.items() if unit
        )

    def emit(node: dict) -> str:
        branches = [unit + emit(child) for unit, child in sorted(node.items()) if unit]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a shorter sequence ends here: the longer ones are tried first
            return (body if len(branches) > 1 else f"(?:{body})") + "?"
        return body

    return None if clash(root) else emit(root)


def _unit_chars(unit: str) -> str:
    """Characters a unit matches (white space stands for ``\\s+``)."""
    return " \t\n\xa0" if unit == r"\s+" else re.sub(r"^\\", "", unit)


def _alt(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regex alternation of literal words, longest first (so "tens of thousands" beats "tens").

    Compiled as a trie when that is equivalent (see ``_trie``).  ``ignore_case``: the
    alternation is used case-insensitively (``(?i:...)``), so that ASCII words differing
    only in case are one word of the trie.
    """
    words = set(words)
    plain = "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))
    folded = {word.lower() if word.isascii() else word for word in words} if ignore_case else words
    return _trie((tuple(map(re.escape, word)) for word in folded), ignore_case=ignore_case) or plain


def _phrase_alt(phrases: Iterable[str], *, ignore_case: bool = False) -> str:
    """Like ``_alt``, lower case, but a space in a phrase matches any run of white space."""
    phrases = {" ".join(phrase.lower().split()) for phrase in phrases}
    plain = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=lambda w: (-len(w), w)))
    return _trie((_phrase_units(phrase) for phrase in phrases), ignore_case=ignore_case) or plain


def _phrase_units(phrase: str) -> tuple[str, ...]:
    units: list[str] = []
    for index, word in enumerate(phrase.split()):
        if index:
            units.append(r"\s+")
        units.extend(map(re.escape, word))
    return tuple(units)


_MARKS_AFTER = ",.;:)”’\"!?"
_MARKS_BEFORE = "(“‘\""


def _with_marks(words: Iterable[str]) -> frozenset[str]:
    """Words as ``str.split`` may leave them: with a comma, stop or quote glued on."""
    forms = set()
    for word in words:
        forms.add(word)
        forms.update(word + mark for mark in _MARKS_AFTER)
        forms.update(mark + word for mark in _MARKS_BEFORE)
    return frozenset(forms)


_FAMILY_STOP = frozenset({"the", "a", "an", "in", "of", "to", "for", "is", "are", "was", "were", "that",
                          "have", "per", "every", "each", "over", "during", "within", "so", "this",
                          "some", "according", "single", "data", "information"})


def _family_words(phrases: Iterable[str]) -> frozenset[str]:
    """Words of which every phrase holds at least one (its words less very common ones)."""
    words: set[str] = set()
    for phrase in phrases:
        kept = [word for word in phrase.lower().split() if word not in _FAMILY_STOP]
        words.update(kept or phrase.lower().split())
    return _with_marks(words)


_SMALL_WORDS = FIGURE_NUMBER_WORDS[_LANG]
_SCALE_WORDS = SCALE_WORDS[_LANG]
_SCALE_SUFFIXES = SCALE_SUFFIXES[_LANG]
_VAGUE = VAGUE_QUANTITIES[_LANG]
_MONTH_NAMES = [form for name in MONTHS[_LANG] for form in (name.capitalize(), name.upper())]
_MONTH_ALT = _alt(_MONTH_NAMES)
_MONTH_LOW = _alt(MONTHS[_LANG])
_MONTHS_AND_DAYS = frozenset(MONTHS[_LANG]) | frozenset(WEEKDAYS[_LANG])
_CURRENCY_SIGNS = CURRENCY_SIGNS[_LANG]

_WORD_TOKEN = rf"(?:{_alt(_SMALL_WORDS, ignore_case=True)}|{_alt(_SCALE_WORDS, ignore_case=True)})\b"
_MULTIPLIER_BEFORE_AND = "|".join(f"(?<={word})" for word in _SCALE_WORDS)
_WORDNUM = (
    rf"(?i:\b(?:an?[ \t]+(?=(?:{_alt(_SCALE_WORDS, ignore_case=True)})\b))?{_WORD_TOKEN}"
    rf"(?:(?:[ \t]*-[ \t]*|[ \t]+|(?:{_MULTIPLIER_BEFORE_AND})[ \t]+and[ \t]+){_WORD_TOKEN})*"
    rf"(?:(?:[ \t]+|-)and(?:[ \t]+|-)a(?:[ \t]+|-)half\b(?:[ \t]+(?:thousand|million|billion)\b)?)?)"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+|\d+)(?:\.\d+)?"
_SCALE = rf"(?:[ \t\u00a0]*(?i:{_alt(_SCALE_WORDS, ignore_case=True)})\b|[ \u00a0]?(?i:{_alt((k for k in _SCALE_SUFFIXES if len(k) > 1), ignore_case=True)})(?![\w])|(?i:k)(?![\w])|[mb](?![\w]))"
_CURRENCY = rf"(?:{_alt(_CURRENCY_SIGNS)})[ \t]?"
_PCT = r"(?:[ \t]?%|[ \t]+(?i:per[ \t]?cent|percent)\b)"
_AFTER = rf"(?:[ \t]*\+(?!\d)|[ \t]+(?i:{_phrase_alt((c for c in APPROX_AFTER[_LANG] if c != '+'), ignore_case=True)})\b)"
_RANGE_SEP = r"(?:[ \t]*[-–—][ \t]*|[ \t]+(?i:to|or)[ \t]+)"


def _quantity(n: int) -> str:
    """A quantity with numbered groups: currency, digits and scale, or words."""
    return rf"(?P<q{n}>(?P<cur{n}>{_CURRENCY})?(?:(?P<dig{n}>{_DIGITS})(?P<sc{n}>{_SCALE})?|(?P<w{n}>{_WORDNUM})))"


#: A number expression, tried at an anchor (a digit run, a currency sign or a number word):
#: a quantity, optionally a range, a percent sign and an approximator after it; or a vague
#: quantity word.  Prefixes ("up to", "between", "from") are read by looking back.
FIGURE = re.compile(
    rf"{_quantity(1)}(?:(?P<qp1>{_PCT})?(?P<sep>{_RANGE_SEP}){_quantity(2)})?(?P<pct>{_PCT})?(?P<after>{_AFTER})?"
    rf"|(?P<vague>(?i:\b(?:{_alt(_VAGUE, ignore_case=True)})\b))"
)
AND_QUANTITY = re.compile(rf"[ \t]+(?i:and)[ \t]+{_quantity(2)}(?P<pct>{_PCT})?")
TIME_AFTER = re.compile(rf"(?i:[ \t]*(?:{_phrase_alt(TIME_OF_DAY[_LANG], ignore_case=True)})(?![\w]))")
DIGIT_RUN = re.compile(r"[0-9][0-9,.]*")
WORDS_BEFORE_NUMBER = re.compile(
    rf"(?i:(?<![\w-])(?:(?:an?|{_alt(_SMALL_WORDS, ignore_case=True)}|{_alt(_SCALE_WORDS, ignore_case=True)})(?:[ \t]*-[ \t]*|[ \t]+)(?:and[ \t]+)?)+)$"
)

#: Dates whose day numbers must not be read as figures: "3 January", "February 20 to 21",
#: "10-17 February", "Jan. 22, 2026", "December 14 and 15", "May 2025".
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_DAY_JOIN = r"(?:[ \t]*(?:,|-|–|&)[ \t]*|[ \t]+(?:and|to|or)[ \t]+)"
MONTH_HINT = re.compile(_alt(name[:3] for name in _MONTH_NAMES))
DATE_MONTH_FIRST = re.compile(
    rf"(?:{_MONTH_ALT})\b\.?(?:[ \t]+{_DAY}(?:{_DAY_JOIN}(?:(?:{_MONTH_ALT})\.?[ \t]+)?{_DAY})*(?:,?[ \t]+\d{{4}})?"
    rf"|,?[ \t]+\d{{4}}\b)"
)
DATE_DAY_FIRST = re.compile(
    rf"\d(?<![\w]\d)\d?(?:st|nd|rd|th)?(?!\d)(?:{_DAY_JOIN}{_DAY})*[ \t]+(?:of[ \t]+)?(?:{_MONTH_ALT})\b\.?"
    rf"(?:,?[ \t]+\d{{4}})?"
)

UNIT_RUN = re.compile(r"(?:[ \t\u00a0]+[A-Za-z\u00c0-\u024f\u0400-\u04ff][\w’'\-²]*){1,9}")
OF_DETERMINER = re.compile(
    r"[ \t]+of(?:[ \t]+(?:the|all|all[ \t]+the|all[ \t]+of[ \t]+the|its|their|his|her|our|your|these|those|this|that))?"
    r"(?=[ \t])",
    re.IGNORECASE,
)
OF_THE_ONLY = re.compile(
    r"[ \t]+of[ \t]+(?:the|all[ \t]+the|its|their|his|her|our|your|these|those)(?=[ \t])", re.IGNORECASE
)
#: Clause breaks: ";", ": ", a spaced dash, ", but/while/and ..." and a bare " but " / " whereas ".
CLAUSE_BREAK = re.compile(
    r";|:(?=\s)|–(?<=\s–)(?=\s)|—(?<=\s—)(?=\s)|,(?=\s+(?:but|while|whereas|although|though|yet|and|as)\b)"
)
BARE_BREAKS = (" but ", " whereas ")

HEDGE = re.compile(_phrase_alt(HEDGE_CUES[_LANG]))
HEDGE_WORDS = _family_words(HEDGE_CUES[_LANG])
_PERIOD_OF = {" ".join(cue.split()): period for period, cues in PERIOD_CUES[_LANG].items() for cue in cues}
PERIOD = re.compile(_phrase_alt(_PERIOD_OF))
PERIOD_WORDS = _family_words(_PERIOD_OF)
_NOT_RATE_BEFORE = frozenset({"for", "within", "than", "after", "only", "nearly", "almost", "about", "over",
                              "around", "roughly", "half"})
_RATE_ADVERBS = frozenset({"daily", "weekly", "monthly", "yearly", "annual", "annually", "nightly"})
NOT_RATE_AFTER = re.compile(r"[\w-]|\s+(?:later|ago|after|before|earlier|long|or\s+two|and\s+a\s+half)\b")
_WINDOW_COUNT = rf"(?:(?:\d+|{_alt(_SMALL_WORDS)}|few|several|couple\s+of)\s+)?(?:{_phrase_alt(WINDOW_UNITS[_LANG])})\b"
WINDOW = re.compile(
    "|".join(rf"{_phrase_alt([opener])}\s+{_WINDOW_COUNT}" for opener in sorted(WINDOW_OPENERS[_LANG], key=len, reverse=True))
    + rf"|{_phrase_alt(WINDOW_PHRASES[_LANG])}"
    + rf"|since[ \t]+(?:(?:{_MONTH_LOW})\.?[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?|\d{{1,2}}[ \t]+(?:{_MONTH_LOW})"
    rf"(?:[ \t]+\d{{4}})?|(?:{_MONTH_LOW})[ \t]+\d{{4}}|(?:19|20)\d\d)\b"
)
_WINDOW_LEAD_STOP = frozenset({"the", "a", "an", "of", "in", "to", "so", "for", "over", "within", "on"})
#: The first telling word of each window phrase ("past", "last", "since", "yesterday"): a
#: sentence without one of them has no window, whatever other time words it holds.
WINDOW_WORDS = _with_marks(
    next((word for word in phrase.split() if word not in _WINDOW_LEAD_STOP), phrase.split()[-1])
    for phrase in WINDOW_OPENERS[_LANG] + WINDOW_PHRASES[_LANG] + ("since",)
)
WINDOW_YEAR = re.compile(
    rf"(?:In|in|During|during|Throughout|throughout|As of|as of)[ \t]+(?:(?:{_MONTH_ALT})[ \t]+)?(?:19|20)\d\d\b(?![-–]\d)"
)
YEAR_HINT = re.compile(r"(?:19|20)\d\d")
_NAME = r"[A-Z][\w’'\-]*"
FRONT_HINTS = _family_words(FRONT_WORDS[_LANG])
CAPITALISED = re.compile(r"[A-Z][\w’'\-]*$")
#: A place after a scope preposition, ending its phrase ("in Kursk Oblast," but not
#: "in Donetsk Oblast push"): the name is looked up right after each " in ", " near " ...
PLACE_AT = re.compile(
    rf"(?:the[ \t]+)?(?P<place>{_NAME}(?:[ \t]+{_NAME}){{0,2}}(?:[ \t]+(?:[Oo]blasts?|[Rr]egions?|[Rr]aion|"
    rf"[Dd]istrict|[Pp]rovince|[Hh]romada))?)"
    r"(?=\s*(?:[,.;:!?)\]”\"]|$)|\s+(?:and|on|over|in|since|during|after|before|at|by|from|with|while|but|"
    r"this|last|yesterday|overnight|as|according|said|says|near|alone|itself|every|each|per|a|daily)\b)"
)
_SCOPE_PREPOSITIONS = tuple(f"{word} " for word in SCOPE_PREPOSITIONS[_LANG])
#: Every word form the cue families of ``_Context`` start from.
_CUE_WORDS = HEDGE_WORDS | PERIOD_WORDS | WINDOW_WORDS | FRONT_HINTS
KIND_NOUN = re.compile(rf"(?i:\b(?:{_alt((form for w in KIND_NOUNS[_LANG] if ' ' not in w for form in (w, w + 's', w + 'es', w[:-1] + 'ies')), ignore_case=True)})\b)")


def _inflections(verb: str) -> set[str]:
    """Regular forms of a base verb: attack -> attacks, attacked, attacking."""
    forms = {verb, verb + "s", verb + "ed", verb + "ing"}
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(verb + "es")
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    if len(verb) <= 5 and verb[-1] in "lptgnm" and verb[-2:-1] in "aeiou" and verb[-3:-2] not in "aeiou":
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


_CASUALTY_FORMS = _with_marks(
    form for cue in CASUALTY_VERBS[_LANG] if " " not in cue for form in _inflections(cue)
)
_CASUALTY_PHRASES = tuple(cue for cue in CASUALTY_VERBS[_LANG] if " " in cue)

_APPROX_BEFORE = frozenset(" ".join(cue.split()) for cue in APPROX_BEFORE[_LANG])
_APPROX_LONGEST = max(len(cue.split()) for cue in _APPROX_BEFORE)
#: Last words of the approximators: only a figure after one of them can have one before it.
_APPROX_LAST_WORDS = frozenset(cue.split()[-1] for cue in _APPROX_BEFORE)
_CHANGE = frozenset(CHANGE_VERBS[_LANG])
_LABELS = LABEL_WORDS[_LANG]
_TIME_UNITS = DURATION_UNITS[_LANG]
_DEFINITE = DEFINITE_BEFORE[_LANG]
_STOP = UNIT_STOPWORDS[_LANG]
_MASS = MASS_NOUNS[_LANG]
_RATE_ADJ = RATE_ADJECTIVES[_LANG]
_KIND_NOUNS = KIND_NOUNS[_LANG]
_NOT_PLACES = NOT_PLACES[_LANG] | frozenset(p.lower() for p in SCOPE_PREPOSITIONS[_LANG]) | frozenset(
    {"on", "at", "every", "each", "some", "many", "most", "while", "when", "after", "before", "since"}
)
_CURRENCY_WORDS = frozenset({"euros", "euro", "dollars", "dollar", "hryvnias", "hryvnia", "rubles", "roubles", "pounds"})
_CURRENCY_CHARS = frozenset(sign for sign in _CURRENCY_SIGNS if len(sign) == 1)
_CURRENCY_CODES = frozenset(sign for sign in _CURRENCY_SIGNS if len(sign) > 1)
_GLUE_BEFORE = frozenset("-/#.:_=+@&%\\‑’'")
_PUNCT = ",.;:!?()[]“”\"'‘’"
_POSSESSIVES = frozenset({"their", "its", "his", "her"})
_PARTICIPLE_HEADS = frozenset({"killed", "wounded", "injured", "dead", "missing", "displaced"})


def _number_word_triggers() -> frozenset[str]:
    """Tokens (as ``str.split`` cuts them) that open a number written in words."""
    words = set(_SMALL_WORDS) | set(_SCALE_WORDS) | {phrase.split()[0] for phrase in _VAGUE}
    words |= {f"{tens}-{unit}" for tens, value in _SMALL_WORDS.items() if value >= 20
              for unit, small in _SMALL_WORDS.items() if 0 < small < 10}
    words |= {f"{unit}-and-a-half" for unit, value in _SMALL_WORDS.items() if 0 < value <= 10}
    words -= {"one", "zero"}  # "one" alone is a determiner; "one hundred" is found by "hundred"
    return _with_marks({form for word in words for form in (word, word.capitalize(), word.upper())})


_WORD_TRIGGERS = _number_word_triggers()
#: "several dozen", "a few hundred": read as the vague plural ("dozens", "hundreds").
_VAGUE_BEFORE = frozenset({"several", "few", "many", "some"})
_VAGUE_OF = {"dozen": _VAGUE["dozens"], "hundred": _VAGUE["hundreds"], "thousand": _VAGUE["thousands"],
             "million": _VAGUE["millions"]}


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
        elif token in _SMALL_WORDS:
            value = _SMALL_WORDS[token]
            if previous in _SMALL_WORDS and not (_SMALL_WORDS[previous] >= 20 and value < 10):
                return None  # "two three" is two numbers, not one
            current += value
        elif token in ("dozen", "hundred"):
            current = (current or 1.0) * _SCALE_WORDS[token]
        elif token in _SCALE_WORDS:
            total += (current or 1.0) * _SCALE_WORDS[token]
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
            if scale in _SCALE_WORDS:
                value *= _SCALE_WORDS[scale]
            else:
                if scale in ("m", "b") and not currency and not (scale == "m" and "." in plain):
                    return None  # "100m" may be metres
                value *= _SCALE_SUFFIXES[scale]
        ungrouped = len(plain.split(".")[0]) if plain == digits else 0
        year_like = not scale and not currency and len(plain) == 4 and plain.isdigit()
        return _Quantity(value, base, currency, scale, False, year_like, False, ungrouped)
    value = _word_value(words)
    if value is None:
        return None
    lowered = words.lower().strip()
    if lowered == "one":
        return None  # "one National Guard brigade": a determiner, not a figure
    small = value < 20 and not any(scale in lowered for scale in _SCALE_WORDS)
    return _Quantity(value, value, currency, "", True, False, small, 0)


@lru_cache(maxsize=8192)
def _lemma(word: str) -> str:
    """The lexicon key of a word: lower case, possessive and plural ending removed."""
    word = word.lower()
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    if word in _KIND_NOUNS:
        return word
    if word.endswith("ies") and word[:-3] + "y" in _KIND_NOUNS:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2] in _KIND_NOUNS:
        return word[:-2]
    if word.endswith("s") and word[:-1] in _KIND_NOUNS:
        return word[:-1]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]  # "kilometers" -> "kilometer", for pairs ("square kilometer")
    return word


def _is_head(lowered: str) -> bool:
    """Does the (lower-case) word end a counted noun phrase (a plural or a mass noun)?"""
    if lowered in _MASS or lowered in _PARTICIPLE_HEADS:
        return True
    return len(lowered) > 2 and lowered[-1] == "s" and not lowered.endswith(("ss", "us", "is", "’s", "'s"))


@dataclass(slots=True)
class _Unit:
    text: str
    end: int
    words: tuple[str, ...]
    rate: str  # period from a rate adjective inside the phrase ("400 daily casualties")


_NO_UNIT = _Unit("", -1, (), "")
_UNIT_TRAILERS = _POSSESSIVES | {"and"}


def _read_unit(text: str, position: int, *, after_of: bool) -> _Unit:
    """The counted noun phrase after the figure that ends at ``position``.

    Words are taken up to the first plural or mass noun ("Russian soldiers", "critical
    infrastructure"), continuing over "and their/its ..." ("mortar systems and their
    crews"), and stopping early at a preposition, verb or clause word (``UNIT_STOPWORDS``).
    Percentages and vague quantities first step over "of (the)".
    """
    of = (OF_DETERMINER if after_of else OF_THE_ONLY).match(text, position)
    if of is not None:
        position = of.end()
    run = UNIT_RUN.match(text, position)
    if run is None:
        return _NO_UNIT
    segment = run.group(0)
    tokens = segment.split()
    lowered_tokens = segment.lower().split()  # lower case never makes or removes white space
    rate = _RATE_ADJ.get(lowered_tokens[0], "")
    first = 1 if lowered_tokens[0] in _RATE_ADJ else 0
    taken = 0  # number of tokens (from ``first``) in the unit
    index = first
    while index < len(tokens) and taken < 6:
        lowered = lowered_tokens[index]
        if lowered in _STOP or lowered in _MONTHS_AND_DAYS:
            break
        if taken and (lowered.endswith("ly") or (lowered.endswith(("ed", "ing")) and _lemma(lowered) not in _KIND_NOUNS)):
            break
        if not taken and lowered.endswith("ing") and _lemma(lowered) not in _KIND_NOUNS:
            break  # "39 percent accepting the proposal": a verb, not the counted thing
        taken += 1
        index += 1
        if _is_head(lowered):
            if (index + 2 < len(tokens) + 1 and index + 1 < len(tokens) and lowered_tokens[index] == "and"
                    and lowered_tokens[index + 1] in _POSSESSIVES and index + 2 < len(tokens)):
                taken += 2
                index += 2
                continue
            break
    while taken and lowered_tokens[first + taken - 1] in _UNIT_TRAILERS:
        taken -= 1  # "... and", "... their": not the end of a noun phrase
    words = tuple(tokens[first:first + taken])
    if not words:
        return _Unit("", -1, (), rate)
    cursor = 0
    for token in tokens[:first]:
        cursor = segment.index(token, cursor) + len(token)
    start = segment.index(words[0], cursor)
    cursor = start
    for token in words:
        cursor = segment.index(token, cursor) + len(token)
    base = run.start()
    return _Unit(text[base + start:base + cursor], base + cursor, words, rate)


@lru_cache(maxsize=8192)
def _noun_kind(words: tuple[str, ...]) -> str:
    """The kind the counted words name ("people" when only soldiers/troops are named), else ""."""
    people = False
    lemmas = [_lemma(word) for word in words]
    for first, second in zip(lemmas, lemmas[1:]):
        kind = _KIND_NOUNS.get(f"{first} {second}")
        if kind and kind != "people":
            return kind
    for lemma in lemmas:
        kind = _KIND_NOUNS.get(lemma)
        if kind == "people":
            people = True
        elif kind:
            return kind
    return "people" if people else ""


def _words_before(text: str, position: int, span: int = 40) -> list[str]:
    """The whole words in the ``span`` characters before ``position``."""
    lo = position - span
    if lo <= 0:
        return text[:position].split()
    words = text[lo:position].split()
    if words and not text[lo - 1].isspace() and not text[lo].isspace():
        words.pop(0)  # cut in the middle
    return words


def _bounded(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a whole word or phrase (no letter, digit or hyphen glued on)?"""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        return False
    return end >= len(text) or not (text[end].isalnum() or text[end] == "-")


# --- one sentence --------------------------------------------------------------------------------


class _Context:
    """What the cue rules need to know about one sentence, computed once and only if asked.

    Cues are kept as (start, end, value) spans, sorted by start.
    """

    __slots__ = ("text", "low", "tokens", "cue_words", "_breaks", "_cache")

    def __init__(self, text: str):
        self.text = text
        low = text.lower()
        self.low = low if len(low) == len(text) else text  # offsets must stay the same
        self.tokens = self.low.split()
        self.cue_words = _CUE_WORDS.intersection(self.tokens)  # few or none: each family's look-up starts here
        self._breaks: list[int] | None = None
        self._cache: dict[str, list] = {}

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause (between breaks) that holds text[start:end]."""
        if self._breaks is None:
            breaks = [match.start() for match in CLAUSE_BREAK.finditer(self.text)]
            for word in BARE_BREAKS:
                position = self.low.find(word)
                while position >= 0:
                    breaks.append(position + 1)
                    position = self.low.find(word, position + 1)
            self._breaks = sorted(breaks)
        left, right = 0, len(self.text)
        for position in self._breaks:
            if position <= start:
                left = position
            elif position >= end:
                right = position
                break
        return left, right

    def _hits(self, words: frozenset[str]) -> list[tuple[str, int]]:
        """(word, offset) of every whole-word occurrence of the family's words in the sentence."""
        found = []
        low = self.low
        if not self.cue_words or self.cue_words.isdisjoint(words):
            return found
        for hit in self.cue_words.intersection(words):
            word = hit.strip(_PUNCT)
            position = low.find(word)
            while position >= 0:
                if _bounded(low, position, position + len(word)):
                    found.append((word, position))
                position = low.find(word, position + len(word))
        return found

    def cues(self, name: str, pattern: re.Pattern, words: frozenset[str], reach: int) -> list[tuple[int, int, str]]:
        """Whole-word matches of a lower-case cue pattern, looked for within ``reach``
        characters of each of the family's words that the sentence holds."""
        found = self._cache.get(name)
        if found is None:
            found = []
            seen = set()
            low = self.low
            for word, position in self._hits(words):
                for match in pattern.finditer(low, max(0, position - reach), position + len(word) + reach):
                    start, end = match.span()
                    if start > position:
                        break  # later matches cannot cover the word: no need to scan for them
                    if end >= position + len(word) and (start, end) not in seen and _bounded(low, start, end):
                        seen.add((start, end))
                        found.append((start, end, self.text[start:end]))
            found.sort()
            self._cache[name] = found
        return found

    def periods(self) -> list[tuple[int, int, str]]:
        """Rate cues ("every day", "a month"), not durations or dates ("for a day", "a day later")."""
        found = self._cache.get("periods")
        if found is None:
            found = []
            for start, end, cue in self.cues("period_cues", PERIOD, PERIOD_WORDS, 16):
                before = self.low[max(0, start - 8):start].split()
                if before and before[-1] in _NOT_RATE_BEFORE:
                    continue
                if NOT_RATE_AFTER.match(self.low, end):
                    continue
                cue = cue.lower()
                if cue in _RATE_ADVERBS:
                    following = self.low[end:end + 20].split()
                    if following and following[0].strip(_PUNCT) and following[0] not in _STOP:
                        continue  # "the daily realities": an adjective of another noun
                found.append((start, end, _PERIOD_OF[" ".join(cue.split())]))
            self._cache["periods"] = found
        return found

    def windows(self) -> list[tuple[int, int, str]]:
        """Explicit windows: "over the past day", "since the start of the year", "in 2025"."""
        found = self._cache.get("windows")
        if found is None:
            found = list(self.cues("window_cues", WINDOW, WINDOW_WORDS, 45))
            if ("19" in self.text or "20" in self.text) and YEAR_HINT.search(self.text):
                found += [(m.start(), m.end(), m.group(0)) for m in WINDOW_YEAR.finditer(self.text)]
                found.sort()
            self._cache["windows"] = found
        return found

    def fronts(self) -> list[tuple[int, int, str]]:
        """Named fronts: "the Pokrovsk front" -> "Pokrovsk front", "Pokrovsk direction"."""
        found = self._cache.get("fronts")
        if found is None:
            found = []
            text = self.text
            for word, position in self._hits(FRONT_HINTS):
                words = text[max(0, position - 60):position].split()
                names: list[str] = []
                while words and len(names) < 3 and CAPITALISED.match(words[-1]):
                    names.insert(0, words.pop())
                while names and names[0].lower() in _NOT_PLACES:
                    names.pop(0)
                if not names or names[0].lower() in _MONTHS_AND_DAYS:
                    continue
                start = text.rfind(names[0], 0, position)
                end = position + len(word)
                found.append((start, end, " ".join(names) + " " + text[position:end]))
            found.sort()
            self._cache["fronts"] = found
        return found

    def places(self) -> list[tuple[int, int, str]]:
        """Places after "in/near/around ..." that end their phrase ("in Kursk Oblast")."""
        found = self._cache.get("places")
        if found is None:
            found = []
            text, low = self.text, self.low
            for preposition in _SCOPE_PREPOSITIONS:
                position = low.find(preposition)
                while position >= 0:
                    after = position + len(preposition)
                    if (position == 0 or not low[position - 1].isalnum()) and after < len(text) \
                            and (text[after].isupper() or text.startswith("the ", after)):
                        match = PLACE_AT.match(text, after)
                        if match is not None:
                            first = match["place"].split()[0].lower()
                            if first not in _NOT_PLACES and first not in _MONTHS_AND_DAYS:
                                found.append((match.start(), match.end(), match["place"]))
                    position = low.find(preposition, after)
            found.sort()
            self._cache["places"] = found
        return found


def _nearest(spans: Iterable[tuple[int, int, str]], left: int, right: int, start: int, end: int) -> str:
    """The value of the span inside [left, right) closest to text[start:end], else ""."""
    best, best_distance = "", None
    for span_start, span_end, value in spans:
        if span_start < left or span_end > right:
            continue
        distance = start - span_end if span_end <= start else max(0, span_start - end)
        if best_distance is None or distance < best_distance:
            best, best_distance = value, distance
    return best


def _scope(context: _Context, left: int, right: int, start: int, end: int) -> str:
    """A named front in the clause, else a place after "in/near" that ends its phrase."""
    return _nearest(context.fronts(), left, right, start, end) or _nearest(context.places(), left, right, start, end)


_CURRENCY_NEAR = _CURRENCY_CHARS | frozenset(" ")
_CODE_ENDS = frozenset(code[-1] for code in _CURRENCY_CODES)


def _currency_start(text: str, start: int) -> int:
    """Move a digit run's start back over a currency sign or code before it ("$50", "USD 50")."""
    before = text[start - 1]
    if before in _CURRENCY_CHARS:
        start -= 1
    elif before == " " and start >= 2 and text[start - 2] in _CURRENCY_CHARS:
        start -= 2
    else:
        if before not in _CODE_ENDS and (before != " " or start < 2 or text[start - 2] not in _CODE_ENDS):
            return start  # no currency code ends right before the digits
        for length in (3, 2):
            if text[start - length:start] in _CURRENCY_CODES:
                return start - length
            if before == " " and text[start - length - 1:start - 1] in _CURRENCY_CODES:
                return start - length - 1
        return start
    if text[start - 2:start] == "US":
        start -= 2  # "US$"
    return start


def _sentence_anchors(article: Article, sentences: list[Sentence]) -> list[list[int]]:
    """For each sentence, offsets (within it) where a number expression may start.

    Digit runs are found in one pass over the article text; number words by intersecting
    the article's tokens with the number-word list, then looked up in the sentences that
    hold them.
    """
    anchors: list[list[int]] = [[] for _ in sentences]
    if not sentences:
        return anchors
    text = article.text
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
    hits = _WORD_TRIGGERS.intersection(text[sentences[0].start:sentences[-1].end].split())
    if hits:
        words = {hit.strip(_PUNCT) for hit in hits}
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


def _glued(text: str, start: int, end: int) -> bool:
    """Is the figure glued to a code or word ("F-16", "21st", "30-day", "11:40", "24/7", "G7")?

    Also true inside a run of digit groups ("+380 44 123 4567"), as phone numbers and ids
    are written, and for a footnote mark ("[12]").
    """
    if start:
        before = text[start - 1]
        if before.isalnum() or before in _GLUE_BEFORE:
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
        if after.isalnum() or after in "_\\":
            return True
        following = text[end + 1:end + 2]
        if after in "-‑–" and following.isalpha():
            return not text.startswith("strong", end + 1)  # "a 1,000-strong force" counts
        if after in ":/,. " and following.isdigit():
            return True
        if after == "(" and following.isalnum():
            return True  # "501(c)(3)"
    return False


@dataclass(slots=True)
class _Figure:
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


def _read_figure(text: str, match: re.Match, start: int, end: int) -> _Figure | None:
    """Values, surface span and approximator of a number expression matched at an anchor."""
    before = _words_before(text, start)
    vague, q2, w1, after, qp1, pct_sign, separator = match.group("vague", "q2", "w1", "after", "qp1", "pct", "sep")
    if vague:
        if vague.lower() == "scores" and not text.startswith(" of ", end):
            return None
        low, high = _VAGUE[" ".join(vague.lower().split())]
        return _Figure(start, end, [(float(low), float(high), start, end)], "vague", before[-1] if before else "",
                       len(before) == 1, before[-2] if len(before) > 1 else "", "", False, True, (), end)
    first = _read_quantity(match, 1)
    if first is None:
        return None
    if before and w1 and not q2 and before[-1].lower() in _VAGUE_BEFORE:
        # "several dozen", "a few hundred": as vague as "dozens", "hundreds"
        low, high = _VAGUE_OF.get(w1.lower().split()[-1], (None, None))
        if low is not None:
            start = start - 1 - len(before[-1])
            return _Figure(start, end, [(float(low), float(high), start, end)], "vague",
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
        if opener == "from" and any(word.lower().strip(_PUNCT) in _CHANGE for word in before[-5:-1]):
            first_end = start + len(match["q1"]) + len(qp1 or "")
            values = [(first.value, first.value, start, first_end), (high, high, match.start("q2"), end)]
        else:
            start = start - 1 - len(before[-1])
            values = [(low, high, start, end)]
            before = before[:-1]
    if not approx and before and before[-1].lower() in _APPROX_LAST_WORDS and text[start - 1:start].isspace():
        for count in range(min(_APPROX_LONGEST, len(before)), 0, -1):
            cue = " ".join(before[-count:]).lower()
            if cue in _APPROX_BEFORE:
                approx = cue
                before = before[:-count]
                break
    currency = first.currency or (second.currency if second is not None else "")
    return _Figure(start, end, values, approx, before[-1] if before else "", len(before) == 1 and not
                   text[:max(0, start - 40)].strip(), before[-2] if len(before) > 1 else "", currency, pct, False,
                   quantities, cursor)


def _all_years(quantities: tuple[_Quantity, ...]) -> bool:
    """Are all the quantities (one or two) years ("2024", "2022–2025")?"""
    for quantity in quantities:
        if not (quantity.year_like and 1800 <= quantity.value <= 2100):
            return False
    return True


def _keep(figure: _Figure, unit: _Unit) -> bool:
    """Rules that tell a figure claim from a label, a year, a duration or a determiner."""
    if unit.words and unit.words[0].lower().rstrip(".") in _TIME_UNITS:
        return False  # a duration: "2 minute read", "30 days", "five months", "hundreds of years"
    if figure.vague:
        return True
    previous = figure.previous_word.lstrip("[(“\"‘'")
    if previous and previous[-1] not in ",:;" and previous.rstrip(".").lower() in _LABELS:
        return False  # "Article 5", "Day 1,000", "aged 18"
    if figure.pct or figure.currency:
        return True
    quantities = figure.quantities
    noun_kind = _noun_kind(unit.words) if unit.words else ""
    if _all_years(quantities) and (not noun_kind or unit.words[0][:1].isupper()):
        return False  # a year: "in 2024", "2022–2025", "the 2025–2026 Regional Refugee Response Plan"
    if len(quantities) == 1 and quantities[0].small_word:
        if not noun_kind or previous.lower() in _DEFINITE:
            return False  # "the two sides", "two reasons"
    named_previous = previous[:1].isupper() and previous.isalpha() and not figure.previous_first \
        and previous.lower() not in _MONTHS_AND_DAYS
    if named_previous and (all(word[:1].isupper() for word in unit.words) or not noun_kind):
        return False  # part of a name: "Fortune 500 Europe", "Fortune 500 list", "Nord Stream 2"
    if previous == "of" and figure.before_previous[:1].isupper() and not unit.words:
        return False  # "the Group of 20"
    if quantities[0].ungrouped_digits >= 5 or quantities[-1].ungrouped_digits >= 5:
        return False  # an identifier: "227387", "Project 22460" (English groups counts: "22,460")
    if not unit.words:
        if previous[:1].isupper() and previous.isalpha() and not figure.previous_first \
                and previous.lower() not in _MONTHS_AND_DAYS:
            return False  # a model or name number: "Stream 2", "Boeing 737"
    return True


def _kind(context: _Context, figure: _Figure, unit: _Unit, left: int) -> str:
    """The claim kind from the counted noun, a casualty verb of the sentence, or the nouns before."""
    if figure.currency or (unit.words and unit.words[0].lower() in _CURRENCY_WORDS):
        return "other"
    kind = _noun_kind(unit.words) if unit.words else ""
    if not kind and not unit.words:
        before = list(KIND_NOUN.finditer(context.text, left, figure.start))
        kind = _noun_kind((before[-1].group(0),)) if before else ""
    if kind == "people":
        casualty = not _CASUALTY_FORMS.isdisjoint(context.tokens) or any(p in context.low for p in _CASUALTY_PHRASES)
        return "casualties" if casualty else "other"
    return kind or "other"


#: Sentences whose figures are remembered: they depend on the sentence text and its anchors
#: alone, and pages repeat sentences (boilerplate, agency copy, templated reports).
FIGURES_CACHE_SIZE = 32_768


@lru_cache(maxsize=FIGURES_CACHE_SIZE)
def _figures(text: str, anchors: tuple[int, ...]) -> tuple[tuple, ...]:
    """The figures of one sentence as tuples of ``_FIGURE_FIELDS`` (offsets within the sentence).

    The result is cached per sentence text and anchors (``FIGURES_CACHE_SIZE``).
    """
    found: list[tuple[_Figure, _Unit]] = []
    dates: list[tuple[int, int]] | None = None
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
        if _glued(text, start, end):
            continue
        if end < len(text):
            if TIME_AFTER.match(text, end):
                continue  # a time of day: "at 5 p.m."
            if text[end] in ".)" and not pct_sign and (end + 1 == len(text) or text[end + 1].isspace()) \
                    and not text[:start].strip("-*•(# \t"):
                continue  # list numbering: "2." / "3)"
        if dates is None:
            dates = []
            if MONTH_HINT.search(text):
                dates = [m.span() for m in DATE_MONTH_FIRST.finditer(text)]
                dates += [m.span() for m in DATE_DAY_FIRST.finditer(text)]
        if dates and any(a < end and start < b for a, b in dates):
            continue
        figure = _read_figure(text, match, start, end)
        if figure is None:
            if match["q2"]:
                cursor = match.end()  # "from 25 to 18", "8 to 1", "237-5346": none of its numbers
            continue
        if figure.start and text[figure.start - 1] == "(" and 0 <= figure.start - 1 - last_end <= 2:
            cursor = figure.cursor
            continue  # "90 billion euros ($106bn)": a conversion of the figure before
        unit = _read_unit(text, figure.end, after_of=figure.pct or figure.vague)
        if not _keep(figure, unit):
            cursor = figure.cursor  # none of its numbers: "children aged 9–12"
            continue
        found.append((figure, unit))
        cursor = figure.cursor
        last_end = max(figure.end, unit.end)
    if not found:
        return ()
    context = _Context(text)
    hedge = context.cues("hedge", HEDGE, HEDGE_WORDS, 35)
    hedge_cue = hedge[0][2] if hedge else ""
    rows = []
    for figure, unit in found:
        left, right = context.clause(figure.start, figure.end)
        period = unit.rate or _nearest(context.periods(), left, right, figure.start, figure.end)
        window = _nearest(context.windows(), left, right, figure.start, figure.end)
        kind = _kind(context, figure, unit, left)
        scope = _scope(context, left, right, figure.start, figure.end)
        unit_text = unit.text or figure.currency
        for low, high, start, end in figure.values:
            rows.append((start, end, text[start:end], low, high, figure.approx, unit_text, kind, period,
                         window, scope, bool(hedge), hedge_cue))
    return tuple(rows)


#: What ``_figures`` gives for each figure: ``CLAIM_COLUMNS`` from "start" to "hedge_cue", less
#: the sentence's offsets ("sentence_start", "sentence_end"), which it cannot know.
_FIGURE_FIELDS = ("start", "end", "surface", "value_low", "value_high", "approx", "unit", "kind", "period",
                  "window", "scope", "hedged", "hedge_cue")


def extract_claims(article: Article) -> list[Claim]:
    """Every figure claim of the article, in order of appearance (title, standfirst, captions, body)."""
    return [Claim(*row) for row in _claim_rows(article)]


def _claim_rows(article: Article) -> list[tuple]:
    """The claims of ``extract_claims`` as tuples of ``CLAIM_COLUMNS`` (the table needs no records)."""
    rows: list[tuple] = []
    article_id = article.article_id
    sentences = [sentence for sentence in article.sentences if sentence.part in CLAIM_PARTS]
    for sentence, anchors in zip(sentences, _sentence_anchors(article, sentences)):
        if not anchors:
            continue
        offset = sentence.start
        head = (article_id, sentence.part, sentence.paragraph, sentence.sentence_id, sentence.text)
        tail = (sentence.part == "title",)  # in_headline
        for figure in _figures(sentence.text, tuple(anchors)):
            rows.append((f"{article_id}/c{len(rows) + 1:03d}",) + head
                        + (offset + figure[0], offset + figure[1], offset, sentence.end) + figure[2:] + tail)
    return rows


def _frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    """A DataFrame of row tuples, handed to pandas column by column: the same frame as
    ``DataFrame.from_records`` (same dtypes inferred), at a fraction of the cost.

    Columns are taken out with ``itemgetter`` rather than ``zip(*rows)``, which would make
    one iterator object per row and so wake the garbage collector for nothing.
    """
    if not rows:
        return pd.DataFrame.from_records(rows, columns=columns)
    return pd.DataFrame({column: list(map(itemgetter(index), rows)) for index, column in enumerate(columns)})


def _sorted_table(blocks: list[tuple[str, list[tuple]]], columns: list[str], dtypes: dict[str, str],
                  order: list[str]) -> pd.DataFrame:
    """The rows of (article id, rows) blocks as one frame, stably sorted by the ``order`` columns.

    The blocks are first put in article-id order (a stable sort: rows with equal keys keep
    their order, as in pandas' stable sort).  The rows are then usually in ``order`` already
    (each article's rows come in position order), and a check in one pass over the keys
    saves pandas' multi-column sort; otherwise (an article id repeated, rows out of order)
    pandas sorts as before.
    """
    blocks.sort(key=itemgetter(0))
    rows = [row for _, block in blocks for row in block]
    frame = _frame(rows, columns).astype(dtypes)
    keys = list(map(itemgetter(*[columns.index(column) for column in order]), rows))
    if rows and all(map(le, keys, islice(keys, 1, None))):
        return frame
    return frame.sort_values(order, kind="stable").reset_index(drop=True)


_CLAIM_DTYPES = {
    "paragraph": "Int64", "sentence_id": "int64", "start": "int64", "end": "int64",
    "sentence_start": "int64", "sentence_end": "int64", "value_low": "float64", "value_high": "float64",
    "hedged": "bool", "in_headline": "bool",
}


def claims_table(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per figure claim (``CLAIM_COLUMNS``), sorted by article and position."""
    blocks = [(article.article_id, _claim_rows(article)) for article in articles]
    return _sorted_table(blocks, CLAIM_COLUMNS, _CLAIM_DTYPES, ["article_id", "start", "end"])


# --- non-numeric claims -------------------------------------------------------------------------

_CUES = CLAIM_SENTENCE_CUES[_LANG]
#: Order in which cue kinds decide a sentence's kind.
SENTENCE_KIND_ORDER = ("intention", "capability", "assessment", "event", "background", "reported")
_SINGLE_CUES: dict[str, str] = {}
_MULTI_KIND: dict[str, str] = {}
for _kind_name in ("reported", "background", "assessment", "capability", "intention"):
    for _cue in _CUES[_kind_name]:
        if " " in _cue or "-" in _cue:
            _MULTI_KIND[" ".join(_cue.split())] = _kind_name
        else:
            _SINGLE_CUES[_cue] = _kind_name
SENTENCE_CUE = re.compile(_phrase_alt(_MULTI_KIND))
_SENTENCE_CUE_WORDS = _family_words(_MULTI_KIND)
_SINGLE_CUE_FORMS = _with_marks(_SINGLE_CUES)
_EVENT_FORMS = frozenset(form for verb in EVENT_VERBS[_LANG] for form in _inflections(verb)) | frozenset(
    EVENT_VERBS_IRREGULAR[_LANG]
)
_EVENT_FORMS_MARKED = _with_marks(_EVENT_FORMS)
_AUXILIARIES = frozenset({"is", "are", "was", "were", "been", "be"})
#: Sentences whose classification is remembered: the result depends on the text alone, and
#: pages repeat sentences (boilerplate, navigation, agency copy) across a corpus.
CLASSIFY_CACHE_SIZE = 32_768
PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?(\w{3,}ing)\b")


@lru_cache(maxsize=CLASSIFY_CACHE_SIZE)
def classify_sentence(text: str) -> tuple[bool, str, str]:
    """(is_claim, kind, rule) for a sentence without figures, by its first-ranked cue.

    Kinds in order: intention ("aim to", "are attempting to"), capability ("can", "able
    to"), assessment (modals "would/will/could/may", "likely", "expected to"), event (an
    event verb such as "repelled", "are shelling", or any progressive "are advancing"; not
    an infinitive, "to capture"), background (copular descriptions: "serves as", "is
    located") and reported content (a reporting verb with none of the above: the speaker's
    assessment).  A sentence with no cue is background.  This is a cue-list rule in the
    spirit of the factuality cue sets of FactBank (Saurí & Pustejovsky 2009), cut down to
    what war reporting needs; it reads no syntax, so treat the kind as a triage label.
    The result is cached per sentence text (``CLASSIFY_CACHE_SIZE``).
    """
    low = text.lower()
    tokens = low.split()  # looked up in the word lists as they are: a set of them would cost more
    found: dict[str, str] = {}
    if not _SENTENCE_CUE_WORDS.isdisjoint(tokens):
        for match in SENTENCE_CUE.finditer(low):
            if _bounded(low, match.start(), match.end()):
                cue = " ".join(match.group(0).split())
                found.setdefault(_MULTI_KIND[cue], cue)
    single_cues = not _SINGLE_CUE_FORMS.isdisjoint(tokens)
    event_verbs = not _EVENT_FORMS_MARKED.isdisjoint(tokens)
    if single_cues or event_verbs:
        bare = [token.strip(_PUNCT) for token in tokens]  # the tokens without their punctuation
        if single_cues:
            for word in [word for word in bare if word in _SINGLE_CUES]:
                found.setdefault(_SINGLE_CUES[word], word)
        if event_verbs:
            for index in [index for index, word in enumerate(bare) if word in _EVENT_FORMS]:
                if index == 0 or bare[index - 1] != "to":  # not an infinitive: "to capture"
                    found["event"] = bare[index]
                    break
    if "event" not in found and "ing" in low and not _AUXILIARIES.isdisjoint(tokens):
        progressive = PROGRESSIVE.search(low)
        if progressive:
            found["event"] = " ".join(progressive.group(0).split())
    for kind in SENTENCE_KIND_ORDER:
        if kind in found:
            if kind == "background":
                return False, "background", f"background: {found[kind]}"
            if kind == "reported":
                return True, "assessment", f"reported: {found[kind]}"
            return True, kind, f"{kind}: {found[kind]}"
    return False, "background", "no claim cue"


def sentence_claims(article: Article, *, claims: Sequence[Claim] | None = None) -> list[SentenceClaim]:
    """Every sentence of the article marked as a claim or not (figures first, then cues).

    ``claims`` may pass the article's figure claims when they are already extracted, so
    that the figures are not looked for twice.
    """
    if claims is None:
        claims = extract_claims(article)
    return _sentence_records(article, {claim.sentence_id for claim in claims})


def _sentence_records(article: Article, with_figures: set[int]) -> list[SentenceClaim]:
    return [SentenceClaim(*row) for row in _sentence_rows(article, with_figures)]


_FIGURE_SENTENCE = (True, "figure", "figure")


def _sentence_rows(article: Article, with_figures: set[int]) -> list[tuple]:
    """``SENTENCE_CLAIM_COLUMNS`` tuples of the article's sentences (figures first, then cues)."""
    article_id = article.article_id
    return [
        (article_id, sentence.sentence_id)
        + (_FIGURE_SENTENCE if sentence.sentence_id in with_figures else classify_sentence(sentence.text))
        for sentence in article.sentences
    ]


def sentence_claims_table(articles: Iterable[Article], *, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per sentence (``SENTENCE_CLAIM_COLUMNS``), to join onto ``corpus.sentences``.

    Pass ``claims`` (``corpus.claims``) to reuse the figures already found.
    """
    known: dict[str, set[int]] = {}
    if claims is not None:
        for article_id, sentence_id in zip(claims["article_id"].tolist(), claims["sentence_id"].tolist()):
            known.setdefault(article_id, set()).add(int(sentence_id))
    blocks = []
    for article in articles:
        if claims is not None:
            with_figures = known.get(article.article_id, set())
        else:
            with_figures = {row[_SENTENCE_ID] for row in _claim_rows(article)}
        blocks.append((article.article_id, _sentence_rows(article, with_figures)))
    return _sorted_table(blocks, SENTENCE_CLAIM_COLUMNS, {"sentence_id": "int64", "is_claim": "bool"},
                         ["article_id", "sentence_id"])


# --- headline check ----------------------------------------------------------------------------


def _round_sig(value: float, digits: int) -> float:
    if value == 0:
        return 0.0
    return float(f"{value:.{digits}g}")


def headline_verdict(low: float, high: float, body_low: float, body_high: float) -> str:
    """How a headline figure stands to one body figure.

    supported: same value or range; top/bottom of range: the headline's point value is the
    body range's high or low end ("400" against "300 to 400"); within range: inside it;
    rounded up/down: the headline is the body value rounded to one to three significant
    figures (1,730 -> 2,000 up, 1,700 down); differs: none of these.
    """
    if low == body_low and high == body_high:
        return "supported"
    if low == high:
        if body_low < body_high:
            if low == body_high:
                return "top of range"
            if low == body_low:
                return "bottom of range"
            if body_low < low < body_high:
                return "within range"
            reference = body_high if low > body_high else body_low
        else:
            reference = body_low
        for digits in (1, 2, 3):
            if _round_sig(reference, digits) == low:
                return "rounded up" if low > reference else "rounded down"
        return "differs"
    if body_low <= low and high <= body_high:
        return "within range"
    return "differs"


def headline_check(claims: pd.DataFrame) -> pd.DataFrame:
    """Each title and standfirst figure beside the best-matching body figure of its article.

    Body figures qualify when they have the same ``kind`` and ``period``; the verdict is the
    strongest in ``VERDICTS`` order over them (first body figure on a tie), and
    "unsupported" when no body figure qualifies.  Takes ``corpus.claims``.
    """
    heads = claims[claims["part"].isin(["title", "standfirst"])]
    body = claims[claims["part"] == "body"]
    rows = []
    rank = {verdict: index for index, verdict in enumerate(VERDICTS)}
    for head in heads.itertuples(index=False):
        candidates = body[
            (body["article_id"] == head.article_id) & (body["kind"] == head.kind) & (body["period"] == head.period)
        ]
        best, best_verdict = None, "unsupported"
        for candidate in candidates.itertuples(index=False):
            verdict = headline_verdict(head.value_low, head.value_high, candidate.value_low, candidate.value_high)
            if best is None or rank[verdict] < rank[best_verdict]:
                best, best_verdict = candidate, verdict
        rows.append({
            "article_id": head.article_id, "claim_id": head.claim_id, "part": head.part,
            "surface": head.surface, "value_low": head.value_low, "value_high": head.value_high,
            "unit": head.unit, "kind": head.kind, "period": head.period,
            "body_claim_id": best.claim_id if best is not None else "",
            "body_surface": best.surface if best is not None else "",
            "body_value_low": best.value_low if best is not None else float("nan"),
            "body_value_high": best.value_high if best is not None else float("nan"),
            "body_unit": best.unit if best is not None else "",
            "verdict": best_verdict,
        })
    frame = pd.DataFrame(rows, columns=HEADLINE_CHECK_COLUMNS).astype(
        {"value_low": "float64", "value_high": "float64", "body_value_low": "float64", "body_value_high": "float64"}
    )
    return frame.sort_values(["article_id", "claim_id"], kind="stable").reset_index(drop=True)


# --- summaries for notebooks ---------------------------------------------------------------------


def hedged_counts(claims: pd.DataFrame) -> pd.DataFrame:
    """Firm and hedged figure counts per kind (kinds in ``KINDS`` order, only those present)."""
    counts = (
        claims.assign(status=claims["hedged"].map({True: "hedged", False: "firm"}))
        .groupby(["kind", "status"]).size().unstack("status", fill_value=0)
        .reindex(columns=["firm", "hedged"], fill_value=0)
    )
    order = [kind for kind in KINDS if kind in counts.index]
    counts = counts.reindex(order)
    counts.columns.name = None
    return counts.astype("int64")


def claim_highlights(claims: pd.DataFrame, article_id: str) -> list:
    """``helpers.display.Highlight`` marks for one article's figures (class "hedged" when hedged)."""
    from helpers.display import Highlight

    rows = claims[claims["article_id"] == article_id]
    return [
        Highlight(int(row.start), int(row.end), _highlight_label(row), "hedged" if row.hedged else "")
        for row in rows.itertuples(index=False)
    ]


def _highlight_label(row) -> str:
    parts = [row.kind, row.unit, f"per {row.period}" if row.period else "", row.approx, row.scope,
             f"hedge: {row.hedge_cue}" if row.hedged else ""]
    return " · ".join(part for part in parts if part)
