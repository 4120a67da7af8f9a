"""Places in Ukrainian text: settlements in any grammatical case, oblasts, raions and directions.

Method: Ukrainian inflects place names ("у Краматорську", "під Бахмутом", "з боку
Горлівки", "біля Зразкового"), so a name is looked up by the nominatives its written form
may have (``helpers.morphology_uk.toponym_nominatives``: pymorphy3's lemma where its dictionary
knows the word, an adjectival name re-inflected to the nominative, and the ending table of
``lexicon.TOPONYM_ENDINGS`` where it does not).  The nominatives are looked up in an index
of the gazetteer's Cyrillic names: GeoNames ``cities500`` lists Ukrainian (and Russian)
spellings among each place's alternate names ('Покровськ', 'Бахмут', 'Артемівськ'), and an
extra gazetteer file may list Cyrillic names in its ``name`` or ``alternate_names``.  A
Cyrillic name counts as the place's main name when its transliteration (national system
of 2010, ``translitua``) folds to the entry's Latin name; otherwise (an old or another
town's name: 'Артемівськ', 'Красноармійськ') it is an alternate name, with the English
resolution's stricter rules for those.  Resolution is the English one
(``helpers.extract.places.place_rows``): the same passes, confidences and candidates.

Which capitalised words are places.  A capital opens every sentence and every name, so a
word is taken as a place when the gazetteer knows one of its nominatives and:

* a settlement noun stands before it ("село Зразкове", "у смт Прикладне"): always; such a
  name the gazetteer lacks is kept as an unresolved row ("not in gazetteer");
* otherwise it stands alone (a run of capitalised words that is not all places, such as
  "Олена Приклад" or "Адміністрації президента", is a name) and is not a person's name
  by the dictionary nor a surname of the article's people; it is not inside a short
  quotation (an outlet's or an operation's name: «Зразкові новини»); it is not an
  adjective agreeing with the noun after it ("Чорному морі"); it is not on
  ``lexicon.PLACE_NAME_BLOCKLIST`` (names shared with common words: "Перемога", "Україна");
  and either a preposition of place stands before it ("у", "під", "біля", "з боку"), or
  the dictionary knows it only as an inanimate noun or not at all (a toponym), which the
  first word of a sentence must be.

**Adjectives of places** ("на бахмутському напрямку", "Бахмутського району", "Донецької
області") are not mentions of the settlement: the place lies somewhere along the
direction, or the raion is an area.  They are reported, as the English table reports
"the Pokrovsk direction": with kind ``direction``, ``front``, ``raion`` or ``oblast``,
``surface`` the adjective and its noun as written, and ``name`` the place the adjective
derives from ("Бахмут", found by ``lexicon.ADJECTIVE_PLACE_SUFFIXES``), resolved like a
settlement; a raion keeps no point (its centre would mislead), a direction takes the
place's point as the English rows do.  Keeping them, rather than leaving them out, keeps
the two languages' tables comparable and gives a claim its scope ("12 обстрілів на
Донецькому напрямку").  An adjective whose place the gazetteer lacks, and compass
adjectives ("Південний напрямок"), give no row.

``name`` is the Ukrainian nominative, capitalised as the article writes it ("Зразкове");
``name_en`` GeoNames' Latin name ("Zrazkove"), empty for an unresolved mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from helpers.extract.places.gazetteer import (
    Gazetteer, GazetteerEntry, distance_km, fold_name, read_extra, read_ukraine_records,
)
from helpers.extract.places.records import Mention, PlaceMention
from helpers import morphology_uk as morph
from helpers.lexicon import (
    OBLAST_NAMES,
    PLACE_KEYWORDS,
    PLACE_NAME_BLOCKLIST,
    PLACE_PREPOSITIONS,
    REGION_NAMES,
    SCOPE_PREPOSITIONS,
    SETTLEMENT_CUES,
    STREET_WORDS,
)

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from helpers.text import Sentence

LANGUAGE = "uk"
MAX_NAME_WORDS = 3  # "Станиця Луганська" has 2; few have 3
MAX_QUOTED_WORDS = 6  # «...» of this many words or fewer is a name (an outlet, an operation)
CITY = 50_000  # a reading naming a place this large is the one news means

# --- the Cyrillic index of the gazetteer -------------------------------------------------------

_KEY_DROPPED = str.maketrans("", "", "'’ʼ`- \u00a0")
_KEY_LETTERS = str.maketrans({"ґ": "г", "ё": "е"})


def name_key(name: str) -> str:
    """A spelling-insensitive key of a Cyrillic name: lower case, without apostrophes, hyphens
    and spaces, ґ as г and ё as е ("Мар’їнка" and "Марїнка" meet; "Станиця Луганська" ->
    "станицялуганська")."""
    return name.lower().translate(_KEY_DROPPED).translate(_KEY_LETTERS)


@dataclass
class CyrillicIndex:
    """The gazetteer's Cyrillic names: key -> indexes into ``gazetteer.entries``."""

    entries: list[GazetteerEntry]
    names: dict[str, tuple[int, ...]]  # a main name of the entry (its transliteration is the Latin name)
    alternates: dict[str, tuple[int, ...]]  # an old or other name, of keys no entry has as main name
    alternates_of: dict[str, tuple[int, ...]] = field(default_factory=dict)  # every key's old-name entries

    def lookup(self, key: str) -> tuple[list[GazetteerEntry], bool]:
        """Entries of a key, and whether they were found by alternate name only
        (``helpers.extract.places.Lookup``).

        Unlike the English look-up, the entries whose old name this is come with the main
        ones: the texts of 2014-2019 name towns by the names the 2016 renaming replaced, and
        "Первомайськ" of Luhansk Oblast (now listed under another name) is as likely as the
        Первомайськ of Mykolaiv Oblast; the resolution then chooses between them by the
        article's oblasts and places, or leaves the mention unresolved.
        """
        main = self.names.get(key, ())
        other = [i for i in self.alternates_of.get(key, ()) if i not in main]
        if main:
            return [self.entries[i] for i in (*main, *other)], False
        return [self.entries[i] for i in other], True

    def knows(self, key: str) -> bool:
        return key in self.names or key in self.alternates


