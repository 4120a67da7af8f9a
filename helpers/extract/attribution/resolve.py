"""Speakers given by inference: a pronoun's antecedent, and a sentence's speaker by context.

Both need evidence (issue 10, audit classes 9 and 10); without it the speaker stays empty
with mode ``unresolved`` and the speakers it could be are listed in ``candidates``.  An empty
cell is better than a wrong name.

**Pronouns.**

* "he"/"she" go to the nearest earlier speaker of compatible gender (known and equal, or
  unknown), provided no other person of compatible gender is named between that speaker and
  the pronoun (``mentions.ArticleNames``) and no unnamed person ("a senior official") speaks
  in between: "... said Umerov after the meeting. The sides agreed, he added" is Umerov; with
  a second man named in between it is unresolved.  The person who opens the pronoun's
  sentence or the one before ("Example presented a plan, in which he called for"), or whom
  the author asked ("I asked Example whether ...? “...,” she said"), counts as such a speaker
  when named nearer than any other.  A pronoun whose cue continues the
  statement just before it ("he added", "it continued") is not blocked by the people that
  statement's content names; nor is any pronoun blocked by a person named inside a quotation.
* "it" goes to the nearest earlier organisation or country that speaks, with no other body
  or country named in between; "they" to the nearest earlier plural source ("officials",
  "Example and Sample") in the same or the previous paragraph.  Neither is ever a person.
* "I" and "we" outside a quotation are the author's (an interviewer's "I asked him", a
  publisher's "we publish"): the speaker stays empty and ``speaker_kind`` is ``author``.

A pronoun may also resolve to an unnamed source ("A senior official said ... He added"): the
row then keeps that source's words as its ``descriptor``.

**Context** (mode ``context``): a body sentence with no cue of its own is a speaker's only

* when it lies inside a quotation that continues the speaker's direct quotation of the same
  or the previous paragraph (the newspaper convention for a quotation over several
  paragraphs), with no sentence of the author's between, and the quotation before was no
  question put to someone ("... the prosecutor asked the witness", whose answer follows); a
  quotation without that evidence is ``unresolved``, with the speaker of the statement before
  it as its candidate;
* or, unquoted, when it sits between two statements of the same named speaker in adjacent
  paragraphs (a run of reported speech), and either shares a paragraph with the earlier one
  or the later one continues the run ("Example added that ...", ``lexicon.CONTINUATION_CUES``),
  and names nobody (a sentence naming a person, or opening with "He"/"She", is the author's
  about them), with no sentence of the author's between.  Not after the
  lede (paragraph 1), by the inverted-pyramid convention.  Any other unquoted
  sentence is the author's: it gets no row at all.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Sequence

from helpers.doc import Doc
from helpers.extract.attribution.draft import Draft
from helpers.extract.attribution.mentions import ArticleNames, Mention
from helpers.extract.attribution.records import Quote
from helpers.extract.attribution.speakers import TITLES, Speaker, fold_word
from helpers.lexicon import CONTINUATION_CUES, DOCUMENT_NOUNS, NON_SPEAKER_NOUNS, ORGANISATION_WORDS, SOURCE_GRAMMAR

CONTINUATIONS = CONTINUATION_CUES["en"]
DOCUMENTS = DOCUMENT_NOUNS["en"]
NON_SPEAKERS = NON_SPEAKER_NOUNS["en"]
ORGANISATIONS = ORGANISATION_WORDS["en"]
PERSON_WORDS = frozenset(word for word in SOURCE_GRAMMAR["en"]["person_nouns"] if not word.endswith("s")) | {
    "witness", "secretary", "lawyer", "prosecutor", "judge", "resident", "soldier", "official", "source"}
#: The subject form of each pronoun a source can be written as ("according to her").
SUBJECT_FORM = {"he": "he", "him": "he", "she": "she", "her": "she", "they": "they", "them": "they",
                "it": "it", "i": "i", "me": "i", "we": "we", "us": "we"}
PRONOUN_GENDER = {"he": "male", "she": "female"}
#: The ``speaker_kind`` an unresolved pronoun still tells.
PRONOUN_KIND = {"he": "person", "she": "person", "it": "organisation"}
#: How far back (characters) the people named before an unresolved pronoun are listed.
CANDIDATE_REACH = 600
#: How many of the latest earlier statements a pronoun reads: for its antecedent, and for the
#: unnamed people who speak between it and the pronoun.  A pronoun's antecedent is a statement
#: or two back in news prose (an article names 29 speakers at most in the evaluation corpora);
#: without a bound, each "He said" after thousands of statements without an antecedent read
#: them all, quadratic in bench_hostile's "he_said".
PRONOUN_REACH = 50


# --- pronouns ---------------------------------------------------------------------------------------


def resolve_pronoun(draft: Draft, earlier: Sequence[Draft], article) -> None:
    """Give a pronoun's statement its speaker, on evidence, or leave it ``unresolved``.

    ``article`` gives the article's ``names`` (``ArticleNames``), ``registry`` (its speakers),
    ``paragraph_of(offset)`` and ``sentence_spans(offset)`` (the (start, end) of the sentence
    holding the offset and of the one before it, or None).  Only the latest ``PRONOUN_REACH``
    of the ``earlier`` statements are read.
    """
    earlier = earlier[-PRONOUN_REACH:]
    pronoun = SUBJECT_FORM.get(_bare(draft.speaker_text.lower()), "")
    if pronoun in ("i", "we"):
        draft.kind = "author"
        draft.unnamed = True
        return
    names, speakers = article.names, article.registry.speakers
    position = draft.speaker_span[0]
    draft.mode = "continued-by-pronoun"
    if pronoun in ("he", "she"):
        gender = PRONOUN_GENDER[pronoun]
        antecedent = _nearest(earlier, lambda previous: _fits_person(previous, gender))
        subject = _subject(article, position, gender)
        if subject is not None and (antecedent is None or subject.end > _mention_end(antecedent)):
            start, own = subject.end, subject.name

        elif antecedent is not None:
            start, own, subject = _blocking_from(draft, antecedent, earlier, position), _name(antecedent), None
        else:
            nearby = names.people(max(0, position - CANDIDATE_REACH), position, speakers)
            _unresolved(draft, pronoun, [m.name for m in nearby if m.gender in ("", gender)])
            return
        others = [
            mention.name for mention in names.people(start, position, speakers)
            if mention.gender in ("", gender) and not _same_person(own, mention.name)
            and not _quoted(article, mention.start)
        ]
        others += [
            previous.descriptor or previous.speaker_text for previous in earlier
            if previous is not antecedent and previous.speaker is None and previous.unnamed
            and _person_like(previous) and start <= (previous.speaker_span[0] or -1) < position
        ]
        if subject is not None:
            if others:
                _unresolved(draft, pronoun, [own, *others])
            elif subject.kind == "unnamed":  # "The secretary ... testified. He recalled": unnamed, described
                draft.unnamed, draft.kind, draft.descriptor = True, "unnamed", own
            else:  # the subject of this or the previous sentence: "Example presented a plan, in which he called for"
                draft.speaker = article.registry.add(own)
            return
    elif pronoun == "it":
        antecedent = _nearest(earlier, _fits_body)
        if antecedent is None:
            _unresolved(draft, pronoun, [])
            return
        start = _blocking_from(draft, antecedent, earlier, position)
        others = [mention.name for mention in names.bodies(start, position) if not _same(antecedent, mention.name)]
    elif pronoun == "they":
        antecedent = _nearest(earlier, lambda previous: previous.plural)
        here = article.paragraph_of(position)
        if antecedent is None or here is None or article.paragraph_of(_mention_end(antecedent) - 1) not in (here, here - 1):
            _unresolved(draft, pronoun, [_name(antecedent)] if antecedent is not None else [])
            return
        others = []
    else:  # "you": a reader addressed, or a quotation's listener
        _unresolved(draft, pronoun, [])
        return
    if others:
        _unresolved(draft, pronoun, [_name(antecedent), *others])
        return
    draft.speaker = antecedent.speaker
    draft.plural = antecedent.plural
    if antecedent.speaker is None:  # an unnamed source continued: "A senior official said ... He added"
        draft.unnamed = True
        draft.kind = antecedent.kind or "unnamed"
        draft.descriptor = antecedent.descriptor


def _quoted(article, offset: int) -> bool:
    """Does an offset lie inside a quotation?  A person a speaker names in their own words
    ("“I met Example,” she said. He added ...") is not who the narrative's pronoun stands for."""
    index = bisect_right(article.quote_ends, offset)
    return index < len(article.quotes) and article.quotes[index].start <= offset


