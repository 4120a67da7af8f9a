"""Source attribution in Ukrainian text: who says each thing, in what role, and through whom.

Method: rule-based reading of each sentence around a cue, returning the same
``helpers.extract.attribution.Attribution`` records as the English rules (same columns, ids
``<article_id>/aNNN``, offsets into ``article.text``).  The cues are the past forms of the
reporting verbs of ``lexicon.CUE_VERBS`` in every gender and number ("повідомив",
"повідомила", "повідомило", "повідомили") and the present of the imperfective ones
("повідомляє", "каже"), all taken from pymorphy3's paradigms; "за словами X", "за даними
X", "як повідомляє X" (mode ``according-to``); and impersonal forms ("як зазначається",
"повідомляється"), which make an unnamed source.

Ukrainian puts the speaker after the verb as often as before it ("Про це повідомила речниця
штабу Олена Приклад"; "«...», — сказав він"), so a cue's source is looked for on both
sides: first right before it (a name, a pronoun, a noun in the nominative, past adverbs
such as "також"), then after it (past a short prepositional phrase such as "на
брифінгу").  Where the verb is past tense its gender must agree with the source's
("повідомила ... Олена").  A role is the noun phrase between the cue and the name, or
before the name ("речниця штабу Олена Приклад" -> role "речниця штабу"), or between commas
after it; its capitalised words make the organisation, the first put in the nominative.

* **Names** are kept as written in ``speaker_text`` (Cyrillic stays Cyrillic); the
  canonical ``speaker`` is the nominative ("за словами Андрія Лисенка" -> "Андрій
  Лисенко", by pymorphy3 where its dictionary is sure, else as written), folded within
  the article as the English names are (``speakers.Registry``) and across the corpus by
  ``speakers.fold_speakers``, which transliterates Cyrillic names by the national
  system of 2010 so that "Олена Приклад" and "Olena Pryklad" meet.
* **Content**: a quotation closed right before ", — cue" or opened after "X: «", the clause
  after ", що", the sentence before when the statement opens with "Про це" ("about this"),
  the clause before a sentence-final "..., повідомив X", else the rest of the sentence.
* **Via**: "..., передає «Зразкові новини»" (or "повідомляє", "пише" + an outlet: quoted, a
  web address, or a known outlet) after a statement in the same sentence makes the outlet
  the ``via`` of that statement only (as in English, issue 10: never copied to the
  speaker's other statements).  "УНІАН з посиланням на
  Генштаб" makes the Генштаб the speaker and УНІАН the via.
* **Pronouns** ("він", "вона", or none: "Зазначив, що ...") go to the last named speaker
  of the gender the pronoun or the verb's ending gives, mode ``continued-by-pronoun``,
  with the other possible speakers in ``candidates``; a person named in passing after that
  speaker's last statement ("Сам Лук’янченко вже не може. Учора він визнав") leaves the
  speaker empty with both as candidates; with no speaker before it, the last person named
  in passing is taken.  A surname alone ("Хомчак підтвердив") is the person the article
  named in full before, if any.
* A verb with no source on either side is no statement (a quotation's own "я говорив").
  Verbs that are as often no report ("додав 5 танків", "передав техніку") count only with
  a content marker (", що", a colon, a quotation, "Про це").

The English ``context`` mode (uncued sentences between two statements of one speaker) is
not applied to Ukrainian yet.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, Sequence

from helpers.extract.attribution.records import Attribution
from helpers.extract.attribution.speakers import Registry, Speaker
from helpers import morphology_uk as morph
from helpers.lexicon import (
    ACCORDING_TO,
    ORGANISATION_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    UNNAMED_SOURCE_WORDS,
    VIA_CUES,
)
from helpers.extract.attribution.uk.names import (
    SURNAMES,
    gender_of,
    is_outlet,
    is_person,
    is_surname,
    known_surname,
    nominative_name,
    nominative_phrase,
    organisation_in,
    surname_nominative,
)

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from helpers.doc import Doc
    from helpers.text import Sentence

LANGUAGE = "uk"

#: Cue verbs that report speech only with a content marker after or around them.
NEEDS_CONTENT = frozenset({
    "додати", "додавати", "передати", "передавати", "писати", "написати", "вказати", "вказувати",
    "відповісти", "відповідати", "говорити", "ділитися", "поділитися", "визнати", "визнавати", "озвучити",
    "цитувати", "процитувати", "казати", "інформувати", "поінформувати", "проінформувати", "звітувати",
    "прозвітувати", "доповісти", "доповідати", "оголосити", "оголошувати",
})
#: Words that may stand between a source and its verb, or between the verb and a source after it.
FILLERS = frozenset({
    "також", "вже", "ще", "зокрема", "раніше", "згодом", "тоді", "нині", "теж", "відтак", "зрештою", "далі",
    "неодноразово", "публічно", "офіційно", "прямо", "коротко", "зокрема", "окремо", "водночас", "ж", "же",
    "і", "й", "та", "вкотре", "врешті", "неодмінно", "особисто", "своєю", "чергою", "свого", "боку", "це",
    "цю", "інформацію", "про", "таке", "так", "саме", "вчора", "сьогодні", "учора",
})
#: Openers of a statement whose content is the sentence before ("Про це повідомила ...").
ABOUT_THIS = ("про це", "про це ж", "це", "про таке", "таку інформацію", "цю інформацію", "про що")

_TOKEN = re.compile(
    r"(?P<domain>[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)*\.(?:ua|com|net|org|info|ru|news|media|tv|in\.ua|kiev\.ua)\b)"
    r"|(?P<word>[^\W\d_]+(?:['’ʼ`\-][^\W\d_]+)*\.?)|(?P<number>\d+)|(?P<mark>[^\w\s])"
)
_ROLE_NOUNS = ROLE_NOUNS[LANGUAGE]
_UNNAMED = UNNAMED_SOURCE_WORDS[LANGUAGE]
_ORGANISATIONS = ORGANISATION_WORDS[LANGUAGE]
_PRONOUNS = PRONOUNS[LANGUAGE]
_VIA = frozenset(VIA_CUES[LANGUAGE])
_ACCORDING = re.compile(
    r"(?<![\w'’ʼ-])(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(ACCORDING_TO[LANGUAGE], key=len, reverse=True))
    + r")(?![\w'’ʼ])", re.IGNORECASE,
)
_DASHES = frozenset("—–-")
_TAIL_DASH = re.compile(r",?\s+[—–-]\s+")
_QUOTING_OUTLET = re.compile(r"\s+(?:агенці\w*|агентств\w*|видання|газета|телеканал|сайт|портал)?\s*«(?P<outlet>[^«»]{2,60})»")
_OPENING = "«„“"
_CLOSING = "»“”"


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    kind: str  # word / number / mark / domain

    @property
    def low(self) -> str:
        return morph.fold(self.text.rstrip(".")) if self.kind == "word" else self.text.lower()


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    tokens = []
    for match in _TOKEN.finditer(text, start, end):
        kind = match.lastgroup
        word = match.group()
        if kind == "word" and word.endswith(".") and len(word) > 2:
            tokens.append(_Token(match.start(), match.end() - 1, word[:-1], kind))
            tokens.append(_Token(match.end() - 1, match.end(), ".", "mark"))
        else:
            tokens.append(_Token(match.start(), match.end(), word, kind))
    return tokens


def _is_word(token: _Token | None) -> bool:
    return token is not None and token.kind == "word"


def _capitalised(token: _Token | None) -> bool:
    return _is_word(token) and token.text[:1].isupper()


# --- quotations -------------------------------------------------------------------------------


class _Quote(NamedTuple):
    start: int  # the opening mark
    end: int  # after the closing mark
    inner_start: int
    inner_end: int


def _quotes(text: str, start: int, end: int) -> list[_Quote]:
    """«...» quotations of a block (nested „...“ inside them kept whole); "..." when paired."""
    quotes: list[_Quote] = []
    depth = 0
    opened = -1
    for position in range(start, end):
        char = text[position]
        if char == "«":
            if depth == 0:
                opened = position
            depth += 1
        elif char == "»" and depth:
            depth -= 1
            if depth == 0:
                quotes.append(_Quote(opened, position + 1, opened + 1, position))
    straight = [m.start() for m in re.finditer('"', text[start:end])]
    for first, second in zip(straight[::2], straight[1::2]):
        a, b = start + first, start + second
        if not any(q.start <= a < q.end for q in quotes):
            quotes.append(_Quote(a, b + 1, a + 1, b))
    return sorted(quotes)


# --- the statement being read ----------------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    cue_start: int | None
    cue_end: int | None
    speaker: Speaker | None = None
    speaker_text: str = ""
    speaker_span: tuple[int | None, int | None] = (None, None)
    role: str = ""
    organisation: str = ""
    mode: str = "indirect"
    via: str = ""
    content: tuple[int | None, int | None] = (None, None)
    quoted: bool = False
    candidates: tuple[str, ...] = ()
    outlet: bool = False  # the source is a news outlet
    sentence_index: int = 0
    gender: str = ""  # of the source, from the verb's ending or the pronoun
    name: str = ""  # the speaker's canonical name (nominative), "" for an unnamed source

    @property
    def start(self) -> int:
        points = [p for p in (self.cue_start, self.speaker_span[0], self.content[0]) if p is not None]
        return min(points)

    @property
    def end(self) -> int:
        points = [p for p in (self.cue_end, self.speaker_span[1], self.content[1]) if p is not None]
        return max(points)


class _Source(NamedTuple):
    start: int
    end: int
    kind: str  # name / organisation / outlet / unnamed / pronoun / dropped
    name: str  # canonical (nominative) for a name, organisation or outlet
    role: str
    role_start: int | None
    gender: str


def _agrees(agreement: str, gender: str, plural: bool) -> bool:
    """Does a past verb's ending (masc / femn / neut / plur) fit the source?"""
    if agreement in ("", "sing"):
        return not plural or agreement == ""
    if agreement == "plur":
        return plural or gender == ""
    if agreement == "masc":
        return not plural and gender in ("", "male")
    if agreement == "femn":
        return not plural and gender in ("", "female")
    return not plural  # neut: "джерело повідомило", "міністерство заявило"


