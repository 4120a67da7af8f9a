"""The words around an English cue: the token before it, the noun phrase that is its source
("Vitalii Lytvyn, an artillery reconnaissance unit commander,"), an inverted source after it
("said Commander Example") and the bounds of a name."""

from __future__ import annotations

import re

from helpers.extract.attribution.en.patterns import (
    ABBREVIATION,
    ADVERBIALS,
    APPOSITION_STOP,
    BOUNDARY,
    CUE_FORMS,
    DETERMINERS,
    EVIDENCE,
    FUNCTION_WORDS,
    GRAMMAR,
    MAY_CLOSE,
    NAME_PARTICLES,
    NOT_ADVERBS,
    NOT_INVERTED_SUBJECT,
    NOT_NAME,
    NOT_PLURAL,
    NOUN_HOMOGRAPHS,
    NOUN_SOURCES,
    OPENERS,
    PERSON_NOUNS,
    PREPOSITIONS,
    PRONOMINAL_DETERMINERS,
    PRONOUNS,
    RELATIVES,
    RIGHT_SOURCE,
    SPACES,
    TIME_NOUNS,
    TIME_OPENERS,
    WEEKDAYS,
    ZERO_WIDTH,
)
# --- words around a cue ------------------------------------------------------------------------


def token_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the white-space-delimited token ending at or before ``end``."""
    while end > lo and text[end - 1] in SPACES:
        end -= 1
    if end <= lo:
        return None
    start = text.rfind(" ", lo, end) + 1
    if start <= lo:
        start = lo
    newline = text.rfind("\n", start, end)
    if newline >= 0:
        start = newline + 1
    space = text.rfind("\xa0", start, end)
    if space >= 0:
        start = space + 1
    return start, end


def _ends_phrase(word: str) -> bool:
    """``closes``, after a quick look at the last character (most words end in a letter)."""
    last = word[-1]
    return (last in MAY_CLOSE or last.isdigit()) and closes(word)


def closes(word: str) -> bool:
    """Does the token end with punctuation that closes a phrase (not an abbreviation's stop)?"""
    word = word.rstrip("*_") or word  # "airspace.**": Markdown emphasis after the stop
    if word[-1].isdigit():
        unnumbered = word.rstrip("0123456789")
        if len(unnumbered) > 1 and unnumbered[-1] in ".!?”\"" and unnumbered[-2].isalpha() \
                and len(word) - len(unnumbered) <= 3:
            return True  # "networks.30": a footnote number after the stop
    last = word[-1]
    if last == ".":
        return not ABBREVIATION.fullmatch(word)
    return last in BOUNDARY or last in "'’" and not word.endswith(("s'", "s’"))


def noun_phrase_before(text: str, lo: int, end: int, *, attach: bool = True, token=None) -> tuple[int, int, str] | None:
    """The noun phrase that ends right before ``end``: (start, end, kind) or None.

    Kinds: ``pronoun`` (he, she, they ...), ``relative`` (who, which, that), ``name`` (a
    run of capitalised words: "Commander Lytvyn", "U.S. Sen. Jane Example"), ``noun`` (a
    determiner phrase "the spokesman for the ministry", or a bare source noun "officials").
    ``token`` is the token before ``end`` when the caller has it already.
    """
    if token is None:
        token = token_before(text, lo, end)
    if token is None:
        return None
    start, stop = token
    word = text[start:stop]
    if _ends_phrase(word):
        return None
    if word[0] in OPENERS and len(word) > 1:
        # "(Forbes says ...", "“Officials say ...": the phrase starts after the mark and
        # cannot reach back past it
        opened = len(word) - len(word.lstrip(OPENERS))
        if opened == len(word):
            return None
        start, word = start + opened, word[opened:]
        lo = start
    if word[0] in ZERO_WIDTH:  # "Volodymyr \u200cZelenskiy": an invisible mark some agencies insert
        stripped = word.lstrip(ZERO_WIDTH)
        if not stripped:
            return None
        start, word = stop - len(stripped), stripped
    lower = word.lower()
    if lower in PRONOUNS:
        return start, stop, "pronoun"
    if lower[-2:] in ("'s", "’s") and lower[:-2] in PRONOUNS:
        return start, stop - 2, "pronoun"  # "she's said": a contraction, not a possessive
    if lower in RELATIVES:
        return start, stop, "relative"
    if lower in PRONOMINAL_DETERMINERS:
        return start, stop, "noun"  # "Some have suggested", "Others say"
    if word[0].isupper():
        if lower.rstrip(".") in NOT_NAME:
            return None
        first, count = start, 1
        previous = None
        while count < 6:
            previous = token_before(text, lo, first)
            if previous is None:
                break
            before = text[previous[0]:previous[1]].lstrip(ZERO_WIDTH)
            if not before or _ends_phrase(before):
                previous = None
                break
            if before[0].isupper() and before.lower().rstrip(".") not in NOT_NAME:
                first, count = previous[0], count + 1
                continue
            if before[0] in OPENERS:  # "(Example News estimates": the name starts after the mark
                inner = before.lstrip(OPENERS)
                if inner and inner[0].isupper() and inner.lower().rstrip(".") not in NOT_NAME:
                    first = previous[1] - len(inner)
                previous = None
                break
            if before in NAME_PARTICLES and count:
                first = previous[0]
                continue
            if before == "of" or before == "for":  # "Ministry of Defence", "Armed Forces of Ukraine"
                owner = token_before(text, lo, previous[0])
                if owner is not None and text[owner[1] - 1].isalpha() and text[owner[0]].isupper() \
                        and text[owner[0]:owner[1]].lower() not in NOT_NAME:
                    first, count = previous[0], count + 1
                    continue
            if before.lower() in DETERMINERS and before.lower() not in ("that", "this"):
                return previous[0], stop, "noun"
            break
        if first == start and (lower in NOUN_SOURCES or lower in EVIDENCE):
            return start, stop, "noun"  # "Reports indicate", "Officials said" at a sentence start
        if attach and previous is not None and previous[0] < first:
            if text[previous[0]:previous[1]] in PREPOSITIONS:
                head = noun_phrase_before(text, lo, previous[0], attach=False)
                if head and head[2] == "noun":
                    return head[0], stop, "noun"  # "commanders in Donetsk", "a spokesman for Example"
        return first, stop, "name"
    if lower in FUNCTION_WORDS or not word[0].isalpha() or lower in CUE_FORMS and not _determined_noun(text, lo, start, lower):
        return None
    first, count = start, 0
    # a bare plural heads a source too: "tech executives say", "caucus-goers said"
    determined = lower in NOUN_SOURCES or (len(lower) > 4 and lower.endswith("s") and not lower.endswith(NOT_PLURAL))
    while count < 5:
        previous = token_before(text, lo, first)
        if previous is None:
            break
        before = text[previous[0]:previous[1]]
        if _ends_phrase(before):
            break
        lower_before = before.lower()
        if lower_before in DETERMINERS or before.isdigit() or before.replace(",", "").isdigit():
            first, determined = previous[0], True  # "the spokesman", "520 delegates"
            break
        if before.endswith(("'s", "’s", "s'", "s’")):
            owner = noun_phrase_before(text, lo, previous[1], attach=False)
            first, determined = (owner[0] if owner else previous[0]), True
            break
        if "—" in before or "–" in before:  # "temperatures—but Ukrainian polling shows": a clause boundary
            break
        acronym = len(before) > 1 and before.isupper()  # "A US official": "US" is no pronoun
        if lower_before in FUNCTION_WORDS and not acronym or lower_before in CUE_FORMS or not before[0].isalnum():
            if before[0] in OPENERS and len(before) > 1 and before.lstrip(OPENERS)[:1].isalnum():
                first = previous[1] - len(before.lstrip(OPENERS))  # "- [UN chief says": from "UN"
            break
        first, count = previous[0], count + 1
    if not determined:
        return None
    if attach:
        preposition = token_before(text, lo, first)
        if preposition and text[preposition[0]:preposition[1]] in PREPOSITIONS:
            head = noun_phrase_before(text, lo, preposition[0], attach=False)
            if head and head[2] == "noun":
                first = head[0]
    return first, stop, "noun"


def _determined_noun(text: str, lo: int, start: int, lower: str) -> bool:
    """Is a cue form used as a noun, after a determiner or a possessive ("several reports
    reveal", "the note says", "Example's remarks suggest")?  It can then head a source."""
    lemma, _, form = CUE_FORMS[lower]
    if lemma not in NOUN_HOMOGRAPHS or form not in ("base", "s"):
        return False
    token = token_before(text, lo, start)
    if token is None:
        return False
    before = text[token[0]:token[1]]
    return before.lower() in DETERMINERS or before.endswith(("'s", "’s", "s'", "s’")) or before.isdigit()


def left_source(text: str, lo: int, end: int, token: tuple[int, int] | None) -> tuple | None:
    """(start, end, kind, antecedent start, end, role start, end) of the source before a cue.

    ``token`` is the word right before the cue (already found by the caller).
    """
    position = end
    first_token = token
    for _ in range(4):  # adverbials between source and verb: "on Monday", "however", "quickly"
        if token is None:
            return None
        if token is not first_token and text[first_token[1] - 1] == "," and text[token[1] - 1] != ",":
            token = first_token  # "Name, who fled the town last year, says": the comma closes an apposition
            break
        word = text[token[0]:token[1]].rstrip(",").lower()
        if word in ADVERBIALS or (len(word) > 4 and word.endswith("ly") and word.isalpha() and word not in NOT_ADVERBS):
            position = token[0]
        elif word in WEEKDAYS or word in TIME_NOUNS:
            position = token[0]
            previous = token_before(text, lo, position)
            if previous and text[previous[0]:previous[1]].lower() in TIME_OPENERS:
                position = previous[0]
        else:
            break
        token = token_before(text, lo, position)
    if token is None:
        return None
    last = text[token[1] - 1]
    if last == "," and token is not first_token:  # "Name, on Monday, said": the adverbial was set off by commas
        phrase = noun_phrase_before(text, lo, token[1] - 1)
        if phrase is not None and phrase[2] != "relative" and not _after_comma(text, lo, phrase[0]):
            return (*phrase, None, None, None, None)  # (after a comma the phrase is a role: read below)
    if last == ",":  # "Name, a role, said" / "Name, 58, who lives in Exampleton, said"
        opening = token[0]
        for _ in range(3):
            opening = text.rfind(",", lo, opening)
            if opening < 0 or token[1] - opening > 170 or APPOSITION_STOP.search(text, opening, token[1]):
                return None
            phrase = noun_phrase_before(text, lo, _before_brackets(text, lo, opening))
            if phrase is not None:
                break
        if phrase is None or phrase[2] == "relative":
            return None
        role_start, role_end = opening + 1, token[1] - 1
        while role_start < role_end and text[role_start] in SPACES:
            role_start += 1
        return (*phrase, None, None, role_start, role_end)
    if last in "—–":
        relative = _relative_before_dash(text, lo, token, last)
        if relative is not None:
            return relative
    if last in "—–-" and token[1] - token[0] == 1:  # "Jane Example — a teacher from Exampleton — says"
        opening = text.rfind(last, lo, token[0])
        if opening < 0 or token[0] - opening > 170 or APPOSITION_STOP.search(text, opening, token[0]):
            return None
        phrase = noun_phrase_before(text, lo, opening)
        if phrase is None or phrase[2] == "relative":
            return None
        role_start, role_end = opening + 1, token[0]
        while role_start < role_end and text[role_start] in SPACES:
            role_start += 1
        while role_end > role_start and text[role_end - 1] in SPACES:
            role_end -= 1
        return (*phrase, None, None, role_start, role_end)
    if last == ")":
        opening = text.rfind("(", lo, token[1])
        if opening < 0:
            return None
        phrase = noun_phrase_before(text, lo, opening)
        return (*phrase, None, None, None, None) if phrase else None
    phrase = noun_phrase_before(text, lo, position, token=token)
    if phrase is None or phrase[2] != "relative":
        antecedent = _restrictive_antecedent(text, lo, phrase[0] if phrase else token[0])
        if antecedent is not None:
            return (*antecedent, None, None, None, None)
    if phrase is None:
        return None
    if phrase[2] == "relative":
        cut = phrase[0]
        while cut > lo and text[cut - 1] in " ,":
            cut -= 1
        antecedent = noun_phrase_before(text, lo, cut)
        if antecedent and antecedent[2] in ("name", "noun"):
            return (*phrase, antecedent[0], antecedent[1], None, None)
    return (*phrase, None, None, None, None)


#: ", who" / ", which" opening a relative clause after its antecedent.
_COMMA_RELATIVE = re.compile(r",[ \xa0]+(?:who|which)[ \xa0]")


def _relative_before_dash(text: str, lo: int, token: tuple[int, int], dash: str) -> tuple | None:
    """ "Jane Example, who met Sample on Saturday—including a round of golf—told ...": a dashed
    aside closes a relative clause after the subject, so the subject is the name before ", who"
    (audit after2, class 3: the speaker was left empty).  The aside's opening dash is looked for
    within 170 characters, the relative's comma within 200 before it; no quotation mark or
    colon may come between (and ``lo``, the subject's floor, keeps it in the sentence)."""
    opening = text.rfind(dash, max(lo, token[0] - 170), token[1] - 1)
    if opening < 0:
        return None
    window = max(lo, opening - 200)
    match = None
    for match in _COMMA_RELATIVE.finditer(text, window, opening):
        pass
    if match is None or APPOSITION_STOP.search(text, match.start(), token[1]):
        return None
    phrase = noun_phrase_before(text, lo, match.start())
    if phrase is None or phrase[2] not in ("name", "noun"):
        return None
    return (*phrase, None, None, None, None)


def _after_comma(text: str, lo: int, start: int) -> bool:
    """Does a comma come right before ``start`` (white space aside)?"""
    while start > lo and text[start - 1] in SPACES:
        start -= 1
    return start > lo and text[start - 1] == ","


def _restrictive_antecedent(text: str, lo: int, start: int) -> tuple[int, int, str] | None:
    """The noun phrase before a "who" clause that ends where a cue's subject seemed to be:
    in "Officials who spoke to Jane Example said", "Jane Example" is the object inside the
    clause and "Officials" the source.  The clause must hold no punctuation."""
    window = text[max(lo, start - 120):start]
    match = None
    for match in _WHO.finditer(window):
        pass
    if match is None or _CLAUSE_PUNCTUATION.search(window, match.end()):
        return None
    who = start - len(window) + match.start(1)
    antecedent = noun_phrase_before(text, lo, who)
    return antecedent if antecedent is not None and antecedent[2] in ("name", "noun") else None


_WHO = re.compile(r"\s(who|whom|whose)\s")
_CLAUSE_PUNCTUATION = re.compile("[,.;:!?\"“”()—–]")


def _before_brackets(text: str, lo: int, end: int) -> int:
    """Where a phrase ends once a bracketed aside right before ``end`` is skipped:
    "State Rep. Jane Example (R), a role, said" reads the name before "(R)"."""
    stop = end
    while stop > lo and text[stop - 1] in SPACES:
        stop -= 1
    if stop > lo and text[stop - 1] == ")":
        opening = text.rfind("(", lo, stop)
        if opening >= 0 and stop - opening <= 40:
            return opening
    return end


def _person_like(phrase: str) -> bool:
    """Can a determiner phrase after an inverted cue be its speaker: is its head (the word
    before any "of", "for", "between" ...) a source noun, a role or a capitalised name?"""
    words = phrase.split()
    end = next((i for i, word in enumerate(words) if i and word in _HEAD_ENDERS), len(words))
    for word in words[1:end] or words:
        lower = word.lower().strip(",.;:")
        singular = lower[:-1] if lower.endswith("s") else lower
        if word[:1].isupper() or word[:1].isdigit() or lower in NOUN_SOURCES or singular in NOUN_SOURCES \
                or lower in PERSON_NOUNS or singular in PERSON_NOUNS:
            return True
    return False


#: The words that end a phrase's head: the lexicon's ("of", "for" ...) and a few an object phrase adds.
_HEAD_ENDERS = GRAMMAR["head_enders"] | {"between", "to", "who", "whose"}


def right_source(text: str, start: int, end: int) -> tuple | None:
    """The source after an inverted cue: '“...,” said Commander Example, a role.'"""
    following = text[start:start + 16].split(None, 1)
    if not following or following[0].lower() in NOT_INVERTED_SUBJECT:
        return None  # "said that ...", "said on Monday": no source after the verb
    match = RIGHT_SOURCE.match(text, start, end)
    if not match:
        return None
    group = next(name for name in ("pronoun", "name", "noun", "bare") if match.group(name) is not None)
    if group == "noun" and not _person_like(match.group("noun")):
        return None  # "..., 2026, underscored the persistent deadlock between Kyiv and Moscow": an object
    role = match.span("role") if match.group("role") is not None else (None, None)
    source_start, source_end = match.span(group)
    source_end = trim_end(text, source_start, source_end)  # "said the official." ends before the stop
    return (source_start, source_end, "noun" if group == "bare" else group, None, None, *role)


_TRAILING = " ,;:.\n\"“”'’—–-"


def trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing spaces, punctuation, quotation marks and dashes."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end