def _blocking_from(draft: Draft, antecedent: Draft, earlier: Sequence[Draft], position: int) -> int:
    """Where other candidates start to count against an antecedent: after its name, or, when
    the pronoun's cue continues the statement just before it ("It added", "he continued"),
    after that statement's content (what a speaker says is not who speaks next)."""
    start = _mention_end(antecedent)
    cue = draft.cue
    if cue is not None and cue.lemma in CONTINUATIONS and earlier and earlier[-1] is antecedent:
        content_end = antecedent.content[1]
        if content_end is not None and start < content_end <= position:
            start = content_end
    return start


def _subject(article, position: int, gender: str) -> Mention | None:
    """The person who opens the pronoun's sentence, or else the previous sentence, as its
    subject ("Example presented a plan, in which he ..."), when of compatible gender."""
    spans = article.sentence_spans(position)
    if spans is None:
        return None
    (start, _), previous = spans
    for low, high in ((start, position), previous):
        if low is None:
            continue
        people = article.names.people(low, min(high, position), article.registry.speakers)
        if people:
            first = people[0]
            opening = [word.strip("\"“‘'(—–-").lower() for word in article.text[low:first.start].replace(",", " ").split()]
            if opening[-2:] in (["i", "asked"], ["we", "asked"]):
                opening = opening[:-2]  # "I asked Example whether ... “...,” she said": the one asked answers
            if first.gender not in ("", gender) or any(word not in _OPENERS for word in opening):
                return None  # "Asked about Example, he said": a person named first is no subject
            return first
        described = _UNNAMED_SUBJECT.match(article.text, low, min(high, position))
        if described is not None and described.group("noun").lower() in _PERSON_NOUNS:
            # "The secretary of one of the judges testified. He recalled ...": an unnamed person
            return Mention(described.start(), described.end(), described.group().strip(" \"“‘\n"), "unnamed", "")
    return None