_INDEXES: dict[int, tuple[Gazetteer, CyrillicIndex]] = {}


def cyrillic_index(gazetteer: Gazetteer) -> CyrillicIndex:
    """The Cyrillic index of a gazetteer, built once per gazetteer (about 0.3 s)."""
    held = _INDEXES.get(id(gazetteer))
    if held is not None and held[0] is gazetteer:
        return held[1]
    index = build_cyrillic_index(gazetteer)
    _INDEXES[id(gazetteer)] = (gazetteer, index)
    return index


def _is_main(name: str, entry: GazetteerEntry) -> bool:
    from translitua import UkrainianKMU, translit

    return fold_name(translit(name, UkrainianKMU)) == fold_name(entry.name)


def build_cyrillic_index(gazetteer: Gazetteer) -> CyrillicIndex:
    """Index the Cyrillic names of GeoNames' Ukrainian records and of the extra files.

    An extra file's entry stands in for a GeoNames entry of the same name within 5 km (as
    in ``helpers.extract.places.gazetteer.build_gazetteer``), so such a GeoNames entry is left out of that key.
    """
    position = {entry.key: i for i, entry in enumerate(gazetteer.entries)}
    named: list[tuple[int, str]] = []
    for record in read_ukraine_records():
        i = position.get(f"geonames:{record['geonameid']}")
        if i is not None:
            named.extend((i, name) for name in record.get("alternatenames") or () if morph.is_cyrillic(name))
    for path in gazetteer.extra_paths:
        for entry, alternates in read_extra(Path(path), gazetteer.oblasts):
            i = position.get(entry.key)
            if i is not None:
                named.extend((i, name) for name in (entry.name, *alternates) if morph.is_cyrillic(name))
    names: dict[str, list[int]] = {}
    alternates: dict[str, list[int]] = {}
    for i, name in named:
        key = name_key(name)
        if not key:
            continue
        bucket = (names if _is_main(name, gazetteer.entries[i]) else alternates).setdefault(key, [])
        if i not in bucket:
            bucket.append(i)
    entries = gazetteer.entries
    for table in (names, alternates):
        for key, bucket in table.items():
            extra = [entries[i] for i in bucket if entries[i].source != "geonames"]
            if extra:
                table[key] = [i for i in bucket if entries[i].source != "geonames"
                              or all(distance_km(entries[i], e) >= 5.0 for e in extra)]
    return CyrillicIndex(entries, {k: tuple(v) for k, v in names.items()},
                         {k: tuple(v) for k, v in alternates.items() if k not in names},
                         {k: tuple(v) for k, v in alternates.items()})


