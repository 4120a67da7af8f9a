"""A statement being built: the rule match plus what the article-level passes resolve."""

from __future__ import annotations

from dataclasses import dataclass

from helpers.extract.attribution.records import CueMatch
from helpers.extract.attribution.speakers import Speaker


@dataclass(slots=True)
class Draft:
    """A statement being built (see ``statements``): its cue, speaker, mode and chain.

    ``kind`` is the row's ``speaker_kind`` when the speaker is no named one (``unnamed``,
    ``document``, ``author``, or the kind an unresolved pronoun implies); a named speaker's
    kind comes from the speaker.
    """

    cue: CueMatch | None
    speaker: Speaker | None = None
    speaker_text: str = ""
    speaker_span: tuple[int | None, int | None] = (None, None)
    role: str = ""
    mode: str = "indirect"
    via: str = ""
    medium: str = ""
    content: tuple[int | None, int | None] = (None, None)
    sentence_ids: tuple[int, ...] = ()
    quoted: bool = False
    candidates: tuple[str, ...] = ()
    unnamed: bool = False
    kind: str = ""
    descriptor: str = ""
    plural: bool = False
    antecedent: str = ""  # a relative's antecedent, when the rules read it too short
    organisation: str = ""  # the body a spokesperson or document speaks for ("Example Corp's spokesperson"):
    # the row's organisation is then the speaker's canonical name

    @property
    def start(self) -> int:
        return draft_start(self)


def draft_start(draft: Draft) -> int:
    """The first offset of a draft: of its speaker, cue or content (the order of statements)."""
    start = draft.cue.cue_start if draft.cue is not None else None
    for point in (draft.speaker_span[0], draft.content[0]):
        if point is not None and (start is None or point < start):
            start = point
    return start
