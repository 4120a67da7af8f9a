"""Filters: a corpus narrowed to one speaker, one kind of figure, a span of dates, a place or
some articles, as a ``Corpus`` whose every table agrees with the others.

``select(corpus, speaker=..., kind=..., since=..., until=..., place=..., article=...)`` keeps
what every given filter keeps (filters combine with AND; a filter given several values keeps
what any of them keeps).  A filter left at ``None`` or ``""`` (or an empty list) does not
narrow anything, so a notebook's empty ``article_id`` parameter means "the whole corpus".

Two filters choose rows; the others choose articles only:

- ``speaker``: the statements (``attributions``) and figure claims (``claims``) whose canonical
  ``speaker`` is that name (case ignored), and the articles that hold at least one of them;
- ``kind``: the figure claims of that ``kind`` (``casualties``, ``attacks`` ...), and the
  articles that hold at least one of them;
- ``since``, ``until``: the articles published on or after ``since`` and on or before
  ``until`` (whole days, both ends included; an undated article is left out);
- ``place``: the articles with a place mention whose gazetteer ``name`` or ``surface`` is that
  place (case ignored: "Pokrovsk", "Donetsk Oblast");
- ``article``: those ``article_id`` (an unknown id is an error, not an empty corpus).

Then every table keeps only the kept articles' rows: ``articles``, ``blocks``,
``paragraphs``, ``photos``, ``sentences``, ``events``, ``places`` whole, ``attributions``
and ``claims`` as narrowed above.  ``speakers`` is rebuilt from the kept statements and
claims (its counts and dates are those of the narrowed corpus); each event's ``claims`` list
keeps only kept claims.  The load report keeps the rows of the kept articles' files, and
``files_seen`` counts those files.  So ``select(corpus, speaker="Jane Example", kind="casualties")``
is Jane Example's casualty figures, her statements in the articles that hold them, and those
articles' sentences, dates and places.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

import pandas as pd

from helpers.corpus import Corpus, ExportedDocuments
from helpers.extract.claims.records import KINDS
from helpers.tables import speakers_table

#: What a filter takes: one value or several (any of them).
Values = str | Iterable[str] | None
#: What ``since`` and ``until`` take: a date, a timestamp or an ISO date string ("2025-01-03").
When = str | date | datetime | pd.Timestamp | None

#: Tables narrowed to the kept articles (every row of those articles stays).
ARTICLE_TABLES = ("articles", "blocks", "paragraphs", "photos", "sentences", "events", "places")


def select(
    corpus: Corpus,
    *,
    speaker: Values = None,
    kind: Values = None,
    since: When = None,
    until: When = None,
    place: Values = None,
    article: Values = None,
) -> Corpus:
    """The corpus narrowed by the given filters (see the module docstring for what each keeps).

    With no filter given, ``corpus`` itself is returned.  The result is an ordinary
    ``Corpus``: its tables, its ``documents`` (the kept articles' records, for showing text)
    and ``select`` again, to narrow further.
    """
    speakers, kinds, places, ids = _values(speaker), _values(kind), _values(place), _values(article)
    first, last = _day(since, "since"), _day(until, "until")
    if not (speakers or kinds or places or ids or first is not None or last is not None):
        return corpus
    unknown_kinds = sorted(set(kinds) - set(KINDS))
    if unknown_kinds:
        raise ValueError(f"unknown claim kind {', '.join(map(repr, unknown_kinds))}; the kinds are {', '.join(KINDS)}")
    articles = corpus.articles
    keep = pd.Series(True, index=articles.index)
    if ids:
        missing = sorted(set(ids) - set(articles["article_id"]))
        if missing:
            raise ValueError(f"no article with id {', '.join(map(repr, missing))} in the corpus "
                             f"({len(articles):,} articles)")
        keep &= articles["article_id"].isin(ids)
    if first is not None or last is not None:
        published = articles["published"]
        keep &= published.notna()
        if first is not None:
            keep &= published >= first
        if last is not None:
            keep &= published < last + pd.Timedelta(days=1)
    attributions, claims = corpus.attributions, corpus.claims
    if speakers:
        attributions = attributions[_folded(attributions["speaker"]).isin(_folded(pd.Series(speakers)))]
        claims = claims[_folded(claims["speaker"]).isin(_folded(pd.Series(speakers)))]
    if kinds:
        claims = claims[claims["kind"].isin(kinds)]
    if places:
        mentions = corpus.places
        wanted = set(_folded(pd.Series(places)))
        named = _folded(mentions["name"]).isin(wanted) | _folded(mentions["surface"]).isin(wanted)
        keep &= articles["article_id"].isin(mentions.loc[named, "article_id"])
    if speakers:
        holding = set(attributions["article_id"]) | set(claims["article_id"])
        keep &= articles["article_id"].isin(holding)
    if kinds:
        keep &= articles["article_id"].isin(claims["article_id"])
    kept_ids = set(articles.loc[keep, "article_id"])
    return _narrowed(corpus, kept_ids, attributions, claims, claims_narrowed=bool(speakers or kinds))


def _values(value: Values) -> list[str]:
    """One value or several as a list; ``None``, "" and an empty list mean no filter."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    return [item for item in value if isinstance(item, str) and item.strip()]


def _day(value: When, name: str) -> pd.Timestamp | None:
    """A day (midnight) from a date, a timestamp or an ISO string; ``None``/"" for no bound."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        day = pd.Timestamp(value)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{name}={value!r} is not a date (use a date or 'YYYY-MM-DD')") from error
    if day.tzinfo is not None:
        day = day.tz_localize(None)
    return day.normalize()


def _folded(names: pd.Series) -> pd.Series:
    """Names compared without case or surrounding spaces ("jane example" finds "Jane Example")."""
    return names.fillna("").astype(str).str.strip().str.casefold()


def _narrowed(
    corpus: Corpus, kept_ids: set[str], attributions: pd.DataFrame, claims: pd.DataFrame, *, claims_narrowed: bool,
) -> Corpus:
    """A Corpus of the kept articles' rows, with ``attributions`` and ``claims`` as narrowed."""
    tables = {name: _rows_of(getattr(corpus, name), kept_ids) for name in ARTICLE_TABLES}
    tables["attributions"] = _rows_of(attributions, kept_ids)
    tables["claims"] = _rows_of(claims, kept_ids)
    if claims_narrowed:
        kept_claims = set(tables["claims"]["claim_id"])
        events = tables["events"]
        tables["events"] = events.assign(claims=[[claim for claim in ids if claim in kept_claims]
                                                 for ids in events["claims"]])
    tables["speakers"] = speakers_table(tables["attributions"], tables["articles"], tables["claims"])
    paths = set(tables["articles"]["path"])
    report = corpus.load_report
    tables["load_report"] = report[report["path"].isin(paths)].reset_index(drop=True)
    if isinstance(corpus.documents, ExportedDocuments):  # an export: read nothing until asked
        documents = corpus.documents.subset(kept_ids)
    else:
        documents = [document for document in corpus.documents if document.article_id in kept_ids]
    problems = [(error, severity) for error, severity in corpus.problems if error.path in paths]
    return Corpus(documents=documents, problems=problems, files_seen=len(paths), final_frames=tables)


def _rows_of(frame: pd.DataFrame, kept_ids: set[str]) -> pd.DataFrame:
    return frame[frame["article_id"].isin(kept_ids)].reset_index(drop=True)
