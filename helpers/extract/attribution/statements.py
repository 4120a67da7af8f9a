"""Statements: the cues, sources and contents the rules find, turned into one attribution
per statement, with its speaker resolved, its kind, role, mode, outlet and platform (see the
package docstring for the rules).

The steps, in order: the cues that make statements (``en.filters``); each cue's source read
as a name, an unnamed description, a document, the author or a pronoun, its head found where
the text puts it (``en.heads``, ``resolve``); the
chain of each statement from its own clause (``en.outlets``); the sentences no cue covers,
given by context on evidence (``resolve``); and the canonical name of each speaker within
the article (``speakers``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Sequence

from helpers.doc import Doc
from helpers.extract.attribution.draft import Draft, draft_start
from helpers.extract.attribution.en.clauses import clause_start, content_span
from helpers.extract.attribution.en.cues import find_cues
from helpers.extract.attribution.en.filters import makes_statement
from helpers.extract.attribution.en.heads import (
    CAPITALISED, affiliated_head, antecedent_head, body_of_before, coordinated_names, institution, name_across_and,
    name_part, person_of_body, seen_by_outlet, unnamed_head_before, with_owner,
)
from helpers.extract.attribution.en.outlets import (
    cited_source, media_in, medium_after_particle, outlet_name, recipient_after, recipients_in,
)
from helpers.extract.attribution.en.patterns import CLITICS
from helpers.extract.attribution.en.phrases import right_source, trim_end
from helpers.extract.attribution.mentions import DEMONYM, ArticleNames
from helpers.extract.attribution.quotes import find_quotes
from helpers.extract.attribution.records import STATEMENT_KINDS, Attribution, CueMatch, Quote
from helpers.extract.attribution.resolve import SUBJECT_FORM, context_drafts, resolve_pronoun
from helpers.extract.attribution.speakers import (
    CAPITALS, NATIONALITIES, TITLES, Registry, Speaker, acronym_name, body_canonical, body_names, full_names,
    full_names_with_given, is_given_name, name_words, speaker_kind,
)
from helpers.lexicon import DOCUMENT_NOUNS, ORGANISATION_WORDS, SOURCE_GRAMMAR, UNNAMED_SOURCE_WORDS
from helpers.text import PROSE_PARTS

UNNAMED = UNNAMED_SOURCE_WORDS["en"]
DOCUMENTS = DOCUMENT_NOUNS["en"]
ORGANISATIONS = ORGANISATION_WORDS["en"]
HEAD_ENDERS = SOURCE_GRAMMAR["en"]["head_enders"]
NOT_ROLES = SOURCE_GRAMMAR["en"]["not_roles"]
ARTICLES = ("a ", "an ", "the ", "A ", "An ", "The ")
ROLE_OPENERS = re.compile(r"^(?:who|which|whose|whom|where|when|while|as|if|and|but|in|on|at|speaking|said|says|\d)", re.I)
ORGANISATION_IN_ROLE = re.compile(
    r"\b(?:of|for|at|with|from|in)\s+(?:the\s+)?(?P<organisation>(?:\d+\w*\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|and|for|the|[A-Z][\w'’.&-]*))*[\w'’.&-]*)"
)
ROLE_BEFORE_NAME = re.compile(r"(?P<role>(?:[\w'’.-]+\s+){0,3}?[a-z][\w-]*)\s+$")
#: "that" and spaces after a recipient ("told Reuters that ..."): the content starts after them.
THAT = re.compile(r"[\s,:]*(?:that\b\s*)?")
#: Words after which a source's head has ended: "an eyewitness near the White House".
_NAME_HEAD_ENDERS = HEAD_ENDERS | {"near", "outside", "inside", "close", "familiar", "briefed", "seen", "reviewed",
                                   "provided", "obtained", "who", "that", "which"}
#: A contracted auxiliary on a pronoun ("I’m", "we’ve").
_CLITIC = re.compile(r"['’](?:m|ve|re|ll|d|s)$", re.I)
#: Share of capitalised words that makes a line a title-case headline.
HEADLINE_CAPITALS = 0.6


def _prose(doc: Doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(start, end) of every sentence and of every prose block, as ``find_cues`` takes them."""
    sentences = list(map(_SPAN, doc.sentences))
    blocks = [(block.start, block.end) for block in doc.article.blocks if block.kind in PROSE_PARTS]
    return sentences, blocks


_SPAN = attrgetter("start", "end")
_NEWLINE = re.compile("\n")
_SENTENCE_ID = attrgetter("sentence_id")
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)


