"""Speed of source attribution over fictional seed-sized articles and the seed itself.

    python benchmarks/bench_sources.py [--articles 2000] [--repeat 3]

The articles come from ``corpus_gen`` (the seed's layout, ~3,000 characters, quotes with
speakers, appositions, pronouns) and are parsed in memory with ``parse_text``; their
sentences are split before the clock starts, since the loader owns that cost.  The
benchmark times, in this process and in CPU time (best of ``--repeat`` runs):

* ``find_cues`` alone (the rule layer, ``helpers.extract.attribution.en.cues``),
* ``extract_attributions`` (rules plus speakers, roles, chains, context), and
* ``extract_attributions`` plus ``sentence_voices`` (what the corpus tables need),

and prints microseconds per article for each, the same for the seed article, statements
found, and the own import time of ``helpers.extract.attribution.en.cues`` (compiling its patterns).
A CPU-bound reference loop is timed beside them, so that figures taken on a busy machine
can be compared.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_gen import article_text  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def setup_seconds(module: str) -> float:
    """Own import time of a module, from ``python -X importtime``."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                            capture_output=True, text=True, check=True, cwd=REPO)
    for line in result.stderr.splitlines():
        fields = [field.strip() for field in line.split("|")]
        if len(fields) == 3 and fields[2] == module:
            return int(fields[0].split(":")[-1]) / 1e6
    return float("nan")


def best_of(repeat: int, function) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        function()
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    setup = setup_seconds("helpers.extract.attribution")
    from helpers.load import load_file, parse_text
    from helpers.doc import make_doc
    from helpers.extract.attribution import article_cues, extract_attributions, sentence_voices

    rng = random.Random(2025)
    articles = [parse_text(article_text(index, rng), f"{index:05d}_generated.txt") for index in range(args.articles)]
    seed = load_file(REPO / "seeds" / "000_45a4a854ecae5629.txt", root=REPO / "seeds")[0]
    articles = [make_doc(article) for article in articles]  # split before timing: the loader's cost
    seed = make_doc(seed)

    def fresh(doc):
        doc.spans.clear()  # statements found by an earlier pass are not reused
        return doc

    def cues(group):
        return lambda: [article_cues(article) for article in group]

    def extract(group):
        return lambda: [extract_attributions(fresh(article)) for article in group]

    def voices(group):
        return lambda: [sentence_voices(fresh(article)) for article in group]

    seeds = [seed] * 200
    reference = best_of(args.repeat, lambda: [sum(range(10_000)) for _ in range(100)]) / 100
    print(f"helpers.extract.attribution import and set-up: {setup:.3f} s")
    print(f"reference loop sum(range(10000)): {reference * 1e6:,.0f} us (compare machines and loads with this)")
    print(f"{'':32}{'generated (us/article)':>24}{'seed (us/article)':>20}")
    for label, make in (("find_cues", cues), ("extract_attributions", extract), ("extract + sentence_voices", voices)):
        generated = best_of(args.repeat, make(articles)) / len(articles)
        single = best_of(args.repeat, make(seeds)) / len(seeds)
        print(f"{label:32}{generated * 1e6:24,.0f}{single * 1e6:20,.0f}")
    statements = sum(len(extract_attributions(fresh(article))) for article in articles)
    print(f"statements found: {statements:,} in {len(articles):,} articles "
          f"({sum(len(a.text) for a in articles) / len(articles):,.0f} characters each)")


if __name__ == "__main__":
    main()
