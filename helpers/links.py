"""Articles that share their text: the same report saved twice, a summary held in a longer
report, a wire paragraph reused.

Method, in three steps so that the first can run on any partition of whole articles:

1. **Per article** (``article_fingerprint``, a pure function of one article's body
   paragraphs): the body is cut into sentences (``helpers.text``), each sentence normalised
   (Unicode NFKC, zero-width marks, Markdown link targets, addresses and footnote markers
   removed, case folded, punctuation dropped) and kept only if it reads as prose: at least
   ``MIN_SENTENCE_WORDS`` words and a closing full stop, question or exclamation mark.  A
   headline in a "related" list, a link label or a menu entry has no full stop.  Each kept
   sentence is hashed (64-bit BLAKE2b) and cut into word ``SHINGLE_WORDS``-grams (32-bit
   hashes), the unit of near-duplicate detection since Broder (1997, "On the resemblance and
   containment of documents").
2. **Furniture** (``furniture_mask``), corpus-wide: a sentence that appears on two or more
   different pages of one site is that site's furniture (footer, sidebar, donation appeal,
   "related" teaser) and is dropped from that site's articles; a sentence on more than
   ``FURNITURE_MAX_PAGES`` pages of any sites is boilerplate and dropped everywhere.  Pages,
   not articles, are counted, so a page saved twice (``www.`` and bare address, ``/amp``)
   still counts once and its copies are still linked.
3. **Links** (``find_links``): candidate pairs come from two indexes, never from comparing
   every pair: articles that share an exact normalised sentence (a sort of all sentence
   hashes), and articles whose shingle sets are near-duplicates, found with ``datasketch``'s
   MinHash LSH (Jaccard threshold ``LSH_THRESHOLD``, ``NUM_PERM`` permutations, fixed
   ``MINHASH_SEED``).  For candidates only, exact figures are computed on the kept shingles
   and sentences, and the relation decided.

Relations and pair orientation (one row per linked pair):

* ``duplicate``: shingle Jaccard ``similarity`` >= ``DUPLICATE_SIMILARITY``; ``article_id`` is
  the smaller id of the two.
* ``contains``: the smaller article's shingles are found in the other at ``containment`` >=
  ``CONTAINS_CONTAINMENT``; ``article_id`` holds ``other_article_id`` (the holder has more
  kept shingles; of two equal sizes, the smaller id).
* ``shares_passages``: whole sentences in common totalling at least ``MIN_PASSAGE_WORDS``
  words, but less than the above; ``article_id`` is the smaller id.

A pair with fewer than ``MIN_SHARED_SHINGLES`` shingles in common is not linked.

What it cannot see: the same story rewritten or translated (no sentence and few shingles in
common), a wire paragraph whose every sentence was edited, and two different stories of one
site that reuse a paragraph (treated as the site's furniture).  An article with no address
and no outlet has no site, so only the boilerplate cap protects it from footers.

How the thresholds were measured.  On the 68 real pages of the evaluation news, the links
are ISW's 21 February assessment saved from ``criticalthreats.org`` and
``www.criticalthreats.org`` (similarity 1.0), its 26 February assessment from
``understandingwar.org`` and ``criticalthreats.org`` (similarity 0.73, containment 0.997)
and Kyiv Post's reprint of that day's key takeaways, held in both (containment 0.72, 0.74).
The closest pairs left apart are a Reuters story and a rewrite of it on another site
(containment 0.26, similarity 0.14, no sentence in common) and ISW reports of different
days (0.16): hence ``CONTAINS_CONTAINMENT`` 0.5 ("most of") and ``DUPLICATE_SIMILARITY``
0.6, which also keeps a copy cut to a third of its source (similarity about 0.33, the
benchmark's shortened copies) a ``contains``.  Without the site rule, seven false links
appear (two pages of one TV station's site sharing 18 sentences of subscription prompts,
ISW's methodology note across days, a news site's donation appeal); with a boilerplate cap
of 2 pages ("3 or more pages is furniture"), the Kyiv Post reprint, on 3 pages, is lost.
The benchmark's planted copies (duplicates, edited duplicates, shortened copies, wire
paragraphs) are all found at 10,000 and 100,000 articles with no false link.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, NamedTuple
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from helpers.text import split_span

LINK_COLUMNS = ["article_id", "other_article_id", "relation", "shared_sentences", "containment", "similarity"]
#: The values of ``relation``, from the closest tie to the loosest.
RELATIONS = ("duplicate", "contains", "shares_passages")

#: A body sentence shorter than this is a label, not prose ("Share this article.").
MIN_SENTENCE_WORDS = 6
#: Words per shingle.  Five is the usual choice for news near-duplicates: short enough to
#: survive light edits, long enough that two unrelated reports rarely share one.
SHINGLE_WORDS = 5
#: MinHash permutations and their seed (fixed, so the links are the same on every run).
NUM_PERM = 64
MINHASH_SEED = 2025
#: Shingle Jaccard at which MinHash LSH proposes a pair (a candidate only: the relation is
#: decided on exact figures).  With 64 permutations datasketch bands it 21 x 3, which
#: proposes a pair at Jaccard 0.5 / 0.6 / 0.7 with probability 0.94 / 0.994 / 0.9998 and an
#: unrelated pair (Jaccard 0.01) with probability 0.00002.
LSH_THRESHOLD = 0.3
#: A sentence on this many different pages of one site is that site's furniture.
FURNITURE_SITE_PAGES = 2
#: A sentence on more than this many pages of any sites is boilerplate everywhere.  Eval: the
#: most widely copied real text (ISW's key takeaways) is on 3 pages; a cap also bounds the
#: pairs one sentence can make (n * (n - 1) / 2).
FURNITURE_MAX_PAGES = 20
#: Shingle Jaccard from which two articles are the same report.
DUPLICATE_SIMILARITY = 0.6
#: Share of the smaller article's shingles found in the other from which it is held there.
CONTAINS_CONTAINMENT = 0.5
#: Words of whole shared sentences that make a reused passage (one wire sentence of 20
#: words; a stock line such as "The ministry did not respond to a request for comment." is
#: shorter).
MIN_PASSAGE_WORDS = 20
#: Shingles in common below which no relation is claimed (about one 20-word sentence).
MIN_SHARED_SHINGLES = 16
#: Candidates compared per article, the strongest first (``strongest_candidates``): bounds
#: the comparisons of a templated corpus, where every text shares sentences with dozens.
#: The eval news's most linked article has 2 partners; a wire story reprinted by more than
#: 20 outlets still has every copy linked to the strongest 20 and so folded into one cluster.
MAX_PARTNERS = 20

#: Zero-width and other invisible format characters: wire services put them inside words.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
_FOOTNOTE = re.compile(r"\[+(?:\d{1,3}|[ivxlc]{1,6})\]+", re.IGNORECASE)
_NON_WORD = re.compile(r"[\W_]+")
_NON_WORD_LINE = re.compile(r"[^\w\n]+|_+")
#: Byte table for ASCII text: letters, digits and line breaks kept, every other byte a space.
_ASCII_SPACES = bytes(code if chr(code).isalnum() or chr(code) == "\n" else 32 for code in range(128)) + b" " * 128
#: Quotes, dashes, ellipsis, guillemets, bullets and no-break space: made spaces first.
_TYPOGRAPHIC_SPACES = {ord(mark): " " for mark in "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb\u2022\u00b7\u00a0"}
#: A Markdown list item that is only a link: "- [War](https://example.org/war)".
_LINK_ITEM = re.compile(r"\s*(?:[-*+]|\d+\.)?\s*!?\[[^\]]*\]\([^)]*\)\s*")
#: Closing marks allowed after the full stop of a prose sentence.
_CLOSERS = "\"'”’»)]*_ "
_STOPS = ".!?…"

_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
#: Base of the words' polynomial hash (odd, so it has an inverse modulo 2**64).
_BASE = np.uint64(0x100000001B3)
_BASE_INVERSE = np.uint64(pow(0x100000001B3, -1, 1 << 64))


@dataclass(frozen=True)
class LinkRules:
    """The thresholds ``article_links`` applies, defaults from the module constants.

    Raises ValueError naming the field when a value is out of range.
    """

    furniture_site_pages: int = FURNITURE_SITE_PAGES
    furniture_max_pages: int = FURNITURE_MAX_PAGES
    duplicate_similarity: float = DUPLICATE_SIMILARITY
    contains_containment: float = CONTAINS_CONTAINMENT
    min_passage_words: int = MIN_PASSAGE_WORDS
    min_shared_shingles: int = MIN_SHARED_SHINGLES
    max_partners: int = MAX_PARTNERS

    def __post_init__(self) -> None:
        for name in ("furniture_site_pages", "furniture_max_pages", "min_passage_words", "min_shared_shingles",
                     "max_partners"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)!r}")
        for name in ("duplicate_similarity", "contains_containment"):
            if not 0 < getattr(self, name) <= 1:
                raise ValueError(f"{name} must be in (0, 1], got {getattr(self, name)!r}")


class ArticleFingerprint(NamedTuple):
    """One article's kept body sentences and their shingles, in order of appearance.

    ``sentences[i]`` is the hash of the i-th prose sentence and ``words[i]`` its word count;
    ``shingles[j]`` is the hash of a word n-gram of sentence ``shingle_sentence[j]``.
    """

    article_id: str
    sentences: np.ndarray  # uint64
    words: np.ndarray  # int32
    shingles: np.ndarray  # uint32
    shingle_sentence: np.ndarray  # int32


class Page(NamedTuple):
    """Where an article was published: ``site`` (host, else outlet, else empty) and ``page``
    (the address without ``www.``, ``/amp``, query or fragment; else the title; else the id)."""

    site: str
    page: str


# --- step 1: per article --------------------------------------------------------------------


def cleaned(text: str) -> str:
    """The text without what differs between two saves of one page: Unicode forms (NFKC),
    invisible format marks, Markdown link targets and emphasis, addresses, footnote markers.

    >>> cleaned("**Hold** the [line](https://example.org/x).[[i]](https://example.org/#n1)")
    'Hold the line.'
    """
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    if "](" in text:
        text = _LINK_TARGET.sub("]", text)
    if "http" in text or "www." in text:
        text = _ADDRESS.sub(" ", text)
    if "[" in text:
        text = _FOOTNOTE.sub("", text).replace("[", "").replace("]", "")
    if "**" in text or "__" in text:
        text = text.replace("**", "").replace("__", "")
    return text


def normalised_words(sentence: str) -> list[str]:
    """The words of a cleaned sentence as compared across articles: case folded, punctuation
    dropped.

    >>> normalised_words("“Hold the line,” said Jane Example’s aide.")
    ['hold', 'the', 'line', 'said', 'jane', 'example', 's', 'aide']
    """
    return _NON_WORD.sub(" ", sentence.casefold()).split()


def is_prose(sentence: str) -> bool:
    """True when the sentence closes with a full stop, question or exclamation mark (quotes,
    brackets and Markdown emphasis after it allowed): headlines and labels do not."""
    ending = sentence.rstrip(_CLOSERS)
    return bool(ending) and ending[-1] in _STOPS


def is_link_item(paragraph: str) -> bool:
    """True for a paragraph that is only a Markdown link, as in a scraped page's link list."""
    return _LINK_ITEM.fullmatch(paragraph) is not None


