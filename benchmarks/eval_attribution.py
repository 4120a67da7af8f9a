"""Score the attribution rules against PolNeAR's gold spans.

Usage::

    .venv/bin/python benchmarks/eval_attribution.py SPLIT_DIR [--annotators first|all]
                                                    [--errors N] [--examples LEMMA] [--rejections N] [--explain]

``SPLIT_DIR`` holds ``text/*.txt`` (plain articles, first line the title) and
``attributions/*_XXXX.ann`` (BRAT standoff, one file per article and annotator, ``XXXX``
the annotator).  The articles are loaded with the workbook's own loader
(``helpers.load_corpus``) and read by ``helpers.extract.attribution.article_cues``, the
rule layer under ``helpers.extract.attribution.extract_attributions`` (the same cue and source spans,
before speakers are resolved).  A source is scored by its whole noun phrase (``CueMatch.phrase_start``
/ ``phrase_end``, ``helpers.extract.attribution.en.extents``: "Sampleville council spokeswoman Jane
Example, a former teacher,"), the extent PolNeAR's annotators mark and the attributions table's
``source_start``/``source_end``; the speaker span inside it stays the name.

Scoring (printed for source spans and cue spans):

* overlap match: a predicted span counts as correct when it overlaps a not yet matched
  gold span of the same role in the same article (predictions taken in text order, each
  matched to the first overlapping gold span); precision = matched / predicted, recall =
  matched / gold.  Discontinuous gold spans (``start end;start end``) overlap when any
  part does.  Identical gold spans (one source shared by several attributions) count once.
* exact match for cues and sources: the predicted span equals the gold span's extent (first
  start to last end), both trimmed of surrounding white space and ``,;.``.  Exact match is
  how CofeNet (Zhang et al., COLING 2022) reports PolNeAR: source 0.832, cue 0.753 F1.

``--agreement`` measures the ceiling the gold itself sets.  On the articles that several
annotators labelled, it prints three rows scored exactly like the system: every annotator
against every other (human agreement), a consensus of the others (the spans a majority of
them chose) against the held-out annotator, and the rules against every annotator on the
same articles.  A target above what annotators reach against each other is not a measure
of the rules any more.

``--rejections N`` explains the misses that a wider lexicon would not fix: for every missed
gold cue (first annotator) whose words include a cue word of the rules, it reports why
``find_cues`` drops that word (outside the prose, inside a quotation, the named rule of
``helpers.extract.attribution.en.verbs.VERB_RULES`` that rejected it, nested in an earlier
cue's content), with counts and N examples per cause.

``--explain`` reports, by name, how often each of ``VERB_RULES`` fires (its test held and its
action changed the cue) and rejects, and which of ``SOURCE_RULES`` found each verb's source,
over every article of the split; then how often each of the statement rules
(``helpers.extract.attribution.en.filters.STATEMENT_RULES``, which decide the statements table
and never the scores) keeps a cue out.

Several annotators: most articles have one annotator; a few (PolNeAR's annotator-training
set) have up to six.  By default each article is scored once, against its first annotator
in suffix order, so that no article weighs more than another; ``--annotators all``
micro-averages over every (article, annotator) pair instead, and both are printed.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's helpers, not an installed copy

from helpers import load_corpus
from helpers.doc import make_doc
from helpers.extract.attribution import article_cues, find_quotes
from helpers.extract.attribution.en import filters, verbs
from helpers.extract.attribution.en.cues import find_cues
from helpers.extract.attribution.records import STATEMENT_KINDS
from helpers.extract.attribution.en.cues import cue_words
from helpers.extract.attribution.en.patterns import ACTIONS
from helpers.text import PROSE_PARTS

ANN_NAME = re.compile(r"^(?P<article>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")
T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d; ]+)\t?")
TRIM = " \t\n,;."


@dataclass(frozen=True)
class GoldSpan:
    role: str
    parts: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def overlaps(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self.parts)


def read_ann(path: Path) -> list[GoldSpan]:
    """Source and Cue spans of one BRAT file (span text may run over several lines)."""
    spans = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = T_LINE.match(line)
        if not match or match.group(2) not in ("Source", "Cue"):
            continue
        parts = tuple(tuple(int(n) for n in part.split()) for part in match.group(3).strip().split(";"))
        spans.append(GoldSpan(match.group(2), parts))
    return sorted(set(spans), key=lambda span: (span.role, span.parts))


def gold_files(split: Path) -> dict[str, list[tuple[str, Path]]]:
    """article id -> [(annotator, path)] in annotator order."""
    found: dict[str, list[tuple[str, Path]]] = defaultdict(list)
    for path in sorted((split / "attributions").glob("*.ann")):
        match = ANN_NAME.match(path.name)
        if match:
            found[match["article"]].append((match["annotator"], path))
    return found


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


@dataclass
class Tally:
    predicted: int = 0
    gold: int = 0
    matched: int = 0

    def add(self, other: "Tally") -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.matched += other.matched

    def scores(self) -> tuple[float, float, float]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match_overlap(predicted: list[tuple[int, int]], gold: list[GoldSpan]) -> tuple[Tally, list[bool], list[bool]]:
    used = [False] * len(gold)
    hits = []
    for start, end in sorted(predicted):
        hit = next((i for i, span in enumerate(gold) if not used[i] and span.overlaps(start, end)), None)
        if hit is not None:
            used[hit] = True
        hits.append(hit is not None)
    return Tally(len(predicted), len(gold), sum(hits)), hits, used


def match_exact(text: str, predicted: list[tuple[int, int]], gold: list[GoldSpan]) -> Tally:
    wanted = Counter(trimmed(text, span.start, span.end) for span in gold)
    matched = 0
    for start, end in predicted:
        key = trimmed(text, start, end)
        if wanted[key] > 0:
            wanted[key] -= 1
            matched += 1
    return Tally(len(predicted), len(gold), matched)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split", type=Path, help="folder with text/ and attributions/")
    parser.add_argument("--annotators", choices=("first", "all"), default="first")
    parser.add_argument("--errors", type=int, default=0, help="print the N cue words with most errors")
    parser.add_argument("--examples", default="", help="print missed and spurious cues of this word")
    parser.add_argument("--agreement", action="store_true",
                        help="print human agreement and a consensus annotator on the articles several annotators labelled")
    parser.add_argument("--rejections", type=int, default=0, metavar="N",
                        help="why the rules miss gold cues whose word is in the cue lexicon: counts per "
                             "cause and N examples each (first annotator)")
    parser.add_argument("--explain", action="store_true",
                        help="how often each named verb rule fires and rejects, and which source rule finds each source")
    args = parser.parse_args(argv)

    files = gold_files(args.split)
    if args.agreement:
        print_agreement(args.split, files)
    corpus = load_corpus(args.split / "text")
    totals = {mode: {"source": Tally(), "source_exact": Tally(), "cue": Tally(), "cue_exact": Tally()}
              for mode in ("first", "all")}
    per_word: dict[str, Counter] = defaultdict(Counter)
    examples: list[str] = []
    rejections: dict[str, list[str]] = defaultdict(list)
    scored = 0
    with verbs.counting() as tally:
        for article in corpus.documents:
            if article.article_id in files:
                article_cues(article)
    if args.explain:
        print_explanation(tally)
        print_statement_rules([article for article in corpus.documents if article.article_id in files])
    for article in corpus.documents:
        annotations = files.get(article.article_id)
        if not annotations:
            continue
        scored += 1
        text = article.text
        cues = article_cues(article)
        predicted_cues = [(cue.cue_start, cue.cue_end) for cue in cues]
        predicted_sources = sorted({source_span(cue) for cue in cues if cue.source_start is not None})
        for position, (annotator, path) in enumerate(annotations):
            gold = read_ann(path)
            gold_cues = [span for span in gold if span.role == "Cue"]
            gold_sources = [span for span in gold if span.role == "Source"]
            source_tally, _, _ = match_overlap(predicted_sources, gold_sources)
            cue_tally, cue_hits, cue_used = match_overlap(predicted_cues, gold_cues)
            exact_tally = match_exact(text, predicted_cues, gold_cues)
            source_exact_tally = match_exact(text, predicted_sources, gold_sources)
            modes = ("first", "all") if position == 0 else ("all",)
            for mode in modes:
                totals[mode]["source"].add(source_tally)
                totals[mode]["cue"].add(cue_tally)
                totals[mode]["cue_exact"].add(exact_tally)
                totals[mode]["source_exact"].add(source_exact_tally)
            if position == 0:
                for (start, end), hit in zip(sorted(predicted_cues), cue_hits):
                    word = text[start:end].lower()
                    per_word[word]["tp" if hit else "fp"] += 1
                    if args.examples and not hit and args.examples in word:
                        examples.append(f"FP  {_context(text, start, end)}")
                for span, used in zip(gold_cues, cue_used):
                    if not used:
                        word = " ".join(text[a:b] for a, b in span.parts).lower()
                        per_word[word]["fn"] += 1
                        if args.examples and args.examples in word:
                            examples.append(f"FN  {_context(text, span.start, span.end)}")
                        if args.rejections:
                            cause = rejection(article, span)
                            if cause:
                                rejections[cause].append(_context(text, span.start, span.end, 70))

    print(f"PolNeAR split {args.split.name}: {scored} articles scored, "
          f"{len(corpus.documents)} loaded, {len(corpus.load_report)} load-report rows")
    for mode, label in (("first", "one annotator per article (first by suffix)"),
                        ("all", "every (article, annotator) pair, micro-averaged")):
        print(f"\n{label}")
        print(f"  {'span':<22}{'P':>7}{'R':>7}{'F1':>7}{'pred':>8}{'gold':>8}{'match':>8}")
        for key, name in (("source", "source (overlap)"), ("source_exact", "source (exact)"),
                          ("cue", "cue (overlap)"), ("cue_exact", "cue (exact)")):
            tally = totals[mode][key]
            p, r, f = tally.scores()
            print(f"  {name:<22}{p:7.3f}{r:7.3f}{f:7.3f}{tally.predicted:8d}{tally.gold:8d}{tally.matched:8d}")
    if args.errors:
        print("\ncue words with most errors (first annotator): word  tp  fp  fn")
        ranked = sorted(per_word.items(), key=lambda item: -(item[1]["fp"] + item[1]["fn"]))
        for word, counts in ranked[: args.errors]:
            print(f"  {word!r:32}{counts['tp']:6d}{counts['fp']:6d}{counts['fn']:6d}")
    for line in examples[:80]:
        print(line)
    if args.rejections:
        total = sum(len(found) for found in rejections.values())
        print(f"\nmissed gold cues with a lexicon word, by why the rules reject it ({total} in all)")
        for cause, found in sorted(rejections.items(), key=lambda item: -len(item[1])):
            print(f"{len(found):6d}  {cause}")
            for line in found[: args.rejections]:
                print(f"          {line}")
    return 0


def source_span(cue) -> tuple[int, int]:
    """The source span scored: the source's whole noun phrase (``phrase_start``/``phrase_end``,
    PolNeAR's convention, ``helpers.extract.attribution.en.extents``), else the source."""
    if cue.phrase_start is not None:
        return cue.phrase_start, cue.phrase_end
    return cue.source_start, cue.source_end


