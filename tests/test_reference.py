"""Reference series beside claims, as an analyst expects them: the loader refuses bad rows
with file, line and reason and keeps the rest; unit families fold what a figure counts; each
window rule of ``reference_check`` on constructed frames; and the seed's "300 to 400"
Russian soldiers a day against the General Staff's 1,080 of 3 January 2025.  Issue 11.

The constructed series belongs to the fictional Sampleville Defence Office: personnel from
1 to 14 March 2025, running total 1000 + 5d(d + 1) on day d, so the value of day d is 10d
(day 1 has only its total).  Articles are about Sampleville and Exampleton.
"""

from __future__ import annotations

import json
import math
import os
import sys
from datetime import date

import pandas as pd
import pytest

from conftest import REPO, SEEDS
from helpers.load import LoadError
from helpers.reference import (
    REFERENCE_CHECK_COLUMNS, REFERENCE_COLUMNS, REFERENCE_TABLE_COLUMNS, ReferenceSource, claim_measures,
    load_reference, read_reference, reference_check, scope_note,
)
from helpers.units import unit_family, unit_side

HEADER = ",".join(REFERENCE_COLUMNS)
OFFICE = "Sampleville Defence Office"
SOURCES = {OFFICE: ReferenceSource(scope="whole front", side="Russia")}


def write(tmp_path, name: str, lines: list[str]) -> str:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def office_series(tmp_path) -> pd.DataFrame:
    """Personnel for 1-14 March 2025 (value 10d, total 1000 + 5d(d+1)) and tanks on 10 March (0)."""
    lines = [HEADER]
    for day in range(1, 15):
        value = "" if day == 1 else str(10 * day)
        lines.append(f"2025-03-{day:02d},personnel,{value},{1000 + 5 * day * (day + 1)},people,{OFFICE},")
    lines.append(f"2025-03-10,tank,0,40,items,{OFFICE},")
    table, problems = load_reference([write(tmp_path, "office.csv", lines)], shipped=False)
    assert problems == []
    return table


# --- loading ----------------------------------------------------------------------------------


def test_a_good_file_loads_as_a_typed_table(tmp_path):
    path = write(tmp_path, "good.csv", [
        HEADER,
        f"2025-03-01,personnel,,1010,people,{OFFICE},https://example.org/sampleville",
        f"2025-03-02,personnel,20,1030,people,{OFFICE},https://example.org/sampleville",
    ])
    table, problems = read_reference(path)
    assert problems == []
    assert list(table.columns) == REFERENCE_TABLE_COLUMNS
    assert table["date"].dtype == "datetime64[s]"
    assert table["date"].tolist() == [pd.Timestamp("2025-03-01"), pd.Timestamp("2025-03-02")]
    assert table["measure"].tolist() == ["personnel", "personnel"]
    assert math.isnan(table["value"][0]) and table["value"][1] == 20.0
    assert table["cumulative"].tolist() == [1010.0, 1030.0]
    assert table["source_url"].tolist() == ["https://example.org/sampleville"] * 2
    assert table["path"].tolist() == [path, path]
    assert table["line"].tolist() == [2, 3]


