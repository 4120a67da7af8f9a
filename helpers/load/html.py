"""Saved web pages (``.html``/``.htm``) as Articles: trafilatura finds the article in the page.

A saved page is mostly not the article: menus, related links, cookie banners, scripts.
``trafilatura.bare_extraction`` (Barbaresi 2021, ACL demo) keeps the main text and reads the
metadata (title, author, date, site name, URL, description) from the page's own markup, never
from the network: it is given the parsed page.  ``favor_precision`` is on, because a menu item
read as a paragraph would become a sentence, a claim or a speaker; a page that precision
leaves empty is tried once more with trafilatura's balanced settings.

The article's ``text`` is composed from what was extracted, laid out like the text layouts so
that sentence splitting works the same way: the title line, a blank line, the standfirst (the
page's description, when it does not repeat the body), then one line per paragraph, heading,
list item, quotation, table row or photo caption, separated by blank lines.  Every block
points into that text (``text[block.start:block.end] == block.text``); its ``line`` is the
line of the HTML file where that part stands, found from the element trafilatura kept or, when
trafilatura rebuilt it, by its text.

The publication date is the page's *original* date (``original_date=True``), not its
last-modified date: it anchors "yesterday" and "on Friday" in the timeline to the day the
article was written, as the header date does for the other layouts, and an update stamp
would move every relative date of an unchanged text.  It is read in two steps:

1. trafilatura's metadata with htmldate's precise search only (meta tags, JSON-LD, ``<time>``,
   elements marked as dates, the URL);
2. else ``htmldate.find_date`` with its extensive search over the page text, kept only when
   the page states that day in full outside the article's paragraphs (a byline or dateline),
   and always with a warning.  The extensive search alone would take "24 February 2022" from
   the body ("the invasion began on ...") or pad a copyright year to 1 January; never invent.

A page that is not an article raises ``LoadError``: undecodable bytes, markup lxml cannot read,
a text file named ``.html``, a redirect stub, no main text, or only navigation (links and menus,
no paragraph prose).  A page with no closing ``</html>`` loads with a warning that it may be
truncated.  A line that is mostly link text (a "related articles" list) is kept as a ``links``
block, which is not prose: no sentences, claims or speakers are read from it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

import htmldate
import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import Document

from helpers.load.body import body_blocks, finish
from helpers.load.decode import decode
from helpers.load.published import settle_published
from helpers.load.records import Article, Block, Line, LoadError, article_id_for, make_block
from helpers.load.source import settle_source
from helpers.load.seed import BYLINE, split_authors
from helpers.dates import DAY_MONTH_YEAR, ISO_DATE, MONTH_DAY_YEAR, NUMERIC_DATE, parse_date_text
from helpers.lexicon import BLOCK_OPENERS, LANGUAGE_TAGS

#: Elements whose text a reader never sees on the page.
INVISIBLE = frozenset({"head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object"})
#: Elements whose text is a link or a menu entry rather than prose.
NAVIGATION = frozenset({"a", "nav", "button", "select", "option", "menu"})
#: A page whose visible text is at least this share link and menu text is navigation.
NAVIGATION_SHARE = 0.5
#: How deep libxml2 nests elements without its "huge" option; deeper markup is dropped.
PARSER_DEPTH = 256
#: A page that redirects (``<meta http-equiv="refresh">``) with less paragraph text than this is a stub.
REDIRECT_TEXT = 200
#: Elements of the original page whose text locates a rebuilt block (by its text) on a line.
LOCATABLE = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "td", "th",
             "dd", "dt", "pre", "caption", "title", "div", "span")
#: Characters of a block's text that must match the start of an element's text to locate it.
LOCATE_PREFIX = 40
#: Date expressions the loader itself can read, to check a date htmldate found in the text.
FULL_DATES = (ISO_DATE, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC_DATE)
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_OPENERS = tuple(BLOCK_OPENERS["en"])
_OPENER_REACH = max(map(len, _OPENERS))
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}")
SITE_FROM_URL = re.compile(r"https?://(?:www\.|w[0-9]+\.)?([^/]+)")  # trafilatura's own fallback
END_MARKS = "…. "  # stripped before comparing a description with the body


class Piece(NamedTuple):
    """One line of the composed text before it has offsets: its kind, text and HTML line."""

    kind: str  # title, standfirst, heading, prose, links, table, photo_alt, photo_caption, code
    text: str
    line: int
    links: int = 0  # characters of the text that are link text (for prose)


class Visible(NamedTuple):
    """A run of text a reader sees on the page, where it stands and whether it is a link."""

    text: str
    line: int
    navigation: bool


# --- entry point ---------------------------------------------------------------------------------


def parse_html(raw: bytes, path: str, warnings: list[LoadError]) -> Article:
    """The article of a saved web page; raises LoadError for a page that holds none.

    >>> page = b'''<html lang="en"><head><title>Sampleville holds</title></head><body><article>
    ... <p>The defenders of Sampleville repelled 12 attacks over the past day, officials said.</p>
    ... </article></body></html>'''
    >>> article = parse_html(page, "sampleville.html", [])
    >>> article.text
    'Sampleville holds\\n\\nThe defenders of Sampleville repelled 12 attacks over the past day, officials said.'
    """
    text, decode_warnings = decode_page(raw, path)
    warnings = [*warnings, *decode_warnings]
    tree, fragment = parse_page(text, path)
    damage = [warning for warning in (_truncation(text, path), _too_deep(tree, path)) if warning is not None]
    warnings.extend(damage)
    visible = list(visible_text(tree))
    locate = _Locator(tree)
    document, pieces = _extracted(tree, locate, visible)
    article = _compose(pieces, document, tree, locate, path, warnings)
    _refuse_if_not_an_article(article, tree, visible, fragment, damage)
    if article.published is not None:
        article.published_source = "front matter"  # the page's own metadata (meta tags, JSON-LD, <time>)
    else:
        article.published = _dated_by_htmldate(tree, article, visible, warnings)
        article.published_source = "page" if article.published is not None else ""
    if article.published is None:
        settle_published(article, [])  # the URL's date, when it names a day
    if article.published is None:
        warnings.append(LoadError(path, None, "no publication date stated; left empty"))
    settle_source(article)
    return article


def _extracted(tree: HtmlElement, locate: "_Locator", visible: list[Visible]) -> tuple[Document | None, list[Piece]]:
    """trafilatura's Document and the body's pieces: precise settings first, balanced if they find no prose."""
    document = _extract(tree, precise=True)
    pieces = _pieces(document, tree, locate) if document is not None else []
    if any(piece.kind == "prose" for piece in pieces):
        return document, pieces
    balanced = _extract(tree, precise=False)
    if balanced is None:
        return document, pieces
    navigation = frozenset(" ".join(run.text.split()) for run in visible if run.navigation) - {""}
    return balanced, _pieces(balanced, tree, locate, navigation)


def _refuse_if_not_an_article(article: Article, tree: HtmlElement, visible: list[Visible], fragment: bool,
                              damage: list[LoadError]) -> None:
    """LoadError for a redirect stub, broken markup, a page with no main text or only navigation.

    A page whose markup was damaged (cut short, nested too deep) and that yields no article is
    refused for that damage, which is the cause an analyst can act on.
    """
    redirect = _redirect(tree)
    if redirect is not None and sum(len(block.text) for block in article.paragraphs) < REDIRECT_TEXT:
        line, target = redirect
        raise LoadError(article.path, line,
                        f"redirect page: it only sends the reader on to {target[:100]!r}; not an article")
    if not article.paragraphs:
        line, reason = why_no_article(visible, tree)
        if fragment:
            line, reason = 1, "broken markup: lxml read no HTML document in the file, only stray tags and text"
        elif damage:
            line, reason = damage[0].line, f"{damage[0].reason}; no article text in what was read"
        raise LoadError(article.path, line, reason)


# --- bytes, markup ------------------------------------------------------------------------------


def decode_page(raw: bytes, path: str) -> tuple[str, list[LoadError]]:
    """The page's text and warnings: UTF-8, else the charset the page declares, else a sniffed one.

    Bytes that are valid UTF-8 are read as UTF-8 whatever the page declares (a browser that
    re-saves a page as UTF-8 keeps its old ``<meta charset>``; legacy Cyrillic text is almost
    never valid UTF-8).  Otherwise the declared charset is tried before the loader's own
    cp1251/cp1252 guess, which cannot tell KOI8-U from cp1251.  Empty, binary and undecodable
    files raise LoadError as for every other file.
    """
    declared = _declared_charset(raw)
    first_bad = _first_non_utf8(raw) if declared else None
    if first_bad is None or b"\x00" in raw:
        return decode(raw, path)
    try:
        text = raw.decode(declared)
    except UnicodeDecodeError:
        return decode(raw, path)
    checked, _ = decode(text.encode("utf-8"), path)  # the same empty and binary checks as every file
    line = raw.count(b"\n", 0, first_bad) + 1
    return checked, [LoadError(path, line, f"not valid UTF-8; decoded as {declared}, the charset the page declares")]


def _declared_charset(raw: bytes) -> str | None:
    """The ``<meta charset>`` of the page's first 4 KB, if Python knows it and it is not UTF-8."""
    match = CHARSET.search(raw[:4096])
    if not match:
        return None
    name = match[1].decode("ascii", "replace").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return None if codec.startswith("utf") else codec


