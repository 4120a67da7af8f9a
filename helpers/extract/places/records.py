"""The places extractor's records: ``PlaceMention`` (a row of the places table), ``Mention``
(a name being resolved), and the confidence each resolution rule gives.

Confidences are named here, one meaning each, so that code, tables and notebooks read the
same numbers (``helpers.views`` shows them; the notebooks quote them from here).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from helpers.extract.places.gazetteer import GazetteerEntry
    from helpers.text import Sentence

PLACE_COLUMNS = [
    "place_id", "article_id", "surface", "start", "end", "sentence_id", "name", "name_en", "kind", "oblast",
    "lat", "lon", "geonameid", "confidence", "resolved_by", "candidates", "gazetteer",
]

#: Sentence parts searched for places (headings of scraped pages are mostly navigation).
PLACE_PARTS = frozenset({"title", "standfirst", "caption", "body"})


# --- confidence of each resolution rule (see the package docstring) ---------------------------

#: An oblast's own name ("Donetsk Oblast"): a row of ``ua_oblasts.csv``.
OBLAST_NAME = 1.0
#: "Sontsivka, Donetsk Oblast": the one entry of the name in the oblast written beside it.
OBLAST_NAMED_AFTER_IT = 0.95
#: The one gazetteer entry of the name, not contradicted by the places around it.
UNIQUE_NAME = 0.9
#: The one entry in an oblast the article names, near the other places named.
OBLAST_IN_ARTICLE_NEAR = 0.85
#: A city of 20,000+ people, ten times any namesake.
LARGEST_NAMESAKE = 0.8
#: The one entry within reach of Y in "X (northwest of Y)".
NEAR_NAMED_REFERENCE = 0.8
#: The one entry in an oblast the article names, with no other place near it to confirm.
OBLAST_IN_ARTICLE = 0.75
#: The one entry within 60 km (20 km for a common name) of the other places named.
NEAREST_TO_OTHERS = 0.7
#: Taken from another mention of the same name in the article: that mention's confidence, less this.
SAME_NAME_DISCOUNT = 0.05
#: Left unresolved (ambiguous, far from the others, or not in the gazetteer): no point.
UNRESOLVED = 0.0
#: Below this, a placed mention was chosen among namesakes by context: worth a second look.
REVIEW_BELOW = OBLAST_IN_ARTICLE_NEAR



@dataclass(slots=True)
class Mention:
    """A place name found in a sentence, before and after resolution."""

    start: int  # the name
    end: int
    surface_end: int  # the name and its own keyword ("Pokrovsk front")
    key: str
    kind: str  # settlement / oblast / front / direction / raion
    sentence: "Sentence"
    keyword_plural: bool = False
    admin1: str | None = None  # for oblast mentions
    known: bool = True  # the gazetteer has the name
    cue: bool = False  # "the village of ..."
    oblast_only: bool = False  # an oblast's name that is no settlement's ("Donetska")
    local_admin1: str | None = None  # "X, Donetsk Oblast"
    candidates: list[GazetteerEntry] = ()  # type: ignore[assignment]
    alt_only: bool = False  # found by an alternate name only
    far: bool = False  # its unique entry disagrees with the places around it
    relative: "Mention | None" = None  # "X (northwest of Y)": the Y
    chosen: GazetteerEntry | None = None
    rule: str = ""
    resolved_by: str = ""
    confidence: float = 0.0
    oblast: str = ""
    candidate_text: str = ""
    name: str = ""  # the place's name in the article's language ("Зразкове"); "" for English


class PlaceMention(NamedTuple):
    """One row of the places table: ``article.text[start:end] == surface``."""

    place_id: str
    article_id: str
    surface: str
    start: int
    end: int
    sentence_id: int
    name: str  # as the article's language writes it, in the nominative ("Pokrovsk", "Покровськ")
    name_en: str  # GeoNames' Latin name (the same as ``name`` for English rows)
    kind: str  # settlement / oblast / front / direction / raion
    oblast: str
    lat: float | None
    lon: float | None
    geonameid: int | None
    confidence: float
    resolved_by: str
    candidates: str
    gazetteer: str
