"""Source attribution: who says each thing, in what role, through whom.

The seed tests pin every statement the issue lists; the constructed cases (fictional
people and places) pin one rule each, so that no rule depends on a name in the seed.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from conftest import seed_layout, doc_sentences
from helpers.extract.attribution import (
    ATTRIBUTION_COLUMNS,
    SPEAKER_COLUMNS,
    VOICE_COLUMNS,
    article_cues,
    extract_attributions,
    find_quotes,
    fold_speakers,
    sentence_voices,
)
from helpers.extract.attribution import speakers
from helpers.extract.attribution.speakers import fold_word, name_words
from helpers.load import Article, parse_text
from helpers.morphology import verb_forms
from helpers.tables import attributions_table, claims_by_voice, sentence_voices_table, speakers_table
from helpers.views import attribution_graph


def article_of(*paragraphs: str, name: str = "sample.txt", day: str = "2025-03-14") -> Article:
    """A fictional article in the seed layout whose body is the given paragraphs."""
    return parse_text(seed_layout("\n\n".join(paragraphs), date=day), name)


def rows(article: Article) -> list[tuple[str, str, str, str]]:
    """(speaker, speaker_text, cue, mode) of every statement, in order."""
    return [(a.speaker, a.speaker_text, a.cue, a.mode) for a in extract_attributions(article)]


def of_speaker(article: Article, speaker: str):
    return [a for a in extract_attributions(article) if a.speaker == speaker]


def voice_of(article: Article, sentence_start: str):
    sentence = next(s for s in doc_sentences(article) if s.text.startswith(sentence_start))
    return next(v for v in sentence_voices(article) if v.sentence_id == sentence.sentence_id)


def content(article: Article, attribution) -> str:
    return article.text[attribution.content_start:attribution.content_end]


# --- the seed ---------------------------------------------------------------------------------


def test_seed_lytvyn_statements_in_order(seed):
    assert [(a.speaker_text, a.cue, a.mode) for a in of_speaker(seed, "Vitalii Lytvyn")] == [
        ("Vitalii Lytvyn", "says", "indirect"),
        ("Lytvyn", "says", "indirect"),
        ("", "", "context"),
        ("Lytvyn", "added", "indirect"),
        ("He", "noted", "continued-by-pronoun"),
        ("He", "emphasized", "continued-by-pronoun"),
        ("", "", "context"),
        ("Commander Lytvyn", "said", "direct quote"),
        ("He", "pointed out", "continued-by-pronoun"),
        ("Lytvyn", "concluded", "direct quote"),
    ]


def test_seed_lytvyn_role_without_article_and_no_organisation(seed):
    statements = of_speaker(seed, "Vitalii Lytvyn")
    assert {a.role for a in statements} == {"artillery reconnaissance unit commander"}
    assert {a.organisation for a in statements} == {""}


def test_seed_only_the_first_lytvyn_statement_names_unian(seed):
    # Issue 10: "`via` belongs to the statement whose own clause names the outlet. It is
    # never copied to the speaker's other statements."  Only the first statement's clause
    # says "according to UNIAN"; "Lytvyn added", "He noted" ... name no outlet.
    assert [a.via for a in of_speaker(seed, "Vitalii Lytvyn")] == ["UNIAN"] + [""] * 9


def test_seed_first_statement_content_stops_before_according_to(seed):
    first = of_speaker(seed, "Vitalii Lytvyn")[0]
    assert content(seed, first) == (
        "Ukrainian forces are making maximum efforts to prevent Russian troops from capturing "
        "Pokrovsk in Donetsk Oblast"
    )


def test_seed_lytvyn_says_that_currently(seed):
    second = of_speaker(seed, "Vitalii Lytvyn")[1]
    assert content(seed, second).startswith("currently, Russian forces are attempting to bypass Pokrovsk")


def test_seed_direct_quote_spans_two_sentences(seed):
    quote = next(a for a in extract_attributions(seed) if a.speaker_text == "Commander Lytvyn")
    assert quote.quoted is True
    assert len(quote.sentence_ids) == 2
    assert content(seed, quote).startswith("In this direction, they are advancing from Toretsk")
    assert content(seed, quote).endswith("set up command posts")


def test_seed_enemy_quote_is_lytvyns_concluded(seed):
    quote = next(a for a in extract_attributions(seed) if a.cue == "concluded")
    assert (quote.speaker, quote.mode) == ("Vitalii Lytvyn", "direct quote")
    assert content(seed, quote) == "The enemy is simply committing acts of terrorism by destroying entire\xa0 settlements"


def test_seed_paragraph_four_is_lytvyns_by_context(seed):
    context = [a for a in extract_attributions(seed) if a.mode == "context"][0]
    assert content(seed, context).startswith("The Russians understand")
    assert content(seed, context).endswith("Donetsk and Luhansk oblasts.")
    assert {s.paragraph for s in doc_sentences(seed) if s.sentence_id in context.sentence_ids} == {4}


def test_seed_300_to_400_sentence_is_inferred_lytvyn(seed):
    voice = voice_of(seed, "Every day, Ukrainian defenders eliminate 300 to 400")
    assert (voice.voice, voice.speaker, voice.mode) == ("inferred", "Vitalii Lytvyn", "context")


def test_seed_trehubov_said_with_role_and_organisation(seed):
    (statement,) = of_speaker(seed, "Victor Trehubov")
    assert (statement.cue, statement.mode, statement.via) == ("said", "indirect", "")
    assert statement.role == "spokesperson for the Khortytsia Operational-Strategic Grouping of Forces"
    assert statement.organisation == "Khortytsia Operational-Strategic Grouping of Forces"


def test_seed_38_attacks_claim_is_trehubovs(seed):
    voice = voice_of(seed, "On 3 January, Victor Trehubov")
    assert (voice.voice, voice.speaker) == ("named source", "Victor Trehubov")


def test_seed_pokrovsk_logistics_paragraph_is_the_authors(seed):
    for start in ("Pokrovsk serves as a crucial logistics hub", "This makes it essential", "Control over Pokrovsk"):
        voice = voice_of(seed, start)
        assert (voice.voice, voice.speaker, voice.attribution_id) == ("author", "", "")


def test_seed_reports_indicate_is_an_unnamed_source(seed):
    reports = next(a for a in extract_attributions(seed) if a.speaker_text == "Reports")
    assert (reports.speaker, reports.cue, reports.mode) == ("", "indicate", "indirect")
    assert voice_of(seed, "Reports indicate").voice == "unnamed source"


def test_seed_photo_credit_is_no_source(seed):
    credit = next(block for block in seed.blocks if block.kind == "credit")
    assert credit.text == "Facebook/Roman Padun"
    for attribution in extract_attributions(seed):
        assert "Padun" not in attribution.speaker and "Facebook" not in attribution.speaker_text
        assert not (credit.start <= attribution.start < credit.end)


def test_seed_speakers_are_lytvyn_and_trehubov(seed):
    assert {a.speaker for a in extract_attributions(seed)} == {"Vitalii Lytvyn", "Victor Trehubov", ""}


def test_seed_every_offset_slices_to_its_surface(seed):
    for attribution in extract_attributions(seed):
        if attribution.speaker_start is not None:
            assert seed.text[attribution.speaker_start:attribution.speaker_end] == attribution.speaker_text
        if attribution.cue_start is not None:
            assert seed.text[attribution.cue_start:attribution.cue_end] == attribution.cue


def test_seed_attribution_ids_count_up_in_order(seed):
    attributions = extract_attributions(seed)
    assert [a.attribution_id for a in attributions] == [
        f"000_45a4a854ecae5629/a{n:03d}" for n in range(1, len(attributions) + 1)
    ]
    assert [a.start for a in attributions] == sorted(a.start for a in attributions)


def test_seed_every_sentence_has_exactly_one_voice(seed):
    voices = sentence_voices(seed)
    assert [v.sentence_id for v in voices] == [s.sentence_id for s in doc_sentences(seed)]
    assert {v.voice for v in voices} <= {"author", "named source", "unnamed source", "inferred"}


def test_seed_title_standfirst_and_caption_are_the_authors(seed):
    parts = {v.part: v.voice for v in sentence_voices(seed) if v.part != "body"}
    assert parts == {"title": "author", "standfirst": "author", "caption": "author"}


# --- constructed cases: one rule each --------------------------------------------------------


def test_apposition_gives_role_and_organisation():
    article = article_of("Jane Example, a spokeswoman for the 99th Example Brigade, said the bridge at Sampleville held.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.role, statement.organisation) == (
        "Jane Example", "spokeswoman for the 99th Example Brigade", "99th Example Brigade",
    )


def test_said_title_name_after_a_quotation():
    article = article_of("“The bridge held through the night,” said Colonel John Sample.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.speaker_text, statement.mode) == ("John Sample", "Colonel John Sample", "direct quote")
    assert content(article, statement) == "The bridge held through the night"


def test_name_said_indirect_speech():
    article = article_of("John Sample said the bridge at Sampleville held through the night.")
    assert rows(article) == [("John Sample", "John Sample", "said", "indirect")]
    assert content(article, extract_attributions(article)[0]) == "the bridge at Sampleville held through the night"


def test_straight_quotation_marks_count_as_a_quotation():
    article = article_of('"We held the bridge," John Sample said.')
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.mode, content(article, statement)) == ("John Sample", "direct quote", "We held the bridge")


def test_two_speakers_with_he_and_she():
    article = article_of(
        "John Sample said the bridge held. Jane Example said the road was closed.",
        "He added that the river was rising. She noted that the shelling stopped at dawn.",
    )
    assert rows(article) == [
        ("John Sample", "John Sample", "said", "indirect"),
        ("Jane Example", "Jane Example", "said", "indirect"),
        ("John Sample", "He", "added", "continued-by-pronoun"),
        ("Jane Example", "She", "noted", "continued-by-pronoun"),
    ]
    assert [a.candidates for a in extract_attributions(article)][2:] == [(), ()]


def test_pronoun_of_unknown_gender_goes_to_the_nearest_speaker_when_nobody_comes_between():
    article = article_of("Sample said the bridge held. Example said the road was closed. He added that it rained.")
    last = extract_attributions(article)[-1]
    assert (last.speaker, last.mode, last.candidates) == ("Example", "continued-by-pronoun", ())


def test_pronoun_without_any_named_speaker_is_unresolved():
    article = article_of("He said the bridge at Sampleville held.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.speaker_text, statement.mode, statement.speaker_kind) == (
        "", "He", "unresolved", "person")


def test_quotation_spanning_two_paragraphs():
    article = article_of(
        "“We held the bridge at Sampleville for three days.",
        "“Then the river rose and we moved to Exampleton,” said John Sample.",
    )
    (statement,) = extract_attributions(article)
    assert statement.speaker == "John Sample" and statement.quoted
    assert content(article, statement) == (
        "We held the bridge at Sampleville for three days.\n\n“Then the river rose and we moved to Exampleton"
    )
    assert {s.paragraph for s in doc_sentences(article) if s.sentence_id in statement.sentence_ids} == {1, 2}


def test_quotation_left_open_ends_with_its_paragraph():
    text = "He said: “We held.\n\nThe river rose."
    quotes = find_quotes(text, [(0, 18), (20, len(text))])
    assert [(q.start, q.end, q.closed) for q in quotes] == [(9, 18, False)]


def test_according_to_an_outlet_without_a_person():
    article = article_of("Russian forces shelled Sampleville overnight, according to Example News.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.cue, statement.mode, statement.via) == (
        "Example News", "according to", "according-to", "",
    )
    assert content(article, statement) == "Russian forces shelled Sampleville overnight"


def test_according_to_a_person_at_the_start():
    article = article_of("According to John Sample, the bridge at Sampleville held.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.mode, content(article, statement)) == (
        "John Sample", "according-to", "the bridge at Sampleville held",
    )


def test_via_belongs_to_the_one_statement_whose_clause_names_the_outlet():
    article = article_of(
        "John Sample, a commander, says the line holds, according to Example News.",
        "Sample added that the river was rising.",
    )
    assert [(a.speaker, a.cue, a.via) for a in extract_attributions(article)] == [
        ("John Sample", "says", "Example News"),
        ("John Sample", "added", ""),
    ]


def test_told_an_outlet_makes_it_the_via():
    article = article_of("John Sample told Reuters that the bridge held.")
    (statement,) = extract_attributions(article)
    assert (statement.cue, statement.via) == ("told", "Reuters")


@pytest.mark.parametrize("sentence", [
    "The so-called referendum in Sampleville was held in March.",
    "The said village of Sampleville was shelled again.",
    "Residents of Exampleton, the so-called fortress town, stayed.",
    "The self-described mayor of Sampleville left town.",
])
def test_said_that_is_no_attribution(sentence):
    assert extract_attributions(article_of(sentence)) == []


def test_belief_of_a_group_is_no_statement():
    article = article_of("The occupiers understand that Sampleville is well defended.")
    assert extract_attributions(article) == []


def test_unnamed_sources_keep_their_words_but_no_speaker():
    article = article_of("Sources said the bridge at Sampleville was hit twice.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.speaker_text, statement.cue) == ("", "Sources", "said")
    assert voice_of(article, "Sources said").voice == "unnamed source"


def test_description_with_a_name_in_apposition_names_the_speaker():
    article = article_of("The brigade's press officer, Jane Example, said the road was closed.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.role) == ("Jane Example", "brigade's press officer")


def test_names_fold_within_an_article():
    article = article_of(
        "Brigade commander Vitaliy Samplenko said the line held.",
        "Samplenko added that the river was rising. Commander Samplenko noted the rain.",
    )
    assert [(a.speaker, a.speaker_text) for a in extract_attributions(article)] == [
        ("Vitaliy Samplenko", "Vitaliy Samplenko"),
        ("Vitaliy Samplenko", "Samplenko"),
        ("Vitaliy Samplenko", "Commander Samplenko"),
    ]


def test_role_before_the_name():
    article = article_of("Brigade commander Vitaliy Samplenko said the line held.")
    assert extract_attributions(article)[0].role == "Brigade commander"


@pytest.mark.parametrize("first, second", [
    ("Tregubov", "Trehubov"), ("Vitaliy", "Vitalii"), ("Viktor", "Victor"), ("Yulia", "Iuliia"),
    ("Oleksiy", "Oleksii"), ("Kharchenko", "Harchenko"), ("Zelenskyy", "Zelensky"),
])
def test_transliteration_variants_fold_to_one_key(first, second):
    assert fold_word(first) == fold_word(second)


@pytest.mark.parametrize("first, second", [("Sample", "Simple"), ("Lytvyn", "Lytvak"), ("Ivan", "Ivanna")])
def test_different_names_do_not_fold(first, second):
    assert fold_word(first) != fold_word(second)


def test_names_fold_across_the_corpus_to_the_most_frequent_form():
    assert fold_speakers(["Viktor Samplenko", "Victor Samplenko", "Victor Samplenko", "Jane Example"]) == {
        "Viktor Samplenko": "Victor Samplenko",
        "Victor Samplenko": "Victor Samplenko",
        "Jane Example": "Jane Example",
    }


def test_given_names_do_not_fold_when_they_differ():
    mapping = fold_speakers(["John Sample", "Jane Sample"])
    assert mapping == {"John Sample": "John Sample", "Jane Sample": "Jane Sample"}


def test_context_paragraph_between_two_statements_of_one_speaker():
    article = article_of(
        "John Sample, a commander, says the line holds.",
        "Sampleville lies on the river.",
        "Sample said the bridge held.",
        "The enemy loses 50 soldiers a day on this front.",
        "Sample added that the river was rising.",
    )
    assert voice_of(article, "Sampleville lies").voice == "author"
    assert (voice_of(article, "The enemy loses").voice, voice_of(article, "The enemy loses").speaker) == (
        "inferred", "John Sample",
    )


def test_no_context_when_another_speaker_comes_between():
    article = article_of(
        "Intro paragraph about Sampleville.",
        "John Sample said the bridge held.",
        "Jane Example said the road was closed.",
        "The enemy loses 50 soldiers a day on this front.",
        "Sample added that the river was rising.",
    )
    assert voice_of(article, "The enemy loses").voice == "author"


def test_quotation_without_a_cue_after_an_indirect_statement_is_unresolved():
    article = article_of(
        "Intro paragraph about Sampleville.",
        "John Sample said the bridge held.",
        "“We will not leave Sampleville.”",
    )
    quotation = extract_attributions(article)[-1]
    assert (quotation.speaker, quotation.mode, quotation.candidates) == ("", "unresolved", ("John Sample",))
    assert voice_of(article, "“We will not leave").voice == "unnamed source"


def test_quotation_continued_in_the_next_paragraph_is_the_quoted_speakers():
    article = article_of(
        "Intro paragraph about Sampleville.",
        "“The bridge held,” said John Sample.",
        "“We will not leave Sampleville.”",
    )
    quotation = extract_attributions(article)[-1]
    assert (quotation.speaker, quotation.mode, quotation.quoted) == ("John Sample", "context", True)
    voice = voice_of(article, "“We will not leave")
    assert (voice.voice, voice.speaker) == ("inferred", "John Sample")


def test_name_and_colon_before_a_quotation_is_a_cue():
    article = article_of("John Sample: “We will not leave Sampleville.”")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.cue, statement.mode) == ("John Sample", ":", "direct quote")


def test_reporting_verb_verb_forms():
    assert verb_forms("note", {}) == {"note": "base", "notes": "s", "noted": "past", "noting": "ing"}
    assert verb_forms("deny", {}) == {"deny": "base", "denies": "s", "denied": "past", "denying": "ing"}
    assert verb_forms("agree", {}) == {"agree": "base", "agrees": "s", "agreed": "past", "agreeing": "ing"}


# --- the rule layer: PolNeAR's conventions (what the benchmark scores) -----------------------------


def cues(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    """(cue, kind, source) of every cue the rules find, as written."""
    article = article_of(*paragraphs)
    text = article.text
    return [
        (text[cue.cue_start:cue.cue_end], cue.kind,
         text[cue.source_start:cue.source_end] if cue.source_start is not None else None)
        for cue in article_cues(article)
    ]


def test_seem_cue_has_no_source():
    assert cues("Jane Example seemed to soften her position on the bridge.") == [("seemed", "seem", None)]


def test_passive_without_agent_has_no_source_and_no_statement():
    article = article_of("John Sample was asked about the 99th Example Brigade.")
    assert cues("John Sample was asked about the 99th Example Brigade.") == [("was asked about", "passive", None)]
    assert extract_attributions(article) == []


def test_asked_opening_a_sentence_is_a_cue_without_source():
    assert cues("Asked whether the bridge would reopen, Jane Example said it would.") == [
        ("Asked", "passive", None), ("said", "speech", "Jane Example"),
    ]


def test_base_form_after_a_negated_auxiliary_is_a_cue_but_no_statement():
    article = article_of("Jane Example did not mention the bridge.")
    assert cues("Jane Example did not mention the bridge.") == [("did not mention", "act", "Jane Example")]
    assert extract_attributions(article) == []


def test_adverb_before_the_verb_belongs_to_the_cue():
    article = article_of("Jane Example strongly criticized the plan.")
    assert rows(article) == [("Jane Example", "Jane Example", "strongly criticized", "indirect")]


def test_mined_act_verb_takes_its_particle_and_makes_no_statement():
    article = article_of("John Sample railed against the council in Exampleton.")
    assert cues("John Sample railed against the council in Exampleton.") == [("railed against", "act", "John Sample")]
    assert extract_attributions(article) == []


def test_agreed_without_a_that_clause_is_an_act():
    assert cues("The council agreed to halt the works.") == [("agreed", "act", "The council")]
    assert cues("The council agreed that the works should halt.") == [("agreed", "speech", "The council")]


def test_participle_after_a_comma_takes_the_sentence_subject_not_the_object():
    text = "Jane Example, the mayor of Exampleton, opened the bridge on Monday, noting that it had cost less than planned."
    assert cues(text) == [("noting", "speech", "Jane Example")]


def test_base_form_homograph_after_a_plural_noun_is_a_cue():
    assert cues("Local officials hope that the bridge reopens soon.") == [("hope", "belief", "Local officials")]


def test_headline_label_before_a_colon_credits_nobody():
    assert cues("Breaking: Exampleton bridge reopens after two years of works.") == []


def test_pronoun_contraction_is_a_pronoun_not_a_possessive():
    article = article_of("Jane Example said the bridge is open. She’s said that Sampleville will hold.")
    assert rows(article) == [
        ("Jane Example", "Jane Example", "said", "indirect"),
        ("Jane Example", "She", "said", "continued-by-pronoun"),
    ]


def test_name_after_an_opening_bracket_is_the_source():
    article = article_of("(Example News estimates that 40 drones were launched.)")
    assert rows(article) == [("Example News", "Example News", "estimates", "indirect")]


def test_apposition_between_dashes_gives_the_role():
    article = article_of("Jane Example — a teacher from Exampleton — says the school stays open.")
    [attribution] = extract_attributions(article)
    assert (attribution.speaker, attribution.role, attribution.cue) == ("Jane Example", "teacher from Exampleton", "says")


def test_noun_homograph_before_a_colon_is_a_verb():
    assert cues("The website notes: “Exampleton is calm.”") == [("notes:", "speech", "The website")]


def test_title_word_before_an_organisation_word_stays_in_the_name():
    article = article_of("The General Staff said that defenders repelled 12 attacks near Sampleville.")
    assert rows(article) == [("General Staff", "The General Staff", "said", "indirect")]


# --- tables -------------------------------------------------------------------------------------


def test_attributions_table_columns_and_types(seed):
    table = attributions_table([seed])
    assert list(table.columns) == ATTRIBUTION_COLUMNS
    assert len(table) == len(extract_attributions(seed))
    assert str(table["cue_start"].dtype) == "Int64"
    assert table.loc[0, "sentence_ids"] == [4]


def test_attributions_table_of_no_articles_is_empty_with_columns():
    table = attributions_table([])
    assert list(table.columns) == ATTRIBUTION_COLUMNS and len(table) == 0


def test_attributions_table_folds_speakers_across_articles():
    first = article_of("Viktor Samplenko said the bridge held.", name="a.txt")
    second = article_of("Victor Samplenko said the road was closed. Victor Samplenko added it rained.", name="b.txt")
    table = attributions_table([first, second])
    assert list(table["speaker"]) == ["Victor Samplenko"] * 3


def test_sentence_voices_table_has_one_row_per_sentence(seed):
    table = sentence_voices_table([seed])
    assert list(table.columns) == VOICE_COLUMNS
    assert list(table["sentence_id"]) == [s.sentence_id for s in doc_sentences(seed)]


def test_claims_by_voice_joins_on_article_and_sentence(seed):
    claims = pd.DataFrame({"claim_id": ["c1", "c2"], "article_id": [seed.article_id] * 2, "sentence_id": [10, 21]})
    joined = claims_by_voice(claims, sentence_voices_table([seed]))
    assert list(joined["speaker"]) == ["Vitalii Lytvyn", "Victor Trehubov"]
    assert list(joined["voice"]) == ["inferred", "named source"]


def test_speakers_table_counts_statements_claims_and_dates(seed):
    attributions = attributions_table([seed])
    articles = pd.DataFrame({"article_id": [seed.article_id], "published": [pd.Timestamp(seed.published)]})
    claims = pd.DataFrame({"speaker": ["Vitalii Lytvyn", "Vitalii Lytvyn", "", "Victor Trehubov"]})
    table = speakers_table(attributions, articles, claims)
    assert list(table.columns) == SPEAKER_COLUMNS
    lytvyn = table.set_index("speaker").loc["Vitalii Lytvyn"]
    assert (lytvyn["statements"], lytvyn["inferred"], lytvyn["claims"]) == (8, 2, 2)
    assert lytvyn["outlets"] == ["UNIAN"] and lytvyn["roles"] == ["artillery reconnaissance unit commander"]
    assert lytvyn["first_date"] == pd.Timestamp(date(2025, 1, 3)) == lytvyn["last_date"]
    assert list(table["speaker"]) == ["Vitalii Lytvyn", "Victor Trehubov"]


def test_speakers_table_without_claims_counts_zero(seed):
    articles = pd.DataFrame({"article_id": [seed.article_id], "published": [pd.Timestamp(seed.published)]})
    table = speakers_table(attributions_table([seed]), articles)
    assert list(table["claims"]) == [0, 0]


# --- the attribution chain ------------------------------------------------------------------------


def chain_frames(speakers: list[str], authors: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    attributions = pd.DataFrame({"article_id": "a", "speaker": speakers, "via": ""})
    articles = pd.DataFrame({"article_id": ["a"], "authors": [authors]})
    return attributions, articles


def test_attribution_graph_folds_speakers_beyond_the_top_into_one_node():
    attributions, articles = chain_frames(["Jane Example", "Jane Example", "John Sample", "Maria Placeholder"], ["Ivan Demo"])
    graph = attribution_graph(attributions, articles, speakers=1)
    assert sorted(data["label"] for _, data in graph.nodes(data=True) if data["layer"] == 2) == [
        "2 other speakers", "Jane Example",
    ]
    assert graph.graph["shown"] == "top 1 of 3 speakers by claims and statements"


def test_attribution_graph_folds_many_authors_into_one_node():
    attributions, articles = chain_frames(["Jane Example"], ["Ivan Demo", "Olha Testova", "Petro Fictional", "John Sample"])
    graph = attribution_graph(attributions, articles, authors=3)
    assert [data["label"] for _, data in graph.nodes(data=True) if data["layer"] == 0] == ["4 authors"]
    assert graph.graph["shown"] == ""


def test_a_to_infinitive_chain_is_one_cue_whose_source_is_the_subject_of_its_first_verb():
    assert cues("Jane Example tried to explain the delay at the Sampleville depot.") == [
        ("tried to explain", "act", "Jane Example")]


def test_a_to_infinitive_chain_is_not_a_statement():
    assert extract_attributions(article_of("Jane Example tried to explain the delay at the Sampleville depot.")) == []


def test_an_evidence_noun_with_a_participle_after_it_is_the_source_of_show():
    assert cues("New polls released Sunday showed that most residents want the bridge rebuilt.") == [
        ("showed", "evidence", "New polls")]


def test_a_quantifier_can_be_the_source_of_a_belief():
    assert cues("Most believe the Sampleville bridge will reopen in spring.") == [("believe", "belief", "Most")]


def test_a_progressive_evidence_verb_is_a_cue_with_its_auxiliary():
    assert cues("The records are showing that the Sampleville depot was empty.") == [
        ("are showing", "evidence", "The records")]


def test_a_contracted_auxiliary_on_a_pronoun_is_part_of_the_cue_not_the_source():
    assert cues("Jane Example opened the depot. They’ve argued that the Sampleville bridge will hold.") == [
        ("’ve argued", "speech", "They")]


def test_issues_after_an_adjective_is_a_noun_not_a_cue():
    assert cues("Jane Example raised economic issues at the Sampleville meeting.") == []


def test_a_participle_naming_an_indefinite_object_is_no_cue():
    assert cues("Jane Example leads a group called Friends of Sampleville. A spokesman called the plan reckless.") == [
        ("called", "stance", "A spokesman")]


def test_find_with_a_reflexive_reports_nothing():
    assert cues("Jane Example found herself in trouble in Sampleville. John Sample found that the bridge was closed.") == [
        ("found", "evidence", "John Sample")]


def test_appear_at_a_place_is_a_visit_not_a_seeming():
    assert cues("Jane Example appeared at the Sampleville rally. John Sample appeared to back the plan.") == [
        ("appeared", "seem", None)]


def test_a_cue_word_used_as_a_noun_after_a_determiner_heads_the_source():
    assert cues("The note says the Sampleville bridge is closed.") == [("says", "speech", "The note")]


def test_reports_after_a_sentence_initial_quantifier_is_the_source_not_the_cue():
    assert cues("Several reports reveal that the Sampleville bridge is closed.") == [
        ("reveal", "speech", "Several reports")]


def test_an_irregular_negative_contraction_belongs_to_the_cue():
    assert cues("Jane Example won't reveal the terms of the Sampleville deal.") == [
        ("won't reveal", "act", "Jane Example")]


def test_a_headline_role_without_a_determiner_is_an_unnamed_source():
    article = parse_text("Sampleville commander says the bridge will hold\n\nThe bridge held on Friday.\n", "t.txt")
    assert rows(article) == [("", "Sampleville commander", "says", "indirect")]


def test_an_opening_mark_typed_after_the_last_comma_closes_the_quotation():
    text = "“It is unusual,“ said Jane Example."
    quotes = find_quotes(text, [(0, len(text))])
    assert [(text[q.start:q.end], q.closed) for q in quotes] == [("“It is unusual,“", True)]


def test_a_bracketed_party_before_an_apposition_is_skipped_to_the_name():
    assert cues("State Rep. Jane Example (R), a leader of the Sampleville coalition, suggested a new bridge.") == [
        ("suggested", "speech", "State Rep. Jane Example")]


def test_an_apposition_between_spaced_hyphens_gives_the_source():
    assert cues("Jane Example - who met advisers on Friday - has vowed to rebuild the Sampleville bridge.") == [
        ("has vowed", "speech", "Jane Example")]


def test_the_object_inside_a_who_clause_is_not_the_source():
    assert cues("Officials who spoke to Jane Example said the Sampleville bridge was closed.") == [
        ("said", "speech", "Officials")]


def test_a_time_phrase_closing_a_relative_clause_keeps_the_name_before_it():
    assert cues("Jane Example, who fled Sampleville last year, says the school is closed.") == [
        ("says", "speech", "Jane Example")]


def test_a_time_phrase_set_off_by_commas_keeps_the_name_before_it():
    assert cues("Jane Example, on Monday, said the Sampleville bridge was closed.") == [
        ("said", "speech", "Jane Example")]


def test_forces_continuing_operations_is_an_act_not_a_statement():
    assert cues("Russian forces continued offensive operations near Sampleville.") == [
        ("continued", "act", "Russian forces")]


def test_continued_after_a_quotation_is_speech():
    assert cues("“The Sampleville bridge holds,” she continued.") == [("continued", "speech", "she")]


def test_added_with_an_object_is_an_act_and_with_a_clause_is_speech():
    assert cues("The strikes added pressure on Sampleville. Jane Example added the bridge would hold.") == [
        ("added", "act", "The strikes"), ("added", "speech", "Jane Example")]


def test_a_participle_before_a_plural_noun_is_an_adjective_not_a_cue():
    assert cues("Russian forces did not make confirmed advances near Sampleville.") == []


def test_a_participle_after_a_preposition_is_an_adjective_not_a_cue():
    assert cues("The week was marked by continued pressure on Sampleville.") == []


def test_a_word_of_a_web_address_is_not_a_cue():
    assert cues("See [the page](https://example.com/sampleville_reports) for more.") == []


def test_markdown_link_text_and_bold_stay_out_of_the_source():
    assert cues("Drones crossed the border.** Sampleville groups announced a protest. "
                "- [Sampleville chief says the bridge is closed](https://example.com/x)") == [
        ("announced", "speech", "Sampleville groups"), ("says", "speech", "Sampleville chief")]


def test_a_zero_width_mark_inside_a_name_keeps_the_whole_name():
    assert cues("Mayor Jane \u200cExample said the Sampleville bridge was closed.") == [
        ("said", "speech", "Mayor Jane \u200cExample")]


def test_an_acronym_before_a_role_noun_stays_in_the_source():
    assert cues("A US official said the Sampleville bridge was closed.") == [("said", "speech", "A US official")]


def test_a_source_phrase_starts_after_a_dash_inside_a_word():
    assert cues("Power is out in the cold—but Sampleville polling shows support for the mayor.") == [
        ("shows", "evidence", "Sampleville polling")]


def test_a_zero_width_mark_inside_a_name_folds_to_the_plain_name():
    article = parse_text("Title here\n\nMayor Jane \u200cExample said the bridge was closed.\n", "t.txt")
    assert [a.speaker for a in extract_attributions(article)] == ["Jane Example"]


def test_a_possessive_country_before_a_name_is_not_part_of_the_name(monkeypatch):
    monkeypatch.setattr(speakers, "_country_names", lambda: frozenset({"Sampleland"}))
    assert name_words("Sampleland’s Example") == ((), ("Example",))


def test_a_possessive_that_is_no_country_stays_in_the_name():
    assert name_words("Women’s Sampleville Commission") == ((), ("Women’s", "Sampleville", "Commission"))


def test_an_acronym_before_a_title_is_not_part_of_the_name():
    assert name_words("XY President Jane Example") == (("President",), ("Jane", "Example"))


def test_a_country_before_a_title_is_not_part_of_the_name(monkeypatch):
    monkeypatch.setattr(speakers, "_country_names", lambda: frozenset({"Sampleland"}))
    assert name_words("Sampleland President Jane Example") == (("President",), ("Jane", "Example"))


def test_a_title_word_between_given_name_and_surname_stays_in_the_name():
    assert name_words("Jane Bishop Example") == ((), ("Jane", "Bishop", "Example"))


def test_an_abstract_noun_after_an_inverted_verb_is_its_object_not_its_source():
    assert cues("The talks in Sampleville on Friday, March 6, underscored the deadlock between the towns.") == [
        ("underscored", "speech", None)]


def test_informed_without_anyone_informed_is_not_a_cue():
    assert cues("Stay informed about Sampleville. Jane Example informed the mayor that the bridge was closed.") == [
        ("informed", "speech", "Jane Example")]


def test_no_context_across_a_long_stretch_between_two_statements():
    article = article_of(
        "Intro paragraph about Sampleville.",
        "John Sample said the bridge held.",
        "The river is wide here.",
        "The town has two schools.",
        "The market opens at dawn.",
        "Sample added that the river was rising.",
    )
    assert voice_of(article, "The town has").voice == "author"


def test_no_context_for_a_line_of_links_between_statements():
    article = article_of(
        "Intro paragraph about Sampleville.",
        "John Sample said the bridge held.",
        "- [Sampleville news](https://example.com/news)",
        "Sample added that the river was rising.",
    )
    # the line of links is page furniture (a ``links`` block): no sentence, so no voice at all
    assert [block.kind for block in article.blocks if block.text.startswith("- [Sampleville")] == ["links"]
    assert not any(sentence.text.startswith("- [Sampleville") for sentence in doc_sentences(article))


def test_a_footnote_number_after_a_stop_ends_the_phrase_before_the_source():
    assert cues("The strike hit the Sampleville depot.30 Western intelligence analysis suggests that it burned.") == [
        ("suggests", "speech", "Western intelligence analysis")]


def test_a_body_and_its_titles_before_a_name_are_not_part_of_the_name():
    assert name_words("Sampleville Navy Spokesperson Captain Jane Example") == (
        ("Spokesperson", "Captain"), ("Jane", "Example"))


def test_a_place_and_a_title_before_a_full_name_are_not_part_of_the_name():
    assert name_words("Sampleville Mayor Jane Example") == (("Mayor",), ("Jane", "Example"))


def test_an_abbreviated_rank_before_a_rank_stays_with_the_name():
    article = parse_text("Sampleville\n\nBrig. Gen. Jane Example said the bridge at Sampleville held.\n", "ranks.txt")
    [statement] = extract_attributions(article)
    assert (statement.speaker, statement.speaker_text, statement.role) == (
        "Jane Example", "Brig. Gen. Jane Example", "Brig. Gen.")


def test_an_abbreviated_title_does_not_end_the_sentence():
    article = parse_text("Sampleville\n\nCmdr. John Sample said the convoy reached Sampleville.\n", "title.txt")
    [statement] = extract_attributions(article)
    assert (statement.speaker, statement.speaker_text, statement.cue) == ("John Sample", "Cmdr. John Sample", "said")


# --- issues 10 and 11: a speaker that is right or empty, and the chain of a statement ---------------


def test_pronoun_with_another_candidate_named_in_between_stays_unresolved():
    article = article_of("John Sample said the bridge held. He met Jack Example in Sampleville. "
                         "He added that the road was closed.")
    last = extract_attributions(article)[-1]
    assert (last.speaker, last.speaker_text, last.mode, last.speaker_kind, last.candidates) == (
        "", "He", "unresolved", "person", ("John Sample", "Jack Example"))


def test_pronoun_after_an_inverted_speaker_is_that_speaker():
    article = article_of("“We agreed on a text,” said Jane Example after the meeting. "
                         "The sides “agreed positions”, she added.")
    last = extract_attributions(article)[-1]
    assert (last.speaker, last.mode, last.candidates) == ("Jane Example", "continued-by-pronoun", ())


def test_pronoun_of_the_wrong_gender_never_takes_a_speaker():
    article = article_of("John Sample said the bridge held.", "“The river rose,” she said.")
    last = extract_attributions(article)[-1]
    assert (last.speaker, last.mode) == ("", "unresolved")


def test_it_needs_an_organisation_and_nothing_else_named_in_between():
    article = article_of("The Example Brigade said the bridge held. The Sample Battalion shelled the town. "
                         "It added that the road was closed.")
    last = extract_attributions(article)[-1]
    assert (last.speaker, last.mode, last.speaker_kind, last.candidates) == (
        "", "unresolved", "organisation", ("Example Brigade", "Sample Battalion"))


def test_it_continues_an_organisation():
    article = article_of("The Example Brigade said the bridge held. It added that the road was closed.")
    last = extract_attributions(article)[-1]
    assert (last.speaker, last.speaker_kind, last.mode) == ("Example Brigade", "organisation", "continued-by-pronoun")


def test_they_needs_a_plural_antecedent():
    article = article_of("John Sample said the bridge held. They added that the road was closed.")
    last = extract_attributions(article)[-1]
    assert (last.speaker, last.mode) == ("", "unresolved")


def test_they_continues_an_unnamed_plural_source_with_its_words():
    article = article_of("Local officials said the bridge held. They added that the road was closed.")
    last = extract_attributions(article)[-1]
    assert (last.speaker, last.speaker_kind, last.descriptor, last.mode) == (
        "", "unnamed", "Local officials", "continued-by-pronoun")


def test_interviewers_question_is_the_authors_and_the_answer_the_one_asked():
    article = article_of("I asked Jane Example whether the bridge would hold.", "“It will,” she said.")
    question, answer = extract_attributions(article)
    assert (question.speaker, question.speaker_text, question.speaker_kind, question.cue) == ("", "I", "author", "asked")
    assert voice_of(article, "I asked Jane Example").voice == "author"
    assert (answer.speaker, answer.mode) == ("Jane Example", "continued-by-pronoun")


def test_we_outside_a_quotation_is_the_author():
    article = article_of("We asked the mayor of Sampleville about the bridge.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.speaker_kind) == ("", "author")


def test_quotation_continued_over_two_paragraphs_is_the_speakers():
    article = article_of(
        "Intro paragraph about Sampleville.",
        "“The bridge held,” said Jane Example. “We stayed all night.",
        "“Then the river rose.”",
    )
    voice = voice_of(article, "“Then the river rose")
    assert (voice.voice, voice.speaker) == ("named source", "Jane Example")


def test_unquoted_sentence_between_two_quotations_is_the_authors():
    article = article_of(
        "Intro paragraph about Sampleville.",
        "“The bridge held,” said Jane Example.",
        "The Exampleton council has sent 40 trucks of gravel.",
        "“We are grateful,” said Jane Example.",
    )
    assert voice_of(article, "The Exampleton council").voice == "author"
    assert [a.mode for a in extract_attributions(article)] == ["direct quote", "direct quote"]


@pytest.mark.parametrize("sentence, speaker, speaker_text", [
    ("According to the U.N., the plant lost power.", "United Nations", "the U.N."),
    ("The plant lost power, according to the U.N.", "United Nations", "the U.N."),
    ("The UN said the plant lost power.", "United Nations", "The UN"),
    ("The United Nations said the plant lost power.", "United Nations", "The United Nations"),
])
def test_un_with_stops_is_one_speaker_folded_with_its_full_name(sentence, speaker, speaker_text):
    (statement,) = extract_attributions(article_of(sentence))
    assert (statement.speaker, statement.speaker_text, statement.speaker_kind) == (speaker, speaker_text, "organisation")


def test_a_body_described_with_un_keeps_its_words_and_is_never_u():
    # audit after2, class 1: the named body is the speaker as written, not an unnamed source
    (statement,) = extract_attributions(article_of("According to the U.N. nuclear watchdog, the plant lost power."))
    assert (statement.speaker, statement.speaker_kind, statement.descriptor) == (
        "U.N. nuclear watchdog", "organisation", "")


def test_via_of_told_is_never_copied_to_the_speakers_other_statements():
    article = article_of(
        "Jane Example told The Sampleville Courier that the bridge held.",
        "“We stayed all night,” Example said in a video address.",
    )
    assert [(a.speaker, a.via) for a in extract_attributions(article)] == [
        ("Jane Example", "The Sampleville Courier"), ("Jane Example", "")]


@pytest.mark.parametrize("sentence, via, content_text", [
    ("John Sample told The Sampleville Courier that the bridge held.", "The Sampleville Courier", "the bridge held"),
    ("John Sample said in an interview with Example TV that the bridge held.", "Example TV", "the bridge held"),
    ("A Sampleville official confirmed to the Exampleton Times that the bridge held.", "Exampleton Times",
     "the bridge held"),
    ("Speaking to Example News, John Sample said the bridge held.", "Example News", "the bridge held"),
    ("The Sampleland Security Service claimed to state newswire SAMPA that the bridge held.", "SAMPA",
     "the bridge held"),
    ("In a March interview with the Exampleton Post, John Sample said the bridge held.", "Exampleton Post",
     "the bridge held"),
])
def test_recipient_constructions_set_the_via(sentence, via, content_text):
    (statement,) = extract_attributions(article_of(sentence))
    assert (statement.via, content(article_of(sentence), statement)) == (via, content_text)


def test_an_outlet_reporting_with_a_cited_source_is_the_via_of_that_source():
    article = article_of("The Sampleville Courier reported, citing two officials, that the bridge held.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.speaker_kind, statement.descriptor, statement.via, content(article, statement)) == (
        "", "unnamed", "two officials", "The Sampleville Courier", "the bridge held")


@pytest.mark.parametrize("phrase", ["her", "Jane Example", "Sampleland's Defence Ministry", "a joint Example Bank",
                                    "a source briefed on the meeting"])
def test_via_is_never_a_pronoun_person_body_or_phrase(phrase):
    article = article_of(f"John Sample said the bridge held, according to {phrase}.")
    assert [a.via for a in extract_attributions(article)] == ["", ""]


@pytest.mark.parametrize("sentence, medium", [
    ("John Sample said on Telegram that the bridge held.", "Telegram"),
    ("In a Facebook post, Jane Example said the bridge held.", "Facebook"),
    ("“The bridge held,” John Sample wrote on X.", "X"),
])
def test_a_platform_is_the_medium_never_the_via(sentence, medium):
    (statement,) = extract_attributions(article_of(sentence))
    assert (statement.medium, statement.via) == (medium, "")


def test_a_platform_inside_what_is_said_is_no_medium():
    (statement,) = extract_attributions(article_of("The mayor announced that Sampleville would keep its Telegram channel."))
    assert statement.medium == ""


@pytest.mark.parametrize("sentence, speaker, kind, descriptor", [
    ("Jane Example said the bridge held.", "Jane Example", "person", ""),
    ("The Example Brigade said the bridge held.", "Example Brigade", "organisation", ""),
    ("A senior official said the bridge held.", "", "unnamed", "A senior official"),
    ("Sources close to the command said the bridge held.", "", "unnamed", "Sources close to the command"),
    ("The report found that the bridge held.", "", "document", "The report"),
    ("Ukraine's military said the bridge held.", "Ukrainian military", "organisation", ""),
])
def test_speaker_kind_and_descriptor(sentence, speaker, kind, descriptor):
    (statement,) = extract_attributions(article_of(sentence))
    assert (statement.speaker, statement.speaker_kind, statement.descriptor) == (speaker, kind, descriptor)


def test_an_acronym_in_brackets_folds_with_its_full_name():
    article = article_of("The Sampleville Institute for Peace (SIP) said the bridge held.",
                         "SIP added that the road was closed.")
    assert [(a.speaker, a.speaker_text) for a in extract_attributions(article)] == [
        ("Sampleville Institute for Peace", "The Sampleville Institute for Peace"),
        ("Sampleville Institute for Peace", "SIP"),
    ]


def test_a_lone_surname_takes_the_full_name_the_article_gives():
    article = article_of("Finance Minister Jane Example visited Sampleville on Monday.",
                         "“The bridge will be rebuilt,” Example said.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.speaker_text) == ("Jane Example", "Example")


def test_a_lone_surname_with_two_full_names_in_the_article_stays_as_written():
    article = article_of("Jane Example and John Example visited Sampleville on Monday.",
                         "“The bridge will be rebuilt,” Example said.")
    (statement,) = extract_attributions(article)
    assert statement.speaker == "Example"


@pytest.mark.parametrize("title", [
    "Resilient Example Tells Sampleville Courier The Bridge Will Hold",
    "Resilient Example tells Sampleville Courier the bridge will hold",
])
def test_a_capitalised_headline_adjective_is_not_part_of_a_name(title):
    article = parse_text(seed_layout("Mayor Jane Example visited Sampleville on Monday.", title=title), "t.txt")
    assert [(a.speaker, a.speaker_text) for a in extract_attributions(article)] == [
        ("Jane Example", "Resilient Example")]


def test_a_body_keeps_its_country_and_folds_across_its_spellings(monkeypatch):
    import importlib
    statements = importlib.import_module("helpers.extract.attribution.statements")
    monkeypatch.setitem(speakers.ADJECTIVES, "Sampleland", "Samplelandic")
    nationalities = speakers.NATIONALITIES | {"Samplelandic"}
    monkeypatch.setattr(speakers, "NATIONALITIES", nationalities)
    monkeypatch.setattr(statements, "NATIONALITIES", nationalities)
    article = article_of("Sampleland's General Staff said the bridge held.",
                         "The Samplelandic General Staff added that the road was closed.",
                         "The General Staff of the Armed Forces of Sampleland reported 40 attacks.")
    assert [a.speaker for a in extract_attributions(article)] == ["Samplelandic General Staff"] * 3


@pytest.mark.parametrize("sentence", [
    "Jack Example berated President John Sample in a televised meeting.",
    "The council rejected martial law, voting for a curfew instead.",
    "Recent footage indicates that the bridge held.",
    "Its charts show that the bridge held.",
    "The dashboard compiles official and cited sources.",
    "A fleet estimated at between 400 and 1,000 ships sails on.",
    "He meant that Sampleville security guarantees needed approval.",
    "It is worth noting that the bridge held.",
    "How have the towns of Sampleland responded to the flood?",
    "Residents surged to rebuild the bridge and tell the story of Sampleville.",
    "No promotional rates found.",
    "The council sent memos to Sampleville outlining the repairs.",
    "The broadcaster published footage of soldiers claiming that the bridge held.",
])
def test_acts_evidence_without_a_speaker_and_adjectives_are_no_statements(sentence):
    assert [(a.speaker_text, a.cue) for a in extract_attributions(article_of(sentence))] == []


def test_a_linked_headline_in_a_list_is_no_statement():
    article = article_of("The bridge in Sampleville reopened on Monday.", "- [Jane Example says the bridge held](https://example.com/bridge)")
    assert [(a.speaker_text, a.cue) for a in extract_attributions(article)] == []


def test_a_rejected_claim_is_still_a_statement():
    (statement,) = extract_attributions(article_of("The Example Brigade rejected the claim that the bridge fell."))
    assert (statement.speaker, statement.cue) == ("Example Brigade", "rejected")


def test_seed_new_columns(seed):
    table = attributions_table([seed])
    assert table["speaker_kind"].tolist() == ["person"] * 9 + ["unnamed", "person", "person"]
    assert table["descriptor"].tolist() == [""] * 9 + ["Reports", "", ""]
    assert set(table["medium"]) == {""}


def test_a_line_of_two_words_says_nothing():
    article = article_of("The Sampleville Courier covers the town.", "Access Denied")
    assert [(a.speaker_text, a.cue) for a in extract_attributions(article)] == []


def test_a_person_of_a_body_is_the_speaker_not_the_body():
    article = article_of("Archbishop John Sample of the Ukrainian Example Church attended the ceremony, "
                         "describing the stamp as a great moment.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.role) == ("John Sample", "of the Ukrainian Example Church")


def test_a_person_named_inside_a_quotation_does_not_block_a_pronoun():
    article = article_of("“I met Jack Example in Sampleville,” said John Sample. He added that the bridge held.")
    last = extract_attributions(article)[-1]
    assert (last.speaker, last.mode) == ("John Sample", "continued-by-pronoun")


def test_an_acronym_in_capitals_is_no_relative_who():
    article = article_of("New cases were found in Sampleland and Exampleland, WHO urges close monitoring.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.speaker_kind) == ("World Health Organization", "organisation")


def test_two_coordinated_names_are_both_the_source_and_neither_the_speaker():
    article = article_of("The dam remains a concern, with Sampleland and Exampleland frequently accusing each other of delays.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.descriptor) == ("", "Sampleland and Exampleland")


def test_a_coordinated_verb_shares_the_earlier_source():
    article = article_of("Local industrial groups say the situation is serious and have asked the mayor for help.")
    assert [(a.cue, a.descriptor) for a in extract_attributions(article)] == [
        ("say", "Local industrial groups"), ("have asked", "Local industrial groups")]


def test_a_document_in_a_journal_is_the_source_of_its_relative_clause():
    article = article_of("This is backed by a paper in the Example Data Journal that explains how bots spread messages.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.speaker_kind, statement.descriptor) == (
        "", "document", "a paper in the Example Data Journal")


def test_a_units_ordinal_and_owner_stay_in_its_name():
    article = article_of("In January, Ukraine’s 14th Example Drone Regiment said it was behind the assault on Sampleville.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.speaker_kind) == ("Ukrainian 14th Example Drone Regiment", "organisation")


def test_an_office_before_a_name_is_not_part_of_the_full_name():
    article = article_of("The UN High Commissioner for Refugees Jane Example travelled to Sampleville.",
                         "“The town needs help,” Example said.")
    (statement,) = extract_attributions(article)
    assert statement.speaker == "Jane Example"


def test_a_country_before_a_colon_labels_a_headline(monkeypatch):
    monkeypatch.setattr(speakers, "_country_names", lambda: frozenset({"Samplestan"}))
    article = article_of("Intro paragraph about Sampleville.", "Samplestan: Example rights chief highlights suffering of civilians")
    assert [a.speaker for a in extract_attributions(article)] == [""]


def test_a_pronoun_after_a_described_person_opening_the_sentence_before_is_that_person():
    article = article_of("The secretary of the court took the stand as a witness. He recalled that the bridge was closed.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker, statement.speaker_kind, statement.descriptor, statement.mode) == (
        "", "unnamed", "The secretary", "continued-by-pronoun")


@pytest.mark.parametrize("sentence", [
    "The page is at https://example.com/news/kursk-operation-sampleland-says today.",
    "It was only after the sentencing concluded that the court closed.",
])
def test_cues_in_web_addresses_and_events_make_no_statement(sentence):
    assert extract_attributions(article_of(sentence)) == []


def test_an_adverb_of_an_affiliation_is_no_statement():
    article = article_of("A milblogger reportedly affiliated with the Example Brigade claimed that the bridge held.")
    assert [(a.cue, a.descriptor) for a in extract_attributions(article)] == [("claimed", "A milblogger")]


def test_a_participle_after_a_that_clause_is_the_main_speakers():
    article = article_of("But Jane Example said it was “not fair” that John Sample was putting pressure on Sampleville, "
                         "adding, “I hope it is just his tactics.”")
    assert [(a.speaker, a.cue) for a in extract_attributions(article)] == [
        ("Jane Example", "said"), ("Jane Example", "adding")]


def test_a_sentence_opening_with_he_between_statements_is_the_authors():
    article = article_of(
        "Intro paragraph about Sampleville.",
        "John Sample recalled a visit to Exampleton. He received a firm rebuff. Sample added that the bridge held.",
    )
    assert voice_of(article, "He received a firm rebuff").voice == "author"


def test_a_capitalised_noun_in_a_title_case_headline_is_no_cue():
    article = article_of("Intro paragraph about Sampleville.", "Lonely Exampleton Issues Grave Warning to Sampleville Over Bridge Repairs")
    assert extract_attributions(article) == []


def test_a_named_places_government_is_an_organisation_speaker():
    article = article_of("The Sampleville government said it would not enforce the new rules.")
    table = attributions_table([article])
    assert table[["speaker", "speaker_kind", "descriptor"]].to_dict("records") == [
        {"speaker": "Sampleville government", "speaker_kind": "organisation", "descriptor": ""}]


def test_a_government_named_by_no_place_stays_an_unnamed_source():
    article = article_of("Local government said it would not enforce the new rules.")
    table = attributions_table([article])
    assert table[["speaker", "speaker_kind"]].to_dict("records") == [{"speaker": "", "speaker_kind": "unnamed"}]


# --- audit after2 (issue 10): non-statements ---------------------------------------------------


def test_a_body_that_has_shown_something_makes_no_statement():
    article = article_of("The Sampleville army has shown throughout the war that it can hold the bridge. "
                         "Jane Example has shown us how we must do so.")
    assert rows(article) == []


def test_a_document_that_shows_something_stays_a_statement():
    article = article_of("This new report shows that prices rose in Sampleville.")
    assert [(a.speaker_text, a.cue, a.speaker_kind) for a in extract_attributions(article)] == [
        ("This new report", "shows", "document")]


def test_acts_with_a_noun_object_make_no_statement():
    article = article_of("The Sampleville Drone Forces posted geolocated footage of the strike. "
                         "Example hardly mentioned Sampleland. Jane Example said Sampleland has promised deals worth "
                         "$12 million to the city. Jane Example did not clarify whether she was referring to "
                         "artillery systems or shells.")
    assert rows(article) == [("Jane Example", "Jane Example", "said", "indirect")]


def test_speech_verbs_with_a_noun_object_stay_statements():
    article = article_of("Jane Example announced new funding for Sampleville. John Sample accused Exampleton of lying. "
                         "Jane Example posted on Telegram that the city was calm. Sampleland promised to help.")
    assert [(a.speaker, a.cue) for a in extract_attributions(article)] == [
        ("Jane Example", "announced"), ("John Sample", "accused"), ("Jane Example", "posted on"),
        ("Sampleland", "promised")]


def test_a_recommended_list_in_a_description_is_no_statement():
    article = article_of("Intro paragraph about Sampleville.", "Read my Big Five recommended reads for the week.")
    assert rows(article) == []


def test_a_dateline_in_capitals_is_no_speaker():
    article = article_of("SAMPLEVILLE: The special envoy Jane Example told reporters that the talks would go on.")
    assert rows(article) == [("Jane Example", "Jane Example", "told", "indirect")]


def test_mentioning_what_was_done_stays_a_statement():
    article = article_of("Jane Example also mentioned ongoing collaboration with the Sampleville Courier to fix the bridge.")
    assert [(a.speaker, a.cue) for a in extract_attributions(article)] == [("Jane Example", "also mentioned")]


def test_a_closing_according_to_is_the_source_of_the_clause_before_it():
    article = article_of("Eight districts reported damage in the strikes, according to Jane Example.")
    assert rows(article) == [("Jane Example", "Jane Example", "according to", "according-to")]
    assert content(article, extract_attributions(article)[0]) == "Eight districts reported damage in the strikes"


def test_a_persons_statement_under_according_to_stays_its_own():
    article = article_of("Jane Example said the bridge was hit, according to John Sample.")
    assert [(a.speaker, a.cue) for a in extract_attributions(article)] == [
        ("Jane Example", "said"), ("John Sample", "according to")]


# --- audit after2 (issue 10): named bodies and persons -------------------------------------------


def speaker_rows(article: Article) -> list[dict]:
    table = attributions_table([article])
    return table[["speaker", "speaker_kind", "speaker_text", "role", "organisation"]].to_dict("records")


def test_a_named_watchdog_is_an_organisation_speaker_as_written():
    article = article_of("According to the Sampleville nuclear watchdog, the plant lost power.")
    assert speaker_rows(article) == [{"speaker": "Sampleville nuclear watchdog", "speaker_kind": "organisation",
                                      "speaker_text": "the Sampleville nuclear watchdog", "role": "", "organisation": ""}]


def test_a_named_assembly_is_an_organisation_speaker():
    article = article_of("The UN General Assembly said the vote passed.")
    assert [(a.speaker, a.speaker_kind) for a in extract_attributions(article)] == [("UN General Assembly", "organisation")]


def test_a_capitalised_name_in_ing_mid_sentence_is_a_speaker():
    article = article_of("Last week, Exampling urged “all parties to stop the shelling”.")
    assert [(a.speaker, a.speaker_text, a.cue) for a in extract_attributions(article)] == [("Exampling", "Exampling", "urged")]


def test_a_bodys_spokesperson_speaks_for_the_body():
    article = article_of("Examplecorp’s spokesperson acknowledged that the chips were sold in Sampleville.")
    assert speaker_rows(article) == [{"speaker": "Examplecorp", "speaker_kind": "organisation",
                                      "speaker_text": "Examplecorp’s spokesperson", "role": "spokesperson",
                                      "organisation": "Examplecorp"}]


def test_a_persons_spokesman_stays_unnamed():
    article = article_of("Jane Example said the line held. Jane Example's spokesman said the talks were over.")
    assert [(a.speaker, a.speaker_kind, a.descriptor) for a in extract_attributions(article)] == [
        ("Jane Example", "person", ""), ("", "unnamed", "Jane Example's spokesman")]


def test_a_body_cut_short_takes_its_full_name_from_the_article():
    article = article_of("According to the General Staff of the Armed Forces of Sampleland, the line held.",
                         "According to the General Staff of the Armed Forces, 230 clashes took place.")
    assert [(a.speaker, a.speaker_text) for a in extract_attributions(article)] == [
        ("General Staff of the Armed Forces of Sampleland", "the General Staff of the Armed Forces of Sampleland"),
        ("General Staff of the Armed Forces of Sampleland", "the General Staff of the Armed Forces")]


def test_a_surname_that_is_a_title_after_a_given_name_is_a_name():
    article = article_of("“We must act,” said Jane Pope, the agency’s director general.")
    assert [(a.speaker, a.speaker_kind) for a in extract_attributions(article)] == [("Jane Pope", "person")]


def test_a_name_after_an_office_with_its_portfolio_is_the_speaker():
    article = article_of("“We must act,” the Sampleville High Commissioner for Refugees Jan Exampleson said in a statement.")
    assert [(a.speaker, a.speaker_kind) for a in extract_attributions(article)] == [("Jan Exampleson", "person")]


# --- audit after2 (issue 10): sentence structure and context ----------------------------------------


def test_an_inverted_source_before_a_dashed_aside_says_the_clause_before_it():
    article = article_of("It also suffered 3,100 casualties in May, estimated Sampleland’s General Staff – a sustainable "
                         "number given recruitment levels.")
    (statement,) = extract_attributions(article)
    assert (statement.speaker_text, statement.cue, content(article, statement)) == (
        "Sampleland’s General Staff", "estimated", "It also suffered 3,100 casualties in May")


def test_a_subject_before_a_relative_clause_closed_by_a_dash_is_the_speaker():
    article = article_of("Jane Example, who met John Sample for seven hours at Exampleton on Saturday—including a round "
                         "of golf—told the Sampleville Courier that Sample is growing impatient.")
    assert [(a.speaker, a.cue, a.via) for a in extract_attributions(article)] == [
        ("Jane Example", "told", "Sampleville Courier")]


def test_an_unquoted_sentence_after_a_closed_quotation_is_the_authors():
    article = article_of("“We will hold the bridge,” said Jane Example, the mayor of Sampleville. The Sampleville "
                         "service had good insight into the north. “They lacked fuel,” said Example.")
    assert voice_of(article, "The Sampleville service had good insight").voice == "author"
    assert [a.mode for a in extract_attributions(article)] == ["direct quote", "direct quote"]


def test_an_unquoted_sentence_after_a_description_closing_with_a_quotation_is_the_authors():
    article = article_of("Jane Example described the outcome as mixed: “progress has been made, but positions differ.” "
                         "This diplomatic description barely masks the reality. Example added that the talks would go on.")
    assert [a.mode for a in extract_attributions(article)] == ["indirect", "indirect"]


def test_an_unquoted_sentence_inside_reported_speech_stays_the_speakers_by_context():
    article = article_of("Intro paragraph about Sampleville.", "Jane Example said that the bridge was safe. The repairs "
                         "would take a week. Example added that the talks would go on.")
    assert [(a.speaker, a.mode) for a in extract_attributions(article)] == [
        ("Jane Example", "indirect"), ("Jane Example", "context"), ("Jane Example", "indirect")]


def test_a_quotation_paragraph_after_a_statement_closing_with_a_quotation_is_the_speakers():
    article = article_of("Intro paragraph about Sampleville.",
                         "Briefing reporters, Sampleville spokesperson Jane Example said any strike on civilians is "
                         "“unacceptable and unjustifiable.”",
                         "“Between yesterday and today, an attack damaged dozens of buildings in Sampleville.”")
    assert [(a.speaker, a.mode) for a in extract_attributions(article)] == [
        ("Jane Example", "indirect"), ("Jane Example", "context")]


def test_a_quotation_paragraph_after_an_unquoted_statement_stays_unresolved():
    article = article_of("Intro paragraph about Sampleville.", "Jane Example said the strikes were unacceptable.",
                         "“Between yesterday and today, an attack damaged dozens of buildings in Sampleville.”")
    assert [(a.speaker, a.mode) for a in extract_attributions(article)] == [
        ("Jane Example", "indirect"), ("", "unresolved")]


def interview(*answer: str) -> Article:
    return article_of("Intro paragraph about Sampleville.", "John Sample:", "Jane Example:", *answer,
                      "John Sample:", "Mary Example:", "The economy is weaker than it looks, and prices keep rising.",
                      "Related articles")


def test_an_answer_under_a_name_label_in_an_interview_is_the_speakers():
    article = interview("We returned 400 square kilometers this month, and the line holds.")
    assert [(a.speaker, a.mode, content(article, a)) for a in extract_attributions(article)] == [
        ("Jane Example", "context", "We returned 400 square kilometers this month, and the line holds."),
        ("Mary Example", "context", "The economy is weaker than it looks, and prices keep rising.")]


def test_i_in_an_interviews_answer_is_the_one_answering():
    article = interview("As far as I can tell, the bridge is closed.")
    assert [(a.speaker, a.speaker_text, a.mode) for a in extract_attributions(article)][0] == (
        "Jane Example", "I", "continued-by-pronoun")


def test_a_lone_name_label_is_no_interview():
    article = article_of("Intro paragraph about Sampleville.", "Jane Example:", "As far as I can tell, the bridge is closed.")
    assert [(a.speaker, a.speaker_kind, a.mode) for a in extract_attributions(article)] == [("", "author", "indirect")]


def test_a_quotation_after_the_authors_question_to_a_described_person_is_their_answer():
    article = article_of("Intro paragraph about Sampleville.",
                         "Sampleland's Mayor Jane Example told the Sampleville Courier that the bridge held.",
                         "I asked Sampleland's mayor about the claim that she is a dictator.",
                         "\"I am not a dictator, and I didn't start the war, that's it.\"", "Later the council met.")
    assert [(a.speaker, a.mode) for a in extract_attributions(article)] == [
        ("Jane Example", "indirect"), ("", "indirect"), ("Jane Example", "context")]


def test_a_quotation_after_the_authors_question_to_her_is_the_last_named_persons_answer():
    article = article_of("Intro paragraph about Sampleville.",
                         "Jane Example told the Sampleville Courier that the bridge held.",
                         "I asked her whether the war would go on.", "\"It will go on for years.\"")
    assert [(a.speaker, a.mode) for a in extract_attributions(article)][-1] == ("Jane Example", "context")


def test_a_quotation_after_a_question_to_someone_never_named_as_a_speaker_stays_unresolved():
    article = article_of("Intro paragraph about Sampleville.", "Jane Example told the Sampleville Courier that the bridge held.",
                         "I asked John Sample whether the war would go on.", "\"It will go on for years.\"")
    assert [(a.speaker, a.mode) for a in extract_attributions(article)][-1] == ("", "unresolved")


def test_i_in_an_italic_epigraph_signed_by_a_person_is_the_signer():
    article = article_of("_“I’m ready to talk”. What does it mean? That’s why I said: We are ready for compromises that "
                         "respect our people._**Mayor Jane Example, 20 February 2026.**",
                         "Another week in Sampleville has passed, and the bridge still stands.")
    assert [(a.speaker, a.speaker_text, a.cue, a.mode) for a in extract_attributions(article)] == [
        ("Jane Example", "", "", "context"), ("Jane Example", "I", "said:", "continued-by-pronoun")]


def test_i_outside_an_epigraph_stays_the_author():
    article = article_of("Intro paragraph about Sampleville.", "As far as I can tell, the bridge is closed.")
    assert [(a.speaker, a.speaker_kind) for a in extract_attributions(article)] == [("", "author")]


def test_a_named_bodys_document_speaks_for_the_body():
    article = article_of("According to a Sampleville Office of Foreign Aid document reviewed by the Sampleville Courier, "
                         "the sale was delayed.")
    assert speaker_rows(article) == [{"speaker": "Sampleville Office of Foreign Aid", "speaker_kind": "organisation",
                                      "speaker_text": "a Sampleville Office of Foreign Aid document reviewed by the "
                                                      "Sampleville Courier",
                                      "role": "document", "organisation": "Sampleville Office of Foreign Aid"}]


def test_an_unnamed_document_stays_a_document():
    article = article_of("The report found that the bridge was safe.")
    assert [(a.speaker, a.speaker_kind) for a in extract_attributions(article)] == [("", "document")]


def test_a_cue_closing_a_relative_clause_is_no_statement():
    # after3 audit: ISW's "the military operations we are assessing and forecasting."
    article = article_of("We do not report on Sampleville because it does not affect the operations "
                         "we are assessing and forecasting.")
    assert rows(article) == []


def test_a_closing_source_set_off_by_a_comma_still_says_the_clause_before_it():
    assert rows(article_of("The bridge at Sampleville will hold, Jane Example said.")) == [
        ("Jane Example", "Jane Example", "said", "indirect")]


def test_a_milblogger_who_published_a_map_acknowledging_is_the_whole_unnamed_source():
    # after3 audit: the source was cut to "A Kremlin-affiliated"
    article = article_of("A pro-Exampleton Sampleville milblogger published a map on 20 February acknowledging "
                         "that Exampleton forces advanced.")
    assert rows(article) == [("", "A pro-Exampleton Sampleville milblogger", "acknowledging", "indirect")]


def test_a_cue_with_its_colon_closing_a_sentence_introduces_what_follows():
    article = article_of("As Jane Example stated:\n\n> The bridge at Sampleville will hold.")
    assert [(a.speaker, a.cue) for a in extract_attributions(article)] == [("Jane Example", "stated:")]


def test_a_coordinated_cue_after_an_office_with_its_portfolio_is_the_persons():
    # after3 audit: "U.S. Ambassador to NATO Matthew Whitaker ..., and argued" gave "U.S. Ambassador"
    article = article_of("Sampleville Ambassador to NATO Jane Example publicly set out this view, "
                         "and argued that Exampleton can end the conflict.")
    assert [(a.speaker, a.cue) for a in extract_attributions(article)] == [("Jane Example", "argued")]


def test_a_cue_coordinated_after_a_quotation_takes_the_person_after_the_office_and_its_portfolio():
    article = article_of("Sampleville Ambassador to NATO Jane Example spoke in Testfield, stating that the effort is "
                         "“enabled by Exampleton,” and argued that Exampleton can end the conflict.")
    assert [(a.speaker, a.cue) for a in extract_attributions(article)] == [
        ("Jane Example", "stating"), ("Jane Example", "argued")]
