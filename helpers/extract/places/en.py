"""English place mentions: runs of capitalised words cut into the names a gazetteer knows.

One regular-expression pass over the article finds runs of capitalised words; each run is
cut into the longest names the gazetteer knows, and the word after a name says what kind of
mention it is ("Pokrovsk front", "Donetsk and Luhansk oblasts").  Then the text around the
names is read: coordination ("Donetsk and Luhansk oblasts"), names of other things ("the
Druzhba pipeline", "the Sea of Azov"), an oblast written after a name ("Sontsivka, Donetsk
Oblast") and relative positions ("X (northwest of Y)").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from helpers.extract.places.gazetteer import RUN_CACHE_SIZE, Gazetteer, fold_name
from helpers.extract.places.records import Mention
from helpers.lexicon import (
    MONTHS,
    PLACE_CENTRES_NOT_OBLAST,
    PLACE_DIRECTION_ADJECTIVES,
    PLACE_FEATURE_OF,
    PLACE_KEYWORDS,
    PLACE_REGION_NOUNS,
    PLACE_NAMED_THING_NOUNS,
    PLACE_STOPWORDS,
    SETTLEMENT_CUES,
    WEEKDAYS,
)

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from helpers.text import Sentence

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
#: Between the items of a list whose items carry their own preposition ("advanced northwest
#: of Minkivka, into Holubivka, and near Orikhovo-Vasylivka (all northeast of ...)").
#: The last item of such a list when it is a name the gazetteer lacks: "..., and near Orikhovo-Vasylivka".
_UNKNOWN_LAST_ITEM = re.compile(
    rf",\s+(?:and\s+|or\s+)?(?:(?:near|into|in|toward|towards|at|from|around)\s+)?{_TOKEN}(?:[ \u00a0]{_TOKEN})?")
_GAP_LIST_ITEM = re.compile(r",?\s+(?:and\s+|or\s+)?(?:near|into|in|toward|towards|at|from|around)\s+|,\s*(?:and|or)?\s*")
_GAP_OBLAST_AFTER = re.compile(r"\s*(?:,|\(|\bin\b|,\s*in\b)\s*(?:the\s+)?")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: "Pryluky (northwest of Hulyaipole)", "... and Pryluky (all northwest of Hulyaipole)"
_RELATIVE_AFTER = re.compile(
    r"\s*\((?:(?:all|both)\s+)?(?:(?:about|roughly|some|just)\s+)?(?:[\d.,]+\s*(?:km|kilometers|kilometres)\s+)?"
    r"(?:north|south)?(?:east|west)?(?:ern)?\s+of\s+",
)
_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
#: "in northern Donetsk": a compass adjective after "in" makes an oblast centre's name the oblast.
_DIRECTION_IN_BEFORE = re.compile(
    rf"(?<![\w-])in\s+(?:the\s+)?(?:{'|'.join(map(re.escape, PLACE_DIRECTION_ADJECTIVES['en']))})\s+$", re.IGNORECASE)
_CENTRES_NOT_OBLAST = frozenset(fold_name(name) for name in PLACE_CENTRES_NOT_OBLAST["en"])
#: "the regions of Donetsk, Luhansk ...": the names listed after it are oblasts.
_REGIONS_OF_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(map(re.escape, PLACE_REGION_NOUNS['en']))})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
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
) -> list[Mention]:
    """Mentions of one analysed segment, with the context only the article can give:
    the keyword after a name, a cue before it, sentence-initial position."""
    mentions: list[Mention] = []
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
                mentions.append(Mention(start, end, keyword_end, key, kind_name, sentence, plural, known=False))
            elif count == 1 and text.endswith("of ", max(0, start - 3), start) \
                    and _CUE_BEFORE.search(text, max(sentence.start, start - 40), start):
                mentions.append(Mention(start, end, end, key, "settlement", sentence, known=False, cue=True))
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
            mentions.append(Mention(start, end, end, key, "oblast", sentence,
                                     admin1=gazetteer.oblast_standalone[key]))
            continue
        mention = Mention(start, end, end, key, "settlement", sentence, oblast_only=kind == "oblastname")
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


def _apply_coordination(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> None:
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


def _oblasts_by_context(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> None:
    """An oblast centre's name that the words before it make the oblast: "a village in
    northern Donetsk" (a compass adjective after "in"), "the regions of Donetsk, Luhansk,
    Zaporizhzhia, and Kherson" (the names listed after "regions of")."""
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        index += 1
        if mention.kind != "settlement" or not mention.known or mention.surface_end != mention.end:
            continue
        admin1 = _oblast_for(mention.key, gazetteer)
        if admin1 is None:
            continue
        before = text[max(mention.sentence.start, mention.start - 40):mention.start]
        if _REGIONS_OF_BEFORE.search(before):
            mention.kind, mention.admin1 = "oblast", admin1
            while index < len(mentions):  # the names listed after it
                listed = mentions[index]
                gap = text[mentions[index - 1].surface_end:listed.start]
                admin1 = _oblast_for(listed.key, gazetteer)
                if listed.kind != "settlement" or listed.sentence is not mention.sentence or admin1 is None \
                        or not _GAP_COORDINATION.fullmatch(gap):
                    break
                listed.kind, listed.admin1 = "oblast", admin1
                index += 1
        elif mention.key not in _CENTRES_NOT_OBLAST and _DIRECTION_IN_BEFORE.search(before):
            mention.kind, mention.admin1 = "oblast", admin1