class _Article:
    """What the drafts of one article share: its text, sentences, names and speakers."""

    def __init__(self, doc: Doc, sentences: list[tuple[int, int]], quotes: Sequence[Quote]) -> None:
        self.doc = doc
        self.text = doc.text
        self.sentences = sentences
        self.quotes = quotes
        self.quote_ends = [quote.end for quote in quotes]
        self.registry = Registry()
        self.names = ArticleNames(doc)
        self._starts = [start for start, _ in sentences]
        self._paragraphs = [sentence.paragraph for sentence in doc.sentences]
        self._headlines: dict[int, bool] = {}
        self._newlines: list[int] | None = None
        self._title_case_lines: dict[int, bool] = {}
        self._untitled: str | None = None
        self.fuller_bodies: dict[str, str] = {}  # a short body name -> its full form in the article ("" for none)

    def sentence_spans(self, offset: int) -> tuple[tuple[int, int], tuple[int | None, int | None]] | None:
        """(start, end) of the sentence holding an offset and of the sentence before it."""
        index = bisect_right(self._starts, offset) - 1
        if index < 0:
            return None
        return self.sentences[index], (self.sentences[index - 1] if index else (None, None))

    def paragraph_of(self, offset: int) -> int | None:
        index = bisect_right(self._starts, offset) - 1
        return self._paragraphs[index] if index >= 0 else None

    def headline(self, index: int) -> bool:
        """Is sentence ``index`` a title-case headline (the title, or a line of capitalised words)?

        Answered once per sentence: the test reads the whole sentence, and was asked for each
        name in it, quadratic in bench_hostile's "names" (thousands of names in one sentence)."""
        found = self._headlines.get(index)
        if found is None:
            found = self._headlines[index] = _title_case(self.doc.sentences[index].text)
        return found

    def untitled_lines(self) -> str:
        """The lines of the text not in title case, joined by newlines: a name written there
        is written outside a headline.  Built once: a search of the whole text per name read
        in a headline, and a test of each line it was found on, was quadratic in an article of
        thousands of names in title-case lines."""
        if self._untitled is None:
            self._untitled = "\n".join(line for line in self.text.split("\n") if not _title_case(line))
        return self._untitled

    def title_case_line(self, offset: int) -> bool:
        """Is the line holding an offset in title case?  Its ends found by bisection in the
        newline offsets and the answer kept per line: a search for the newlines and a test of
        the line per name written was quadratic in bench_hostile's "names"."""
        if self._newlines is None:
            self._newlines = [match.start() for match in _NEWLINE.finditer(self.text)]
        newlines = self._newlines
        after = bisect_left(newlines, offset)  # the first newline at or after the offset
        found = self._title_case_lines.get(after)
        if found is None:
            start = newlines[after - 1] + 1 if after else 0
            end = newlines[after] if after < len(newlines) else len(self.text)
            found = self._title_case_lines[after] = _title_case(self.text[start:end])
        return found


def _title_case(line: str) -> bool:
    words = [word for word in line.split() if word[:1].isalpha()]
    if len(words) < 4:
        return False
    return sum(1 for word in words if word[0].isupper()) / len(words) >= HEADLINE_CAPITALS


def statements(doc: Doc) -> list[Attribution]:
    """Every statement of the article, in order of appearance (see the package docstring)."""
    text = doc.text
    sentences, blocks = _prose(doc)
    quotes = find_quotes(text, blocks)
    cues = [cue for cue in find_cues(text, sentences, blocks, quotes, kinds=STATEMENT_KINDS)
            if cue.kind in STATEMENT_KINDS and makes_statement(text, cue, sentences[cue.sentence])]
    cues = _without_background_relatives(cues)
    article = _Article(doc, sentences, quotes)
    drafts: list[Draft] = []
    by_sentence: dict[int, list[Draft]] = {}
    for cue in cues:
        if cue.kind == "according" and _attach_via(text, cue, by_sentence.get(cue.sentence, ())):
            continue
        draft = _draft(article, cue, drafts)
        if cue.kind == "according":
            _drop_subject_under_according(text, draft, drafts, by_sentence.get(cue.sentence, []))
        drafts.append(draft)
        by_sentence.setdefault(cue.sentence, []).append(draft)
    _chains(article, by_sentence, quotes)
    ids = list(map(_SENTENCE_ID, doc.sentences))
    starts = list(map(_FIRST, sentences))
    ends = list(map(_SECOND, sentences))
    for draft in drafts:  # every draft here has a cue; its sentences run from its first to its last offset
        low, high = _extent(draft)
        draft.sentence_ids = tuple(ids[bisect_right(ends, low):bisect_left(starts, high)])
    sections = sorted(_interview_sections(article) + _epigraphs(article))
    if sections:
        _first_person_in_answers(drafts, sections)
    drafts.extend(context_drafts(doc, drafts, quotes, article.names, article.registry.speakers, sections))
    drafts.sort(key=draft_start)
    canonical = _canonical_names(article)
    article_id = doc.article_id
    return [_record(text, article_id, number, draft, canonical) for number, draft in enumerate(drafts, start=1)]


#: A line that is a person's name and a colon alone ("Jane Example:"): a speaker's label in
#: an interview's layout, whose answer follows on the next lines.
_LABEL_LINE = re.compile(r"^[ \t]*(?P<name>[A-Z][\w’'.-]+(?:[ \xa0]+[A-Z][\w’'.-]+){1,3}):[ \t]*$", re.M)
#: The end of a line of running prose.
_PROSE_END = (".", "!", "?", "”", '"', "…", ".)")


