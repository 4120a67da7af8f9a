"""Links between articles that share their text, as an analyst expects them: a report saved
twice is one report, a summary lives inside its source, a wire paragraph ties two stories,
and a site's footer ties nothing."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import load_corpus
from helpers.links import LINK_COLUMNS, LinkRules, article_fingerprint, article_links, page_of

REPORT = [
    "Jane Example, spokesperson for the Sampleville garrison, said on Tuesday that the eastern bridge "
    "over the Example River had been closed to all civilian traffic.",
    "She said engineers from the 99th Example Brigade were inspecting the supports after two nights "
    "of shelling, and that the bridge would reopen only when they judged it safe.",
    "Residents of the Riverside district now drive forty minutes around the old quarry road to reach "
    "the hospital, according to the Sampleville city council.",
    "John Sample, who runs a bakery near the bridge, said his deliveries had halved since the closure "
    "and that two of his drivers had left the town with their families.",
    "The council has opened a second bus route through the northern suburbs and asked volunteers "
    "with vans to register at the school on Market Street.",
    "Officials in the neighbouring village of Testfield said they expected more families to arrive "
    "before the end of the month if the shelling continued.",
]
OTHER_STORY = [
    "Maria Placeholder opened the Sampleville library's basement as a shelter on Friday, offering "
    "blankets, tea and a generator for charging telephones.",
    "Volunteers from the Testfield scout troop carried camp beds down the stairs and set up a corner "
    "with books and board games for the children.",
    "The library will keep the shelter open every night until the heating in the school gym is "
    "repaired, the head librarian told reporters.",
]
THIRD_STORY = [
    "Petro Fictional, the mayor of Testfield, unveiled a plan on Wednesday to repair the village's "
    "water tower before the first frosts of the autumn.",
    "Contractors from the Example Works cooperative will start pouring the new foundations next "
    "week, the mayor said, if the weather holds.",
]
WIRE_PARAGRAPH = (
    "The Example Wire reported that the regional administration had set aside two million hryvnias "
    "for emergency repairs. The money will be shared between Sampleville and Testfield.")
FOOTER = [
    "The Sampleville Courier is funded by its readers and never takes money from political parties.",
    "Your support keeps our reporters on the front line, where the story is told as it happens.",
    "Copyright The Sampleville Courier, all rights reserved, no part may be reproduced without permission.",
    "- [Home](https://www.sampleville-courier.example/)",
    "- [War](https://www.sampleville-courier.example/war)",
    "Most Read: Testfield Opens Its Doors to Families from the Riverside District",
]


def tables(*articles: tuple[str, str | None, list[str]], outlet: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Blocks and articles tables of fictional articles given as (id, url, body paragraphs)."""
    blocks, rows = [], []
    for article_id, url, paragraphs in articles:
        title = f"Title of {article_id}"
        blocks.append((article_id, "title", None, 1, 0, len(title), title))
        offset = len(title) + 2
        for number, text in enumerate(paragraphs, start=1):
            blocks.append((article_id, "paragraph", number, number + 2, offset, offset + len(text), text))
            offset += len(text) + 2
        rows.append({"article_id": article_id, "url": url, "outlet": outlet, "title": title, "language": "en"})
    columns = ["article_id", "kind", "paragraph", "line", "start", "end", "text"]
    return pd.DataFrame(blocks, columns=columns), pd.DataFrame(rows)


def links_of(*articles: tuple[str, str | None, list[str]]) -> pd.DataFrame:
    return article_links(*tables(*articles))


