"""Ukrainian word forms: pymorphy3 with its Ukrainian dictionary, and what the extractors ask of it.

pymorphy3 (Korobov 2015) with ``pymorphy3-dicts-uk`` (the VESUM dictionary of the
Ukrainian language, Rysin & Starko) analyses an inflected word into its lemma and
grammemes, and inflects a lemma into a wanted case; for a word the dictionary lacks it
guesses by the word's ending.  The analyser is built once per process, on first use
(about 0.1 s), and every analysis is cached per word form.

The extractors ask three things of it:

* what a word is (``parses``, ``is_common_word``, ``pos_of``): a verb in the past, a noun
  in the nominative, a given name;
* the nominative of a place name written in another case (``toponym_nominatives``): the
  dictionary's lemma where it knows the word, adjectival names re-inflected to the
  nominative in each gender ("у Зразковому" -> "зразкове"), and the ending table of
  ``lexicon.TOPONYM_ENDINGS`` where it does not know the word ("Прикладівкою" -> "прикладівка");
* the nominative of a person's name written in another case (``name_nominative``: "за
  словами Андрія Лисенка" -> "Андрій Лисенко"), only where the dictionary is sure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.lexicon import ADJECTIVE_PLACE_SUFFIXES, CUE_IMPERSONAL, CUE_VERBS, TOPONYM_ENDINGS

LANGUAGE = "uk"

#: Apostrophes Ukrainian text is written with, folded to "'" before any look-up.
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def is_cyrillic(text: str) -> bool:
    """Does the text hold a Cyrillic letter?"""
    return _CYRILLIC.search(text) is not None


@lru_cache(maxsize=131_072)
def fold(word: str) -> str:
    """Lower case with one apostrophe ("П’ятниця" -> "п'ятниця"): the form look-ups use."""
    return word.lower().translate(APOSTROPHES)


@lru_cache(maxsize=1)
def analyzer():
    """The pymorphy3 analyser with the Ukrainian dictionary (built once, on first use)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="uk")


@lru_cache(maxsize=65_536)
def parses(word: str) -> tuple:
    """pymorphy3's analyses of a word form (lower-cased, apostrophes folded), best first."""
    return tuple(analyzer().parse(fold(word)))


@lru_cache(maxsize=65_536)
def is_known(word: str) -> bool:
    """Does the dictionary know the word form (rather than guess it from its ending)?

    pymorphy3's ``Parse.is_known`` asks the dictionary for the parse's word each time, and
    every analysis of one form shares the answer, so it is asked once per form here."""
    return analyzer().word_is_known(fold(word))


_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ", "ADVB", "PRED", "NUMR"})
_CLOSED_CLASS = frozenset({"PREP", "CONJ", "PRCL"})  # "під" is also a noun (a hearth's floor), rarely
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_ADJECTIVES = frozenset({"ADJF", "PRTF", "ADJS", "PRTS"})


def pos_of(word: str) -> str:
    """The part of speech of the best known analysis ("NOUN", "VERB", "ADJF" ...), else ""."""
    found = parses(word)
    return str(found[0].tag.POS or "") if found and is_known(word) else ""


@lru_cache(maxsize=65_536)
def is_function_word(word: str) -> bool:
    """A preposition, conjunction, particle, pronoun or adverb by every known analysis
    ("Під", "Про", "Також"): such a capitalised word opens a sentence, never a name."""
    known = list(parses(word)) if is_known(word) else []
    return bool(known) and (all(parse.tag.POS in _FUNCTION_POS for parse in known)
                            or any(parse.tag.POS in _CLOSED_CLASS for parse in known))


@lru_cache(maxsize=16_384)
def can_be_preposition(word: str) -> bool:
    """Has the word a known analysis as a preposition ("на", "під", "з")?"""
    return is_known(word) and any(parse.tag.POS == "PREP" for parse in parses(word))


@lru_cache(maxsize=65_536)
def is_common_word(word: str) -> bool:
    """Is the word, by a known analysis, something other than an inanimate noun: an adjective,
    a verb, a person, a name?  Toponyms are inanimate nouns in the dictionary ("Покровськ"),
    so a capitalised word with only such analyses may be a place name wherever it stands."""
    if not is_known(word):
        return False
    for parse in parses(word):
        tag = parse.tag
        if tag.POS != "NOUN" or "anim" in tag or not _NAME_TAGS.isdisjoint(tag.grammemes):
            return True
    return False


@lru_cache(maxsize=65_536)
def is_person_name(word: str) -> bool:
    """Are all known analyses of the word a given name, surname or patronymic?"""
    known = list(parses(word)) if is_known(word) else []
    return bool(known) and all(not _NAME_TAGS.isdisjoint(parse.tag.grammemes) for parse in known)


