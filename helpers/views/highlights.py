"""Highlights and notes for ``helpers.views.display.article_html``: the rows of a table as
marked spans of one article's text (figures, statements, dates, places)."""

from __future__ import annotations

import pandas as pd

from helpers.load import Article
from helpers.views.display import Highlight


def claim_highlights(claims: pd.DataFrame, article_id: str) -> list:
    """``helpers.display.Highlight`` marks for one article's figures (class "hedged" when hedged)."""
    rows = claims[claims["article_id"] == article_id]
    return [
        Highlight(int(row.start), int(row.end), _highlight_label(row), "hedged" if row.hedged else "")
        for row in rows.itertuples(index=False)
    ]


def _highlight_label(row) -> str:
    parts = [row.kind, row.unit, f"per {row.period}" if row.period else "", row.approx, row.scope,
             f"hedge: {row.hedge_cue}" if row.hedged else ""]
    return " · ".join(part for part in parts if part)


def attribution_highlights(attributions: pd.DataFrame, article_id: str) -> list[Highlight]:
    """Marks for every speaker as written (blue) and every cue of one article's statements."""
    marks = []
    rows = attributions[attributions["article_id"] == article_id]
    for row in rows.itertuples(index=False):
        if pd.notna(row.speaker_start):
            label = f"{row.attribution_id}: {row.speaker or 'unnamed source'}"
            marks.append(Highlight(int(row.speaker_start), int(row.speaker_end), label, "other"))
        if pd.notna(row.cue_start):
            marks.append(Highlight(int(row.cue_start), int(row.cue_end), f"{row.attribution_id}: {row.mode}"))
    return marks


def paragraph_voice_notes(sentences: pd.DataFrame, article: Article) -> dict[int, str]:
    """For ``article_html(notes=...)``: each body paragraph's start offset -> the voices of its
    sentences ("Vitalii Lytvyn · indirect", "author", "inferred: ... (context)"), read from
    the sentences table (``voice``, ``speaker``, ``mode``)."""
    rows = sentences[(sentences["article_id"] == article.article_id) & sentences["paragraph"].notna()]
    by_paragraph: dict[int, list[str]] = {}
    for row in rows.itertuples(index=False):
        if row.voice == "author":
            note = "author"
        elif row.voice == "inferred":
            note = f"inferred: {row.speaker or 'unnamed'} (context)"
        elif row.voice == "unnamed source":
            note = f"unnamed source · {row.mode}"
        else:
            note = f"{row.speaker} · {row.mode}"
        notes = by_paragraph.setdefault(int(row.paragraph), [])
        if note not in notes:
            notes.append(note)
    return {block.start: " | ".join(by_paragraph[block.number]) for block in article.paragraphs if block.number in by_paragraph}


def event_highlights(events: pd.DataFrame, article_id: str) -> list["Highlight"]:
    """``helpers.display`` highlights of one article's events, labelled with their dates."""
    rows = events[events["article_id"] == article_id]
    highlights = []
    for row in rows.itertuples(index=False):
        if pd.isna(row.date_start):
            label = f"{row.kind}: {row.resolution}"
        elif row.date_start == row.date_end:
            label = f"{row.kind}: {row.date_start:%Y-%m-%d} ({row.resolution})"
        else:
            label = f"{row.kind}: {row.date_start:%Y-%m-%d}..{row.date_end:%Y-%m-%d} ({row.resolution})"
        css = "other" if row.kind == "published" else "hedged" if str(row.resolution).startswith("unresolved") else ""
        highlights.append(Highlight(int(row.start), int(row.end), label, css))
    return highlights


def place_highlights(places: pd.DataFrame, article_id: str) -> list:
    """``helpers.display.Highlight`` spans for one article's place mentions (for ``article_html``).

    Placed mentions are marked plainly, oblasts as "other", unplaced ones as "hedged" (red).
    """
    rows = places[places["article_id"] == article_id]
    highlights = []
    for row in rows.itertuples(index=False):
        if row.kind == "oblast":
            css = "other"
        elif pd.isna(row.lat):
            css = "hedged"
        else:
            css = ""
        label = f"{row.kind}: {row.name} ({row.oblast or 'oblast unknown'}; {row.resolved_by})"
        highlights.append(Highlight(int(row.start), int(row.end), label, css))
    return highlights
