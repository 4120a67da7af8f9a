"""Compiled patterns and word sets of the English figure reader, built once from the lexicon.

Speed: the figure pattern is only tried where a number can start (a digit run found in one
pass over the article, or a number word found by a set intersection with its tokens).  Cue
families ("every day", "reportedly", "over the past day") are matched on the lower-cased
sentence, case-sensitively and without a leading look-behind, so that the engine skips to
their first letters in C; each is tried only when the sentence shares a word with it.  Word
lists are compiled as tries (``helpers.regex``).
"""

from __future__ import annotations

import re

from helpers import lexicon
from helpers.morphology import verb_forms
from helpers.regex import alternation as _alt, family_words as _family_words, phrase_alternation as _phrase_alt
from helpers.regex import with_marks as _with_marks

LANG = "en"

SMALL_WORDS = lexicon.FIGURE_NUMBER_WORDS[LANG]
SCALE_WORDS = lexicon.SCALE_WORDS[LANG]
SCALE_SUFFIXES = lexicon.SCALE_SUFFIXES[LANG]
VAGUE = lexicon.VAGUE_QUANTITIES[LANG]
_MONTH_NAMES = [form for name in lexicon.MONTHS[LANG] for form in (name.capitalize(), name.upper())]
_MONTH_ALT = _alt(_MONTH_NAMES)
_MONTH_LOW = _alt(lexicon.MONTHS[LANG])
MONTHS_AND_DAYS = frozenset(lexicon.MONTHS[LANG]) | frozenset(lexicon.WEEKDAYS[LANG])
_CURRENCY_SIGNS = lexicon.CURRENCY_SIGNS[LANG]

_WORD_TOKEN = rf"(?:{_alt(SMALL_WORDS, ignore_case=True)}|{_alt(SCALE_WORDS, ignore_case=True)})\b"
_MULTIPLIER_BEFORE_AND = "|".join(f"(?<={word})" for word in SCALE_WORDS)
_WORDNUM = (
    rf"(?i:\b(?:an?[ \t]+(?=(?:{_alt(SCALE_WORDS, ignore_case=True)})\b))?{_WORD_TOKEN}"
    rf"(?:(?:[ \t]*-[ \t]*|[ \t]+|(?:{_MULTIPLIER_BEFORE_AND})[ \t]+and[ \t]+){_WORD_TOKEN})*"
    rf"(?:(?:[ \t]+|-)and(?:[ \t]+|-)a(?:[ \t]+|-)half\b(?:[ \t]+(?:thousand|million|billion)\b)?)?)"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+|\d+)(?:\.\d+)?"
_SCALE = rf"(?:[ \t\u00a0]*(?i:{_alt(SCALE_WORDS, ignore_case=True)})\b|[ \u00a0]?(?i:{_alt((k for k in SCALE_SUFFIXES if len(k) > 1), ignore_case=True)})(?![\w])|(?i:k)(?![\w])|[mb](?![\w]))"
_CURRENCY = rf"(?:{_alt(_CURRENCY_SIGNS)})[ \t]?"
_PCT = r"(?:[ \t]?%|[ \t]+(?i:per[ \t]?cent|percent)\b)"
_AFTER = rf"(?:[ \t]*\+(?!\d)|[ \t]+(?i:{_phrase_alt((c for c in lexicon.APPROX_AFTER[LANG] if c != '+'), ignore_case=True)})\b)"
_RANGE_SEP = r"(?:[ \t]*[-–—][ \t]*|[ \t]+(?i:to|or)[ \t]+)"


def _quantity(n: int) -> str:
    """A quantity with numbered groups: currency, digits and scale, or words."""
    return rf"(?P<q{n}>(?P<cur{n}>{_CURRENCY})?(?:(?P<dig{n}>{_DIGITS})(?P<sc{n}>{_SCALE})?|(?P<w{n}>{_WORDNUM})))"


