"""The kind of claim an English figure makes (``KINDS``), by named rules tried in order.

Each rule reads the figure, its counted noun phrase (``Unit``) and its clause, and answers a
kind or "" (no opinion); the first answer decides, and a figure no rule answers is "other".
Precision comes first: a rule answers only on the evidence it names, since an "other" is
better than a wrong kind.  The rules and their evidence (the issue 10 audit of the eval news):

``money``           a currency sign or code before the figure ("$3 billion", "EUR 90 million")
                    or a currency word after it ("90 billion euros"); ``aid`` when the clause
                    says aid, assistance, humanitarian or relief ("€75 million in humanitarian
                    funding", "$8.5 billion in budget aid").
``table column``    a figure without a noun in a table row takes the kind its column's header
                    names ("Estimated Russian Casualties" over "1,258,890").
``places struck``   locations, settlements or targets just after a strike word ("13 drones
                    struck 11 locations", "shelled 27 settlements") count attacks.
``attempts``        "times" or "attempts" in a clause that names an advance or assault ("tried
                    to advance 35 times") count attacks.
``share of a place`` a percentage of a country or region ("19 percent of Ukraine") counts
                    territory.
``counted noun``    the kind of the counted noun (``lexicon.KIND_NOUNS``); soldiers and troops
                    are casualties with a casualty verb in the sentence, prisoners with a
                    capture cue in their clause, else forces; men, others, Ukrainians and
                    Russians likewise, or displaced with a displacement cue, else other (men,
                    others) or civilians (Ukrainians, Russians); civilians with a
                    displacement cue (and no casualty verb) in their clause are displaced
                    ("7,000 people were evacuated"); kilometres followed by "/h" are a speed.
``goods as aid``    goods named as aid ("157,000 tonnes of aid", "190 humanitarian convoys") or
                    donated ("EU donates 5 million potassium iodide tablets").
``predicate``       a figure without a noun takes the kind of what it is said to be: "25,200
                    were irretrievable losses", "36,200 were wounded", "millions forced to flee".
``noun before``     a figure without a noun takes the kind of the noun that heads the phrase
                    before it in its clause ("casualties at around 600,000", "American aid has
                    fallen by as much as 99 percent"), never of a modifier ("UAV Video Feeds
                    Plunge Over 90%" counts feeds: other).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, NamedTuple

from helpers.extract.claims.en.patterns import (
    ADVANCE_WORDS, AID_CUE, AID_GOODS, AID_NOT_GOODS, AID_REACH_VERBS, AID_SUPPLY_VERBS, AID_VERBS, AID_WORDS, ATTEMPT_UNITS, CAPTURE, CASUALTY_BARE,
    CASUALTY_PARTICIPLES, CASUALTY_PHRASES, CHANGE, CURRENCY_WORDS, DISPLACEMENT, EXCHANGE_RATE, FORCES_PREDICATE,
    GENERIC_PEOPLE, HEAD_NOUN_FOLLOWERS, KIND_NOUN, LAUNCH_WORDS, MUNITION_NOUNS, OF_AID, PREDICATE_LINKS, PUNCT,
    SPEND_VERBS, STOP, STRIKE_WORDS, STRONG_BREAK, STRUCK_PLACES, SUPPLY_FORMS, TERRITORY_PREDICATE,
)
from helpers.extract.claims.en.units import VERB_DECIDES, Unit, lemma_of, noun_kind, words_before

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from helpers.extract.claims.en.context import Context
    from helpers.extract.claims.en.numbers import Figure

#: How many words before a counted place a strike word may stand ("struck more than 11 locations").
_STRIKE_REACH = 4
_QUOTES = PUNCT + "“”‘’«»"
#: How many words may stand between the noun before a figure and the figure it names
#: ("casualties at around 600,000"; "inflation expected to reach 6.2%").
_NOUN_REACH = 8
#: Words that join two phrases: a figure right after one (and a determiner) counts a thing of its own.
_COORDINATORS = frozenset({"and", "or", "nor", "plus"})


class Figured(NamedTuple):
    """What a kind rule reads: the sentence, the figure, its unit, its clause and table column."""

    context: Context
    figure: Figure
    unit: Unit
    left: int  # the clause holding the figure: context.text[left:right]
    right: int
    column: str  # the header of the table column the figure stands in ("" outside tables)


def _clause_words(item: Figured) -> list[str]:
    """The clause's words, lower case, without the punctuation ``str.split`` leaves on them."""
    return [word.strip(_QUOTES) for word in item.context.low[item.left:item.right].split()]


def _casualty_verb(context: Context) -> bool:
    """Does the sentence hold a casualty verb ("killed", "lost", "‘Lost,")? (``Context.casualty_verb``)"""
    return context.casualty_verb()


def _casualty_in_clause(item: Figured) -> bool:
    """Does the figure's own clause hold a casualty verb or phrase ("died or went missing")?"""
    if not CASUALTY_BARE.isdisjoint(_clause_words(item)):
        return True
    clause = item.context.low[item.left:item.right]
    return any(phrase in clause for phrase in CASUALTY_PHRASES)