# --- names ------------------------------------------------------------------------------------------


def _name_run(tokens: list[_Token], end: int) -> tuple[int, int]:
    """(first, last) indexes of the run of capitalised words (initials, acronyms, hyphens)
    that ends at token ``end``, separated by single spaces."""
    first = end
    while first - 1 >= 0 and (_capitalised(tokens[first - 1]) or _initial(tokens, first - 1)) \
            and tokens[first - 1].end + 1 >= tokens[first].start - 1:
        first -= 1
    return first, end


def _initial(tokens: list[_Token], index: int) -> bool:
    """"А." of "А. Лисенко": one capital letter and a stop (the stop is a token of its own)."""
    token = tokens[index]
    return token.kind == "mark" and token.text == "." and index >= 1 and _capitalised(tokens[index - 1]) \
        and len(tokens[index - 1].text) == 1


def _run_forward(tokens: list[_Token], start: int) -> int:
    """The last index of the run of capitalised words that starts at token ``start``."""
    last = start
    while last + 1 < len(tokens) and (_capitalised(tokens[last + 1]) or tokens[last + 1].kind == "domain") \
            and tokens[last + 1].start - tokens[last].end <= 1:
        last += 1
    return last


def _run_words(tokens: list[_Token], first: int, last: int) -> tuple[str, ...]:
    """The words of tokens ``first``..``last``, an initial with its stop ("П."), other marks left out."""
    words = []
    for index in range(first, last + 1):
        token = tokens[index]
        if token.kind == "mark":
            if token.text == "." and words and len(words[-1]) == 1:
                words[-1] += "."
            continue
        words.append(token.text)
    return tuple(words)


# --- finding the source of a cue ------------------------------------------------------------------


def _skip_fillers_back(tokens: list[_Token], index: int) -> int:
    steps = 0
    while index >= 0 and steps < 3 and _is_word(tokens[index]) and tokens[index].low in FILLERS \
            and tokens[index].low not in ("це", "про"):
        index -= 1
        steps += 1
    return index


