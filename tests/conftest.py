"""Shared fixtures: the user's seed article and a helper to write fictional articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.doc import make_doc
from helpers.load import Article, load_file
from helpers.text import Sentence

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_FILE = SEEDS / "000_45a4a854ecae5629.txt"


@pytest.fixture(scope="session")
def seed() -> Article:
    """The seed article of 3 January 2025 (Pokrovsk), loaded once per test session."""
    return load_file(SEED_FILE, root=SEEDS)[0]


def doc_sentences(article: Article) -> list[Sentence]:
    """The sentences every extractor reads (those of the article's ``Doc``)."""
    return make_doc(article).sentences


def seed_layout(body: str, *, title: str = "Sampleville holds", date: str = "2025-03-14",
                byline: str = "Jane Example") -> str:
    """A fictional article in the seed's saved-page layout, around the given body paragraphs."""
    return (
        f" date {date} Eng\n{title}\n\nStandfirst about Sampleville.\nby{byline}\n"
        f"{date[8:10]}/{date[5:7]}/{date[:4]}\n2 minute read\n{body}\n"
    )
