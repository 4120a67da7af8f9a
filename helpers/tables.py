"""Tables: the rows the extractors found, as typed, sorted pandas DataFrames.

Tables are built in two steps, so that a corpus split across processes (or a Dask cluster)
gives exactly the tables a single process would:

1. ``article_frames(articles)`` runs the extractor pipeline over each article of a batch
   (``helpers.extract.run`` on a fresh ``Doc``) and returns raw per-batch tables: speaker names
   are not yet folded across the corpus;
2. ``finalise(frames)`` joins them across the whole corpus: speaker names folded
   corpus-wide, every claim and sentence given its voice, every event its claims, speaker
   and places, and the speakers table built.  It is itself three composable steps (see
   "step 2" below), which ``helpers.engines`` runs batch by batch to export a corpus larger
   than one process's memory.

The ``*_table(articles)`` functions build one table of a few articles, for tests, scripts
and benchmarks.  Frames are handed to pandas column by column: the same frame as from row
tuples, at a fraction of the cost.
"""

from __future__ import annotations

from collections import Counter
from itertools import islice
from operator import itemgetter, le
from typing import Iterable, Sequence

import pandas as pd

from helpers.doc import Doc, make_doc
from helpers.extract import run
from helpers.extract.attribution.records import SPEAKER_KINDS
from helpers.extract.attribution import (
    ATTRIBUTION_COLUMNS, SPEAKER_COLUMNS, VOICE_COLUMNS, Attribution, fold_speakers, speaker_kind,
)
from helpers.extract.claims import CLAIM_COLUMNS, SENTENCE_CLAIM_COLUMNS
from helpers.extract.places import PLACE_COLUMNS, Gazetteer
from helpers.extract.timeline import EVENT_COLUMNS
from helpers.lexicon import EXTRACTION_LANGUAGES
from helpers.load import Article, LoadError

LOAD_REPORT_COLUMNS = ["path", "line", "severity", "reason"]
ARTICLE_COLUMNS = [
    "article_id", "path", "layout", "published", "published_source", "language", "language_source", "title", "standfirst", "authors",
    "outlet", "url", "domain", "read_minutes", "photos", "paragraphs", "words", "chars", "warnings",
]
BLOCK_COLUMNS = ["article_id", "kind", "paragraph", "line", "start", "end", "text"]
PARAGRAPH_COLUMNS = ["article_id", "paragraph", "line", "start", "end", "words", "text"]
PHOTO_COLUMNS = [
    "article_id", "number", "alt", "alt_start", "alt_end", "caption", "caption_start", "caption_end",
    "credit", "credit_start", "credit_end",
]
SENTENCE_COLUMNS = ["article_id", "sentence_id", "part", "paragraph", "start", "end", "text"]
#: Columns the corpus joins onto the events: what else the event's sentence holds.
EVENT_JOINED = ["speaker", "attribution_id", "claims", "places"]

#: Tables the export writes, in this order.
EXPORTED_TABLES = [
    "articles", "blocks", "paragraphs", "photos", "sentences", "claims", "attributions", "speakers",
    "events", "places",
]
#: Tables that run across articles (``helpers.cross``), made from the tables above once every
#: article is read; the export writes them too.
CROSS_TABLES = ["article_links", "claim_groups", "reference_check"]

_CLAIM_DTYPES = {
    "paragraph": "Int64", "sentence_id": "int64", "start": "int64", "end": "int64",
    "sentence_start": "int64", "sentence_end": "int64", "value_low": "float64", "value_high": "float64",
    "hedged": "bool", "in_headline": "bool",
}
_EVENT_DATES = ("date_start", "date_end", "published")
_EVENT_INTEGERS = ("start", "end", "sentence_id", "sentence_start", "sentence_end", "paragraph", "lag_days")
_PLACE_DTYPES = {
    "start": "int64", "end": "int64", "sentence_id": "int64", "lat": "float64", "lon": "float64",
    "geonameid": "Int64", "confidence": "float64",
}
#: The offset columns of the attributions table are ``Int64`` (an absent offset is <NA>).
_OFFSET_TYPES = {column: "Int64" for column in ATTRIBUTION_COLUMNS if column.endswith(("_start", "_end"))}


# --- step 1: per-article tables ----------------------------------------------------------------


def extracts_language(language: str | None) -> bool:
    """True for a language with word lists, and for an article with no language tag."""
    return not language or language in EXTRACTION_LANGUAGES


