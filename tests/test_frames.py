"""Walking a table's rows fast (``helpers.frames``) gives exactly what pandas' own walk gives."""

from __future__ import annotations

import math

import pandas as pd

from helpers.frames import plain, plain_rows


def _table() -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": pd.Series(["sampleville-1", None, "sampleville-3"], dtype="str"),
        "start": pd.Series([4, None, 9], dtype="Int64"),
        "published": pd.Series(["2025-01-03", None, "2025-01-05"], dtype="datetime64[s]"),
        "claims": [["c1"], [], None],
    })


def test_plain_rows_are_the_named_tuples_of_itertuples():
    expected, found = list(_table().itertuples(index=False)), list(plain_rows(_table()))
    assert [row._fields for row in found] == [row._fields for row in expected]
    assert repr(found) == repr(expected)


def test_a_missing_string_stays_the_columns_missing_value():
    values = plain(_table()["article_id"])
    assert values[0] == "sampleville-1" and isinstance(values[1], float) and math.isnan(values[1])
