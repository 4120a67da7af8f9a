"""Attribution cues, their sources and contents, found by rule in an article's text.

This is the pattern-matching layer under ``helpers.extract.attribution``: it finds every *cue* (a
reporting verb such as "said", a belief or intention verb such as "believes" or "wants",
"according to", an attributing adverb such as "reportedly", a colon before a quotation),
the *source* the cue credits (the noun phrase before the verb, after it in an inverted
"said Commander Example", or after "according to") and the *content* (the reported clause
or the quotation).  ``helpers.extract.attribution`` turns these spans into speakers, roles and chains.

Method: rule-based pattern matching over the raw text, in the spirit of textacy's
``extract.triples.direct_quotations`` but without a parser or tagger.  Cue words are found
by one set intersection of the article's words with every inflected form of
``lexicon.CUE_VERBS``; the noun phrase before a cue is read by walking back over the
words before it (name, determiner phrase, pronoun, apposition between commas), and the
one after an inverted cue by an anchored expression.  The cue inventory and conventions
(auxiliaries belong to the cue, "who" is the source of a relative clause, beliefs and
intentions are attributions too) follow PARC 3.0 (Pareti 2016) and PolNeAR (Newell,
Margolin & Ruths, LREC 2018), against whose train split the rules were tuned
(``benchmarks/eval_attribution.py``).

Conventions taken from PolNeAR's annotation (each measured on its train split):

* a cue inside a direct quotation is the quoted speaker's words, not a new attribution;
* a belief, intention or judgement inside the content of another cue ("he said they
  believe ...") belongs to that statement; a nested speech cue still counts;
* auxiliaries and adverbs before the verb belong to the cue ("has also said"), and so do
  a particle ("pointed out", "warned of") and "in a statement";
* a source is the noun phrase as written, pronouns and a relative "who" included; the
  phrase a "who" stands for is given as its ``antecedent``;
* "X seemed ...", and a passive without its agent ("X was asked"), have a cue but no
  source (kind ``seem`` / ``passive``); "X was quoted as saying" keeps X;
* a participle after a comma ("..., noting that") takes the subject of its sentence, never
  the object before the comma; particles ("railed against") and adverbs ("strongly
  criticized") belong to the cue;
* acts and attitudes PolNeAR counts that state nothing -- a negated or modal verb group
  ("did not mention", "would ask"), "agreed to" without a that-clause, "continued to", a
  base form after a common plural noun, and the forms mined from train
  (``lexicon.CUE_MINED_FORMS``: "voted", "pledged") -- are kind ``act``, never a statement
  row in ``helpers.extract.attribution``;
* an apposition between dashes gives a role like one between commas ("Name — a role —
  says"); a name opened by a bracket or quotation mark starts after it ("(Example News
  estimates"); "she's said" is a pronoun and an auxiliary, not a possessive; a noun
  homograph right before a colon or a quotation mark is a verb ("the website notes: ...");
* checked on real war reporting: a speech verb that takes no object is an act when a noun
  follows it ("Russian forces continued offensive operations", "strikes added pressure"); a
  participle before a plural noun or after a preposition is an adjective ("did not make
  confirmed advances", "amid continued fighting"); the object inside a "who" clause is not
  the source ("Officials who spoke to Example said"); an inverted cue's source must name a
  person, body or document, not an object ("..., underscored the deadlock between ...");
  words of web addresses, Markdown marks, zero-width marks and footnote numbers stay out of
  cues and sources.

Everything returned points into the text: ``text[cue_start:cue_end]`` is the cue as
written, and likewise for the source, role and content.  When no noun phrase is in reach
the source stays empty rather than guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING, Sequence

from helpers.extract.attribution.quotes import find_quotes
from helpers.extract.attribution.records import CueMatch, Quote
from helpers.text import PROSE_PARTS

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from helpers.doc import Doc
    from helpers.load import Article

# --- cues ---------------------------------------------------------------------------------------
from helpers.extract.attribution.en.clauses import auxiliaries_before, clause_start, content_span, subject_floor
from helpers.extract.attribution.en.extents import with_phrases
from helpers.extract.attribution.en.patterns import (
    ACCORDING_SOURCE,
    ACTIONS,
    BE_FORMS,
    COLON_LABELS,
    COORDINATORS,
    CUE_WORDS,
    DECODED,
    DETERMINERS,
    EVIDENCE,
    FUNCTION_WORDS,
    IN_ADDRESS,
    IN_EVIDENCE_BEFORE,
    LINE_COLON,
    NEEDLES,
    NESTED_KINDS,
    NOT_SUBJECT_BEFORE,
    OPENERS,
    POLL_TAIL,
    RELATIVES,
    WORD_BYTES,
    cue_word_set,
)
from helpers.extract.attribution.en.verbs import verb_cue
from helpers.extract.attribution.en.phrases import closes, noun_phrase_before, token_before, trim_end


def find_cues(
    text: str,
    sentences: Sequence[tuple[int, int]],
    blocks: Sequence[tuple[int, int]],
    quotes: Sequence[Quote] | None = None,
    *,
    kinds: frozenset[str] | None = None,
) -> list[CueMatch]:
    """Every attribution cue inside the given sentences, in order of appearance.

    ``sentences`` and ``blocks`` are (start, end) spans of the prose, in order; a word
    outside every sentence (a byline, a photo credit) is not read.  ``kinds`` keeps only
    verb cues of those kinds (default: all).
    """
    if quotes is None:
        quotes = find_quotes(text, blocks)
    quote_ends = [quote.end for quote in quotes]
    sentence_starts = list(map(_first, sentences))
    found: list[CueMatch] = []
    quote_count = len(quotes)
    for position, word in cue_words(text, cue_word_set(kinds)):
        index = bisect_right(sentence_starts, position) - 1
        if index < 0 or position + len(word) > sentences[index][1] or position and text[position - 1] in IN_ADDRESS:
            continue  # (a word of a web address: "/kten-eeo_reports")
        inside = bisect_right(quote_ends, position)
        if inside < quote_count and quotes[inside].start < position:
            continue  # a cue inside a quotation belongs to the quoted speaker's words
        sentence = sentences[index]
        action, entry = ACTIONS[word]
        if action == "verb":
            cue = verb_cue(text, position, word, entry, index, sentence, quotes, quote_ends)
            if cue is None and entry[1] == "evidence":
                cue = _evidence_cue(text, position, word, entry, index, sentence, quotes, quote_ends)
        elif action == "according":
            cue = _according_cue(text, position, index, sentence)
        elif action == "in":
            cue = _in_evidence_cue(text, position, word, index, sentence)
        else:
            cue = _adverb_cue(text, position, word, index, sentence)
        if cue is not None:
            found.append(cue)
    found.extend(_colon_cues(text, sentences, sentence_starts, quotes, found))
    found.extend(_line_colon_cues(text, sentences, sentence_starts, blocks, found))
    found.sort(key=_first)  # by cue_start
    kept = [cue for cue, inner in zip(found, nested(found)) if not inner or cue.kind in NESTED_KINDS]
    return with_phrases(text, sentences, kept)


_first = itemgetter(0)


def article_cues(doc: "Doc | Article") -> list[CueMatch]:
    """``find_cues`` over a Doc's prose sentences and blocks: every cue of every kind, beliefs
    and acts included (what PolNeAR annotates; ``benchmarks/eval_attribution.py``)."""
    from helpers.doc import as_doc

    doc = as_doc(doc)
    sentences = [(sentence.start, sentence.end) for sentence in doc.sentences]
    blocks = [(block.start, block.end) for block in doc.article.blocks if block.kind in PROSE_PARTS]
    return find_cues(doc.text, sentences, blocks)


def nested(cues: Sequence[CueMatch]) -> list[bool]:
    """Which cues sit inside the content of an earlier cue ("He said they believe ...")."""
    flags = []
    reach = -1
    for cue in cues:
        flags.append(cue.cue_start < reach)
        if cue.content_start is not None and cue.content_start >= cue.cue_end and not flags[-1]:
            reach = max(reach, cue.content_end)
    return flags


def cue_words(text: str, cue_words: frozenset[bytes] = CUE_WORDS) -> list[tuple[int, str]]:
    """(offset, word) of every cue word in the text, in order, found without a per-word loop.

    The text as ASCII bytes (every other character one ``?``, so that byte offsets are
    character offsets) with every non-letter turned into a space is split and intersected
    with the cue words; the words that hit are picked out of the split in order, and each
    is located with ``bytes.find`` between spaces from where the previous one ended (so
    the text is scanned once, and "so-called" never yields "called").
    """
    words = text.encode("ascii", "replace").translate(WORD_BYTES)
    tokens = words.split()
    hits = cue_words.intersection(tokens)
    if not hits:
        return []
    padded = b" " + words + b" "
    found = []
    position = 0
    for hit in compress(tokens, map(hits.__contains__, tokens)):
        position = padded.find(NEEDLES[hit], position)
        found.append((position, DECODED[hit]))
        position += len(hit) + 1
    return found


_EVIDENCE_REACH = 10
#: An abbreviation with internal stops at the end of a source ("the U.N.").
_DOTTED_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")


def _according_cue(text: str, start: int, index: int, sentence) -> CueMatch | None:
    end = start + len("according")
    if not text.startswith(" to", end):
        return None
    end += 3
    source = ACCORDING_SOURCE.match(text, end, sentence[1])
    source_start = source_end = None
    if source:
        source_start = source.start("source")
        source_end = trim_end(text, source_start, source.end("source"))
        if source_end == source.end("source") - 1 and _DOTTED_END.search(text, source_start, source.end("source")):
            source_end += 1  # "according to the U.N.": the stop belongs to the abbreviation
    if clause_start(text, sentence[0], start) == start:
        after = source_end or end
        while after < sentence[1] and text[after] in " ,":
            after += 1
        content = (after, trim_end(text, after, sentence[1]))
    else:
        content = (sentence[0], trim_end(text, sentence[0], start))
    if content[1] - content[0] <= 3:
        content = (None, None)
    return CueMatch(
        start, end, "according to", "according", index, source_start, source_end,
        "phrase" if source_start is not None else "", content_start=content[0], content_end=content[1],
    )


def _adverb_cue(text: str, start: int, word: str, index: int, sentence) -> CueMatch:
    end = start + len(word)
    content_end = trim_end(text, end, sentence[1])
    content = (end + 1, content_end) if content_end > end + 1 else (None, None)
    return CueMatch(start, end, word.lower(), "adverb", index, content_start=content[0], content_end=content[1])


def _colon_cues(text: str, sentences, sentence_starts: list[int], quotes: Sequence[Quote],
                found: list[CueMatch]) -> list[CueMatch]:
    """``Name: “quotation”`` with no verb: the colon is the cue (PolNeAR marks it so)."""
    cues = []
    if not quotes or text.find(":") < 0:
        return cues
    taken = {cue.cue_end for cue in found}
    for quote in quotes:
        colon = text.rfind(":", max(0, quote.start - 3), quote.start)
        if colon < 0 or colon + 1 in taken or text[colon + 1:quote.start].strip():
            continue
        index = bisect_right(sentence_starts, colon) - 1
        if index < 0:
            continue
        phrase = noun_phrase_before(text, max(sentences[index][0], colon - 120), colon)
        if phrase is None or phrase[2] not in ("name", "pronoun") or _headline_label(text, phrase[0], phrase[1]):
            continue
        cues.append(CueMatch(
            colon, colon + 1, ":", "colon", index, phrase[0], phrase[1], phrase[2],
            content_start=quote.inner_start, content_end=trim_end(text, quote.inner_start, quote.inner_end),
            quoted=True,
        ))
    return cues


def _headline_label(text: str, start: int, end: int) -> bool:
    """A label word ("Breaking", "Update") or a byline ("by Jane Example:") before a colon:
    no source of what follows."""
    written = text[start:end]
    if written.lower() in COLON_LABELS:
        return True
    return text[max(0, start - 4):start].lower().endswith(("by ", "by\xa0"))


def _line_colon_cues(text: str, sentences, sentence_starts: list[int], blocks, found: list[CueMatch]) -> list[CueMatch]:
    """A line opening with a name and a colon: "Example: Exampleton will hold" (a headline
    crediting its source), "Q: ..." / "A: ..." (an interview transcript)."""
    cues = []
    colon = text.find(":")
    if colon < 0:
        return cues
    block_starts = [start for start, _ in blocks]
    opening = set()  # the blocks with a colon among their first 42 characters
    while colon >= 0:
        block = bisect_right(block_starts, colon) - 1
        if block >= 0 and colon < blocks[block][1] and colon < blocks[block][0] + 42:
            opening.add(block)
        colon = text.find(":", colon + 1)
    if not opening:
        return cues
    taken = {cue.cue_start for cue in found}
    for block in sorted(opening):
        start, end = blocks[block]
        match = LINE_COLON.match(text, start, min(end, start + 60))
        if not match or match.end("source") - start > 40:
            continue
        if len(text[match.end():end].split(None, 4)) < 4 or not text[match.end()].isalpha() and text[match.end()] not in "\"“‘'":
            continue  # "Clinton: 547." is a tally, not a statement
        if _headline_label(text, match.start("source"), match.end("source")):
            continue  # "BREAKING: ...", "Poll: ..." label a headline, they credit nobody
        colon = text.index(":", match.end("source"))
        index = bisect_right(sentence_starts, colon) - 1
        if colon in taken or index < 0:
            continue
        cues.append(CueMatch(
            colon, colon + 1, ":", "colon", index, match.start("source"), match.end("source"), "name",
            content_start=match.end(), content_end=trim_end(text, match.end(), sentences[index][1]),
        ))
    return cues


def _evidence_cue(text: str, start: int, word: str, entry, index: int, sentence, quotes, quote_ends) -> CueMatch | None:
    """An evidence verb whose evidence noun sits behind a modifier: "New polls released Sunday
    showed", "records compiled by the Center for Example show", "Footage from the game shows".
    ``_verb_cue`` reads the last words before the verb as the subject and drops the cue;
    PolNeAR marks it with the poll or record as its source."""
    lemma, kind, form = entry
    if form == "ing" or word[0].isupper():
        return None  # "results came in showing" and headlines stay with ``_verb_cue``
    lo = subject_floor(start, 160, sentence, quotes, quote_ends)
    previous = token_before(text, lo, start)
    cue_start, _ = auxiliaries_before(text, lo, start, previous) if previous is not None else (start, None)
    source = _evidence_subject(text, lo, cue_start)
    if source is None:
        return None
    end = start + len(word)
    spans = (*source, "noun", None, None, None, None)
    content = content_span(text, sentence, cue_start, end, spans, quotes, quote_ends)
    return tuple.__new__(CueMatch, (cue_start, end, lemma, kind, index, *spans, *content, False, None, None))


def _evidence_subject(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The phrase of the nearest evidence noun (``lexicon.EVIDENCE_NOUNS``) among the few
    words before ``end`` within the clause ("New polls" of "New polls released Sunday"), or
    None when a boundary, a relative or a verb of its own comes first."""
    position = end
    for _ in range(_EVIDENCE_REACH):
        token = token_before(text, lo, position)
        if token is None:
            return None
        written = text[token[0]:token[1]]
        if closes(written) or written[0] in OPENERS:
            return None  # a clause boundary: "…, the reports show" is read by ``_verb_cue``
        lower = written.lower()
        if lower in RELATIVES or lower in COORDINATORS or lower in BE_FORMS:
            return None  # "results that show", "and show": not a noun phrase in front of the verb
        if lower in EVIDENCE:
            return _evidence_phrase_start(text, lo, token[0]), token[1]
        position = token[0]
    return None


