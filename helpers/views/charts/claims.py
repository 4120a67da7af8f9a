"""Charts of the figure claims (02_claims): figures over publication time by speaker, the
headline check as a ratio, hedged against firm figures, and one article's figures in order."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from helpers.extract.claims import KINDS
from helpers.views.charts.base import (
    GRID, REST, Figure, bin_start, bin_width_days, count, date_axis, empty, integer_ticks, new_figure, number, plain,
    publication_dates, shown_in_title, thousands, time_bins, top_of,
)

_KIND_PALETTE = {
    "casualties": "#c44e52", "attacks": "#dd8452", "equipment": "#4c72b0", "destruction": "#8172b3",
    "territory": "#55a868", "civilians": "#da8bc3", "displaced": "#937860", "prisoners": "#64b5cd",
    "forces": "#2f4b7c", "aid": "#8bc34a", "money": "#ccb974", "economy": "#b07aa1", "distance": "#4e9f9f",
    "other": "#8c8c8c",
}
#: One colour per claim kind, in ``KINDS`` order (the order charts list kinds in).
KIND_COLOURS = {kind: _KIND_PALETTE.get(kind, "#8c8c8c") for kind in KINDS}
#: Colours of the speakers drawn apart (tab10 without its grey and its orange, which would pass
#: for an unnamed source), then of the other voices.
SPEAKER_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#17becf", "#8c564b", "#e377c2", "#bcbd22"]
AUTHOR = "the author's own figure"
UNNAMED = "an unnamed source"
OTHER_SPEAKERS = "other named speakers"
VOICE_COLOURS = {AUTHOR: "#3a3a3a", UNNAMED: "#f0a35e", OTHER_SPEAKERS: REST}
#: A figure in percent: it is not a count, so it is left off count axes.
PERCENT = r"%|per ?cent"


def is_percent(claims: pd.DataFrame) -> pd.Series:
    """Which claims are percentages ("75%", "40 per cent"), read from ``surface``."""
    return claims["surface"].str.contains(PERCENT, case=False, regex=True)


# --- the corpus --------------------------------------------------------------------------------


def claim_voices(claims: pd.DataFrame, *, speakers: int) -> tuple[pd.Series, list[str]]:
    """Each claim's voice group for a legend: one of the ``speakers`` named speakers with most
    claims (ties by name), "other named speakers", "an unnamed source" or the author's own."""
    named = claims["speaker"].fillna("")
    counts = named[named != ""].value_counts()
    counts = counts.sort_index().sort_values(ascending=False, kind="stable")
    kept = list(counts.index[:speakers])
    group = np.where(named.isin(kept), named, np.where(named != "", OTHER_SPEAKERS,
                                                      np.where(claims["voice"] == "author", AUTHOR, UNNAMED)))
    order = kept + [name for name in (OTHER_SPEAKERS, UNNAMED, AUTHOR) if name in set(group)]
    return pd.Series(group, index=claims.index, dtype=object), order


