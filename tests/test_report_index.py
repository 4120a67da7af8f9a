"""reports/index.html: the corpus in numbers, links to every notebook and table, offline and escaped.

The page is built from a small export of the seed plus three fictional files (a hostile
title, an empty file whose name is markup, a bad header date) and a fake folder of notebook
HTML; nothing runs papermill.  The Chromium tests open it as a reader would and skip when
Chromium is not installed.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import pandas as pd
import pytest

from helpers.__main__ import main
from helpers.export import export_corpus
from helpers.report_index import corpus_numbers, outlet_or_domain, reason_kind, table_files, write_index
from headless_chromium import Chromium, find_chromium

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
HOSTILE_TITLE = '<script>alert("Sampleville")</script> Sampleville holds the bridge'
HOSTILE_FILE = "<img src=x onerror=alert(1)>.txt"


def fictional_corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "courier.md").write_text(
        "---\n"
        f"title: {HOSTILE_TITLE}\n"
        "date: 2025-02-14\n"
        "author: Jane Example\n"
        "outlet: The Sampleville Courier <b>\n"
        "url: https://www.sampleville-courier.example/bridge\n"
        "---\n\n"
        "Jane Example, the mayor of Sampleville, said 40 people crossed the bridge on Friday.\n",
        encoding="utf-8",
    )
    (folder / HOSTILE_FILE).write_text("", encoding="utf-8")
    (folder / "bad_date.txt").write_text(
        " date 2025-13-40 Eng\nSampleville floods\n\nStandfirst.\nbyJane Example\n", encoding="utf-8"
    )
    return folder


def fake_notebook_html(folder: Path) -> Path:
    folder.mkdir()
    for name, question in [("01_corpus", "What is in the corpus?"), ("02_claims", "Which figures do the articles claim?")]:
        (folder / f"{name}.html").write_text(
            f'<!DOCTYPE html><html><body><h1 id="q">{name[:2]} · {question}<a class="anchor-link" href="#q">¶</a></h1>'
            "<p>Executed notebook.</p></body></html>",
            encoding="utf-8",
        )
    return folder


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    """A reports/ folder as `make report` leaves it: tables/, html/ and index.html."""
    root = tmp_path_factory.mktemp("reports")
    corpus = fictional_corpus(root.parent / f"{root.name}_corpus")
    export_corpus([SEEDS, corpus], root / "tables", csv=True)
    fake_notebook_html(root / "html")
    return write_index(root / "tables", root / "html", root / "index.html")


@pytest.fixture(scope="module")
def page(report) -> str:
    return report.read_text(encoding="utf-8")


class _Attributes(HTMLParser):
    """Every (tag, attribute, value) of a page, and the text of its <title>."""

    def __init__(self) -> None:
        super().__init__()
        self.attributes: list[tuple[str, str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend((tag, name, value or "") for name, value in attrs)


def parsed(page: str) -> _Attributes:
    parser = _Attributes()
    parser.feed(page)
    return parser


# --- the numbers ----------------------------------------------------------------------------


def test_an_outlet_named_by_the_article_comes_first():
    assert outlet_or_domain("The Sampleville Courier", "https://www.example.org/a") == "The Sampleville Courier"


def test_without_an_outlet_the_web_domain_stands_in_without_www():
    assert outlet_or_domain("", "https://www.sampleville-courier.example/bridge") == "sampleville-courier.example"


def test_with_neither_outlet_nor_address_the_outlet_stays_empty():
    assert outlet_or_domain(None, "") == ""


def test_reasons_differing_only_in_their_particulars_count_together():
    assert reason_kind("header date '2025-13-40' is not a real calendar day") == "header date '…' is not a real calendar day"
    assert reason_kind("article a1: language 'uk' has no word lists yet") == "language '…' has no word lists yet"
    assert reason_kind("file too large: 6,000,000 bytes over the 5,242,880-byte cap") == "file too large: N bytes over the N-byte cap"


def test_the_corpus_in_numbers():
    articles = pd.DataFrame({
        "article_id": ["a", "b", "c"],
        "published": pd.to_datetime(["2025-01-03", None, "2025-02-14"]),
        "title": ["One", "Two", "Three"],
        "outlet": ["The Sampleville Courier", "", ""],
        "url": ["", "https://www.exampleton.example/x", ""],
        "language": ["en", "en", "uk"],
    })
    load_report = pd.DataFrame({
        "path": ["x.txt", "y.txt", "z.md"], "line": pd.array([1, None, 4], dtype="Int64"),
        "severity": ["error", "error", "warning"],
        "reason": ["empty file", "empty file", "front-matter date 'soon' is not a date; left empty"],
    })
    numbers = corpus_numbers(articles, load_report)
    assert (numbers.articles, numbers.dated, numbers.first_date, numbers.last_date) == (3, 2, "2025-01-03", "2025-02-14")
    assert numbers.outlets == [("The Sampleville Courier", 1), ("exampleton.example", 1)]
    assert numbers.unknown_outlet == 1
    assert numbers.languages == [("en", 2), ("uk", 1)]
    assert numbers.severities == [("error", 2), ("warning", 1)]
    assert numbers.reasons == [
        ("error", "empty file", 2, "x.txt:1"),
        ("warning", "front-matter date '…' is not a date; left empty", 1, "z.md:4"),
    ]


def test_row_counts_are_the_exported_tables_rows(report):
    counts = {table.name: table.rows for table in table_files(report.parent / "tables")}
    assert counts["articles"] == len(pd.read_parquet(report.parent / "tables" / "articles")) == 2
    assert counts["claims"] == len(pd.read_parquet(report.parent / "tables" / "claims"))
    assert list(counts)[-1] == "load_report"


# --- the page -------------------------------------------------------------------------------


def test_the_page_shows_the_corpus_in_numbers(page):
    assert "<b>2</b><span>articles</span>" in page
    assert "<b>2025-01-03 to 2025-02-14</b>" in page
    assert "<b>2</b><span>load report errors</span>" in page  # the empty file and the bad header date


def test_titles_outlets_reasons_and_paths_from_the_corpus_are_escaped(page):
    assert "&lt;script&gt;alert(&quot;Sampleville&quot;)&lt;/script&gt; Sampleville holds the bridge" in page
    assert "The Sampleville Courier &lt;b&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;.txt" in page
    assert parsed(page).tags.count("script") == 0
    assert "img" not in parsed(page).tags


def test_every_notebook_is_linked_by_its_question(page):
    assert '<a href="html/01_corpus.html">01 · What is in the corpus?</a>' in page
    assert '<a href="html/02_claims.html">02 · Which figures do the articles claim?</a>' in page


def test_every_table_is_linked_as_csv_and_parquet(page, report):
    hrefs = {value for tag, name, value in parsed(page).attributes if tag == "a" and name == "href"}
    exported = {f"tables/{file.name}" for file in (report.parent / "tables").iterdir() if file.name != "export.json"}
    assert exported <= hrefs
    assert len(exported) == 28  # 10 tables, 3 cross-article tables and the load report, each as CSV and Parquet


def test_every_link_is_relative_and_opens_an_existing_file(page, report):
    hrefs = [value for tag, name, value in parsed(page).attributes if name == "href" and tag == "a"]
    assert hrefs
    for href in hrefs:
        parts = urlsplit(href)
        assert not parts.scheme and not parts.netloc and not href.startswith("/"), href
        assert (report.parent / unquote(parts.path)).exists(), href


def test_the_page_asks_nothing_of_any_server(page):
    external = [
        (tag, name, value) for tag, name, value in parsed(page).attributes
        if name in ("src", "href") and value and not value.startswith("data:") and urlsplit(value).scheme
    ]
    assert external == []
    assert "@import" not in page and "url(" not in page


def test_without_notebook_html_the_page_says_how_to_make_it(report, tmp_path):
    out = write_index(report.parent / "tables", tmp_path / "no_html_yet", tmp_path / "index.html")
    assert "No notebook HTML yet: <code>make html</code> writes it." in out.read_text(encoding="utf-8")


def test_the_command_line_writes_the_page(report, tmp_path):
    out = tmp_path / "site" / "index.html"
    assert main(["index", "--tables", str(report.parent / "tables"), "--html", str(report.parent / "html"),
                 "--out", str(out)]) == 0
    assert "<title>Frontline Claims Workbook: report</title>" in out.read_text(encoding="utf-8")


def test_the_command_line_refuses_a_missing_export_in_one_line(tmp_path, capsys):
    code = main(["index", "--tables", str(tmp_path / "nothing"), "--html", str(tmp_path), "--out", str(tmp_path / "i.html")])
    assert code == 2
    assert capsys.readouterr().err == f"python -m helpers: error: --tables is not a folder: {tmp_path / 'nothing'}\n"


def test_a_folder_without_the_articles_table_is_refused_in_one_line(tmp_path, capsys):
    (tmp_path / "tables").mkdir()
    code = main(["index", "--tables", str(tmp_path / "tables"), "--html", str(tmp_path), "--out", str(tmp_path / "i.html")])
    assert code == 2
    assert capsys.readouterr().err.startswith("python -m helpers: error: no exported articles table: ")


# --- in a browser ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rendered(report, tmp_path_factory):
    executable = find_chromium()
    if executable is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium; or set CHROMIUM=/path/to/it): "
                    "the page was not opened in a browser")
    scratch = tmp_path_factory.mktemp("chromium")
    with Chromium(executable, scratch / "profile", scratch / "chromium.log") as browser:
        return browser.render(report)


def test_chromium_shows_no_console_error(rendered):
    assert rendered.console_errors == []


def test_chromium_requests_only_the_page_itself(rendered, report):
    assert rendered.requested == [report.resolve().as_uri()]


def test_every_link_chromium_sees_opens_an_existing_file_or_folder(rendered, report):
    assert len(rendered.links) == 30  # 2 notebooks, 28 table files and Parquet folders
    for link in rendered.links:
        parts = urlsplit(link)
        assert parts.scheme == "file", link
        assert Path(url2pathname(parts.path)).exists(), link


def test_chromium_shows_the_hostile_title_as_text_and_runs_nothing(rendered):
    assert HOSTILE_TITLE in rendered.text
    assert HOSTILE_FILE in rendered.text
    assert {tag: rendered.elements[tag] for tag in ("script", "img", "iframe", "object", "embed")} == {
        "script": 0, "img": 0, "iframe": 0, "object": 0, "embed": 0,
    }


def test_the_screenshot_is_not_blank(rendered):
    from PIL import Image

    image = Image.open(io.BytesIO(rendered.screenshot)).convert("RGB")
    colours = image.getcolors(maxcolors=image.width * image.height)
    background = max(count for count, _ in colours)
    assert image.size == (1200, 1600)
    assert background / (image.width * image.height) < 0.95  # text, cards and tables cover the rest


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_report_writes_the_page_last_and_never_calls_chromium():
    environment = {key: value for key, value in os.environ.items() if key not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    dry_run = subprocess.run(
        ["make", "--no-print-directory", "-n", "report"],
        cwd=REPO, env=environment, capture_output=True, text=True, timeout=60, check=True,
    )
    lines = [line for line in dry_run.stdout.splitlines() if not line.startswith("make")]
    assert lines[-1] == ".venv/bin/python -m helpers index --tables reports/tables --html reports/html --out reports/index.html"
    assert "chromium" not in dry_run.stdout.lower()
