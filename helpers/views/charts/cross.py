"""Charts of notebook 06: figures carried by several articles against the sources behind them,
the echo graph, and claims beside the official series on a time axis."""

from __future__ import annotations

import networkx as nx
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter
import numpy as np
import pandas as pd

from helpers.views.charts.base import (
    REST, Figure, count, empty, integer_ticks, new_figure, number, plain, shown_in_title, top_of,
)
from helpers.views.labels import article_labels, shorten

#: Colours of the echo graph's edges, by how the later article repeats the earlier.
ECHO_COLOURS = {"duplicate": "#c44e52", "contains": "#dd8452", "shares_passages": "#8172b3",
                "repeats figures": "#4c72b0"}
#: Claims above which the reference chart draws weekly medians instead of points.
MAX_POINTS = 300
#: Colours of the reference chart's points, by what the claim was compared with: the
#: ``comparison`` of ``reference_check`` by its first word ("sum over 7 days" -> "sum").
COMPARISON_COLOURS = {"daily": ("#4c72b0", "the day's figure"), "mean": ("#55a868", "a mean over its days"),
                      "sum": ("#dd8452", "a sum over its days"), "cumulative": ("#c44e52", "the running total")}


def sources_per_group(overview: pd.DataFrame, *, limit: int = 15) -> Figure:
    """For each figure several articles report (``views.cross.group_overview``), the articles
    that carry it beside the independent sources behind it: a long bar over a short one is one
    source repeated.  The ``limit`` groups with most articles, the rest counted in the title."""
    shown = overview.head(limit)
    figure = new_figure(9, 0.42 * max(len(shown), 1) + 1.6)
    if shown.empty:
        empty(figure, "No figure is reported by more than one article")
        return figure
    axes = figure.subplots()
    positions = np.arange(len(shown))
    axes.barh(positions - 0.2, shown["articles"], height=0.4, color=REST, label="articles carrying it")
    bars = axes.barh(positions + 0.2, shown["independent_sources"], height=0.4, color="#4c72b0",
                     label="independent sources")
    axes.bar_label(bars, padding=3, fontsize="small")
    axes.set_yticks(positions, [plain(shorten(f"{key} ({values})", 70)) for key, values in
                                zip(shown["key"], shown["values"])], fontsize="small")
    axes.set_ylim(len(shown) - 0.5, -0.6)
    integer_ticks(axes.xaxis)
    axes.set_xlabel("Articles / sources")
    figure.legend(loc="outside lower center", ncols=2, fontsize="small")
    figure.suptitle(shown_in_title("Figures several articles report: articles against sources behind them",
                                   [top_of(len(overview), len(shown), "groups")], width=70))
    return figure


def echo_chart(graph: nx.DiGraph, articles: pd.DataFrame, *, limit: int = 30) -> Figure:
    """The echo graph (``views.cross.echo_graph``): an arrow from each article to the earlier one
    it repeats, coloured by how (a copy, a summary held in a longer report, a shared passage,
    or figures repeated from the same speaker and outlet).  The largest connected groups of
    articles are drawn, up to ``limit`` articles; the rest are counted in the title."""
    figure = new_figure(10, 5)
    if graph.number_of_nodes() == 0:
        empty(figure, "No article repeats another")
        return figure
    components = sorted(nx.weakly_connected_components(graph), key=lambda nodes: (-len(nodes), min(nodes)))
    kept: list[str] = []
    cut_from = 0
    for nodes in components:
        if len(nodes) > limit - len(kept):
            if not kept:  # one group larger than the chart: its most connected articles
                degree = graph.degree(nodes)
                kept = sorted(sorted(nodes, key=lambda node: (-degree[node], node))[:limit])
                cut_from = len(nodes)
            break
        kept.extend(sorted(nodes))
    shown = graph.subgraph(kept)
    labels = article_labels(articles, width=40)
    if shown.number_of_edges() > 2 * shown.number_of_nodes():  # dense: a spring layout makes a blob
        positions = nx.circular_layout(sorted(shown.nodes))
    else:
        positions = nx.spring_layout(shown, seed=7, k=1.2 / max(1, np.sqrt(shown.number_of_nodes())))
    axes, side = figure.subplots(1, 2, width_ratios=[1, 1])
    for relation, colour in ECHO_COLOURS.items():
        edges = [(a, b) for a, b, data in shown.edges(data=True) if data["relation"] == relation]
        if edges:
            nx.draw_networkx_edges(shown, positions, edgelist=edges, edge_color=colour, ax=axes, arrows=True,
                                   arrowsize=14, width=1.6, node_size=300)
            axes.plot([], [], color=colour, label=relation)
    nx.draw_networkx_nodes(shown, positions, node_size=300, node_color="#f0f0f0", edgecolors="#555", ax=axes)
    numbers = {node: number for number, node in enumerate(kept, start=1)}
    nx.draw_networkx_labels(shown, positions, labels={node: str(numbers[node]) for node in kept}, font_size=8, ax=axes)
    key = "\n".join(f"{numbers[node]:>2}  {plain(labels.get(node, node))}" for node in kept)
    side.text(0, 0.5, key, ha="left", va="center", fontsize="x-small", family="monospace", transform=side.transAxes)
    side.set_axis_off()
    axes.legend(loc="lower left", fontsize="small", title="repeats by", title_fontsize="small")
    axes.set_axis_off()
    axes.margins(0.2)
    left = graph.number_of_nodes() - (cut_from or shown.number_of_nodes())
    notes = [f"the {shown.number_of_nodes():,} most connected of a group of {cut_from:,} articles" if cut_from else
             f"{count(shown.number_of_nodes(), 'article')} shown",
             f"{count(left, 'more article')} in other groups" if left else ""]
    figure.suptitle(shown_in_title("Who repeats whom: an arrow from each article to the earlier one it repeats", notes))
    return figure


