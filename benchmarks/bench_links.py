"""Speed, memory and recall of ``helpers.links.article_links`` on fictional corpora with
planted copies.

    python benchmarks/bench_links.py [--sizes 10000 100000] [--seed 2025]

For each size N it builds, in a fresh process, the ``blocks`` and ``articles`` tables of N
fictional articles directly (no files): prose made of invented words, spread over fictional
sites (``sampleville-courier-17.example``) whose every page carries the site's footer, donation
appeal, "related" headlines and a Markdown link list, plus one cookie notice on every site.
Into about 1% of the articles each it plants:

* ``resaved``: the same page saved twice (``www.`` and bare address): a ``duplicate``;
* ``syndicated``: the body republished on another site, with that site's furniture: ``duplicate``;
* ``edited``: a syndicated copy with the last word of every sentence changed, so that no
  sentence is shared exactly and only MinHash LSH can find it: ``duplicate``;
* ``shortened``: the first third of the body on another site: ``contains`` (the original
  holds it);
* ``wire``: one paragraph of an article pasted into an unrelated article of another site:
  ``shares_passages``.

The tables are generated in one process and kept as Parquet in a temporary folder; a second
process loads them and runs the links, so its peak resident memory (``resource.getrusage``)
is that of a loaded corpus plus the links, without the generator's.  It prints seconds
(fingerprints, corpus-wide links), that peak and the memory with only the tables loaded,
recall per kind of plant (found with the expected relation) and false links (pairs not
planted).  Wall-clock figures depend on the machine (2 cores, shared).
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
from itertools import accumulate
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from helpers.links import LINK_COLUMNS, article_pages, find_links, fingerprints  # noqa: E402

SYLLABLES = ["ba", "ko", "ri", "tal", "men", "su", "dor", "vi", "lan", "pe", "gri", "os", "un", "zel",
             "ka", "mi", "tor", "ve", "nas", "ul", "pra", "li", "has", "em", "bro", "ti", "sar", "no"]
FUNCTION_WORDS = ["the", "of", "and", "to", "in", "a", "that", "on", "for", "with", "said", "was", "by",
                  "from", "at", "as", "near", "after", "were", "has"]
KINDS = ("resaved", "syndicated", "edited", "shortened", "wire")
EXPECTED = {"resaved": "duplicate", "syndicated": "duplicate", "edited": "duplicate",
            "shortened": "contains", "wire": "shares_passages"}
PLANT_SHARE = 0.01  # of N, for each kind


class Generator:
    """Fictional prose: invented words drawn with Zipf-like frequencies, function words between."""

    def __init__(self, rng: random.Random, vocabulary: int = 20000):
        self.rng = rng
        words = set()
        while len(words) < vocabulary:
            words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
        self.words = sorted(words)
        self.cumulative = list(accumulate(1 / (rank + 1) ** 0.8 for rank in range(len(self.words))))

    def sentence(self) -> str:
        count = self.rng.randint(12, 28)
        content = self.rng.choices(self.words, cum_weights=self.cumulative, k=count)
        for position in range(1, count, 3):
            content[position] = self.rng.choice(FUNCTION_WORDS)
        return " ".join(content).capitalize() + "."

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(1, 4)))

    def headline(self) -> str:
        return " ".join(word.capitalize() for word in self.rng.choices(self.words, cum_weights=self.cumulative, k=8))


def make_site(number: int, generator: Generator) -> dict:
    host = f"sampleville-courier-{number}.example"
    return {
        "host": host,
        "outlet": f"The Sampleville Courier {number}",
        "footer": [generator.paragraph() for _ in range(2)],
        "appeal": f"Your support keeps the Sampleville Courier {number} reporting from the front line.",
        "related": [generator.headline() for _ in range(6)],
        "nav": [f"- [{word.capitalize()}](https://{host}/{word})" for word in generator.rng.sample(generator.words, 8)],
    }


COOKIE = "We use cookies to give you the best experience on our website, as our cookie policy explains."


def page_paragraphs(site: dict, body: list[str], rng: random.Random) -> list[str]:
    """The paragraphs as a scraper saves them: link list, body, appeal, related, footer."""
    related = rng.sample(site["related"], 3)
    return [*site["nav"], *body, site["appeal"], *related, *site["footer"], COOKIE]


def build(count: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame, set[tuple[str, str, str]]]:
    """Blocks and articles tables of ``count`` articles, and the planted pairs (kind, a, b)."""
    rng = random.Random(seed)
    generator = Generator(rng)
    sites = [make_site(number, generator) for number in range(max(20, count // 50))]
    plants_per_kind = max(1, int(count * PLANT_SHARE))
    originals = count - plants_per_kind * (len(KINDS) - 1)  # wire plants edit an original in place
    records: list[dict] = []  # one per article: id, site, path, body paragraphs
    for number in range(originals):
        site = rng.randrange(len(sites))
        records.append({"id": f"a{number:07d}", "site": site, "path": f"news/{number}",
                        "title": generator.headline(), "body": [generator.paragraph() for _ in range(rng.randint(8, 14))]})
    sources = rng.sample(range(originals), plants_per_kind * len(KINDS) * 2)
    planted: set[tuple[str, str, str]] = set()

    def other_site(site: int) -> int:
        return (site + 1 + rng.randrange(len(sites) - 1)) % len(sites)

    for kind_number, kind in enumerate(KINDS):
        for plant in range(plants_per_kind):
            source = records[sources[2 * (kind_number * plants_per_kind + plant)]]
            copy_id = f"{kind[:3]}{plant:07d}"
            if kind == "resaved":
                records.append({**source, "id": copy_id, "www": True})
            elif kind in ("syndicated", "edited", "shortened"):
                body = source["body"]
                if kind == "edited":
                    body = [" ".join(_edited(sentence, generator) for sentence in _sentences(paragraph)) for paragraph in body]
                if kind == "shortened":
                    body = body[: max(3, len(body) // 3)]
                records.append({"id": copy_id, "site": other_site(source["site"]), "path": f"copy/{copy_id}",
                                "title": source["title"], "body": body})
            else:  # wire: a paragraph of two or more sentences pasted into an unrelated article
                target = records[sources[2 * (kind_number * plants_per_kind + plant) + 1]]
                if target["site"] == source["site"]:
                    target["site"] = other_site(source["site"])
                passage = " ".join(generator.sentence() for _ in range(2))
                source["body"] = [*source["body"][:2], passage, *source["body"][2:]]
                target["body"] = [*target["body"][:4], passage, *target["body"][4:]]
                copy_id = target["id"]
            planted.add((kind, source["id"], copy_id))
    block_rows, article_rows = [], []
    for record in records:
        site = sites[record["site"]]
        host = ("www." if record.get("www") else "") + site["host"]
        article_rows.append({"article_id": record["id"], "url": f"https://{host}/{record['path']}",
                             "outlet": site["outlet"], "title": record["title"], "language": "en"})
        offset = 0
        block_rows.append((record["id"], "title", None, 1, 0, len(record["title"]), record["title"]))
        offset = len(record["title"]) + 2
        for number, text in enumerate(page_paragraphs(site, record["body"], rng), start=1):
            block_rows.append((record["id"], "paragraph", number, number + 2, offset, offset + len(text), text))
            offset += len(text) + 2
    blocks = pd.DataFrame(block_rows, columns=["article_id", "kind", "paragraph", "line", "start", "end", "text"])
    return blocks, pd.DataFrame(article_rows), planted


def _sentences(paragraph: str) -> list[str]:
    return [part if part.endswith(".") else part + "." for part in paragraph.split(". ")]


def _edited(sentence: str, generator: Generator) -> str:
    """The sentence with its last word replaced: "... near Sampleville." -> "... near Testfield."."""
    words = sentence.rstrip(".").split()
    words[-1] = generator.rng.choice(generator.words)
    return " ".join(words) + "."


def generate(count: int, seed: int, folder: Path) -> None:
    """Build the tables and keep them as Parquet, so that the measuring process holds only
    what a loaded corpus holds (the generator's own memory is not counted)."""
    blocks, articles, planted = build(count, seed)
    blocks.to_parquet(folder / "blocks.parquet")
    articles.to_parquet(folder / "articles.parquet")
    (folder / "planted.json").write_text(json.dumps(sorted(planted)))


def measure(folder: Path) -> dict:
    """Run the links on the tables in ``folder``: seconds, peak memory, recall, false links."""
    blocks = pd.read_parquet(folder / "blocks.parquet")
    articles = pd.read_parquet(folder / "articles.parquet")
    planted = [tuple(row) for row in json.loads((folder / "planted.json").read_text())]
    tables_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    prints = fingerprints(blocks)
    fingerprinted = time.perf_counter() - started
    started = time.perf_counter()
    links = find_links(prints, article_pages(articles))
    linked = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu_before
    assert list(links.columns) == LINK_COLUMNS
    found = {frozenset((row.article_id, row.other_article_id)): row.relation for row in links.itertuples()}
    recall = {}
    for kind in KINDS:
        pairs = [frozenset((first, second)) for planted_kind, first, second in planted if planted_kind == kind]
        recall[kind] = (sum(found.get(pair) == EXPECTED[kind] for pair in pairs), len(pairs))
    planted_pairs = {frozenset((first, second)) for _, first, second in planted}
    return {
        "articles": int(articles.shape[0]), "blocks": int(blocks.shape[0]),
        "fingerprints_s": round(fingerprinted, 1), "links_s": round(linked, 1), "cpu_s": round(cpu, 1), "tables_mib": tables_mib,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "links": len(links), "recall": recall, "false_links": sum(pair not in planted_pairs for pair in found),
    }


def _cpu_seconds() -> float:
    """User and system CPU time of this process: steadier than wall time on a shared machine."""
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
        seconds = result["fingerprints_s"] + result["links_s"]
        recall = ", ".join(f"{kind} {hit}/{total}" for kind, (hit, total) in result["recall"].items())
        print(f"{result['articles']:>7,} articles ({result['blocks']:,} blocks): {seconds:.1f} s "
              f"(fingerprints {result['fingerprints_s']} s, links {result['links_s']} s), "
              f"{seconds / result['articles'] * 1e6:.0f} us/article, {result['cpu_s']} s CPU; peak {result['peak_mib']:,} MiB "
              f"({result['tables_mib']:,} MiB with the tables loaded, before the links)")
        print(f"         recall: {recall}; {result['links']} links, {result['false_links']} false")


if __name__ == "__main__":
    main()
