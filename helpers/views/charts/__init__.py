"""Charts: matplotlib figures of the corpus tables, one module per notebook.  Figures only:
nothing here parses article text.

Every chart is meant to be read by a person, at 1, 68 or 10,000 articles: a title that says
what is shown and what was left out, labelled axes with units, thousands separators, dates as
dates, top N with the rest counted, log axes where values span orders of magnitude.  Each
function takes tidy DataFrames and returns the ``Figure`` so a notebook can show it and a
script can save it (``figure.savefig("chart.png")``).
"""

from helpers.views.charts.base import Figure, date_axis, thousands, time_bins
from helpers.views.charts.claims import (
    KIND_COLOURS, claims_over_time, figures_by_kind, headline_ratio, hedged_vs_firm,
)
from helpers.views.charts.corpus import articles_by_source, articles_over_time, words_histogram
from helpers.views.charts.places import mentions_by_oblast, places_map
from helpers.views.charts.sources import (
    VOICE_COLOURS, attribution_chain, speakers_over_time, statements_per_speaker, voice_share,
)
from helpers.views.charts.timeline import (
    TIMELINE_COLOURS, article_dates, dates_reported, lag_chart, publication_span, timeline_chart,
)

__all__ = [
    "KIND_COLOURS", "TIMELINE_COLOURS", "VOICE_COLOURS", "Figure", "article_dates", "articles_by_source",
    "articles_over_time",
    "attribution_chain", "claims_over_time", "date_axis", "dates_reported", "figures_by_kind", "headline_ratio",
    "hedged_vs_firm", "lag_chart", "mentions_by_oblast", "places_map", "publication_span", "speakers_over_time",
    "statements_per_speaker", "thousands", "time_bins", "timeline_chart", "voice_share", "words_histogram",
]
