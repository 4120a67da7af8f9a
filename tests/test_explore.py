"""``explore``: the filters behind widgets, on the seed, and the views it shows (escaped)."""

from __future__ import annotations

import pytest

from helpers import explore, load_corpus
from helpers.views.explore import claims_table_html, explore_view, marked_article
from conftest import SEEDS, seed_layout


@pytest.fixture(scope="module")
def seed_corpus():
    return load_corpus(SEEDS)


def controls(box) -> dict:
    """The named controls of the explore box (its first three children hold them)."""
    speaker, kind, place = box.children[0].children
    since, until = box.children[1].children
    return {"speaker": speaker, "kind": kind, "place": place, "since": since, "until": until,
            "article": box.children[2]}


def test_explore_builds_its_controls_on_the_seed(seed_corpus):
    box = explore(seed_corpus)
    named = controls(box)
    assert named["speaker"].options == ("Vitalii Lytvyn", "Victor Trehubov")
    assert named["kind"].options == (("any kind", ""), ("casualties", "casualties"), ("attacks", "attacks"),
                                     ("equipment", "equipment"), ("destruction", "destruction"))
    assert named["place"].options[0] == "Pokrovsk"
    assert named["article"].options == (
        ("the first article", ""),
        ("2025-01-03 · Russians target key rail hub Pokrovsk, lose…", "000_45a4a854ecae5629"),
    )
    assert box.children[3].value == (
        "<p>1 of 1 articles, 7 figure claims, 12 statements, 4 dates, 27 place mentions</p>")


def test_choosing_a_speaker_narrows_the_claims_shown(seed_corpus):
    box = explore(seed_corpus)
    controls(box)["speaker"].value = "Vitalii Lytvyn"
    assert box.children[3].value.startswith("<p>1 of 1 articles, 2 figure claims, 10 statements")
    table = box.children[4].value
    assert "000_45a4a854ecae5629/c003" in table and "000_45a4a854ecae5629/c004" in table
    assert "000_45a4a854ecae5629/c007" not in table  # Victor Trehubov's 38 attacks


def test_a_kind_nobody_states_leaves_no_article(seed_corpus):
    box = explore(seed_corpus)
    controls(box)["speaker"].value = "Victor Trehubov"
    controls(box)["kind"].value = "casualties"
    assert box.children[3].value.startswith("<p>0 of 1 articles, 0 figure claims")
    assert box.children[5].value == "<p>No article matches these filters.</p>"


def test_the_seed_article_is_marked_with_figures_speakers_dates_and_places(seed_corpus):
    markup = explore_view(seed_corpus).article.markup
    assert '<mark class="speaker"' in markup and '<mark class="date"' in markup
    assert '<mark class="place"' in markup and "<mark title=" in markup


def test_a_date_that_is_not_a_date_is_reported_not_raised(seed_corpus):
    assert explore_view(seed_corpus, since="soon").status == (
        "Filter not applied: since='soon' is not a date (use a date or 'YYYY-MM-DD')")


def test_the_claims_table_counts_what_it_leaves_out(seed_corpus):
    table = claims_table_html(seed_corpus.claims, seed_corpus.articles, rows=5)
    assert repr(table) == "<claims table: 5 of 7 rows>"
    assert "<p>and 2 more claims</p>" in table.markup


def test_article_text_and_titles_are_escaped(tmp_path):
    hostile = seed_layout('Jane Example said <script>alert("x")</script> 40 attacks were repelled.',
                          title="<b onmouseover=alert(1)>Sampleville</b>")
    (tmp_path / "hostile.txt").write_text(hostile, encoding="utf-8")
    markup = marked_article(load_corpus(tmp_path)).markup
    assert "<script>" not in markup and "&lt;script&gt;" in markup
    assert "<b onmouseover" not in markup and "&lt;b onmouseover=alert(1)&gt;" in markup
