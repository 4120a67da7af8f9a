"""Speed and memory of figure-claim extraction over 10,000 fictional seed-sized articles.

    python benchmarks/bench_claims.py [--articles 10000] [--repeat 3]

The articles come from ``corpus_gen`` (the seed's layout, ~3,000 characters, eight figures
each: ranges, rates, hedges, fronts, dates that must not be taken) and are parsed in memory
with ``parse_text``; their sentences are split before the clock starts, since the loader
owns that cost.  The benchmark then times, in this process:

* ``extract_claims`` over every article (best of ``--repeat`` runs, CPU time), and
* ``claims_table`` over every article (extraction plus the DataFrame), once;

and prints articles/s, microseconds per article, claims found, the import and set-up time
of ``helpers.extract.claims``, the peak memory traced while extracting (``tracemalloc``, on the
first 1,000 articles) and the process's peak resident memory.  Figures depend on the
machine; the README records those of the project's 2-core machine.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_gen import article_text  # noqa: E402



def setup_seconds() -> float:
    """Own import time of ``helpers.extract.claims`` (compiling its patterns), from ``python -X importtime``."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", "import helpers.extract.claims"],
                            capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent)
    for line in result.stderr.splitlines():
        fields = [field.strip() for field in line.split("|")]
        if len(fields) == 3 and fields[2].startswith("helpers.extract.claims"):
            return int(fields[0].split(":")[-1]) / 1e6
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    setup = setup_seconds()
    from helpers.load import parse_text
    from helpers.doc import make_doc
    from helpers.extract.claims import extract_claims
    from helpers.tables import claims_table

    rng = random.Random(2025)
    articles = [parse_text(article_text(index, rng), f"{index:05d}_generated.txt") for index in range(args.articles)]
    characters = sum(len(article.text) for article in articles)
    docs = [make_doc(article) for article in articles]  # split before timing: the loader's cost
    for doc in docs:  # the dates and places claims read are the other extractors' cost
        doc.get("events"), doc.get("places")

    best = float("inf")
    found = 0
    for _ in range(args.repeat):
        started = time.process_time()
        found = sum(len(extract_claims(doc)) for doc in docs)
        best = min(best, time.process_time() - started)
    started = time.process_time()
    table = claims_table(docs)
    table_seconds = time.process_time() - started

    tracemalloc.start()
    for doc in docs[:1000]:
        extract_claims(doc)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    resident = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

    count = len(articles)
    print(f"articles: {count:,} fictional seed-sized articles, {characters / count:,.0f} characters on average")
    print(f"helpers.extract.claims own import and set-up (patterns, word lists): {setup * 1000:.0f} ms")
    print(f"extract_claims: {count / best:,.0f} articles/s, {best / count * 1e6:,.0f} µs per article "
          f"(CPU, best of {args.repeat}); {found:,} claims, {found / count:.1f} per article")
    print(f"claims_table (with the DataFrame): {count / table_seconds:,.0f} articles/s, {len(table):,} rows")
    print(f"peak memory traced while extracting 1,000 articles: {traced_peak / 1e6:.1f} MB")
    print(f"peak resident memory of this process (articles held in memory): {resident / 1e6:,.0f} MB")


if __name__ == "__main__":
    main()
