"""The shared document: one article, its sentences, and the spans the extractors have found.

Following spaCy's ``Doc``, every extractor reads what earlier ones found and adds its own,
so that no extractor finds the same thing twice: the timeline's dates and the places are
found once and read by the claims extractor; the attribution's statements are read by the
sentence voices and by the claims.  ``doc.spans[name]`` holds the rows of the extractor
registered under ``name`` (``helpers.extract.PIPELINE``), in order of appearance; asking
for a name not yet found runs its extractor (``Doc.get``), so an extractor can be called
on its own in a test or a script.

A ``Doc`` lives as long as one article is being read; nothing is cached on the ``Article``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from helpers.load import Article
from helpers.text import Sentence, sentences

#: Language read when an article states none and none could be detected.
DEFAULT_LANGUAGE = "en"


@dataclass
class Doc:
    """An article, its sentences, and the spans found so far (``spans[name] -> rows``)."""

    article: Article
    sentences: list[Sentence]
    spans: dict[str, list] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)  # e.g. the gazetteer places are resolved with

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def article_id(self) -> str:
        return self.article.article_id

    @property
    def language(self) -> str:
        """The article's language (its tag, metadata or detection), else ``DEFAULT_LANGUAGE``."""
        return self.article.language or DEFAULT_LANGUAGE

    @property
    def published(self) -> date | None:
        return self.article.published

    def get(self, name: str) -> list:
        """The rows found under ``name``, running the registered extractor first if need be."""
        found = self.spans.get(name)
        if found is None:
            from helpers.extract import run_one

            found = run_one(self, name)
        return found


def make_doc(article: Article, **options: Any) -> Doc:
    """A Doc of an article: its sentences split once, no spans found yet."""
    return Doc(article, sentences(article.text, article.blocks, article.language, article_id=article.article_id),
               options=options)


def as_doc(item: Doc | Article) -> Doc:
    """The Doc itself, or a new Doc of an Article (so extractors accept either)."""
    return item if isinstance(item, Doc) else make_doc(item)


Extractor = Callable[[Doc], list]
