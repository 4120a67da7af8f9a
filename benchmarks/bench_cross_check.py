"""Speed, memory and recall of the cross-article check: ``helpers.groups.claim_groups`` on
generated claims tables with planted copies and echoes.

    python benchmarks/bench_cross_check.py [--sizes 10000 100000] [--seed 2025]

For each size N it builds, in a fresh process, the tables ``claim_groups`` reads (``claims``,
``events``, ``articles``, ``attributions`` and the ``links`` of ``article_links``) for N
fictional articles directly, no files and no extraction: about 100 articles a day from 200
fictional outlets (``The Sampleville Courier 17``), each with 3 to 8 figure claims of 13
units (troops, drones, tanks, square kilometres ...), a tenth of them rates, a twentieth
running totals "since the start of the war", half dated by a date of their sentence and
the rest by publication, a third scoped to one of 300 fictional directions, half spoken by
one of 2,000 fictional people and a quarter of those through one of 20 fictional wires.
Into about 1% of the articles each it plants:

* ``copy``: an earlier article republished by another outlet the same or the next day, the
  pair linked as ``duplicate``: each copied claim must share a group with its original,
  echo it (``echo_of``) and add no independent source;
* ``echo``: one claim of an earlier article repeated in another outlet's article 0-1 day
  later by the same speaker through the same wire, not linked: it must share its
  original's group and echo its article;
* ``conflict``: one claim of an earlier article given another value (doubled) by another
  speaker, same day, scope and side: it must share its original's group;
* ``update``: a running total of an earlier article given a higher value 0-1 day later:
  it must share its original's group.

The tables are generated in one process and kept as Parquet in a temporary folder; a second
process loads them and runs ``claim_groups``, so its peak resident memory
(``resource.getrusage``) is that of the loaded tables plus the grouping, without the
generator's.  It prints seconds (wall and CPU), that peak and the memory with only the
tables loaded, the groups and grouped claims, and recall per kind of plant.  Wall-clock
figures depend on the machine (2 cores, shared).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from helpers.groups import claim_groups  # noqa: E402
from helpers.links import LINK_COLUMNS  # noqa: E402

SYLLABLES = ["ba", "ko", "ri", "tal", "men", "su", "dor", "vi", "lan", "pe", "gri", "os", "un", "zel",
             "ka", "mi", "tor", "ve", "nas", "ul", "pra", "li", "has", "em", "bro", "ti", "sar", "no"]
FIRST_NAMES = ["Jane", "John", "Maria", "Petro", "Olena", "Ivan", "Anna", "Taras", "Oksana", "Mark"]
#: (unit as written, claim kind): every unit has a family in ``helpers.units``.
UNITS = [("troops", "casualties"), ("Russian soldiers", "casualties"), ("Ukrainian soldiers", "casualties"),
         ("drones", "attacks"), ("UAVs", "attacks"), ("missiles", "attacks"), ("attacks", "attacks"),
         ("tanks", "equipment"), ("artillery systems", "equipment"), ("civilians", "civilians"),
         ("people", "civilians"), ("square kilometers", "territory"), ("settlements", "territory")]
APPROX = ["about", "more than", "up to", "nearly", "at least"]
PLANTS = ("copy", "echo", "conflict", "update")
PLANT_SHARE = 0.01  # of N, for each kind
ARTICLES_PER_DAY = 100
START = date(2024, 1, 1)


def _name(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


class Corpus:
    """Rows of the five tables, built article by article."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.articles: list[dict] = []
        self.claims: list[dict] = []
        self.events: list[dict] = []
        self.attributions: list[dict] = []
        self.links: list[tuple] = []
        self.claims_of: dict[str, list[dict]] = {}
        self.people = [f"{rng.choice(FIRST_NAMES)} {_name(rng, 3)}" for _ in range(2000)]
        self.wires = [f"Example Wire {number}" for number in range(20)]
        self.outlets = [f"The Sampleville Courier {number}" for number in range(200)]
        self.places = [f"{_name(rng, 3)} direction" for _ in range(300)]

    def add_article(self, published: date, outlet: str) -> str:
        article_id = f"a{len(self.articles):07d}"
        self.articles.append({"article_id": article_id, "published": pd.Timestamp(published), "language": "en",
                              "outlet": outlet, "authors": [f"{self.rng.choice(FIRST_NAMES)} Example"]})
        self.claims_of[article_id] = []
        return article_id

    def add_claim(self, article_id: str, published: date, spec: dict) -> dict:
        """One claim (and its event and attribution rows) from a spec of its fields."""
        number = len(self.claims_of[article_id]) + 1
        claim_id = f"{article_id}/c{number:03d}"
        surface = f"{spec['low']:,.0f}" if spec["low"] == spec["high"] else f"{spec['low']:,.0f} to {spec['high']:,.0f}"
        sentence = f"Officials said {surface} {spec['unit']} were counted."
        start = number * 100
        attribution_id = ""
        if spec["speaker"] or spec["via"]:
            attribution_id = f"{article_id}/a{number:03d}"
            self.attributions.append({"attribution_id": attribution_id, "article_id": article_id,
                                      "speaker": spec["speaker"], "via": spec["via"]})
        if spec["day"] is not None:
            self.events.append({"event_id": f"{article_id}/e{number:03d}", "article_id": article_id,
                                "surface": spec["day"].strftime("%d %B"), "start": start - 20, "end": start - 10,
                                "date_start": pd.Timestamp(spec["day"]), "date_end": pd.Timestamp(spec["day"]),
                                "kind": "day-month", "claims": [claim_id]})
        row = {"claim_id": claim_id, "article_id": article_id, "sentence": sentence, "start": start,
               "end": start + len(surface), "sentence_start": start - sentence.index(surface), "surface": surface,
               "value_low": spec["low"], "value_high": spec["high"], "approx": spec["approx"], "unit": spec["unit"],
               "kind": spec["kind"], "period": spec["period"], "window": spec["window"], "scope": spec["scope"],
               "speaker": spec["speaker"], "attribution_id": attribution_id, "spec": spec}
        self.claims.append(row)
        self.claims_of[article_id].append(row)
        return row

    def random_spec(self, published: date) -> dict:
        rng = self.rng
        unit, kind = rng.choice(UNITS)
        period = "day" if rng.random() < 0.1 else ""
        running = not period and rng.random() < 0.05
        low = float(int(10 ** rng.uniform(0, 5)) + 1)
        high = low
        approx = ""
        if rng.random() < 0.1:
            high = float(int(low * rng.uniform(1.1, 1.5)) + 1)
        elif rng.random() < 0.15:
            approx = rng.choice(APPROX)
        speaker = rng.choice(self.people) if rng.random() < 0.5 else ""
        via = rng.choice(self.wires) if rng.random() < 0.25 else ""
        return {
            "unit": unit, "kind": kind, "period": period, "low": low, "high": high, "approx": approx,
            "window": "since the start of the war" if running else "",
            "day": None if running or rng.random() < 0.5 else published - timedelta(days=rng.randint(0, 2)),
            "scope": rng.choice(self.places) if rng.random() < 0.3 else "", "speaker": speaker, "via": via,
        }


