"""Hostile input: every extractor reads a pathological file in time linear in its length.

Issue 12, section 5.  Each test feeds one pathological input to the rule that used to cost
more than linearly on it (a sentence that repeats one date, cue or figure thousands of times,
thousands of distinct names, a run of text with no sentence end) and checks the rows an
analyst expects from it.  None times anything: ``benchmarks/bench_hostile.py`` measures the
cost; these tests pin what the bounded rules still find.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from conftest import seed_layout
from helpers import load_corpus
from helpers.doc import make_doc
from helpers.extract.attribution import extract_attributions
from helpers.extract.attribution.resolve import PRONOUN_REACH
from helpers.extract.attribution.speakers import fold_speakers
from helpers.extract.claims import extract_claims
from helpers.extract.timeline import extract_events
from helpers.extract.timeline.resolve import ANCHOR_REACH
from helpers.load import Article, parse_text
from helpers.text import MAX_SENTENCE_CHARS, RUNAWAY_PIECE_CHARS, split_span


def load_plain(folder: Path, body: str, name: str = "hostile.txt"):
    """A corpus of one plain-text article: a title line, a blank line, then ``body``."""
    (folder / name).write_text("Sampleville under fire\n\n" + body + "\n", encoding="utf-8")
    return load_corpus(folder)


def sentences_of(text: str) -> list[str]:
    return [text[start:end] for start, end in split_span(text, 0, len(text))]


def article_of(body: str) -> Article:
    """A fictional article in the seed layout with this body paragraph."""
    return parse_text(seed_layout(body), "sample.txt")


def body_claims(body: str) -> list:
    return [claim for claim in extract_claims(article_of(body)) if claim.part == "body"]


def surnames(count: int) -> list[str]:
    """Distinct surnames that no transliteration fold joins ("Badela", "Badelo", ...): consonants
    and vowels in turn, with none of the letters ``TRANSLITERATION_FOLDS`` rewrites."""
    consonants, vowels = "bdlmnr", "aeou"
    syllables = [c + v for c in consonants for v in vowels]
    return [(a + b + c).capitalize() for a in syllables for b in syllables for c in syllables][:count]


# --- text.split_span: a runaway sentence is cut and reported --------------------------------------


RUNAWAY = "the defenders of Sampleville held the line near the river and " * 200  # 12,600 characters, no stop


def test_a_run_with_no_sentence_end_is_cut_into_pieces_no_longer_than_the_piece_length():
    pieces = sentences_of(RUNAWAY)
    assert (len(pieces), max(map(len, pieces)) <= RUNAWAY_PIECE_CHARS) == (13, True)


def test_a_runaway_sentence_is_cut_at_white_space_so_no_word_is_split():
    pieces = sentences_of(RUNAWAY)
    assert " ".join(pieces) == RUNAWAY.strip()


def test_a_long_sentence_under_the_cap_is_kept_whole():
    sentence = ("Jane Example said the defenders of Sampleville held " * 80).strip() + "."
    assert MAX_SENTENCE_CHARS - 1_000 < len(sentence) <= MAX_SENTENCE_CHARS
    assert sentences_of(sentence) == [sentence]


def test_a_word_longer_than_a_piece_is_cut_inside_the_word():
    word = "x" * (MAX_SENTENCE_CHARS + 500)
    assert [len(piece) for piece in sentences_of(word)] == [RUNAWAY_PIECE_CHARS] * 5 + [500]


def test_a_runaway_sentence_is_reported_in_the_load_report_at_its_line(tmp_path):
    corpus = load_plain(tmp_path, "Jane Example said the bridge held.\n\n" + RUNAWAY)
    report = corpus.load_report
    assert report[["path", "line", "severity"]].values.tolist() == [["hostile.txt", 5, "warning"]]
    assert report["reason"].iloc[0] == (
        f"a run of {len(RUNAWAY.strip()):,} characters with no sentence end (over {MAX_SENTENCE_CHARS:,}): "
        f"cut into 13 sentences of at most {RUNAWAY_PIECE_CHARS:,} characters"
    )


def test_the_pieces_of_a_runaway_sentence_are_sentences_with_offsets_into_the_text(tmp_path):
    article = load_plain(tmp_path, RUNAWAY).documents[0]
    body = [sentence for sentence in make_doc(article).sentences if sentence.part == "body"]
    assert len(body) == 13
    assert all(article.text[s.start:s.end] == s.text for s in body)


def test_the_article_counts_the_cut_as_one_warning(tmp_path):
    assert load_plain(tmp_path, RUNAWAY).articles["warnings"].tolist() == [1]


def test_a_runaway_sentence_in_a_json_lines_record_is_reported_at_the_record_line(tmp_path):
    records = [{"title": "Sampleville holds", "text": "Jane Example said the bridge held."},
               {"title": "Sampleville under fire", "text": RUNAWAY}]
    (tmp_path / "records.jsonl").write_text("\n".join(map(json.dumps, records)) + "\n", encoding="utf-8")
    report = load_corpus(tmp_path).load_report
    assert report[["path", "line", "severity"]].values.tolist() == [["records.jsonl", 2, "warning"]]


# --- text._is_abbreviation: the look-back for the word before a stop is bounded -------------------


def test_thousands_of_short_sentences_after_one_no_break_space_are_each_a_sentence():
    text = "\xa0" + "It held. " * 2_000
    assert sentences_of(text) == ["It held."] * 2_000


def test_an_abbreviation_far_from_the_block_s_only_no_break_space_still_joins_its_sentence():
    text = "\xa0" + "It held. " * 50 + "Gen. Jane Example said so."
    assert sentences_of(text)[-2:] == ["It held.", "Gen. Jane Example said so."]


def test_a_word_longer_than_the_look_back_before_a_stop_ends_its_sentence():
    address = "sampleville.example/" + "a" * 150
    assert sentences_of(f"\xa0See {address}. It held.") == [f"See {address}.", "It held."]


# --- claims figures (_DateSpans): a figure among thousands of dates -------------------------------


def test_a_figure_after_150_dates_in_one_sentence_is_the_only_claim():
    claims = body_claims("On 3 January 2025 " * 150 + "the defenders repelled 12 attacks.")
    assert [(c.surface, c.unit, c.kind) for c in claims] == [("12", "attacks", "attacks")]


# --- claims kinds (Context.casualty_verb): the casualty verb of a sentence of many figures --------


def test_150_figures_of_soldiers_before_killed_are_all_casualties():
    claims = body_claims(", ".join(["10 soldiers"] * 150) + " were killed near Sampleville.")
    assert (len(claims), {c.kind for c in claims}) == (150, {"casualties"})


def test_150_figures_of_soldiers_with_no_casualty_verb_are_all_forces():
    claims = body_claims(", ".join(["10 soldiers"] * 150) + " arrived near Sampleville.")
    assert (len(claims), {c.kind for c in claims}) == (150, {"forces"})


# --- claims figures (_LIST_MARKS): list numbering only at the start of a sentence -----------------


def test_299_numbers_with_brackets_are_list_numbering_not_claims():
    assert body_claims(" ".join(f"{n})" for n in range(1, 300)) + " held.") == []


def test_list_numbering_after_marks_is_not_a_figure():
    assert [c.surface for c in body_claims("- (2) 14 attacks were repelled.")] == ["14"]


# --- claims Context.clause and nearest: the rate and front of each of many clauses ----------------


def test_120_clauses_of_a_figure_a_rate_and_a_front_each_keep_their_own():
    claims = body_claims("".join(f"{n} attacks a day on the Pokrovsk front; " for n in range(10, 130)) + "it held.")
    assert (len(claims), {(c.kind, c.period, c.scope) for c in claims}) == (120, {("attacks", "day", "Pokrovsk front")})


def test_a_rate_and_place_in_the_last_of_370_clauses_belong_to_none_of_the_figures_before():
    claims = body_claims("".join(f"{n} attacks; " for n in range(10, 380)) + "every day near Sampleville.")
    assert (len(claims), {(c.period, c.scope) for c in claims}) == (370, {("", "")})


# --- attribution content_span (according_tail): the ", according to" that ends a content ----------


def test_the_contents_of_150_cues_in_one_sentence_all_stop_before_according_to():
    article = article_of("Jane Example said " + "the bridge held and said " * 150
                         + "the road was open, according to The Sampleville Courier.")
    statements = extract_attributions(article)
    tail = article.text.index(", according to")
    assert (len(statements), {s.content_end for s in statements}) == (151, {tail})
    assert {s.speaker for s in statements} == {"Jane Example"}
    assert [s.via for s in statements] == [""] * 150 + ["The Sampleville Courier"]


# --- attribution resolve_pronoun: the latest speaker, within PRONOUN_REACH statements -------------


def test_2000_he_said_after_one_named_speaker_are_all_his():
    statements = extract_attributions(article_of("John Sample said the bridge held. " + "He said, " * 2_000
                                                 + "the road was open."))
    assert len(statements) == 2_001
    assert {(s.speaker, s.mode) for s in statements[1:]} == {("John Sample", "continued-by-pronoun")}


def test_he_takes_the_latest_man_who_spoke():
    article = article_of("John Sample said A held. Jane Example said B held. John Sample said C held. He said D held.")
    assert [(s.speaker, s.speaker_text, s.mode) for s in extract_attributions(article)] == [
        ("John Sample", "John Sample", "indirect"),
        ("Jane Example", "Jane Example", "indirect"),
        ("John Sample", "John Sample", "indirect"),
        ("John Sample", "He", "continued-by-pronoun"),
    ]


def test_300_she_said_each_after_a_new_name_are_each_that_name_s():
    names = [f"Jane {surname}" for surname in surnames(300)]
    statements = extract_attributions(article_of(" ".join(f"{name} said it held, she said." for name in names)))
    assert [s.speaker for s in statements[1::2]] == names
    assert {(s.mode, s.candidates) for s in statements[1::2]} == {("continued-by-pronoun", ())}


def test_he_within_the_reach_of_statements_after_the_only_man_is_his():
    article = article_of("John Sample said the bridge held. " + "Officials said it held. " * (PRONOUN_REACH - 10)
                         + "He said the road was open.")
    last = extract_attributions(article)[-1]
    assert (last.speaker, last.speaker_text, last.mode) == ("John Sample", "He", "continued-by-pronoun")


def test_he_further_than_the_reach_of_statements_from_the_only_man_is_unresolved():
    article = article_of("John Sample said the bridge held. " + "Officials said it held. " * (PRONOUN_REACH + 10)
                         + "He said the road was open.")
    last = extract_attributions(article)[-1]
    assert (last.speaker, last.speaker_text, last.mode) == ("", "He", "unresolved")


# --- attribution Registry, ArticleNames and fold_speakers: thousands of distinct names ------------


def test_600_distinct_names_are_600_speakers():
    names = [f"Jane {surname}" for surname in surnames(600)]
    article = article_of(" ".join(f"{name} said the bridge held." for name in names))
    assert [s.speaker for s in extract_attributions(article)] == names


def test_a_surname_repeated_after_600_other_names_is_still_the_first_speaker():
    names = [f"Jane {surname}" for surname in surnames(600)]
    article = article_of(" ".join(f"{name} said the bridge held." for name in names) + " Badeba said it held.")
    assert extract_attributions(article)[-1].speaker == "Jane Badeba"


def test_a_transliteration_variant_still_folds_in_an_article_of_many_names():
    names = [f"Jane {surname}" for surname in surnames(300)]
    article = article_of("Viktor Tregubov said the bridge held. " + " ".join(f"{n} said it held." for n in names)
                         + " Victor Trehubov said the road was open.")
    statements = extract_attributions(article)
    assert (statements[0].speaker, statements[-1].speaker) == ("Viktor Tregubov", "Viktor Tregubov")


def test_fold_speakers_keeps_600_distinct_names_apart_and_folds_the_variants():
    names = [f"Jane {surname}" for surname in surnames(600)]
    mapping = fold_speakers(names + ["Viktor Tregubov", "Victor Trehubov", "Victor Trehubov", "Trehubov"])
    assert all(mapping[name] == name for name in names)
    assert {mapping[name] for name in ("Viktor Tregubov", "Victor Trehubov", "Trehubov")} == {"Victor Trehubov"}


def test_the_speakers_table_of_600_distinct_names_has_one_row_each_with_its_statement(tmp_path):
    names = [f"Jane {surname}" for surname in surnames(600)]
    corpus = load_plain(tmp_path, " ".join(f"{name} said the bridge held." for name in names))
    speakers = corpus.speakers
    assert sorted(speakers["speaker"]) == sorted(names)
    assert (set(speakers["statements"]), set(speakers["articles"]), set(speakers["inferred"])) == ({1}, {1}, {0})


def test_an_article_with_no_statement_has_an_empty_speakers_table(tmp_path):
    speakers = load_plain(tmp_path, "The bridge at Sampleville held.").speakers
    assert (len(speakers), list(speakers.columns)[:2]) == (0, ["speaker", "kind"])


def test_a_corpus_of_only_a_bad_file_has_an_empty_speakers_table(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 5_000 + "]" * 5_000, encoding="utf-8")
    assert len(load_corpus(tmp_path).speakers) == 0


# --- claims noun_before (Context.last_match): the noun before a figure with no unit of its own ----


def test_of_390_bare_figures_after_attacks_those_within_eight_words_count_attacks():
    claims = body_claims("The attacks numbered " + ", ".join(str(n) for n in range(10, 400)) + ".")
    assert [(c.kind, c.unit) for c in claims] == [("attacks", "")] * 8 + [("other", "")] * 382


def test_the_noun_before_a_bare_figure_is_read_only_inside_its_clause():
    claims = body_claims("The attacks numbered 12; then 15.")
    assert [(c.surface, c.kind) for c in claims] == [("12", "attacks"), ("15", "other")]


# --- timeline resolve._resolve_anchored: "the next day" looks back over a bounded number of dates ---


def dated(body: str) -> list[tuple[str, object, str]]:
    """(surface, date_start, resolution) of every date of the body (not the publication date)."""
    events = extract_events(article_of(body))
    return [(e.surface, e.date_start, e.resolution) for e in events if e.kind != "published"]


def test_the_next_day_after_200_years_it_cannot_count_from_takes_the_day_before_it():
    events = dated("In 2024, the next day, " * 200 + "on 3 March 2025 the bridge fell, and the next day it was rebuilt.")
    assert len(events) == 202
    assert events[-2:] == [("3 March 2025", date(2025, 3, 3), "absolute"),
                           ("the next day", date(2025, 3, 4), "relative-to-previous-event")]


def test_the_next_day_further_than_the_reach_from_its_day_is_no_event():
    events = dated("On 3 March 2025 the bridge fell. " + "In 2024 it held. " * (ANCHOR_REACH + 20)
                   + "The next day it was rebuilt.")
    assert (len(events), events[0][0], events[-1][0]) == (ANCHOR_REACH + 21, "3 March 2025", "2024")
