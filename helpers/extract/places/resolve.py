"""Resolving place mentions to gazetteer entries, or leaving them unresolved with candidates.

The rules and their confidences are listed in the package docstring; the numbers are named
in ``records``.
"""

from __future__ import annotations

import math
from functools import lru_cache

from helpers.extract.places.gazetteer import Gazetteer, GazetteerEntry, distance_km
from helpers.extract.places.records import (
    LARGEST_NAMESAKE, NEAR_NAMED_REFERENCE, NEAREST_TO_OTHERS, OBLAST_IN_ARTICLE, OBLAST_IN_ARTICLE_NEAR,
    OBLAST_NAMED_AFTER_IT, SAME_NAME_DISCOUNT, UNIQUE_NAME, UNRESOLVED, Mention,
)

NEAR_KM = 60.0  # "near the other places": a front-line sector is rarely wider
COMMON_NAME_COUNT = 5  # namesakes in cities500 from which a name counts as common
COMMON_NEAR_KM = 20.0  # ... and then "near" must be nearer (see the module docstring)
DOMINANT_POPULATION = 20_000  # a city, not a village
VILLAGE = 5_000  # below this, a place known only by an alternate name needs a neighbour
MAJOR_CITY = 100_000  # a name news uses for this city whatever else shares it
DOMINANT_RATIO = 10.0  # ... at least ten times any namesake
MAX_CANDIDATES_SHOWN = 12


# --- resolution ------------------------------------------------------------------------------


class Anchors:
    """Resolved places of an article grouped by sentence and by block, for "named with it".

    Each group keeps one mention per gazetteer entry (the first): "Pokrovsk" named twelve
    times is one neighbour, not twelve.
    """

    def __init__(self, mentions: list[Mention]):
        self.all: list[Mention] = []
        self.by_sentence: dict[int, list[Mention]] = {}
        self.by_block: dict[tuple[str, int | None], list[Mention]] = {}
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

    def local(self, mention: Mention) -> list[Mention]:
        """Other names resolved in the mention's sentence, else in its paragraph."""
        sentence = mention.sentence
        same = [a for a in self.by_sentence.get(sentence.sentence_id, ()) if a.key != mention.key]
        if same:
            return same
        return [a for a in self.by_block.get((sentence.part, sentence.paragraph), ()) if a.key != mention.key]

    def near(self, mention: Mention) -> list[Mention]:
        """Other names resolved in the sentence, else paragraph, else article -- the article's
        only when its places cluster (within 120 km): a front-wide report's places say
        nothing about where one village of a common name lies."""
        local = self.local(mention)
        if local:
            return local
        if self.clustered is None:
            self.clustered = _spread_km(self.all) <= 2 * NEAR_KM
        return [a for a in self.all if a.key != mention.key] if self.clustered else []


def first_pass(mention: Mention) -> None:
    """Rules that need no other place: unique name, oblast named right after, largest namesake.

    "Unique name" and "largest namesake" are provisional until ``_agrees_with_context``
    has checked them against the places named around the mention.
    """
    candidates = mention.candidates
    if len(candidates) == 1:
        entry = candidates[0]
        if not (mention.alt_only and (entry.population or 0) < DOMINANT_POPULATION):
            _choose(mention, entry, "unique name", UNIQUE_NAME)
        return  # a village known only by an alternate name ("Krasnyi") needs more evidence
    if mention.local_admin1 and len(candidates) < COMMON_NAME_COUNT:
        local = [c for c in candidates if c.admin1 == mention.local_admin1]
        if len(local) == 1:
            _choose(mention, local[0], "oblast named after it", OBLAST_NAMED_AFTER_IT)
            return
    populations = sorted((c.population or 0 for c in candidates), reverse=True)
    if populations and populations[0] >= DOMINANT_POPULATION and (
        len(populations) == 1 or populations[0] >= DOMINANT_RATIO * max(populations[1], 1)
    ):
        largest = max(candidates, key=lambda c: c.population or 0)
        _choose(mention, largest, "largest namesake", LARGEST_NAMESAKE)


def _choose(mention: Mention, entry: GazetteerEntry, reason: str, confidence: float) -> None:
    mention.chosen = entry
    mention.resolved_by = "extra gazetteer" if entry.source != "geonames" else reason
    mention.rule = reason
    mention.confidence = confidence
    mention.oblast = entry.oblast


def _unchoose(mention: Mention) -> None:
    mention.chosen, mention.resolved_by, mention.rule, mention.confidence, mention.oblast = None, "", "", UNRESOLVED, ""


def _spread_km(anchors: list[Mention]) -> float:
    """Diagonal of the places' bounding box (0 for one place): how far apart they lie."""
    if len(anchors) < 2:
        return 0.0
    lats = [a.chosen.lat for a in anchors]
    lons = [a.chosen.lon for a in anchors]
    south, north = min(lats), max(lats)
    x = (max(lons) - min(lons)) * math.cos(math.radians((south + north) / 2))
    return 111.195 * math.hypot(x, north - south)