def test_a_report_saved_twice_is_one_duplicate_pair(tmp_path):
    page = ("---\ntitle: Sampleville closes its eastern bridge\nurl: https://sampleville-courier.example/bridge\n"
            "outlet: The Sampleville Courier\n---\n\n" + "\n\n".join(REPORT) + "\n")
    (tmp_path / "bridge.md").write_text(page, encoding="utf-8")
    (tmp_path / "bridge (1).md").write_text(page, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    links = article_links(corpus.blocks, corpus.articles)
    assert links.to_dict("records") == [{
        "article_id": "bridge", "other_article_id": "bridge (1)", "relation": "duplicate",
        "shared_sentences": 6, "containment": 1.0, "similarity": 1.0,
    }]


def test_the_same_page_from_two_addresses_is_a_duplicate_despite_the_site_footer():
    links = links_of(
        ("courier-www", "https://www.sampleville-courier.example/news/bridge", REPORT + FOOTER),
        ("courier-amp", "https://sampleville-courier.example/news/bridge/amp/", REPORT + FOOTER),
        ("courier-library", "https://www.sampleville-courier.example/news/library", OTHER_STORY + FOOTER),
    )
    assert links[["article_id", "other_article_id", "relation", "shared_sentences"]].values.tolist() == [
        ["courier-amp", "courier-www", "duplicate", 6],
    ]


def test_a_summary_held_in_a_longer_report_is_contained_in_it():
    summary = [REPORT[0], REPORT[2]]
    links = links_of(
        ("courier-report", "https://sampleville-courier.example/news/bridge", REPORT),
        ("digest-summary", "https://example-digest.example/today", summary),
    )
    row = links.iloc[0]
    assert (row["article_id"], row["other_article_id"], row["relation"]) == ("courier-report", "digest-summary", "contains")
    # 41 shingles of the summary (21 + 20: a sentence of n words has n - 4), all among the report's 133.
    assert (row["shared_sentences"], row["containment"], row["similarity"]) == (2, 1.0, round(41 / 133, 4))


def test_a_reused_wire_paragraph_links_two_different_stories():
    links = links_of(
        ("courier-bridge", "https://sampleville-courier.example/news/bridge", REPORT[:3] + [WIRE_PARAGRAPH] + REPORT[3:]),
        ("gazette-library", "https://testfield-gazette.example/library", OTHER_STORY + [WIRE_PARAGRAPH]),
    )
    assert links[["article_id", "other_article_id", "relation", "shared_sentences"]].values.tolist() == [
        ["courier-bridge", "gazette-library", "shares_passages", 2],
    ]


def test_two_stories_of_one_site_sharing_only_its_footer_are_not_linked():
    links = links_of(
        ("courier-bridge", "https://sampleville-courier.example/news/bridge", REPORT + FOOTER),
        ("courier-library", "https://sampleville-courier.example/news/library", OTHER_STORY + FOOTER),
    )
    assert links.empty


def test_an_outlet_without_addresses_is_still_a_site_for_its_footer():
    links = article_links(*tables(
        ("bridge", None, REPORT[:2] + FOOTER),
        ("library", None, OTHER_STORY[:2] + FOOTER),
        outlet="The Sampleville Courier",
    ))
    assert links.empty


NOTICE = ("We use cookies to give you the best experience on our website and to count our readers. "
          "By reading on you accept the cookie policy of this website and of our partners.")
UNRELATED = [REPORT[:3], OTHER_STORY, REPORT[3:], THIRD_STORY]


def test_a_passage_on_more_pages_than_the_cap_is_boilerplate_everywhere():
    stories = [(f"site{number}", f"https://site-{number}.example/story", [*body, NOTICE])
               for number, body in enumerate(UNRELATED)]
    assert article_links(*tables(*stories), rules=LinkRules(furniture_max_pages=3)).empty


def test_a_passage_on_as_many_pages_as_the_cap_is_still_shared():
    stories = [(f"site{number}", f"https://site-{number}.example/story", [*body, NOTICE])
               for number, body in enumerate(UNRELATED[:3])]
    links = article_links(*tables(*stories), rules=LinkRules(furniture_max_pages=3))
    assert links[["article_id", "other_article_id", "relation", "shared_sentences"]].values.tolist() == [
        ["site0", "site1", "shares_passages", 2],
        ["site0", "site2", "shares_passages", 2],
        ["site1", "site2", "shares_passages", 2],
    ]


def test_a_short_stock_sentence_does_not_link_two_reports():
    stock = "The ministry did not respond to a request for comment."
    links = links_of(
        ("courier-bridge", "https://sampleville-courier.example/bridge", REPORT + [stock]),
        ("gazette-library", "https://testfield-gazette.example/library", OTHER_STORY + [stock]),
    )
    assert links.empty


def test_an_edited_copy_with_no_sentence_left_intact_is_found_as_a_duplicate():
    edited = [paragraph.replace("traffic.", "vehicles.").replace("safe.", "sound.").replace("council.", "mayor.")
              .replace("families.", "children.").replace("Street.", "Square.").replace("continued.", "went on.")
              for paragraph in REPORT]
    links = links_of(
        ("courier-bridge", "https://sampleville-courier.example/bridge", REPORT),
        ("gazette-bridge", "https://testfield-gazette.example/bridge", edited),
    )
    row = links.iloc[0]
    assert (row["relation"], row["shared_sentences"]) == ("duplicate", 0)
    assert 0.8 < row["similarity"] < 1.0


def test_invisible_marks_links_and_footnotes_do_not_hide_a_copy():
    marked = [REPORT[0].replace("bridge", "bri\u200bdge").replace("Jane Example", "[Jane Example](https://example.org/je)"),
              REPORT[1] + "[[i]](https://example.org/#n1)", *REPORT[2:]]
    links = links_of(
        ("courier-bridge", "https://sampleville-courier.example/bridge", REPORT),
        ("gazette-bridge", "https://testfield-gazette.example/bridge", marked),
    )
    assert links[["relation", "shared_sentences", "similarity"]].values.tolist() == [["duplicate", 6, 1.0]]


def test_a_single_article_gives_an_empty_table_with_the_columns():
    links = links_of(("courier-bridge", "https://sampleville-courier.example/bridge", REPORT))
    assert list(links.columns) == LINK_COLUMNS
    assert links.empty


def test_links_do_not_depend_on_the_order_of_the_rows():
    articles = [
        ("courier-bridge", "https://sampleville-courier.example/bridge", REPORT + [WIRE_PARAGRAPH]),
        ("digest-summary", "https://example-digest.example/today", REPORT[:2]),
        ("gazette-library", "https://testfield-gazette.example/library", OTHER_STORY + [WIRE_PARAGRAPH]),
        ("herald-bridge", "https://testfield-herald.example/bridge", REPORT + [WIRE_PARAGRAPH]),
        ("herald-water", "https://testfield-herald.example/water", THIRD_STORY),
    ]
    blocks, table = tables(*articles)
    first = article_links(blocks, table)
    shuffled = article_links(blocks.sample(frac=1, random_state=7), table.sample(frac=1, random_state=3))
    pd.testing.assert_frame_equal(first, shuffled)
    pd.testing.assert_frame_equal(first, article_links(blocks, table))
    assert first[["article_id", "other_article_id", "relation"]].values.tolist() == [
        ["courier-bridge", "digest-summary", "contains"],
        ["courier-bridge", "gazette-library", "shares_passages"],
        ["courier-bridge", "herald-bridge", "duplicate"],
        ["gazette-library", "herald-bridge", "shares_passages"],
        ["herald-bridge", "digest-summary", "contains"],
    ]


def test_only_prose_sentences_of_body_paragraphs_are_fingerprinted():
    fingerprint = article_fingerprint("courier-bridge", [
        "- [War](https://sampleville-courier.example/war)",
        "Most Read: Testfield Opens Its Doors to Families from the Riverside District",
        "Share this story.",
        REPORT[0],
    ])
    assert fingerprint.words.tolist() == [25]
    assert len(fingerprint.shingles) == 25 - 4


def test_a_page_is_its_address_without_www_amp_or_query():
    assert page_of("a", "https://www.example.org/News/123/amp/?utm=x#top", None, None) == ("example.org", "example.org/news/123")
    assert page_of("b", None, "The Sampleville Courier", "Bridge closed") == (
        "the sampleville courier", "the sampleville courier|title:bridge closed")
    assert page_of("c", None, None, None) == ("", "id:c")


def test_rules_out_of_range_are_refused_by_name():
    with pytest.raises(ValueError, match="duplicate_similarity"):
        LinkRules(duplicate_similarity=1.5)


def test_a_blocks_table_without_text_is_refused_by_name():
    blocks, articles = tables(("courier-bridge", None, REPORT))
    with pytest.raises(ValueError, match="blocks table lacks the column"):
        article_links(blocks.drop(columns="text"), articles)


@pytest.mark.parametrize("largest_strength", [40, 2 ** 40])
def test_the_strongest_candidates_are_ordered_as_lexsort_orders_them(largest_strength):
    # one packed sort when article, strength, distance and partner fit in 63 bits; lexsort when not
    import numpy as np

    from helpers.links import _strongest_first

    random = np.random.default_rng(7)
    article = random.integers(0, 500, 5_000)
    other = random.integers(0, 500, 5_000)
    strength = random.integers(0, largest_strength, 5_000)
    order = np.lexsort((other, np.abs(article - other), -strength, article))
    packed_article, packed_other = _strongest_first(article, other, strength, 500)
    assert (packed_article.tolist(), packed_other.tolist()) == (article[order].tolist(), other[order].tolist())
