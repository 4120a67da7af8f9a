"""English verb cues ("said", "told", "warned", "believes"), decided by named rules.

A cue word found in the text becomes a ``VerbCue``: what is known of it so far (its extent,
kind, form, the token before it, its source).  ``VERB_RULES`` is an ordered tuple of
``Rule(name, test, action)``: each rule whose ``test`` holds either rejects the cue (``action``
is ``REJECT``) or changes it (its extent, its kind, its source); steps that only read the
text around the cue (the particle, the subject's reach, the auxiliaries, the source) are
rules too, so that the order in which things are learnt is the order of the tuple.  The
source of a cue comes from ``SOURCE_RULES``, tried in order until one finds it.

Each rule says where it comes from in its name: most follow PolNeAR's annotation
conventions (Newell, Margolin & Ruths, LREC 2018) as measured on its train split, some
follow real war reporting (``benchmarks/eval_attribution.py --explain`` counts how often
each fires and rejects on PolNeAR).
"""

from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
from typing import Callable, Iterator, NamedTuple

from helpers.extract.attribution.en.clauses import (
    NO_SOURCE,
    auxiliaries_before,
    auxiliaries_in,
    auxiliary,
    beside_quotation,
    chain_start,
    clause_start,
    clause_subject,
    clitic_start,
    content_span,
    followed_by_non_report,
    has_be,
    has_modal,
    has_object,
    head,
    naming_participle,
    negated,
    object_follows,
    plural_noun_follows,
    plural_quantifier,
    progressive,
    sentence_subject,
    subject_floor,
)
from helpers.extract.attribution.en.patterns import (
    ADJECTIVE_PREPOSITIONS,
    AUXILIARIES,
    BASE_FORMS,
    BY_AGENT,
    COMPLEMENTS,
    COORDINATORS,
    DETERMINERS,
    EVIDENCE,
    GENERAL_PARTICLES,
    IN_A_STATEMENT,
    NEEDS_SOURCE,
    NO_INVERSION,
    NO_ING,
    NO_OBJECT_SPEECH,
    NOT_ADVERBS,
    NOT_PLURAL,
    NOUN_HOMOGRAPHS,
    NOUN_MARKERS,
    NOUN_SOURCES,
    OBJECT_SPEECH,
    PARTICLE,
    PARTICLE_ONLY,
    PARTICLES,
    PLURAL_ENDINGS,
    PLURAL_HEADS,
    PLURAL_PRONOUNS,
    PRONOUNS,
    RELATIVES,
    STATEMENT_VERB_KINDS,
    VERB_FOLLOWS,
)
from helpers.extract.attribution.en.phrases import left_source, right_source, token_before, trim_end
from helpers.extract.attribution.records import CueMatch

#: How far back (characters) the subject of a verb may lie.
SUBJECT_REACH = 220


