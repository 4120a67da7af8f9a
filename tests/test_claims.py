"""Figure claims as an analyst expects them: the seed's exact table, then one constructed
sentence per number form, approximator, rate, window, hedge and per thing that must not be
taken.  Issue 3.  Every constructed article is about Sampleville and Exampleton, with Jane
Example and John Sample and the 99th Example Brigade: no real people, no real statements.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from conftest import seed_layout, doc_sentences
from helpers.load import parse_text
from helpers.doc import make_doc
from helpers import load_corpus
from helpers.extract.claims import (
    CLAIM_COLUMNS, SENTENCE_CLAIM_COLUMNS, extract_claims, extract_sentence_claims, page_names,
)
from helpers.extract.claims.en import classify_sentence, figures
from helpers.extract.claims.table_rows import TableRow, table_row
from helpers.tables import claims_table, sentence_claims_table
from helpers.views import HEADLINE_CHECK_COLUMNS, claim_highlights, headline_check, headline_verdict, hedged_counts

SEED_ID = "000_45a4a854ecae5629"


def claims_in(body: str, *, title: str = "Sampleville holds") -> list:
    """The claims of a fictional seed-layout article with this body paragraph."""
    return extract_claims(parse_text(seed_layout(body, title=title), "x.txt"))


def one(body: str):
    """The single claim of a body paragraph (the test fails if there is not exactly one)."""
    found = [claim for claim in claims_in(body) if claim.part == "body"]
    assert len(found) == 1, [claim.surface for claim in found]
    return found[0]


def surfaces(body: str) -> list[str]:
    return [claim.surface for claim in claims_in(body) if claim.part == "body"]


# --- the seed, exactly as the issue lists it -------------------------------------------------

SEED_ROWS = [
    # part, surface, low, high, approx, unit, kind, period, window, scope, hedge_cue
    ("title", "400", 400, 400, "", "troops", "casualties", "day", "", "", ""),
    ("standfirst", "400", 400, 400, "", "casualties", "casualties", "day", "", "", ""),
    ("body", "300 to 400", 300, 400, "", "Russian soldiers", "casualties", "day", "", "Pokrovsk front", ""),
    ("body", "30", 30, 30, "up to", "mortar systems and their crews", "equipment", "month", "", "", ""),
    ("body", "75%", 75, 75, "", "residential buildings", "destruction", "", "", "", "Reports indicate"),
    ("body", "90%", 90, 90, "", "critical infrastructure", "destruction", "", "", "", "Reports indicate"),
    ("body", "38", 38, 38, "", "Russian attacks", "attacks", "", "over the past day", "Pokrovsk direction", ""),
]


def test_seed_has_exactly_the_seven_figures_of_the_issue(seed):
    rows = [
        (c.part, c.surface, c.value_low, c.value_high, c.approx, c.unit, c.kind, c.period, c.window, c.scope,
         c.hedge_cue)
        for c in extract_claims(seed)
    ]
    assert rows == SEED_ROWS


def test_seed_offsets_point_at_the_surface_and_the_sentence(seed):
    for claim in extract_claims(seed):
        assert seed.text[claim.start:claim.end] == claim.surface
        assert seed.text[claim.sentence_start:claim.sentence_end] == claim.sentence
        assert claim.sentence_start <= claim.start < claim.end <= claim.sentence_end


def test_seed_ids_hedges_and_headline_flags(seed):
    claims = extract_claims(seed)
    assert [c.claim_id for c in claims] == [f"{SEED_ID}/c{n:03d}" for n in range(1, 8)]
    assert [c.hedged for c in claims] == [False, False, False, False, True, True, False]
    assert [c.in_headline for c in claims] == [True, False, False, False, False, False, False]
    assert [c.paragraph for c in claims] == [None, None, 4, 5, 8, 8, 10]


def test_seed_table_columns_types_and_order(seed):
    table = claims_table([seed])
    assert list(table.columns) == CLAIM_COLUMNS
    assert table["surface"].tolist() == [row[1] for row in SEED_ROWS]
    assert str(table["paragraph"].dtype) == "Int64"
    assert table["value_low"].dtype == "float64" and table["hedged"].dtype == "bool"


def test_empty_table_keeps_its_columns():
    table = claims_table([])
    assert list(table.columns) == CLAIM_COLUMNS and len(table) == 0


def test_seed_headline_check_finds_400_at_the_top_of_300_to_400(seed):
    check = headline_check(claims_table([seed]))
    assert list(check.columns) == HEADLINE_CHECK_COLUMNS
    assert check[["part", "surface", "body_surface", "verdict"]].values.tolist() == [
        ["title", "400", "300 to 400", "top of range"],
        ["standfirst", "400", "300 to 400", "top of range"],
    ]
    assert check["body_claim_id"].tolist() == [f"{SEED_ID}/c003", f"{SEED_ID}/c003"]


def test_seed_sentence_kinds(seed):
    kinds = {record.sentence_id: (record.is_claim, record.claim_kind) for record in extract_sentence_claims(seed)}
    assert kinds[8] == (True, "intention")  # "Russian forces are attempting to bypass Pokrovsk ..."
    assert kinds[5] == (False, "background")  # "Pokrovsk serves as a crucial logistics hub ..."
    assert kinds[10] == (True, "figure")
    assert kinds[15] == (True, "intention")  # "The Russians aim to capture Pokrovsk ..."


def test_sentence_claims_table_columns(seed):
    table = sentence_claims_table([seed])
    assert list(table.columns) == SENTENCE_CLAIM_COLUMNS
    assert table["sentence_id"].tolist() == list(range(1, len(doc_sentences(seed)) + 1))


def test_sentence_claims_read_the_figures_the_doc_already_found(seed):
    doc = make_doc(seed)
    figures = extract_claims(doc)
    doc.spans["claims"] = figures[:1]  # only the first figure's sentence counts as found
    marked = {row.sentence_id for row in extract_sentence_claims(doc) if row.claim_kind == "figure"}
    assert marked == {figures[0].sentence_id}


def test_highlights_mark_hedged_figures(seed):
    marks = claim_highlights(claims_table([seed]), SEED_ID)
    assert [seed.text[m.start:m.end] for m in marks] == [row[1] for row in SEED_ROWS]
    assert [m.css_class for m in marks] == ["", "", "", "", "hedged", "hedged", ""]


def test_hedged_counts_by_kind(seed):
    counts = hedged_counts(claims_table([seed]))
    assert counts.to_dict("index") == {
        "casualties": {"firm": 3, "hedged": 0},
        "attacks": {"firm": 1, "hedged": 0},
        "equipment": {"firm": 1, "hedged": 0},
        "destruction": {"firm": 0, "hedged": 2},
    }


# --- number forms -------------------------------------------------------------------------------

@pytest.mark.parametrize("body, surface, low, high", [
    ("Defenders of Sampleville repelled 1,730 attacks.", "1,730", 1730, 1730),
    ("Defenders of Sampleville repelled 12 attacks.", "12", 12, 12),
    ("The 99th Example Brigade counted 1.5 thousand drones.", "1.5 thousand", 1500, 1500),
    ("Exampleton hosts 1.2 million refugees.", "1.2 million", 1_200_000, 1_200_000),
    ("Exampleton hosts 10k refugees.", "10k", 10_000, 10_000),
    ("Exampleton hosts 10.8m refugees.", "10.8m", 10_800_000, 10_800_000),
    ("Defenders of Sampleville repelled 300-400 attacks.", "300-400", 300, 400),
    ("Defenders of Sampleville repelled 300–400 attacks.", "300–400", 300, 400),
    ("Defenders of Sampleville repelled 300 to 400 attacks.", "300 to 400", 300, 400),
    ("Defenders of Sampleville repelled between 300 and 400 attacks.", "between 300 and 400", 300, 400),
    ("Exampleton hosts 300 to 400 thousand refugees.", "300 to 400 thousand", 300_000, 400_000),
    ("Defenders of Sampleville repelled four hundred attacks.", "four hundred", 400, 400),
    ("Defenders of Sampleville repelled twenty-five attacks.", "twenty-five", 25, 25),
    ("Defenders of Sampleville repelled two dozen attacks.", "two dozen", 24, 24),
    ("Defenders of Sampleville repelled two to three attacks.", "two to three", 2, 3),
    ("The council of Exampleton received €400m in aid.", "€400m", 400_000_000, 400_000_000),
    ("The council of Exampleton received $50 billion in aid.", "$50 billion", 50_000_000_000, 50_000_000_000),
])
def test_number_forms(body, surface, low, high):
    claim = one(body)
    assert (claim.surface, claim.value_low, claim.value_high) == (surface, low, high)


@pytest.mark.parametrize("body, surface, value", [
    ("Reports say 75% of the houses in Sampleville are damaged.", "75%", 75),
    ("Reports say 75 percent of the houses in Sampleville are damaged.", "75 percent", 75),
    ("Reports say 75 per cent of the houses in Sampleville are damaged.", "75 per cent", 75),
])
def test_percentages_count_the_noun_after_of_the(body, surface, value):
    claim = one(body)
    assert (claim.surface, claim.value_low, claim.unit, claim.kind) == (surface, value, "houses", "destruction")


@pytest.mark.parametrize("body, surface, low, high, unit", [
    ("Dozens of civilians left Sampleville.", "Dozens", 24, 99, "civilians"),
    ("Hundreds of civilians left Sampleville.", "Hundreds", 200, 999, "civilians"),
    ("Thousands of civilians left Sampleville.", "Thousands", 2_000, 9_999, "civilians"),
    ("Scores of civilians left Sampleville.", "Scores", 40, 99, "civilians"),
    ("Tens of thousands of civilians left Sampleville.", "Tens of thousands", 20_000, 99_999, "civilians"),
    ("Several dozen civilians left Sampleville.", "Several dozen", 24, 99, "civilians"),
])
def test_vague_quantities_span_their_literal_range(body, surface, low, high, unit):
    claim = one(body)
    assert (claim.surface, claim.value_low, claim.value_high, claim.approx, claim.unit) == (
        surface, low, high, "vague", unit)


# --- approximators ------------------------------------------------------------------------------

@pytest.mark.parametrize("cue", [
    "up to", "almost", "about", "around", "roughly", "nearly", "more than", "over", "at least", "some",
    "approximately", "fewer than", "less than", "as many as",
])
def test_approximators_before_the_figure(cue):
    claim = one(f"Defenders of Sampleville repelled {cue} 40 attacks.")
    assert (claim.surface, claim.approx, claim.value_low) == ("40", cue, 40)


def test_approximator_keeps_its_case_folded():
    assert one("Up to 40 attacks hit Sampleville.").approx == "up to"


@pytest.mark.parametrize("text, cue", [("40 or more attacks", "or more"), ("40+ attacks", "+")])
def test_approximators_after_the_figure(text, cue):
    claim = one(f"Defenders of Sampleville repelled {text}.")
    assert (claim.surface, claim.approx) == ("40", cue)


# --- unit and kind ------------------------------------------------------------------------------

@pytest.mark.parametrize("body, unit, kind", [
    ("The 99th Example Brigade killed 40 soldiers near Sampleville.", "soldiers", "casualties"),
    ("The 99th Example Brigade deployed 40 soldiers near Sampleville.", "soldiers", "forces"),
    ("Sampleville was hit by 40 drones.", "drones", "attacks"),
    ("The 99th Example Brigade destroyed 4 tanks and their crews.", "tanks and their crews", "equipment"),
    ("Shelling damaged 40 residential buildings in Sampleville.", "residential buildings", "destruction"),
    ("The 99th Example Brigade liberated 40 square kilometers near Sampleville.", "square kilometers", "territory"),
    ("Shelling killed 4 civilians in Sampleville.", "civilians", "civilians"),
    ("Sampleville lost 40 daily casualties.", "casualties", "casualties"),
    ("Sampleville has 40 libraries.", "libraries", "other"),
])
def test_unit_is_the_counted_noun_phrase_and_kind_follows_it(body, unit, kind):
    claim = one(body)
    assert (claim.unit, claim.kind) == (unit, kind)


def test_a_figure_without_unit_takes_the_kind_of_the_noun_before():
    claim = one("John Sample put Sampleville's casualties at around 600.")
    assert (claim.unit, claim.kind, claim.approx) == ("", "casualties", "around")


# --- kinds an analyst uses (issue 10) ---------------------------------------------------------------

@pytest.mark.parametrize("body, surface, value, unit", [
    ("Exampleton will lend Sampleville a $20 billion loan.", "$20 billion", 20_000_000_000, "loan"),
    ("Exampleton pledged $106bn to Sampleville.", "$106bn", 106_000_000_000, "$"),
    ("The council of Sampleville borrowed 90 billion euros.", "90 billion", 90_000_000_000, "euros"),
    ("The Sampleville council spent 5 billion hryvnias on roads.", "5 billion", 5_000_000_000, "hryvnias"),
    ("Exampleton paid EUR 90 million for the Sampleville bridge.", "EUR 90 million", 90_000_000, "EUR"),
    ("Exampleton offered $12 trillion to Sampleville for sanctions relief.", "$12 trillion", 12_000_000_000_000, "$"),
])
def test_a_sum_of_money_is_money(body, surface, value, unit):
    claim = one(body)
    assert (claim.surface, claim.value_low, claim.unit, claim.kind) == (surface, value, unit, "money")


@pytest.mark.parametrize("body, surface, unit", [
    ("The council of Exampleton allocates a further €75 million in humanitarian funding to Sampleville.",
     "€75 million", "€"),
    ("Exampleton has provided Sampleville with over $8.5 billion in budget aid.", "$8.5 billion", "$"),
    ("Exampleton provided over $200bn in military, financial, and humanitarian aid to Sampleville.", "$200bn", "$"),
    ("Exampleton delivered 157,000 tonnes of aid to Sampleville.", "157,000", "tonnes"),
    ("Exampleton donates 5 million iodine tablets to Sampleville.", "5 million", "iodine tablets"),
])
def test_money_or_goods_given_as_aid_is_aid(body, surface, unit):
    claim = one(body)
    assert (claim.surface, claim.unit, claim.kind) == (surface, unit, "aid")


@pytest.mark.parametrize("body, surface, unit", [
    ("Exampleton hosts 5.9 million refugees from Sampleville.", "5.9 million", "refugees"),
    ("Nearly 7,000 people were evacuated from Sampleville.", "7,000", "people"),
    ("Four years on, millions forced to flee Sampleville wait to return.", "millions", ""),
    ("More than 20,000 Sampleville residents sought protection at the border.", "20,000", "Sampleville residents"),
])
def test_people_who_fled_were_evacuated_or_sought_protection_are_displaced(body, surface, unit):
    claim = one(body)
    assert (claim.surface, claim.unit, claim.kind) == (surface, unit, "displaced")


@pytest.mark.parametrize("body, surface, unit", [
    ("The enemy tried to advance 35 times near Sampleville.", "35", "times"),
    ("Exampleton forces carried out 13 assaults near Sampleville.", "13", "assaults"),
    ("Exampleton launched 120 Shahed-type, Gerbera-type, and other strike drones at Sampleville.", "120",
     "Shahed-type, Gerbera-type, and other strike drones"),
    ("A missile hit Sampleville, and the drones struck 11 locations in Exampleton.", "11", "locations"),
])
def test_assaults_advance_attempts_drones_launched_and_places_struck_are_attacks(body, surface, unit):
    claim = one(body)
    assert (claim.surface, claim.unit, claim.kind) == (surface, unit, "attacks")


@pytest.mark.parametrize("body, surface, unit", [
    ("The strike on Sampleville caused at least 11 reported casualties.", "11", "reported casualties"),
    ("Of the Exampleton brigade, 25,200 were “irretrievable” losses.", "25,200", ""),
    ("The Exampleton brigade counted 20 KIA near Sampleville.", "20", "KIA"),
    ("Overnight at Sampleville: 1,100 troops ‘lost’, the front crumbles.", "1,100", "troops"),
    ("The Exampleton brigade reports 40 losses near Sampleville.", "40", "losses"),
])
def test_losses_irretrievable_kia_and_lost_troops_are_casualties(body, surface, unit):
    claim = one(body)
    assert (claim.surface, claim.unit, claim.kind) == (surface, unit, "casualties")


@pytest.mark.parametrize("body, kind", [
    ("Exampleton and Sampleville swapped 314 prisoners of war.", "prisoners"),
    ("Exampleton has 100,000 troops aimed at Sampleville.", "forces"),
    ("Inflation in Sampleville had hovered near 6%.", "economy"),
    ("The Sampleville depot lies roughly 230 kilometers from the border.", "distance"),
    ("Exampleton controls about 19 percent of Ukraine.", "territory"),
])
def test_prisoners_forces_economy_distance_and_shares_of_a_country(body, kind):
    assert one(body).kind == kind


def test_a_share_takes_the_kind_of_its_own_noun_not_of_a_modifier():
    claim = one("Sampleville UAV video feeds plunge over 90% after the cutoff.")
    assert (claim.surface, claim.unit, claim.kind) == ("90%", "", "other")


def test_a_figure_after_and_does_not_take_the_kind_of_the_noun_before():
    claim = one("Sampleville remembers its dead and the millions more who have suffered.")
    assert (claim.surface, claim.kind) == ("millions", "other")


def test_a_speed_is_not_a_distance():
    assert one("A missile flew over Sampleville at 950 km/h.").kind == "other"


TABLE = (
    "Intro line.\n"
    "**Source**| **Date**| **Estimated Exampleton Casualties (Killed, Wounded, Missing)**\n"
    "Sampleville Staff| Feb 21| 1,258,890 (Including 1,010 in the prior 24 hours) 19\n"
    "**Dimensions**|  Length: 12 meters; Maximum speed: 950 km/h 32\n"
)


def test_a_figure_in_a_loss_table_takes_its_columns_kind_and_the_reference_mark_is_dropped():
    start = TABLE.index("Sampleville Staff")
    row = table_row(TABLE, start, TABLE.index("\n", start))
    assert row.columns[2] == (26, 79, "Estimated Exampleton Casualties (Killed, Wounded, Missing)")
    line = TABLE[start:TABLE.index("\n", start)]
    found = figures(line, (27, 48, 67, 77), (), (), row.columns)
    assert [(figure[2], figure[7]) for figure in found] == [("1,258,890", "casualties"), ("1,010", "casualties")]


def test_a_key_value_specification_row_holds_no_claims():
    start = TABLE.index("**Dimensions")
    assert table_row(TABLE, start, TABLE.index("\n", start)) == TableRow(True, ())


# --- rate, window and scope -----------------------------------------------------------------------

@pytest.mark.parametrize("phrase, period", [
    ("every day", "day"), ("daily", "day"), ("a day", "day"), ("per day", "day"), ("each day", "day"),
    ("every week", "week"), ("per week", "week"), ("a week", "week"), ("weekly", "week"),
    ("in a month", "month"), ("per month", "month"), ("every month", "month"), ("monthly", "month"),
    ("a year", "year"), ("per year", "year"), ("annually", "year"), ("every year", "year"),
])
def test_rate_words_set_the_period(phrase, period):
    assert one(f"Defenders of Sampleville repel 40 attacks {phrase}.").period == period


@pytest.mark.parametrize("body", [
    "Defenders of Sampleville repelled 40 attacks over the past day.",
    "Defenders of Sampleville repelled 40 attacks for a day.",
    "Defenders of Sampleville repelled 40 attacks, and a day later the shelling stopped.",
    "Defenders of Sampleville repelled 40 attacks, but the next day was quiet.",
])
def test_durations_and_other_clauses_set_no_period(body):
    assert one(body).period == ""


@pytest.mark.parametrize("phrase", [
    "over the past day", "in the past 24 hours", "last week", "since the start of the year", "yesterday",
    "over the last three days", "in 2024", "since 24 February",
])
def test_explicit_windows(phrase):
    assert one(f"Defenders of Sampleville repelled 40 attacks {phrase}.").window == phrase


@pytest.mark.parametrize("body, scope", [
    ("Defenders repelled 40 attacks on the Sampleville front.", "Sampleville front"),
    ("Defenders repelled 40 attacks in the Sampleville direction.", "Sampleville direction"),
    ("Defenders repelled 40 attacks in Exampleton Oblast.", "Exampleton Oblast"),
    ("Defenders repelled 40 attacks near Sampleville, John Sample said.", "Sampleville"),
    ("Defenders repelled 40 attacks in the Exampleton Oblast push.", ""),
])
def test_scope_is_a_named_front_or_a_place_that_ends_its_phrase(body, scope, sampleville_gazetteer):
    assert one(body).scope == scope


@pytest.fixture
def sampleville_gazetteer(tmp_path, monkeypatch):
    """A user gazetteer that knows the fictional village of Sampleville (scope comes from the places found)."""
    path = tmp_path / "sampleville.csv"
    path.write_text("name,alternate_names,oblast,lat,lon,geonameid,source,note\n"
                    "Sampleville,,Donetsk,48.30,37.00,,fictional test village,\n", encoding="utf-8")
    monkeypatch.setenv("FCW_PLACES_EXTRA", str(path))


def test_a_country_named_after_a_preposition_is_the_scope():
    assert one("Aid agencies reached 40,000 people in Moldova, Jane Example said.").scope == "Moldova"


def test_claims_read_the_dates_the_timeline_found_rather_than_finding_them_again():
    doc = make_doc(parse_text(seed_layout("On 3 January, defenders repelled 12 attacks."), "dates.txt"))
    assert [claim.surface for claim in extract_claims(doc) if claim.part == "body"] == ["12"]
    bare = make_doc(doc.article)
    bare.spans["events"] = []  # as if the timeline had found no date in the sentence
    assert [claim.surface for claim in extract_claims(bare) if claim.part == "body"] == ["3", "12"]


# --- hedges ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, cue", [
    ("Defenders of Sampleville reportedly repelled 40 attacks.", "reportedly"),
    ("Reports indicate that defenders of Sampleville repelled 40 attacks.", "Reports indicate"),
    ("Reports suggest that defenders of Sampleville repelled 40 attacks.", "Reports suggest"),
    ("The brigade allegedly destroyed 40 tanks near Sampleville.", "allegedly"),
    ("John Sample claimed that 40 attacks hit Sampleville.", "claimed"),
    ("According to unconfirmed reports, 40 attacks hit Sampleville.", "According to unconfirmed reports"),
    ("The brigade purportedly destroyed 40 tanks near Sampleville.", "purportedly"),
    ("The brigade is said to have destroyed 40 tanks near Sampleville.", "is said to"),
    ("The brigade is believed to have destroyed 40 tanks near Sampleville.", "is believed to"),
    ("The brigade may have destroyed 40 tanks near Sampleville.", "may have"),
    ("An estimated 40 tanks were destroyed near Sampleville.", "An estimated"),
])
def test_hedges_are_kept_as_written(sentence, cue):
    claim = one(sentence)
    assert (claim.hedged, claim.hedge_cue) == (True, cue)


def test_every_figure_of_a_hedged_sentence_shares_its_hedge():
    claims = [c for c in claims_in("Reports indicate that 40 tanks and 12 drones were destroyed.") if c.part == "body"]
    assert [(c.surface, c.hedge_cue) for c in claims] == [("40", "Reports indicate"), ("12", "Reports indicate")]


def test_a_firm_figure_is_not_hedged():
    claim = one("Jane Example said defenders of Sampleville repelled 40 attacks.")
    assert (claim.hedged, claim.hedge_cue) == (False, "")


# --- what must not be taken -----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "On 3 January, Jane Example visited Sampleville.",
    "On January 3, 2025, Jane Example visited Sampleville.",
    "Fighting near Sampleville went on from February 20 to 21.",
    "The 10-17 February report covers Sampleville.",
    "Jane Example arrived in Sampleville on 03/01/2025.",
    "In 2024, Jane Example moved to Sampleville.",
    "The talks in Sampleville began at 4.50am and ended at 11:40 a.m.",
    "The talks in Sampleville began at 5 p.m.",
    "The 47th Brigade holds Sampleville.",
    "The 3rd Assault Brigade holds Sampleville.",
    "One National Guard brigade holds Sampleville.",
    "John Sample called Sampleville on +380 44 123 4567.",
    "Jane Example cites page 12 of the report on Sampleville.",
    "Jane Example cites Article 5 of the charter of Sampleville.",
    "Sampleville asked for F-16 jets and HIMARS M142 launchers.",
    "An Su-34 bomber flew over Sampleville.",
    "COVID-19 closed schools in Sampleville.",
    "The G7 discussed Sampleville.",
    "Day 1,000 of the war found Sampleville under fire.",
    "A 30-day ceasefire began in Sampleville.",
    "An 11-year-old girl was rescued in Sampleville.",
    "The two sides met in Sampleville.",
    "The ceasefire lasted 30 days in Sampleville.",
    "Jane Example spent five months in Sampleville.",
    "It is a one-in-a-million chance for Sampleville.",
    "The recruitment age in Sampleville fell from 25 to 18.",
    "Sampleville is the 21st settlement on the list.",
    "Teachers in Sampleville work with children aged 9–12.",
    "John Sample answers on (701) 237-5948 in Sampleville.",
    "The Sampleville Fund is a 501(c)(3) organization.",
    "The Exampleton Project 22460 boats are moored in Sampleville.",
    "Jane Example covers the Fortune 500 list in Sampleville.",
    "The report on Sampleville [12] is out.",
    "The Sampleville page lists 2026.1 revisions.",
    "For help, call the Sampleville office at 1-800-422-7385.",
    "The Sampleville report is out.\n\nDownload the Sampleville report (PDF | 4.78 MB | English).",
    "The Sampleville map is licensed under CC BY-NC-ND 4.0 International.",
    "Sampleville phones got the iOS 17.2 update.",
    "The vigil marked the anniversary of John Sample’s death 40), and Sampleville mourned.",
    "The Sampleville plan was drafted in early 2025.24 Exampleton agreed to it later.",
    "1.1767 USD = 1 EUR, the Sampleville bank quoted on Monday.",
    "We sleep under sirens, said John Sample, 43.",
    "The Sampleville line carries 330 kV of backup power.",
])
def test_things_that_are_not_figure_claims(body):
    assert surfaces(body) == []


def test_reading_time_and_dateline_are_not_claims():
    claims = claims_in("Defenders of Sampleville held their positions.")
    assert claims == []


def test_list_numbering_is_not_a_claim():
    assert surfaces("2.") == []


def test_a_parenthesised_conversion_is_not_a_second_claim():
    assert surfaces("The council of Exampleton received 90 billion euros ($106bn) in aid.") == ["90 billion"]


def test_a_change_from_one_value_to_another_is_two_values():
    claims = [c for c in claims_in("Attacks on Sampleville rose from 30 to 40 drones a day.") if c.part == "body"]
    assert [(c.surface, c.value_low, c.value_high) for c in claims] == [("30", 30, 30), ("40", 40, 40)]


def test_a_small_number_word_counting_a_lexicon_noun_is_taken():
    claim = one("Shelling killed three civilians in Sampleville.")
    assert (claim.surface, claim.value_low, claim.kind) == ("three", 3, "civilians")


# --- headline check -------------------------------------------------------------------------------

@pytest.mark.parametrize("head, body, verdict", [
    ((400, 400), (400, 400), "supported"),
    ((400, 400), (300, 400), "top of range"),
    ((300, 400), (300, 400), "supported"),
    ((300, 300), (300, 400), "bottom of range"),
    ((350, 350), (300, 400), "within range"),
    ((2000, 2000), (1730, 1730), "rounded up"),
    ((1700, 1700), (1730, 1730), "rounded down"),
    ((5000, 5000), (300, 400), "differs"),
])
def test_headline_verdicts(head, body, verdict):
    assert headline_verdict(*head, *body) == verdict


def test_a_headline_figure_without_a_body_figure_of_its_kind_is_unsupported():
    text = seed_layout("Jane Example said 12 tanks were destroyed near Exampleton.",
                       title="Sampleville loses 400 troops daily")
    check = headline_check(claims_table([parse_text(text, "x.txt")]))
    assert check[["surface", "verdict", "body_claim_id"]].values.tolist() == [["400", "unsupported", ""]]
    assert math.isnan(check["body_value_low"].iloc[0])


# --- non-numeric claim sentences ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, is_claim, kind", [
    ("The 99th Example Brigade is attempting to encircle Sampleville.", True, "intention"),
    ("The 99th Example Brigade plans to capture Exampleton.", True, "intention"),
    ("The 99th Example Brigade can hold Sampleville for weeks.", True, "capability"),
    ("Losing Sampleville would cut the road to Exampleton.", True, "assessment"),
    ("The 99th Example Brigade repelled an assault on Sampleville.", True, "event"),
    ("Troops are advancing towards Exampleton.", True, "event"),
    ("Sampleville serves as a hub for the region.", False, "background"),
    ("Sampleville is located on a river.", False, "background"),
    ("Jane Example said the situation in Sampleville is difficult.", True, "assessment"),
    ("Sampleville has a library.", False, "background"),
])
def test_sentence_classification(sentence, is_claim, kind):
    assert classify_sentence(sentence)[:2] == (is_claim, kind)


# --- whose figure it is (issue 10) ---------------------------------------------------------------------

def _claims_of(tmp_path, body: str, *, front_matter: str = "") -> pd.DataFrame:
    """The claims table of one fictional article (seed layout, or front matter when given)."""
    path = tmp_path / ("x.md" if front_matter else "x.txt")
    text = f"---\n{front_matter}---\n\n{body}\n" if front_matter else seed_layout(body)
    path.write_text(text, encoding="utf-8")
    claims = load_corpus(tmp_path).claims
    return claims[claims["part"] == "body"]


def test_a_figure_inside_a_quote_is_the_speakers_and_one_in_the_authors_next_sentence_is_not(tmp_path):
    claims = _claims_of(tmp_path, "“We repelled 40 attacks near Sampleville,” said John Sample. "
                                  "Exampleton lost 12 tanks near Sampleville last week.")
    assert claims[["surface", "speaker", "voice"]].values.tolist() == [
        ["40", "John Sample", "named source"], ["12", "", "author"]]


def test_a_figure_in_the_authors_words_around_a_quote_is_not_the_speakers(tmp_path):
    claims = _claims_of(tmp_path, "“We repelled 40 attacks near Sampleville,” said John Sample, "
                                  "as 12 tanks burned on the road.")  # the sentence's voice is John Sample's
    assert claims[["surface", "speaker", "voice"]].values.tolist() == [
        ["40", "John Sample", "named source"], ["12", "", "author"]]


def test_a_figure_outside_the_statements_content_is_the_authors(tmp_path):
    claims = _claims_of(tmp_path, "John Sample, who commands 400 soldiers, said that Sampleville holds.")
    assert claims[["surface", "speaker", "attribution_id"]].values.tolist() == [["400", "", ""]]


def test_a_claim_names_the_statement_whose_content_holds_it():
    claim = one("John Sample said that 40 attacks hit Sampleville.")
    assert claim.attribution_id == "x/a001"


def test_the_byline_is_never_a_speaker(tmp_path):
    claims = _claims_of(tmp_path, "Jane Example reported that 40 attacks hit Sampleville.")  # the byline is hers
    assert claims[["surface", "speaker", "voice"]].values.tolist() == [["40", "", "author"]]


def test_the_outlet_is_never_a_speaker(tmp_path):
    claims = _claims_of(tmp_path, "The Sampleville Courier reported that 40 attacks hit Exampleton.",
                        front_matter="title: Exampleton shelled\ndate: 2025-03-14\noutlet: The Sampleville Courier\n")
    assert claims[["surface", "speaker"]].values.tolist() == [["40", ""]]


def test_the_site_named_by_the_url_is_never_a_speaker():
    article = parse_text("---\ntitle: Exampleton shelled\ndate: 2025-03-14\n"
                         "url: https://www.samplecourier.com/news/1\n---\n\nSampleville holds.\n", "x.md")
    assert page_names(article) == frozenset({"samplecourier"})


def test_a_statement_ends_at_its_footnote_link_so_the_next_ones_figure_is_not_its(tmp_path):
    # audit after2, class 3: ISW's ".[[xxi]](...)" footnotes join sentences; a governor's
    # statement held the next outlet's figure
    claims = _claims_of(tmp_path, "Sampleville Governor Jane Example acknowledged that drones struck a depot in "
                                  "Sampleville.[[xxi]](https://example.org/<#_edn1>) The Sampleville Courier reported "
                                  "that the depot stores 700 tonnes of fuel.[[xxii]](https://example.org/<#_edn2>)")
    assert claims[["surface", "speaker"]].values.tolist() == [["700", "Sampleville Courier"]]


# --- kinds the after audit found missed (issue 10, after2) ----------------------------------------

@pytest.mark.parametrize("body, surface, unit", [
    ("In 2025, at least 2,185 people died or went missing off Sampleville.", "2,185", "people"),
    ("At least 270 human remains washed ashore at Sampleville.", "270", "human remains"),
    ("Around 200 writers and artists have been killed in Sampleville.", "200", "writers"),
])
def test_people_who_died_or_went_missing_and_human_remains_are_casualties(body, surface, unit):
    claim = one(body)
    assert (claim.surface, claim.unit, claim.kind) == (surface, unit, "casualties")


def test_civilians_killed_stay_civilians():
    assert one("Shelling killed 4 civilians in Sampleville.").kind == "civilians"


def test_a_figure_that_splits_the_one_before_takes_its_kind():
    found = [(claim.surface, claim.unit, claim.kind) for claim in claims_in(
        "Sampleville and Exampleton agreed to exchange 314 prisoners of war – 157 each – the first such swap.")
        if claim.part == "body"]
    assert found == [("314", "prisoners", "prisoners"), ("157", "", "prisoners")]


def test_a_share_that_restates_the_one_before_takes_its_kind():
    found = [(claim.surface, claim.kind) for claim in claims_in(
        "Exampleton controls about 19 percent of Ukraine, down from 26 percent in March 2022.")
        if claim.part == "body"]
    assert found == [("19 percent", "territory"), ("26 percent", "territory")]


@pytest.mark.parametrize("body, surface, unit", [
    ("About 75 percent of Example missiles arrived in Sampleville through the scheme.", "75 percent", "Example missiles"),
    ("Sampleville produces more than three million [first-person view] drones a year.", "three million", "drones"),
])
def test_munitions_delivered_or_produced_are_equipment(body, surface, unit):
    claim = one(body)
    assert (claim.surface, claim.unit, claim.kind) == (surface, unit, "equipment")


def test_munitions_launched_stay_attacks_even_when_produced_elsewhere():
    claim = one("Exampleton launched 40 drones produced in Sampleville.")
    assert (claim.surface, claim.unit, claim.kind) == ("40", "drones", "attacks")


@pytest.mark.parametrize("body, surface, kind", [
    ("That 20% occupied by Exampleton was taken early in the war.", "20%", "territory"),
    ("More than 700,000 have been sent to the front lines from Exampleton.", "700,000", "forces"),
    ("Exampleton counts recruitment levels of about 40,000 a month.", "40,000", "forces"),
    ("Sampleville suffered attacks on several dozen occasions.", "several dozen", "attacks"),
    ("Sampleville is spending billions buying weapons.", "billions", "money"),
    ("The Sampleville crown is forecast to average 84 to the US dollar.", "84", "economy"),
    ("Exampleton delivered over 410,000 emergency shelter kits to Sampleville.", "410,000", "aid"),
    ("Exampleton made 60,000 Sampleville migrants eligible for temporary protected status.", "60,000", "displaced"),
])
def test_what_a_figure_is_said_to_be_gives_its_kind(body, surface, kind):
    claim = one(body)
    assert (claim.surface, claim.kind) == (surface, kind)


def test_a_share_across_no_break_spaces_reads_its_noun():
    claim = one("With 80%\u00a0of Exampleton’s\u00a0territory sparsely populated, Sampleville grows.")
    assert (claim.surface, claim.unit, claim.kind) == ("80%", "Exampleton’s\u00a0territory", "territory")


# --- kinds the after3 audit found missed ----------------------------------------------------------

def test_goods_a_body_will_provide_are_aid():
    claim = one("Exampleton will provide 5.5 million water filters to Sampleville.")
    assert (claim.surface, claim.unit, claim.kind) == ("5.5 million", "water filters", "aid")


def test_a_supply_verb_far_from_the_figure_makes_no_aid():
    claim = one("Hackers used dozens of stolen accounts to reach systems provided by Exampleton.")
    assert (claim.surface, claim.kind) == ("dozens", "other")


def test_refugees_who_returned_home_are_displaced():
    claim = one("Since then, nearly six million have returned home to Sampleville.")
    assert (claim.surface, claim.kind) == ("six million", "displaced")


def test_people_hosted_in_reception_centres_are_displaced():
    claim = one("In Sampleville, more than 1,000 people were hosted for a year in three reception centres.")
    assert (claim.surface, claim.kind) == ("1,000", "displaced")


def test_people_an_aid_programme_reached_are_aid():
    claim = one("Over four years, the Sampleville Relief programmes have reached nearly 1.5 million people.")
    assert (claim.surface, claim.unit, claim.kind) == ("1.5 million", "people", "aid")


def test_people_a_death_toll_reached_stay_casualties():
    claim = one("The death toll in Sampleville reached 50 people after the strike killed residents.")
    assert (claim.surface, claim.kind) == ("50", "casualties")
