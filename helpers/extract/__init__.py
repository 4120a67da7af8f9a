"""The extractors, and the fixed order in which they read one ``Doc``.

Every extractor is a pure function of one Doc, ``extract(doc) -> list[Row]`` (textacy's
style), registered here under the name its rows are kept under in ``doc.spans``.  They run
in ``PIPELINE`` order, so that each can read what an earlier one found instead of finding it
again: claims read the timeline's dates and the places; sentence voices read the statements;
sentence claims read the figures.

``timeline``     dates and their calendar spans                    -> ``events``
``places``       settlements, oblasts, fronts, resolved; countries  -> ``places``, ``countries``
``attribution``  who says what, with which cue, through whom        -> ``attributions``, ``voices``
``claims``       figures asserted, and sentences that make claims   -> ``claims``, ``sentence_claims``

No extractor imports pandas or display code: tables are built by ``helpers.tables`` and
views by ``helpers.views``.  The language of each article picks the rules (each extractor's
``LANGUAGES``: ``en`` and ``uk``, the Ukrainian rules in ``<extractor>.uk``); an article in a
language without rules gives no rows.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from helpers.doc import Doc
from helpers.extract.attribution import extract_attributions, sentence_voices
from helpers.extract.claims import extract_claims, extract_sentence_claims
from helpers.extract.places import extract_places
from helpers.extract.places.countries import find_countries
from helpers.extract.timeline import extract_events


class Extractor(NamedTuple):
    """One step of the pipeline: the name its rows are kept under, and the function."""

    name: str
    extract: Callable[[Doc], list]


#: The extractors in the order they run: each may read the rows of those before it.
PIPELINE: tuple[Extractor, ...] = (
    Extractor("events", extract_events),
    Extractor("places", extract_places),
    Extractor("countries", find_countries),
    Extractor("attributions", extract_attributions),
    Extractor("voices", sentence_voices),
    Extractor("claims", extract_claims),
    Extractor("sentence_claims", extract_sentence_claims),
)
EXTRACTORS: dict[str, Callable[[Doc], list]] = {step.name: step.extract for step in PIPELINE}


def run_one(doc: Doc, name: str) -> list:
    """Run one registered extractor on the Doc and keep its rows under ``doc.spans[name]``."""
    try:
        extract = EXTRACTORS[name]
    except KeyError:
        raise KeyError(f"no extractor named {name!r}; known: {', '.join(EXTRACTORS)}") from None
    rows = doc.spans[name] = extract(doc)
    return rows


def run(doc: Doc) -> Doc:
    """Every extractor over the Doc, in ``PIPELINE`` order; returns the Doc with its spans."""
    for step in PIPELINE:
        if step.name not in doc.spans:
            doc.spans[step.name] = step.extract(doc)
    return doc
