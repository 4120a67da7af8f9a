"""Charts of who says what (03_sources): statements per speaker, statements per speaker over
time, the share of text in each voice, and one article's attribution chain."""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.views.charts.base import (
    Figure, count, empty, integer_ticks, new_figure, plain, publication_dates, shown_in_title, thousands, time_bins,
    top_of,
)
from helpers.views.labels import article_labels, article_source

VOICE_COLOURS = {
    "author": "#8c8c8c", "named source": "#4c72b0", "unnamed source": "#dd8452", "inferred": "#a1c9f4",
}


def statements_per_speaker(speakers: pd.DataFrame, *, limit: int = 20) -> Figure:
    """Horizontal bars per speaker: statements as stated, statements inferred by context,
    and the claims attributed to them (the ``limit`` speakers with most statements)."""
    top = speakers.sort_values(["statements", "speaker"], ascending=[False, True]).head(limit).iloc[::-1]
    figure = new_figure(8, 0.45 * max(len(top), 1) + 1.6)
    if top.empty:
        empty(figure, "Statements and claims per speaker (no named speaker)")
        return figure
    axes = figure.subplots()
    rows = range(len(top))
    height = 0.27
    for offset, column, label, colour in (
        (height, "statements", "statements (cue in the text)", "#4c72b0"),
        (0.0, "inferred", "inferred by context", "#a1c9f4"),
        (-height, "claims", "figure claims attributed", "#c44e52"),
    ):
        axes.barh([row + offset for row in rows], top[column].to_numpy(), height=height, label=label, color=colour)
    axes.set_yticks(list(rows), labels=[plain(name) for name in top["speaker"]])
    axes.set_xlabel("Count")
    axes.set_ylabel("Speaker (canonical name)")
    axes.set_title(shown_in_title("Statements and claims per speaker", [top_of(len(speakers), limit, "speakers")]))
    integer_ticks(axes.xaxis)
    thousands(axes.xaxis)
    axes.legend(loc="lower right", fontsize="small")
    return figure


