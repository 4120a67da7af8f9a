"""Article labels: every view names an article "date · outlet-or-domain · shortened title".
Outlets and pages are fictional (The Sampleville Courier, sampleville-courier.example)."""

from __future__ import annotations

import pandas as pd

from helpers.views import article_label, article_labels
from helpers.views.labels import shorten

TITLE = "Sampleville holds the bridge"


def row(**fields) -> dict:
    base = {"article_id": "courier/bridge", "published": pd.Timestamp("2025-01-03"), "title": TITLE, "outlet": "",
            "url": ""}
    return {**base, **fields}


def test_a_label_is_date_outlet_and_title():
    assert article_label(row(outlet="The Sampleville Courier")) == "2025-01-03 · The Sampleville Courier · " + TITLE


def test_without_an_outlet_the_domain_column_names_the_source():
    assert article_label(row(domain="sampleville-courier.example")) == \
        "2025-01-03 · sampleville-courier.example · " + TITLE


def test_without_a_domain_column_the_urls_host_names_the_source_without_www():
    labelled = article_label(row(url="https://www.sampleville-courier.example/news/bridge?id=1"))
    assert labelled == "2025-01-03 · sampleville-courier.example · " + TITLE


def test_the_outlet_wins_over_the_domain():
    labelled = article_label(row(outlet="The Sampleville Courier", domain="sampleville-courier.example"))
    assert labelled == "2025-01-03 · The Sampleville Courier · " + TITLE


def test_without_outlet_or_url_the_source_is_left_out_not_guessed():
    assert article_label(row()) == "2025-01-03 · " + TITLE


def test_an_undated_article_says_so():
    assert article_label(row(published=pd.NaT, outlet="The Sampleville Courier")) == \
        "undated · The Sampleville Courier · " + TITLE


def test_a_long_title_is_cut_at_a_word_and_ends_in_an_ellipsis():
    title = "Sampleville defenders hold the bridge for a third week as Exampleton shelling intensifies"
    assert article_label(row(title=title)) == "2025-01-03 · Sampleville defenders hold the bridge for a…"
    assert len(shorten(title)) <= 48


def test_a_title_over_several_lines_is_one_line():
    assert shorten("Sampleville\n  holds") == "Sampleville holds"


def test_an_article_without_a_title_is_named_by_its_id():
    assert article_label(row(title="")) == "2025-01-03 · courier/bridge"


def test_a_row_of_the_articles_table_is_labelled_as_a_dict_is():
    articles = pd.DataFrame([row(outlet="The Sampleville Courier")])
    assert article_label(articles.iloc[0]) == article_label(next(articles.itertuples(index=False)))


def test_labels_are_indexed_by_article_id_in_table_order():
    articles = pd.DataFrame([row(article_id="b", title="Second"), row(article_id="a", title="First")])
    assert article_labels(articles).to_dict() == {"b": "2025-01-03 · Second", "a": "2025-01-03 · First"}


def test_two_articles_with_one_label_are_told_apart_by_a_number():
    articles = pd.DataFrame([row(article_id="saved"), row(article_id="saved~2")])
    assert article_labels(articles).tolist() == ["2025-01-03 · " + TITLE, "2025-01-03 · " + TITLE + " (2)"]