def _displaced_in_clause(item: Figured) -> bool:
    return DISPLACEMENT.search(item.context.low, item.left, item.right) is not None


def _by_verbs(item: Figured, named: str) -> str:
    """Soldiers ("troops"), men and others ("people") or Ukrainians and Russians ("nationals"):
    casualties with a casualty verb in the sentence, prisoners with a capture cue in the
    clause; then soldiers are forces, the others displaced with a displacement cue, else
    civilians (nationals) or other."""
    if _casualty_verb(item.context):
        return "casualties"
    if CAPTURE.search(item.context.low, item.left, item.right):
        return "prisoners"
    if named == "troops":
        return "forces"
    if _displaced_in_clause(item):
        return "displaced"
    return "civilians" if named == "nationals" else "other"


# --- the rules -----------------------------------------------------------------------------------


def money(item: Figured) -> str:
    unit = item.unit
    if not item.figure.currency and not (
            unit.words and unit.words[0].lower().strip(_QUOTES).split("-")[0] in CURRENCY_WORDS):  # "dollars-worth"
        return ""
    right = item.right
    if right < len(item.context.text):  # the clause may end at ", and" inside a list: read on to a strong break
        strong = STRONG_BREAK.search(item.context.text, item.figure.end)
        right = strong.start() if strong else len(item.context.text)
    return "aid" if AID_CUE.search(item.context.low, item.left, max(right, item.right)) else "money"


def table_column(item: Figured) -> str:
    if item.unit.words or not item.column:
        return ""
    kind = noun_kind(tuple(word.strip(_QUOTES + "*") for word in item.column.split()))
    return "casualties" if kind in VERB_DECIDES else kind  # a column of soldiers in a loss table


def places_struck(item: Figured) -> str:
    words = item.unit.words
    if not words or words[-1].lower().strip(_QUOTES) not in STRUCK_PLACES:
        return ""
    before = [word.lower().strip(_QUOTES) for word in words_before(item.context.text, item.figure.start)]
    return "attacks" if not STRIKE_WORDS.isdisjoint(before[-_STRIKE_REACH:]) else ""


def attempts(item: Figured) -> str:
    words = item.unit.words
    if not words or words[-1].lower().strip(_QUOTES) not in ATTEMPT_UNITS:
        return ""
    return "attacks" if not ADVANCE_WORDS.isdisjoint(_clause_words(item)) else ""


def share_of_place(item: Figured) -> str:
    unit = item.unit
    if not item.figure.pct or not unit.words:
        return ""
    start = unit.end - len(unit.text)
    for place_start, place_end, _, _ in item.context.place_mentions:
        if place_start == start and place_end == unit.end:
            return "territory"
    return ""


def counted_noun(item: Figured) -> str:
    if not item.unit.words:
        return ""
    kind = noun_kind(item.unit.words)
    if kind in VERB_DECIDES:
        return _by_verbs(item, kind)
    if kind == "civilians" and _displaced_in_clause(item) and CASUALTY_BARE.isdisjoint(_clause_words(item)):
        return "displaced"
    head = item.unit.words[-1].lower().strip(_QUOTES)
    if kind == "civilians" and head in GENERIC_PEOPLE and _casualty_in_clause(item):
        return "casualties"  # "2,185 people died or went missing": not said to be civilians
    if kind == "civilians" and head in GENERIC_PEOPLE:
        before = [word.lower().strip(_QUOTES) for word in words_before(item.context.text, item.figure.start)]
        if not AID_REACH_VERBS.isdisjoint(before[-_SUPPLY_REACH:]):
            return "aid"  # "programmes have reached nearly 1.5 million people": the people aid reached
    if kind == "attacks" and lemma_of(head) in MUNITION_NOUNS:
        words = _clause_words(item)
        if not SUPPLY_FORMS.isdisjoint(words) and LAUNCH_WORDS.isdisjoint(words):
            return "equipment"  # "75 percent of Patriot missiles ... arrived in Ukraine"
    if kind == "distance" and item.context.text.startswith("/", item.unit.end):
        return "other"  # "950 km/h": a speed
    return kind


def group_killed(item: Figured) -> str:
    words = item.unit.words
    if not words:
        return ""
    following = [word.strip(_QUOTES) for word in item.context.low[item.unit.end:item.right].split()[:8]]
    index = 0
    if following[:1] == ["and"] and len(following) > 1 and following[1] not in STOP:
        index = 2  # "200 writers and artists have been killed"
    while index < len(following) and following[index] in PREDICATE_LINKS:
        index += 1
    return "casualties" if index < len(following) and following[index] in CASUALTY_PARTICIPLES else ""