def _interview_sections(article: _Article) -> list[tuple[int, int, Speaker]]:
    """(start, end, speaker) of each answer in a question-and-answer layout: the prose lines
    after a label line "Jane Example:" up to the next label or the first line that is not
    prose (a heading, a link's text).  Only when the article has two label lines or more, so
    that a lone "Example:" heading is not read as one (audit after2, class 3: "We returned
    400 square kilometers" under "Name:" had no speaker)."""
    text = article.text
    labels = [match for match in _LABEL_LINE.finditer(text) if speaker_kind(match.group("name")) == "person"]
    if len(labels) < 2:
        return []
    sections = []
    for index, label in enumerate(labels):
        limit = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        position = stop = label.end() + 1
        while position < limit:
            newline = text.find("\n", position, limit)
            line_end = newline if newline >= 0 else limit
            line = text[position:line_end].strip()
            if line:
                if not line.endswith(_PROSE_END) or len(line.split()) < 5:
                    break
                stop = line_end
            position = line_end + 1
        if stop > label.end() + 1:
            speaker = article.registry.add(label.group("name"))
            if speaker is not None:
                sections.append((label.end() + 1, stop, speaker))
    return sections


#: An epigraph in italics signed in bold on its line: "_“...” That's why I said: ..._**President
#: Example, 20 February 2026.**" (a newsletter's opening quotation).
_EPIGRAPH = re.compile(r"^[ \t>]*_(?P<quote>[^_\n]{20,})_[ \t]*(?:[—–-][ \t]*)?"
                       r"\*\*(?P<name>[A-Z][^*,\n]{1,60}?)(?:,[^*\n]{0,60})?\*\*[ \t]*$", re.M)


def _epigraphs(article: _Article) -> list[tuple[int, int, Speaker]]:
    """(start, end, speaker) of each italic epigraph signed by a person: its words, "I"
    included, are the signer's (audit after2, class 3: "That's why I said:" in an epigraph
    signed "President Zelenskyy" had no speaker).  Sorted with the interview's answers, they
    are read the same way."""
    found = []
    for match in _EPIGRAPH.finditer(article.text):
        name = match.group("name").strip().rstrip(".")
        if speaker_kind(name) != "person":
            continue
        speaker = article.registry.add(name)
        if speaker is not None:
            found.append((match.start(), match.end(), speaker))
    return found


def _first_person_in_answers(drafts: list[Draft], sections: list[tuple[int, int, Speaker]]) -> None:
    """ "I"/"we" in an interview's answer is the one answering, not the author."""
    starts = [start for start, _, _ in sections]
    for draft in drafts:
        if draft.kind != "author" or draft.speaker_span[0] is None:
            continue
        index = bisect_right(starts, draft.speaker_span[0]) - 1
        if index >= 0 and draft.speaker_span[0] < sections[index][1]:
            draft.speaker, draft.kind, draft.unnamed = sections[index][2], "", False
            draft.mode = "continued-by-pronoun"


def _without_background_relatives(cues: list[CueMatch]) -> list[CueMatch]:
    """Drop a cue in a "who" clause when its antecedent has a cue of its own later in the
    sentence: in "Kovalenko, who frequently reports on ..., warned that ...", *warned* is the
    statement and *reports* background about the speaker."""
    kept = []
    for index, cue in enumerate(cues):
        if cue.source_kind == "relative" and cue.antecedent_start is not None and any(
            later.sentence == cue.sentence and later.source_start == cue.antecedent_start
            for later in cues[index + 1:index + 4]
        ):
            continue
        kept.append(cue)
    return kept


def _extent(draft: Draft) -> tuple[int, int]:
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


def _attach_via(text: str, cue: CueMatch, same_sentence: Sequence[Draft]) -> bool:
    """ "..., according to UNIAN" after a statement: the outlet is that one statement's via.
    A source that is no outlet ("according to her", "according to Example") stays a
    statement of its own."""
    if cue.source_start is None:
        return False
    earlier = [draft for draft in same_sentence if draft.cue is not None and draft.cue.cue_start < cue.cue_start]
    if not earlier:
        return False
    outlet = outlet_name(text[cue.source_start:cue.source_end])
    if not outlet:
        return False
    earlier[-1].via = outlet
    return True


def _drop_subject_under_according(text: str, according: Draft, drafts: list[Draft], same_sentence: list[Draft]) -> None:
    """ "Eight districts reported damage in the strikes, according to Jane Example": the clause
    before a closing "according to X" is X's, so the sentence's subject, when no person ("Eight
    districts"), makes no statement of its own (audit after2, class 2: a photo caption gave
    the districts as the speaker and ignored the source).  A named person's statement inside
    it stays ("Example said ..., according to Sample": Sample reports that Example said it)."""
    start, end = according.content
    cue = according.cue
    if start is None or start >= cue.cue_start or cue.source_end is None or cue.source_start < cue.cue_end:
        return
    if text[cue.source_end:cue.source_end + 3].lstrip(" \xa0")[:1] not in (".", "\n", ""):
        return  # not the sentence's last words
    for earlier in list(same_sentence):
        other = earlier.cue
        if other is None or earlier.quoted or not start <= other.cue_start < cue.cue_start:
            continue
        if earlier.speaker is not None and earlier.speaker.kind == "person":
            continue
        drafts.remove(earlier)
        same_sentence.remove(earlier)


# --- one statement's speaker ---------------------------------------------------------------------


