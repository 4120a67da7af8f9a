"""Every chart the notebooks draw, as PNG files: what ``python -m helpers charts`` writes.

``CHARTS`` lists each chart in notebook order with the same call the notebook makes, so a
file here is the picture the notebook shows for the same corpus: the corpus views first, then
the views of one article (the chosen one, else the first, as the notebooks' last sections).
``write_charts`` draws them into a folder as ``01_articles_over_time.png`` ... (notebook
number, then the chart function's name), at the notebooks' 100 dots per inch.  Reading an
export (``load_corpus`` of the export folder) draws them without extracting anything again.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Callable, NamedTuple

from helpers.views.charts.base import Figure
from helpers.views.charts.claims import claims_over_time, figures_by_kind, headline_ratio, hedged_vs_firm
from helpers.views.charts.cross import claims_beside_reference, echo_chart, sources_per_group
from helpers.views.charts.corpus import articles_by_source, articles_over_time, words_histogram
from helpers.views.charts.places import mentions_by_oblast, places_map
from helpers.views.charts.sources import attribution_chain, speakers_over_time, statements_per_speaker, voice_share
from helpers.views.charts.timeline import article_dates, dates_reported, lag_chart
from helpers.views.cross import echo_graph, group_overview
from helpers.views.graph import attribution_graph
from helpers.views.labels import article_labels
from helpers.views.summaries import headline_check, hedged_counts, lag_table, outline_points, place_summary

if TYPE_CHECKING:
    from helpers.corpus import Corpus

#: The dots per inch of every file, as the notebooks show a figure (``Figure._repr_png_``).
DPI = 100


class Chart(NamedTuple):
    """One chart of one notebook: its file stem and how to draw it from a corpus and an article id
    (the id is "" when the corpus has no article; only the one-article charts read it)."""

    name: str
    draw: Callable[["Corpus", str], Figure]
    one_article: bool = False


def _articles_over_time(corpus, _):
    return articles_over_time(corpus.articles)


def _articles_by_source(corpus, _):
    return articles_by_source(corpus.articles)


def _words_histogram(corpus, _):
    return words_histogram(corpus.articles)


def _claims_over_time(corpus, _):
    return claims_over_time(corpus.claims, corpus.articles)


def _headline_ratio(corpus, _):
    return headline_ratio(headline_check(corpus.claims))


def _hedged_vs_firm(corpus, _):
    return hedged_vs_firm(hedged_counts(corpus.claims))


def _figures_by_kind(corpus, article_id):
    claims = corpus.claims
    return figures_by_kind(claims[claims["article_id"] == article_id], title=_label(corpus, article_id))


def _statements_per_speaker(corpus, _):
    return statements_per_speaker(corpus.speakers)


def _speakers_over_time(corpus, _):
    return speakers_over_time(corpus.attributions, corpus.articles)


def _voice_share(corpus, _):
    return voice_share(corpus.sentences, corpus.articles)


def _attribution_chain(corpus, article_id):
    chain = attribution_graph(corpus.attributions, corpus.articles, corpus.claims, article_id=article_id)
    return attribution_chain(chain, title=_label(corpus, article_id))


def _dates_reported(corpus, _):
    return dates_reported(corpus.events, corpus.articles)


def _lag_chart(corpus, _):
    return lag_chart(lag_table(corpus.events))


def _article_dates(corpus, article_id):
    events = corpus.events
    return article_dates(events[events["article_id"] == article_id], title=_label(corpus, article_id))


def _places_map(corpus, _):
    return places_map(place_summary(corpus.places), outline_points())


def _mentions_by_oblast(corpus, _):
    return mentions_by_oblast(corpus.places)


def _sources_per_group(corpus, _):
    return sources_per_group(group_overview(corpus.claim_groups, corpus.claims, corpus.articles))


def _echo_chart(corpus, _):
    return echo_chart(echo_graph(corpus.claim_groups, corpus.article_links), corpus.articles)


def _claims_beside_reference(corpus, _):
    return claims_beside_reference(corpus.reference_check, corpus.reference.table)


def _label(corpus, article_id: str) -> str:
    return article_labels(corpus.articles)[article_id]


#: Every chart, in the order the notebooks draw them.
CHARTS: tuple[Chart, ...] = (
    Chart("01_articles_over_time", _articles_over_time),
    Chart("01_articles_by_source", _articles_by_source),
    Chart("01_words_histogram", _words_histogram),
    Chart("02_claims_over_time", _claims_over_time),
    Chart("02_headline_ratio", _headline_ratio),
    Chart("02_hedged_vs_firm", _hedged_vs_firm),
    Chart("02_figures_by_kind", _figures_by_kind, one_article=True),
    Chart("03_statements_per_speaker", _statements_per_speaker),
    Chart("03_speakers_over_time", _speakers_over_time),
    Chart("03_voice_share", _voice_share),
    Chart("03_attribution_chain", _attribution_chain, one_article=True),
    Chart("04_dates_reported", _dates_reported),
    Chart("04_lag_chart", _lag_chart),
    Chart("04_article_dates", _article_dates, one_article=True),
    Chart("05_places_map", _places_map),
    Chart("05_mentions_by_oblast", _mentions_by_oblast),
    Chart("06_sources_per_group", _sources_per_group),
    Chart("06_echo_chart", _echo_chart),
    Chart("06_claims_beside_reference", _claims_beside_reference),
)


def chart_article(corpus: "Corpus", article_id: str | None = None) -> str:
    """The article the one-article charts show: ``article_id`` (an unknown id is an error naming
    it), else the first of the articles table, as the notebooks' ``corpus.documents[0]``; "" for
    a corpus with no article."""
    ids = corpus.articles["article_id"]
    if article_id:
        if not (ids == article_id).any():
            raise ValueError(f"no article with id {article_id!r} in the corpus ({len(ids):,} articles)")
        return article_id
    return str(ids.iloc[0]) if len(ids) else ""


def write_charts(corpus: "Corpus", out: str | os.PathLike, *, article_id: str | None = None) -> list[Path]:
    """Draw every chart of ``CHARTS`` into ``out`` (created if missing) and return the files, in
    order.  A corpus with no article gets no one-article charts (there is no article to show)."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    chosen = chart_article(corpus, article_id)
    written = []
    for chart in CHARTS:
        if chart.one_article and not chosen:
            continue
        figure = chart.draw(corpus, chosen)
        path = folder / f"{chart.name}.png"
        figure.savefig(path, format="png", dpi=DPI)
        written.append(path)
    return written


def chart_names() -> list[str]:
    """The file stems, in order (for a README or a test)."""
    return [chart.name for chart in CHARTS]


__all__ = ["CHARTS", "DPI", "Chart", "chart_article", "chart_names", "write_charts"]
