"""Word lists the extractors match against, in one place, keyed by language.

Following textacy's ``constants`` module (``REPORTING_VERBS[lang]``), every cue verb,
hedge, unit noun, month name and claim kind lives here rather than inside the functions
that use it, so that Ukrainian (``uk``) and Russian (``ru``) can be added beside English
(``en``) without touching the extraction code.  Each section is owned by one extractor
module; the comment above it says which.
"""

from __future__ import annotations

# --- articles: layout words of saved news pages (helpers.articles) -------------------

#: Header language tags seen in saved articles, mapped to ISO 639-1 codes.
LANGUAGE_TAGS: dict[str, str] = {
    "eng": "en", "en": "en", "english": "en",
    "ukr": "uk", "uk": "uk", "ua": "uk", "ukrainian": "uk",
    "rus": "ru", "ru": "ru", "russian": "ru",
}

#: Line openers that mark a block which is not body prose (kept as a typed block).
BLOCK_OPENERS: dict[str, dict[str, str]] = {
    "en": {
        "related:": "related",
        "read also:": "read_also",
        "read more:": "read_also",
        "see also:": "read_also",
        "also read:": "read_also",
    },
}

#: Words that introduce a photo credit inside a caption ("... Photo: Facebook/Roman Padun").
PHOTO_CREDIT_CUES: dict[str, tuple[str, ...]] = {
    "en": ("Photo:", "Photo by", "Photograph:", "Image:", "Photo credit:", "Credit:"),
}

# --- text: sentence boundaries (helpers.text) ----------------------------------------

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
        "adm", "gov", "sen", "rep", "rev", "st", "jr", "sr", "no", "vs", "etc", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "inc", "ltd", "co", "corp", "mt",
        "ft", "pres", "gov't", "dept", "est", "fig", "vol", "op", "cf",
    }),
}

# --- dates: month and weekday names (helpers.dates, helpers.timeline) ----------------

MONTHS: dict[str, dict[str, int]] = {
    "en": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
        "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
}

WEEKDAYS: dict[str, dict[str, int]] = {
    "en": {
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
        "saturday": 5, "sunday": 6,
    },
}

# --- claims (helpers.claims) ----------------------------------------------------------

# --- sources (helpers.sources) --------------------------------------------------------

# --- timeline (helpers.timeline) ------------------------------------------------------

# --- places (helpers.places) ----------------------------------------------------------
