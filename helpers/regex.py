"""Regular-expression alternations built from word lists, one copy for every extractor.

Python's engine tries each alternative of an alternation in turn, so a word list compiled
as a trie ("aim(?:\\s+to|s\\s+to)" rather than "aims to|aim to") is several times faster to
scan and matches exactly the same text (``alternation``).  Longest-first plain alternations
(``plain_alternation``) are kept for short lists and for patterns that need them.  The
``*_words`` helpers give the word forms a list's phrases are looked up by, so that a
sentence without any of them skips the regex altogether.
"""

from __future__ import annotations

import re
from typing import Iterable


def plain_alternation(words: Iterable[str]) -> str:
    """Literal words as a longest-first alternation ("tens of thousands" before "tens")."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda w: (-len(w), w)))


def trie(sequences: Iterable[tuple[str, ...]], *, ignore_case: bool = False) -> str | None:
    """One regex for an alternation of literal sequences, their shared beginnings factored.

    Each sequence is a tuple of units (regex snippets: one escaped character, or ``\\s+``).
    The result matches exactly what the longest-first alternation of the sequences matches,
    at every position and with the same extent: two sequences can both match at one
    position only when one begins the other (the units below one node match different
    characters), and both forms then try the longer first.  When two units of a node could
    match the same character (a letter in two cases under ``ignore_case``), that argument
    fails, and None is returned.
    """
    root: dict = {}
    for sequence in sequences:
        node = root
        for unit in sequence:
            node = node.setdefault(unit, {})
        node[""] = {}  # a sequence ends here
    flags = re.IGNORECASE if ignore_case else 0

    def overlap(a: str, b: str) -> bool:
        """Can units ``a`` and ``b`` match one same character?"""
        return any(re.fullmatch(a, char, flags) for char in _unit_chars(b))

    def clash(node: dict) -> bool:
        units = [unit for unit in node if unit]
        return any(overlap(a, b) for a in units for b in units if a != b) or any(
            clash(child) for unit, child in node.items() if unit
        )

    def emit(node: dict) -> str:
        branches = [unit + emit(child) for unit, child in sorted(node.items()) if unit]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a shorter sequence ends here: the longer ones are tried first
            return (body if len(branches) > 1 else f"(?:{body})") + "?"
        return body

    return None if clash(root) else emit(root)


def _unit_chars(unit: str) -> str:
    """Characters a unit matches (white space stands for ``\\s+``)."""
    return " \t\n\xa0" if unit == r"\s+" else re.sub(r"^\\", "", unit)


def alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regex alternation of literal words, longest first (so "tens of thousands" beats "tens").

    Compiled as a trie when that is equivalent (see ``trie``).  ``ignore_case``: the
    alternation is used case-insensitively (``(?i:...)``), so that ASCII words differing
    only in case are one word of the trie.
    """
    words = set(words)
    plain = "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))
    folded = {word.lower() if word.isascii() else word for word in words} if ignore_case else words
    return trie((tuple(map(re.escape, word)) for word in folded), ignore_case=ignore_case) or plain


def phrase_alternation(phrases: Iterable[str], *, ignore_case: bool = False) -> str:
    """Like ``alternation``, lower case, but a space in a phrase matches any run of white space."""
    phrases = {" ".join(phrase.lower().split()) for phrase in phrases}
    plain = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=lambda w: (-len(w), w)))
    return trie((_phrase_units(phrase) for phrase in phrases), ignore_case=ignore_case) or plain


def _phrase_units(phrase: str) -> tuple[str, ...]:
    units: list[str] = []
    for index, word in enumerate(phrase.split()):
        if index:
            units.append(r"\s+")
        units.extend(map(re.escape, word))
    return tuple(units)


_MARKS_AFTER = ",.;:)”’\"!?"
_MARKS_BEFORE = "(“‘\""


def with_marks(words: Iterable[str]) -> frozenset[str]:
    """Words as ``str.split`` may leave them: with a comma, stop or quote glued on."""
    forms = set()
    for word in words:
        forms.add(word)
        forms.update(word + mark for mark in _MARKS_AFTER)
        forms.update(mark + word for mark in _MARKS_BEFORE)
    return frozenset(forms)


_FAMILY_STOP = frozenset({"the", "a", "an", "in", "of", "to", "for", "is", "are", "was", "were", "that",
                          "have", "per", "every", "each", "over", "during", "within", "so", "this",
                          "some", "according", "single", "data", "information"})


def family_words(phrases: Iterable[str]) -> frozenset[str]:
    """Words of which every phrase holds at least one (its words less very common ones)."""
    words: set[str] = set()
    for phrase in phrases:
        kept = [word for word in phrase.lower().split() if word not in _FAMILY_STOP]
        words.update(kept or phrase.lower().split())
    return with_marks(words)