@pytest.mark.parametrize("row, reason", [
    (f",personnel,20,1030,people,{OFFICE},", "missing date"),
    (f"2025-02-30,personnel,20,1030,people,{OFFICE},", "impossible date '2025-02-30'"),
    (f"03/03/2025,personnel,20,1030,people,{OFFICE},", "date '03/03/2025' is not YYYY-MM-DD"),
    (f"2025-03-03,personnel,twenty,1030,people,{OFFICE},", "value 'twenty' is not a number"),
    (f"2025-03-03,personnel,20,\"1,030\",people,{OFFICE},", "cumulative '1,030' is not a number"),
    (f"2025-03-03,personnel,nan,1030,people,{OFFICE},", "value 'nan' is not a number"),
    (f"2025-03-03,soldiers,20,1030,people,{OFFICE},",
     "unknown measure 'soldiers' (the known ones are in helpers.lexicon.REFERENCE_MEASURES)"),
    (f"2025-03-03,personnel,,,people,{OFFICE},", "neither value nor cumulative given"),
    (f"2025-03-03,personnel,20,-5,people,{OFFICE},", "cumulative -5 is below zero"),
    ("2025-03-03,personnel,20,1030,people,,", "missing source"),
    (f"2025-03-03,personnel,20,1030,people,{OFFICE}", "6 fields, expected 7"),
])
def test_a_bad_row_is_refused_with_its_file_line_and_reason_and_the_rest_loads(tmp_path, row, reason):
    path = write(tmp_path, "office.csv", [
        HEADER,
        f"2025-03-01,personnel,,1010,people,{OFFICE},",
        row,
        f"2025-03-02,personnel,20,1030,people,{OFFICE},",
    ])
    table, problems = load_reference([path], shipped=False)
    assert [(p.path, p.line, p.reason) for p in problems] == [(path, 3, reason)]
    assert all(isinstance(p, LoadError) for p in problems)
    assert table["date"].tolist() == [pd.Timestamp("2025-03-01"), pd.Timestamp("2025-03-02")]


def test_every_reason_of_a_row_is_given_at_once(tmp_path):
    path = write(tmp_path, "office.csv", [HEADER, f",tanks,lots,1030,people,{OFFICE},"])
    _, problems = load_reference([path], shipped=False)
    assert [p.reason for p in problems] == [
        "missing date; unknown measure 'tanks' (the known ones are in helpers.lexicon.REFERENCE_MEASURES); "
        "value 'lots' is not a number"
    ]


def test_a_wrong_header_refuses_that_file_and_the_next_file_still_loads(tmp_path):
    wrong = write(tmp_path, "wrong.csv", [
        "date,measure,value,total,unit,source,source_url",
        f"2025-03-01,personnel,,1010,people,{OFFICE},",
    ])
    good = write(tmp_path, "good.csv", [HEADER, f"2025-03-02,personnel,20,1030,people,{OFFICE},"])
    table, problems = load_reference([wrong, good], shipped=False)
    assert [(p.path, p.line, p.reason) for p in problems] == [(
        wrong, 1,
        "wrong header (missing cumulative; unexpected 'total'): the columns are "
        "date, measure, value, cumulative, unit, source, source_url; nothing loaded",
    )]
    assert table["path"].tolist() == [good]


def test_columns_may_come_in_any_order(tmp_path):
    path = write(tmp_path, "office.csv", [
        "measure,date,cumulative,value,unit,source,source_url",
        f"personnel,2025-03-02,1030,20,people,{OFFICE},",
    ])
    table, problems = read_reference(path)
    assert problems == []
    assert (table["date"][0], table["value"][0], table["cumulative"][0]) == (pd.Timestamp("2025-03-02"), 20.0, 1030.0)


def test_a_missing_or_empty_file_is_reported_and_nothing_is_raised(tmp_path):
    empty = write(tmp_path, "empty.csv", [])
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    missing = str(tmp_path / "nowhere.csv")
    table, problems = load_reference([missing, empty], shipped=False)
    assert [(p.path, p.line, p.reason) for p in problems] == [
        (missing, None, "no such reference file"), (empty, 1, "empty file"),
    ]
    assert len(table) == 0 and list(table.columns) == REFERENCE_TABLE_COLUMNS


def test_a_row_given_twice_is_refused_as_a_duplicate_naming_the_first(tmp_path):
    first = write(tmp_path, "first.csv", [HEADER, f"2025-03-02,personnel,20,1030,people,{OFFICE},"])
    second = write(tmp_path, "second.csv", [HEADER, f"2025-03-02,personnel,25,1035,people,{OFFICE},"])
    table, problems = load_reference([first, second], shipped=False)
    assert [(p.path, p.line, p.reason) for p in problems] == [
        (second, 2, f"duplicate of {first}, line 2 ({OFFICE}, personnel, 2025-03-02)"),
    ]
    assert table["value"].tolist() == [20.0]


