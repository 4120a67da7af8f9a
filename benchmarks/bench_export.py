"""Speed and memory of the whole export, process start included, on each engine, against two yardsticks.

    python benchmarks/bench_export.py [--sizes 1000 10000 100000] [--engines local dask]
                                      [--repeat 1] [--workers N] [--dateparser-sample 100]

For each size N it writes N fictional seed-sized articles (``corpus_gen``) to a temporary
folder and times, each in a fresh process as a user would run it:

* the export: ``python -m helpers export DIR --out OUT --engine E`` (load + claims + sources +
  dates + places, every table written as a partitioned Parquet dataset);
* a bare read-and-regex-scan of the same files (the floor: reading bytes and one regex);
* ``dateparser.search_dates`` over the same texts (on a sample, scaled per article).

Memory and CPU are sampled over the export's whole process tree (``proctree``): the peak of
the summed resident memory (RSS) of every process at one instant -- the command, its fork
server or Dask nanny, and every worker -- and the CPU seconds (user + system) of them all.
The host's load average is printed with each run: the machine is shared, so wall-clock
seconds move with the other work on it while CPU seconds move much less.

It prints articles/s, the ratios the project targets (export >= 800 articles/s, >= 100x
search_dates, within 10x of the bare scan), peak memory (< 1 GiB, flat in N) and the cost
per article at each N (flat means linear).  The README records the figures from the
project's 2-core machine.
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
from corpus_gen import write_corpus  # noqa: E402
from proctree import run_sampled  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

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


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--engines", nargs="+", choices=["local", "dask"], default=["local", "dask"])
    parser.add_argument("--repeat", type=int, default=1, help="runs of each export (the table shows each)")
    parser.add_argument("--workers", type=int, default=None, help="passed to --workers (default: one per CPU)")
    parser.add_argument("--dateparser-sample", type=int, default=100, help="0 skips the dateparser yardstick")
    parser.add_argument("--scratch", default=None, help="folder for the corpora and exports (default: a temporary one)")
    args = parser.parse_args()
    python = sys.executable
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    rows = []
    with tempfile.TemporaryDirectory(dir=args.scratch) as scratch:
        print(f"{'N':>8} {'engine':>6} {'seconds':>8} {'art/s':>7} {'CPU s':>7} {'ms CPU/art':>10} "
              f"{'peak RSS MiB':>12} {'peak PSS MiB':>12} {'procs':>5}  load average (1, 5, 15 min) before")
        for size in sorted(args.sizes):
            folder = Path(scratch) / f"corpus_{size}"
            write_corpus(folder, size)
            scan = run_sampled([python, "-c", BARE_SCAN, str(folder)], env=env)
            for engine in args.engines:
                for _ in range(args.repeat):
                    out = Path(scratch) / f"out_{size}_{engine}"
                    command = [python, "-m", "helpers", "export", str(folder), "--out", str(out), "--quiet",
                               "--engine", engine]
                    if args.workers:
                        command += ["--workers", str(args.workers)]
                    before = load_average()
                    sample = run_sampled(command, env=env)
                    rows.append((size, engine, sample, scan))
                    print(f"{size:>8,} {engine:>6} {sample.seconds:>8.1f} {size / sample.seconds:>7,.0f} "
                          f"{sample.cpu_seconds:>7.1f} {sample.cpu_seconds / size * 1000:>10.2f} "
                          f"{sample.peak_rss / 2**20:>12,.0f} {sample.peak_pss / 2**20:>12,.0f} "
                          f"{sample.peak_processes:>5}  {before}", flush=True)
                    time.sleep(1)
            print(f"{size:>8,} bare read-and-regex scan: {scan.seconds:.2f} s ({size / scan.seconds:,.0f} articles/s)",
                  flush=True)
            if args.dateparser_sample and size == max(args.sizes):
                searched = subprocess.run([python, "-c", SEARCH_DATES, str(folder), str(args.dateparser_sample)],
                                          capture_output=True, text=True, check=True, env=env)
                search_rate = float(searched.stdout)
        print()
        for engine in args.engines:
            runs = [(size, sample, scan) for size, name, sample, scan in rows if name == engine]
            if not runs:
                continue
            size, sample, scan = max(runs, key=lambda run: (run[0], -run[1].seconds))
            rate = size / sample.seconds
            print(f"{engine}: whole export at N={size:,}: {rate:,.0f} articles/s (target >= 800), process start "
                  f"included; {sample.cpu_seconds / size * 1000:.2f} ms of CPU per article")
            print(f"{engine}: bare read-and-regex scan {size / scan.seconds:,.0f} articles/s; the export is "
                  f"{sample.seconds / scan.seconds:.1f}x slower (target within 10x)")
            if args.dateparser_sample:
                print(f"{engine}: dateparser.search_dates {search_rate:,.1f} articles/s; the export is "
                      f"{rate / search_rate:,.0f}x faster (target >= 100x)")
            peaks = ", ".join(f"{n:,}: {s.peak_rss / 2**20:,.0f}" for n, s, _ in runs)
            print(f"{engine}: peak RSS of the process tree by N (MiB): {peaks} (target < 1,024, flat)")
            costs = ", ".join(f"{n:,}: {s.seconds / n * 1000:.2f} ms" for n, s, _ in runs)
            print(f"{engine}: wall time per article by N: {costs} (flat = linear)")


if __name__ == "__main__":
    main()
