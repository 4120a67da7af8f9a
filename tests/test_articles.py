"""The article loader as an analyst expects it to read the seed and the saved pages like it.

Issue 2, sections 2, 3 and 5: the seed with exact values; then one constructed (fictional)
article per real-world variation of the seed layout, per other layout (plain text, front
matter, JSON, JSON Lines), and the corpus tables built from them.  Every article written here
is about Sampleville and Exampleton, with Jane Example and John Sample: no real people.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from conftest import SEED_FILE, SEEDS, doc_sentences
from helpers import load_corpus
from helpers.load import Article, load_file
from helpers.text import split_span

# --- a fictional article in the seed layout ------------------------------------------------

TITLE = "Sampleville holds under fire"
STANDFIRST = "Defenders of Sampleville repelled 12 attacks overnight, the 99th Example Brigade says."
PARAGRAPHS = [
    "Jane Example, a spokesperson for the 99th Example Brigade, says the defenders of Sampleville "
    "repelled 12 attacks over the past day.",
    "Exampleton remains under fire, according to John Sample, who heads the town's council.",
    "“We will hold Sampleville,” Jane Example said.",
]
ALT = "ruins of the sampleville library 2 march 2025"
CAPTION = "Ruins of the Sampleville library on 2 March 2025."
CREDIT = "Facebook/John Sample"


def page(
    *,
    header: str | None = " date 2025-03-14 Eng",
    title: str = TITLE,
    standfirst: str | None = STANDFIRST,
    byline: str | None = "byJane Example",
    dateline: str | None = "14/03/2025",
    read_time: str | None = "3 minute read",
    photos: list[tuple[str, str]] | None = None,
    body: list[str] | None = None,
    newline: str = "\n",
    paragraph_gap: str = "\n",
) -> str:
    """The seed's saved-page layout, with any front line left out (None) or changed."""
    front = [header, title, "", standfirst, byline, dateline, read_time]
    for alt, caption in photos or []:
        front += [alt, caption]
    lines = [line for line in front if line is not None]
    text = "\n".join(lines) + "\n" + ("\n" + paragraph_gap).join(PARAGRAPHS if body is None else body) + "\n"
    return text.replace("\n", newline)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write a file byte for byte (no newline translation), creating sub-folders."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def load_one(folder: Path, name: str, content: str | bytes) -> Article:
    """The single article of a file written into ``folder``."""
    articles = load_file(write(folder, name, content), root=folder)
    assert len(articles) == 1
    return articles[0]


def paragraph_texts(article: Article) -> list[str]:
    return [block.text for block in article.paragraphs]


def assert_offsets_slice(article: Article) -> None:
    """Every block, photo part and sentence is ``article.text[start:end]``."""
    for block in article.blocks:
        assert article.text[block.start:block.end] == block.text, block
    for photo in article.photos:
        for part in ("alt", "caption", "credit"):
            surface, start, end = getattr(photo, part), getattr(photo, f"{part}_start"), getattr(photo, f"{part}_end")
            if start is not None:
                assert article.text[start:end] == surface, (photo, part)
    for sentence in doc_sentences(article):
        assert article.text[sentence.start:sentence.end] == sentence.text, sentence


# --- the seed ---------------------------------------------------------------------------------

SEED_TITLE = "Russians target key rail hub Pokrovsk, lose 400 troops daily in Donetsk Oblast push"
SEED_STANDFIRST = (
    "Russian forces suffer 400 daily casualties attacking Pokrovsk railway hub, deploying new drone "
    "technology as Ukraine defends critical eastern supply route."
)


def test_seed_article_id_is_the_file_name_without_extension(seed):
    assert seed.article_id == "000_45a4a854ecae5629"


def test_seed_path_is_relative_to_the_corpus_root(seed):
    assert seed.path == "000_45a4a854ecae5629.txt"


def test_seed_is_read_in_the_seed_layout(seed):
    assert seed.layout == "seed"


def test_seed_published_date_comes_from_the_header(seed):
    assert seed.published == date(2025, 1, 3)


def test_seed_language_tag_eng_is_iso_en(seed):
    assert seed.language == "en"


def test_seed_title(seed):
    assert seed.title == SEED_TITLE


def test_seed_standfirst(seed):
    assert seed.standfirst == SEED_STANDFIRST