def claims_over_time(claims: pd.DataFrame, articles: pd.DataFrame, *, speakers: int = 6) -> Figure:
    """Every figure claimed, one panel per kind and one for percentages (any kind): its article's
    publication date across, its value up the axis (log when values span more than twentyfold;
    0-100 for percentages), a range as a vertical bar from low to high with a dot at its top,
    coloured by who states it (the ``speakers`` named speakers with most figures, the others in
    grey, unnamed sources in orange, the author's own figures in black).  Hollow dots are hedged.

    Figures of undated articles, and zero counts on a log axis, are counted in the title, not
    drawn.  Voices that state figures on the same day sit side by side.  A panel with more than
    ``DENSE`` figures (thousands of articles) shows each voice's median per month instead of
    dots, over a grey band of the middle half of all its figures.
    """
    rows = claims.assign(published=publication_dates(claims, articles), panel=claims["kind"])
    rows.loc[is_percent(rows), "panel"] = PERCENT_PANEL
    undated = rows["published"].isna()
    drawn = rows[~undated]
    panels = [kind for kind in [*KIND_COLOURS, PERCENT_PANEL] if kind in set(drawn["panel"])]
    notes = [f"{int(undated.sum()):,} in undated articles not drawn" if undated.any() else ""]
    if not panels:
        figure = new_figure(8, 2.0)
        empty(figure, shown_in_title(f"Figures claimed over time (none of {len(claims):,} in a dated article)", notes))
        return figure
    group, order = claim_voices(drawn, speakers=speakers)
    colours = dict(zip([name for name in order if name not in VOICE_COLOURS], SPEAKER_COLOURS))
    colours.update(VOICE_COLOURS)
    columns = 1 if len(panels) == 1 else 2
    lines = math.ceil(len(panels) / columns)
    figure = new_figure(10 if columns == 2 else 8, 2.7 * lines + 1.4)
    grid = figure.subplots(lines, columns, squeeze=False, sharex=True)
    first, last = drawn["published"].min().normalize(), drawn["published"].max().normalize()
    span = max((last - first).days, 1)
    step = max(span * 0.004, 0.12)  # days between voices on one day
    slot = {name: (index - (len(order) - 1) / 2) * step for index, name in enumerate(order)}
    zeros, dense = 0, False
    for axes, panel in zip(grid.flat, panels):
        part = drawn[drawn["panel"] == panel]
        x = _days(part["published"].dt.normalize()) + 0.5 + group[part.index].map(slot)
        if panel != PERCENT_PANEL:
            log = _log_values(part)
            if log:
                zeros += int((part["value_high"] <= 0).sum())
                keep = part["value_high"] > 0
                part, x = part[keep], x[keep]
        if len(part) > DENSE:
            noun = _draw_medians(axes, part, group[part.index], colours, first, last)
            dense = True
        else:
            _draw_voices(axes, x, part, group[part.index].map(colours))
            noun = ""
        what = f"{count(len(part), 'figure')}, {count(part['article_id'].nunique(), 'article')}" + (
            f"; median per {noun}" if noun else "")
        if panel == PERCENT_PANEL:
            axes.set_ylim(0, max(100.0, float(part["value_high"].max())) * 1.05)
            axes.set_title(f"percentages, any kind ({what})", fontsize="medium")
        else:
            if log:
                axes.set_yscale("log")
            else:
                axes.set_ylim(0, max(float(part["value_high"].max()), 1.0) * 1.15)
            axes.set_title(f"{panel} ({what})", fontsize="medium", color=KIND_COLOURS[panel])
        thousands(axes.yaxis)
        axes.grid(axis="y", color=GRID, linewidth=0.6)
        axes.set_axisbelow(True)
    for axes in list(grid.flat)[len(panels):]:
        axes.set_axis_off()
    _publication_axis(grid, drawn["published"], first, last, span)
    for axes in grid[:, 0]:
        axes.set_ylabel("Figure as stated")
    named = top_of(drawn.loc[drawn["speaker"].fillna("") != "", "speaker"].nunique(), speakers, "speakers coloured")
    notes.append(f"{zeros:,} zeros not drawn on a log axis" if zeros else "")
    figure.suptitle(shown_in_title("Figures claimed, by kind, over the publication date of their article",
                                   [named, *notes]))
    figure.legend(handles=_voice_handles(order, colours, dense=dense), loc="outside lower center", ncols=5,
                  fontsize="small", frameon=False)
    return figure


#: More figures than this in one panel of ``claims_over_time`` are drawn as monthly medians, not dots.
DENSE = 1500
#: The panel of ``claims_over_time`` that holds every percentage, whatever its kind.
PERCENT_PANEL = "percent"


def _days(dates: pd.Series) -> pd.Series:
    """Dates as matplotlib's date numbers (days since 1970-01-01)."""
    return (dates - pd.Timestamp("1970-01-01")).dt.total_seconds() / 86400


