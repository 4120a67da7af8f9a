"""Where an article comes from: the domain of its URL, and the outlet's name as the page gives it.

``domain`` is a fact read from the file's own URL: the host, lower-cased, without a leading
``www.`` (``https://www.bbc.co.uk/news/...`` gives ``bbc.co.uk``).

``outlet`` is the name the page gives itself, never a name guessed from the domain (issue 11,
section 1).  It is read, in this order, from

1. the file's metadata: a front-matter ``outlet``/``site_name``/``publisher`` key, a JSON
   record's ``outlet``, a scraped page's site-name bullet, a web page's ``og:site_name``
   (each layout sets it);
2. the suffix of the page's title after its last ``|``, ``-``, ``–`` or ``—``, when that
   suffix names the domain: "… | The Guardian" on ``theguardian.com``, "… - BBC News" on
   ``bbc.com``, "… | Sky News" on ``news.sky.com``.  A suffix names the domain when, letters
   and digits only, lower-cased and without accents, it is one of the domain's labels or two
   of them joined, possibly with a word outlets add to their names ("the", "news", "online"
   ...: ``lexicon.OUTLET_NAME_EXTRAS``), or when its initials are a label ("Council on
   Foreign Relations" on ``cfr.org``).  Each of the title's last three segments is tried,
   from the right ("… - The European Sting - Critical News & Insights …").  "… | Ukraine" on
   ``theguardian.com`` names a section, not the outlet, and is not taken; nor is the domain
   itself ("… | kten.com"), which the ``domain`` column already holds.

Otherwise the outlet stays empty.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import permutations

from helpers.lexicon import OUTLET_NAME_EXTRAS
from helpers.load.records import Article

#: Second-level labels of country domains that name no one ("co" in bbc.co.uk).
GENERIC_LABELS = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "gv", "or", "ne", "www", "m", "amp"})
#: Separators between a page title and the outlet's name, tried from the right.
TITLE_SEPARATOR = re.compile(r"\s+[|\-–—]\s+|\s*\|\s*")
HOST = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//(?:[^@/?#\s]*@)?(?P<host>[^:/?#\s]+)", re.IGNORECASE)


def domain_of(url: str) -> str:
    """The host of a URL, lower-cased, without a leading ``www.``; empty when it has none.

    >>> domain_of("https://www.bbc.co.uk/news/world-12345")
    'bbc.co.uk'
    >>> domain_of("not a url")
    ''
    """
    match = HOST.match(url or "")
    if match is None:
        return ""
    host = match["host"].lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _compact(name: str) -> str:
    """Letters and digits only, lower-cased, accents dropped ("Türkiye Today" -> "turkiyetoday")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^0-9a-z]", "", plain.lower())


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("Council on Foreign Relations" -> "cfr")."""
    return "".join(word[0] for word in re.findall(r"[^\W\d_][\w'’]*", name) if word[0].isupper()).lower()


def _labels(domain: str) -> list[str]:
    """The labels of a domain that can name an outlet: not the top-level one, not "co"/"www"."""
    labels = domain.split(".")[:-1]
    return [label for label in labels if label and label not in GENERIC_LABELS]


def names_domain(name: str, domain: str, language: str = "en") -> bool:
    """Does an outlet name, as a page title gives it, name this domain?

    >>> names_domain("The Guardian", "theguardian.com"), names_domain("BBC News", "bbc.com")
    (True, True)
    >>> names_domain("Ukraine", "theguardian.com")
    False
    """
    compact = _compact(name)
    labels = [_compact(label) for label in _labels(domain)]
    if not compact or not labels or compact == _compact(domain):
        return False  # "kten.com" on kten.com is the domain again, not a name
    initials = _initials(name)
    if len(initials) >= 3 and initials in labels and len(name.split()) > 1:
        return True
    extras = OUTLET_NAME_EXTRAS.get(language, OUTLET_NAME_EXTRAS["en"])
    stems = set(labels) | {"".join(pair) for pair in permutations(labels, 2)}
    if compact in stems:
        return True
    for stem in stems:
        if len(stem) < 3:
            continue
        for extra in extras:
            if compact in (extra + stem, stem + extra):
                return True
    return False


def title_outlet(title: str, domain: str, language: str = "en") -> str:
    """The outlet's name from a page title's suffix, when the suffix names the domain.

    >>> title_outlet("Sampleville holds | World news | The Sampleville Courier", "samplevillecourier.com")
    'The Sampleville Courier'
    >>> title_outlet("Sampleville holds - Ukraine", "samplevillecourier.com")
    ''
    """
    if not title or not domain:
        return ""
    segments = TITLE_SEPARATOR.split(title)
    for segment in reversed(segments[1:][-3:]):
        suffix = segment.strip().strip("#@*_\"'“”").strip()
        if suffix and len(suffix.split()) <= 6 and names_domain(suffix, domain, language):
            return suffix
    return ""


def settle_source(article: Article, *, page_title: str = "") -> None:
    """Fill ``domain`` from the URL and, if the metadata named no outlet, the outlet from a title.

    ``page_title`` is the page's own ``<title>`` line when the layout kept one apart from the
    headline (a scraped page's first content line); else the article's title is read.
    """
    article.domain = domain_of(article.url)
    if article.outlet or not article.domain:
        return
    language = article.language or "en"
    for title in (page_title, article.title):
        outlet = title_outlet(title, article.domain, language)
        if outlet:
            article.outlet = outlet
            return