@lru_cache(maxsize=65_536)
def given_name_gender(word: str) -> str:
    """"male"/"female" when the word is a given name of one gender in the dictionary, else ""."""
    names = [parse for parse in parses(word) if is_known(word) and "Name" in parse.tag and parse.tag.gender]
    nominative = [parse for parse in names if parse.tag.case == "nomn"]  # "Петро" (masc), not "Петра" (voc.)
    genders = {str(parse.tag.gender) for parse in (nominative or names)}
    if genders == {"masc"}:
        return "male"
    if genders == {"femn"}:
        return "female"
    return ""


def is_given_name(word: str) -> bool:
    return is_known(word) and any("Name" in parse.tag for parse in parses(word))


@lru_cache(maxsize=65_536)
def lemmas(word: str) -> frozenset[str]:
    """The normal forms of every analysis of a word."""
    return frozenset(parse.normal_form for parse in parses(word))


@lru_cache(maxsize=65_536)
def lemma(word: str) -> str:
    """The normal form of the best analysis (the word itself, folded, if there is none)."""
    found = parses(word)
    return found[0].normal_form if found else fold(word)


def cases(word: str) -> frozenset[str]:
    """The cases the word can be in (nomn, gent, datv, accs, ablt, loct, voct)."""
    return frozenset(str(parse.tag.case) for parse in parses(word) if parse.tag.case)


def is_adjective_form(word: str) -> bool:
    """Can the word be an adjective or participle (by a known analysis)?"""
    return is_known(word) and any(parse.tag.POS in _ADJECTIVES for parse in parses(word))


def agrees(adjective: str, noun: str) -> bool:
    """Can ``adjective`` be an attribute of ``noun``: a known adjective analysis and a noun
    analysis in the same case and number (and gender in the singular)?"""
    nouns = [parse.tag for parse in parses(noun) if parse.tag.POS == "NOUN"]
    if not nouns:
        return False
    if not is_known(adjective):
        return False
    for parse in parses(adjective):
        if parse.tag.POS not in _ADJECTIVES:
            continue
        tag = parse.tag
        for other in nouns:
            if tag.case != other.case or tag.number != other.number:
                continue
            if tag.number == "sing" and tag.gender and other.gender and tag.gender != other.gender:
                continue
            return True
    return False


# --- place names ------------------------------------------------------------------------------

@lru_cache(maxsize=65_536)
def toponym_nominatives(word: str) -> tuple[str, ...]:
    """Nominatives a place name written as ``word`` may have, most likely first (lower case).

    1. The dictionary's lemmas of noun analyses ("Краматорську" -> "краматорськ",
       "Горлівки" -> "горлівка"); 2. adjective analyses re-inflected to the nominative of
    each gender and the plural ("Зразковому" -> "зразкове", "зразкова", "зразковий",
    "зразкові"): Ukrainian adjectival place names are neuter (-е), feminine (-а),
    masculine (-ий) or plural (-і); 3. the toponym ending table for any word ("Прикладівкою"
    -> "прикладівка").  The gazetteer decides which, if any, is a place.
    """
    known, guessed = toponym_nominative_groups(word)
    return tuple(dict.fromkeys(known + guessed))