def test_the_environment_variable_names_the_users_files(tmp_path, monkeypatch):
    one = write(tmp_path, "one.csv", [HEADER, f"2025-03-02,personnel,20,1030,people,{OFFICE},"])
    two = write(tmp_path, "two.csv", [HEADER, f"2025-03-03,tank,1,41,items,{OFFICE},"])
    monkeypatch.setenv("FCW_REFERENCE", os.pathsep.join([one, two]))
    table, problems = load_reference(shipped=False)
    assert problems == []
    assert list(zip(table["measure"], table["path"])) == [("personnel", one), ("tank", two)]
    table, _ = load_reference([two], shipped=False)  # an argument replaces the variable
    assert table["path"].tolist() == [two]


def test_the_shipped_general_staff_series_loads_unless_told_not_to(monkeypatch):
    monkeypatch.delenv("FCW_REFERENCE", raising=False)
    table, problems = load_reference()
    assert problems == []
    day = table[(table["date"] == "2025-01-03") & (table["measure"] == "personnel")]
    assert day[["value", "cumulative", "unit", "source"]].values.tolist() == [
        [1080.0, 793250.0, "people", "General Staff of the Armed Forces of Ukraine"],
    ]
    first = table[(table["date"] == "2022-02-25") & (table["measure"] == "personnel")]
    assert math.isnan(first["value"].iloc[0]) and first["cumulative"].iloc[0] == 2800.0
    assert len(load_reference(shipped=False).table) == 0


# --- the converter ----------------------------------------------------------------------------


def test_the_converter_takes_differences_of_consecutive_days_and_keeps_each_measure_where_present(tmp_path):
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import convert_general_staff
    finally:
        sys.path.remove(str(REPO / "scripts"))
    source = tmp_path / "json"
    source.mkdir()
    (source / "russia_losses_personnel.json").write_text(json.dumps([
        {"date": "2025-03-01", "day": 1, "personnel": 1000, "personnel*": "about"},
        {"date": "2025-03-02", "day": 2, "personnel": 1080, "personnel*": "more"},
    ]))
    (source / "russia_losses_equipment.json").write_text(json.dumps([
        {"date": "2025-03-01", "day": 1, "tank": 40, "fuel tank": 5, "greatest losses direction": "Sampleville"},
        {"date": "2025-03-02", "day": 2, "tank": 39, "fuel tank": None, "vehicles and fuel tanks": 9},
    ]))
    out = tmp_path / "out.csv"
    assert convert_general_staff.main([str(source), str(out)]) == 0
    url = "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/tree/37655f8b"
    staff = "General Staff of the Armed Forces of Ukraine"
    assert out.read_text().splitlines() == [
        HEADER,
        f"2025-03-01,personnel,,1000,people,{staff},{url}",
        f"2025-03-01,tank,,40,items,{staff},{url}",
        f"2025-03-01,fuel tank,,5,items,{staff},{url}",
        f"2025-03-02,personnel,80,1080,people,{staff},{url}",
        f"2025-03-02,tank,-1,39,items,{staff},{url}",
        f"2025-03-02,vehicles and fuel tanks,,9,items,{staff},{url}",
    ]
    assert read_reference(out).problems == []


# --- unit families ----------------------------------------------------------------------------


@pytest.mark.parametrize("unit, family", [
    ("soldiers", "personnel"), ("troops", "personnel"), ("personnel", "personnel"),
    ("Russian soldiers", "personnel"), ("Russia’s troops", "personnel"), ("enemy servicemen", "personnel"),
    ("casualties", "casualties"), ("killed and wounded", "casualties"), ("deaths", "deaths"),
    ("tanks", "tanks"), ("Russian tanks", "tanks"), ("main battle tanks", "tanks"),
    ("tanks and armoured vehicles", "tanks"), ("fuel tanks", "vehicles"),
    ("drones", "drones"), ("UAVs", "drones"), ("artillery systems", "artillery"),
    ("artillery", "artillery"), ("armoured vehicles", "armoured vehicles"), ("APCs", "armoured vehicles"),
    ("MLRS", "multiple rocket launchers"), ("warships", "warships"),
    ("mortar systems and their crews", ""), ("civilian casualties", ""), ("", ""),
    ("Russian attacks", "attacks"), ("total Russian casualties", "casualties"), ("Ukrainian civilians", "people"),
])
def test_unit_families(unit, family):
    assert unit_family(unit, "en") == family


