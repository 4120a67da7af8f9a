"""The English sentence around a figure: its clauses, hedges, rates, windows and scope."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Sequence

from helpers.extract.claims.en.patterns import (
    BARE_BREAKS, CASUALTY_BARE, CASUALTY_PHRASES, CLAUSE_BREAK, CUE_WORDS, ENDS_PHRASE, NOT_RATE_AFTER,
    NOT_RATE_BEFORE, PERIOD, PERIOD_OF, PERIOD_WORDS, PUNCT, RATE_ADVERBS, SCOPE_BEFORE, STOP, WINDOW, WINDOW_WORDS,
    WINDOW_YEAR, YEAR_HINT,
)
from helpers.extract.claims.en.units import bounded

_WORD = re.compile(r"\w")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")

#: Kinds of place mention that name a front line rather than a place in it.
FRONT_KINDS = frozenset({"front", "direction"})

# --- one sentence --------------------------------------------------------------------------------


class Context:
    """What the cue rules need to know about one sentence, computed once and only if asked.

    Cues are kept as (start, end, value) spans, sorted by start.
    """

    __slots__ = ("text", "low", "tokens", "cue_words", "place_mentions", "_breaks", "_cache")

    def __init__(self, text: str, place_mentions: tuple[tuple[int, int, str, str], ...] = ()):
        self.text = text
        self.place_mentions = place_mentions  # (start, end, surface, kind), found by the places extractor
        low = text.lower()
        self.low = low if len(low) == len(text) else text  # offsets must stay the same
        self.tokens = self.low.split()
        self.cue_words = CUE_WORDS.intersection(self.tokens)  # few or none: each family's look-up starts here
        self._breaks: list[int] | None = None
        self._cache: dict[str, list] = {}  # by name: what the methods found, once asked

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause (between breaks) that holds text[start:end]."""
        if self._breaks is None:
            breaks = [match.start() for match in CLAUSE_BREAK.finditer(self.text)]
            for word in BARE_BREAKS:
                position = self.low.find(word)
                while position >= 0:
                    breaks.append(position + 1)
                    position = self.low.find(word, position + 1)
            self._breaks = sorted(breaks)
        # the last break at or before the figure and the first at or after its end, by bisection:
        # a pass over the breaks per figure was quadratic in bench_hostile's "clauses"
        # ("12 attacks; 13 attacks; ...")
        breaks = self._breaks
        before = bisect_right(breaks, start) - 1
        after = bisect_left(breaks, end)
        return (breaks[before] if before >= 0 else 0), (breaks[after] if after < len(breaks) else len(self.text))

    def last_match(self, pattern: re.Pattern, text: str, low: int, high: int) -> re.Match | None:
        """The last match of ``pattern.finditer(text, low, high)`` (``text``: the sentence or
        its lower case), by bisection in the matches of the whole sentence, found once.

        A scan of the clause before each figure was quadratic in bench_hostile's
        "list_numbers" and "digits" (a sentence of thousands of bare figures).  The matches of
        the whole text are those of the window unless one crosses an end of the window, or
        the window cuts a word at ``high`` (where a ``\\b`` or ``(?!\\w)`` would read on):
        then the window is scanned, as the rule always read it.
        """
        key = f"matches:{pattern.pattern}:{text is self.text}"
        found = self._cache.get(key)
        if found is None:
            matches = list(pattern.finditer(text))
            found = self._cache[key] = [matches, [match.start() for match in matches],
                                        [match.end() for match in matches]]
        matches, starts, ends = found
        before_low = bisect_left(starts, low) - 1
        before_high = bisect_left(starts, high) - 1  # the last match that starts before ``high``
        crosses = (before_low >= 0 and ends[before_low] > low) or (before_high >= 0 and ends[before_high] > high)
        if crosses or (0 < high < len(text) and _WORD.match(text, high - 1) and _WORD_OR_HYPHEN.match(text, high)):
            last = None
            for last in pattern.finditer(text, low, high):
                pass
            return last
        return matches[before_high] if before_high >= 0 and starts[before_high] >= low else None

    def casualty_verb(self) -> bool:
        """Does the sentence hold a casualty verb ("killed", "lost", "‘Lost,")?

        Asked for each figure of soldiers or people, answered once per sentence: the test reads
        the whole sentence, so a sentence of thousands of such figures made it quadratic
        (bench_hostile's "figures": "300 to 400 soldiers 300 to 400 soldiers ...").
        """
        found = self._cache.get("casualty_verb")
        if found is None:
            found = self._cache["casualty_verb"] = [
                not CASUALTY_BARE.isdisjoint(self.bare_words()) or any(p in self.low for p in CASUALTY_PHRASES)]
        return found[0]

    def bare_words(self) -> frozenset[str]:
        """The sentence's words without the punctuation and quotes ``str.split`` leaves on them."""
        found = self._cache.get("bare")
        if found is None:
            found = self._cache["bare"] = frozenset(token.strip(PUNCT + "«»") for token in self.tokens)
        return found

    def _hits(self, words: frozenset[str]) -> list[tuple[str, int]]:
        """(word, offset) of every whole-word occurrence of the family's words in the sentence."""
        found = []
        low = self.low
        if not self.cue_words or self.cue_words.isdisjoint(words):
            return found
        for hit in self.cue_words.intersection(words):
            word = hit.strip(PUNCT)
            position = low.find(word)
            while position >= 0:
                if bounded(low, position, position + len(word)):
                    found.append((word, position))
                position = low.find(word, position + len(word))
        return found

    def cues(self, name: str, pattern: re.Pattern, words: frozenset[str], reach: int) -> list[tuple[int, int, str]]:
        """Whole-word matches of a lower-case cue pattern, looked for within ``reach``
        characters of each of the family's words that the sentence holds."""
        found = self._cache.get(name)
        if found is None:
            found = []
            seen = set()
            low = self.low
            for word, position in self._hits(words):
                for match in pattern.finditer(low, max(0, position - reach), position + len(word) + reach):
                    start, end = match.span()
                    if start > position:
                        break  # later matches cannot cover the word: no need to scan for them
                    if end >= position + len(word) and (start, end) not in seen and bounded(low, start, end):
                        seen.add((start, end))
                        found.append((start, end, self.text[start:end]))
            found.sort()
            self._cache[name] = found
        return found

    def periods(self) -> list[tuple[int, int, str]]:
        """Rate cues ("every day", "a month"), not durations or dates ("for a day", "a day later")."""
        found = self._cache.get("periods")
        if found is None:
            found = []
            for start, end, cue in self.cues("period_cues", PERIOD, PERIOD_WORDS, 16):
                before = self.low[max(0, start - 8):start].split()
                if before and before[-1] in NOT_RATE_BEFORE:
                    continue
                if NOT_RATE_AFTER.match(self.low, end):
                    continue
                cue = cue.lower()
                if cue in RATE_ADVERBS:
                    following = self.low[end:end + 20].split()
                    if following and following[0].strip(PUNCT) and following[0] not in STOP:
                        continue  # "the daily realities": an adjective of another noun
                found.append((start, end, PERIOD_OF[" ".join(cue.split())]))
            self._cache["periods"] = found
        return found

    def windows(self) -> list[tuple[int, int, str]]:
        """Explicit windows: "over the past day", "since the start of the year", "in 2025"."""
        found = self._cache.get("windows")
        if found is None:
            found = list(self.cues("window_cues", WINDOW, WINDOW_WORDS, 45))
            if ("19" in self.text or "20" in self.text) and YEAR_HINT.search(self.text):
                found += [(m.start(), m.end(), m.group(0)) for m in WINDOW_YEAR.finditer(self.text)]
                found.sort()
            self._cache["windows"] = found
        return found

    def fronts(self) -> list[tuple[int, int, str, int]]:
        """Named fronts and directions the places extractor found: "the Pokrovsk front" ->
        "Pokrovsk front", "Pokrovsk direction"; sorted by start, for ``nearest``."""
        found = self._cache.get("fronts")
        if found is None:
            found = self._cache["fronts"] = _by_start([(start, end, surface) for start, end, surface, kind
                                                       in self.place_mentions if kind in FRONT_KINDS])
        return found

    def places(self) -> list[tuple[int, int, str, int]]:
        """Places the places extractor found after "in/near/around ..." that end their phrase
        ("in Kursk Oblast,"; not "in Donetsk Oblast push"); sorted by start, for ``nearest``."""
        found = self._cache.get("places")
        if found is None:
            found = []
            low = self.low
            for start, end, surface, kind in self.place_mentions:
                if kind in FRONT_KINDS:
                    continue
                if SCOPE_BEFORE.search(low, max(0, start - 24), start) and ENDS_PHRASE.match(self.text, end):
                    found.append((start, end, surface))
            found = self._cache["places"] = _by_start(found)
        return found


