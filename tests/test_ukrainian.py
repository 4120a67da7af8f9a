"""Ukrainian articles read natively, as an analyst expects them read.

Fixtures are constructed Ukrainian sentences about fictional people, villages and outlets:
the spokeswoman Олена Приклад (Olena Pryklad), her colleague Андрій Приклад, the villages
Зразкове (Zrazkove), Прикладівка (Prykladivka) and Прикладне (Prykladne), which a test
gazetteer file places in Donetsk Oblast, and the outlet «Зразкові новини».  GeoNames has a
real Зразкове in Luhansk Oblast: the worked example's Зразкове is told from it by
Прикладівка, named beside it.  Real towns appear only as places
(Краматорськ, Бахмут, Горлівка), never as speakers.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from helpers import load_corpus
from helpers.extract.attribution import extract_attributions, fold_speakers
from helpers.extract.claims import extract_claims
from helpers.extract.places import PLACE_COLUMNS, extract_places, load_gazetteer
from helpers.extract.timeline import extract_events
from helpers.language import detect_language
from helpers.load import parse_text

WORKED_EXAMPLE = (
    "Про це на брифінгу повідомила речниця штабу Олена Приклад, передає «Зразкові новини». За минулу добу "
    "біля Зразкового сталося 12 ворожих обстрілів; 3 загиблих та 7 поранених. Під Прикладівкою та у "
    "Зразковому 5 березня 2024 року тривали бої."
)

GAZETTEER_ROWS = (
    "name,alternate_names,oblast,lat,lon,geonameid,source,note\n"
    "Zrazkove,Зразкове,Donetsk,48.40,37.50,,fictional test village,\n"
    "Prykladivka,Прикладівка,Donetsk,48.45,37.55,,fictional test village,\n"
    "Prykladne,Прикладне,Donetsk,48.42,37.52,,fictional test village,\n"
)


@pytest.fixture(scope="module")
def villages(tmp_path_factory):
    """The test gazetteer file, also named by ``FCW_PLACES_EXTRA`` (claims read places for their scope)."""
    path = tmp_path_factory.mktemp("gazetteer") / "fictional_villages.csv"
    path.write_text(GAZETTEER_ROWS, encoding="utf-8")
    patch = pytest.MonkeyPatch()
    patch.setenv("FCW_PLACES_EXTRA", str(path))
    yield path
    patch.undo()


@pytest.fixture(scope="module")
def gazetteer(villages):
    return load_gazetteer([villages])


def article(body: str, *, date_: str = "2024-03-06", tag: str = "Ukr", title: str = "Новини з фронту"):
    """A fictional article in the seed's layout, tagged Ukrainian, around the given body."""
    return parse_text(f" date {date_} {tag}\n{title}\n\n{body}\n", "fictional.txt")


def claims(body: str) -> list:
    return extract_claims(article(body))


def one_claim(body: str):
    found = claims(body)
    assert len(found) == 1, found
    return found[0]


def statements(body: str) -> list:
    return extract_attributions(article(body))


def places(body: str, gazetteer) -> list:
    return extract_places(article(body), gazetteer=gazetteer)


def events(body: str) -> list:
    return [event for event in extract_events(article(body)) if event.kind != "published"]


# --- the worked example of the issue ---------------------------------------------------------------


def test_worked_example_speaker_role_cue_and_outlet(villages):
    (statement,) = statements(WORKED_EXAMPLE)
    assert (statement.speaker, statement.speaker_text, statement.role, statement.cue, statement.via, statement.mode) == (
        "Олена Приклад", "Олена Приклад", "речниця штабу", "повідомила", "Зразкові новини", "indirect")


def test_worked_example_attacks_per_day_near_the_village(villages):
    attacks = claims(WORKED_EXAMPLE)[0]
    assert (attacks.surface, attacks.value_low, attacks.unit, attacks.kind, attacks.period, attacks.window,
            attacks.scope) == ("12", 12.0, "ворожих обстрілів", "attacks", "day", "За минулу добу", "Зразкове")


def test_worked_example_dead_and_wounded_are_casualties(villages):
    found = claims(WORKED_EXAMPLE)
    assert [(c.surface, c.unit, c.kind) for c in found[1:]] == [
        ("3", "загиблих", "casualties"), ("7", "поранених", "casualties")]


