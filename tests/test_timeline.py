"""Timeline: what an analyst expects of the dates found in an article and how they resolve.

Fictional articles are written in the seed's layout (``seed_layout``), published on Friday
3 January 2025 unless a test says otherwise; people and places are made up.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from conftest import seed_layout
from helpers.load import parse_text
from helpers.extract.timeline import EVENT_COLUMNS, extract_events
from helpers.tables import events_table
from helpers.views import lag_table
from helpers.views.charts import lag_chart, timeline_chart

D = date


def article(body: str, *, published: str = "2025-01-03"):
    return parse_text(seed_layout(body, date=published), "sampleville.txt")


def undated(body: str):
    """A plain-text article: a title line and a body, no publication date."""
    return parse_text(f"Sampleville holds\n\n{body}\n", "undated.txt")


def found(body: str, **options) -> list[tuple]:
    """(surface, date_start, date_end, precision, resolution) of the body's events."""
    events = extract_events(article(body, **{k: v for k, v in options.items() if k == "published"}),
                            **{k: v for k, v in options.items() if k != "published"})
    return [(e.surface, e.date_start, e.date_end, e.precision, e.resolution) for e in events if e.kind != "published"]


def surfaces(body: str, **options) -> list[str]:
    return [row[0] for row in found(body, **options)]


# --- the seed -----------------------------------------------------------------------------------


def test_seed_dates_are_exactly_publication_caption_statement_and_window(seed):
    rows = [(e.surface, e.date_start, e.date_end, e.precision, e.resolution, e.part) for e in extract_events(seed)]
    assert rows == [
        ("2025-01-03", D(2025, 1, 3), D(2025, 1, 3), "day", "absolute", "header"),
        ("26 October 2024", D(2024, 10, 26), D(2024, 10, 26), "day", "absolute", "caption"),
        ("3 January", D(2025, 1, 3), D(2025, 1, 3), "day", "year-from-publication", "body"),
        ("over the past day", D(2025, 1, 2), D(2025, 1, 3), "window", "relative-to-publication", "body"),
    ]


def test_seed_statement_and_its_window_share_trehubovs_sentence(seed):
    statement, window = extract_events(seed)[2:]
    assert statement.sentence_id == window.sentence_id
    assert "repelled 38 Russian attacks" in statement.sentence
    assert seed.text[statement.sentence_start:statement.sentence_end] == statement.sentence


def test_seed_event_ids_count_in_order_of_appearance(seed):
    assert [e.event_id for e in extract_events(seed)] == [f"000_45a4a854ecae5629/e00{n}" for n in range(1, 5)]


def test_seed_publication_row_points_at_the_header_not_the_dateline(seed):
    published = extract_events(seed)[0]
    assert (published.kind, published.lag_days) == ("published", 0)
    assert seed.text[published.start - 6:published.end] == " date 2025-01-03"


def test_seed_habitual_next_day_and_rates_are_not_events(seed):
    taken = " | ".join(e.surface for e in extract_events(seed))
    for trap in ("next day", "Every day", "in a month", "daily", "75%", "2 minute", "03/01/2025", "october"):
        assert trap not in taken


def test_every_offset_points_at_its_surface(seed):
    for event in extract_events(seed):
        assert seed.text[event.start:event.end] == event.surface


# --- explicit dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, surface, day",
    [
        ("Sampleville was shelled on 26 October 2024.", "26 October 2024", D(2024, 10, 26)),
        ("Sampleville was shelled on October 26, 2024, officials said.", "October 26, 2024", D(2024, 10, 26)),
        ("The order of the mayor is dated 26.10.2024 in Sampleville.", "26.10.2024", D(2024, 10, 26)),
        ("The order of the mayor is dated 2024-10-26 in Sampleville.", "2024-10-26", D(2024, 10, 26)),
        ("The strike came on 26th of October 2024 at dawn.", "26th of October 2024", D(2024, 10, 26)),
        ("Jane Example arrived on Feb. 27, 2026 in Exampleton.", "Feb. 27, 2026", D(2026, 2, 27)),
        ("Jane Example arrived on February 26 2026 in Exampleton.", "February 26 2026", D(2026, 2, 26)),
        ("The photo was taken in Exampleton on 21 September, 2022.", "21 September, 2022", D(2022, 9, 21)),
    ],
)
def test_a_full_date_is_read_as_written(body, surface, day):
    assert found(body) == [(surface, day, day, "day", "absolute")]


def test_a_month_and_year_is_the_whole_month():
    assert found("Shelling of Sampleville began in October 2024.") == [
        ("October 2024", D(2024, 10, 1), D(2024, 10, 31), "month", "absolute")]


