"""Properties of the loader that must hold for any input, checked with hypothesis.

Issue 2, section 5: arbitrary bytes never crash ``load_corpus`` and always end as either an
article or a load-report row; and whatever text sits in the seed layout, every offset the
loader hands out slices back to its part.  Each example writes its own throwaway folder
(hypothesis runs many examples per test, so pytest's per-test ``tmp_path`` would be shared).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import seed_layout, doc_sentences
from helpers import LoadError, load_corpus
from helpers.load import Article, load_file

MODEST = settings(max_examples=200, deadline=None)

# --- strategies --------------------------------------------------------------------------------

#: Text without lone surrogates (which no file can hold), control characters included.
any_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=200)

#: Pieces that steer the loader into its layout rules: line ends of every kind, white space,
#: cues of bylines, captions, "Read also:", dates, Markdown and quotes.
FRAGMENTS = [
    "\n", "\r\n", "\r", "\n\n", "\u2028", "\x0c", "\t", " ", "\u00a0", "\ufeff",
    "byJane Example", "byJane Example and John Sample", "14/03/2025", "31/02/2025", "2 minute read",
    "sampleville library\n", "The Sampleville library. Photo: John Sample", "Photo:", "Read also: ",
    "Related: ", "# ", "## Content", "---\n", "title: Sampleville\n", "![alt](x.png)", "“", "”", ". ",
    "Jane Example said.", " date 2025-03-14 Eng\n", "{", "}", '"text": ',
]
layout_text = st.lists(st.one_of(any_text, st.sampled_from(FRAGMENTS)), max_size=25).map("".join)

json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["title", "date", "author", "text", "url", "outlet", "language", "articles"])
                      | any_text, children, max_size=6),
    max_leaves=12,
)


def encodings(text: str) -> st.SearchStrategy[bytes]:
    return st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251", "cp1252"]).map(
        lambda encoding: text.encode(encoding, errors="replace")
    )


def splice(raw: bytes, cuts: list[tuple[int, bytes]]) -> bytes:
    """Insert stray bytes at positions taken modulo the length (a damaged or mis-encoded save)."""
    for position, piece in cuts:
        at = position % (len(raw) + 1)
        raw = raw[:at] + piece + raw[at:]
    return raw


any_bytes = st.one_of(
    st.binary(max_size=600),
    layout_text.flatmap(encodings),
    st.builds(seed_layout, layout_text).flatmap(encodings),
    st.tuples(st.builds(seed_layout, layout_text).map(str.encode),
              st.lists(st.tuples(st.integers(min_value=0), st.binary(min_size=1, max_size=3)), max_size=4))
    .map(lambda pair: splice(*pair)),
    json_value.map(lambda value: json.dumps(value, ensure_ascii=False).encode()),
    st.lists(json_value, max_size=4).map(lambda values: "\n".join(json.dumps(v) for v in values).encode()),
)

suffixes = st.sampled_from([".txt", ".md", ".json", ".jsonl", ".markdown", ""])


# --- checks ------------------------------------------------------------------------------------


def assert_parts_point_into_text(article: Article) -> None:
    """Blocks, photo parts and sentences slice back to their text; blocks are in order."""
    previous_end = 0
    for block in article.blocks:
        assert block.text and article.text[block.start:block.end] == block.text, block
        assert block.start >= previous_end, ("blocks overlap or are out of order", block)
        previous_end = block.end
    for photo in article.photos:
        for part in ("alt", "caption", "credit"):
            surface, start, end = getattr(photo, part), getattr(photo, f"{part}_start"), getattr(photo, f"{part}_end")
            if surface:
                assert start is not None and article.text[start:end] == surface, (photo, part)
    for sentence in doc_sentences(article):
        assert article.text[sentence.start:sentence.end] == sentence.text, sentence
    assert [block.number for block in article.paragraphs] == list(range(1, len(article.paragraphs) + 1))


# --- properties --------------------------------------------------------------------------------


@MODEST
@given(raw=any_bytes, suffix=suffixes)
@example(raw=b"# \nSampleville holds\n", suffix=".txt")  # an empty Markdown heading first (found by hypothesis)
@example(raw=b"\xef\xbb\xbf", suffix=".md")  # a byte-order mark and nothing else
def test_any_bytes_end_as_an_article_or_an_error_row_and_never_crash(raw, suffix):
    with tempfile.TemporaryDirectory() as folder:
        name = f"sampleville{suffix}"
        (Path(folder) / name).write_bytes(raw)
        corpus = load_corpus(folder)
        report = corpus.load_report
        loaded = [article for article in corpus.documents if article.path == name]
        errors = report[(report["path"] == name) & (report["severity"] == "error")]
        # A file that did not load must say why (an error); a warning alone would hide it.
        assert loaded or len(errors) >= 1
        assert corpus.files_seen == 1
        assert set(report["path"]) <= {name}
        assert set(report["severity"]) <= {"error", "warning"}
        assert len(corpus.articles) == len(corpus.documents)
        for article in loaded:
            assert_parts_point_into_text(article)


@MODEST
@given(body=layout_text, title=layout_text)
@example(body="Jane Example said.\n\n![The Sampleville library](library.jpg)", title="Sampleville holds")
def test_any_text_in_the_seed_layout_keeps_every_offset_valid(body, title):
    content = seed_layout(body, title=title)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sampleville.txt"
        path.write_bytes(content.encode("utf-8"))
        try:
            articles = load_file(path, root=Path(folder))
        except LoadError as error:
            assert error.path == "sampleville.txt" and error.reason
            return
    [article] = articles
    assert article.text == content
    assert_parts_point_into_text(article)
