"""Which English cues make a statement row: named rules over the cues ``find_cues`` found.

``find_cues`` finds every cue PolNeAR annotates, acts and evidence included ("berated the
president", "footage indicates"): PolNeAR counts them, so they stay in the rule layer.  A row
of the statements table needs more (issue 10, audit class 7): something said, by someone who
can say it.  ``STATEMENT_RULES`` is an ordered tuple of ``StatementRule(name, test)``; the first rule
whose test holds keeps the cue out of the statements table, and ``explain_statements`` counts
how often each fires.  Each was checked on the eval news by hand (``/work/audit``) and none
changes ``find_cues``, so PolNeAR's scores stay as they are.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from typing import Callable, NamedTuple

from helpers.extract.attribution.records import CueMatch
from helpers.extract.attribution.speakers import speaker_kind
from helpers.lexicon import (
    ACRONYMS, CAPITAL_CITIES, DENIED_NOUNS, DOCUMENT_NOUNS, NON_SPEAKER_NOUNS, OBJECT_ACT_SPEECH, SHOWING_VERBS,
    STANCE_CONTENT_VERBS,
)

NON_SPEAKERS = NON_SPEAKER_NOUNS["en"]
CONTENT_VERBS = STANCE_CONTENT_VERBS["en"]
DENIED = DENIED_NOUNS["en"]
OBJECT_ACTS = OBJECT_ACT_SPEECH["en"]
SHOWING = SHOWING_VERBS["en"]
DOCUMENTS = DOCUMENT_NOUNS["en"]
KNOWN_ACRONYMS = ACRONYMS["en"]
CAPITALS = CAPITAL_CITIES["en"]
#: Evidence verbs that, as a participle after a comma, give the author's inference
#: ("..., indicating that"), never a speaker's statement.
INFERENCE_PARTICIPLES = frozenset({"indicating", "suggesting", "showing", "signalling", "signaling", "implying",
                                   "demonstrating", "revealing", "echoing", "citing", "referring"})

_NEXT_WORD = re.compile(r"[ \xa0]+([\w’'-]+)")
_AFTER_OBJECT = re.compile(r"[ \xa0]+(?:that|to|as|about|on|in|at|over|with|for|of|against|by|from|after|before|"
                           r"during|when|while|if|whether|how|what|why|and|but)\b|\s*[,.;:!?\"“”'‘—–(]|$")
_ESTIMATED_AT = re.compile(r"[ \xa0]+at[ \xa0]+(?:between|about|around|roughly|some|up|over|more|less|least|nearly|"
                           r"almost|\$|€|£|\d)")


class StatementRule(NamedTuple):
    """A named rule: when ``test(text, cue, sentence)`` holds, the cue makes no statement row
    (``sentence`` is the (start, end) of the cue's sentence)."""

    name: str
    test: Callable[[str, CueMatch, tuple[int, int]], bool]


def _stance_with_object(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A stance verb with a noun-phrase object and nothing said: "berated President Example",
    "rejected martial law", "welcomed the prime minister"; so too a speech verb that with an
    object is an act ("addressed the rising cost of living", ``lexicon.OBJECT_ACT_SPEECH``).  Verbs whose object carries what
    was said ("accused X of", "called X a", "condemned the attacks") and a denial ("rejected
    the claim") stay statements."""
    if not (cue.kind == "stance" or cue.lemma in OBJECT_ACTS) or cue.quoted or cue.lemma in CONTENT_VERBS \
            or text[cue.cue_end - 1:cue.cue_end] == ":":
        return False
    if cue.content_start is not None and cue.content_start < cue.cue_start:
        return False  # '"...," she protested': the quotation is what was said
    if text[cue.cue_start:cue.cue_end].rsplit(None, 1)[-1].lower() in ("on", "about", "in"):
        return False  # "posted on Telegram that ...": the platform or topic, not an object
    match = _NEXT_WORD.match(text, cue.cue_end)
    if match is None or _AFTER_OBJECT.match(text, cue.cue_end):
        return False
    if cue.lemma == "mention" and not match.group(1)[:1].isupper() \
            and not _NEGATION.search(text, max(0, cue.cue_start - 12), cue.cue_end):
        return False  # "also mentioned ongoing collaboration with ...": what was said, not a topic named
    following = text[match.start(1):match.start(1) + 60].lower().split()
    return not any(word.strip(",.;:") in DENIED for word in following[:4])


_NEGATION = re.compile(r"\b(?:hardly|barely|never|not|n[’']t|scarcely)\b")


def _source_head(text: str, cue: CueMatch) -> str:
    """The head word of the source as written, lower-cased ("that recent footage" -> "footage",
    "a source briefed on the meeting" -> "source")."""
    if cue.source_start is None:
        return ""
    words = text[cue.source_start:cue.source_end].split()
    for index, word in enumerate(words):
        if index and word.lower() in _HEAD_ENDERS:
            return words[index - 1].lower().strip(",.;:’'")  # "a source briefed on the meeting" -> "source"
    return words[-1].lower().strip(",.;:’'") if words else ""


_HEAD_ENDERS = frozenset({"of", "for", "in", "from", "at", "with", "on", "near", "outside", "inside", "close",
                          "familiar", "briefed", "seen", "reviewed", "provided", "obtained", "who", "that", "which"})


def _evidence_without_speaker(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """Evidence from something that cannot speak: "footage indicates", "its charts show", "the
    talks showed", "security guarantees" (a noun read as a verb)."""
    return _source_head(text, cue) in NON_SPEAKERS


def _shown_by_an_agent(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A person or body that "has shown", "demonstrated" or "proved" something: "The Sampleville
    army has shown throughout the war that it can ...", "Sampleland has shown us how" is the
    author's reading of deeds, not a statement (audit after2, class 2).  A document still shows
    ("the report shows that", ``lexicon.DOCUMENT_NOUNS``), and a quotation keeps its cue."""
    if cue.lemma not in SHOWING or cue.quoted or cue.source_start is None:
        return False
    return _source_head(text, cue) not in DOCUMENTS


def _inference_participle(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """ "The unit ceased publishing videos, indicating that ...", "a selfie video revealing
    ...": the author's inference or a thing's; and "..., citing four sources": the source of
    the statement before it, not a statement."""
    return text[cue.cue_start:cue.cue_end].lower() in INFERENCE_PARTICIPLES


_GERUND_BEFORE = re.compile(r"(?:^|[\s(])(?:for|by|of|after|before|without|from|about|in|on|upon|against|despite)[ \xa0]+$", re.I)


def _gerund(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """An -ing form after a preposition is a gerund, an act: "sentenced for posting online
    comments", "by accusing the platform of ..."."""
    word = text[cue.cue_start:cue.cue_end].split()[0]
    return cue.kind != "according" and word.endswith("ing") and _GERUND_BEFORE.search(text, max(0, cue.cue_start - 40), cue.cue_start) is not None


_PREPOSITION_BEFORE = re.compile(r"(?:^|[\s(])(?:to|for|with|from|at|in|on|by|of|against|about|into|towards?|"
                                 r"[a-z]+ing)[ \xa0]+$")


def _object_of_preposition(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A source that is the object of a preposition or of a participle: in "sent memos to
    Example outlining", "senators visiting Sampleville agreed, saying" and "according to a
    source briefed on the meeting", neither Example, Sampleville nor the source says anything
    by that verb.  An -ing participle right after a noun modifies that noun ("footage of
    servicemembers claiming ..."), so a source found further back is not its own."""
    if cue.source_start is None or cue.kind == "according" or cue.source_start > cue.cue_start:
        return False
    preposition = _PREPOSITION_BEFORE.search(text, max(0, cue.source_start - 40), cue.source_start)
    if preposition is not None:
        head = _WORD_BEFORE.search(text, max(0, preposition.start() - 30), preposition.start() + 1)
        if preposition.group().strip().endswith("ing") and head is not None and head.group(1).lower() in _DETERMINERS:
            return False  # "During the meeting Jane Example said": a noun in -ing, not a participle
        # "Sources close to the command said", "The General Staff of the Armed Forces reported":
        # the phrase goes on before the preposition
        return head is None or not (head.group(1).lower() in _HEAD_GOES_ON or head.group(1)[:1].isupper())
    word = text[cue.cue_start:cue.cue_end].split()[0]
    if not word.endswith("ing") or cue.source_end >= cue.cue_start - 1:
        return False
    before = _WORD_BEFORE.search(text, max(0, cue.cue_start - 30), cue.cue_start)
    return before is not None and before.group(1).islower() and before.group(1).endswith("s") \
        and not before.group(1).endswith(("ly", "ss"))


_WORD_BEFORE = re.compile(r"([\w’'-]+)[ \xa0]+$")
#: Words before a preposition after which the source's head lies further back ("sources close
#: to", "a milblogger affiliated with"): the statements layer reads that head.
_HEAD_GOES_ON = frozenset({"close", "familiar", "briefed", "affiliated", "associated", "linked", "connected", "tied",
                           "aligned"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your", "last",
                          "each", "every", "morning", "evening", "next"})


def _participle_adjective(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A bare past participle used as an adjective: "and cited sources", "a shadow fleet
    estimated at between 400 and 1,000", "the price demanded by Example"."""
    word = text[cue.cue_start:cue.cue_end]
    if not word.endswith("ed") or " " in word or cue.quoted:
        return False
    if _ESTIMATED_AT.match(text, cue.cue_end) or text.startswith(" by ", cue.cue_end) and cue.source_kind == "noun":
        return True  # (and "the price demanded by Example": a noun phrase, not a clause)
    match = _NEXT_WORD.match(text, cue.cue_end)
    if match is None:
        return False
    after = match.group(1)
    return (after.islower() and after.endswith("s") and not after.endswith(("ss", "us", "is")) and len(after) > 3
            and after not in ("was", "has", "this", "its", "his", "is") and cue.lemma in ("cite", "estimate", "report",
                                                                                          "confirm", "claim", "recommend"))


def _title_case(line: str) -> bool:
    """Is a line in title case (a headline): most of its words capitalised, five or more?"""
    return _title_case_words(line.split())


def _title_case_words(split: list[str]) -> bool:
    """``_title_case`` of a line already split into words."""
    words = [word for word in split if word[:1].isalpha()]
    return len(words) >= 5 and sum(1 for word in words if word[0].isupper()) / len(words) >= 0.7


def _headline_label(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A line "Name: rest" that is a headline, not a statement: a subtitle in lower case or
    opening with a gerund ("Cyber Defenders: teaching children ...", "Seminar: Ensuring ..."),
    a question ("Europe: Obstacle or Advocate?"), a rubric in capitals ("HISTORY AND US: ..."),
    a label with a possessive or a gerund ("Keeping Hope Alive: ..."), or a title-case line."""
    if cue.lemma != ":" or cue.content_start is None:
        return False
    source = text[cue.source_start:cue.source_end] if cue.source_start is not None else ""
    if " " in source and source.isupper() or "’s " in source or "'s " in source \
            or source.split(None, 1)[0].endswith("ing"):
        return True  # "HISTORY AND US:", "Sampleland’s Frontline Prospects:", "Keeping Hope Alive:"
    line = _line_of(text, cue.cue_start, cue.cue_end)
    if line.title_case:
        return True  # "Sampleville Report: Example Delivers Aid To Refugees"
    if cue.source_start == line.start and speaker_kind(source) == "organisation" and " " not in source \
            and not source.isupper():
        return True  # "Sampleland: UN chief highlights ...": a country or capital labels the topic
    if cue.quoted:
        return False
    first = text[cue.content_start:cue.content_end].split(None, 1)
    line_end = text.find("\n", cue.content_start)
    line = text[cue.content_start:line_end if line_end >= 0 else len(text)].rstrip()
    return (text[cue.content_start:cue.content_start + 1].islower() or bool(first) and first[0].endswith("ing")
            or line.endswith("?"))


def _dateline(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A dateline "SAMPLEVILLE: The envoy told reporters ..." (audit after2, class 2): one word
    in capitals opening a line before a colon is the place the report was filed from, not a
    speaker, when it is a capital city or too long for an acronym that is not a known one
    ("NATO:", "IAEA:" stay sources)."""
    if cue.lemma != ":" or cue.source_start is None or cue.quoted:
        return False
    source = text[cue.source_start:cue.source_end]
    if " " in source or not source.isupper() or source in KNOWN_ACRONYMS:
        return False
    if cue.source_start != _line_of(text, cue.cue_start, cue.cue_end).start:
        return False
    return source.title() in CAPITALS or len(source) >= 5


def _reader_or_expletive(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A source that is nobody: "you" outside a quotation addresses the reader ("If you believe
    you have found an error"); "it" before a form of "be" is an expletive ("It is worth noting
    that", "It was a curt text, stating"); "as one official put it:" credits the official, not
    "it"."""
    if cue.source_start is None or cue.source_kind not in ("pronoun", "phrase"):
        return False
    source = text[cue.source_start:cue.source_end].lower()
    if source == "you":
        return True
    if source != "it":
        return False
    if cue.lemma == ":":
        return True
    between = text[cue.source_end:cue.cue_start].lower().split()
    return bool(between) and between[0] in ("is", "was", "'s", "’s")


_PLACE_NOUN_AFTER = re.compile(r"[ \xa0]+(?:region|oblast|province|city|town|area|direction|front|district|border)\b")


def _modifier_source(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A name that modifies the noun after it is no subject: in "full control of Example region,
    and has threatened ...", Example threatens nothing."""
    return cue.source_kind == "name" and _PLACE_NOUN_AFTER.match(text, cue.source_end) is not None


def _speech_without_source(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A speech or stance verb whose subject the rules cannot find: "The negotiations ...,
    underscored the deadlock", "200,000 confirmed dead".  A passive ("was reported"), an
    adverb ("reportedly"), "according to" and "told X" (someone told X: the speaker stays
    empty) need none."""
    return cue.source_start is None and cue.kind in ("speech", "stance") and cue.lemma != "tell"


def _object_pronoun_after_participle(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """ "..., describing it as ...", "calling him ...": a pronoun after an -ing cue is its object."""
    return (cue.source_start is not None and cue.source_start >= cue.cue_end and cue.source_kind == "pronoun"
            and text[cue.cue_start:cue.cue_end].split()[0].endswith("ing"))


def _inside_brackets(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A cue inside brackets whose source stands outside them ("the Example administration
    ... (which is contested and discussed in this podcast)"): an aside, not the source's."""
    if cue.source_start is None or cue.source_end > cue.cue_start:
        return False
    between = text[cue.source_end:cue.cue_start]
    return between.count("(") > between.count(")")


def _accused_of(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """ "Example accused of “organised” joking": a passive without its "was" (a headline's); the
    source is the accused, who says nothing."""
    return cue.lemma == "accuse" and text[cue.cue_start:cue.cue_end].lower().endswith(("accused of", "accused"))\
        and text.startswith((" of ", " of\xa0"), cue.cue_end - 3 if text[cue.cue_start:cue.cue_end].endswith("of") else cue.cue_end) \
        and " " not in text[cue.cue_start:cue.cue_end].strip().removesuffix(" of")


def _source_after_colon(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """ "'Open war' declared: Pakistan strikes ...": what follows a cue's colon is what was said,
    never who said it."""
    return cue.source_start is not None and text[cue.cue_end - 1:cue.cue_end] == ":" and cue.source_start >= cue.cue_end


def _in_web_address(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A cue word inside a web address or a slug ("...-operation-ukraine-says", "/news/x-says/")."""
    start = cue.cue_start
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "\"“(":
        start -= 1
    end = cue.cue_end
    while end < len(text) and not text[end].isspace() and text[end] not in "\"”)":
        end += 1
    token = text[start:end]
    return "/" in token or "http" in token or "-" in text[max(start, cue.cue_start - 1):cue.cue_start]


_AFFILIATION = re.compile(r"[ \xa0]+(?:affiliated|associated|linked|connected|tied|aligned|close)\b")


def _adverb_of_a_modifier(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """ "a milblogger reportedly affiliated with ...": the adverb qualifies a modifier of the
    noun, not a statement."""
    return cue.kind == "adverb" and _AFFILIATION.match(text, cue.cue_end) is not None


def _link_source(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A source inside a link, a web address or a table row ("[Share on Twitter](https://...)",
    "Ukraine)| Verified by ..."): page furniture, not a speaker."""
    if cue.source_start is None:
        return False
    source = text[cue.source_start:cue.source_end]
    return "](" in source or "://" in source or "|" in source or source.startswith(("http", "www."))


_NOUN_HOMOGRAPH_CUES = frozenset({"reports", "report", "notes", "note", "projects", "forecasts", "warning", "updates",
                                  "asked", "statements", "comments", "documents", "records", "files", "stories", "lists",
                                  "voices", "questions", "mentions"})


def _menu_line(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A noun in a short line without a stop read as a cue: "Annual Reports", "Briefing notes",
    "Special projects", "Frequently asked questions", "Key questions on ...", "Periodic reports
    on ..." (menus, headings and lists of headlines)."""
    word = text[cue.cue_start:cue.cue_end].split()[-1].lower()
    line = _line_of(text, cue.cue_start, cue.cue_end)
    if line.text.endswith((".", "!", "?", "”", '"')):
        return False
    if word in _NOUN_HOMOGRAPH_CUES and line.words <= 6:
        return True
    # "Key questions on ...", "Young Voices Shaping ...", "Mailing lists": a plural noun after a
    # capitalised adjective or gerund opening a headline line
    source = text[cue.source_start:cue.source_end] if cue.source_start is not None else ""
    return (cue.source_start == line.start and " " not in source and word.endswith("s") and line.words <= 10
            and (source.lower().endswith(_ADJECTIVE_ENDINGS) or source.lower() in _OPENING_ADJECTIVES))


_ADJECTIVE_ENDINGS = ("ic", "al", "ive", "ous", "ful", "ing", "ed", "ary", "ly", "ent", "ant", "able", "ible")
_OPENING_ADJECTIVES = frozenset({"key", "young", "new", "old", "top", "big", "main", "other", "more", "latest",
                                 "recent", "related", "popular", "further", "useful", "all", "most"})


_QUESTION_OPENERS = frozenset({"how", "why", "what", "when", "where", "which", "who", "whom", "whose", "have", "has",
                               "had", "did", "do", "does", "is", "are", "was", "were", "will", "would", "can",
                               "could", "should", "may"})


def _question(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """The author's question ("How have countries responded to the crisis?"): it asks, it
    reports nobody.  A quotation's question keeps its cue ('“Who said so?” he asked')."""
    written = text[sentence[0]:sentence[1]].strip()
    first = written.split(None, 1)[0].lower() if written else ""
    return written.endswith("?") and first in _QUESTION_OPENERS


_TOLD_THINGS = re.compile(r"[ \xa0]+(?:the|a|an|their|his|her|its|our)[ \xa0]+(?:story|stories|tale|tales|truth|joke|jokes|"
                          r"lie|lies|world|history)\b")


def _told_a_thing(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """ "tell the story of ...", "told the truth": telling a thing, not telling someone that."""
    return cue.lemma == "tell" and _TOLD_THINGS.match(text, cue.cue_end) is not None


def _nobody(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A source that denies itself: "No promotional rates found", "None said"."""
    if cue.source_start is None:
        return False
    first = text[cue.source_start:cue.source_end].split(None, 1)[0].lower()
    return first in ("no", "none", "nobody", "neither")


class _Line(NamedTuple):
    """What the line rules read of the line(s) that hold a cue, measured once per line."""

    start: int  # after the newline before the cue (0 on the first line)
    end: int  # the newline after the cue, or the end of the text
    text: str  # text[start:end], stripped
    words: int  # its words (``str.split``)
    worded: int  # those of its words that hold a letter or digit ("- # Access Denied": two)
    title_case: bool  # ``_title_case``


#: One letter or digit: ``str.isalnum`` of one character, as the engine's ``\w`` without "_".
_ALNUM = re.compile(r"[^\W_]")


@lru_cache(maxsize=1)
def _lines(text: str) -> tuple[list[int], dict[tuple[int, int], _Line]]:
    """The text's newline offsets, and its lines measured so far (one text at a time: the
    rules read one article's cues in turn)."""
    newlines = []
    position = text.find("\n")
    while position >= 0:
        newlines.append(position)
        position = text.find("\n", position + 1)
    return newlines, {}


def _line_of(text: str, start: int, end: int) -> _Line:
    """The line(s) holding text[start:end]: its ends by bisection in the newline offsets, its
    words counted once.  Searching for the newlines and splitting the line again for each cue
    (three rules read it) was quadratic in a line of thousands of cues (bench_hostile's
    "said" and "he_said": "He said, He said, ...")."""
    newlines, measured = _lines(text)
    before = bisect_left(newlines, start) - 1  # the last newline before ``start``
    after = bisect_left(newlines, end)  # the first at or after ``end``
    bounds = (newlines[before] + 1 if before >= 0 else 0, newlines[after] if after < len(newlines) else len(text))
    line = measured.get(bounds)
    if line is None:
        stripped = text[bounds[0]:bounds[1]].strip()
        words = stripped.split()
        worded = sum(1 for word in words if word.isalnum() or _ALNUM.search(word))
        line = measured[bounds] = _Line(*bounds, stripped, len(words), worded, _title_case_words(words))
    return line


def _line(text: str, start: int, end: int) -> str:
    """The line(s) holding text[start:end], stripped."""
    return _line_of(text, start, end).text


def _link_list_item(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """An item of a list of links ("- [Example says ...](https://...)"): another page's headline;
    or a row of a table of specifications ("**Guidance**| GPS (... verified)")."""
    line = _line(text, cue.cue_start, cue.cue_end)
    return line.startswith(("- [", "* [", "[")) and "](" in line or _TABLE_ROW.match(line) is not None


_TABLE_ROW = re.compile(r"\*\*[^*|]{1,60}\*\*\s*\|")


def _too_short(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A line of three words or fewer ("Access Denied", "Independent publishing house") says
    nothing; nor does an -ing word in a short line without a stop."""
    line = _line_of(text, cue.cue_start, cue.cue_end)
    words = line.worded  # ("- # Access Denied": two)
    if cue.quoted or line.text.endswith((".", "!", "?", "”", '"')) and words > 3:
        return False
    word = text[cue.cue_start:cue.cue_end].split()[-1]
    return words <= 3 or word.endswith("ing") and words <= 6


def _headline_noun(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A capitalised noun read as a cue in a title-case headline ("Putin Issues Grave Warning",
    "Five Day Forecasts With Alerts"): an -ing form or a plural noun homograph there is a noun."""
    word = text[cue.cue_start:cue.cue_end].split()[0]
    if not word[:1].isupper() or not _line_of(text, cue.cue_start, cue.cue_end).title_case:
        return False
    return word.endswith("ing") or word.lower() in _NOUN_HOMOGRAPH_CUES


def _cue_closing_a_relative_clause(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """ "... the operations we are assessing and forecasting.": a source and cue that close the
    sentence say what came before only when a comma, quotation mark, dash or colon sets them
    off ("..., the minister said."); in a sentence without one, straight after a word, they
    close a relative clause."""
    if cue.source_start is None or cue.source_start >= cue.cue_start or cue.source_start <= sentence[0]:
        return False
    if text[cue.cue_start:cue.cue_end].endswith(":") or text[cue.cue_end:sentence[1]].strip(" .!?\n\u00a0"):
        return False
    before = text[sentence[0]:cue.source_start].rstrip()
    return bool(before) and before[-1].isalnum() and not any(mark in before for mark in _SETTING_OFF)


#: Marks that set a closing source and cue off from what they say.
_SETTING_OFF = (",", "“", "”", '"', "—", "–", ":", "‘", "’ ")


#: The statement rules, in order (see the module docstring).
STATEMENT_RULES: tuple[StatementRule, ...] = (
    StatementRule("a stance verb with a noun-phrase object is an act ('berated President Example')", _stance_with_object),
    StatementRule("evidence from something that cannot speak ('footage indicates', 'its charts show')",
         _evidence_without_speaker),
    StatementRule("a person or body that 'has shown' is the author's reading of deeds ('Sampleland has shown us')",
                  _shown_by_an_agent),
    StatementRule("an evidence participle is the author's inference (', indicating that', 'a video revealing', ', citing')",
         _inference_participle),
    StatementRule("a past participle used as an adjective ('cited sources', 'estimated at 400')", _participle_adjective),
    StatementRule("an -ing form after a preposition is a gerund ('sentenced for posting comments')", _gerund),
    StatementRule("a source is never an object ('memos to Example outlining', 'according to a source briefed')",
                  _object_of_preposition),
    StatementRule("a headline label before a lower-case subtitle ('Example: teaching children')", _headline_label),
    StatementRule("a source and cue closing a sentence straight after a word close a relative clause "
                  "('the operations we are assessing and forecasting.')", _cue_closing_a_relative_clause),
    StatementRule("a dateline in capitals before a colon is a place, not a speaker ('SAMPLEVILLE: The envoy ...')",
                  _dateline),
    StatementRule("a source that is nobody: the reader ('you') or an expletive ('It is worth noting')",
                  _reader_or_expletive),
    StatementRule("a source inside a link, web address or table row is page furniture ('[Share](https://...)')",
                  _link_source),
    StatementRule("a cue word inside a web address or slug ('.../kursk-operation-ukraine-says')", _in_web_address),
    StatementRule("an adverb of a noun's modifier ('a milblogger reportedly affiliated with')", _adverb_of_a_modifier),
    StatementRule("what follows a cue's colon is never its source ('declared: Example strikes ...')",
                  _source_after_colon),
    StatementRule("a pronoun after an -ing cue is its object ('describing it as')", _object_pronoun_after_participle),
    StatementRule("a cue in brackets is an aside, not its outside source's ('(... and discussed in this podcast)')",
                  _inside_brackets),
    StatementRule("'X accused of ...' is a passive: the accused says nothing", _accused_of),
    StatementRule("a name that modifies a noun is no subject ('of Example region, and has threatened')",
                  _modifier_source),
    StatementRule("a speech or stance verb needs a subject ('The talks ..., underscored the deadlock')",
                  _speech_without_source),
    StatementRule("telling a thing is no statement ('tell the story of ...')", _told_a_thing),
    StatementRule("a source that denies itself says nothing ('No promotional rates found')", _nobody),
    StatementRule("an item of a list of links is another page's headline ('- [Example says ...](https://...)')",
                  _link_list_item),
    StatementRule("a line of three words or fewer says nothing ('Access Denied')", _too_short),
    StatementRule("the author's question reports nobody ('How have countries responded?')", _question),
    StatementRule("a capitalised noun in a title-case headline is no cue ('Example Issues Grave Warning')",
                  _headline_noun),
    StatementRule("a noun in a short line without a stop is a menu item ('Annual Reports', 'Briefing notes')",
                  _menu_line),
)

_TALLY: Counter | None = None


def makes_statement(text: str, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """Does a statement cue make a statement row (no rule of ``STATEMENT_RULES`` holds)?"""
    for rule in STATEMENT_RULES:
        if rule.test(text, cue, sentence):
            if _TALLY is not None:
                _TALLY[rule.name] += 1
            return False
    return True


def explain_statements(texts_and_cues) -> Counter:
    """How often each rule of ``STATEMENT_RULES`` keeps a cue out, over (text, cue, sentence)."""
    global _TALLY
    previous, _TALLY = _TALLY, Counter()
    try:
        for text, cue, sentence in texts_and_cues:
            makes_statement(text, cue, sentence)
        return _TALLY
    finally:
        _TALLY = previous
