"""Names of speakers in Ukrainian text: who a name is, in the nominative, and what kind it is.

Used by ``helpers.extract.attribution.uk.statements`` and, for ``speaker_kind``, by ``helpers.extract.attribution.speakers`` for any
name in Cyrillic letters.  The kind comes from the word lists of ``helpers.lexicon`` (the ``"uk"`` entries): an
outlet's name or a name opened by an outlet word ("агентство", "видання"), a body's word
anywhere in the name ("Генштаб ЗСУ", "Міністерство оборони") or an acronym ("СБУ"); otherwise
a person.  Names written in an oblique case ("за словами Андрія Лисенка", "за даними
Генштабу") are put back into the nominative with pymorphy3 where its dictionary is sure
(``helpers.morphology_uk``), and kept as written where it is not.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache
from typing import Sequence

from helpers import morphology_uk as morph
from helpers.lexicon import GENDERED_WORDS, ORGANISATION_WORDS, OUTLET_NAMES, OUTLET_WORDS, ROLE_NOUNS

_OUTLETS = OUTLET_NAMES["uk"]
_OUTLET_WORDS = OUTLET_WORDS["uk"]
_ORGANISATIONS = ORGANISATION_WORDS["uk"]
_ROLE_NOUNS = ROLE_NOUNS["uk"]
_MALE_WORDS = GENDERED_WORDS["uk"]["male"]
_FEMALE_WORDS = GENDERED_WORDS["uk"]["female"]


@lru_cache(maxsize=8192)
def speaker_kind(name: str) -> str:
    """``outlet``, ``organisation`` or ``person`` for a name written in Cyrillic."""
    lower = name.lower().replace("’", "'").strip("«»\"“” ")
    words = lower.split()
    if lower in _OUTLETS or (words and words[0] in _OUTLET_WORDS):
        return "outlet"
    if any(word.strip(",.") in _ORGANISATIONS for word in words) or (name.isupper() and len(name) > 1):
        return "organisation"
    if any(word.endswith(("штаб", "штабу")) for word in words):
        return "organisation"
    return "person"


def is_person(words: Sequence[str]) -> bool:
    """A person's name: a known given name first (then one or two words), or an initial and a surname."""
    if not 2 <= len(words) <= 3:
        return False
    if len(words[0]) == 2 and words[0].endswith(".") and words[0][0].isupper():
        return True  # "П. Порошенко": an initial keeps its stop (see ``_run_words``)
    if morph.is_given_name(words[0]) and not any(morph.fold(w) in _ORGANISATIONS for w in words):
        return True
    return False


def gender_of(words: Sequence[str], role: str) -> str:
    gender = morph.given_name_gender(words[0]) if words else ""
    if gender:
        return gender
    for word in role.lower().split():
        if word in _FEMALE_WORDS:
            return "female"
        if word in _MALE_WORDS:
            return "male"
    return ""


def nominative_name(words: tuple[str, ...]) -> str:
    """The canonical form of a person's name: its nominative if the dictionary is sure, else as written."""
    if all("nomn" in morph.cases(word) or not morph.is_known(word) for word in words[:1]):
        return " ".join(words)
    nominative = morph.name_nominative(words)
    return " ".join(nominative) if nominative else " ".join(words)


def nominative_phrase(text: str, *, oblique: bool = False) -> str:
    """A noun phrase with its first noun put in the nominative ("Генштабу ЗСУ" -> "Генштаб ЗСУ",
    "речниці штабу" -> "речниця штабу"); as written when the dictionary cannot say."""
    words = text.split()
    if not words:
        return text
    head = words[0].strip("«»\"“”„")
    if len(head) > 1 and head.isupper():
        return text  # an acronym: "НАТО"
    if "nomn" in morph.cases(head) and not (oblique and singular_oblique(head)):
        return text  # a nominative already: "Сторони" (but after "за даними", "Міністерства" is genitive)
    if morph.pos_of(head) != "NOUN":
        return nominative_with_adjectives(words) or text
    nominative = morph.noun_nominative(head) if not (oblique and singular_oblique(head)) else singular_nominative(head)
    if nominative and nominative != morph.fold(head):
        nominative = nominative[:1].upper() + nominative[1:] if head[:1].isupper() else nominative
        words[0] = nominative
    return " ".join(words)


