"""Statements: the cues, sources and contents the rules find, turned into one attribution
per statement, with its speaker resolved, its role, mode and outlet (see the package
docstring for the rules)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Sequence

from helpers.extract.attribution.en.cues import find_cues
from helpers.extract.attribution.en.patterns import CLITICS
from helpers.extract.attribution.quotes import find_quotes
from helpers.extract.attribution.records import STATEMENT_KINDS, Attribution, CueMatch, Quote
from helpers.lexicon import SOURCE_GRAMMAR, UNNAMED_SOURCE_WORDS
from helpers.doc import Doc
from helpers.text import PROSE_PARTS

from helpers.extract.attribution.speakers import Registry, Speaker, TITLES, is_outlet, name_words
UNNAMED = UNNAMED_SOURCE_WORDS["en"]
PRONOUN_GENDER = {"he": "male", "she": "female"}
HEAD_ENDERS = SOURCE_GRAMMAR["en"]["head_enders"]
NOT_ROLES = SOURCE_GRAMMAR["en"]["not_roles"]
ARTICLES = ("a ", "an ", "the ", "A ", "An ", "The ")
ROLE_OPENERS = re.compile(r"^(?:who|which|whose|whom|where|when|while|as|if|and|but|in|on|at|speaking|said|says|\d)", re.I)
ORGANISATION_IN_ROLE = re.compile(
    r"\b(?:of|for|at|with|from|in)\s+(?:the\s+)?(?P<organisation>(?:\d+\w*\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|and|for|the|[A-Z][\w'’.&-]*))*[\w'’.&-]*)"
)
ROLE_BEFORE_NAME = re.compile(r"(?P<role>(?:[\w'’.-]+\s+){0,3}?[a-z][\w-]*)\s+$")
TOLD_OUTLET = re.compile(r"\s+(?:the\s+)?(?P<outlet>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})")
CAPITALISED = re.compile(r"[A-ZА-ЯЄІЇҐ]")


# --- statements ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    """A statement being built: the rule match plus what the article-level pass resolves."""

    cue: CueMatch | None
    speaker: Speaker | None = None
    speaker_text: str = ""
    speaker_span: tuple[int | None, int | None] = (None, None)
    role: str = ""
    mode: str = "indirect"
    via: str = ""
    content: tuple[int | None, int | None] = (None, None)
    sentence_ids: tuple[int, ...] = ()
    quoted: bool = False
    candidates: tuple[str, ...] = ()
    unnamed: bool = False

    @property
    def start(self) -> int:
        return _draft_start(self)


def _draft_start(draft: _Draft) -> int:
    """The first offset of a draft: of its speaker, cue or content (the order of statements)."""
    start = draft.cue.cue_start if draft.cue is not None else None
    for point in (draft.speaker_span[0], draft.content[0]):
        if point is not None and (start is None or point < start):
            start = point
    return start


def _prose(doc: Doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(start, end) of every sentence and of every prose block, as ``find_cues`` takes them."""
    sentences = list(map(_SPAN, doc.sentences))
    blocks = [(block.start, block.end) for block in doc.article.blocks if block.kind in PROSE_PARTS]
    return sentences, blocks


_SPAN = attrgetter("start", "end")
_SENTENCE_ID = attrgetter("sentence_id")
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)


def statements(doc: Doc) -> list[Attribution]:
    """Every statement of the article, in order of appearance (see the package docstring)."""
    text = doc.text
    sentences, blocks = _prose(doc)
    quotes = find_quotes(text, blocks)
    cues = [cue for cue in find_cues(text, sentences, blocks, quotes, kinds=STATEMENT_KINDS) if cue.kind in STATEMENT_KINDS]
    registry = Registry()
    drafts: list[_Draft] = []
    by_sentence: dict[int, list[_Draft]] = {}
    for cue in cues:
        if cue.kind == "according" and _attach_via(text, cue, by_sentence.get(cue.sentence, ())):
            continue
        draft = _draft(text, cue, registry, drafts)
        drafts.append(draft)
        by_sentence.setdefault(cue.sentence, []).append(draft)
    _told_outlets(text, drafts)
    ids = list(map(_SENTENCE_ID, doc.sentences))
    starts = list(map(_FIRST, sentences))
    ends = list(map(_SECOND, sentences))
    for draft in drafts:  # every draft here has a cue; its sentences run from its first to its last offset
        low, high = _extent(draft)
        draft.sentence_ids = tuple(ids[bisect_right(ends, low):bisect_left(starts, high)])
    drafts.extend(_context_drafts(doc, drafts, quotes))
    drafts.sort(key=_draft_start)
    article_id = doc.article_id
    return [_record(text, article_id, number, draft) for number, draft in enumerate(drafts, start=1)]


