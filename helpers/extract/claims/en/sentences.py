"""Claims without figures: each English sentence marked as an event, a capability, an
intention, an assessment or background, by cue lists."""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.claims.en.patterns import LANG, PUNCT
from helpers.extract.claims.en.units import bounded
from helpers.lexicon import CLAIM_SENTENCE_CUES, EVENT_VERBS, EVENT_VERBS_IRREGULAR
from helpers.morphology import verb_forms
from helpers.regex import family_words, phrase_alternation, with_marks

_CUES = CLAIM_SENTENCE_CUES[LANG]
#: Order in which cue kinds decide a sentence's kind.
SENTENCE_KIND_ORDER = ("intention", "capability", "assessment", "event", "background", "reported")
_SINGLE_CUES: dict[str, str] = {}
_MULTI_KIND: dict[str, str] = {}
for _kind_name in ("reported", "background", "assessment", "capability", "intention"):
    for _cue in _CUES[_kind_name]:
        if " " in _cue or "-" in _cue:
            _MULTI_KIND[" ".join(_cue.split())] = _kind_name
        else:
            _SINGLE_CUES[_cue] = _kind_name
SENTENCE_CUE = re.compile(phrase_alternation(_MULTI_KIND))
_SENTENCE_CUE_WORDS = family_words(_MULTI_KIND)
_SINGLE_CUE_FORMS = with_marks(_SINGLE_CUES)
_EVENT_FORMS = frozenset(form for verb in EVENT_VERBS[LANG] for form in verb_forms(verb, double_final=True)) | frozenset(
    EVENT_VERBS_IRREGULAR[LANG]
)
_EVENT_FORMS_MARKED = with_marks(_EVENT_FORMS)
_AUXILIARIES = frozenset({"is", "are", "was", "were", "been", "be"})
#: Sentences whose classification is remembered: the result depends on the text alone, and
#: pages repeat sentences (boilerplate, navigation, agency copy) across a corpus.
CLASSIFY_CACHE_SIZE = 32_768
PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?(\w{3,}ing)\b")


@lru_cache(maxsize=CLASSIFY_CACHE_SIZE)
def classify_sentence(text: str) -> tuple[bool, str, str]:
    """(is_claim, kind, rule) for a sentence without figures, by its first-ranked cue.

    Kinds in order: intention ("aim to", "are attempting to"), capability ("can", "able
    to"), assessment (modals "would/will/could/may", "likely", "expected to"), event (an
    event verb such as "repelled", "are shelling", or any progressive "are advancing"; not
    an infinitive, "to capture"), background (copular descriptions: "serves as", "is
    located") and reported content (a reporting verb with none of the above: the speaker's
    assessment).  A sentence with no cue is background.  This is a cue-list rule in the
    spirit of the factuality cue sets of FactBank (Saurí & Pustejovsky 2009), cut down to
    what war reporting needs; it reads no syntax, so treat the kind as a triage label.
    The result is cached per sentence text (``CLASSIFY_CACHE_SIZE``).
    """
    low = text.lower()
    tokens = low.split()  # looked up in the word lists as they are: a set of them would cost more
    found: dict[str, str] = {}
    if not _SENTENCE_CUE_WORDS.isdisjoint(tokens):
        for match in SENTENCE_CUE.finditer(low):
            if bounded(low, match.start(), match.end()):
                cue = " ".join(match.group(0).split())
                found.setdefault(_MULTI_KIND[cue], cue)
    single_cues = not _SINGLE_CUE_FORMS.isdisjoint(tokens)
    event_verbs = not _EVENT_FORMS_MARKED.isdisjoint(tokens)
    if single_cues or event_verbs:
        bare = [token.strip(PUNCT) for token in tokens]  # the tokens without their punctuation
        if single_cues:
            for word in [word for word in bare if word in _SINGLE_CUES]:
                found.setdefault(_SINGLE_CUES[word], word)
        if event_verbs:
            for index in [index for index, word in enumerate(bare) if word in _EVENT_FORMS]:
                if index == 0 or bare[index - 1] != "to":  # not an infinitive: "to capture"
                    found["event"] = bare[index]
                    break
    if "event" not in found and "ing" in low and not _AUXILIARIES.isdisjoint(tokens):
        progressive = PROGRESSIVE.search(low)
        if progressive:
            found["event"] = " ".join(progressive.group(0).split())
    for kind in SENTENCE_KIND_ORDER:
        if kind in found:
            if kind == "background":
                return False, "background", f"background: {found[kind]}"
            if kind == "reported":
                return True, "assessment", f"reported: {found[kind]}"
            return True, kind, f"{kind}: {found[kind]}"
    return False, "background", "no claim cue"