def _draft(article: _Article, cue: CueMatch, earlier: Sequence[Draft]) -> Draft:
    """Resolve one cue's speaker: a name, a description, a pronoun, the author, or none."""
    text = article.text
    draft = Draft(cue, content=(cue.content_start, cue.content_end), quoted=cue.quoted)
    if cue.kind == "according":
        draft.mode = "according-to"
    else:
        draft.mode = "direct quote" if cue.quoted else "indirect"
    if cue.source_start is None:
        draft.unnamed, draft.kind = True, "unnamed"
        return draft
    draft.speaker_span = (cue.source_start, cue.source_end)
    draft.speaker_text = text[cue.source_start:cue.source_end]
    kind = cue.source_kind
    inverted = False
    if kind == "relative" and draft.speaker_text.isupper() and len(draft.speaker_text) > 1:
        kind = "name"  # "WHO urges": the World Health Organization, not a relative "who"
    elif kind == "relative" and cue.antecedent_start is not None:
        antecedent_head(text, cue, draft)
    if kind in ("name", "noun", "pronoun") and (_same_subject_as_earlier(draft, earlier)
                                                or _subject_of_main_clause(text, draft, earlier)):
        return draft  # "Local industrial groups say ... and have asked": the coordinated verb's subject
    if kind == "name" and _CLITIC.sub("", draft.speaker_text).lower() in SUBJECT_FORM:
        kind = "pronoun"  # "I’m saying", "We’ve said": a pronoun with its auxiliary
    if cue.kind == "according":
        _quotation_before(article, draft)
    elif kind in ("name", "noun") and _unnamed_after(article, draft):
        kind, inverted = "noun", True
    if kind == "pronoun" or kind == "phrase" and draft.speaker_text.lower() in SUBJECT_FORM:
        draft.speaker_text = _CLITIC.sub("", draft.speaker_text)
        draft.speaker_span = (draft.speaker_span[0], draft.speaker_span[0] + len(draft.speaker_text))
        resolve_pronoun(draft, earlier, article)
        return draft
    role = "" if inverted else _role(text, cue)
    if not inverted and kind == "noun" and cue.role_start is not None and _is_name_list(text[cue.role_start:cue.role_end]):
        # "Ukraine's top general, Jane Example, said": the apposition is the name
        description = draft.speaker_text
        draft.speaker_span = (cue.role_start, cue.role_end)
        draft.speaker_text = text[cue.role_start:cue.role_end]
        kind, role = "name", _without_article(description)
    if kind in ("noun", "name"):
        body_of_before(text, draft)
    if kind == "noun":
        unnamed_head_before(text, draft)
    if kind in ("name", "noun"):
        affiliated_head(text, draft)
        name_across_and(text, draft)
    if kind == "name":
        person_role = person_of_body(text, draft)
        if person_role:
            role = person_role
            _recontent(article, draft)
    if kind == "relative" and cue.antecedent_start is not None:
        kind, written = "name", draft.antecedent or text[cue.antecedent_start:cue.antecedent_end]
    else:
        written = draft.speaker_text
    if kind in ("name", "noun") and coordinated_names(text, draft):
        draft.unnamed, draft.plural, draft.descriptor = True, True, draft.speaker_text
        return draft  # "Moscow and Kyiv accusing each other": two speakers, no one name
    if kind in ("name", "noun", "phrase"):
        written = with_owner(text, draft, written)
        written = seen_by_outlet(draft, written)
        written = _fuller_body(article, written)
    draft.plural = _plural(written)
    if kind in ("name", "noun", "phrase") and _is_named(written, _mid_sentence(article, draft)):
        name = name_part(written)
        if article.headline(cue.sentence):
            name = _headline_name(name, article)
        draft.speaker = article.registry.add(name, role)
        if draft.speaker is not None:
            _cited_by_outlet(article, draft)
            return draft
    body = institution(written)
    if body:
        draft.speaker = article.registry.add(body, role)
        return draft
    if kind in ("name", "noun", "phrase") and _spokesperson_of(article, draft, written):
        return draft
    draft.unnamed = True
    draft.role = role
    draft.descriptor = _descriptor(written)
    draft.kind = _unnamed_kind(draft.descriptor)
    return draft


#: "Example Corp’s spokesperson", "the Sampleville council's press service": a body's voice.
_SPOKESPERSON_OF = re.compile(
    r"(?:[Tt]he[ \xa0]+)?(?P<owner>[A-Z][\w.&-]*(?:[ \xa0]+[A-Z][\w.&-]*){0,4})[’']s[ \xa0]+"
    r"(?P<role>(?:chief[ \xa0]+|press[ \xa0]+)?(?:spokesperson|spokesman|spokeswoman|spokespeople|press[ \xa0]+service|"
    r"press[ \xa0]+office|representative))")


#: "an Example Office of Foreign Aid document reviewed by the Courier": a body's document.
_DOCUMENT_OF = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)[ \xa0]+)?(?P<owner>[A-Z][\w.&-]*(?:[ \xa0]+(?:of|for|and|the|[A-Z][\w.&-]*)){0,6}?)"
    r"[ \xa0]+(?P<role>document|documents|report|memo|letter|assessment|filing|study|analysis|review)"
    r"(?:[ \xa0]+(?:reviewed|seen|obtained)[ \xa0]+by[ \xa0]+[^\n]{1,80})?")


