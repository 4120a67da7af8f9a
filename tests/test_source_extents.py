"""The source's whole noun phrase (``source_start``/``source_end``, PolNeAR's convention) beside
the speaker span that holds just the name (``helpers.extract.attribution.en.extents``)."""

from __future__ import annotations

from conftest import seed_layout
from helpers.extract.attribution import article_cues, extract_attributions
from helpers.load import Article, parse_text
from helpers.tables import attributions_table


def article_of(*paragraphs: str) -> Article:
    """A fictional article in the seed layout whose body is the given paragraphs."""
    return parse_text(seed_layout("\n\n".join(paragraphs), date="2025-03-14"), "sample.txt")


def source_and_speaker(text: str) -> tuple[str, str]:
    """(source phrase, speaker text) of the article's one statement."""
    article = article_of(text)
    (statement,) = extract_attributions(article)
    return article.text[statement.source_start:statement.source_end], statement.speaker_text


def test_an_apposition_after_the_name_is_part_of_the_source():
    assert source_and_speaker("Jane Example, a spokeswoman for the Sampleville council, said the bridge held.") \
        == ("Jane Example, a spokeswoman for the Sampleville council", "Jane Example")


def test_an_apposition_without_an_article_is_part_of_the_source():
    assert source_and_speaker("Jane Example, director of the Sampleville council, said the bridge held.") \
        == ("Jane Example, director of the Sampleville council", "Jane Example")


def test_an_apposition_after_an_inverted_cue_runs_to_the_end_of_the_sentence():
    assert source_and_speaker("“The bridge held,” said Jane Example, a spokeswoman for the Sampleville council.") \
        == ("Jane Example, a spokeswoman for the Sampleville council", "Jane Example")


def test_a_title_s_stop_does_not_end_the_apposition():
    assert source_and_speaker("“The bridge held,” said Jane Example, a former aide to Mr. Sample.") \
        == ("Jane Example, a former aide to Mr. Sample", "Jane Example")


def test_a_relative_clause_after_the_name_is_part_of_the_source():
    assert source_and_speaker("Jane Example, who chairs the Sampleville council, said the bridge held.") \
        == ("Jane Example, who chairs the Sampleville council", "Jane Example")


def test_an_age_and_a_role_are_part_of_the_source():
    assert source_and_speaker("Jane Example, 58, a teacher in Sampleville, said the bridge held.") \
        == ("Jane Example, 58, a teacher in Sampleville", "Jane Example")


def test_an_age_alone_is_part_of_the_source():
    assert source_and_speaker("Jane Example, 58, said the bridge held.") == ("Jane Example, 58", "Jane Example")


def test_an_adverbial_set_off_by_commas_is_not_part_of_the_source():
    assert source_and_speaker("Jane Example, however, said the bridge held.") == ("Jane Example", "Jane Example")


def test_a_participle_set_off_by_commas_is_not_part_of_the_source():
    assert source_and_speaker("“The bridge held,” said Jane Example, speaking to reporters in Sampleville.") \
        == ("Jane Example", "Jane Example")


def test_a_bracketed_aside_after_the_name_is_part_of_the_source():
    assert source_and_speaker("“The bridge held,” said Rep. Jane Example (D-Sampleville).") \
        == ("Rep. Jane Example (D-Sampleville)", "Rep. Jane Example")


def test_where_an_inverted_source_is_from_is_part_of_the_source():
    assert source_and_speaker("“The bridge held,” said Sen. Jane Example of Sampleville.") \
        == ("Sen. Jane Example of Sampleville", "Sen. Jane Example")


def test_premodifiers_and_a_title_before_the_name_are_part_of_the_source():
    assert source_and_speaker("Sampleville council spokeswoman Jane Example said the bridge held.") \
        == ("Sampleville council spokeswoman Jane Example", "Jane Example")


def test_a_possessive_before_the_premodifiers_is_part_of_the_source():
    assert source_and_speaker("On Monday, the council's director Jane Example said the bridge held.") \
        == ("the council's director Jane Example", "Jane Example")


def test_coordinated_names_are_one_source():
    article = article_of("Jane Example and John Sample said the bridge held.")
    (cue,) = article_cues(article)
    assert article.text[cue.phrase_start:cue.phrase_end] == "Jane Example and John Sample"