class VerbCue:
    """A cue word being decided: what the rules have learnt of it so far."""

    __slots__ = (
        "text", "start", "word", "lemma", "kind", "form", "index", "sentence", "quotes", "quote_ends",
        "capitalised", "end", "particle", "lo", "previous", "before", "lower", "cue_start", "token", "clitic",
        "passive", "spans", "inverted", "source_kind", "asked", "_head", "_right",
    )

    def __init__(self, text: str, start: int, word: str, entry: tuple[str, str, str], index: int,
                 sentence: tuple[int, int], quotes, quote_ends) -> None:
        self.text, self.start, self.word = text, start, word
        self.lemma, self.kind, self.form = entry
        self.index, self.sentence, self.quotes, self.quote_ends = index, sentence, quotes, quote_ends
        self.capitalised = word[0].isupper()
        self.end = start + len(word)
        self.particle = None
        self.lo = start
        self.previous: tuple[int, int] | None = None
        self.before = self.lower = ""
        self.cue_start = start
        self.token: tuple[int, int] | None = None
        self.clitic: int | None = None
        self.passive = False
        self.spans: tuple = NO_SOURCE
        self.inverted = False
        self.source_kind = ""
        self.asked = False
        self._head: str | None = None
        self._right: tuple | None | bool = False  # False: not read yet

    @property
    def word_end(self) -> int:
        """The end of the cue word itself, at its current start (before any particle)."""
        return self.start + len(self.word)

    @property
    def head(self) -> str:
        """The head word of the source phrase, read once."""
        if self._head is None:
            self._head = head(self.text, self.spans[0], self.spans[1])
        return self._head

    @property
    def right(self) -> tuple | None:
        """The source after the cue ('..., said Commander Example'), when one may stand there."""
        if self._right is False:
            after_break = self.token is None or self.text[self.token[1] - 1] in ",\"”’'—–-"
            self._right = (right_source(self.text, self.end, self.sentence[1])
                           if after_break and self.lemma not in NO_INVERSION else None)
        return self._right

    @property
    def coordinated(self) -> bool:
        """A participle or a verb after "and"/"but": its subject is its clause's."""
        token = self.token
        return token is not None and (self.form == "ing" or self.text[token[0]:token[1]] in COORDINATORS)

    def match(self) -> CueMatch:
        content = content_span(self.text, self.sentence, self.cue_start, self.end, self.spans, self.quotes,
                               self.quote_ends)
        return tuple.__new__(CueMatch, (self.cue_start, self.end, self.lemma, self.kind, self.index, *self.spans,
                                        *content, self.inverted, None, None))


class Rule(NamedTuple):
    """A named rule: when ``test`` holds, ``action`` changes the cue, or rejects it (``REJECT``)."""

    name: str
    test: Callable[[VerbCue], bool]
    action: Callable[[VerbCue], None] | None


#: The action of a rule that rejects the cue.
REJECT = None


def _always(cue: VerbCue) -> bool:
    return True


def _set_kind(kind: str) -> Callable[[VerbCue], None]:
    def action(cue: VerbCue) -> None:
        cue.kind = kind
    action.__name__ = f"kind_{kind}"
    return action


# --- tests and actions, in the order of ``VERB_RULES`` -------------------------------------------


def _ing_without_progressive(cue: VerbCue) -> bool:
    return cue.form == "ing" and cue.lemma in NO_ING and not progressive(cue.text, cue.sentence[0], cue.start)


def _particle_follows(cue: VerbCue) -> bool:
    particles = PARTICLES.get(cue.lemma, GENERAL_PARTICLES)
    particle = PARTICLE.match(cue.text, cue.end) if particles else None
    if particle and particle.group(1) in particles:
        cue.particle = particle
        return True
    return False


def _take_particle(cue: VerbCue) -> None:
    cue.end = cue.particle.end()


def _particle_missing(cue: VerbCue) -> bool:
    return cue.particle is None and cue.lemma in PARTICLE_ONLY


def _non_report_follows(cue: VerbCue) -> bool:
    return followed_by_non_report(cue.text, cue.word_end, cue.lemma)


def _nobody_informed(cue: VerbCue) -> bool:
    return cue.lemma in OBJECT_SPEECH and not has_object(cue.text, cue.word_end)


def _complement_missing(cue: VerbCue) -> bool:
    complements = COMPLEMENTS.get(cue.lemma)
    return complements is not None and not cue.text[cue.end:cue.end + 24].lstrip(" ,").startswith(complements)


def _read_subject_reach(cue: VerbCue) -> None:
    cue.lo = subject_floor(cue.start, SUBJECT_REACH, cue.sentence, cue.quotes, cue.quote_ends)
    cue.previous = token_before(cue.text, cue.lo, cue.start)


def _infinitive_chain(cue: VerbCue) -> bool:
    previous = cue.previous
    if cue.form != "base" or previous is None or cue.text[previous[0]:previous[1]] != "to":
        return False
    chain = chain_start(cue.text, cue.lo, previous)
    if chain is None:
        return False
    cue.cue_start = chain  # kept for the action
    return True