def _spokesperson_of(article: _Article, draft: Draft, written: str) -> bool:
    """ "Example Corp’s spokesperson acknowledged ...": the body speaks through its unnamed
    spokesperson, so the body is the speaker, ``role`` the spokesperson and ``organisation``
    the body (audit after2, class 1: the speaker was left empty although the body is named).
    So too a named body's document ("according to an Example Office document reviewed by
    the Courier": the Example Office, role "document").
    The body rather than an unnamed person: the statement is the body's, and an analyst
    counts it with the body's other statements.  A name the article gives as a person
    ("Jane Example's spokesperson") stays a person; a body named once is an organisation."""
    match = _SPOKESPERSON_OF.fullmatch(written.strip()) or _DOCUMENT_OF.fullmatch(written.strip())
    if match is None or match.group("owner").split()[0].lower() in _DETERMINERS \
            or not _is_named(match.group("owner"), True):  # ("This assessment": no body named)
        return False
    owner = match.group("owner")
    words = name_words(owner)[1]
    if not words:
        return False
    known = article.registry.find(words)
    kind = known.kind if known is not None else speaker_kind(" ".join(words))
    if kind == "person" and (known is not None or len(words) > 1 or is_given_name(words[0])):
        return False  # "Jane Example's spokesman": a person's aide, who stays unnamed
    speaker = article.registry.add(owner)
    if speaker is None:
        return False
    speaker.kind = "organisation"  # a spokesperson speaks for a body
    draft.speaker = speaker
    draft.role = " ".join(match.group("role").split())
    draft.organisation = speaker.canonical
    return True


def _fuller_body(article: _Article, written: str) -> str:
    """A body's name cut short, when the article writes it in full elsewhere: "the General Staff
    of the Armed Forces" -> "General Staff of the Armed Forces of Sampleland" when the article
    also says "... of Sampleland" (audit after2, class 1: the short form became a speaker of its
    own).  Only names that hold "of" (bodies named by what they belong to); the longest
    extension the article writes most often wins."""
    core = written[4:] if written[:4].lower() == "the " else written
    if " of " not in core or not CAPITALISED.match(core) or "\n" in core:
        return written
    cache = article.fuller_bodies
    if core not in cache:
        pattern = re.compile(re.escape(core) + r"[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?[A-Z][\w’'-]*(?:[ \xa0]+[A-Z][\w’'-]*){0,3}")
        counts = Counter(" ".join(match.group().split()) for match in pattern.finditer(article.text))
        cache[core] = counts.most_common(1)[0][0] if counts else ""
    return cache[core] or written


def _mid_sentence(article: _Article, draft: Draft) -> bool:
    """Does the source stand after the first word of its sentence (so that a capital letter
    marks a name, not the sentence's start: "Last week, Beijing urged")?"""
    start = draft.speaker_span[0]
    return start is not None and bool(article.text[article.sentences[draft.cue.sentence][0]:start].strip())


def _unnamed_kind(written: str) -> str:
    """``document`` for a particular document ("the report", "a UN study"), ``unnamed`` for
    any other description, bare plurals included ("Reports indicate", "recent polls")."""
    if _head_word(written) not in DOCUMENTS:
        return "unnamed"
    first = written.split()[0].lower()
    return "document" if first in _DETERMINERS or not _plural(written) else "unnamed"


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "one"})


def _same_subject_as_earlier(draft: Draft, earlier: Sequence[Draft]) -> bool:
    """A coordinated verb whose source the rules cut short ("Local" of "Local industrial groups
    say ... and have asked"): it shares the earlier statement's source in that sentence."""
    start, end = draft.speaker_span
    for previous in reversed(earlier[-3:]):
        if previous.cue is None or previous.cue.sentence != draft.cue.sentence:
            continue
        p_start, p_end = previous.speaker_span
        if p_start == start and p_end is not None and p_end > end:
            draft.speaker, draft.speaker_span, draft.speaker_text = previous.speaker, previous.speaker_span, previous.speaker_text
            draft.unnamed, draft.kind, draft.descriptor = previous.unnamed, previous.kind, previous.descriptor
            draft.plural, draft.role = previous.plural, previous.role
            return True
    return False


def _subject_of_main_clause(text: str, draft: Draft, earlier: Sequence[Draft]) -> bool:
    """A participle or coordinated verb whose source the rules found inside what an earlier
    statement of the sentence says: in "Example said it was unfair that Sample pressed them,
    adding ..." and "He reiterated that Sampleland remains open and said ...", the one adding
    and saying is the main clause's speaker, not the name inside its content."""
    cue = draft.cue
    word = text[cue.cue_start:cue.cue_end].split()[0]
    before = text[max(0, cue.cue_start - 5):cue.cue_start]
    if not (word.endswith("ing") or before.endswith(" and ")):
        return False
    start = draft.speaker_span[0]
    for previous in reversed(earlier[-4:]):
        if previous.cue is None or previous.cue.sentence != cue.sentence or previous.cue.cue_start >= cue.cue_start:
            continue
        content_start, content_end = previous.content
        if content_start is not None and content_start <= start < content_end and not previous.quoted:
            draft.speaker, draft.speaker_span, draft.speaker_text = previous.speaker, previous.speaker_span, previous.speaker_text
            draft.unnamed, draft.kind, draft.descriptor = previous.unnamed, previous.kind, previous.descriptor
            draft.plural, draft.role, draft.candidates = previous.plural, previous.role, previous.candidates
            if previous.mode in ("continued-by-pronoun", "unresolved"):
                draft.mode = previous.mode
            return True
    return False


