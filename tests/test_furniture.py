"""The article, not the page: page furniture, the publication date's sources, the article's origin.

Issues 10 (sections 1 and 4) and 11 (section 1).  A saved page holds menus, tickers, link
dumps, download widgets, specification tables and footers around the article; each keeps a
typed block of its own (so every offset still holds) and yields no claim, statement or date.
The publication date comes from the most trusted source the page gives (header, front
matter, a dateline under the headline, the URL), and two sources that disagree are reported.
The domain is read from the URL; the outlet only from the page's own words.  Every page here
is fictional: The Sampleville Courier, Sampleville, Exampleton, Jane Example, John Sample.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import seed_layout
from helpers import load_corpus
from helpers.doc import make_doc
from helpers.extract.attribution import extract_attributions
from helpers.extract.claims import extract_claims
from helpers.extract.timeline import extract_events
from helpers.load import Article, parse_text
from helpers.load.published import dateline_day, url_date
from helpers.load.source import domain_of, title_outlet

COURIER = "https://www.samplevillecourier.com/news/sampleville-holds"
ARTICLE = (
    "John Sample, the mayor of Sampleville, said the defenders repelled 12 attacks overnight.",
    "The 99th Example Brigade holds the bridge south of Exampleton, where the river is rising.",
)


def scraped(content: str, *, status: str = "200", links: str = "", outline: str = "- # Sampleville holds") -> str:
    """A scraper's Markdown page around the given content (a ``## Links`` section if given)."""
    page = (
        "# www.samplevillecourier.com\n\n## Metadata\n\n"
        f"- **URL**: {COURIER}\n- **Domain**: www.samplevillecourier.com\n"
        "- **Scraped at**: 2026-02-28T02:35:51+00:00\n"
        f"- **HTTP Status**: {status}\n\n## Page Structure\n\n{outline}\n\n## Content\n\n{content}\n"
    )
    return page + (f"\n## Links\n\n{links}\n" if links else "")