def _start_at_chain_leader(cue: VerbCue) -> None:
    cue.start, cue.form, cue.capitalised = cue.cue_start, "chain", False
    cue.previous = token_before(cue.text, cue.lo, cue.start)


def _read_word_before(cue: VerbCue) -> None:
    if cue.previous is not None:
        cue.before = cue.text[cue.previous[0]:cue.previous[1]]
        cue.lower = cue.before.lower()


def _capitalised_without_source(cue: VerbCue) -> bool:
    return cue.previous is None and cue.capitalised and not (cue.lemma == "ask" and cue.form == "past")


def _noun_or_adjective(cue: VerbCue) -> bool:
    if cue.previous is None:
        return False
    before, lower, form, lemma = cue.before, cue.lower, cue.form, cue.lemma
    return (lower in NOUN_MARKERS or before.endswith(("'s", "’s", "s'", "s’")) and lower[:-2] not in PRONOUNS
            or form == "s" and lemma in NOUN_HOMOGRAPHS and lower in DETERMINERS and lower != "that"
            or form == "past" and lower in ADJECTIVE_PREPOSITIONS)


def _homograph_after_lower_word(cue: VerbCue) -> bool:
    if cue.previous is None:
        return False
    before, lower, form = cue.before, cue.lower, cue.form
    return ((form == "s" or form == "base") and cue.lemma in NOUN_HOMOGRAPHS and before.islower()
            and lower not in PRONOUNS and lower not in EVIDENCE and lower not in AUXILIARIES
            and not (lower in RELATIVES or form == "base" and lower.endswith("s") and not lower.endswith(NOT_PLURAL)
                     or lower in PLURAL_HEADS or lower.endswith("ly") and lower not in NOT_ADVERBS)
            and not VERB_FOLLOWS.match(cue.text, cue.end))


def _in_a_statement(cue: VerbCue) -> bool:
    if cue.lemma not in ("say", "tell") or not cue.text.startswith(" in ", cue.end):
        return False
    statement = IN_A_STATEMENT.match(cue.text, cue.end)
    if statement and statement.end() <= cue.sentence[1]:
        cue.particle = statement  # kept for the action
        return True
    return False


def _colon_follows(cue: VerbCue) -> bool:
    return cue.end < cue.sentence[1] and cue.text[cue.end] == ":"


def _take_colon(cue: VerbCue) -> None:
    cue.end += 1


def _read_auxiliaries(cue: VerbCue) -> None:
    if cue.previous is not None and auxiliary(cue.lower, cue.before):
        cue.cue_start, cue.token = auxiliaries_before(cue.text, cue.lo, cue.start, cue.previous)
    else:
        cue.cue_start, cue.token = cue.start, cue.previous
    cue.clitic = clitic_start(cue.text, cue.token)
    if cue.clitic is not None:
        cue.cue_start = cue.clitic
    cue.passive = cue.form == "past" and cue.cue_start < cue.start and has_be(cue.text, cue.cue_start, cue.start)


def _read_source(cue: VerbCue) -> None:
    cue.spans, cue.inverted = find_source(cue)
    spans, clitic = cue.spans, cue.clitic
    if clitic is not None and spans[0] is not None and spans[0] < clitic < spans[1]:
        cue.spans = (spans[0], clitic, *spans[2:])  # "They've argued": "They" is the source, "'ve" the cue's
    cue.source_kind = cue.spans[2]


def _is_naming_participle(cue: VerbCue) -> bool:
    return naming_participle(cue.text, cue.sentence[0], cue.spans, cue.lemma, cue.form)


def _adjective_participle(cue: VerbCue) -> bool:
    return (cue.form == "past" and cue.source_kind == "" and not cue.capitalised
            and plural_noun_follows(cue.text, cue.end) and not auxiliaries_in(cue.text, cue.cue_start, cue.start))


def _asked_whether(cue: VerbCue) -> bool:
    return (cue.capitalised and cue.lemma == "ask" and cue.form == "past"
            and clause_start(cue.text, cue.sentence[0], cue.start) == cue.start)


