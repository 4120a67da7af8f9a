"""Sentence voices: exactly one voice per sentence (the author's, a named or unnamed source's,
or one inferred from context), so that every claim and event can say whose it is."""

from __future__ import annotations

from typing import Sequence

from helpers.doc import Doc
from helpers.extract.attribution.records import Attribution, SentenceVoice

# --- voices ------------------------------------------------------------------------------------------


def sentence_voices(doc: Doc, attributions: Sequence[Attribution]) -> list[SentenceVoice]:
    """Exactly one voice per sentence of the article, in order.

    A sentence covered by several statements takes the outermost (the earliest that is
    not inside another's content: "He said they reported ..." is his).  A sentence no
    statement covers is the author's.
    """
    owner: dict[int, Attribution] = {}
    for attribution in attributions:
        for sentence_id in attribution.sentence_ids:
            current = owner.get(sentence_id)
            if current is None or _outranks(attribution, current):
                owner[sentence_id] = attribution
    article_id = doc.article_id
    voices = []
    for sentence in doc.sentences:
        attribution = owner.get(sentence.sentence_id)
        if attribution is None:
            voice, speaker, attribution_id, mode = _AUTHOR_VOICE
        else:
            speaker, attribution_id, mode = attribution.speaker, attribution.attribution_id, attribution.mode
            if attribution.speaker_kind == "author":
                voice, speaker, attribution_id, mode = _AUTHOR_VOICE  # "I asked him ...": the author's own
            elif mode == "context":
                voice = "inferred"
            else:
                voice = "named source" if speaker else "unnamed source"
        voices.append(tuple.__new__(SentenceVoice, (
            article_id, sentence.sentence_id, sentence.part, sentence.paragraph, sentence.start, sentence.end,
            voice, speaker, attribution_id, mode,
        )))
    return voices




#: (voice, speaker, attribution_id, mode) of a sentence no statement covers.
_AUTHOR_VOICE = ("author", "", "", "")


def _outranks(new: Attribution, current: Attribution) -> bool:
    """Is ``new`` the outer statement of the two (the other lies inside its content)?"""
    if current.mode == "context" and new.mode != "context":
        return True
    if new.content_start is None or current.cue_start is None:
        return False
    return new.content_start <= current.cue_start < (new.content_end or 0) and new.start < current.start
