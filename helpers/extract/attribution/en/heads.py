"""Where an English source's head lies: the words around the phrase the cue rules read that
change who the source is.

The cue rules (``en.cues``) read the noun phrase right before a cue; real war reporting puts
the speaker's name, owner or head further back ("A Russian milblogger reportedly affiliated
with the Northern Grouping of Forces claimed", "Serhii Example of the Centre for Security and
Cooperation said", "the General Staff of the Armed Forces of Ukraine reported", "Sources close
to the command said").  Each function here reads one such pattern in the text before the
source and moves the statement's source span (``Draft.speaker_span``) onto the speaker; none
changes ``find_cues``, so PolNeAR's scores stay as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.attribution.draft import Draft
from helpers.extract.attribution.records import CueMatch
from helpers.extract.attribution.en.outlets import outlet_name
from helpers.extract.attribution.speakers import ADJECTIVES, NATIONALITIES, NOT_NAME, speaker_kind
from helpers.lexicon import INSTITUTION_NOUNS, ORGANISATION_WORDS, UNNAMED_SOURCE_WORDS

UNNAMED = UNNAMED_SOURCE_WORDS["en"]
INSTITUTIONS = INSTITUTION_NOUNS["en"]
ORGANISATIONS = ORGANISATION_WORDS["en"]
CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ]")


#: An ordinal before a unit's name ("14th Unmanned Aerial Vehicle Regiment").
ORDINAL_BEFORE = re.compile(r"(?<![\w-])\d{1,3}(?:st|nd|rd|th)[ \xa0]+$")


#: An owner before a body's name: "Ukrainian General Staff", "Ukraine's Air Force".
OWNER_BEFORE = re.compile(r"(?:(?P<possessive>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s|(?P<adjective>[A-Z][\w.-]*))\s+$")


#: "A Russian milblogger reportedly affiliated with <the Northern Grouping>": the head is before.
AFFILIATED = re.compile(
    r"(?P<head>(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*)\s+(?:\w+ly\s+)?"
    r"(?:affiliated|associated|linked|close|connected|aligned|tied)\s+(?:with|to)\s+(?:the\s+)?"
    rf"(?:(?:{'|'.join(sorted(NATIONALITIES, key=len, reverse=True))})\s+)?$"
)


#: A document an outlet saw: "an OFAC document seen by Reuters" (the outlet is the via).
SEEN_BY = re.compile(r"^(?P<document>.+?)\s+(?:seen|reviewed|obtained|provided\s+to|shared\s+with|published\s+by)"
                     r"(?:\s+by)?\s+(?P<outlet>.+)$")


def with_owner(text: str, draft: Draft, written: str) -> str:
    """A body's name with the country before it ("the Ukrainian General Staff", "Ukraine's Air
    Force"): the source span is widened over the owner, which the cue rules leave out."""
    start = draft.speaker_span[0]
    if start is None or written != draft.speaker_text:
        return written
    ordinal = ORDINAL_BEFORE.search(text, max(0, start - 12), start)
    if ordinal is not None:  # "the 14th Example Regiment": the number is part of the name
        start = ordinal.start()
        draft.speaker_span = (start, draft.speaker_span[1])
        written = draft.speaker_text = text[start:draft.speaker_span[1]]
    words = written.split()
    if not words or not any(word.lower().removesuffix("’s").removesuffix("'s") in ORGANISATIONS for word in words) \
            or words[0] in NATIONALITIES or words[0].removesuffix("’s").removesuffix("'s") in ADJECTIVES:
        return written
    match = OWNER_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return written
    owner = match.group("possessive") or match.group("adjective")
    if owner not in ADJECTIVES and owner not in NATIONALITIES:
        return written
    draft.speaker_span = (match.start(), draft.speaker_span[1])
    draft.speaker_text = text[match.start():draft.speaker_span[1]]
    return draft.speaker_text


#: "a paper in the| Example Journal that explains": the head noun before a name a relative follows.
HEAD_BEFORE_NAME = re.compile(r"(?P<head>(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo)[ \xa0]+(?:[\w’'-]+[ \xa0]+){0,2}?[a-z][\w’'-]*)"
                              r"[ \xa0]+(?:in|of|from|at|by)[ \xa0]+(?:the[ \xa0]+)?$")


def antecedent_head(text: str, cue: CueMatch, draft: Draft) -> None:
    """ "a paper in the Example Journal that explains": the relative's antecedent is the paper."""
    match = HEAD_BEFORE_NAME.search(text, max(0, cue.antecedent_start - 60), cue.antecedent_start)
    if match is not None:
        draft.antecedent = text[match.start("head"):cue.antecedent_end]


