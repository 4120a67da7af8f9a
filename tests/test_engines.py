"""The export's engines: the same rows from one process, a process pool or a Dask cluster, in
bounded memory; and the exported dataset read back by ``load_corpus`` and ``helpers.query``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers import load_corpus, query
from helpers.engines.dataset import ALL_TABLES, read_table
from helpers.engines.plan import Part, Task, batches, tasks
from helpers.export import export_corpus
from helpers.extract.attribution import fold_speakers
from helpers.load import CorpusFile
from helpers.tables import (
    article_frames, combine_speakers, finalise_batch, fold_mapping, merge_names, speaker_names, speaker_partials,
)
from conftest import SEEDS, seed_layout

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from corpus_gen import write_corpus  # noqa: E402

GENERATED_ARTICLES = 300
DEADLINE_S = 300  # bounds a hung cluster on a slow machine; nothing is timed


# --- planning --------------------------------------------------------------------------------


def _entries(root: Path, *names: str) -> list[CorpusFile]:
    return [(root, root / name) for name in names]


def test_files_that_would_share_an_article_id_are_loaded_in_one_batch():
    files = _entries(Path("corpus"), "a.md", "a.n.txt", "a.txt", "b.txt")
    assert [[file.name for _, file in batch] for batch in batches(files, 1)] == [["a.md", "a.txt"], ["a.n.txt"], ["b.txt"]]


def test_small_months_are_joined_in_one_task_with_one_part_each():
    plan = tasks([{"2025-01": 3, "2025-02": 2}, {"2025-02": 4, "undated": 1}], limit=100)
    assert plan == [Task((Part("2025-01", 0, (0,), 3), Part("2025-02", 0, (0, 1), 6), Part("undated", 0, (1,), 1)))]


def test_a_large_month_is_split_into_numbered_parts():
    plan = tasks([{"2025-01": 60}, {"2025-01": 60}, {"2025-01": 60}], limit=100)
    assert [[(part.month, part.number, part.batches) for part in task.parts] for task in plan] == [
        [("2025-01", 0, (0,))], [("2025-01", 1, (1,))], [("2025-01", 2, (2,))]
    ]


# --- the corpus-wide steps, batch by batch ------------------------------------------------------


def _statements(*speakers: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame({"article_id": [article for article, _ in speakers], "speaker": [name for _, name in speakers]})


def test_speaker_names_merged_from_batches_fold_as_the_whole_corpus_does():
    first = _statements(("a", "Viktor Tregubov"), ("a", "Jane Example"))
    second = _statements(("b", "Victor Trehubov"), ("b", "Tregubov"))
    whole = fold_speakers(["Viktor Tregubov", "Jane Example", "Victor Trehubov", "Tregubov"])
    merged = merge_names(speaker_names(second), speaker_names(first))  # any order: the first appearance decides ties
    assert fold_mapping(merged) == whole


def test_speakers_combined_from_two_batches_equal_the_table_of_both(tmp_path):
    for name, date in (("a.txt", "2025-03-14"), ("b.txt", "2025-04-02")):
        body = "Jane Example, a spokesperson for the 99th Example Brigade, said that 38 attacks were repelled."
        (tmp_path / name).write_text(seed_layout(body, date=date), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    frames = [article_frames([article]) for article in corpus.documents]  # one batch per article
    mapping = fold_mapping(merge_names(*(speaker_names(batch["attributions"]) for batch in frames)))
    joined = [finalise_batch(batch, mapping) for batch in frames]
    partials = [speaker_partials(tables["attributions"], tables["articles"], tables["claims"]) for tables in joined]
    pd.testing.assert_frame_equal(combine_speakers(partials), corpus.speakers)


# --- reading an export back ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_export(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed_export")
    export_corpus(SEEDS, out)
    return out


def test_an_export_reads_back_as_the_corpus_tables(seed_export):
    exported, loaded = load_corpus(seed_export), load_corpus(SEEDS)
    for name, table in loaded.tables().items():
        pd.testing.assert_frame_equal(exported.tables()[name], table, obj=name)


def test_an_exported_table_has_no_partition_column(seed_export):
    assert "published_month" not in load_corpus(seed_export).claims.columns


def test_list_cells_read_back_as_lists(seed_export):
    assert load_corpus(seed_export).articles.loc[0, "authors"] == ["Olena Mukhina"]


def test_an_exported_corpus_reads_an_article_again_from_its_file(seed_export):
    article = load_corpus(seed_export).article("000_45a4a854ecae5629")
    assert article.text == load_corpus(SEEDS).article("000_45a4a854ecae5629").text


def test_the_documents_of_an_export_are_read_when_asked_for(seed_export):
    documents = load_corpus(seed_export).documents
    assert (len(documents), documents[0].article_id) == (1, "000_45a4a854ecae5629")


def test_an_export_moved_with_its_corpus_still_finds_its_articles(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "project" / "seeds")
    export_corpus(tmp_path / "project" / "seeds", tmp_path / "project" / "tables")
    shutil.move(tmp_path / "project", tmp_path / "moved")
    assert load_corpus(tmp_path / "moved" / "tables").documents[0].title.startswith("Russians target key rail hub")


def test_an_article_whose_file_has_gone_is_an_error_naming_it(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    export_corpus(tmp_path / "seeds", tmp_path / "tables")
    shutil.rmtree(tmp_path / "seeds")
    with pytest.raises(FileNotFoundError, match="its file 000_45a4a854ecae5629.txt is not under"):
        load_corpus(tmp_path / "tables").article("000_45a4a854ecae5629")


def _outlet_article(folder: Path, name: str, date: str, outlet: str | None) -> None:
    header = f"---\ntitle: Sampleville holds\ndate: {date}\n" + (f"outlet: {outlet}\n" if outlet else "") + "---\n\n"
    (folder / name).write_text(header + "Jane Example said 40 people crossed the bridge.\n", encoding="utf-8")


def test_a_column_one_month_leaves_empty_has_one_type_across_the_dataset(tmp_path):
    (tmp_path / "in").mkdir()
    _outlet_article(tmp_path / "in", "a.md", "2025-01-10", None)
    _outlet_article(tmp_path / "in", "b.md", "2025-02-10", "The Sampleville Courier")
    export_corpus(tmp_path / "in", tmp_path / "out")
    articles = pd.read_parquet(tmp_path / "out" / "articles")  # pandas reads the folder as it is
    assert sorted(articles["outlet"].fillna("")) == ["", "The Sampleville Courier"]


# --- SQL ---------------------------------------------------------------------------------------


def test_query_counts_each_speakers_claims(seed_export):
    counts = query("SELECT speaker, count(*) AS n FROM claims WHERE speaker <> '' GROUP BY speaker ORDER BY speaker",
                   seed_export)
    assert counts.values.tolist() == [["Victor Trehubov", 1], ["Vitalii Lytvyn", 2]]


def test_query_sees_the_month_each_article_was_published(seed_export):
    assert query("SELECT DISTINCT published_month FROM articles", seed_export).values.tolist() == [["2025-01"]]


def test_query_reads_the_tables_not_tied_to_one_article(seed_export):
    assert query("SELECT count(*) FROM speakers", seed_export).iloc[0, 0] == 2


def test_query_of_a_folder_that_holds_no_export_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="no export.json"):
        query("SELECT 1", tmp_path)


# --- the Dask engine --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("generated")
    write_corpus(folder, GENERATED_ARTICLES)
    (folder / "undated_note.txt").write_text("Sampleville holds\n\nJane Example said the bridge holds.\n",
                                             encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_export(generated, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local_export")
    export_corpus(generated, out)
    return out


@pytest.fixture(scope="module")
def dask_run(generated, tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    """``python -m helpers export --engine dask --workers 2``: a 2-worker LocalCluster, started
    and closed by the command, in its own process (so a hung cluster is killed at the deadline)."""
    out = tmp_path_factory.mktemp("dask_export")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PYTEST_CURRENT_TEST", None)
    command = [sys.executable, "-m", "helpers", "export", str(generated), "--out", str(out), "--engine", "dask",
               "--workers", "2"]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=DEADLINE_S, cwd=REPO), out


def test_the_dask_engine_writes_exactly_the_local_engines_rows(dask_run, local_export):
    finished, out = dask_run
    assert finished.returncode == 0, finished.stderr
    for name in ALL_TABLES:
        pd.testing.assert_frame_equal(read_table(out, name), read_table(local_export, name), obj=name)


def test_the_dask_engine_prints_its_summary_and_nothing_else(dask_run):
    finished, _ = dask_run
    assert (finished.stderr, finished.stdout.count("\n")) == ("", 1)
    assert finished.stdout.startswith(f"{GENERATED_ARTICLES + 1} files: {GENERATED_ARTICLES + 1} articles loaded")