@pytest.mark.parametrize("body, year", [
    ("In 2024 the front near Sampleville moved west.", 2024),
    ("Exampleton has been shelled since 2022.", 2022),
    ("The brigade will hold the line by the end of 2025.", 2025),
    ("Shelling grew in early 2023, residents said.", 2023),
])
def test_a_bare_year_after_a_time_word_is_the_whole_year(body, year):
    assert found(body) == [(str(year), D(year, 1, 1), D(year, 12, 31), "year", "absolute")]


def test_a_year_used_as_an_adjective_is_not_a_date():
    assert found("The 2024 election in Sampleville was calm, and 2,024 voters came.") == []


def test_a_range_of_days_is_one_window():
    assert found("Between 1 and 15 January 2025, drones hit Sampleville.") == [
        ("1 and 15 January 2025", D(2025, 1, 1), D(2025, 1, 15), "window", "absolute")]


def test_a_range_of_years_is_two_years():
    assert surfaces("The siege of Exampleton lasted from 2014 to 2022.") == ["2014", "2022"]


def test_a_date_that_does_not_exist_stays_empty_and_says_why():
    assert found("On 31 February 2024 nothing happened in Sampleville.") == [
        ("31 February 2024", None, None, "day", "unresolved: not a calendar day")]


# --- year from publication ----------------------------------------------------------------------


def test_a_day_month_without_year_takes_the_year_of_publication():
    assert found("On 3 January, Jane Example said the road was open.") == [
        ("3 January", D(2025, 1, 3), D(2025, 1, 3), "day", "year-from-publication")]


def test_a_day_month_after_publication_in_the_year_falls_in_the_previous_year():
    assert found("On 28 December, Jane Example said the road was open.") == [
        ("28 December", D(2024, 12, 28), D(2024, 12, 28), "day", "year-from-publication")]


def test_a_day_month_in_a_sentence_about_the_future_lies_ahead():
    assert found("Talks will be held in Exampleton on 5 January.") == [
        ("5 January", D(2025, 1, 5), D(2025, 1, 5), "day", "year-from-publication")]


def test_scheduled_and_plans_also_speak_of_the_future():
    assert found("The talks are scheduled for 15 January in Exampleton.")[0][1] == D(2025, 1, 15)
    assert found("Sampleville plans to reopen its school on 20 February.")[0][1] == D(2025, 2, 20)


def test_the_nearest_tense_cue_decides_when_a_sentence_has_both():
    assert found("Jane Example said on 28 December that the talks will resume.")[0][1] == D(2024, 12, 28)
    assert found("Jane Example said the talks will resume on 5 January.")[0][1] == D(2025, 1, 5)


def test_a_closing_said_dates_the_saying_not_the_future_event_before_it():
    assert found("Talks will open in Exampleton on 5 January, the mayor said.")[0][1] == D(2025, 1, 5)
    assert found("Talks will open in Exampleton on 5 January, said Jane Example.")[0][1] == D(2025, 1, 5)


def test_a_closing_said_leaves_a_past_event_in_the_past():
    assert found("The bridge at Sampleville fell on 5 January, the mayor said.")[0][1] == D(2024, 1, 5)


def test_a_said_that_opens_the_reported_clause_still_dates_a_date_beside_it():
    assert found("On 28 December, Jane Example said Sampleville will hold talks in Exampleton.")[0][1] == \
        D(2024, 12, 28)


def test_a_from_to_range_ahead_of_publication_is_read_ahead():
    assert found("The exercise runs from 10 to 20 January near Exampleton.") == [
        ("10 to 20 January", D(2025, 1, 10), D(2025, 1, 20), "window", "year-from-publication")]


def test_the_end_of_a_range_follows_its_start_across_the_new_year():
    rows = found("From 28 December to 3 January, Sampleville was shelled.", published="2025-01-10")
    assert [(surface, first, resolution) for surface, first, _, _, resolution in rows] == [
        ("28 December", D(2024, 12, 28), "year-from-publication"),
        ("3 January", D(2025, 1, 3), "relative-to-previous-event"),
    ]


def test_a_past_reading_far_from_publication_notes_the_reading_ahead():
    (event,) = [e for e in extract_events(article("The convoy of the 99th Example Brigade: 5 January.")) if e.kind != "published"]
    assert (event.date_start, event.note) == (D(2024, 1, 5), "no tense cue: read as past; if it lies ahead, 2025-01-05")