def _source_before(text: str, tokens: list[_Token], cue: int, agreement: str) -> _Source | None:
    j = _skip_fillers_back(tokens, cue - 1)
    if j < 0:
        return None
    token = tokens[j]
    if _is_word(token) and token.low in _PRONOUNS:
        gender = _PRONOUNS[token.low]
        if _agrees(agreement, gender, token.low == "вони"):
            return _Source(token.start, token.end, "pronoun", token.text, "", None, gender)
        return None
    if token.kind == "mark" and token.text in _CLOSING:
        opening = _opening_before(tokens, j)
        if opening is not None:
            inner = text[tokens[opening].end:token.start]
            if len(inner.split()) <= 5 and is_outlet(f"«{inner}»") or inner[:1].isupper() and len(inner.split()) <= 4:
                return _Source(tokens[opening].start, token.end, "outlet", inner, "", None, "")
        return None
    if token.kind == "mark" and token.text == ",":
        return _apposition(text, tokens, j, agreement)
    if _capitalised(token) or token.kind == "domain":
        first, last = _name_run(tokens, j)
        if tokens[first].start == tokens[0].start and first == last and morph.is_function_word(tokens[first].text):
            return None
        return _named(text, tokens, first, last, agreement, before=True)
    if _is_word(token) and token.text[:1].islower() and "gent" in morph.cases(token.text):
        body = _body_before(text, tokens, j)  # "Міністерство оборони повідомило"
        if body is not None:
            return body
    if _is_word(token) and token.low in _UNNAMED:
        plural = "plur" in {p.tag.number for p in morph.parses(token.text) if p.tag.POS == "NOUN"} or \
            token.low.endswith(("и", "і"))
        if not _agrees(agreement, gender_of((), token.low), plural) and agreement:
            return None
        first = j
        while first - 1 >= 0 and _is_word(tokens[first - 1]) and morph.is_adjective_form(tokens[first - 1].text) \
                and tokens[first - 1].text[:1].islower():
            first -= 1
        return _Source(tokens[first].start, token.end, "unnamed", "", text[tokens[first].start:token.end], None,
                       gender_of((), token.low))
    return None


def _body_before(text: str, tokens: list[_Token], end: int) -> _Source | None:
    """A body's name of a capitalised word and lower-case genitives ("Міністерство оборони",
    "Прес-служба штабу") ending at token ``end``."""
    k = end - 1
    while k >= 0 and end - k <= 3 and _is_word(tokens[k]) and tokens[k].text[:1].islower() \
            and "gent" in morph.cases(tokens[k].text):
        k -= 1
    if k < 0 or not _capitalised(tokens[k]):
        return None
    head = tokens[k]
    if morph.lemma(head.text) not in _ORGANISATIONS and head.low not in _ORGANISATIONS:
        return None
    first, _ = _name_run(tokens, k)
    written = text[tokens[first].start:tokens[end].end]
    return _Source(tokens[first].start, tokens[end].end, "organisation", nominative_phrase(written), "", None, "")


def _opening_before(tokens: list[_Token], closing: int) -> int | None:
    for index in range(closing - 1, max(-1, closing - 12), -1):
        if tokens[index].kind == "mark" and tokens[index].text in _OPENING:
            return index
    return None


def _apposition(text: str, tokens: list[_Token], comma: int, agreement: str) -> _Source | None:
    """"Андрій Лисенко, спікер АП, повідомив": the name before the role between commas."""
    previous = next((i for i in range(comma - 1, max(-1, comma - 15), -1)
                     if tokens[i].kind == "mark" and tokens[i].text == ","), None)
    if previous is None or previous < 1 or not _is_word(tokens[previous + 1]):
        return None
    head = tokens[previous + 1]
    if head.text[:1].isupper() or morph.lemma(head.text) not in _ROLE_NOUNS:
        return None
    if not _capitalised(tokens[previous - 1]):
        return None
    first, last = _name_run(tokens, previous - 1)
    named = _named(text, tokens, first, last, agreement, before=True)
    if named is None or named.kind != "name":
        return None
    role = text[head.start:tokens[comma - 1].end]
    return named._replace(role=role, role_start=head.start, gender=named.gender or gender_of((), role))


def _named(text: str, tokens: list[_Token], first: int, last: int, agreement: str, *, before: bool,
           role: str = "", role_start: int | None = None) -> _Source | None:
    """A source of capitalised words: a person (with a role before it, when ``before``), an
    outlet or an organisation."""
    words = _run_words(tokens, first, last)
    written = text[tokens[first].start:tokens[last].end]
    if is_person(words[-3:]) or (len(words) > 3 and is_person(words[-2:])):
        name_words = words[-3:] if is_person(words[-3:]) else words[-2:]
        name_first = last - len(name_words) + 1
        while name_first > first and tokens[name_first].kind == "mark":
            name_first -= 1
        if before and not role:
            role, role_start = _role_before(text, tokens, name_first)
        gender = gender_of(name_words, role)
        if not _agrees(agreement, gender, False):
            return None
        name = nominative_name(name_words)
        return _Source(tokens[name_first].start, tokens[last].end, "name", name, role, role_start, gender)
    if len(words) == 1 and (is_surname(words[0]) or known_surname(words[0])):
        gender = gender_of((), role) or {"masc": "male", "femn": "female"}.get(agreement, "")
        if before and not role:
            role, role_start = _role_before(text, tokens, first)
        return _Source(tokens[first].start, tokens[last].end, "name", surname_nominative(words[0]), role, role_start,
                       gender)  # "Хомчак"; "цитує Лук’янченка" -> "Лук’янченко"
    opener = tokens[first]
    opens_sentence = first == _first_word_index(tokens)
    if opens_sentence and len(words) > 1 and morph.lemma(opener.text) in _ROLE_NOUNS and is_person(words[1:]):
        role = opener.text  # "Депутат Олександр Драган зауважив"
        gender = gender_of(words[1:], role)
        if not _agrees(agreement, gender, False):
            return None
        return _Source(tokens[first + 1].start, tokens[last].end, "name", nominative_name(words[1:]), role,
                       opener.start, gender)
    if opens_sentence and (morph.lemma(opener.text) in _ROLE_NOUNS or opener.low in _UNNAMED or (
            len(words) == 1 and morph.is_known(opener.text) and not morph.is_person_name(opener.text)
            and opener.low not in _ORGANISATIONS and not opener.text.isupper())):
        return _Source(opener.start, tokens[last].end, "unnamed", "", written, opener.start, "")  # "Представники Росії", "Сторони"
    if len(words) == 1 and first == 0 and not tokens[0].kind == "domain" and morph.is_common_word(words[0]) \
            and not morph.fold(words[0]) in _ORGANISATIONS:
        return None  # a sentence's first word: "Військові повідомили" is read as unnamed below
    if is_outlet(written):
        return _Source(tokens[first].start, tokens[last].end, "outlet", written, role, role_start, "")
    if any(morph.fold(word) in _ORGANISATIONS for word in words) or written.isupper() or len(words) >= 1 \
            and all(not morph.is_person_name(word) for word in words):
        if morph.is_person_name(words[-1]) and len(words) == 1:
            gender = gender_of((), role)
            if not _agrees(agreement, gender, False):
                return None
            return _Source(tokens[first].start, tokens[last].end, "name", written, role, role_start, gender)
        if agreement in ("masc", "femn") and not any(morph.fold(w) in _ORGANISATIONS for w in words):
            return None  # "повідомив Зразкове": a past verb of one gender needs a person
        return _Source(tokens[first].start, tokens[last].end, "organisation", nominative_phrase(written), role,
                       role_start, "")
    return None