def _quotation_before(article: _Article, draft: Draft) -> None:
    """ '“...”  –  according to the briefing': the whole quotation before the cue is what the
    source says, not only its last sentence."""
    text, cue = article.text, draft.cue
    before = cue.cue_start
    while before > 0 and text[before - 1] in " \xa0,–—-":
        before -= 1
    index = bisect_left(article.quote_ends, before)
    if index < len(article.quotes) and article.quote_ends[index] == before and text[before - 1] in "”\"":
        quote = article.quotes[index]
        draft.content = (quote.inner_start, trim_end(text, quote.inner_start, quote.inner_end))
        draft.quoted = True


def _unnamed_after(article: _Article, draft: Draft) -> bool:
    """ "..., and the spokesperson, Jane Example, said two well-connected sources.": an inverted
    unnamed source closing the sentence is the speaker, not the name listed before the cue."""
    text, cue = article.text, draft.cue
    sentence_end = article.sentences[cue.sentence][1]
    last = max(cue.source_end, cue.role_end or 0)
    if not text.startswith(" ", cue.cue_end) or text[last:cue.cue_start].strip() != ",":
        return False
    right = right_source(text, cue.cue_end, sentence_end)
    if right is None or right[2] != "noun" or trim_end(text, cue.cue_end, sentence_end) != right[1]:
        return False
    if _head_word(text[right[0]:right[1]]) not in UNNAMED:
        return False
    draft.speaker_span = (right[0], right[1])
    draft.speaker_text = text[right[0]:right[1]]
    clause = clause_start(text, article.sentences[cue.sentence][0], article.sentences[cue.sentence][0])
    draft.content = (clause, trim_end(text, clause, cue.cue_start))
    return True


def _recontent(article: _Article, draft: Draft) -> None:
    """Read a statement's content again once its source has moved ('“...,” Name of the Body
    said': the quotation before the name is what was said)."""
    cue = draft.cue
    spans = (*draft.speaker_span, "name", None, None, None, None)
    start, end, quoted = content_span(article.text, article.sentences[cue.sentence], cue.cue_start, cue.cue_end, spans,
                                      article.quotes, article.quote_ends)
    draft.content, draft.quoted = (start, end), quoted
    if quoted and draft.mode == "indirect":
        draft.mode = "direct quote"


def _plural(written: str) -> bool:
    """Is a source plural: a coordination ("Example and Sample") or a plural head ("officials")?"""
    head = _head_word(written)
    if " and " in written or head in ("they", "we"):
        return True
    return len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is", "ics", "’s", "'s")) \
        and (not written.split()[-1][:1].isupper() or head in UNNAMED or head in DOCUMENTS)


def _head_word(written: str) -> str:
    words = written.split()
    for index, word in enumerate(words):
        if index and word in HEAD_ENDERS:
            return words[index - 1].lower().strip(",.;:’'")
    return words[-1].lower().strip(",.;:’'") if words else ""


def _descriptor(written: str) -> str:
    """The words of an unnamed source as written, without a leading "that" the cue rules may
    leave on it ("that recent reports" -> "recent reports")."""
    for opener in ("that ", "That "):
        if written.startswith(opener):
            return written[len(opener):]
    return written


def _headline_name(name: str, article: _Article) -> str:
    """A name read in a title-case headline keeps its first words only when they are a given
    name or the text writes the same name again: "Resilient Zelensky" -> "Zelensky"."""
    words = name.split()
    if len(words) < 2 or is_given_name(words[0]) or speaker_kind(name) != "person" \
            or words[0].lower().rstrip(".") in TITLES:
        return name
    if "\n" not in name and name in article.untitled_lines():
        return name  # the body writes it so too
    if "\n" in name:  # (a name across lines: each place it is written, line by line)
        position = article.text.find(name)
        while position >= 0:
            if not article.title_case_line(position):
                return name
            position = article.text.find(name, position + len(name))
    return words[-1]


def _cited_by_outlet(article: _Article, draft: Draft) -> None:
    """ "Reuters reported, citing four sources, that ...": the outlet is the via and the cited
    source the speaker."""
    cue = draft.cue
    outlet = outlet_name(draft.speaker_text)
    if not outlet or cue.lemma not in ("report", "say", "write", "publish"):
        return
    sentence_end = article.sentences[cue.sentence][1]
    cited = cited_source(article.text, cue.cue_end, min(sentence_end, cue.cue_end + 200))
    if cited is None:
        return
    text = article.text
    written = text[cited[0]:cited[1]]
    draft.via = outlet
    content_start, content_end = draft.content
    if content_start is not None and content_start < cited[1] < content_end:
        draft.content = (THAT.match(text, cited[1]).end(), content_end)  # "..., citing X, that ...": after X
    draft.speaker_span = cited
    draft.speaker_text = written
    draft.plural = _plural(written)
    if _is_named(written):
        draft.speaker = article.registry.add(name_part(written))
        if draft.speaker is not None:
            return
    draft.speaker = None
    draft.unnamed = True
    draft.descriptor = _descriptor(written)
    draft.kind = _unnamed_kind(draft.descriptor)