def test_a_month_without_year_is_the_latest_such_month():
    assert found("Shelling of Sampleville resumed in December.") == [
        ("December", D(2024, 12, 1), D(2024, 12, 31), "month", "year-from-publication")]


def test_last_december_is_the_previous_december():
    assert found("Last December the bridge at Exampleton fell.", published="2025-12-20")[0][:3] == (
        "Last December", D(2024, 12, 1), D(2024, 12, 31))


def test_a_month_of_that_year_takes_the_year_of_the_previous_date():
    assert found("In 2022, talks broke down in April of that year.")[1] == (
        "April of that year", D(2022, 4, 1), D(2022, 4, 30), "month", "relative-to-previous-event")


def test_a_month_of_a_year_is_that_month():
    assert found("The war began in February of 2022.") == [
        ("February of 2022", D(2022, 2, 1), D(2022, 2, 28), "month", "absolute")]


def test_last_year_after_a_date_names_its_year():
    assert found("On December 14 and 15 last year, Jane Example visited Exampleton.", published="2026-02-18") == [
        ("December 14 and 15 last year", D(2025, 12, 14), D(2025, 12, 15), "window", "year-from-publication")]
    assert found("The exchange took place in February last year.", published="2026-02-18") == [
        ("February last year", D(2025, 2, 1), D(2025, 2, 28), "month", "year-from-publication")]


def test_a_weekday_beside_a_date_chooses_its_year():
    (event,) = [e for e in extract_events(article("The strike came on Monday, 30 December, after a lull."))
                if e.kind != "published"]
    assert (event.surface, event.date_start, event.note) == (
        "30 December", D(2024, 12, 30), "year chosen by the weekday written beside it")


# --- weekdays and relative days -----------------------------------------------------------------


def test_a_weekday_is_the_one_on_or_before_publication():
    assert found("The convoy left Sampleville on Monday.") == [
        ("Monday", D(2024, 12, 30), D(2024, 12, 30), "day", "relative-to-publication")]


def test_the_publication_weekday_is_the_publication_day():
    assert found("On Friday, Jane Example visited Exampleton.")[0][1] == D(2025, 1, 3)


def test_a_weekday_in_a_sentence_about_the_future_is_after_publication():
    assert found("The convoy will leave Sampleville on Monday.")[0][1] == D(2025, 1, 6)


def test_a_weekday_in_a_past_clause_never_lies_after_publication():
    # published Friday 3 January 2025; "earlier than scheduled" and "ahead of" set no tense
    assert found("One week ahead of the Sampleville anniversary, talks in Exampleton ended earlier than "
                 "scheduled on Friday.") == [("Friday", D(2025, 1, 3), D(2025, 1, 3), "day", "relative-to-publication")]


def test_a_weekday_in_a_past_clause_is_the_latest_such_day_before_publication():
    assert found("Jane Example spoke with John Sample on Wednesday ahead of the talks.")[0][:2] == (
        "Wednesday", D(2025, 1, 1))


def test_over_a_week_ago_names_no_day_only_its_latest():
    events = [event for event in extract_events(article("The Sampleville line was lost over a week ago."))
              if event.kind != "published"]
    assert [(e.surface, e.date_start, e.date_end, e.precision, e.cue, e.lag_days, e.note) for e in events] == [
        ("over a week ago", None, D(2024, 12, 27), "window", "over", 7,
         "'over' names no day: on or before 2024-12-27, start unknown")]


def test_last_friday_is_before_the_publication_friday():
    assert found("Jane Example met John Sample last Friday.")[0][:2] == ("last Friday", D(2024, 12, 27))


def test_weekdays_in_names_are_not_dates():
    assert found("Good Friday services were held. The Sunday Times reported it.") == []


@pytest.mark.parametrize("body, surface, day", [
    ("Jane Example said yesterday that the bridge fell.", "yesterday", D(2025, 1, 2)),
    ("Today the road to Exampleton is closed.", "Today", D(2025, 1, 3)),
    ("The talks in Sampleville open tomorrow.", "tomorrow", D(2025, 1, 4)),
    ("Two days ago the bridge at Exampleton collapsed.", "Two days ago", D(2025, 1, 1)),
    ("The day before yesterday a drone hit Sampleville.", "The day before yesterday", D(2025, 1, 1)),
])
def test_relative_days_count_from_publication(body, surface, day):
    assert found(body) == [(surface, day, day, "day", "relative-to-publication")]


# --- windows and periods ------------------------------------------------------------------------


