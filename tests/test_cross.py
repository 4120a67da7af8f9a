"""The cross-article tables as the corpus and the export give them: ``article_links``,
``claim_groups`` and ``reference_check`` on a loaded corpus, on a narrowed one and in the
export folder, and the user's reference series with its refused rows in the load report.

The rules of each table are tested in test_links.py, test_groups.py and test_reference.py;
these tests check that the corpus and the export give the same tables, with the same rows.
Fictional outlets, people and places only.
"""

from __future__ import annotations

import pandas as pd

from helpers import load_corpus, select
from helpers.cross import export_cross_tables
from helpers.__main__ import main
from helpers.links import LINK_COLUMNS
from helpers.reference import REFERENCE_COLUMNS
from conftest import SEEDS

SEED = "000_45a4a854ecae5629"
WIRE = (
    "Russian forces lost 300 to 400 soldiers every day near Sampleville, said Petro Fictional, "
    "a commander of the 99th Example Brigade, in a statement on the morning of 14 March.\n\n"
    "He added that the brigade had repelled 23 attacks on its positions over the past day, "
    "and that the defenders expected the pressure on the town to grow in the coming weeks."
)


def page(outlet: str, url: str, body: str, *, date: str = "2025-03-14") -> str:
    """A fictional article in the front-matter layout."""
    return f"---\ntitle: Sampleville holds\ndate: {date}\noutlet: {outlet}\nurl: {url}\n---\n\n{body}\n"


def two_copies(folder) -> None:
    """One wire report saved from two fictional outlets' sites."""
    (folder / "courier.md").write_text(page("The Sampleville Courier", "https://courier.example/a", WIRE), "utf-8")
    (folder / "gazette.md").write_text(page("The Testfield Gazette", "https://gazette.example/b", WIRE), "utf-8")


def test_a_corpus_links_two_copies_of_one_report_as_duplicates(tmp_path):
    two_copies(tmp_path)
    links = load_corpus(tmp_path).article_links
    assert links[["article_id", "other_article_id", "relation"]].to_dict("records") == [
        {"article_id": "courier", "other_article_id": "gazette", "relation": "duplicate"},
    ]


def test_two_copies_of_one_report_are_one_independent_source_for_each_figure(tmp_path):
    two_copies(tmp_path)
    groups = load_corpus(tmp_path).claim_groups
    assert sorted(set(zip(groups["key"], groups["independent_sources"]))) == [
        ("attacks · attacks · count · 2025-03-14", 1),
        ("casualties · personnel · per day · 2025-03-14", 1),
    ]


def test_the_copy_is_an_echo_of_the_first_report(tmp_path):
    two_copies(tmp_path)
    groups = load_corpus(tmp_path).claim_groups
    assert sorted(set(zip(groups["article_id"], groups["echo_of"]))) == [("courier", ""), ("gazette", "courier")]


def test_the_seeds_pokrovsk_figure_is_set_beside_the_general_staffs_1080(monkeypatch):
    monkeypatch.delenv("FCW_REFERENCE", raising=False)
    check = load_corpus(SEEDS).reference_check
    row = check[check["claim_id"] == f"{SEED}/c003"].iloc[0]
    assert (row["claim_low"], row["claim_high"], row["reference_value"], row["scope_note"]) == (
        300.0, 400.0, 1080.0, "claim: Pokrovsk front; reference: whole front")


def test_a_bad_row_of_the_users_reference_series_is_a_load_report_error_naming_file_and_line(tmp_path):
    series = tmp_path / "my_series.csv"
    series.write_text(",".join(REFERENCE_COLUMNS) + "\n"
                      "2025-01-03,personnel,12,,people,Sampleville office,\n"
                      "2025-01-04,personnel,many,,people,Sampleville office,\n", encoding="utf-8")
    report = load_corpus(SEEDS, reference=[series]).load_report
    assert report[["path", "line", "severity"]].to_dict("records") == [
        {"path": str(series), "line": 3, "severity": "error"},
    ]
    assert report["reason"].iloc[0].startswith("reference series: ")


def test_the_users_series_is_set_beside_the_seed_too(tmp_path, monkeypatch):
    monkeypatch.delenv("FCW_REFERENCE", raising=False)
    series = tmp_path / "my_series.csv"
    series.write_text(",".join(REFERENCE_COLUMNS) + "\n"
                      "2025-01-03,personnel,500,,people,Sampleville office,\n", encoding="utf-8")
    check = load_corpus(SEEDS, reference=[series]).reference_check
    assert sorted(check.loc[check["claim_id"] == f"{SEED}/c003", "source"]) == [
        "General Staff of the Armed Forces of Ukraine", "Sampleville office"]


def test_a_narrowed_corpus_links_only_its_own_articles(tmp_path):
    two_copies(tmp_path)
    narrowed = select(load_corpus(tmp_path), article="courier")
    assert (list(narrowed.article_links.columns), len(narrowed.article_links), len(narrowed.claim_groups)) == (
        LINK_COLUMNS, 0, 0)