def goods_as_aid(item: Figured) -> str:
    unit = item.unit
    if not unit.words:
        return ""
    last = unit.words[-1].lower().strip(_QUOTES)
    if last in AID_NOT_GOODS:
        return ""  # "47 humanitarian workers"
    if last in AID_GOODS or " ".join(word.lower() for word in unit.words[-2:]) in AID_GOODS:
        return "aid"  # "410,000 emergency shelter kits", "4,000 blankets"
    if any(word.lower().strip(_QUOTES) in AID_WORDS for word in unit.words) or OF_AID.match(item.context.text, unit.end):
        return "aid"
    if not AID_VERBS.isdisjoint(_clause_words(item)):
        return "aid"
    before = [word.lower().strip(_QUOTES) for word in words_before(item.context.text, item.figure.start)]
    return "aid" if not AID_SUPPLY_VERBS.isdisjoint(before[-_SUPPLY_REACH:]) else ""


#: How many words before a figure a supply verb governs it from ("will provide over 5 million").
_SUPPLY_REACH = 3


def predicate(item: Figured) -> str:
    if item.unit.words:
        return ""
    context = item.context
    words = [word.strip(_QUOTES) for word in context.low[item.figure.end:item.right].split()[:8]]
    index = 0
    while index < len(words) and words[index] in PREDICATE_LINKS:
        index += 1
    if index == len(words):
        return ""
    phrase = " ".join(words[index:index + 5])
    if DISPLACEMENT.match(phrase):
        return "displaced"  # "millions forced to flee", "7,000 were evacuated", "from their homes"
    if item.figure.pct and TERRITORY_PREDICATE.match(phrase):
        return "territory"  # "That 20% occupied by Russia"
    if not item.figure.pct and FORCES_PREDICATE.match(phrase):
        return "forces"  # "700,000 have been sent to the front lines", "90 still at the front"
    if words[index] in STOP:
        return ""
    kind = noun_kind((words[index],)) if index else ""  # "were wounded", not "1.6 million Ukrainians"
    return _by_verbs(item, kind) if kind in VERB_DECIDES else kind


def sum_spent(item: Figured) -> str:
    if item.unit.words or item.figure.pct:
        return ""
    if EXCHANGE_RATE.match(item.context.text, item.figure.end):
        return "economy"  # "the ruble is forecast to average 84 to the US dollar"
    if item.figure.previous_word.lower() in SPEND_VERBS and max(high for _, high, _, _ in item.figure.values) >= 1e6:
        return "money"  # "spending billions buying weapons"
    return ""


def noun_before(item: Figured) -> str:
    if item.unit.words:
        return ""
    context = item.context
    found = context.last_match(KIND_NOUN, context.text, item.left, item.figure.start)
    aid = context.last_match(AID_CUE, context.low, found.end() if found else item.left, item.figure.start)
    if aid is not None and aid.group(0) != "humanitarian":
        found = aid  # "American aid has fallen by as much as 99 percent"
    between = context.low[found.end():item.figure.start].split() if found is not None else []
    if found is None or len(between) > _NOUN_REACH:
        return ""  # too far to be what the figure counts: "the Ukrainians possessed ... as many as 40"
    if between and (between[-1] in _COORDINATORS or between[-2:-1] and between[-2] in _COORDINATORS):
        return ""  # the figure opens a phrase of its own: "the glorious dead and the millions more"
    following = context.low[found.end():found.end() + 30].split()
    if following and context.text[found.end():found.end() + 1] == " ":
        word = following[0]
        bare = word.strip(_QUOTES)
        if bare == word and bare.isalpha() and bare not in STOP and bare not in CHANGE \
                and bare not in HEAD_NOUN_FOLLOWERS and not bare.endswith(("ed", "ing")):
            return ""  # a modifier of another noun: "UAV Video Feeds Plunge"
    if found is aid:
        return "aid"
    kind = noun_kind(tuple(found.group(0).split()))
    if kind == "troops" and not found.group(0).lower().endswith("s"):
        return ""  # "the average age of a Ukrainian soldier is around 45": one soldier counts nothing
    return _by_verbs(item, kind) if kind in VERB_DECIDES else kind


class KindRule(NamedTuple):
    name: str
    decide: Callable[[Figured], str]


#: The kind rules, in the order they are tried (see the module docstring).
KIND_RULES: tuple[KindRule, ...] = (
    KindRule("money", money),
    KindRule("table column", table_column),
    KindRule("places struck", places_struck),
    KindRule("attempts", attempts),
    KindRule("share of a place", share_of_place),
    KindRule("counted noun", counted_noun),
    KindRule("group killed", group_killed),
    KindRule("goods as aid", goods_as_aid),
    KindRule("predicate", predicate),
    KindRule("sum spent", sum_spent),
    KindRule("noun before", noun_before),
)


def kind_of(context: Context, figure: Figure, unit: Unit, left: int, right: int, column: str = "") -> str:
    """The claim kind of a figure: the answer of the first rule of ``KIND_RULES`` that has one."""
    item = Figured(context, figure, unit, left, right, column)
    for rule in KIND_RULES:
        kind = rule.decide(item)
        if kind:
            return kind
    return "other"
