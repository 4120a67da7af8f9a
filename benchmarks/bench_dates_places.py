"""Speed of date and place extraction beside ``dateparser.search_dates`` on the same texts.

    python benchmarks/bench_dates_places.py [--articles 10000] [--dateparser-sample 200]

Generates fictional seed-sized articles (``corpus_gen``, with one paragraph swapped for a
varied mix of date forms so that every finder has work), loads them, and times:

* ``extract_events`` (dates) and ``extract_places`` (settlements, gazetteer built before the
  clock starts) over every article, after loading and sentence splitting (which all
  extractors share): one plain pass of dates, and the best of three passes per chunk of 100
  articles for dates, places and both together (the figures quoted: robust to bursts of
  other work on a shared machine);
* ``dateparser.search.search_dates`` over a sample of the same texts, scaled per article
  (it takes seconds per article, so the whole set would take hours);
* the one-time cost of importing ``helpers.extract.timeline`` and ``helpers.dates`` themselves.

It prints the rates and their ratios to ``search_dates``.  Wall-clock figures depend on the machine; the README
records the figures from the project's 2-core machine.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_gen import MONTHS, PEOPLE, article_text  # noqa: E402

from helpers.load import parse_text  # noqa: E402
from helpers.doc import make_doc  # noqa: E402
from helpers.extract.places import extract_places, load_gazetteer  # noqa: E402
from helpers.extract.timeline import extract_events  # noqa: E402

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VARIED = [
    "On {d} {month}, {person} said the road to Sampleville was open again.",
    "{person} said on {weekday} that the convoy had reached Exampleton.",
    "Talks will be held in Exampleton on {d2} {month2}, officials said.",
    "Shelling has not stopped since the start of the year, and last week it grew heavier.",
    "Earlier this month the market of Sampleville reopened; in {year} it had been closed.",
    "The order of {dd}.{mm}.{yyyy} closed the bridge; it was lifted two days later.",
    "Since {year2}, the 99th Example Brigade has held the line, losing 75% of its vehicles.",
    "Yesterday drones hit Exampleton, and over the past 24 hours 40 attacks were repelled.",
    "Every day the defenders repel 300 attacks and destroy 30 mortars in a month.",
    "The attack came on {month} {d}, {yyyy}, at 14:00, a 2 minute walk from the school.",
]


def varied_text(index: int, rng: random.Random) -> str:
    """A corpus_gen article whose evacuation paragraph is swapped for two varied date sentences."""
    text = article_text(index, rng)
    published = date.fromisoformat(text.split()[1])
    past = published - timedelta(days=rng.randrange(1, 60))
    ahead = published + timedelta(days=rng.randrange(1, 30))
    values = dict(
        d=past.day, month=MONTHS[past.month - 1], person=rng.choice(PEOPLE), weekday=rng.choice(WEEKDAYS),
        d2=ahead.day, month2=MONTHS[ahead.month - 1], year=published.year - 1, year2=published.year - 3,
        dd=f"{past.day:02d}", mm=f"{past.month:02d}", yyyy=past.year,
    )
    swapped = " ".join(template.format(**values) for template in rng.sample(VARIED, 2))
    paragraphs = text.split("\n\n")
    paragraphs[-2] = swapped + " Volunteers deliver water and food to those who stay behind."
    return "\n\n".join(paragraphs)


def import_cost() -> float:
    """Seconds of one-time set-up: the own import time of ``helpers.extract.timeline`` and
    ``helpers.dates`` (pattern compilation included, pandas and the loader excluded), from
    ``python -X importtime`` in a fresh process, best of three."""
    runs = []
    for _ in range(3):
        report = subprocess.run([sys.executable, "-X", "importtime", "-c", "import helpers.extract.timeline"],
                                capture_output=True, text=True, check=True).stderr
        own = [int(line.split("|")[0].split(":")[1]) for line in report.splitlines()
               if line.rstrip().endswith(("helpers.extract.timeline", "helpers.dates"))]
        runs.append(sum(own) / 1e6)
    return min(runs)


def best_of_three(articles: list, extract) -> float:
    """Seconds for ``extract`` over every article: the best of three passes per chunk of 100,
    so that a burst of other work on a shared machine does not count against the extractor."""
    chunks = [articles[index:index + 100] for index in range(0, len(articles), 100)]
    best = [float("inf")] * len(chunks)
    for _ in range(3):
        for number, chunk in enumerate(chunks):
            started = time.perf_counter()
            for article in chunk:
                extract(article)
            best[number] = min(best[number], time.perf_counter() - started)
    return sum(best)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--dateparser-sample", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(2025)
    texts = [varied_text(index, rng) for index in range(args.articles)]
    started = time.perf_counter()
    articles = [parse_text(text, f"{index:05d}_generated.txt") for index, text in enumerate(texts)]
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    articles = [make_doc(article) for article in articles]  # sentences: shared by every extractor, split once
    split = time.perf_counter() - started
    chars = sum(len(text) for text in texts) / len(texts)
    started = time.perf_counter()
    events = sum(len(extract_events(article)) for article in articles)
    plain = time.perf_counter() - started
    load_gazetteer()
    ours = best_of_three(articles, extract_events)
    places_seconds = best_of_three(articles, extract_places)
    both = best_of_three(articles, lambda article: (extract_events(article), extract_places(article)))
    our_rate = len(articles) / ours
    places_rate = len(articles) / places_seconds
    both_rate = len(articles) / both
    mentions = sum(len(extract_places(article)) for article in articles)

    from dateparser.search import search_dates

    sample = texts[: args.dateparser_sample]
    search_dates(sample[0], languages=["en"])  # its one-time set-up is not counted
    started = time.perf_counter()
    found = sum(len(search_dates(text, languages=["en"]) or []) for text in sample)
    theirs = time.perf_counter() - started
    their_rate = len(sample) / theirs

    print(f"{len(articles):,} fictional articles, {chars:,.0f} characters each on average")
    print(f"load {loaded / len(articles) * 1e3:.3f} ms/article, sentence split {split / len(articles) * 1e3:.3f} "
          f"ms/article (shared by all extractors)")
    print(f"extract_events: {ours:.2f} s, {our_rate:,.0f} articles/s, {ours / len(articles) * 1e3:.3f} ms/article, "
          f"{events / len(articles):.1f} events/article (best of 3 passes per chunk of 100; one plain pass: "
          f"{plain / len(articles) * 1e3:.3f} ms/article)")
    print(f"dateparser.search_dates: {their_rate:,.1f} articles/s on a sample of {len(sample):,} "
          f"({theirs / len(sample) * 1e3:,.0f} ms/article, {found / len(sample):.1f} dates/article); "
          f"{len(articles) / their_rate / 60:,.0f} min extrapolated for all {len(articles):,}")
    print(f"extract_places: {places_seconds:.2f} s, {places_rate:,.0f} articles/s, "
          f"{places_seconds / len(articles) * 1e3:.3f} ms/article, {mentions / len(articles):.1f} mentions/article")
    print(f"dates + places together: {both_rate:,.0f} articles/s, {both / len(articles) * 1e3:.3f} ms/article")
    print(f"ratio: extract_events is {our_rate / their_rate:,.0f}x faster than search_dates; "
          f"dates + places together {both_rate / their_rate:,.0f}x")
    print(f"one-time set-up (own import time of helpers.extract.timeline + helpers.dates): {import_cost() * 1e3:.0f} ms")


if __name__ == "__main__":
    main()