def speakers_over_time(attributions: pd.DataFrame, articles: pd.DataFrame, *, limit: int = 15) -> Figure:
    """Statements per speaker per month (or day, week, year: the bin follows the span of the
    publication dates), as a heat map: one row per speaker, the ``limit`` with most statements
    first and the others in one row; one column per bin that has a dated article, so that
    quiet years do not squeeze the busy months.  Colours are on a log scale; counts are
    written in the cells when there are few.  Statements of undated articles are counted in
    the title."""
    from matplotlib import colormaps
    from matplotlib.colors import LogNorm
    from matplotlib.ticker import NullFormatter

    named = attributions[attributions["speaker"].fillna("") != ""]
    named = named.assign(published=publication_dates(named, articles))
    undated = int(named["published"].isna().sum())
    dated = named.dropna(subset=["published"])
    figure = new_figure(9, 2.0)
    if dated.empty:
        empty(figure, shown_in_title("Statements per speaker over time (no statement of a named speaker in a dated "
                                     "article)", [f"{undated:,} in undated articles" if undated else ""]))
        return figure
    dates = articles["published"].dropna()
    bins = time_bins(dates.min(), dates.max())
    if bins.noun == "week" and dates.dt.to_period("M").nunique() > 6:
        bins = bins._replace(freq="M", noun="month")  # a heat map reads months better than 100 weeks
    period = dated["published"].dt.to_period(bins.freq)
    columns = sorted(dates.dt.to_period(bins.freq).unique())
    totals = dated["speaker"].value_counts()
    totals = totals.sort_index().sort_values(ascending=False, kind="stable")
    kept = list(totals.index[:limit])
    rows = dated["speaker"].where(dated["speaker"].isin(kept), "\0others")
    table = pd.crosstab(rows, period).reindex(index=kept + (["\0others"] if len(totals) > limit else []),
                                              columns=columns, fill_value=0)
    labels = [f"{name} ({totals[name]:,})" for name in kept]
    if len(totals) > limit:
        labels.append(f"{len(totals) - limit:,} other speakers ({int(totals.iloc[limit:].sum()):,})")
    figure.set_size_inches(min(max(6.0, 0.28 * len(columns) + 4.5), 16), 0.36 * len(labels) + 2.2)
    axes = figure.subplots()
    values = table.to_numpy().astype(float)
    masked = np.ma.masked_equal(values, 0)
    cmap = colormaps["Blues"].with_extremes(bad="#f4f4f4")  # no statement: light grey, not white
    image = axes.imshow(masked, aspect="auto", cmap=cmap, interpolation="nearest",
                        norm=LogNorm(vmin=1, vmax=max(values.max(), 2)))
    if values.size <= 400 and len(columns) <= 30:
        for (row, column), value in np.ndenumerate(values):
            if value:
                axes.text(column, row, f"{value:,.0f}", ha="center", va="center", fontsize="x-small",
                          color="white" if value > values.max() ** 0.6 else "#1a1a1a")
    axes.set_yticks(range(len(labels)), [plain(label) for label in labels], fontsize="small")
    step = max(1, len(columns) // 16)
    formats = {"D": "%Y-%m-%d", "W-MON": "%Y-%m-%d", "M": "%Y-%m", "Y": "%Y"}
    axes.set_xticks(range(0, len(columns), step),
                    [columns[index].start_time.strftime(formats[bins.freq]) for index in range(0, len(columns), step)],
                    rotation=45 if len(columns) > 6 else 0, ha="right" if len(columns) > 6 else "center",
                    fontsize="small")
    axes.set_xlabel(f"Publication {bins.noun} (only {bins.noun}s with a dated article)")
    colourbar = figure.colorbar(image, ax=axes, shrink=0.8, pad=0.01)
    colourbar.set_label("Statements (log scale)")
    thousands(colourbar.ax.yaxis)
    colourbar.ax.yaxis.set_minor_formatter(NullFormatter())
    axes.set_title(shown_in_title(f"Statements per speaker per {bins.noun}",
                                  [top_of(len(totals), len(kept), "named speakers"),
                                   f"{undated:,} statements in undated articles not drawn" if undated else ""]),
                   fontsize="medium")
    return figure


def voice_share(sentences: pd.DataFrame, articles: pd.DataFrame, *, by: str = "source", limit: int = 12) -> Figure:
    """Stacked bars: the share of the text (characters of sentences) in each voice (author,
    named source, unnamed source, inferred).

    ``by="source"``: one bar for the whole corpus, then one per source (outlet, else domain),
    the ``limit`` sources with most text; ``by="article"``: one bar per article (the first
    ``limit`` by date), labelled "date · source · title".
    """
    frame = sentences.assign(chars=sentences["end"] - sentences["start"])
    if by == "article":
        names = article_labels(articles)
    else:
        names = pd.Series([article_source(row) or "(no outlet or URL)" for row in articles.itertuples(index=False)],
                          index=articles["article_id"], dtype=object)
    frame = frame.assign(group=frame["article_id"].map(names))
    table = frame.pivot_table(index="group", columns="voice", values="chars", aggfunc="sum", fill_value=0)
    table = table.reindex(columns=list(VOICE_COLOURS), fill_value=0)
    if by == "article":
        order = [name for name in names if name in table.index]
        rows = table.reindex(order[:limit])
    else:
        order = list(table.sum(axis=1).sort_index().sort_values(ascending=False, kind="stable").index)
        counts = names.value_counts()
        rows = table.reindex(order[:limit]).rename(index=lambda name: f"{name} ({count(counts[name], 'article')})")
        if len(order) > 1:
            everything = frame.groupby("voice")["chars"].sum().reindex(list(VOICE_COLOURS), fill_value=0)
            rows = pd.concat([everything.to_frame(f"all {count(len(articles), 'article')}").T, rows])
    shares = rows.div(rows.sum(axis=1).where(lambda total: total > 0, 1), axis=0) * 100
    figure = new_figure(8.5, 0.42 * max(len(shares), 1) + 1.9)
    if shares.empty:
        empty(figure, "Whose voice the text is in (no sentences)")
        return figure
    axes = figure.subplots()
    shares = shares.iloc[::-1]
    left = np.zeros(len(shares))
    positions = np.arange(len(shares))
    for voice, colour in VOICE_COLOURS.items():
        axes.barh(positions, shares[voice].to_numpy(), left=left, label=voice, color=colour)
        left = left + shares[voice].to_numpy()
    axes.set_yticks(positions, [plain(name) for name in shares.index], fontsize="small")
    axes.set_xlim(0, 100)
    axes.set_xlabel("Share of the text (% of characters in sentences)")
    noun = "articles, by date" if by == "article" else "sources, by amount of text"
    axes.set_title(shown_in_title("Whose voice the text is in" + (", per source" if by != "article" else ""),
                                  [f"first {limit} of {len(order):,} {noun}" if len(order) > limit else ""]),
                   fontsize="medium")
    figure.legend(*axes.get_legend_handles_labels(), loc="outside lower center", ncols=4, fontsize="small",
                  frameon=False)
    return figure


def attribution_chain(chain, *, title: str = "Attribution chain: author → outlet → speaker → claims") -> Figure:
    """The attribution graph drawn in fixed columns (author, outlet, speaker, claim), so the
    drawing is the same on every run.  ``chain`` is the networkx DiGraph of
    ``helpers.views.attribution_graph``: nodes carry ``layer`` (0-3) and ``label``; what the
    graph left out (``chain.graph["shown"]``: "top 10 of 152 speakers ...") is added to the
    title, so that a reader knows the drawing is a selection.  Meant for one article: across
    a corpus, ``speakers_over_time`` and ``statements_per_speaker`` read better."""
    layers: dict[int, list] = {}
    for node, data in chain.nodes(data=True):
        layers.setdefault(data["layer"], []).append(node)
    rank: dict = {}
    for layer in sorted(layers):  # each column in the order of what feeds it, then by label
        layers[layer].sort(key=lambda node: (
            min((rank[p] for p in chain.predecessors(node) if p in rank), default=0), chain.nodes[node]["label"],
        ))
        rank.update({node: index for index, node in enumerate(layers[layer])})
    tallest = max((len(nodes) for nodes in layers.values()), default=1)
    figure = new_figure(10, 0.55 * tallest + 1.8)
    axes = figure.subplots()
    position = {}
    for layer, nodes in layers.items():
        for index, node in enumerate(nodes):
            position[node] = (layer, (len(nodes) - 1) / 2 - index)
    for source, target, data in sorted(chain.edges(data=True), key=lambda edge: (str(edge[0]), str(edge[1]))):
        (x0, y0), (x1, y1) = position[source], position[target]
        axes.annotate("", xy=(x1 - 0.08, y1), xytext=(x0 + 0.08, y0),
                      arrowprops={"arrowstyle": "->", "color": "#999999",
                                  "lw": 0.8 + 0.4 * min(data.get("weight", 1), 5)})
    colours = {0: "#8c8c8c", 1: "#55a868", 2: "#4c72b0", 3: "#c44e52"}
    for node, (x, y) in position.items():
        data = chain.nodes[node]
        axes.text(x, y, plain(data["label"]), ha="center", va="center", fontsize=8, wrap=True,
                  bbox={"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": colours[data["layer"]]})
    axes.set_xlim(-0.6, 3.6)
    axes.set_ylim(-tallest / 2 - 0.2, tallest / 2 + 0.2)
    axes.set_xticks([0, 1, 2, 3], labels=["author", "outlet (via)", "speaker", "claims"])
    axes.set_yticks([])
    for side in ("left", "right", "top"):
        axes.spines[side].set_visible(False)
    shown = chain.graph.get("shown", "")
    axes.set_title(f"{title}\n({shown})" if shown else title, fontsize="medium")
    return figure