def test_seed_byline_glued_to_by_gives_one_author(seed):
    assert seed.authors == ["Olena Mukhina"]


def test_seed_reading_time_in_minutes(seed):
    assert seed.read_minutes == 2


def test_seed_names_no_outlet_so_outlet_stays_empty(seed):
    assert seed.outlet == ""


def test_seed_states_no_url(seed):
    assert seed.url == ""


def test_seed_has_one_photo_with_alt_text_caption_and_credit(seed):
    assert [(photo.number, photo.alt, photo.caption, photo.credit) for photo in seed.photos] == [
        (
            1,
            "aftermath russia's attack sontsivka donetsk oblast 26 october 2024",
            "Aftermath of Russia’s attack on Sontsivka, Donetsk Oblast on 26 October 2024.",
            "Facebook/Roman Padun",
        )
    ]


def test_seed_photo_parts_slice_back_to_the_text(seed):
    photo = seed.photos[0]
    assert seed.text[photo.alt_start:photo.alt_end] == photo.alt
    assert seed.text[photo.caption_start:photo.caption_end] == photo.caption
    assert seed.text[photo.credit_start:photo.credit_end] == photo.credit


def test_seed_has_ten_body_paragraphs_with_their_first_words(seed):
    assert [(block.number, " ".join(block.text.split()[:3])) for block in seed.paragraphs] == [
        (1, "Vitalii Lytvyn, an"),
        (2, "Pokrovsk serves as"),
        (3, "Lytvyn says that"),
        (4, "The Russians understand"),
        (5, "Lytvyn added that"),
        (6, "He emphasized that"),
        (7, "“In this direction,"),
        (8, "He pointed out"),
        (9, "“The enemy is"),
        (10, "On 3 January,"),
    ]


def test_seed_parts_are_typed_blocks_in_file_order(seed):
    assert [block.kind for block in seed.blocks] == [
        "header", "title", "standfirst", "byline", "dateline", "read_time", "photo_alt", "caption", "credit",
    ] + ["paragraph"] * 10


def test_seed_blocks_start_on_their_file_lines(seed):
    assert [(block.kind, block.line) for block in seed.blocks[:9]] == [
        ("header", 1), ("title", 2), ("standfirst", 4), ("byline", 5), ("dateline", 6), ("read_time", 7),
        ("photo_alt", 8), ("caption", 9), ("credit", 9),
    ]


def test_seed_text_is_the_whole_decoded_file(seed):
    assert seed.text == SEED_FILE.read_bytes().decode("utf-8")


def test_seed_every_block_slices_back_to_its_text(seed):
    assert all(seed.text[block.start:block.end] == block.text for block in seed.blocks)


def test_seed_every_sentence_slices_back_to_its_text(seed):
    assert doc_sentences(seed)
    assert all(seed.text[s.start:s.end] == s.text for s in doc_sentences(seed))


def test_seed_no_line_of_the_file_is_discarded(seed):
    covered = {
        seed.text.count("\n", 0, offset) + 1
        for block in seed.blocks
        for offset in range(block.start, block.end)
    }
    lines = seed.text.split("\n")
    assert {number for number, line in enumerate(lines, start=1) if line.strip()} <= covered


def test_seed_loads_without_warnings(seed):
    assert seed.warnings == []


def test_seed_folder_loads_one_article_and_an_empty_load_report():
    corpus = load_corpus(SEEDS)
    assert corpus.files_seen == 1
    assert [article.article_id for article in corpus.documents] == ["000_45a4a854ecae5629"]
    assert corpus.load_report.empty


def test_seed_row_of_the_articles_table():
    row = load_corpus(SEEDS).articles.iloc[0]
    assert (row["article_id"], row["path"], row["published"], row["language"]) == (
        "000_45a4a854ecae5629", "000_45a4a854ecae5629.txt", pd.Timestamp("2025-01-03"), "en",
    )
    assert (row["title"], row["standfirst"], list(row["authors"]), row["read_minutes"]) == (
        SEED_TITLE, SEED_STANDFIRST, ["Olena Mukhina"], 2,
    )
    assert (row["outlet"], row["photos"], row["paragraphs"]) == ("", 1, 10)


