"""Bad input and the load report: one bad file never stops the rest, and none is dropped silently.

Issue 2, section 2 ("Bad input") and section 3 (the load report).  Each test puts one bad file
beside a good fictional article in a folder and expects (a) the good article still loads and
(b) the bad file has a report row naming its path (relative to the folder), the line to look
at, the severity and a reason.  Reasons are prose the loader may reword, so a test checks the
words an analyst would search for ("empty", "cp1251", the bad date) rather than the sentence.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pandas as pd
import pytest

from conftest import seed_layout
from helpers import LoadError, load_corpus
from helpers.load import load_file

GOOD = seed_layout("Jane Example says the defenders of Sampleville repelled 12 attacks over the past day.\n")
RECORD = {"title": "Sampleville holds", "date": "2025-03-14", "author": "Jane Example",
          "text": "Jane Example says Sampleville holds."}


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def folder_with(tmp_path: Path, name: str, content: str | bytes, **options):
    """Load a folder holding the good article and one other file; return (corpus, its rows)."""
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, name, content)
    corpus = load_corpus(tmp_path, **options)
    rows = corpus.load_report[corpus.load_report["path"] == name]
    return corpus, rows.reset_index(drop=True)


def loaded_paths(corpus) -> list[str]:
    return sorted({article.path for article in corpus.documents})


def only_row(rows: pd.DataFrame) -> dict:
    assert len(rows) == 1, rows
    row = rows.iloc[0].to_dict()
    row["line"] = None if pd.isna(row["line"]) else int(row["line"])
    return row


# --- LoadError ----------------------------------------------------------------------------------


def test_load_error_reads_path_line_and_reason():
    assert str(LoadError("sampleville.txt", 3, "empty file")) == "sampleville.txt, line 3: empty file"


def test_load_error_keeps_its_parts():
    error = LoadError("sampleville.txt", 3, "empty file")
    assert (error.path, error.line, error.reason) == ("sampleville.txt", 3, "empty file")


def test_load_error_without_a_line_reads_path_and_reason():
    # The issue gives only the "path, line N: reason" form; a file-level error has no line.
    assert str(LoadError("sampleville.pdf", None, "unknown layout")) == "sampleville.pdf: unknown layout"


def test_load_file_raises_load_error_for_a_bad_file(tmp_path):
    with pytest.raises(LoadError) as raised:
        load_file(write(tmp_path, "empty.txt", b""), root=tmp_path)
    assert raised.value.path == "empty.txt"


# --- each bad input ------------------------------------------------------------------------------


def test_empty_file_is_an_error_row_and_the_good_file_still_loads(tmp_path):
    corpus, rows = folder_with(tmp_path, "empty.txt", b"")
    row = only_row(rows)
    assert (row["path"], row["severity"]) == ("empty.txt", "error")
    assert "empty" in row["reason"]
    assert loaded_paths(corpus) == ["good.txt"]


def test_empty_file_has_no_line_to_point_at(tmp_path):
    # A 0-byte file has no line 1; the issue is silent, and an empty line is the honest answer.
    assert only_row(folder_with(tmp_path, "empty.txt", b"")[1])["line"] is None


def test_whitespace_only_file_is_an_empty_file_error_at_line_1(tmp_path):
    corpus, rows = folder_with(tmp_path, "blank.txt", " \n\t\n\n   \n")
    row = only_row(rows)
    assert (row["path"], row["line"], row["severity"]) == ("blank.txt", 1, "error")
    assert "empty" in row["reason"]
    assert loaded_paths(corpus) == ["good.txt"]


def test_binary_file_with_nul_bytes_is_an_error_at_the_line_of_the_first_nul(tmp_path):
    corpus, rows = folder_with(tmp_path, "photo.txt", b"Sampleville\n\x89PNG\x00\x00\x01\x02\x03\n")
    row = only_row(rows)
    assert (row["path"], row["line"], row["severity"]) == ("photo.txt", 2, "error")
    assert "binary" in row["reason"]
    assert loaded_paths(corpus) == ["good.txt"]


def test_undecodable_bytes_are_an_error_at_the_line_of_the_first_bad_byte(tmp_path):
    # 0x98 is undefined in cp1251 and 0x81 in cp1252: no encoding the loader sniffs reads it.
    content = b"Sampleville holds\n\nJane Example says \x98\x81 attacks were repelled.\n"
    corpus, rows = folder_with(tmp_path, "garbled.txt", content)
    row = only_row(rows)
    assert (row["path"], row["line"], row["severity"]) == ("garbled.txt", 3, "error")
    assert "utf-8" in row["reason"].lower()
    assert loaded_paths(corpus) == ["good.txt"]


CYRILLIC = "Семплвіль тримається\n\nДжейн Приклад каже, що оборонці Семплвіля відбили 12 атак.\n"


def test_cp1251_cyrillic_file_loads_with_its_letters_decoded(tmp_path):
    corpus, _ = folder_with(tmp_path, "cyrillic.txt", CYRILLIC.encode("cp1251"))
    assert corpus.article("cyrillic").title == "Семплвіль тримається"
    assert loaded_paths(corpus) == ["cyrillic.txt", "good.txt"]


def test_cp1251_cyrillic_file_gives_a_warning_naming_cp1251(tmp_path):
    row = only_row(folder_with(tmp_path, "cyrillic.txt", CYRILLIC.encode("cp1251"))[1])
    assert (row["path"], row["line"], row["severity"]) == ("cyrillic.txt", 1, "warning")
    assert "cp1251" in row["reason"]


def test_utf16_file_with_byte_order_mark_loads(tmp_path):
    corpus, _ = folder_with(tmp_path, "utf16.txt", codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"))
    assert corpus.article("utf16").title == "Sampleville holds"


def test_header_with_an_impossible_date_is_an_error_naming_the_date(tmp_path):
    corpus, rows = folder_with(tmp_path, "feb30.txt", GOOD.replace("2025-03-14", "2025-02-30"))
    row = only_row(rows)
    assert (row["path"], row["line"], row["severity"]) == ("feb30.txt", 1, "error")
    assert "2025-02-30" in row["reason"]
    assert loaded_paths(corpus) == ["good.txt"]


def test_file_over_the_size_cap_is_an_error_naming_the_cap(tmp_path):
    write(tmp_path, "small.txt", "Sampleville holds\n\nJane Example says so.\n")
    corpus, rows = folder_with(tmp_path, "big.txt", "Sampleville holds\n\n" + "Jane Example says so. " * 20,
                               max_bytes=100)
    row = only_row(rows)
    assert (row["path"], row["line"], row["severity"]) == ("big.txt", None, "error")
    assert "too large" in row["reason"] and "100" in row["reason"]
    assert "small.txt" in loaded_paths(corpus)


def test_default_size_cap_refuses_a_six_megabyte_file(tmp_path):
    corpus, rows = folder_with(tmp_path, "huge.txt", b"Sampleville holds\n\n" + b"a" * 6_000_000)
    assert only_row(rows)["severity"] == "error"
    assert loaded_paths(corpus) == ["good.txt"]


def test_truncated_seed_file_with_header_and_title_only_is_an_error(tmp_path):
    corpus, rows = folder_with(tmp_path, "truncated.txt", " date 2025-03-14 Eng\nSampleville holds\n")
    row = only_row(rows)
    assert (row["path"], row["line"], row["severity"]) == ("truncated.txt", 2, "error")
    assert "truncated" in row["reason"]
    assert loaded_paths(corpus) == ["good.txt"]


def test_truncated_json_is_an_error(tmp_path):
    corpus, rows = folder_with(tmp_path, "cut.json", json.dumps(RECORD)[:40])
    row = only_row(rows)
    assert (row["path"], row["line"], row["severity"]) == ("cut.json", 1, "error")
    assert "JSON" in row["reason"]
    assert loaded_paths(corpus) == ["good.txt"]


def test_bad_line_in_jsonl_is_an_error_row_at_that_line(tmp_path):
    content = "\n".join([json.dumps(RECORD), '{"title": "Exampleton", "text": "cut sho', json.dumps(RECORD)]) + "\n"
    row = only_row(folder_with(tmp_path, "records.jsonl", content)[1])
    assert (row["path"], row["line"], row["severity"]) == ("records.jsonl", 2, "error")
    assert "JSON" in row["reason"]


def test_bad_line_in_jsonl_does_not_stop_its_good_lines(tmp_path):
    content = "\n".join([json.dumps(RECORD), '{"title": "Exampleton", "text": "cut sho', json.dumps(RECORD)]) + "\n"
    corpus, _ = folder_with(tmp_path, "records.jsonl", content)
    assert [article.path for article in corpus.documents].count("records.jsonl") == 2


def test_json_nested_100000_deep_is_an_error_naming_it_too_deeply_nested(tmp_path):
    corpus, rows = folder_with(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000)
    row = only_row(rows)
    assert (row["path"], row["line"], row["severity"]) == ("deep.json", 1, "error")
    assert "too deeply nested" in row["reason"]
    assert "loader bug" not in row["reason"]
    assert loaded_paths(corpus) == ["good.txt"]


def test_json_nesting_error_points_at_the_line_where_the_nesting_runs_deep(tmp_path):
    content = '{"articles": [\n' + json.dumps(RECORD) + ',\n{"text": ' + "[" * 5_000 + "]" * 5_000 + "}]}"
    row = only_row(folder_with(tmp_path, "deep.json", content)[1])
    assert (row["line"], "too deeply nested" in row["reason"]) == (3, True)


def test_deeply_nested_jsonl_line_is_an_error_at_that_line_and_the_other_lines_load(tmp_path):
    content = "\n".join([json.dumps(RECORD), "[" * 5_000 + "]" * 5_000, json.dumps(RECORD)]) + "\n"
    corpus, rows = folder_with(tmp_path, "records.jsonl", content)
    row = only_row(rows)
    assert (row["line"], "too deeply nested" in row["reason"]) == (2, True)
    assert [article.path for article in corpus.documents].count("records.jsonl") == 2


def test_json_record_without_text_is_an_error(tmp_path):
    corpus, rows = folder_with(tmp_path, "no_text.json", json.dumps({"title": "Sampleville holds"}))
    row = only_row(rows)
    assert (row["path"], row["severity"]) == ("no_text.json", "error")
    assert "text" in row["reason"]


@pytest.mark.parametrize("name", ["report.pdf", "report.docx"])
def test_unknown_extension_is_an_error_naming_the_extension(tmp_path, name):
    corpus, rows = folder_with(tmp_path, name, b"%PDF-1.4 Sampleville")
    row = only_row(rows)
    assert (row["path"], row["line"], row["severity"]) == (name, None, "error")
    assert name.rsplit(".", 1)[1] in row["reason"]
    assert loaded_paths(corpus) == ["good.txt"]


def test_hidden_file_is_reported_as_skipped(tmp_path):
    corpus, rows = folder_with(tmp_path, ".sampleville.txt", GOOD)
    row = only_row(rows)
    # Skipping a hidden file on purpose is a caveat (warning), not a broken file (error).
    assert (row["path"], row["line"], row["severity"]) == (".sampleville.txt", None, "warning")
    assert "skipped" in row["reason"]
    assert loaded_paths(corpus) == ["good.txt"]


def test_file_in_a_hidden_folder_is_reported_as_skipped(tmp_path):
    corpus, rows = folder_with(tmp_path, ".drafts/sampleville.txt", GOOD)
    assert "skipped" in only_row(rows)["reason"]
    assert loaded_paths(corpus) == ["good.txt"]


EMPTY_HEADING_FIRST = {
    "plain.md": "# \n\nSampleville holds\n\nJane Example says so.\n",
    "front.md": "---\nauthor: Jane Example\n---\n# \n\nJane Example says so.\n",
    "scraped.md": "# example.org\n\n## Content\n\n# \n\nJane Example says so.\n",
}


@pytest.mark.parametrize("name", sorted(EMPTY_HEADING_FIRST))
def test_empty_markdown_heading_before_the_text_does_not_stop_the_file_loading(tmp_path, name):
    # Found by the property test: "# " with nothing after it crashed every text layout.
    corpus, rows = folder_with(tmp_path, name, EMPTY_HEADING_FIRST[name])
    assert loaded_paths(corpus) == sorted(["good.txt", name])
    assert "error" not in set(rows["severity"])


def test_plain_file_opening_with_an_empty_heading_takes_the_first_line_with_words_as_title(tmp_path):
    corpus, _ = folder_with(tmp_path, "plain.md", EMPTY_HEADING_FIRST["plain.md"])
    assert corpus.article("plain").title == "Sampleville holds"


def test_bad_file_in_a_sub_folder_is_named_by_its_path_below_the_corpus_root(tmp_path):
    assert only_row(folder_with(tmp_path, "2025/empty.txt", b"")[1])["path"] == "2025/empty.txt"


def test_missing_path_is_file_not_found_naming_the_path(tmp_path):
    missing = tmp_path / "no_such_folder"
    with pytest.raises(FileNotFoundError, match="no_such_folder"):
        load_corpus(missing)


# --- the load report of a whole folder -------------------------------------------------------------

BAD_FILES: dict[str, str | bytes] = {
    "empty.txt": b"",
    "blank.txt": "  \n\n",
    "binary.txt": b"\x00\x01\x02\x03",
    "garbled.txt": b"Sampleville \x98\x81\n",
    "feb30.txt": GOOD.replace("2025-03-14", "2025-02-30"),
    "truncated.txt": " date 2025-03-14 Eng\nSampleville holds\n",
    "cut.json": json.dumps(RECORD)[:40],
    "report.pdf": b"%PDF-1.4",
    "report.docx": b"PK\x03\x04",
}
GOOD_FILES: dict[str, str | bytes] = {
    "good.txt": GOOD,
    "cyrillic.txt": CYRILLIC.encode("cp1251"),
    "plain.txt": "Sampleville holds\n\nJane Example says so.\n",
    "record.json": json.dumps(RECORD),
}


@pytest.fixture
def mixed_folder(tmp_path: Path):
    for name, content in {**BAD_FILES, **GOOD_FILES}.items():
        write(tmp_path, name, content)
    return load_corpus(tmp_path)


def test_every_file_is_counted_as_loaded_or_as_an_error_row(mixed_folder):
    errors = mixed_folder.load_report[mixed_folder.load_report["severity"] == "error"]
    assert mixed_folder.files_seen == len(loaded_paths(mixed_folder)) + len(errors) == 13


def test_the_good_files_of_a_folder_with_bad_files_all_load(mixed_folder):
    assert loaded_paths(mixed_folder) == sorted(GOOD_FILES)


def test_every_bad_file_has_exactly_one_error_row(mixed_folder):
    errors = mixed_folder.load_report[mixed_folder.load_report["severity"] == "error"]
    assert sorted(errors["path"]) == sorted(BAD_FILES)


def test_every_report_row_has_a_severity_and_a_reason(mixed_folder):
    report = mixed_folder.load_report
    assert set(report["severity"]) == {"error", "warning"}
    assert report["reason"].str.len().gt(0).all()


def test_load_report_names_files_relative_to_the_folder_never_a_machine_path(mixed_folder, tmp_path):
    assert not any(str(tmp_path) in path or path.startswith("/") for path in mixed_folder.load_report["path"])


def test_load_report_is_sorted_by_path(mixed_folder):
    report = mixed_folder.load_report
    assert report["path"].tolist() == sorted(report["path"])
