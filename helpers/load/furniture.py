"""Page furniture: the parts of a saved page that are not the article, typed so nothing reads them.

A scraped or crawled page holds far more than the article: menus, tickers of other stories,
"Most read" and "Recommended" headline lists, teasers, share and donate boxes, contributor
bios, download widgets, specification tables, endnotes and footers.  Read as prose, each
headline became a statement, each teaser a claim and each time stamp an event (the "before"
audit of the eval news, error classes 2, 3, 4 and 15).  Nothing is dropped: every such part
stays a block with its offsets, but of a kind that is not in ``helpers.text.PROSE_PARTS``, so
no sentence, claim, statement, date or place is read from it.

The kinds:

``navigation``  menus, section labels and tag lists: runs of lines of a word or three;
``ticker``      a run of headlines separated by time stamps ("22:49", "Feb 27, 2026 16:51");
``related``     other pages' headlines and teasers: after an opener ("Most read", "Read Next",
                "Useful reading:"), or a run of three or more title-like lines;
``links``       a line that is mostly link text (``[text](url)``, bare URLs);
``footer``      share, subscribe, donate and contributor boxes, copyright lines;
``download``    a download widget ("(PDF | 4.78 MB | English)");
``table``       a specification-table row (``**Key**| value``) or a table's header row;
``references``  endnotes ("Title – Site, accessed February 21, 2026, <https://…>").

How a block is told apart (all rules are general; none names a site):

* **Line rules.**  A block that is mostly link text, a download widget, a citation with an
  access date and a URL, a bold-keyed table row, or a line that starts "©" is furniture by
  itself.
* **Runs.**  Five or more consecutive title-like blocks (under about 20 words with no
  sentence end, or time stamps, dates, "By" lines) are not prose: a real article's headings
  stand between paragraphs.  A table row and a broken sentence (a scraper that dropped a
  link's text leaves "… more than" and "thirteen million people" on lines of their own) are
  not title-like.  The run is a ``ticker`` when a third of it is clock times,
  ``navigation`` when its lines average three words or fewer, else ``related``.
* **Openers.**  A line from ``lexicon.FURNITURE_OPENERS`` starts a zone of its kind that runs
  over the title-like lines after it, and over up to three prose teasers when the list goes
  on after them (a time stamp or a "By" line follows, or, right after the opener, another
  opener); it ends at the next
  article prose, at the headline or at a closer ("end of list").  Only a list of headlines
  (``related``) holds teasers; a share, donate or tag box ends at the first line of more
  than six words.  A closing opener ("About the Authors",
  "References") in the back half of the article's text ends the article: everything after it
  is furniture of its kind.  So does a list of three or more endnotes: what follows them is
  ``footer`` ("Next up …", "Currently receiving 0 of 2 notifications").  So do the site's
  copyright line ("Copyright © 2026 …") and an opinion piece's disclaimer ("The views
  expressed … are solely those of the authors") in the back half; an author's bio set in
  italics just above the disclaimer is ``footer`` too.
* **Islands.**  Title-like lines left between two pieces of furniture are furniture too
  (a menu's section names between two of its lists, a weather widget's lines of at most
  fifteen words between two long menus), and so are up to three short prose blocks after
  the article is over (only furniture follows), next to a region of five
  furniture blocks or more (an advert after the last headline list, a donation appeal
  before the footer).
* **Bios.**  The article's last prose paragraph, when it reads "Jane Example is a reporter
  …" (a role from ``lexicon.BIO_ROLES``) and only furniture follows it, is ``footer``.
* **Appeals.**  A heading and up to two short paragraphs right above a donate or subscribe
  button ("Mediazona won't survive without you / We are in a difficult position … / Donate
  now") are the appeal's box: ``footer``.
* **Not furniture.**  A run with a figure line for every four lines is a fact box ("€4.3
  billion / The EU's humanitarian aid funding"); a run of up to eight lines between two
  prose paragraphs, with no clock time, is a paragraph a scraper broke at its links; a line above an agency photo credit
  ("HENRY NICHOLLS") is a caption; the repeated headline is the title; a footnote mark
  ("[xli]") counts for nothing.
* **Items.**  A short prose block right after a list stamp (time, date, "By …", "Article")
  with another among the two blocks after it is a list item, a teaser.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from helpers.lexicon import (
    ABBREVIATIONS, APPEAL_OPENERS, BIO_ROLES, CLOSING_OPENERS, DOWNLOAD_TYPES, FOOTER_LINE_STARTS, FOOTER_PHRASES,
    FRAGMENT_ENDINGS, FURNITURE_CLOSERS, FURNITURE_OPENER_STARTS, FURNITURE_OPENERS, LIST_ITEM_WORDS, MONTHS,
    REFERENCE_CUES,
)

#: A line longer than this, or longer than ``SENTENCE_CHARS`` and ending a sentence, with none
#: of ``_MARKERS`` in it is prose (the other rules are for short or unpunctuated lines): most
#: of an article's paragraphs are spared every other test.
PROSE_CHARS = 200
SENTENCE_CHARS = 80
PROSE_ENDS = (".", "!", "…")
CLOSERS = "\"”’')]*_ "
_MARKERS = ("](", "http", "www.", "|", "©", "ccessed", "etrieved", "KB", "MB", "GB", "kB", "iB")


def _marked(text: str) -> bool:
    """Does a line hold a link, a URL, a table bar, a copyright sign, an access date or a file size?"""
    for marker in _MARKERS:
        if marker in text:
            return True
    return False

#: Openers, closers, stamps and figure lines are shorter than this (a dateline with its time
#: zone, "Other topics you might like:").
OPENER_CHARS = 80

#: Block kinds this module gives; none is prose.
FURNITURE_KINDS = frozenset({
    "navigation", "ticker", "related", "links", "footer", "download", "table", "references",
})

#: A title-like line has at most this many words (headlines run to about 20).
TITLE_WORDS = 20
#: A line this long ending in "than", "the", "have" … is a broken sentence, not a title
#: (shorter ones are menu entries: "What we do show submenu for").
FRAGMENT_WORDS = 8
#: Share of a line's longer words that are capitalised for it to be in Title Case.
TITLE_CASE_SHARE = 0.8
#: A question ends a title-like line only when it is this short.
QUESTION_WORDS = 15
#: Consecutive title-like blocks that make a run of furniture.  Five, not three: a page's own
#: dated updates ("19 September 2024 / EU allocates … / 6 September 2024 / EU provides …")
#: put two dates and two headlines together between their paragraphs.
RUN_LENGTH = 5
#: Endnotes in a row that end the article.
REFERENCE_RUN = 3
#: Prose teasers an opened list may hold between two of its items.
TEASERS = 3
#: Short blocks left after a furniture region: at most this many, of at most this many words.
ISLAND_BLOCKS = 3
ISLAND_WORDS = 40
ISLAND_PASSES = 3
#: Between two furniture regions of five blocks or more, short prose blocks of at most this
#: many words are a widget ("Clear to partly cloudy. Low 57F. Winds SSE at 5 to 10 mph.").
WIDGET_WORDS = 15
#: ... and only once this many characters of the article's prose came before them (a
#: paywalled page's two visible paragraphs are the article, not an island).
ISLAND_ARTICLE = 1000
#: A paragraph of a donation appeal has at most this many words.
APPEAL_WORDS = 60
#: An agency credit is shorter than this.
CREDIT_CHARS = 80
#: A caption above an agency credit has at least this many words.
CAPTION_WORDS = 8
#: Zones of these kinds (share and donate boxes, tag lists) hold only short lines ...
SHORT_ZONES = frozenset({"footer", "navigation"})
#: ... of at most this many words ("Copy article link", "Russo-ukrainian War (2022–present)").
BUTTON_WORDS = 6
#: A run between two prose paragraphs with at most this many lines is the article's own.
INSIDE_RUN = 8
#: A teaser between two list stamps has at most this many words.
TEASER_WORDS = 40
#: Share of a line's visible text that is link text for it to be a line of links.
LINK_SHARE = 0.5
#: A closing opener closes the article only after this share of the article's prose.
CLOSING_SHARE = 0.5
#: A run with a figure line for every this many lines is a fact box ("€4.3 billion /
#: The EU's humanitarian aid funding / …"): the page's own figures, kept as prose.
FACT_BOX_SHARE = 4
#: Words a menu line has at most, on average, for a run to be navigation.
MENU_WORDS = 3.0

_MONTH_ALT = "|".join(sorted(MONTHS["en"], key=len, reverse=True))

MARKDOWN_LINK = re.compile(r"!?\[(?P<label>(?:[^\[\]]|\[[^\]]*\])*)\]\((?P<target>[^)\s]*)(?:\s+\"[^\"]*\")?\)")
BARE_URL = re.compile(r"<?(?:https?://|www\.)[^\s>)\]]+>?")
SENTENCE_END = re.compile(r"[.!;:…][\"”’')\]*_]*$")
INNER_SENTENCE_END = re.compile(r"[a-z)”\"][.!]\s+[\"“A-Z0-9]")
LIST_NUMBER = re.compile(r"^\s*(?:[-*+•·]\s+)?\d{1,3}[.)]\s+")
CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:h|[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,4})?$", re.IGNORECASE)
DATE_ONLY = re.compile(
    rf"^(?:(?:published|updated|posted|last updated)(?:\s+on)?:?\s+)?(?:[a-z]{{3,6}}day,?\s+)?"
    rf"(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\.?|\d{{4}}-\d{{2}}-\d{{2}}(?:T\S+)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_ALT})\.?,?(?:\s+\d{{4}})?"
    rf"|(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:h|[ap]\.?\s?m\.?)?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?\.?$",
    re.IGNORECASE,
)
AGO = re.compile(
    r"^(?:\d+\s*(?:s|m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago|yesterday|just now)\b",
    re.IGNORECASE,
)
READING_TIME = re.compile(r"^\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?(?:\s+read)?$", re.IGNORECASE)
BY_LINE = re.compile(r"^by\b(?:\s+\S+){0,5}$", re.IGNORECASE)
FILE_SIZE = re.compile(r"\b\d[\d.,]*\s?(?:[KMG]i?B|bytes)\b", re.IGNORECASE)
TABLE_KEY_ROW = re.compile(r"^\|?\s*\*\*[^*|]+\*\*\s*\|")
TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")
ACCESS_DATE = re.compile(
    rf"(?:\d{{1,2}}\s+(?:{_MONTH_ALT})\.?,?\s+\d{{4}}|(?:{_MONTH_ALT})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})",
    re.IGNORECASE,
)
MARKS = " \t*_#>`~=-•·|"
#: A site's copyright notice: "© 2026 …", "Copyright © 2026 …" (a photo's "© Jane Example" has no year).
COPYRIGHT = re.compile(r"^[\W_]*(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}|[A-Za-z ]*\d{4})", re.IGNORECASE)
#: The start of a contributor's bio: a name and "is a" / "is an" / "is the".
BIO = re.compile(r"^[_*]*(?:[A-Z][\w'’.-]+\s){1,3}is (?:a|an|the)\b")
#: A disclaimer that ends an opinion piece ("The views expressed in … are solely those of the authors").
DISCLAIMER = re.compile(r"^[\W_]*the (?:views|opinions) expressed\b", re.IGNORECASE)
#: A paragraph set in italics from end to end (an author's bio): "_Jane Example is …_".
ITALIC = re.compile(r"^(?:_[^_].*_|\*[^*].*\*)$", re.DOTALL)


def _closes(text: str) -> bool:
    """A footer line after which the article does not resume: a copyright or a disclaimer."""
    stripped = text.strip()
    return bool(COPYRIGHT.match(stripped) or DISCLAIMER.match(stripped))


#: A footnote mark that opens an endnote ("[[xii]](#_edn12) https://…", "[12] https://…").
FOOTNOTE_LEAD = re.compile(r"^\s*\[{1,2}[0-9ivxlcdm]{1,8}\]{1,2}(?:\([^)]*\))?\s*", re.IGNORECASE)
#: A line that is only a footnote mark ("[xli]", "[[12]](#note)"): neither prose nor a list item.
FOOTNOTE_MARK = re.compile(r"^\[{1,2}[0-9ivxlcdm]{1,8}\]{1,2}(?:\([^)]*\))?$", re.IGNORECASE)
#: A line that is only a figure ("€4.3 billion", "Over 10.8 million"): a fact box, not a menu.
FIGURE_LINE = re.compile(
    r"^(?:(?:over|about|around|nearly|almost|more than|up to|at least|some)\s+)?[€$£¥₴]?\s?\d[\d.,]*\s?"
    r"(?:%|percent|k|m|bn|million|billion|trillion|thousand)?\+?$",
    re.IGNORECASE,
)
#: A photographer's credit under a caption, agency style: names with the surname in capitals
#: ("SERGEY BOBOK", "Tetiana DZHAFAROVA, SAUL LOEB").
CREDIT_LINE = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z]{3,}[A-Z'’-]*(?:\s*(?:,|and|&)\s*(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z]{3,}[A-Z'’-]*)*"
    r"(?:\s*/\s*[A-Z][\w ]{1,20})?$"
)


class Piece(NamedTuple):
    """What the rules read of one body block: its kind so far and its text."""

    kind: str
    text: str


# --- one block at a time --------------------------------------------------------------------------


def normalised(text: str) -> str:
    """A line lower-cased, without Markdown marks, bullets, numbering or a closing colon."""
    line = " ".join(text.split())
    line = re.sub(r"^(?:[-*+•·]\s+|\d{1,3}[.)]\s+)", "", line)
    line = line.strip(MARKS).rstrip(":").strip(MARKS).lower()
    return line.replace("’", "'")


def line_kind(text: str, language: str = "en") -> str | None:
    """The furniture kind a block is by itself (links, download, references, table, footer), or None."""
    stripped = text.strip()
    if TABLE_KEY_ROW.match(stripped) or TABLE_RULE.match(stripped):
        return "table"
    if _is_reference(stripped, language):
        return "references"
    if _is_download(stripped, language):
        return "download"
    if _is_link_line(stripped):
        return "links"
    if _footer_words(stripped, language):
        return "footer"
    return None


def _footer_words(text: str, language: str) -> bool:
    """A copyright line, a disclaimer, a cookie or licence notice: by its first words
    (``FOOTER_LINE_STARTS``) or by a phrase anywhere in it (``FOOTER_PHRASES``)."""
    lowered = text.lower()
    if lowered[:60].lstrip("*_ ").startswith(FOOTER_LINE_STARTS.get(language, FOOTER_LINE_STARTS["en"])):
        return True
    return any(phrase in lowered for phrase in FOOTER_PHRASES.get(language, FOOTER_PHRASES["en"]))


def _is_link_line(text: str) -> bool:
    """Mostly link text: Markdown link labels make at least half of what a reader sees, or
    the line is links and bare URLs with at most two words of its own ("- [Title](url)",
    "https://…").  A sentence that cites a URL keeps its words and stays prose."""
    if "](" not in text and "http" not in text and "www." not in text:
        return False
    links = list(MARKDOWN_LINK.finditer(text))
    outside = MARKDOWN_LINK.sub(" ", text)
    urls = BARE_URL.findall(outside)
    if not links and not urls:
        return False
    own = BARE_URL.sub(" ", outside)
    own_words = len(re.findall(r"[^\W\d_]{2,}", own))
    if own_words <= 2:
        return True
    linked = sum(len(match["label"].strip()) for match in links)
    return linked >= LINK_SHARE * (linked + len(re.sub(r"\s", "", own)))


def _is_reference(text: str, language: str) -> bool:
    """An endnote: "Title – Site, accessed February 21, 2026, <https://…>" (a cue, a date
    after it and a URL), or a footnote mark followed by its sources ("[[xii]](#ref) https://…")."""
    lowered = text.lower()
    if "http" not in lowered and "www." not in lowered:
        return False
    lead = FOOTNOTE_LEAD.match(text)
    if lead and BARE_URL.search(MARKDOWN_LINK.sub(" ", text[lead.end():]) + " " + text[lead.end():]):
        return True
    for cue in REFERENCE_CUES.get(language, REFERENCE_CUES["en"]):
        position = lowered.find(cue + " ")
        if position >= 0 and ACCESS_DATE.search(text, position, position + len(cue) + 30):
            return True
    return False


def _is_download(text: str, language: str) -> bool:
    """A file type and a file size on a short line: "(PDF | 4.78 MB | Summary - English)"."""
    if "B" not in text and "bytes" not in text or len(text.split()) > 25 or not FILE_SIZE.search(text):
        return False
    lowered = text.lower()
    types = DOWNLOAD_TYPES.get(language, DOWNLOAD_TYPES["en"])
    return "download" in lowered or any(re.search(rf"\b{kind}\b", lowered) for kind in types)


def opener_kind(text: str, language: str = "en") -> str | None:
    """The kind of list a line opens ("Most read" -> related, "Tags:" -> navigation), or None.

    Only the block's first line is read: "Recommended Stories" keeps its "list of 4 items"
    line joined under it."""
    line = normalised(text.strip().splitlines()[0] if text.strip() else "")
    if not line or len(line.split()) > 8:
        return None
    kind = FURNITURE_OPENERS.get(language, FURNITURE_OPENERS["en"]).get(line)
    if kind is not None:
        return kind
    for start, kind in FURNITURE_OPENER_STARTS.get(language, FURNITURE_OPENER_STARTS["en"]).items():
        if line.startswith(start):
            return kind
    return None


def is_stamp(text: str, language: str = "en") -> bool:
    """A line that stands between the items of a list: a clock time, a date, "3h ago", "By …"."""
    line = " ".join(text.split()).strip(MARKS)
    if not line:
        return False
    if CLOCK.match(line) or DATE_ONLY.match(line) or AGO.match(line) or READING_TIME.match(line):
        return True
    if normalised(line) in LIST_ITEM_WORDS.get(language, LIST_ITEM_WORDS["en"]):
        return True
    return bool(BY_LINE.match(line)) and not SENTENCE_END.search(line)


def is_title_like(text: str, language: str = "en") -> bool:
    """Short, with no sentence end: a headline, a menu entry or a label, not prose.

    Not title-like: a table row (two or more ``|``), a line with a sentence end inside it,
    and a broken sentence (a scraper that dropped a link's text leaves "… more than" on one
    line and "thirteen million people" on the next: a line of eight words or more ending in a
    word no headline ends with, "than", "the", "have").
    """
    endings = FRAGMENT_ENDINGS.get(language, FRAGMENT_ENDINGS["en"])
    for part in text.splitlines():
        part_words = part.split()
        if len(part_words) >= FRAGMENT_WORDS and part_words[-1].lower().strip(",") in endings:
            return False
    line = LIST_NUMBER.sub("", " ".join(text.split())).strip(" *_#>")
    words = line.split()
    if not line or len(words) > TITLE_WORDS or line.count("|") >= 2:
        return False
    if _inner_sentence_end(line, language):
        return _title_case(words) and not SENTENCE_END.search(line)
    if line.endswith("?"):
        return len(words) <= QUESTION_WORDS
    return not SENTENCE_END.search(line)


def _inner_sentence_end(line: str, language: str) -> bool:
    """A full stop inside the line that ends a sentence, not an abbreviation ("St. Paul")."""
    abbreviations = ABBREVIATIONS.get(language, ABBREVIATIONS["en"])
    for match in INNER_SENTENCE_END.finditer(line):
        word = re.findall(r"[\w.'’]+$", line[:match.start() + 1])
        if not word or word[0].rstrip(".").lower() not in abbreviations:
            return True
    return False


def _title_case(words: list[str]) -> bool:
    """Most words capitalised, as headlines are ("Trump Will Meet Putin in Alaska. Here's What
    You Need to Know"): a headline with a full stop in it is still a headline."""
    long_words = [word for word in words if len(word) > 3 and word[0].isalpha()]
    return len(long_words) >= 4 and sum(word[0].isupper() for word in long_words) >= TITLE_CASE_SHARE * len(long_words)


# --- the blocks of a body, together -------------------------------------------------------------

#: Body kinds the rules may retype; other kinds (photos, images, rules) are left alone.
RETYPABLE = frozenset({"heading", "paragraph"})
#: Kinds a run passes over without counting or breaking (an image between two headlines).
TRANSPARENT = frozenset({"image", "rule"})


def furniture_kinds(pieces: Sequence[Piece], language: str = "en", *, title: str = "") -> list[str]:
    """The kind of each body block once page furniture is typed: its own kind or a furniture kind.

    ``pieces`` are a body's blocks in order (kind so far, text).  Only ``heading`` and
    ``paragraph`` blocks are retyped; a kind a layout rule gave ("read_also", "photo_caption")
    is kept.  An opened list stops at the article's ``title`` when the page repeats it (a
    share bar just above the headline opens no list over it).  See the module docstring.
    """
    kinds = [piece.kind for piece in pieces]
    shapes = _list_items(_captions([_shape(piece, language) for piece in pieces], pieces), pieces)
    wanted = normalised(title)
    headline = [bool(wanted) and normalised(piece.text) == wanted for piece in pieces]
    for index, is_headline in enumerate(headline):
        if is_headline:
            shapes[index] = "fixed"  # the repeated headline: the title block, never furniture
    prose = [len(piece.text) if shape == "prose" else 0 for piece, shape in zip(pieces, shapes)]
    total = sum(prose) or 1
    before = 0
    index = 0
    count = len(pieces)
    while index < count:
        shape = shapes[index]
        if shape.startswith("line:"):
            kinds[index] = shape[5:]
            if shape == "line:footer" and _closes(pieces[index].text) and before >= CLOSING_SHARE * total:
                _mark(kinds, pieces, shapes, index, count, "footer")  # the copyright or disclaimer ends the page
                if index > 0 and ITALIC.match(pieces[index - 1].text.strip()) and pieces[index - 1].kind in RETYPABLE:
                    kinds[index - 1] = "footer"  # the author's bio in italics just above it
                break
            index += 1
            continue
        if shape.startswith("opener:"):
            kind, closing = shape[7:].split(":")
            _appeal(kinds, shapes, pieces, index, language)
            if closing == "closing" and before >= CLOSING_SHARE * total:
                _mark(kinds, pieces, shapes, index, count, kind)
                break
            end = _zone_end(shapes, pieces, index + 1, headline, teasers=kind == "related",
                            short=kind in SHORT_ZONES)
            _mark(kinds, pieces, shapes, index, end, kind)
            index = end
            continue
        if shape == "references":
            end = index
            while end < count and shapes[end] in ("references", "transparent"):
                end += 1
            if sum(shapes[i] == "references" for i in range(index, end)) >= REFERENCE_RUN:
                _mark(kinds, pieces, shapes, index, count, "footer")  # endnotes end the article
                break
            for i in range(index, end):
                if shapes[i] == "references":
                    kinds[i] = "references"
            index = end
            continue
        if shape in ("title", "stamp", "clock", "figure"):
            end = _run_end(shapes, index)
            members = [i for i in range(index, end) if shapes[i] != "transparent"]
            figures = sum(shapes[i] == "figure" for i in members)
            if (len(members) >= RUN_LENGTH and figures * FACT_BOX_SHARE < len(members)
                    and not _inside_prose(shapes, index, end, members)):
                _mark(kinds, pieces, shapes, index, end, _run_kind(pieces, shapes, members))
            index = end
            continue
        before += prose[index]
        index += 1
    for _ in range(ISLAND_PASSES):  # an island typed near the end can make the one before it a tail
        typed = list(kinds)
        kinds = _islands(kinds, shapes, pieces)
        if kinds == typed:
            break
    return _bios(kinds, shapes, pieces, language)


def _bios(kinds: list[str], shapes: list[str], pieces: Sequence[Piece], language: str) -> list[str]:
    """A contributor's bio just before the page's closing furniture ("Jane Example is a
    reporter at the Sampleville Courier. She covers …", then only lists and footers) is ``footer``."""
    roles = BIO_ROLES.get(language, BIO_ROLES["en"])
    for index in range(len(pieces) - 1, -1, -1):
        if not (_untyped(kinds, shapes, pieces, index) and shapes[index] == "prose"):
            if _untyped(kinds, shapes, pieces, index) and shapes[index] not in LISTED:
                break  # article prose after this point: no bio before it counts
            continue
        match = BIO.match(pieces[index].text)
        if match and roles & set(re.findall(r"[a-z]+", pieces[index].text[match.end():match.end() + 80].lower())):
            if index + 1 < len(pieces) and kinds[index + 1] in FURNITURE_KINDS:
                kinds[index] = "footer"
        break
    return kinds


LISTED = ("title", "stamp", "clock", "figure", "transparent")


def _appeal(kinds: list[str], shapes: list[str], pieces: Sequence[Piece], opener: int, language: str) -> None:
    """Type a donation or subscription appeal above its button: a title-like heading and up
    to two short paragraphs, right before an opener such as "Donate now"."""
    if normalised(pieces[opener].text) not in APPEAL_OPENERS.get(language, APPEAL_OPENERS["en"]):
        return
    start = opener - 1
    while start >= 0 and opener - start <= 2 and shapes[start] == "prose" \
            and len(pieces[start].text.split()) <= APPEAL_WORDS:
        start -= 1
    if start < opener - 1 and start >= 0 and shapes[start] == "title" and pieces[start].kind in RETYPABLE:
        for index in range(start, opener):
            kinds[index] = "footer"


def _run_end(shapes: list[str], start: int) -> int:
    """Where a run of title-like blocks (footnote marks passed over) ends."""
    end = start
    while end < len(shapes) and shapes[end] in LISTED:
        end += 1
    return end


def _inside_prose(shapes: list[str], start: int, end: int, members: list[int]) -> bool:
    """A short run between two prose paragraphs, with no clock time, is the article's own: a
    paragraph a scraper broke at its links ("… China / West between / …") or a short list."""
    if len(members) > INSIDE_RUN or any(shapes[i] == "clock" for i in members):
        return False
    before = next((shapes[i] for i in range(start - 1, -1, -1) if shapes[i] != "transparent"), "")
    after = next((shapes[i] for i in range(end, len(shapes)) if shapes[i] != "transparent"), "")
    return before in ("prose", "caption") and after in ("prose", "caption")


def _islands(kinds: list[str], shapes: list[str], pieces: Sequence[Piece]) -> list[str]:
    """What is left between two pieces of furniture is furniture too.

    Title-like lines between two furniture blocks: a menu's section names between two of its
    lists ("RESOURCES / Key documents / MEDIA CENTER"); up to three prose lines of at most
    fifteen words between two furniture regions of ``RUN_LENGTH`` blocks or more: a weather
    widget inside a menu ("Today / Clear to partly cloudy. Low 57F.").  Up to three short prose blocks
    after the article is over (only furniture and title-like lines follow them, and the
    article's prose came before them), next to a furniture region of ``RUN_LENGTH`` blocks
    or more: an advert after the last headline list, a donation appeal before the footer.
    """
    count = len(kinds)
    # computed once, before any island is typed (typing only adds furniture, so both stay true)
    untyped = [_untyped(kinds, shapes, pieces, index) for index in range(count)]
    tail = [True] * (count + 1)
    for index in range(count - 1, -1, -1):
        tail[index] = tail[index + 1] and (not untyped[index] or shapes[index] in LISTED)
    prose_before = [0] * (count + 1)
    for index in range(count):
        prose_before[index + 1] = prose_before[index] + (
            len(pieces[index].text) if untyped[index] and shapes[index] == "prose" else 0)
    index = 0
    while index < count:
        if not _untyped(kinds, shapes, pieces, index):
            index += 1
            continue
        end = index
        while end < count and _untyped(kinds, shapes, pieces, end):
            end += 1
        before = kinds[index - 1] if index > 0 else ""
        after = kinds[end] if end < count else ""
        stretch = [i for i in range(index, end) if shapes[i] != "transparent"]
        if before in FURNITURE_KINDS and after in FURNITURE_KINDS and (
                all(shapes[i] in LISTED for i in stretch)
                or (sum(shapes[i] not in LISTED for i in stretch) <= ISLAND_BLOCKS
                    and all(len(pieces[i].text.split()) <= WIDGET_WORDS for i in stretch)
                    and min(_region(kinds, index - 1), _region_after(kinds, end)) >= RUN_LENGTH)):
            for i in stretch:
                kinds[i] = before
        elif (before in FURNITURE_KINDS and tail[end] and prose_before[index] >= ISLAND_ARTICLE
              and sum(shapes[i] not in LISTED for i in stretch) <= ISLAND_BLOCKS
              and all(len(pieces[i].text.split()) <= ISLAND_WORDS for i in stretch)
              and max(_region(kinds, index - 1), _region_after(kinds, end)) >= RUN_LENGTH):
            for i in stretch:
                kinds[i] = before
        index = end
    return kinds


def _untyped(kinds: list[str], shapes: list[str], pieces: Sequence[Piece], index: int) -> bool:
    """A heading or paragraph no rule typed, that is neither the headline nor a caption."""
    return (pieces[index].kind in RETYPABLE and kinds[index] == pieces[index].kind
            and shapes[index] not in ("fixed", "caption"))


def _region_after(kinds: list[str], first: int) -> int:
    """How many furniture blocks run on from ``first``."""
    end = first
    while end < len(kinds) and kinds[end] in FURNITURE_KINDS:
        end += 1
    return end - first


def _region(kinds: list[str], last: int) -> int:
    """How many furniture blocks run back from ``last``."""
    start = last
    while start >= 0 and kinds[start] in FURNITURE_KINDS:
        start -= 1
    return last - start


def _shape(piece: Piece, language: str) -> str:
    """How the rules see a block: line:KIND, opener:KIND:closing|open, closer, references,
    clock, stamp, figure, title, prose, transparent or fixed (a kind a layout rule gave, or
    the headline); ``_captions`` turns a title above a photo credit into caption."""
    if piece.kind in TRANSPARENT or FOOTNOTE_MARK.match(piece.text.strip()):
        return "transparent"
    if piece.kind not in RETYPABLE:
        return "fixed"
    text = piece.text
    if ((len(text) > PROSE_CHARS or (len(text) > SENTENCE_CHARS and text.rstrip(CLOSERS).endswith(PROSE_ENDS)))
            and not _marked(text) and not text.startswith("**")):
        # a long line with no link, URL, table bar or copyright sign: prose, unless it opens
        # with a footer's words ("The views expressed …"); the other rules need short lines
        return "line:footer" if _footer_words(text, language) else "prose"
    kind = line_kind(text, language)
    if kind == "references":
        return "references"
    if kind is not None:
        return f"line:{kind}"
    flat = " ".join(text.split()).strip(MARKS)
    if len(flat) < OPENER_CHARS:  # closers, openers and stamps are short
        if normalised(text) in FURNITURE_CLOSERS.get(language, FURNITURE_CLOSERS["en"]):
            return "closer"
        kind = opener_kind(text, language)
        if kind is not None:
            line = normalised(text.strip().splitlines()[0])
            closing = "closing" if line in CLOSING_OPENERS.get(language, CLOSING_OPENERS["en"]) else "open"
            return f"opener:{kind}:{closing}"
        if CLOCK.match(flat):
            return "clock"
        if is_stamp(text, language):
            return "stamp"
        if FIGURE_LINE.match(flat):
            return "figure"
    if is_title_like(text, language):
        return "title"
    return "prose"


def _captions(shapes: list[str], pieces: Sequence[Piece]) -> list[str]:
    """A line of a sentence's length right above a photographer's credit ("… Independence
    Square" / "HENRY NICHOLLS") is a photo caption: read as prose, never furniture.  (A menu entry
    above "MEDIA CENTER" is too short to be a caption.)"""
    captions = list(shapes)
    for index in range(len(shapes) - 1):
        following = pieces[index + 1].text
        if (len(following) < CREDIT_CHARS and shapes[index] in ("title", "prose")
                and len(pieces[index].text.split()) >= CAPTION_WORDS and CREDIT_LINE.match(following.strip())):
            captions[index] = "caption"
    return captions


def _list_items(shapes: list[str], pieces: Sequence[Piece]) -> list[str]:
    """A short prose block between list stamps is a list item: a teaser or a headline with a
    full stop ("Article / 24 February 2026, 10:20 / Four years of war. 200,000 …").

    It needs a stamp (or an opener) right before it and a stamp among the two blocks after
    it: an article's first paragraph under its byline and date has prose, not a stamp, after
    it, and a page's own dated update has its headline between the date and the paragraph.
    """
    marks = ("stamp", "clock")
    items = list(shapes)
    for index, shape in enumerate(shapes):
        if shape != "prose" or index == 0 or len(pieces[index].text.split()) > TEASER_WORDS:
            continue
        before = shapes[index - 1]
        after = shapes[index + 1:index + 3]
        if (before in marks or before.startswith("opener:")) and any(mark in marks for mark in after):
            items[index] = "title"
    return items


def _zone_end(shapes: list[str], pieces: Sequence[Piece], start: int, headline: list[bool], *, teasers: bool,
              short: bool) -> int:
    """Where an opened list ends: at article prose, at another opener or the headline, after
    a closer.  A box of buttons or tags (``short``) holds only lines of a few words, so a
    fact box after a "Donate now" button is not swallowed.  A list of headlines
    (``teasers``) may hold prose teasers: between its items
    when an item's stamp follows them ("By …", a date), or right after its opener when
    another opener follows ("Useful reading: <teaser> <teaser> Tags:").  Prose after an item
    that runs on to the next list is the article resuming."""
    index = start
    count = len(shapes)
    while index < count:
        shape = shapes[index]
        if shape == "closer":
            return index + 1
        if shape.startswith("opener:") or shape == "fixed" or headline[index]:
            return index
        if short and shape in ("title", "figure") and len(pieces[index].text.split()) > BUTTON_WORDS:
            return index
        if shape == "caption" or (shape == "prose" and not teasers):
            return index
        if shape == "prose":
            teasers = index
            while teasers < count and shapes[teasers] == "prose" and teasers - index < TEASERS:
                teasers += 1
            following = shapes[teasers] if teasers < count else ""
            if following in ("stamp", "clock", "closer") or (
                    index == start and following.startswith(("opener:", "line:"))):
                index = teasers
                continue
            return index
        index += 1
    return index


def _mark(kinds: list[str], pieces: Sequence[Piece], shapes: list[str], start: int, end: int, kind: str) -> None:
    for i in range(start, end):
        if shapes[i].startswith("line:"):
            kinds[i] = shapes[i][5:]
        elif shapes[i] == "references":
            kinds[i] = "references"
        elif pieces[i].kind in RETYPABLE:
            kinds[i] = kind


def _run_kind(pieces: Sequence[Piece], shapes: list[str], members: list[int]) -> str:
    clocks = sum(shapes[i] == "clock" for i in members)
    if clocks * 3 >= len(members):
        return "ticker"
    words = [len(pieces[i].text.split()) for i in members if shapes[i] == "title"]
    if words and sum(words) / len(words) <= MENU_WORDS:
        return "navigation"
    return "related"
