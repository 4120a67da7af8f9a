"""Claims: numeric figures an article asserts (stub until the claims issue lands)."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from helpers.articles import Article

CLAIM_COLUMNS = [
    "claim_id", "article_id", "part", "paragraph", "sentence_id", "sentence", "start", "end",
    "sentence_start", "sentence_end", "surface", "value_low", "value_high", "approx", "unit",
    "kind", "period", "window", "scope", "hedged", "hedge_cue", "in_headline",
]


def extract_claims(article: Article) -> list:
    return []


def claims_table(articles: Iterable[Article]) -> pd.DataFrame:
    return pd.DataFrame(columns=CLAIM_COLUMNS)
