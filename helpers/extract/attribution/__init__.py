"""Source attribution: who says each thing, in what role, and through whom.

``extract_attributions(doc)`` turns the cues, sources and contents that the rules
(``en.cues``) find by pattern matching into one ``Attribution`` per
statement: the speaker folded to one canonical name, the role and organisation the article
gives them, the cue, the mode (how the statement is attributed) and the outlet it came
through.  ``sentence_voices(article)`` then gives every sentence exactly one voice, so
that every claim and every event can say whose it is.

Rules (each general, none keyed to a name; see also ``en.cues``):

* **Statements** are the cues of speech ("says", "told", "noted", "pointed out"), of stance
  ("warned", "accused"), of evidence ("reports indicate"), "according to" and a colon
  before a quotation.  A belief or intention ("X wants", "the Russians understand") is the
  writer's or the speaker's claim about X, not a statement by X, so it is no statement row
  (``en.cues`` still finds it, for PolNeAR's sake).
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
* **Pronouns** ("He noted") and **context** need evidence (issue 10); without it the speaker
  stays empty, the mode is ``unresolved`` and ``candidates`` lists who it could be (``resolve``):
  "he"/"she" take the nearest earlier speaker of compatible gender with no other such person
  named in between; "it" an organisation or country, "they" a plural source; "I"/"we" outside
  a quotation are the author (``speaker_kind`` ``author``: an interviewer's "I asked him").
* **The chain** (issues 10 and 11, ``en.outlets``): ``via`` is the news outlet that the
  statement's *own* clause names -- "..., according to UNIAN", "told Reuters", "said in an
  interview with X", "confirmed to X", "speaking to X", "claimed to Kremlin newswire TASS",
  "X reported, citing ..." -- and is never copied to the speaker's other statements.  It is
  only ever an outlet (``lexicon.OUTLET_NAMES`` or a name ending in an outlet word), never a
  pronoun, a person, a country or a body; "according to" anything else is a statement of its
  own.  A platform ("on Telegram", "in a Facebook post", "on X") is the ``medium``.
* **Kinds**: ``speaker_kind`` is ``person``, ``organisation`` (bodies, countries, outlets, a
  capital standing for its government), ``unnamed`` (whose words stay in ``descriptor``:
  "a senior official", "sources close to the command"), ``document`` ("the report found") or
  ``author``.  A body keeps its owner ("Ukraine's General Staff" = "Ukrainian General Staff"),
  an acronym folds with its full name (in brackets in the article, or ``lexicon.ACRONYMS``:
  "U.N." = "United Nations"), and a lone surname takes the one full name the article gives.
* **Statements** need something said by someone who can say it (``en.filters``): a stance
  verb with a plain object ("berated President X"), evidence from footage or charts, a
  participle used as an adjective ("cited sources") and a gerund are no statement rows,
  though ``find_cues`` still finds them for PolNeAR.
* A photo credit ("Photo: Facebook/Example") is not prose and is never read as a source.

``mode`` is one of ``direct quote`` (the content is a quotation), ``indirect``,
``according-to``, ``continued-by-pronoun``, ``context`` and ``unresolved``; the last three
are inferred, not read, and take precedence (a pronoun's quotation keeps ``quoted=True``).
Beyond the issue's columns a row carries ``quoted`` and ``candidates``, so that ambiguity
stays visible, and ``source_start``/``source_end``: the source's whole noun phrase as PolNeAR
marks it ("Sampleville council spokeswoman Jane Example, a former teacher,"; ``en.extents``),
while ``speaker_start``/``speaker_end`` keep the name alone.

Layout: ``quotes`` (quotation marks), ``en`` (the English cue inventory ``en.patterns``, the
words around a cue ``en.phrases``, the rules ``en.cues`` and ``en.verbs``, where a source's
head lies ``en.heads``, how far its noun phrase reaches ``en.extents``, the statement rules ``en.filters`` and the chain ``en.outlets``),
``uk`` (the Ukrainian rules: cues in every gender and number, speakers before or after the
cue, names in the nominative: ``uk.statements``, ``uk.names``), ``speakers`` (names and
their folding; Cyrillic names are compared in the national transliteration of 2010),
``mentions`` (the people and bodies an article names), ``statements`` (statements built from
the rules' matches), ``resolve`` (pronouns and context), ``voices`` (one voice per sentence),
``draft`` and ``records``.
"""

from __future__ import annotations

from helpers.doc import Doc, as_doc
from helpers.extract.attribution import uk
from helpers.extract.attribution.en.cues import article_cues, find_cues
from helpers.extract.attribution.quotes import find_quotes
from helpers.extract.attribution.records import (
    ATTRIBUTION_COLUMNS, MODES, SPEAKER_COLUMNS, SPEAKER_KINDS, STATEMENT_KINDS, VOICE_COLUMNS, VOICES, Attribution,
    CueMatch, Quote, SentenceVoice,
)
from helpers.extract.attribution.speakers import fold_speakers, speaker_kind
from helpers.extract.attribution.statements import statements
from helpers.extract.attribution.voices import sentence_voices as _voices
from helpers.load import Article

__all__ = [
    "ATTRIBUTION_COLUMNS", "MODES", "SPEAKER_COLUMNS", "SPEAKER_KINDS", "STATEMENT_KINDS", "VOICES", "VOICE_COLUMNS", "Attribution",
    "CueMatch", "LANGUAGES", "Quote", "SentenceVoice", "article_cues", "extract_attributions", "find_cues",
    "find_quotes", "fold_speakers", "sentence_voices", "speaker_kind",
]

#: The languages whose statements are read, by code.
LANGUAGES = {"en": statements, "uk": uk.statements}


def extract_attributions(doc: Doc | Article) -> list[Attribution]:
    """Every statement of the article, in order of appearance (see the package docstring)."""
    doc = as_doc(doc)
    rules = LANGUAGES.get(doc.language)
    return rules(doc) if rules is not None else []


def sentence_voices(doc: Doc | Article) -> list[SentenceVoice]:
    """Exactly one voice per sentence of the article, in order, from the Doc's statements.

    A sentence covered by several statements takes the outermost (the earliest that is not
    inside another's content: "He said they reported ..." is his).  A sentence no statement
    covers is the author's.
    """
    doc = as_doc(doc)
    return _voices(doc, doc.get("attributions"))