def _by_start(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str, int]]:
    """(start, end, value, order) of spans listed in any order, sorted by start: ``order`` is
    the span's place in the list, which breaks ``nearest``'s ties as the list's order did."""
    return sorted((start, end, value, order) for order, (start, end, value) in enumerate(spans))


def nearest(spans: Sequence[tuple], left: int, right: int, start: int, end: int) -> str:
    """The value of the span inside [left, right) closest to text[start:end], else "".

    ``spans`` are (start, end, value) sorted by start, or ``_by_start``'s (start, end, value,
    order); of two as close, the first (in order) wins.  Only the spans that start inside the
    clause are read, from the first found by bisection: a pass over every span of the
    sentence per figure was quadratic in bench_hostile's "rates" and "fronts" (a sentence of
    thousands of clauses with a rate or a front each).
    """
    best, best_key = "", None
    for index in range(bisect_left(spans, (left,)), len(spans)):
        span = spans[index]
        span_start, span_end, value = span[0], span[1], span[2]
        if span_start >= right:
            break  # this span and every later one end past the clause
        if span_end > right:
            continue
        distance = start - span_end if span_end <= start else max(0, span_start - end)
        key = (distance, span[3] if len(span) > 3 else index)
        if best_key is None or key < best_key:
            best, best_key = value, key
    return best


def scope_of(context: Context, left: int, right: int, start: int, end: int) -> str:
    """A named front in the clause, else a place after "in/near" that ends its phrase."""
    return nearest(context.fronts(), left, right, start, end) or nearest(context.places(), left, right, start, end)

