"""A notebook's load cell (``open_corpus``): the export's tables when the export holds this
corpus, else the corpus loaded again, with a note saying why."""

from __future__ import annotations

import os
import warnings

import pytest

from helpers.corpus import StaleExportWarning, export_mismatch, open_corpus
from helpers.export import export_corpus
from tests.conftest import seed_layout


def _corpus(folder, *names):
    folder.mkdir(parents=True)
    for name in names:
        (folder / f"{name}.txt").write_text(
            seed_layout(f"Jane Example said that 12 drones were shot down near Sampleville ({name})."),
            encoding="utf-8",
        )
    return folder


def _exported(tmp_path):
    corpus = _corpus(tmp_path / "corpus", "first", "second")
    export_corpus(corpus, tmp_path / "tables")
    return corpus, tmp_path / "tables"


def _after_the_export(path, tables):
    """Give ``path`` a time one minute after the export's end, as an edit after it would."""
    when = (tables / "export.json").stat().st_mtime + 60
    os.utime(path, (when, when))


def test_a_fresh_export_of_the_same_corpus_is_opened_from_its_tables(tmp_path):
    corpus, tables = _exported(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        opened = open_corpus(corpus, tables)
    assert opened.exported is not None
    assert opened.articles["article_id"].tolist() == ["first", "second"]


def test_the_same_corpus_typed_another_way_still_uses_the_export(tmp_path, monkeypatch):
    corpus, tables = _exported(tmp_path)
    monkeypatch.chdir(tmp_path / "tables")
    assert open_corpus("../corpus/", "../tables").exported is not None


def test_no_export_given_loads_the_corpus_without_a_note(tmp_path):
    corpus = _corpus(tmp_path / "corpus", "first")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        opened = open_corpus(corpus, "")
    assert opened.exported is None
    assert opened.articles["article_id"].tolist() == ["first"]


def test_an_export_of_another_corpus_is_not_used(tmp_path):
    _, tables = _exported(tmp_path)
    other = _corpus(tmp_path / "other", "third")
    with pytest.warns(StaleExportWarning, match=r"it was exported from .*corpus, not from .*other; loading"):
        opened = open_corpus(other, tables)
    assert opened.exported is None
    assert opened.articles["article_id"].tolist() == ["third"]


def test_a_file_edited_after_the_export_makes_it_stale(tmp_path):
    corpus, tables = _exported(tmp_path)
    (corpus / "second.txt").write_text(seed_layout("Jane Example said that 15 drones were shot down."),
                                       encoding="utf-8")
    _after_the_export(corpus / "second.txt", tables)
    with pytest.warns(StaleExportWarning, match=r"1 file or folder of the corpus changed after it was written"):
        opened = open_corpus(corpus, tables)
    assert opened.exported is None
    assert opened.claims["surface"].tolist() == ["12", "15"]


def test_a_file_added_after_the_export_makes_it_stale(tmp_path):
    corpus, tables = _exported(tmp_path)
    (corpus / "third.txt").write_text(seed_layout("Sampleville was quiet."), encoding="utf-8")
    assert export_mismatch(tables, corpus) == "it read 2 files and the corpus now holds 3"
    with pytest.warns(StaleExportWarning):
        assert open_corpus(corpus, tables).articles["article_id"].tolist() == ["first", "second", "third"]


def test_a_folder_without_an_export_is_named_in_the_note(tmp_path):
    corpus = _corpus(tmp_path / "corpus", "first")
    (tmp_path / "tables").mkdir()
    assert export_mismatch(tmp_path / "tables", corpus) == f"{tmp_path / 'tables'} holds no finished export (no export.json)"
    with pytest.warns(StaleExportWarning, match="no export.json"):
        assert open_corpus(corpus, tmp_path / "tables").exported is None
