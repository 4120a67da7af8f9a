"""Places: what an analyst expects the places table to say about the seed and about
constructed articles.  People in the constructed articles are fictional (Jane Example, John
Sample); the places are real Ukrainian settlements, since that is what is being resolved,
except for the fictional villages of Sampleville (which no gazetteer has) and Exampleton
(which a user's own gazetteer file adds)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from conftest import seed_layout
from helpers.load import parse_text
from helpers.extract.places import EXTRA_ENV, PLACE_COLUMNS, extract_places, load_gazetteer
from helpers.extract.places.gazetteer import fold_name
from helpers.tables import places_table
from helpers.views import place_summary, unresolved_places


def article(body: str):
    """A fictional article in the seed layout around the given body paragraphs."""
    return parse_text(seed_layout(body), "constructed.txt")


def places(body: str, **options) -> list:
    return extract_places(article(body), **options)


def by_surface(rows: list, surface: str):
    found = [row for row in rows if row.surface == surface]
    assert len(found) == 1, f"expected one row for {surface!r}, got {found}"
    return found[0]


def settlements(rows: list) -> list[str]:
    return [row.surface for row in rows if row.kind != "oblast"]


# --- the seed ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_rows(seed):
    return extract_places(seed)


def test_seed_names_every_expected_place_with_its_oblast(seed_rows):
    found = {(row.name, row.oblast) for row in seed_rows}
    assert found == {
        ("Pokrovsk", "Donetsk Oblast"), ("Myrnohrad", "Donetsk Oblast"), ("Pishchane", "Donetsk Oblast"),
        ("Mykolaivka", "Donetsk Oblast"), ("Kostiantynivka", "Donetsk Oblast"), ("Toretsk", "Donetsk Oblast"),
        ("Chasiv Yar", "Donetsk Oblast"), ("Sontsivka", "Donetsk Oblast"), ("Donetsk Oblast", "Donetsk Oblast"),
        ("Luhansk Oblast", "Luhansk Oblast"),
    }


def test_seed_pokrovsk_is_the_donetsk_city(seed_rows):
    pokrovsk = [row for row in seed_rows if row.name == "Pokrovsk"]
    assert len(pokrovsk) == 13
    first = pokrovsk[0]
    assert (first.geonameid, first.resolved_by, first.confidence) == (704422, "unique name", 0.9)
    assert math.isclose(first.lat, 48.28, abs_tol=0.01) and math.isclose(first.lon, 37.18, abs_tol=0.01)


def test_seed_mentions_in_order_with_offsets(seed, seed_rows):
    assert [row.start for row in seed_rows] == sorted(row.start for row in seed_rows)
    assert all(seed.text[row.start:row.end] == row.surface for row in seed_rows)
    assert [row.place_id for row in seed_rows[:2]] == ["000_45a4a854ecae5629/p001", "000_45a4a854ecae5629/p002"]
    assert seed_rows[0].surface == "Pokrovsk" and seed_rows[0].sentence_id == 1


def test_seed_fronts_and_directions(seed_rows):
    kinds = [(row.surface, row.kind) for row in seed_rows if row.kind in ("front", "direction")]
    assert kinds == [
        ("Pishchane", "direction"), ("Mykolaivka directions", "direction"), ("Pokrovsk front", "front"),
        ("Pokrovsk front", "front"), ("Pokrovsk direction", "direction"),
    ]


def test_seed_oblasts_including_the_plural(seed_rows):
    oblasts = [(row.surface, row.name) for row in seed_rows if row.kind == "oblast"]
    assert oblasts == [
        ("Donetsk Oblast", "Donetsk Oblast"), ("Donetsk Oblast", "Donetsk Oblast"),
        ("Donetsk Oblast", "Donetsk Oblast"), ("Donetsk Oblast", "Donetsk Oblast"),
        ("Donetsk", "Donetsk Oblast"), ("Luhansk oblasts", "Luhansk Oblast"),
    ]


def test_seed_pishchane_is_placed_from_the_extra_gazetteer(seed_rows):
    pishchane = by_surface(seed_rows, "Pishchane")
    assert (pishchane.lat, pishchane.lon, pishchane.gazetteer) == (48.235, 37.108, "places_extra.csv")
    assert pishchane.resolved_by == "extra gazetteer" and pishchane.confidence == 0.85
    assert pishchane.candidates.startswith("places_extra.csv Pishchane, Donetsk Oblast (48.235, 37.108) 7 km from Pokrovsk")


def test_seed_mykolaivka_is_never_the_sloviansk_town(seed_rows):
    mykolaivka = by_surface(seed_rows, "Mykolaivka directions")
    assert mykolaivka.geonameid is None and mykolaivka.lat is None
    assert (mykolaivka.resolved_by, mykolaivka.confidence, mykolaivka.oblast) == ("ambiguous", 0.0, "Donetsk Oblast")
    assert "700119 Mykolaivka, Donetsk Oblast (48.862, 37.768) 78 km from Pokrovsk" in mykolaivka.candidates


def test_seed_kostiantynivka_chosen_by_the_oblast_the_article_names(seed_rows):
    row = by_surface(seed_rows, "Kostiantynivka")
    assert (row.geonameid, row.resolved_by, row.confidence) == (705104, "oblast named in article", 0.85)
    assert row.candidates.startswith("705104 Kostiantynivka, Donetsk Oblast (48.527, 37.706) 48 km from Pokrovsk;")


def test_seed_people_and_capitalised_words_are_not_places(seed_rows):
    surfaces = " ".join(row.surface for row in seed_rows)
    for word in ("Lytvyn", "Vitalii", "Trehubov", "Khortytsia", "Still", "Every", "National", "Guard",
                 "Russian", "Ukrainian", "UNIAN", "Padun", "January", "October"):
        assert word not in surfaces


def test_places_table_columns_and_order(seed):
    table = places_table([seed])
    assert list(table.columns) == PLACE_COLUMNS
    assert len(table) == 27
    assert table["start"].is_monotonic_increasing
    assert str(table["geonameid"].dtype) == "Int64"
    assert table["lat"].isna().sum() == 7  # six oblast rows and the unresolved Mykolaivka


# --- names in text -------------------------------------------------------------------------------


def test_multi_word_names():
    rows = places("Shelling hit Chasiv Yar and Velyka Novosilka overnight, Jane Example said.")
    assert [(row.surface, row.geonameid) for row in rows] == [("Chasiv Yar", 710915), ("Velyka Novosilka", 690237)]


def test_possessive_is_matched_and_left_out_of_the_surface():
    rows = places("Kramatorsk's mayor, John Sample, said the city was calm.")
    assert [(row.surface, row.name, row.geonameid) for row in rows] == [("Kramatorsk", "Kramatorsk", 704508)]


def test_front_and_direction_keywords():
    rows = places("Fighting continued near Sloviansk and on the Lyman front and in the Kupiansk direction.")
    assert [(row.surface, row.name, row.kind) for row in rows] == [
        ("Sloviansk", "Sloviansk", "settlement"), ("Lyman front", "Lyman", "front"),
        ("Kupiansk direction", "Kupiansk", "direction"),
    ]


def test_plural_oblasts_apply_to_every_coordinated_name():
    rows = places("Drones struck Kharkiv, Sumy and Chernihiv oblasts, and the Donetsk region.")
    assert [(row.surface, row.name, row.kind) for row in rows] == [
        ("Kharkiv", "Kharkiv Oblast", "oblast"), ("Sumy", "Sumy Oblast", "oblast"),
        ("Chernihiv oblasts", "Chernihiv Oblast", "oblast"), ("Donetsk region", "Donetsk Oblast", "oblast"),
    ]


def test_old_names_resolve_to_the_renamed_city():
    rows = places("Troops fought near Krasnoarmiisk and Dzerzhynsk.")
    assert [(row.surface, row.name) for row in rows] == [("Krasnoarmiisk", "Pokrovsk"), ("Dzerzhynsk", "Toretsk")]


def test_hyphenated_pair_of_places():
    rows = places("Forces advanced in the Pokrovsk-Myrnohrad agglomeration.")
    assert [(row.surface, row.kind) for row in rows] == [("Pokrovsk", "settlement"), ("Myrnohrad", "settlement")]


def test_a_person_named_like_a_place_is_not_a_place():
    rows = places("Jane Lyman, a volunteer, said the road was open. Lyman added that aid was coming.")
    assert rows == []


def test_organisations_named_after_places_are_not_places():
    rows = places("The Kyiv Independent reported that the Kharkiv Regional Military Administration had moved.")
    assert rows == []


def test_capitalised_common_words_are_not_places():
    rows = places("Still, every day the National Guard and Russian and Ukrainian units fought in May. "
                  "Every night, Jane Example counted the drones.")
    assert rows == []


def test_a_place_that_is_an_english_word_needs_a_capital_that_is_not_the_sentences_own():
    rows = places("Bar owners were worried. Shelling hit Bar, Vinnytsia Oblast, on Monday.")
    assert [(row.surface, row.start > 0, row.geonameid) for row in rows if row.kind == "settlement"] == [("Bar", True, 712861)]
    assert len([row for row in rows if row.surface == "Bar"]) == 1


def test_seas_pipelines_and_rivers_are_not_settlements():
    rows = places("Tankers crossed the Sea of Azov while the Druzhba pipeline was repaired on the Dnipro river.")
    assert rows == []


# --- resolution ---------------------------------------------------------------------------------


def test_ambiguity_resolved_by_the_oblast_named_after_the_place():
    row = places("Shelling hit Lyman, Kharkiv Oblast, on Monday.")[0]
    assert (row.name, row.oblast, row.geonameid, row.resolved_by, row.confidence) == (
        "Lyman", "Kharkiv Oblast", 703071, "oblast named after it", 0.95)
    assert row.candidates.count(";") == 2  # the three Lymans of cities500


def test_ambiguity_resolved_by_an_oblast_named_elsewhere_in_the_article():
    rows = places("Shelling hit Lyman in the night. The strike was the first in Odesa Oblast this year.")
    assert (rows[0].geonameid, rows[0].oblast, rows[0].resolved_by, rows[0].confidence) == (
        703076, "Odesa Oblast", "oblast named in article", 0.75)


def test_ambiguity_resolved_by_distance_to_the_other_places():
    rows = places("Shelling hit Lyman and Sloviansk in the night.")
    lyman = by_surface(rows, "Lyman")
    assert (lyman.geonameid, lyman.resolved_by, lyman.confidence) == (704204, "nearest to other places", 0.7)
    assert lyman.candidates.startswith("704204 Lyman, Donetsk Oblast (48.990, 37.808) 22 km from Sloviansk;")


def test_ambiguity_without_evidence_is_left_unresolved_with_candidates():
    row = places("Shelling hit Novoselivka in the night.")[0]
    assert (row.lat, row.lon, row.geonameid, row.oblast) == (None, None, None, "")
    assert (row.resolved_by, row.confidence) == ("ambiguous", 0.0)
    assert row.candidates.count(";") >= 10 and "Novoselivka, Donetsk Oblast" in row.candidates


def test_relative_position_overrules_a_far_unique_name():
    rows = places("Russian forces attacked near Kupiansk. Footage shows fighting in eastern Pryluky "
                  "(northwest of Kupiansk).")
    pryluky = by_surface(rows, "Pryluky")
    assert (pryluky.lat, pryluky.resolved_by) == (None, "ambiguous")
    assert pryluky.candidates.startswith("696108 Pryluky, Chernihiv Oblast")  # the town in Chernihiv Oblast, listed but not chosen


def test_a_village_the_text_names_but_the_gazetteer_lacks_stays_unresolved():
    rows = places("Troops reached the village of Sampleville near Pokrovsk.")
    village = by_surface(rows, "Sampleville")
    assert (village.kind, village.resolved_by, village.lat, village.candidates) == (
        "settlement", "not in gazetteer", None, "")


def test_an_oblast_outside_ukraine_is_kept_but_not_resolved():
    row = places("Troops fought in Kursk Oblast in the spring.")[0]
    assert (row.surface, row.name, row.kind, row.oblast, row.resolved_by) == (
        "Kursk Oblast", "Kursk Oblast", "oblast", "", "not in gazetteer")


# --- the gazetteer ---------------------------------------------------------------------------------


def test_transliteration_variants_fold_together():
    assert fold_name("Kostyantynivka") == fold_name("Kostiantynivka")
    assert fold_name("Pokrovs'k") == fold_name("Pokrovsk") == fold_name("POKROVSK")
    assert fold_name("Huliai-Pole") == fold_name("Hulyaypole") == fold_name("Huliaipole")
    assert fold_name("Guljajpole") == fold_name("Gulyaypole")
    assert fold_name("Покровськ") == ""


def test_gazetteer_knows_the_seed_cities_by_current_and_old_names():
    gazetteer = load_gazetteer()
    for name, geonameid in [("Toretsk", 709354), ("Dzerzhynsk", 709354), ("Kostiantynivka", 705104),
                            ("Chasiv Yar", 710915), ("Sontsivka", 704288), ("Krasnoarmiisk", 704422)]:
        entries, _ = gazetteer.lookup(fold_name(name))
        assert geonameid in [entry.geonameid for entry in entries], name


def test_gazetteer_prefers_the_national_transliteration():
    entries, _ = load_gazetteer().lookup(fold_name("Kostyantynivka"))
    assert {entry.name for entry in entries} == {"Kostiantynivka"}


def write_extra(tmp_path, rows: str):
    path = tmp_path / "my_places.csv"
    path.write_text("name,alternate_names,oblast,lat,lon,geonameid,source,note\n" + rows, encoding="utf-8")
    return path


def test_user_extra_gazetteer_file_places_a_missing_village(tmp_path):
    path = write_extra(tmp_path, "Exampleton,Exampletown,Donetsk Oblast,48.30,37.00,,my own survey,fictional\n")
    gazetteer = load_gazetteer([path])
    rows = places("Shelling hit Exampleton and Pokrovsk.", gazetteer=gazetteer)
    village = by_surface(rows, "Exampleton")
    assert (village.lat, village.lon, village.oblast) == (48.30, 37.00, "Donetsk Oblast")
    assert (village.resolved_by, village.gazetteer) == ("extra gazetteer", "my_places.csv")


def test_user_extra_gazetteer_named_by_environment_variable(tmp_path, monkeypatch):
    path = write_extra(tmp_path, "Exampleton,,Kharkiv,49.9,36.3,,my own survey,\n")
    monkeypatch.setenv(EXTRA_ENV, str(path))
    rows = places("Shelling hit Exampleton.", gazetteer=load_gazetteer())
    assert (rows[0].oblast, rows[0].gazetteer) == ("Kharkiv Oblast", "my_places.csv")


def test_bad_extra_gazetteer_row_is_refused_with_its_line(tmp_path):
    path = write_extra(tmp_path, "Sampleville,,Donetsk,48.3,37.0,,survey,\nExampleton,,Atlantis,48.3,37.0,,survey,\n")
    with pytest.raises(ValueError, match="my_places.csv, line 3: unknown oblast 'Atlantis'"):
        load_gazetteer([path])


# --- notebook views ---------------------------------------------------------------------------------


def test_place_summary_counts_mentions_per_place(seed):
    summary = place_summary(places_table([seed]))
    assert summary.iloc[0][["name", "mentions", "articles", "kinds"]].tolist() == [
        "Pokrovsk", 13, 1, "direction, front, settlement"]
    assert summary["name"].tolist()[1:] == [
        "Myrnohrad", "Chasiv Yar", "Kostiantynivka", "Pishchane", "Sontsivka", "Toretsk"]


def test_unresolved_places_lists_the_seed_mykolaivka(seed):
    left = unresolved_places(places_table([seed]))
    assert left["surface"].tolist() == ["Mykolaivka directions"]
    assert isinstance(left.loc[0, "candidates"], str) and left.loc[0, "candidates"]


def test_empty_table_for_an_article_without_places():
    table = places_table([article("Jane Example wrote a letter to John Sample on Monday.")])
    assert list(table.columns) == PLACE_COLUMNS and table.empty
    assert place_summary(table).empty
    assert isinstance(table, pd.DataFrame)


# --- an oblast centre's name meaning the oblast; a far namesake (issue 10, the after audit) ---------


def test_a_compass_adjective_after_in_makes_an_oblast_centre_the_oblast():
    rows = places("Jane Example said troops took a village in northern Donetsk.")
    assert [(row.surface, row.name, row.kind, row.oblast, row.confidence, row.resolved_by) for row in rows] == [
        ("Donetsk", "Donetsk Oblast", "oblast", "Donetsk Oblast", 1.0, "oblast name")]


def test_the_capital_after_a_compass_adjective_stays_the_city():
    rows = places("Drones struck buildings in western Kyiv.")
    assert [(row.surface, row.name, row.kind) for row in rows] == [("Kyiv", "Kyiv", "settlement")]


def test_names_listed_after_regions_of_are_oblasts():
    rows = places("Jane Example referred to the regions of Donetsk, Luhansk, Zaporizhzhia, and Kherson.")
    assert [(row.surface, row.name, row.kind) for row in rows] == [
        ("Donetsk", "Donetsk Oblast", "oblast"), ("Luhansk", "Luhansk Oblast", "oblast"),
        ("Zaporizhzhia", "Zaporizhzhia Oblast", "oblast"), ("Kherson", "Kherson Oblast", "oblast")]


def test_a_largest_namesake_far_from_the_sentences_places_is_left_unresolved_with_its_candidates():
    rows = places("Russian forces attacked in Sumy Oblast, including north of Sumy City near Oleksiivka and "
                  "Kindrativka and northeast of Sumy City near Yunakivka and Myropillya.")
    row = by_surface(rows, "Oleksiivka")
    assert (row.lat, row.geonameid, row.oblast, row.confidence, row.resolved_by) == (
        None, None, "Sumy Oblast", 0.0, "ambiguous")
    assert row.candidates.startswith(
        "12500938 Oleksiivka, Kharkiv Oblast (50.045, 36.193) 128 km from Myropillia; "
        "713553 Oleksiivka, Kharkiv Oblast (49.398, 36.287) 195 km from Myropillia")


def test_a_list_of_places_all_near_one_reference_keeps_a_far_namesake_off_the_map():
    rows = places("Russian forces seized Pryvillya and advanced northwest of Minkivka, into Holubivka, and near "
                  "Orikhovo-Vasylivka (all northeast of Kostyantynivka).")
    row = by_surface(rows, "Holubivka")
    assert (row.lat, row.geonameid, row.oblast, row.confidence, row.resolved_by, row.candidates) == (
        None, None, "", 0.0, "ambiguous",
        "705809 Holubivka, Luhansk Oblast (48.638, 38.643) 48 km from Pryvillia; "
        "705218 Holubivka, Luhansk Oblast (48.388, 38.524) 60 km from Minkivka")


def test_an_oblast_named_elsewhere_does_not_place_a_namesake_far_from_the_places_named_with_it():
    # after3 audit: "southwest of Druzhkivka near Novopavlivka" was put in Dnipropetrovsk Oblast
    rows = places("Fighting went on near Sloviansk, and shelling hit Lyman. The strike was the first in Odesa Oblast "
                  "this year.")
    lyman = by_surface(rows, "Lyman")
    assert (lyman.geonameid, lyman.resolved_by, lyman.confidence) == (None, "ambiguous", 0.0)