def _drop_non_places(text: str, mentions: list[Mention]) -> list[Mention]:
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


def _attach_local_oblasts(text: str, mentions: list[Mention]) -> None:
    """"Sontsivka, Donetsk Oblast" and "Pokrovsk in Donetsk Oblast": the oblast right after."""
    for mention, following in zip(mentions, mentions[1:]):
        if mention.kind == "oblast" or following.kind != "oblast" or following.admin1 is None:
            continue
        if _GAP_OBLAST_AFTER.fullmatch(text[mention.surface_end:following.start]):
            mention.local_admin1 = following.admin1


def _attach_relatives(text: str, mentions: list[Mention]) -> None:
    """"X (northwest of Y)": X lies near Y, as do the names coordinated before X when the
    parenthesis says "all" or "both" ("A, B, and X (all northwest of Y)"), also when each item
    carries its own preposition, and when the last item is a name the gazetteer lacks
    ("northwest of A, into B, and near Orikhovo-Vasylivka (all northeast of Y)": A and B lie
    near Y)."""
    by_start = {m.start: m for m in mentions}
    for index, mention in enumerate(mentions):
        if mention.kind == "oblast":
            continue
        following = text[mention.surface_end:mention.surface_end + 1]
        if following == ",":
            unknown = _UNKNOWN_LAST_ITEM.match(text, mention.surface_end)  # "..., and near Orikhovo-Vasylivka"
            if unknown is None or unknown.end() in by_start:
                continue
            match = _RELATIVE_AFTER.match(text, unknown.end())
            if not match or not ("(all" in match.group() or "(both" in match.group()):
                continue
        elif following != "(" and not following.isspace():
            continue  # the pattern opens with white space or "("
        else:
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
                    and (_GAP_COORDINATION.fullmatch(gap := text[mentions[j].surface_end:mentions[j + 1].start])
                         or _GAP_LIST_ITEM.fullmatch(gap)):
                mentions[j].relative = reference
                j -= 1


def _capitalised_mentions(text: str, sentences: list["Sentence"], gazetteer: Gazetteer, persons: set[str]) -> list[Mention]:
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
    mentions: list[Mention] = []
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


def find_mentions(text: str, sentences: list["Sentence"], gazetteer: Gazetteer) -> list[Mention]:
    """Every place mention of the given sentences, in order, before resolution: the names,
    their kinds, the oblasts written beside them and the places they are said to lie near.

    A name that is also a person's surname in the article ("Example" in "Jane Example") is
    left out unless the gazetteer does not know it; an oblast's name that no settlement has
    ("Donetska") is kept only as an oblast.
    """
    persons: set[str] = set()
    mentions = _capitalised_mentions(text, sentences, gazetteer, persons)
    if not mentions:
        return []
    _apply_coordination(text, mentions, gazetteer)
    _oblasts_by_context(text, mentions, gazetteer)
    mentions = [
        m for m in _drop_non_places(text, mentions)
        if (m.key not in persons or not m.known) and not (m.oblast_only and m.kind != "oblast")
    ]
    _attach_local_oblasts(text, mentions)
    _attach_relatives(text, mentions)
    return mentions