def article_fingerprint(article_id: str, paragraphs: Iterable[str], *, language: str = "en") -> ArticleFingerprint:
    """Hashes of one article's prose body sentences and of their word shingles.

    ``paragraphs``: the texts of the article's body paragraphs (``kind == "paragraph"``), in
    order.  Pure: depends on nothing but its arguments, so it can run on any partition.
    """
    prose = []
    for paragraph in paragraphs:
        if not paragraph or is_link_item(paragraph):
            continue
        paragraph = cleaned(paragraph)
        for start, end in split_span(paragraph, 0, len(paragraph), language=language):
            sentence = paragraph[start:end]
            if is_prose(sentence):
                prose.append(sentence.replace("\n", " "))
    # One pass over all prose sentences, one per line: case folded, punctuation dropped.
    lines = _without_punctuation("\n".join(prose).casefold()).split("\n")
    kept = [" ".join(words) for words in map(str.split, lines) if len(words) >= MIN_SENTENCE_WORDS]
    sentences = np.array(
        [int.from_bytes(hashlib.blake2b(line.encode("utf-8"), digest_size=8).digest(), "little") for line in kept],
        dtype=np.uint64,
    )
    words, shingles, owners = _shingle_hashes("\n".join(kept), len(kept))
    return ArticleFingerprint(article_id, sentences, words, shingles, owners)


