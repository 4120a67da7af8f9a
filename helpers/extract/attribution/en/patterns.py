"""The English cue inventory and the compiled patterns of the attribution rules.

Cue words are found by one set intersection of the article's words with every inflected
form of ``lexicon.CUE_VERBS`` (``helpers.morphology.verb_forms``); the forms, their lemmas and
kinds, and the patterns that read the words around a cue are built here once.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
    NAME_ABBREVIATIONS,
)
from helpers.morphology import verb_forms

# --- the cue inventory -----------------------------------------------------------------------


def _cue_forms(language: str) -> dict[str, tuple[str, str, str]]:
    """surface form -> (lemma, kind, form); a lemma listed under several kinds keeps the first,
    and the forms of ``lexicon.CUE_FORM_EXCLUSIONS`` are left out."""
    forms: dict[str, tuple[str, str, str]] = {}
    for kind, lemmas in CUE_VERBS[language].items():
        for lemma in lemmas:
            for surface, form in verb_forms(lemma, CUE_IRREGULAR[language]).items():
                forms.setdefault(surface, (lemma, kind, form))
    for surface in CUE_FORM_EXCLUSIONS[language]:
        forms.pop(surface, None)
    for form, surfaces in CUE_MINED_FORMS[language].items():
        for surface in surfaces:
            forms.setdefault(surface, (surface, "act", form))
    return forms


CUE_FORMS = _cue_forms("en")
#: Leaders of a "to"-infinitive cue ("tried to explain"); a leader that is a cue itself
#: ("attempted", "decided") makes its own cue, so it is left out here.
CHAIN_LEADERS = frozenset(word for word in CUE_CHAIN_LEADERS["en"] if word not in CUE_FORMS)
PARTICLES = CUE_PARTICLES["en"]
#: Particles taken into the cue of a verb that lists none of its own ("railed against").
GENERAL_PARTICLES = PARTICLES["*"]
PARTICLE_ONLY = CUE_PARTICLE_ONLY["en"]
BASE_FORMS = CUE_BASE_FORMS["en"]
NO_ING = CUE_NO_ING["en"]
COMPLEMENTS = CUE_COMPLEMENTS["en"]
NOUN_HOMOGRAPHS = CUE_NOUN_HOMOGRAPHS["en"]
ADVERB_CUES = frozenset(CUE_ADVERBS["en"])
AUXILIARIES = frozenset(CUE_AUXILIARIES["en"])
CLITICS = CUE_CLITICS["en"]
NOT_BEFORE = CUE_NOT_BEFORE["en"]
NAMING_VERBS = CUE_NAMING_VERBS["en"]
INDEFINITES = INDEFINITE_DETERMINERS["en"]
DETERMINERS = frozenset(SOURCE_DETERMINERS["en"])
NOUN_SOURCES = SOURCE_NOUNS["en"]
NOT_NAME = NOT_NAME_WORDS["en"]
EVIDENCE = EVIDENCE_NOUNS["en"]
MEDIA = STATEMENT_NOUNS["en"]
GRAMMAR = SOURCE_GRAMMAR["en"]
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
RELATIVE_OPENERS = GRAMMAR["relative_openers"]
CLAUSE_OPENERS = GRAMMAR["clause_openers"]
STACKING_DETERMINERS = GRAMMAR["stacking_determiners"]
ING_MODIFIERS = GRAMMAR["ing_modifiers"]
QUANTITY_WORDS = GRAMMAR["quantity_words"]
NUMBER_TENS = GRAMMAR["number_tens"]
MORE_PREPOSITIONS = GRAMMAR["prepositions"]
QUANTITY_ADVERBS = GRAMMAR["quantity_adverbs"]
BRIDGING_ADJECTIVES = GRAMMAR["bridging_adjectives"]
MODALS = GRAMMAR["modals"]
PLURAL_PRONOUNS = frozenset({"they", "we", "i", "you"})
NO_INVERSION = GRAMMAR["no_inversion"]
NO_OBJECT_SPEECH = GRAMMAR["no_object_speech"]
ADJECTIVE_PREPOSITIONS = GRAMMAR["adjective_prepositions"]
OBJECT_SPEECH = GRAMMAR["object_speech"]
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "it"})
PERSON_NOUNS = GRAMMAR["person_nouns"] | EVIDENCE | NAME_TITLES["en"]
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
CUE_WORDS = frozenset(
    word.encode() for word in (*CUE_FORMS, *(w.capitalize() for w in CUE_FORMS), *ADVERB_CUES,
                               *(w.capitalize() for w in ADVERB_CUES), *IN_EVIDENCE, "according", "According")
)
DECODED = {word: word.decode() for word in CUE_WORDS}
#: Each cue word between spaces, the needle ``cue_words`` looks for.
NEEDLES = {word: b" " + word + b" " for word in CUE_WORDS}
#: Bytes that are not ASCII letters or hyphens become spaces, so ``split`` yields words.
WORD_BYTES = bytes(
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
ACTIONS = {word: _cue_action(word) for word in DECODED.values()}


@lru_cache(maxsize=16)
def cue_word_set(kinds: frozenset[str] | None) -> frozenset[bytes]:
    """The cue words worth looking for when only verb cues of ``kinds`` are wanted (all the
    other words -- "according", adverbs, "in" -- are always wanted)."""
    if kinds is None:
        return CUE_WORDS
    return frozenset(
        word for word in CUE_WORDS
        if ACTIONS[DECODED[word]][0] != "verb" or ACTIONS[DECODED[word]][1][1] in kinds
    )


#: Marks that end an apposition's reach ("Name, a role, said" never spans them).
APPOSITION_STOP = re.compile("[\"“”;:]")
#: Marks that may open a token: the phrase after them starts there ("(Forbes says").
OPENERS = "(“\"‘[*_"  # "[" "*" "_": Markdown link text and emphasis
#: The last characters of a token that may close a phrase (``closes`` decides).
MAY_CLOSE = frozenset(",.;:!?\"“”()[]—–'’*_")
SPACES = " \n\t\xa0\u2009\u202f\u200b\u200c\u200d\u2060\ufeff"  # zero-width marks too
#: Invisible characters some agencies put inside names (zero-width space, non-joiner, joiner, word joiner).
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
#: Characters before a word that make it part of a web address or a file name.
IN_ADDRESS = frozenset("/_=&?#%@.")
BOUNDARY = ",.;:!?\"“”()[]—–"
#: Titles abbreviated before a name, one list with the sentence splitter's (``lexicon.NAME_ABBREVIATIONS``).
_NAME_ABBREVIATIONS = rf"(?:{'|'.join(NAME_ABBREVIATIONS['en'])})\."
ABBREVIATION = re.compile(rf"(?:[A-Z]\.)+|{_NAME_ABBREVIATIONS}")

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ"
CAPWORD = (
    rf"(?:{_NAME_ABBREVIATIONS}|[{_UPPER}]\.(?:[{_UPPER}]\.)+|[{_UPPER}]\.(?=\s+[{_UPPER}])"
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

#: The source after "according to": up to a clause boundary.  An abbreviation with internal
#: stops ("the U.N. nuclear watchdog", "U.S. officials") and an abbreviated title ("Mr.
#: Example") are part of it, not its end.
ACCORDING_SOURCE = re.compile(
    rf"\s+(?P<source>(?:(?:[A-Z]\.){{2,}}|{_NAME_ABBREVIATIONS}|[^,.;:!?\"“”()\n]){{1,120}}?)"
    r"\s*(?=[,.;:!?\"“”()\n]|$|\s(?:that|who|which)\s)"
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