def test_the_export_writes_the_three_cross_article_tables_as_parquet_and_csv(tmp_path):
    (tmp_path / "corpus").mkdir()
    two_copies(tmp_path / "corpus")
    assert main(["export", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"), "--quiet", "--csv"]) == 0
    for name in ("article_links", "claim_groups", "reference_check"):
        assert (tmp_path / "out" / f"{name}.parquet").is_file() and (tmp_path / "out" / f"{name}.csv").is_file(), name


def test_an_exported_corpus_reads_the_same_cross_article_tables_as_a_loaded_one(tmp_path):
    (tmp_path / "corpus").mkdir()
    two_copies(tmp_path / "corpus")
    main(["export", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"), "--quiet"])
    loaded, exported = load_corpus(tmp_path / "corpus"), load_corpus(tmp_path / "out")
    for name in ("article_links", "claim_groups", "reference_check"):
        pd.testing.assert_frame_equal(getattr(exported, name), getattr(loaded, name), obj=name)


def test_the_export_puts_the_users_refused_reference_rows_in_its_load_report(tmp_path):
    series = tmp_path / "my_series.csv"
    series.write_text(",".join(REFERENCE_COLUMNS) + "\n,personnel,12,,people,Sampleville office,\n", encoding="utf-8")
    main(["export", str(SEEDS), "--out", str(tmp_path / "out"), "--quiet", "--reference", str(series)])
    report = pd.read_parquet(tmp_path / "out" / "load_report.parquet")
    assert report[["path", "line", "severity"]].to_dict("records") == [
        {"path": str(series), "line": 2, "severity": "error"},
    ]


# --- the views of notebook 06 -------------------------------------------------------------------


def test_the_overview_shows_two_copies_as_two_articles_and_one_source(tmp_path):
    from helpers.views.cross import group_overview

    two_copies(tmp_path)
    corpus = load_corpus(tmp_path)
    overview = group_overview(corpus.claim_groups, corpus.claims, corpus.articles)
    assert overview[["key", "articles", "independent_sources", "relations", "values"]].to_dict("records") == [
        {"key": "casualties · personnel · per day · 2025-03-14", "articles": 2, "independent_sources": 1,
         "relations": "same 2", "values": "300 to 400"},
        {"key": "attacks · attacks · count · 2025-03-14", "articles": 2, "independent_sources": 1,
         "relations": "same 2", "values": "23"},
    ]


def test_the_echo_table_names_the_copy_and_its_source_by_their_labels(tmp_path):
    from helpers.views.cross import echo_table

    two_copies(tmp_path)
    corpus = load_corpus(tmp_path)
    assert echo_table(corpus.claim_groups, corpus.article_links, corpus.articles).to_dict("records") == [{
        "article": "2025-03-14 · The Testfield Gazette · Sampleville holds",
        "echo_of": "2025-03-14 · The Sampleville Courier · Sampleville holds",
        "relation": "duplicate", "figures": 2,
    }]


def test_top_counts_the_rows_it_leaves_out_and_escapes_every_cell():
    from helpers.views.cross import top

    shown = top(pd.DataFrame({"sentence": ["<script>alert(1)</script>", "two", "three"]}), 2, "claims")
    assert (repr(shown), "<script>" in shown.markup, "&lt;script&gt;" in shown.markup,
            shown.markup.endswith("<p><i>and 1 more claims</i></p>")) == ("2 of 3 claims", False, True, True)


def test_the_seeds_reference_view_puts_the_figure_as_written_beside_1080(monkeypatch):
    from helpers.views.cross import reference_view

    monkeypatch.delenv("FCW_REFERENCE", raising=False)
    corpus = load_corpus(SEEDS)
    view = reference_view(corpus.reference_check, corpus.claims, corpus.articles)
    assert view[["figure", "reference_value", "days"]].to_dict("records") == [
        {"figure": "400", "reference_value": 1080.0, "days": "2025-01-03"},
        {"figure": "400", "reference_value": 1080.0, "days": "2025-01-03"},
        {"figure": "300 to 400", "reference_value": 1080.0, "days": "2025-01-03"},
    ]


def test_each_chart_of_notebook_06_says_so_when_there_is_nothing_to_draw():
    from helpers.views.charts.cross import claims_beside_reference, echo_chart, sources_per_group
    from helpers.views.cross import GROUP_OVERVIEW_COLUMNS
    import networkx as nx

    articles = pd.DataFrame(columns=["article_id", "published", "title"])
    titles = [
        sources_per_group(pd.DataFrame(columns=GROUP_OVERVIEW_COLUMNS)).axes[0].get_title(),
        echo_chart(nx.DiGraph(), articles).axes[0].get_title(),
        claims_beside_reference(load_corpus(SEEDS).reference_check.iloc[0:0], pd.DataFrame()).axes[0].get_title(),
    ]
    assert titles == ["No figure is reported by more than one article", "No article repeats another",
                      "No claim could be set beside an official figure"]


def test_the_echo_chart_of_a_group_larger_than_the_chart_shows_its_most_connected_articles():
    from helpers.views.charts.cross import echo_chart
    import networkx as nx

    graph = nx.DiGraph()
    for later in range(1, 40):
        graph.add_edge(f"copy{later:02d}", "wire", relation="duplicate", figures=1)
    articles = pd.DataFrame({"article_id": ["wire"], "published": [pd.Timestamp("2025-03-14")],
                             "title": ["Sampleville holds"]})
    figure = echo_chart(graph, articles, limit=10)
    assert figure._suptitle.get_text() == ("Who repeats whom: an arrow from each article to the earlier one it repeats\n"
                                          "(the 10 most connected of a group of 40 articles)")


def test_the_cross_article_tables_are_the_same_when_worker_processes_fingerprint_the_months(tmp_path):
    (tmp_path / "corpus").mkdir()
    two_copies(tmp_path / "corpus")
    april_copy = page("The Sampleville Courier", "https://courier.example/c", WIRE, date="2025-04-02")
    (tmp_path / "corpus" / "april.md").write_text(april_copy, "utf-8")
    main(["export", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"), "--quiet"])
    one, two = export_cross_tables(tmp_path / "out", workers=1), export_cross_tables(tmp_path / "out", workers=2)
    assert len(list((tmp_path / "out" / "blocks").glob("published_month=*"))) == 2  # two parts to fingerprint
    for name in ("article_links", "claim_groups", "reference_check"):
        pd.testing.assert_frame_equal(two[name], one[name], obj=name)