def claims_beside_reference(check: pd.DataFrame, reference: pd.DataFrame, *, measure: str = "") -> Figure:
    """Claims beside the official series on one time axis, for one ``measure`` (default: the one
    with most claims that have an official value).  Top: the official figure per day.  Bottom:
    each claim's ratio to the official value for its days (log axis; 1 is the official figure),
    at the last of its days, a range drawn from its low to its high end and a window of
    several days as a line over them.  Claims with no official value are counted in
    the title, not placed."""
    figure = new_figure(9, 5.5)
    compared = check[check["ratio"].notna()]
    if compared.empty:
        empty(figure, shown_in_title("No claim could be set beside an official figure",
                                     [f"{count(len(check), 'claim')} of a measure the series hold" if len(check) else ""]))
        return figure
    measure = measure or compared["measure"].value_counts().sort_index().sort_values(ascending=False,
                                                                                    kind="stable").index[0]
    rows = compared[compared["measure"] == measure]
    series = reference[(reference["measure"] == measure) & reference["value"].notna()]
    first, last = pd.to_datetime(rows["date_start"]).min(), pd.to_datetime(rows["date_end"]).max()
    pad = pd.Timedelta(days=max(7, int((last - first).days * 0.05)))
    series = series[(series["date"] >= first - pad) & (series["date"] <= last + pad)]
    top, bottom = figure.subplots(2, 1, sharex=True, height_ratios=[1, 1.4])
    for source, part in series.groupby("source", sort=True):
        top.plot(part["date"], part["value"], color="#555", linewidth=1, label=plain(source))
    top.set_ylabel(f"Official {measure}\nper day")
    top.legend(loc="upper left", fontsize="x-small")
    top.grid(axis="y", color="#e5e5e5")
    ratios = rows["ratio"].to_numpy(dtype=float)
    lows = (rows["claim_low"] / rows["reference_value"]).to_numpy(dtype=float)
    starts, ends = pd.to_datetime(rows["date_start"]), pd.to_datetime(rows["date_end"])
    kinds = rows["comparison"].astype(str).str.split().str[0].to_numpy()
    dense = len(rows) > MAX_POINTS
    for kind, (colour, label) in COMPARISON_COLOURS.items():
        mask = kinds == kind
        if not mask.any():
            continue
        if dense:  # thousands of points hide each other: the weekly median and middle half
            weekly = pd.Series(ratios[mask], index=ends[mask].dt.to_period("W-MON").dt.start_time.to_numpy())
            spread = weekly.groupby(level=0).quantile([0.25, 0.5, 0.75]).unstack()
            bottom.fill_between(spread.index, spread[0.25], spread[0.75], color=colour, alpha=0.3, linewidth=0)
            bottom.plot(spread.index, spread[0.5], color=colour, linewidth=1.5, label=f"{label}: weekly median")
        else:
            bottom.vlines(ends[mask], lows[mask], ratios[mask], color=colour, linewidth=2)
            bottom.hlines(ratios[mask], starts[mask], ends[mask], color=colour, linewidth=2, alpha=0.6)
            bottom.scatter(ends[mask], ratios[mask], color=colour, s=28, zorder=3, label=label)
    bottom.axhline(1, color="#333", linewidth=1, linestyle="--")
    bottom.set_yscale("log")
    bottom.yaxis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
    bottom.yaxis.set_major_formatter(FuncFormatter(lambda value, _: number(value)))
    bottom.yaxis.set_minor_formatter(NullFormatter())
    low, high = np.nanmin(np.r_[lows, ratios, 1.0]), np.nanmax(np.r_[ratios, 1.0])
    bottom.set_ylim(low / 1.5, high * 1.5)
    bottom.set_ylabel("Claim ÷ official figure\n(log; 1 = official)")
    bottom.legend(loc="upper left", fontsize="x-small", title="compared with", title_fontsize="x-small")
    bottom.grid(axis="y", color="#e5e5e5")
    locator = AutoDateLocator(minticks=3, maxticks=7, interval_multiples=False)
    bottom.xaxis.set_major_locator(locator)
    bottom.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    bottom.set_xlim(first - pad, last + pad)
    others = len(compared) - len(rows)
    missing = len(check) - len(compared)
    top.set_title(shown_in_title(f"Claims of {measure} beside the official series ({count(len(rows), 'claim')})", [
        "weekly median ratio, the middle half shaded" if dense else "",
        f"{count(others, 'claim')} of other measures not drawn" if others else "",
        f"{count(missing, 'claim')} without an official value for their days" if missing else "",
    ]))
    return figure