#: A person described, not named, opening a sentence ("The secretary of one of the judges").
_UNNAMED_SUBJECT = re.compile(r"[\s\"“‘]*(?:The|A|An|One)[ \xa0]+(?:[\w’'-]+[ \xa0]+){0,3}?(?P<noun>[a-z][\w-]*)\b")
#: Nouns for a person, singular ("secretary", "spokesman", "witness").
_PERSON_NOUNS = (TITLES | PERSON_WORDS) - {"head", "leader", "speaker"}


#: Words that may open a sentence before its subject ("But Example said ...").
_OPENERS = frozenset({"", "but", "and", "so", "then", "yet", "still", "meanwhile", "however", "also", "now", "later"})


def _same_person(one: str, other: str) -> bool:
    """Two names of one person: the same surname after romanisation folding."""
    mine, theirs = one.split(), other.split()
    return bool(mine and theirs) and fold_word(_bare(mine[-1])) == fold_word(_bare(theirs[-1]))


def _bare(word: str) -> str:
    return word.removesuffix("’s").removesuffix("'s")


def _nearest(earlier: Sequence[Draft], fits) -> Draft | None:
    for previous in reversed(earlier):
        if previous.mode != "unresolved" and fits(previous):
            return previous
    return None


def _fits_person(draft: Draft, gender: str) -> bool:
    speaker = draft.speaker
    if speaker is not None:
        return speaker.kind == "person" and speaker.gender in ("", gender)
    return draft.unnamed and draft.kind != "author" and _person_like(draft)


def _fits_body(draft: Draft) -> bool:
    speaker = draft.speaker
    if speaker is not None:
        return speaker.kind in ("organisation", "outlet")
    return draft.unnamed and not draft.plural and _head(draft) in ORGANISATIONS | DOCUMENTS