def singular_oblique(word: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.number != "plur" and p.tag.case in ("gent", "datv", "loct", "ablt", "accs")
               for p in morph.parses(word))


def singular_nominative(word: str) -> str:
    for parse in morph.parses(word):
        if parse.tag.POS == "NOUN" and parse.tag.number != "plur" and parse.tag.case in ("gent", "datv", "loct", "ablt", "accs"):
            inflected = parse.inflect({"nomn"})
            if inflected is not None:
                return inflected.word
    return ""


def nominative_with_adjectives(words: list[str]) -> str:
    """"Головного квартирно-експлуатаційного управління ЗСУ" -> "Головне квартирно-експлуатаційне
    управління ЗСУ": adjectives and the noun they agree with, put in the nominative; "" when
    the dictionary cannot say."""
    adjectives = 0
    while adjectives < len(words) and adjectives < 3 and any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parses(words[adjectives])):
        adjectives += 1
    if not adjectives or adjectives == len(words):
        return ""
    noun_word = words[adjectives]
    nouns = [p for p in morph.parses(noun_word) if p.tag.POS == "NOUN" and p.tag.case in ("gent", "datv", "loct", "ablt")]
    if not nouns:
        return ""
    noun = nouns[0]
    wanted = {"nomn", "plur"} if noun.tag.number == "plur" else {"nomn"}
    inflected = noun.inflect(wanted)
    if inflected is None:
        return ""
    gender_or_number = {"nomn", "plur"} if noun.tag.number == "plur" else {"nomn", str(noun.tag.gender)}
    result = []
    for word in words[:adjectives]:
        options = [p for p in morph.parses(word) if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == noun.tag.case]
        form = options[0].inflect(gender_or_number) if options else None
        if form is None:
            return ""
        result.append(morph.capitalised_like(form.word, word) if word[:1].isupper() else form.word)
    result.append(morph.capitalised_like(inflected.word, noun_word) if noun_word[:1].isupper() else inflected.word)
    return " ".join(result + words[adjectives + 1:])


def is_outlet(text: str) -> bool:
    low = morph.fold(text.strip("«»\"“”„ "))
    if low in _OUTLETS or re.search(r"\.(?:ua|com|net|org|info|ru|news|media|tv)\b", low):
        return True
    words = low.split()
    return bool(words) and any(word in _OUTLET_WORDS for word in words[:1])


def organisation_in(role: str) -> str:
    """The capitalised part of a role, its first noun in the nominative ("спікер Адміністрації
    президента з питань АТО" -> "Адміністрація президента з питань АТО"), else ""."""
    words = role.split()
    for index, word in enumerate(words):
        if word[:1].isupper() and index > 0:
            if morph.lemma(word) in _ROLE_NOUNS:
                return ""  # "заступник Міністра оборони": a person's office, not a body
            return nominative_phrase(" ".join(words[index:]).rstrip(",."), oblique=True)
    return ""


def is_surname(word: str) -> bool:
    """A surname on its own: a capitalised word the dictionary knows only as a name, with a
    surname among its readings ("Хомчак", "Лисенко"), not a given name alone ("Олена")."""
    return morph.is_person_name(word) and morph.is_known(word) and any("Surn" in p.tag for p in morph.parses(word)) \
        and not morph.is_given_name(word)


#: Surnames of the people the article names in full ("Олена Приклад" -> "приклад"), so that
#: "Приклад підтвердила" is her even where the dictionary knows "приклад" as a common noun.
SURNAMES: ContextVar[frozenset[str]] = ContextVar("surnames", default=frozenset())


def known_surname(word: str) -> bool:
    return not morph.is_function_word(word) and (morph.fold(word) in SURNAMES.get()
                                                 or bool(morph.lemmas(word) & SURNAMES.get()))


def surname_nominative(word: str) -> str:
    """"Порошенка" -> "Порошенко" by the dictionary's surname reading (or the article's own
    surname it is a form of), else as written."""
    for parse in morph.parses(word):
        if morph.is_known(word) and "Surn" in parse.tag:
            return parse.normal_form[:1].upper() + parse.normal_form[1:]
    known = morph.lemmas(word) & SURNAMES.get()
    if known and morph.fold(word) not in SURNAMES.get():
        form = sorted(known)[0]
        return form[:1].upper() + form[1:]
    return word