def _first_non_utf8(raw: bytes) -> int | None:
    """The offset of the first byte that is not UTF-8, or None for a UTF-8 file."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start
    return None


def parse_page(text: str, path: str) -> tuple[HtmlElement, bool]:
    """The page as an lxml tree, parsed once, and whether it was only a fragment of markup.

    ``trafilatura.load_html`` refuses a bare fragment ("<p>...</p>" alone) and tag soup; these
    are read inside an ``<html><body>`` of their own.  Text with no markup at all is refused: it
    is a text file with the wrong name, and the message says how to load it.
    """
    first = next((number for number, line in enumerate(text.splitlines(), 1) if line.strip()), 1)
    if not re.search(r"<[A-Za-z!/?]", text):
        raise LoadError(path, first, "not an HTML page: no markup (a text file named .html? rename it .txt)")
    tree = trafilatura.load_html(text)
    if tree is not None:
        return tree, False
    tree = trafilatura.load_html(f"<html><body>{text}</body></html>")
    if tree is None or not any(run.text.strip() for run in visible_text(tree)):
        raise LoadError(path, first, "broken markup: no HTML document that lxml can read")
    return tree, True


def _truncation(text: str, path: str) -> LoadError | None:
    """A warning when an ``<html>`` page never closes it: the save was probably cut short."""
    lowered = text.lower()
    if "<html" in lowered and "</html>" not in lowered:
        last = text.rstrip().count("\n") + 1
        return LoadError(path, last, f"truncated: the page opens <html> but ends at line {last} without "
                                     "</html>; loaded the text before the cut")
    return None


def _too_deep(tree: HtmlElement, path: str) -> LoadError | None:
    """A warning when elements are nested as deep as lxml reads: the text below is lost."""
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    if deepest < PARSER_DEPTH:
        return None
    return LoadError(path, None, f"broken markup: elements nested {PARSER_DEPTH} deep, the most lxml reads; "
                                 "the text nested deeper is lost")


def visible_text(tree: HtmlElement) -> Iterator[Visible]:
    """Runs of text a reader sees, in page order, each marked as link/menu text or not.

    Walks start and end events rather than recursing, so a hostile page nested thousands of
    levels deep cannot exhaust the stack.
    """
    hidden = 0
    navigation = 0
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            hidden += tag in INVISIBLE
            navigation += tag in NAVIGATION
            if not hidden and tag and element.text and element.text.strip():
                yield Visible(element.text, element.sourceline or 1, navigation > 0)
        else:
            hidden -= tag in INVISIBLE
            navigation -= tag in NAVIGATION
            if not hidden and element.tail and element.tail.strip() and element is not tree:
                yield Visible(element.tail, element.sourceline or 1, navigation > 0)


# --- extraction ---------------------------------------------------------------------------------


def _extract(tree: HtmlElement, *, precise: bool) -> Document | None:
    """trafilatura's Document for the page, or None when it finds no main text.

    The tree is passed, never a string: trafilatura copies it, and nothing is fetched (htmldate
    would download a string that looks like a URL).  Dates: the precise search only, see the
    module docstring.
    """
    try:
        return trafilatura.bare_extraction(
            tree, with_metadata=True, favor_precision=precise, include_comments=False,
            include_images=True, include_links=True, include_formatting=False,
            date_extraction_params={"original_date": True, "extensive_search": False,
                                    "max_date": date.today().isoformat()},
        )
    except (ValueError, TypeError, etree.LxmlError):
        return None


def _pieces(document: Document, tree: HtmlElement, locate: "_Locator",
            navigation: frozenset[str] = frozenset()) -> list[Piece]:
    """The body's lines in page order: headings, prose, links, table rows and photo captions.

    A prose line made mostly of link text is a ``links`` line, not a paragraph: a "related
    articles" list or a menu is not something the article asserts.  trafilatura marks links
    (``<ref>``) in what it extracts; its balanced fallback may lose them (it joins a menu into
    one ``<p>``), so for that output the page's own link texts are given as ``navigation``.
    """
    pieces = [piece for element in document.body for piece in _element_pieces(element, locate, tree) if piece.text]
    return [piece._replace(kind="links") if _is_link_line(piece, navigation) else piece for piece in pieces]


def _is_link_line(piece: Piece, navigation: frozenset[str]) -> bool:
    if piece.kind != "prose" or piece.text[:_OPENER_REACH].lower().startswith(_OPENERS):
        return False  # "Read also: <a>...</a>" keeps the kind the shared body rules give it
    covered = piece.links
    if navigation and covered < NAVIGATION_SHARE * len(piece.text):
        covered = sum(len(run) for run in navigation if run in piece.text)
    return covered >= NAVIGATION_SHARE * len(piece.text)


def _link_characters(element: etree._Element) -> int:
    """Characters of the element's text inside trafilatura's link marks (``<ref>``)."""
    return sum(len(" ".join("".join(ref.itertext()).split())) for ref in element.iter("ref"))


def _element_pieces(element: etree._Element, locate: "_Locator", tree: HtmlElement) -> Iterator[Piece]:
    tag = element.tag
    if tag == "head":
        yield Piece("heading", _flat_text(element), locate(element))
    elif tag == "list":
        for item in element.iter("item"):
            yield Piece("prose", _flat_text(item, skip=("list",)), locate(item), _link_characters(item))
    elif tag == "quote" and len(element) and all(child.tag in ("p", "list", "head") for child in element):
        for child in element:
            yield from _element_pieces(child, locate, tree)
    elif tag == "table":
        for row in element.iter("row"):
            cells = [_flat_text(cell) for cell in row.iter("cell")]
            yield Piece("table", " | ".join(cell for cell in cells if cell), locate(row))
    elif tag == "graphic":
        yield from _photo_pieces(element, tree)
    elif tag == "code":
        yield Piece("code", _flat_text(element), locate(element))
    else:
        yield Piece("prose", _flat_text(element), locate(element), _link_characters(element))


def _flat_text(element: etree._Element, skip: tuple[str, ...] = ()) -> str:
    """The element's text on one line, without the subtrees of ``skip`` tags (a nested list,
    whose items are lines of their own); line breaks and runs of white space become one space."""
    parts: list[str] = []
    skipping = 0
    for event, node in etree.iterwalk(element, events=("start", "end")):
        inside = node is not element
        if event == "start":
            skipping += inside and node.tag in skip
            if not skipping:
                parts.append(" " if node.tag == "lb" else node.text or "")
        else:
            skipping -= inside and node.tag in skip
            if inside and not skipping:
                parts.append(node.tail or "")
    return " ".join("".join(parts).split())


def _photo_pieces(graphic: etree._Element, tree: HtmlElement) -> Iterator[Piece]:
    """A photo's alt text and caption, when the page's ``<figure>`` gives it a caption.

    trafilatura keeps the image (``<graphic src alt>``) but drops its ``<figcaption>``; the
    caption is found again in the page by the image's ``src``.  An image without a caption
    (logos, icons, a tracking pixel) is left out: its alt text is not something the reader sees.
    """
    source = graphic.get("src")
    if not source:
        return
    for image in tree.iter("img"):
        if image.get("src") != source:
            continue
        figure = next((ancestor for ancestor in image.iterancestors("figure")), None)
        caption = figure.find(".//figcaption") if figure is not None else None
        caption_text = " ".join(caption.text_content().split()) if caption is not None else ""
        if caption_text:
            alt = " ".join((image.get("alt") or "").split())
            if alt:
                yield Piece("photo_alt", alt, image.sourceline or 1)
            yield Piece("photo_caption", caption_text, caption.sourceline or 1)
        return


class _Locator:
    """The HTML line of an extracted element: its own ``sourceline`` when trafilatura kept the
    page's element, else the first element of the page whose text is (or starts like) its text."""

    def __init__(self, tree: HtmlElement):
        self.tree = tree
        self._by_text: dict[str, int] | None = None  # built on first use: most blocks keep their line
        self._by_prefix: dict[str, int] = {}
        self.fallback = next((body.sourceline for body in tree.iter("body") if body.sourceline), 1)

    def __call__(self, element: etree._Element) -> int:
        if element.sourceline:
            return element.sourceline
        return self.line_of(_flat_text(element))

    def line_of(self, text: str) -> int:
        if self._by_text is None:
            self._by_text, self._by_prefix = {}, {}
            texts = [(" ".join(element.text_content().split()), element.sourceline)
                     for element in self.tree.iter(*LOCATABLE) if element.sourceline]
            texts += [(" ".join((meta.get("content") or "").split()), meta.sourceline)
                      for meta in self.tree.iter("meta") if meta.sourceline]
            for known, line in texts:
                self._by_text.setdefault(known, line)
                if len(known) >= LOCATE_PREFIX:
                    self._by_prefix.setdefault(known[:LOCATE_PREFIX], line)
        if text in self._by_text:
            return self._by_text[text]
        return self._by_prefix.get(text[:LOCATE_PREFIX], self.fallback)


