"""Charts of what was loaded (01_corpus): articles over time, by source, and by length."""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.views.charts.base import (
    REST, Figure, bin_start, bin_width_days, count, date_axis, empty, integer_ticks, new_figure, plain, shown_in_title,
    thousands, time_bins, top_of,
)
from helpers.views.labels import article_source

#: The source bucket of articles that name no outlet and have no URL.
NO_SOURCE = "(no outlet or URL)"


def articles_over_time(articles: pd.DataFrame) -> Figure:
    """Bars of articles per publication day, week, month or year (the bin follows the span of the
    dates, see ``time_bins``); undated articles are counted in the title, not placed on a guess."""
    dated = articles.dropna(subset=["published"])
    undated = len(articles) - len(dated)
    figure = new_figure(8, 3.2)
    if dated.empty:
        empty(figure, f"Articles over time: none of the {len(articles):,} articles states a date")
        return figure
    first, last = dated["published"].min(), dated["published"].max()
    bins = time_bins(first, last)
    counts = bin_start(dated["published"], bins).value_counts().sort_index()
    axes = figure.subplots()
    axes.bar(counts.index, counts.to_numpy(), width=bin_width_days(bins), align="edge", color="#4c72b0")
    pad = pd.Timedelta(days=max(3, int(bin_width_days(bins) * 1.5)))
    axes.set_xlim(counts.index.min() - pad, counts.index.max() + pd.Timedelta(days=bin_width_days(bins)) + pad)
    date_axis(axes.xaxis)
    integer_ticks(axes.yaxis)
    thousands(axes.yaxis)
    span = f"{first:%Y-%m-%d}" if first == last else f"{first:%Y-%m-%d} to {last:%Y-%m-%d}"
    axes.set_title(shown_in_title(f"Articles per publication {bins.noun}, {span}",
                                  [f"{len(dated):,} dated", f"{undated:,} without a date" if undated else ""]))
    axes.set_xlabel(f"Publication {bins.noun}" + (" (weeks start on Monday)" if bins.noun == "week" else ""))
    axes.set_ylabel("Articles")
    axes.grid(axis="y", color="#e5e5e5")
    axes.set_axisbelow(True)
    return figure


def articles_by_source(articles: pd.DataFrame, *, limit: int = 15) -> Figure:
    """Horizontal bars of articles per source (the outlet the file names, else its domain), the
    ``limit`` biggest first, the rest in one grey bar ("and 37 more sources")."""
    sources = pd.Series([article_source(row) or NO_SOURCE for row in articles.itertuples(index=False)], dtype=object)
    counts = sources.value_counts()
    counts = counts.sort_index().sort_values(ascending=False, kind="stable")  # ties by name
    top = counts.head(limit)
    rest = counts.iloc[limit:]
    labels = list(top.index)
    values = list(top.to_numpy())
    colours = ["#4c72b0" if name != NO_SOURCE else REST for name in labels]
    if len(rest):
        labels.append(f"and {len(rest):,} more sources")
        values.append(int(rest.sum()))
        colours.append(REST)
    figure = new_figure(8, 0.32 * max(len(labels), 1) + 1.5)
    if not labels:
        empty(figure, "Articles per source (no articles)")
        return figure
    axes = figure.subplots()
    positions = np.arange(len(labels))
    bars = axes.barh(positions, values, color=colours)
    axes.bar_label(bars, labels=[f"{value:,}" for value in values], padding=3, fontsize="small")
    axes.set_yticks(positions, [plain(label) for label in labels])
    axes.set_ylim(len(labels) - 0.5, -0.6)
    axes.set_xlim(0, max(values) * 1.15)
    integer_ticks(axes.xaxis)
    thousands(axes.xaxis)
    axes.set_xlabel("Articles")
    axes.set_title(shown_in_title("Articles per source (outlet named in the file, else the URL's domain)",
                                  [top_of(len(counts), len(top), "sources")]))
    return figure


def words_histogram(articles: pd.DataFrame) -> Figure:
    """How long the article bodies are: a histogram of body words per article, on log-spaced bins
    when lengths span more than tenfold, with the median marked.  Very short bodies often mean a
    truncated save or a page that is mostly navigation."""
    words = articles["words"].astype("int64")
    figure = new_figure(8, 3.0)
    if words.empty:
        empty(figure, "Body words per article (no articles)")
        return figure
    axes = figure.subplots()
    low, high = max(int(words.min()), 1), max(int(words.max()), 1)
    if high / low > 10:
        edges = np.geomspace(low, high * 1.001, min(40, max(8, len(words) // 2)) + 1)
        axes.set_xscale("log")
    else:
        edges = np.linspace(max(low - 10, 0), high + 10, min(30, max(5, len(words))) + 1)
        integer_ticks(axes.xaxis)  # words are whole: no tick at 367.5 shown as "368"
    axes.hist(words.clip(lower=1), bins=edges, color="#55a868", edgecolor="white", linewidth=0.5)
    median = float(words.median())
    axes.axvline(median, color="#333333", linestyle="--", linewidth=1)
    axes.annotate(f"median {median:,.0f}", (median, 1), xycoords=("data", "axes fraction"), xytext=(4, -12),
                  textcoords="offset points", fontsize="small")
    thousands(axes.xaxis)
    integer_ticks(axes.yaxis)
    thousands(axes.yaxis)
    empty_bodies = int((articles["words"] == 0).sum())
    axes.set_title(shown_in_title(f"Body words per article ({count(len(words), 'article')})",
                                  [f"{empty_bodies:,} with no body paragraph" if empty_bodies else ""]))
    axes.set_xlabel("Words in body paragraphs" + (" (log scale)" if axes.get_xscale() == "log" else ""))
    axes.set_ylabel("Articles")
    return figure
