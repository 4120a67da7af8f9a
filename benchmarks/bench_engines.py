"""Where an export's time goes: the stages of each pass, and the local engine's start method.

    python benchmarks/bench_engines.py [--size 10000] [--workers 2] [--start-methods forkserver spawn]
                                       [--profile-batch]

For each start method of the local engine's process pool (``forkserver``, the default, with
the helpers preloaded; ``spawn``; ``fork`` is left out: forking a process that holds
pyarrow's threads can hang), it runs the export of N generated articles in a fresh process and
prints the wall seconds of each stage -- imports, pass 1 (load, extract, stage), the
corpus-wide fold and plan, pass 2 (join, write), the schemas, speakers, load report and
manifest -- with the whole process tree's CPU seconds and peak memory (``proctree``).

``--profile-batch`` also profiles one batch of 500 articles in this process (cProfile): the
extractors' share against the export's own overhead (frames, staging, Parquet).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_gen import write_corpus  # noqa: E402
from proctree import run_sampled  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

STAGED_RUN = r"""
import sys, time
started = time.perf_counter()
stages = []
def mark(name):
    global started
    now = time.perf_counter()
    stages.append((name, now - started))
    started = now
from helpers.engines.local import start_worker_server
if sys.argv[3] == "forkserver":
    start_worker_server()
from pathlib import Path
from helpers.engines.local import LocalEngine
from helpers.export import write_export
from helpers.engines.plan import corpus_entries
mark("imports")
files, stems = corpus_entries(sys.argv[1])

class Timed(LocalEngine):
    def extract(self, *args, **kwargs):
        mark("start, list files")
        result = super().extract(*args, **kwargs)
        mark("pass 1: load, extract, stage")
        return result
    def finish(self, *args, **kwargs):
        mark("fold names, plan parts")
        result = super().finish(*args, **kwargs)
        mark("pass 2: fold, join, write")
        return result
    def rewrite(self, tasks):
        super().rewrite(tasks)
        mark(f"schemas ({len(tasks)} parts rewritten)")

with Timed(int(sys.argv[4]), start_method=sys.argv[3]) as engine:
    exported = write_export(files, Path(sys.argv[2]), engine, corpus=[sys.argv[1]], stems=stems)
mark("speakers, load report, manifest, stop workers")
for name, seconds in stages:
    print(f"{name:<48} {seconds:7.2f} s")
"""


def profile_batch(folder: Path, scratch: Path) -> None:
    import cProfile
    import pstats

    sys.path.insert(0, str(REPO))
    from helpers.engines.steps import ExtractJob, JoinJob, extract_batch, join_task, use_places_extra
    from helpers.engines.plan import tasks
    from helpers.engines.plan import corpus_entries
    from helpers.tables import fold_mapping

    files = corpus_entries(folder)[0][:500]
    use_places_extra(None)
    profiler = cProfile.Profile()
    profiler.enable()
    extracted = extract_batch(ExtractJob(0, files, str(scratch / "profiled"), 5_000_000, None))
    mapping = fold_mapping(extracted.names)
    for task in tasks([extracted.months], limit=10_000):
        join_task(JoinJob([(part.month, part.number, [(0, list(extracted.months).index(part.month))])
                           for part in task.parts], str(scratch / "profiled")), mapping)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt
    print(f"\none batch of {len(files)} articles, profiled: {total:.2f} s")
    shares = {
        "extractors (helpers.extract.run)": "helpers/extract/__init__.py:61(run)",
        "loading (load_files)": "(load_files)",
        "sentences (make_doc)": "(make_doc)",
        "pass 1 frames (article_frames)": "(article_frames)",
        "staging (_stage)": "(_stage)",
        "pass 2 (join_task)": "(join_task)",
        "Parquet writing (write_table)": "(write_table)",
    }
    for label, key in shares.items():
        seconds = sum(values[3] for function, values in stats.stats.items()
                      if f"{function[0]}:{function[1]}({function[2]})".endswith(key.strip("(")) or
                      key == f"({function[2]})")
        print(f"  {label:<40} {seconds:6.2f} s  {seconds / total:5.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--start-methods", nargs="+", default=["forkserver", "spawn"], choices=["forkserver", "spawn"])
    parser.add_argument("--profile-batch", action="store_true")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "corpus"
        write_corpus(folder, args.size)
        for method in args.start_methods:
            load = " ".join(f"{value:.2f}" for value in os.getloadavg())
            sample = run_sampled([sys.executable, "-c", STAGED_RUN, str(folder), str(Path(scratch) / f"out_{method}"),
                                  method, str(args.workers)], env=env)
            print(f"\n{method}, N={args.size:,}, {args.workers} workers (load average before: {load}): "
                  f"{sample.seconds:.1f} s wall, {sample.cpu_seconds:.1f} CPU s, peak RSS {sample.peak_rss / 2**20:,.0f} MiB")
            print(sample.stdout, end="")
        if args.profile_batch:
            profile_batch(folder, Path(scratch))


if __name__ == "__main__":
    main()
