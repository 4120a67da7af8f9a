"""Speed of reading saved web pages: ``parse_html`` over fictional Sampleville Courier pages.

    python benchmarks/bench_html.py [--pages 200]

Each page wraps one ``corpus_gen`` article (the seed's text, about 2,800 characters) in the
shell of a news site: meta tags (site name, canonical URL, description, published and
modified times, author), a menu of 30 links, a figure with its caption, a "related
articles" list and a footer, about 6 KB of HTML in all.  Half the pages state their date
only in a byline, so that htmldate's text search (the slower path) runs for them.  The pages
are parsed in memory; the first parse (trafilatura's one-off start-up) is timed apart.
Figures depend on the machine; the README records those of the project's 2-core machine.
"""

from __future__ import annotations

import argparse
import html
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_gen import article_text  # noqa: E402

from helpers.load.html import parse_html  # noqa: E402

MENU = "".join(f'<li><a href="/section/{n}">Section {n} of the Courier</a></li>' for n in range(30))


def page(index: int, rng: random.Random) -> bytes:
    """One saved page around a generated article; odd pages date themselves only in the byline."""
    lines = [line.strip() for line in article_text(index, rng).splitlines() if line.strip()]
    title, body = lines[1], lines[2:]
    dated_in_meta = index % 2 == 0
    head = ('<meta property="og:site_name" content="The Sampleville Courier">'
            f'<link rel="canonical" href="https://courier.example/news/{index}">'
            '<meta name="description" content="Fighting continues near Sampleville.">'
            '<meta name="author" content="Jane Example">')
    if dated_in_meta:
        head += ('<meta property="article:published_time" content="2025-03-14T09:30:00Z">'
                 '<meta property="article:modified_time" content="2025-03-15T10:00:00Z">')
    byline = "<p>By Jane Example, 14 March 2025</p>" if not dated_in_meta else ""
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in body)
    related = "".join(f'<li><a href="/news/{index - n}">Earlier report {n} from Sampleville</a></li>' for n in range(1, 6))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} | The Sampleville Courier</title>{head}"
        '<script>window.dataLayer = []; function track() { return 1; }</script></head>\n'
        f"<body><header><nav><ul>{MENU}</ul></nav></header>\n<main><article>\n"
        f"<h1>{html.escape(title)}</h1>\n{byline}\n"
        '<figure><img src="front.jpg" alt="the front line"><figcaption>Smoke over Sampleville. '
        "Photo: The Sampleville Courier</figcaption></figure>\n"
        f"{paragraphs}\n<aside><h2>Related</h2><ul>{related}</ul></aside>\n</article></main>\n"
        "<footer><p>© 2025 The Sampleville Courier</p></footer></body></html>\n"
    ).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    arguments = parser.parse_args()
    rng = random.Random(2025)
    pages = [page(index, rng) for index in range(arguments.pages + 1)]
    start = time.perf_counter()
    parse_html(pages[0], "warm-up.html", [])
    first = time.perf_counter() - start
    timings = {True: [], False: []}
    for index, raw in enumerate(pages[1:], start=1):
        start = time.perf_counter()
        parse_html(raw, f"{index}.html", [])
        timings[index % 2 == 0].append(time.perf_counter() - start)
    every = timings[True] + timings[False]
    size = sum(map(len, pages[1:])) / len(every)
    print(f"{len(every)} pages of {size:,.0f} bytes: {len(every) / sum(every):.1f} pages/s, "
          f"{1000 * sum(every) / len(every):.1f} ms per page")
    for in_meta, label in ((True, "dated in meta tags"), (False, "dated by htmldate")):
        print(f"  {label}: {1000 * sum(timings[in_meta]) / len(timings[in_meta]):.1f} ms per page")
    print(f"first page (trafilatura start-up): {1000 * first:.0f} ms")


if __name__ == "__main__":
    main()
