"""Frontline Claims Workbook helpers: load war-reporting articles into tidy tables.

Read top-down: ``load`` (files to ``Article`` records) -> ``doc`` (one article and the
spans found in it) -> ``extract`` (``timeline``, ``places``, ``attribution``, ``claims``: pure
functions of one Doc, run in a fixed order) -> ``tables`` (rows to DataFrames, corpus-wide
joins) -> ``corpus`` (``load_corpus``, ``Corpus``) -> ``select`` (a corpus narrowed by speaker,
kind, dates, place or article) -> ``views`` (labels, highlights, summaries, the attribution
graph, ``charts``: figures only, ``explore``: the filters as controls).  ``export`` writes the
tables to disk through an engine (``engines``: this machine's processes or a Dask cluster);
``query`` runs SQL over them.

The names below are imported on first use, so that ``python -m helpers`` can start its
worker processes before pandas is imported.
"""

from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "Article": "helpers.load",
    "LoadError": "helpers.load",
    "load_file": "helpers.load",
    "Doc": "helpers.doc",
    "make_doc": "helpers.doc",
    "Corpus": "helpers.corpus",
    "load_corpus": "helpers.corpus",
    "open_corpus": "helpers.corpus",
    "headline_check": "helpers.views.summaries",
    "query": "helpers.query",
    "select": "helpers.filters",
    "explore": "helpers.views.explore",
    "article_label": "helpers.views.labels",
    "article_labels": "helpers.views.labels",
}
#: Modules reachable as attributes (``from helpers import charts``).
_MODULES = {"charts": "helpers.views.charts", "views": "helpers.views"}

__all__ = sorted([*_EXPORTS, *_MODULES])


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    if name in _MODULES:
        return import_module(_MODULES[name])
    raise AttributeError(f"module 'helpers' has no attribute {name!r}")
