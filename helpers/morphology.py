"""Word forms: the inflections of English verbs the extractors' word lists name by their base form.

One copy for every extractor: the claims' event and casualty verbs ("repelled", "killing")
and the attribution's cue verbs ("said", "notes", "denied") are both looked up by their
inflected forms, generated here from the base form plus a table of irregular verbs.
"""

from __future__ import annotations

_VOWELS = "aeiou"


def verb_forms(lemma: str, irregular: dict[str, tuple[str, ...]] | None = None, *,
               double_final: bool = False) -> dict[str, str]:
    """Surface forms of an English verb and which form each is: base, s, past, ing.

    ``irregular`` maps a base form to its (s, past, ing[, past, ing]) forms.
    ``double_final``: also the doubled-consonant forms of a short verb ending in
    consonant-vowel-consonant ("ship" -> "shipped", "shipping"), which the claims' word
    lists need and the attribution's cue inventory leaves to its irregular table.
    """
    if irregular and lemma in irregular:
        found = {lemma: "base"}
        for form, name in zip(irregular[lemma], ("s", "past", "ing", "past", "ing")):
            found.setdefault(form, name)
        return found
    consonant_y = lemma.endswith("y") and lemma[-2:-1] not in _VOWELS
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif consonant_y:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("ee"):
        past, ing = lemma + "d", lemma + "ing"
    elif lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif consonant_y:
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    forms = {lemma: "base", third: "s", past: "past", ing: "ing"}
    if double_final and _doubles_final(lemma):
        forms.setdefault(lemma + lemma[-1] + "ed", "past")
        forms.setdefault(lemma + lemma[-1] + "ing", "ing")
    return forms


def _doubles_final(lemma: str) -> bool:
    """A short verb ending consonant-vowel-consonant doubles its last letter ("ship", "plan")."""
    return (len(lemma) <= 5 and lemma[-1] in "lptgnm" and lemma[-2:-1] in _VOWELS
            and lemma[-3:-2] not in _VOWELS)