def _evidence_phrase_start(text: str, lo: int, start: int) -> int:
    """Where the phrase of an evidence noun begins: back over its determiner and modifiers
    ("A Des Moines Register/Example poll", "Last year's FBI statistics")."""
    for _ in range(6):
        token = token_before(text, lo, start)
        if token is None:
            break
        written = text[token[0]:token[1]]
        lower = written.lower()
        if closes(written) or lower in NOT_SUBJECT_BEFORE and lower not in DETERMINERS or lower in FUNCTION_WORDS \
                and lower not in DETERMINERS or "—" in written or "–" in written:
            break  # (a dash inside the token: "temperatures—but Example polling" starts after it)
        start = token[0]
        if lower in DETERMINERS:
            break
    return start


def _in_evidence_cue(text: str, start: int, word: str, index: int, sentence) -> CueMatch | None:
    """ "In a Example News poll released Sunday, 51 percent said ...": the cue is "in"."""
    lo = max(sentence[0], start - 70)
    match = IN_EVIDENCE_BEFORE.search(text, lo, start)
    if not match or text[sentence[0]:match.start()].rstrip(" \"“")[-1:] not in ("", ",", ";", "—", "–"):
        return None  # only "In a poll ..., " opening a clause
    end = start + len(word)
    source_end = POLL_TAIL.match(text, end, sentence[1]).end()
    return CueMatch(match.start("cue"), match.end("cue"), "in", "evidence", index,
                    match.start("source"), source_end, "noun")
