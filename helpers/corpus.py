"""The corpus: every loaded article, the load report, and the tidy tables built from them.

``load_corpus`` walks files or folders, loads each file on its own (one bad file never
stops the rest) and records every failure and warning in ``load_report``.

Tables are built in two steps, so that a large corpus can be split across processes and
still give exactly the tables a single process would:

1. ``article_frames(documents)`` maps each extractor (a pure function of one article) over
   a batch of articles and returns raw per-article tables;
2. ``finalise(frames)`` joins them across the whole corpus: speaker names folded
   corpus-wide, every claim and sentence given its voice, every event its claims, speaker
   and places, and the speakers table built.

Both run on first use of any table and are cached; nothing is parsed twice.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable

import pandas as pd

from helpers.articles import DEFAULT_MAX_BYTES, Article, LoadError, PartialLoad, load_file
from helpers.claims import claims_table, sentence_claims_table
from helpers.lexicon import EXTRACTION_LANGUAGES
from helpers.parallel import CorpusFile, batches, corpus_files, is_hidden, relative_path, worker_context, worker_count
from helpers.places import EXTRA_ENV, load_gazetteer, places_table
from helpers.sources import attributions_table, claims_by_voice, fold_speakers, sentence_voices_table, speakers_table
from helpers.timeline import events_table

LOAD_REPORT_COLUMNS = ["path", "line", "severity", "reason"]
ARTICLE_COLUMNS = [
    "article_id", "path", "layout", "published", "language", "title", "standfirst", "authors",
    "outlet", "url", "read_minutes", "photos", "paragraphs", "words", "chars", "warnings",
]
BLOCK_COLUMNS = ["article_id", "kind", "paragraph", "line", "start", "end", "text"]
PARAGRAPH_COLUMNS = ["article_id", "paragraph", "line", "start", "end", "words", "text"]
PHOTO_COLUMNS = [
    "article_id", "number", "alt", "alt_start", "alt_end", "caption", "caption_start", "caption_end",
    "credit", "credit_start", "credit_end",
]
SENTENCE_COLUMNS = ["article_id", "sentence_id", "part", "paragraph", "start", "end", "text"]
#: Columns the corpus joins onto the sentences, from the claims and sources extractors.
SENTENCE_JOINED = ["is_claim", "claim_kind", "voice", "speaker", "attribution_id", "mode"]
#: Columns the corpus joins onto the events: what else the event's sentence holds.
EVENT_JOINED = ["speaker", "attribution_id", "claims", "places"]

#: Tables the export writes, in this order.
EXPORTED_TABLES = [
    "articles", "blocks", "paragraphs", "photos", "sentences", "claims", "attributions", "speakers",
    "events", "places",
]


@dataclass
class Corpus:
    """Loaded articles (sorted by publication date, then id), the load report and the tables.

    ``documents`` holds the ``Article`` records (their text, blocks and sentences);
    every table is a property computed once.  A corpus built by the parallel export from
    precomputed ``raw_frames`` has no documents, only tables.
    """

    documents: list[Article]
    problems: list[tuple[LoadError, str]] = field(default_factory=list)  # (error, severity)
    files_seen: int = 0
    raw_frames: dict[str, pd.DataFrame] | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        report = self.load_report
        errors = int((report["severity"] == "error").sum())
        warnings = int((report["severity"] == "warning").sum())
        return (f"<Corpus: {len(self.articles):,} articles from {self.files_seen:,} files; "
                f"{errors:,} load errors, {warnings:,} warnings>")

    def article(self, article_id: str) -> Article:
        """The Article record with this id (KeyError names the id when it is unknown)."""
        try:
            return self._by_id[article_id]
        except KeyError:
            raise KeyError(f"no article with id {article_id!r}") from None

    @cached_property
    def _by_id(self) -> dict[str, Article]:
        return {article.article_id: article for article in self.documents}

    @cached_property
    def _tables(self) -> dict[str, pd.DataFrame]:
        if self.raw_frames is None:
            return finalise(article_frames(self.documents))
        frames, self.raw_frames = self.raw_frames, None  # used once: do not keep two copies of every table
        return finalise(frames)

    @cached_property
    def load_report(self) -> pd.DataFrame:
        """One row per file that failed (error) or loaded with a caveat (warning)."""
        return load_report(self.problems, self._tables["load_warnings"])

    # --- the tables --------------------------------------------------------------------------

    @property
    def articles(self) -> pd.DataFrame:
        """One row per article: its metadata and sizes (the text itself stays on the record)."""
        return self._tables["articles"]

    @property
    def blocks(self) -> pd.DataFrame:
        """Every typed block of every article (title, byline, caption, paragraph ...)."""
        return self._tables["blocks"]

    @property
    def paragraphs(self) -> pd.DataFrame:
        """Body paragraphs: ``article_id``, ``paragraph`` number, offsets, words, text."""
        return self._tables["paragraphs"]

    @property
    def photos(self) -> pd.DataFrame:
        """One row per photo: alt text, caption and credit with their offsets."""
        return self._tables["photos"]

    @property
    def sentences(self) -> pd.DataFrame:
        """Every sentence, with whether it states a claim (``helpers.claims``) and its voice
        (``helpers.sources``): author, named source, unnamed source or inferred."""
        return self._tables["sentences"]

    @property
    def claims(self) -> pd.DataFrame:
        """One row per figure claim, with the voice that carries it (``speaker``, empty for the
        author's own voice; ``attribution_id``; ``mode``)."""
        return self._tables["claims"]

    @property
    def attributions(self) -> pd.DataFrame:
        """One row per attributed statement, speakers folded across the corpus."""
        return self._tables["attributions"]

    @property
    def speakers(self) -> pd.DataFrame:
        """One row per canonical speaker: roles, outlets, statements, claims, first and last date."""
        return self._tables["speakers"]

    @property
    def events(self) -> pd.DataFrame:
        """One row per date expression, with the speaker, claims and places of its sentence."""
        return self._tables["events"]

    @property
    def places(self) -> pd.DataFrame:
        """One row per place mention, resolved against the gazetteer (or left unresolved)."""
        return self._tables["places"]

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables the export writes, by file stem."""
        return {name: self._tables[name] for name in EXPORTED_TABLES}


# --- step 1: per-article tables ----------------------------------------------------------------


def article_frames(documents: list[Article]) -> dict[str, pd.DataFrame]:
    """Raw tables of a batch of articles; speaker names are not yet folded across the corpus.

    Only articles in a language with word lists are extracted from; the others keep their
    articles, blocks and sentences rows and get a load-report warning saying so.
    """
    readable = [article for article in documents if extracts_language(article.language)]
    claims = claims_table(readable)
    return {
        "articles": _articles_frame(documents),
        "blocks": _blocks_frame(documents),
        "photos": _photos_frame(documents),
        "sentences": _sentences_frame(documents),
        "load_warnings": _warnings_frame(documents),
        "claims": claims,
        "sentence_claims": sentence_claims_table(readable, claims=claims),
        "attributions": attributions_table(readable, fold=False),
        "voices": sentence_voices_table(readable, fold=False),
        "events": events_table(readable),
        "places": places_table(readable),
    }


def extracts_language(language: str | None) -> bool:
    """True for a language with word lists, and for an article with no language tag."""
    return not language or language in EXTRACTION_LANGUAGES


def _articles_frame(documents: list[Article]) -> pd.DataFrame:
    rows = [
        (
            article.article_id, article.path, article.layout, article.published, article.language,
            article.title, article.standfirst, list(article.authors), article.outlet, article.url,
            article.read_minutes, len(article.photos), len(article.paragraphs),
            sum(len(block.text.split()) for block in article.paragraphs), len(article.text), len(article.warnings),
        )
        for article in documents
    ]
    frame = pd.DataFrame.from_records(rows, columns=ARTICLE_COLUMNS)
    frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[s]")
    return frame.astype({"read_minutes": "Int64"})


def _blocks_frame(documents: list[Article]) -> pd.DataFrame:
    rows = [
        (article.article_id, block.kind, block.number, block.line, block.start, block.end, block.text)
        for article in documents
        for block in article.blocks
    ]
    return pd.DataFrame.from_records(rows, columns=BLOCK_COLUMNS).astype({"paragraph": "Int64"})


def _photos_frame(documents: list[Article]) -> pd.DataFrame:
    rows = [(article.article_id, *vars(photo).values()) for article in documents for photo in article.photos]
    return pd.DataFrame.from_records(rows, columns=PHOTO_COLUMNS).astype(
        {column: "Int64" for column in PHOTO_COLUMNS if column.endswith(("_start", "_end"))}
    )


def _sentences_frame(documents: list[Article]) -> pd.DataFrame:
    rows = [
        (s.article_id, s.sentence_id, s.part, s.paragraph, s.start, s.end, s.text)
        for article in documents
        for s in article.sentences
    ]
    return pd.DataFrame.from_records(rows, columns=SENTENCE_COLUMNS).astype({"paragraph": "Int64"})


def _warnings_frame(documents: list[Article]) -> pd.DataFrame:
    rows = [
        (warning.path, warning.line, "warning", warning.reason)
        for article in documents
        for warning in article.warnings
    ]
    rows += [
        (article.path, None, "warning", f"article {article.article_id}: language {article.language!r} has no "
                                        "word lists yet: loaded, but no claims, sources, dates or places extracted")
        for article in documents
        if not extracts_language(article.language)
    ]
    return pd.DataFrame.from_records(rows, columns=LOAD_REPORT_COLUMNS)


# --- step 2: corpus-wide joins -----------------------------------------------------------------


def finalise(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The corpus tables from raw per-article tables (one batch or several concatenated)."""
    articles = frames["articles"].sort_values(
        ["published", "article_id"], na_position="last", kind="stable"
    ).reset_index(drop=True)
    attributions, voices = _fold_speakers(frames["attributions"], frames["voices"])
    claims = claims_by_voice(frames["claims"], voices)
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
        "speakers": speakers_table(attributions, articles, claims),
        "events": _events(frames["events"], claims, places, voices),
        "places": _by_position(places, "start"),
        "load_warnings": frames["load_warnings"],
    }


