"""The counted thing after an English figure ("Russian soldiers", "mortar systems and their
crews") and the kind of claim it makes (casualties, attacks, equipment ...)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from helpers.extract.claims.en.patterns import (
    EDITORIAL_INSERTION, KIND_NOUNS, LIST_TAIL, MASS, MONTHS_AND_DAYS, OF_DETERMINER, OF_THE_ONLY, PARTICIPLE_HEADS, POSSESSIVES, RATE_ADJ,
    STOP, UNIT_PARTICIPLES, UNIT_RUN,
)

@lru_cache(maxsize=8192)
def _lemma(word: str) -> str:
    """The lexicon key of a word: lower case, possessive and plural ending removed."""
    word = word.lower()
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    if word in KIND_NOUNS:
        return word
    if word.endswith("ies") and word[:-3] + "y" in KIND_NOUNS:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2] in KIND_NOUNS:
        return word[:-2]
    if word.endswith("s") and word[:-1] in KIND_NOUNS:
        return word[:-1]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]  # "kilometers" -> "kilometer", for pairs ("square kilometer")
    return word


def lemma_of(word: str) -> str:
    """The lexicon key of a word ("missiles" -> "missile"), as the kind look-up reads it."""
    return _lemma(word)


def _is_head(lowered: str) -> bool:
    """Does the (lower-case) word end a counted noun phrase (a plural or a mass noun)?"""
    if lowered in MASS or lowered in PARTICIPLE_HEADS:
        return True
    return len(lowered) > 2 and lowered[-1] == "s" and not lowered.endswith(("ss", "us", "is", "’s", "'s"))


def _plural_noun(lowered: str) -> bool:
    """Is the (lower-case) word a plural noun that may follow a modifier ("accounts")?"""
    return (lowered.isalpha() and lowered not in STOP and lowered.endswith("s")
            and not lowered.endswith(("ss", "us", "is")))


@dataclass(slots=True)
class Unit:
    text: str
    end: int
    words: tuple[str, ...]
    rate: str  # period from a rate adjective inside the phrase ("400 daily casualties")


NO_UNIT = Unit("", -1, (), "")
_UNIT_TRAILERS = POSSESSIVES | {"and"}


def read_unit(text: str, position: int, *, after_of: bool) -> Unit:
    """The counted noun phrase after the figure that ends at ``position``.

    Words are taken up to the first plural or mass noun ("Russian soldiers", "critical
    infrastructure"), continuing over "and their/its ..." ("mortar systems and their
    crews"), and stopping early at a preposition, verb or clause word (``UNIT_STOPWORDS``).
    Percentages and vague quantities first step over "of (the)".  A participle before the
    noun is read over ("11 reported casualties", ``UNIT_PARTICIPLES``); a participle alone is
    a verb, not a unit ("millions forced to flee", "20% occupied by Russia"), unless it names
    the counted ("40 killed", ``PARTICIPLE_HEADS``).  A coordinated list is counted by the
    head of its last item ("120 Shahed-type, Gerbera-type, and other strike drones": issue 10).
    """
    of = (OF_DETERMINER if after_of else OF_THE_ONLY).match(text, position)
    if of is not None:
        position = of.end()
    insertion = EDITORIAL_INSERTION.match(text, position)
    if insertion is not None:
        position = insertion.end()  # "three million [first-person view] drones"
    run = UNIT_RUN.match(text, position)
    if run is None:
        return NO_UNIT
    segment = run.group(0)
    tokens = segment.split()
    lowered_tokens = segment.lower().split()  # lower case never makes or removes white space
    rate = RATE_ADJ.get(lowered_tokens[0], "")
    first = 1 if lowered_tokens[0] in RATE_ADJ else 0
    taken = 0  # number of tokens (from ``first``) in the unit
    index = first
    while index < len(tokens) and taken < 6:
        lowered = lowered_tokens[index]
        if (not taken and lowered in UNIT_PARTICIPLES and index + 1 < len(tokens)
                and lowered_tokens[index + 1] not in STOP):
            taken += 1  # "11 reported casualties": the participle is read over
            index += 1
            continue
        if lowered in STOP and taken and f"{_lemma(lowered_tokens[index - 1])} {_lemma(lowered)}" in KIND_NOUNS:
            taken += 1  # a two-word name whose second word is a stop word elsewhere: "human remains"
            index += 1
            break
        if lowered in STOP and not (not taken and of is not None and lowered in KIND_NOUNS):
            break  # a stop word ends the phrase, but "of lives" counts lives
        if lowered in MONTHS_AND_DAYS:
            break
        if taken and (lowered.endswith("ly") or (lowered.endswith(("ed", "ing")) and _lemma(lowered) not in KIND_NOUNS)):
            break
        if not taken and lowered.endswith("ing") and _lemma(lowered) not in KIND_NOUNS:
            break  # "39 percent accepting the proposal": a verb, not the counted thing
        taken += 1
        index += 1
        if _is_head(lowered):
            if (index + 2 < len(tokens) + 1 and index + 1 < len(tokens) and lowered_tokens[index] == "and"
                    and lowered_tokens[index + 1] in POSSESSIVES and index + 2 < len(tokens)):
                taken += 2
                index += 2
                continue
            if lowered in MASS and index < len(tokens) and _plural_noun(lowered_tokens[index]):
                continue  # a mass noun as a modifier: "personnel accounts", "equipment losses"
            break
    while taken and lowered_tokens[first + taken - 1] in _UNIT_TRAILERS:
        taken -= 1  # "... and", "... their": not the end of a noun phrase
    words = tuple(tokens[first:first + taken])
    if not words:
        return Unit("", -1, (), rate)
    if len(words) == 1 and words[0].lower().endswith("ed") and words[0].lower() not in PARTICIPLE_HEADS \
            and _lemma(words[0]) not in KIND_NOUNS:
        return Unit("", -1, (), rate)  # "millions forced to flee": a verb, not the counted thing
    cursor = 0
    for token in tokens[:first]:
        cursor = segment.index(token, cursor) + len(token)
    start = segment.index(words[0], cursor)
    cursor = start
    for token in words:
        cursor = segment.index(token, cursor) + len(token)
    base = run.start()
    unit = Unit(text[base + start:base + cursor], base + cursor, words, rate)
    if text.startswith(",", unit.end) and not noun_kind(words) and not _is_head(words[-1].lower()):
        return _last_item(text, unit)  # "Shahed-type, ...", not "11 locations, and drone fragments fell"
    return unit


def _last_item(text: str, first: Unit) -> Unit:
    """The unit of a coordinated list whose first item counts nothing by itself: the whole list
    as written, counted by the head of its last item ("Shahed-type, ..., and other strike
    drones"); the first item alone when the last names no kind either."""
    tail = LIST_TAIL.match(text, first.end)
    if tail is None:
        return first
    last = read_unit(text, tail.end(), after_of=False)
    if not last.words or not noun_kind(last.words):
        return first
    start = first.end - len(first.text)
    return Unit(text[start:last.end], last.end, last.words, first.rate or last.rate)


#: Values of ``KIND_NOUNS`` that are not kinds but say that the verbs decide.
VERB_DECIDES = ("troops", "people", "nationals")


@lru_cache(maxsize=8192)
def noun_kind(words: tuple[str, ...]) -> str:
    """The kind the counted words name, else "".  Two-word names first ("square kilometers"),
    then the first word that names a kind; "troops" or "people" (``VERB_DECIDES``) only when
    nothing else is named and the word heads the phrase ("Russian soldiers" is troops,
    "Ukrainians" nationals, "military personnel accounts" nothing)."""
    lemmas = [_lemma(word.strip("“”‘’\"'")) for word in words]
    for first, second in zip(lemmas, lemmas[1:]):
        kind = KIND_NOUNS.get(f"{first} {second}")
        if kind and kind not in VERB_DECIDES:
            return kind
    found = ""
    for index, lemma in enumerate(lemmas):
        kind = KIND_NOUNS.get(lemma)
        if kind in VERB_DECIDES:
            if index == len(lemmas) - 1 or lemmas[index + 1] == "and":
                found = kind  # the head: "Russian soldiers", not "personnel accounts", "Ukrainian poets"
        elif kind:
            return kind
    return found


def words_before(text: str, position: int, span: int = 40) -> list[str]:
    """The whole words in the ``span`` characters before ``position``."""
    lo = position - span
    if lo <= 0:
        return text[:position].split()
    words = text[lo:position].split()
    if words and not text[lo - 1].isspace() and not text[lo].isspace():
        words.pop(0)  # cut in the middle
    return words


def bounded(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a whole word or phrase (no letter, digit or hyphen glued on)?"""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        return False
    return end >= len(text) or not (text[end].isalnum() or text[end] == "-")