def article_frames(articles: Sequence[Article], *, gazetteer: Gazetteer | None = None) -> dict[str, pd.DataFrame]:
    """Raw tables of a batch of articles; speaker names are not yet folded across the corpus.

    Each article is read once, through one ``Doc`` that every extractor shares, and the
    Doc is dropped before the next article.  Only articles in a language with word lists
    are extracted from; the others keep their articles, blocks and sentences rows and get
    a load-report warning saying so.
    """
    rows: dict[str, list] = {name: [] for name in ("sentences", "claims", "sentence_claims", "attributions",
                                                    "voices", "events", "places")}
    options = {"gazetteer": gazetteer} if gazetteer is not None else {}
    for article in articles:
        doc = make_doc(article, **options)
        rows["sentences"].extend(doc.sentences)
        if not extracts_language(article.language):
            continue
        run(doc)
        for name in ("claims", "sentence_claims", "attributions", "voices", "events", "places"):
            rows[name].extend(doc.spans[name])
    return {
        "articles": articles_frame(articles),
        "blocks": _blocks_frame(articles),
        "photos": _photos_frame(articles),
        "sentences": _sentences_frame(rows["sentences"]),
        "load_warnings": _warnings_frame(articles),
        "claims": claims_frame(rows["claims"]),
        "sentence_claims": sentence_claims_frame(rows["sentence_claims"]),
        "attributions": attributions_frame(rows["attributions"]),
        "voices": voices_frame(rows["voices"]),
        "events": events_frame(rows["events"]),
        "places": places_frame(rows["places"]),
    }


def articles_frame(articles: Sequence[Article]) -> pd.DataFrame:
    """One row per article: its metadata and sizes (the text itself stays on the record)."""
    rows = [
        (
            article.article_id, article.path, article.layout, article.published, article.published_source,
            article.language, article.language_source, article.title, article.standfirst, list(article.authors), article.outlet, article.url,
            article.domain, article.read_minutes, len(article.photos), len(article.paragraphs),
            sum(len(block.text.split()) for block in article.paragraphs), len(article.text), len(article.warnings),
        )
        for article in articles
    ]
    frame = pd.DataFrame.from_records(rows, columns=ARTICLE_COLUMNS)
    frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[s]")
    return frame.astype({"read_minutes": "Int64"})


def _blocks_frame(articles: Sequence[Article]) -> pd.DataFrame:
    rows = [
        (article.article_id, block.kind, block.number, block.line, block.start, block.end, block.text)
        for article in articles
        for block in article.blocks
    ]
    return pd.DataFrame.from_records(rows, columns=BLOCK_COLUMNS).astype({"paragraph": "Int64"})


def _photos_frame(articles: Sequence[Article]) -> pd.DataFrame:
    rows = [(article.article_id, *vars(photo).values()) for article in articles for photo in article.photos]
    return pd.DataFrame.from_records(rows, columns=PHOTO_COLUMNS).astype(
        {column: "Int64" for column in PHOTO_COLUMNS if column.endswith(("_start", "_end"))}
    )


def _sentences_frame(sentences: list) -> pd.DataFrame:
    rows = [(s.article_id, s.sentence_id, s.part, s.paragraph, s.start, s.end, s.text) for s in sentences]
    return pd.DataFrame.from_records(rows, columns=SENTENCE_COLUMNS).astype({"paragraph": "Int64"})


def _warnings_frame(articles: Sequence[Article]) -> pd.DataFrame:
    rows = [
        (warning.path, warning.line, "warning", warning.reason)
        for article in articles
        for warning in article.warnings
    ]
    rows += [
        (article.path, None, "warning", f"article {article.article_id}: language {article.language!r} has no "
                                        "word lists yet: loaded, but no claims, sources, dates or places extracted")
        for article in articles
        if not extracts_language(article.language)
    ]
    return pd.DataFrame.from_records(rows, columns=LOAD_REPORT_COLUMNS)


# --- one table from rows -----------------------------------------------------------------------


def _frame(rows: Sequence[tuple], columns: list[str]) -> pd.DataFrame:
    """A DataFrame of row tuples, handed to pandas column by column: the same frame as
    ``DataFrame.from_records`` (same dtypes inferred), at a fraction of the cost.

    Columns are taken out with ``itemgetter`` rather than ``zip(*rows)``, which would make
    one iterator object per row and so wake the garbage collector for nothing.
    """
    if not rows:
        return pd.DataFrame.from_records(list(rows), columns=columns)
    return pd.DataFrame({column: list(map(itemgetter(index), rows)) for index, column in enumerate(columns)})