#: "Moscow and| Kyiv": a name coordinated with the one the cue rules read.
NAME_AND_BEFORE = re.compile(r"(?<![\w’'-])(?P<left>[A-ZÀ-ÖØ-Þ][\w’'-]*)[ \xa0]+and[ \xa0]+$")


def coordinated_names(text: str, draft: Draft) -> bool:
    """Is the source one of two coordinated names ("with Moscow and Kyiv accusing each other")?
    The speaker is then both, so no one name: the row keeps both as its descriptor."""
    start, end = draft.speaker_span
    match = NAME_AND_BEFORE.search(text, max(0, start - 40), start)
    if match is None or match.group("left").lower() in NOT_NAME or match.group("left") in ("The", "A", "An"):
        return False
    if any(word.lower() in ORGANISATIONS for word in text[start:end].split()):
        return False  # ("... Employment and Social Rights Forum" is one body's name: read above)
    draft.speaker_span = (match.start("left"), end)
    draft.speaker_text = text[match.start("left"):end]
    return True


def seen_by_outlet(draft: Draft, written: str) -> str:
    """ "a document seen by Reuters", "assessments provided to Bloomberg": the document is the
    source and the outlet that saw it the via."""
    match = SEEN_BY.match(written)
    if match is None:
        return written
    outlet = outlet_name(match.group("outlet"))
    if not outlet:
        return written
    draft.via = outlet
    return match.group("document")


#: "Sources close to| the command": the head of an unnamed source before its modifier.
UNNAMED_HEAD_BEFORE = re.compile(
    r"(?P<head>(?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any)[ \xa0]+)?(?:[\w’'-]+[ \xa0]+){0,2}?"
    rf"(?:{'|'.join(sorted(UNNAMED, key=len, reverse=True))}))"
    r"[ \xa0]+(?:close[ \xa0]+to|familiar[ \xa0]+with|briefed[ \xa0]+on|in|at|from|within|inside|near|with)[ \xa0]+$",
    re.IGNORECASE,
)


#: The last words of UNNAMED_HEAD_BEFORE's links ("close to", "familiar with", "in" ...), lower-cased.
_HEAD_LINKS = frozenset({"to", "with", "on", "in", "at", "from", "within", "inside", "near"})


def _last_word(text: str, end: int) -> str:
    """The lower-cased word before ``text[end]`` across spaces (a cheap test before a search
    that scans an 80-character window: 130 microseconds per source)."""
    window = text[max(0, end - 16):end].rstrip(" \xa0")
    return window.rsplit(None, 1)[-1].lower() if window.strip() else ""


#: "The General Staff of| the Armed Forces of Ukraine": a body owned by the body the cue rules read.
BODY_OF_BEFORE = re.compile(r"(?P<body>[A-Z][\w’'-]*(?:[ \xa0]+[A-Z][\w’'-]*){0,4})[ \xa0]+of[ \xa0]+$")


def body_of_before(text: str, draft: Draft) -> None:
    """ "The General Staff of the Armed Forces of Ukraine reported": the source is the General
    Staff (of the Armed Forces of Ukraine), not the Armed Forces."""
    start = draft.speaker_span[0]
    match = BODY_OF_BEFORE.search(text, max(0, start - 60), start)
    if match is not None and any(word.lower() in ORGANISATIONS for word in match.group("body").split()):
        draft.speaker_span = (match.start("body"), draft.speaker_span[1])
        draft.speaker_text = text[match.start("body"):draft.speaker_span[1]]


def unnamed_head_before(text: str, draft: Draft) -> None:
    """ "Sources close to the command said": the source is the sources, not the command."""
    start = draft.speaker_span[0]
    if _last_word(text, start) not in _HEAD_LINKS:
        return  # the pattern ends in one of these words: most sources have none, skip the search
    match = UNNAMED_HEAD_BEFORE.search(text, max(0, start - 80), start)
    if match is not None and "\n" not in match.group():
        draft.speaker_span = (match.start("head"), draft.speaker_span[1])
        draft.speaker_text = text[match.start("head"):draft.speaker_span[1]]


#: "The European Employment and| Social Rights Forum": a body's name holding "and".
NAME_BEFORE_AND = re.compile(r"(?P<left>[A-Z][\w’'-]*(?:[ \xa0]+[A-Z][\w’'-]*){0,4})[ \xa0]+(?:and|&)[ \xa0]+$")


def name_across_and(text: str, draft: Draft) -> None:
    """A body whose name holds "and" ("European Employment and Social Rights Forum"): the cue
    rules stop at the "and"; the name goes on before it when its last word names a body and
    the words before the "and" name none of their own."""
    start, end = draft.speaker_span
    written = text[start:end]
    words = written.split()
    if not words or words[-1].lower() not in ORGANISATIONS | {"forum"} or not written[:1].isupper():
        return
    match = NAME_BEFORE_AND.search(text, max(0, start - 60), start)
    if match is None or any(word.lower() in ORGANISATIONS or word in ADJECTIVES for word in match.group("left").split()):
        return
    draft.speaker_span = (match.start("left"), end)
    draft.speaker_text = text[match.start("left"):end]


