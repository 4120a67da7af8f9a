"""Time to first chart at 10,000 articles: a notebook's load cell reading the export, against
extracting the corpus again.

    python benchmarks/bench_first_chart.py [--size 10000] [--work DIR] [--repeat 1]

Generates ``--size`` fictional articles (``corpus_gen``) and exports them (``python -m helpers
export``), or reuses what ``chart_sizes.py --work DIR`` left in ``DIR``.  Then, each in a fresh
process as a notebook kernel starts, it times what 01_corpus does before its first chart is
on screen: import helpers, open the corpus, draw ``articles_over_time``:

* from the export: ``open_corpus(corpus, export)`` (the export is fresh, so its Parquet tables
  are read; nothing is extracted);
* again from the files: ``load_corpus(corpus)`` (every article loaded and every table built,
  in the one process, as a notebook does).

It prints the seconds from process start to the figure drawn, and, for the export, also the
time to every chart of the five notebooks (``helpers.views.charts.gallery``).  The machine is
shared: the seconds move with its load (printed beside them).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chart_sizes import generated_export  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

FIRST_CHART = r"""
import sys, time
started = time.perf_counter()
from helpers import charts, load_corpus, open_corpus
imported = time.perf_counter()
corpus = open_corpus(sys.argv[1], sys.argv[2]) if sys.argv[2] else load_corpus(sys.argv[1])
articles = corpus.articles
opened = time.perf_counter()
figure = charts.articles_over_time(articles)
figure.savefig(sys.argv[3], dpi=100)
drawn = time.perf_counter()
print(f"{imported - started:.2f} {opened - imported:.2f} {drawn - opened:.2f} {len(articles)}")
"""

EVERY_CHART = r"""
import sys, time
from helpers import open_corpus
from helpers.views.charts.gallery import write_charts
corpus = open_corpus(sys.argv[1], sys.argv[2])
print(len(write_charts(corpus, sys.argv[3])))
"""


def timed(script: str, *args: str) -> tuple[float, str]:
    """Wall seconds of a fresh ``python -c script args`` (process start included) and its output."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=REPO, check=True, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    return time.perf_counter() - started, done.stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=None, help="reuse or keep the generated corpus and export here")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = args.work or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        tables = generated_export(work, args.size)
        corpus = work / f"corpus_{args.size}"
        png = str(Path(scratch) / "first.png")
        for run in range(args.repeat):
            for name, export in (("from the export", str(tables)), ("extracting again", "")):
                seconds, out = timed(FIRST_CHART, str(corpus), export, png)
                imported, opened, drawn, articles = out.split()
                print(f"{name:>17}: first chart after {seconds:6.1f} s (imports {imported} s, open {opened} s, "
                      f"chart {drawn} s; {int(articles):,} articles; load average {os.getloadavg()[0]:.1f})")
            seconds, out = timed(EVERY_CHART, str(corpus), str(tables), str(Path(scratch) / "charts"))
            print(f"{'from the export':>17}: all {out} charts after {seconds:6.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