def _log_values(part: pd.DataFrame) -> bool:
    """Whether a panel's positive values span more than twentyfold (then its axis is logarithmic)."""
    positive = part.loc[part["value_high"] > 0]
    if positive.empty:
        return False
    low = positive["value_low"].where(positive["value_low"] > 0, positive["value_high"]).min()
    return positive["value_high"].max() / low > 20


def _draw_voices(axes, x: pd.Series, part: pd.DataFrame, colour: pd.Series) -> None:
    """Ranges as vertical bars from low to high, a dot at the top of each figure (hollow when hedged)."""
    from matplotlib.collections import LineCollection

    ranged = (part["value_high"] > part["value_low"]).to_numpy()
    if ranged.any():
        low = part["value_low"].where(part["value_low"] > 0, part["value_high"] / 10)  # a log axis has no zero
        segments = [((xi, lo), (xi, hi)) for xi, lo, hi in
                    zip(x[ranged], low[ranged], part.loc[ranged, "value_high"])]
        axes.add_collection(LineCollection(segments, colors=list(colour[ranged]), linewidths=2.4, alpha=0.7))
    hedged = part["hedged"].astype(bool).to_numpy()
    size = 18 if len(part) <= 2000 else 8
    axes.scatter(x[~hedged], part.loc[~hedged, "value_high"], s=size, c=list(colour[~hedged]), alpha=0.8,
                 linewidths=0, zorder=3)
    axes.scatter(x[hedged], part.loc[hedged, "value_high"], s=size + 4, facecolors="white",
                 edgecolors=list(colour[hedged]), linewidths=1.2, zorder=3)


def _draw_medians(axes, part: pd.DataFrame, group: pd.Series, colours: dict[str, str], first: pd.Timestamp,
                  last: pd.Timestamp) -> str:
    """A panel with too many figures for dots: per month (or week, day), the median figure (the top
    of a range) of each voice as a line, over a grey band of the middle half of every voice's
    figures.  Returns the bin's name ("month")."""
    bins = time_bins(first, last)
    if bins.noun == "week" and (last - first).days > 183:
        bins = bins._replace(freq="M", noun="month")
    start = bin_start(part["published"], bins)
    middle = _days(start) + bin_width_days(bins) / 2
    values = part["value_high"]
    everyone = values.groupby(middle).quantile([0.25, 0.75]).unstack()
    axes.fill_between(everyone.index, everyone[0.25], everyone[0.75], color="#d9d9d9", linewidth=0,
                      label="middle half of all figures")
    for name, colour in colours.items():
        mine = group == name
        if not mine.any():
            continue
        medians = values[mine].groupby(middle[mine]).agg(["median", "size"])
        medians = medians[medians["size"] >= 3]  # a median of one or two figures is noise
        axes.plot(medians.index, medians["median"], color=colour, linewidth=1.4, marker="o", markersize=2.5)
    return bins.noun


def _publication_axis(grid, published: pd.Series, first: pd.Timestamp, last: pd.Timestamp, span: int) -> None:
    """The shared date axis: dates as dates, or each publication day as a tick when the corpus
    covers less than a week (a one-article corpus is one day wide)."""
    from matplotlib.ticker import FixedLocator, FuncFormatter

    pad = max(2.0, span * 0.03) if span >= 7 else 1.0
    left, right = _days(pd.Series([first]))[0] - pad, _days(pd.Series([last]))[0] + 1 + pad
    days = sorted(published.dt.normalize().unique())
    for axes in grid.flat:
        axes.set_xlim(left, right)
        if span >= 7:
            date_axis(axes.xaxis)
        else:
            axes.xaxis.set_major_locator(FixedLocator([_days(pd.Series([day]))[0] + 0.5 for day in days]))
            axes.xaxis.set_major_formatter(FuncFormatter(
                lambda value, _: (pd.Timestamp("1970-01-01") + pd.Timedelta(days=value - 0.5)).strftime("%Y-%m-%d")))
        axes.tick_params(axis="x", labelbottom=True, labelsize="small")