def _extent(draft: _Draft) -> tuple[int, int]:
    """(first, last) offset of a draft with a cue: over its cue, speaker and content."""
    cue = draft.cue
    low, high = cue.cue_start, cue.cue_end
    for point in (*draft.speaker_span, *draft.content):
        if point is not None:
            if point < low:
                low = point
            elif point > high:
                high = point
    return low, high


def _attach_via(text: str, cue: CueMatch, same_sentence: Sequence[_Draft]) -> bool:
    """ "..., according to UNIAN" after a statement: the outlet becomes that speaker's via."""
    if cue.source_start is None:
        return False
    earlier = [draft for draft in same_sentence if draft.cue is not None and draft.cue.cue_start < cue.cue_start]
    if not earlier:
        return False
    outlet = _strip_article(text[cue.source_start:cue.source_end])
    draft = earlier[-1]
    draft.via = outlet
    if draft.speaker is not None and not draft.speaker.via:
        draft.speaker.via = outlet
    return True


def _strip_article(name: str) -> str:
    """ "the Kyiv Independent" -> "Kyiv Independent"; "a source close to ..." keeps its "a"."""
    return name[4:] if name.startswith(("the ", "The ")) else name


def _draft(text: str, cue: CueMatch, registry: Registry, earlier: Sequence[_Draft]) -> _Draft:
    """Resolve one cue's speaker: a name, a pronoun, a relative's antecedent, or none."""
    draft = _Draft(cue, content=(cue.content_start, cue.content_end), quoted=cue.quoted)
    if cue.source_start is None:
        draft.unnamed = True
        return draft
    draft.speaker_span = (cue.source_start, cue.source_end)
    draft.speaker_text = text[cue.source_start:cue.source_end]
    kind = cue.source_kind
    if kind == "pronoun":
        _resolve_pronoun(draft, earlier)
        return draft
    role = _role(text, cue)
    if kind == "noun" and cue.role_start is not None and _is_name_list(text[cue.role_start:cue.role_end]):
        # "Ukraine's top general, Jane Example, said": the apposition is the name
        description = draft.speaker_text
        draft.speaker_span = (cue.role_start, cue.role_end)
        draft.speaker_text = text[cue.role_start:cue.role_end]
        kind, role = "name", _without_article(description)
    if kind == "relative" and cue.antecedent_start is not None:
        kind, written = "name", text[cue.antecedent_start:cue.antecedent_end]
    else:
        written = draft.speaker_text
    if kind == "pronoun":
        _resolve_pronoun(draft, earlier)
        return draft
    if kind in ("name", "noun", "phrase") and _is_named(written):
        name = _name_part(written)
        draft.speaker = registry.add(name, role)
        if cue.kind == "according":
            draft.mode = "according-to"
        else:
            draft.mode = "direct quote" if cue.quoted else "indirect"
        return draft
    draft.unnamed = True
    draft.role = role
    if cue.kind == "according":
        draft.mode = "according-to"
    else:
        draft.mode = "direct quote" if cue.quoted else "indirect"
    return draft


@lru_cache(maxsize=8192)
def _is_named(written: str) -> bool:
    """A proper name (capitalised, not a common noun at the start of a sentence)?"""
    _, words = name_words(written)
    if not words:
        return False
    capitalised = [word for word in words if CAPITALISED.match(word)]
    if not capitalised:
        return False
    head = next((words[i - 1] for i, word in enumerate(words) if i and word in HEAD_ENDERS), words[-1])
    if head.lower() in UNNAMED or head.lower().rstrip(".") in TITLES or not CAPITALISED.match(head):
        return False  # "Reports", "A Ukrainian official", "Commanders in Exampleton": a description
    return True


@lru_cache(maxsize=8192)
def _name_part(written: str) -> str:
    """The name inside a written source: "Democratic strategist Jane Example" -> "Jane Example"."""
    words = written.split()
    if len(words) > 1 and not CAPITALISED.match(words[0]) and words[0].lower() not in ("the", "a", "an"):
        while words and not CAPITALISED.match(words[0]):
            words.pop(0)
    return " ".join(words)


