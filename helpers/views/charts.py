"""Charts: matplotlib figures of the corpus tables.  Figures only: nothing here parses text.

Every chart is meant to be read by a person: a title that says what is shown, labelled axes
with units, thousands separators, dates as dates.  Each function takes tidy DataFrames and
returns the ``Figure`` so a notebook can show it and a script can save it.
"""

from __future__ import annotations

import io

import pandas as pd
from matplotlib.figure import Figure as _MatplotlibFigure

from helpers.extract.claims import KINDS


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

_KIND_PALETTE = {
    "casualties": "#c44e52", "attacks": "#dd8452", "equipment": "#4c72b0", "destruction": "#8172b3",
    "territory": "#55a868", "civilians": "#da8bc3", "displaced": "#937860", "prisoners": "#64b5cd",
    "forces": "#2f4b7c", "aid": "#8bc34a", "money": "#ccb974", "economy": "#b07aa1", "distance": "#4e9f9f",
    "other": "#8c8c8c",
}
#: One colour per claim kind, in ``KINDS`` order (the order charts list kinds in).
KIND_COLOURS = {kind: _KIND_PALETTE.get(kind, "#8c8c8c") for kind in KINDS}


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
    axes.set_yticks(range(len(rows)), [_claim_label(row) for row in rows.itertuples(index=False)])
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.grid(axis="x", color="#e5e5e5")


