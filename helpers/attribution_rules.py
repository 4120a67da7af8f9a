"""Attribution cues, their sources and contents, found by rule in an article's text.

This is the pattern-matching layer under ``helpers.sources``: it finds every *cue* (a
reporting verb such as "said", a belief or intention verb such as "believes" or "wants",
"according to", an attributing adverb such as "reportedly", a colon before a quotation),
the *source* the cue credits (the noun phrase before the verb, after it in an inverted
"said Commander Example", or after "according to") and the *content* (the reported clause
or the quotation).  ``helpers.sources`` turns these spans into speakers, roles and chains.

Method: rule-based pattern matching over the raw text, in the spirit of textacy's
``extract.triples.direct_quotations`` but without a parser or tagger.  Cue words are found
by one set intersection of the article's words with every inflected form of
``lexicon.CUE_VERBS``; the noun phrase before a cue is read by walking back over the
words before it (name, determiner phrase, pronoun, apposition between commas), and the
one after an inverted cue by an anchored expression.  The cue inventory and conventions
(auxiliaries belong to the cue, "who" is the source of a relative clause, beliefs and
intentions are attributions too) follow PARC 3.0 (Pareti 2016) and PolNeAR (Newell,
Margolin & Ruths, LREC 2018), against whose train split the rules were tuned
(``benchmarks/eval_attribution.py``).

Conventions taken from PolNeAR's annotation (each measured on its train split):

* a cue inside a direct quotation is the quoted speaker's words, not a new attribution;
* a belief, intention or judgement inside the content of another cue ("he said they
  believe ...") belongs to that statement; a nested speech cue still counts;
* auxiliaries and adverbs before the verb belong to the cue ("has also said"), and so do
  a particle ("pointed out", "warned of") and "in a statement";
* a source is the noun phrase as written, pronouns and a relative "who" included; the
  phrase a "who" stands for is given as its ``antecedent``;
* "X seemed ...", and a passive without its agent ("X was asked"), have a cue but no
  source (kind ``seem`` / ``passive``); "X was quoted as saying" keeps X;
* a participle after a comma ("..., noting that") takes the subject of its sentence, never
  the object before the comma; particles ("railed against") and adverbs ("strongly
  criticized") belong to the cue;
* acts and attitudes PolNeAR counts that state nothing -- a negated or modal verb group
  ("did not mention", "would ask"), "agreed to" without a that-clause, "continued to", a
  base form after a common plural noun, and the forms mined from train
  (``lexicon.CUE_MINED_FORMS``: "voted", "pledged") -- are kind ``act``, never a statement
  row in ``helpers.sources``;
* an apposition between dashes gives a role like one between commas ("Name — a role —
  says"); a name opened by a bracket or quotation mark starts after it ("(Example News
  estimates"); "she's said" is a pronoun and an auxiliary, not a possessive; a noun
  homograph right before a colon or a quotation mark is a verb ("the website notes: ...");
* checked on real war reporting: a speech verb that takes no object is an act when a noun
  follows it ("Russian forces continued offensive operations", "strikes added pressure"); a
  participle before a plural noun or after a preposition is an adjective ("did not make
  confirmed advances", "amid continued fighting"); the object inside a "who" clause is not
  the source ("Officials who spoke to Example said"); an inverted cue's source must name a
  person, body or document, not an object ("..., underscored the deadlock between ...");
  words of web addresses, Markdown marks, zero-width marks and footnote numbers stay out of
  cues and sources.

Everything returned points into the text: ``text[cue_start:cue_end]`` is the cue as
written, and likewise for the source, role and content.  When no noun phrase is in reach
the source stays empty rather than guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import NamedTuple, Sequence

from helpers.lexicon import (
    CUE_ADVERBS,
    CUE_AUXILIARIES,
    CUE_BASE_FORMS,
    CUE_CHAIN_LEADERS,
    CUE_CLITICS,
    CUE_COMPLEMENTS,
    CUE_FORM_EXCLUSIONS,
    CUE_IRREGULAR,
    CUE_MINED_FORMS,
    CUE_NAMING_VERBS,
    CUE_NO_ING,
    CUE_NOT_BEFORE,
    CUE_NOUN_HOMOGRAPHS,
    CUE_PARTICLE_ONLY,
    CUE_PARTICLES,
    CUE_VERBS,
    EVIDENCE_NOUNS,
    NAME_TITLES,
    INDEFINITE_DETERMINERS,
    NOT_NAME_WORDS,
    SOURCE_DETERMINERS,
    SOURCE_GRAMMAR,
    SOURCE_NOUNS,
    STATEMENT_NOUNS,
)
from helpers.text import PROSE_PARTS

LANGUAGE = "en"


class CueMatch(NamedTuple):
    """One attribution found by rule: cue, source and content spans (None when absent).

    ``kind`` is the kind of cue (``speech``, ``stance``, ``belief``, ``intent``,
    ``evidence``, ``seem``, ``judgement``, ``act``, ``passive``, ``according``, ``adverb``,
    ``colon``); ``source_kind`` the
    shape of the source (``name``, ``noun``, ``pronoun``, ``relative``, ``phrase``, or
    ``""`` when there is none); ``antecedent`` is the noun phrase a relative "who" stands
    for; ``role`` the apposition beside the source ("Name, a role, said").
    """

    cue_start: int
    cue_end: int
    lemma: str
    kind: str
    sentence: int  # index into the sentence spans given to ``find_cues``
    source_start: int | None = None
    source_end: int | None = None
    source_kind: str = ""
    antecedent_start: int | None = None
    antecedent_end: int | None = None
    role_start: int | None = None
    role_end: int | None = None
    content_start: int | None = None
    content_end: int | None = None
    quoted: bool = False
    inverted: bool = False


#: Builds a NamedTuple from a tuple of all its fields, without the Python-level ``__new__``.
_new_tuple = tuple.__new__


class Quote(NamedTuple):
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool  # False when the text never closes it (it then ends with its paragraph)


# --- the cue inventory -----------------------------------------------------------------------


def inflections(lemma: str, irregular: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Surface forms of an English verb and which form each is: base, s, past, ing."""
    if lemma in irregular:
        found = {lemma: "base"}
        for form, name in zip(irregular[lemma], ("s", "past", "ing", "past", "ing")):
            found.setdefault(form, name)
        return found
    consonant_y = lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "i", "o", "u")
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif consonant_y:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("ee"):
        past, ing = lemma + "d", lemma + "ing"
    elif lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif consonant_y:
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    return {lemma: "base", third: "s", past: "past", ing: "ing"}


def _cue_forms(language: str) -> dict[str, tuple[str, str, str]]:
    """surface form -> (lemma, kind, form); a lemma listed under several kinds keeps the first,
    and the forms of ``lexicon.CUE_FORM_EXCLUSIONS`` are left out."""
    forms: dict[str, tuple[str, str, str]] = {}
    for kind, lemmas in CUE_VERBS[language].items():
        for lemma in lemmas:
            for surface, form in inflections(lemma, CUE_IRREGULAR[language]).items():
                forms.setdefault(surface, (lemma, kind, form))
    for surface in CUE_FORM_EXCLUSIONS[language]:
        forms.pop(surface, None)
    for form, surfaces in CUE_MINED_FORMS[language].items():
        for surface in surfaces:
            forms.setdefault(surface, (surface, "act", form))
    return forms


