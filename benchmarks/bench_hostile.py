"""Cost of the whole export on hostile files: does any extractor grow faster than the input?

    python benchmarks/bench_hostile.py [--base-kb 64] [--scales 1 2 4] [--cases dates said ...]
    python benchmarks/bench_hostile.py --cap              # also each case at the 5 MB cap
    python benchmarks/bench_hostile.py --profile dates [--scale 4]

Each case is one pathological file (issue 12, section 5): a sentence that repeats a date, a
cue or a figure thousands of times, relative dates that no earlier date anchors, long runs of
Capitalised Words (which feed the place and name finders), thousands of distinct names with
cues and pronouns (and in title case, where a name's first word is dropped unless the body
writes it), unbalanced quotation marks and brackets, digit runs and list numbers, clauses of
figures with rates and fronts, a very long sentence with no full stop, many short lines and
sentences, and JSON nested far deeper than any record.  Each is written at
1x, 2x and 4x of ``--base-kb`` and exported, as a user would run it, in a fresh process
(``python -m helpers export FILE --out TMP --quiet``).

It prints the seconds per size and the growth factor per doubling.  A linear cost doubles
(growth 2.0); a quadratic one quadruples.  The process start (about a second: imports and the
gazetteer) is timed once on a one-line file and reported apart; the growth is computed on the
seconds net of it, when the smaller size takes long enough to measure (0.5 s net).  The
project's target: growth of 2.2 or less per doubling, and no file under the cap over 10 s.

``--profile CASE`` runs one case under cProfile instead and prints the functions that take
the time, so that a super-linear rule can be named.
"""

from __future__ import annotations

import argparse
import itertools
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

CAP_BYTES = 5 * 1024 * 1024  # helpers.load.DEFAULT_MAX_BYTES
TARGET_GROWTH = 2.2
TARGET_SECONDS = 10.0
#: Net seconds below which a growth factor is noise (the process start varies by ~0.1 s).
MEASURABLE_SECONDS = 0.5
TITLE = "Hostile input for the export\n\n"
#: The repository whose ``helpers`` the export runs (this script's), whatever the caller's folder.
ROOT = Path(__file__).resolve().parent.parent
#: Seconds after which an export is stopped and reported as over.
TIMEOUT = 600


def _repeated(unit: str) -> Callable[[int], str]:
    """One paragraph: ``unit`` repeated to ``size`` characters, with no sentence end."""
    def body(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size].rstrip() + "\n"
    return body


def _cycled(words: list[str], separator: str = " ") -> Callable[[int], str]:
    """One paragraph of ``words`` in turn, to ``size`` characters."""
    def body(size: int) -> str:
        parts, length = [], 0
        for word in itertools.cycle(words):
            if length >= size:
                break
            parts.append(word)
            length += len(word) + len(separator)
        return separator.join(parts) + "\n"
    return body