def print_explanation(tally: Counter) -> None:
    """The named rules in their order, with how often each fired, rejected or found a source."""
    print("\nverb rules (helpers.extract.attribution.en.verbs.VERB_RULES), in order:")
    print(f"  {'fired':>7}{'rejected':>9}  rule")
    for rule in verbs.VERB_RULES:
        print(f"  {tally[rule.name, 'fired']:7d}{tally[rule.name, 'rejected']:9d}  {rule.name}")
    print("\nsource rules (SOURCE_RULES), in order:")
    print(f"  {'found':>7}  rule")
    for rule in verbs.SOURCE_RULES:
        print(f"  {tally[rule.name, 'found']:7d}  {rule.name}")
    print()


def print_statement_rules(articles) -> None:
    """How often each of ``en.filters.STATEMENT_RULES`` keeps a statement cue out of the
    statements table (they never change ``find_cues``, so never the scores above)."""
    triples = []
    for article in articles:
        doc = make_doc(article)
        sentences = [(sentence.start, sentence.end) for sentence in doc.sentences]
        blocks = [(block.start, block.end) for block in article.blocks if block.kind in PROSE_PARTS]
        for cue in find_cues(doc.text, sentences, blocks, kinds=STATEMENT_KINDS):
            if cue.kind in STATEMENT_KINDS:
                triples.append((doc.text, cue, sentences[cue.sentence]))
    counts = filters.explain_statements(triples)
    print(f"statement rules (helpers.extract.attribution.en.filters.STATEMENT_RULES), over {len(triples):,} statement cues:")
    print(f"  {'kept out':>8}  rule")
    for rule in filters.STATEMENT_RULES:
        print(f"  {counts[rule.name]:8d}  {rule.name}")
    print()