CUE_FORMS = _cue_forms(LANGUAGE)
#: Leaders of a "to"-infinitive cue ("tried to explain"); a leader that is a cue itself
#: ("attempted", "decided") makes its own cue, so it is left out here.
CHAIN_LEADERS = frozenset(word for word in CUE_CHAIN_LEADERS[LANGUAGE] if word not in CUE_FORMS)
PARTICLES = CUE_PARTICLES[LANGUAGE]
#: Particles taken into the cue of a verb that lists none of its own ("railed against").
GENERAL_PARTICLES = PARTICLES["*"]
PARTICLE_ONLY = CUE_PARTICLE_ONLY[LANGUAGE]
BASE_FORMS = CUE_BASE_FORMS[LANGUAGE]
NO_ING = CUE_NO_ING[LANGUAGE]
COMPLEMENTS = CUE_COMPLEMENTS[LANGUAGE]
NOUN_HOMOGRAPHS = CUE_NOUN_HOMOGRAPHS[LANGUAGE]
ADVERB_CUES = frozenset(CUE_ADVERBS[LANGUAGE])
AUXILIARIES = frozenset(CUE_AUXILIARIES[LANGUAGE])
CLITICS = CUE_CLITICS[LANGUAGE]
NOT_BEFORE = CUE_NOT_BEFORE[LANGUAGE]
NAMING_VERBS = CUE_NAMING_VERBS[LANGUAGE]
INDEFINITES = INDEFINITE_DETERMINERS[LANGUAGE]
DETERMINERS = frozenset(SOURCE_DETERMINERS[LANGUAGE])
NOUN_SOURCES = SOURCE_NOUNS[LANGUAGE]
NOT_NAME = NOT_NAME_WORDS[LANGUAGE]
EVIDENCE = EVIDENCE_NOUNS[LANGUAGE]
MEDIA = STATEMENT_NOUNS[LANGUAGE]
GRAMMAR = SOURCE_GRAMMAR[LANGUAGE]
PRONOUNS = GRAMMAR["pronouns"]
RELATIVES = GRAMMAR["relatives"]
FUNCTION_WORDS = GRAMMAR["function_words"]
NAME_PARTICLES = GRAMMAR["name_particles"]
ADVERBIALS = GRAMMAR["adverbials"]
TIME_NOUNS = GRAMMAR["time_nouns"]
TIME_OPENERS = GRAMMAR["time_openers"]
WEEKDAYS = GRAMMAR["weekdays"]
NOT_ADVERBS = GRAMMAR["not_adverbs"]
PRONOMINAL_DETERMINERS = GRAMMAR["pronominal_determiners"]
PREPOSITIONS = GRAMMAR["attaching_prepositions"]
NOUN_MARKERS = GRAMMAR["noun_markers"]
COORDINATORS = GRAMMAR["coordinators"]
BE_FORMS = GRAMMAR["be_forms"]
MODALS = GRAMMAR["modals"]
PLURAL_PRONOUNS = frozenset({"they", "we", "i", "you"})
NO_INVERSION = GRAMMAR["no_inversion"]
NO_OBJECT_SPEECH = GRAMMAR["no_object_speech"]
ADJECTIVE_PREPOSITIONS = GRAMMAR["adjective_prepositions"]
OBJECT_SPEECH = GRAMMAR["object_speech"]
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "it"})
PERSON_NOUNS = GRAMMAR["person_nouns"] | EVIDENCE | NAME_TITLES[LANGUAGE]
AFTER_SPEECH_VERB = GRAMMAR["after_speech_verb"]
NOT_SUBJECT_BEFORE = GRAMMAR["not_subject_before"]
IN_EVIDENCE = GRAMMAR["in_evidence"]
COLON_LABELS = GRAMMAR["colon_labels"]
PLURAL_HEADS = GRAMMAR["plural_heads"]
PLURAL_ENDINGS = ("s", *PLURAL_HEADS)
PLURAL_QUANTIFIERS = GRAMMAR["plural_quantifiers"]
NOT_PLURAL = ("ss", "us", "is", "ics", "ous", "ness", "'s", "’s")
#: Words that cannot follow a subject as its verb ("Example and ...", "Example of ...").
NOT_VERBS = NOT_SUBJECT_BEFORE | {"and", "or", "but", "that", "which", "who"}
#: Words after a verb that cannot open an inverted subject ("said that", "said in").
NOT_INVERTED_SUBJECT = FUNCTION_WORDS - {
    "he", "she", "they", "it", "we", "i", "the", "a", "an", "his", "her", "their", "its", "this", "these", "those",
    "our", "my", "your",
}

#: Cue kinds that need a source in reach: without one "supported" or "plans" is no attribution.
NEEDS_SOURCE = frozenset({"stance", "belief", "intent", "evidence", "seem", "judgement", "act"})
#: Verb cue kinds that can make a statement; negated ("did not say") they become acts.
STATEMENT_VERB_KINDS = frozenset({"speech", "stance"})
#: Cue kinds that still count inside the content of another cue ("X said Y told him ...");
#: a belief or intention there ("he said they believe") is part of the outer statement,
#: as PolNeAR annotates it.
NESTED_KINDS = frozenset({"speech", "according"})

#: Every word that can start a cue, as bytes: the article's words are intersected with it.
_CUE_WORDS = frozenset(
    word.encode() for word in (*CUE_FORMS, *(w.capitalize() for w in CUE_FORMS), *ADVERB_CUES,
                               *(w.capitalize() for w in ADVERB_CUES), *IN_EVIDENCE, "according", "According")
)
_DECODED = {word: word.decode() for word in _CUE_WORDS}
#: Each cue word between spaces, the needle ``_cue_words`` looks for.
_NEEDLES = {word: b" " + word + b" " for word in _CUE_WORDS}
#: Bytes that are not ASCII letters or hyphens become spaces, so ``split`` yields words.
_WORD_BYTES = bytes(
    byte if (65 <= byte <= 90 or 97 <= byte <= 122 or byte == 45) else 32 for byte in range(256)
)


def _cue_action(word: str) -> tuple[str, tuple[str, str, str] | None]:
    """How ``find_cues`` reads a cue word: ``according``, ``in`` (an evidence noun after
    "in"), ``adverb``, or ``verb`` with its (lemma, kind, form) entry."""
    if word in ("according", "According"):
        return "according", None
    if word in IN_EVIDENCE:
        return "in", None
    if word.lower() in ADVERB_CUES:
        return "adverb", None
    return "verb", CUE_FORMS.get(word) or CUE_FORMS[word.lower()]


#: cue word -> (action, entry), decided once instead of for every occurrence.
_ACTIONS = {word: _cue_action(word) for word in _DECODED.values()}


@lru_cache(maxsize=16)
def _cue_word_set(kinds: frozenset[str] | None) -> frozenset[bytes]:
    """The cue words worth looking for when only verb cues of ``kinds`` are wanted (all the
    other words -- "according", adverbs, "in" -- are always wanted)."""
    if kinds is None:
        return _CUE_WORDS
    return frozenset(
        word for word in _CUE_WORDS
        if _ACTIONS[_DECODED[word]][0] != "verb" or _ACTIONS[_DECODED[word]][1][1] in kinds
    )


#: Marks that end an apposition's reach ("Name, a role, said" never spans them).
_APPOSITION_STOP = re.compile("[\"“”;:]")
#: Marks that may open a token: the phrase after them starts there ("(Forbes says").
_OPENERS = "(“\"‘[*_"  # "[" "*" "_": Markdown link text and emphasis
#: The last characters of a token that may close a phrase (``_closes`` decides).
_MAY_CLOSE = frozenset(",.;:!?\"“”()[]—–'’*_")
_SPACES = " \n\t\xa0\u2009\u202f\u200b\u200c\u200d\u2060\ufeff"  # zero-width marks too
#: Invisible characters some agencies put inside names (zero-width space, non-joiner, joiner, word joiner).
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
#: Characters before a word that make it part of a web address or a file name.
_IN_ADDRESS = frozenset("/_=&?#%@.")
_BOUNDARY = ",.;:!?\"“”()[]—–"
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Col|Lt|Maj|Capt|Sgt|Prof|St|Jr|Sr|Adm|Cpl|Pvt|Rev|Hon|Cmdr|Brig)\.")

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ"
_TITLE_ABBREVIATIONS = r"(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Col|Lt|Maj|Capt|Sgt|Prof|St|Jr|Sr|Adm|Cpl|Pvt|Rev|Hon|Cmdr|Brig)\."
CAPWORD = (
    rf"(?:{_TITLE_ABBREVIATIONS}|[{_UPPER}]\.(?:[{_UPPER}]\.)+|[{_UPPER}]\.(?=\s+[{_UPPER}])"
    rf"|[{_UPPER}][\w'’]*(?:[-/][\w'’]+)*)"
)
_NOT_NAME_ALTERNATION = "|".join(sorted({w.capitalize() for w in NOT_NAME if w.isalpha()}, key=len, reverse=True))
NAME = (
    rf"(?!(?:{_NOT_NAME_ALTERNATION})\b){CAPWORD}"
    rf"(?:\s+(?:{CAPWORD}|(?:de|da|di|van|von|der|den|al|el|bin|ibn|la|le|du|dos|del)(?=\s+[{_UPPER}])))*"
)
_FUNCTION_ALTERNATION = "|".join(sorted(FUNCTION_WORDS | {w.capitalize() for w in FUNCTION_WORDS}, key=len, reverse=True))
WORD = rf"(?!(?:{_FUNCTION_ALTERNATION})\b)[\w'’][\w'’.\-/&]*"
_DETERMINER_ALTERNATION = "|".join(sorted(DETERMINERS | {w.capitalize() for w in DETERMINERS}, key=len, reverse=True))
_SOURCE_NOUN_ALTERNATION = "|".join(sorted(NOUN_SOURCES, key=len, reverse=True))
DETERMINER_NP = (
    rf"(?:{_DETERMINER_ALTERNATION})\s+(?:{WORD}\s+){{0,4}}?{WORD}"
    rf"(?:\s+(?:of|for|at|from|with)\s+(?:(?:the|a|an)\s+)?(?:{WORD}\s+){{0,3}}?{WORD})?"
)

