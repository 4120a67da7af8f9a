"""``reports/index.html``: one page to open after ``make report``.

It reads the tables the export already wrote (Parquet, through ``helpers.engines.dataset``;
nothing is extracted again) and shows the corpus in numbers -- articles, their date span, outlets or
web domains, languages, the load report by severity and reason -- then links every
notebook's HTML and every table for download, with its row count.

The page must open anywhere, offline and from a zip: its CSS is inline, it has no script,
font or image from the internet, and every link is relative.  Everything that comes from
the corpus (titles, outlets, reasons, paths) is HTML-escaped, as in ``helpers.views.display``.
"""

from __future__ import annotations

import html
import os
import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urlsplit

import pandas as pd

#: Rows shown in each of the page's lists before "and N more" (the files hold them all).
SHOWN_ROWS = 20
ARTICLE_COLUMNS = ["article_id", "published", "title", "outlet", "url", "language"]
FORMATS = {".csv": "CSV", ".parquet": "Parquet"}

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;margin:0;background:#f6f6f4}
main{max-width:62em;margin:0 auto;padding:1.5em 1.2em 3em}
h1{font-size:1.6em;margin:0.2em 0 0.1em}h2{font-size:1.15em;margin:1.8em 0 0.5em;border-bottom:1px solid #ccc}
p.note{color:#5a4a00;background:#fff6d6;border-left:4px solid #e0b400;padding:0.5em 0.8em}
.numbers{display:flex;flex-wrap:wrap;gap:0.8em;margin:0;padding:0;list-style:none}
.numbers li{background:#fff;border:1px solid #ddd;border-radius:6px;padding:0.6em 0.9em;min-width:10em}
.numbers b{display:block;font-size:1.5em;font-variant-numeric:tabular-nums}
.numbers span{color:#555;font-size:0.9em}
table{border-collapse:collapse;background:#fff;max-width:100%;font-size:0.93em}
th,td{border:1px solid #ddd;padding:0.3em 0.55em;text-align:left;vertical-align:top}
th{background:#eee}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.date{white-space:nowrap}
td.error{color:#a00000;font-weight:600}td.warning{color:#8a5a00}
.more{color:#555;font-style:italic}a{color:#0645ad}code{font-size:0.92em}
"""


@dataclass(frozen=True)
class CorpusNumbers:
    """What the page says about the corpus, from the exported ``articles`` and ``load_report``."""

    articles: int
    dated: int
    first_date: str  # YYYY-MM-DD, empty when no article is dated
    last_date: str
    outlets: list[tuple[str, int]]  # (outlet or web domain, articles), most articles first
    unknown_outlet: int  # articles with neither an outlet nor a web address
    languages: list[tuple[str, int]]
    severities: list[tuple[str, int]]  # ("error", n), ("warning", n)
    reasons: list[tuple[str, str, int, str]]  # (severity, reason, rows, first path:line), most rows first


@dataclass(frozen=True)
class TableFile:
    """One exported table: its name, row count and the files it was written to."""

    name: str
    rows: int
    files: list[Path]


def outlet_or_domain(outlet: str | None, url: str | None) -> str:
    """The outlet the article names, else the web domain of its address ("www." dropped),
    else empty: an outlet is never guessed beyond what the file states."""
    if outlet and outlet.strip():
        return outlet.strip()
    host = urlsplit(url.strip()).hostname if url and url.strip() else None
    return host.removeprefix("www.") if host else ""


def reason_kind(reason: str) -> str:
    """A reason with its particulars blanked, so that like reasons count together:
    "header date '2025-13-01' is not a real calendar day" -> "header date '…' is not a real calendar day";
    "article abc: language 'uk' has no word lists ..." -> "language '…' has no word lists ..."."""
    kind = re.sub(r"^article \S+: ", "", reason)
    kind = re.sub(r"'[^']*'", "'…'", kind)
    return re.sub(r"\b0x[0-9a-fA-F]+\b|\d[\d,]*", "N", kind)


def corpus_numbers(articles: pd.DataFrame, load_report: pd.DataFrame) -> CorpusNumbers:
    """The corpus in numbers, from the exported tables."""
    published = pd.to_datetime(articles["published"])
    dated = published.dropna()
    outlets = Counter(map(outlet_or_domain, articles["outlet"].fillna(""), articles["url"].fillna("")))
    unknown = outlets.pop("", 0)
    languages = Counter(language or "(not stated)" for language in articles["language"].fillna(""))
    severities = Counter(load_report["severity"].astype(str))
    grouped: dict[tuple[str, str], list[str]] = {}
    for path, line, severity, reason in load_report[["path", "line", "severity", "reason"]].itertuples(index=False):
        where = f"{path}:{line}" if pd.notna(line) else str(path)
        grouped.setdefault((str(severity), reason_kind(str(reason))), []).append(where)
    reasons = sorted(
        ((severity, kind, len(places), places[0]) for (severity, kind), places in grouped.items()),
        key=lambda row: (row[0] != "error", -row[2], row[1]),
    )
    return CorpusNumbers(
        articles=len(articles),
        dated=len(dated),
        first_date=dated.min().strftime("%Y-%m-%d") if len(dated) else "",
        last_date=dated.max().strftime("%Y-%m-%d") if len(dated) else "",
        outlets=sorted(outlets.items(), key=lambda item: (-item[1], item[0])),
        unknown_outlet=unknown,
        languages=sorted(languages.items(), key=lambda item: (-item[1], item[0])),
        severities=[(severity, severities.get(severity, 0)) for severity in ("error", "warning")],
        reasons=reasons,
    )


def table_files(tables_dir: Path) -> list[TableFile]:
    """Every exported table in the folder, ``load_report`` last: its CSV copy (with ``--csv``)
    and its Parquet dataset folder or file, with the row count the export's manifest gives.

    A folder of loose ``*.csv`` and ``*.parquet`` files (an older export) is listed too: row
    counts from the Parquet footer, or from reading a CSV without its Parquet twin.
    """
    import pyarrow.csv as pa_csv
    import pyarrow.parquet as pq

    from helpers.engines.dataset import read_manifest

    manifest = read_manifest(tables_dir)
    if manifest is not None:
        listed = []
        for name, table in sorted(manifest["tables"].items(), key=lambda item: (item[0] == "load_report", item[0])):
            files = [tables_dir / f"{name}.csv"] if (tables_dir / f"{name}.csv").is_file() else []
            listed.append(TableFile(name, int(table["rows"]), files + [tables_dir / table["path"]]))
        return listed
    stems: dict[str, list[Path]] = {}
    for file in sorted(tables_dir.glob("*")):
        if file.suffix in (".csv", ".parquet") and file.is_file():
            stems.setdefault(file.stem, []).append(file)
    result = []
    for name, files in sorted(stems.items(), key=lambda item: (item[0] == "load_report", item[0])):
        parquet = tables_dir / f"{name}.parquet"
        rows = pq.ParquetFile(parquet).metadata.num_rows if parquet in files else pa_csv.read_csv(files[0]).num_rows
        result.append(TableFile(name, rows, sorted(files, key=lambda file: file.suffix)))
    return result


class _FirstHeading(HTMLParser):
    """The text of a page's first ``<h1>`` (nbconvert writes the notebook's title there)."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.parts: list[str] = []
        self.done = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "h1" and not self.done:
            self.depth += 1
        elif self.depth and tag == "a":  # the "¶" anchor nbconvert appends to every heading
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag in ("h1", "a"):
            self.depth -= 1
            if self.depth == 0:
                self.done = True

    def handle_data(self, data: str) -> None:
        if self.depth == 1 and not self.done:
            self.parts.append(data)


def notebook_title(page: Path, *, chunk_chars: int = 65_536) -> str:
    """The first heading of an HTML page, read until found (pages with figures are large);
    empty when there is none."""
    parser = _FirstHeading()
    with page.open(encoding="utf-8", errors="replace") as stream:
        while not parser.done and (chunk := stream.read(chunk_chars)):
            parser.feed(chunk)
    return " ".join("".join(parser.parts).replace("¶", "").split())


def relative_link(target: Path, page_dir: Path) -> str:
    """A relative, URL-quoted and HTML-escaped href from the page's folder to ``target``."""
    return html.escape(quote(Path(os.path.relpath(target.resolve(), page_dir.resolve())).as_posix()), quote=True)


def _size(path: Path) -> str:
    size = sum(file.stat().st_size for file in path.rglob("*") if file.is_file()) if path.is_dir() else path.stat().st_size
    for unit in ("bytes", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:,} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    return ""


def _more(shown: int, total: int, where: str) -> str:
    return f'<p class="more">and {total - shown:,} more in {where}</p>' if total > shown else ""


def _number_cards(numbers: CorpusNumbers) -> list[tuple[str, str]]:
    """(figure, what it counts) for the row of cards at the top of the page."""
    undated = numbers.articles - numbers.dated
    if not numbers.dated:
        dates = ("none", "articles dated")
    elif numbers.first_date == numbers.last_date:
        dates = (numbers.first_date, "publication date")
    else:
        dates = (f"{numbers.first_date} to {numbers.last_date}", "publication dates")
    unknown = numbers.unknown_outlet
    return [
        (f"{numbers.articles:,}", "article" if numbers.articles == 1 else "articles"),
        (dates[0], dates[1] + (f"; {undated:,} undated" if undated and numbers.dated else "")),
        (f"{len(numbers.outlets):,}", "outlets or web domains"
         + (f"; {unknown:,} {'article names' if unknown == 1 else 'articles name'} neither" if unknown else "")),
        *((f"{count:,}", f"load report {severity}s") for severity, count in numbers.severities),
    ]


def index_html(tables_dir: Path, html_dir: Path, page_dir: Path) -> str:
    """The page's markup, with links relative to ``page_dir`` (the folder the page is written to)."""
    from helpers.engines.dataset import read_table

    articles_file = tables_dir / "articles.parquet"
    if (tables_dir / "articles").is_dir():
        articles = read_table(tables_dir, "articles", columns=ARTICLE_COLUMNS)
    elif articles_file.is_file():
        articles = pd.read_parquet(articles_file, columns=ARTICLE_COLUMNS)
    else:
        raise FileNotFoundError(f"no exported articles table: {articles_file} (run `python -m helpers export` first)")
    report_file = tables_dir / "load_report.parquet"
    load_report = (pd.read_parquet(report_file) if report_file.is_file()
                   else pd.DataFrame(columns=["path", "line", "severity", "reason"]))
    numbers = corpus_numbers(articles, load_report)
    esc = html.escape
    cards = _number_cards(numbers)
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="icon" href="data:,">',  # no favicon request: the page asks nothing of any server
        "<title>Frontline Claims Workbook: report</title>", f"<style>{STYLE}</style></head><body><main>",
        "<h1>Frontline Claims Workbook: report</h1>",
        '<p class="note">A figure extracted is a claim, not a fact: every row keeps who said it and where in '
        "the article it stands. A cell is empty when the text does not say it.</p>",
        "<h2>The corpus in numbers</h2>",
        '<ul class="numbers">' + "".join(f"<li><b>{esc(value)}</b><span>{esc(label)}</span></li>" for value, label in cards) + "</ul>",
        "<h2>Notebooks</h2>", _notebooks(html_dir, page_dir),
        "<h2>Tables for download</h2>", _tables(tables_dir, page_dir),
        "<h2>Outlets and web domains</h2>",
        _rows(["outlet or domain", "articles"], [(esc(name), f"{count:,}") for name, count in numbers.outlets],
              column_classes=("", "n"), empty="No article names an outlet or a web address.")
        + _more(min(SHOWN_ROWS, len(numbers.outlets)), len(numbers.outlets), "articles.csv"),
        "<h2>Languages</h2>",
        _rows(["language", "articles"], [(esc(name), f"{count:,}") for name, count in numbers.languages],
              column_classes=("", "n")),
        "<h2>Load report</h2>", _load_report(numbers),
        "<h2>Articles</h2>", _articles(articles),
        "</main></body></html>",
    ]
    return "\n".join(parts) + "\n"


def _rows(header: list[str], rows: list[tuple[str, ...]], *, column_classes: tuple[str, ...] = (),
          row_classes: list[str] | None = None, empty: str = "") -> str:
    """A table of already-escaped cells, its first ``SHOWN_ROWS`` rows.

    ``column_classes`` style whole columns ("n" for numbers, "date"); ``row_classes`` style
    the first cell of each row (the load report's severity).
    """
    if not rows:
        return f"<p>{html.escape(empty)}</p>" if empty else ""
    head = "".join(f"<th>{html.escape(name)}</th>" for name in header)
    body = []
    for number, row in enumerate(rows[:SHOWN_ROWS]):
        cells = []
        for column, cell in enumerate(row):
            css = column_classes[column] if column < len(column_classes) else ""
            if column == 0 and row_classes:
                css = row_classes[number]
            cells.append(f'<td class="{css}">{cell}</td>' if css else f"<td>{cell}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _notebooks(html_dir: Path, page_dir: Path) -> str:
    pages = sorted(html_dir.glob("*.html")) if html_dir.is_dir() else []
    if not pages:
        return "<p>No notebook HTML yet: <code>make html</code> writes it.</p>"
    items = []
    for page in pages:
        title = notebook_title(page) or page.stem
        items.append(f'<li><a href="{relative_link(page, page_dir)}">{html.escape(title)}</a> '
                     f"<code>{html.escape(page.name)}</code></li>")
    return "<ul>" + "".join(items) + "</ul>"


def _tables(tables_dir: Path, page_dir: Path) -> str:
    rows = []
    for table in table_files(tables_dir):
        links = " · ".join(
            f'<a href="{relative_link(file, page_dir)}">{FORMATS.get(file.suffix, "Parquet folder")}</a> ({_size(file)})'
            for file in table.files
        )
        rows.append((f"<code>{html.escape(table.name)}</code>", f"{table.rows:,}", links))
    head = ["table", "rows", "files"]
    table_markup = "".join(f"<th>{name}</th>" for name in head)
    body = "".join(f'<tr><td>{name}</td><td class="n">{count}</td><td>{links}</td></tr>' for name, count, links in rows)
    return (f"<table><thead><tr>{table_markup}</tr></thead><tbody>{body}</tbody></table>"
            "<p>CSV joins list cells with \"; \"; Parquet keeps them as lists. A Parquet folder holds one "
            "file per month of publication (<code>published_month=2025-01</code>), which pandas, DuckDB and "
            "Spark read as one table.</p>")


def _load_report(numbers: CorpusNumbers) -> str:
    if not numbers.reasons:
        return "<p>Every file loaded without an error or a warning.</p>"
    rows = [(html.escape(severity), html.escape(reason), f"{count:,}", f"<code>{html.escape(first)}</code>")
            for severity, reason, count, first in numbers.reasons]
    return (_rows(["severity", "reason", "rows", "first file"], rows, column_classes=("", "", "n"),
                  row_classes=[severity for severity, *_ in numbers.reasons])
            + _more(min(SHOWN_ROWS, len(rows)), len(rows), "load_report.csv (every row, with its file and line)"))


def _articles(articles: pd.DataFrame) -> str:
    published = pd.to_datetime(articles["published"])
    ordered = articles.assign(published=published).sort_values(["published", "article_id"], na_position="last")
    rows = []
    for row in ordered.head(SHOWN_ROWS).itertuples(index=False):
        date = row.published.strftime("%Y-%m-%d") if pd.notna(row.published) else ""
        outlet = outlet_or_domain(row.outlet if isinstance(row.outlet, str) else "", row.url if isinstance(row.url, str) else "")
        rows.append((html.escape(date), html.escape(outlet), html.escape(row.title or ""),
                     f"<code>{html.escape(row.article_id)}</code>"))
    return (_rows(["published", "outlet or domain", "title", "article_id"], rows, column_classes=("date",),
                  empty="No article loaded.")
            + _more(len(rows), len(articles), "articles.csv"))


def write_index(tables_dir: str | os.PathLike, html_dir: str | os.PathLike, out: str | os.PathLike) -> Path:
    """Write the page to ``out`` (its folder created if missing) and return its path."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    markup = index_html(Path(tables_dir), Path(html_dir), out.parent.resolve())
    out.write_text(markup, encoding="utf-8")
    return out