def scored_against(text: str, sources: list[tuple[int, int]], cues: list[tuple[int, int]],
                   gold: list[GoldSpan]) -> dict[str, Tally]:
    """Source overlap, cue overlap and cue exact tallies of predicted spans against one gold file."""
    gold_sources = [span for span in gold if span.role == "Source"]
    gold_cues = [span for span in gold if span.role == "Cue"]
    return {"source": match_overlap(sorted(set(sources)), gold_sources)[0],
            "cue": match_overlap(cues, gold_cues)[0],
            "cue_exact": match_exact(text, cues, gold_cues)}


def majority_spans(text: str, annotations: list[list[GoldSpan]], role: str) -> list[tuple[int, int]]:
    """The spans of one role that more than half of the given annotators chose (trimmed extents)."""
    votes = Counter(key for gold in annotations
                    for key in {trimmed(text, span.start, span.end) for span in gold if span.role == role})
    return sorted(key for key, count in votes.items() if count > len(annotations) / 2)


def print_agreement(split: Path, files: dict[str, list[tuple[str, Path]]]) -> None:
    """Human agreement, a consensus annotator and the rules on the multiply annotated articles."""
    shared = {article: annotations for article, annotations in files.items() if len(annotations) > 1}
    rows = {name: {"source": Tally(), "cue": Tally(), "cue_exact": Tally()}
            for name in ("annotator vs annotator", "consensus vs held-out", "rules vs annotator")}
    corpus = load_corpus([split / "text" / f"{article}.txt" for article in sorted(shared)])
    for article in corpus.documents:
        text = article.text
        golds = [read_ann(path) for _, path in shared[article.article_id]]
        cues = article_cues(article)
        predicted_cues = [(cue.cue_start, cue.cue_end) for cue in cues]
        predicted_sources = [source_span(cue) for cue in cues if cue.source_start is not None]
        for held, gold in enumerate(golds):
            others = golds[:held] + golds[held + 1:]
            for name, sources, cue_spans in (
                ("consensus vs held-out", majority_spans(text, others, "Source"), majority_spans(text, others, "Cue")),
                ("rules vs annotator", predicted_sources, predicted_cues),
            ):
                for key, tally in scored_against(text, sources, cue_spans, gold).items():
                    rows[name][key].add(tally)
        for first, second in itertools.permutations(golds, 2):
            sources = [(span.start, span.end) for span in first if span.role == "Source"]
            cue_spans = [(span.start, span.end) for span in first if span.role == "Cue"]
            for key, tally in scored_against(text, sources, cue_spans, second).items():
                rows["annotator vs annotator"][key].add(tally)
    print(f"agreement on the {len(corpus.documents)} articles of {split.name} that "
          f"{min(map(len, shared.values()), default=0)}-{max(map(len, shared.values()), default=0)} annotators labelled (F1)")
    print(f"  {'':<24}{'source':>8}{'cue':>8}{'cue exact':>11}")
    for name, tallies in rows.items():
        print(f"  {name:<24}" + "".join(f"{tallies[key].scores()[2]:{width}.3f}"
                                        for key, width in (("source", 8), ("cue", 8), ("cue_exact", 11))))
    print()