def _sorted(rows: list[tuple], columns: list[str], dtypes: dict[str, str], order: list[str]) -> pd.DataFrame:
    """The rows as one frame, stably sorted by the ``order`` columns.

    Rows come grouped by article; the groups are first put in article-id order (a stable
    sort keeps each article's rows in position order).  They are then usually in ``order``
    already, and a check in one pass over the keys saves pandas' multi-column sort;
    otherwise (an article id repeated, rows out of order) pandas sorts.
    """
    rows = sorted(rows, key=itemgetter(columns.index("article_id")))
    frame = _frame(rows, columns).astype(dtypes)
    keys = list(map(itemgetter(*[columns.index(column) for column in order]), rows))
    if rows and all(map(le, keys, islice(keys, 1, None))):
        return frame
    return frame.sort_values(order, kind="stable").reset_index(drop=True)


def claims_frame(claims: Sequence[tuple]) -> pd.DataFrame:
    """One row per figure claim (``CLAIM_COLUMNS``), sorted by article and position."""
    return _sorted(list(claims), CLAIM_COLUMNS, _CLAIM_DTYPES, ["article_id", "start", "end"])


def sentence_claims_frame(rows: Sequence[tuple]) -> pd.DataFrame:
    """One row per sentence (``SENTENCE_CLAIM_COLUMNS``), to join onto the sentences."""
    return _sorted(list(rows), SENTENCE_CLAIM_COLUMNS, {"sentence_id": "int64", "is_claim": "bool"},
                   ["article_id", "sentence_id"])


def events_frame(events: Sequence[tuple]) -> pd.DataFrame:
    """One row per date expression (``EVENT_COLUMNS``), sorted by article and position.

    Dates are ``datetime64`` days (empty when unresolved); offsets and counts are nullable
    integers.
    """
    frame = _frame(events, EVENT_COLUMNS)
    for column in _EVENT_DATES:
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    frame = frame.astype({column: "Int64" for column in _EVENT_INTEGERS})
    return frame.sort_values(["article_id", "start", "end"], kind="stable").reset_index(drop=True)


def places_frame(places: Sequence[tuple]) -> pd.DataFrame:
    """One row per place mention (``PLACE_COLUMNS``), sorted by article and position."""
    frame = _frame(places, PLACE_COLUMNS) if places else pd.DataFrame([], columns=PLACE_COLUMNS)
    frame = frame.astype(_PLACE_DTYPES)
    return frame.sort_values(["article_id", "start", "end"], kind="stable").reset_index(drop=True)


def attributions_frame(attributions: Sequence[Attribution]) -> pd.DataFrame:
    """The statements as a frame (``ATTRIBUTION_COLUMNS``), sorted by article and position."""
    attributions = sorted(attributions, key=_table_order)
    if not attributions:
        frame = pd.DataFrame([], columns=ATTRIBUTION_COLUMNS)
        return frame.astype(_OFFSET_TYPES)
    data = {column: list(map(itemgetter(index), attributions)) for index, column in enumerate(ATTRIBUTION_COLUMNS)}
    for column in ("sentence_ids", "candidates"):  # tuples in the records, lists in the table
        data[column] = list(map(list, data[column]))
    return pd.DataFrame(data, columns=ATTRIBUTION_COLUMNS).astype(_OFFSET_TYPES)


def _table_order(attribution: Attribution) -> tuple[str, int, str]:
    """(article_id, start, attribution_id): the order of the attributions table."""
    return attribution.article_id, attribution.start, attribution.attribution_id


def voices_frame(voices: Sequence[tuple]) -> pd.DataFrame:
    """One row per sentence with its voice (``VOICE_COLUMNS``)."""
    frame = pd.DataFrame([tuple(voice) for voice in voices], columns=VOICE_COLUMNS).astype({"paragraph": "Int64"})
    return frame.sort_values(["article_id", "sentence_id"]).reset_index(drop=True)


