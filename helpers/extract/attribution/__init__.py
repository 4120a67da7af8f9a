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

Layout: ``quotes`` (quotation marks), ``en`` (the English cue inventory ``en.patterns``, the
words around a cue ``en.phrases`` and the rules ``en.cues``), ``speakers`` (names and their
folding), ``statements`` (statements built from the rules' matches), ``voices`` (one voice
per sentence) and ``records``.
"""

from __future__ import annotations

from helpers.doc import Doc, as_doc
from helpers.extract.attribution.en.cues import article_cues, find_cues
from helpers.extract.attribution.quotes import find_quotes
from helpers.extract.attribution.records import (
    ATTRIBUTION_COLUMNS, MODES, SPEAKER_COLUMNS, STATEMENT_KINDS, VOICE_COLUMNS, VOICES, Attribution, CueMatch,
    Quote, SentenceVoice,
)
from helpers.extract.attribution.speakers import fold_speakers, speaker_kind
from helpers.extract.attribution.statements import statements
from helpers.extract.attribution.voices import sentence_voices as _voices
from helpers.load import Article

__all__ = [
    "ATTRIBUTION_COLUMNS", "MODES", "SPEAKER_COLUMNS", "STATEMENT_KINDS", "VOICES", "VOICE_COLUMNS", "Attribution",
    "CueMatch", "LANGUAGES", "Quote", "SentenceVoice", "article_cues", "extract_attributions", "find_cues",
    "find_quotes", "fold_speakers", "sentence_voices", "speaker_kind",
]

#: The languages whose statements are read, by code.
LANGUAGES = {"en": statements}


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