def test_worked_example_villages_in_their_cases(gazetteer):
    rows = places(WORKED_EXAMPLE, gazetteer)
    assert [(r.surface, r.name, r.name_en, r.kind, r.oblast) for r in rows] == [
        ("Зразкового", "Зразкове", "Zrazkove", "settlement", "Donetsk Oblast"),
        ("Прикладівкою", "Прикладівка", "Prykladivka", "settlement", "Donetsk Oblast"),
        ("Зразковому", "Зразкове", "Zrazkove", "settlement", "Donetsk Oblast"),
    ]


def test_worked_example_date_in_the_genitive(villages):
    (event,) = [e for e in events(WORKED_EXAMPLE) if e.kind == "date"]
    assert (event.surface, event.date_start, event.date_end, event.resolution) == (
        "5 березня 2024 року", date(2024, 3, 5), date(2024, 3, 5), "absolute")


def test_worked_example_in_the_corpus_tables(tmp_path, villages):
    (tmp_path / "zrazkove.txt").write_text(f" date 2024-03-06 Ukr\nНовини з фронту\n\n{WORKED_EXAMPLE}\n",
                                           encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles[["language", "language_source"]].values.tolist() == [["uk", "header"]]
    assert corpus.claims.set_index("surface").loc["12", "kind"] == "attacks"
    assert corpus.speakers["speaker"].tolist() == ["Олена Приклад"]
    assert corpus.places["name"].tolist() == ["Зразкове", "Прикладівка", "Зразкове"]
    assert corpus.load_report.empty


def test_every_ukrainian_row_points_at_its_surface(villages, gazetteer):
    source = article(WORKED_EXAMPLE)
    text = source.text
    for claim in extract_claims(source):
        assert text[claim.start:claim.end] == claim.surface
    for event in extract_events(source):
        assert text[event.start:event.end] == event.surface
    for place in extract_places(source, gazetteer=gazetteer):
        assert text[place.start:place.end] == place.surface
    for statement in extract_attributions(source):
        assert text[statement.speaker_start:statement.speaker_end] == statement.speaker_text
        assert text[statement.cue_start:statement.cue_end] == statement.cue


# --- who says what -----------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["повідомив", "заявив", "сказав", "зазначив", "наголосив", "додав", "підкреслив",
                                  "розповів", "пояснив", "уточнив", "нагадав"])
def test_every_masculine_past_cue_gives_the_speaker(form):
    (statement,) = statements(f"Андрій Приклад {form}, що у Зразковому тихо.")
    assert (statement.speaker, statement.cue, statement.mode) == ("Андрій Приклад", form, "indirect")


@pytest.mark.parametrize("form", ["повідомила", "заявила", "сказала", "зазначила", "наголосила", "додала",
                                  "підкреслила", "розповіла", "пояснила"])
def test_every_feminine_past_cue_gives_the_speaker(form):
    (statement,) = statements(f"Олена Приклад {form}, що у Зразковому тихо.")
    assert (statement.speaker, statement.cue) == ("Олена Приклад", form)


@pytest.mark.parametrize("form", ["повідомили", "заявили", "сказали", "зазначили", "наголосили", "розповіли"])
def test_every_plural_past_cue_gives_an_unnamed_source(form):
    (statement,) = statements(f"Військові {form}, що у Зразковому тихо.")
    assert (statement.speaker, statement.speaker_text, statement.cue) == ("", "Військові", form)


@pytest.mark.parametrize("form", ["повідомило", "заявило"])
def test_every_neuter_past_cue_gives_the_body(form):
    (statement,) = statements(f"Міністерство оборони {form}, що у Зразковому тихо.")
    assert (statement.speaker, statement.cue) == ("Міністерство оборони", form)


@pytest.mark.parametrize("form, speaker", [("повідомляє", "Андрій Приклад"), ("каже", "Андрій Приклад"),
                                           ("зазначає", "Олена Приклад"), ("наголошує", "Олена Приклад")])
def test_present_cues_give_the_speaker(form, speaker):
    (statement,) = statements(f"{speaker} {form}, що у Зразковому тихо.")
    assert (statement.speaker, statement.cue) == (speaker, form)


def test_speaker_after_the_cue_with_role_between():
    (statement,) = statements("Про це повідомив речник штабу Андрій Приклад.")
    assert (statement.speaker, statement.role, statement.cue) == ("Андрій Приклад", "речник штабу", "повідомив")


def test_about_this_takes_the_sentence_before_as_content():
    body = "Біля Зразкового тихо. Про це повідомила Олена Приклад."
    source = article(body)
    (statement,) = extract_attributions(source)
    assert source.text[statement.content_start:statement.content_end] == "Біля Зразкового тихо."


