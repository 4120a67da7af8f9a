"""Frontline Claims Workbook helpers: load war-reporting articles into tidy tables.

Read top-down: ``articles`` (loading) -> ``claims``, ``sources``, ``timeline``, ``places``
(extraction, one pure function of one article each) -> ``corpus`` (joins them into pandas
tables) -> ``charts`` (figures only).

The names below are imported on first use, so that ``python -m helpers`` can start its
worker processes before pandas is imported.
"""

from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "Article": "helpers.articles",
    "LoadError": "helpers.articles",
    "load_file": "helpers.articles",
    "Corpus": "helpers.corpus",
    "load_corpus": "helpers.corpus",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'helpers' has no attribute {name!r}")
