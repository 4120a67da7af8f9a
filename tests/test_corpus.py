"""The corpus tables and the export, as an analyst uses them: joined, complete, reproducible."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import helpers.engines.plan as plan_module
from helpers import load_corpus
from helpers.__main__ import main
from helpers.export import export_corpus
from helpers.tables import CROSS_TABLES, EXPORTED_TABLES
from conftest import SEEDS, seed_layout

SEED_ID = "000_45a4a854ecae5629"


@pytest.fixture(scope="module")
def seed_corpus():
    return load_corpus(SEEDS)


def test_every_claim_of_the_seed_names_whose_it_is(seed_corpus):
    claims = seed_corpus.claims.set_index("surface")
    assert claims.loc["300 to 400", "speaker"] == "Vitalii Lytvyn"
    assert claims.loc["300 to 400", "mode"] == "context"
    assert claims.loc["38", "speaker"] == "Victor Trehubov"


def test_headline_figures_are_in_the_authors_voice(seed_corpus):
    headline = seed_corpus.claims[seed_corpus.claims["part"].isin(["title", "standfirst"])]
    assert headline["speaker"].tolist() == ["", ""]
    assert headline["voice"].tolist() == ["author", "author"]


def test_hedged_percentages_belong_to_an_unnamed_source(seed_corpus):
    hedged = seed_corpus.claims[seed_corpus.claims["hedged"]]
    assert hedged["voice"].tolist() == ["unnamed source", "unnamed source"]


def test_the_statement_of_3_january_carries_its_speaker_claim_and_place(seed_corpus):
    event = seed_corpus.events.set_index("surface").loc["3 January"]
    assert event["speaker"] == "Victor Trehubov"
    assert event["claims"] == [f"{SEED_ID}/c007"]
    assert event["places"] == ["Pokrovsk"]


def test_the_publication_date_row_has_no_sentence_and_empty_joins(seed_corpus):
    published = seed_corpus.events[seed_corpus.events["kind"] == "published"].iloc[0]
    assert (published["speaker"], published["claims"], published["places"]) == ("", [], [])


def test_every_sentence_has_one_voice_and_a_claim_flag(seed_corpus):
    sentences = seed_corpus.sentences
    assert len(sentences) == 21
    assert set(sentences["voice"]) <= {"author", "named source", "unnamed source", "inferred"}
    assert sentences["is_claim"].dtype == bool


def test_the_background_sentence_is_the_authors_and_no_claim(seed_corpus):
    background = seed_corpus.sentences[seed_corpus.sentences["text"].str.startswith("Pokrovsk serves")].iloc[0]
    assert (background["voice"], background["is_claim"]) == ("author", False)


def test_speakers_table_counts_each_speakers_claims(seed_corpus):
    speakers = seed_corpus.speakers.set_index("speaker")
    assert speakers.loc["Vitalii Lytvyn", "claims"] == 2
    assert speakers.loc["Victor Trehubov", "claims"] == 1


def test_corpus_repr_is_a_short_summary(seed_corpus):
    assert repr(seed_corpus) == "<Corpus: 1 articles from 1 files; 0 load errors, 0 warnings>"


def fictional_folder(tmp_path, count: int):
    for number in range(count):
        body = (
            f"Jane Example, a spokesperson for the 99th Example Brigade, said that defenders repelled "
            f"{10 + number} attacks near Pokrovsk over the past day.\n\n"
            f"\u201cWe hold the line,\u201d said John Sample {number}."
        )
        (tmp_path / f"{number:03d}.txt").write_text(seed_layout(body), encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary")
    return tmp_path


def test_an_export_in_worker_processes_reads_back_as_the_in_memory_tables(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    folder = fictional_folder(tmp_path / "in", 12)
    monkeypatch.setattr(plan_module, "PARALLEL_MIN_FILES", 2)
    export_corpus(folder, tmp_path / "out", workers=2)
    exported, single = load_corpus(tmp_path / "out"), load_corpus(folder)
    for name, table in single.tables().items():
        pd.testing.assert_frame_equal(exported.tables()[name], table, obj=name)
    pd.testing.assert_frame_equal(exported.load_report, single.load_report)


def _bad_gazetteer_file(tmp_path):
    path = tmp_path / "my_places.csv"
    path.write_text("name,oblast,lat,lon,source\nSampleville,Nowhere,48.0,37.0,field notes\n", encoding="utf-8")
    return path


def test_a_bad_user_gazetteer_file_stops_the_parallel_export_with_its_error(tmp_path, monkeypatch):
    (tmp_path / "corpus").mkdir()
    folder = fictional_folder(tmp_path / "corpus", 4)
    monkeypatch.setattr(plan_module, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setenv("FCW_PLACES_EXTRA", str(_bad_gazetteer_file(tmp_path)))
    with pytest.raises(ValueError, match="my_places.csv, line 2: unknown oblast 'Nowhere'"):
        export_corpus(folder, tmp_path / "out", workers=2)


def test_the_workers_resolve_places_with_the_callers_user_gazetteer(tmp_path, monkeypatch):
    (tmp_path / "corpus").mkdir()
    folder = fictional_folder(tmp_path / "corpus", 4)
    (folder / "sampleville.txt").write_text(seed_layout("Jane Example said 40 people left Sampleville."),
                                            encoding="utf-8")
    gazetteer = tmp_path / "sampleville.csv"
    gazetteer.write_text("name,alternate_names,oblast,lat,lon,geonameid,source,note\n"
                         "Sampleville,,Donetsk,48.30,37.00,,fictional test village,\n", encoding="utf-8")
    monkeypatch.setattr(plan_module, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setenv("FCW_PLACES_EXTRA", str(gazetteer))
    export_corpus(folder, tmp_path / "out", workers=2)
    places = load_corpus(tmp_path / "out").places
    assert places.loc[places["name"] == "Sampleville", "oblast"].unique().tolist() == ["Donetsk Oblast"]


def test_export_with_a_bad_user_gazetteer_file_is_a_one_line_error_with_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FCW_PLACES_EXTRA", str(_bad_gazetteer_file(tmp_path)))
    assert main(["export", str(SEEDS), "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == (
        "python -m helpers: error: gazetteer: my_places.csv, line 2: unknown oblast 'Nowhere'\n"
    )


def test_export_writes_each_article_table_partitioned_by_month_of_publication(tmp_path):
    out = tmp_path / "out"
    assert main(["export", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    for table in EXPORTED_TABLES:
        if table != "speakers":
            assert (out / table / "published_month=2025-01" / "part-00000.parquet").is_file(), table


def test_export_writes_speakers_and_load_report_as_one_file_each(tmp_path):
    out = tmp_path / "out"
    main(["export", str(SEEDS), "--out", str(out), "--quiet"])
    assert pd.read_parquet(out / "speakers.parquet")["speaker"].tolist() == ["Vitalii Lytvyn", "Victor Trehubov"]
    assert len(pd.read_parquet(out / "load_report.parquet")) == 0


def test_export_without_csv_writes_no_csv(tmp_path):
    main(["export", str(SEEDS), "--out", str(tmp_path), "--quiet"])
    assert list(tmp_path.glob("*.csv")) == []


def test_export_with_csv_writes_one_csv_per_table(tmp_path):
    main(["export", str(SEEDS), "--out", str(tmp_path), "--quiet", "--csv"])
    assert sorted(path.stem for path in tmp_path.glob("*.csv")) == sorted([*EXPORTED_TABLES, *CROSS_TABLES, "load_report"])


def test_export_csv_joins_list_cells_with_semicolons(tmp_path):
    main(["export", str(SEEDS), "--out", str(tmp_path), "--quiet", "--csv"])
    articles = pd.read_csv(tmp_path / "articles.csv")
    assert articles.loc[0, "authors"] == "Olena Mukhina"
    assert articles.loc[0, "published"] == "2025-01-03"


def test_export_manifest_counts_the_rows_of_every_table(tmp_path):
    main(["export", str(SEEDS), "--out", str(tmp_path), "--quiet"])
    manifest = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    rows = {name: table["rows"] for name, table in manifest["tables"].items()}
    assert (rows["articles"], rows["claims"], rows["speakers"], rows["load_report"]) == (1, 7, 2, 0)


def test_export_manifest_names_the_corpus_as_typed_and_no_other_path(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    fictional_folder(tmp_path / "in", 1)
    monkeypatch.chdir(tmp_path)
    main(["export", "in", "--out", "reports/tables", "--quiet"])
    text = (tmp_path / "reports" / "tables" / "export.json").read_text(encoding="utf-8")
    manifest = json.loads(text)
    assert (manifest["corpus"], manifest["corpus_from_export"], manifest["engine"]) == (["in"], ["../../in"], "local")
    assert str(tmp_path) not in text


def test_an_article_without_a_date_is_in_the_undated_partition(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "note.txt").write_text("Sampleville holds\n\nJane Example said the town holds.\n", encoding="utf-8")
    main(["export", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"])
    assert (tmp_path / "out" / "articles" / "published_month=undated" / "part-00000.parquet").is_file()


def test_a_new_export_replaces_the_parts_of_an_earlier_one(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(seed_layout("Jane Example said so.", date="2025-02-01"), encoding="utf-8")
    main(["export", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"])
    (tmp_path / "in" / "a.txt").write_text(seed_layout("Jane Example said so.", date="2025-03-01"), encoding="utf-8")
    main(["export", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"])
    assert sorted(path.name for path in (tmp_path / "out" / "articles").glob("published_month=*")) == [
        "published_month=2025-03"
    ]


def test_export_finishes_with_exit_0_when_some_files_are_bad(tmp_path):
    (tmp_path / "in").mkdir()
    folder = fictional_folder(tmp_path / "in", 2)
    assert main(["export", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    report = pd.read_parquet(tmp_path / "out" / "load_report.parquet")
    assert report["path"].tolist() == ["broken.txt"]


def test_export_of_only_bad_files_writes_empty_tables_with_their_columns(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "broken.txt").write_bytes(b"\x00\x01binary")
    main(["export", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"])
    claims = load_corpus(tmp_path / "out").claims
    assert (len(claims), "speaker" in claims.columns) == (0, True)


def test_export_with_a_scheduler_but_the_local_engine_is_a_one_line_error_with_exit_2(tmp_path, capsys):
    code = main(["export", str(SEEDS), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:8786"])
    assert (code, capsys.readouterr().err) == (2, "python -m helpers: error: --scheduler needs --engine dask\n")


def test_export_of_a_missing_folder_is_a_one_line_error_with_exit_2(tmp_path, capsys):
    assert main(["export", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "no such file or folder" in error


def test_export_without_out_is_a_one_line_error_with_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(SEEDS)])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def _russian_article(folder):
    text = seed_layout("\nЗа минувшие сутки возле Семплвиля отбито 38 атак. 3 января враг потерял 400 солдат.\n")
    (folder / "sampleville_ru.txt").write_text(text.replace(" Eng\n", " Rus\n", 1), encoding="utf-8")
    return folder


def test_an_article_in_a_language_without_word_lists_is_loaded_but_not_extracted(tmp_path):
    corpus = load_corpus(_russian_article(tmp_path))
    assert (len(corpus.articles), len(corpus.claims), len(corpus.events), len(corpus.places)) == (1, 0, 0, 0)


def test_an_article_in_a_language_without_word_lists_is_named_in_the_load_report(tmp_path):
    report = load_corpus(_russian_article(tmp_path)).load_report
    assert report[["path", "severity", "reason"]].values.tolist() == [[
        "sampleville_ru.txt", "warning",
        "article sampleville_ru: language 'ru' has no word lists yet: loaded, but no claims, sources, dates "
        "or places extracted",
    ]]