def _counting(separator: str) -> Callable[[int], str]:
    """Digit runs: "1 2 3 ..." or "1,000,000,000,...", one paragraph."""
    def body(size: int) -> str:
        if separator == ",":
            return ("1" + ",000" * (size // 4))[:size] + "\n"
        parts, length = [], 0
        for number in itertools.count(1):
            if length >= size:
                break
            parts.append(str(number))
            length += len(parts[-1]) + 1
        return " ".join(parts) + "\n"
    return body


def _numbered(template: str) -> Callable[[int], str]:
    """One paragraph of ``template`` filled with 1, 2, 3 ...: no two pieces of it alike, so
    that no per-sentence cache hides the cost."""
    def body(size: int) -> str:
        parts, length = [], 0
        for number in itertools.count(1):
            if length >= size:
                break
            parts.append(template.format(number))
            length += len(parts[-1])
        return "".join(parts) + "\n"
    return body


def _lines(line: str) -> Callable[[int], str]:
    """Many short lines, each its own block."""
    def body(size: int) -> str:
        return line * (size // len(line) + 1)
    return body


def _names(size: int) -> str:
    """Distinct full names, each with a cue: "Jane Abab said, John Abac said, ..." (every
    surname new, so that the speaker registry grows with the text)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    parts, length = [], 0
    for index in itertools.count():
        if length >= size:
            break
        surname = "".join(letters[(index // 26 ** power) % 26] for power in range(4))
        parts.append(f"{('Jane', 'John')[index % 2]} {surname.capitalize()} said,")
        length += len(parts[-1]) + 1
    return " ".join(parts) + "\n"


def _nested_json(size: int) -> str:
    """A JSON list nested ``size // 2`` deep: far past Python's recursion limit."""
    depth = size // 2
    return "[" * depth + "]" * depth + "\n"


CAPITALISED = ["Jane", "Example", "Sampleville", "Oblast", "Commander", "John", "Sample", "Brigade",
               "Front", "Pokrovsk", "Kramatorsk", "Spokesperson", "General", "Staff", "Courier"]
PLACES = ["Pokrovsk", "Myrnohrad", "Kostiantynivka", "Toretsk", "Chasiv", "Yar", "Kupiansk", "Lyman",
          "Kramatorsk", "Sloviansk", "Vuhledar", "Huliaipole", "Orikhiv", "Siversk", "Bakhmut"]

#: name -> (file suffix, body of ``size`` characters).  The text cases are one plain-text
#: article: a title line, then the hostile body.
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "dates": (".txt", _repeated("On 3 January 2025 ")),
    "anchored": (".txt", _repeated("In 2024, the next day, ")),  # relative dates no earlier date anchors
    "said": (".txt", _repeated("said ")),
    "he_said": (".txt", _repeated("He said, ")),
    "according": (".txt", _repeated("according to Jane Example ")),
    "capitalised": (".txt", _cycled(CAPITALISED)),
    "places": (".txt", _cycled(PLACES)),
    "names": (".txt", _names),
    "names_pronouns": (".txt", lambda size: _names(size).replace(" said,", " said it held, she said.")),
    "headline_names": (".txt", lambda size: _names(size).replace("Jane ", "Resilient ").replace("John ", "Brave ")),
    "quotes": (".txt", _repeated("\u201cwe hold ")),
    "straight_quotes": (".txt", _repeated('"we hold ')),
    "brackets": (".txt", _repeated("(the 99th ")),
    "digits": (".txt", _counting(" ")),
    "thousands": (".txt", _counting(",")),
    "figures": (".txt", _repeated("300 to 400 soldiers ")),
    "clauses": (".txt", _numbered("{} attacks; ")),  # a clause break after every figure
    "rates": (".txt", _numbered("{} attacks a day near Sampleville, ")),  # a rate and a place per figure
    "fronts": (".txt", _numbered("{} attacks on the Pokrovsk front, ")),
    "list_numbers": (".txt", _repeated(" ".join(f"{n})" for n in range(1, 1000)) + ". ")),  # sentences under the cut
    "no_stops": (".txt", _repeated("the defenders held the line near the town and ")),
    "short_lines": (".txt", _lines("Jane Example said 300 on 3 January near Pokrovsk.\n")),
    "short_sentences": (".txt", lambda size: "\xa0" + _repeated("It held. ")(size - 1)),  # one no-break space
    "json_nested": (".json", _nested_json),
}


def write_case(folder: Path, name: str, size: int) -> Path:
    suffix, body = CASES[name]
    path = folder / f"{name}_{size}{suffix}"
    text = body(size) if suffix == ".json" else TITLE + body(size)
    data = text.encode("utf-8")
    if len(data) > size:  # a case of several-byte characters or grown words: cut to the bytes asked
        data = data[:size].decode("utf-8", "ignore").encode("utf-8")
    path.write_bytes(data)
    return path


def export_seconds(path: Path, out: Path) -> float:
    """Wall seconds of the export of one file in a fresh process."""
    started = time.perf_counter()
    try:
        subprocess.run([sys.executable, "-m", "helpers", "export", str(path), "--out", str(out), "--quiet"],
                       check=True, capture_output=True, cwd=ROOT, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return float("inf")
    return time.perf_counter() - started


def load_errors(out: Path) -> list[str]:
    """The load report's error reasons (to show how the nested JSON is reported)."""
    import pandas as pd

    report = pd.read_parquet(out / "load_report.parquet")
    errors = report[report["severity"] == "error"]
    return [f"line {'-' if pd.isna(line) else int(line)}: {reason}"
            for line, reason in errors[["line", "reason"]].itertuples(index=False)]


def growth(smaller: float, larger: float, start: float) -> str:
    net_small, net_large = smaller - start, larger - start
    if float("inf") in (smaller, larger):
        return "   inf"
    if net_small < MEASURABLE_SECONDS:
        return "  fast"
    return f"{net_large / net_small:6.2f}"


def run_table(cases: list[str], base: int, scales: list[int], cap: bool) -> int:
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        tiny = folder / "tiny.txt"
        tiny.write_text(TITLE + "Jane Example said 300 soldiers were near Sampleville.\n", encoding="utf-8")
        start = min(export_seconds(tiny, folder / "out_tiny") for _ in range(2))
        sizes = [base * scale for scale in scales] + ([CAP_BYTES - 4096] if cap else [])
        print(f"process start (one-line file): {start:.2f} s; growth is net of it")
        header = "".join(f"{size // 1024:>8,} KB" for size in sizes)
        print(f"{'case':<16}{header}   growth per doubling")
        for name in cases:
            seconds = []
            for size in sizes:
                path = write_case(folder, name, size)
                out = folder / f"out_{name}_{size}"
                seconds.append(export_seconds(path, out))
                path.unlink()
            growths = [growth(seconds[i], seconds[i + 1], start) for i in range(len(scales) - 1)]
            ok = all(g.strip() == "fast" or float(g) <= TARGET_GROWTH for g in growths)  # "inf" > 2.2
            ok = ok and max(seconds) <= TARGET_SECONDS
            failures += not ok
            cells = "".join(f"{value:11.2f}" for value in seconds)
            print(f"{name:<16}{cells}   {' '.join(growths)}  {'ok' if ok else 'OVER TARGET'}", flush=True)
            if CASES[name][0] == ".json":
                for reason in load_errors(folder / f"out_{name}_{sizes[0]}")[:1]:  # the 1x file's report
                    print(f"{'':<16}reported as: {reason}")
    print(f"{failures} case(s) over target (growth > {TARGET_GROWTH} or a file over {TARGET_SECONDS:.0f} s)")
    return failures


def profile(name: str, size: int, top: int) -> None:
    """Export one case under cProfile and print the functions that take the time."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        path = write_case(folder, name, size)
        stats_file = folder / "profile.out"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "cProfile", "-o", str(stats_file), "-m", "helpers", "export",
                        str(path), "--out", str(folder / "out"), "--quiet", "--workers", "1"], check=True, cwd=ROOT)
        print(f"{name} at {size // 1024:,} KB: {time.perf_counter() - started:.2f} s under cProfile")
        stats = pstats.Stats(str(stats_file))
        stats.sort_stats("tottime").print_stats(top)
        stats.sort_stats("cumulative").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-kb", type=int, default=64, help="size of the 1x file (default 64 KB)")
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--cases", nargs="+", choices=sorted(CASES), default=list(CASES))
    parser.add_argument("--cap", action="store_true", help="also run each case at the 5 MB cap")
    parser.add_argument("--profile", choices=sorted(CASES), help="profile one case instead")
    parser.add_argument("--scale", type=int, default=4, help="with --profile: the size, in multiples of 1x")
    parser.add_argument("--top", type=int, default=25, help="with --profile: functions to list")
    args = parser.parse_args()
    base = args.base_kb * 1024
    if args.profile:
        profile(args.profile, base * args.scale, args.top)
        return
    raise SystemExit(1 if run_table(args.cases, base, sorted(args.scales), args.cap) else 0)


if __name__ == "__main__":
    main()
