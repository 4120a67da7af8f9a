"""Source attribution: who says what (stub until the sources issue lands)."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from helpers.articles import Article

ATTRIBUTION_COLUMNS = [
    "attribution_id", "article_id", "speaker", "speaker_text", "role", "organisation", "cue", "mode",
    "via", "speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end",
    "sentence_ids",
]


def extract_attributions(article: Article) -> list:
    return []


def attributions_table(articles: Iterable[Article]) -> pd.DataFrame:
    return pd.DataFrame(columns=ATTRIBUTION_COLUMNS)
