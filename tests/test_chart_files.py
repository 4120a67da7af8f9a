"""``python -m helpers charts``: every chart the notebooks draw, written as PNG files."""

from __future__ import annotations

import pytest

from helpers.__main__ import main
from helpers.corpus import load_corpus
from helpers.export import export_corpus
from helpers.views.charts.gallery import chart_names, write_charts
from tests.conftest import seed_layout

CORPUS_CHARTS = [
    "01_articles_over_time", "01_articles_by_source", "01_words_histogram",
    "02_claims_over_time", "02_headline_ratio", "02_hedged_vs_firm",
    "03_statements_per_speaker", "03_speakers_over_time", "03_voice_share",
    "04_dates_reported", "04_lag_chart",
    "05_places_map", "05_mentions_by_oblast",
    "06_sources_per_group", "06_echo_chart", "06_claims_beside_reference",
]
ONE_ARTICLE_CHARTS = ["02_figures_by_kind", "03_attribution_chain", "04_article_dates"]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for name, date in (("first", "2025-03-14"), ("second", "2025-04-02")):
        body = (f"Jane Example, a spokesperson for the 99th Example Brigade, said that defenders repelled "
                f"12 attacks near Pokrovsk on 12 March 2025 ({name}).\n\n"
                f"\u201cWe hold the line,\u201d said John Sample.")
        (folder / f"{name}.txt").write_text(seed_layout(body, date=date), encoding="utf-8")
    return folder


def _stems(paths):
    return [path.stem for path in paths]


def test_the_charts_come_in_notebook_order_with_the_one_article_charts_in_their_notebooks():
    assert chart_names() == [
        *CORPUS_CHARTS[:6], "02_figures_by_kind", *CORPUS_CHARTS[6:9], "03_attribution_chain",
        *CORPUS_CHARTS[9:11], "04_article_dates", *CORPUS_CHARTS[11:],
    ]


def test_every_chart_is_written_as_a_png_named_after_its_notebook_and_function(corpus_folder, tmp_path):
    written = write_charts(load_corpus(corpus_folder), tmp_path / "charts")
    assert _stems(written) == chart_names()
    assert sorted(path.name for path in (tmp_path / "charts").iterdir()) == sorted(f"{name}.png" for name in chart_names())
    assert all(path.read_bytes()[:8] == PNG_SIGNATURE for path in written)


def test_the_command_writes_the_charts_and_says_how_many(corpus_folder, tmp_path, capsys):
    assert main(["charts", str(corpus_folder), "--out", str(tmp_path / "charts")]) == 0
    assert capsys.readouterr().out == f"wrote 19 charts into {tmp_path / 'charts'}\n"
    assert len(list((tmp_path / "charts").glob("*.png"))) == 19


def test_the_command_draws_the_same_charts_from_an_export(corpus_folder, tmp_path):
    export_corpus(corpus_folder, tmp_path / "tables")
    assert main(["charts", str(tmp_path / "tables"), "--out", str(tmp_path / "charts"), "--quiet"]) == 0
    assert sorted(path.stem for path in (tmp_path / "charts").glob("*.png")) == sorted(chart_names())


def test_a_corpus_without_articles_gets_the_corpus_charts_only(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "broken.txt").write_bytes(b"   \n")
    written = write_charts(load_corpus(tmp_path / "corpus"), tmp_path / "charts")
    assert _stems(written) == CORPUS_CHARTS


def test_an_unknown_article_is_a_one_line_error_with_exit_2(corpus_folder, tmp_path, capsys):
    assert main(["charts", str(corpus_folder), "--out", str(tmp_path / "charts"), "--article", "nowhere"]) == 2
    assert capsys.readouterr().err == (
        "python -m helpers: error: no article with id 'nowhere' in the corpus (2 articles)\n"
    )


def test_a_missing_corpus_is_a_one_line_error_with_exit_2(tmp_path, capsys):
    assert main(["charts", str(tmp_path / "missing"), "--out", str(tmp_path / "charts")]) == 2
    assert capsys.readouterr().err == f"python -m helpers: error: no such file or folder: {tmp_path / 'missing'}\n"