# --- composing the article ----------------------------------------------------------------------


def _compose(pieces: list[Piece], document: Document | None, tree: HtmlElement, locate: "_Locator", path: str,
             warnings: list[LoadError]) -> Article:
    """The article text, its blocks and its metadata from the extracted pieces."""
    title = _clean(document.title) if document is not None else ""
    if pieces and pieces[0].kind == "heading" and (not title or _same(pieces[0].text, title)):
        title = title or pieces[0].text  # the page's <h1> repeats the title, or is the only one
        pieces = pieces[1:]
    front: list[Piece] = []
    if title:
        front.append(Piece("title", title, _title_line(tree, title, locate)))
    description = _clean(document.description) if document is not None else ""
    standfirst = description if description and not _repeats(description, title, pieces) else ""
    if standfirst:
        front.append(Piece("standfirst", standfirst, locate.line_of(standfirst)))
    text, blocks = _blocks(front + pieces)
    article = Article(article_id=article_id_for(path), path=path, text=text, layout="html", blocks=blocks,
                      title=title, standfirst=standfirst, warnings=warnings, language=_language(tree))
    if document is not None:
        _metadata(article, document)
    if not article.authors:
        article.authors = _byline_authors(article)
    finish(article)
    if not title and article.paragraphs:
        warnings.append(LoadError(path, None, "the page has no title"))
    return article


