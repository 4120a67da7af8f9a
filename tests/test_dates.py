"""The shared date normaliser: found strings to days, and calendar spans read against a day."""

from __future__ import annotations

from datetime import date

import pytest

from helpers.dates import (
    ISO_DATE,
    add_months,
    make_date,
    month_end,
    month_number,
    parse_date_text,
    parse_numeric_date,
    period_span,
    resolve_day_month,
    resolve_month,
    resolve_weekday,
    shift,
    since_start,
    window_ahead,
    window_back,
)

PUBLISHED = date(2025, 1, 3)  # a Friday, the seed's publication date


# --- parse_date_text: the loader's entry point --------------------------------------------------


@pytest.mark.parametrize(
    "surface, expected",
    [
        ("2025-01-03", date(2025, 1, 3)),
        ("2026-02-27T19:53:24.080656", date(2026, 2, 27)),
        ("03/01/2025", date(2025, 1, 3)),
        ("26.10.2024", date(2024, 10, 26)),
        ("26 October 2024", date(2024, 10, 26)),
        ("October 26, 2024", date(2024, 10, 26)),
        ("Apr 30, 2025 14:00", date(2025, 4, 30)),
        ("Feb. 27, 2026", date(2026, 2, 27)),
    ],
)
def test_parse_date_text_reads_the_common_forms(surface, expected):
    assert parse_date_text(surface) == expected


def test_parse_date_text_refuses_a_day_that_does_not_exist():
    assert parse_date_text("31 February 2024") is None


def test_numeric_dates_are_day_first_unless_told_otherwise():
    assert parse_numeric_date("03/04/2025") == date(2025, 4, 3)
    assert parse_numeric_date("03/04/2025", day_first=False) == date(2025, 3, 4)


def test_iso_date_and_make_date_stay_available_to_the_loader():
    assert ISO_DATE.fullmatch("2025-01-03")["m"] == "01"
    assert make_date(2025, 2, 29) is None


def test_month_number_knows_names_and_abbreviations():
    assert (month_number("January"), month_number("Feb."), month_number("Sept"), month_number("Maybe")) == (
        1, 2, 9, None)


def test_month_arithmetic_clamps_to_the_end_of_the_month():
    assert month_end(2024, 2) == date(2024, 2, 29)
    assert add_months(date(2025, 3, 31), -1) == date(2025, 2, 28)
    assert add_months(date(2025, 1, 3), -12) == date(2024, 1, 3)


# --- year from publication ----------------------------------------------------------------------


def test_a_day_month_takes_the_latest_year_on_or_before_publication():
    assert resolve_day_month(3, 1, PUBLISHED) == (date(2025, 1, 3), date(2025, 1, 3))


def test_a_day_month_across_the_year_boundary_falls_in_the_previous_year():
    assert resolve_day_month(28, 12, PUBLISHED) == (date(2024, 12, 28), date(2024, 12, 28))


def test_a_future_day_month_takes_the_earliest_year_on_or_after_publication():
    assert resolve_day_month(5, 1, PUBLISHED, rule="future") == (date(2025, 1, 5), date(2025, 1, 5))
    assert resolve_day_month(28, 12, PUBLISHED, rule="future") == (date(2025, 12, 28), date(2025, 12, 28))


def test_the_nearest_reading_of_a_range_contains_publication():
    assert resolve_day_month(1, 1, PUBLISHED, rule="nearest", last_day=10) == (date(2025, 1, 1), date(2025, 1, 10))


def test_29_february_has_no_reading_in_years_without_it():
    assert resolve_day_month(29, 2, date(2026, 3, 1)) is None


def test_a_month_without_year_is_the_latest_on_or_before_publication():
    assert resolve_month(12, PUBLISHED) == (date(2024, 12, 1), date(2024, 12, 31))
    assert resolve_month(1, PUBLISHED) == (date(2025, 1, 1), date(2025, 1, 31))


def test_a_future_month_and_shifted_months():
    assert resolve_month(3, PUBLISHED, rule="future") == (date(2025, 3, 1), date(2025, 3, 31))
    assert resolve_month(1, PUBLISHED, modifier="last") == (date(2024, 1, 1), date(2024, 1, 31))
    assert resolve_month(1, PUBLISHED, modifier="next") == (date(2026, 1, 1), date(2026, 1, 31))
    assert resolve_month(8, PUBLISHED, modifier="this") == (date(2025, 8, 1), date(2025, 8, 31))


# --- weekdays -----------------------------------------------------------------------------------


def test_a_weekday_is_on_or_before_publication():
    assert resolve_weekday(0, PUBLISHED) == date(2024, 12, 30)  # Monday
    assert resolve_weekday(4, PUBLISHED) == date(2025, 1, 3)  # Friday: the publication day itself


def test_a_future_weekday_is_after_publication():
    assert resolve_weekday(0, PUBLISHED, rule="future") == date(2025, 1, 6)
    assert resolve_weekday(4, PUBLISHED, rule="future") == date(2025, 1, 10)


def test_last_and_next_weekday_exclude_the_publication_day():
    assert resolve_weekday(4, PUBLISHED, modifier="last") == date(2024, 12, 27)
    assert resolve_weekday(4, PUBLISHED, modifier="next") == date(2025, 1, 10)


# --- windows and periods ------------------------------------------------------------------------


def test_the_past_day_and_the_past_24_hours_end_on_publication():
    assert window_back(PUBLISHED, "day", 1) == (date(2025, 1, 2), date(2025, 1, 3))
    assert window_back(PUBLISHED, "hour", 24) == (date(2025, 1, 2), date(2025, 1, 3))
    assert window_back(PUBLISHED, "hour", 48) == (date(2025, 1, 1), date(2025, 1, 3))


def test_windows_of_weeks_months_and_years():
    assert window_back(PUBLISHED, "week", 2) == (date(2024, 12, 20), date(2025, 1, 3))
    assert window_back(PUBLISHED, "month", 1) == (date(2024, 12, 3), date(2025, 1, 3))
    assert window_back(PUBLISHED, "year", 3) == (date(2022, 1, 3), date(2025, 1, 3))
    assert window_ahead(PUBLISHED, "month", 1) == (date(2025, 1, 3), date(2025, 2, 3))


def test_calendar_periods_around_publication():
    assert period_span(PUBLISHED, "week", "last") == (date(2024, 12, 23), date(2024, 12, 29))
    assert period_span(PUBLISHED, "week", "this") == (date(2024, 12, 30), date(2025, 1, 5))
    assert period_span(PUBLISHED, "month", "last") == (date(2024, 12, 1), date(2024, 12, 31))
    assert period_span(PUBLISHED, "month", "earlier this") == (date(2025, 1, 1), date(2025, 1, 3))
    assert period_span(PUBLISHED, "year", "later this") == (date(2025, 1, 3), date(2025, 12, 31))
    assert period_span(PUBLISHED, "weekend", "last") == (date(2024, 12, 28), date(2024, 12, 29))


def test_since_the_start_of_the_year_runs_to_publication():
    assert since_start(PUBLISHED, "year") == (date(2025, 1, 1), date(2025, 1, 3))


def test_shift_gives_a_day_a_month_or_a_year():
    assert shift(PUBLISHED, "day", -2) == (date(2025, 1, 1), date(2025, 1, 1))
    assert shift(PUBLISHED, "month", -2) == (date(2024, 11, 1), date(2024, 11, 30))
    assert shift(PUBLISHED, "year", -3) == (date(2022, 1, 1), date(2022, 12, 31))