def test_seed_paragraphs_table_has_ten_numbered_rows_that_slice_back():
    corpus = load_corpus(SEEDS)
    table = corpus.paragraphs
    text = corpus.article("000_45a4a854ecae5629").text
    assert table["paragraph"].tolist() == list(range(1, 11))
    assert set(table["article_id"]) == {"000_45a4a854ecae5629"}
    assert [text[start:end] for start, end in zip(table["start"], table["end"])] == table["text"].tolist()


def test_load_report_has_the_four_columns_of_the_issue():
    assert load_corpus(SEEDS).load_report.columns.tolist() == ["path", "line", "severity", "reason"]


# --- the constructed article, as written -------------------------------------------------------


def test_constructed_article_reads_every_front_slot(tmp_path):
    article = load_one(tmp_path, "sampleville.txt", page())
    assert (article.published, article.language, article.title, article.standfirst) == (
        date(2025, 3, 14), "en", TITLE, STANDFIRST,
    )
    assert (article.authors, article.read_minutes, paragraph_texts(article)) == (["Jane Example"], 3, PARAGRAPHS)
    assert article.warnings == []


# --- variations of the seed layout ------------------------------------------------------------


def test_crlf_line_ends_give_the_same_parts_without_carriage_returns(tmp_path):
    article = load_one(tmp_path, "crlf.txt", page(newline="\r\n"))
    assert (article.published, article.title, article.standfirst, article.authors, article.read_minutes) == (
        date(2025, 3, 14), TITLE, STANDFIRST, ["Jane Example"], 3,
    )
    assert paragraph_texts(article) == PARAGRAPHS


def test_crlf_file_keeps_its_carriage_returns_in_text_and_offsets_still_slice(tmp_path):
    content = page(newline="\r\n")
    article = load_one(tmp_path, "crlf.txt", content)
    assert article.text == content
    assert_offsets_slice(article)


def test_crlf_file_has_no_dateline_warning(tmp_path):
    assert load_one(tmp_path, "crlf.txt", page(newline="\r\n")).warnings == []


def test_utf8_byte_order_mark_is_not_part_of_the_header(tmp_path):
    article = load_one(tmp_path, "bom.txt", b"\xef\xbb\xbf" + page().encode("utf-8"))
    assert (article.layout, article.published, article.language, article.title) == (
        "seed", date(2025, 3, 14), "en", TITLE,
    )
    assert_offsets_slice(article)


def test_utf8_byte_order_mark_is_no_cause_for_a_warning(tmp_path):
    assert load_one(tmp_path, "bom.txt", b"\xef\xbb\xbf" + page().encode("utf-8")).warnings == []


def test_non_breaking_space_before_the_header_still_gives_the_header_date(tmp_path):
    article = load_one(tmp_path, "nbsp.txt", page(header="\u00a0date 2025-03-14 Eng"))
    assert (article.layout, article.published, article.language) == ("seed", date(2025, 3, 14), "en")


def test_non_breaking_space_in_the_reading_time(tmp_path):
    assert load_one(tmp_path, "nbsp.txt", page(read_time="3\u00a0minute read")).read_minutes == 3


def test_line_of_only_a_non_breaking_space_separates_paragraphs_like_a_blank_line(tmp_path):
    article = load_one(tmp_path, "nbsp.txt", page(paragraph_gap="\u00a0\n"))
    assert paragraph_texts(article) == PARAGRAPHS


def test_non_breaking_space_inside_a_paragraph_is_kept_as_typed(tmp_path):
    body = ["Jane Example says 12\u00a0attacks were repelled near Sampleville."]
    article = load_one(tmp_path, "nbsp.txt", page(body=body))
    assert paragraph_texts(article) == body


def test_non_breaking_space_in_a_byline_gives_a_plain_author_name(tmp_path):
    # The issue is silent on normalising names; an analyst grouping by author expects
    # "Jane\u00a0Example" and "Jane Example" to be one person.
    assert load_one(tmp_path, "nbsp.txt", page(byline="byJane\u00a0Example")).authors == ["Jane Example"]


def test_curly_quotes_in_the_title_are_kept(tmp_path):
    title = "“We will hold”: Sampleville defenders dig in"
    assert load_one(tmp_path, "curly.txt", page(title=title)).title == title