# --- step 2: corpus-wide joins -----------------------------------------------------------------
#
# ``finalise`` is three composable steps, so that a corpus split into batches (worker processes,
# a Dask cluster) runs the same code as one process and gets exactly its tables:
#
# a. ``speaker_names`` per batch, merged with ``merge_names`` (in any order) and folded once
#    by ``fold_mapping``: the corpus-wide canonical name of every speaker name;
# b. ``finalise_batch`` per batch of whole articles: the mapping applied and the per-article
#    joins (voices onto sentences and claims, claims and places onto events);
# c. ``speaker_partials`` per batch, combined by ``combine_speakers``: the speakers table.

#: A speaker name -> (statements, where it is first seen).  "Where" is (article_id, row of the
#: raw attributions frame): that frame is in article-id order and an article lives in one
#: batch, so the smallest key across batches is the first appearance in the whole corpus.
NameCounts = dict[str, tuple[int, tuple[str, int]]]
#: Columns of ``speaker_partials``: what one batch knows of each speaker.
#: ``kind_<k>`` counts the batch's statements whose ``speaker_kind`` is ``k``.
KIND_COLUMNS = [f"kind_{kind}" for kind in SPEAKER_KINDS]
SPEAKER_PARTIAL_COLUMNS = [
    "speaker", "roles", "organisations", "outlets", "articles", "statements", "inferred", "claims",
    "first_date", "last_date", "rows", *KIND_COLUMNS,
]


