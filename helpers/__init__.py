"""Frontline Claims Workbook helpers: load war-reporting articles into tidy tables.

Read top-down: ``articles`` (loading) -> ``claims``, ``sources``, ``timeline``, ``places``
(extraction, one pure function of one article each) -> ``corpus`` (joins them into pandas
tables) -> ``charts`` (figures only).
"""

from helpers.articles import Article, LoadError, load_file
from helpers.corpus import Corpus, load_corpus

__all__ = ["Article", "Corpus", "LoadError", "load_corpus", "load_file"]