def test_paragraphs_that_open_and_close_with_curly_quotes_stay_paragraphs(tmp_path):
    body = ["“We will hold Sampleville,” Jane Example said.", "“Exampleton is next.”"]
    article = load_one(tmp_path, "curly.txt", page(body=body))
    assert [(block.kind, block.text) for block in article.blocks[-2:]] == [("paragraph", text) for text in body]


def test_curly_apostrophe_in_a_byline_name(tmp_path):
    assert load_one(tmp_path, "curly.txt", page(byline="byJane O’Example")).authors == ["Jane O’Example"]


def test_missing_byline_gives_no_authors(tmp_path):
    article = load_one(tmp_path, "no_byline.txt", page(byline=None))
    assert article.authors == []


def test_missing_byline_keeps_the_standfirst_and_the_body(tmp_path):
    article = load_one(tmp_path, "no_byline.txt", page(byline=None))
    assert (article.standfirst, article.read_minutes, paragraph_texts(article)) == (STANDFIRST, 3, PARAGRAPHS)


def test_missing_photo_gives_no_photos_and_leaves_the_body_whole(tmp_path):
    article = load_one(tmp_path, "no_photo.txt", page(photos=None))
    assert (article.photos, paragraph_texts(article)) == ([], PARAGRAPHS)


def test_one_photo_before_the_body_gives_alt_caption_and_credit(tmp_path):
    article = load_one(tmp_path, "photo.txt", page(photos=[(ALT, f"{CAPTION} Photo: {CREDIT}")]))
    assert [(photo.alt, photo.caption, photo.credit) for photo in article.photos] == [(ALT, CAPTION, CREDIT)]
    assert paragraph_texts(article) == PARAGRAPHS


def test_several_photos_are_numbered_in_order_with_their_own_credits(tmp_path):
    photos = [
        (ALT, f"{CAPTION} Photo: {CREDIT}"),
        ("exampleton bridge", "The Exampleton bridge. Photo: Jane Example/Example Press"),
    ]
    article = load_one(tmp_path, "photos.txt", page(photos=photos))
    assert [(photo.number, photo.alt, photo.caption, photo.credit) for photo in article.photos] == [
        (1, ALT, CAPTION, CREDIT),
        (2, "exampleton bridge", "The Exampleton bridge.", "Jane Example/Example Press"),
    ]
    assert paragraph_texts(article) == PARAGRAPHS
    assert_offsets_slice(article)


def test_missing_reading_time_leaves_read_minutes_empty(tmp_path):
    article = load_one(tmp_path, "no_read_time.txt", page(read_time=None))
    assert (article.read_minutes, article.authors, paragraph_texts(article)) == (None, ["Jane Example"], PARAGRAPHS)


def test_extra_blank_lines_between_paragraphs_and_around_the_file(tmp_path):
    content = "\n\n" + page(paragraph_gap="\n\n\n") + "\n\n\n"
    article = load_one(tmp_path, "blank_lines.txt", content)
    assert (article.published, article.title, article.standfirst, article.read_minutes) == (
        date(2025, 3, 14), TITLE, STANDFIRST, 3,
    )
    assert paragraph_texts(article) == PARAGRAPHS


def test_extra_blank_line_between_every_front_line_keeps_every_slot(tmp_path):
    # "Tolerate ... extra blank lines": a doubled line spacing must not turn the
    # standfirst into the first body paragraph.
    content = page().replace("\n", "\n\n")
    article = load_one(tmp_path, "blank_lines.txt", content)
    assert (article.title, article.standfirst, article.authors, article.read_minutes) == (
        TITLE, STANDFIRST, ["Jane Example"], 3,
    )
    assert paragraph_texts(article) == PARAGRAPHS


def test_trailing_whitespace_is_not_part_of_any_slot(tmp_path):
    content = page().replace("\n", " \t \n")
    article = load_one(tmp_path, "trailing.txt", content)
    assert (article.published, article.language, article.title, article.standfirst) == (
        date(2025, 3, 14), "en", TITLE, STANDFIRST,
    )
    assert (article.authors, article.read_minutes, paragraph_texts(article)) == (["Jane Example"], 3, PARAGRAPHS)


def test_trailing_whitespace_after_the_dateline_is_no_cause_for_a_warning(tmp_path):
    assert load_one(tmp_path, "trailing.txt", page().replace("\n", " \t \n")).warnings == []