def finalise(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The corpus tables from raw per-article tables (one batch or several concatenated):
    the steps a, b and c above, in one process."""
    mapping = fold_mapping(speaker_names(frames["attributions"]))
    tables = finalise_batch(frames, mapping)
    tables["speakers"] = combine_speakers(
        [speaker_partials(tables["attributions"], tables["articles"], tables["claims"])]
    )
    return tables


def speaker_names(attributions: pd.DataFrame) -> NameCounts:
    """Step a, per batch: each speaker name's count and first appearance (see ``NameCounts``)."""
    counts: NameCounts = {}
    names = attributions["speaker"].fillna("").tolist()
    for row, (name, article_id) in enumerate(zip(names, attributions["article_id"].tolist())):
        if name:
            seen = counts.get(name)
            counts[name] = (1, (article_id, row)) if seen is None else (seen[0] + 1, seen[1])
    return counts


def merge_names(*batches: NameCounts, into: NameCounts | None = None) -> NameCounts:
    """Step a, across batches: counts added, the first appearance kept (into ``into`` when
    given, else a new dict).  Associative and commutative, so batches may be merged in any
    order or as a tree."""
    merged: NameCounts = {} if into is None else into
    for counts in batches:
        for name, (count, first) in counts.items():
            seen = merged.get(name)
            merged[name] = (count, first) if seen is None else (seen[0] + count, min(seen[1], first))
    return merged


def fold_mapping(names: NameCounts) -> dict[str, str]:
    """Step a, once: ``fold_speakers`` over the corpus's names, each repeated as often as it
    is written, in order of first appearance (its counts and ties need both)."""
    in_order = sorted(names.items(), key=lambda item: item[1][1])
    return fold_speakers(name for name, (count, _) in in_order for _ in range(count))


def finalise_batch(frames: dict[str, pd.DataFrame], mapping: dict[str, str]) -> dict[str, pd.DataFrame]:
    """Step b: the tables of a batch of whole articles, speaker names folded by ``mapping``
    (the corpus-wide ``fold_mapping``).  Every table but ``speakers``."""
    articles = frames["articles"].sort_values(
        ["published", "article_id"], na_position="last", kind="stable"
    ).reset_index(drop=True)
    attributions, voices = fold_frames(frames["attributions"], frames["voices"], mapping)
    claims = claims_by_voice(frames["claims"], voices, attributions)
    places = frames["places"]
    blocks = _by_position(frames["blocks"], "start")
    return {
        "articles": articles,
        "blocks": blocks,
        "paragraphs": _paragraphs(blocks),
        "photos": _by_position(frames["photos"], "number"),
        "sentences": _sentences(frames["sentences"], frames["sentence_claims"], voices),
        "claims": _by_position(claims, "start"),
        "attributions": attributions,
        "events": _events(frames["events"], claims, places, voices),
        "places": _by_position(places, "start"),
        "load_warnings": frames["load_warnings"],
    }


def _by_position(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    return frame.sort_values(["article_id", column], kind="stable").reset_index(drop=True)


def fold_frames(
    attributions: pd.DataFrame, voices: pd.DataFrame, mapping: dict[str, str] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One canonical name per person across the corpus ("Viktor Tregubov" = "Victor Trehubov");
    ``mapping`` defaults to the fold of these attributions' own names."""
    if mapping is None:
        mapping = fold_mapping(speaker_names(attributions))
    attributions = attributions.assign(speaker=_renamed(attributions["speaker"], mapping))
    voices = voices.assign(speaker=_renamed(voices["speaker"], mapping))
    return _by_position(attributions, "attribution_id"), voices


def _renamed(names: pd.Series, mapping: dict[str, str]) -> pd.Series:
    """``names`` with each folded name replaced by its canonical form.

    Only the distinct names are looked up (a corpus has a few hundred speakers and
    hundreds of thousands of sentence rows).
    """
    changed = {name: mapping[name] for name in names.dropna().unique() if mapping.get(name, name) != name}
    return names.replace(changed) if changed else names


def _paragraphs(blocks: pd.DataFrame) -> pd.DataFrame:
    frame = blocks[blocks["kind"] == "paragraph"]
    frame = frame.assign(words=[len(text.split()) for text in frame["text"].to_numpy(object)])
    return frame[PARAGRAPH_COLUMNS].reset_index(drop=True)


def _sentences(sentences: pd.DataFrame, sentence_claims: pd.DataFrame, voices: pd.DataFrame) -> pd.DataFrame:
    keys = ["article_id", "sentence_id"]
    merged = sentences.merge(sentence_claims[keys + ["is_claim", "claim_kind"]], on=keys, how="left",
                             validate="one_to_one")
    merged = merged.merge(voices[keys + ["voice", "speaker", "attribution_id", "mode"]], on=keys, how="left",
                          validate="one_to_one")
    merged["is_claim"] = merged["is_claim"].fillna(False).astype(bool)
    for column in ("claim_kind", "voice", "speaker", "attribution_id", "mode"):
        merged[column] = merged[column].fillna("")
    return _by_position(merged, "sentence_id")


def claims_by_voice(claims: pd.DataFrame, voices: pd.DataFrame,
                    attributions: pd.DataFrame | None = None) -> pd.DataFrame:
    """The claims with whose voice each is in: ``voice``, ``speaker``, ``attribution_id``, ``mode``.

    A figure is its statement's only when it lies inside that statement's content (issue 10:
    the author's own sentences beside a quote were given to the quoted speaker).  The claims
    extractor names that statement in the claim's ``attribution_id`` (it reads the Doc's
    attributions); here its speaker and mode are read from ``attributions``, already folded
    corpus-wide, so a claim carries the canonical name.  A claim with no statement is the
    author's ("author", empty speaker), whatever the voice of its sentence.  Without
    ``attributions``, or for a claims table without ``attribution_id``, each claim takes the
    voice of its sentence, joined on (article_id, sentence_id).  Existing columns of those
    names are replaced; the four come last, in that order.
    """
    joined = ["voice", "speaker", "attribution_id", "mode"]
    if attributions is None or "attribution_id" not in claims.columns:
        left = claims.drop(columns=[column for column in joined if column in claims.columns])
        right = voices[["article_id", "sentence_id", *joined]]
        merged = left.merge(right, on=["article_id", "sentence_id"], how="left", validate="many_to_one")
        merged["voice"] = merged["voice"].fillna("author")
        for column in ("speaker", "attribution_id", "mode"):
            merged[column] = merged[column].fillna("")
        return merged
    left = claims.drop(columns=[column for column in ("voice", "speaker", "mode") if column in claims.columns])
    left = left.assign(attribution_id=left["attribution_id"].fillna(""))
    statements = attributions[["attribution_id", "speaker", "mode"]]
    merged = left.merge(statements, on="attribution_id", how="left", validate="many_to_one")
    for column in ("speaker", "mode"):
        merged[column] = merged[column].fillna("")
    merged["voice"] = [
        _statement_voice(attribution_id, speaker, mode)
        for attribution_id, speaker, mode in zip(merged["attribution_id"], merged["speaker"], merged["mode"])
    ]
    return merged[[column for column in merged.columns if column not in joined] + joined]


def _statement_voice(attribution_id: str, speaker: str, mode: str) -> str:
    """The voice a statement gives what it holds, as ``sentence_voices`` gives a sentence's:
    the author's without a statement, "inferred" by context, else a named or unnamed source."""
    if not attribution_id:
        return "author"
    if mode == "context":
        return "inferred"
    return "named source" if speaker else "unnamed source"


def speakers_table(attributions: pd.DataFrame, articles: pd.DataFrame, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per canonical speaker: kind, roles, organisations, outlets (via), number of
    articles, statements (stated) and inferred ones (context), claims attributed to them
    (``claims.speaker``), first and last article date.  Unnamed sources are not speakers.
    ``kind`` is the speaker's most frequent ``speaker_kind`` (ties: the order of ``SPEAKER_KINDS``)."""
    return combine_speakers([speaker_partials(attributions, articles, claims)])


def speaker_partials(attributions: pd.DataFrame, articles: pd.DataFrame, claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """Step c, per batch of whole articles: what the batch knows of each named speaker
    (``SPEAKER_PARTIAL_COLUMNS``).  ``rows`` counts the batch's statements of the speaker (a
    name seen only on claims has 0, and is no speaker unless another batch has a statement).

    Grouped by pandas and by dicts over the columns, not a loop of pandas calls per speaker:
    a batch of real news names hundreds of speakers."""
    named = attributions[attributions["speaker"].fillna("") != ""]
    names = named["speaker"].tolist()
    if len(articles):
        published = pd.to_datetime(named["article_id"].map(articles.set_index("article_id")["published"]))
    else:
        published = pd.Series(pd.NaT, index=named.index, dtype="datetime64[s]")
    inferred = (named["mode"] == "context").to_numpy(dtype=bool)
    kinds = named["speaker_kind"].fillna("").tolist() if "speaker_kind" in named else [speaker_kind(name) for name in names]
    facts = pd.DataFrame({
        "speaker": names,
        "article_id": named["article_id"].tolist(),
        "stated": ~inferred,
        "inferred": inferred,
        "published": published.to_numpy(),
        **{column: [value == kind for value in kinds] for column, kind in zip(KIND_COLUMNS, SPEAKER_KINDS)},
    })
    grouped = facts.groupby("speaker", sort=True)
    counts = pd.DataFrame({
        "articles": grouped["article_id"].nunique(),
        "statements": grouped["stated"].sum(),
        "inferred": grouped["inferred"].sum(),
        "first_date": grouped["published"].min(),
        "last_date": grouped["published"].max(),
        "rows": grouped.size(),
        **{column: grouped[column].sum() for column in KIND_COLUMNS},
    })
    claim_counts: Counter = Counter()
    if claims is not None and "speaker" in claims.columns:
        claim_counts = Counter(name for name in claims["speaker"].fillna("") if name)
    speakers = sorted(set(counts.index) | set(claim_counts))
    counts = counts.reindex(speakers)
    sets = {column: _sets(names, named[source].tolist())
            for column, source in (("roles", "role"), ("organisations", "organisation"), ("outlets", "via"))}
    whole = {column: counts[column].fillna(0).astype("int64").to_numpy()
             for column in ("articles", "statements", "inferred", "rows", *KIND_COLUMNS)}
    return pd.DataFrame({
        "speaker": speakers,
        **{column: [sorted(sets[column].get(speaker, ())) for speaker in speakers] for column in sets},
        **{column: whole[column] for column in ("articles", "statements", "inferred")},
        "claims": [claim_counts.get(speaker, 0) for speaker in speakers],
        "first_date": counts["first_date"].to_numpy(),
        "last_date": counts["last_date"].to_numpy(),
        "rows": whole["rows"],
        **{column: whole[column] for column in KIND_COLUMNS},
    }, columns=SPEAKER_PARTIAL_COLUMNS)


def _sets(names: list[str], values: Iterable) -> dict[str, set]:
    """Each name's set of the non-empty values beside it."""
    found: dict[str, set] = {}
    for name, value in zip(names, values):
        if value:
            found.setdefault(name, set()).add(value)
    return found


def combine_speakers(partials: Iterable[pd.DataFrame] | pd.DataFrame) -> pd.DataFrame:
    """Step c, across batches: one row per speaker with a statement (``SPEAKER_COLUMNS``),
    most statements first.  Sets are united, counts added, dates the earliest and latest;
    each article lives in one batch, so articles add up too.  A Dask shuffle may call this
    on each partition of speakers and ``combine_speakers`` the results again: same rows."""
    frame = partials if isinstance(partials, pd.DataFrame) else _concat_partials(list(partials))
    grouped = frame.groupby("speaker", sort=True)
    sums = grouped[["articles", "statements", "inferred", "claims", "rows", *KIND_COLUMNS]].sum()
    first, last = grouped["first_date"].min(), grouped["last_date"].max()
    speakers = [speaker for speaker, rows in zip(sums.index.tolist(), sums["rows"].tolist()) if rows]
    names = frame["speaker"].tolist()
    sets = {column: _unions(names, frame[column].tolist()) for column in ("roles", "organisations", "outlets")}
    result = pd.DataFrame([], columns=SPEAKER_COLUMNS) if not speakers else pd.DataFrame({
        "speaker": speakers,
        "kind": _most_frequent_kinds(sums.reindex(speakers)),
        **{column: [sorted(sets[column].get(speaker, ())) for speaker in speakers] for column in sets},
        **{column: sums[column].reindex(speakers).to_numpy() for column in ("articles", "statements", "inferred", "claims")},
        "first_date": first.reindex(speakers).to_numpy(),
        "last_date": last.reindex(speakers).to_numpy(),
    }, columns=SPEAKER_COLUMNS)
    result = result.astype({"articles": "int64", "statements": "int64", "inferred": "int64", "claims": "int64"})
    for column in ("first_date", "last_date"):
        result[column] = pd.to_datetime(result[column])
    return speakers_in_order([result])


def _unions(names: list[str], lists: Iterable[list]) -> dict[str, set]:
    """Each name's union of the lists beside it."""
    found: dict[str, set] = {}
    for name, values in zip(names, lists):
        found.setdefault(name, set()).update(values)
    return found


def speakers_in_order(frames: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Speakers tables of different speakers (say, the partitions of a Dask shuffle after
    ``combine_speakers``) as one table, most statements first, then by name."""
    filled = [frame for frame in frames if len(frame)]
    frame = pd.concat(filled, ignore_index=True) if len(filled) > 1 else (filled or list(frames))[0]
    return frame.sort_values(["statements", "speaker"], ascending=[False, True]).reset_index(drop=True)


def _most_frequent_kinds(sums: pd.DataFrame) -> list[str]:
    """Each row's most frequent speaker kind from its ``kind_<k>`` counts ("" when all are 0)."""
    counts = sums[KIND_COLUMNS].to_numpy()
    return [SPEAKER_KINDS[row.argmax()] if row.max() > 0 else "" for row in counts]


def _concat_partials(partials: list[pd.DataFrame]) -> pd.DataFrame:
    filled = [frame for frame in partials if len(frame)]
    if not filled:
        return pd.DataFrame([], columns=SPEAKER_PARTIAL_COLUMNS)
    return pd.concat(filled, ignore_index=True) if len(filled) > 1 else filled[0]


def _events(events: pd.DataFrame, claims: pd.DataFrame, places: pd.DataFrame, voices: pd.DataFrame) -> pd.DataFrame:
    """Each event with its sentence's speaker, claim ids and place names (empty lists if none)."""
    keys = _keys(events)
    dated = events[["article_id", "sentence_id"]].dropna().drop_duplicates().astype({"sentence_id": "int64"})
    claim_ids: dict[tuple[str, int], list[str]] = {}
    for key, claim_id in _keyed(_in_sentences(claims, dated), "claim_id"):
        claim_ids.setdefault(key, []).append(claim_id)
    place_names: dict[tuple[str, int], set[str]] = {}
    for key, name in _keyed(_in_sentences(places, dated), "name"):
        place_names.setdefault(key, set()).add(name)
    spoken = _in_sentences(voices, dated)
    voice_of = dict(zip(_keys(spoken), zip(spoken["speaker"].to_numpy(object).tolist(),
                                           spoken["attribution_id"].to_numpy(object).tolist())))
    voice = [voice_of.get(key, ("", "")) for key in keys]
    joined = events.drop(columns=[c for c in EVENT_JOINED if c in events.columns]).assign(
        speaker=[speaker for speaker, _ in voice],
        attribution_id=[attribution_id for _, attribution_id in voice],
        claims=[claim_ids.get(key, []) for key in keys],
        places=[sorted(place_names.get(key, ())) for key in keys],
    )
    return _by_position(joined, "start")


def _in_sentences(frame: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``frame`` that sit in one of the (article_id, sentence_id) pairs, in their order.

    Joining only these keeps the per-row Python work proportional to the dated sentences,
    not to every claim, place and sentence of the corpus.
    """
    keyed = frame[frame["sentence_id"].notna()].astype({"sentence_id": "int64"})
    return keyed.merge(sentences, on=["article_id", "sentence_id"], how="inner", sort=False)


def _keyed(frame: pd.DataFrame, column: str) -> zip:
    """((article_id, sentence_id), value) pairs of a frame whose rows all have a sentence."""
    return zip(
        zip(frame["article_id"].to_numpy(object).tolist(), frame["sentence_id"].to_numpy().tolist()),
        frame[column].to_numpy(object).tolist(),
    )


def _keys(frame: pd.DataFrame) -> list[tuple[str, int] | None]:
    """(article_id, sentence_id) of each row, None where the row has no sentence."""
    return [
        (article_id, int(sentence_id)) if sentence_id == sentence_id else None  # NaN != NaN
        for article_id, sentence_id in zip(frame["article_id"].to_numpy(object).tolist(),
                                           frame["sentence_id"].astype("float64").to_numpy().tolist())
    ]


def load_report(problems: list[tuple[LoadError, str]], warnings: pd.DataFrame) -> pd.DataFrame:
    """Load errors and skipped files, plus the warnings of loaded articles, sorted by path."""
    rows = [(error.path, error.line, severity, error.reason) for error, severity in problems]
    report = pd.concat(
        [pd.DataFrame.from_records(rows, columns=LOAD_REPORT_COLUMNS), warnings], ignore_index=True
    ) if len(warnings) else pd.DataFrame.from_records(rows, columns=LOAD_REPORT_COLUMNS)
    report = report.astype({"line": "Int64", "path": "str", "severity": "str", "reason": "str"})
    return report.sort_values(["path", "line", "reason"], na_position="first").reset_index(drop=True)


# --- one table of a few articles (tests, scripts, benchmarks) ----------------------------------


def _docs(articles: Iterable[Article | Doc], **options) -> list[Doc]:
    return [item if isinstance(item, Doc) else make_doc(item, **options) for item in articles]


def claims_table(articles: Iterable[Article | Doc]) -> pd.DataFrame:
    """One row per figure claim of the given articles (``CLAIM_COLUMNS``), sorted by article and position."""
    return claims_frame([claim for doc in _docs(articles) for claim in doc.get("claims")])


def sentence_claims_table(articles: Iterable[Article | Doc]) -> pd.DataFrame:
    """One row per sentence of the given articles (``SENTENCE_CLAIM_COLUMNS``)."""
    return sentence_claims_frame([row for doc in _docs(articles) for row in doc.get("sentence_claims")])


def events_table(articles: Iterable[Article | Doc], **options) -> pd.DataFrame:
    """One row per date expression of the given articles (see ``extract_events``; ``options``
    are its keyword arguments)."""
    from helpers.extract.timeline import extract_events

    docs = _docs(articles)
    rows = [event for doc in docs for event in (extract_events(doc, **options) if options else doc.get("events"))]
    return events_frame(rows)


def places_table(articles: Iterable[Article | Doc], *, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """One row per place mention of the given articles, sorted by article and position."""
    options = {"gazetteer": gazetteer} if gazetteer is not None else {}
    return places_frame([place for doc in _docs(articles, **options) for place in doc.get("places")])


def attributions_table(articles: Iterable[Article | Doc], *, fold: bool = True) -> pd.DataFrame:
    """One row per statement of the given articles (``ATTRIBUTION_COLUMNS``), sorted by article
    and position; with ``fold``, speaker names are folded across the given articles (the
    corpus folds once over all its batches instead)."""
    attributions = [attribution for doc in _docs(articles) for attribution in doc.get("attributions")]
    if fold:  # folded in order of appearance (ties in ``fold_speakers`` go to the first seen)
        mapping = fold_speakers(attribution.speaker for attribution in attributions)
        attributions = [
            attribution._replace(speaker=mapping.get(attribution.speaker, attribution.speaker))
            for attribution in attributions
        ]
    return attributions_frame(attributions)


def sentence_voices_table(articles: Iterable[Article | Doc], *, fold: bool = True) -> pd.DataFrame:
    """One row per sentence of the given articles with its voice (``VOICE_COLUMNS``); ``fold``
    as in ``attributions_table``."""
    rows = [tuple(voice) for doc in _docs(articles) for voice in doc.get("voices")]
    if fold:
        mapping = fold_speakers(row[7] for row in rows)
        rows = [(*row[:7], mapping.get(row[7], row[7]), *row[8:]) for row in rows]
    return voices_frame(rows)