def _role_before(text: str, tokens: list[_Token], name_first: int) -> tuple[str, int | None]:
    """The role written right before a name: lower-case words (and the capitalised words of an
    organisation among them) opened by a role noun ("речниця штабу", "спікер АП")."""
    index = name_first - 1
    start = None
    while index >= 0 and tokens[index].kind in ("word", "domain") and name_first - index <= 8:
        if morph.lemma(tokens[index].text) in _ROLE_NOUNS and not tokens[index].text[1:].isupper():
            start = index
        index -= 1
    if start is None:
        return "", None
    return text[tokens[start].start:tokens[name_first - 1].end], tokens[start].start


def _source_after(text: str, tokens: list[_Token], cue: int, agreement: str) -> _Source | None:
    k = cue + 1
    steps = 0
    while k < len(tokens) and _is_word(tokens[k]) and tokens[k].low in FILLERS and steps < 3:
        k += 1
        steps += 1
    if k >= len(tokens):
        return None
    token = tokens[k]
    if agreement == "plur" and _is_word(token) and token.low in ("у", "в") and k + 1 < len(tokens):
        return _locative_source(text, tokens, k + 1)
    if _is_word(token) and token.low in ("на", "під", "у", "в", "за", "після", "під час") and k + 2 < len(tokens):
        skipped = k + 1
        while skipped < len(tokens) and skipped - k <= 3 and _is_word(tokens[skipped]) and tokens[skipped].text[:1].islower() \
                and morph.pos_of(tokens[skipped].text) in ("NOUN", "ADJF", ""):
            skipped += 1
            if skipped < len(tokens) and (_capitalised(tokens[skipped]) or morph.lemma(tokens[skipped].text) in _ROLE_NOUNS
                                          or tokens[skipped].low in _PRONOUNS):
                k = skipped
                token = tokens[k]
                break
    if _is_word(token) and token.low in _PRONOUNS:
        gender = _PRONOUNS[token.low]
        if _agrees(agreement, gender, token.low == "вони"):
            return _Source(token.start, token.end, "pronoun", token.text, "", None, gender)
        return None
    if token.kind == "mark" and token.text in _OPENING:
        closing = next((i for i in range(k + 1, min(len(tokens), k + 10)) if tokens[i].text in _CLOSING), None)
        if closing is not None:
            inner = text[tokens[k].end:tokens[closing].start]
            after = tokens[closing + 1] if closing + 1 < len(tokens) else None
            if not _capitalised(after):
                return _Source(token.start, tokens[closing].end, "outlet", inner, "", None, "")
    if _capitalised(token) or token.kind == "domain":
        last = _run_forward(tokens, k)
        return _named(text, tokens, k, last, agreement, before=False)
    if _is_word(token) and token.text[:1].islower():
        return _role_then_name(text, tokens, k, agreement)
    return None


def _locative_source(text: str, tokens: list[_Token], k: int) -> _Source | None:
    """"повідомили в Генштабі", "повідомили у пресслужбі штабу ООС": the body that speaks."""
    end = k
    while end < len(tokens) and (tokens[end].kind in ("word", "domain")) and tokens[end].low not in ("що", "про") \
            and end - k < 6:
        end += 1
    if end == k:
        return None
    head = tokens[k]
    if morph.pos_of(head.text) != "NOUN" or "loct" not in morph.cases(head.text):
        return None
    written = text[head.start:tokens[end - 1].end]
    if not any(_capitalised(tokens[i]) for i in range(k, end)) and morph.lemma(head.text) not in _ORGANISATIONS:
        return None
    return _Source(head.start, tokens[end - 1].end, "organisation", nominative_phrase(written, oblique=True), "", None, "")


def _role_then_name(text: str, tokens: list[_Token], k: int, agreement: str) -> _Source | None:
    """"речниця штабу Олена Приклад", "спікер Адміністрації президента з питань АТО Андрій
    Лисенко": a role noun first, then the name; or a noun phrase alone (an unnamed source)."""
    head = tokens[k]
    if morph.lemma(head.text) not in _ROLE_NOUNS and head.low not in _UNNAMED:
        return None
    index = k
    while index < len(tokens) and index - k < 12:
        token = tokens[index]
        if token.kind == "mark" and token.text not in _OPENING + _CLOSING + "-":
            break
        if _is_word(token) and token.low in ("що", "який", "яка", "які", "як"):
            break
        if _capitalised(token) and index > k:
            last = _run_forward(tokens, index)
            words = tuple(tokens[i].text for i in range(index, last + 1))
            for size in (3, 2):
                if len(words) >= size and is_person(words[-size:]):
                    name_first = last - size + 1
                    role = text[head.start:tokens[name_first - 1].end]
                    gender = gender_of(words[-size:], role)
                    if not _agrees(agreement, gender, False):
                        return None
                    name = nominative_name(words[-size:])
                    return _Source(tokens[name_first].start, tokens[last].end, "name", name, role, head.start, gender)
            index = last + 1
            continue
        index += 1
    stop = next((i for i in range(k + 1, index) if _is_word(tokens[i]) and morph.can_be_preposition(tokens[i].text)
                 and tokens[i].text[:1].islower()), index)
    end = tokens[stop - 1].end  # "волонтери Логістичного центру про вікенд ...": the source ends before "про"
    written = text[head.start:end].strip(" ,")
    if head.low in _UNNAMED or morph.lemma(head.text) in _ROLE_NOUNS:
        gender = gender_of((), written)
        plural = agreement == "plur"
        if agreement and not _agrees(agreement, gender, plural):
            return None
        return _Source(head.start, head.start + len(written), "unnamed", "", written, head.start, gender)
    return None