def _blocks(pieces: list[Piece]) -> tuple[str, list[Block]]:
    """Join the pieces with blank lines and type each one; paragraphs are numbered from 1.

    Prose is typed by the loader's shared body rules (``body_blocks``), so a "Read also:" line,
    a photo credit or a short unpunctuated line is typed as in every other layout.
    """
    text = "\n\n".join(piece.text for piece in pieces)
    blocks: list[Block] = []
    position = 0
    paragraphs = 0
    for piece in pieces:
        start, end = position, position + len(piece.text)
        position = end + 2
        if piece.kind == "prose" and _is_byline(piece.text):
            blocks.append(make_block("byline", start, end, piece.text, piece.line))
        elif piece.kind == "prose":
            line = Line(piece.line, start, end, piece.text, piece.text)
            typed = body_blocks(text, [line], first_paragraph=paragraphs + 1)
            paragraphs += sum(block.kind == "paragraph" for block in typed)
            blocks.extend(typed)
        else:
            blocks.append(make_block(piece.kind, start, end, piece.text, piece.line))
    return text, blocks


def _is_byline(text: str) -> bool:
    """"By Jane Example" or "By Jane Example, 14 March 2025": the seed layout's byline rule."""
    return bool(BYLINE.match(text)) and len(text.split()) <= 12 and not text.endswith(".")


