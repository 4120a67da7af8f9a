"""How the export shows cells that CSV cannot hold: lists joined, dates without a time."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

from helpers.export import csv_ready, write_table


def _csv_cells(frame: pd.DataFrame, column: str) -> list:
    return csv_ready(pa.Table.from_pandas(frame, preserve_index=False)).column(column).to_pylist()


def test_a_list_of_names_is_joined_with_semicolons():
    frame = pd.DataFrame({"authors": [["Jane Example", "John Sample"]]})
    assert _csv_cells(frame, "authors") == ["Jane Example; John Sample"]


def test_a_list_of_sentence_numbers_is_joined_with_semicolons():
    frame = pd.DataFrame({"sentence_ids": [[3, 4, 12]]})
    assert _csv_cells(frame, "sentence_ids") == ["3; 4; 12"]


def test_an_empty_list_is_an_empty_cell_and_a_missing_list_stays_missing():
    frame = pd.DataFrame({"claims": [[], None]})
    assert _csv_cells(frame, "claims") == ["", None]


def test_a_column_of_whole_days_is_written_as_dates():
    frame = pd.DataFrame({"published": pd.to_datetime(["2025-01-03", None]).astype("datetime64[s]")})
    assert [str(cell) for cell in _csv_cells(frame, "published")] == ["2025-01-03", "None"]


def test_a_column_with_a_time_of_day_keeps_its_time():
    frame = pd.DataFrame({"seen": pd.to_datetime(["2025-01-03 14:30"]).astype("datetime64[s]")})
    assert pa.types.is_timestamp(csv_ready(pa.Table.from_pandas(frame)).column("seen").type)


def test_csv_and_parquet_hold_the_same_rows(tmp_path):
    frame = pd.DataFrame({"article_id": ["sampleville"], "places": [["Sampleville", "Exampleton"]]})
    write_table(frame, tmp_path / "places")
    assert (tmp_path / "places.csv").read_text(encoding="utf-8").splitlines() == [
        '"article_id","places"', '"sampleville","Sampleville; Exampleton"'
    ]
    assert pd.read_parquet(tmp_path / "places.parquet")["places"].map(list).tolist() == [["Sampleville", "Exampleton"]]
