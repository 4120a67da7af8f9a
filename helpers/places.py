"""Places: settlements named in articles (stub until the places issue lands)."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from helpers.articles import Article

PLACE_COLUMNS = [
    "place_id", "article_id", "surface", "start", "end", "sentence_id", "name", "kind", "oblast",
    "lat", "lon", "geonameid", "confidence", "resolved_by", "candidates",
]


def extract_places(article: Article) -> list:
    return []


def places_table(articles: Iterable[Article]) -> pd.DataFrame:
    return pd.DataFrame(columns=PLACE_COLUMNS)