def _question_without_source(cue: VerbCue) -> None:
    cue.spans, cue.kind, cue.asked = NO_SOURCE, "passive", True


def _capitalised_outside_headline(cue: VerbCue) -> bool:
    return cue.capitalised and not cue.asked and (cue.inverted or cue.source_kind not in ("name", "noun"))


def _source_needed(cue: VerbCue) -> bool:
    return cue.source_kind == "" and (cue.kind in NEEDS_SOURCE or cue.form == "s"
                                      or (cue.form == "base" and cue.lemma != "say"))


def _present_with_source(cue: VerbCue) -> bool:
    return (cue.form == "base" or cue.form == "s") and bool(cue.source_kind)


def _plural_noun_source(cue: VerbCue) -> bool:
    head = cue.head
    return cue.source_kind == "noun" and head.endswith(PLURAL_ENDINGS) and not head.endswith(NOT_PLURAL)


def _homograph_without_proper_source(cue: VerbCue) -> bool:
    if not _present_with_source(cue) or cue.lemma not in NOUN_HOMOGRAPHS:
        return False
    head, kind = cue.head, cue.source_kind
    evidence = kind == "noun" and head in EVIDENCE
    proper = kind == "noun" and cue.text[cue.spans[1] - len(head):cue.spans[1]][:1].isupper() and not cue.capitalised
    plural_verb = cue.form == "base" and _plural_noun_source(cue)
    return (kind not in ("name", "pronoun", "relative") and not evidence and not proper and not plural_verb
            and not VERB_FOLLOWS.match(cue.text, cue.end))


def _base_form_by_non_source(cue: VerbCue) -> bool:
    if not _present_with_source(cue) or cue.form != "base" or cue.kind not in STATEMENT_VERB_KINDS:
        return False
    head, kind = cue.head, cue.source_kind
    return (kind == "noun" and head not in NOUN_SOURCES and head not in EVIDENCE
            or kind == "pronoun" and head == "you")


def _base_form_without_plural_source(cue: VerbCue) -> bool:
    if not _present_with_source(cue) or cue.form != "base" or cue.lemma in BASE_FORMS:
        return False
    return not (_plural_noun_source(cue)
                or cue.source_kind == "pronoun" and cue.head in PLURAL_PRONOUNS
                or plural_quantifier(cue.head)
                or cue.cue_start < cue.start and has_modal(cue.text, cue.cue_start, cue.start))


def _negated_or_modal(cue: VerbCue) -> bool:
    return cue.kind in STATEMENT_VERB_KINDS and cue.cue_start < cue.start and (
        negated(cue.text, cue.cue_start, cue.start)
        or cue.form == "base" and cue.lemma not in BASE_FORMS and has_modal(cue.text, cue.cue_start, cue.start)
    )


def _is_chain(cue: VerbCue) -> bool:
    return cue.form == "chain"


def _object_after_speech(cue: VerbCue) -> bool:
    return cue.lemma in NO_OBJECT_SPEECH and not cue.inverted and object_follows(cue.text, cue.end)


def _continued_away_from_quotation(cue: VerbCue) -> bool:
    return (cue.lemma == "continue" and cue.kind == "speech" and not cue.inverted
            and not beside_quotation(cue.text, cue.sentence[0], cue.start, cue.end))


def _continued_to(cue: VerbCue) -> bool:
    return cue.lemma == "continue" and cue.text.startswith(" to", cue.word_end)


def _quoted_as(cue: VerbCue) -> bool:
    return cue.passive and cue.lemma == "quote" and cue.text.startswith(" as ", cue.end)


def _keep_source(cue: VerbCue) -> None:
    cue.passive = False


def _seem_or_agentless_passive(cue: VerbCue) -> bool:
    return cue.kind == "seem" or (cue.passive and not cue.inverted and cue.kind != "act")


def _no_source(cue: VerbCue) -> None:
    cue.spans = NO_SOURCE
    if cue.kind != "seem":
        cue.kind = "passive"