@lru_cache(maxsize=8192)
def _is_named(written: str, mid_sentence: bool = False) -> bool:
    """A proper name (capitalised, not a common noun at the start of a sentence)?  Not a
    phrase with an indefinite article or a quantifier ("a joint World Bank ...", "All Example
    Files"), a people ("Ukrainians"), or a capitalised adverb ("Frequently asked")."""
    if written.split(None, 1)[0].lower() in ("a", "an", "all", "every", "each", "some", "many", "most", "no", "any"):
        return False  # "a joint Example Bank ...", "All Example Files": a description, not a name
    _, words = name_words(written)
    if not words:
        return False
    capitalised = [word for word in words if CAPITALISED.match(word)]
    if not capitalised:
        return False
    if len(words) == 1 and (DEMONYM.fullmatch(words[0]) or words[0].lower().endswith("ly")
                            or words[0].lower().endswith("ing") and not (mid_sentence or words[0] in CAPITALS)):
        return False  # ("Speaking", "Frequently"; but a capital in -ing, or a name mid-sentence: "Beijing urged")
    head = next((words[i - 1] for i, word in enumerate(words) if i and word in _NAME_HEAD_ENDERS), words[-1])
    if head.lower().rstrip(".") in TITLES and head is words[-1] and len(words) == 2 and is_given_name(words[0]):
        return True  # "Jane Pope": a surname that is also a title, after a given name
    if head.lower() in UNNAMED or head.lower().rstrip(".") in TITLES or not CAPITALISED.match(head):
        return False  # "Reports", "A Ukrainian official", "Commanders in Exampleton": a description
    return True


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


# --- the chain: via and medium from each statement's own clause -----------------------------------


def _chains(article: _Article, by_sentence: dict[int, list[Draft]], quotes: Sequence[Quote]) -> None:
    """Each statement's ``via`` and ``medium``, read from its own clause only (issue 10: never
    copied to the speaker's other statements).  A recipient right after a cue ("told X") is
    that cue's; a free construction ("in an interview with X", "on Telegram") belongs to the
    statement of the sentence whose cue is nearest, unless it lies inside a quotation."""
    text = article.text
    quote_ends = [quote.end for quote in quotes]
    for index, drafts in by_sentence.items():
        start, end = article.sentences[index]
        for draft in drafts:
            cue = draft.cue
            if not draft.via:
                found = recipient_after(text, cue.cue_end, end)
                if found is not None and (cue.lemma == "tell" or " to " in text[cue.cue_end:found[1] + 1]
                                          or " with " in text[cue.cue_end:found[1] + 1]):
                    draft.via = found[0]
                    _skip_recipient(text, draft, found[2])
            if not draft.medium:
                found = medium_after_particle(text, cue.cue_end, end)
                if found is not None:
                    draft.medium = found[0]
                    _skip_recipient(text, draft, found[2])
        for outlet, match_start, match_end in recipients_in(text, start, end):
            owner = _owner(drafts, match_start, match_end, quotes, quote_ends)
            if owner is not None and not owner.via:
                owner.via = outlet
                _skip_recipient(text, owner, match_end)
        for platform, match_start, match_end in media_in(text, start, end):
            owner = _owner(drafts, match_start, match_end, quotes, quote_ends)
            if owner is not None and not owner.medium:
                owner.medium = platform
                _skip_recipient(text, owner, match_end)


def _owner(drafts: Sequence[Draft], start: int, end: int, quotes: Sequence[Quote], quote_ends: list[int]) -> Draft | None:
    """The statement a free construction of its sentence belongs to: the one whose cue is
    nearest, when the construction lies in no quotation and not inside that statement's
    content (except at its very start: "said| on Telegram that ...")."""
    inside = bisect_right(quote_ends, start)
    if inside < len(quotes) and quotes[inside].start <= start:
        return None
    best, distance = None, None
    for draft in drafts:
        cue = draft.cue
        gap = cue.cue_start - end if end <= cue.cue_start else max(0, start - cue.cue_end)
        if distance is None or gap < distance:
            best, distance = draft, gap
    if best is None:
        return None
    content_start, content_end = best.content
    if content_start is not None and content_start <= start < content_end and (best.quoted or start > content_start + 1):
        return None  # inside what is said ("announced it would keep its Telegram channel"), not how
    return best


def _skip_recipient(text: str, draft: Draft, recipient_end: int) -> None:
    """ "told Reuters that the bridge held", "said on Telegram that ...": the content starts
    after the recipient or the platform, when it opened with them."""
    content_start, content_end = draft.content
    if draft.quoted or content_start is None or not content_start <= recipient_end - 1 < content_end:
        return
    if text[content_start:recipient_end].count(" ") > 6:
        return  # the construction lies further inside the content: it stays
    start = THAT.match(text, recipient_end).end()
    if start < content_end:
        draft.content = (start, content_end)


# --- canonical names within the article ----------------------------------------------------------