def test_quotation_before_the_cue_is_a_direct_quote_of_the_pronoun_speaker():
    found = statements("Олена Приклад повідомила, що бої тривають. «Ситуація складна», — сказала вона.")
    quote = found[1]
    assert (quote.speaker, quote.speaker_text, quote.mode, quote.quoted) == (
        "Олена Приклад", "вона", "continued-by-pronoun", True)


def test_passes_on_names_the_outlet_as_via():
    (statement,) = statements("Андрій Приклад заявив, що у Зразковому тихо, передає «Зразкові новини».")
    assert (statement.speaker, statement.via) == ("Андрій Приклад", "Зразкові новини")


def test_reports_names_the_outlet_as_via():
    (statement,) = statements("Олена Приклад заявила, що бої тривають, повідомляє «Зразкові новини».")
    assert statement.via == "Зразкові новини"


def test_according_to_a_person_in_the_genitive_gives_the_nominative():
    (statement,) = statements("За словами Андрія Приклада, у Зразковому тихо.")
    assert (statement.speaker, statement.speaker_text, statement.cue, statement.mode) == (
        "Андрій Приклад", "Андрія Приклада", "За словами", "according-to")


def test_as_reported_by_an_outlet_is_according_to():
    (statement,) = statements("Як повідомляє «Зразкові новини», у Зразковому тихо.")
    assert (statement.speaker, statement.mode) == ("Зразкові новини", "according-to")


def test_with_reference_to_makes_the_outlet_the_via():
    (statement,) = statements("«Зразкові новини» повідомляє з посиланням на Генштаб, що бої тривають.")
    assert (statement.speaker, statement.via, statement.mode) == ("Генштаб", "Зразкові новини", "according-to")


def test_impersonal_cue_is_an_unnamed_source():
    (statement,) = statements("Як зазначається, у Зразковому тихо.")
    assert (statement.speaker, statement.speaker_text, statement.cue) == ("", "", "зазначається")


def test_a_reporting_verb_without_a_source_is_no_statement():
    assert statements("Бригада додала до складу 5 танків.") == []


def test_a_surname_alone_is_the_person_the_article_named_in_full():
    found = statements("До Зразкового приїхала речниця штабу Олена Приклад. Приклад підтвердила, що бої тривають.")
    assert [(s.speaker, s.speaker_text, s.cue) for s in found] == [("Олена Приклад", "Приклад", "підтвердила")]


def test_a_person_named_in_passing_makes_a_later_pronoun_ambiguous():
    found = statements("Андрій Приклад заявив, що бої тривають. Сам Петро Зразок вже не може. Учора він визнав, що втомився.")
    pronoun = found[1]
    assert (pronoun.speaker, pronoun.speaker_text, pronoun.candidates) == ("", "він", ("Петро Зразок", "Андрій Приклад"))


def test_quoting_names_the_quoted_person_and_the_agency_as_via():
    (statement,) = statements("«Я веду переговори», — цитує Андрія Приклада агенція «Зразкові новини».")
    assert (statement.speaker, statement.via, statement.mode) == ("Андрій Приклад", "Зразкові новини", "direct quote")


def test_one_person_written_in_two_scripts_is_one_speaker_of_the_corpus(tmp_path):
    (tmp_path / "en.txt").write_text(
        " date 2024-03-07 Eng\nNews from the front\n\nOlena Pryklad said the village of Zrazkove was quiet.\n",
        encoding="utf-8")
    (tmp_path / "uk.txt").write_text(
        " date 2024-03-06 Ukr\nНовини з фронту\n\nОлена Приклад повідомила, що у Зразковому тихо.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.attributions[["speaker", "speaker_text"]].values.tolist() == [
        ["Olena Pryklad", "Olena Pryklad"], ["Olena Pryklad", "Олена Приклад"]]
    assert corpus.speakers[["speaker", "articles"]].values.tolist() == [["Olena Pryklad", 2]]


def test_cyrillic_and_transliterated_spellings_of_one_person_fold():
    mapping = fold_speakers(["Олена Приклад", "Olena Pryklad", "Olena Pryklad"])
    assert mapping == {"Olena Pryklad": "Olena Pryklad", "Олена Приклад": "Olena Pryklad"}


# --- figures -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("approximator", ["близько", "понад", "щонайменше", "до", "майже", "більше ніж", "менше ніж",
                                          "приблизно", "не менше ніж", "біля"])