RIGHT_SOURCE = re.compile(
    rf"""\s+(?:(?P<pronoun>(?:he|she|they|I|we|it))(?![\w'’])
        |(?P<name>(?:(?:{WORD}|of)\s+){{0,5}}?{NAME})(?![\w'’])(?!['’]s)(?P<paren>\s*\([^()\n]{{1,60}}\))?
        |(?P<noun>{DETERMINER_NP})
        |(?P<bare>(?:{WORD}\s+){{0,2}}(?i:{_SOURCE_NOUN_ALTERNATION})(?![\w'’])))
    (?:\s*,\s*(?P<role>[^,;:"“”()\n]{{1,160}}?)(?=\s*(?:[.;!?]|,\s*["“]|$)))?
    (?=\s*(?:[,.;:!?)\]"“”'’—–]|$|\s(?:in|on|at|during|after|before|when|who|as|to|of|and)\b))""",
    re.VERBOSE,
)
SENTENCE_SUBJECT = re.compile(
    rf"""[\s"“‘'(—–-]*(?:(?P<pronoun>He|She|They|We|I|It)(?![\w'’])
        |(?P<name>{NAME})(?:\s*\([^()\n]{{1,40}}\))?(?:\s*,[^,;:\n]{{1,120}},)?
        |(?P<noun>(?:{_DETERMINER_ALTERNATION})\s+(?:{WORD}\s+){{0,5}}?{WORD}))
    (?=\s+(?:{WORD}\s+)?[a-z])""",
    re.VERBOSE,
)
PARTICLE = re.compile(r"\s+(out|for|on|to|about|of|in|up|at|against|with|back|off|as)\b")
#: What follows a noun homograph that is a verb: "the ad claims “...”", "the website notes:"
#: ("claims that" stays ambiguous: "other milblogger claims that ..." is a noun).
VERB_FOLLOWS = re.compile(r"\s*(?::|[\"“])")
#: "said in a statement" is one cue in PolNeAR; "said in an interview" mostly is not.
IN_A_STATEMENT = re.compile(r"\s+in\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?statement\b")

ACCORDING_SOURCE = re.compile(
    r"\s+(?P<source>[^,.;:!?\"“”()\n]{1,120}?)\s*(?=[,.;:!?\"“”()\n]|$|\s(?:that|who|which)\s)"
)
THAT = re.compile(r"[\s,:]*(?:that\b\s*)?")
BY_AGENT = re.compile(
    r"\s+by\s+(?P<source>[^,.;:!?\"“”()\n]{1,80}?)"
    r"(?=\s*(?:[,.;:!?\"“”()\n]|$|\s(?:as|for|in|on|at|to|that|after|before|when|during|over|because)\s))"
)

LINE_COLON = re.compile(rf"(?P<source>{NAME}|Q|A)\s*:\s+(?=\S)")
IN_EVIDENCE_BEFORE = re.compile(
    r"(?<![\w-])(?P<cue>[Ii]n)\s+(?P<source>(?:a|an|the|this|that|its|their|his|her|[\w.]+['’]s)\s+"
    r"(?:[\w/&.'’-]+\s+){0,5}?)$"
)
#: The tail of an "in a poll" source: "in a CNN poll released Sunday".
POLL_TAIL = re.compile(r"(?:\s+(?:released|conducted|published|taken)\b[^,.;]{0,60})?")


# --- quotations --------------------------------------------------------------------------------


def find_quotes(text: str, blocks: Sequence[tuple[int, int]]) -> list[Quote]:
    """Quotations in curly or straight marks, across sentences and paragraphs.

    Curly marks pair as opening and closing; straight marks (and the doubled apostrophe
    some newspapers use) alternate.  A quotation still open at the end of a paragraph goes
    on when the next paragraph opens with a quotation mark (the newspaper convention for
    a quotation over several paragraphs); otherwise it ends with its paragraph, marked
    ``closed=False`` so that a reader can see the text never closed it.
    """
    quotes: list[Quote] = []
    starts = [start for start, _ in blocks]
    open_at: int | None = None
    open_mark = ""
    open_block = -1
    for position, mark in _quote_marks(text):
        block = bisect_right(starts, position) - 1
        if block < 0 or position >= blocks[block][1]:
            continue
        if open_at is not None and block != open_block:
            if block == open_block + 1 and position == blocks[block][0] and mark != "”":
                open_block = block  # the quotation goes on in this paragraph
                continue
            end = blocks[open_block][1]
            quotes.append(Quote(open_at, end, open_at + len(open_mark), end, False))
            open_at = None
        if open_at is None:
            if mark != "”":
                open_at, open_mark, open_block = position, mark, block
            continue
        if mark == "“" and not _misturned_closer(text, position):
            continue  # a quotation inside a quotation, or a stray mark: keep the outer one
        quotes.append(Quote(open_at, position + len(mark), open_at + len(open_mark), position, True))
        open_at = None
    if open_at is not None:
        end = blocks[open_block][1]
        quotes.append(Quote(open_at, end, open_at + len(open_mark), end, False))
    return quotes


def _misturned_closer(text: str, position: int) -> bool:
    """An opening mark typed where a closing one belongs: after the quotation's last
    punctuation and before a space ('“It is unusual,“ said Jane Example')."""
    return position > 0 and text[position - 1] in ",.?!" and text[position + 1:position + 2] in ("", " ", "\n")


def _quote_marks(text: str) -> list[tuple[int, str]]:
    """(offset, mark) of every quotation mark: “ ” " and the doubled apostrophe ''."""
    marks = []
    for mark in ("“", "”", '"', "''"):
        position = text.find(mark)
        while position >= 0:
            marks.append((position, mark))
            position = text.find(mark, position + len(mark))
    marks.sort()
    return marks


# --- words around a cue ------------------------------------------------------------------------