def _role(text: str, cue: CueMatch) -> str:
    """The role an apposition or the words before the name give ("a role, says" -> "role")."""
    if cue.role_start is not None and cue.role_end is not None and cue.role_end > cue.role_start:
        role = text[cue.role_start:cue.role_end].strip()
        if role and role.lower() not in NOT_ROLES and not ROLE_OPENERS.match(role) and not _is_name_list(role):
            return _without_article(role)
    if cue.source_kind == "name" and cue.source_start is not None:
        if not CAPITALISED.match(text, cue.source_start):  # "Kremlin spokesman Jane Example"
            leading = []
            for word in text[cue.source_start:cue.source_end].split():
                if CAPITALISED.match(word):
                    break
                leading.append(word)
            if leading:
                return " ".join(leading)
        before = text[max(0, cue.source_start - 60):cue.source_start]
        window = before[before.rfind("\n") + 1:]
        last = window.rsplit(None, 1)
        match = ROLE_BEFORE_NAME.search(window) if last and last[-1].lower() in TITLES else None
        if match:
            words = match.group("role").split()
            while words and words[0].lower() not in TITLES and words[0].lower() in ("the", "a", "an", "and", "but", "said", "says"):
                words.pop(0)
            if words and words[-1].lower() in TITLES:
                return " ".join(words)
    return ""


def _without_article(phrase: str) -> str:
    """ "an artillery reconnaissance unit commander" -> "artillery reconnaissance unit commander"."""
    for article in ARTICLES:
        if phrase.startswith(article):
            return phrase[len(article):]
    return phrase


def _is_name_list(role: str) -> bool:
    """ "John Sample and Jane Example": capitalised words only, so not a role."""
    words = [word for word in role.replace(",", " ").split() if word not in ("and", "or", "&")]
    return bool(words) and all(CAPITALISED.match(word) for word in words) and words[0].lower().rstrip(".") not in TITLES


def _resolve_pronoun(draft: _Draft, earlier: Sequence[_Draft]) -> None:
    """ "He noted" -> the last named speaker of matching gender, else of unknown gender."""
    pronoun = draft.speaker_text.lower()
    draft.mode = "continued-by-pronoun"
    gender = PRONOUN_GENDER.get(pronoun, "")
    named: list[Speaker] = []
    seen: set[int] = set()  # ids of the speakers met: most drafts repeat one, and ``in`` compares field by field
    for previous in reversed(earlier):
        speaker = previous.speaker
        if speaker is not None and id(speaker) not in seen:
            seen.add(id(speaker))
            if speaker not in named:
                named.append(speaker)
    if gender:
        people = [speaker for speaker in named if speaker.kind == "person"]
        fitting = [speaker for speaker in people if speaker.gender == gender]
        unknown = [speaker for speaker in people if not speaker.gender]
        chosen = fitting[0] if fitting else (unknown[0] if unknown else None)
        others = [speaker for speaker in people if speaker is not chosen and speaker.gender in ("", gender)]
    else:  # "they", "it": the last organisation or group, else the last named speaker
        groups = [speaker for speaker in named if speaker.kind != "person"]
        chosen = groups[0] if groups else (named[0] if named else None)
        others = [speaker for speaker in named if speaker is not chosen]
    draft.speaker = chosen
    if chosen is None:
        draft.unnamed = True
        draft.candidates = tuple(speaker.canonical for speaker in named)
    elif not (gender and chosen.gender == gender):
        draft.candidates = tuple(dict.fromkeys(speaker.canonical for speaker in others))


def _told_outlets(text: str, drafts: Sequence[_Draft]) -> None:
    """ "X told Reuters": the outlet is the via of X's statements."""
    for draft in drafts:
        cue = draft.cue
        if cue is None or cue.lemma != "tell" or draft.speaker is None or draft.speaker.via:
            continue
        match = TOLD_OUTLET.match(text, cue.cue_end)
        if match and is_outlet(match.group("outlet")):
            draft.speaker.via = match.group("outlet")


# --- context ---------------------------------------------------------------------------------------