def test_a_name_after_a_verb_s_object_is_not_coordinated_with_it():
    article = article_of("The council thanked Jane Example and John Sample said the bridge held.")
    cue = next(cue for cue in article_cues(article) if cue.lemma == "say")
    assert article.text[cue.phrase_start:cue.phrase_end] == "John Sample"


def test_a_pronoun_is_its_own_source_phrase():
    assert source_and_speaker("He said the bridge held.") == ("He", "He")


def test_the_attributions_table_carries_the_source_phrase_beside_the_speaker():
    article = article_of("Jane Example, a spokeswoman for the Sampleville council, said the bridge held.")
    (row,) = attributions_table([article]).itertuples()
    assert (article.text[row.speaker_start:row.speaker_end], article.text[row.source_start:row.source_end]) == (
        "Jane Example", "Jane Example, a spokeswoman for the Sampleville council")


def test_a_determiner_and_modifiers_before_a_plural_source_are_part_of_it():
    article = article_of("Many veteran Sampleville councillors said the bridge held.")
    (cue,) = article_cues(article)
    assert article.text[cue.phrase_start:cue.phrase_end] == "Many veteran Sampleville councillors"


def test_a_participle_before_a_name_is_not_its_modifier():
    article = article_of("Sampleville councillors including spokeswoman Jane Example said the bridge held.")
    (cue,) = article_cues(article)
    assert article.text[cue.phrase_start:cue.phrase_end] == "spokeswoman Jane Example"


def test_the_phrase_a_source_is_the_object_of_is_part_of_it():
    article = article_of("A spokeswoman for the Sampleville council said the bridge held.")
    (cue,) = article_cues(article)
    assert article.text[cue.phrase_start:cue.phrase_end] == "A spokeswoman for the Sampleville council"


def test_people_close_to_a_source_are_the_source_phrase():
    article = article_of("People close to Jane Example said the bridge held.")
    (cue,) = article_cues(article)
    assert article.text[cue.phrase_start:cue.phrase_end] == "People close to Jane Example"


def test_a_quantity_of_a_source_is_part_of_it():
    article = article_of("About half of Sampleville voters said the bridge held.")
    (cue,) = article_cues(article)
    assert article.text[cue.phrase_start:cue.phrase_end] == "About half of Sampleville voters"


def test_a_percentage_of_a_source_is_part_of_it():
    article = article_of("The poll found that 75 percent of Sampleville voters say the bridge held.")
    cue = next(cue for cue in article_cues(article) if cue.lemma == "say")
    assert article.text[cue.phrase_start:cue.phrase_end] == "75 percent of Sampleville voters"


def test_a_phrase_before_a_determined_source_is_another_phrase():
    article = article_of("Among the things the Sampleville council says is that the bridge held.")
    cue = next(cue for cue in article_cues(article) if cue.lemma == "say")
    assert article.text[cue.phrase_start:cue.phrase_end] == "the Sampleville council"


def test_a_conjunction_before_a_name_is_not_its_modifier():
    article = article_of("The bridge was closed, although councillor Jane Example said it held.")
    cue = next(cue for cue in article_cues(article) if cue.lemma == "say")
    assert article.text[cue.phrase_start:cue.phrase_end] == "councillor Jane Example"


def test_a_relative_clause_without_a_comma_after_an_inverted_source_is_part_of_it():
    assert source_and_speaker("“The bridge held,” said a council official who spoke on condition of anonymity.") \
        == ("a council official who spoke on condition of anonymity", "a council official")


def test_a_relative_clause_between_the_source_and_its_cue_is_part_of_it():
    article = article_of("Sampleville councillors who inspected the bridge said it held.")
    cue = next(cue for cue in article_cues(article) if cue.lemma == "say")
    assert article.text[cue.phrase_start:cue.phrase_end] == "Sampleville councillors who inspected the bridge"


def test_a_verb_before_the_cue_is_not_part_of_the_source():
    article = article_of("Jane Example inspected the bridge and said it held.")
    cue = next(cue for cue in article_cues(article) if cue.lemma == "say")
    assert article.text[cue.phrase_start:cue.phrase_end] == "Jane Example"


def test_a_preposition_before_a_possessive_source_is_not_part_of_it():
    article = article_of("Doubts spread among Sampleville’s councillors say the bridge held.")
    (cue,) = article_cues(article)
    assert article.text[cue.phrase_start:cue.phrase_end] == "Sampleville’s councillors"
