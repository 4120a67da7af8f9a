"""Charts: matplotlib figures of the corpus tables.  Figures only: nothing here parses text.

Every chart is meant to be read by a person: a title that says what is shown, labelled axes
with units, thousands separators, dates as dates.  Each function takes tidy DataFrames and
returns the ``Figure`` so a notebook can show it and a script can save it.
"""

from __future__ import annotations

import io

import pandas as pd
from matplotlib.figure import Figure as _MatplotlibFigure


class Figure(_MatplotlibFigure):
    """A matplotlib Figure that a notebook shows as a PNG without pyplot.

    Charts are built with the object-oriented API (``Figure()``, never ``pyplot``), so no
    global figure state leaks between charts and a notebook shows each figure exactly once;
    ``_repr_png_`` is what lets IPython display a figure that pyplot never saw.
    """

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", dpi=100)
        return buffer.getvalue()


# --- corpus (01_corpus) -----------------------------------------------------------------


def thousands(axis) -> None:
    """Tick labels with thousands separators ("12,500", not "12500")."""
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}"))


def articles_per_day(articles: pd.DataFrame) -> Figure:
    """Bar chart of articles per publication day; undated articles are counted in the title."""
    dated = articles.dropna(subset=["published"])
    counts = dated.groupby(dated["published"].dt.date).size().sort_index()
    undated = len(articles) - len(dated)
    figure = Figure(figsize=(8, 3.2), layout="constrained")
    axes = figure.subplots()
    days = pd.to_datetime(pd.Series(counts.index, dtype="object"))
    axes.bar(days, counts.to_numpy(), width=0.8, color="#4c72b0")
    if len(days):
        padding = pd.Timedelta(days=3)
        axes.set_xlim(days.min() - padding, days.max() + padding)
    date_axis(axes.xaxis)
    axes.set_title(f"Articles per publication day ({len(dated):,} dated, {undated:,} without a date)")
    axes.set_xlabel("Publication date")
    axes.set_ylabel("Articles")
    axes.yaxis.get_major_locator().set_params(integer=True)
    return figure


def date_axis(axis) -> None:
    """Dates as "2025-01-03" with a tick density matplotlib chooses for the span."""
    from matplotlib.dates import AutoDateLocator, DateFormatter

    axis.set_major_locator(AutoDateLocator(minticks=3, maxticks=8))
    axis.set_major_formatter(DateFormatter("%Y-%m-%d"))


def words_per_article(articles: pd.DataFrame, *, limit: int = 30) -> Figure:
    """Horizontal bars of body words per article (the longest ``limit`` articles)."""
    top = articles.sort_values(["words", "article_id"], ascending=[False, True]).head(limit).iloc[::-1]
    figure = Figure(figsize=(8, 0.35 * len(top) + 1.4), layout="constrained")
    axes = figure.subplots()
    axes.barh(top["article_id"].str.slice(0, 40), top["words"].to_numpy(), color="#55a868")
    axes.set_title("Body words per article" + (f" (longest {limit})" if len(articles) > limit else ""))
    axes.set_xlabel("Words in body paragraphs")
    axes.set_ylabel("Article id")
    thousands(axes.xaxis)
    return figure

# --- claims (02_claims) -----------------------------------------------------------------

# --- sources (03_sources) ---------------------------------------------------------------

# --- timeline (04_timeline) -------------------------------------------------------------

# --- places (05_places) -----------------------------------------------------------------
