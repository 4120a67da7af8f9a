"""The chain of an English statement: the news outlet it came through and the platform it was
made on, read from the statement's own clause (issues 10 and 11).

``via`` is only ever an outlet, agency, broadcaster or publication as written ("UNIAN", "The
Guardian", "TASS"), never a pronoun, a person, a country, a government body, a report or a
phrase: ``outlet_name`` accepts a phrase only when it is one of ``lexicon.OUTLET_NAMES``, or a
capitalised name ending in an outlet word ("Sampleville News", "Example TV") with no word of a
government body, or a name beside a word for a publication ("Kremlin newswire TASS", "the
Example news agency").

The recipient constructions that set ``via`` (audit classes 1 and 11):

* anchored at the cue: "told X", "said to X", "confirmed to X", "claimed to Kremlin newswire
  TASS", "spoke with X";
* anywhere in the statement's clause: "(said) in an interview with X", "during an interview
  with X", "in comments to X", "speaking to X", "quoted by X";
* "X reported, citing ...": the outlet is the via and the cited source the speaker (read in
  ``statements``);
* "..., according to X" after a statement in the same sentence (read in ``statements``).

A platform ("on Telegram", "in a Facebook post", "on X", "over WhatsApp") is the ``medium``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.lexicon import (
    COUNTRY_ADJECTIVES, NOT_OUTLET_WORDS, OUTLET_DESCRIPTORS, OUTLET_NAMES, OUTLET_WORDS, PLATFORM_NAMES,
)
from helpers.regex import plain_alternation

OUTLETS = OUTLET_NAMES["en"]
NOT_OUTLET = NOT_OUTLET_WORDS["en"]
DESCRIPTORS = tuple(sorted(OUTLET_DESCRIPTORS["en"], key=len, reverse=True))
PLATFORMS = PLATFORM_NAMES["en"]
#: Words that end an outlet's name ("Sampleville News", "Example TV"); "service" and "agency"
#: only after another outlet word ("BBC Russian Service" is in the names list).
OUTLET_ENDINGS = OUTLET_WORDS["en"] - {"telegram", "channel", "website", "portal", "blog", "podcast", "media"}
#: Countries and their adjectives: "Ukrainian broadcaster" names no outlet.
COUNTRY_WORDS = frozenset(COUNTRY_ADJECTIVES["en"]) | frozenset(COUNTRY_ADJECTIVES["en"].values())
_NOT_OUTLET_PHRASE = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me",
                                "his", "their", "its", "our", "my", "your", "this", "that", "these", "those"})

_NAME_WORD = r"(?:[A-Z][\w.&'’+/-]*|\d+\+\d+)"
#: A capitalised phrase that may name an outlet, with publication words around it
#: ("Kremlin newswire TASS", "the Interfax news agency", "The Guardian newspaper").
OUTLET_PHRASE = (
    rf"(?P<outlet>(?:(?:state|public|independent|private|pro-Kremlin|opposition|local|national|regional|online|"
    rf"news|wire|[a-z]+-language)\s+)*"
    rf"(?:{_NAME_WORD}(?:[ \xa0]+(?:{_NAME_WORD}|of|de|der|la|le|di|del))*)"
    rf"(?:\s+(?:{'|'.join(re.escape(d) for d in DESCRIPTORS)}))?"
    rf"(?:\s+{_NAME_WORD}(?:[ \xa0]+{_NAME_WORD})*)?"
    rf"|(?:{'|'.join(re.escape(d) for d in DESCRIPTORS)})\s+{_NAME_WORD}(?:[ \xa0]+{_NAME_WORD})*)"
)
#: Right after a cue: "told X", "said to X", "confirmed to the X", "spoke with X".
AFTER_CUE = re.compile(
    rf"(?:\s+(?:[a-z]+ly|later|earlier|also))?(?:\s+(?:to|with))?\s+(?:the\s+)?{OUTLET_PHRASE}"
)
#: Anywhere in the statement's clause.
IN_CLAUSE = re.compile(
    rf"(?<![\w-])(?:(?:[Ii]n|[Dd]uring|[Ff]or)\s+(?:an?|the|his|her|their|its|one)\s+(?:[\w’'-]+\s+){{0,4}}?"
    rf"(?:interview|conversation|comments|remarks|podcast|op-ed|article|appearance|call)\s+(?:with|to|for|on)"
    rf"|[Ss]peaking\s+(?:to|with)|[Tt]alking\s+to|[Ii]n\s+comments\s+to|[Qq]uoted\s+by|[Tt]old)"
    rf"\s+(?:the\s+)?{OUTLET_PHRASE}"
)
#: "..., citing four sources familiar with the matter": the cited source of an outlet's report.
CITING = re.compile(r",?\s+citing\s+(?P<source>[^,.;:!?\"“”()\n]{2,120}?)(?=\s*(?:[,.;:!?\"“”()\n]|$|\s(?:as\s+saying|that)\s))")

_PLATFORM_ALTERNATION = plain_alternation(PLATFORMS)
MEDIUM = re.compile(
    rf"(?<![\w-])(?:on|via|in|through|over)\s+(?:(?:an?|the|his|her|its|their|official|own|personal|verified)\s+)*"
    rf"(?P<platform>{_PLATFORM_ALTERNATION})(?![\w-])"
    rf"|(?<![\w-])(?P<post>{_PLATFORM_ALTERNATION})\s+(?:post|posts|channel|account|page|video|message|statement)\b"
)
#: A platform right after a cue that took "on" as its particle ("wrote on| Telegram").
MEDIUM_AFTER_PARTICLE = re.compile(rf"\s+(?:(?:his|her|its|their|official)\s+)*(?P<platform>{_PLATFORM_ALTERNATION})(?![\w-])")


@lru_cache(maxsize=4096)
def outlet_name(phrase: str) -> str:
    """The outlet a phrase names, as written ("the Interfax news agency" -> "Interfax",
    "Kremlin newswire TASS" -> "TASS", "The Guardian newspaper" -> "The Guardian"), or ""
    when the phrase names no outlet (a pronoun, a person, a government body, a platform)."""
    phrase = phrase.strip(" ,.;:\u200b")
    if phrase.startswith("the "):
        phrase = phrase[4:]
    lower = phrase.lower()
    if not phrase or lower in _NOT_OUTLET_PHRASE or phrase in PLATFORMS:
        return ""
    if lower in OUTLETS:
        return phrase
    described = False
    for descriptor in DESCRIPTORS:
        padded = f" {lower} "
        position = padded.find(f" {descriptor} ")
        if position < 0:
            continue
        before = phrase[:max(position - 1, 0)].strip()
        after = phrase[position + len(descriptor):].strip()
        described = True
        phrase = after if after[:1].isupper() else before
        words = phrase.split()
        while words and (words[0][:1].islower() or words[0] in ("Kremlin", "State") and len(words) > 1):
            words.pop(0)  # "Kremlin newswire TASS", "state news agency RIA": the owner is no part of the name
        phrase = " ".join(words)
        lower = phrase.lower()
        break
    if not phrase or lower in _NOT_OUTLET_PHRASE or phrase in PLATFORMS or not phrase[:1].isupper() \
            or phrase in COUNTRY_WORDS:
        return ""
    if lower in OUTLETS or lower.removeprefix("the ") in OUTLETS:
        return phrase
    words = lower.split()
    if any(word.removesuffix("’s").removesuffix("'s") in NOT_OUTLET for word in words):
        return ""  # "the State Emergency Service", "the Defence Intelligence Agency"
    if described and all(word[:1].isupper() or word[:1].isdigit() for word in phrase.split()):
        return phrase  # "the Sampleville news agency" -> "Sampleville"
    if len(words) > 1 and words[-1] in OUTLET_ENDINGS:
        return phrase  # "Sampleville News", "The Sampleville Courier"
    return ""


def recipient_after(text: str, cue_end: int, limit: int) -> tuple[str, int, int] | None:
    """(outlet, start, end) of a recipient right after a cue ("told Reuters", "confirmed to the
    Financial Times"), or None."""
    match = AFTER_CUE.match(text, cue_end, limit)
    if match is None:
        return None
    outlet = outlet_name(match.group("outlet"))
    return (outlet, match.start("outlet"), match.end()) if outlet else None


def recipients_in(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(outlet, start, end) of every free recipient construction between two offsets ("in an
    interview with X", "speaking to X", "quoted by X")."""
    found = []
    for match in IN_CLAUSE.finditer(text, start, end):
        outlet = outlet_name(match.group("outlet"))
        if outlet:
            found.append((outlet, match.start(), match.end()))
    return found


def media_in(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(platform, start, end) of every platform named between two offsets ("on Telegram")."""
    found = []
    for match in MEDIUM.finditer(text, start, end):
        platform = match.group("platform") or match.group("post")
        if platform == "X" and match.group("platform") is None and not text.startswith(" post", match.end("post")):
            continue  # "X" alone is a letter: only "on X" or "an X post"
        found.append((platform, match.start(), match.end()))
    return found


def medium_after_particle(text: str, cue_end: int, limit: int) -> tuple[str, int, int] | None:
    """(platform, start, end) right after a cue that ends in "on" ("wrote on| Telegram")."""
    if not text.endswith((" on", " in", "on", "in"), 0, cue_end):
        return None
    match = MEDIUM_AFTER_PARTICLE.match(text, cue_end, limit)
    return (match.group("platform"), match.start("platform"), match.end()) if match else None


def cited_source(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the source an outlet's report cites (", citing four sources ...")."""
    match = CITING.search(text, start, end)
    return match.span("source") if match else None