@pytest.mark.parametrize(
    "byline",
    ["byJane Example and John Sample", "byJane Example, John Sample", "by Jane Example and John Sample"],
)
def test_byline_with_two_authors_is_split(tmp_path, byline):
    assert load_one(tmp_path, "two_authors.txt", page(byline=byline)).authors == ["Jane Example", "John Sample"]


def test_byline_with_three_authors_is_split(tmp_path):
    article = load_one(tmp_path, "three_authors.txt", page(byline="byJane Example, John Sample and Joan Case"))
    assert article.authors == ["Jane Example", "John Sample", "Joan Case"]


def test_read_also_and_related_lines_in_the_body_are_typed_blocks_not_paragraphs(tmp_path):
    body = [PARAGRAPHS[0], "Read also: Exampleton braces for winter", PARAGRAPHS[1],
            "Related: Sampleville council meets", PARAGRAPHS[2]]
    article = load_one(tmp_path, "read_also.txt", page(body=body))
    assert [(block.kind, block.number, block.text) for block in article.blocks[-5:]] == [
        ("paragraph", 1, PARAGRAPHS[0]),
        ("read_also", None, "Read also: Exampleton braces for winter"),
        ("paragraph", 2, PARAGRAPHS[1]),
        ("related", None, "Related: Sampleville council meets"),
        ("paragraph", 3, PARAGRAPHS[2]),
    ]


def test_caption_in_the_middle_of_the_body_becomes_a_photo_not_a_paragraph(tmp_path):
    body = [PARAGRAPHS[0], "The Sampleville town hall after the shelling. Photo: John Sample", PARAGRAPHS[1]]
    article = load_one(tmp_path, "mid_caption.txt", page(body=body))
    assert [(photo.caption, photo.credit) for photo in article.photos] == [
        ("The Sampleville town hall after the shelling.", "John Sample")
    ]
    assert [(block.number, block.text) for block in article.paragraphs] == [(1, PARAGRAPHS[0]), (2, PARAGRAPHS[1])]


def test_caption_in_the_middle_of_the_body_is_kept_as_caption_and_credit_blocks(tmp_path):
    body = [PARAGRAPHS[0], "The Sampleville town hall after the shelling. Photo: John Sample", PARAGRAPHS[1]]
    article = load_one(tmp_path, "mid_caption.txt", page(body=body))
    assert [(block.kind, block.text) for block in article.blocks[-4:-1]] == [
        ("paragraph", PARAGRAPHS[0]),
        ("caption", "The Sampleville town hall after the shelling."),
        ("credit", "John Sample"),
    ]


def test_dateline_that_disagrees_with_the_header_keeps_the_header_date(tmp_path):
    assert load_one(tmp_path, "disagree.txt", page(dateline="15/03/2025")).published == date(2025, 3, 14)


def test_dateline_that_disagrees_with_the_header_is_a_warning_naming_both_dates(tmp_path):
    write(tmp_path, "disagree.txt", page(dateline="15/03/2025"))
    report = load_corpus(tmp_path).load_report
    assert report[["path", "line", "severity"]].values.tolist() == [["disagree.txt", 6, "warning"]]
    assert "2025-03-15" in report.loc[0, "reason"] and "2025-03-14" in report.loc[0, "reason"]


def test_dateline_that_agrees_with_the_header_is_no_cause_for_a_warning(tmp_path):
    write(tmp_path, "agree.txt", page(dateline="14/03/2025"))
    assert load_corpus(tmp_path).load_report.empty


@pytest.mark.parametrize("tag, language", [("Eng", "en"), ("Ukr", "uk"), ("Rus", "ru"), ("Xyz", "Xyz")])
def test_header_language_tag_is_iso_639_1_or_kept_as_given(tmp_path, tag, language):
    assert load_one(tmp_path, "lang.txt", page(header=f" date 2025-03-14 {tag}")).language == language


def test_header_without_language_tag_takes_the_language_of_the_text(tmp_path):
    article = load_one(tmp_path, "no_lang.txt", page(header=" date 2025-03-14"))
    assert (article.language, article.language_source) == ("en", "script")


# --- other layouts ----------------------------------------------------------------------------

PLAIN = f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n"


def test_plain_text_without_header_takes_the_first_line_as_title(tmp_path):
    article = load_one(tmp_path, "plain.txt", PLAIN)
    assert (article.layout, article.title) == ("plain", TITLE)