#: A number expression, tried at an anchor (a digit run, a currency sign or a number word):
#: a quantity, optionally a range, a percent sign and an approximator after it; or a vague
#: quantity word.  Prefixes ("up to", "between", "from") are read by looking back.
FIGURE = re.compile(
    rf"{_quantity(1)}(?:(?P<qp1>{_PCT})?(?P<sep>{_RANGE_SEP}){_quantity(2)})?(?P<pct>{_PCT})?(?P<after>{_AFTER})?"
    rf"|(?P<vague>(?i:\b(?:{_alt(VAGUE, ignore_case=True)})\b))"
)
AND_QUANTITY = re.compile(rf"[ \t]+(?i:and)[ \t]+{_quantity(2)}(?P<pct>{_PCT})?")
TIME_AFTER = re.compile(rf"(?i:[ \t]*(?:{_phrase_alt(lexicon.TIME_OF_DAY[LANG], ignore_case=True)})(?![\w]))")
DIGIT_RUN = re.compile(r"[0-9][0-9,.]*")
WORDS_BEFORE_NUMBER = re.compile(
    rf"(?i:(?<![\w-])(?:(?:an?|{_alt(SMALL_WORDS, ignore_case=True)}|{_alt(SCALE_WORDS, ignore_case=True)})(?:[ \t]*-[ \t]*|[ \t]+)(?:and[ \t]+)?)+)$"
)

UNIT_RUN = re.compile(r"(?:[ \t\u00a0\u202f\u2009]+[A-Za-z\u00c0-\u024f\u0400-\u04ff][\w’'\-²]*){1,9}")
#: The rest of a coordinated list after its first item, up to the conjunction before the last
#: ("120 Shahed-type|, Gerbera-type, Italmas-type, and other| strike drones"): the counted noun
#: is the head of the last item.
LIST_TAIL = re.compile(r"(?:,[ \t]+[^\W\d][\w’'\-]*(?:[ \t]+[^\W\d][\w’'\-]*)?){0,6},?[ \t]+(?:and|or)(?:[ \t]+other)?(?=[ \t])")
#: A figure in an equation or a rate quote ("1.1767 USD = 1 EUR"): the number before "=" ...
EQUATION_AFTER = re.compile(r"[ \t]*(?:[A-Za-z€$£₴₽]{1,4}[ \t]*)?=")
#: ... and after it.
EQUATION_BEFORE = re.compile(r"=[ \t]*$")
#: "of (the)" before the counted noun; a no-break space counts as a space ("80%\xa0of Russia’s\xa0territory").
OF_DETERMINER = re.compile(
    r"[ \t\u00a0]+of(?:[ \t\u00a0]+(?:the|all|all[ \t\u00a0]+the|all[ \t\u00a0]+of[ \t\u00a0]+the|its|their|his|her|our|"
    r"your|these|those|this|that))?(?=[ \t\u00a0])",
    re.IGNORECASE,
)
OF_THE_ONLY = re.compile(
    r"[ \t\u00a0]+of[ \t\u00a0]+(?:the|all[ \t\u00a0]+the|its|their|his|her|our|your|these|those)(?=[ \t\u00a0])",
    re.IGNORECASE,
)
#: An editor's insertion in square brackets between a figure and its noun ("three million
#: [first-person view] drones"): read over.  A footnote mark ("[12]", "[[xxiii]]") is not one.
EDITORIAL_INSERTION = re.compile(r"[ \t\u00a0]+\[[A-Za-z][^\[\]\n]{0,39}\](?=[ \t\u00a0])")
#: Clause breaks: ";", ": ", a spaced dash, ", but/while/and ..." and a bare " but " / " whereas ".
CLAUSE_BREAK = re.compile(
    r";|:(?=\s)|–(?<=\s–)(?=\s)|—(?<=\s—)(?=\s)|,(?=\s+(?:but|while|whereas|although|though|yet|and|as)\b)"
)
BARE_BREAKS = (" but ", " whereas ")

HEDGE = re.compile(_phrase_alt(lexicon.HEDGE_CUES[LANG]))
HEDGE_WORDS = _family_words(lexicon.HEDGE_CUES[LANG])
PERIOD_OF = {" ".join(cue.split()): period for period, cues in lexicon.PERIOD_CUES[LANG].items() for cue in cues}
PERIOD = re.compile(_phrase_alt(PERIOD_OF))
PERIOD_WORDS = _family_words(PERIOD_OF)
NOT_RATE_BEFORE = frozenset({"for", "within", "than", "after", "only", "nearly", "almost", "about", "over",
                              "around", "roughly", "half"})