def test_a_language_without_lists_gives_no_family():
    assert unit_family("soldiers", "uk") == ""


@pytest.mark.parametrize("unit, side", [
    ("Russian soldiers", "Russia"), ("Ukrainian soldiers", "Ukraine"), ("Russia's troops", "Russia"),
    ("North Korean soldiers", "North Korea"), ("enemy tanks", ""), ("troops", ""),
])
def test_unit_sides(unit, side):
    assert unit_side(unit, "en") == side


@pytest.mark.parametrize("kind, unit, measures", [
    ("casualties", "Russian soldiers", ("personnel",)), ("casualties", "casualties", ("personnel",)),
    ("other", "troops", ()), ("equipment", "tanks", ("tank",)), ("equipment", "UAVs", ("drone",)),
    ("equipment", "artillery systems", ("field artillery",)), ("equipment", "APCs", ("APC",)),
    ("equipment", "vehicles", ("vehicles and fuel tanks", "military auto")), ("attacks", "drones", ()),
    ("casualties", "deaths", ()),
])
def test_claim_measures_by_kind_and_unit(kind, unit, measures):
    assert claim_measures(kind, unit, "en") == measures


# --- reference_check on constructed frames ----------------------------------------------------


def claims_frame(*rows: dict) -> pd.DataFrame:
    """Claims with the columns reference_check reads; each row overrides these defaults."""
    default = {"article_id": "a1", "kind": "casualties", "unit": "Russian soldiers", "value_low": 300.0,
               "value_high": 400.0, "period": "", "window": "", "scope": "", "sentence_id": 3,
               "start": 50, "end": 53}
    return pd.DataFrame([{**default, "claim_id": f"a1/c{i + 1:03d}", **row} for i, row in enumerate(rows)])


def events_frame(*rows: dict) -> pd.DataFrame:
    default = {"article_id": "a1", "sentence_id": 3, "kind": "day-month", "surface": "", "start": 10, "end": 20}
    frame = pd.DataFrame([{**default, "event_id": f"a1/e{i + 1:03d}", **row} for i, row in enumerate(rows)],
                         columns=["event_id", "article_id", "sentence_id", "kind", "surface", "start", "end",
                                  "date_start", "date_end", "claims"])
    for column in ("date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    return frame


def articles_frame(published: str | None = "2025-03-14") -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a1"], "published": pd.Series([published], dtype="datetime64[s]"),
                         "language": ["en"]})


def check(tmp_path, claims, events=None, articles=None) -> pd.DataFrame:
    return reference_check(claims, events if events is not None else events_frame(),
                           articles if articles is not None else articles_frame(), office_series(tmp_path),
                           sources=SOURCES)


def compared(frame: pd.DataFrame) -> list[tuple]:
    """(measure, date_start, date_end, reference_value, comparison, dated_by) of each row."""
    return [
        (r.measure, r.date_start.date() if pd.notna(r.date_start) else None,
         r.date_end.date() if pd.notna(r.date_end) else None,
         None if math.isnan(r.reference_value) else r.reference_value, r.comparison, r.dated_by)
        for r in frame.itertuples()
    ]