def _token_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the white-space-delimited token ending at or before ``end``."""
    while end > lo and text[end - 1] in _SPACES:
        end -= 1
    if end <= lo:
        return None
    start = text.rfind(" ", lo, end) + 1
    if start <= lo:
        start = lo
    newline = text.rfind("\n", start, end)
    if newline >= 0:
        start = newline + 1
    space = text.rfind("\xa0", start, end)
    if space >= 0:
        start = space + 1
    return start, end


def _ends_phrase(word: str) -> bool:
    """``_closes``, after a quick look at the last character (most words end in a letter)."""
    last = word[-1]
    return (last in _MAY_CLOSE or last.isdigit()) and _closes(word)


def _closes(word: str) -> bool:
    """Does the token end with punctuation that closes a phrase (not an abbreviation's stop)?"""
    word = word.rstrip("*_") or word  # "airspace.**": Markdown emphasis after the stop
    if word[-1].isdigit():
        unnumbered = word.rstrip("0123456789")
        if len(unnumbered) > 1 and unnumbered[-1] in ".!?”\"" and unnumbered[-2].isalpha() \
                and len(word) - len(unnumbered) <= 3:
            return True  # "networks.30": a footnote number after the stop
    last = word[-1]
    if last == ".":
        return not _ABBREVIATION.fullmatch(word)
    return last in _BOUNDARY or last in "'’" and not word.endswith(("s'", "s’"))


def _noun_phrase_before(text: str, lo: int, end: int, *, attach: bool = True, token=None) -> tuple[int, int, str] | None:
    """The noun phrase that ends right before ``end``: (start, end, kind) or None.

    Kinds: ``pronoun`` (he, she, they ...), ``relative`` (who, which, that), ``name`` (a
    run of capitalised words: "Commander Lytvyn", "U.S. Sen. Jane Example"), ``noun`` (a
    determiner phrase "the spokesman for the ministry", or a bare source noun "officials").
    ``token`` is the token before ``end`` when the caller has it already.
    """
    if token is None:
        token = _token_before(text, lo, end)
    if token is None:
        return None
    start, stop = token
    word = text[start:stop]
    if _ends_phrase(word):
        return None
    if word[0] in _OPENERS and len(word) > 1:
        # "(Forbes says ...", "“Officials say ...": the phrase starts after the mark and
        # cannot reach back past it
        opened = len(word) - len(word.lstrip(_OPENERS))
        if opened == len(word):
            return None
        start, word = start + opened, word[opened:]
        lo = start
    if word[0] in _ZERO_WIDTH:  # "Volodymyr \u200cZelenskiy": an invisible mark some agencies insert
        stripped = word.lstrip(_ZERO_WIDTH)
        if not stripped:
            return None
        start, word = stop - len(stripped), stripped
    lower = word.lower()
    if lower in PRONOUNS:
        return start, stop, "pronoun"
    if lower[-2:] in ("'s", "’s") and lower[:-2] in PRONOUNS:
        return start, stop - 2, "pronoun"  # "she's said": a contraction, not a possessive
    if lower in RELATIVES:
        return start, stop, "relative"
    if lower in PRONOMINAL_DETERMINERS:
        return start, stop, "noun"  # "Some have suggested", "Others say"
    if word[0].isupper():
        if lower.rstrip(".") in NOT_NAME:
            return None
        first, count = start, 1
        previous = None
        while count < 6:
            previous = _token_before(text, lo, first)
            if previous is None:
                break
            before = text[previous[0]:previous[1]].lstrip(_ZERO_WIDTH)
            if not before or _ends_phrase(before):
                previous = None
                break
            if before[0].isupper() and before.lower().rstrip(".") not in NOT_NAME:
                first, count = previous[0], count + 1
                continue
            if before[0] in _OPENERS:  # "(Example News estimates": the name starts after the mark
                inner = before.lstrip(_OPENERS)
                if inner and inner[0].isupper() and inner.lower().rstrip(".") not in NOT_NAME:
                    first = previous[1] - len(inner)
                previous = None
                break
            if before in NAME_PARTICLES and count:
                first = previous[0]
                continue
            if before == "of" or before == "for":  # "Ministry of Defence", "Armed Forces of Ukraine"
                owner = _token_before(text, lo, previous[0])
                if owner is not None and text[owner[1] - 1].isalpha() and text[owner[0]].isupper() \
                        and text[owner[0]:owner[1]].lower() not in NOT_NAME:
                    first, count = previous[0], count + 1
                    continue
            if before.lower() in DETERMINERS and before.lower() not in ("that", "this"):
                return previous[0], stop, "noun"
            break
        if first == start and (lower in NOUN_SOURCES or lower in EVIDENCE):
            return start, stop, "noun"  # "Reports indicate", "Officials said" at a sentence start
        if attach and previous is not None and previous[0] < first:
            if text[previous[0]:previous[1]] in PREPOSITIONS:
                head = _noun_phrase_before(text, lo, previous[0], attach=False)
                if head and head[2] == "noun":
                    return head[0], stop, "noun"  # "commanders in Donetsk", "a spokesman for Example"
        return first, stop, "name"
    if lower in FUNCTION_WORDS or not word[0].isalpha() or lower in CUE_FORMS and not _determined_noun(text, lo, start, lower):
        return None
    first, count = start, 0
    # a bare plural heads a source too: "tech executives say", "caucus-goers said"
    determined = lower in NOUN_SOURCES or (len(lower) > 4 and lower.endswith("s") and not lower.endswith(NOT_PLURAL))
    while count < 5:
        previous = _token_before(text, lo, first)
        if previous is None:
            break
        before = text[previous[0]:previous[1]]
        if _ends_phrase(before):
            break
        lower_before = before.lower()
        if lower_before in DETERMINERS or before.isdigit() or before.replace(",", "").isdigit():
            first, determined = previous[0], True  # "the spokesman", "520 delegates"
            break
        if before.endswith(("'s", "’s", "s'", "s’")):
            owner = _noun_phrase_before(text, lo, previous[1], attach=False)
            first, determined = (owner[0] if owner else previous[0]), True
            break
        if "—" in before or "–" in before:  # "temperatures—but Ukrainian polling shows": a clause boundary
            break
        acronym = len(before) > 1 and before.isupper()  # "A US official": "US" is no pronoun
        if lower_before in FUNCTION_WORDS and not acronym or lower_before in CUE_FORMS or not before[0].isalnum():
            if before[0] in _OPENERS and len(before) > 1 and before.lstrip(_OPENERS)[:1].isalnum():
                first = previous[1] - len(before.lstrip(_OPENERS))  # "- [UN chief says": from "UN"
            break
        first, count = previous[0], count + 1
    if not determined:
        return None
    if attach:
        preposition = _token_before(text, lo, first)
        if preposition and text[preposition[0]:preposition[1]] in PREPOSITIONS:
            head = _noun_phrase_before(text, lo, preposition[0], attach=False)
            if head and head[2] == "noun":
                first = head[0]
    return first, stop, "noun"


def _determined_noun(text: str, lo: int, start: int, lower: str) -> bool:
    """Is a cue form used as a noun, after a determiner or a possessive ("several reports
    reveal", "the note says", "Example's remarks suggest")?  It can then head a source."""
    lemma, _, form = CUE_FORMS[lower]
    if lemma not in NOUN_HOMOGRAPHS or form not in ("base", "s"):
        return False
    token = _token_before(text, lo, start)
    if token is None:
        return False
    before = text[token[0]:token[1]]
    return before.lower() in DETERMINERS or before.endswith(("'s", "’s", "s'", "s’")) or before.isdigit()


def _left_source(text: str, lo: int, end: int, token: tuple[int, int] | None) -> tuple | None:
    """(start, end, kind, antecedent start, end, role start, end) of the source before a cue.

    ``token`` is the word right before the cue (already found by the caller).
    """
    position = end
    first_token = token
    for _ in range(4):  # adverbials between source and verb: "on Monday", "however", "quickly"
        if token is None:
            return None
        if token is not first_token and text[first_token[1] - 1] == "," and text[token[1] - 1] != ",":
            token = first_token  # "Name, who fled the town last year, says": the comma closes an apposition
            break
        word = text[token[0]:token[1]].rstrip(",").lower()
        if word in ADVERBIALS or (len(word) > 4 and word.endswith("ly") and word.isalpha() and word not in NOT_ADVERBS):
            position = token[0]
        elif word in WEEKDAYS or word in TIME_NOUNS:
            position = token[0]
            previous = _token_before(text, lo, position)
            if previous and text[previous[0]:previous[1]].lower() in TIME_OPENERS:
                position = previous[0]
        else:
            break
        token = _token_before(text, lo, position)
    if token is None:
        return None
    last = text[token[1] - 1]
    if last == "," and token is not first_token:  # "Name, on Monday, said": the adverbial was set off by commas
        phrase = _noun_phrase_before(text, lo, token[1] - 1)
        if phrase is not None and phrase[2] != "relative" and not _after_comma(text, lo, phrase[0]):
            return (*phrase, None, None, None, None)  # (after a comma the phrase is a role: read below)
    if last == ",":  # "Name, a role, said" / "Name, 58, who lives in Exampleton, said"
        opening = token[0]
        for _ in range(3):
            opening = text.rfind(",", lo, opening)
            if opening < 0 or token[1] - opening > 170 or _APPOSITION_STOP.search(text, opening, token[1]):
                return None
            phrase = _noun_phrase_before(text, lo, _before_brackets(text, lo, opening))
            if phrase is not None:
                break
        if phrase is None or phrase[2] == "relative":
            return None
        role_start, role_end = opening + 1, token[1] - 1
        while role_start < role_end and text[role_start] in _SPACES:
            role_start += 1
        return (*phrase, None, None, role_start, role_end)
    if last in "—–-" and token[1] - token[0] == 1:  # "Jane Example — a teacher from Exampleton — says"
        opening = text.rfind(last, lo, token[0])
        if opening < 0 or token[0] - opening > 170 or _APPOSITION_STOP.search(text, opening, token[0]):
            return None
        phrase = _noun_phrase_before(text, lo, opening)
        if phrase is None or phrase[2] == "relative":
            return None
        role_start, role_end = opening + 1, token[0]
        while role_start < role_end and text[role_start] in _SPACES:
            role_start += 1
        while role_end > role_start and text[role_end - 1] in _SPACES:
            role_end -= 1
        return (*phrase, None, None, role_start, role_end)
    if last == ")":
        opening = text.rfind("(", lo, token[1])
        if opening < 0:
            return None
        phrase = _noun_phrase_before(text, lo, opening)
        return (*phrase, None, None, None, None) if phrase else None
    phrase = _noun_phrase_before(text, lo, position, token=token)
    if phrase is None or phrase[2] != "relative":
        antecedent = _restrictive_antecedent(text, lo, phrase[0] if phrase else token[0])
        if antecedent is not None:
            return (*antecedent, None, None, None, None)
    if phrase is None:
        return None
    if phrase[2] == "relative":
        cut = phrase[0]
        while cut > lo and text[cut - 1] in " ,":
            cut -= 1
        antecedent = _noun_phrase_before(text, lo, cut)
        if antecedent and antecedent[2] in ("name", "noun"):
            return (*phrase, antecedent[0], antecedent[1], None, None)
    return (*phrase, None, None, None, None)


def _after_comma(text: str, lo: int, start: int) -> bool:
    """Does a comma come right before ``start`` (white space aside)?"""
    while start > lo and text[start - 1] in _SPACES:
        start -= 1
    return start > lo and text[start - 1] == ","


def _restrictive_antecedent(text: str, lo: int, start: int) -> tuple[int, int, str] | None:
    """The noun phrase before a "who" clause that ends where a cue's subject seemed to be:
    in "Officials who spoke to Jane Example said", "Jane Example" is the object inside the
    clause and "Officials" the source.  The clause must hold no punctuation."""
    window = text[max(lo, start - 120):start]
    match = None
    for match in _WHO.finditer(window):
        pass
    if match is None or _CLAUSE_PUNCTUATION.search(window, match.end()):
        return None
    who = start - len(window) + match.start(1)
    antecedent = _noun_phrase_before(text, lo, who)
    return antecedent if antecedent is not None and antecedent[2] in ("name", "noun") else None


_WHO = re.compile(r"\s(who|whom|whose)\s")
_CLAUSE_PUNCTUATION = re.compile("[,.;:!?\"“”()—–]")


def _before_brackets(text: str, lo: int, end: int) -> int:
    """Where a phrase ends once a bracketed aside right before ``end`` is skipped:
    "State Rep. Jane Example (R), a role, said" reads the name before "(R)"."""
    stop = end
    while stop > lo and text[stop - 1] in _SPACES:
        stop -= 1
    if stop > lo and text[stop - 1] == ")":
        opening = text.rfind("(", lo, stop)
        if opening >= 0 and stop - opening <= 40:
            return opening
    return end


def _person_like(phrase: str) -> bool:
    """Can a determiner phrase after an inverted cue be its speaker: is its head (the word
    before any "of", "for", "between" ...) a source noun, a role or a capitalised name?"""
    words = phrase.split()
    end = next((i for i, word in enumerate(words) if i and word in _HEAD_ENDERS), len(words))
    for word in words[1:end] or words:
        lower = word.lower().strip(",.;:")
        singular = lower[:-1] if lower.endswith("s") else lower
        if word[:1].isupper() or word[:1].isdigit() or lower in NOUN_SOURCES or singular in NOUN_SOURCES \
                or lower in PERSON_NOUNS or singular in PERSON_NOUNS:
            return True
    return False


#: The words that end a phrase's head: the lexicon's ("of", "for" ...) and a few an object phrase adds.
_HEAD_ENDERS = GRAMMAR["head_enders"] | {"between", "to", "who", "whose"}


def _right_source(text: str, start: int, end: int) -> tuple | None:
    """The source after an inverted cue: '“...,” said Commander Example, a role.'"""
    following = text[start:start + 16].split(None, 1)
    if not following or following[0].lower() in NOT_INVERTED_SUBJECT:
        return None  # "said that ...", "said on Monday": no source after the verb
    match = RIGHT_SOURCE.match(text, start, end)
    if not match:
        return None
    group = next(name for name in ("pronoun", "name", "noun", "bare") if match.group(name) is not None)
    if group == "noun" and not _person_like(match.group("noun")):
        return None  # "..., 2026, underscored the persistent deadlock between Kyiv and Moscow": an object
    role = match.span("role") if match.group("role") is not None else (None, None)
    source_start, source_end = match.span(group)
    source_end = _trim_end(text, source_start, source_end)  # "said the official." ends before the stop
    return (source_start, source_end, "noun" if group == "bare" else group, None, None, *role)


# --- cues ---------------------------------------------------------------------------------------


def find_cues(
    text: str,
    sentences: Sequence[tuple[int, int]],
    blocks: Sequence[tuple[int, int]],
    quotes: Sequence[Quote] | None = None,
    *,
    kinds: frozenset[str] | None = None,
) -> list[CueMatch]:
    """Every attribution cue inside the given sentences, in order of appearance.

    ``sentences`` and ``blocks`` are (start, end) spans of the prose, in order; a word
    outside every sentence (a byline, a photo credit) is not read.  ``kinds`` keeps only
    verb cues of those kinds (default: all).
    """
    if quotes is None:
        quotes = find_quotes(text, blocks)
    quote_ends = [quote.end for quote in quotes]
    sentence_starts = list(map(_first, sentences))
    found: list[CueMatch] = []
    quote_count = len(quotes)
    for position, word in _cue_words(text, _cue_word_set(kinds)):
        index = bisect_right(sentence_starts, position) - 1
        if index < 0 or position + len(word) > sentences[index][1] or position and text[position - 1] in _IN_ADDRESS:
            continue  # (a word of a web address: "/kten-eeo_reports")
        inside = bisect_right(quote_ends, position)
        if inside < quote_count and quotes[inside].start < position:
            continue  # a cue inside a quotation belongs to the quoted speaker's words
        sentence = sentences[index]
        action, entry = _ACTIONS[word]
        if action == "verb":
            cue = _verb_cue(text, position, word, entry, index, sentence, quotes, quote_ends)
            if cue is None and entry[1] == "evidence":
                cue = _evidence_cue(text, position, word, entry, index, sentence, quotes, quote_ends)
        elif action == "according":
            cue = _according_cue(text, position, index, sentence)
        elif action == "in":
            cue = _in_evidence_cue(text, position, word, index, sentence)
        else:
            cue = _adverb_cue(text, position, word, index, sentence)
        if cue is not None:
            found.append(cue)
    found.extend(_colon_cues(text, sentences, sentence_starts, quotes, found))
    found.extend(_line_colon_cues(text, sentences, sentence_starts, blocks, found))
    found.sort(key=_first)  # by cue_start
    return [cue for cue, inner in zip(found, nested(found)) if not inner or cue.kind in NESTED_KINDS]


_first = itemgetter(0)


def article_cues(article) -> list[CueMatch]:
    """``find_cues`` over an ``Article``'s prose sentences and blocks."""
    sentences = [(sentence.start, sentence.end) for sentence in article.sentences]
    blocks = [(block.start, block.end) for block in article.blocks if block.kind in PROSE_PARTS]
    return find_cues(article.text, sentences, blocks)


def nested(cues: Sequence[CueMatch]) -> list[bool]:
    """Which cues sit inside the content of an earlier cue ("He said they believe ...")."""
    flags = []
    reach = -1
    for cue in cues:
        flags.append(cue.cue_start < reach)
        if cue.content_start is not None and cue.content_start >= cue.cue_end and not flags[-1]:
            reach = max(reach, cue.content_end)
    return flags


def _cue_words(text: str, cue_words: frozenset[bytes] = _CUE_WORDS) -> list[tuple[int, str]]:
    """(offset, word) of every cue word in the text, in order, found without a per-word loop.

    The text as ASCII bytes (every other character one ``?``, so that byte offsets are
    character offsets) with every non-letter turned into a space is split and intersected
    with the cue words; the words that hit are picked out of the split in order, and each
    is located with ``bytes.find`` between spaces from where the previous one ended (so
    the text is scanned once, and "so-called" never yields "called").
    """
    words = text.encode("ascii", "replace").translate(_WORD_BYTES)
    tokens = words.split()
    hits = cue_words.intersection(tokens)
    if not hits:
        return []
    padded = b" " + words + b" "
    found = []
    position = 0
    for hit in compress(tokens, map(hits.__contains__, tokens)):
        position = padded.find(_NEEDLES[hit], position)
        found.append((position, _DECODED[hit]))
        position += len(hit) + 1
    return found


def _verb_cue(text: str, start: int, word: str, entry, index: int, sentence, quotes, quote_ends) -> CueMatch | None:
    lemma, kind, form = entry
    if form == "ing" and lemma in NO_ING and not _progressive(text, sentence[0], start):
        return None
    capitalised = word[0].isupper()
    end = start + len(word)
    particles = PARTICLES.get(lemma, GENERAL_PARTICLES)
    particle = PARTICLE.match(text, end) if particles else None
    if particle and particle.group(1) in particles:
        end = particle.end()
    elif lemma in PARTICLE_ONLY:
        return None
    if _followed_by_non_report(text, start + len(word), lemma):
        return None
    if lemma in OBJECT_SPEECH and not _has_object(text, start + len(word)):
        return None  # "Stay informed!", "informed consent": "inform" reports only to someone
    complements = COMPLEMENTS.get(lemma)
    if complements is not None and not text[end:end + 24].lstrip(" ,").startswith(complements):
        kind = "act"  # "agreed to halt strikes" is an act (PolNeAR counts it), "agreed that ..." a statement
    lo = _subject_floor(start, 220, sentence, quotes, quote_ends)
    previous = _token_before(text, lo, start)
    if form == "base" and previous is not None and text[previous[0]:previous[1]] == "to":
        chain = _chain_start(text, lo, previous)
        if chain is not None:  # "tried to explain": the cue starts at the leader, whose subject is the source
            start, form, capitalised = chain, "chain", False
            previous = _token_before(text, lo, start)
    if previous is None:
        if capitalised and not (lemma == "ask" and form == "past"):
            return None  # "Reports indicate ...": a capitalised cue needs its source before it (see below)
        before = lower = ""
    else:
        before = text[previous[0]:previous[1]]
        lower = before.lower()
        if lower in NOUN_MARKERS or before.endswith(("'s", "’s", "s'", "s’")) and lower[:-2] not in PRONOUNS \
                or form == "s" and lemma in NOUN_HOMOGRAPHS and lower in DETERMINERS and lower != "that" \
                or form == "past" and lower in ADJECTIVE_PREPOSITIONS:
            # "the said village", "Example's comments", "several reports", "amid continued
            # fighting": a noun or an adjective, not a cue ("he's said" is one)
            return None
        if (form == "s" or form == "base") and lemma in NOUN_HOMOGRAPHS and before.islower() \
                and lower not in PRONOUNS and lower not in EVIDENCE and lower not in AUXILIARIES \
                and not (lower in RELATIVES or form == "base" and lower.endswith("s") and not lower.endswith(NOT_PLURAL)
                        or lower in PLURAL_HEADS or lower.endswith("ly") and lower not in NOT_ADVERBS) \
                and not VERB_FOLLOWS.match(text, end):
            return None  # "command posts", "the plan": quick exit before the source is read
    if lemma in ("say", "tell") and text.startswith(" in ", end):
        statement = IN_A_STATEMENT.match(text, end)
        if statement and statement.end() <= sentence[1]:
            end = statement.end()
    if end < sentence[1] and text[end] == ":":
        end += 1
    if previous is not None and _auxiliary(lower, before):
        cue_start, token = _auxiliaries_before(text, lo, start, previous)
    else:
        cue_start, token = start, previous
    clitic = _clitic_start(text, token)
    if clitic is not None:
        cue_start = clitic
    passive = form == "past" and cue_start < start and _has_be(text, cue_start, start)
    spans, inverted = _source_for_verb(text, lo, cue_start, end, sentence, form, token, lemma, passive)
    if clitic is not None and spans[0] is not None and spans[0] < clitic < spans[1]:
        spans = (spans[0], clitic, *spans[2:])  # "They've argued": the source is "They", the clitic is the cue's
    source_kind = spans[2]
    if _naming_participle(text, sentence[0], spans, lemma, form):
        return None
    if form == "past" and source_kind == "" and not capitalised and _plural_noun_follows(text, end) \
            and not _auxiliaries_in(text, cue_start, start):
        return None  # "did not make confirmed advances", "frequently asked questions": an adjective
    if capitalised and lemma == "ask" and form == "past" and _clause_start(text, sentence[0], start) == start:
        spans, kind = _NO_SOURCE, "passive"  # "Asked whether ..., Example said": the question has no source
    elif capitalised and (inverted or source_kind not in ("name", "noun")):
        return None  # a capitalised cue counts only in a headline: "Example Says ...", "Report Reveals ..."
    if source_kind == "" and (kind in NEEDS_SOURCE or form == "s" or (form == "base" and lemma != "say")):
        return None  # "... sources privy to the talks say" keeps its "say" even when the source is out of reach
    if (form == "base" or form == "s") and source_kind:
        head = _head(text, spans[0], spans[1])
        evidence = source_kind == "noun" and head in EVIDENCE
        proper = source_kind == "noun" and text[spans[1] - len(head):spans[1]][:1].isupper() and not capitalised
        plural_verb = form == "base" and head.endswith(PLURAL_ENDINGS) and not head.endswith(NOT_PLURAL) and source_kind == "noun"
        if lemma in NOUN_HOMOGRAPHS and source_kind not in ("name", "pronoun", "relative") and not evidence \
                and not proper and not plural_verb and not VERB_FOLLOWS.match(text, end):
            return None  # "the claims", but "the Kremlin claims" and "the ad claims: ..."
        if form == "base" and kind in STATEMENT_VERB_KINDS and (
            source_kind == "noun" and head not in NOUN_SOURCES and not evidence or source_kind == "pronoun" and head == "you"
        ):
            kind = "act"  # "airstrikes continue", "producers respond": PolNeAR's, but no statement
        if form == "base" and lemma not in BASE_FORMS and not (
            (source_kind == "noun" and head.endswith(PLURAL_ENDINGS) and not head.endswith(NOT_PLURAL))
            or source_kind == "pronoun" and head in PLURAL_PRONOUNS
            or _plural_quantifier(head)
            or cue_start < start and _has_modal(text, cue_start, start)
        ):
            return None  # a base form is a cue after a plural source: "reports indicate", "they warn"
    if kind in STATEMENT_VERB_KINDS and cue_start < start and (
        _negated(text, cue_start, start) or form == "base" and lemma not in BASE_FORMS and _has_modal(text, cue_start, start)
    ):
        kind = "act"  # "did not mention", "would ask": PolNeAR counts them, but nothing was stated
    if form == "chain":
        kind = "act"  # "tried to explain", "was quick to praise": PolNeAR's cue, but nothing stated yet
    if lemma in NO_OBJECT_SPEECH and not inverted and _object_follows(text, end):
        kind = "act"  # "Russian forces continued offensive operations": an act, not a statement
    if lemma == "continue" and kind == "speech" and not inverted and not _beside_quotation(text, sentence[0], start, end):
        kind = "act"  # "Intense battles continued on Friday": only '..., she continued, "..."' is speech
    if lemma == "continue" and text.startswith(" to", start + len(word)):
        kind = "act"  # "continued to argue" is a cue in PolNeAR; "forces continue to hold" states nothing
    if passive and lemma == "quote" and text.startswith(" as ", end):
        passive = False  # "Example was quoted as saying": Example is the source
    if kind == "seem" or (passive and not inverted and kind != "act"):
        # "X seemed ...", "X was asked ...": PolNeAR gives such a cue no source (X is what is
        # talked about, not who talks); a passive without its agent is no statement by X
        spans = _NO_SOURCE
        if kind != "seem":
            kind = "passive"
    content = _content(text, sentence, cue_start, end, spans, quotes, quote_ends)
    return _new_tuple(CueMatch, (cue_start, end, lemma, kind, index, *spans, *content, inverted))


def _subject_floor(start: int, reach: int, sentence, quotes, quote_ends) -> int:
    """How far back from a verb at ``start`` its subject may lie: ``reach`` characters, not
    before the sentence, and not inside a quotation that closed before the verb."""
    lo = max(sentence[0], start - reach)
    closing = bisect_left(quote_ends, start) - 1
    if closing >= 0 and quotes[closing].end > lo:
        lo = quotes[closing].end
    return lo


def _chain_start(text: str, lo: int, to: tuple[int, int]) -> int | None:
    """Where the leader of a "to"-infinitive cue begins ("tried to explain", "went on to say",
    "was quick to praise"; PolNeAR's cue is the whole chain), or None when the word before
    "to" leads no chain ("plans to", "ready" at a sentence start).  ``to`` is the "to" token.
    Without this the infinitive has no subject in reach and the cue was lost."""
    leader = _token_before(text, lo, to[0])
    if leader is None:
        return None
    written = text[leader[0]:leader[1]]
    if written == "on":  # "went on to say"
        verb = _token_before(text, lo, leader[0])
        if verb is None:
            return None
        leader = verb[0], leader[1]
        written = text[verb[0]:verb[1]] + " on"
    if written not in CHAIN_LEADERS:  # lower case only: a capitalised leader opens a headline or sentence
        return None
    return leader[0]


def _progressive(text: str, lo: int, start: int) -> bool:
    """Is an "-ing" form the verb of a progressive ("are showing", "isn't detailing")?  The
    "-ing" forms of ``lexicon.CUE_NO_ING`` are mostly adjectives or gerunds, but after a form
    of "be" they are the clause's verb and PolNeAR's cue."""
    token = _token_before(text, lo, start)
    if token is None:
        return False
    word = text[token[0]:token[1]].lower()
    return word in BE_FORMS or word.endswith(("n't", "n’t")) and word[:-3] in BE_FORMS


def _plural_quantifier(head: str) -> bool:
    """Does a source end in a quantifier or a number that is plural ("Most believe", "4 in 10
    want", "32% think")?  Such sources end in no plural noun, yet a base-form verb after them
    is a cue."""
    return head in PLURAL_QUANTIFIERS or head.rstrip("%").isdigit()


def _head(text: str, start: int, end: int) -> str:
    """The last word of a span, lower-cased: the head of an English noun phrase."""
    return text[start:end].rsplit(None, 1)[-1].lower().strip(",.;:’'")


def _auxiliaries_before(text: str, lo: int, start: int, token: tuple[int, int] | None) -> tuple[int, tuple[int, int] | None]:
    """Where the verb group begins ("has also said" is one cue, PolNeAR's convention), and
    the token before it.  ``token`` is the token right before the verb."""
    position = start
    for _ in range(4):
        if token is None:
            break
        written = text[token[0]:token[1]]
        if _auxiliary(written.lower(), written):
            position = token[0]
            token = _token_before(text, lo, position)
            continue
        break
    return position, token


def _auxiliaries_in(text: str, start: int, end: int) -> bool:
    """Does the verb group before a cue hold a form of "be" or "have" ("was asked", "had confirmed")?"""
    return _has_be(text, start, end) or any(word.lower() in ("has", "have", "had") for word in text[start:end].split())


def _beside_quotation(text: str, lo: int, start: int, end: int) -> bool:
    """Does a quotation (or a colon) follow the cue, or a closing quotation mark come before its
    subject in the same sentence ('“...,” she continued.', 'She continued: “...”')?"""
    after = text[end:end + 4].lstrip(" ,")
    if text[end - 1] == ":" or after[:1] in ("“", '"', ":", "‘"):
        return True
    before = text[lo:start]
    return "”" in before or before.count('"') % 2 == 0 and '"' in before


def _plural_noun_follows(text: str, end: int) -> bool:
    """Is the next word a plural noun in lower case ("confirmed advances")?"""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    return word.islower() and len(word) > 3 and word.endswith("s") and not word.endswith(NOT_PLURAL) \
        and word not in FUNCTION_WORDS


def _has_object(text: str, end: int) -> bool:
    """Does a person or body follow the verb: a name, an object pronoun or a noun phrase
    ("informed him", "informed Example", "informed the ministry")?"""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    return word[0].isupper() or word.lower() in OBJECT_PRONOUNS or _object_follows(text, end)


def _object_follows(text: str, end: int) -> bool:
    """Does a noun phrase follow the verb directly: a determiner, a number or a content word
    in lower case (not a function word, an adverb in -ly or a time word)?"""
    match = _NEXT_WORD.match(text, end)
    if match is None or text[end - 1] == ":":
        return False
    word = match.group(1)
    if word[0].isdigit():
        return True
    lower = word.lower()
    if word[0].isupper() or lower == "that" or lower in AFTER_SPEECH_VERB or lower.endswith("ly"):
        return False
    if not (lower in DETERMINERS or lower not in FUNCTION_WORDS):
        return False
    clause = _CLAUSE_END.split(text[match.start(1):match.start(1) + 80], 1)[0].lower().split()[1:6]
    return not any(word in _FINITE_AUXILIARIES for word in clause)  # "added the bridge would hold": a clause


_CLAUSE_END = re.compile(r"[,.;:!?\"“”()—–]|\b(?:that|which|who)\b")
_FINITE_AUXILIARIES = frozenset({"is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could",
                                 "may", "might", "must", "should", "did", "does", "do", "won't", "won’t"})


_NEXT_WORD = re.compile(r"[ \xa0]+([A-Za-z0-9][\w’'-]*)")


def _followed_by_non_report(text: str, end: int, lemma: str) -> bool:
    """Does a word after the verb show it reports nothing ("found itself in a jam", "could
    find a way")?  See ``lexicon.CUE_NOT_BEFORE``."""
    words = NOT_BEFORE.get(lemma)
    if not words:
        return False
    after = text[end:end + 24].lstrip(" ").lower()
    return any(after.startswith(word) and not after[len(word):len(word) + 1].isalpha() for word in words)


def _naming_participle(text: str, sentence_start: int, spans: tuple, lemma: str, form: str) -> bool:
    """Is the cue a participle that names the indefinite noun phrase before it ("a group
    called Citizens for Sampleville", "a man calling himself Example")?  It introduces a
    name; nobody is reported as saying anything, and PolNeAR marks no cue.  The phrase must
    follow a lower-case word (it is an object: "leads a group called"), since a subject ("A
    spokesman called the plan reckless") makes the verb finite."""
    if lemma not in NAMING_VERBS or form not in ("past", "ing") or spans[2] != "noun":
        return False
    if text[spans[0]:spans[1]].split(None, 1)[0].lower() not in INDEFINITES:
        return False
    before = text[max(sentence_start, spans[0] - 40):spans[0]].split()
    return bool(before) and before[-1].isalpha() and before[-1].islower()


def _clitic_start(text: str, token: tuple[int, int] | None) -> int | None:
    """Where a contracted auxiliary on the pronoun before a verb group begins ("he's said",
    "they've argued"), or None.  PolNeAR's cue takes in the clitic, as it takes in a written-out
    "has"; the pronoun alone stays the source."""
    if token is None:
        return None
    written = text[token[0]:token[1]]
    for clitic in CLITICS:
        if written.endswith(clitic) and written[:-len(clitic)].lower() in PRONOUNS:
            return token[1] - len(clitic)
    return None


def _auxiliary(word: str, written: str) -> bool:
    """Is a word (lower-cased; ``written`` as written) part of a verb group before a cue: an
    auxiliary, a negated one ("didn't"), or an adverb in -ly ("has repeatedly said")?"""
    return word in AUXILIARIES or (word.endswith(("n't", "n’t")) and word[:-3] in AUXILIARIES) or (
        len(word) > 4 and word.endswith("ly") and word.isalpha() and word not in NOT_ADVERBS and written[0].islower()
    )


_NO_SOURCE = (None, None, "", None, None, None, None)


def _has_modal(text: str, start: int, end: int) -> bool:
    """Does the verb group hold a modal or a form of "do" ("did not mention", "will back")?"""
    return any(word.lower() in MODALS or word.endswith(("n't", "n’t")) for word in text[start:end].split())


def _negated(text: str, start: int, end: int) -> bool:
    return any(word.lower() in ("not", "never", "cannot") or word.endswith(("n't", "n’t")) for word in text[start:end].split())


def _has_be(text: str, start: int, end: int) -> bool:
    return any(word.lower() in BE_FORMS for word in text[start:end].split())


def _clause_subject(text: str, lo: int, end: int) -> tuple[int, int, str] | None:
    """The subject a participle or a coordinated verb hangs on: the nearest name, pronoun or
    noun phrase to the left that is followed by a lower-case word (its verb) and is not the
    object of a preposition ("At a rally in Exampleton, Jane Example said X, adding ...")."""
    position = end
    for _ in range(40):
        token = _token_before(text, lo, position)
        if token is None:
            return None
        start, stop = token
        word = text[start:stop]
        position = start
        if not word[-1].isalnum() or not word[0].isalpha() or word.endswith(("'s", "’s")):
            continue
        following = text[stop:stop + 24].split(None, 1)
        if not following or not following[0][0].islower() or following[0] in NOT_VERBS:
            continue
        lower = word.lower()
        if stop == end - 1 or (stop < end and not text[stop:end].strip()):
            if lower in MEDIA or lower in EVIDENCE:
                continue  # "issued a statement saying": the statement is not who says
        if lower in PRONOUNS:
            phrase = (start, stop, "pronoun")
        elif word[0].isupper() or lower in NOUN_SOURCES:
            phrase = _noun_phrase_before(text, lo, stop, attach=False)
            if phrase is None or phrase[2] not in ("name", "noun"):
                continue
        else:
            continue
        before = _token_before(text, lo, phrase[0])
        if before is not None and text[before[0]:before[1]].lower() in NOT_SUBJECT_BEFORE:
            continue
        return phrase
    return None


def _source_for_verb(text: str, lo: int, cue_start: int, cue_end: int, sentence, form: str, token, lemma: str,
                     passive: bool) -> tuple[tuple, bool]:
    """(source spans, inverted) for a verb cue: subject before it, or after it when inverted.
    ``token`` is the token right before the cue."""
    if passive and text.startswith(" by ", cue_end):
        agent = BY_AGENT.match(text, cue_end, sentence[1])
        if agent:  # "was criticised by the mayor": the agent is the source
            return (agent.start("source"), _trim_end(text, agent.start("source"), agent.end("source")),
                    "noun", None, None, None, None), True
    after_break = token is None or text[token[1] - 1] in ",\"”’'—–-"
    coordinated = token is not None and (form == "ing" or text[token[0]:token[1]] in COORDINATORS)
    if coordinated:
        subject = _clause_subject(text, max(lo, sentence[0] - 0), cue_start)
        if subject:  # "She went on to attack Example, saying ..." / "Example said X and argued ..."
            return (*subject, None, None, None, None), False
    right = _right_source(text, cue_end, sentence[1]) if after_break and lemma not in NO_INVERSION else None
    if right and right[2] in ("name", "pronoun"):
        return right, True  # '“...,” said Commander Example' / '..., said he'
    if form == "ing" and token is not None and text[token[1] - 1] == ",":
        # "X opened the bridge on Monday, noting ...": the participle's subject is the
        # clause's, never the object before the comma
        subject = _sentence_subject(text, sentence[0], cue_start)
        return ((*subject, None, None, None, None) if subject else _NO_SOURCE), False
    left = _left_source(text, lo, cue_start, token)
    if left:
        return left, False
    if right:
        return right, True  # '“...,” said a spokesman for the ministry'
    if coordinated:
        subject = _sentence_subject(text, sentence[0], cue_start)
        if subject:  # "The former governor mocked Example for ..., noting that ...": the sentence's subject
            return (*subject, None, None, None, None), False
    return _NO_SOURCE, False


def _sentence_subject(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The subject that opens a sentence: a pronoun, a name, or a determiner phrase, followed by
    a lower-case word (its verb) -- the source of a participle or a coordinated verb far from it."""
    match = SENTENCE_SUBJECT.match(text, start, end)
    if match is None:
        return None
    for group in ("pronoun", "name", "noun"):
        if match.group(group) is not None:
            first, last = match.span(group)
            if group == "noun" and _head(text, first, last) in FUNCTION_WORDS:
                return None
            return first, last, group
    return None


def _content(text: str, sentence, cue_start: int, cue_end: int, spans, quotes, ends) -> tuple[int | None, int | None, bool]:
    """The reported content: an adjacent quotation, else the clause after or before the cue."""
    source_start, source_end, role_end = spans[0], spans[1], spans[6]
    first = source_start if source_start is not None and source_start < cue_start else cue_start
    last = cue_end  # the furthest of the cue, the role and the source
    if role_end is not None and role_end > last:
        last = role_end
    if source_end is not None and source_end > last:
        last = source_end
    before = bisect_right(ends, first) - 1
    if before >= 0:
        quote = quotes[before]
        # '“...,” said X' (never across paragraphs); the last character settles most cases
        if first <= quote.end or text[first - 1] in " ," and not text[quote.end:first].strip(" ,"):
            following = quotes[before + 1] if before + 1 < len(quotes) else None
            if following and following.start >= last and (
                following.start == last or text[last] in " ,." and not text[last:following.start].strip(" ,.")
            ):
                return quote.inner_start, _trim_end(text, quote.inner_start, following.inner_end), True
            return quote.inner_start, _trim_end(text, quote.inner_start, quote.inner_end), True
    after = bisect_left(ends, last)
    if after < len(quotes):
        quote = quotes[after]
        if quote.start >= last and (quote.start == last or text[last] in " ,:\n"):
            between = text[last:quote.start]
            if not between.strip(" ,:\n") and ("\n" not in between or text[last - 1] == ":"):
                return quote.inner_start, _trim_end(text, quote.inner_start, quote.inner_end), True
    start = THAT.match(text, last).end()
    stop = text.find(", according to", start, sentence[1])
    end = _trim_end(text, start, stop if stop > 0 else sentence[1])
    if end - start > 3:
        return start, end, False
    start = _clause_start(text, sentence[0], first)
    end = _trim_end(text, start, first)
    if end - start > 3:
        return start, end, False
    return None, None, False


def _clause_start(text: str, start: int, end: int) -> int:
    """The first character of ``text[start:end]`` after opening quotes and dashes."""
    while start < end and text[start] in " \"“‘'—–-(":
        start += 1
    return start


_TRAILING = " ,;:.\n\"“”'’—–-"
#: How many words before an evidence verb its evidence noun may stand ("records compiled by
#: the Center for Example show").
_EVIDENCE_REACH = 10


def _trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing spaces, punctuation, quotation marks and dashes."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def _according_cue(text: str, start: int, index: int, sentence) -> CueMatch | None:
    end = start + len("according")
    if not text.startswith(" to", end):
        return None
    end += 3
    source = ACCORDING_SOURCE.match(text, end, sentence[1])
    source_start = source_end = None
    if source:
        source_start = source.start("source")
        source_end = _trim_end(text, source_start, source.end("source"))
    if _clause_start(text, sentence[0], start) == start:
        after = source_end or end
        while after < sentence[1] and text[after] in " ,":
            after += 1
        content = (after, _trim_end(text, after, sentence[1]))
    else:
        content = (sentence[0], _trim_end(text, sentence[0], start))
    if content[1] - content[0] <= 3:
        content = (None, None)
    return CueMatch(
        start, end, "according to", "according", index, source_start, source_end,
        "phrase" if source_start is not None else "", content_start=content[0], content_end=content[1],
    )


def _adverb_cue(text: str, start: int, word: str, index: int, sentence) -> CueMatch:
    end = start + len(word)
    content_end = _trim_end(text, end, sentence[1])
    content = (end + 1, content_end) if content_end > end + 1 else (None, None)
    return CueMatch(start, end, word.lower(), "adverb", index, content_start=content[0], content_end=content[1])


def _colon_cues(text: str, sentences, sentence_starts: list[int], quotes: Sequence[Quote],
                found: list[CueMatch]) -> list[CueMatch]:
    """``Name: “quotation”`` with no verb: the colon is the cue (PolNeAR marks it so)."""
    cues = []
    if not quotes or text.find(":") < 0:
        return cues
    taken = {cue.cue_end for cue in found}
    for quote in quotes:
        colon = text.rfind(":", max(0, quote.start - 3), quote.start)
        if colon < 0 or colon + 1 in taken or text[colon + 1:quote.start].strip():
            continue
        index = bisect_right(sentence_starts, colon) - 1
        if index < 0:
            continue
        phrase = _noun_phrase_before(text, max(sentences[index][0], colon - 120), colon)
        if phrase is None or phrase[2] not in ("name", "pronoun") or _headline_label(text, phrase[0], phrase[1]):
            continue
        cues.append(CueMatch(
            colon, colon + 1, ":", "colon", index, phrase[0], phrase[1], phrase[2],
            content_start=quote.inner_start, content_end=_trim_end(text, quote.inner_start, quote.inner_end),
            quoted=True,
        ))
    return cues


def _headline_label(text: str, start: int, end: int) -> bool:
    """A label word ("Breaking", "Update") or a byline ("by Jane Example:") before a colon:
    no source of what follows."""
    written = text[start:end]
    if written.lower() in COLON_LABELS:
        return True
    return text[max(0, start - 4):start].lower().endswith(("by ", "by\xa0"))


def _line_colon_cues(text: str, sentences, sentence_starts: list[int], blocks, found: list[CueMatch]) -> list[CueMatch]:
    """A line opening with a name and a colon: "Example: Exampleton will hold" (a headline
    crediting its source), "Q: ..." / "A: ..." (an interview transcript)."""
    cues = []
    colon = text.find(":")
    if colon < 0:
        return cues
    block_starts = [start for start, _ in blocks]
    opening = set()  # the blocks with a colon among their first 42 characters
    while colon >= 0:
        block = bisect_right(block_starts, colon) - 1
        if block >= 0 and colon < blocks[block][1] and colon < blocks[block][0] + 42:
            opening.add(block)
        colon = text.find(":", colon + 1)
    if not opening:
        return cues
    taken = {cue.cue_start for cue in found}
    for block in sorted(opening):
        start, end = blocks[block]
        match = LINE_COLON.match(text, start, min(end, start + 60))
        if not match or match.end("source") - start > 40:
            continue
        if len(text[match.end():end].split(None, 4)) < 4 or not text[match.end()].isalpha() and text[match.end()] not in "\"“‘'":
            continue  # "Clinton: 547." is a tally, not a statement
        if _headline_label(text, match.start("source"), match.end("source")):
            continue  # "BREAKING: ...", "Poll: ..." label a headline, they credit nobody
        colon = text.index(":", match.end("source"))
        index = bisect_right(sentence_starts, colon) - 1
        if colon in taken or index < 0:
            continue
        cues.append(CueMatch(
            colon, colon + 1, ":", "colon", index, match.start("source"), match.end("source"), "name",
            content_start=match.end(), content_end=_trim_end(text, match.end(), sentences[index][1]),
        ))
    return cues


def _evidence_cue(text: str, start: int, word: str, entry, index: int, sentence, quotes, quote_ends) -> CueMatch | None:
    """An evidence verb whose evidence noun sits behind a modifier: "New polls released Sunday
    showed", "records compiled by the Center for Example show", "Footage from the game shows".
    ``_verb_cue`` reads the last words before the verb as the subject and drops the cue;
    PolNeAR marks it with the poll or record as its source."""
    lemma, kind, form = entry
    if form == "ing" or word[0].isupper():
        return None  # "results came in showing" and headlines stay with ``_verb_cue``
    lo = _subject_floor(start, 160, sentence, quotes, quote_ends)
    previous = _token_before(text, lo, start)
    cue_start, _ = _auxiliaries_before(text, lo, start, previous) if previous is not None else (start, None)
    source = _evidence_subject(text, lo, cue_start)
    if source is None:
        return None
    end = start + len(word)
    spans = (*source, "noun", None, None, None, None)
    content = _content(text, sentence, cue_start, end, spans, quotes, quote_ends)
    return _new_tuple(CueMatch, (cue_start, end, lemma, kind, index, *spans, *content, False))


def _evidence_subject(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The phrase of the nearest evidence noun (``lexicon.EVIDENCE_NOUNS``) among the few
    words before ``end`` within the clause ("New polls" of "New polls released Sunday"), or
    None when a boundary, a relative or a verb of its own comes first."""
    position = end
    for _ in range(_EVIDENCE_REACH):
        token = _token_before(text, lo, position)
        if token is None:
            return None
        written = text[token[0]:token[1]]
        if _closes(written) or written[0] in _OPENERS:
            return None  # a clause boundary: "…, the reports show" is read by ``_verb_cue``
        lower = written.lower()
        if lower in RELATIVES or lower in COORDINATORS or lower in BE_FORMS:
            return None  # "results that show", "and show": not a noun phrase in front of the verb
        if lower in EVIDENCE:
            return _evidence_phrase_start(text, lo, token[0]), token[1]
        position = token[0]
    return None


def _evidence_phrase_start(text: str, lo: int, start: int) -> int:
    """Where the phrase of an evidence noun begins: back over its determiner and modifiers
    ("A Des Moines Register/Example poll", "Last year's FBI statistics")."""
    for _ in range(6):
        token = _token_before(text, lo, start)
        if token is None:
            break
        written = text[token[0]:token[1]]
        lower = written.lower()
        if _closes(written) or lower in NOT_SUBJECT_BEFORE and lower not in DETERMINERS or lower in FUNCTION_WORDS \
                and lower not in DETERMINERS or "—" in written or "–" in written:
            break  # (a dash inside the token: "temperatures—but Example polling" starts after it)
        start = token[0]
        if lower in DETERMINERS:
            break
    return start


def _in_evidence_cue(text: str, start: int, word: str, index: int, sentence) -> CueMatch | None:
    """ "In a Example News poll released Sunday, 51 percent said ...": the cue is "in"."""
    lo = max(sentence[0], start - 70)
    match = IN_EVIDENCE_BEFORE.search(text, lo, start)
    if not match or text[sentence[0]:match.start()].rstrip(" \"“")[-1:] not in ("", ",", ";", "—", "–"):
        return None  # only "In a poll ..., " opening a clause
    end = start + len(word)
    source_end = POLL_TAIL.match(text, end, sentence[1]).end()
    return CueMatch(match.start("cue"), match.end("cue"), "in", "evidence", index,
                    match.start("source"), source_end, "noun")