RATE_ADVERBS = frozenset({"daily", "weekly", "monthly", "yearly", "annual", "annually", "nightly"})
NOT_RATE_AFTER = re.compile(r"[\w-]|\s+(?:later|ago|after|before|earlier|long|or\s+two|and\s+a\s+half)\b")
_WINDOW_COUNT = rf"(?:(?:\d+|{_alt(SMALL_WORDS)}|few|several|couple\s+of)\s+)?(?:{_phrase_alt(lexicon.WINDOW_UNITS[LANG])})\b"
WINDOW = re.compile(
    "|".join(rf"{_phrase_alt([opener])}\s+{_WINDOW_COUNT}" for opener in sorted(lexicon.WINDOW_OPENERS[LANG], key=len, reverse=True))
    + rf"|{_phrase_alt(lexicon.WINDOW_PHRASES[LANG])}"
    + rf"|since[ \t]+(?:(?:{_MONTH_LOW})\.?[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?|\d{{1,2}}[ \t]+(?:{_MONTH_LOW})"
    rf"(?:[ \t]+\d{{4}})?|(?:{_MONTH_LOW})[ \t]+\d{{4}}|(?:19|20)\d\d)\b"
)
_WINDOW_LEAD_STOP = frozenset({"the", "a", "an", "of", "in", "to", "so", "for", "over", "within", "on"})
#: The first telling word of each window phrase ("past", "last", "since", "yesterday"): a
#: sentence without one of them has no window, whatever other time words it holds.
WINDOW_WORDS = _with_marks(
    next((word for word in phrase.split() if word not in _WINDOW_LEAD_STOP), phrase.split()[-1])
    for phrase in lexicon.WINDOW_OPENERS[LANG] + lexicon.WINDOW_PHRASES[LANG] + ("since",)
)
WINDOW_YEAR = re.compile(
    rf"(?:In|in|During|during|Throughout|throughout|As of|as of)[ \t]+(?:(?:{_MONTH_ALT})[ \t]+)?(?:19|20)\d\d\b(?![-–]\d)"
)
YEAR_HINT = re.compile(r"(?:19|20)\d\d")
#: A place after a scope preposition, ending its phrase ("in Kursk Oblast," but not
#: "in Donetsk Oblast push"): the name is looked up right after each " in ", " near " ...
#: What may follow a place that ends its phrase: "in Kursk Oblast," but not "in Donetsk Oblast push".
ENDS_PHRASE = re.compile(
    r"\s*(?:[,.;:!?)\]”\"]|$)|\s+(?:and|on|over|in|since|during|after|before|at|by|from|with|while|but|"
    r"this|last|yesterday|overnight|as|according|said|says|near|alone|itself|every|each|per|a|daily)\b"
)
#: A scope preposition right before a place ("in Kursk Oblast", "near the Pokrovsk"), read on lower case.
SCOPE_BEFORE = re.compile(rf"(?<![\w])(?:{_alt(lexicon.SCOPE_PREPOSITIONS[LANG])}) (?:the )?$")
#: Every word form the cue families of ``_Context`` start from.
CUE_WORDS = HEDGE_WORDS | PERIOD_WORDS | WINDOW_WORDS
KIND_NOUN = re.compile(rf"(?i:\b(?:{_phrase_alt((form for w in lexicon.KIND_NOUNS[LANG] for form in (w, w + 's', w + 'es', w[:-1] + 'ies')), ignore_case=True)})\b)")