# --- finding ---------------------------------------------------------------------------------


class UkPlace(NamedTuple):
    """A place mention found in Ukrainian text, before resolution.

    ``start``/``end`` span the name (the adjective, for a direction), ``surface_end`` the
    name and its keyword ("Донецькому напрямку"); ``name`` is the nominative ("Зразкове",
    "Бахмут", "Донецька область"); ``scope`` the phrase a claim's scope gives ("Зразкове",
    "Донецький напрямок"); ``preposition`` the word(s) of place before it ("біля").
    """

    start: int
    end: int
    surface_end: int
    key: str
    kind: str
    name: str
    scope: str
    sentence: "Sentence"
    admin1: str | None = None
    known: bool = True
    cue: bool = False
    preposition: str = ""


_TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ`\-][^\W\d_]+)*\.?|\d+|[^\w\s]")
_KEYWORD_NOUNS = {
    "область": "oblast", "обл.": "oblast", "район": "raion", "р-н": "raion", "напрямок": "direction",
    "напрям": "direction", "фронт": "front", "дуга": "front", "плацдарм": "front",
}
_KEYWORD_GENDER = {"область": "femn", "дуга": "femn"}
_KEYWORD_PREFIXES = frozenset(stem[:3] for stem in PLACE_KEYWORDS[LANGUAGE])
_PREPOSITION_SET = frozenset(PLACE_PREPOSITIONS[LANGUAGE])
_PREPOSITION_WORDS = max(len(p.split()) for p in _PREPOSITION_SET)
_CUE_SET = frozenset(SETTLEMENT_CUES[LANGUAGE])
_CUE_WORDS = max(len(c.split()) for c in _CUE_SET)
_BLOCKED = frozenset(name_key(name) for name in PLACE_NAME_BLOCKLIST[LANGUAGE])
_REGIONS = frozenset(REGION_NAMES[LANGUAGE])
_OBLAST_ADJECTIVES = {names[0]: admin1 for admin1, names in OBLAST_NAMES[LANGUAGE].items()}
_OBLAST_STANDALONE = {name_key(name): admin1 for admin1, names in OBLAST_NAMES[LANGUAGE].items() for name in names[1:]}
_CONJUNCTIONS = frozenset({"та", "і", "й", ","})
_STREETS = frozenset(STREET_WORDS[LANGUAGE])
_SCOPE = frozenset(SCOPE_PREPOSITIONS[LANGUAGE])


class _Token(NamedTuple):
    start: int
    end: int
    text: str  # as written, a trailing stop kept only on abbreviations ("обл.", "с.")
    low: str  # folded (``morph.fold``): what the word lists are looked up by


def _tokens(sentence: "Sentence") -> list[_Token]:
    tokens = []
    offset = sentence.start
    for match in _TOKEN.finditer(sentence.text):
        word = match.group()
        low = fold(word)
        if word.endswith(".") and len(word) > 1 and low not in _ABBREVIATED:
            tokens.append(_Token(offset + match.start(), offset + match.end() - 1, word[:-1], low[:-1]))
            tokens.append(_Token(offset + match.end() - 1, offset + match.end(), ".", "."))
        else:
            tokens.append(_Token(offset + match.start(), offset + match.end(), word, low))
    return tokens


def fold(word: str) -> str:
    return morph.fold(word)


_ABBREVIATED = frozenset({"обл.", "с.", "м.", "сел.", "смт.", "р-н."})


def _is_word(token: _Token) -> bool:
    return token.text[:1].isalpha()


def _capitalised(token: _Token) -> bool:
    """A capitalised Cyrillic word that is not an acronym ("НАТО", "ЗСУ") nor a function word."""
    word = token.text
    if not word[:1].isupper() or not morph.is_cyrillic(word[:1]) or word.endswith("."):
        return False
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    if len(letters) > 1 and letters.isupper():
        return False
    return not morph.is_function_word(word)


def _phrase_before(tokens: list[_Token], index: int, phrases: frozenset[str], longest: int) -> str:
    """The longest of ``phrases`` (folded words) that ends right before token ``index``, else ""."""
    for size in range(min(longest, index), 0, -1):
        phrase = " ".join(token.low for token in tokens[index - size:index])
        if phrase in phrases:
            return phrase
    return ""


def _preposition(tokens: list[_Token], index: int) -> str:
    """The preposition of place right before token ``index`` ("біля", "з боку"), else ""."""
    return _phrase_before(tokens, index, _PREPOSITION_SET, _PREPOSITION_WORDS)


def _settlement_cue(tokens: list[_Token], index: int) -> str:
    """The settlement noun right before token ``index`` ("село", "с.", "смт"), else ""."""
    return _phrase_before(tokens, index, _CUE_SET, _CUE_WORDS)


def _in_short_quote(text: str, sentence: "Sentence", start: int) -> bool:
    """Is ``start`` inside a short «...» or "..." quotation (a name, not speech)?"""
    before = text[sentence.start:start]
    opening = max(before.rfind("«"), before.rfind("“"), before.rfind("„"))
    if opening < 0 or max(before.rfind("»"), before.rfind("”")) > opening:
        return False
    after = text[start:sentence.end]
    closing = min((p for p in (after.find("»"), after.find("”"), after.find("“")) if p >= 0), default=-1)
    if closing < 0:
        return False
    return len(text[sentence.start + opening + 1:start + closing].split()) <= MAX_QUOTED_WORDS


def _first_word(tokens: list[_Token], index: int) -> bool:
    """Does token ``index`` open its sentence (only punctuation before it)?"""
    return not any(_is_word(token) for token in tokens[:index])


def _keyword(token: _Token) -> str:
    """The keyword noun a token is a form of ("напрямку" -> "напрямок"), else ""."""
    low = token.low
    if low in _KEYWORD_NOUNS:
        return low
    if low[:3] not in _KEYWORD_PREFIXES or not any(low.startswith(stem) for stem in PLACE_KEYWORDS[LANGUAGE]):
        return ""
    return next((lemma for lemma in morph.lemmas(low) if lemma in _KEYWORD_NOUNS), "")  # "районів" -> "район"


def _place_key(word: str, index: CyrillicIndex) -> tuple[str, str] | None:
    """(key, nominative) of the nominative of ``word`` that the index knows.

    Among the dictionary's readings a city's name wins ("у Кропивницькому" is the city
    Кропивницький, not the village Кропивницьке), otherwise the first: nouns, then the
    neuter adjectival names most villages have ("під Первомайським" is Первомайське); the
    ending table is tried only when no dictionary reading is a place.
    """
    known, guessed = morph.toponym_nominative_groups(word)
    found = [(form, name_key(form)) for form in known if index.knows(name_key(form))]
    if found:
        largest = max(found, key=lambda pair: max((entry.population or 0) for entry in index.lookup(pair[1])[0]))
        if max((entry.population or 0) for entry in index.lookup(largest[1])[0]) >= CITY:
            return largest[1], largest[0]
        return found[0][1], found[0][0]  # the dictionary's order: nouns, then neuter, feminine, masculine adjectives
    for form in guessed:
        key = name_key(form)
        if index.knows(key):
            return key, form
    return None


def _run_key(words: list[str], index: CyrillicIndex) -> tuple[str, str] | None:
    """(key, nominative) of a name of several words ("Станиці Луганській"), if the index knows one."""
    options = [morph.toponym_nominatives(word)[:8] for word in words]
    for forms in product(*options):
        key = name_key("".join(forms))
        if index.knows(key):
            return key, " ".join(forms)
    return None


def find_places(text: str, sentences: list["Sentence"], gazetteer: Gazetteer) -> list[UkPlace]:
    """The place mentions of the given sentences (title, standfirst, captions and body), in
    order, before resolution."""
    index = cyrillic_index(gazetteer)
    tokenised = [(sentence, _tokens(sentence)) for sentence in sentences]
    persons = _surnames(tokenised, index)
    found: list[UkPlace] = []
    for sentence, tokens in tokenised:
        taken: set[int] = set()
        found.extend(_keyword_places(text, sentence, tokens, index, taken))
        found.extend(_named_places(text, sentence, tokens, index, taken, persons))
    found.sort(key=lambda place: (place.start, place.surface_end))
    return found


def _surnames(tokenised: list[tuple["Sentence", list[_Token]]], index: CyrillicIndex) -> set[str]:
    """Keys of the surnames of people the article names in full ("Андрій Лисенко"): a
    surname alone later ("Лисенко") is the person, not a village of that name."""
    keys: set[str] = set()
    for _, tokens in tokenised:
        for i in range(len(tokens) - 1):
            first, second = tokens[i], tokens[i + 1]
            if _capitalised(first) and _capitalised(second) and morph.is_given_name(first.text) \
                    and tokens[i].end < second.start:
                keys.update(name_key(form) for form in morph.toponym_nominatives(second.text))
    return keys


def _keyword_places(text: str, sentence: "Sentence", tokens: list[_Token], index: CyrillicIndex,
                    taken: set[int]) -> list[UkPlace]:
    """Oblasts, raions, directions and fronts named by an adjective before their noun."""
    found: list[UkPlace] = []
    for k, token in enumerate(tokens):
        keyword = _keyword(token) if _is_word(token) else ""
        if not keyword or k == 0:
            continue
        kind = _KEYWORD_NOUNS[keyword]
        j = k - 1
        while j >= 0 and _is_word(tokens[j]) and _place_adjective(tokens[j].text):
            adjective = tokens[j]
            place = _keyword_place(text, sentence, adjective, token, keyword, kind, index, tokens, j)
            if place is not None:
                if j != k - 1:  # coordinated before the noun: its surface is the adjective alone
                    place = place._replace(surface_end=place.end)
                found.append(place)
            taken.update((j, k))  # an adjective of an oblast or raion is never a settlement of its own
            # "Донецької та Луганської областей", "з Долинського, Компаніївського та ... районів":
            # adjectives coordinated before one plural noun
            if j >= 2 and tokens[j - 1].low in _CONJUNCTIONS and _is_word(tokens[j - 2]) \
                    and _place_adjective(tokens[j - 2].text):
                j -= 2
                continue
            break
    return found


_PLACE_ADJECTIVE = re.compile(r"(?:ськ|цьк|зьк)(?:ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими)$")


def _place_adjective(word: str) -> bool:
    """An adjective that may name a place: known to the dictionary, or of the -ський/-цький
    family even when the dictionary lacks it ("Новгородківського")."""
    return morph.is_adjective_form(word) or _PLACE_ADJECTIVE.search(fold(word)) is not None


def _keyword_place(text: str, sentence: "Sentence", adjective: _Token, noun: _Token, keyword: str, kind: str,
                   index: CyrillicIndex, tokens: list[_Token], position: int) -> UkPlace | None:
    preposition = _preposition(tokens, position)
    gender = _KEYWORD_GENDER.get(keyword, "masc")
    if kind == "oblast":
        nominative = morph.adjective_nominative(adjective.text, "femn") or fold(adjective.text)
        admin1 = _OBLAST_ADJECTIVES.get(fold(nominative))
        if admin1 is None:
            return None
        name = f"{morph.capitalised_like(fold(nominative), adjective.text)} область"
        return UkPlace(adjective.start, adjective.end, noun.end, "", "oblast", name, name, sentence, admin1,
                       preposition=preposition)
    for form in morph.adjective_places(adjective.text):
        key = name_key(form)
        if index.knows(key):
            place = morph.capitalised_like(form, "X")
            written = morph.adjective_nominative(adjective.text, gender) or fold(adjective.text)
            scope = f"{morph.capitalised_like(written, adjective.text)} {keyword}"
            return UkPlace(adjective.start, adjective.end, noun.end, key, kind, place, scope, sentence,
                           preposition=preposition)
    return None


def _named_places(text: str, sentence: "Sentence", tokens: list[_Token], index: CyrillicIndex, taken: set[int],
                  persons: set[str]) -> list[UkPlace]:
    """Settlements and oblasts named by a capitalised word or run of words, in any case."""
    found: list[UkPlace] = []
    i = 0
    cue_until = -1  # "сіл Маркине та Рози Люксембург": the settlement noun covers the names coordinated after it
    while i < len(tokens):
        if i in taken or not _is_word(tokens[i]) or not _capitalised(tokens[i]):
            if not (_is_word(tokens[i]) and tokens[i].low in _CONJUNCTIONS or tokens[i].text == ","):
                cue_until = -1 if i > cue_until else cue_until
            i += 1
            continue
        run = [i]
        while run[-1] + 1 < len(tokens) and run[-1] + 1 not in taken and _capitalised(tokens[run[-1] + 1]) \
                and text[tokens[run[-1]].end:tokens[run[-1] + 1].start] in (" ", "\u00a0"):
            run.append(run[-1] + 1)
        cue = _settlement_cue(tokens, run[0])
        if not cue and cue_until >= 0 and i <= cue_until + 2:
            cue = "coordinated"
        places = _run_places(text, sentence, tokens, run, index, persons, cue)
        found.extend(places)
        cue_until = run[-1] if cue and places else -1
        i = run[-1] + 1
    return found


def _run_places(text: str, sentence: "Sentence", tokens: list[_Token], run: list[int], index: CyrillicIndex,
                persons: set[str], cue: str = "") -> list[UkPlace]:
    first, last = tokens[run[0]], tokens[run[-1]]
    cue = cue or _settlement_cue(tokens, run[0])
    preposition = _preposition(tokens, run[0])
    if run[0] and tokens[run[0] - 1].low in _STREETS:
        return []  # "вулиця Донецька", "шахта імені Засядька"
    if _in_short_quote(text, sentence, first.start):
        return []  # "буксир «Яни Капу»": a ship's, an outlet's or an operation's name
    if len(run) > 1:
        if len(run) <= MAX_NAME_WORDS:
            match = _run_key([tokens[i].text for i in run], index)
            if match is not None and (cue or not all(morph.is_person_name(tokens[i].text) for i in run)):
                key, form = match
                name = morph.capitalised_like(form, first.text)
                return [UkPlace(first.start, last.end, last.end, key, "settlement", name, name, sentence,
                                cue=bool(cue), preposition=preposition)]
        if cue:  # "із села Пнів Володимир Андрійович": the village, then a person
            return _run_places(text, sentence, tokens, run[:1], index, persons, cue)
        return []  # a person's or a body's name: "Олена Приклад", "Адміністрації президента"
    token = first
    word = token.text
    low = fold(word)
    if low in _REGIONS or _in_short_quote(text, sentence, token.start):
        return []
    if text[token.end:token.end + 1] == "." and text[token.end + 1:token.end + 2].isalpha():
        return []  # "Крим.Реалії": an outlet's name, not the place
    standalone = next((_OBLAST_STANDALONE[name_key(form)] for form in morph.toponym_nominatives(word)
                       if name_key(form) in _OBLAST_STANDALONE), None)
    if standalone is not None and not cue:
        name = morph.capitalised_like(next(f for f in morph.toponym_nominatives(word)
                                           if name_key(f) in _OBLAST_STANDALONE), word)
        return [UkPlace(token.start, token.end, token.end, "", "oblast", name, name, sentence, standalone,
                        preposition=preposition)]
    match = _place_key(word, index)
    if match is None:
        if cue and "-" not in word:
            return [UkPlace(token.start, token.end, token.end, name_key(word), "settlement", word, word, sentence,
                            known=False, cue=True, preposition=preposition)]
        if "-" in word:  # "Павлопіль-Широкине": two places named as the ends of a stretch of front
            return _hyphen_places(text, sentence, token, index, preposition)
        return []
    key, form = match
    if not cue and not _plausible(tokens, run[0], key, preposition, persons):
        return []
    name = morph.capitalised_like(form, word)
    return [UkPlace(token.start, token.end, token.end, key, "settlement", name, name, sentence, cue=bool(cue),
                    preposition=preposition)]


def _plausible(tokens: list[_Token], position: int, key: str, preposition: str, persons: set[str]) -> bool:
    """The context rules for a single capitalised word without a settlement noun before it."""
    word = tokens[position].text
    if key in _BLOCKED or key in persons or morph.is_person_name(word):
        return False
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if following is not None and _is_word(following) and following.text[:1].islower() \
            and morph.agrees(word, following.text):
        return False  # an adjective of the noun after it: "Чорному морі", "Зразкові новини"
    before = tokens[position - 1] if position else None
    if before is not None and _is_word(before) and before.text[:1].islower() and morph.agrees(before.text, word):
        return False  # a noun with an adjective of its own: "бронзові Леніни"
    if preposition and not _first_word(tokens, position):
        return True
    return not morph.is_common_word(word)


def _hyphen_places(text: str, sentence: "Sentence", token: _Token, index: CyrillicIndex,
                   preposition: str) -> list[UkPlace]:
    parts = token.text.split("-")
    if len(parts) != 2 or not all(len(part) >= 4 and part[:1].isupper() for part in parts):
        return []
    found = []
    position = token.start
    for part in parts:
        match = _place_key(part, index)
        if match is None or match[0] in _BLOCKED:
            return []
        name = morph.capitalised_like(match[1], part)
        found.append(UkPlace(position, position + len(part), position + len(part), match[0], "settlement", name,
                             name, sentence, preposition=preposition))
        position += len(part) + 1
    return found


# --- resolving ------------------------------------------------------------------------------------

_OBLAST_AFTER = re.compile(r"[ \u00a0]*(?:,|\()?[ \u00a0]*")


def find_mentions(text: str, sentences: list["Sentence"], gazetteer: Gazetteer) -> list[Mention]:
    """The place mentions of the sentences as ``helpers.extract.places`` resolves them (each
    with its Ukrainian nominative as ``name``), with "X Донецької області" attached."""
    mentions = [
        Mention(p.start, p.end, p.surface_end, p.key, p.kind, p.sentence, admin1=p.admin1, known=p.known,
                cue=p.cue, name=p.name)
        for p in find_places(text, sentences, gazetteer)
    ]
    for mention, following in zip(mentions, mentions[1:]):
        if mention.kind != "oblast" and following.kind == "oblast" and following.admin1 is not None \
                and _OBLAST_AFTER.fullmatch(text, mention.surface_end, following.start):
            mention.local_admin1 = following.admin1
    return mentions


def lookup(gazetteer: Gazetteer):
    """The look-up of Cyrillic keys in the gazetteer (``helpers.extract.places.Lookup``)."""
    return cyrillic_index(gazetteer).lookup


# --- what a claim's scope reads of a place row ----------------------------------------------------

#: The keyword noun a direction, front or raion row is written with, when its surface is the
#: adjective alone ("Донецькому та Луганському напрямках": the first row is "Донецькому").
_DEFAULT_KEYWORD = {"direction": "напрямок", "front": "фронт", "raion": "район"}
_BEFORE = re.compile(r"[^\W\d_]+(?:['’ʼ`\-][^\W\d_]+)*")


