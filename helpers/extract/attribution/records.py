"""The attribution extractor's records: cue matches and quotations found by rule, and the
statements and sentence voices built from them."""

from __future__ import annotations

from typing import NamedTuple

ATTRIBUTION_COLUMNS = [
    "attribution_id", "article_id", "speaker", "speaker_kind", "speaker_text", "descriptor", "role",
    "organisation", "cue", "mode", "via", "medium", "speaker_start", "speaker_end", "cue_start", "cue_end",
    "content_start", "content_end", "sentence_ids", "quoted", "candidates", "source_start", "source_end",
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
MODES = ("direct quote", "indirect", "according-to", "continued-by-pronoun", "context", "unresolved")
#: What kind of source a statement has: a named person or body, a source the text leaves
#: unnamed ("a senior official"), a document ("the report found"), or the article's author
#: ("I asked him", "we publish").
SPEAKER_KINDS = ("person", "organisation", "unnamed", "document", "author")

#: Cue kinds that make a statement (see the module docstring for why beliefs do not).
STATEMENT_KINDS = frozenset({"speech", "stance", "evidence", "according", "adverb", "colon"})


class CueMatch(NamedTuple):
    """One attribution found by rule: cue, source and content spans (None when absent).

    ``kind`` is the kind of cue (``speech``, ``stance``, ``belief``, ``intent``,
    ``evidence``, ``seem``, ``judgement``, ``act``, ``passive``, ``according``, ``adverb``,
    ``colon``); ``source_kind`` the
    shape of the source (``name``, ``noun``, ``pronoun``, ``relative``, ``phrase``, or
    ``""`` when there is none); ``antecedent`` is the noun phrase a relative "who" stands
    for; ``role`` the apposition beside the source ("Name, a role, said").  ``phrase`` is the
    source's whole noun phrase as PolNeAR marks it ("Sampleville council spokeswoman Jane
    Example, a former teacher,"; ``en.extents``), around the tighter ``source`` span that
    names the speaker.
    """

    cue_start: int
    cue_end: int
    lemma: str
    kind: str
    sentence: int  # index into the sentence spans given to ``find_cues``
    source_start: int | None = None
    source_end: int | None = None
    source_kind: str = ""
    antecedent_start: int | None = None
    antecedent_end: int | None = None
    role_start: int | None = None
    role_end: int | None = None
    content_start: int | None = None
    content_end: int | None = None
    quoted: bool = False
    inverted: bool = False
    phrase_start: int | None = None
    phrase_end: int | None = None



class Quote(NamedTuple):
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool  # False when the text never closes it (it then ends with its paragraph)


class Attribution(NamedTuple):
    """One statement: who says it (as written and canonical), how, through whom, and where.

    Offsets point into ``article.text``; a part the text does not give stays ``None``/"".
    ``speaker_kind`` is one of ``SPEAKER_KINDS`` (empty when the text does not settle it);
    ``descriptor`` keeps the words of a source the text leaves unnamed ("a senior official");
    ``via`` is the news outlet the statement's own clause names ("told Reuters"), ``medium``
    the platform it names ("on Telegram").  ``quoted`` is True when the content is a direct
    quotation; ``candidates`` lists the speakers an unresolved pronoun or quotation could
    belong to (empty when the reading is unambiguous).  ``source_start``/``source_end`` span
    the source's whole noun phrase as PolNeAR marks it ("Sampleville council spokeswoman Jane
    Example, a former teacher,"), around the ``speaker`` span that holds just the name; they
    equal the speaker span when the phrase adds nothing, and are None when there is none.
    """

    attribution_id: str
    article_id: str
    speaker: str
    speaker_kind: str
    speaker_text: str
    descriptor: str
    role: str
    organisation: str
    cue: str
    mode: str
    via: str
    medium: str
    speaker_start: int | None
    speaker_end: int | None
    cue_start: int | None
    cue_end: int | None
    content_start: int | None
    content_end: int | None
    sentence_ids: tuple[int, ...]
    quoted: bool = False
    candidates: tuple[str, ...] = ()
    source_start: int | None = None
    source_end: int | None = None

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
