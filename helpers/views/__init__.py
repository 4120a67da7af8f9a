"""Views for notebooks: article labels, escaped article HTML with highlights, table summaries, the
attribution graph, charts (``helpers.views.charts``) and the ``explore`` controls
(``helpers.views.explore``).  Views read tables; they never parse article text."""

from helpers.views.display import Highlight, Html, article_html, marked
from helpers.views.graph import attribution_graph
from helpers.views.highlights import (
    attribution_highlights, claim_highlights, event_highlights, paragraph_voice_notes, place_highlights,
)
from helpers.views.labels import article_label, article_labels, article_source
from helpers.views.summaries import (
    ARTICLE_OVERVIEW_COLUMNS, CLAIM_SUMMARY_COLUMNS, EVENT_SUMMARY_COLUMNS, HEADLINE_CHECK_COLUMNS, LAG_BUCKETS,
    PLACE_SUMMARY_COLUMNS, VERDICTS, ambiguous_resolved, article_overview, claims_by_kind, headline_check,
    headline_verdict, hedged_counts, lag_table, load_report_summary, needs_review, outline_points, place_summary,
    unresolved_by_name, unresolved_places,
)

__all__ = [
    "ARTICLE_OVERVIEW_COLUMNS", "CLAIM_SUMMARY_COLUMNS", "EVENT_SUMMARY_COLUMNS", "HEADLINE_CHECK_COLUMNS",
    "LAG_BUCKETS", "PLACE_SUMMARY_COLUMNS", "VERDICTS", "Highlight", "Html", "ambiguous_resolved", "article_html",
    "article_label", "article_labels", "article_overview", "article_source", "attribution_graph",
    "attribution_highlights", "claim_highlights", "claims_by_kind", "event_highlights", "headline_check",
    "headline_verdict", "hedged_counts", "lag_table", "load_report_summary", "marked", "needs_review",
    "outline_points", "paragraph_voice_notes", "place_highlights", "place_summary", "unresolved_by_name",
    "unresolved_places",
]
