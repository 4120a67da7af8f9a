"""Charts: each draws the seed and an empty corpus without a warning, and says what it leaves out.
Sources and places beyond the seed are fictional (sampleville-courier.example)."""

from __future__ import annotations

import io
import warnings

import pandas as pd
import pytest

from helpers import charts, load_corpus, select
from helpers.views import article_labels, headline_check, hedged_counts, lag_table, place_summary
from helpers.views.charts.base import plain, time_bins
from helpers.views.charts.places import busiest_window
from conftest import SEEDS


@pytest.fixture(scope="module")
def seed_corpus():
    return load_corpus(SEEDS)


def corpus_charts(corpus) -> dict:
    """Every corpus-level chart of the notebooks, by name (the map's outline left empty: it is scenery)."""
    outline = pd.DataFrame({"lat": [48.0, 50.0], "lon": [30.0, 38.0]})
    return {
        "articles_over_time": lambda: charts.articles_over_time(corpus.articles),
        "articles_by_source": lambda: charts.articles_by_source(corpus.articles),
        "words_histogram": lambda: charts.words_histogram(corpus.articles),
        "claims_over_time": lambda: charts.claims_over_time(corpus.claims, corpus.articles),
        "headline_ratio": lambda: charts.headline_ratio(headline_check(corpus.claims)),
        "hedged_vs_firm": lambda: charts.hedged_vs_firm(hedged_counts(corpus.claims)),
        "statements_per_speaker": lambda: charts.statements_per_speaker(corpus.speakers),
        "speakers_over_time": lambda: charts.speakers_over_time(corpus.attributions, corpus.articles),
        "voice_share": lambda: charts.voice_share(corpus.sentences, corpus.articles),
        "dates_reported": lambda: charts.dates_reported(corpus.events, corpus.articles),
        "lag_chart": lambda: charts.lag_chart(lag_table(corpus.events)),
        "places_map": lambda: charts.places_map(place_summary(corpus.places), outline),
        "mentions_by_oblast": lambda: charts.mentions_by_oblast(corpus.places),
        "article_dates": lambda: charts.article_dates(corpus.events),
    }


def drawn(figure) -> bytes:
    """The figure as PNG bytes, with every warning (a missing glyph, a deprecation) an error."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure.savefig(buffer, format="png", dpi=50)
    return buffer.getvalue()


@pytest.mark.parametrize("name", list(corpus_charts(None)))
def test_each_chart_draws_the_seed_without_a_warning(seed_corpus, name):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure = corpus_charts(seed_corpus)[name]()
    assert drawn(figure).startswith(b"\x89PNG")


@pytest.mark.parametrize("name", list(corpus_charts(None)))
def test_each_chart_draws_an_empty_selection(seed_corpus, name):
    nobody = select(seed_corpus, speaker="Nobody Known")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure = corpus_charts(nobody)[name]()
    assert drawn(figure).startswith(b"\x89PNG")


def test_sources_beyond_the_limit_share_one_bar():
    articles = pd.DataFrame({
        "article_id": list("abcde"), "published": pd.to_datetime(["2025-01-03"] * 5), "title": list("ABCDE"),
        "outlet": ["The Sampleville Courier", "The Sampleville Courier", "", "", ""],
        "url": ["", "", "https://exampleton.example/1", "https://www.exampleton.example/2", "https://other.example/3"],
    })
    figure = charts.articles_by_source(articles, limit=1)
    labels = [label.get_text() for label in figure.axes[0].get_yticklabels()]
    assert labels == ["The Sampleville Courier", "and 2 more sources"]
    assert figure.axes[0].get_title().endswith("(top 1 of 3 sources)")


def test_the_seeds_dates_chart_counts_the_caption_date_outside_its_span(seed_corpus):
    title = charts.dates_reported(seed_corpus.events, seed_corpus.articles).axes[0].get_title()
    assert title == ("Articles published (top) and the dates they mention (bottom), per day\n"
                     "(not drawn: 1 date outside the axis (2024))")


def test_the_seeds_headline_figures_are_named_with_their_body_figure(seed_corpus):
    figure = charts.headline_ratio(headline_check(seed_corpus.claims))
    assert [label.get_text() for label in figure.axes[0].get_yticklabels()] == [
        "top of range · 400 troops vs 300 to 400", "top of range · 400 casualties vs 300 to 400"]


def test_the_seeds_figures_over_time_leave_nothing_out(seed_corpus):
    figure = charts.claims_over_time(seed_corpus.claims, seed_corpus.articles)
    assert [axes.get_title() for axes in figure.axes if axes.axison] == [
        "casualties (3 figures, 1 article)", "attacks (1 figure, 1 article)", "equipment (1 figure, 1 article)",
        "percentages, any kind (2 figures, 1 article)"]


def test_a_ukrainian_title_draws_without_a_missing_glyph():
    articles = pd.DataFrame({"article_id": ["uk"], "published": [pd.NaT], "outlet": [""], "url": [""],
                             "title": ["Покровськ тримається"]})
    sentences = pd.DataFrame({"article_id": ["uk"], "start": [0], "end": [20], "voice": ["author"]})
    figure = charts.voice_share(sentences, articles, by="article")
    assert drawn(figure).startswith(b"\x89PNG")
    assert article_labels(articles)["uk"] == "undated · Покровськ тримається"


def test_a_dollar_sign_is_drawn_as_written():
    assert plain("$3 bn vs $3 billion") == r"\$3 bn vs \$3 billion"


def test_time_bins_follow_the_span():
    day = pd.Timestamp("2025-01-01")
    assert [time_bins(day, day + pd.Timedelta(days=days)).noun for days in (0, 92, 93, 730, 731, 3653, 3654)] == [
        "day", "day", "week", "week", "month", "month", "year"]


def test_the_zoom_holds_the_busiest_front_when_places_spread_across_the_country():
    summary = pd.DataFrame({"name": ["Kyiv", "Pokrovsk", "Myrnohrad"], "lat": [50.45, 48.28, 48.31],
                            "lon": [30.52, 37.18, 37.26], "mentions": [5, 9, 4]})
    west, east, south, north = busiest_window(summary)
    assert (west, east, south, north) == pytest.approx((35.68, 38.68, 47.28, 49.28))


def test_the_zoom_shows_a_margin_around_a_busiest_window_so_that_no_dot_on_its_edge_is_cut():
    summary = pd.DataFrame({"name": ["Kyiv", "Pokrovsk", "Myrnohrad"], "lat": [50.45, 48.28, 48.31],
                            "lon": [30.52, 37.18, 37.26], "mentions": [5, 9, 4]})
    zoom = charts.places_map(summary, pd.DataFrame({"lat": [48.0], "lon": [37.0]})).axes[1]
    assert zoom.get_xlim() == pytest.approx((35.68 - 0.18, 38.68 + 0.18))
    assert zoom.get_ylim() == pytest.approx((47.28 - 0.12, 49.28 + 0.12))


def test_one_article_is_counted_in_the_singular_in_the_words_histogram(seed_corpus):
    assert charts.words_histogram(seed_corpus.articles).axes[0].get_title() == "Body words per article (1 article)"


def test_the_legend_of_the_dates_reported_sits_below_the_panels_not_on_the_bars(seed_corpus):
    figure = charts.dates_reported(seed_corpus.events, seed_corpus.articles)
    assert [axes.get_legend() for axes in figure.axes] == [None, None]
    assert [text.get_text() for text in figure.legends[0].get_texts()] == [
        "a day", "a span of up to 31 days, at its middle"]