CASUALTY_PHRASES = tuple(cue for cue in lexicon.CASUALTY_VERBS[LANG] if " " in cue)
#: Casualty verb forms ("killed", "lost"), looked up among the sentence's words stripped of
#: the marks ``str.split`` leaves on them ("‘Lost,").
CASUALTY_BARE = frozenset(
    form for cue in lexicon.CASUALTY_VERBS[LANG] if " " not in cue for form in verb_forms(cue, double_final=True)
)
#: The casualty cues that are verbs ("killed", "lost"), not nouns ("deaths", "casualties").
CASUALTY_VERB_FORMS = frozenset(
    form for cue in lexicon.CASUALTY_VERBS[LANG] if " " not in cue and cue.rstrip("s") not in lexicon.KIND_NOUNS[LANG]
    and cue not in ("casualties", "dead") for form in verb_forms(cue, double_final=True)
)
DISPLACEMENT = re.compile(rf"(?<![\w-])(?:{_phrase_alt(lexicon.DISPLACEMENT_CUES[LANG])})(?![\w-])")
CAPTURE = re.compile(rf"(?<![\w-])(?:{_phrase_alt(lexicon.CAPTURE_CUES[LANG])})(?![\w-])")
AID_NOT_GOODS = lexicon.AID_NOT_GOODS[LANG]
AID_WORDS = lexicon.AID_WORDS[LANG]
AID_VERBS = lexicon.AID_VERBS[LANG]
AID_SUPPLY_VERBS = lexicon.AID_SUPPLY_VERBS[LANG]
AID_REACH_VERBS = lexicon.AID_REACH_VERBS[LANG]
#: An aid word, but not "sanctions relief", "debt relief" or "tax relief".
HEAD_NOUN_FOLLOWERS = lexicon.HEAD_NOUN_FOLLOWERS[LANG]
#: Aid named right after goods: "157,000 tonnes of aid", "tents as humanitarian relief".
OF_AID = re.compile(rf"[ \t]+(?:of|in|as)[ \t]+(?:[a-z]+[ \t]+)?(?:{_alt(w for w in AID_WORDS if w != 'humanitarian')})\b",
                    re.IGNORECASE)
AID_CUE = re.compile(rf"(?<![\w-])(?<!sanctions )(?<!debt )(?<!tax )(?:{_alt(AID_WORDS)})(?![\w-])")
#: The breaks that end the clause an aid word is looked for in: not ", and" or ", as", which
#: also split a list ("in military, financial, and humanitarian aid").
STRONG_BREAK = re.compile(r";|:(?=\s)|–(?<=\s–)(?=\s)|—(?<=\s—)(?=\s)|,(?=\s+(?:but|while|whereas|although|though|yet)\b)")
ATTEMPT_UNITS = lexicon.ATTEMPT_UNITS[LANG]
ADVANCE_WORDS = lexicon.ADVANCE_WORDS[LANG]
STRUCK_PLACES = lexicon.STRUCK_PLACES[LANG]
STRIKE_WORDS = lexicon.STRIKE_WORDS[LANG]
UNIT_PARTICIPLES = lexicon.UNIT_PARTICIPLES[LANG]
NOT_CLAIM_UNITS = lexicon.NOT_CLAIM_UNITS[LANG]
PREDICATE_LINKS = lexicon.PREDICATE_LINKS[LANG]
GENERIC_PEOPLE = lexicon.GENERIC_PEOPLE[LANG]
CASUALTY_PARTICIPLES = lexicon.CASUALTY_PARTICIPLES[LANG]
MUNITION_NOUNS = lexicon.MUNITION_NOUNS[LANG]
#: Verb forms (and nouns) that supply, deliver or produce munitions ("arrived", "delivered").
SUPPLY_FORMS = lexicon.SUPPLY_VERBS[LANG]
LAUNCH_WORDS = lexicon.LAUNCH_WORDS[LANG]
SPEND_VERBS = lexicon.SPEND_VERBS[LANG]
AID_GOODS = lexicon.AID_GOODS[LANG]
#: "... 157 each": the figure splits the one before it.
SPLIT_AFTER = re.compile(rf"[ \t]+(?:{_phrase_alt(lexicon.SPLIT_AFTER[LANG])})\b", re.IGNORECASE)
#: "down from (about) 26 percent": the figure restates the one before it (up to two words between).
RESTATE_BEFORE = re.compile(rf"(?<![\w-])(?:{_phrase_alt(lexicon.RESTATE_BEFORE[LANG])})[ \t]+(?:[\w-]+[ \t]+){{0,2}}$",
                            re.IGNORECASE)