def _person_like(draft: Draft) -> bool:
    """An unnamed singular source that is a person ("a senior official", "the spokesman")."""
    head = _head(draft)
    return bool(head) and not draft.plural and draft.kind == "unnamed" and head not in DOCUMENTS \
        and head not in NON_SPEAKERS and head not in ORGANISATIONS


def _head(draft: Draft) -> str:
    words = (draft.descriptor or draft.speaker_text).split()
    return words[-1].lower().strip(",.;:’'") if words else ""


def _mention_end(draft: Draft) -> int:
    end = draft.speaker_span[1]
    if end is None:
        end = draft.cue.cue_end if draft.cue is not None else draft.content[1]
    return end


def _same(draft: Draft, name: str) -> bool:
    """Is a name the draft's own speaker (a person by surname, a body by its words)?"""
    speaker = draft.speaker
    if speaker is None:
        return False
    words = name.split()
    if speaker.kind == "person":  # by surname: "Volodymyr Zelensky" is the "Zelensky" who spoke
        return _same_person(speaker.canonical, name)
    own = {word.lower() for word in speaker.words}
    return bool(own & {word.lower() for word in words}) and (set(w.lower() for w in words) <= own or own <= {w.lower() for w in words})


def _name(draft: Draft) -> str:
    if draft.speaker is not None:
        return draft.speaker.canonical
    return draft.descriptor or draft.speaker_text


def _unresolved(draft: Draft, pronoun: str, candidates: Sequence[str]) -> None:
    draft.mode = "unresolved"
    draft.speaker = None
    draft.unnamed = True
    draft.kind = PRONOUN_KIND.get(pronoun, "")
    draft.candidates = tuple(dict.fromkeys(name for name in candidates if name))


# --- context ---------------------------------------------------------------------------------------


def context_drafts(doc: Doc, drafts: Sequence[Draft], quotes: Sequence[Quote], names: ArticleNames,
                   speakers: Sequence[Speaker], sections: Sequence[tuple[int, int, Speaker]] = ()) -> list[Draft]:
    """Body sentences with no cue of their own, given to a speaker on evidence (mode
    ``context``) or, inside a quotation without it, left ``unresolved``.  ``sections`` are the
    answers of an interview's layout, (start, end, speaker): a sentence inside one is the
    speaker's."""
    section_starts = [start for start, _, _ in sections]
    answerers = {id(speaker): Draft(None, speaker=speaker) for _, _, speaker in sections}
    owner: dict[int, Draft] = {}
    for draft in drafts:
        for sentence_id in draft.sentence_ids:
            owner.setdefault(sentence_id, draft)
    body = [sentence for sentence in doc.sentences if sentence.part == "body"]
    if len(owner) >= len(body):
        return []
    quote_starts = [quote.start for quote in quotes]
    paragraph = {sentence.sentence_id: sentence.paragraph or 0 for sentence in doc.sentences}
    following: list[tuple[Draft, int] | None] = [None] * len(body)
    upcoming = None
    for position in range(len(body) - 1, -1, -1):
        following[position] = upcoming
        draft = owner.get(body[position].sentence_id)
        if draft is not None:
            upcoming = (draft, body[position].sentence_id)
    inferred: dict[int, Draft | None] = {}
    before: Draft | None = None
    before_paragraph = 0
    broken = False  # has a sentence of the author's come since the statement before?
    for position, sentence in enumerate(body):
        draft = owner.get(sentence.sentence_id)
        if draft is not None:
            before, before_paragraph, broken = draft, paragraph[sentence.sentence_id], False
            continue
        here = sentence.paragraph or 0
        section = bisect_right(section_starts, sentence.start) - 1
        if section >= 0 and sentence.end <= sections[section][1]:
            inferred[sentence.sentence_id] = answerers[id(sections[section][2])]
            continue
        if quotes and _in_quote(quotes, quote_starts, sentence):
            continues = not broken and _continues_quotation(doc.text, before, before_paragraph, here)
            if not continues and not broken:
                answerer = _addressee(doc.text, before, before_paragraph, here, drafts, speakers)
                if answerer is not None:
                    inferred[sentence.sentence_id] = answerers.setdefault(id(answerer), Draft(None, speaker=answerer))
                    continue
            inferred[sentence.sentence_id] = before if continues else None
            continue
        after = following[position]
        if not broken and _reported_speech_run(doc.text, before, before_paragraph, here, after, paragraph) \
                and _prose_like(sentence.text) and not names.people(sentence.start, sentence.end, speakers) \
                and sentence.text.split(None, 1)[0].lower() not in _NARRATING_PRONOUNS:
            inferred[sentence.sentence_id] = before  # (a sentence naming someone is the author's about them)
        else:
            broken = True
    runs: list[Draft] = []
    current: Draft | None = None
    for sentence in body:
        if sentence.sentence_id not in inferred:
            current = None
            continue
        source = inferred[sentence.sentence_id]
        same_run = (
            current is not None and current.sentence_ids
            and current.sentence_ids[-1] == sentence.sentence_id - 1
            and current.speaker is (source.speaker if source else None)
            and (source is not None or current.mode == "unresolved")
            and paragraph[current.sentence_ids[-1]] == sentence.paragraph
        )
        if same_run:
            current.sentence_ids += (sentence.sentence_id,)
            current.content = (current.content[0], sentence.end)
            continue
        quoted = bool(quotes) and _in_quote(quotes, quote_starts, sentence)
        if source is None:
            current = Draft(None, mode="unresolved", content=(sentence.start, sentence.end),
                            sentence_ids=(sentence.sentence_id,), unnamed=True, quoted=quoted)
            previous = _previous(owner, sentence.sentence_id)
            if previous is not None and (previous.speaker is not None or previous.descriptor):
                current.candidates = (_name(previous),)
        else:
            current = Draft(None, speaker=source.speaker, mode="context", content=(sentence.start, sentence.end),
                            sentence_ids=(sentence.sentence_id,), unnamed=source.speaker is None, quoted=quoted,
                            kind=source.kind, descriptor=source.descriptor, plural=source.plural)
        runs.append(current)
    return runs