def test_every_approximator_is_kept_as_written(approximator):
    claim = one_claim(f"Ворог втратив {approximator} 300 танків.")
    assert (claim.surface, claim.approx, claim.value_low, claim.kind) == ("300", approximator, 300.0, "equipment")


@pytest.mark.parametrize("written, value", [
    ("5 тис.", 5_000), ("5 тис", 5_000), ("5 тисяч", 5_000), ("1,5 тисячі", 1_500), ("2 млн", 2_000_000),
    ("3 мільйони", 3_000_000), ("7 мільйонів", 7_000_000), ("2 млрд", 2_000_000_000), ("4 000", 4_000),
])
def test_every_multiplier_scales_the_figure(written, value):
    claim = one_claim(f"До Зразкового виїхали {written} переселенців.")
    assert (claim.surface, claim.value_low, claim.value_high, claim.kind) == (written, value, value, "displaced")


@pytest.mark.parametrize("written, low, high", [("від 300 до 400", 300, 400), ("300–400", 300, 400),
                                                ("300-400", 300, 400), ("9,5-10,5 тис.", 9_500, 10_500)])
def test_ranges(written, low, high):
    claim = one_claim(f"Щодня ворог втрачає {written} окупантів убитими.")
    assert (claim.surface, claim.value_low, claim.value_high) == (written, low, high)


@pytest.mark.parametrize("noun, kind", [
    ("обстрілів", "attacks"), ("атак", "attacks"), ("ворожих атак", "attacks"), ("загиблих", "casualties"),
    ("поранених", "casualties"), ("одиниць техніки", "equipment"), ("танків", "equipment"),
    ("переселенців", "displaced"), ("евакуйованих", "displaced"), ("мирних жителів", "civilians"),
    ("полонених", "prisoners"),
])
def test_kinds_by_the_counted_noun(noun, kind):
    assert one_claim(f"Біля Зразкового зафіксовано 14 {noun}.").kind == kind


def test_soldiers_are_casualties_only_with_a_casualty_word():
    assert one_claim("За минулу добу 1 військовослужбовець загинув.").kind == "casualties"
    assert one_claim("До Зразкового прибули 40 військовослужбовців.").kind == "other"


@pytest.mark.parametrize("phrase, period", [("за минулу добу", "day"), ("на добу", "day"), ("щодня", "day"),
                                            ("за тиждень", "week"), ("щомісяця", "month")])
def test_rate_periods(phrase, period):
    assert one_claim(f"Ворог здійснює 12 обстрілів {phrase}.").period == period


@pytest.mark.parametrize("hedge", ["за попередніми даними", "ймовірно", "нібито", "за неофіційною інформацією"])
def test_hedges_mark_every_figure_of_the_sentence(hedge):
    claim = one_claim(f"{hedge.capitalize()}, біля Зразкового загинули 3 окупанти.")
    assert (claim.hedged, claim.hedge_cue) == (True, hedge)


def test_a_sum_of_money_has_its_currency_as_unit():
    claim = one_claim("Громада витратила 2 млн гривень.")
    assert (claim.surface, claim.unit, claim.kind) == ("2 млн", "гривень", "money")


@pytest.mark.parametrize("body", [
    "Бої тривали 5 березня.", "Обстріли почалися 5–7 березня.", "Це сталося у 2014 році.", "До 2024-го.",
    "Бійці 74-го батальйону.", "Обстріл тривав 3 години.", "Саміт НАТО (2014).", "Станом на 15.00 тихо.",
    "Бійці 93 омбр тримають позиції.", "Дві сторони домовилися.",
])
def test_dates_years_labels_and_durations_are_no_figures(body):
    assert claims(body) == []


def test_scope_is_the_direction_in_the_nominative(villages):
    claim = one_claim("На Донецькому напрямку сталося 14 ворожих обстрілів.")
    assert claim.scope == "Донецький напрямок"


# --- dates ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("month, number", [
    ("січня", 1), ("лютого", 2), ("березня", 3), ("квітня", 4), ("травня", 5), ("червня", 6), ("липня", 7),
    ("серпня", 8), ("вересня", 9), ("жовтня", 10), ("листопада", 11), ("грудня", 12),
])
def test_every_genitive_month(month, number):
    (event,) = events(f"Бої тривали 5 {month} 2023 року.")
    assert (event.surface, event.date_start, event.kind) == (f"5 {month} 2023 року", date(2023, number, 5), "date")


def test_a_year_less_date_takes_the_year_of_publication_in_the_past():
    (event,) = events("Обстріл стався 3 березня.")
    assert (event.date_start, event.resolution) == (date(2024, 3, 3), "year-from-publication")


