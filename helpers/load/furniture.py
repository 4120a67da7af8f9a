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
  (``related``) holds teasers; a share or tag box ends at the first prose.  A closing opener ("About the Authors",
  "References") in the back half of the article's text ends the article: everything after it
  is furniture of its kind.  So does a list of three or more endnotes.
* **Islands.**  Title-like lines left between two pieces of furniture are furniture too
  (a menu's section names between two of its lists), and a long run passes over one short
  prose line inside it (a headline with a question mark or a full stop in it).
* **Not furniture.**  A run with a figure line for every four lines is a fact box ("€4.3
  billion / The EU's humanitarian aid funding"); a line above an agency photo credit
  ("HENRY NICHOLLS") is a caption; the repeated headline is the title; a footnote mark
  ("[xli]") counts for nothing.
* **Items.**  A short prose block right after a list stamp (time, date, "By …", "Article")
  with another among the two blocks after it is a list item, a teaser.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from helpers.lexicon import (
    CLOSING_OPENERS, DOWNLOAD_TYPES, FOOTER_LINE_STARTS, FURNITURE_CLOSERS, FURNITURE_OPENER_STARTS,
    FURNITURE_OPENERS, FRAGMENT_ENDINGS, LIST_ITEM_WORDS, MONTHS, REFERENCE_CUES,
)

#: Block kinds this module gives; none is prose.
FURNITURE_KINDS = frozenset({
    "navigation", "ticker", "related", "links", "footer", "download", "table", "references",
})

#: A title-like line has at most this many words (headlines run to about 20).
TITLE_WORDS = 20
#: A line this long ending in "than", "the", "have" … is a broken sentence, not a title
#: (shorter ones are menu entries: "What we do show submenu for").
FRAGMENT_WORDS = 8
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
#: A caption above an agency credit has at least this many words.
CAPTION_WORDS = 8
#: A long run of headlines passes over one prose line of at most this many words.
BRIDGE_WORDS = 25
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
    lowered = stripped.lower()
    if TABLE_KEY_ROW.match(stripped) or TABLE_RULE.match(stripped):
        return "table"
    if _is_reference(stripped, language):
        return "references"
    if _is_download(stripped, language):
        return "download"
    if _is_link_line(stripped):
        return "links"
    starts = FOOTER_LINE_STARTS.get(language, FOOTER_LINE_STARTS["en"])
    if lowered.lstrip("*_ ").startswith(starts) or "all rights reserved" in lowered and len(stripped.split()) <= 20:
        return "footer"
    return None


def _is_link_line(text: str) -> bool:
    """Mostly link text: Markdown link labels make at least half of what a reader sees, or
    the line is links and bare URLs with at most two words of its own ("- [Title](url)",
    "https://…").  A sentence that cites a URL keeps its words and stays prose."""
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
    """"Title – Site, accessed February 21, 2026, <https://…>": a cue, a date after it and a URL."""
    lowered = text.lower()
    if "http" not in lowered and "www." not in lowered:
        return False
    for cue in REFERENCE_CUES.get(language, REFERENCE_CUES["en"]):
        position = lowered.find(cue + " ")
        if position >= 0 and ACCESS_DATE.search(text, position, position + len(cue) + 30):
            return True
    return False


def _is_download(text: str, language: str) -> bool:
    """A file type and a file size on a short line: "(PDF | 4.78 MB | Summary - English)"."""
    if len(text.split()) > 25 or not FILE_SIZE.search(text):
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
    if not line or len(words) > TITLE_WORDS or INNER_SENTENCE_END.search(line) or line.count("|") >= 2:
        return False
    if line.endswith("?"):
        return len(words) <= QUESTION_WORDS
    return not SENTENCE_END.search(line)


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
            index += 1
            continue
        if shape.startswith("opener:"):
            kind, closing = shape[7:].split(":")
            if closing == "closing" and before >= CLOSING_SHARE * total:
                _mark(kinds, pieces, shapes, index, count, kind)
                break
            end = _zone_end(shapes, index + 1, headline, teasers=kind == "related")
            _mark(kinds, pieces, shapes, index, end, kind)
            index = end
            continue
        if shape == "references":
            end = index
            while end < count and shapes[end] in ("references", "transparent"):
                end += 1
            if sum(shapes[i] == "references" for i in range(index, end)) >= REFERENCE_RUN:
                _mark(kinds, pieces, shapes, index, count, "references")
                break
            for i in range(index, end):
                if shapes[i] == "references":
                    kinds[i] = "references"
            index = end
            continue
        if shape in ("title", "stamp", "clock", "figure"):
            end = _run_end(shapes, pieces, index)
            members = [i for i in range(index, end) if shapes[i] != "transparent"]
            figures = sum(shapes[i] == "figure" for i in members)
            if len(members) >= RUN_LENGTH and figures * FACT_BOX_SHARE < len(members):
                _mark(kinds, pieces, shapes, index, end, _run_kind(pieces, shapes, members))
            index = end
            continue
        before += prose[index]
        index += 1
    return _islands(kinds, shapes, pieces)


LISTED = ("title", "stamp", "clock", "figure", "transparent")


def _run_end(shapes: list[str], pieces: Sequence[Piece], start: int) -> int:
    """Where a run of title-like blocks ends.  A long run (``RUN_LENGTH`` members already)
    passes over one short prose line when two list lines follow it: a headline with a
    question or a full stop inside it ("Driving into Saudi Arabia? New 90-day rule …")."""
    end = start
    count = len(shapes)
    while end < count:
        if shapes[end] in LISTED:
            end += 1
            continue
        members = sum(shape != "transparent" for shape in shapes[start:end])
        if (shapes[end] == "prose" and members >= RUN_LENGTH and len(pieces[end].text.split()) <= BRIDGE_WORDS
                and all(shape in LISTED for shape in shapes[end + 1:end + 3]) and end + 2 < count):
            end += 1
            continue
        break
    return end


def _islands(kinds: list[str], shapes: list[str], pieces: Sequence[Piece]) -> list[str]:
    """Title-like lines left between two pieces of furniture are furniture too: a menu's
    section names between two of its lists ("RESOURCES / Key documents / MEDIA CENTER")."""
    count = len(kinds)
    index = 0
    while index < count:
        if not (pieces[index].kind in RETYPABLE and kinds[index] == pieces[index].kind and shapes[index] in LISTED):
            index += 1
            continue
        end = index
        while end < count and pieces[end].kind in RETYPABLE and kinds[end] == pieces[end].kind and shapes[end] in LISTED:
            end += 1
        before = kinds[index - 1] if index > 0 else ""
        after = kinds[end] if end < count else ""
        if before in FURNITURE_KINDS and after in FURNITURE_KINDS:
            for i in range(index, end):
                if shapes[i] != "transparent":
                    kinds[i] = before
        index = end
    return kinds


def _shape(piece: Piece, language: str) -> str:
    """How the rules see a block: line:KIND, opener:KIND:closing|open, closer, references,
    clock, stamp, figure, title, prose, transparent or fixed (a kind a layout rule gave)."""
    if piece.kind in TRANSPARENT or FOOTNOTE_MARK.match(piece.text.strip()):
        return "transparent"
    if piece.kind not in RETYPABLE:
        return "fixed"
    text = piece.text
    kind = line_kind(text, language)
    if kind == "references":
        return "references"
    if kind is not None:
        return f"line:{kind}"
    line = normalised(text.strip().splitlines()[0])
    if normalised(text) in FURNITURE_CLOSERS.get(language, FURNITURE_CLOSERS["en"]):
        return "closer"
    kind = opener_kind(text, language)
    if kind is not None:
        closing = "closing" if line in CLOSING_OPENERS.get(language, CLOSING_OPENERS["en"]) else "open"
        return f"opener:{kind}:{closing}"
    if CLOCK.match(" ".join(text.split()).strip(MARKS)):
        return "clock"
    if is_stamp(text, language):
        return "stamp"
    if FIGURE_LINE.match(" ".join(text.split()).strip(MARKS)):
        return "figure"
    if is_title_like(text, language):
        return "title"
    return "prose"


def _captions(shapes: list[str], pieces: Sequence[Piece]) -> list[str]:
    """A line of a sentence's length right above a photographer's credit ("… Independence
    Square" / "HENRY NICHOLLS") is a photo caption: prose, not a list item.  (A menu entry
    above "MEDIA CENTER" is too short to be a caption.)"""
    captions = list(shapes)
    for index in range(len(shapes) - 1):
        if (shapes[index] == "title" and len(pieces[index].text.split()) >= CAPTION_WORDS
                and CREDIT_LINE.match(pieces[index + 1].text.strip())):
            captions[index] = "prose"
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


def _zone_end(shapes: list[str], start: int, headline: list[bool], *, teasers: bool) -> int:
    """Where an opened list ends: at article prose, at another opener or the headline, after
    a closer.  A list of headlines (``teasers``) may hold prose teasers: between its items
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
        if shape == "prose" and not teasers:
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
