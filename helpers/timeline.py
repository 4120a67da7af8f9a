"""Timeline: dates found in articles (stub until the timeline issue lands)."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from helpers.articles import Article

EVENT_COLUMNS = [
    "event_id", "article_id", "surface", "start", "end", "date_start", "date_end", "precision",
    "resolution", "sentence_id", "sentence", "sentence_start", "sentence_end",
]


def extract_events(article: Article) -> list:
    return []


def events_table(articles: Iterable[Article]) -> pd.DataFrame:
    return pd.DataFrame(columns=EVENT_COLUMNS)
