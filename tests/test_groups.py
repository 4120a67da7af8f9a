"""Claim groups as an analyst expects them: a wire report copied by two outlets is one source,
two sources that agree are two, a conflict, an updated running total and a range that holds a
point are each named, and different days, places or sides are never merged.

The small corpora are built as tables (fictional outlets, people and places); one test goes
through ``load_corpus`` on article files written to a temporary folder, one through the seed.
"""

from __future__ import annotations

import random

import pandas as pd
import pytest

from helpers import load_corpus
from helpers.groups import (
    GROUP_COLUMNS, GroupRules, assign_groups, claim_facts, claim_groups, rounds_to, scope_words, scopes_overlap,
    value_relation, windows_overlap,
)
from helpers.links import LINK_COLUMNS, article_links

from conftest import SEEDS

COURIER = "The Sampleville Courier"
GAZETTE = "The Testfield Gazette"
HERALD = "The Example Herald"


# --- building the tables -------------------------------------------------------------------------


def claim(claim_id: str, low: float, unit: str, *, high: float | None = None, kind: str = "casualties",
          period: str = "", window: str = "", scope: str = "", approx: str = "", speaker: str = "",
          attribution_id: str = "", sentence: str = "", surface: str = "") -> dict:
    """One row of the claims table; the article id is the claim id's first part."""
    surface = surface or (f"{low:,.0f}" if high is None else f"{low:,.0f} to {high:,.0f}")
    sentence = sentence or f"Officials said {surface} {unit} were counted."
    start = sentence.index(surface)
    return {
        "claim_id": claim_id, "article_id": claim_id.split("/")[0], "sentence": sentence,
        "start": start, "end": start + len(surface), "sentence_start": 0, "surface": surface,
        "value_low": float(low), "value_high": float(low if high is None else high), "approx": approx,
        "unit": unit, "kind": kind, "period": period, "window": window, "scope": scope,
        "speaker": speaker, "attribution_id": attribution_id,
    }


def event(event_id: str, surface: str, first: str, claims: list[str], *, last: str | None = None,
          kind: str = "date") -> dict:
    """One row of the events table: a date of the sentence that holds ``claims``."""
    return {"event_id": event_id, "article_id": event_id.split("/")[0], "surface": surface, "start": 0,
            "end": len(surface), "date_start": pd.Timestamp(first), "date_end": pd.Timestamp(last or first),
            "kind": kind, "claims": claims}


def article(article_id: str, published: str, outlet: str = "", authors: tuple[str, ...] = ()) -> dict:
    return {"article_id": article_id, "published": pd.Timestamp(published), "language": "en",
            "outlet": outlet, "authors": list(authors)}


def attribution(attribution_id: str, speaker: str, via: str = "") -> dict:
    return {"attribution_id": attribution_id, "article_id": attribution_id.split("/")[0], "speaker": speaker,
            "via": via}


def groups_of(claims: list[dict], articles: list[dict], *, events: list[dict] = (),
              attributions: list[dict] = (), links: list[tuple] = ()) -> pd.DataFrame:
    """``claim_groups`` on tables built from the rows given."""
    return claim_groups(
        pd.DataFrame(claims),
        pd.DataFrame(list(events), columns=["event_id", "article_id", "surface", "start", "end", "date_start",
                                            "date_end", "kind", "claims"]),
        pd.DataFrame(articles),
        pd.DataFrame(list(attributions), columns=["attribution_id", "article_id", "speaker", "via"]),
        pd.DataFrame(list(links), columns=LINK_COLUMNS),
    )


def expected(*rows: tuple) -> pd.DataFrame:
    """The expected table, with ``claim_groups``'s dtypes."""
    table = pd.DataFrame.from_records(list(rows), columns=GROUP_COLUMNS)
    return table.astype({
        "group_id": "str", "claim_id": "str", "article_id": "str", "key": "str", "relation": "str",
        "first_article_id": "str", "first_published": "datetime64[s]", "independent_sources": "int64",
        "echo_of": "str",
    })