def scope_fields(place: PlaceMention, text: str) -> tuple[str, str, str, str]:
    """(surface, kind, scope, preposition) of a place row, as the Ukrainian figure reader
    takes them: ``scope`` is the phrase a claim's scope gives ("Зразкове", "Донецька
    область", "Донецький напрямок": the adjective in the nominative and its noun), and
    ``preposition`` the preposition of place right before the mention ("біля", "з боку")."""
    words = [fold(word) for word in _BEFORE.findall(text[max(0, place.start - 30):place.start])]
    preposition = ""
    if text[place.start - 1:place.start].isspace():
        for size in range(min(_PREPOSITION_WORDS, len(words)), 0, -1):
            phrase = " ".join(words[-size:])
            if phrase in _PREPOSITION_SET:
                preposition = phrase
                break
    scope = place.name
    if place.kind in _DEFAULT_KEYWORD:
        written = place.surface.split()
        keyword = ""
        if len(written) > 1:
            last = written[-1]
            keyword = _keyword(_Token(0, len(last), last, fold(last)))
        keyword = keyword or _DEFAULT_KEYWORD[place.kind]
        gender = _KEYWORD_GENDER.get(keyword, "masc")
        adjective = written[0]
        nominative = morph.adjective_nominative(adjective, gender) or fold(adjective)
        scope = f"{morph.capitalised_like(nominative, adjective)} {keyword}"
    return place.surface, place.kind, scope, preposition