def front_matter(body: str, **keys: str) -> str:
    """Markdown with a YAML-style front matter of the given keys."""
    lines = [f"{key}: {value}" for key, value in keys.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body + "\n"


def kinds_of(article: Article, *texts: str) -> list[str]:
    """The kind of the block holding each text."""
    return [next(block.kind for block in article.blocks if text in block.text) for text in texts]


def within(article: Article, kinds: set[str], position: int) -> bool:
    return any(block.kind in kinds and block.start <= position < block.end for block in article.blocks)


def claim_surfaces(article: Article) -> list[str]:
    return [claim.surface for claim in extract_claims(make_doc(article))]


# --- page furniture ------------------------------------------------------------------------------

TICKER = "\n".join((
    "Sampleville holds | The Sampleville Courier",
    "22:49", "Sampleville mayor says the bridge will hold",
    "22:31", "Exampleton council says the water is back",
    "22:15", "Jane Example says talks will resume",
    "21:58", "Examplestan minister says 40 drones were downed",
    "Sampleville holds",
    "February 27, 2026 03:55 PM",
    *ARTICLE,
))


@pytest.fixture(scope="module")
def ticker_page() -> Article:
    return parse_text(scraped(TICKER), "sampleville-ticker.md")


def test_a_ticker_of_headlines_between_time_stamps_is_a_ticker_block(ticker_page):
    assert kinds_of(ticker_page, "22:49", "Sampleville mayor says the bridge will hold",
                    "Examplestan minister says 40 drones were downed") == ["ticker", "ticker", "ticker"]


def test_a_ticker_headline_yields_no_statement(ticker_page):
    statements = extract_attributions(ticker_page)
    assert [a for a in statements if within(ticker_page, {"ticker"}, a.cue_start)] == []
    assert [a.speaker_text for a in statements] == ["John Sample"]


def test_a_ticker_headline_yields_no_claim(ticker_page):
    assert claim_surfaces(ticker_page) == ["12"]


def test_the_repeated_headline_with_a_dateline_under_it_is_the_title(ticker_page):
    title = ticker_page.block("title")
    assert (title.text, title.line) == ("Sampleville holds", 25)


def test_the_page_title_line_is_its_own_block(ticker_page):
    assert kinds_of(ticker_page, "Sampleville holds | The Sampleville Courier") == ["page_title"]


def test_the_links_section_of_a_scraped_page_yields_no_claim():
    links = ("- [Sampleville shelled, 30 killed](https://www.samplevillecourier.com/news/shelled)\n"
             "- [Exampleton: 5,000 people evacuated](https://www.samplevillecourier.com/news/evacuated)")
    article = parse_text(scraped("\n".join(ARTICLE), links=links), "sampleville-links.md")
    assert claim_surfaces(article) == ["12"]
    assert kinds_of(article, "## Links", "Sampleville shelled, 30 killed", "5,000 people evacuated") == [
        "links", "links", "links"]


def test_the_outline_of_a_scraped_page_is_one_block_that_yields_nothing():
    article = parse_text(scraped("\n".join(ARTICLE), outline="- # Sampleville holds\n  - ## 40 killed in Exampleton"),
                         "sampleville-outline.md")
    assert kinds_of(article, "## 40 killed in Exampleton") == ["outline"]
    assert claim_surfaces(article) == ["12"]


def test_a_download_widget_and_a_contributor_bio_with_a_phone_number_yield_no_claim():
    body = "\n\n".join((
        *ARTICLE,
        "(PDF | 4.78 MB | Sampleville report - English)",
        "The council of Sampleville said 300 homes were repaired in January, and 40 more will follow by "
        "the summer if the weather holds, while the bridge stays closed to heavy traffic.",
        "About the Authors",
        "Jane Example is a fellow at the Sampleville Institute. Call 1-800-555-0199 to reach her desk.",
    ))
    article = parse_text(front_matter(body, title="Sampleville holds", date="2026-02-27"), "sampleville-widgets.md")
    assert kinds_of(article, "4.78 MB", "About the Authors", "1-800-555-0199") == ["download", "footer", "footer"]
    assert claim_surfaces(article) == ["12", "300", "40"]


def test_a_specification_table_yields_no_claim():
    body = "\n".join((
        ARTICLE[0],
        "**Flight Dynamics**| Cruising speed: 850-900 km/h; ceiling: 5,000 m",
        "**Range**| 3,000 km",
        ARTICLE[1],
    ))
    article = parse_text(front_matter(body, title="Sampleville holds", date="2026-02-27"), "sampleville-table.md")
    assert kinds_of(article, "**Flight Dynamics**", "**Range**") == ["table", "table"]
    assert claim_surfaces(article) == ["12"]


def test_an_endnote_with_an_access_date_is_a_reference_not_a_date():
    body = "\n".join((*ARTICLE, "1. Sampleville holds – The Sampleville Courier, accessed February 21, 2026, "
                                "<https://www.samplevillecourier.com/news/sampleville-holds>"))
    article = parse_text(front_matter(body, title="Sampleville holds", date="2026-02-27"), "sampleville-notes.md")
    assert kinds_of(article, "accessed February 21, 2026") == ["references"]
    assert [event.surface for event in extract_events(make_doc(article)) if event.kind != "published"] == []


def test_a_list_opener_types_the_headlines_under_it_until_the_article_resumes():
    body = "\n".join((ARTICLE[0], "Most read", "Exampleton opens a new school",
                      "Sampleville library reopens after repairs", ARTICLE[1]))
    article = parse_text(front_matter(body, title="Sampleville holds", date="2026-02-27"), "sampleville-most-read.md")
    assert kinds_of(article, "Most read", "Exampleton opens a new school", "Sampleville library reopens",
                    "99th Example Brigade") == ["related", "related", "related", "paragraph"]


def test_a_short_list_between_two_paragraphs_is_the_article_s_own():
    towns = ("Sampleville", "Exampleton", "Examplestan", "Sampletown", "Exampleford")
    body = "\n".join((ARTICLE[0], *towns, ARTICLE[1]))
    article = parse_text(front_matter(body, title="Sampleville holds", date="2026-02-27"), "sampleville-list.md")
    assert kinds_of(article, *towns[1:]) == ["heading"] * 4


def test_a_long_list_of_menu_entries_is_navigation():
    menu = ("Home", "World", "Politics", "Sport", "Weather", "Contact us")
    body = "\n".join((*menu, *ARTICLE))
    article = parse_text(front_matter(body, title="Sampleville holds", date="2026-02-27"), "sampleville-menu.md")
    assert kinds_of(article, *menu) == ["navigation"] * 6


def test_a_contributor_bio_and_the_copyright_after_the_article_are_footer():
    body = "\n\n".join((
        *ARTICLE,
        "Jane Example is a reporter at The Sampleville Courier. She has covered Exampleton since 2019.",
        "Most read", "Exampleton opens a new school", "Sampleville library reopens after repairs",
        "Copyright © 2026 The Sampleville Courier", "You may quote up to 300 characters with a link to the page.",
    ))
    article = parse_text(front_matter(body, title="Sampleville holds", date="2026-02-27"), "sampleville-bio.md")
    assert kinds_of(article, "Jane Example is a reporter", "Copyright ©", "You may quote") == [
        "footer", "footer", "footer"]
    assert claim_surfaces(article) == ["12"]


def test_every_furniture_block_still_slices_back_to_its_text(ticker_page):
    assert all(ticker_page.text[block.start:block.end] == block.text for block in ticker_page.blocks)


# --- error pages -----------------------------------------------------------------------------------


def test_an_http_403_page_is_a_load_report_row_and_not_an_article(tmp_path):
    (tmp_path / "good.txt").write_text(seed_layout("Jane Example says Sampleville holds.\n"), encoding="utf-8")
    (tmp_path / "denied.md").write_text(scraped("Access Denied\nAccess Denied\nReference #18.1", status="403",
                                                outline="- # Access Denied"), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    row = corpus.load_report[corpus.load_report["path"] == "denied.md"].iloc[0]
    assert (int(row["line"]), row["severity"], row["reason"]) == (
        8, "error", "error page: HTTP status 403, not an article")
    assert sorted(corpus.articles["path"]) == ["good.txt"]


def test_an_access_denied_page_without_a_status_is_not_an_article(tmp_path):
    (tmp_path / "denied.md").write_text(scraped("Access Denied\nReference #18.1", status="",
                                                outline="- # Access Denied"), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert list(corpus.load_report["reason"]) == ["error page: 'Access Denied', not an article"]


# --- the publication date ------------------------------------------------------------------------


@pytest.mark.parametrize("url, day", [
    ("https://www.samplevillecourier.com/2026/02/27/sampleville-holds/", date(2026, 2, 27)),
    ("https://www.samplevillecourier.com/news/2026-02-27/sampleville-holds", date(2026, 2, 27)),
    ("https://www.samplevillecourier.com/world/2026/feb/20/sampleville-holds", date(2026, 2, 20)),
    ("https://www.samplevillecourier.com/news/2026/2/7/sampleville-holds", date(2026, 2, 7)),
    ("https://example.org/analysis/sampleville-assessment-february-26-2026", date(2026, 2, 26)),
])
def test_a_date_in_the_url_is_read_in_each_usual_form(url, day):
    assert url_date(url)[0] == day


@pytest.mark.parametrize("url", [
    "https://www.samplevillecourier.com/2026/02/sampleville-holds",  # a month is not a day
    "https://2026-02-27.samplevillecourier.com/sampleville-holds",  # the host is not the path
    "https://www.samplevillecourier.com/post/70862",
])
def test_a_url_without_a_day_gives_no_date(url):
    assert url_date(url) is None


def test_a_url_date_fills_in_when_nothing_else_gives_one():
    source = "https://www.samplevillecourier.com/2026/02/27/sampleville-holds/"
    article = parse_text(front_matter("\n".join(ARTICLE), title="Sampleville holds", source=source), "url-date.md")
    assert (article.published, article.published_source) == (date(2026, 2, 27), "url")


def test_the_published_event_points_at_the_date_in_the_url():
    source = "https://www.samplevillecourier.com/2026/02/27/sampleville-holds/"
    article = parse_text(front_matter("\n".join(ARTICLE), title="Sampleville holds", source=source), "url-date.md")
    published = next(event for event in extract_events(make_doc(article)) if event.kind == "published")
    assert (published.surface, article.text[published.start:published.end]) == ("2026/02/27", "2026/02/27")


def test_front_matter_and_url_dates_that_disagree_keep_the_front_matter_and_warn_naming_both():
    source = "https://www.samplevillecourier.com/world/2026/feb/20/sampleville-holds"
    article = parse_text(front_matter("\n".join(ARTICLE), title="Sampleville holds", source=source, date="2026-01-07"),
                         "disagree.md")
    assert (article.published, article.published_source) == (date(2026, 1, 7), "front matter")
    assert [(warning.line, warning.reason) for warning in article.warnings] == [(3, (
        "publication dates disagree: front matter says 2026-01-07, url says 2026-02-20; kept the front matter "
        "date (order of trust: header, front matter, page, url)"))]


def test_a_full_url_date_more_than_a_year_from_the_front_matter_wins_and_the_warning_says_so():
    source = "https://www.samplevillecourier.com/world/2026/feb/20/sampleville-holds"
    article = parse_text(front_matter("\n".join(ARTICLE), title="Sampleville holds", source=source, date="2022-02-07"),
                         "disagree.md")
    assert (article.published, article.published_source) == (date(2026, 2, 20), "url")
    assert [(warning.line, warning.reason) for warning in article.warnings] == [(4, (
        "publication dates disagree: front matter says 2022-02-07, url says 2026-02-20; kept the url date: a full "
        "date in the URL overrides a front-matter date more than a year away from it (order of trust otherwise: "
        "header, front matter, page, url)"))]


def test_a_url_that_names_only_a_month_never_overrides_the_front_matter():
    source = "https://www.samplevillecourier.com/2026/02/sampleville-holds"
    article = parse_text(front_matter("\n".join(ARTICLE), title="Sampleville holds", source=source, date="2022-02-07"),
                         "month-url.md")
    assert (article.published, article.published_source, article.warnings) == (date(2022, 2, 7), "front matter", [])


def test_dates_a_day_apart_do_not_disagree():
    source = "https://www.samplevillecourier.com/2026/02/26/sampleville-holds/"
    article = parse_text(front_matter("\n".join(ARTICLE), title="Sampleville holds", source=source, date="2026-02-27"),
                         "a-day-apart.md")
    assert (article.published, article.warnings) == (date(2026, 2, 27), [])


def test_a_dateline_under_the_headline_gives_the_page_date():
    article = parse_text("Sampleville holds\n\nFebruary 27, 2026 03:55 PM\n\n" + "\n\n".join(ARTICLE) + "\n",
                         "dateline.txt")
    assert (article.published, article.published_source, kinds_of(article, "03:55 PM")) == (
        date(2026, 2, 27), "page", ["dateline"])


@pytest.mark.parametrize("line, day", [
    ("February 27, 2026 03:55 PM GMT+03:00", date(2026, 2, 27)),
    ("Feb 27, 2026 16:51", date(2026, 2, 27)),
    ("27.02.2026. 06:20h", date(2026, 2, 27)),
    ("Published On 27 Feb 2026", date(2026, 2, 27)),
    ("Friday, 27 February 2026, 22:49", date(2026, 2, 27)),
])
def test_dateline_shaped_lines_are_read(line, day):
    assert dateline_day(line)[0] == day


@pytest.mark.parametrize("line", ["Updated 28 Feb 2026", "February 2026", "Jane Example, 27 February 2026, said"])
def test_lines_that_are_not_a_publication_dateline_are_not_read(line):
    assert dateline_day(line) is None


def test_an_undated_page_has_no_published_source():
    article = parse_text("Sampleville holds\n\n" + "\n\n".join(ARTICLE) + "\n", "undated.txt")
    assert (article.published, article.published_source) == (None, "")


# --- where an article comes from -----------------------------------------------------------------


def test_the_domain_is_the_lower_cased_host_without_www():
    assert domain_of("https://WWW.SamplevilleCourier.co.uk/news/1") == "samplevillecourier.co.uk"


def test_a_title_suffix_that_names_the_domain_is_the_outlet():
    article = parse_text(front_matter("\n".join(ARTICLE), title="Sampleville holds | The Sampleville Courier",
                                      source=COURIER, date="2026-02-27"), "outlet.md")
    assert (article.domain, article.outlet) == ("samplevillecourier.com", "The Sampleville Courier")


def test_a_title_suffix_that_does_not_name_the_domain_leaves_the_outlet_empty():
    article = parse_text(front_matter("\n".join(ARTICLE), title="Sampleville holds | World",
                                      source=COURIER, date="2026-02-27"), "section.md")
    assert (article.domain, article.outlet) == ("samplevillecourier.com", "")


def test_the_domain_itself_in_a_title_is_never_an_outlet():
    assert title_outlet("Sampleville holds | News | samplevillecourier.com", "samplevillecourier.com") == ""


def test_initials_of_the_suffix_may_name_the_domain():
    assert title_outlet("Sampleville holds | Sampleville Courier Network", "scn.org") == "Sampleville Courier Network"


def test_a_front_matter_outlet_wins_over_the_title_suffix():
    article = parse_text(front_matter("\n".join(ARTICLE), title="Sampleville holds | The Sampleville Courier",
                                      source=COURIER, outlet="Exampleton Evening News", date="2026-02-27"),
                         "named.md")
    assert article.outlet == "Exampleton Evening News"


def test_the_scraped_page_title_line_names_the_outlet(ticker_page):
    assert (ticker_page.domain, ticker_page.outlet) == ("samplevillecourier.com", "The Sampleville Courier")


def test_the_articles_table_has_the_date_source_and_the_domain(tmp_path):
    (tmp_path / "outlet.md").write_text(front_matter("\n".join(ARTICLE), title="Sampleville holds | The Sampleville "
                                                     "Courier", source=COURIER, date="2026-02-27"), encoding="utf-8")
    row = load_corpus(tmp_path).articles.iloc[0]
    assert (row["published_source"], row["url"], row["domain"], row["outlet"]) == (
        "front matter", COURIER, "samplevillecourier.com", "The Sampleville Courier")


def test_the_seed_is_dated_by_its_header_and_has_no_domain(seed):
    assert (seed.published_source, seed.domain, seed.outlet) == ("header", "", "")
