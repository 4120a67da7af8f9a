"""The claims extractor's records and the names of its columns and kinds."""

from __future__ import annotations

from typing import NamedTuple

CLAIM_COLUMNS = [
    "claim_id", "article_id", "part", "paragraph", "sentence_id", "sentence", "start", "end",
    "sentence_start", "sentence_end", "surface", "value_low", "value_high", "approx", "unit",
    "kind", "period", "window", "scope", "hedged", "hedge_cue", "in_headline", "attribution_id",
]
SENTENCE_CLAIM_COLUMNS = ["article_id", "sentence_id", "is_claim", "claim_kind", "rule"]
_SENTENCE_ID = CLAIM_COLUMNS.index("sentence_id")
HEADLINE_CHECK_COLUMNS = [
    "article_id", "claim_id", "part", "surface", "value_low", "value_high", "unit", "kind", "period",
    "body_claim_id", "body_surface", "body_value_low", "body_value_high", "body_unit", "verdict",
]

#: Parts of an article whose sentences can hold figure claims.
CLAIM_PARTS = frozenset({"title", "standfirst", "caption", "body"})
#: Claim kinds, in the order charts and tables list them (the rules that give them:
#: ``helpers.extract.claims.en.kinds``):
#:
#: * ``casualties``: people killed, wounded, missing or lost ("300 to 400 Russian soldiers"
#:   eliminated, "irretrievable losses", "20 KIA");
#: * ``attacks``: attacks, assaults, advance attempts, drones and missiles launched, places
#:   struck ("38 Russian attacks", "tried to advance 35 times", "struck 11 locations");
#: * ``equipment``: weapons and vehicles ("up to 30 mortar systems");
#: * ``destruction``: buildings and infrastructure ("75% of the residential buildings");
#: * ``territory``: land, settlements and shares of a country ("300 square kilometers",
#:   "19 percent of Ukraine");
#: * ``civilians``: civilians counted otherwise ("4 civilians" killed, "20,000 families");
#: * ``displaced``: refugees, evacuees, people who fled ("5.9 million refugees");
#: * ``prisoners``: prisoners of war and captured soldiers ("314 prisoners of war");
#: * ``forces``: soldiers counted as a force, not as losses ("100,000 troops aimed at Sloviansk");
#: * ``aid``: money or goods given as aid ("€75 million in humanitarian funding");
#: * ``money``: any other sum of money ("a $20 billion loan");
#: * ``economy``: economic indicators ("inflation had hovered near 6%", "2% of Moldova's GDP");
#: * ``distance``: lengths and ranges ("1,230 kilometers from the international border");
#: * ``other``: anything else (countries, companies, shares of things not listed).
KINDS = ("casualties", "attacks", "equipment", "destruction", "territory", "civilians", "displaced", "prisoners",
         "forces", "aid", "money", "economy", "distance", "other")
#: Verdicts of ``headline_check``, strongest support first.
VERDICTS = ("supported", "top of range", "bottom of range", "within range", "rounded up", "rounded down",
            "differs", "unsupported")


class Claim(NamedTuple):
    """One figure an article asserts; ``article.text[start:end] == surface``."""

    claim_id: str
    article_id: str
    part: str
    paragraph: int | None
    sentence_id: int
    sentence: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    surface: str
    value_low: float
    value_high: float
    approx: str
    unit: str
    kind: str
    period: str
    window: str
    scope: str
    hedged: bool
    hedge_cue: str
    in_headline: bool
    attribution_id: str = ""  # the statement whose content holds the figure ("" = the author's)


class SentenceClaim(NamedTuple):
    """Whether a sentence states a claim, of which kind, and the rule (cue) that decided."""

    article_id: str
    sentence_id: int
    is_claim: bool
    claim_kind: str
    rule: str