def test_a_daily_rate_in_a_dated_sentence_is_compared_with_that_days_value(tmp_path):
    claims = claims_frame({"period": "day"})
    events = events_frame({"surface": "On 10 March", "date_start": "2025-03-10", "date_end": "2025-03-10",
                           "claims": ["a1/c001"]})
    out = check(tmp_path, claims, events)
    assert list(out.columns) == REFERENCE_CHECK_COLUMNS
    assert compared(out) == [("personnel", date(2025, 3, 10), date(2025, 3, 10), 100.0, "daily value", "a1/e001")]
    assert out["ratio"].tolist() == [400 / 100]


def test_a_daily_rate_over_several_days_is_compared_with_the_mean_daily_value(tmp_path):
    claims = claims_frame({"period": "day"})
    events = events_frame({"kind": "day-month-range", "date_start": "2025-03-05", "date_end": "2025-03-07",
                           "claims": ["a1/c001"]})
    assert compared(check(tmp_path, claims, events)) == [
        ("personnel", date(2025, 3, 5), date(2025, 3, 7), 60.0, "mean per day", "a1/e001"),
    ]


def test_a_figure_over_a_window_without_a_rate_is_compared_with_the_sum_over_the_window(tmp_path):
    claims = claims_frame({"value_low": 150.0, "value_high": 150.0})
    events = events_frame({"kind": "day-month-range", "date_start": "2025-03-05", "date_end": "2025-03-07",
                           "claims": ["a1/c001"]})
    out = check(tmp_path, claims, events)
    assert compared(out) == [("personnel", date(2025, 3, 5), date(2025, 3, 7), 180.0, "sum over window", "a1/e001")]
    assert out["ratio"].tolist() == [150 / 180]


def test_a_window_counted_back_from_a_day_is_compared_over_its_last_days(tmp_path):
    claims = claims_frame({"window": "over the past week"})
    events = events_frame({"kind": "window", "surface": "over the past week", "date_start": "2025-03-07",
                           "date_end": "2025-03-14", "claims": ["a1/c001"]})
    assert compared(check(tmp_path, claims, events)) == [
        ("personnel", date(2025, 3, 8), date(2025, 3, 14), 770.0, "sum over window", "a1/e001"),
    ]


def test_a_window_that_began_before_publication_ends_on_the_publication_day(tmp_path):
    claims = claims_frame({"window": "this month", "value_low": 800.0, "value_high": 800.0})
    events = events_frame({"kind": "relative-period", "surface": "this month", "date_start": "2025-03-01",
                           "date_end": "2025-03-31", "claims": ["a1/c001"]})
    out = check(tmp_path, claims, events, articles_frame("2025-03-12"))  # 1 March has no value: no sum
    assert compared(out) == [("personnel", date(2025, 3, 1), date(2025, 3, 12), None, "sum over window", "a1/e001")]
    events.loc[0, "date_start"] = pd.Timestamp("2025-03-02")
    assert compared(check(tmp_path, claims, events, articles_frame("2025-03-12"))) == [
        ("personnel", date(2025, 3, 2), date(2025, 3, 12), 770.0, "sum over window", "a1/e001"),
    ]


def test_a_running_total_is_compared_with_the_cumulative_figure(tmp_path):
    claims = claims_frame({"window": "since the start of the full-scale invasion", "value_low": 2000.0,
                           "value_high": 2000.0})
    out = check(tmp_path, claims, articles=articles_frame("2025-03-14"))
    assert compared(out) == [("personnel", date(2025, 3, 14), date(2025, 3, 14), 2050.0, "cumulative", "published")]


def test_a_weekly_rate_dated_by_one_day_is_compared_with_the_seven_days_to_it(tmp_path):
    claims = claims_frame({"period": "week", "value_low": 1000.0, "value_high": 1000.0})
    out = check(tmp_path, claims, articles=articles_frame("2025-03-14"))
    assert compared(out) == [("personnel", date(2025, 3, 8), date(2025, 3, 14), 770.0, "sum over 7 days", "published")]


