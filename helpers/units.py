"""Unit families: what a figure counts, folded across the ways articles write it.

A claim's ``unit`` is the noun phrase after the figure as written ("Russian soldiers",
"troops", "enemy tanks", "UAVs").  ``unit_family`` folds it to one name
("personnel", "tanks", "drones") so that claims can be grouped across articles and set
beside official series.  Method: dictionary look-up, no guessing.  The phrase is lower-cased,
cut at its first "and", comma or "or" (the first thing counted: "tanks and armoured vehicles"
counts tanks), stripped of leading side words ("Russian", ``lexicon.UNIT_SIDES``),
possessives ("Russia's", "Moscow's") and other leading words that say whose or which
("enemy", "occupation", ``lexicon.UNIT_LEADING_WORDS``), and the rest is looked up whole in
``lexicon.UNIT_FAMILIES``.  A phrase that is not listed, or a language with no lists, gives
"": "mortar systems" is not guessed to be artillery.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.lexicon import UNIT_FAMILIES, UNIT_LEADING_WORDS, UNIT_SIDES

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "´": "'"})
_FIRST_THING = re.compile(r",|;|\s(?:and|or|&)\s")
_EDGE_PUNCTUATION = " \t\n.,;:!?\"()[]{}'"


@lru_cache(maxsize=None)
def _family_of(language: str) -> dict[str, str]:
    """Phrase -> family for one language (empty when the language has no lists)."""
    return {phrase: family for family, phrases in UNIT_FAMILIES.get(language, {}).items() for phrase in phrases}


@lru_cache(maxsize=20_000)
def _read(unit: str, language: str) -> tuple[str, str]:
    """(side, family) of a unit phrase; see the module docstring."""
    families = _family_of(language)
    if not families or not unit:
        return "", ""
    text = " ".join(unit.translate(_APOSTROPHES).lower().split()).strip(_EDGE_PUNCTUATION)
    if text in families:
        return "", families[text]
    first = _FIRST_THING.split(text, maxsplit=1)[0].strip(_EDGE_PUNCTUATION)
    words = first.split()
    sides = UNIT_SIDES.get(language, {})
    leading = UNIT_LEADING_WORDS.get(language, frozenset())
    side = ""
    while len(words) > 1:
        pair = " ".join(words[:2])
        if pair in sides:
            side = side or sides[pair]
            words = words[2:]
        elif words[0] in sides:
            side = side or sides[words[0]]
            words = words[1:]
        elif words[0] in leading or words[0].endswith(("'s", "s'")):
            words = words[1:]
        else:
            break
        if " ".join(words) in families:
            break
    return side, families.get(" ".join(words), "")


def unit_family(unit: str, language: str = "en") -> str:
    """The family of things a claim's unit counts, or "" when the unit is not listed.

    >>> unit_family("Russian soldiers", "en"), unit_family("UAVs", "en"), unit_family("mortar systems", "en")
    ('personnel', 'drones', '')
    """
    return _read(unit, language)[1] if isinstance(unit, str) else ""


def unit_side(unit: str, language: str = "en") -> str:
    """The side a unit's leading adjective names ("Russian soldiers" -> "Russia"), or "".

    Only the words of ``lexicon.UNIT_SIDES`` count; "enemy" and other possessives ("Moscow's") name no side.
    """
    return _read(unit, language)[0] if isinstance(unit, str) else ""