def _canonical_names(article: _Article) -> dict[int, str]:
    """id(speaker) -> the name the article's rows give it (see ``speakers``): a lone surname
    takes the article's one full name, an acronym its full name, a body its owner."""
    text = article.text
    defined = _defined_acronyms(text)
    names: dict[int, str] = {}
    for speaker in article.registry.speakers:
        name = speaker.canonical
        if speaker.kind == "person":
            names[id(speaker)] = _person_name(speaker, text)
            continue
        name = body_canonical(acronym_name(name, defined))
        if speaker.kind == "outlet":
            name = outlet_name(name) or name  # "Ukrainian website Example" -> "Example"
        elif len(speaker.words) == 1 and name == speaker.canonical and name.lower() in ORGANISATIONS:
            longer = body_names(speaker.words[0], text)
            if len(longer) == 1:
                name = longer[0]  # "the Commission" -> "European Commission"
        names[id(speaker)] = name
    owned = [name for name in names.values() if name.split()[0] in NATIONALITIES]
    for key, name in names.items():
        if name.split()[0] not in NATIONALITIES:
            matching = {other for other in owned if other.split(None, 1)[1:] == [name]}
            if len(matching) == 1:
                names[key] = matching.pop()  # "the General Staff" when the article names only Ukraine's
    return names


def _person_name(speaker: Speaker, text: str) -> str:
    """A person's name as the article gives it in full: a lone surname takes the one full
    name with it ("Marchenko" -> "Serhii Marchenko"), a name read with a headline adjective the
    one with a given name ("Resilient Zelensky" -> "Volodymyr Zelensky"), a lone given name the
    one full name it opens ("Paul" -> "Paul Example")."""
    words = speaker.words
    if len(words) == 1 or not is_given_name(words[0]):
        full = full_names(words[-1], text)
        given = [name for name in full if is_given_name(name[0])]
        if len(words) == 1 and len(full) == 1:
            return " ".join(full[0])
        if len(given) == 1:
            return " ".join(given[0])
    if len(words) == 1 and is_given_name(words[0]):
        full = full_names_with_given(words[0], text)
        if len(full) == 1:
            return " ".join(full[0])
    return speaker.canonical


_BRACKETED_ACRONYM = re.compile(
    r"(?P<full>[A-Z][\w'’-]*(?:[ \xa0]+(?:of|for|the|and|on|in|de|du|des|[A-Z][\w'’-]*)){1,9})[ \xa0]+\((?P<acronym>[A-Z][A-Za-z]{1,7})\)"
)


def _defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the article defines in brackets: "the Institute for the Study of War (ISW)"."""
    defined: dict[str, str] = {}
    if "(" not in text:
        return defined
    for match in _BRACKETED_ACRONYM.finditer(text):
        full, acronym = match.group("full"), match.group("acronym")
        words = full.split()
        initials = "".join(word[0] for word in words).lower()
        letters = acronym.lower()
        # the acronym's letters in order among the initials, from the first capitalised word
        for first in range(len(words)):
            if initials[first] != letters[0] or words[first].lower() in ("the", "of", "for", "and"):
                continue
            position = first
            for letter in letters[1:]:
                position = initials.find(letter, position + 1)
                if position < 0:
                    break
            else:
                defined.setdefault(acronym, " ".join(words[first:]))
                break
    return defined


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


#: A named speaker's ``speaker_kind`` from its registry kind.
_NAMED_KIND = {"person": "person", "organisation": "organisation", "outlet": "organisation"}


def _record(text: str, article_id: str, number: int, draft: Draft, canonical: dict[int, str]) -> Attribution:
    speaker = draft.speaker
    if speaker is None:
        role, name, kind = draft.role, "", draft.kind
    else:
        role = speaker.role or draft.role or speaker.title
        name = canonical.get(id(speaker), speaker.canonical)
        kind = _NAMED_KIND.get(speaker.kind, "person")
    cue = draft.cue
    if cue is None:
        cue_text, cue_start, cue_end = "", None, None
    else:
        cue_start, cue_end = _past_clitic(text, cue.cue_start), cue.cue_end
        cue_text = text[cue_start:cue_end]
    speaker_start, speaker_end = draft.speaker_span
    content_start, content_end = draft.content
    descriptor = draft.descriptor if speaker is None else ""
    return tuple.__new__(Attribution, (
        article_id + (_NUMBERS[number] if number < len(_NUMBERS) else f"/a{number:03d}"), article_id, name, kind,
        draft.speaker_text, descriptor, role,
        (name or draft.organisation) if draft.organisation else (organisation_in(role) if role else ""), cue_text, draft.mode, draft.via,
        draft.medium, speaker_start, speaker_end, cue_start, cue_end, content_start, content_end, draft.sentence_ids,
        draft.quoted, draft.candidates, *_source_phrase(draft),
    ))


def _source_phrase(draft: Draft) -> tuple[int | None, int | None]:
    """The source's whole noun phrase (``CueMatch.phrase_*``, ``en.extents``) when the speaker
    was read in it, else the speaker span itself (a speaker carried over from an earlier
    statement, or read elsewhere)."""
    start, end = draft.speaker_span
    cue = draft.cue
    if start is None or cue is None or cue.phrase_start is None:
        return start, end
    if cue.phrase_start <= start and end <= cue.phrase_end:
        return cue.phrase_start, cue.phrase_end
    return start, end


#: "/a001" ... "/a999": the attribution id's suffix, formatted once.
_NUMBERS = [f"/a{number:03d}" for number in range(1000)]