@lru_cache(maxsize=65_536)
def toponym_nominative_groups(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``toponym_nominatives`` in two groups: (the dictionary's, the ending table's).

    An adjective form is put back into the nominative of its own gender and number only:
    "Зразковому" (masculine or neuter) may be "Зразкове" or "Зразковий", but "Курську"
    (feminine) only "Курська", never the village "Курське".
    """
    low = fold(word)
    nouns: list[str] = []
    adjectives: list[str] = []
    for parse in parses(word):
        tag = parse.tag
        if tag.POS == "NOUN":
            nouns.append(parse.normal_form)
            if "plur" in tag:
                plural = parse.inflect({"nomn", "plur"})
                if plural is not None:
                    nouns.append(plural.word)
        elif tag.POS in _ADJECTIVES:
            own = {"nomn", "plur"} if tag.number == "plur" else ({"nomn", str(tag.gender)} if tag.gender else None)
            inflected = parse.inflect(own) if own else None
            if inflected is not None:
                adjectives.append(inflected.word)
    guessed = [low]
    for ending, replacements in TOPONYM_ENDINGS[LANGUAGE]:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = low[: len(low) - len(ending)]
            guessed.extend(stem + replacement for replacement in replacements)
    known = tuple(dict.fromkeys(nouns + adjectives))
    return known, tuple(form for form in dict.fromkeys(guessed) if form not in known)


_ADJECTIVE_ENDINGS = ("ими", "ого", "ому", "ій", "ої", "ою", "их", "ий", "ім", "им", "а", "е", "і", "у", "ю", "я")


@lru_cache(maxsize=16_384)
def adjective_places(adjective: str) -> tuple[str, ...]:
    """Place names an adjective derives from ("бахмутському" -> "бахмут", "донецького" ->
    "донецьк", "авдіївській" -> "авдіївка"), tried in ``lexicon.ADJECTIVE_PLACE_SUFFIXES`` order."""
    low = fold(adjective)
    stem = next((low[: -len(ending)] for ending in _ADJECTIVE_ENDINGS if low.endswith(ending)), low)
    found: list[str] = []
    for suffix, replacements in ADJECTIVE_PLACE_SUFFIXES[LANGUAGE]:
        if stem.endswith(suffix) and len(stem) > len(suffix) + 2:
            base = stem[: -len(suffix)]
            found.extend((base + replacement) if replacement != suffix else stem for replacement in replacements)
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=16_384)
def adjective_nominative(adjective: str, gender: str = "masc") -> str:
    """The nominative singular of an adjective in a gender ("Донецькому" -> "донецький"), else ""."""
    for parse in parses(adjective):
        if parse.tag.POS in _ADJECTIVES:
            inflected = parse.inflect({"nomn", gender})
            if inflected is not None:
                return inflected.word
    return ""


@lru_cache(maxsize=16_384)
def noun_nominative(word: str) -> str:
    """The nominative singular of a noun ("напрямку" -> "напрямок", "області" -> "область"), else ""."""
    for parse in parses(word):
        if parse.tag.POS == "NOUN":
            inflected = parse.inflect({"nomn"}) or parse.inflect({"nomn", "sing"})
            if inflected is not None:
                return inflected.word
    return ""


def capitalised_like(form: str, model: str) -> str:
    """``form`` with the capitals of ``model`` at the start of each hyphen/space-separated part
    ("зразкове" like "Зразковому" -> "Зразкове", "станиця луганська" -> "Станиця Луганська")."""
    parts = re.split(r"([ \-])", form)
    return "".join(part[:1].upper() + part[1:] if part not in (" ", "-") else part for part in parts) \
        if model[:1].isupper() else form


# --- names of people ----------------------------------------------------------------------------


@lru_cache(maxsize=16_384)
def name_nominative(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The nominative of a name written in an oblique case ("Андрія Лисенка" -> "Андрій Лисенко").

    Only where the dictionary is sure: the given name must be a known given name, and each
    other word a known name or surname with an analysis in the given name's case; a word it
    does not know keeps its written form only when that form is its nominative too (a
    woman's surname in a consonant, "Олени Приклад" -> "Олена Приклад").  None otherwise.
    """
    if not words:
        return None
    first = [parse for parse in parses(words[0]) if is_known(words[0]) and "Name" in parse.tag]
    if not first:
        return None
    for parse in first:
        case, gender = parse.tag.case, parse.tag.gender
        result = [parse.normal_form]
        for word in words[1:]:
            match = next((p for p in parses(word) if p.tag.case == case and not _NAME_TAGS.isdisjoint(p.tag.grammemes)
                          and (p.tag.gender in (gender, None) or "Fixd" in p.tag)), None)
            noun = next((p for p in parses(word) if is_known(word) and p.tag.POS == "NOUN" and p.tag.case == case
                         and p.tag.number != "plur" and p.tag.gender == gender), None)
            if match is not None and is_known(word):
                result.append(match.normal_form)
            elif noun is not None and gender == "masc":
                result.append(noun.normal_form)  # a surname that is also a noun: "Андрія Приклада" -> "Приклад"
            elif gender == "femn" and not re.search(r"[аяоеуюіїиєь]$", fold(word)):
                result.append(fold(word))  # "Приклад": a woman's surname in a consonant does not decline
            else:
                break
        else:
            return tuple(form[:1].upper() + form[1:] for form in result)
    return None


# --- cue verbs ------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def cue_forms() -> dict[str, tuple[str, str, str, str]]:
    """Every form of ``lexicon.CUE_VERBS``: form -> (lemma, kind, gender or number, tense).

    Past forms in each gender and number ("повідомив" masc, "повідомила" femn, "повідомило"
    neut, "повідомили" plur) and the present third person of imperfective verbs
    ("повідомляє" sing, "повідомляють" plur); the forms come from the dictionary's
    paradigm of each lemma, so none is written by hand.
    """
    forms: dict[str, tuple[str, str, str, str]] = {}
    for kind, verbs in CUE_VERBS[LANGUAGE].items():
        for verb in verbs:
            infinitives = [parse for parse in analyzer().parse(verb) if "infn" in parse.tag and parse.is_known]
            for infinitive in infinitives[:1]:
                for form in infinitive.lexeme:
                    tag = form.tag
                    if "past" in tag:
                        agreement = str(tag.gender or tag.number or "")
                        forms.setdefault(form.word, (verb, kind, agreement, "past"))
                    elif "pres" in tag and "3per" in tag:
                        forms.setdefault(form.word, (verb, kind, str(tag.number or ""), "present"))
    for form in CUE_IMPERSONAL[LANGUAGE]:
        forms.setdefault(form, (form, "impersonal", "", "present"))
    return forms
