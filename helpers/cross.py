"""The tables that run across articles: which reports share their text, which figures are the
same quantity, and how each figure compares with the official series.

Three tables, each made by its own module from the per-article tables:

* ``article_links`` (``helpers.links``): reports that share their text (``duplicate``,
  ``contains``, ``shares_passages``), from the body paragraphs of ``blocks`` and the
  articles' addresses;
* ``claim_groups`` (``helpers.groups``): the same quantity across articles, with each claim's
  relation to the first report, the independent sources behind it and what it echoes; it
  reads ``article_links`` to fold copies into one source;
* ``reference_check`` (``helpers.reference``): each claim of a measure the reference series
  hold (personnel, tanks ...) beside the official figure for its days.

``cross_tables`` makes the three from tables in memory (a loaded or narrowed ``Corpus``);
``export_cross_tables`` makes them from an export folder, reading the body paragraphs one
Parquet file at a time (a fingerprint is kept per article, not its text), and the export
writes each as one Parquet file beside the rest.
"""

from __future__ import annotations

import pickle
from functools import partial
from pathlib import Path
from typing import Mapping

import pandas as pd

from helpers.groups import GROUP_INPUTS, claim_groups, claim_groups_by_part
from helpers.load import LoadError
from helpers.links import LINK_COLUMNS, article_links, article_pages, fingerprints, links_of_parts
from helpers.reference import REFERENCE_INPUTS, ReferenceLoad, load_reference, reference_check

#: The cross-article tables, in the order they are made (each may read the one before).
CROSS_TABLES = ("article_links", "claim_groups", "reference_check")

def reference_problems(reference: ReferenceLoad) -> list[tuple[LoadError, str]]:
    """The reference rows refused (file, line, reason), as load-report errors: a series file
    is input like an article file, and nothing it holds is dropped without a row."""
    return [(LoadError(problem.path, problem.line, f"reference series: {problem.reason}"), "error")
            for problem in reference.problems]


def cross_tables(tables: Mapping[str, pd.DataFrame], reference: ReferenceLoad | None = None) -> dict[str, pd.DataFrame]:
    """``article_links``, ``claim_groups`` and ``reference_check`` of the corpus whose tables
    (``blocks``, ``articles``, ``claims``, ``events``, ``attributions``) are given.
    ``reference``: the series to compare with (``load_reference()`` when not given)."""
    links = article_links(tables["blocks"], tables["articles"])
    return _from_links(links, tables["claims"], tables["events"], tables["articles"], tables["attributions"],
                       reference)


def _from_links(links: pd.DataFrame, claims: pd.DataFrame, events: pd.DataFrame, articles: pd.DataFrame,
                attributions: pd.DataFrame, reference: ReferenceLoad | None) -> dict[str, pd.DataFrame]:
    reference = load_reference() if reference is None else reference
    return {
        "article_links": links,
        "claim_groups": claim_groups(claims, events, articles, attributions, links),
        "reference_check": reference_check(claims, events, articles, reference),
    }


def export_cross_tables(folder: Path, reference: ReferenceLoad | None = None, *,
                        workers: int = 1) -> dict[str, pd.DataFrame]:
    """The three tables of the export in ``folder``, read back from its Parquet files.

    The body paragraphs are fingerprinted one Parquet file (one month's part) at a time, so
    no more than one part's text is in memory; an article lies in one month, so a part holds
    whole articles, as ``links.fingerprints`` needs.  With ``workers`` > 1 the parts are
    fingerprinted in that many processes (the pool is gone before the links are made, so its
    memory is not added to theirs); the rows are the same either way.
    """
    import tempfile

    from helpers.engines.dataset import read_table, table_files

    reference = load_reference() if reference is None else reference
    articles = read_table(folder, "articles")
    languages = _languages(articles)
    paths = [str(path) for path in table_files(folder, "blocks")]
    with tempfile.TemporaryDirectory(prefix="fingerprints-") as spill:
        spills = [str(Path(spill) / f"part{number:05d}.pickle") for number in range(len(paths))]
        if workers > 1 and len(paths) > 1:
            from concurrent.futures import ProcessPoolExecutor

            from helpers.engines.local import worker_context

            with ProcessPoolExecutor(min(workers, len(paths)), mp_context=worker_context()) as pool:
                counts = list(pool.map(spill_part_fingerprints, paths, spills, [languages] * len(paths)))
        else:
            counts = [spill_part_fingerprints(path, spilled, languages) for path, spilled in zip(paths, spills)]
        parts = [partial(_read_spill, spilled) for spilled, count in zip(spills, counts) if count]
        tables = _links_and_groups(folder, articles, parts)
    tables["reference_check"] = _reference_check_of(folder, reference, articles)
    return tables


