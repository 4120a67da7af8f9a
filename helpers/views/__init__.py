"""Views for notebooks: escaped article HTML with highlights, table summaries, the attribution
graph and charts.  Views read tables; they never parse article text."""

from helpers.views.display import Highlight, Html, article_html, marked
from helpers.views.graph import attribution_graph
from helpers.views.highlights import (
    attribution_highlights, claim_highlights, event_highlights, paragraph_voice_notes, place_highlights,
)
from helpers.views.summaries import (
    EVENT_SUMMARY_COLUMNS, HEADLINE_CHECK_COLUMNS, LAG_BUCKETS, PLACE_SUMMARY_COLUMNS, VERDICTS, ambiguous_resolved,
    headline_check, headline_verdict, hedged_counts, lag_table, needs_review, outline_points, place_summary,
    unresolved_places,
)

__all__ = [
    "EVENT_SUMMARY_COLUMNS", "HEADLINE_CHECK_COLUMNS", "LAG_BUCKETS", "PLACE_SUMMARY_COLUMNS", "VERDICTS", "Highlight",
    "Html", "ambiguous_resolved", "article_html", "attribution_graph", "attribution_highlights", "claim_highlights",
    "event_highlights", "headline_check", "headline_verdict", "hedged_counts", "lag_table", "marked", "needs_review",
    "outline_points", "paragraph_voice_notes", "place_highlights", "place_summary", "unresolved_places",
]
