"""Saved web pages (.html/.htm): the article in the page, its metadata, and pages that hold none.

Tracker issue 13 ("saved web pages").  An analyst saves an article from The Sampleville
Courier as a web page; the loader reads the article text (not the menus), its title, date,
authors, outlet and URL, and lays the text out like every other layout so that every block
and sentence slices back to its text.  A page that holds no article gets a load-report row
that says why, and a hostile page never puts script into the article or into the notebook's HTML.
"""

from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import doc_sentences
from helpers import LoadError, load_corpus
from helpers.load import load_file
from helpers.views import article_html
from helpers.load.html import parse_html

PARAGRAPH_1 = ("The defenders of Sampleville repelled 12 attacks over the past day, "
               "the regional governor, Jane Example, said on Friday.")
PARAGRAPH_2 = "According to the local administration, about 300 residents remain in the town."


def page(body: str, *, head: str = "", lang: str = "en", title: str = "Sampleville holds the line") -> str:
    """A saved page of The Sampleville Courier around the given ``<body>`` markup."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        f"{head}"
        "</head>\n"
        "<body>\n"
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>\n'
        f"<article>\n<h1>{title}</h1>\n{body}</article>\n"
        "</body>\n"
        "</html>\n"
    )


ARTICLE_BODY = f"<p>{PARAGRAPH_1}</p>\n<p>{PARAGRAPH_2}</p>\n"
COURIER_HEAD = (
    '<meta property="og:site_name" content="The Sampleville Courier">\n'
    '<link rel="canonical" href="https://courier.example/news/sampleville-holds">\n'
    '<meta name="description" content="Defenders repelled a dozen attacks near Sampleville.">\n'
    '<meta property="article:published_time" content="2025-03-14T09:30:00+00:00">\n'
    '<meta property="article:modified_time" content="2025-03-16T10:00:00+00:00">\n'
    '<meta name="author" content="Jane Example and John Sample">\n'
)
COURIER_PAGE = page(ARTICLE_BODY, head=COURIER_HEAD)


def load(content: str | bytes, name: str = "sampleville.html"):
    """Parse one page as the loader does."""
    raw = content.encode("utf-8") if isinstance(content, str) else content
    return parse_html(raw, name, [])


def reasons(article) -> list[str]:
    return [warning.reason for warning in article.warnings]


def line_of(content: str, needle: str) -> int:
    """The 1-based line of the page on which ``needle`` first stands."""
    return content[: content.index(needle)].count("\n") + 1


# --- the article and its metadata ----------------------------------------------------------------


def test_text_is_title_standfirst_and_paragraphs_separated_by_blank_lines():
    assert load(COURIER_PAGE).text == (
        "Sampleville holds the line\n\n"
        "Defenders repelled a dozen attacks near Sampleville.\n\n"
        f"{PARAGRAPH_1}\n\n{PARAGRAPH_2}"
    )


def test_layout_is_html():
    assert load(COURIER_PAGE).layout == "html"


def test_article_id_is_the_file_name_without_extension():
    assert load(COURIER_PAGE, "news/sampleville.htm").article_id == "news/sampleville"


def test_title_comes_from_the_page_and_its_h1_is_not_repeated():
    article = load(COURIER_PAGE)
    assert article.title == "Sampleville holds the line"
    assert [block.kind for block in article.blocks] == ["title", "standfirst", "paragraph", "paragraph"]


def test_standfirst_is_the_page_description():
    assert load(COURIER_PAGE).standfirst == "Defenders repelled a dozen attacks near Sampleville."


def test_description_that_repeats_the_first_paragraph_is_not_a_standfirst():
    head = f'<meta name="description" content="{PARAGRAPH_1[:60]}…">\n'
    article = load(page(ARTICLE_BODY, head=head))
    assert article.standfirst == ""
    assert article.text.count(PARAGRAPH_1[:60]) == 1


def test_published_is_the_original_date_from_the_meta_tags_not_the_modified_date():
    assert load(COURIER_PAGE).published == date(2025, 3, 14)


def test_date_from_meta_gives_no_warning():
    assert load(COURIER_PAGE).warnings == []


def test_authors_are_split_like_the_other_layouts():
    assert load(COURIER_PAGE).authors == ["Jane Example", "John Sample"]


def test_outlet_is_the_pages_own_site_name():
    assert load(COURIER_PAGE).outlet == "The Sampleville Courier"


def test_url_is_the_canonical_url():
    assert load(COURIER_PAGE).url == "https://courier.example/news/sampleville-holds"


def test_url_can_come_from_og_url():
    head = '<meta property="og:url" content="https://courier.example/news/og-sampleville">\n'
    assert load(page(ARTICLE_BODY, head=head)).url == "https://courier.example/news/og-sampleville"


def test_outlet_is_not_guessed_from_the_url():
    head = '<link rel="canonical" href="https://courier.example/news/sampleville-holds">\n'
    assert load(page(ARTICLE_BODY, head=head)).outlet == ""


def test_byline_in_the_page_is_a_byline_block():
    article = load(page(f"<p>By Jane Example, 14 March 2025</p>\n{ARTICLE_BODY}"))
    assert [block.kind for block in article.blocks][:2] == ["title", "byline"]


def test_authors_come_from_the_byline_when_the_metadata_names_none():
    assert load(page(f"<p>By Jane Example and John Sample</p>\n{ARTICLE_BODY}")).authors == ["Jane Example",
                                                                                             "John Sample"]


def test_page_without_metadata_has_empty_authors_url_and_outlet():
    article = load(page(ARTICLE_BODY))
    assert (article.authors, article.url, article.outlet) == ([], "", "")


@pytest.mark.parametrize(("tag", "language"), [("en-GB", "en"), ("uk", "uk"), ("uk-UA", "uk"), ("ru", "ru")])
def test_language_comes_from_the_html_lang_attribute(tag, language):
    assert load(page(ARTICLE_BODY, lang=tag)).language == language


def test_page_without_a_lang_attribute_has_no_language():
    assert load(page(ARTICLE_BODY, lang="")).language is None


# --- the date when the metadata has none ---------------------------------------------------------


DATED_BY_BYLINE = page(f"<p>Jane Example, 14 March 2025</p>\n{ARTICLE_BODY}")


def test_date_stated_only_in_the_byline_is_found_by_htmldate():
    assert load(DATED_BY_BYLINE).published == date(2025, 3, 14)


def test_date_found_by_htmldate_is_reported_with_its_line():
    article = load(DATED_BY_BYLINE)
    [warning] = article.warnings
    assert warning.line == line_of(DATED_BY_BYLINE, "Jane Example, 14 March 2025")
    assert "2025-03-14" in warning.reason and "htmldate" in warning.reason


def test_date_only_inside_the_body_prose_is_not_taken_as_the_publication_date():
    # htmldate's text search alone would answer 2022-02-24: the day the article talks about.
    body = (f"<p>{PARAGRAPH_1}</p>\n<p>The attack on Sampleville began on 24 February 2022, "
            "and the town has been shelled every week since then.</p>\n")
    article = load(page(body))
    assert article.published is None
    assert reasons(article) == ["no publication date stated; left empty"]


def test_date_of_a_linked_article_is_not_the_publication_date():
    related = '<p>Related: <a href="/earlier">Sampleville shelled, 12 March 2025</a></p>\n'
    assert load(page(ARTICLE_BODY + related)).published is None


def test_copyright_year_is_not_a_publication_date():
    content = page(ARTICLE_BODY).replace("</article>", "</article>\n<footer>© 2024 The Sampleville Courier</footer>")
    article = load(content)
    assert article.published is None
    assert "no publication date stated; left empty" in reasons(article)


# --- blocks, offsets and lines -----------------------------------------------------------------


RICH_BODY = (
    f"<p>{PARAGRAPH_1}</p>\n"
    '<figure><img src="smoke.jpg" alt="smoke over the town">'
    "<figcaption>Smoke rises over Sampleville. Photo: The Sampleville Courier</figcaption></figure>\n"
    "<h2>Shelling continues</h2>\n"
    f"<p>{PARAGRAPH_2}</p>\n"
    '<blockquote><p>"We will not leave," one resident told the Courier.</p></blockquote>\n'
    "<ul><li>Water supply was restored on Thursday.</li><li>Power lines were damaged again.</li></ul>\n"
    '<p>Read also: <a href="/schools">Sampleville schools move online</a></p>\n'
)
RICH_PAGE = page(RICH_BODY, head=COURIER_HEAD)


def test_every_block_slices_back_to_its_text():
    article = load(RICH_PAGE)
    assert all(article.text[block.start:block.end] == block.text for block in article.blocks)


def test_every_sentence_slices_back_to_its_text():
    article = load(RICH_PAGE)
    assert all(article.text[s.start:s.end] == s.text for s in doc_sentences(article))


def test_blocks_are_typed_like_the_other_layouts():
    assert [(block.kind, block.number) for block in load(RICH_PAGE).blocks] == [
        ("title", None), ("standfirst", None), ("paragraph", 1), ("photo_alt", None), ("caption", None),
        ("credit", None), ("heading", None), ("paragraph", 2), ("paragraph", 3), ("paragraph", 4),
        ("paragraph", 5), ("read_also", None),
    ]


def test_sentences_of_the_title_standfirst_and_body_are_split():
    parts = [sentence.part for sentence in doc_sentences(load(COURIER_PAGE))]
    assert parts == ["title", "standfirst", "body", "body"]


def test_photo_has_its_alt_text_caption_and_credit():
    [photo] = load(RICH_PAGE).photos
    assert (photo.alt, photo.caption, photo.credit) == (
        "smoke over the town", "Smoke rises over Sampleville.", "The Sampleville Courier")


def test_photo_parts_slice_back_to_the_text():
    article = load(RICH_PAGE)
    [photo] = article.photos
    assert article.text[photo.caption_start:photo.caption_end] == photo.caption
    assert article.text[photo.credit_start:photo.credit_end] == photo.credit


def test_blocks_carry_the_line_of_the_page_they_come_from():
    article = load(RICH_PAGE)
    lines = {block.text: block.line for block in article.blocks}
    assert lines[PARAGRAPH_1] == line_of(RICH_PAGE, PARAGRAPH_1)
    assert lines['"We will not leave," one resident told the Courier.'] == line_of(RICH_PAGE, "We will not leave")
    assert lines["Power lines were damaged again."] == line_of(RICH_PAGE, "Power lines")
    assert lines["Sampleville holds the line"] == line_of(RICH_PAGE, "<h1>")


def test_menu_links_are_not_article_text():
    assert "Home" not in load(RICH_PAGE).text


def test_a_short_article_of_one_paragraph_loads():
    article = load(page(f"<p>{PARAGRAPH_1}</p>\n"))
    assert [block.text for block in article.paragraphs] == [PARAGRAPH_1]


# --- pages that hold no article ----------------------------------------------------------------


def load_error(content: str | bytes, name: str = "bad.html") -> LoadError:
    with pytest.raises(LoadError) as raised:
        load(content, name)
    return raised.value


def test_tag_soup_is_broken_markup():
    error = load_error("<<<< >>>> <</p\n<</ <div <<\n")
    assert (error.path, error.line) == ("bad.html", 1)
    assert error.reason.startswith("broken markup")


def test_markup_nested_deeper_than_lxml_reads_is_broken_markup():
    error = load_error("<html><body>" + "<div>" * 300 + f"<p>{PARAGRAPH_1}</p>" + "</div>" * 300 + "</body></html>")
    assert error.reason.startswith("broken markup") and "256" in error.reason


def test_text_file_named_html_is_not_an_html_page():
    error = load_error("Sampleville holds the line\n\nThe defenders repelled 12 attacks.\n")
    assert error.line == 1
    assert "no markup" in error.reason and ".txt" in error.reason


def test_page_cut_off_mid_tag_loads_what_was_saved_with_a_truncation_warning():
    content = page(ARTICLE_BODY).split("</article>")[0] + "<p>Evacuation continues every morning <b"
    article = load(content)
    assert [block.text for block in article.paragraphs][:2] == [PARAGRAPH_1, PARAGRAPH_2]
    [warning] = [warning for warning in article.warnings if "truncated" in warning.reason]
    assert warning.line == content.count("\n") + 1


def test_page_with_only_scripts_and_images_has_no_main_text():
    content = ('<!DOCTYPE html>\n<html lang="en"><head><title>Sampleville holds the line</title>\n'
               '<script>var tracking = "sampleville";</script></head>\n'
               '<body>\n<div id="app"></div><img src="logo.png">\n</body></html>\n')
    error = load_error(content)
    assert error.line == 4
    assert error.reason.startswith("no main text")


def test_page_of_menus_and_links_is_navigation_only():
    links = "".join(f'<li><a href="/{n}">Sampleville section {n}</a></li>' for n in range(1, 13))
    content = ('<!DOCTYPE html>\n<html lang="en"><head><title>Sections | The Sampleville Courier</title></head>\n'
               f"<body>\n<nav>\n<ul>{links}</ul>\n</nav>\n"
               '<div class="menu"><a href="/a">Latest: Sampleville holds the line</a> '
               '<a href="/b">Governor visits the front</a></div>\n</body></html>\n')
    error = load_error(content)
    assert error.line == line_of(content, "<ul>")
    assert error.reason.startswith("only navigation")


def test_redirect_stub_is_not_an_article():
    content = ('<!DOCTYPE html>\n<html lang="en"><head><title>Redirecting...</title>\n'
               '<meta http-equiv="refresh" content="0; URL=https://courier.example/news/sampleville-holds">\n'
               '</head><body>\n<p>Redirecting to... <a href="/news">the article</a>.</p>\n</body></html>\n')
    error = load_error(content)
    assert error.line == line_of(content, "http-equiv")
    assert error.reason.startswith("redirect page") and "courier.example/news/sampleville-holds" in error.reason


def test_empty_page_is_an_empty_file_error():
    assert load_error(b"").reason == "empty file"


def test_whitespace_only_page_is_an_empty_file_error_at_line_1():
    error = load_error(b"  \n\n\t\n")
    assert (error.line, error.reason) == (1, "empty file")


def test_binary_file_named_html_is_a_binary_error():
    error = load_error(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "binary" in error.reason


def test_undecodable_page_is_an_error_at_the_line_of_the_first_bad_byte():
    # 0x98 is undefined in cp1251 and 0x81 in cp1252, and the page declares no charset.
    content = page(ARTICLE_BODY).replace('<meta charset="utf-8">\n', "").encode("utf-8")
    content = content.replace(b"repelled 12", b"repelled \x98\x81")
    error = load_error(content)
    assert error.line == line_of(page(ARTICLE_BODY).replace('<meta charset="utf-8">\n', ""), PARAGRAPH_1)
    assert "utf-8" in error.reason.lower()


KOI8_PAGE = page("<p>Джейн Приклад каже, що оборонці Семплвіля відбили 12 атак за минулу добу.</p>\n",
                 lang="uk", title="Семплвіль тримається").replace('charset="utf-8"', 'charset="koi8-u"')


def test_page_in_its_declared_legacy_charset_is_decoded_with_that_charset():
    # The loader's own guess for non-UTF-8 Cyrillic is cp1251, which would garble KOI8-U.
    assert load(KOI8_PAGE.encode("koi8-u")).title == "Семплвіль тримається"


def test_page_in_a_legacy_charset_gives_a_warning_naming_it():
    assert any("koi8" in reason for reason in reasons(load(KOI8_PAGE.encode("koi8-u"))))


# --- a hostile page ------------------------------------------------------------------------------


HOSTILE = """<!DOCTYPE html>
<html lang="en">
<head>
<title>Sampleville holds the line</title>
<meta property="og:url" content="javascript:alert(1)">
<script>document.write("<p>Injected paragraph that must not be read as the article.</p>");</script>
<style>p { color: red }</style>
</head>
<body onload="alert(1)">
<article>
<h1>Sampleville holds the line</h1>
<p onmouseover="alert(1)">The defenders of Sampleville repelled 12 attacks over the past day, the governor said.<img src=x onerror=alert(1)></p>
<script>alert("inline script in the article body");</script>
<p>Residents were told to <a href="javascript:alert(1)">check the evacuation list</a> and to ignore messages
such as &lt;script&gt;alert(1)&lt;/script&gt; that circulate online.</p>
<p>About 300 residents remain in the town, officials said, and evacuation continues every morning.<svg onload=alert(1)></svg></p>
<iframe src="javascript:alert(1)"></iframe>
</article>
</body>
</html>
"""


def test_hostile_page_scripts_are_not_article_text():
    text = load(HOSTILE).text
    assert "Injected paragraph" not in text
    assert "inline script" not in text
    assert "color: red" not in text


def test_hostile_page_handlers_and_javascript_links_are_not_article_text():
    text = load(HOSTILE).text
    assert "onerror" not in text and "onload" not in text and "javascript:" not in text


def test_hostile_page_keeps_the_link_words_and_the_escaped_markup_the_article_prints():
    paragraph = load(HOSTILE).paragraphs[1].text
    assert paragraph == ("Residents were told to check the evacuation list and to ignore messages such as "
                         "<script>alert(1)</script> that circulate online.")


def test_hostile_page_javascript_url_is_not_kept():
    assert load(HOSTILE).url == ""


def test_hostile_page_is_fully_escaped_in_the_notebook_html():
    markup = article_html(load(HOSTILE)).markup
    assert "<script" not in markup
    assert "onerror=" not in markup and "onload=" not in markup
    assert "javascript:" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup


# --- through the loader ----------------------------------------------------------------------------


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def test_load_file_reads_html_and_htm(tmp_path):
    for name in ("courier.html", "courier_copy.HTM"):
        [article] = load_file(write(tmp_path, name, COURIER_PAGE), root=tmp_path)
        assert (article.path, article.layout) == (name, "html")


def test_folder_mixing_html_and_markdown_loads_both(tmp_path):
    write(tmp_path, "courier.html", COURIER_PAGE)
    write(tmp_path, "notes.md", "---\ntitle: Exampleton holds\ndate: 2025-03-15\n---\n\n"
                                "Jane Example says the defenders of Exampleton repelled 8 attacks.\n")
    corpus = load_corpus(tmp_path)
    assert sorted((a.path, a.layout) for a in corpus.documents) == [("courier.html", "html"),
                                                                    ("notes.md", "front_matter")]


def test_bad_page_is_a_load_report_row_and_the_rest_still_loads(tmp_path):
    write(tmp_path, "courier.html", COURIER_PAGE)
    write(tmp_path, "menu.html", "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>")
    corpus = load_corpus(tmp_path)
    rows = corpus.load_report
    assert [article.path for article in corpus.documents] == ["courier.html"]
    assert rows[["path", "line", "severity"]].values.tolist() == [["menu.html", 1, "error"]]


def test_page_over_the_size_cap_is_a_too_large_row(tmp_path):
    write(tmp_path, "courier.html", COURIER_PAGE)
    corpus = load_corpus(tmp_path, max_bytes=100)
    [reason] = corpus.load_report["reason"].tolist()
    assert "too large" in reason


# --- any page ------------------------------------------------------------------------------------


def test_a_page_that_is_only_a_url_is_refused_without_fetching_it(monkeypatch):
    # htmldate downloads a string that looks like a URL; the loader gives it the parsed page.
    def no_network(*arguments, **options):
        raise AssertionError("the loader opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    assert load_error("https://courier.example/news/sampleville-holds").reason.startswith("not an HTML page")


#: Markup and text that steer the page rules: tags, entities, links, dates, scripts, bylines.
PAGE_FRAGMENTS = [
    "<p>", "</p>", "<a href='/x'>", "</a>", "<h2>", "</h2>", "<li>", "<ul>", "</ul>", "<br>", "<b>", "</b>",
    "<script>alert(1)</script>", "&lt;script&gt;", "&amp;", "&nbsp;", "<!-- note -->", "\n", "\r\n", " ",
    "By Jane Example", "14 March 2025", "Photo: John Sample", "Read also: ", PARAGRAPH_1, PARAGRAPH_2,
    "<figure><img src='a.jpg' alt='smoke'><figcaption>Smoke. Photo: Jane Example</figcaption></figure>",
]
page_body = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(PAGE_FRAGMENTS)), max_size=30).map("".join)


@settings(max_examples=30, deadline=None)
@given(body=page_body)
def test_any_page_either_loads_with_blocks_that_slice_back_or_is_refused(body):
    try:
        article = load(page(body))
    except LoadError as error:
        assert error.path == "sampleville.html" and error.reason
        return
    assert all(article.text[block.start:block.end] == block.text for block in article.blocks)
    assert all(article.text[s.start:s.end] == s.text for s in doc_sentences(article))


@settings(max_examples=30, deadline=None)
@given(raw=st.binary(max_size=300) | page_body.map(lambda body: page(body).encode("utf-8")[: len(body) * 3]))
def test_any_bytes_either_load_or_raise_load_error(raw):
    try:
        load(raw)
    except LoadError:
        pass