#: The verb-cue rules, in order (see the module docstring).
VERB_RULES: tuple[Rule, ...] = (
    Rule("an -ing form of a stative verb is a cue only in a progressive", _ing_without_progressive, REJECT),
    Rule("a particle belongs to the cue ('pointed out')", _particle_follows, _take_particle),
    Rule("a particle verb needs its particle ('railed against')", _particle_missing, REJECT),
    Rule("a verb followed by a non-report word ('found itself')", _non_report_follows, REJECT),
    Rule("'inform' needs someone informed ('Stay informed')", _nobody_informed, REJECT),
    Rule("'agreed to' without its complement is an act", _complement_missing, _set_kind("act")),
    Rule("read the subject's reach and the token before the verb", _always, _read_subject_reach),
    Rule("a to-infinitive chain starts at its leader ('tried to explain')", _infinitive_chain,
         _start_at_chain_leader),
    Rule("read the word before the cue", _always, _read_word_before),
    Rule("a capitalised cue needs its source before it ('Reports indicate')", _capitalised_without_source, REJECT),
    Rule("a noun or adjective, not a cue ('the said village', 'amid continued fighting')", _noun_or_adjective,
         REJECT),
    Rule("a noun homograph after a lower-case word ('command posts')", _homograph_after_lower_word, REJECT),
    Rule("'said in a statement' belongs to the cue", _in_a_statement, _take_particle),
    Rule("a colon after the verb belongs to the cue", _colon_follows, _take_colon),
    Rule("read the auxiliaries and clitics that belong to the cue ('has also said')", _always, _read_auxiliaries),
    Rule("read the source (SOURCE_RULES)", _always, _read_source),
    Rule("a naming participle is no cue ('a group called X')", _is_naming_participle, REJECT),
    Rule("a participle before a plural noun is an adjective ('confirmed advances')", _adjective_participle, REJECT),
    Rule("'Asked whether ...' opens a question without a source", _asked_whether, _question_without_source),
    Rule("a capitalised cue counts only in a headline ('Example Says')", _capitalised_outside_headline, REJECT),
    Rule("a stance, belief or present-tense cue needs a source", _source_needed, REJECT),
    Rule("a noun homograph needs a name, pronoun or proper source ('the claims')", _homograph_without_proper_source,
         REJECT),
    Rule("a base-form statement by a non-source noun is an act ('airstrikes continue')", _base_form_by_non_source,
         _set_kind("act")),
    Rule("a base form is a cue only after a plural source ('reports indicate')", _base_form_without_plural_source,
         REJECT),
    Rule("a negated or modal statement is an act ('did not mention')", _negated_or_modal, _set_kind("act")),
    Rule("a to-infinitive chain states nothing yet", _is_chain, _set_kind("act")),
    Rule("a speech verb with an object is an act ('forces continued operations')", _object_after_speech,
         _set_kind("act")),
    Rule("'continued' is speech only beside a quotation", _continued_away_from_quotation, _set_kind("act")),
    Rule("'continued to' is an act", _continued_to, _set_kind("act")),
    Rule("'was quoted as saying' keeps its source", _quoted_as, _keep_source),
    Rule("a 'seem' or an agentless passive has no source", _seem_or_agentless_passive, _no_source),
)


# --- sources -------------------------------------------------------------------------------------


class SourceRule(NamedTuple):
    """A named place to look for a verb's source: when ``test`` holds, ``find`` gives
    (spans, inverted), or None to go on to the next rule."""

    name: str
    test: Callable[[VerbCue], bool]
    find: Callable[[VerbCue], tuple[tuple, bool] | None]


def _passive_with_agent(cue: VerbCue) -> bool:
    return cue.passive and cue.text.startswith(" by ", cue.end)


def _agent(cue: VerbCue) -> tuple[tuple, bool] | None:
    agent = BY_AGENT.match(cue.text, cue.end, cue.sentence[1])
    if not agent:
        return None
    start = agent.start("source")
    return (start, trim_end(cue.text, start, agent.end("source")), "noun", None, None, None, None), True