#: Pronouns that open the narration of what a speaker did ("He received a firm rebuff."): the
#: author's sentence about them, not theirs by context.
_NARRATING_PRONOUNS = frozenset({"he", "she", "they", "it", "his", "her", "their"})


def _continues_quotation(text: str, before: Draft | None, before_paragraph: int, here: int) -> bool:
    """Does a quotation continue the direct quotation of the statement just before it (same
    or previous paragraph), by a speaker the text names or describes?  A statement whose
    content closes its paragraph with a quotation counts too, for the quotation paragraph
    right after it (audit after2, class 3).  Not after a question
    put to someone ("... the prosecutor asked the witness."): what follows is the answer."""
    if before is None or before.mode == "unresolved" or not 0 <= here - before_paragraph <= 1:
        return False
    if not before.quoted and not (here - before_paragraph == 1 and _ends_in_quotation(text, before)):
        return False  # (a paragraph of quotation after "X said the strikes were “unacceptable.”" is X's)
    cue = before.cue
    if cue is not None and cue.lemma == "ask" and _ASKED_SOMEONE.match(text, cue.cue_end):
        return False
    return before.speaker is not None or bool(before.descriptor)


#: Whom the author asks: "I asked him", "I asked Example", "I asked Sampleland's mayor".
_ADDRESSEE = re.compile(r"[ \xa0]+(?:(?P<pronoun>him|her)\b|(?P<description>[A-Z][\w-]*[’']s[ \xa0]+[a-z]+)\b|"
                        r"(?P<name>[A-Z][\w’'-]*(?:[ \xa0]+[A-Z][\w’'-]*){0,2})\b)")
#: A name right after a description the article gives it ("Sampleland's mayor Jane Example").
_NAME_AFTER = r"[ \xa0]+(?-i:(?P<name>[A-Z][\w’'-]*(?:[ \xa0]+[A-Z][\w’'-]*){0,2}))"