TERRITORY_PREDICATE = re.compile(rf"(?:{_phrase_alt(lexicon.TERRITORY_PREDICATES[LANG])})\b")
FORCES_PREDICATE = re.compile(rf"(?:{_phrase_alt(lexicon.FORCES_PREDICATES[LANG])})\b")
#: "84 to the US dollar": a figure without a noun quoted against a currency is an exchange rate.
EXCHANGE_RATE = re.compile(
    rf"[ \t]+(?:to|per|against)[ \t]+(?:the[ \t]+|one[ \t]+|a[ \t]+|1[ \t]+)?(?:(?:US|U\.S\.)[ \t]+)?"
    rf"(?:{_alt(w for w in lexicon.CURRENCY_WORDS[LANG] if len(w) > 3 and not w.endswith('s'))})\b",
    re.IGNORECASE,
)
#: Event verb forms ("struck", "repelled", "launches"), for the words a count may follow.
EVENT_FORMS = frozenset(form for verb in lexicon.EVENT_VERBS[LANG] for form in verb_forms(verb, double_final=True)) \
    | frozenset(lexicon.EVENT_VERBS_IRREGULAR[LANG])

APPROX_BEFORE = frozenset(" ".join(cue.split()) for cue in lexicon.APPROX_BEFORE[LANG])
APPROX_LONGEST = max(len(cue.split()) for cue in APPROX_BEFORE)
#: Last words of the approximators: only a figure after one of them can have one before it.
APPROX_LAST_WORDS = frozenset(cue.split()[-1] for cue in APPROX_BEFORE)
CHANGE = frozenset(lexicon.CHANGE_VERBS[LANG])
LABELS = lexicon.LABEL_WORDS[LANG]
TIME_UNITS = lexicon.DURATION_UNITS[LANG]
DEFINITE = lexicon.DEFINITE_BEFORE[LANG]
STOP = lexicon.UNIT_STOPWORDS[LANG]
MASS = lexicon.MASS_NOUNS[LANG]
RATE_ADJ = lexicon.RATE_ADJECTIVES[LANG]
KIND_NOUNS = lexicon.KIND_NOUNS[LANG]
CURRENCY_WORDS = lexicon.CURRENCY_WORDS[LANG]
CURRENCY_CHARS = frozenset(sign for sign in _CURRENCY_SIGNS if len(sign) == 1)
CURRENCY_CODES = frozenset(sign for sign in _CURRENCY_SIGNS if len(sign) > 1)
GLUE_BEFORE = frozenset("-/#.:_=+@&%\\‑’'")
PUNCT = ",.;:!?()[]“”\"'‘’"
POSSESSIVES = frozenset({"their", "its", "his", "her"})
PARTICIPLE_HEADS = frozenset({"killed", "wounded", "injured", "dead", "missing", "displaced", "evacuated"})


def _number_word_triggers() -> frozenset[str]:
    """Tokens (as ``str.split`` cuts them) that open a number written in words."""
    words = set(SMALL_WORDS) | set(SCALE_WORDS) | {phrase.split()[0] for phrase in VAGUE}
    words |= {f"{tens}-{unit}" for tens, value in SMALL_WORDS.items() if value >= 20
              for unit, small in SMALL_WORDS.items() if 0 < small < 10}
    words |= {f"{unit}-and-a-half" for unit, value in SMALL_WORDS.items() if 0 < value <= 10}
    words -= {"one", "zero"}  # "one" alone is a determiner; "one hundred" is found by "hundred"
    return _with_marks({form for word in words for form in (word, word.capitalize(), word.upper())})


WORD_TRIGGERS = _number_word_triggers()
#: "several dozen", "a few hundred": read as the vague plural ("dozens", "hundreds").
VAGUE_BEFORE = frozenset({"several", "few", "many", "some"})
VAGUE_OF = {"dozen": VAGUE["dozens"], "hundred": VAGUE["hundreds"], "thousand": VAGUE["thousands"],
             "million": VAGUE["millions"]}