def _voice_handles(order: list[str], colours: dict[str, str], *, dense: bool) -> list:
    """Legend entries: one per voice, then how figures are drawn (hedged dots, ranges, the band)."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [Line2D([], [], marker="o", linestyle="", color=colours[name], label=plain(name)) for name in order]
    handles.append(Line2D([], [], marker="o", linestyle="", markerfacecolor="white", color="#3a3a3a", label="hedged"))
    handles.append(Line2D([], [], linewidth=2.4, color="#3a3a3a", alpha=0.7, label="a range, low to high"))
    if dense:
        handles.append(Patch(color="#d9d9d9", label="middle half of all figures"))
    return handles


def headline_ratio(check: pd.DataFrame, *, rows: int = 12) -> Figure:
    """The headline check as a ratio: each title or standfirst figure divided by the body figure
    it was checked against (the middle of each range), on a log axis with 1 marked.  A ratio of
    2 is a headline twice the body's figure; "$200bn" and "38 attacks" sit on the same axis.

    Up to ``rows`` headline figures get a line each, named "verdict · 400 troops vs 300 to 400";
    more are drawn as one strip of dots per verdict.  Figures with no body figure to compare
    ("unsupported") are listed or counted, with no dot.
    """
    from helpers.views.summaries import VERDICTS

    if check.empty:
        figure = new_figure(9, 1.6)
        empty(figure, "Headline figures against the body (no figure in a title or standfirst)")
        return figure
    head = (check["value_low"] + check["value_high"]) / 2
    body = (check["body_value_low"] + check["body_value_high"]) / 2
    rank = {verdict: index for index, verdict in enumerate(VERDICTS)}
    frame = check.assign(ratio=head / body.where(body > 0), _rank=check["verdict"].map(rank))
    frame = frame.sort_values(["_rank", "article_id", "claim_id"], kind="stable").reset_index(drop=True)
    one_line_each = len(frame) <= rows
    if one_line_each:
        names = [f"{row.verdict} · {row.surface} {row.unit}".rstrip() + (f" vs {row.body_surface}" if row.body_claim_id
                 else " (no body figure)") for row in frame.itertuples(index=False)]
        y = pd.Series(range(len(frame)), dtype=float)
    else:
        verdicts = [verdict for verdict in VERDICTS if verdict in set(frame["verdict"])]
        counts = frame["verdict"].value_counts()
        names = [f"{verdict} ({counts[verdict]:,})" + (", no body figure" if verdict == "unsupported" else "")
                 for verdict in verdicts]
        position = frame["verdict"].map({verdict: index for index, verdict in enumerate(verdicts)})
        y = position + ((pd.Series(range(len(frame))) * 0.6180339887) % 1 - 0.5) * 0.5  # spread, reproducibly
    figure = new_figure(9, 1.5 + (0.32 if one_line_each else 0.55) * max(len(names), 2))
    axes = figure.subplots()
    drawn = frame["ratio"].notna() & (frame["ratio"] > 0)
    ratios = frame.loc[drawn, "ratio"]
    colours = ["#c44e52" if value > 1 else "#4c72b0" if value < 1 else "#3a3a3a" for value in ratios]
    size, alpha = (40, 0.9) if len(ratios) <= 200 else (12, 0.35)
    axes.scatter(ratios, y[drawn], s=size, c=colours, alpha=alpha, linewidths=0, zorder=3)
    axes.axvline(1, color="#3a3a3a", linewidth=1)
    if not one_line_each:  # each strip's median, so that a dense strip still reads as one number
        for index, verdict in enumerate(verdicts):
            median = frame.loc[drawn & (frame["verdict"] == verdict), "ratio"].median()
            if pd.notna(median):
                axes.plot([median, median], [index - 0.3, index + 0.3], color="black", linewidth=2, zorder=4)
                axes.annotate(f"median ×{median:.3g}", (median, index - 0.3), xytext=(0, 2),
                              textcoords="offset points", ha="center", va="bottom", fontsize="x-small")
    reach = max(float(ratios.max()) if len(ratios) else 1, 1 / float(ratios.min()) if len(ratios) else 1, 4) * 1.6
    axes.set_xscale("log")
    axes.set_xlim(1 / reach, reach)
    ratio_axis(axes.xaxis, 1 / reach, reach)
    axes.set_yticks(range(len(names)), [plain(name) for name in names], fontsize="small" if one_line_each else None)
    axes.set_ylim(len(names) - 0.5, -0.5)
    axes.grid(axis="x", color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.set_xlabel("Headline figure ÷ body figure (middle of each range; log scale; red: headline higher)",
                    fontsize="small")
    articles = check["article_id"].nunique()
    axes.set_title(f"Headline figures against the body figure of the same kind and rate\n"
                   f"({count(len(check), 'title and standfirst figure')} in {count(articles, 'article')})",
                   fontsize="medium")
    return figure


#: Ticks of a ratio axis, as fractions and multiples: 1/1000 ... 1/2, 1, 2 ... 1000.
RATIO_TICKS = (1e-3, 1e-2, 0.1, 0.25, 0.5, 1, 2, 4, 10, 100, 1e3, 1e4, 1e5, 1e6)


def ratio_axis(axis, low: float, high: float) -> None:
    """A log axis of ratios ticked "×¼", "×½", "×1", "×2", "×10" (no minor tick labels)."""
    from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter, NullLocator

    fractions = {0.25: "¼", 0.5: "½"}
    ticks = [tick for tick in RATIO_TICKS if low <= tick <= high]
    axis.set_major_locator(FixedLocator(ticks))
    axis.set_minor_locator(NullLocator())
    axis.set_minor_formatter(NullFormatter())
    axis.set_major_formatter(FuncFormatter(lambda value, _: "×" + (
        fractions.get(value) or (number(value) if value >= 1 else f"1/{1 / value:,.0f}"))))


def hedged_vs_firm(counts: pd.DataFrame) -> Figure:
    """Stacked horizontal bars per kind: figures stated firmly and figures under a hedge
    ("reportedly", "reports indicate"), each bar labelled with its hedged share; takes
    ``helpers.views.hedged_counts``."""
    figure = new_figure(8, 0.45 * max(len(counts), 1) + 1.4)
    if counts.empty:
        empty(figure, "Figures stated firmly and under a hedge (no figures)")
        return figure
    axes = figure.subplots()
    kinds = list(counts.index)[::-1]
    firm = counts["firm"].reindex(kinds).to_numpy()
    hedged = counts["hedged"].reindex(kinds).to_numpy()
    axes.barh(kinds, firm, color="#4c72b0", label="firm")
    bars = axes.barh(kinds, hedged, left=firm, color="#f2a3a3", hatch="//", edgecolor="#c44e52", label="hedged")
    totals = firm + hedged
    axes.bar_label(bars, labels=[f"{total:,} ({share:.0%} hedged)" for total, share
                                 in zip(totals, hedged / np.maximum(totals, 1))], padding=3, fontsize="small")
    axes.set_xlim(0, max(int(totals.max()), 1) * 1.3)
    axes.set_title("Figures stated firmly and under a hedge, by kind")
    axes.set_xlabel("Figures (count)")
    axes.set_ylabel("Kind of claim")
    integer_ticks(axes.xaxis)
    thousands(axes.xaxis)
    figure.legend(*axes.get_legend_handles_labels(), loc="outside lower center", ncols=2, frameon=False)
    return figure


# --- one article -------------------------------------------------------------------------------


def _claim_label(row, width: int = 46) -> str:
    """ "body · up to 30 mortar systems/month" for a y tick."""
    approx = f"{row.approx} " if row.approx and row.approx != "vague" else ""
    rate = f"/{row.period}" if row.period else ""
    label = f"{row.part} · {approx}{row.surface} {row.unit}".rstrip() + rate
    return label if len(label) <= width else label[: width - 1] + "…"


def _draw_ranges(axes, rows: pd.DataFrame) -> None:
    """One row per figure: a segment from low to high (dashed when vague), a dot for a point;
    hollow markers for hedged figures."""
    for position, row in enumerate(rows.itertuples(index=False)):
        colour = KIND_COLOURS.get(row.kind, "#8c8c8c")
        face = "white" if row.hedged else colour
        if row.value_high > row.value_low:
            axes.plot([row.value_low, row.value_high], [position, position], color=colour, linewidth=3,
                      linestyle="--" if row.approx == "vague" else "-", solid_capstyle="butt")
            axes.plot([row.value_low, row.value_high], [position, position], linestyle="none", marker="|",
                      markersize=12, color=colour)
        else:
            axes.plot([row.value_low], [position], linestyle="none", marker="o", markersize=7,
                      markerfacecolor=face, markeredgecolor=colour, markeredgewidth=1.6)
    axes.set_yticks(range(len(rows)), [plain(_claim_label(row)) for row in rows.itertuples(index=False)])
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.grid(axis="x", color=GRID)


def figures_by_kind(claims: pd.DataFrame, *, limit: int = 40, title: str = "Figures claimed, by kind") -> Figure:
    """One article's figures as stated, grouped by kind: ranges drawn as ranges, points as dots
    (for a corpus, ``claims_over_time`` reads better).

    Counts and percentages get separate panels (a percent is not a count); the count axis
    turns logarithmic when figures span more than two orders of magnitude.  Hollow dots are
    hedged figures, dashed segments vague quantities ("hundreds").  At most ``limit`` figures
    are drawn, in kind order then text order, and the title says so.
    """
    from matplotlib.lines import Line2D

    order = {kind: index for index, kind in enumerate(KIND_COLOURS)}
    rows = claims.assign(_kind_order=claims["kind"].map(order).fillna(len(order)))
    rows = rows.sort_values(["_kind_order", "article_id", "start"], kind="stable").head(limit)
    percent = is_percent(rows)
    panels = [(part, name) for part, name in ((rows[~percent], "count"), (rows[percent], "percent")) if len(part)]
    heights = [max(len(part), 1) for part, _ in panels] or [1]
    figure = new_figure(9, 0.32 * sum(heights) + 1.2 * len(heights) + 0.8)
    if not panels:
        empty(figure, f"{title} (none found)")
        return figure
    axes_list = figure.subplots(len(panels), 1, squeeze=False, gridspec_kw={"height_ratios": heights})[:, 0]
    for axes, (part, name) in zip(axes_list, panels):
        _draw_ranges(axes, part)
        if name == "count":
            low, high = part["value_low"].min(), part["value_high"].max()
            if low > 0 and high / low > 100:
                axes.set_xscale("log")
                axes.set_xlabel("Figure as stated (count of the unit in the label, log scale)")
            else:
                axes.set_xlim(left=0)
                axes.set_xlabel("Figure as stated (count of the unit in the label)")
            thousands(axes.xaxis)
        else:
            axes.set_xlim(0, 100)
            axes.set_xlabel("Figure as stated (percent of the unit in the label)")
    shown = f" (first {limit} of {len(claims):,})" if len(claims) > limit else ""
    axes_list[0].set_title(f"{title}{shown}\nsegments are ranges, hollow dots are hedged figures", fontsize="medium")
    kinds = [kind for kind in KIND_COLOURS if kind in set(rows["kind"])]
    handles = [Line2D([], [], color=KIND_COLOURS[kind], marker="o", linestyle="-", label=kind) for kind in kinds]
    axes_list[0].legend(handles=handles, title="kind", loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    return figure