def _addressee(text: str, before: Draft | None, before_paragraph: int, here: int, drafts: Sequence[Draft],
               speakers: Sequence[Speaker]) -> Speaker | None:
    """The person the author's question was put to, whose answer the quotation right after it
    is ("I asked Sampleland's mayor about ...", then “I am not ...”; audit after2, class 3).
    On evidence only: a name the article's speakers hold, "him"/"her" for the nearest named
    person before the question, or a description the article writes elsewhere before a name
    ("Sampleland's mayor Jane Example")."""
    if before is None or before.kind != "author" or before.cue is None or before.cue.lemma != "ask" \
            or not 0 <= here - before_paragraph <= 1:
        return None
    match = _ADDRESSEE.match(text, before.cue.cue_end)
    if match is None:
        return None
    if match.group("pronoun"):
        for earlier in reversed(drafts):
            if earlier.cue is not None and earlier.cue.cue_start < before.cue.cue_start and earlier.speaker is not None \
                    and earlier.speaker.kind == "person":
                return earlier.speaker
        return None
    name = match.group("name")
    if match.group("description"):
        name = _described_name(text, match.group("description"))
        if not name:
            return None
    words = name.split()
    found = [speaker for speaker in speakers if speaker.kind == "person" and speaker.matches(words)]
    if not found:  # (a headline's "Resilient Example" is the article's Jane Example: the surname agrees)
        found = [speaker for speaker in speakers if speaker.kind == "person" and speaker.words
                 and fold_word(speaker.words[-1]) == fold_word(words[-1])]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=64)
def _described_name(text: str, description: str) -> str:
    """The name the text writes right after a description ("Sampleland's mayor Jane Example"),
    else "": one search per description and text, however many quotations ask for it."""
    described = re.search(re.escape(description) + _NAME_AFTER, text, re.I)
    return described.group("name") if described is not None else ""


#: The person a question is put to, after "asked" ("asked the secretary", "asked him").
_ASKED_SOMEONE = re.compile(r"[ \xa0]+(?:the[ \xa0]+\w+|him|her|them|[A-Z]\w+)")


def _reported_speech_run(text: str, before: Draft | None, before_paragraph: int, here: int, after, paragraph) -> bool:
    """Does an unquoted sentence sit inside one named speaker's run of reported speech?  Only
    after reported (indirect) speech: once a direct quotation has closed, an unquoted sentence
    is the author's own ("“...,” said Example. The Sampleville service had good insight into
    ..."), unless a quotation continues (``_continues_quotation``); audit after2, class 7."""
    if before is None or after is None or before.speaker is None or before.quoted or _ends_in_quotation(text, before):
        return False
    next_draft, next_sentence = after
    if next_draft.speaker is not before.speaker or before_paragraph == 1:
        return False
    next_paragraph = paragraph[next_sentence]
    if not (0 <= here - before_paragraph <= 1 and 0 <= next_paragraph - here <= 1):
        return False
    continues = next_draft.cue is not None and next_draft.cue.lemma in CONTINUATIONS
    return here == before_paragraph or continues


def _ends_in_quotation(text: str, draft: Draft) -> bool:
    """Does a statement's content close with a quotation ("described it as mixed: “...”")?"""
    start, end = draft.content
    if start is None or end is None:
        return False
    tail = text[end:end + 2]
    return text[start:end].rstrip(" .,").endswith(("”", '"')) or tail.startswith(("”", '"', ".”", '."'))


def _previous(owner: dict[int, Draft], sentence_id: int) -> Draft | None:
    for earlier in range(sentence_id - 1, 0, -1):
        if earlier in owner:
            return owner[earlier]
    return None


def _prose_like(sentence_text: str) -> bool:
    """Is a sentence running prose, not a list item, a table row or a line of links
    ("- [BLOGS](https://...)") that a scraped page carries between paragraphs?"""
    return not sentence_text.startswith(("- ", "* ", "• ", "|", "#", "[")) and "](" not in sentence_text


def _in_quote(quotes: Sequence[Quote], quote_starts: list[int], sentence) -> bool:
    """Does the sentence lie inside a quotation?  (``find_quotes`` gives them in order and
    never overlapping, so only the last one opening before the sentence can hold it.)"""
    index = bisect_right(quote_starts, sentence.start) - 1
    return index >= 0 and sentence.end <= quotes[index].end
