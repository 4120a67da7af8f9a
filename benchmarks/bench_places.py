"""Speed of the places extractor: gazetteer build in a cold process, then mentions per second.

    python benchmarks/bench_places.py [--articles 10000] [--cold-runs 5]

1. Gazetteer set-up: ``load_gazetteer()`` timed in ``--cold-runs`` fresh processes (the
   GeoNames slice, the index and the bundled extra file; imports timed separately).
2. Extraction: ``--articles`` fictional seed-sized articles (``corpus_gen``) are parsed and
   split into sentences first (that work is shared by every extractor and not counted
   here), then ``extract_places`` runs over all of them; the per-article time is the figure
   the project budgets (well under 0.25 ms on the 2-core machine).

Wall-clock figures depend on the machine and its load: the best of ``--repeats`` passes is
reported, next to a pure-Python yardstick (``sum(range(10**6))``) that shows how fast the
machine was at the time.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_gen import article_text  # noqa: E402

COLD = (
    "import time; t0 = time.perf_counter(); import helpers.extract.places as p; t1 = time.perf_counter(); "
    "g = p.load_gazetteer(); t2 = time.perf_counter(); "
    "print(f'{t1 - t0:.4f} {t2 - t1:.4f} {len(g.entries)}')"
)


def cold_builds(runs: int) -> list[tuple[float, float, int]]:
    results = []
    for _ in range(runs):
        output = subprocess.run([sys.executable, "-c", COLD], check=True, capture_output=True, text=True).stdout
        imported, built, entries = output.split()
        results.append((float(imported), float(built), int(entries)))
    return results


def yardstick() -> float:
    start = time.perf_counter()
    sum(range(10**6))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3)
    options = parser.parse_args()

    builds = cold_builds(options.cold_runs)
    print(f"gazetteer: {builds[0][2]:,} entries; cold build median {statistics.median(b[1] for b in builds):.3f} s "
          f"(min {min(b[1] for b in builds):.3f} s) over {len(builds)} processes; "
          f"import of helpers.extract.places median {statistics.median(b[0] for b in builds):.3f} s")

    from helpers.load import parse_text
    from helpers.doc import make_doc
    from helpers.extract.places import extract_places, load_gazetteer

    rng = random.Random(2025)
    articles = [parse_text(article_text(i, rng), f"{i:05d}_generated.txt") for i in range(options.articles)]
    articles = [make_doc(article) for article in articles]  # sentences: shared, split before the clock starts
    chars = sum(len(article.text) for article in articles) / len(articles)
    gazetteer = load_gazetteer()
    passes, cpu, rows = [], [], 0
    for _ in range(options.repeats):
        gazetteer.run_cache.clear()  # each pass starts as a fresh process would
        start, start_cpu = time.perf_counter(), time.process_time()
        rows = sum(len(extract_places(article, gazetteer=gazetteer)) for article in articles)
        passes.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    best = min(passes)
    print(f"extraction: {len(articles):,} articles of {chars:,.0f} chars on average, {rows:,} place rows; "
          f"best of {len(passes)}: {best:.2f} s = {len(articles) / best:,.0f} articles/s = "
          f"{best / len(articles) * 1000:.3f} ms per article (passes: {', '.join(f'{p:.2f}' for p in passes)} s; "
          f"CPU best {min(cpu) / len(articles) * 1000:.3f} ms per article)")
    print(f"machine yardstick: sum(range(10**6)) best {min(yardstick() for _ in range(5)) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