def figures_by_kind(claims: pd.DataFrame, *, limit: int = 40) -> Figure:
    """Every figure as stated, grouped by kind: ranges drawn as ranges, points as dots.

    Counts and percentages get separate panels (a percent is not a count); the count axis
    turns logarithmic when figures span more than two orders of magnitude.  Hollow dots are
    hedged figures, dashed segments vague quantities ("hundreds").
    """
    from matplotlib.lines import Line2D

    order = {kind: index for index, kind in enumerate(KIND_COLOURS)}
    rows = claims.assign(_kind_order=claims["kind"].map(order).fillna(len(order)))
    rows = rows.sort_values(["_kind_order", "article_id", "start"], kind="stable").head(limit)
    is_percent = rows["surface"].str.contains(r"%|per ?cent", case=False, regex=True)
    panels = [(rows[~is_percent], "count"), (rows[is_percent], "percent")]
    panels = [(part, name) for part, name in panels if len(part)]
    heights = [max(len(part), 1) for part, _ in panels] or [1]
    figure = Figure(figsize=(9, 0.32 * sum(heights) + 1.2 * len(heights) + 0.8), layout="constrained")
    if not panels:
        axes = figure.subplots()
        axes.set_title("Figures claimed, by kind (none found)")
        axes.set_axis_off()
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
    axes_list[0].set_title(f"Figures claimed, by kind{shown}\nsegments are ranges, hollow dots are hedged figures")
    kinds = [kind for kind in KIND_COLOURS if kind in set(rows["kind"])]
    handles = [Line2D([], [], color=KIND_COLOURS[kind], marker="o", linestyle="-", label=kind) for kind in kinds]
    axes_list[0].legend(handles=handles, title="kind", loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    return figure


def headline_vs_body(check: pd.DataFrame) -> Figure:
    """Each headline (title/standfirst) figure as a diamond over the body figure it was
    checked against, drawn as a grey bar from low to high, with the verdict beside it: the
    seed's "400 daily" sits at the right end of the body's "300 to 400" bar."""
    figure = Figure(figsize=(9, 0.55 * max(len(check), 1) + 1.4), layout="constrained")
    axes = figure.subplots()
    if check.empty:
        axes.set_title("Headline figures against the body (no headline figures)")
        axes.set_axis_off()
        return figure
    labels = []
    for position, row in enumerate(check.itertuples(index=False)):
        if row.body_claim_id:
            width = row.body_value_high - row.body_value_low
            axes.barh(position, width if width > 0 else 0.0, left=row.body_value_low, height=0.45,
                      color="#c9c9c9", edgecolor="#7f7f7f")
            if width <= 0:
                axes.plot([row.body_value_low], [position], marker="|", markersize=18, color="#7f7f7f")
        axes.plot([row.value_low, row.value_high], [position, position], color="#c44e52", marker="D",
                  markersize=8, linestyle="-" if row.value_high > row.value_low else "none")
        right = max(row.value_high, row.body_value_high if row.body_claim_id else 0)
        axes.annotate(row.verdict, (right, position), xytext=(10, 0), textcoords="offset points", va="center",
                      fontsize=9, fontweight="bold")
        rate = f"/{row.period}" if row.period else ""
        body = f"body {row.body_surface}" if row.body_claim_id else "no body figure"
        labels.append(f"{row.part}: {row.surface} {row.unit}{rate}  vs  {body}")
    axes.set_yticks(range(len(check)), labels)
    axes.set_ylim(len(check) - 0.5, -0.5)
    high = max(check["value_high"].max(), check["body_value_high"].max(skipna=True) if check["body_claim_id"].any() else 0)
    axes.set_xlim(0, high * 1.35)
    thousands(axes.xaxis)
    axes.set_xlabel("Figure as stated (count of the unit in the label)")
    articles = check["article_id"].nunique()
    axes.set_title("Headline figures (red diamonds) against the body figure\nof the same kind and rate (grey bars), "
                   + (f"{articles:,} articles" if articles > 1 else f"article {check['article_id'].iloc[0]}"),
                   fontsize=10)
    axes.grid(axis="x", color="#e5e5e5")
    return figure


def hedged_vs_firm(counts: pd.DataFrame) -> Figure:
    """Stacked horizontal bars per kind: figures stated firmly and figures under a hedge
    ("reportedly", "reports indicate"); takes ``helpers.claims.hedged_counts``."""
    figure = Figure(figsize=(8, 0.45 * max(len(counts), 1) + 1.4), layout="constrained")
    axes = figure.subplots()
    kinds = list(counts.index)[::-1]
    firm = counts["firm"].reindex(kinds).to_numpy() if len(counts) else []
    hedged = counts["hedged"].reindex(kinds).to_numpy() if len(counts) else []
    axes.barh(kinds, firm, color="#4c72b0", label="firm")
    axes.barh(kinds, hedged, left=firm, color="#f2a3a3", hatch="//", edgecolor="#c44e52", label="hedged")
    axes.set_title("Figures stated firmly and under a hedge, by kind")
    axes.set_xlabel("Figures (count)")
    axes.set_ylabel("Kind of claim")
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.legend(loc="lower right")
    return figure


# --- sources (03_sources) ---------------------------------------------------------------

VOICE_COLOURS = {
    "author": "#8c8c8c", "named source": "#4c72b0", "unnamed source": "#dd8452", "inferred": "#a1c9f4",
}


def statements_per_speaker(speakers: pd.DataFrame, *, limit: int = 20) -> Figure:
    """Horizontal bars per speaker: statements as stated, statements inferred by context,
    and the claims attributed to them (the ``limit`` speakers with most statements)."""
    top = speakers.sort_values(["statements", "speaker"], ascending=[False, True]).head(limit).iloc[::-1]
    figure = Figure(figsize=(8, 0.45 * len(top) + 1.6), layout="constrained")
    axes = figure.subplots()
    rows = range(len(top))
    height = 0.27
    for offset, column, label, colour in (
        (height, "statements", "statements (cue in the text)", "#4c72b0"),
        (0.0, "inferred", "inferred by context", "#a1c9f4"),
        (-height, "claims", "figure claims attributed", "#c44e52"),
    ):
        axes.barh([row + offset for row in rows], top[column].to_numpy(), height=height, label=label, color=colour)
    axes.set_yticks(list(rows), labels=list(top["speaker"]))
    axes.set_xlabel("Count")
    axes.set_ylabel("Speaker (canonical name)")
    shown = f" (top {limit} of {len(speakers):,})" if len(speakers) > limit else ""
    axes.set_title(f"Statements and claims per speaker{shown}")
    axes.xaxis.get_major_locator().set_params(integer=True)
    thousands(axes.xaxis)
    axes.legend(loc="lower right", fontsize="small")
    return figure


def voice_share(voices: pd.DataFrame, *, limit: int = 30) -> Figure:
    """Stacked bars: the share of each article's sentences' characters in each voice
    (author / named source / unnamed source / inferred), one bar per article."""
    frame = voices.assign(chars=voices["end"] - voices["start"])
    table = frame.pivot_table(index="article_id", columns="voice", values="chars", aggfunc="sum", fill_value=0)
    table = table.reindex(columns=list(VOICE_COLOURS), fill_value=0)
    shares = table.div(table.sum(axis=1).where(lambda total: total > 0, 1), axis=0) * 100
    articles = len(shares)
    shares = shares.sort_index().head(limit).iloc[::-1]
    figure = Figure(figsize=(8, 0.45 * len(shares) + 1.8), layout="constrained")
    axes = figure.subplots()
    left = pd.Series(0.0, index=shares.index)
    for voice, colour in VOICE_COLOURS.items():
        axes.barh(shares.index.str.slice(0, 40), shares[voice].to_numpy(), left=left.to_numpy(), label=voice, color=colour)
        left = left + shares[voice]
    axes.set_xlim(0, 100)
    axes.set_xlabel("Share of the article's text (% of characters in sentences)")
    axes.set_ylabel("Article id")
    shown = f"\n(first {limit} of {articles:,} articles, by id)" if articles > limit else ""
    axes.set_title(f"Whose voice the text is in, per article{shown}")
    figure.legend(*axes.get_legend_handles_labels(), loc="outside lower center", ncol=4, fontsize="small")
    return figure


def attribution_chain(chain, *, title: str = "Attribution chain: author → outlet → speaker → claims") -> Figure:
    """The attribution graph drawn in fixed columns (author, outlet, speaker, claim), so the
    drawing is the same on every run.  ``chain`` is the networkx DiGraph of
    ``helpers.sources.attribution_graph``: nodes carry ``layer`` (0-3) and ``label``; what
    the graph left out (``chain.graph["shown"]``: "top 10 of 152 speakers ...") is added to
    the title, so that a reader knows the drawing is a selection."""
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
    figure = Figure(figsize=(10, 0.55 * tallest + 1.8), layout="constrained")
    axes = figure.subplots()
    position = {}
    for layer, nodes in layers.items():
        for index, node in enumerate(nodes):
            position[node] = (layer, (len(nodes) - 1) / 2 - index)
    for source, target, data in sorted(chain.edges(data=True), key=lambda edge: (str(edge[0]), str(edge[1]))):
        (x0, y0), (x1, y1) = position[source], position[target]
        axes.annotate("", xy=(x1 - 0.08, y1), xytext=(x0 + 0.08, y0),
                      arrowprops={"arrowstyle": "->", "color": "#999999", "lw": 0.8 + 0.4 * min(data.get("weight", 1), 5)})
    colours = {0: "#8c8c8c", 1: "#55a868", 2: "#4c72b0", 3: "#c44e52"}
    for node, (x, y) in position.items():
        data = chain.nodes[node]
        axes.text(x, y, data["label"], ha="center", va="center", fontsize=8, wrap=True,
                  bbox={"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": colours[data["layer"]]})
    axes.set_xlim(-0.6, 3.6)
    axes.set_ylim(-tallest / 2 - 0.2, tallest / 2 + 0.2)
    axes.set_xticks([0, 1, 2, 3], labels=["author", "outlet (via)", "speaker", "claims"])
    axes.set_yticks([])
    for side in ("left", "right", "top"):
        axes.spines[side].set_visible(False)
    shown = chain.graph.get("shown", "")
    axes.set_title(f"{title}\n({shown})" if shown else title)
    return figure


# --- timeline (04_timeline) -------------------------------------------------------------

#: Colours of the timeline chart, by what a row is.
TIMELINE_COLOURS = {"day": "#4c72b0", "window": "#dd8452", "month": "#55a868", "year": "#8c8c8c",
                    "published": "#c44e52"}


def timeline_chart(
    events: pd.DataFrame, *, by: str = "article_id", limit: int = 25, since=None, until=None,
    title: str = "Dates the articles mention",
) -> Figure:
    """Every resolved date of ``events`` (``corpus.events``) on a date axis, one row per ``by``.

    Days are dots, windows, months and years are bars from their first to their last day,
    and each article's publication date (the ``published`` column) is a red diamond, so the
    lag between what is reported and when is visible at a glance.  Rows are ordered by their earliest
    publication date (then name); only the first ``limit`` are drawn.  ``since``/``until``
    clip the axis; the title counts what lies outside it and what is unresolved, so nothing
    disappears silently.
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
    figure = Figure(figsize=(9, 0.42 * max(len(shown_rows), 3) + 1.8), layout="constrained")
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
    axes.set_yticks(range(len(shown_rows)), [str(row)[:40] for row in shown_rows])
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
    axes.set_title(title + (f"\n({'; '.join(notes)})" if notes else ""), fontsize="medium")
    axes.set_xlabel("Date mentioned (publication dates as red diamonds)")
    axes.set_ylabel("Article" if by == "article_id" else by.replace("_", " ").capitalize())
    axes.grid(axis="x", color="#e5e5e5", linewidth=0.6)
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


def lag_chart(lags: pd.DataFrame, *, title: str = "How long before publication the reported events lie") -> Figure:
    """Horizontal bars of events per lag bucket (``helpers.timeline.lag_table``), labelled."""
    figure = Figure(figsize=(8, 0.4 * len(lags) + 1.4), layout="constrained")
    axes = figure.subplots()
    rows = lags.iloc[::-1]
    bars = axes.barh(rows["lag"], rows["events"].to_numpy(), color="#4c72b0")
    axes.bar_label(bars, labels=[f"{events:,} ({articles:,} art.)" for events, articles
                                 in zip(rows["events"], rows["articles"])], padding=3, fontsize="small")
    axes.set_title(title)
    axes.set_xlabel("Dated events (publication rows and unresolved dates left out)")
    axes.set_ylabel("Lag between event and publication")
    axes.set_xlim(0, max(1, int(rows["events"].max()) if len(rows) else 1) * 1.25)
    axes.xaxis.get_major_locator().set_params(integer=True)
    thousands(axes.xaxis)
    return figure

# --- places (05_places) -----------------------------------------------------------------


def places_map(
    summary: pd.DataFrame, outline: pd.DataFrame, *, title: str = "Places named in the articles", labels: int = 20,
) -> Figure:
    """Map of the placed settlements, sized by mentions, over the gazetteer's own points.

    ``summary`` is ``helpers.places.place_summary(corpus.places)``; ``outline`` is
    ``helpers.places.outline_points()`` (every GeoNames place in Ukraine, drawn tiny and light
    grey, so the country's shape appears without a basemap download).  Longitude and
    latitude are plotted with an aspect of 1/cos(latitude), so that a km east is as long as a
    km north.  The left panel shows all of Ukraine with the zoomed area boxed; the right one
    zooms on the named places and labels the ``labels`` most mentioned (ties by name).
    """
    import math

    figure = Figure(figsize=(11, 5.2), layout="constrained")
    whole, zoom = figure.subplots(1, 2, width_ratios=[1.15, 1])
    mentions = summary["mentions"].to_numpy() if len(summary) else []
    most = max(mentions, default=1)
    sizes = [16 + 300 * math.sqrt(count / most) for count in mentions]
    for axes in (whole, zoom):
        axes.scatter(outline["lon"], outline["lat"], s=0.8, color="#c8c8c8", linewidths=0, rasterized=True)
        if len(summary):
            axes.scatter(summary["lon"], summary["lat"], s=sizes, color="#c44e52", alpha=0.75,
                         edgecolors="white", linewidths=0.6, zorder=3)
        axes.set_xlabel("Longitude (°E)")
        axes.set_ylabel("Latitude (°N)")
    middle = float(outline["lat"].mean()) if len(outline) else 48.5
    whole.set_aspect(1 / math.cos(math.radians(middle)))
    whole.set_title("Ukraine: GeoNames places (grey) and places named (red)")
    if len(summary):
        west, east = float(summary["lon"].min()), float(summary["lon"].max())
        south, north = float(summary["lat"].min()), float(summary["lat"].max())
        pad_lon, pad_lat = max(0.25, (east - west) * 0.12), max(0.18, (north - south) * 0.12)
        west, east, south, north = west - pad_lon, east + pad_lon, south - pad_lat, north + pad_lat
        zoom.set_xlim(west, east)
        zoom.set_ylim(south, north)
        zoom.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
        whole.add_patch(_box(west, south, east - west, north - south))
        for row in summary.head(labels).itertuples(index=False):  # summary: most mentioned first
            zoom.annotate(f"{row.name} ({row.mentions:,})", (row.lon, row.lat), xytext=(5, 4),
                          textcoords="offset points", fontsize=8, zorder=4)
        total = int(summary["mentions"].sum())
        shown = "" if len(summary) <= labels else f"; the {labels} most named labelled"
        zoom.set_title(f"{len(summary):,} places, {total:,} mentions (size = mentions{shown})", fontsize=10)
    else:
        zoom.set_title("No place could be placed on the map")
        zoom.set_aspect(1 / math.cos(math.radians(middle)))
    figure.suptitle(title)
    return figure


def _box(x: float, y: float, width: float, height: float):
    from matplotlib.patches import Rectangle

    return Rectangle((x, y), width, height, fill=False, edgecolor="#4c72b0", linewidth=1.0, zorder=4)
