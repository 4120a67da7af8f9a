"""Load saved news articles into ``Article`` records whose every part points into the file.

An article is untrusted input.  The loader decodes the bytes (UTF-8, else a sniffed legacy
encoding with a warning: ``decode``), recognises the layout, and cuts the text into typed
blocks (title, standfirst, byline, photo, paragraph, "Read also:" ...).  Every block carries
``start``/``end`` offsets into ``Article.text``, the whole decoded file, so an analyst can
check any row against the original.  Nothing of the file is discarded: a line that fits no
slot is kept as a block of its own kind, and the page furniture around the article (menus,
tickers, related headlines, link lists, footers, widgets, tables, endnotes: ``furniture``)
keeps typed blocks that are not prose.  The publication date records which source gave it
(``published``: header, front matter, page dateline, URL) and the article its URL's domain
and the outlet its page names (``source``).

Layouts, recognised from the text itself, one module each:

``seed``          the saved-page layout of the user's seed: `` date 2025-01-03 Eng`` header,
                  title, blank, standfirst, ``byName``, ``DD/MM/YYYY``, ``N minute read``,
                  photo alt text and caption, body paragraphs.
``front_matter``  Markdown or text with a YAML-style ``---`` block (title, date, author ...).
``scraped``       a scraper's Markdown page: ``# domain``, ``## Metadata`` bullets,
                  ``## Page Structure``, ``## Content``, ``## Links``.
``plain``         any other text: first line is the title, no date.
``json_records``  ``.json``/``.jsonl`` records with ``title``, ``date``, ``author``, ``text``.

A file that cannot be read as an article raises ``LoadError(path, line, reason)``; the
corpus loader turns those into rows of its load report and goes on with the next file.
"""

from helpers.load.files import (
    DEFAULT_MAX_BYTES, CorpusFile, corpus_files, is_hidden, load_file, parse_text, relative_path,
)
from helpers.load.records import (
    Article, Block, Line, LoadError, PartialLoad, Photo, article_id_for, make_block, split_lines, trimmed_block,
)

__all__ = [
    "DEFAULT_MAX_BYTES", "Article", "Block", "CorpusFile", "Line", "LoadError", "PartialLoad", "Photo",
    "article_id_for", "corpus_files", "is_hidden", "load_file", "make_block", "parse_text", "relative_path",
    "split_lines", "trimmed_block",
]
