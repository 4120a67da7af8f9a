"""Article text as HTML for notebooks: every character of the article is escaped.

An article is untrusted input: a saved page may contain ``<script>`` or a stray ``<b``.  All
article text passes through ``html.escape`` here, and only the markup this module writes
(labels, ``<mark>`` around extracted spans) is left unescaped.  Notebooks display the
returned ``Html`` object; its plain-text form is a short, stable summary so that nbval can
compare it on any machine.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Iterable, Mapping

from helpers.load import Article

STYLE = (
    "<style>"
    ".fcw-article{font-family:Georgia,serif;max-width:46em;line-height:1.45}"
    ".fcw-block{margin:0.35em 0;padding:0.2em 0.4em;border-left:3px solid #ccc}"
    ".fcw-label{font:11px/1.2 sans-serif;color:#555;text-transform:uppercase;letter-spacing:0.05em}"
    ".fcw-note{font:11px/1.2 sans-serif;color:#8a4b00;margin-left:0.6em}"
    "mark{background:#ffe28a;padding:0 0.1em}"
    "mark.speaker,mark.other{background:#cfe8ff}"
    "mark.date{background:#c9ecc9}"
    "mark.place{background:#e4d4f4}"
    "mark.hedged{background:#f7c6c6}"
    "</style>"
)


@dataclass(frozen=True)
class Html:
    """Markup a notebook renders; ``repr`` is a stable one-line summary, not the markup."""

    markup: str
    summary: str

    def _repr_html_(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return self.summary


@dataclass(frozen=True)
class Highlight:
    """A span of the article to wrap in ``<mark>``, with a tooltip label and CSS class."""

    start: int
    end: int
    label: str = ""
    css_class: str = ""


def marked(text: str, start: int, end: int, highlights: Iterable[Highlight] = ()) -> str:
    """``text[start:end]`` escaped, with the highlights inside it wrapped in ``<mark>``.

    Highlights are drawn in order of start; one that overlaps an earlier one is skipped
    rather than producing broken nesting.
    """
    pieces: list[str] = []
    cursor = start
    for highlight in sorted(highlights, key=lambda h: (h.start, -h.end)):
        if highlight.start < cursor or highlight.end > end or highlight.start >= highlight.end:
            continue
        pieces.append(html.escape(text[cursor:highlight.start]))
        attributes = ""
        if highlight.css_class:
            attributes += f' class="{html.escape(highlight.css_class)}"'
        if highlight.label:
            attributes += f' title="{html.escape(highlight.label)}"'
        pieces.append(f"<mark{attributes}>{html.escape(text[highlight.start:highlight.end])}</mark>")
        cursor = highlight.end
    pieces.append(html.escape(text[cursor:end]))
    return "".join(pieces)


def article_html(
    article: Article,
    *,
    highlights: Iterable[Highlight] = (),
    notes: Mapping[int, str] | None = None,
    kinds: Iterable[str] | None = None,
) -> Html:
    """The article block by block, each labelled with its kind (title, byline, paragraph 3 ...).

    ``notes`` maps a block's start offset to a short note shown beside its label (for
    example the voice a paragraph is in); ``kinds`` limits which block kinds are shown.
    """
    notes = notes or {}
    wanted = set(kinds) if kinds is not None else None
    spans = list(highlights)
    rows = [STYLE, '<div class="fcw-article">']
    shown = 0
    for block in article.blocks:
        if wanted is not None and block.kind not in wanted:
            continue
        shown += 1
        label = block.kind.replace("_", " ")
        if block.number is not None:
            label += f" {block.number}"
        note = notes.get(block.start)
        note_html = f'<span class="fcw-note">{html.escape(note)}</span>' if note else ""
        inside = [h for h in spans if block.start <= h.start and h.end <= block.end]
        rows.append(
            f'<div class="fcw-block"><div class="fcw-label">{html.escape(label)}{note_html}</div>'
            f"{marked(article.text, block.start, block.end, inside)}</div>"
        )
    rows.append("</div>")
    marks = sum(1 for h in spans if any(b.start <= h.start and h.end <= b.end for b in article.blocks))
    summary = f"<article {article.article_id}: {shown} blocks, {marks} highlighted spans>"
    return Html("".join(rows), summary)