def _byline_authors(article: Article) -> list[str]:
    """Authors from a byline block, when it names only people (no date or other figures in it)."""
    byline = article.block("byline")
    if byline is None or any(character.isdigit() for character in byline.text):
        return []
    return split_authors(BYLINE.match(byline.text)["names"])


def _metadata(article: Article, document: Document) -> None:
    """Authors, date, URL and outlet from trafilatura's reading of the page's markup."""
    if document.author:
        article.authors = [name for part in document.author.split(";") for name in split_authors(part)]
    if document.date:
        article.published = parse_date_text(document.date)
    url = (document.url or "").strip()
    if url.startswith(("http://", "https://")):
        article.url = url
    site = _clean(document.sitename)
    from_url = SITE_FROM_URL.match(url)
    if site and not (from_url and site == from_url[1]):  # the outlet is never guessed from a URL
        article.outlet = site


def _title_line(tree: HtmlElement, title: str, locate: _Locator) -> int:
    for tag in ("h1", "title"):
        for element in tree.iter(tag):
            if _same(" ".join(element.text_content().split()), title) and element.sourceline:
                return element.sourceline
    return locate.line_of(title)


def _language(tree: HtmlElement) -> str | None:
    """The page's ``<html lang>`` ("en-GB" -> "en", "uk-UA" -> "uk"), if it is a language tag."""
    root = tree.getroottree().getroot()
    tag = (root.get("lang") or root.get("xml:lang") or "").strip()
    primary = re.split(r"[-_]", tag, maxsplit=1)[0]
    if not LANGUAGE_TAG.fullmatch(primary):
        return None
    return LANGUAGE_TAGS.get(primary.lower(), primary.lower())


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