@pytest.mark.parametrize("body, surface, first", [
    ("Defenders repelled 38 attacks over the past day.", "over the past day", D(2025, 1, 2)),
    ("Defenders repelled 38 attacks in the past 24 hours.", "in the past 24 hours", D(2025, 1, 2)),
    ("Defenders repelled 90 attacks over the last three days.", "over the last three days", D(2024, 12, 31)),
    ("Prices in Sampleville doubled over the past year.", "over the past year", D(2024, 1, 3)),
])
def test_a_past_window_ends_on_publication(body, surface, first):
    assert found(body) == [(surface, first, D(2025, 1, 3), "window", "relative-to-publication")]


@pytest.mark.parametrize("body, surface, first, last, precision", [
    ("Sampleville was quiet last week.", "last week", D(2024, 12, 23), D(2024, 12, 29), "window"),
    ("The market of Exampleton reopened earlier this month.", "earlier this month", D(2025, 1, 1), D(2025, 1, 3), "window"),
    ("Jane Example was appointed last month.", "last month", D(2024, 12, 1), D(2024, 12, 31), "month"),
    ("John Sample retired last year.", "last year", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("Attacks on Sampleville have not stopped since the start of the year.", "since the start of the year",
     D(2025, 1, 1), D(2025, 1, 3), "window"),
    ("Drones hit Exampleton last night.", "last night", D(2025, 1, 2), D(2025, 1, 3), "window"),
])
def test_calendar_periods_count_from_publication(body, surface, first, last, precision):
    assert found(body) == [(surface, first, last, precision, "relative-to-publication")]


# --- the previous event -------------------------------------------------------------------------


def test_the_next_day_follows_the_previous_dated_event_of_its_paragraph():
    events = [e for e in extract_events(article("On 2 January the convoy arrived. The next day it left Sampleville."))
              if e.kind != "published"]
    assert [(e.surface, e.date_start, e.resolution, e.anchor) for e in events] == [
        ("2 January", D(2025, 1, 2), "year-from-publication", "published"),
        ("The next day", D(2025, 1, 3), "relative-to-previous-event", "sampleville/e002"),
    ]


def test_the_next_day_without_a_dated_event_before_it_is_a_habit_not_an_event():
    assert found("The brigade can deploy a new crew at the same spot the next day.") == []


def test_the_next_day_does_not_reach_into_the_previous_paragraph():
    assert surfaces("On 2 January the convoy arrived.\n\nThe next day it left Sampleville.") == ["2 January"]


def test_a_week_later_counts_seven_days_from_the_previous_event():
    assert found("On 2 January the convoy arrived. A week later it left Sampleville.")[1][:2] == (
        "A week later", D(2025, 1, 9))


# --- traps --------------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Reports indicate that 75% of the residential buildings of Sampleville were destroyed.",
    "This is a 2 minute read about Sampleville.",
    "The 47th Brigade and the 3rd Assault Brigade held Exampleton.",
    "The shelling of Sampleville began at 14:00 and ended at 16:30.",
    "F-16 jets flew over Exampleton while COVID-19 cases rose.",
    "The app was updated to version 2.10.2024 in Sampleville.",
    "Every day, defenders repel 300 attacks; they destroy 30 mortars in a month and lose 12 daily.",
    "Russia may attack again, and March is cold in Exampleton.",
    "More than 2,000 residents left; 12,000 remain, and 1.5 million fled.",
    "See https://example.org/news/2023-06-14/sampleville for the report.",
])
def test_traps_are_not_dates(body):
    assert found(body) == []


# --- articles without a publication date --------------------------------------------------------


def test_relative_dates_without_publication_date_stay_unresolved():
    events = extract_events(undated("The convoy left on Monday. On 3 January it returned. In 2024 it rained."))
    assert [(e.surface, e.date_start, e.resolution) for e in events] == [
        ("Monday", None, "unresolved: no publication date"),
        ("3 January", None, "unresolved: no publication date"),
        ("2024", D(2024, 1, 1), "absolute"),
    ]


def test_an_article_without_publication_date_has_no_publication_row():
    assert [e.kind for e in extract_events(undated("Nothing happened in Sampleville."))] == []


# --- numeric dates ------------------------------------------------------------------------------


def test_numeric_dates_are_day_first_and_note_the_other_reading():
    (event,) = [e for e in extract_events(article("The order of 03/04/2025 closed Sampleville.")) if e.kind != "published"]
    assert (event.date_start, event.note) == (
        D(2025, 4, 3), "numeric date read day-first; the other order gives 2025-03-04")


def test_numeric_dates_are_month_first_when_told_so():
    assert found("The order of 03/04/2025 closed Sampleville.", day_first=False)[0][1] == D(2025, 3, 4)