def rejection(article, span: GoldSpan) -> str:
    """Why no predicted cue overlaps a gold cue whose words include a cue word of the rules'
    lexicon: the first word's fate in ``find_cues`` (outside the prose, inside a quotation, the
    named verb rule that rejected it, dropped as nested, kept but unmatched), or "" when no word
    of the span is a cue word."""
    text = article.text
    words = [(start, word) for start, word in cue_words(text) if any(a <= start < b for a, b in span.parts)]
    if not words:
        return ""
    position, word = words[0]
    sentences = [(sentence.start, sentence.end) for sentence in make_doc(article).sentences]
    index = bisect_right([start for start, _ in sentences], position) - 1
    if index < 0 or position + len(word) > sentences[index][1]:
        return "outside every prose sentence (byline, credit, heading layout)"
    blocks = [(block.start, block.end) for block in article.blocks if block.kind in PROSE_PARTS]
    quotes = find_quotes(text, blocks)
    if any(quote.start < position < quote.end for quote in quotes):
        return "inside a quotation (the quoted speaker's words)"
    action, entry = ACTIONS[word]
    if action != "verb":
        return f"{action} cue not found"
    with verbs.counting() as tally:
        cue = verbs.verb_cue(text, position, word, entry, index, sentences[index], quotes, [q.end for q in quotes])
    if cue is None:
        rejected = next((name for name, outcome in tally if outcome == "rejected"), "?")
        return f"rejected: {rejected} [{entry[1]}, {entry[2]}]"
    if any(found.cue_start == cue.cue_start for found in article_cues(article)):
        return "found, but matched to another gold cue or not overlapping"
    return f"dropped as nested in an earlier cue's content [{cue.kind}]"


def _context(text: str, start: int, end: int, width: int = 90) -> str:
    before = text[max(0, start - width):start].replace("\n", " ")
    after = text[end:end + width // 2].replace("\n", " ")
    return f"{before}[[{text[start:end]}]]{after}"


if __name__ == "__main__":
    sys.exit(main())