# --- content ----------------------------------------------------------------------------------------


def _content(text: str, sentence: "Sentence", tokens: list[_Token], cue: int, source: _Source | None,
             quotes: list[_Quote], previous: "Sentence | None") -> tuple[tuple[int | None, int | None], bool, bool]:
    """((start, end), quoted, marked) of a statement's content; ``marked`` says whether a
    content marker was found (a quotation, ", що", a colon, "Про це")."""
    cue_token = tokens[cue]
    before = text[sentence.start:cue_token.start]
    stripped = before.rstrip()
    last = stripped.rsplit(None, 1)[-1] if stripped else ""
    if last and last[0].isalpha() and morph.pos_of(last) == "ADVB":
        stripped = stripped[: -len(last)].rstrip()  # "— миролюбно пояснив"
    if stripped.endswith(tuple(_DASHES)) and stripped[:-1].rstrip().endswith((",", "»", "”", "“", "!", "?", "…")):
        closing = sentence.start + len(stripped[:-1].rstrip().rstrip(",").rstrip())
        opened = _opening_of(text, closing, sentence)
        if opened is not None:  # «...», — сказав X; or «... – розповідає X. – ...»
            end = closing - 1 if text[closing - 1:closing] == "»" else closing
            while end > opened and text[end - 1] in ", ":
                end -= 1
            return (opened, end), True, True
        opening = sentence.start + len(before) - len(before.lstrip(" —–-"))
        if text[closing - 1:closing] == "»" and closing - 1 > opening:
            return (opening, closing - 1), True, True  # a quotation opened in a paragraph before
        return ((opening, closing) if closing > opening else (None, None)), False, True
    after_source = source.end if source is not None and source.end > cue_token.end else cue_token.end
    rest = text[after_source:sentence.end]
    colon = re.match(r"\s*:\s*", rest)
    if colon:
        position = after_source + colon.end()
        quote = next((q for q in quotes if q.start == position), None)
        if quote is not None:
            return (quote.inner_start, quote.inner_end), True, True
        return (position, _trimmed_end(text, position, sentence.end)), False, True
    that = re.match(r"\s*(?:з\s+посиланням\s+на\s+[^,.;:]+)?,?\s*(?:що|мовляв|нібито|буцімто)\s+", rest)
    if that:
        position = after_source + that.end()
        tail = _tail_cue(text, position, sentence.end)  # "..., — миролюбно пояснив X": the writer's attribution
        end = tail if tail is not None else sentence.end
        return (position, _trimmed_end(text, position, end)), False, True
    lowered = morph.fold(before).strip(" \t«\"")
    opener = lowered.split(" на ")[0].split(" під ")[0]
    if any(lowered.startswith(phrase) and (len(lowered) == len(phrase) or not lowered[len(phrase)].isalpha())
           for phrase in ABOUT_THIS) or opener in ABOUT_THIS:
        if previous is not None:
            return (previous.start, previous.end), False, True
        return (None, None), False, True
    comma = stripped.endswith(",") and len(stripped) > 1
    if comma:
        return (sentence.start, sentence.start + len(stripped) - 1), False, False
    phrase = re.match(r"\s*(?:в|у|на)\s+[^,.;:]{1,40},\s*", rest)
    if phrase and len(phrase.group().split()) <= 5:
        rest_start = after_source + phrase.end()  # "Як йдеться в рішенні, депутати ...": after the phrase
        return (rest_start, _trimmed_end(text, rest_start, sentence.end)), False, False
    if rest.strip(" .!?;") and len(rest.split()) >= 3:
        position = after_source + len(rest) - len(rest.lstrip(" ,"))
        return (position, _trimmed_end(text, position, sentence.end)), False, False
    return (None, None), False, False


def _opening_of(text: str, closing: int, sentence: "Sentence") -> int | None:
    """Where the quotation that the text before ``closing`` belongs to opens (after its «), or
    None.  Scanning back through the paragraph, a « that no » after it closes is the opening:
    of the quotation that ends at ``closing`` ("«...», — сказав X"), or of one still open
    around the cue ("«... стоячи, - розповідають волонтери. - А вже ...»")."""
    paragraph_start = text.rfind("\n", 0, sentence.start) + 1
    depth = 0
    position = closing - 2 if text[closing - 1:closing] == "»" else closing - 1
    while position >= paragraph_start:
        char = text[position]
        if char == "»":
            depth += 1
        elif char == "«":
            if depth == 0:
                return position + 1
            depth -= 1
        position -= 1
    return None