def _agrees_with_context(mention: Mention, trusted: Anchors, named_admin1: set[str], centres: frozenset[int]) -> bool:
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
        if any(distance_km(entry, a.chosen) <= NEAR_KM for a in local):
            return True
        if mention.rule == "largest namesake":
            return False  # namesakes exist, and the text points elsewhere: "toward Vyshneve", "north
            # of Sumy City near Oleksiivka" (not the Kharkiv city district of 100,000 people, 128 km away)
        namesake_near = any(
            distance_km(c, a.chosen) <= NEAR_KM for c in mention.candidates if c is not entry for a in local
        )
        return large and not namesake_near
    if large:
        return True
    others = [a for a in trusted.all if a.key != mention.key]
    if not named_admin1 and not others:
        return True
    if entry.admin1 in named_admin1:
        return True
    return any(distance_km(entry, a.chosen) <= 2 * NEAR_KM for a in others)


def validate_first_pass(places: list[Mention], named_admin1: set[str], centres: frozenset[int]) -> None:
    """Demote provisional resolutions that disagree with the trusted places around them.

    Trusted: oblast centres, cities of 100,000+, places whose oblast is named right after
    them, and (when the article names oblasts) places lying in a named oblast.  One sense
    per referent: a name is kept if any of its mentions agrees with its context.
    """
    resolved = [m for m in places if m.chosen is not None]
    trusted = Anchors([
        m for m in resolved
        if m.chosen.geonameid in centres or (m.chosen.population or 0) >= MAJOR_CITY
        or m.rule == "oblast named after it" or (named_admin1 and m.chosen.admin1 in named_admin1)
    ])
    by_key: dict[str, list[Mention]] = {}
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


def second_pass(mention: Mention, anchors: Anchors, named_admin1: set[str], memo: dict) -> None:
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


def _decide(mention: Mention, near_anchors: list[Mention], named_admin1: set[str]) -> _Decision:
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
        return any(distance_km(entry, a.chosen) <= window for a in near_anchors)

    if len(pool) == 1 and not mention.far:
        entry = pool[0]
        reason = "oblast named after it" if mention.local_admin1 else "oblast named in article"
        if near_anchors and near(entry):
            if narrowed_by_oblast:
                return entry, reason, OBLAST_IN_ARTICLE_NEAR, ""
            return entry, "nearest to other places", NEAREST_TO_OTHERS, ""
        far_from_all = bool(near_anchors) and not mention.local_admin1 and all(
            distance_km(entry, a.chosen) > NEAR_KM for a in near_anchors)
        if narrowed_by_oblast and not strict(entry) and not far_from_all:
            return entry, reason, OBLAST_IN_ARTICLE, ""
        # an oblast named elsewhere in the article does not place a village more than 60 km
        # from every place named with it ("southwest of Druzhkivka near Novopavlivka")
        # a village of a common name far from the places named with it, or with none named
    elif near_anchors and len(pool) > 1:
        close = [c for c in pool if near(c)]
        if len(close) == 1:
            return close[0], "nearest to other places", NEAREST_TO_OTHERS, ""
    shared = {c.oblast for c in pool}
    if near_anchors and not mention.local_admin1 and not any(
            distance_km(c, a.chosen) <= 2 * NEAR_KM for c in pool for a in near_anchors):
        shared = set()  # every candidate lies 120 km or more from the places named with it: their oblast says nothing
    oblast = shared.pop() if len(shared) == 1 and (narrowed_by_oblast or mention.local_admin1) else ""
    return None, "ambiguous", UNRESOLVED, oblast


def apply_relatives(places: list[Mention]) -> None:
    """Check and use "X (northwest of Y)" once Y is resolved: an X placed more than 60 km
    from Y is taken off the map, and an unplaced X takes its one candidate within 60 km of
    Y.  Only the mention the parenthesis follows: one article may name two Novopavlivkas."""
    for mention in places:
        reference = mention.relative
        if reference is None or reference.chosen is None or not mention.known:
            continue
        if mention.chosen is not None:
            if distance_km(mention.chosen, reference.chosen) <= NEAR_KM:
                continue
            _unchoose(mention)
            mention.resolved_by, mention.far = "ambiguous", True
        close = [c for c in mention.candidates if distance_km(c, reference.chosen) <= NEAR_KM]
        if len(close) == 1:
            _choose(mention, close[0], "nearest to other places", NEAR_NAMED_REFERENCE)


def same_name_pass(mentions: list[Mention]) -> None:
    """One sense per referent: an unresolved mention takes its name's one resolution."""
    senses: dict[str, set[str]] = {}
    best: dict[str, Mention] = {}
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
            mention.confidence = round(max(source.confidence - SAME_NAME_DISCOUNT, UNRESOLVED), 2)


def oblast_from_neighbours(mention: Mention, anchors: Anchors, named_admin1: set[str], gazetteer: Gazetteer) -> None:
    """An unresolved place named in a sentence whose resolved places all lie in one oblast
    that the article names ("bypass Pokrovsk from the Mykolaivka direction") gets that oblast;
    its lat/lon stay empty."""
    same = {a.chosen.admin1 for a in anchors.by_sentence.get(mention.sentence.sentence_id, ()) if a.key != mention.key}
    if len(same) == 1:
        admin1 = next(iter(same))
        if admin1 in named_admin1:
            mention.oblast = gazetteer.oblasts[admin1].oblast


def describe_candidates(mention: Mention, anchors: Anchors) -> str:
    """Candidates, nearest to the places named with the mention first (else most populous)."""
    near_anchors = anchors.near(mention)
    rows = []
    for entry in mention.candidates:
        if near_anchors:
            distance, nearest = min((distance_km(entry, a.chosen), a.start, a) for a in near_anchors)[::2]
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