def build(count: int, seed: int) -> tuple[Corpus, list[tuple[str, str, str]]]:
    """The tables of ``count`` articles and the planted (kind, original claim, planted claim)."""
    rng = random.Random(seed)
    corpus = Corpus(rng)
    planted: list[tuple[str, str, str]] = []
    plants = [kind for kind in PLANTS for _ in range(int(count * PLANT_SHARE))]
    plant_at = dict(zip(rng.sample(range(count // 10, count), len(plants)), plants))
    for number in range(count):
        published = START + timedelta(days=number // ARTICLES_PER_DAY)
        outlet = rng.choice(corpus.outlets)
        kind = plant_at.get(number)
        recent = [a["article_id"] for a in corpus.articles[-ARTICLES_PER_DAY:]]
        if kind == "copy":
            original = rng.choice(recent)
            article_id = corpus.add_article(published, outlet)
            for row in corpus.claims_of[original]:
                copy = corpus.add_claim(article_id, published, row["spec"])
                planted.append((kind, row["claim_id"], copy["claim_id"]))
            corpus.links.append((original, article_id, "duplicate", 5, 1.0, 1.0))
            continue
        article_id = corpus.add_article(published, outlet)
        for _ in range(rng.randint(3, 8)):
            corpus.add_claim(article_id, published, corpus.random_spec(published))
        if kind in ("echo", "conflict", "update"):
            candidates = [row for a in recent for row in corpus.claims_of[a]
                          if (kind == "update") == bool(row["spec"]["window"]) and row["spec"]["kind"] != "other"]
            if not candidates:
                continue
            row = rng.choice(candidates)
            spec = dict(row["spec"])
            if kind == "echo":
                spec["via"] = spec["via"] or rng.choice(corpus.wires)
                spec["speaker"] = spec["speaker"] or rng.choice(corpus.people)
                row["spec"]["via"], row["spec"]["speaker"] = spec["via"], spec["speaker"]
                _set_attribution(corpus, row, spec)
            elif kind == "conflict":
                if spec["day"] is None:
                    continue
                spec.update(low=spec["low"] * 2, high=spec["high"] * 2, approx="", speaker=rng.choice(corpus.people))
            else:
                spec.update(low=spec["high"] * 1.01 + 1, high=spec["high"] * 1.01 + 1, approx="")
            planted.append((kind, row["claim_id"], corpus.add_claim(article_id, published, spec)["claim_id"]))
    return corpus, planted


def _set_attribution(corpus: Corpus, row: dict, spec: dict) -> None:
    """Give an original claim the speaker and wire its echo repeats."""
    row["speaker"] = spec["speaker"]
    if not row["attribution_id"]:
        row["attribution_id"] = row["claim_id"].replace("/c", "/a")
        corpus.attributions.append({"attribution_id": row["attribution_id"], "article_id": row["article_id"],
                                    "speaker": spec["speaker"], "via": spec["via"]})
        return
    for attribution in reversed(corpus.attributions):
        if attribution["attribution_id"] == row["attribution_id"]:
            attribution.update(speaker=spec["speaker"], via=spec["via"])
            return


def generate(count: int, seed: int, folder: Path) -> None:
    corpus, planted = build(count, seed)
    pd.DataFrame(corpus.articles).to_parquet(folder / "articles.parquet")
    pd.DataFrame(corpus.claims).drop(columns="spec").to_parquet(folder / "claims.parquet")
    pd.DataFrame(corpus.events).to_parquet(folder / "events.parquet")
    pd.DataFrame(corpus.attributions).to_parquet(folder / "attributions.parquet")
    pd.DataFrame(corpus.links, columns=LINK_COLUMNS).to_parquet(folder / "links.parquet")
    (folder / "planted.json").write_text(json.dumps(planted))


def measure(folder: Path) -> dict:
    tables = {name: pd.read_parquet(folder / f"{name}.parquet")
              for name in ("claims", "events", "articles", "attributions", "links")}
    planted = [tuple(row) for row in json.loads((folder / "planted.json").read_text())]
    tables_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    wall, cpu = time.perf_counter(), _cpu_seconds()
    groups = claim_groups(tables["claims"], tables["events"], tables["articles"], tables["attributions"],
                          tables["links"])
    seconds, cpu_seconds = time.perf_counter() - wall, _cpu_seconds() - cpu
    group_of = dict(zip(groups["claim_id"], groups["group_id"]))
    echo_of = dict(zip(groups["claim_id"], groups["echo_of"]))
    recall: dict[str, list[int]] = {kind: [0, 0] for kind in PLANTS}
    for kind, original, copy in planted:
        recall[kind][1] += 1
        together = original in group_of and group_of.get(original) == group_of.get(copy)
        if kind in ("copy", "echo"):
            together = together and echo_of.get(copy) == original.split("/")[0]
        recall[kind][0] += together
    return {
        "articles": len(tables["articles"]), "claims": len(tables["claims"]), "seconds": round(seconds, 2),
        "cpu_s": round(cpu_seconds, 2), "tables_mib": tables_mib,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "groups": int(groups["group_id"].nunique()), "grouped_claims": len(groups), "recall": recall,
    }


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--generate", nargs=2, help=argparse.SUPPRESS)  # child: COUNT FOLDER
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # child: FOLDER
    options = parser.parse_args()
    if options.generate:
        generate(int(options.generate[0]), options.seed, Path(options.generate[1]))
        return
    if options.measure:
        print(json.dumps(measure(Path(options.measure))))
        return
    for size in options.sizes:
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run([sys.executable, __file__, "--generate", str(size), folder, "--seed", str(options.seed)],
                           check=True)
            child = subprocess.run([sys.executable, __file__, "--measure", folder], capture_output=True, text=True,
                                   check=True)
        result = json.loads(child.stdout)
        recall = ", ".join(f"{kind} {hit}/{total}" for kind, (hit, total) in result["recall"].items())
        print(f"{result['articles']:>7,} articles ({result['claims']:,} claims): claim_groups {result['seconds']} s "
              f"({result['seconds'] / result['claims'] * 1e6:.0f} us/claim, {result['cpu_s']} s CPU); "
              f"peak {result['peak_mib']:,} MiB ({result['tables_mib']:,} MiB with the tables loaded)")
        print(f"         {result['groups']:,} groups of {result['grouped_claims']:,} claims; recall: {recall}")


if __name__ == "__main__":
    main()
