"""Filters: what an analyst expects ``helpers.select`` to keep of a small fictional corpus.

Four articles in the seed's layout (people and villages are fictional):

- a, 2025-03-10: Jane Example says 40 attacks were repelled and 3 tanks destroyed near
  Sampleville "over the past day" (one sentence, two claims, one date);
- b, 2025-03-20: John Sample says 300 soldiers were killed near Exampleton;
- c, 2025-04-02: Jane Example says 12 tanks were destroyed near Exampleton;
- d, undated plain text: John Sample says 7 attacks were repelled;

and an empty file, e.txt, that fails to load.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import Corpus, load_corpus, select
from conftest import seed_layout

ARTICLES = {
    "a.txt": seed_layout("Jane Example, a spokesperson for the Sampleville garrison, said that defenders repelled "
                         "40 attacks and destroyed 3 tanks near the village of Sampleville over the past day.",
                         title="Sampleville holds", date="2025-03-10", byline="Sam Writer"),
    "b.txt": seed_layout("John Sample said that 300 soldiers were killed near the village of Exampleton.",
                         title="Exampleton under fire", date="2025-03-20"),
    "c.txt": seed_layout("Jane Example said that 12 tanks were destroyed near the village of Exampleton.",
                         title="Tanks lost at Exampleton", date="2025-04-02", byline="Sam Writer"),
    "d.txt": "Undated note\n\nJohn Sample said that 7 attacks were repelled.\n",
    "e.txt": "",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    folder = tmp_path_factory.mktemp("select")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return load_corpus(folder)


def ids(frame, column: str = "article_id") -> list[str]:
    return frame[column].tolist()


# --- the fixture, as the filters see it ---------------------------------------------------------


def test_the_fixture_holds_four_articles_five_claims_and_one_load_error(corpus):
    assert ids(corpus.articles) == ["a", "b", "c", "d"]
    assert ids(corpus.claims, "claim_id") == ["a/c001", "a/c002", "b/c001", "c/c001", "d/c001"]
    assert list(corpus.claims["kind"]) == ["attacks", "equipment", "casualties", "equipment", "attacks"]
    assert list(corpus.load_report["path"]) == ["e.txt"]


def test_no_filter_is_the_corpus_itself(corpus):
    assert select(corpus) is corpus
    assert select(corpus, speaker="", kind=None, since="", place=[], article="") is corpus


# --- each filter alone ----------------------------------------------------------------------------


def test_speaker_keeps_that_speakers_statements_and_claims_and_the_articles_that_hold_them(corpus):
    jane = select(corpus, speaker="Jane Example")
    assert ids(jane.articles) == ["a", "c"]
    assert ids(jane.attributions, "attribution_id") == ["a/a001", "c/a001"]
    assert ids(jane.claims, "claim_id") == ["a/c001", "a/c002", "c/c001"]
    assert ids(jane.places, "place_id") == ["a/p001", "c/p001"]
    assert ids(jane.events, "event_id") == ["a/e001", "a/e002", "c/e001"]


def test_speaker_is_matched_without_case(corpus):
    assert ids(select(corpus, speaker="jane EXAMPLE").claims, "claim_id") == ["a/c001", "a/c002", "c/c001"]


def test_speaker_rebuilds_the_speakers_table_from_what_is_kept(corpus):
    jane = select(corpus, speaker="Jane Example")
    assert jane.speakers[["speaker", "articles", "statements", "claims"]].values.tolist() == [
        ["Jane Example", 2, 2, 3]]


def test_kind_keeps_claims_of_that_kind_and_every_statement_of_their_articles(corpus):
    attacks = select(corpus, kind="attacks")
    assert ids(attacks.claims, "claim_id") == ["a/c001", "d/c001"]
    assert ids(attacks.articles) == ["a", "d"]
    assert ids(attacks.attributions, "attribution_id") == ["a/a001", "d/a001"]


def test_kind_keeps_only_kept_claims_in_an_events_claims_list(corpus):
    tanks = select(corpus, kind="equipment")
    assert tanks.events.set_index("event_id").loc["a/e002", "claims"] == ["a/c002"]


def test_several_kinds_keep_any_of_them(corpus):
    assert ids(select(corpus, kind=["casualties", "equipment"]).claims, "claim_id") == ["a/c002", "b/c001", "c/c001"]


def test_an_unknown_kind_is_an_error_that_lists_the_kinds(corpus):
    with pytest.raises(ValueError, match="unknown claim kind 'tanks'; the kinds are casualties, attacks"):
        select(corpus, kind="tanks")


def test_since_keeps_articles_published_on_or_after_that_day_and_drops_undated_ones(corpus):
    assert ids(select(corpus, since="2025-03-20").articles) == ["b", "c"]


def test_until_includes_its_own_day(corpus):
    assert ids(select(corpus, until="2025-03-20").articles) == ["a", "b"]


def test_since_and_until_take_dates(corpus):
    narrowed = select(corpus, since=date(2025, 3, 11), until=date(2025, 4, 1))
    assert ids(narrowed.articles) == ["b"]
    assert ids(narrowed.claims, "claim_id") == ["b/c001"]
    assert set(narrowed.sentences["article_id"]) == {"b"}


def test_a_date_that_is_not_a_date_is_an_error_naming_the_filter(corpus):
    with pytest.raises(ValueError, match="since='last spring' is not a date"):
        select(corpus, since="last spring")


def test_place_keeps_the_articles_that_name_it_whole(corpus):
    exampleton = select(corpus, place="exampleton")
    assert ids(exampleton.articles) == ["b", "c"]
    assert ids(exampleton.claims, "claim_id") == ["b/c001", "c/c001"]
    assert ids(exampleton.attributions, "attribution_id") == ["b/a001", "c/a001"]


def test_article_keeps_that_article_its_text_and_its_files_load_report(corpus):
    only_b = select(corpus, article="b")
    assert ids(only_b.articles) == ["b"]
    assert [document.article_id for document in only_b.documents] == ["b"]
    assert only_b.files_seen == 1
    assert only_b.load_report.empty  # e.txt failed, but it is not b's file
    assert repr(only_b) == "<Corpus: 1 articles from 1 files; 0 load errors, 0 warnings>"


def test_several_articles_keep_their_order_in_the_corpus(corpus):
    assert ids(select(corpus, article=["d", "a"]).articles) == ["a", "d"]


def test_an_unknown_article_is_an_error_naming_it(corpus):
    with pytest.raises(ValueError, match="no article with id 'z' in the corpus"):
        select(corpus, article="z")


# --- combined -------------------------------------------------------------------------------------


def test_speaker_and_kind_keep_that_speakers_claims_of_that_kind(corpus):
    narrowed = select(corpus, speaker="Jane Example", kind="equipment")
    assert ids(narrowed.claims, "claim_id") == ["a/c002", "c/c001"]
    assert ids(narrowed.articles) == ["a", "c"]


def test_speaker_and_dates_leave_out_the_speakers_undated_article(corpus):
    narrowed = select(corpus, speaker="John Sample", since="2025-01-01")
    assert ids(narrowed.articles) == ["b"]
    assert ids(narrowed.attributions, "attribution_id") == ["b/a001"]


def test_kind_and_place_intersect(corpus):
    assert ids(select(corpus, kind="equipment", place="Exampleton").claims, "claim_id") == ["c/c001"]


def test_selecting_twice_is_selecting_both(corpus):
    twice = select(select(corpus, speaker="Jane Example"), kind="equipment")
    once = select(corpus, speaker="Jane Example", kind="equipment")
    assert ids(twice.claims, "claim_id") == ids(once.claims, "claim_id")
    assert ids(twice.articles) == ids(once.articles)


# --- empty results --------------------------------------------------------------------------------


def test_an_unknown_speaker_leaves_every_table_empty_with_its_columns(corpus):
    nobody = select(corpus, speaker="Nobody Known")
    for name, table in nobody.tables().items():
        assert table.empty, name
        assert list(table.columns) == list(corpus.tables()[name].columns), name
    assert nobody.documents == [] and nobody.files_seen == 0


def test_filters_that_no_article_meets_together_give_an_empty_corpus(corpus):
    assert select(corpus, kind="casualties", place="Sampleville").articles.empty
    assert select(corpus, since="2025-04-01", until="2025-03-01").articles.empty