def affiliated_head(text: str, draft: Draft) -> None:
    """ "A Russian milblogger reportedly affiliated with the Northern Grouping claimed": the
    source is the milblogger, not the body named in the modifier."""
    start = draft.speaker_span[0]
    match = AFFILIATED.search(text, max(0, start - 90), start)
    if match is not None:
        draft.speaker_span = (match.start("head"), match.end("head"))
        draft.speaker_text = text[match.start("head"):match.end("head")]


#: "Jane Example of the Sampleville Centre for Peace and| Cooperation said": the body's name
#: holds "and", so the cue rules read only its last words as the source.
PERSON_OF_BODY = re.compile(
    r"(?P<person>[A-Z][\w’'.-]*(?:[ \xa0]+[A-Z][\w’'.-]*){1,3}),?[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?"
    r"(?P<body>[A-Z][\w’'.-]*(?:[ \xa0]+(?:[A-Z][\w’'.-]*|of|for|and|the|on|in|&))*)[ \xa0]+$"
)


#: "Jane Example of the| Sampleville Church": a person named right before the body the cue rules read.
PERSON_BEFORE_OF = re.compile(
    r"(?P<person>[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[ \xa0]+[A-ZÀ-ÖØ-Þ][\w’'.-]*){1,4}),?[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?"
    rf"(?:(?:{'|'.join(sorted(NATIONALITIES, key=len, reverse=True))})[ \xa0]+)?$"
)


def person_of_body(text: str, draft: Draft) -> str:
    """A person named with the body they belong to ("Archbishop Jane Example of the Sampleville
    Church ..., describing", "Jane Example of the Centre for Peace and Cooperation said"): the
    cue rules read the body (or, at an "and", its last words); the person is the speaker and
    "of <body>" their role."""
    start, end = draft.speaker_span
    written = text[start:end]
    before = PERSON_BEFORE_OF.search(text, max(0, start - 100), start)
    if before is not None and speaker_kind(name_part(written)) in ("organisation", "outlet"):
        person = before.group("person")  # "Archbishop Jane Example of the Sampleville Church ..., describing"
        if speaker_kind(person) == "person":
            draft.speaker_span = before.span("person")
            draft.speaker_text = person
            return text[before.end("person"):end].lstrip(", \xa0")
    match = PERSON_OF_BODY.search(text, max(0, start - 160), start)
    if match is None or not text[match.end("body"):start].strip() == "" or " and " not in text[match.start("body"):start + 1]:
        return ""
    person = match.group("person")
    if speaker_kind(person) != "person":
        return ""
    draft.speaker_span = match.span("person")
    draft.speaker_text = person
    return f"of the {match.group('body')} {written}"


def institution(written: str) -> str:
    """ "Ukraine's military", "the Russian military" -> "Ukrainian military", "Russian
    military": a country's institution named by a common noun is an organisation."""
    words = written.split()
    determined = bool(words) and words[0].lower() == "the"
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if len(words) < 2:
        return ""
    owner = words[0].removesuffix("’s").removesuffix("'s")
    rest = " ".join(words[1:]).lower()
    if rest not in INSTITUTIONS:
        return _named_owner_institution(words) if determined else ""
    if owner in ADJECTIVES and owner != words[0]:
        return f"{ADJECTIVES[owner]} {rest}"
    if words[0] in NATIONALITIES:
        return f"{words[0]} {rest}"
    return _named_owner_institution(words) if determined else ""


def _named_owner_institution(words: list[str]) -> str:
    """ "the Hong Kong government" -> "Hong Kong government": after "the", a place's or a
    body's capitalised name, then an institution's common noun (audit of the eval news, issue
    10: such a body was left empty).  "The" is required, so a sentence-initial "Local
    government" is not read as a name."""
    for split in range(1, len(words)):  # the longest institution noun first
        rest = " ".join(words[split:])
        if rest.lower() == rest and rest in INSTITUTIONS:
            owner = words[:split]
            if all(word[:1].isupper() and not word.endswith(("’s", "'s")) for word in owner):
                return f"{' '.join(owner)} {rest}"
            return ""
    return ""


@lru_cache(maxsize=8192)
def name_part(written: str) -> str:
    """The name inside a written source: "Democratic strategist Jane Example" -> "Jane Example"."""
    words = written.split()
    if len(words) > 1 and not CAPITALISED.match(words[0]) and words[0].lower() not in ("the", "a", "an"):
        while words and not CAPITALISED.match(words[0]):
            words.pop(0)
    return " ".join(words)