def test_a_year_less_date_with_a_future_verb_lies_ahead():
    (event,) = events("Нарада відбудеться 10 лютого.")
    assert (event.date_start, event.tense) == (date(2025, 2, 10), "future")


@pytest.mark.parametrize("phrase, first, last, kind", [
    ("вчора", date(2024, 3, 5), date(2024, 3, 5), "relative-day"),
    ("позавчора", date(2024, 3, 4), date(2024, 3, 4), "relative-day"),
    ("минулої доби", date(2024, 3, 5), date(2024, 3, 6), "window"),
    ("за минулу добу", date(2024, 3, 5), date(2024, 3, 6), "window"),
    ("у понеділок", date(2024, 3, 4), date(2024, 3, 4), "weekday"),
    ("минулого тижня", date(2024, 2, 26), date(2024, 3, 3), "relative-period"),
    ("три дні тому", date(2024, 3, 3), date(2024, 3, 3), "ago"),
])
def test_relative_dates_from_the_publication_date(phrase, first, last, kind):
    (event,) = events(f"Біля Зразкового {phrase} було тихо.")
    assert (event.date_start, event.date_end, event.kind) == (first, last, kind)


def test_a_relative_date_without_publication_date_stays_unresolved():
    source = parse_text("Новини з фронту\n\nБіля Зразкового вчора було тихо.\n", "fictional.txt")
    (event,) = extract_events(source)
    assert (event.date_start, event.resolution) == (None, "unresolved: no publication date")


def test_month_and_year_in_the_locative():
    (event,) = events("У березні 2019 року бої тривали.")
    assert (event.surface, event.date_start, event.date_end) == ("березні 2019 року", date(2019, 3, 1), date(2019, 3, 31))


# --- places ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase, surface", [
    ("село Прикладівка", "Прикладівка"),          # nominative
    ("з боку Прикладівки", "Прикладівки"),       # genitive
    ("ворог підійшов до Прикладівки", "Прикладівки"),
    ("ворог наступав на Прикладівку", "Прикладівку"),  # accusative
    ("під Прикладівкою", "Прикладівкою"),        # instrumental
    ("у Прикладівці", "Прикладівці"),             # locative
])
def test_a_village_in_ka_in_every_case(gazetteer, phrase, surface):
    (row,) = places(f"Бої тривають: {phrase}.", gazetteer)
    assert (row.surface, row.name, row.name_en, row.kind) == (surface, "Прикладівка", "Prykladivka", "settlement")


@pytest.mark.parametrize("phrase, surface", [
    ("село Прикладне", "Прикладне"), ("біля Прикладного", "Прикладного"), ("під Прикладним", "Прикладним"),
    ("у Прикладному", "Прикладному"), ("до Прикладного", "Прикладного"),
])
def test_an_adjectival_village_in_every_case(gazetteer, phrase, surface):
    (row,) = places(f"Бої тривають: {phrase}.", gazetteer)
    assert (row.surface, row.name, row.name_en) == (surface, "Прикладне", "Prykladne")


def test_a_name_shared_with_a_real_village_stays_unresolved_alone(gazetteer):
    (row,) = places("Бої тривають біля Зразкового.", gazetteer)
    assert (row.name, row.name_en, row.resolved_by, row.lat) == ("Зразкове", "", "ambiguous", None)
    assert "Zrazkove, Luhansk Oblast" in row.candidates and "Zrazkove, Donetsk Oblast" in row.candidates


@pytest.mark.parametrize("phrase, name, name_en", [
    ("у Краматорську", "Краматорськ", "Kramatorsk"), ("під Бахмутом", "Бахмут", "Bakhmut"),
    ("з боку Горлівки", "Горлівка", "Horlivka"),
])
def test_gazetteer_towns_in_oblique_cases(gazetteer, phrase, name, name_en):
    (row,) = places(f"Обстріли тривають {phrase}.", gazetteer)
    assert (row.name, row.name_en, row.oblast) == (name, name_en, "Donetsk Oblast")


def test_a_direction_names_its_town(gazetteer):
    (row,) = places("Бої тривають на бахмутському напрямку.", gazetteer)
    assert (row.surface, row.name, row.name_en, row.kind) == ("бахмутському напрямку", "Бахмут", "Bakhmut", "direction")