def test_plain_text_without_header_has_no_date(tmp_path):
    assert load_one(tmp_path, "plain.txt", PLAIN).published is None


def test_plain_text_without_header_keeps_its_body_and_invents_no_metadata(tmp_path):
    article = load_one(tmp_path, "plain.txt", PLAIN)
    assert paragraph_texts(article) == PARAGRAPHS[:2]
    assert (article.authors, article.read_minutes, article.outlet, article.url, article.photos) == ([], None, "", "", [])


FRONT_MATTER = f"""---
title: "{TITLE}"
date: 2025-03-14
author: Jane Example and John Sample
url: https://example.org/sampleville-holds
outlet: The Example Herald
---

{PARAGRAPHS[0]}

{PARAGRAPHS[1]}
"""


@pytest.mark.parametrize("name", ["front.md", "front.txt"])
def test_front_matter_fills_title_date_authors_url_and_outlet(tmp_path, name):
    article = load_one(tmp_path, name, FRONT_MATTER)
    assert (article.layout, article.title, article.published) == ("front_matter", TITLE, date(2025, 3, 14))
    assert (article.authors, article.url, article.outlet) == (
        ["Jane Example", "John Sample"], "https://example.org/sampleville-holds", "The Example Herald",
    )


def test_front_matter_body_paragraphs_follow_the_closing_rule(tmp_path):
    assert paragraph_texts(load_one(tmp_path, "front.md", FRONT_MATTER)) == PARAGRAPHS[:2]


def test_front_matter_title_points_into_the_file_without_its_quotes(tmp_path):
    article = load_one(tmp_path, "front.md", FRONT_MATTER)
    title = article.block("title")
    assert (title.text, article.text[title.start:title.end], title.line) == (TITLE, TITLE, 2)
    assert_offsets_slice(article)


def test_markdown_image_in_the_body_is_a_photo_whose_alt_text_points_into_the_file(tmp_path):
    content = FRONT_MATTER + "\n![The Sampleville library](library.jpg)\n"
    photo = load_one(tmp_path, "front.md", content).photos[0]
    assert (photo.alt, content[photo.alt_start:photo.alt_end]) == ("The Sampleville library", "The Sampleville library")


def test_front_matter_without_outlet_leaves_outlet_empty(tmp_path):
    content = FRONT_MATTER.replace("outlet: The Example Herald\n", "")
    assert load_one(tmp_path, "front.md", content).outlet == ""


RECORD = {
    "title": TITLE,
    "date": "2025-03-14",
    "author": "Jane Example",
    "text": f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}",
    "url": "https://example.org/sampleville-holds",
    "outlet": "The Example Herald",
    "language": "uk",
}
SECOND_RECORD = {"title": "Exampleton braces for winter", "date": "2025-03-15", "author": "John Sample",
                 "text": PARAGRAPHS[1]}


def test_json_record_fills_every_slot(tmp_path):
    article = load_one(tmp_path, "record.json", json.dumps(RECORD))
    assert (article.layout, article.title, article.published, article.authors) == (
        "json", TITLE, date(2025, 3, 14), ["Jane Example"],
    )
    assert (article.url, article.outlet, article.language) == (
        "https://example.org/sampleville-holds", "The Example Herald", "uk",
    )
    assert paragraph_texts(article) == PARAGRAPHS[:2]


def test_json_record_article_id_is_the_file_name(tmp_path):
    assert load_one(tmp_path, "record.json", json.dumps(RECORD)).article_id == "record"


def test_json_record_title_and_paragraphs_point_into_the_article_text(tmp_path):
    assert_offsets_slice(load_one(tmp_path, "record.json", json.dumps(RECORD)))


def test_json_record_without_optional_fields_leaves_them_empty(tmp_path):
    article = load_one(tmp_path, "record.json", json.dumps(SECOND_RECORD))
    assert (article.url, article.outlet, article.language, article.language_source) == ("", "", "en", "script")


def test_json_record_with_a_list_of_authors_keeps_each_name(tmp_path):
    record = {**SECOND_RECORD, "author": ["Jane Example", "John Sample"]}
    assert load_one(tmp_path, "record.json", json.dumps(record)).authors == ["Jane Example", "John Sample"]


