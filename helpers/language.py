"""The language of an article: declared by the file where it can be, read from the text where not.

A file's own word wins: the seed header's tag (`` date 2025-01-03 Ukr``) or a metadata
``language`` field, mapped to ISO 639-1 by ``lexicon.LANGUAGE_TAGS``.  Otherwise the text
decides, between the three languages the workbook meets (English, Ukrainian, Russian):

1. **Script.**  Letters are counted by script.  A text whose letters are mostly Latin is
   English (the only Latin-script language of the three); this also settles an English
   report quoting a Ukrainian name ("Олена Приклад said on Monday"), and it needs no model.
2. **Detector.**  A text whose letters are mostly Cyrillic is Ukrainian or Russian: the
   ``lingua-language-detector`` n-gram models decide, restricted to those two (built once,
   lazily, on the first Cyrillic text; nothing is downloaded, the models ship with the
   package).  A Ukrainian article quoting an English name is still mostly Cyrillic, so the
   Latin name does not pull it towards English.
3. **Letters of one language only.**  On a short text (under ``SHORT_TEXT`` letters, a
   headline or a one-line caption) the detector's n-grams are thin, so the letters that
   only one of the two alphabets has decide first: і, ї, є, ґ are Ukrainian, ы, э, ъ, ё
   Russian (Ukrainian orthography, 2019, §1; Russian orthography, 1956).  A short text with
   both or neither goes to the detector.

``detect_language`` says how it decided: ``header``, ``metadata``, ``script`` (the
alphabet, or the letters of one language), ``detected`` (the detector), or ``default`` (a
text with no letters, whose language stays unknown: None).  Only a sample of the prose is
read (``SAMPLE_CHARS``): the language of a news report does not change halfway.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from helpers.load import Article

#: Below this many letters a text is short: the letters of one alphabet decide before the detector.
SHORT_TEXT = 40
#: Characters of prose read to decide; about two paragraphs.
SAMPLE_CHARS = 1_000

#: Letters of the Ukrainian alphabet that the Russian lacks, and the other way round.
UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
RUSSIAN_ONLY = frozenset("ыэъёЫЭЪЁ")

#: How a language was decided, in the order ``detect_language`` tries them.
SOURCES = ("header", "metadata", "detected", "script", "default")

#: Block kinds whose text shows the article's language (metadata and URLs do not).
_PROSE_KINDS = ("title", "standfirst", "paragraph", "caption")


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def letter_counts(text: str) -> tuple[int, int]:
    """(Cyrillic letters, other letters) of a text."""
    cyrillic = other = 0
    for char in text:
        if char.isalpha():
            if _is_cyrillic(char):
                cyrillic += 1
            else:
                other += 1
    return cyrillic, other


def script_language(text: str) -> str | None:
    """"uk" or "ru" when the text holds letters of only one of the two alphabets, else None."""
    ukrainian = not UKRAINIAN_ONLY.isdisjoint(text)
    russian = not RUSSIAN_ONLY.isdisjoint(text)
    if ukrainian != russian:
        return "uk" if ukrainian else "ru"
    return None


@lru_cache(maxsize=1)
def _detector():
    """The lingua detector for Ukrainian and Russian, built on first use (models load lazily)."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.UKRAINIAN, Language.RUSSIAN).build()


_ISO = {"UKRAINIAN": "uk", "RUSSIAN": "ru"}


def _detected(text: str) -> str | None:
    found = _detector().detect_language_of(text)
    return _ISO.get(found.name) if found is not None else None


def detect_language(text: str) -> tuple[str | None, str]:
    """(ISO 639-1 code or None, how it was decided) for a text with no declared language.

    >>> detect_language("Про це на брифінгу повідомила речниця штабу Олена Приклад.")
    ('uk', 'detected')
    >>> detect_language("Олена Приклад said on Monday.")  # mostly Latin letters
    ('en', 'script')
    >>> detect_language("Обстріли тривають")  # short, and "і" is Ukrainian only
    ('uk', 'script')
    >>> detect_language("Вчера")  # short, no letter of one alphabet only: the detector decides
    ('ru', 'detected')
    """
    sample = text[:SAMPLE_CHARS]
    cyrillic, other = letter_counts(sample)
    if not cyrillic and not other:
        return None, "default"
    if cyrillic <= other:
        return "en", "script"
    if cyrillic < SHORT_TEXT:
        by_letters = script_language(sample)
        if by_letters is not None:
            return by_letters, "script"
    found = _detected(sample)
    if found is not None:
        return found, "detected"
    by_letters = script_language(sample)
    return (by_letters, "script") if by_letters else (None, "default")


def prose_sample(article: "Article") -> str:
    """The first ``SAMPLE_CHARS`` characters of the article's prose blocks (title, body ...)."""
    pieces: list[str] = []
    size = 0
    for block in article.blocks:
        if block.kind in _PROSE_KINDS:
            pieces.append(block.text)
            size += len(block.text) + 1
            if size >= SAMPLE_CHARS:
                break
    return "\n".join(pieces)[:SAMPLE_CHARS]


def settle_language(article: "Article", *, declared_by: str) -> "Article":
    """The loaded article with its ``language`` and ``language_source`` set (``article_language``)."""
    article.language, article.language_source = article_language(article, declared_by=declared_by)
    return article


def article_language(article: "Article", *, declared_by: str) -> tuple[str | None, str]:
    """(language, language_source) of a loaded article.

    ``declared_by`` is how the layout declares a language (``header`` for the seed tag,
    ``metadata`` for front matter and JSON records); when ``article.language`` is set the
    declaration wins, otherwise the prose decides (``detect_language``).
    """
    if article.language:
        return article.language, declared_by
    return detect_language(prose_sample(article) or article.text)
