"""How far a source's noun phrase reaches: the words PolNeAR's annotators mark as the source,
around the head that the rules read as the speaker.

The rules (``en.phrases``, ``en.verbs``) delimit a source tightly, so that the speaker column
holds a name ("Jane Example").  PolNeAR (Newell et al., LREC 2018) marks the whole noun phrase
of the source instead: its determiner, premodifiers and title ("Sampleville council
spokeswoman Jane Example", "the council's director Jane Example") and an apposition or a
relative clause set off after it ("Jane Example, a spokeswoman for the Sampleville council,").
``source_phrase`` widens the rules' source span to that phrase, leaving the speaker span as
it is; each widening below was checked against PolNeAR's train split, where it agrees with
the annotators more often than the tight span does:

* **apposition** (after the source, between commas, or after an inverted cue to the end of
  the sentence): kept part by part while each part opens with a determiner, a number (an
  age), a capitalised word or a lowercase noun ("Jane Example, 58, a teacher", "Jane
  Example, director of the council"); not from a part that opens with a preposition, a
  conjunction, an adverb or a participle ("Jane Example, in a statement,", "Jane Example,
  speaking to reporters,"), which PolNeAR leaves out; a short bracketed aside ("Rep. Jane
  Example (D-Sampleville)") and, after an inverted cue, "of Sampleville" too;
* **relative clause** ("Jane Example, who chairs the council,", "said a council official who
  spoke on condition of anonymity", "Officials who inspected the bridge said"): kept unless
  the clause holds a source of its own, which PolNeAR marks apart ("Jane Example, who said");
* **abbreviation** inside an apposition ("a former aide to Mr. Example"): the stop of "Mr." or
  of an initial does not end it;
* **premodifiers** before a source: lowercase modifiers and titles back to a determiner, a
  possessive or the edge of the clause ("Sampleville council spokeswoman Jane Example",
  "the council's director Jane Example", "Many veteran councillors"), never over a
  preposition, a conjunction, an adverb or a participle ("including Jane Example");
* **the phrase a source is the object in** when it opens its clause: "A spokeswoman for the
  council", "People close to Jane Example", "About half of Sampleville voters";
* **coordination**: "Jane Example and John Sample said" is one source when the first name
  opens its clause (not the object in "... thanked Jane Example and John Sample said").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.extract.attribution.en.patterns import (
    ABBREVIATION,
    ADVERBIALS,
    BRIDGING_ADJECTIVES,
    CLAUSE_OPENERS,
    CUE_FORMS,
    DETERMINERS,
    FUNCTION_WORDS,
    ING_MODIFIERS,
    MORE_PREPOSITIONS,
    NOT_ADVERBS,
    NUMBER_TENS,
    PREPOSITIONS,
    PRONOUNS,
    QUANTITY_ADVERBS,
    QUANTITY_WORDS,
    RELATIVE_OPENERS,
    RELATIVES,
    SPACES,
    STACKING_DETERMINERS,
)
from helpers.extract.attribution.en.phrases import closes, noun_phrase_before, token_before, trim_end
from helpers.extract.attribution.records import CueMatch

#: How many premodifier words may stand before a name ("Republican presidential front-runner").
_PREMODIFIERS = 5
#: The prepositions whose object may stand for a larger source ("a spokeswoman for the council",
#: "Aides to Jane Example", "a study by the council").
_ATTACHING = PREPOSITIONS | {"to", "by"}


def with_phrases(text: str, sentences: Sequence[tuple[int, int]], cues: list[CueMatch]) -> list[CueMatch]:
    """The cues with ``phrase_start``/``phrase_end`` set to their source's whole noun phrase
    (``source_phrase``); a cue without a source keeps None."""
    sources = sorted(cue.source_start for cue in cues if cue.source_start is not None)
    widened = []
    for cue in cues:
        if cue.source_start is None:
            widened.append(cue)
            continue
        start, end = source_phrase(text, sentences[cue.sentence], cue, sources)
        widened.append(cue._replace(phrase_start=start, phrase_end=end))
    return widened


def source_phrase(text: str, sentence: tuple[int, int], cue: CueMatch, sources: Sequence[int] = ()) -> tuple[int, int]:
    """(start, end) of the noun phrase a cue's source stands in, as PolNeAR marks it.

    ``sources`` are the source starts of the sentence's other cues: a relative clause that
    holds one is left out (PolNeAR marks its "who" as a source apart).
    """
    start, end = cue.source_start, cue.source_end
    if cue.source_kind in ("pronoun", "relative"):
        return start, end
    end = _after_brackets(text, end, sentence[1])
    if cue.source_start > cue.cue_start:
        end = _place_after(text, end, sentence[1])
        if cue.kind != "according" and cue.content_start is not None and cue.content_end <= cue.cue_start:
            end = _restrictive_after(text, end, sentence[1], sources)
    if cue.source_start < cue.cue_start and cue.source_kind in ("name", "noun", "phrase"):
        end = _modifier_before_cue(text, end, cue.cue_start, sources)
    role = _apposition_after(text, cue, end, sentence[1])
    if role is not None:
        role_start, role_end = role
        role_end = _past_abbreviations(text, role_end, sentence[1])
        end = _apposition_end(text, role_start, role_end, sources) or end
    if cue.source_kind in ("name", "noun") and cue.source_start < cue.cue_start:
        start = _premodifiers(text, sentence[0], start, determined=cue.source_kind == "noun")
    if cue.source_start < cue.cue_start and cue.source_kind in ("name", "noun"):
        start = _attached_to(text, sentence[0], start)
    if cue.source_start < cue.cue_start:
        start = _coordinated(text, sentence[0], start)
    return start, end


def _opens_clause(text: str, lo: int, start: int) -> bool:
    """Does a phrase at ``start`` open its clause: the sentence's start, or after a comma, a
    quotation mark, a bracket or a conjunction ("..., but Jane Example said")?"""
    before = token_before(text, lo, start)
    if before is None:
        return True
    word = text[before[0]:before[1]]
    return word[-1] in ",;:“\"(—–" or word.lower() in CLAUSE_OPENERS


_NUMBER = re.compile(r"[\d.,]+%?|\w+-\w+")  # "75", "54.6", "Thirty-nine"


def _quantity_before(text: str, lo: int, end: int) -> int | None:
    """The start of a quantity ending at ``end`` ("about half", "Nine in 10", "a full 79
    percent", "two out"), or None when the words before ``end`` are no quantity."""
    first = end
    counted = False
    for _ in range(6):
        token = token_before(text, lo, first)
        if token is None:
            break
        word = text[token[0]:token[1]]
        lower = word.lower()
        number = _NUMBER.fullmatch(word) and (word[0].isdigit() or lower.split("-")[0] in NUMBER_TENS)
        if lower in QUANTITY_WORDS or number:
            counted = counted or lower not in ("a", "an", "the", "in", "out")
        elif counted and lower in QUANTITY_ADVERBS:
            pass
        else:
            break
        first = token[0]
    if not counted or first == end:
        return None
    while text[first] in SPACES:
        first += 1
    return first


def _attached_to(text: str, lo: int, start: int) -> int:
    """The start of the phrase a source is the object of a preposition in, when that phrase
    opens its clause: "75 percent of Sampleville voters", "Aides to Jane Example", "A
    spokeswoman for the Sampleville council" (PolNeAR marks the whole phrase)."""
    first = start
    for _ in range(2):
        token = token_before(text, lo, first)
        if token is None or text[token[0]:token[1]] not in _ATTACHING:
            break
        head_end = token[0]
        bridge = token_before(text, lo, head_end)
        if bridge is not None and text[bridge[0]:bridge[1]] in BRIDGING_ADJECTIVES:
            head_end = bridge[0]  # "people close to Jane Example", "a source familiar with"
        quantity = _quantity_before(text, lo, head_end)
        if quantity is not None:
            first = quantity
        else:
            head = noun_phrase_before(text, lo, head_end, attach=False)
            if head is None or head[2] not in ("name", "noun"):
                break
            first = _premodifiers(text, lo, head[0], determined=head[2] == "noun")
        if _opens_clause(text, lo, first):
            return first
    return start


def _coordinated(text: str, lo: int, start: int) -> int:
    """The start of a coordinated source: "Jane Example and John Sample said", "Jane Example,
    John Sample and other officials said" -- when the phrase before "and" opens its clause
    (after the sentence's start, a comma, a quotation mark or a conjunction: else it is an
    object, as in "... thanked Jane Example and John Sample said")."""
    token = token_before(text, lo, start)
    if token is None or text[token[0]:token[1]] not in ("and", "&"):
        return start
    first = token[0]
    for _ in range(4):
        phrase = noun_phrase_before(text, lo, first, attach=False)
        if phrase is None or phrase[2] == "relative":
            return start
        first = phrase[0]
        before = token_before(text, lo, first)
        if before is None:
            return first
        word = text[before[0]:before[1]]
        if word.endswith(",") and len(word) > 1:
            listed = noun_phrase_before(text, lo, before[1] - 1, attach=False)
            if listed is not None and listed[2] != "relative" and listed[1] == before[1] - 1:
                first = before[1] - 1  # "Jane Example, John Sample and ...": read the next of the list
                continue
            return first
        return first if _opens_clause(text, lo, first) else start
    return start


_BRACKETS = re.compile(r"[ \xa0]*\([^()\n]{1,40}\)")
_PLACE = re.compile(r"[ \xa0]+(?:of|from)[ \xa0]+[A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){0,3}")


def _after_brackets(text: str, end: int, limit: int) -> int:
    """The end of a source followed by a short bracketed aside: "Rep. Jane Example (D-Sampleville)"."""
    match = _BRACKETS.match(text, end, limit)
    return match.end() if match else end


def _place_after(text: str, end: int, limit: int) -> int:
    """The end of an inverted source followed by where it is from: "said Sen. Jane Example of
    Sampleville" (before a cue, the name's own scan already reads "of Sampleville")."""
    match = _PLACE.match(text, end, limit)
    if match is None:
        return end
    stop = match.end()
    if text[stop - 1] == "." and not _ABBREVIATED_END.search(text, max(0, stop - 12), stop):
        stop -= 1
    return stop


_RESTRICTIVE = re.compile(r"[ \xa0]+(?:who|whom|whose)[ \xa0]")


def _restrictive_after(text: str, end: int, limit: int, sources: Sequence[int]) -> int:
    """The end of an inverted source with a relative clause and no comma: '"...," said a
    council official who spoke on condition of anonymity.' (up to the next comma or stop)."""
    match = _RESTRICTIVE.match(text, end, limit)
    if match is None:
        return end
    following = _PHRASE_END.search(text, match.end(), limit)
    stop = _past_abbreviations(text, following.start() if following else trim_end(text, end, limit), limit)
    if any(end <= source < stop for source in sources):
        return end
    return trim_end(text, end, stop)


_GAP_PUNCTUATION = re.compile("[,;:\"“”()—–]")


def _modifier_before_cue(text: str, end: int, cue_start: int, sources: Sequence[int]) -> int:
    """The end of a source whose head the rules read before a modifier that runs up to the cue:
    "Officials who spoke to the Courier said", "People close to the council said" (a relative
    clause or an adjective with its object, with no comma between; a participle is too often
    a verb of its own: "Jane Example launched the plan and said")."""
    gap = text[end:cue_start]
    words = gap.split()
    if not words or len(gap) > 120 or _GAP_PUNCTUATION.search(gap) or any(end <= s < cue_start for s in sources):
        return end
    first = words[0].lower()
    if first in RELATIVE_OPENERS or first in BRIDGING_ADJECTIVES:
        return trim_end(text, end, cue_start)
    return end


def _apposition_after(text: str, cue: CueMatch, end: int, limit: int) -> tuple[int, int] | None:
    """(start, end) of the comma phrases after a source: the words between the source and its
    cue set off by commas ("Jane Example, a spokeswoman, who chairs the council, said"), or,
    after an inverted cue, the words from a comma to the end of the sentence ("said Jane
    Example, a spokeswoman for the council."); else the rules' role (between dashes)."""
    role = (cue.role_start, cue.role_end) if cue.role_start is not None and cue.role_start >= end else None
    if not text.startswith(",", end):
        return role
    start = end + 1
    while start < limit and text[start] in SPACES:
        start += 1
    if cue.source_start < cue.cue_start:
        stop = text.rfind(",", start, cue.cue_start)
    elif cue.kind != "according" and cue.content_start is not None and cue.content_end <= cue.cue_start:
        stop = trim_end(text, start, limit)  # '"...," said Jane Example, a spokeswoman.'
    else:
        return role  # "according to the Courier, the bridge fell": what follows is the content
    if stop <= start or _NOT_IN_APPOSITION.search(text, start, stop) or role is not None and stop < role[1]:
        return role
    return start, stop


_NOT_IN_APPOSITION = re.compile("[\"“”;:]")


_SEGMENT = re.compile(r"(?:[^,(]|,(?=\d)|\([^()]*\))*")


def _apposition_end(text: str, start: int, stop: int, sources: Sequence[int]) -> int | None:
    """Where the appositions after a source end: the comma-separated parts of ``start:stop``
    are kept from the first while each describes the source (``_is_apposition``): "Jane
    Example, 58, a teacher, who ..." (an age too: PolNeAR's annotators keep it slightly more
    often than not)."""
    end = None
    position = start
    while position < stop:
        match = _SEGMENT.match(text, position, stop)
        part_end = match.end() if match.end() > position else stop
        part_start = position
        while part_start < part_end and text[part_start] in SPACES:
            part_start += 1
        if not _is_apposition(text, part_start, part_end, sources):
            break
        end = trim_end(text, part_start, part_end)
        position = part_end + 1
    return end


def _is_apposition(text: str, start: int, end: int, sources: Sequence[int]) -> bool:
    """Does the comma phrase after a source describe it (an apposition or a relative clause
    PolNeAR keeps), rather than set off an adverbial or a participle?"""
    words = text[start:end].split(None, 1)
    if not words:
        return False
    first = words[0].lower().strip(",")
    if first in RELATIVE_OPENERS:
        return not any(start <= source < end for source in sources)
    if first in DETERMINERS or first[:1].isdigit() or words[0][:1].isupper():
        return True
    if first in FUNCTION_WORDS or first in ADVERBIALS or first in RELATIVES or first in PRONOUNS:
        return False
    if first.endswith(("ing", "ed")) or first.endswith("ly") and first not in NOT_ADVERBS:
        return False  # "speaking to reporters", "asked about it", "clearly": no apposition
    return first.isalpha() or "-" in first


_ABBREVIATED_END = re.compile(r"(?:\b[A-Z]|" + ABBREVIATION.pattern + r")$")
_PHRASE_END = re.compile(r"[,;:!?\"“”()\n]|\.(?=\s|$)")


def _past_abbreviations(text: str, end: int, limit: int) -> int:
    """The end of an apposition that a title's or an initial's stop cut short: "a former
    aide to Mr" -> "a former aide to Mr. Example" (up to the next comma or full stop)."""
    for _ in range(3):
        if not text.startswith(".", end) or not _ABBREVIATED_END.search(text, max(0, end - 12), end + 1) \
                and not _ABBREVIATED_END.search(text, max(0, end - 12), end):
            return end
        following = _PHRASE_END.search(text, end + 1, limit)
        if following is None:
            return end
        end = following.start()
    return end


def _premodifiers(text: str, lo: int, start: int, *, determined: bool = False) -> int:
    """Where a source's noun phrase starts once its premodifiers are read: "Sampleville council
    spokeswoman Jane Example" from "Jane Example", back over lowercase modifiers and
    capitalised words to a determiner ("the"), a possessive ("the council's") or the edge of
    the clause.  For a name nothing is added unless a lowercase modifier stands right before
    it; a ``determined`` source (a common noun: "veteran councillors") also takes a
    determiner right before it, and one that opens with its own determiner or possessive
    only a quantifier ("all the attendees")."""
    first = start
    lowercase = 0
    # a phrase that opens with its determiner takes only a quantifier before it ("all the
    # attendees"): in "the things the candidate said" the words before are another phrase
    opening = (text[start:start + 40].split(None, 1) or [""])[0].lower()
    opened = determined and (opening in DETERMINERS or opening.endswith(("'s", "’s", "s'", "s’")))
    for _ in range(_PREMODIFIERS):
        token = token_before(text, lo, first)
        if token is None:
            break
        word = text[token[0]:token[1]]
        if closes(word) or word[-1] in ",;:" or not word[0].isalnum() and word[0] not in "“\"'‘":
            break
        lower = word.lower()
        if opened and lower not in STACKING_DETERMINERS or lower in CLAUSE_OPENERS:
            break
        if lower in DETERMINERS and lower not in ("that", "this"):
            if determined and lower in STACKING_DETERMINERS and not lowercase:
                first = token[0]  # "all the attendees", "many other polls"
                continue
            return token[0] if lowercase or determined else start
        if lower.endswith(("'s", "’s", "s'", "s’")):
            if not lowercase:
                break
            owner = noun_phrase_before(text, lo, token[1], attach=False)
            return owner[0] if owner is not None and owner[2] != "relative" else token[0]
        if lower in FUNCTION_WORDS or lower in CUE_FORMS or lower in ADVERBIALS or lower in PRONOUNS \
                or lower in MORE_PREPOSITIONS:
            break
        if lower.endswith("ly") and lower not in NOT_ADVERBS or lower.endswith("ing") and lower not in ING_MODIFIERS:
            break  # "clearly", "including Jane Example": no modifier of the name
        if word[0].islower():
            if not word.replace("-", "").isalnum():
                break
            lowercase += 1
        elif first == start:
            break  # a capitalised word right before the name is the name's own (the rules read it)
        first = token[0]
    if not lowercase and first == start:
        return start
    # the phrase starts at its first lowercase word or a capitalised word before it
    while first < start and text[first] in SPACES:
        first += 1
    return first