def _by_position(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    return frame.sort_values(["article_id", column], kind="stable").reset_index(drop=True)


def _fold_speakers(attributions: pd.DataFrame, voices: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One canonical name per person across the corpus ("Viktor Tregubov" = "Victor Trehubov")."""
    mapping = fold_speakers(attributions["speaker"].fillna("").tolist())
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


# --- loading ---------------------------------------------------------------------------------


def load_corpus(
    paths: str | os.PathLike | Iterable[str | os.PathLike], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Corpus:
    """Load every file under the given files or folders; never stops on one bad file.

    Folders are walked recursively in name order.  Hidden files and folders (".git",
    ".DS_Store") are reported as skipped, so that no file disappears without a row.
    A missing path is an argument error (``FileNotFoundError``), not a load-report row.
    """
    return load_files(list(corpus_files(paths)), max_bytes=max_bytes)


def load_files(files: list[CorpusFile], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """A corpus of the given (root, file) pairs; see ``load_corpus``."""
    documents: list[Article] = []
    problems: list[tuple[LoadError, str]] = []
    for root, file in files:
        if is_hidden(file, root):
            problems.append((LoadError(relative_path(file, root), None, "skipped: hidden file"), "warning"))
            continue
        try:
            documents.extend(load_file(file, root=root, max_bytes=max_bytes))
        except PartialLoad as partial:
            documents.extend(partial.articles)
            problems.extend((error, "error") for error in partial.errors)
        except LoadError as error:
            problems.append((error, "error"))
        except Exception as error:  # a loader bug must not stop the rest of the corpus
            reason = f"could not be read (loader bug, please report): {type(error).__name__}: {error}"
            problems.append((LoadError(relative_path(file, root), None, reason), "error"))
    documents = unique_ids(documents)
    documents.sort(key=lambda article: (article.published is None, article.published or 0, article.article_id))
    return Corpus(documents=documents, problems=problems, files_seen=len(files))


def unique_ids(documents: list[Article]) -> list[Article]:
    """Give "a.txt" and "a.md" in one folder distinct ids, with a warning on the second."""
    seen: dict[str, int] = {}
    for article in documents:
        count = seen.get(article.article_id, 0)
        seen[article.article_id] = count + 1
        if count:
            new_id = f"{article.article_id}~{count + 1}"
            article.warnings.append(
                LoadError(article.path, None, f"article id {article.article_id!r} already taken; this one is {new_id!r}")
            )
            article.article_id = new_id
            article.__dict__.pop("sentences", None)
    return documents


# --- the same tables from several processes -----------------------------------------------------


def load_corpus_tables(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int | None = None,
) -> Corpus:
    """The corpus tables, extracted in several processes when the corpus is large.

    Each process loads a batch of files and runs every extractor on it (step 1); the batches'
    raw tables are concatenated and joined once (step 2), so the tables equal those of
    ``load_corpus``.  The returned corpus holds tables only (``documents`` is empty): it is
    what the export needs, not what a notebook needs for showing article text.
    """
    files = list(corpus_files(paths))
    workers = worker_count(len(files), workers)
    if workers == 1:
        return load_files(files, max_bytes=max_bytes)
    extra_setting = os.environ.get(EXTRA_ENV)
    with worker_context().Pool(workers, initializer=_start_worker, initargs=(extra_setting,)) as pool:
        parts = pool.map(_batch_frames, [(batch, max_bytes) for batch in batches(files, workers)], chunksize=1)
    frames = {name: _concat([part[name] for part, _ in parts]) for name in parts[0][0]}
    problems = [problem for _, batch_problems in parts for problem in batch_problems]
    return Corpus(documents=[], problems=problems, files_seen=len(files), raw_frames=frames)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Batches' tables one after another; an empty batch (say, only bad files) has no say in dtypes."""
    filled = [frame for frame in frames if len(frame)]
    return pd.concat(filled, ignore_index=True) if filled else frames[0]


def _batch_frames(job: tuple[list[CorpusFile], int]) -> tuple[dict[str, pd.DataFrame], list]:
    """Step 1 for one batch of files, run in a worker process."""
    files, max_bytes = job
    if _WORKER_START_ERROR:
        raise _WORKER_START_ERROR[0]
    gc.disable()  # measured: 10-15% of a batch went to collections that found no garbage
    try:
        corpus = load_files(files, max_bytes=max_bytes)
        return article_frames(corpus.documents), corpus.problems
    finally:
        gc.enable()


_WORKER_START_ERROR: list[Exception] = []


def _start_worker(extra_setting: str | None) -> None:
    """Build the gazetteer once per worker; keep an error for the first task to raise.

    The worker takes the caller's ``FCW_PLACES_EXTRA`` (its own environment is the fork
    server's, which may be older).  An initializer that raises makes ``multiprocessing.Pool``
    start a new worker, forever; raising from a task reaches the caller once instead.
    """
    if extra_setting is None:
        os.environ.pop(EXTRA_ENV, None)
    else:
        os.environ[EXTRA_ENV] = extra_setting
    try:
        load_gazetteer()
    except Exception as error:  # a bad user gazetteer file, reported by the first batch
        _WORKER_START_ERROR.append(error)
