"""English claims: figures (``figures``: number expressions read by ``numbers``, their counted
things by ``units``, the sentence around them by ``context``, their kind by the rules of
``kinds``) and sentences without figures classified by cue lists (``sentences``).  Compiled
patterns live in ``patterns``."""

from helpers.extract.claims.en.figures import figures
from helpers.extract.claims.en.numbers import sentence_anchors
from helpers.extract.claims.en.sentences import classify_sentence

__all__ = ["classify_sentence", "figures", "sentence_anchors"]
