"""Charts of the dates (04_timeline): the days the corpus reports on across its own publication
span, each article's dates on one timeline, and how long before publication events lie."""

from __future__ import annotations

import pandas as pd

from helpers.views.charts.base import (
    GRID, Figure, bin_start, count, bin_width_days, date_axis, empty, integer_ticks, new_figure, plain, shown_in_title,
    thousands, time_bins,
)

#: Colours of the timeline charts, by what a row is.
TIMELINE_COLOURS = {"day": "#4c72b0", "window": "#dd8452", "month": "#55a868", "year": "#8c8c8c",
                    "published": "#c44e52"}
#: Longest span counted as a reported day by ``dates_reported`` ("over the past week" is, "in 2025" is not).
SHORT_SPAN_DAYS = 31


def publication_span(articles: pd.DataFrame, *, before: int = 31, after: int = 7) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The corpus's own span: from ``before`` days ahead of its first publication date to
    ``after`` days past its last (the days its reports are about); ``(NaT, NaT)`` if none is dated."""
    dates = articles["published"].dropna()
    if dates.empty:
        return pd.NaT, pd.NaT
    return dates.min().normalize() - pd.Timedelta(days=before), dates.max().normalize() + pd.Timedelta(days=after)


def dates_reported(events: pd.DataFrame, articles: pd.DataFrame, *, before: int = 31, after: int = 7) -> Figure:
    """Which days the corpus reports on, against when it was published: below, bars of the dates
    the articles mention (days, and spans of up to a month such as "over the past week", at
    their middle) per day, week or month; above, on the same axis, the articles published.

    The axis is the corpus's own publication span (``publication_span``): background dates
    years away ("in 1991", "by 2035") are counted in the title, not allowed to squeeze the
    months the corpus covers; so are months and years (too coarse to place on a day) and
    unresolved dates.
    """
    from matplotlib.ticker import MaxNLocator

    first, last = publication_span(articles, before=before, after=after)
    if pd.isna(first):
        figure = new_figure(9, 1.6)
        empty(figure, f"Dates reported (none of the {len(articles):,} articles states a publication date)")
        return figure
    mentioned = events[events["kind"] != "published"]
    unresolved = int(mentioned["date_start"].isna().sum())
    dated = mentioned.dropna(subset=["date_start", "date_end"])
    short = dated[(dated["date_end"] - dated["date_start"]).dt.days <= SHORT_SPAN_DAYS]
    middle = (short["date_start"] + (short["date_end"] - short["date_start"]) / 2).dt.normalize()
    end = last + pd.Timedelta(days=1)
    inside = (middle >= first) & (middle < end)
    bins = time_bins(first, last)
    width = bin_width_days(bins)
    figure = new_figure(9, 4.4)
    top, axes = figure.subplots(2, 1, sharex=True, height_ratios=[1, 2.6])
    published = bin_start(articles["published"].dropna(), bins).value_counts()
    top.bar(published.index, published.to_numpy(), width=width, align="edge", color=TIMELINE_COLOURS["published"])
    top.set_ylabel("Articles", fontsize="small")
    top.yaxis.set_major_locator(MaxNLocator(nbins=3, integer=True))
    thousands(top.yaxis)
    day = (short["precision"] == "day").to_numpy()
    days = bin_start(middle[inside & day], bins).value_counts()
    spans = bin_start(middle[inside & ~day], bins).value_counts()
    axes.bar(days.index, days.to_numpy(), width=width, align="edge", color=TIMELINE_COLOURS["day"], label="a day")
    axes.bar(spans.index, spans.to_numpy(), bottom=days.reindex(spans.index, fill_value=0).to_numpy(), width=width,
             align="edge", color=TIMELINE_COLOURS["window"],
             label=f"a span of up to {SHORT_SPAN_DAYS} days, at its middle")
    axes.set_xlim(first, end)
    date_axis(axes.xaxis)
    integer_ticks(axes.yaxis)
    thousands(axes.yaxis)
    axes.set_ylabel("Dates mentioned", fontsize="small")
    axes.set_xlabel(f"Per {bins.noun}; the axis runs from {before} days before the first publication to {after} after "
                    f"the last", fontsize="small")
    for panel in (top, axes):
        panel.grid(axis="y", color=GRID, linewidth=0.6)
        panel.set_axisbelow(True)
    # below the axes, not on them: at 10,000 articles the bars fill the panel to its top corners
    figure.legend(loc="outside lower center", ncols=2, fontsize="small", frameon=False)
    notes = []
    outside = middle[~inside]
    if len(outside):
        low, high = outside.min(), outside.max()
        years = f"{low:%Y}" if low.year == high.year else f"{low:%Y}–{high:%Y}"
        notes.append(f"{count(len(outside), 'date')} outside the axis ({years})")
    if len(dated) > len(short):
        notes.append(f"{len(dated) - len(short):,} months, years and longer spans")
    if unresolved:
        notes.append(f"{unresolved:,} unresolved")
    top.set_title(shown_in_title(f"Articles published (top) and the dates they mention (bottom), per {bins.noun}",
                                 [f"not drawn: {', '.join(notes)}" if notes else ""]), fontsize="medium")
    return figure


def timeline_chart(
    events: pd.DataFrame, *, by: str = "article_id", limit: int = 25, since=None, until=None,
    title: str = "Dates the articles mention", labels: pd.Series | None = None,
) -> Figure:
    """Every resolved date of ``events`` (``corpus.events``) on a date axis, one row per ``by``.

    Days are dots, windows, months and years are bars from their first to their last day,
    and each article's publication date (the ``published`` column) is a red diamond, so the
    lag between what is reported and when is visible at a glance.  Rows are ordered by their
    earliest publication date (then name); only the first ``limit`` are drawn, named by
    ``labels`` (``article_labels``) when given.  ``since``/``until`` clip the axis; the title
    counts what lies outside it and what is unresolved, so nothing disappears silently.  Meant
    for a few articles: across a corpus ``dates_reported`` reads better, for one article
    ``article_dates``.
    """
    from matplotlib.dates import date2num
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    dated = events.dropna(subset=["date_start", "date_end"])
    dated = dated[dated[by].notna()] if by in dated else dated.iloc[0:0]
    unresolved = len(events) - len(events.dropna(subset=["date_start"]))
    order = (
        dated.assign(_published=dated["published"].fillna(pd.Timestamp.max.floor("D")))
        .groupby(by)["_published"].min().reset_index().sort_values(["_published", by])[by].tolist()
    )
    shown_rows = order[:limit]
    dated = dated[dated[by].isin(shown_rows)]
    outside = 0
    if since is not None:
        outside += int((dated["date_end"] < pd.Timestamp(since)).sum())
        dated = dated[dated["date_end"] >= pd.Timestamp(since)]
    if until is not None:
        outside += int((dated["date_start"] > pd.Timestamp(until)).sum())
        dated = dated[dated["date_start"] <= pd.Timestamp(until)]
    figure = new_figure(9, 0.42 * max(len(shown_rows), 3) + 1.8)
    axes = figure.subplots()
    position = {row: index for index, row in enumerate(shown_rows)}
    y = dated[by].map(position)
    published = dated["kind"] == "published"
    point = (dated["precision"] == "day") & ~published
    spans = dated[~point & ~published]
    for precision, group in spans.groupby("precision", sort=True):
        starts = date2num(group["date_start"])
        widths = date2num(group["date_end"]) - starts + 1
        axes.barh(y[group.index], widths, left=starts, height=0.5, color=TIMELINE_COLOURS.get(precision, "#8c8c8c"),
                  alpha=0.45, edgecolor=TIMELINE_COLOURS.get(precision, "#8c8c8c"), linewidth=0.8)
    axes.scatter(date2num(dated.loc[point, "date_start"]) + 0.5, y[point], s=28, color=TIMELINE_COLOURS["day"],
                 zorder=3)
    # one diamond per row and publication date, from the ``published`` column, so that an
    # article whose date is not written in its text (a JSON record) still gets one
    diamonds = events[events[by].isin(shown_rows)].dropna(subset=["published"])[[by, "published"]].drop_duplicates()
    if since is not None:
        diamonds = diamonds[diamonds["published"] >= pd.Timestamp(since)]
    if until is not None:
        diamonds = diamonds[diamonds["published"] <= pd.Timestamp(until)]
    axes.scatter(date2num(diamonds["published"]) + 0.5, diamonds[by].map(position), s=90, marker="D",
                 facecolors="none", edgecolors=TIMELINE_COLOURS["published"], linewidths=1.6, zorder=4)
    names = [plain(labels.get(row, row)) if labels is not None else plain(str(row)[:40]) for row in shown_rows]
    axes.set_yticks(range(len(shown_rows)), names)
    axes.set_ylim(len(shown_rows) - 0.5 if shown_rows else 0.5, -0.5)
    date_axis(axes.xaxis)
    notes = []
    if len(order) > limit:
        notes.append(f"first {limit} of {len(order):,} rows")
    if outside:
        notes.append(f"{outside:,} outside the axis")
    if unresolved:
        notes.append(f"{unresolved:,} unresolved not drawn")
    if since is not None or until is not None:
        low, high = axes.get_xlim()
        axes.set_xlim(date2num(pd.Timestamp(since)) if since is not None else low,
                      date2num(pd.Timestamp(until)) + 1 if until is not None else high)
    axes.set_title(shown_in_title(title, notes), fontsize="medium")
    axes.set_xlabel("Date mentioned (publication dates as red diamonds)")
    axes.set_ylabel("Article" if by == "article_id" else by.replace("_", " ").capitalize())
    axes.grid(axis="x", color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)
    handles = [
        Line2D([], [], marker="o", linestyle="", color=TIMELINE_COLOURS["day"], label="a day"),
        Patch(color=TIMELINE_COLOURS["window"], alpha=0.45, label="a window (past day, last week ...)"),
        Patch(color=TIMELINE_COLOURS["month"], alpha=0.45, label="a month"),
        Patch(color=TIMELINE_COLOURS["year"], alpha=0.45, label="a year"),
        Line2D([], [], marker="D", linestyle="", markerfacecolor="none", markeredgewidth=1.6,
               color=TIMELINE_COLOURS["published"], label="publication date"),
    ]
    figure.legend(handles=handles, loc="outside lower center", ncols=5, frameon=False, fontsize="small")
    return figure


def article_dates(events: pd.DataFrame, *, title: str = "Dates the article mentions", before_publication: int = 365,
                  limit: int = 30) -> Figure:
    """One article's dates, one row per date expression in order of the date (then of the text),
    labelled as written ("over the past day", "26 October 2024"): days are dots, windows, months
    and years bars, and the publication date a red line.  The axis runs from
    ``before_publication`` days before publication to a week after; older background dates,
    unresolved ones and rows beyond ``limit`` are counted in the title."""
    from matplotlib.dates import date2num

    mentioned = events[events["kind"] != "published"]
    dated = mentioned.dropna(subset=["date_start", "date_end"])
    unresolved = len(mentioned) - len(dated)
    published = events["published"].dropna()
    outside = 0
    if len(published):
        since = published.min().normalize() - pd.Timedelta(days=before_publication)
        until = published.max().normalize() + pd.Timedelta(days=7)
        keep = (dated["date_end"] >= since) & (dated["date_start"] <= until)
        outside = int((~keep).sum())
        dated = dated[keep]
    dated = dated.sort_values(["date_start", "start"], kind="stable")
    shown = dated.head(limit)
    figure = new_figure(9, 0.3 * max(len(shown), 2) + 1.9)
    axes = figure.subplots()
    y = pd.Series(range(len(shown)), index=shown.index, dtype=float)
    point = shown["precision"] == "day"
    for precision, group in shown[~point].groupby("precision", sort=True):
        starts = date2num(group["date_start"])
        colour = TIMELINE_COLOURS.get(precision, "#8c8c8c")
        axes.barh(y[group.index], date2num(group["date_end"]) - starts + 1, left=starts, height=0.55, color=colour,
                  alpha=0.5, edgecolor=colour, linewidth=0.8, label=f"a {precision}")
    if point.any():
        axes.scatter(date2num(shown.loc[point, "date_start"]) + 0.5, y[point], s=30, color=TIMELINE_COLOURS["day"],
                     zorder=3, label="a day")
    for day in published.drop_duplicates():
        axes.axvline(date2num(day) + 0.5, color=TIMELINE_COLOURS["published"], linewidth=1.6, label="publication date")
    names = [plain(surface if len(surface) <= 40 else surface[:39] + "…") for surface in shown["surface"]]
    axes.set_yticks(range(len(shown)), names, fontsize="small")
    axes.set_ylim(max(len(shown), 1) - 0.5, -0.5)
    date_axis(axes.xaxis)
    axes.grid(axis="x", color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.set_xlabel("Date mentioned")
    handles, labels = axes.get_legend_handles_labels()
    unique = dict(zip(labels, handles))
    if unique:
        figure.legend(unique.values(), unique.keys(), loc="outside lower center", ncols=len(unique), frameon=False,
                      fontsize="small")
    notes = [f"first {limit} of {len(dated):,} dates" if len(dated) > limit else "",
             f"{count(outside, 'date')} more than {before_publication} days before publication or after it"
             if outside else "",
             f"{unresolved:,} unresolved" if unresolved else ""]
    axes.set_title(shown_in_title(plain(title), notes), fontsize="medium")
    return figure


def lag_chart(lags: pd.DataFrame, *, title: str = "How long before publication the reported events lie") -> Figure:
    """Horizontal bars of events per lag bucket (``helpers.views.lag_table``), labelled."""
    figure = new_figure(8, 0.4 * len(lags) + 1.4)
    axes = figure.subplots()
    rows = lags.iloc[::-1]
    bars = axes.barh(rows["lag"], rows["events"].to_numpy(), color="#4c72b0")
    axes.bar_label(bars, labels=[f"{events:,} ({articles:,} art.)" for events, articles
                                 in zip(rows["events"], rows["articles"])], padding=3, fontsize="small")
    axes.set_title(title)
    axes.set_xlabel("Dated events (publication rows and unresolved dates left out)")
    axes.set_ylabel("Lag between event and publication")
    axes.set_xlim(0, max(1, int(rows["events"].max()) if len(rows) else 1) * 1.25)
    integer_ticks(axes.xaxis)
    thousands(axes.xaxis)
    return figure