def _without_punctuation(text: str) -> str:
    """Every character but letters, digits and line breaks made a space: ``[^\\w\\n]|_``.

    The same result by two routes: ASCII text (after the common typographic marks are made
    spaces) through a byte table, fifty times faster than the regex; any other text through
    the regex.
    """
    if not text.isascii():
        text = text.translate(_TYPOGRAPHIC_SPACES)
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_SPACES).decode("ascii")
    return _NON_WORD_LINE.sub(" ", text)


def _shingle_hashes(text: str, lines: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Words per line, and the 32-bit hash and line of every word ``SHINGLE_WORDS``-gram
    within a line, of ``text`` (normalised words, one space between words, one sentence a
    line).

    Vectorised, with nothing but integer arithmetic modulo 2**64, so the same on every run
    and machine: each word is hashed as the polynomial of its code points (prefix sums
    weighted by powers of the inverse of an odd base, Karp & Rabin 1987), mixed
    (SplitMix64's finaliser), and each window of words combined as a polynomial in turn.
    """
    if lines == 0:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.uint32), np.zeros(0, dtype=np.int32)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    separators = np.flatnonzero((codes == 32) | (codes == 10))
    starts = np.r_[0, separators + 1]
    ends = np.r_[separators, len(codes)]
    line_of_word = np.r_[0, np.cumsum(codes[separators] == 10)].astype(np.int32)
    with np.errstate(over="ignore"):
        powers = np.cumprod(np.full(len(codes), _BASE, dtype=np.uint64))  # base ** (i + 1)
        inverse_powers = np.cumprod(np.full(len(codes), _BASE_INVERSE, dtype=np.uint64))
        prefix = np.r_[np.uint64(0), np.cumsum(codes * inverse_powers)]
        word_hashes = _mixed((prefix[ends] - prefix[starts]) * powers[ends - 1])
        count = max(len(word_hashes) - SHINGLE_WORDS + 1, 0)
        combined = np.zeros(count, dtype=np.uint64)
        for offset in range(SHINGLE_WORDS):
            combined = combined * _MULTIPLIER + word_hashes[offset:offset + count]
    within = line_of_word[:count] == line_of_word[SHINGLE_WORDS - 1:]
    shingles = ((combined >> np.uint64(32)) ^ (combined & np.uint64(0xFFFFFFFF))).astype(np.uint32)
    words = np.bincount(line_of_word, minlength=lines).astype(np.int32)
    return words, shingles[within], line_of_word[:count][within]


def _mixed(values: np.ndarray) -> np.ndarray:
    """SplitMix64's finaliser: spreads nearby polynomial values over all 64 bits."""
    with np.errstate(over="ignore"):
        values = (values ^ (values >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        values = (values ^ (values >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return values ^ (values >> np.uint64(31))


def fingerprints(blocks: pd.DataFrame, *, languages: dict[str, str] | None = None) -> list[ArticleFingerprint]:
    """``article_fingerprint`` of every article in a blocks table (or a partition of whole
    articles), in article id order.  ``languages``: article id -> language for the sentence
    splitter's abbreviations (English when absent)."""
    _check_columns(blocks, ["article_id", "kind", "paragraph", "text"], "blocks")
    body = (blocks["kind"] == "paragraph").to_numpy()
    codes, ids = pd.factorize(blocks["article_id"][body], sort=True)
    position = blocks["start" if "start" in blocks.columns else "paragraph"][body].to_numpy()
    order = np.lexsort((position, codes))  # by article id, then by place in the article
    codes = codes[order]
    texts = blocks["text"].to_numpy()[body][order]
    languages = languages or {}
    result = []
    bounds = np.flatnonzero(np.diff(codes)) + 1
    for first, last in zip(np.r_[0, bounds], np.r_[bounds, len(codes)]) if len(codes) else ():
        article_id = ids[codes[first]]
        result.append(article_fingerprint(article_id, texts[first:last], language=languages.get(article_id) or "en"))
    return result


# --- step 2: furniture ----------------------------------------------------------------------


def article_pages(articles: pd.DataFrame) -> dict[str, Page]:
    """The site and page of every article, from its ``url`` (else ``outlet`` and ``title``)."""
    _check_columns(articles, ["article_id"], "articles")
    pages = {}
    for row in articles.to_dict("records"):
        pages[row["article_id"]] = page_of(row["article_id"], row.get("url"), row.get("outlet"), row.get("title"))
    return pages


def page_of(article_id: str, url: object, outlet: object, title: object) -> Page:
    """The site and page of one article (see ``Page``).

    >>> page_of("a", "https://www.example.org/news/123/amp/?utm=x", None, None)
    Page(site='example.org', page='example.org/news/123')
    """
    if isinstance(url, str) and url.strip():
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        for prefix in ("www.", "m.", "amp."):
            if host.startswith(prefix):
                host = host[len(prefix):]
        segments = [segment for segment in parts.path.lower().split("/") if segment and segment != "amp"]
        if host:
            return Page(host, "/".join([host, *segments]))
    site = outlet.strip().casefold() if isinstance(outlet, str) else ""
    if isinstance(title, str) and title.strip():
        return Page(site, f"{site}|title:{' '.join(normalised_words(cleaned(title)))}")
    return Page(site, f"id:{article_id}")


def furniture_mask(prints: list[ArticleFingerprint], pages: dict[str, Page],
                   rules: LinkRules = LinkRules()) -> list[np.ndarray]:
    """For each article, a boolean per sentence: True where the sentence is furniture.

    Furniture is a sentence on ``rules.furniture_site_pages`` or more pages of the article's
    own site, or on more than ``rules.furniture_max_pages`` pages of any sites.  An article
    without a known site is judged by the second rule only.
    """
    counts = np.array([len(fingerprint.sentences) for fingerprint in prints], dtype=np.int64)
    if counts.sum() == 0:
        return [np.zeros(count, dtype=bool) for count in counts]
    sentences = np.concatenate([fingerprint.sentences for fingerprint in prints])
    furniture = _furniture_of(sentences, counts, [item.article_id for item in prints], pages, rules)
    return np.split(furniture, np.cumsum(counts)[:-1])


def _furniture_of(sentences: np.ndarray, counts: np.ndarray, article_ids: list[str], pages: dict[str, Page],
                  rules: LinkRules) -> np.ndarray:
    """``furniture_mask`` of sentence hashes laid end to end (``counts`` per article, in the
    order of ``article_ids``): one sort of (sentence, site, page), no table.

    A page names its site (``page_of``: the host opens the page, the outlet opens a title
    page, an id page is one article's), so the pages of a sentence on one site are counted
    within its (sentence, site) run.
    """
    page_of_article = [pages.get(article_id, Page("", f"id:{article_id}")) for article_id in article_ids]
    site_codes, site_names = pd.factorize(pd.Series([page.site for page in page_of_article], dtype=object))
    site_codes = np.where(site_names[site_codes] == "", -1, site_codes) if len(site_names) else site_codes
    page_codes, _ = pd.factorize(pd.Series([page.page for page in page_of_article], dtype=object))
    del page_of_article
    site = np.repeat(site_codes.astype(np.int32), counts)
    page = np.repeat(page_codes.astype(np.int32), counts)
    order = np.lexsort((page, site, sentences))
    sentence_sorted, site_sorted, page_sorted = sentences[order], site[order], page[order]
    del site, page
    new_sentence = np.r_[True, sentence_sorted[1:] != sentence_sorted[:-1]]
    new_site = new_sentence | np.r_[True, site_sorted[1:] != site_sorted[:-1]]
    new_page = new_site | np.r_[True, page_sorted[1:] != page_sorted[:-1]]
    del sentence_sorted, page_sorted
    sentence_run = np.cumsum(new_sentence) - 1
    pages_everywhere = np.bincount(sentence_run, weights=new_page)
    furniture_sorted = pages_everywhere[sentence_run] > rules.furniture_max_pages
    del sentence_run, pages_everywhere
    site_run = np.cumsum(new_site) - 1
    pages_on_site = np.bincount(site_run, weights=new_page)
    furniture_sorted |= (site_sorted >= 0) & (pages_on_site[site_run] >= rules.furniture_site_pages)
    furniture = np.empty(len(sentences), dtype=bool)
    furniture[order] = furniture_sorted
    return furniture


# --- step 3: candidates and links -----------------------------------------------------------


class _Kept(NamedTuple):
    """An article's body without furniture: its unique sentence hashes (sorted), the words of
    each, and its unique shingles (sorted)."""

    sentences: np.ndarray
    words: np.ndarray
    shingles: np.ndarray


def _kept(fingerprint: ArticleFingerprint, furniture: np.ndarray) -> _Kept:
    keep = ~furniture
    sentences, first = np.unique(fingerprint.sentences[keep], return_index=True)
    # One hash, one normalised sentence, one word count: any occurrence's count will do.
    words = fingerprint.words[keep][first].astype(np.int32)
    shingles = fingerprint.shingles[keep[fingerprint.shingle_sentence]]
    return _Kept(sentences, words, np.unique(shingles))


def shared_sentence_counts(kept: list[_Kept]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of articles (positions ``first`` < ``second``) with kept sentences in common, and
    how many, as three arrays: one sort of all sentence hashes, then every pair within each
    run of equal hashes (a run is at most ``FURNITURE_MAX_PAGES`` long: longer ones were
    dropped as boilerplate)."""
    counts = np.array([len(item.sentences) for item in kept], dtype=np.int64)
    empty = np.zeros(0, dtype=np.int64)
    if counts.sum() == 0:
        return empty, empty, empty
    sentence = np.concatenate([item.sentences for item in kept])
    article = np.repeat(np.arange(len(kept), dtype=np.int64), counts)
    order = np.argsort(sentence, kind="stable")
    sentence, article = sentence[order], article[order]
    del order
    repeated = np.r_[sentence[1:] == sentence[:-1], False] | np.r_[False, sentence[1:] == sentence[:-1]]
    sentence, article = sentence[repeated], article[repeated]
    if not len(sentence):
        return empty, empty, empty
    starts = np.flatnonzero(np.r_[True, sentence[1:] != sentence[:-1]])
    lengths = np.diff(np.r_[starts, len(sentence)])
    firsts, seconds = [], []
    for length in np.unique(lengths):  # runs of one length at a time: every ordered pair of a run
        run_starts = starts[lengths == length]
        left, right = np.triu_indices(int(length), k=1)
        a = article[run_starts[:, None] + left[None, :]].ravel()
        b = article[run_starts[:, None] + right[None, :]].ravel()
        firsts.append(np.minimum(a, b))
        seconds.append(np.maximum(a, b))
    first, second = np.concatenate(firsts), np.concatenate(seconds)
    distinct = first != second
    keys = first[distinct] * len(kept) + second[distinct]
    keys, shared = np.unique(keys, return_counts=True)
    return keys // len(kept), keys % len(kept), shared


def strongest_candidates(shared: tuple[np.ndarray, np.ndarray, np.ndarray], near: tuple[np.ndarray, np.ndarray],
                         max_partners: int, articles: int) -> np.ndarray:
    """The candidate pairs to compare, as an (n, 2) array sorted by the two positions: each
    article's ``max_partners`` strongest (most shared sentences, then MinHash candidates,
    then the nearest in corpus order), and every pair that is among the strongest of either
    of its two articles.  ``shared``: (first, second, count) of ``shared_sentence_counts``;
    ``near``: (first, second) of ``near_duplicate_pairs``; ``articles``: how many there are.

    Why a cap: in a corpus of templated texts (generated test corpora, bulletins written from
    one form) every article shares sentences with dozens of others, and comparing every such
    pair costs the square of the corpus.  With the cap the comparisons grow linearly (at most
    ``2 * max_partners`` per article); a real copy shares many sentences with its source, so
    it stays among the strongest."""
    shared_keys = shared[0] * articles + shared[1]
    near_keys = np.unique(near[0] * articles + near[1])
    near_keys = near_keys[~np.isin(near_keys, shared_keys)]
    keys = np.r_[shared_keys, near_keys]
    if not len(keys):
        return np.zeros((0, 2), dtype=np.int64)
    strength = np.r_[shared[2], np.zeros(len(near_keys), dtype=np.int64)]
    del shared_keys, near_keys
    first, second = keys // articles, keys % articles
    del keys
    article, other, strength = np.r_[first, second], np.r_[second, first], np.r_[strength, strength]
    del first, second
    article, other = _strongest_first(article, other, strength, articles)
    del strength
    group_start = np.flatnonzero(np.r_[True, article[1:] != article[:-1]])
    rank = np.arange(len(article))
    rank -= np.repeat(group_start, np.diff(np.r_[group_start, len(article)]))
    strongest = rank < max_partners
    del rank, group_start
    chosen = np.unique(np.minimum(article[strongest], other[strongest]) * articles
                       + np.maximum(article[strongest], other[strongest]))
    return np.stack([chosen // articles, chosen % articles], axis=1)


def _strongest_first(article: np.ndarray, other: np.ndarray, strength: np.ndarray,
                     articles: int) -> tuple[np.ndarray, np.ndarray]:
    """``article`` and ``other`` sorted by article, then strongest (most shared sentences),
    then nearest in corpus order, then ``other``: ``np.lexsort`` of the four, done as one sort
    of a packed 63-bit key when the four fit in it (a fifth of lexsort's memory at 100,000
    articles: 3.3 million pairs, both ways), else with lexsort."""
    bits = max(1, (articles - 1).bit_length())
    weakest = int(strength.max()) if len(strength) else 0
    strength_bits = max(1, weakest.bit_length())
    if 3 * bits + strength_bits > 63:
        order = np.lexsort((other, np.abs(article - other), -strength, article))
        return article[order], other[order]
    key = np.subtract(article, other)  # in place from here on: four arrays of the pairs at most
    np.abs(key, out=key)
    key <<= bits
    key |= other
    weakness = np.subtract(weakest, strength)
    weakness <<= 2 * bits
    key |= weakness
    del weakness
    key |= article << (strength_bits + 2 * bits)
    key.sort()
    other = key & ((1 << bits) - 1)
    key >>= strength_bits + 2 * bits
    return key, other


def minhash_signatures(kept: list[_Kept]) -> np.ndarray:
    """The MinHash (``NUM_PERM`` values, ``MINHASH_SEED``) of each article's kept shingles, one
    uint32 row per article (zeros for an article without shingles): 256 bytes an article,
    where a datasketch object costs kilobytes."""
    from datasketch import MinHash  # here: importing it (and scipy) costs 0.9 s

    prototype = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashfunc=int)
    signatures = np.zeros((len(kept), NUM_PERM), dtype=np.uint32)
    for position, item in enumerate(kept):
        if len(item.shingles):
            minhash = prototype.copy()
            minhash.update_batch(item.shingles.tolist())
            signatures[position] = minhash.hashvalues
    return signatures


def lsh_bands() -> list[tuple[int, int]]:
    """The (start, end) of each band of the signature, as ``datasketch.MinHashLSH`` chooses
    them for ``LSH_THRESHOLD`` and ``NUM_PERM`` (21 bands of 3 values)."""
    from datasketch import MinHashLSH

    return list(MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).hashranges)


def near_duplicate_pairs(signatures: np.ndarray, present: np.ndarray,
                         max_partners: int = MAX_PARTNERS) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of articles (positions ``first`` < ``second``) whose MinHash signatures collide in
    a band of ``lsh_bands`` (the candidates of datasketch's MinHash LSH at Jaccard >=
    ``LSH_THRESHOLD``): each article is looked up among those before it, and of more than
    ``max_partners`` answers, those of highest estimated Jaccard (then the latest) are kept:
    in a templated corpus every text is "near" hundreds of others, and keeping them all
    costs the square of the corpus.

    ``present``: True for the articles with shingles (the others have no signature).  The
    index is one sorted array per band (its values, then position), not a dictionary of
    buckets, so it costs 12 bytes an article a band; a band's bucket is a run of the sort.
    """
    positions = np.flatnonzero(present)
    bands = []
    for start, end in lsh_bands():
        values = signatures[positions, start:end]
        order = np.lexsort((positions, *[values[:, column] for column in range(end - start - 1, -1, -1)]))
        ordered = values[order]
        new_run = np.r_[True, (ordered[1:] != ordered[:-1]).any(axis=1)]
        run_start = np.maximum.accumulate(np.where(new_run, np.arange(len(order)), 0))
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        bands.append((positions[order], run_start, rank))
        del values, ordered
    firsts, seconds = [], []
    for index, position in enumerate(positions.tolist()):
        # The members of this article's bucket in each band that come before it: the run's
        # members are in position order, so they are the run up to the article itself.
        slices = [members[run_start[rank[index]]:rank[index]] for members, run_start, rank in bands]
        found = np.unique(np.concatenate(slices))
        if not len(found):
            continue
        if len(found) > max_partners:
            estimate = (signatures[found] == signatures[position]).sum(axis=1)
            order = np.lexsort((-found, -estimate))  # highest estimate first, then the latest
            found = found[order[:max_partners]]
        firsts.append(found)
        seconds.append(np.full(len(found), position, dtype=np.int64))
    if not firsts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(firsts).astype(np.int64), np.concatenate(seconds)


class Link(NamedTuple):
    """One row of ``article_links``."""

    article_id: str
    other_article_id: str
    relation: str
    shared_sentences: int
    containment: float
    similarity: float


def link_between(first_id: str, first: _Kept, second_id: str, second: _Kept,
                 rules: LinkRules = LinkRules()) -> Link | None:
    """The relation of two articles from their kept sentences and shingles, or None.

    Example: a 30-shingle summary whose shingles all appear in a 120-shingle report has
    containment 30 / 30 = 1.0 and similarity 30 / 120 = 0.25: ``contains``, the report first.
    """
    shared_shingles = len(np.intersect1d(first.shingles, second.shingles, assume_unique=True))
    if shared_shingles < rules.min_shared_shingles:
        return None
    _, in_first, _ = np.intersect1d(first.sentences, second.sentences, assume_unique=True, return_indices=True)
    containment = shared_shingles / min(len(first.shingles), len(second.shingles))
    similarity = shared_shingles / (len(first.shingles) + len(second.shingles) - shared_shingles)
    if similarity >= rules.duplicate_similarity:
        relation = "duplicate"
    elif containment >= rules.contains_containment:
        relation = "contains"
        if (-len(second.shingles), second_id) < (-len(first.shingles), first_id):  # the holder first
            first_id, second_id = second_id, first_id
    elif int(first.words[in_first].sum()) >= rules.min_passage_words:
        relation = "shares_passages"
    else:
        return None
    if relation != "contains" and second_id < first_id:
        first_id, second_id = second_id, first_id
    return Link(first_id, second_id, relation, len(in_first), round(containment, 4), round(similarity, 4))


def find_links(prints: list[ArticleFingerprint], pages: dict[str, Page],
               rules: LinkRules = LinkRules()) -> pd.DataFrame:
    """The links between fingerprinted articles (the corpus-wide step of ``article_links``),
    their positions in the list being their corpus order."""
    return links_of_parts([lambda: prints], pages, rules, by_id=False)


def links_of_parts(parts: list, pages: dict[str, Page], rules: LinkRules = LinkRules(), *,
                   by_id: bool = True) -> pd.DataFrame:
    """``find_links`` of fingerprints read one part at a time: ``parts`` are functions that
    each return the fingerprints of one part of the corpus (say, read back from a file), and
    each is called twice.  Corpus order is that of article ids (``by_id``), else that of the
    parts.

    What is held for the whole corpus is compact: the sentence hashes (for the furniture),
    each article's kept sentences and shingles (sorted arrays), a 256-byte MinHash signature
    per article and the candidate pairs as integer arrays; never a part's text, a MinHash
    object or a dictionary of pairs.
    """
    article_ids: list[str] = []
    counts, sentences = [], []
    for part in parts:  # pass 1: the sentences, for the furniture
        prints = part()
        article_ids.extend(item.article_id for item in prints)
        counts.append(np.array([len(item.sentences) for item in prints], dtype=np.int64))
        sentences.append(np.concatenate([item.sentences for item in prints]) if prints else np.zeros(0, np.uint64))
        del prints
    counts = np.concatenate(counts) if counts else np.zeros(0, dtype=np.int64)
    sentences = np.concatenate(sentences) if sentences else np.zeros(0, dtype=np.uint64)
    if by_id:
        corpus_order = sorted(range(len(article_ids)), key=article_ids.__getitem__)
    else:
        corpus_order = list(range(len(article_ids)))
    position_of = np.empty(len(article_ids), dtype=np.int64)
    position_of[corpus_order] = np.arange(len(article_ids))
    if counts.sum():
        furniture = _furniture_of(sentences, counts, article_ids, pages, rules)
    else:
        furniture = np.zeros(0, dtype=bool)
    del sentences
    bounds = np.r_[0, np.cumsum(counts)]
    kept: list[_Kept | None] = [None] * len(article_ids)
    loaded = 0
    for part in parts:  # pass 2: what is kept of each article, in corpus order
        for item in part():
            kept[position_of[loaded]] = _kept(item, furniture[bounds[loaded]:bounds[loaded + 1]])
            loaded += 1
    del furniture, bounds
    ids = [article_ids[loaded] for loaded in corpus_order]
    del article_ids, corpus_order, position_of
    signatures = minhash_signatures(kept)
    present = np.array([len(item.shingles) > 0 for item in kept], dtype=bool)
    near = near_duplicate_pairs(signatures, present, rules.max_partners)
    del signatures
    candidates = strongest_candidates(shared_sentence_counts(kept), near, rules.max_partners, len(kept))
    del near
    rows = []
    for first, second in candidates.tolist():
        link = link_between(ids[first], kept[first], ids[second], kept[second], rules)
        if link is not None:
            rows.append(link)
    table = pd.DataFrame(rows, columns=LINK_COLUMNS)
    table = table.sort_values(["article_id", "other_article_id"], kind="stable", ignore_index=True)
    return table.astype({"shared_sentences": "int64", "containment": "float64", "similarity": "float64"})


def article_links(blocks: pd.DataFrame, articles: pd.DataFrame, *, rules: LinkRules = LinkRules()) -> pd.DataFrame:
    """One row per pair of articles that share their text (see the module docstring).

    ``blocks``: the corpus's blocks table (``article_id``, ``kind``, ``paragraph``, ``start``,
    ``text``; only ``kind == "paragraph"`` is read).  ``articles``: the articles table
    (``article_id`` and, where known, ``url``, ``outlet``, ``title``, ``language``).
    Columns: ``article_id, other_article_id, relation, shared_sentences, containment,
    similarity``, sorted by the two ids.  ``rules``: other thresholds than the defaults.
    """
    _check_columns(articles, ["article_id"], "articles")
    languages = {}
    if "language" in articles.columns:
        languages = {article_id: language for article_id, language in zip(articles["article_id"], articles["language"])
                     if isinstance(language, str)}
    return find_links(fingerprints(blocks, languages=languages), article_pages(articles), rules)


def _check_columns(frame: pd.DataFrame, columns: list[str], name: str) -> None:
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise ValueError(f"the {name} table lacks the column(s) {', '.join(missing)}")