def _languages(articles: pd.DataFrame) -> dict[str, str]:
    """Article id -> language, for the articles not in English (the fingerprints' default)."""
    if "language" not in articles.columns:
        return {}
    return {article_id: language for article_id, language in zip(articles["article_id"], articles["language"])
            if isinstance(language, str) and language != "en"}


def part_fingerprints(path: str, languages: dict[str, str]) -> list:
    """The fingerprints of the articles of one Parquet part of ``blocks`` (body paragraphs only)."""
    part = pd.read_parquet(path, columns=["article_id", "kind", "paragraph", "start", "text"],
                           filters=[("kind", "==", "paragraph")])
    return fingerprints(part, languages=languages)


def spill_part_fingerprints(path: str, spill: str, languages: dict[str, str]) -> int:
    """``part_fingerprints`` of one part, pickled to the file ``spill``; returns how many
    articles it holds.  The corpus-wide step reads each part back twice
    (``links.links_of_parts``) instead of holding every article's fingerprint at once."""
    prints = part_fingerprints(path, languages)
    with open(spill, "wb") as file:
        pickle.dump(prints, file, protocol=pickle.HIGHEST_PROTOCOL)
    return len(prints)


def _read_spill(spill: str) -> list:
    with open(spill, "rb") as file:
        return pickle.load(file)


def _links_and_groups(folder: Path, articles: pd.DataFrame, parts: list) -> dict[str, pd.DataFrame]:
    """``article_links`` from the fingerprints of the parts (functions that read one part's
    back, ``links.links_of_parts``), then ``claim_groups``, which reads them."""
    from helpers.engines.dataset import read_table

    links = links_of_parts(parts, article_pages(articles)) if parts else pd.DataFrame(columns=LINK_COLUMNS)
    attributions = read_table(folder, "attributions", columns=GROUP_INPUTS["attributions"])
    groups = claim_groups_by_part(claims_by_kind(folder), articles, attributions, links)
    return {"article_links": links, "claim_groups": groups}


def claims_by_kind(folder: Path):
    """The export's claims one kind at a time, each with the events that list them: the parts
    ``groups.claim_groups_by_part`` takes (a group never mixes kinds), read from Parquet with
    only the columns grouping uses (``GROUP_INPUTS``).  Claims without a kind are never grouped."""
    from helpers.engines.dataset import read_table
    from helpers.frames import plain
    from helpers.groups import _as_list

    ids = read_table(folder, "claims", columns=["claim_id", "kind"])
    kind_of = dict(zip(plain(ids["claim_id"]), plain(ids["kind"])))
    del ids
    kinds = sorted({kind for kind in kind_of.values() if isinstance(kind, str) and kind})
    events = read_table(folder, "events", columns=GROUP_INPUTS["events"])
    rows_of: dict[str, list[int]] = {kind: [] for kind in kinds}
    for row, listed in enumerate(events["claims"]):
        for kind in {kind_of.get(claim_id) for claim_id in _as_list(listed)}:
            if kind in rows_of:
                rows_of[kind].append(row)
    del kind_of
    for kind in kinds:
        claims = read_table(folder, "claims", columns=GROUP_INPUTS["claims"], filters=[("kind", "==", kind)])
        yield claims, events.iloc[rows_of.pop(kind)]


def _reference_check_of(folder: str | Path, reference: ReferenceLoad, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """``reference_check`` of the export's claims (read here, so that it can run in a worker)."""
    from helpers.engines.dataset import read_table

    articles = read_table(Path(folder), "articles") if articles is None else articles
    claims, events = (read_table(Path(folder), name, columns=REFERENCE_INPUTS[name]) for name in ("claims", "events"))
    return reference_check(claims, events, articles, reference)
