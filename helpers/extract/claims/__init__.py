"""Claims: every figure an article asserts, with its range, rate, window, scope and hedge.

Method: rule-based pattern matching over the sentences of the title, standfirst, captions
and body (``Article.sentences``), in the manner of textacy's ``extract.matches``: one
compiled pattern finds number expressions, and small rules read the words around each one.
All word lists live in ``helpers.lexicon`` (the ``# --- claims`` section), keyed by language.

What a row holds (``CLAIM_COLUMNS``):

* ``surface`` is the number expression only, as written: "300 to 400", "75%",
  "between 300 and 400", "1.5 thousand", "hundreds".  Approximators stay outside it and go
  to ``approx`` as written, lower case ("up to", "about", "more than", "or more"); vague
  quantities ("dozens", "hundreds of thousands") get approx ``"vague"`` and the range the
  word spans by its literal meaning (``lexicon.VAGUE_QUANTITIES``: "hundreds" is 200-999).
  ``start``/``end`` point at the surface in ``article.text``.
* ``value_low``/``value_high`` are equal for a point value.  "from 300 to 400" after a
  verb of change ("rose from 300 to 400") is two values, not a range.
* ``unit`` is the counted thing as written: the noun phrase after the figure ("Russian
  soldiers", "mortar systems and their crews"), after "of (the)" for percentages and vague
  quantities ("75% of the residential buildings" -> "residential buildings"), or the
  currency sign ("$50 billion" -> "$").  Nothing found, nothing written.
* ``kind`` is one of ``KINDS``, given by the named rules of ``en.kinds`` tried in order: a
  currency makes money (aid when its clause says aid, assistance, humanitarian or relief);
  a table cell takes its column's header; places struck and advance attempts are attacks;
  then the counted noun (``lexicon.KIND_NOUNS``: soldiers are casualties only with a
  casualty verb in the sentence, "lose 400 troops", prisoners with a capture cue, else
  forces); then what a figure without a noun is said to be ("25,200 were irretrievable
  losses") or the noun heading the phrase before it ("casualties at around 600,000").  A
  figure no rule names is "other": an "other" is better than a wrong kind.
* ``period`` (day/week/month/year) is a rate cue in the figure's clause ("every day",
  "daily", "in a month"); ``window`` an explicit window there ("over the past day",
  "last week", "in 2025"); ``scope`` a front or direction the places extractor
  found in the clause ("Pokrovsk front", "Pokrovsk direction"), else a place or country it
  found after "in/near" that ends its phrase ("in Kursk Oblast", "in Moldova").
* ``hedged``/``hedge_cue``: the first hedge cue of the sentence ("Reports indicate"),
  shared by every figure of the sentence.
* ``attribution_id``: the statement whose content holds the figure (the attribution
  extractor's, read from the Doc, which runs it first), else "" for the author's own words.
  A figure beside a quote, in the author's words, is not the quoted speaker's; a statement
  whose speaker is the page itself (its byline, outlet or site: ``page_names``) holds none.
  ``helpers.tables.claims_by_voice`` joins the statement's speaker after the corpus-wide
  folding of names.

Not taken as claims: dates (the timeline's: "3 January", "February 20 to 21"), years, times ("4.50am"),
durations ("2 minute read", "30 days"), ordinals ("47th Brigade"), numbers glued to letters
or codes ("F-16", "Su-34", "COVID-19", "G7", "M142"), compound adjectives ("30-day
ceasefire", "11-year-old"), labels ("Article 5", "Day 1,000", "aged 18"), phone numbers and
identifiers ("1-800-422-7385"), footnote and reference marks ("[12]", "death 40)", "2025.24"),
versions ("CC BY-NC-ND 4.0", "iOS 17.2"), file sizes and other specification units ("4.78
MB", "330 kV"), rows of a key-value specification table ("**Flight Dynamics**| ..."), terms
of an equation or rate quote ("1.1767 USD = 1 EUR"), ages after a name ("John Sample, 43."),
temperatures ("71°"), list numbering, "one" used as a determiner ("one National Guard
brigade"), small number words that count no lexicon noun ("the two sides"), and a
parenthesised conversion of the figure just before it ("90 billion euros ($106bn)").

Precision: on the 68 real articles of the project's evaluation set (news posts, crawled
pages and scraped pages with their navigation noise), about nine in ten rows of a random
sample of 50 were genuine figures with the right value; the misses were footnote numbers
in tables and site boilerplate.  The kinds and the speaker rule follow the issue 10 audit
of the same set (``/work/audit``, outside the repository).

Non-numeric claims: ``sentence_claims`` marks each sentence as a claim (event, capability,
intention, assessment) or background, by the cue lists in ``lexicon.CLAIM_SENTENCE_CUES``.
``headline_check`` compares each title and standfirst figure with the body's figures.

Layout: ``records`` (the rows and ``KINDS``), ``table_rows`` (Markdown table rows and their
column headers, read from markup), ``en`` (the English rules), ``uk`` (the Ukrainian rules:
figures with their own date, year and label filters; sentences without figures are left
unclassified); ``LANGUAGES`` says which rules read which language.  An article in a language
without rules has no claims.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, NamedTuple, Sequence
from urllib.parse import urlsplit

from helpers.doc import Doc, as_doc
from helpers.extract.claims import en, uk
from helpers.extract.claims.records import (
    CLAIM_COLUMNS, CLAIM_PARTS, KINDS, SENTENCE_CLAIM_COLUMNS, Claim, SentenceClaim,
)
from helpers.extract.claims.table_rows import table_row
from helpers.extract.places import PlaceMention
from helpers.extract.places import uk as places_uk
from helpers.load import Article
from helpers.text import Sentence

__all__ = [
    "CLAIM_COLUMNS", "CLAIM_PARTS", "KINDS", "LANGUAGES", "SENTENCE_CLAIM_COLUMNS", "Claim", "SentenceClaim",
    "claim_rows", "extract_claims", "extract_sentence_claims", "page_names", "sentence_claim_rows",
]


def _surface_and_kind(place: PlaceMention, text: str) -> tuple:
    """What the English figure reader is told of a place mention: its surface and kind."""
    return place.surface, place.kind


class ClaimRules(NamedTuple):
    """A language's figure reader and sentence classifier, and what its reader is told of each
    place mention of the sentence (after its start and end; English: surface and kind)."""

    anchors: Callable[[str, list[Sentence]], list[list[int]]]  # where figures may start, per sentence
    figures: Callable[..., tuple[tuple, ...]]  # one sentence's figures, given its anchors, dates and places
    classify: Callable[[str], tuple[bool, str, str]]  # a sentence without figures
    place_fields: Callable[[PlaceMention, str], tuple] = _surface_and_kind


#: The languages whose claims are read, by code.
LANGUAGES: dict[str, ClaimRules] = {
    "en": ClaimRules(en.sentence_anchors, en.figures, en.classify_sentence),
    "uk": ClaimRules(uk.sentence_anchors, uk.figures, uk.classify_sentence, places_uk.scope_fields),
}


def extract_claims(doc: Doc | Article) -> list[Claim]:
    """Every figure claim of the article, in order of appearance (title, standfirst, captions, body)."""
    return [Claim(*row) for row in claim_rows(as_doc(doc))]


def claim_rows(doc: Doc) -> list[tuple]:
    """The claims of ``extract_claims`` as tuples of ``CLAIM_COLUMNS`` (the table needs no records).

    Dates and places are not looked for again: the timeline's events tell which numbers are
    days of a date, and the places extractor's mentions (and the countries it found) give a
    figure its scope.
    """
    rules = LANGUAGES.get(doc.language)
    if rules is None:
        return []
    rows: list[tuple] = []
    article_id = doc.article_id
    sentences = [sentence for sentence in doc.sentences if sentence.part in CLAIM_PARTS]
    dates = _by_sentence((event.sentence_id, event.start, event.end) for event in doc.get("events")
                         if event.sentence_id is not None)
    text, place_fields = doc.text, rules.place_fields
    places = _by_sentence([*((place.sentence_id, place.start, place.end, *place_fields(place, text))
                             for place in doc.get("places")),
                           *((country.sentence_id, country.start, country.end, country.surface, "country")
                             for country in doc.get("countries"))])
    statements = None
    for sentence, anchors in zip(sentences, rules.anchors(doc.text, sentences)):
        if not anchors:
            continue
        columns = ()
        if "|" in sentence.text:
            row = table_row(doc.text, sentence.start, sentence.end)
            if row is not None:
                if row.spec:
                    continue  # a specification row: "**Flight Dynamics**| Flight ceiling: 5,000 m"
                columns = row.columns
        offset = sentence.start
        head = (article_id, sentence.part, sentence.paragraph, sentence.sentence_id, sentence.text)
        headline = sentence.part == "title"
        found = rules.figures(sentence.text, tuple(anchors), _within(dates, sentence), _within(places, sentence),
                              columns)
        if found and statements is None:
            statements = _StatementSweep(_statements(doc))
        for figure in found:
            start, end = offset + figure[0], offset + figure[1]
            rows.append((f"{article_id}/c{len(rows) + 1:03d}",) + head + (start, end, offset, sentence.end)
                        + figure[2:] + (headline, statements.holding(start, end)))
    return rows


class _Statement(NamedTuple):
    content_start: int
    content_end: int
    context: bool  # given to its speaker by context only
    cue_start: int | None
    start: int  # the statement's first offset (speaker, cue or content)
    attribution_id: str


def _statements(doc: Doc) -> list[_Statement]:
    """The statements whose content can hold a claim, in the attribution extractor's order:
    those with a content span, less those whose speaker is the page itself (``page_names``:
    its byline, outlet or site)."""
    page = page_names(doc.article)
    return [
        _Statement(attribution.content_start, attribution.content_end, attribution.mode == "context",
                   attribution.cue_start, attribution.start, attribution.attribution_id)
        for attribution in doc.get("attributions")
        if attribution.content_start is not None and attribution.content_end is not None
        and not (_is_page(attribution.speaker, page) or _is_page(attribution.speaker_text, page))
    ]


def _statement_of(statements: list[_Statement], start: int, end: int) -> str:
    """The id of the statement whose content holds text[start:end], else "" (the author's).

    Among several, the outer wins, by the rule that gives a sentence its voice
    (``helpers.extract.attribution.voices``): a stated one beats one inferred by context, and
    one whose content holds the other's cue and which starts first is the outer ("He said
    they reported 40 attacks" is his; "Jane Example, citing the ministry, says 40 ..." is Jane
    Example's, not the ministry's).
    """
    best = None
    for statement in statements:
        if statement.content_start <= start and end <= statement.content_end:
            if best is None or _outer(statement, best):
                best = statement
    return best.attribution_id if best else ""


class _StatementSweep:
    """``_statement_of`` for claims asked in order of their start, reading only the statements
    whose content reaches the claim: a pass over every statement of the article per claim was
    quadratic in bench_hostile's "short_lines" (thousands of lines, each a statement with a
    figure).  A statement enters when the claims pass its content's start and leaves when they
    pass its end; a claim before the one asked last reads them all."""

    def __init__(self, statements: list[_Statement]):
        self.statements = statements
        self._by_start = sorted(range(len(statements)), key=lambda index: statements[index].content_start)
        self._entered = 0  # of ``_by_start``
        self._open: list[int] = []  # indices of the statements entered whose content may still hold a claim
        self._position = -1

    def holding(self, start: int, end: int) -> str:
        """The id of the statement whose content holds text[start:end], else "" (the author's)."""
        statements = self.statements
        if start < self._position:
            return _statement_of(statements, start, end)
        self._position = start
        by_start = self._by_start
        while self._entered < len(by_start) and statements[by_start[self._entered]].content_start <= start:
            self._open.append(by_start[self._entered])
            self._entered += 1
        # a content that ends at or before this claim's start holds no later claim either
        self._open = [index for index in self._open if statements[index].content_end > start]
        return _statement_of([statements[index] for index in sorted(self._open)], start, end)


def _outer(new: _Statement, current: _Statement) -> bool:
    """Is ``new`` the outer statement of the two (``voices._outranks``, on the claim's rows)?"""
    if current.context != new.context:
        return current.context
    if current.cue_start is None:
        return False
    return new.content_start <= current.cue_start < new.content_end and new.start < current.start


def page_names(article: Article) -> frozenset[str]:
    """The names the page goes by, folded (``_folded``): its bylines, its outlet and its site's
    name from the URL host ("kten" for www.kten.com).  A speaker so named is the page speaking,
    that is the author (issue 10: "KTEN EEO", a footer link of kten.com, was a claim's speaker)."""
    names = {_folded(name) for name in (*article.authors, article.outlet) if name}
    try:
        host = urlsplit(article.url).hostname or ""
    except ValueError:  # a malformed URL names no site
        host = ""
    labels = [label for label in host.split(".") if label]
    while len(labels) > 2 and labels[-2] in _SECOND_LEVEL:
        labels.pop()  # "example.co.uk" -> "example"
    if len(labels) >= 2:
        names.add(labels[-2])
    return frozenset(name for name in names if len(name) >= 3)


#: Second-level labels under a country's domain ("bbc.co.uk"): the site's name is the label before.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})


@lru_cache(maxsize=4096)  # an article's few speakers are compared with its page once per figure
def _folded(name: str) -> str:
    """A name as compared with a site's: lower case, letters and digits only ("Al Jazeera" -> "aljazeera")."""
    return "".join(character for character in name.lower() if character.isalnum())


def _is_page(speaker: str, page: frozenset[str]) -> bool:
    """Is the speaker the page itself: its byline or outlet, or a name that starts with the site's?"""
    if not speaker or not page:
        return False
    words = speaker.split()
    return _folded(speaker) in page or _folded(words[0]) in page


def _by_sentence(spans) -> dict[int, list[tuple]]:
    """(sentence_id, start, end, ...) spans grouped by sentence, without the id."""
    grouped: dict[int, list[tuple]] = {}
    for sentence_id, *span in spans:
        grouped.setdefault(sentence_id, []).append(tuple(span))
    return grouped


def _within(spans: dict[int, list[tuple]], sentence: Sentence) -> tuple[tuple, ...]:
    """A sentence's spans with offsets made relative to the sentence (the figure reader's frame)."""
    found = spans.get(sentence.sentence_id)
    if not found:
        return ()
    offset = sentence.start
    return tuple((start - offset, end - offset, *rest) for start, end, *rest in found)


def extract_sentence_claims(doc: Doc | Article, *, claims: Sequence[Claim] | None = None) -> list[SentenceClaim]:
    """Every sentence of the article marked as a claim or not (figures first, then cues).

    The figures are the Doc's claims (found once); ``claims`` may pass them instead.
    """
    doc = as_doc(doc)
    if claims is None:
        claims = doc.get("claims")
    return [SentenceClaim(*row) for row in sentence_claim_rows(doc, {claim.sentence_id for claim in claims})]


_FIGURE_SENTENCE = (True, "figure", "figure")


def sentence_claim_rows(doc: Doc, with_figures: set[int]) -> list[tuple]:
    """``SENTENCE_CLAIM_COLUMNS`` tuples of the article's sentences (figures first, then cues)."""
    rules = LANGUAGES.get(doc.language)
    if rules is None:
        return []
    article_id = doc.article_id
    classify = rules.classify
    return [
        (article_id, sentence.sentence_id)
        + (_FIGURE_SENTENCE if sentence.sentence_id in with_figures else classify(sentence.text))
        for sentence in doc.sentences
    ]
