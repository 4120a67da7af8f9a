"""Speed and memory of the whole export, process start included, against two yardsticks.

    python benchmarks/bench_export.py [--sizes 2500 5000 10000] [--dateparser-sample 100]

For each size N it writes N fictional seed-sized articles (``corpus_gen``) to a temporary
folder and times, each in a fresh process as a user would run it:

* the export: ``python -m helpers export DIR --out OUT`` (load + claims + sources + dates +
  places, every table written as CSV and Parquet);
* a bare read-and-regex-scan of the same files (the floor: reading bytes and one regex);
* ``dateparser.search_dates`` over the same texts (on a sample, scaled per article).

It prints articles/s, the ratios the project targets (export >= 800 articles/s, >= 100x
search_dates, within 20x of the bare scan), the export's peak resident memory, and the
cost per article at each N (flat means linear).  Wall-clock figures depend on the machine;
the README records the figures from the project's 2-core machine.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_gen import write_corpus  # noqa: E402

BARE_SCAN = r"""
import re, sys
from pathlib import Path
pattern = re.compile(r"\d[\d,.]*|[A-Z][a-z]+(?:\s[A-Z][a-z]+)*")
hits = 0
for path in sorted(Path(sys.argv[1]).iterdir()):
    hits += len(pattern.findall(path.read_bytes().decode("utf-8")))
print(hits)
"""

SEARCH_DATES = r"""
import sys, time
from pathlib import Path
from dateparser.search import search_dates
paths = sorted(Path(sys.argv[1]).iterdir())[: int(sys.argv[2])]
texts = [path.read_text(encoding="utf-8") for path in paths]
started = time.perf_counter()
found = sum(len(search_dates(text, languages=["en"]) or []) for text in texts)
print(len(texts) / (time.perf_counter() - started))
"""


def timed(command: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak resident memory of the child (bytes) and its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest child so far; run the biggest N last
    return seconds, max(peak_kib, before) * 1024, result.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2500, 5000, 10000])
    parser.add_argument("--dateparser-sample", type=int, default=100)
    args = parser.parse_args()
    python = sys.executable
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for size in sorted(args.sizes):
            folder = Path(scratch) / f"corpus_{size}"
            write_corpus(folder, size)
            out = Path(scratch) / f"out_{size}"
            export_s, peak, _ = timed([python, "-m", "helpers", "export", str(folder), "--out", str(out), "--quiet"])
            scan_s, _, _ = timed([python, "-c", BARE_SCAN, str(folder)])
            rows.append((size, export_s, scan_s, peak))
            print(f"N={size:>6,}: export {export_s:6.2f} s ({size / export_s:7,.0f} articles/s, "
                  f"{export_s / size * 1000:.3f} ms/article), bare scan {scan_s:5.2f} s, "
                  f"peak memory {peak / 2**20:,.0f} MiB", flush=True)
        _, _, search_rate = timed([python, "-c", SEARCH_DATES, str(folder), str(args.dateparser_sample)])
    size, export_s, scan_s, peak = rows[-1]
    rate = size / export_s
    search_rate = float(search_rate)
    print()
    print(f"whole export at N={size:,}: {rate:,.0f} articles/s (target >= 800), process start included")
    print(f"dateparser.search_dates: {search_rate:,.1f} articles/s (sample of {args.dateparser_sample}); "
          f"export is {rate / search_rate:,.0f}x faster (target >= 100x)")
    print(f"bare read-and-regex-scan: {size / scan_s:,.0f} articles/s; export is {export_s / scan_s:.1f}x slower "
          f"(target within 20x)")
    print(f"peak resident memory of the export: {peak / 2**20:,.0f} MiB (target < 1,024 MiB)")
    per_article = [export_s / n * 1000 for n, export_s, _, _ in rows]
    print("cost per article by N: " + ", ".join(f"{n:,}: {ms:.3f} ms" for (n, *_), ms in zip(rows, per_article)))


if __name__ == "__main__":
    main()
