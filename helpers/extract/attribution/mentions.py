"""People and bodies the article names, whether or not they speak: the candidates a pronoun
could stand for.

A pronoun is given to a speaker only on evidence (issue 10, audit class 10): the nearest
earlier speaker of compatible number and gender, with no other candidate named in between.
The candidates in between are read here from the text itself, without a tagger:

* a **person** is a run of capitalised words whose name part (``speakers.name_words``) has a
  title before it ("President Example"), starts with a known given name ("Olena", "Jane
  Example"), or ends in the surname of a person the article names in full or quotes;
* a **body** is a run whose words name an organisation ("the Example Brigade", "NATO"), or
  a country the places extractor found (``doc.spans["countries"]``).

Gender comes from the
given name or title (``lexicon.GIVEN_NAMES``/``GENDERED_WORDS``), or from the speaker the
surname belongs to; unknown gender is compatible with "he" and "she" alike.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, NamedTuple, Sequence

from helpers.extract.attribution.speakers import (
    Speaker, fold_word, gender_of, is_given_name, name_words, speaker_kind,
)
from helpers.lexicon import COUNTRY_ADJECTIVES, NOT_NAME_WORDS, SOURCE_GRAMMAR

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from helpers.doc import Doc

NOT_NAME = NOT_NAME_WORDS["en"]
WEEKDAYS = SOURCE_GRAMMAR["en"]["weekdays"]

#: A run of capitalised words on one line (name particles and stops of "U.N." kept inside).
CAPITALISED_RUN = re.compile(
    r"(?<![\w’'.-])(?:[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ][\w’'.-]*)"
    r"(?:[ \xa0]+(?:(?:de|da|di|van|von|der|den|al|el|bin|ibn|la|le|du|dos|del)[ \xa0]+)?[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ][\w’'.-]*)*"
)


#: A word with a stop that does not end a sentence: an initial, "U.S.", or an abbreviated title.
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Prof|Maj|Capt|Sgt|Adm|Brig|Cmdr|St|Jr|Sr)\.")


#: A people named by its demonym ("Ukrainians", "Americans", "Poles"), or a plural acronym
#: ("MEPs"): a group, not one person.
DEMONYM = re.compile(
    rf"(?:{'|'.join(sorted(COUNTRY_ADJECTIVES['en'].values(), key=len, reverse=True))})s"
    r"|Poles|Brits|Finns|Swedes|Danes|Turks|Czechs|Slovaks|Serbs|Croats|Greeks|Dutch|French|British|Chinese|Japanese"
    r"|Europeans|Westerners|Africans|Asians|Arabs|[A-Z]{2,}s"
)


class Mention(NamedTuple):
    """A person or body named in the text: ``text[start:end]`` is the run as written."""

    start: int
    end: int
    name: str  # the name part ("Jane Example"), titles dropped
    kind: str  # "person" or "organisation"
    gender: str  # "male", "female" or "" (unknown)


class ArticleNames:
    """The people and bodies one article names, read once and looked up by offset."""

    def __init__(self, doc: "Doc") -> None:
        self.text = doc.text
        self._countries = sorted((country.start, country.end, country.surface) for country in doc.get("countries"))
        self._runs: list[tuple[int, int, tuple[str, ...], tuple[str, ...]]] | None = None
        self._run_starts: list[int] = []
        self._run_ends: list[int] = []
        self._country_starts = [start for start, _, _ in self._countries]
        self._surnames: dict[str, str] | None = None
        # the speakers' people by folded surname, kept up to date as the registry grows
        self._speakers: Sequence[Speaker] | None = None
        self._by_surname: dict[str, Speaker] = {}
        self._speakers_read = 0

    # --- reading ----------------------------------------------------------------------------

    def runs(self) -> list[tuple[int, int, tuple[str, ...], tuple[str, ...]]]:
        """(start, end, titles, name words) of every capitalised run, in order."""
        if self._runs is None:
            runs = []
            for match in CAPITALISED_RUN.finditer(self.text):
                start, end = match.span()
                written = match.group()
                # leading words that open a sentence, never a name ("In", "On Tuesday")
                words = written.split()
                for index, word in enumerate(words[:-1]):
                    if word.endswith(".") and not _ABBREVIATION.fullmatch(word):
                        end = start + written.index(word) + len(word) - 1  # "Burns. He": a sentence ends
                        words = words[:index + 1]
                        words[-1] = word[:-1]
                        break
                while words and (words[0].lower().rstrip(".,") in NOT_NAME or words[0].lower() in WEEKDAYS):
                    start = self.text.index(words[1], start + len(words[0])) if len(words) > 1 else end
                    words = words[1:]
                if not words:
                    continue
                titles, name = name_words(" ".join(words))
                if name:
                    runs.append((start, end, titles, name))
            self._runs = runs
            self._run_starts = [run[0] for run in runs]
            self._run_ends = [run[1] for run in runs]  # ascending too: the runs do not overlap
        return self._runs

    def surnames(self) -> dict[str, str]:
        """Folded surname -> gender ("" unknown) of every person the text names in full."""
        if self._surnames is None:
            found: dict[str, str] = {}
            for _, _, titles, name in self.runs():
                if len(name) > 1 and is_given_name(name[0]) and speaker_kind(" ".join(name)) == "person":
                    gender = gender_of(name, titles, "")
                    key = fold_word(name[-1])
                    found[key] = found.get(key) or gender
            self._surnames = found
        return self._surnames

    # --- looking up ------------------------------------------------------------------------

    def _speakers_by_surname(self, speakers: Sequence[Speaker]) -> dict[str, Speaker]:
        """The people among ``speakers`` by folded surname (the latest of a surname wins).

        The article's registry only grows, so the speakers added since the last call are read,
        not the whole registry per pronoun: quadratic in bench_hostile's "names_pronouns"."""
        if speakers is not self._speakers or len(speakers) < self._speakers_read:
            self._speakers, self._by_surname, self._speakers_read = speakers, {}, 0
        for speaker in speakers[self._speakers_read:]:
            if speaker.kind == "person":
                self._by_surname[fold_word(speaker.words[-1])] = speaker
        self._speakers_read = len(speakers)
        return self._by_surname

    def people(self, start: int, end: int, speakers: Sequence[Speaker] = ()) -> list[Mention]:
        """The people named between two offsets, in order (speakers' surnames count too).

        The runs are read from the first that ends after ``start``, found by bisection, not
        from the article's first: a pass per pronoun was quadratic in an article of thousands
        of names (bench_hostile's "names_pronouns")."""
        known = self.surnames()
        by_surname = self._speakers_by_surname(speakers) if speakers else {}
        found = []
        runs = self.runs()
        for index in range(bisect_right(self._run_ends, start), len(runs)):
            run_start, run_end, titles, name = runs[index]
            if run_start >= end:
                break
            if speaker_kind(" ".join(name)) != "person" or len(name) == 1 and DEMONYM.fullmatch(name[0]):
                continue  # ("Ukrainians", "Americans": a people, not a person)
            key = fold_word(name[-1])
            speaker = by_surname.get(key)
            given = is_given_name(name[0]) and (len(name) > 1 or len(name[0]) > 2)  # "plan B" names nobody
            if not (titles or given or key in known or speaker is not None):
                continue
            gender = gender_of(name, titles, "") or (speaker.gender if speaker is not None else "") or known.get(key, "")
            found.append(Mention(run_start, run_end, " ".join(name), "person", gender))
        return found

    def bodies(self, start: int, end: int) -> list[Mention]:
        """The organisations and countries named between two offsets, in order."""
        runs = self.runs()
        # the runs and countries that start inside, found by bisection (a pass over all per "it"
        # was quadratic in an article of thousands of names)
        found = [
            Mention(run_start, run_end, " ".join(name), "organisation", "")
            for run_start, run_end, _, name in runs[bisect_left(self._run_starts, start):bisect_left(self._run_starts, end)]
            if speaker_kind(" ".join(name)) in ("organisation", "outlet")
        ]
        countries = self._countries[bisect_left(self._country_starts, start):bisect_left(self._country_starts, end)]
        found += [Mention(country_start, country_end, surface, "organisation", "")
                  for country_start, country_end, surface in countries]
        return sorted(found)
