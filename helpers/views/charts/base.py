"""What every chart shares: a Figure that notebooks show without pyplot, axis formatters, time
bins chosen by the span of the data, and the wording of "top 15 of 293" notes.

Each chart is meant to read the same at 1, 68 and 10,000 articles: counts are aggregated
into bins whose width follows the span of the dates (``time_bins``), lists are cut to the top
N with the rest counted ("and 278 more"), values that span orders of magnitude get a log
axis, and text from the data is drawn as written (``plain``).
Text is drawn in matplotlib's default font, DejaVu Sans (shipped with matplotlib), which has
Cyrillic glyphs, so a Ukrainian title renders as written.
"""

from __future__ import annotations

import io
from typing import NamedTuple

import pandas as pd
from matplotlib.figure import Figure as _MatplotlibFigure

#: Grey of gridlines and of bars that stand for "the rest".
GRID = "#e5e5e5"
REST = "#b0b0b0"


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


def new_figure(width: float, height: float) -> Figure:
    """A constrained-layout Figure of the given size in inches, with an Agg canvas attached."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(figure)  # a renderer for adjustText and text measurement, without pyplot
    return figure


def publication_dates(rows: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """The publication date of each row's article (NaT when undated), aligned with ``rows``."""
    dates = articles.drop_duplicates("article_id").set_index("article_id")["published"]
    return pd.Series(dates.reindex(rows["article_id"]).to_numpy(), index=rows.index, dtype="datetime64[ns]")


def empty(figure: Figure, title: str):
    """One blank axes with ``title``: the chart of an empty table says so instead of failing."""
    axes = figure.subplots()
    axes.set_title(title)
    axes.set_axis_off()
    return axes


def plain(text: object) -> str:
    """Text from the data, drawn as written: "$" escaped so that "$3 bn vs $3 billion" is not
    read as mathematics between two dollar signs."""
    return str(text).replace("$", r"\$")


def thousands(axis) -> None:
    """Tick labels with thousands separators ("12,500", not "12500"); small values keep decimals."""
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(FuncFormatter(lambda value, _: number(value)))


def number(value: float) -> str:
    """A figure for a tick or a note: "12,500", "1.5", "0.25", "2.5M", "200bn"."""
    magnitude = abs(value)
    if magnitude >= 1e9:
        return f"{value / 1e9:,.0f}bn" if magnitude >= 1e11 else f"{value / 1e9:.3g}bn"
    if magnitude >= 1e6:
        return f"{value / 1e6:.3g}M"
    if magnitude >= 1 or value == 0:
        return f"{value:,.0f}" if float(value).is_integer() or magnitude >= 100 else f"{value:,.3g}"
    return f"{value:.2g}"


def date_axis(axis) -> None:
    """Dates as "2025-01-03", "2025-01" or "2025" as the ticks fall on days, months or years, with
    a tick density matplotlib chooses for the span."""
    from matplotlib.dates import AutoDateFormatter, AutoDateLocator

    locator = AutoDateLocator(minticks=3, maxticks=8)
    formatter = AutoDateFormatter(locator, defaultfmt="%Y-%m-%d")
    formatter.scaled = {365.0: "%Y", 30.0: "%Y-%m", 1.0: "%Y-%m-%d", 1 / 24: "%Y-%m-%d %H:%M"}
    axis.set_major_locator(locator)
    axis.set_major_formatter(formatter)


def integer_ticks(axis) -> None:
    """Only whole numbers as ticks on a count axis."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def count(number: int, noun: str) -> str:
    """ "1 article", "2 articles", "1,234 figures": a number with its noun, in the plural when it is not one."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def top_of(total: int, shown: int, noun: str) -> str:
    """ "top 15 of 293 speakers", or "" when every one is shown."""
    return f"top {shown:,} of {total:,} {noun}" if total > shown else ""


class TimeBins(NamedTuple):
    """Bins for counting dates: a pandas period frequency and how a reader names one bin."""

    freq: str
    noun: str


def time_bins(first: pd.Timestamp, last: pd.Timestamp) -> TimeBins:
    """Days for up to three months of dates, weeks up to two years, months up to ten, else years:
    so that a chart has between a few and about a hundred bars whatever the span."""
    days = (last - first).days if pd.notna(first) and pd.notna(last) else 0
    if days <= 92:
        return TimeBins("D", "day")
    if days <= 730:
        return TimeBins("W-MON", "week")
    if days <= 3653:
        return TimeBins("M", "month")
    return TimeBins("Y", "year")


def bin_start(dates: pd.Series, bins: TimeBins) -> pd.Series:
    """The first day of each date's bin (weeks start on Monday)."""
    return dates.dt.to_period(bins.freq).dt.start_time


def bin_width_days(bins: TimeBins) -> float:
    """The drawn width of one bin's bar, in days (a little under the bin, so bars stay apart)."""
    return {"D": 0.8, "W-MON": 6.0, "M": 26.0, "Y": 330.0}[bins.freq]


def shown_in_title(title: str, notes: list[str], *, width: int = 90) -> str:
    """The title with what was left out on the next line(s): "(top 15 of 293 speakers; 3 undated)",
    wrapped at ``width`` characters so that a long note is not cut off by the figure's edge."""
    import textwrap

    notes = [note for note in notes if note]
    if not notes:
        return title
    return title + "\n" + "\n".join(textwrap.wrap(f"({'; '.join(notes)})", width))
