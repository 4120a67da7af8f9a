"""Every chart at three corpus sizes, as PNGs to look at: the seed, the eval news, 10,000 articles.

    python benchmarks/chart_sizes.py [--out reports/charts] [--news ../shared/eval/news]
                                     [--size 10000] [--work DIR]

Writes ``OUT/seed/``, ``OUT/news/`` and ``OUT/10k/`` with ``python -m helpers charts``' files
(``helpers.views.charts.gallery``): the seed article (``seeds/``); the 68 real articles of the
eval news, when that folder is there (it is never copied into the repository); and ``--size``
fictional seed-sized articles from ``corpus_gen``, exported first (``python -m helpers
export``, as ``make report`` does) and charted from the export.  The generated corpus and its
export go to a temporary folder, or to ``--work`` to keep them (``bench_first_chart.py`` can
reuse them).  Each chart is meant to be looked at: issue 13 asks that every one reads at 1, 68
and 10,000 articles.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_gen import write_corpus  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from helpers.corpus import load_corpus  # noqa: E402
from helpers.views.charts.gallery import write_charts  # noqa: E402


def size_name(count: int) -> str:
    """ "10k" for 10,000, "1000" for 1,000: the folder name of a generated size."""
    return f"{count // 1000}k" if count >= 10_000 and count % 1000 == 0 else str(count)


def chart_folder(corpus: Path, out: Path) -> float:
    """Write every chart of the corpus (or export) at ``corpus`` into ``out``; the seconds taken."""
    started = time.perf_counter()
    written = write_charts(load_corpus(corpus), out)
    seconds = time.perf_counter() - started
    print(f"  {len(written)} charts into {out} in {seconds:.1f} s")
    return seconds


def generated_export(work: Path, size: int) -> Path:
    """``size`` generated articles under ``work/corpus`` and their export under ``work/tables``
    (both reused when a finished export of that many files is already there)."""
    from helpers.engines.dataset import read_manifest

    corpus, tables = work / f"corpus_{size}", work / f"tables_{size}"
    manifest = read_manifest(tables)
    if manifest is not None and manifest.get("files") == size and corpus.is_dir():
        print(f"  reusing {size:,} articles and their export in {work}")
        return tables
    started = time.perf_counter()
    write_corpus(corpus, size)
    print(f"  wrote {size:,} articles in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "helpers", "export", str(corpus), "--out", str(tables)], check=True, cwd=REPO)
    print(f"  exported them in {time.perf_counter() - started:.1f} s")
    return tables


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "reports" / "charts")
    parser.add_argument("--news", type=Path, default=REPO / ".." / "shared" / "eval" / "news",
                        help="the eval news folder (default ../shared/eval/news, as the Makefile's EVAL)")
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=None, help="keep the generated corpus and its export here")
    args = parser.parse_args()

    print("seed")
    chart_folder(REPO / "seeds", args.out / "seed")
    if args.news.is_dir():
        print(f"news ({args.news})")
        chart_folder(args.news, args.out / "news")
    else:
        print(f"news: {args.news} is not there; skipped")
    print(f"{args.size:,} generated articles")
    with tempfile.TemporaryDirectory() as scratch:
        work = args.work or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        chart_folder(generated_export(work, args.size), args.out / size_name(args.size))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