def _tail_cue(text: str, start: int, end: int) -> int | None:
    """Where a ", — пояснив X" attribution of someone else's words starts inside ``start:end``."""
    forms = morph.cue_forms()
    for match in _TAIL_DASH.finditer(text, start, end):
        words = [morph.fold(word) for word in re.findall(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*", text[match.end():end])[:2]]
        if any(word in forms for word in words):
            return match.start()
    return None


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " .!?;":
        end -= 1
    return end


# --- one sentence -----------------------------------------------------------------------------------


def _sentence_drafts(text: str, sentence: "Sentence", previous: "Sentence | None", quotes: list[_Quote],
                     index: int, tokens: list[_Token]) -> list[_Draft]:
    forms = morph.cue_forms()
    drafts: list[_Draft] = []
    according = list(_ACCORDING.finditer(text, sentence.start, sentence.end))
    inside = [(match.start(), match.end()) for match in according]
    for cue, token in enumerate(tokens):
        if token.kind != "word" or any(a <= token.start < b for a, b in inside):
            continue
        form = forms.get(token.low)
        if form is None:
            continue
        lemma, kind, agreement, _ = form
        if kind == "impersonal":
            if token.low in _DOCUMENT_ONLY and not _document_near(tokens, cue):
                continue  # "коли йдеться про втрати": "when it comes to", no statement
            content, quoted, _ = _content(text, sentence, tokens, cue, None, quotes, previous)
            drafts.append(_Draft(token.start, token.end, content=content, quoted=quoted, sentence_index=index,
                                 mode="direct quote" if quoted else "indirect"))
            continue
        source = _source_before(text, tokens, cue, agreement)
        if source is None:
            source = _source_after(text, tokens, cue, agreement)
        if token.low in _VIA and source is not None and source.kind == "outlet" and source.start > token.start \
                and drafts and _attach_via(drafts, source.name):
            continue
        if source is None:
            if cue == _first_word_index(tokens) and agreement in ("masc", "femn", "plur", "sing") \
                    and re.match(r"\s*,?\s*що\s", text[token.end:sentence.end]):
                kind = "dropped" if agreement in ("masc", "femn") else "nobody"  # "Кажуть, що ...": people say
                source = _Source(token.start, token.start, kind, "", "", None,
                                 {"masc": "male", "femn": "female"}.get(agreement, ""))
            else:
                continue
        content, quoted, marked = _content(text, sentence, tokens, cue, source, quotes, previous)
        if lemma in NEEDS_CONTENT and not marked:
            continue
        draft = _draft(text, token, source, content, quoted, agreement, index)
        if lemma in ("цитувати", "процитувати") and source.start > token.start:
            quoting = _QUOTING_OUTLET.match(text, source.end)  # "— цитує Лук’янченка агенція «УРА-Інформ Донбас»"
            if quoting:
                draft.via = quoting.group("outlet")
        drafts.append(draft)
    for match in according:
        before = [draft for draft in drafts if draft.cue_start is not None and draft.cue_start < match.start()]
        draft = _according(text, sentence, tokens, match, previous, before)
        if draft is not None:
            draft.sentence_index = index
            drafts.append(draft)
    return drafts


_DOCUMENT_ONLY = frozenset({"йдеться", "ідеться", "говориться"})


def _document_near(tokens: list[_Token], cue: int) -> bool:
    """"йдеться в документі", "у доповіді йдеться": a "в/у" phrase within two words of the cue."""
    around = tokens[max(0, cue - 3):cue] + tokens[cue + 1:cue + 3]
    return any(_is_word(token) and token.low in ("в", "у") for token in around)


def _first_word_index(tokens: list[_Token]) -> int:
    return next((i for i, token in enumerate(tokens) if token.kind == "word"), -1)


def _draft(text: str, cue: _Token, source: _Source, content, quoted: bool, agreement: str, index: int) -> _Draft:
    draft = _Draft(cue.start, cue.end, content=content, quoted=quoted, sentence_index=index)
    draft.mode = "direct quote" if quoted else "indirect"
    if source.kind == "nobody":
        return draft  # an unnamed source
    if source.kind in ("pronoun", "dropped"):
        draft.mode = "continued-by-pronoun"
        draft.gender = source.gender or {"masc": "male", "femn": "female"}.get(agreement, "")
        if source.kind == "pronoun":
            draft.speaker_text = source.name
            draft.speaker_span = (source.start, source.end)
        draft.role = "pronoun"
        return draft
    draft.speaker_text = text[source.start:source.end]
    draft.speaker_span = (source.start, source.end)
    draft.role = source.role
    draft.gender = source.gender
    draft.outlet = source.kind == "outlet"
    draft.role = nominative_phrase(source.role) if source.role and source.role[:1].islower() and \
        "nomn" not in morph.cases(source.role.split()[0]) else source.role
    if source.kind == "unnamed":
        draft.role = ""
        draft.organisation = ""
        draft.speaker_text = source.role or draft.speaker_text
    else:
        draft.organisation = organisation_in(source.role) if source.role else ""
        draft.name = source.name
    return draft


def _attach_via(drafts: list[_Draft], outlet: str) -> bool:
    """"..., передає «Зразкові новини»": the outlet passes on the statements before it."""
    earlier = [draft for draft in drafts if not draft.outlet]
    if not earlier:
        return False
    for draft in earlier:
        draft.via = draft.via or outlet
    return True


def _according(text: str, sentence: "Sentence", tokens: list[_Token], match: re.Match, previous,
               drafts: list[_Draft]) -> _Draft | None:
    """"за словами X, ...", "за даними X", "як повідомляє X", "з посиланням на X"."""
    phrase = " ".join(match.group().lower().split())
    end = match.end()
    stop = re.search(r"[,;:.!?—–]|\s(?:що|який|яка|які)\s", text[end:sentence.end])
    x_end = end + (stop.start() if stop else len(text[end:sentence.end]))
    written = text[end:x_end].strip()
    if not written:
        return None
    if written[:1].isupper() and not phrase.startswith("за словами") and (stop is None or len(written.split()) > 8):
        kept = []  # "з посиланням на Генштаб ЗСУ видання пише": the name ends at the first lower-case word
        for word in written.split():
            if not (word[:1].isupper() or word[:1] in "«»\"“”„" or word.isupper()):
                break
            kept.append(word)
        written = " ".join(kept)
        x_end = text.find(written, end) + len(written)
    elif len(written.split()) > 6:
        return None  # no stop in reach: not a source's name
    x_start = end + len(text[end:x_end]) - len(text[end:x_end].lstrip())
    words = written.split()
    if phrase == "з посиланням на":
        speaker_text, speaker = written, nominative_phrase(written, oblique=True)
        outlets = [draft for draft in drafts if draft.outlet]
        if drafts and not outlets:
            return None  # "Генштаб повідомляє з посиланням на розвідку": the statement is the Генштаб's
        if outlets:
            carrier = outlets[-1]
            carrier.via = carrier.speaker_text.strip("«»\"“”„")
            carrier.speaker_text, carrier.speaker_span = speaker_text, (x_start, x_start + len(written))
            carrier.outlet = False
            carrier.name = speaker
            carrier.mode = "according-to"
            return None
    name_words = tuple(word.strip(",.«»\"") for word in words)
    if phrase.startswith(("за словами",)) and len(name_words) >= 2:
        role_words: list[str] = []
        while len(name_words) > 2 and not name_words[0][:1].isupper():
            role_words.append(name_words[0])
            name_words = name_words[1:]
        if is_person(name_words[-3:]) or is_person(name_words[-2:]):
            person = name_words[-3:] if is_person(name_words[-3:]) else name_words[-2:]
            role = " ".join(role_words + list(name_words[:len(name_words) - len(person)]))
            nominative = morph.name_nominative(tuple(person))
            speaker = " ".join(nominative) if nominative else " ".join(person)
            name_start = text.find(person[0], x_start, x_end)
            draft = _Draft(match.start(), match.end(), mode="according-to", sentence_index=0)
            draft.speaker_text = text[name_start:x_end].rstrip()
            draft.speaker_span = (name_start, name_start + len(draft.speaker_text))
            draft.role = nominative_phrase(role, oblique=True) if role else ""
            draft.organisation = organisation_in(draft.role) if draft.role else ""
            draft.gender = gender_of(person, draft.role)
            draft.name = speaker
            draft.content = _according_content(text, sentence, match.start(), x_end, previous)
            return draft
    if not written[:1].isupper() and not written.startswith(("«", "\"", "“")):
        head = morph.fold(words[0])
        if phrase.startswith(("як повідомили", "як зазначили", "як заявили", "як розповіли", "як наголосили")) \
                and head in ("у", "в") and len(words) > 1:
            written = " ".join(words[1:])
            x_start = text.find(words[1], x_start, x_end)
        elif head not in _UNNAMED and morph.lemma(words[0]) not in _ROLE_NOUNS and morph.lemma(words[0]) not in _ORGANISATIONS:
            return None
    draft = _Draft(match.start(), match.end(), mode="according-to", sentence_index=0)
    draft.speaker_text = written
    draft.speaker_span = (x_start, x_start + len(written))
    draft.content = _according_content(text, sentence, match.start(), x_end, previous)
    clean = written.strip("«»\"“”„")
    if morph.fold(clean) in _UNNAMED:
        draft.speaker_text = written  # "за інформацією ЗМІ": nobody in particular
    elif is_outlet(written) or written.startswith(("«", "“")):
        draft.outlet = True
        draft.name = clean
    elif written[:1].isupper():
        draft.name = nominative_phrase(clean, oblique=not phrase.startswith("як "))
    return draft


def _according_content(text: str, sentence: "Sentence", start: int, x_end: int, previous) -> tuple[int | None, int | None]:
    rest = text[x_end:sentence.end]
    body = rest.lstrip(" ,—–")
    if body.strip(" .!?;"):
        position = x_end + len(rest) - len(body)
        return position, _trimmed_end(text, position, sentence.end)
    before = text[sentence.start:start].rstrip(" ,—–")
    if before:
        return sentence.start, sentence.start + len(before)
    return None, None


# --- the article ----------------------------------------------------------------------------------


def statements(doc: "Doc") -> list[Attribution]:
    """Every statement of the Ukrainian article, in order of appearance (see the module
    docstring): the ``uk`` rules of ``helpers.extract.attribution.LANGUAGES``."""
    text = doc.text
    sentences = doc.sentences
    block_spans = sorted({(block.start, block.end) for block in doc.article.blocks})
    block_starts = [start for start, _ in block_spans]
    quotes_by_block: dict[tuple[int, int], list[_Quote]] = {}
    drafts: list[_Draft] = []
    tokenised = [_tokens(text, sentence.start, sentence.end) for sentence in sentences]
    mentions = _mentions(tokenised)
    token = SURNAMES.set(frozenset(m.key for m in mentions if " " in m.name))
    try:
        for index, sentence in enumerate(sentences):
            block = block_spans[bisect_right(block_starts, sentence.start) - 1]
            quotes = quotes_by_block.get(block)
            if quotes is None:
                quotes = quotes_by_block[block] = _quotes(text, *block)
            previous = sentences[index - 1] if index else None
            drafts.extend(_sentence_drafts(text, sentence, previous, quotes, index, tokenised[index]))
    finally:
        SURNAMES.reset(token)
    return _records(doc, drafts, mentions)


def _records(doc: "Doc", drafts: list[_Draft], mentions: list["_Person"]) -> list[Attribution]:
    """Speakers resolved across the article, and the drafts as ``Attribution`` records in order.

    ``speaker_kind``: a named speaker's kind (``names.speaker_kind``: an outlet counts as an
    organisation, as in English); a source the text leaves unnamed ("Військові", or no one:
    "Як зазначається") is ``unnamed``, its words kept as ``descriptor``; a pronoun no one
    can be found for stays empty.  ``medium`` (a platform) is not read in Ukrainian yet.
    """
    text, sentences = doc.text, doc.sentences
    article_id = doc.article_id
    registry = Registry()
    named: list[_Draft] = []
    for draft in drafts:
        _resolve_speaker(draft, registry, named, mentions)
    starts = [sentence.start for sentence in sentences]
    ends = [sentence.end for sentence in sentences]
    ids = [sentence.sentence_id for sentence in sentences]
    drafts.sort(key=lambda draft: draft.start)
    records = []
    for number, draft in enumerate(drafts, start=1):
        low, high = draft.start, draft.end
        sentence_ids = tuple(ids[bisect_right(ends, low):bisect_left(starts, high)])
        speaker = draft.speaker
        canonical = speaker.canonical if speaker is not None else ""
        via = draft.via  # the statement's own clause only (issue 10), as the English rows
        role = draft.role if draft.role != "pronoun" else ""
        if speaker is not None and draft.mode == "continued-by-pronoun":
            role = speaker.role
        elif speaker is not None and not role:
            role = speaker.role
        organisation = draft.organisation or (organisation_in(role) if role else "")
        cue_text = text[draft.cue_start:draft.cue_end] if draft.cue_start is not None else ""
        if speaker is not None:
            kind, descriptor = _NAMED_KIND.get(speaker.kind, "person"), ""
        elif draft.mode == "continued-by-pronoun":
            kind, descriptor = "", ""
        else:
            kind, descriptor = "unnamed", draft.speaker_text
        records.append(Attribution(
            f"{article_id}/a{number:03d}", article_id, canonical, kind, draft.speaker_text, descriptor, role,
            organisation, cue_text, draft.mode, via, "", draft.speaker_span[0], draft.speaker_span[1],
            draft.cue_start, draft.cue_end, draft.content[0], draft.content[1], sentence_ids, draft.quoted,
            draft.candidates, draft.speaker_span[0], draft.speaker_span[1],  # no wider source phrase in Ukrainian yet
        ))
    return records


#: A named speaker's ``speaker_kind`` from its registry kind (as the English rows).
_NAMED_KIND = {"person": "person", "organisation": "organisation", "outlet": "organisation"}


class _Person(NamedTuple):
    """A person the article names (a statement's speaker or a name in passing), for pronouns."""

    start: int
    key: str  # the surname, folded
    name: str
    gender: str
    speaker: Speaker | None


def _mentions(tokenised: Sequence[list[_Token]]) -> list[_Person]:
    """People named in passing ("Сам Лук’янченко ...", "Петро Порошенко назвав ..."): full names
    of a known given name, and surnames on their own."""
    found: list[_Person] = []
    for tokens in tokenised:
        index = 0
        while index < len(tokens):
            if not _capitalised(tokens[index]):
                index += 1
                continue
            last = _run_forward(tokens, index)
            run = [i for i in range(index, last + 1) if tokens[i].kind == "word"]
            position = 0
            while position < len(run):  # "Сам Лук’янченко": the name may start inside the run
                words = tuple(tokens[i].text for i in run[position:])
                size = next((n for n in (3, 2) if len(words) >= n and is_person(words[:n])), 0)
                if size:
                    name = nominative_name(words[:size])
                    found.append(_Person(tokens[run[position]].start, morph.fold(name.split()[-1]), name,
                                         gender_of(words[:size], ""), None))
                    position += size
                    continue
                if is_surname(words[0]) and (len(words) == 1 or not _capitalised(tokens[run[position] + 1])):
                    surname = surname_nominative(words[0])
                    found.append(_Person(tokens[run[position]].start, morph.fold(surname), surname, "", None))
                position += 1
            index = last + 1
    return found


def _resolve_pronoun(draft: _Draft, registry: Registry, named: list[_Draft], mentions: list[_Person]) -> None:
    """The person a pronoun (or a dropped subject) stands for.

    The last speaker of the article of a compatible gender, as in English; but a person named
    in passing after that speaker's last statement makes the pronoun ambiguous ("Крисько
    пояснив ... Сам Лук’янченко вже не може. Учора він визнав": either), and the speaker is
    left empty with both as ``candidates``.  With no speaker before it, the last person named
    in passing of a compatible gender is taken ("Петро Порошенко назвав ... Про це він сказав").
    """
    gender = draft.gender
    compatible = lambda person: not gender or person.gender in ("", gender)  # noqa: E731
    speakers: list[_Person] = []
    for earlier in named:
        speaker = earlier.speaker
        if speaker is not None and speaker.kind == "person":
            speakers.append(_Person(earlier.start, morph.fold(speaker.words[-1]), speaker.canonical,
                                    speaker.gender, speaker))
    said = [person for person in speakers if compatible(person)]
    last_said = said[-1] if said else None
    since = last_said.start if last_said is not None else -1
    here = draft.speaker_span[0] if draft.speaker_span[0] is not None else draft.cue_start
    passing = [m for m in mentions if since < m.start < here and compatible(m)
               and (last_said is None or m.key != last_said.key)]
    if last_said is not None and not passing:
        chosen = last_said
        others = [p.name for p in reversed(said) if p.key != chosen.key and (not gender or chosen.gender != gender)]
        draft.speaker = chosen.speaker
        draft.candidates = tuple(dict.fromkeys(others))
        return
    if last_said is None and passing:
        latest = passing[-1]
        rivals = {m.key for m in passing if m.key != latest.key}
        if latest.gender == gender or not rivals:
            speaker = registry.add(latest.name)
            if speaker is not None and latest.gender and not speaker.gender:
                speaker.gender = latest.gender
            draft.speaker = speaker
            draft.candidates = tuple(dict.fromkeys(m.name for m in reversed(passing) if m.key != latest.key))
            return
    people = {}
    for person in [*reversed(passing), *([last_said] if last_said is not None else [])]:
        if person.key not in people or len(person.name) > len(people[person.key]):
            people[person.key] = person.name  # one entry per person, the fullest form
    draft.speaker = None
    draft.candidates = tuple(people.values())


def _resolve_speaker(draft: _Draft, registry: Registry, named: list[_Draft], mentions: list[_Person]) -> None:
    """Give a draft its ``Speaker``: a name or body through the registry, a pronoun by gender."""
    if draft.mode == "continued-by-pronoun":
        if draft.speaker_text.lower() == "вони":
            groups = []
            for earlier in reversed(named):
                if earlier.speaker is not None and earlier.speaker.kind != "person" \
                        and all(earlier.speaker is not g for g in groups):
                    groups.append(earlier.speaker)
            draft.speaker = groups[0] if groups else None
            draft.candidates = tuple(s.canonical for s in groups[1:])
            return
        _resolve_pronoun(draft, registry, named, mentions)
        return
    name = draft.name
    if not name:
        return  # an unnamed source or an impersonal statement
    if " " not in name:  # "Приклад підтвердила" after "речниця штабу Олена Приклад": the full name
        here = draft.speaker_span[0] if draft.speaker_span[0] is not None else draft.start
        full = [m.name for m in mentions if " " in m.name and m.key == morph.fold(name) and m.start < here]
        if full:
            name = full[-1]
    speaker = registry.add(name, draft.role if draft.role and draft.role[:1].islower() else "")
    if speaker is None:
        return
    if draft.gender and not speaker.gender:
        speaker.gender = draft.gender
    if draft.via and not speaker.via:
        speaker.via = draft.via
    draft.speaker = speaker
    named.append(draft)