def test_an_oblast_in_any_case(gazetteer):
    rows = places("Обстріли у Донецькій області та на Луганщині.", gazetteer)
    assert [(r.surface, r.name, r.name_en, r.kind) for r in rows] == [
        ("Донецькій області", "Донецька область", "Donetsk Oblast", "oblast"),
        ("Луганщині", "Луганщина", "Luhansk Oblast", "oblast")]


def test_an_outlets_quoted_name_is_no_place(gazetteer):
    assert places("Про це пишуть «Зразкові новини».", gazetteer) == []


def test_a_ships_quoted_name_is_no_place(gazetteer):
    assert places("Росія повернула буксир «Станиця Луганська».", gazetteer) == []


def test_adjectives_coordinated_before_one_oblast_noun(gazetteer):
    rows = places("Обстріли Донецької та Луганської областей тривають.", gazetteer)
    assert [(r.surface, r.name, r.kind) for r in rows] == [
        ("Донецької", "Донецька область", "oblast"), ("Луганської областей", "Луганська область", "oblast")]


def test_a_persons_name_is_no_place(gazetteer):
    assert places("Олена Приклад і Андрій Приклад приїхали.", gazetteer) == []


def test_a_village_the_gazetteer_lacks_is_kept_unresolved_after_a_settlement_noun(gazetteer):
    (row,) = places("Бої тривають у селі Вигадане.", gazetteer)
    assert (row.name, row.name_en, row.resolved_by, row.lat) == ("Вигадане", "", "not in gazetteer", None)


def test_places_rows_have_the_english_columns(gazetteer):
    assert list(places(WORKED_EXAMPLE, gazetteer)[0]._fields) == PLACE_COLUMNS


# --- languages -------------------------------------------------------------------------------------------


def test_a_russian_tagged_article_is_loaded_and_reported_as_not_extracted(tmp_path):
    (tmp_path / "zrazkove_ru.txt").write_text(
        " date 2024-03-06 Rus\nНовости\n\nЗа минувшие сутки возле Образцового отбито 12 атак.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert (corpus.articles["language"].tolist(), len(corpus.claims), len(corpus.places)) == (["ru"], 0, 0)
    assert corpus.load_report["reason"].tolist() == [
        "article zrazkove_ru: language 'ru' has no word lists yet: loaded, but no claims, sources, dates or places "
        "extracted"]


def test_an_untagged_ukrainian_article_is_read_as_ukrainian(tmp_path, villages):
    (tmp_path / "zrazkove.txt").write_text(f"Новини з фронту\n\n{WORKED_EXAMPLE}\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles[["language", "language_source"]].values.tolist() == [["uk", "detected"]]
    assert corpus.claims["kind"].tolist() == ["attacks", "casualties", "casualties"]


@pytest.mark.parametrize("text, expected", [
    ("Обстріли тривають", ("uk", "script")),               # short: "і" is Ukrainian only
    ("Обстрелы продолжаются", ("ru", "script")),           # short: "ы" is Russian only
    ("Вчера", ("ru", "detected")),                         # short, no letter of one alphabet only
    ("Про це на брифінгу повідомила речниця штабу Олена Приклад, передає «Зразкові новини».", ("uk", "detected")),
    ("Олена Приклад said the village of Zrazkove was shelled on Monday.", ("en", "script")),
    ("Речниця штабу Олена Приклад розповіла журналістам The Sampleville Courier про обстріли Зразкового.",
     ("uk", "detected")),                                  # a Ukrainian report quoting an English name
    ("12 / 2024", (None, "default")),                      # no letters at all
])
def test_language_detection_on_short_and_mixed_texts(text, expected):
    assert detect_language(text) == expected


def test_a_metadata_language_wins_over_the_text():
    source = parse_text("---\ntitle: Новини\nlanguage: ru\n---\nОбстріли тривають біля Зразкового.\n", "meta.md")
    assert (source.language, source.language_source) == ("ru", "metadata")


def test_a_json_records_language_wins_over_the_text(tmp_path):
    record = {"title": "Новини", "date": "2024-03-06", "language": "uk", "text": "Olena Pryklad said it was quiet."}
    (tmp_path / "record.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles[["language", "language_source"]].values.tolist() == [["uk", "metadata"]]


def test_an_untagged_english_article_is_english_by_its_script(tmp_path):
    (tmp_path / "plain.txt").write_text("News from the front\n\nOlena Pryklad said it was quiet.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles[["language", "language_source"]].values.tolist() == [["en", "script"]]


def test_a_header_tag_wins_over_the_text():
    source = article("Обстріли тривають біля Зразкового.", tag="Eng")
    assert (source.language, source.language_source) == ("en", "header")