def _coordinated(cue: VerbCue) -> bool:
    return cue.coordinated


def _clause_subject(cue: VerbCue) -> tuple[tuple, bool] | None:
    subject = clause_subject(cue.text, max(cue.lo, cue.sentence[0]), cue.cue_start)
    return ((*subject, None, None, None, None), False) if subject else None


def _inverted_name(cue: VerbCue) -> bool:
    right = cue.right
    return bool(right) and right[2] in ("name", "pronoun")


def _right(cue: VerbCue) -> tuple[tuple, bool]:
    return cue.right, True


def _participle_after_comma(cue: VerbCue) -> bool:
    return cue.form == "ing" and cue.token is not None and cue.text[cue.token[1] - 1] == ","


def _sentence_subject_or_none(cue: VerbCue) -> tuple[tuple, bool]:
    subject = sentence_subject(cue.text, cue.sentence[0], cue.cue_start)
    return ((*subject, None, None, None, None) if subject else NO_SOURCE), False


def _left(cue: VerbCue) -> tuple[tuple, bool] | None:
    left = left_source(cue.text, cue.lo, cue.cue_start, cue.token)
    return (left, False) if left else None


def _has_right(cue: VerbCue) -> bool:
    return bool(cue.right)


def _sentence_subject(cue: VerbCue) -> tuple[tuple, bool] | None:
    subject = sentence_subject(cue.text, cue.sentence[0], cue.cue_start)
    return ((*subject, None, None, None, None), False) if subject else None


#: Where a verb's source is looked for, in order; the first that finds one wins.
SOURCE_RULES: tuple[SourceRule, ...] = (
    SourceRule("a passive's agent ('was criticised by the mayor')", _passive_with_agent, _agent),
    SourceRule("a coordinated verb or participle takes its clause's subject ('Example said X and argued')",
               _coordinated, _clause_subject),
    SourceRule("an inverted name or pronoun after the cue ('said Commander Example')", _inverted_name, _right),
    SourceRule("a participle after a comma takes its sentence's subject, never the object before the comma",
               _participle_after_comma, _sentence_subject_or_none),
    SourceRule("the noun phrase before the cue", _always, _left),
    SourceRule("an inverted noun phrase after the cue ('said a spokesman for the ministry')", _has_right, _right),
    SourceRule("a coordinated verb takes its sentence's subject", _coordinated, _sentence_subject),
)


def find_source(cue: VerbCue) -> tuple[tuple, bool]:
    """(source spans, inverted) of a verb cue, by the first of ``SOURCE_RULES`` that finds one."""
    tally = _TALLY
    for rule in SOURCE_RULES:
        if rule.test(cue):
            found = rule.find(cue)
            if found is not None:
                if tally is not None:
                    tally[rule.name, "found"] += 1
                return found
    return NO_SOURCE, False


# --- the decision ---------------------------------------------------------------------------------

_TALLY: Counter | None = None


def verb_cue(text: str, start: int, word: str, entry: tuple[str, str, str], index: int, sentence: tuple[int, int],
             quotes, quote_ends) -> CueMatch | None:
    """The cue a verb word makes, decided by ``VERB_RULES``, or None when a rule rejects it."""
    cue = VerbCue(text, start, word, entry, index, sentence, quotes, quote_ends)
    tally = _TALLY
    for rule in VERB_RULES:
        if rule.test(cue):
            if tally is not None:
                tally[rule.name, "fired" if rule.action is not REJECT else "rejected"] += 1
            if rule.action is REJECT:
                return None
            rule.action(cue)
    return cue.match()


@contextmanager
def counting() -> Iterator[Counter]:
    """Count, while the block runs, how often each rule fires or rejects ((name, outcome) -> count)."""
    global _TALLY
    previous, _TALLY = _TALLY, Counter()
    try:
        yield _TALLY
    finally:
        _TALLY = previous