def assert_table(actual: pd.DataFrame, wanted: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(actual.reset_index(drop=True), wanted.reset_index(drop=True))


MARCH_13 = pd.Timestamp("2025-03-13")
MARCH_14 = pd.Timestamp("2025-03-14")


# --- one test per relation and per source rule ---------------------------------------------------


def test_two_outlets_that_copy_one_wire_report_are_one_independent_source():
    sentence = "Air defence units shot down 12 drones over Sampleville on 13 March, the Example Wire reported."
    groups = groups_of(
        [claim("courier/c001", 12, "drones", kind="attacks", sentence=sentence),
         claim("gazette/c001", 12, "drones", kind="attacks", sentence=sentence)],
        [article("courier", "2025-03-14", COURIER), article("gazette", "2025-03-14", GAZETTE)],
        events=[event("courier/e001", "13 March", "2025-03-13", ["courier/c001"]),
                event("gazette/e001", "13 March", "2025-03-13", ["gazette/c001"])],
        links=[("courier", "gazette", "duplicate", 4, 1.0, 1.0)],
    )
    key = "attacks · drones · count · 2025-03-13"
    assert_table(groups, expected(
        ("g0001", "courier/c001", "courier", key, "same", "courier", MARCH_14, [COURIER, GAZETTE], 1, ""),
        ("g0001", "gazette/c001", "gazette", key, "same", "courier", MARCH_14, [COURIER, GAZETTE], 1, "courier"),
    ))


def test_an_unnamed_source_reached_through_one_wire_is_one_source_and_an_echo():
    groups = groups_of(
        [claim("courier/c001", 12, "drones", kind="attacks", attribution_id="courier/a001"),
         claim("herald/c001", 12, "drones", kind="attacks", attribution_id="herald/a001")],
        [article("courier", "2025-03-14", COURIER), article("herald", "2025-03-14", HERALD)],
        events=[event("courier/e001", "13 March", "2025-03-13", ["courier/c001"]),
                event("herald/e001", "13 March", "2025-03-13", ["herald/c001"])],
        attributions=[attribution("courier/a001", "", "Example Wire"), attribution("herald/a001", "", "Example Wire")],
    )
    key = "attacks · drones · count · 2025-03-13"
    assert_table(groups, expected(
        ("g0001", "courier/c001", "courier", key, "same", "courier", MARCH_14, ["Example Wire"], 1, ""),
        ("g0001", "herald/c001", "herald", key, "same", "courier", MARCH_14, ["Example Wire"], 1, "courier"),
    ))


def test_two_independent_sources_that_agree_are_two_sources():
    groups = groups_of(
        [claim("courier/c001", 12, "drones", kind="attacks", speaker="Jane Example"),
         claim("gazette/c001", 12, "UAVs", kind="attacks", speaker="John Sample")],
        [article("courier", "2025-03-14", COURIER), article("gazette", "2025-03-14", GAZETTE)],
        events=[event("courier/e001", "13 March", "2025-03-13", ["courier/c001"]),
                event("gazette/e001", "on Thursday", "2025-03-13", ["gazette/c001"])],
    )
    key = "attacks · drones · count · 2025-03-13"
    speakers = ["Jane Example", "John Sample"]
    assert_table(groups, expected(
        ("g0001", "courier/c001", "courier", key, "same", "courier", MARCH_14, speakers, 2, ""),
        ("g0001", "gazette/c001", "gazette", key, "same", "courier", MARCH_14, speakers, 2, ""),
    ))


def test_different_figures_for_the_same_day_and_place_conflict():
    groups = groups_of(
        [claim("courier/c001", 5, "civilians", kind="civilians", scope="Sampleville", speaker="Jane Example"),
         claim("gazette/c001", 9, "people", kind="civilians", scope="Sampleville", speaker="John Sample")],
        [article("courier", "2025-03-14", COURIER), article("gazette", "2025-03-15", GAZETTE)],
        events=[event("courier/e001", "13 March", "2025-03-13", ["courier/c001"]),
                event("gazette/e001", "13 March", "2025-03-13", ["gazette/c001"])],
    )
    key = "civilians · people · count · 2025-03-13 · Sampleville"
    speakers = ["Jane Example", "John Sample"]
    assert_table(groups, expected(
        ("g0001", "courier/c001", "courier", key, "same", "courier", MARCH_14, speakers, 2, ""),
        ("g0001", "gazette/c001", "gazette", key, "conflicting", "courier", MARCH_14, speakers, 2, ""),
    ))


def test_a_higher_running_total_reported_later_is_an_update():
    window = "since the start of the war"
    groups = groups_of(
        [claim("courier/c001", 1000, "drones", kind="equipment", window=window, speaker="Petro Fictional"),
         claim("gazette/c001", 1040, "drones", kind="equipment", window=window, speaker="Petro Fictional")],
        [article("courier", "2025-03-10", COURIER), article("gazette", "2025-03-14", GAZETTE)],
    )
    key = "equipment · drones · total · to 2025-03-10"
    march_10 = pd.Timestamp("2025-03-10")
    assert_table(groups, expected(
        ("g0001", "courier/c001", "courier", key, "same", "courier", march_10, ["Petro Fictional"], 1, ""),
        ("g0001", "gazette/c001", "gazette", key, "updated", "courier", march_10, ["Petro Fictional"], 1, ""),
    ))


def test_a_range_that_holds_a_point_is_within_range():
    groups = groups_of(
        [claim("courier/c001", 300, "Russian soldiers", high=400, period="day", scope="Sampleville front",
               speaker="Petro Fictional"),
         claim("gazette/c001", 400, "troops", period="day", speaker="Maria Placeholder")],
        [article("courier", "2025-03-14", COURIER), article("gazette", "2025-03-14", GAZETTE)],
    )
    key = "casualties · personnel · per day · 2025-03-14 · Sampleville front"
    speakers = ["Petro Fictional", "Maria Placeholder"]
    assert_table(groups, expected(
        ("g0001", "courier/c001", "courier", key, "same", "courier", MARCH_14, speakers, 2, ""),
        ("g0001", "gazette/c001", "gazette", key, "within_range", "courier", MARCH_14, speakers, 2, ""),
    ))


def test_about_a_thousand_against_1080_is_rounded():
    groups = groups_of(
        [claim("courier/c001", 1000, "soldiers", approx="about", surface="about 1,000", speaker="Jane Example"),
         claim("gazette/c001", 1080, "personnel", speaker="John Sample")],
        [article("courier", "2025-03-14", COURIER), article("gazette", "2025-03-14", GAZETTE)],
        events=[event("courier/e001", "13 March", "2025-03-13", ["courier/c001"]),
                event("gazette/e001", "13 March", "2025-03-13", ["gazette/c001"])],
    )
    key = "casualties · personnel · count · 2025-03-13"
    speakers = ["Jane Example", "John Sample"]
    assert_table(groups, expected(
        ("g0001", "courier/c001", "courier", key, "same", "courier", MARCH_14, speakers, 2, ""),
        ("g0001", "gazette/c001", "gazette", key, "rounded", "courier", MARCH_14, speakers, 2, ""),
    ))


def test_different_windows_are_never_grouped():
    groups = groups_of(
        [claim("courier/c001", 12, "drones", kind="attacks"), claim("gazette/c001", 12, "drones", kind="attacks"),
         claim("herald/c001", 12, "drones", kind="attacks", window="in February"),
         claim("herald/c002", 12, "drones", kind="attacks", window="in 2025")],
        [article("courier", "2025-03-14", COURIER), article("gazette", "2025-03-14", GAZETTE),
         article("herald", "2025-03-14", HERALD)],
        events=[event("courier/e001", "3 March", "2025-03-03", ["courier/c001"]),
                event("gazette/e001", "13 March", "2025-03-13", ["gazette/c001"]),
                event("herald/e001", "February", "2025-02-01", ["herald/c001"], last="2025-02-28"),
                event("herald/e002", "2025", "2025-01-01", ["herald/c002"], last="2025-12-31")],
    )
    assert_table(groups, expected())


def test_a_claim_with_no_partner_stays_out_of_the_table():
    groups = groups_of(
        [claim("courier/c001", 12, "drones", kind="attacks", speaker="Jane Example"),
         claim("courier/c002", 3, "tanks", kind="equipment", speaker="Jane Example"),
         claim("gazette/c001", 12, "drones", kind="attacks", speaker="John Sample"),
         claim("gazette/c002", 4, "helicopters", kind="equipment", speaker="John Sample")],
        [article("courier", "2025-03-14", COURIER), article("gazette", "2025-03-14", GAZETTE)],
    )
    key = "attacks · drones · count · 2025-03-14"
    speakers = ["Jane Example", "John Sample"]
    assert_table(groups, expected(
        ("g0001", "courier/c001", "courier", key, "same", "courier", MARCH_14, speakers, 2, ""),
        ("g0001", "gazette/c001", "gazette", key, "same", "courier", MARCH_14, speakers, 2, ""),
    ))


# --- what is never merged, and what does not conflict ---------------------------------------------


def test_different_sides_and_different_places_are_never_grouped():
    groups = groups_of(
        [claim("courier/c001", 40, "Russian soldiers", period="day"),
         claim("gazette/c001", 40, "Ukrainian soldiers", period="day"),
         claim("courier/c002", 7, "attacks", kind="attacks", scope="Sampleville direction"),
         claim("gazette/c002", 7, "attacks", kind="attacks", scope="Testfield direction")],
        [article("courier", "2025-03-14", COURIER), article("gazette", "2025-03-14", GAZETTE)],
    )
    assert_table(groups, expected())


def test_different_counts_dated_only_by_neighbouring_publication_days_do_not_conflict():
    groups = groups_of(
        [claim("courier/c001", 1200, "troops", speaker="Jane Example"),
         claim("gazette/c001", 900, "troops", speaker="John Sample")],
        [article("courier", "2025-03-13", COURIER), article("gazette", "2025-03-14", GAZETTE)],
    )
    assert_table(groups, expected())


def test_two_figures_of_one_article_never_conflict():
    groups = groups_of(
        [claim("courier/c001", 54, "drones", kind="attacks", speaker="Jane Example"),
         claim("courier/c002", 134, "drones", kind="attacks", speaker="John Sample")],
        [article("courier", "2025-03-14", COURIER)],
        events=[event("courier/e001", "13 March", "2025-03-13", ["courier/c001", "courier/c002"])],
    )
    assert_table(groups, expected())


def test_a_copy_published_the_next_day_across_a_week_boundary_is_grouped():
    # 8 March 2025 is a Saturday and 9 March a Sunday: their claims fall in neighbouring week blocks.
    groups = groups_of(
        [claim("courier/c001", 12, "drones", kind="attacks", speaker="Jane Example"),
         claim("gazette/c001", 12, "drones", kind="attacks", speaker="Jane Example")],
        [article("courier", "2025-03-08", COURIER), article("gazette", "2025-03-09", GAZETTE)],
    )
    key = "attacks · drones · count · 2025-03-08"
    march_8 = pd.Timestamp("2025-03-08")
    assert_table(groups, expected(
        ("g0001", "courier/c001", "courier", key, "same", "courier", march_8, ["Jane Example"], 1, ""),
        ("g0001", "gazette/c001", "gazette", key, "same", "courier", march_8, ["Jane Example"], 1, ""),
    ))


def test_a_headline_restating_its_articles_source_adds_no_source():
    groups = groups_of(
        [claim("courier/c001", 40, "soldiers", period="day"),
         claim("courier/c002", 40, "Russian soldiers", period="day", speaker="Petro Fictional")],
        [article("courier", "2025-03-14", COURIER)],
    )
    key = "casualties · personnel · per day · 2025-03-14"
    speakers = [COURIER, "Petro Fictional"]
    assert_table(groups, expected(
        ("g0001", "courier/c001", "courier", key, "same", "courier", MARCH_14, speakers, 1, ""),
        ("g0001", "courier/c002", "courier", key, "same", "courier", MARCH_14, speakers, 1, ""),
    ))


# --- through the loader, and on the seed ---------------------------------------------------------


COURIER_PAGE = """---
title: Sampleville holds the eastern line
date: 2025-03-14
author: Jane Example
outlet: The Sampleville Courier
url: https://sampleville-courier.example/eastern-line
---

Russian forces lose 300 to 400 soldiers every day near Sampleville, said Petro Fictional, a commander of the 99th Example Brigade.

On 13 March, air defence units shot down 42 drones over the Sampleville region.
"""

GAZETTE_PAGE = """---
title: The front near Sampleville
date: 2025-03-15
author: Maria Placeholder
outlet: The Testfield Gazette
url: https://testfield-gazette.example/front
---

According to Petro Fictional, Russian forces lose 400 soldiers a day near Sampleville.

Air defence units shot down 57 drones over the Sampleville region on 13 March.
"""


def test_groups_of_articles_loaded_from_files(tmp_path):
    (tmp_path / "courier.md").write_text(COURIER_PAGE, encoding="utf-8")
    (tmp_path / "gazette.md").write_text(GAZETTE_PAGE, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    links = article_links(corpus.blocks, corpus.articles)
    groups = claim_groups(corpus.claims, corpus.events, corpus.articles, corpus.attributions, links)
    rate = "casualties · personnel · per day · 2025-03-14"
    drones = "attacks · drones · count · 2025-03-13"
    assert_table(groups, expected(
        ("g0001", "courier/c001", "courier", rate, "same", "courier", MARCH_14, ["Petro Fictional"], 1, ""),
        ("g0001", "gazette/c001", "gazette", rate, "within_range", "courier", MARCH_14, ["Petro Fictional"], 1, ""),
        ("g0002", "courier/c002", "courier", drones, "same", "courier", MARCH_14, [COURIER, GAZETTE], 2, ""),
        ("g0002", "gazette/c002", "gazette", drones, "conflicting", "courier", MARCH_14, [COURIER, GAZETTE], 2, ""),
    ))


def test_the_seed_groups_its_headline_with_the_commanders_range():
    corpus = load_corpus(SEEDS)
    links = article_links(corpus.blocks, corpus.articles)
    groups = claim_groups(corpus.claims, corpus.events, corpus.articles, corpus.attributions, links)
    seed = "000_45a4a854ecae5629"
    key = "casualties · personnel · per day · 2025-01-03 · Pokrovsk front"
    speakers = ["Olena Mukhina", "Vitalii Lytvyn"]  # the headline's author (no outlet named), the commander
    january_3 = pd.Timestamp("2025-01-03")
    assert_table(groups, expected(
        ("g0001", f"{seed}/c001", seed, key, "same", seed, january_3, speakers, 1, ""),
        ("g0001", f"{seed}/c003", seed, key, "within_range", seed, january_3, speakers, 1, ""),
    ))


# --- the rules' small parts ---------------------------------------------------------------------


def test_a_figure_rounds_to_a_round_figure_near_it():
    assert [rounds_to(1080, 1000), rounds_to(850, 1000), rounds_to(600, 1000), rounds_to(39, 38)] == \
        [True, True, False, False]


def test_scope_words_drop_words_that_name_no_place():
    assert scope_words("the Pokrovsk front") == frozenset({"pokrovsk"})
    assert scope_words("Pokrovsk direction") == scope_words("Pokrovsk front")


def test_rules_out_of_range_are_refused_by_name():
    with pytest.raises(ValueError, match="min_window_overlap"):
        GroupRules(min_window_overlap=1.5)


def test_a_table_without_a_needed_column_is_refused_by_name():
    with pytest.raises(ValueError, match="the claims table lacks the column\\(s\\) unit"):
        claim_groups(pd.DataFrame(columns=["claim_id", "article_id", "start", "value_low", "value_high", "kind",
                                           "period", "scope", "approx", "surface", "speaker"]),
                     pd.DataFrame(), pd.DataFrame(columns=["article_id"]), pd.DataFrame(),
                     pd.DataFrame(columns=LINK_COLUMNS))


# --- blocking finds what a scan of every pair would ---------------------------------------------


def _random_tables(seed: int) -> tuple[list[dict], list[dict], list[dict]]:
    """A small fictional corpus where values, days, scopes and sides often coincide."""
    rng = random.Random(seed)
    claims, events, articles = [], [], []
    for number in range(30):
        article_id = f"a{number:02d}"
        published = pd.Timestamp("2025-03-01") + pd.Timedelta(days=rng.randint(0, 20))
        articles.append(article(article_id, str(published.date()), COURIER))
        for position in range(1, rng.randint(2, 6)):
            claim_id = f"{article_id}/c{position:03d}"
            running = rng.random() < 0.15
            low = float(rng.choice([40, 100, 380, 400, 1000, 1080, 1200]))
            high = low if rng.random() < 0.8 else low * 1.3
            claims.append(claim(
                claim_id, low, rng.choice(["troops", "Russian soldiers", "Ukrainian troops", "drones"]), high=high,
                period="day" if not running and rng.random() < 0.3 else "",
                window="since the start of the war" if running else "",
                scope=rng.choice(["", "", "Sampleville front", "Testfield direction", "Sampleville"]),
                approx=rng.choice(["", "", "about", "more than", "up to", "vague"]),
                speaker=rng.choice(["", "Jane Example", "John Sample"])))
            if not running and rng.random() < 0.5:
                first = published - pd.Timedelta(days=rng.randint(0, 9))
                last = first + pd.Timedelta(days=rng.choice([0, 0, 1, 6, 30]))
                events.append(event(f"{article_id}/e{position:03d}", "on a day", str(first.date()), [claim_id],
                                    last=str(last.date())))
    return claims, events, articles


def _scan_groups(facts: list, rules: GroupRules) -> list[list[str]]:
    """The groups of ``assign_groups`` found by comparing each claim with every open group."""
    groups: list[list] = []
    for fact in facts:
        for members in groups:
            if members[0].block == fact.block and value_relation(fact, members[0], rules) and all(
                    windows_overlap(fact.window, other.window, rules)
                    and scopes_overlap(fact.scope_words, other.scope_words)
                    and (not fact.side or not other.side or fact.side == other.side) for other in members):
                members.append(fact)
                break
        else:
            groups.append([fact])
    return [[fact.claim_id for fact in members] for members in groups]


@pytest.mark.parametrize("rules", [GroupRules(), GroupRules(publication_slack_days=2, min_window_overlap=0.0,
                                                              max_end_gap_days=10, rounded_max_relative=0.3)])
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_blocking_finds_the_same_groups_as_a_scan_of_every_group(seed, rules):
    claims, events, articles = _random_tables(seed)
    facts = claim_facts(pd.DataFrame(claims), pd.DataFrame(events), pd.DataFrame(articles),
                        pd.DataFrame(columns=["attribution_id", "via"]))
    indexed = [[fact.claim_id for fact in members] for members, _ in assign_groups(facts, rules)]
    assert indexed == _scan_groups(facts, rules)
    assert sum(len(members) > 1 for members in indexed) >= 5  # the corpus does make groups


def test_a_copy_saved_two_days_later_speaks_of_its_sources_days():
    groups = groups_of(
        [claim("courier/c001", 12, "drones", kind="attacks", speaker="Jane Example"),
         claim("gazette/c001", 12, "drones", kind="attacks", speaker="Jane Example")],
        [article("courier", "2025-03-12", COURIER), article("gazette", "2025-03-14", GAZETTE)],
        links=[("courier", "gazette", "duplicate", 4, 1.0, 1.0)],
    )
    key = "attacks · drones · count · 2025-03-12"
    march_12 = pd.Timestamp("2025-03-12")
    assert_table(groups, expected(
        ("g0001", "courier/c001", "courier", key, "same", "courier", march_12, ["Jane Example"], 1, ""),
        ("g0001", "gazette/c001", "gazette", key, "same", "courier", march_12, ["Jane Example"], 1, "courier"),
    ))


def test_an_own_voice_figure_that_its_article_does_not_attribute_is_a_source_of_its_own():
    groups = groups_of(
        [claim("courier/c001", 300, "soldiers", high=400, period="day", speaker="Petro Fictional"),
         claim("courier/c002", 400, "troops", period="day"),
         claim("gazette/c001", 350, "troops", period="day")],
        [article("courier", "2025-03-14", COURIER), article("gazette", "2025-03-14", GAZETTE)],
    )
    key = "casualties · personnel · per day · 2025-03-14"
    speakers = ["Petro Fictional", COURIER, GAZETTE]
    assert_table(groups, expected(
        ("g0001", "courier/c001", "courier", key, "same", "courier", MARCH_14, speakers, 2, ""),
        ("g0001", "courier/c002", "courier", key, "within_range", "courier", MARCH_14, speakers, 2, ""),
        ("g0001", "gazette/c001", "gazette", key, "within_range", "courier", MARCH_14, speakers, 2, ""),
    ))


def test_an_events_table_without_its_claims_column_is_refused_by_name():
    events = pd.DataFrame([{"surface": "13 March", "date_start": MARCH_13, "date_end": MARCH_13}])
    with pytest.raises(ValueError, match="the events table lacks the column\\(s\\) claims"):
        claim_groups(pd.DataFrame([claim("courier/c001", 12, "drones")]), events,
                     pd.DataFrame([article("courier", "2025-03-14", COURIER)]),
                     pd.DataFrame(columns=["attribution_id", "via"]), pd.DataFrame(columns=LINK_COLUMNS))


def test_grouping_one_kind_at_a_time_gives_the_rows_of_grouping_all_claims_at_once():
    # the export groups each kind's claims apart (helpers.cross.claims_by_kind) to bound its memory
    from helpers.groups import claim_groups_by_part

    claims = [claim("exampleton/c1", 1000, "soldiers", kind="casualties"),
              claim("sampleville/c1", 40, "drones", kind="attacks"),
              claim("sampleville/c2", 1000, "soldiers", kind="casualties"),
              claim("testfield/c1", 40, "drones", kind="attacks"),
              claim("testfield/c2", 7, "tanks", kind="equipment")]
    articles = [article("sampleville", "2025-03-14", COURIER), article("exampleton", "2025-03-13", GAZETTE),
                article("testfield", "2025-03-14", HERALD)]
    events_table = pd.DataFrame(columns=["event_id", "article_id", "surface", "start", "end", "date_start",
                                         "date_end", "kind", "claims"])
    attributions_table = pd.DataFrame(columns=["attribution_id", "article_id", "speaker", "via"])
    links = pd.DataFrame(columns=LINK_COLUMNS)
    claims_table = pd.DataFrame(claims)
    at_once = claim_groups(claims_table, events_table, pd.DataFrame(articles), attributions_table, links)
    parts = [(claims_table[claims_table["kind"] == kind], events_table) for kind in ("attacks", "casualties", "equipment")]
    by_kind = claim_groups_by_part(parts, pd.DataFrame(articles), attributions_table, links)
    assert at_once["group_id"].tolist() == ["g0001", "g0001", "g0002", "g0002"]
    assert_table(by_kind, at_once)