def test_an_article_whose_numeric_dates_can_only_be_month_first_is_read_month_first():
    rows = found("Orders of 10/26/2024 and 03/04/2025 closed Sampleville.")
    assert [row[1] for row in rows] == [D(2024, 10, 26), D(2025, 3, 4)]


# --- options and tables -------------------------------------------------------------------------


def test_unknown_parts_are_refused_with_the_choices():
    with pytest.raises(ValueError, match="unknown parts"):
        extract_events(article("Nothing."), parts=("sidebar",))


def test_events_table_has_the_fixed_columns_and_types(seed):
    table = events_table([seed])
    assert list(table.columns) == EVENT_COLUMNS
    assert str(table["date_start"].dtype) == "datetime64[s]"
    assert table["lag_days"].tolist() == [0, 69, 0, 0]
    assert table["sentence_id"].isna().tolist() == [True, False, False, False]


def test_events_table_of_no_articles_is_empty_with_the_columns():
    assert list(events_table([]).columns) == EVENT_COLUMNS


def test_lag_table_counts_events_by_how_long_before_publication(seed):
    lags = lag_table(events_table([seed])).set_index("lag")["events"]
    assert (lags["publication day"], lags["a span including publication day"], lags["1-12 months before"]) == (1, 1, 1)
    assert lags.sum() == 3


def test_charts_draw_the_seed(seed):
    events = events_table([seed])
    assert len(timeline_chart(events).axes) == 1
    assert len(lag_chart(lag_table(events)).axes) == 1


def test_timeline_chart_counts_what_it_does_not_draw():
    events = events_table([undated("The convoy left on Monday."), article("On 26 October 2024 it rained.")])
    title = timeline_chart(events, since="2025-01-01").axes[0].get_title()
    assert "1 outside the axis" in title and "1 unresolved not drawn" in title
    assert isinstance(events, pd.DataFrame)



def test_a_month_first_day_and_the_next_day_are_one_span():
    assert found("Footage published on February 20 and 21 indicates that troops advanced.", published="2026-02-22") == [
        ("February 20 and 21", D(2026, 2, 20), D(2026, 2, 21), "window", "year-from-publication")]


def test_a_month_written_in_capitals_is_a_date():
    assert found("Sampleville Assessment, FEB 20, 2026 | The Sampleville Courier.", published="2026-02-22") == [
        ("FEB 20, 2026", D(2026, 2, 20), D(2026, 2, 20), "day", "absolute")]


def test_a_footnote_mark_after_a_day_leaves_the_date():
    assert surfaces("Elections are scheduled for April 12.14 Jane Example agreed.", published="2026-02-22") == [
        "April 12"]


# --- a retrospective: year-less dates take the story's year -------------------------------------

_RETROSPECTIVE = (
    "The Sampleville crisis began in November 2001. The floods came in 1990, the drought in 1991, "
    "the fire in 1992, the strike in 1993, the election in 1994, the census in 1995 and the treaty in 1996. "
    "By 3 January 2002, Jane Example had left Sampleville. "
    "In mid-January, she wrote to the council. "
    "Talks resumed on 12 February 2002 in Exampleton. "
    "On 20 February, the council met."
)


def test_a_retrospective_gives_a_year_less_month_the_year_of_the_story_date_before_it():
    rows = [row for row in found(_RETROSPECTIVE, published="2025-01-03") if row[0] == "January"]
    assert rows == [("January", D(2002, 1, 1), D(2002, 1, 31), "month", "year-from-narrative")]


def test_a_retrospective_dates_a_year_less_day_by_the_last_full_date_before_it():
    rows = [row for row in found(_RETROSPECTIVE, published="2025-01-03") if row[0] == "20 February"]
    assert rows == [("20 February", D(2002, 2, 20), D(2002, 2, 20), "day", "year-from-narrative")]


def test_a_retrospective_row_names_its_anchor_and_the_reading_against_publication():
    event = next(e for e in extract_events(article(_RETROSPECTIVE)) if e.surface == "January")
    assert (event.anchor, event.note) == (
        "sampleville/e010",
        "a retrospective (every year its body writes is before 2024): the year of '3 January 2002' "
        "before it; against publication 2025-01-01",
    )


def test_a_news_article_with_background_years_keeps_the_publication_year():
    rows = found("The Sampleville treaty of 1996 and the floods of November 2001 are recalled. "
                 "In mid-December, Jane Example spoke.", published="2025-01-03")
    assert rows[-1] == ("December", D(2024, 12, 1), D(2024, 12, 31), "month", "year-from-publication")