def test_a_weekly_rate_over_a_longer_window_is_compared_with_the_mean_per_seven_days(tmp_path):
    claims = claims_frame({"period": "week"})
    events = events_frame({"kind": "day-month-range", "date_start": "2025-03-02", "date_end": "2025-03-15",
                           "claims": ["a1/c001"]})
    out = check(tmp_path, claims, events, articles_frame("2025-03-20"))  # 15 March is not in the series
    assert compared(out) == [("personnel", date(2025, 3, 2), date(2025, 3, 15), None, "mean per 7 days", "a1/e001")]
    events.loc[0, "date_end"] = pd.Timestamp("2025-03-14")
    assert compared(check(tmp_path, claims, events)) == [
        ("personnel", date(2025, 3, 2), date(2025, 3, 14), 1040 / 13 * 7, "mean per 7 days", "a1/e001"),
    ]


def test_a_claim_in_an_undated_sentence_takes_the_publication_date(tmp_path):
    claims = claims_frame({"period": "day"})
    out = check(tmp_path, claims, articles=articles_frame("2025-03-12"))
    assert compared(out) == [("personnel", date(2025, 3, 12), date(2025, 3, 12), 120.0, "daily value", "published")]


def test_a_figure_without_a_rate_dated_only_by_publication_gets_no_reference_value(tmp_path):
    out = check(tmp_path, claims_frame({"value_low": 6240.0, "value_high": 6240.0}))  # a total? a day? unknown
    assert compared(out) == [
        ("personnel", date(2025, 3, 14), date(2025, 3, 14), None, "no rate or dated window", "published"),
    ]


def test_a_share_is_not_set_beside_a_count(tmp_path):
    claims = claims_frame({"surface": "60 percent", "value_low": 60.0, "value_high": 60.0, "period": "day"},
                          {"surface": "400", "period": "day"})
    assert check(tmp_path, claims)["claim_id"].tolist() == ["a1/c002"]


def test_a_vague_quantity_keeps_its_reference_value_but_gets_no_ratio(tmp_path):
    claims = claims_frame({"surface": "hundreds", "approx": "vague", "value_low": 200.0, "value_high": 999.0,
                           "period": "day"})
    out = check(tmp_path, claims)
    assert (out["reference_value"].tolist(), math.isnan(out["ratio"][0])) == ([140.0], True)


def test_a_claim_outside_the_series_keeps_its_row_without_a_reference_value(tmp_path):
    out = check(tmp_path, claims_frame({"period": "day"}), articles=articles_frame("2025-04-01"))
    assert compared(out) == [("personnel", date(2025, 4, 1), date(2025, 4, 1), None, "daily value", "published")]
    assert math.isnan(out["ratio"][0])


def test_a_window_with_a_day_the_series_lacks_gets_no_partial_sum(tmp_path):
    events = events_frame({"kind": "day-month-range", "date_start": "2025-03-01", "date_end": "2025-03-02",
                           "claims": ["a1/c001"]})
    out = check(tmp_path, claims_frame({}), events)
    assert compared(out) == [("personnel", date(2025, 3, 1), date(2025, 3, 2), None, "sum over window", "a1/e001")]


def test_an_undated_claim_keeps_its_row_without_dates(tmp_path):
    out = check(tmp_path, claims_frame({"period": "day"}), articles=articles_frame(None))
    assert compared(out) == [("personnel", None, None, None, "undated", "")]


def test_a_reference_of_zero_gives_no_ratio(tmp_path):
    claims = claims_frame({"kind": "equipment", "unit": "tanks", "value_low": 5.0, "value_high": 5.0,
                           "period": "day"})
    out = check(tmp_path, claims, articles=articles_frame("2025-03-10"))
    assert compared(out) == [("tank", date(2025, 3, 10), date(2025, 3, 10), 0.0, "daily value", "published")]
    assert math.isnan(out["ratio"][0])