def _same(first: str, second: str) -> bool:
    return first.casefold().strip(END_MARKS) == second.casefold().strip(END_MARKS)


def _repeats(description: str, title: str, pieces: list[Piece]) -> bool:
    """Does the description only repeat the title or the start of the body (often cut with "…")?"""
    stem = description.casefold().rstrip(END_MARKS)
    if _same(description, title):
        return True
    prose = [piece.text.casefold() for piece in pieces if piece.kind == "prose"][:3]
    return any(stem in paragraph for paragraph in prose)


# --- when there is no article -------------------------------------------------------------------


def why_no_article(visible: list[Visible], tree: HtmlElement) -> tuple[int, str]:
    """The line and reason for a page with no paragraph prose: empty, or only navigation."""
    body_line = next((body.sourceline for body in tree.iter("body") if body.sourceline), 1)
    shown = [run for run in visible if run.text.strip()]
    if not shown:
        return body_line, "no main text: the page shows no text (only scripts, styles or images)"
    total = sum(len(run.text.strip()) for run in shown)
    links = [run for run in shown if run.navigation]
    if sum(len(run.text.strip()) for run in links) >= NAVIGATION_SHARE * total:
        entries = f"{len(links)} link or menu entry" if len(links) == 1 else f"{len(links):,} links and menu entries"
        return links[0].line, f"only navigation: {entries} and no paragraph prose; not an article"
    return shown[0].line, f"no main text: {total:,} characters of short lines and labels, no paragraph prose"


def _redirect(tree: HtmlElement) -> tuple[int, str] | None:
    """The line and target of a ``<meta http-equiv="refresh" content="0; URL=...">``, if any."""
    for meta in tree.iter("meta"):
        if (meta.get("http-equiv") or "").strip().lower() == "refresh":
            target = re.search(r"url\s*=\s*['\"]?([^'\"\s]+)", meta.get("content") or "", re.IGNORECASE)
            if target:
                return meta.sourceline or 1, target[1]
    return None


# --- the date from the page text ----------------------------------------------------------------


def _dated_by_htmldate(tree: HtmlElement, article: Article, visible: list[Visible],
                       warnings: list[LoadError]) -> date | None:
    """htmldate's extensive search, kept only when the page states the day outside the prose.

    See the module docstring: the extensive search reads any date in the page, so its answer
    is accepted only when the same day is written in full (day, month and year) in a byline,
    dateline or other line that is neither one of the article's paragraphs nor a link (a
    link's date is the linked article's), and always with a warning.  A page that states no
    such day is not searched at all: htmldate's answer could not be accepted.
    """
    stated = _days_stated_outside_prose(visible, article)
    if not stated:
        return None
    try:
        found = htmldate.find_date(tree, extensive_search=True, original_date=True, url=article.url or None,
                                   max_date=date.today().isoformat())
    except (ValueError, TypeError, etree.LxmlError):
        return None
    day = parse_date_text(found) if found else None
    if day not in stated:
        return None
    run = stated[day]
    warnings.append(LoadError(article.path, run.line, f"publication date {day.isoformat()} read by htmldate "
                              f"from the page text ({' '.join(run.text.split())[:60]!r}); "
                              "no date in the page's metadata"))
    return day


def _days_stated_outside_prose(visible: list[Visible], article: Article) -> dict[date, Visible]:
    """Every full date the page shows outside its paragraphs and links, with the first run stating it."""
    prose = [block.text for block in article.paragraphs]
    stated: dict[date, Visible] = {}
    for run in visible:
        if run.navigation or not any(character.isdigit() for character in run.text):
            continue
        flat = " ".join(run.text.split())
        if any(flat in paragraph for paragraph in prose):
            continue
        for pattern in FULL_DATES:
            for match in pattern.finditer(flat):
                day = parse_date_text(match[0])
                if day is not None:
                    stated.setdefault(day, run)
    return stated