def test_json_list_gives_one_article_per_record_with_distinct_ids(tmp_path):
    articles = load_file(write(tmp_path, "records.json", json.dumps([RECORD, SECOND_RECORD])), root=tmp_path)
    assert [(article.title, article.published) for article in articles] == [
        (TITLE, date(2025, 3, 14)), ("Exampleton braces for winter", date(2025, 3, 15)),
    ]
    ids = [article.article_id for article in articles]
    assert len(set(ids)) == 2 and all(article_id.startswith("records") for article_id in ids)


def test_jsonl_gives_one_article_per_line(tmp_path):
    content = json.dumps(RECORD) + "\n" + json.dumps(SECOND_RECORD) + "\n"
    articles = load_file(write(tmp_path, "records.jsonl", content), root=tmp_path)
    assert [(article.title, article.authors, article.path) for article in articles] == [
        (TITLE, ["Jane Example"], "records.jsonl"),
        ("Exampleton braces for winter", ["John Sample"], "records.jsonl"),
    ]
    assert len({article.article_id for article in articles}) == 2


# --- the corpus of several files ------------------------------------------------------------------


def test_articles_table_is_sorted_by_published_date_then_id_with_undated_last(tmp_path):
    write(tmp_path, "b.txt", page(header=" date 2025-03-15 Eng", dateline="15/03/2025"))
    write(tmp_path, "c.txt", page())
    write(tmp_path, "a.txt", page())
    write(tmp_path, "d.txt", PLAIN)
    assert load_corpus(tmp_path).articles["article_id"].tolist() == ["a", "c", "b", "d"]


def test_files_in_sub_folders_have_paths_and_ids_relative_to_the_corpus_root(tmp_path):
    write(tmp_path, "2025/march/sampleville.txt", page())
    corpus = load_corpus(tmp_path)
    assert corpus.articles[["article_id", "path"]].values.tolist() == [
        ["2025/march/sampleville", "2025/march/sampleville.txt"]
    ]


def test_seed_file_given_directly_has_the_same_id_and_relative_path():
    article = load_corpus(SEED_FILE).documents[0]
    assert (article.article_id, article.path) == ("000_45a4a854ecae5629", "000_45a4a854ecae5629.txt")


def test_same_name_with_two_extensions_gives_two_distinct_ids(tmp_path):
    write(tmp_path, "sampleville.txt", page())
    write(tmp_path, "sampleville.md", FRONT_MATTER)
    ids = load_corpus(tmp_path).articles["article_id"].tolist()
    assert len(ids) == 2 and len(set(ids)) == 2


def test_loading_the_same_folder_twice_gives_identical_tables(tmp_path):
    write(tmp_path, "a.txt", page())
    write(tmp_path, "b.md", FRONT_MATTER)
    write(tmp_path, "c.json", json.dumps([RECORD, SECOND_RECORD]))
    first, second = load_corpus(tmp_path), load_corpus(tmp_path)
    pd.testing.assert_frame_equal(first.articles, second.articles)
    pd.testing.assert_frame_equal(first.paragraphs, second.paragraphs)
    pd.testing.assert_frame_equal(first.load_report, second.load_report)


def test_load_corpus_accepts_a_list_of_files(tmp_path):
    first, second = write(tmp_path, "a.txt", page()), write(tmp_path, "b.txt", PLAIN)
    assert sorted(load_corpus([first, second]).articles["article_id"]) == ["a", "b"]


def sentences_of(text: str) -> list[str]:
    return [text[start:end] for start, end in split_span(text, 0, len(text))]


def test_a_footnote_number_after_a_stop_ends_the_sentence():
    assert sentences_of("The depot in Sampleville burned.30 Officials counted the losses.") == [
        "The depot in Sampleville burned.30", "Officials counted the losses."]


def test_a_bracketed_footnote_after_a_stop_ends_the_sentence():
    assert sentences_of("Forces attacked Sampleville.[53] Jane Example counted the losses.") == [
        "Forces attacked Sampleville.[53]", "Jane Example counted the losses."]


def test_markdown_bold_around_sentences_does_not_join_them():
    assert sentences_of("The bridge held.** **Sampleville forces moved.") == [
        "The bridge held.**", "**Sampleville forces moved."]


def test_a_decimal_number_is_not_a_footnote():
    assert sentences_of("The fare rose to 3.50 Euros in Sampleville.") == ["The fare rose to 3.50 Euros in Sampleville."]