def _context_drafts(doc: Doc, drafts: Sequence[_Draft], quotes: Sequence[Quote]) -> list[_Draft]:
    """Body sentences with no cue, given to a speaker by the run they sit in (mode context)."""
    owner: dict[int, _Draft] = {}
    for draft in drafts:
        for sentence_id in draft.sentence_ids:
            owner.setdefault(sentence_id, draft)
    body = [sentence for sentence in doc.sentences if sentence.part == "body"]
    if len(owner) >= len(body):
        return []
    quote_starts = [quote.start for quote in quotes]
    following: list[_Draft | None] = [None] * len(body)
    upcoming = None
    for position in range(len(body) - 1, -1, -1):
        following[position] = upcoming
        upcoming = owner.get(body[position].sentence_id, upcoming)
    inferred: dict[int, _Draft | None] = {}
    before = before_sentence = None
    for position, sentence in enumerate(body):
        draft = owner.get(sentence.sentence_id)
        if draft is not None:
            before, before_sentence = draft, sentence
            continue
        speaker = before.speaker if before is not None else None
        after = following[position]
        if (
            speaker is not None and after is not None and after.speaker is speaker
            and before_sentence.paragraph != 1 and _prose_like(sentence.text)
            and _paragraph_of(doc, after) - before_sentence.paragraph <= CONTEXT_REACH
        ):
            inferred[sentence.sentence_id] = before
        elif quotes and _in_quote(quotes, quote_starts, sentence):
            near = before is not None and sentence.paragraph - before_sentence.paragraph <= 1
            inferred[sentence.sentence_id] = before if near else None
    runs: list[_Draft] = []
    current: _Draft | None = None
    for sentence in body:
        if sentence.sentence_id not in inferred:
            current = None
            continue
        source = inferred[sentence.sentence_id]
        same_run = (
            current is not None and current.sentence_ids
            and current.sentence_ids[-1] == sentence.sentence_id - 1
            and current.speaker is (source.speaker if source else None)
            and doc.sentences[current.sentence_ids[-1] - 1].paragraph == sentence.paragraph
        )
        if same_run:
            current.sentence_ids += (sentence.sentence_id,)
            current.content = (current.content[0], sentence.end)
            continue
        current = _Draft(
            None, speaker=source.speaker if source else None, mode="context",
            via=source.via if source else "", content=(sentence.start, sentence.end),
            sentence_ids=(sentence.sentence_id,), unnamed=source is None or source.speaker is None,
            quoted=bool(quotes) and _in_quote(quotes, quote_starts, sentence),
        )
        runs.append(current)
    return runs


#: How many paragraphs apart two statements of one speaker may be for the unmarked paragraphs
#: between them to be theirs by context: a run of reported speech, not a whole page.
CONTEXT_REACH = 3


def _paragraph_of(doc: Doc, draft: _Draft) -> int:
    """The paragraph where a statement begins (its first sentence's)."""
    return doc.sentences[draft.sentence_ids[0] - 1].paragraph or 0


def _prose_like(sentence_text: str) -> bool:
    """Is a sentence running prose, not a list item, a table row or a line of links
    ("- [BLOGS](https://...)") that a scraped page carries between paragraphs?"""
    return not sentence_text.startswith(("- ", "* ", "• ", "|", "#", "[")) and "](" not in sentence_text


def _in_quote(quotes: Sequence[Quote], quote_starts: list[int], sentence) -> bool:
    """Does the sentence lie inside a quotation?  (``find_quotes`` gives them in order and
    never overlapping, so only the last one opening before the sentence can hold it.)"""
    index = bisect_right(quote_starts, sentence.start) - 1
    return index >= 0 and sentence.end <= quotes[index].end


# --- records ---------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def organisation_in(role: str) -> str:
    """The organisation a role names: "spokesperson for the Example Brigade" -> "Example Brigade"."""
    match = ORGANISATION_IN_ROLE.search(role)
    return match.group("organisation").rstrip(".,") if match else ""


def _past_clitic(text: str, cue_start: int) -> int:
    """Where a statement's cue begins for a reader: past a contracted auxiliary ("She’s said"
    -> "said").  The span rules give PolNeAR's cue, which takes in the clitic, but in the
    table a cue that starts mid-word reads as a typo; the pronoun keeps its clitic."""
    for clitic in CLITICS:
        if text.startswith(clitic, cue_start):
            position = cue_start + len(clitic)
            while position < len(text) and text[position].isspace():
                position += 1
            return position
    return cue_start


def _record(text: str, article_id: str, number: int, draft: _Draft) -> Attribution:
    speaker = draft.speaker
    if speaker is None:
        role, via, canonical = draft.role, draft.via, ""
    else:
        role = speaker.role or draft.role or speaker.title
        via, canonical = draft.via or speaker.via, speaker.canonical
    cue = draft.cue
    if cue is None:
        cue_text, cue_start, cue_end = "", None, None
    else:
        cue_start, cue_end = _past_clitic(text, cue.cue_start), cue.cue_end
        cue_text = text[cue_start:cue_end]
    speaker_start, speaker_end = draft.speaker_span
    content_start, content_end = draft.content
    return tuple.__new__(Attribution, (
        article_id + (_NUMBERS[number] if number < len(_NUMBERS) else f"/a{number:03d}"), article_id, canonical, draft.speaker_text, role,
        organisation_in(role) if role else "", cue_text, draft.mode, via, speaker_start, speaker_end, cue_start,
        cue_end, content_start, content_end, draft.sentence_ids, draft.quoted, draft.candidates,
    ))


#: "/a001" ... "/a999": the attribution id's suffix, formatted once.
_NUMBERS = [f"/a{number:03d}" for number in range(1000)]