def test_the_event_named_by_the_claims_window_dates_it_else_the_nearest(tmp_path):
    claims = claims_frame({"window": "over the past day", "start": 50, "end": 53}, {"start": 90, "end": 93})
    events = events_frame(
        {"surface": "On 10 March", "start": 0, "end": 11, "date_start": "2025-03-10", "date_end": "2025-03-10",
         "claims": ["a1/c001", "a1/c002"]},
        {"kind": "window", "surface": "over the past day", "start": 60, "end": 77, "date_start": "2025-03-11",
         "date_end": "2025-03-12", "claims": ["a1/c001", "a1/c002"]},
    )
    out = check(tmp_path, claims, events)
    assert compared(out) == [
        ("personnel", date(2025, 3, 12), date(2025, 3, 12), 120.0, "daily value", "a1/e002"),
        ("personnel", date(2025, 3, 12), date(2025, 3, 12), 120.0, "daily value", "a1/e002"),
    ]
    events.loc[0, ["start", "end"]] = [40, 49]  # "On 10 March" just before the first figure
    events.loc[1, ["start", "end"]] = [95, 112]  # "over the past day" just after the second
    out = check(tmp_path, claims_frame({"start": 50, "end": 53}, {"start": 90, "end": 93}), events)
    assert out["dated_by"].tolist() == ["a1/e001", "a1/e002"]


def test_a_scope_the_reference_does_not_share_is_noted(tmp_path):
    out = check(tmp_path, claims_frame({"period": "day", "scope": "Sampleville front"}, {"period": "day"}))
    assert out["scope_note"].tolist() == ["claim: Sampleville front; reference: whole front", ""]


def test_a_source_of_unknown_scope_is_noted_as_such():
    assert scope_note("Exampleton direction", "") == "claim: Exampleton direction; reference: scope not stated"
    assert scope_note("whole front", "whole front") == ""


def test_a_claim_naming_the_other_side_is_not_set_beside_the_series(tmp_path):
    claims = claims_frame({"unit": "Ukrainian soldiers", "period": "day"}, {"unit": "soldiers", "period": "day"})
    assert check(tmp_path, claims)["claim_id"].tolist() == ["a1/c002"]


def test_a_claims_table_read_back_from_csv_gives_the_same_rows(tmp_path):
    claims = claims_frame({"period": "day", "scope": "Sampleville front"}, {"period": "week"})
    claims.to_csv(tmp_path / "claims.csv", index=False)
    again = pd.read_csv(tmp_path / "claims.csv")  # empty cells come back as NaN
    assert again["window"].isna().all()
    pd.testing.assert_frame_equal(check(tmp_path, again), check(tmp_path, claims))


def test_claims_without_a_measure_in_any_series_get_no_row(tmp_path):
    claims = claims_frame(
        {"kind": "other", "unit": "troops"},  # "deployed 10,000 troops": not a loss
        {"kind": "equipment", "unit": "mortar systems"},  # no family
        {"kind": "equipment", "unit": "helicopters"},  # a measure the office does not report
    )
    out = check(tmp_path, claims)
    assert len(out) == 0 and list(out.columns) == REFERENCE_CHECK_COLUMNS


# --- the seed ---------------------------------------------------------------------------------


def test_the_seeds_pokrovsk_soldiers_beside_the_general_staffs_figure_of_3_january_2025(monkeypatch):
    from helpers import load_corpus

    monkeypatch.delenv("FCW_REFERENCE", raising=False)
    corpus = load_corpus(SEEDS)
    out = reference_check(corpus.claims, corpus.events, corpus.articles, load_reference())
    row = out[out["claim_id"] == "000_45a4a854ecae5629/c003"]
    assert row.to_dict("records") == [{
        "claim_id": "000_45a4a854ecae5629/c003", "article_id": "000_45a4a854ecae5629", "measure": "personnel",
        "date_start": pd.Timestamp("2025-01-03"), "date_end": pd.Timestamp("2025-01-03"),
        "claim_low": 300.0, "claim_high": 400.0, "reference_value": 1080.0, "ratio": 400 / 1080,
        "scope_note": "claim: Pokrovsk front; reference: whole front", "comparison": "daily value",
        "dated_by": "published", "source": "General Staff of the Armed Forces of Ukraine",
    }]
