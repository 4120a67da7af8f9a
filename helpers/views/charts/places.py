"""Charts of the places (05_places): the map of places named, and mentions by oblast."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from helpers.views.charts.base import (
    REST, Figure, count, empty, integer_ticks, new_figure, plain, shown_in_title, thousands, top_of,
)

#: Colours of ``mentions_by_oblast``: a settlement (or front, direction) in the oblast, or the oblast by name.
MENTION_COLOURS = {"a place in it": "#c44e52", "the oblast by name": "#f2a3a3"}


#: The zoom panel's window when the places spread wider than it (degrees of longitude, latitude:
#: about 210 km by 220 km at 48°N, the size of the Donbas front).
ZOOM_WINDOW = (3.0, 2.0)
#: Margin drawn around a busiest window, as a share of its width and height on each side.
ZOOM_MARGIN = 0.06


def places_map(
    summary: pd.DataFrame, outline: pd.DataFrame, *, title: str = "Places named in the articles", labels: int = 20,
) -> Figure:
    """Map of the placed settlements, sized by mentions, over the gazetteer's own points.

    ``summary`` is ``helpers.views.place_summary(corpus.places)``; ``outline`` is
    ``helpers.views.outline_points()`` (every GeoNames place in Ukraine, drawn tiny and light
    grey, so the country's shape appears without a basemap download).  Longitude and
    latitude are plotted with an aspect of 1/cos(latitude), so that a km east is as long as a
    km north.  The left panel shows all of Ukraine, with the most named places outside the
    zoom labelled; the right one zooms on the named places, or, when they spread wider than
    ``ZOOM_WINDOW``, on the window that holds most mentions (``busiest_window``), and labels
    its ``labels`` most named places.  Labels are moved apart by ``adjustText`` so that no two
    overlap, each tied to its dot by a thin line when it had to move.
    """
    figure = new_figure(11, 5.2)
    whole, zoom = figure.subplots(1, 2, width_ratios=[1.15, 1])
    mentions = summary["mentions"].to_numpy() if len(summary) else np.array([])
    most = max(mentions.max(), 1) if len(mentions) else 1
    sizes = 12 + 300 * np.sqrt(mentions / most)
    for axes in (whole, zoom):
        axes.scatter(outline["lon"], outline["lat"], s=0.8, color="#c8c8c8", linewidths=0, rasterized=True)
        if len(summary):
            axes.scatter(summary["lon"], summary["lat"], s=sizes, color="#c44e52", alpha=0.7,
                         edgecolors="white", linewidths=0.6, zorder=3)
        axes.set_xlabel("Longitude (°E)")
        axes.set_ylabel("Latitude (°N)")
    middle = float(outline["lat"].mean()) if len(outline) else 48.5
    whole.set_aspect(1 / math.cos(math.radians(middle)))
    whole.set_title("Ukraine: GeoNames places (grey) and places named (red)", fontsize="medium")
    if summary.empty:
        zoom.set_title("No place could be placed on the map")
        zoom.set_aspect(1 / math.cos(math.radians(middle)))
        figure.suptitle(title)
        return figure
    west, east, south, north = busiest_window(summary)
    inside = summary["lon"].between(west, east) & summary["lat"].between(south, north)
    if not inside.all():  # a window cut from a wider spread: show a margin, so no dot on its edge is cut in half
        margin_lon, margin_lat = (east - west) * ZOOM_MARGIN, (north - south) * ZOOM_MARGIN
        west, east, south, north = west - margin_lon, east + margin_lon, south - margin_lat, north + margin_lat
        inside = summary["lon"].between(west, east) & summary["lat"].between(south, north)
    zoom.set_xlim(west, east)
    zoom.set_ylim(south, north)
    zoom.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
    whole.add_patch(_box(west, south, east - west, north - south))
    _labels(zoom, summary[inside].head(labels), summary[inside])  # summary: most mentioned first
    _labels(whole, summary[~inside].head(max(labels // 3, 1)), summary)
    total, shown = int(summary["mentions"].sum()), int(summary.loc[inside, "mentions"].sum())
    what = "every place named" if inside.all() else f"the busiest area: {shown:,} of {total:,} mentions"
    zoom.set_title(shown_in_title(f"{what} (size = mentions)",
                                  [f"the {labels} most named labelled" if inside.sum() > labels else ""]),
                   fontsize="medium")
    figure.suptitle(shown_in_title(f"{title}: {count(len(summary), 'place')}, {count(total, 'mention')}",
                                   [f"{count(int((~inside).sum()), 'place')} outside the zoom: the most named "
                                    "labelled on the left" if (~inside).any() else ""]))
    return figure


def busiest_window(
    summary: pd.DataFrame, *, window: tuple[float, float] = ZOOM_WINDOW,
) -> tuple[float, float, float, float]:
    """(west, east, south, north) of the zoom: the places' own extent, padded, when it fits in
    ``window``; else the ``window``-sized box, centred on one of the 200 most named places, that
    holds the most mentions (ties: the more mentioned centre).  A corpus about one front
    zooms on that front even when it also names Kyiv and Lviv."""
    west, east = float(summary["lon"].min()), float(summary["lon"].max())
    south, north = float(summary["lat"].min()), float(summary["lat"].max())
    width, height = window
    if east - west <= width and north - south <= height:
        pad_lon, pad_lat = max(0.25, (east - west) * 0.12), max(0.18, (north - south) * 0.12)
        return west - pad_lon, east + pad_lon, south - pad_lat, north + pad_lat
    lon, lat, weight = (summary[column].to_numpy(float) for column in ("lon", "lat", "mentions"))
    best, best_mentions = 0, -1.0
    for index in range(min(len(summary), 200)):
        held = weight[(np.abs(lon - lon[index]) <= width / 2) & (np.abs(lat - lat[index]) <= height / 2)].sum()
        if held > best_mentions:
            best, best_mentions = index, held
    return lon[best] - width / 2, lon[best] + width / 2, lat[best] - height / 2, lat[best] + height / 2


def _labels(axes, labelled: pd.DataFrame, points: pd.DataFrame) -> None:
    """Name each of ``labelled`` with its mentions, moved by adjustText off each other and off ``points``."""
    from adjustText import adjust_text

    texts = [axes.text(row.lon, row.lat, plain(f"{row.name} ({row.mentions:,})"), fontsize=8, zorder=5,
                       bbox={"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.75})
             for row in labelled.itertuples(index=False)]
    if texts:
        adjust_text(texts, x=points["lon"].to_numpy(), y=points["lat"].to_numpy(), ax=axes,
                    arrowprops={"arrowstyle": "-", "color": "#555555", "lw": 0.5}, ensure_inside_axes=True,
                    expand=(1.15, 1.4), force_text=(0.3, 0.5))


def _box(x: float, y: float, width: float, height: float):
    from matplotlib.patches import Rectangle

    return Rectangle((x, y), width, height, fill=False, edgecolor="#4c72b0", linewidth=1.0, zorder=4)


def mentions_by_oblast(places: pd.DataFrame, *, limit: int = 15) -> Figure:
    """Place mentions per oblast: the settlements, fronts and directions that lie in it (dark)
    and the oblast named as such (light), the ``limit`` oblasts with most mentions first, the
    others in one grey bar; each bar says in how many articles.  Mentions whose oblast is not
    known (an unresolved village, a place abroad) are counted in the title."""
    known = places[places["oblast"].fillna("") != ""]
    unknown = len(places) - len(known)
    figure = new_figure(8, 2.0)
    if known.empty:
        empty(figure, shown_in_title("Place mentions by oblast (none placed in an oblast)",
                                     [f"{unknown:,} mentions without an oblast" if unknown else ""]))
        return figure
    kind = np.where(known["kind"] == "oblast", "the oblast by name", "a place in it")
    table = pd.crosstab(known["oblast"], kind).reindex(columns=list(MENTION_COLOURS), fill_value=0)
    totals = table.sum(axis=1).sort_index().sort_values(ascending=False, kind="stable")
    articles = known.groupby("oblast")["article_id"].nunique()
    top = list(totals.index[:limit])
    rows = table.loc[top]
    names = list(top)
    article_counts = [int(articles[name]) for name in top]
    if len(totals) > limit:
        rest = table.loc[list(totals.index[limit:])].sum()
        rows = pd.concat([rows, pd.DataFrame([rest], index=[f"{len(totals) - limit:,} other oblasts"])])
        names.append(f"{len(totals) - limit:,} other oblasts")
        article_counts.append(int(known[~known["oblast"].isin(top)]["article_id"].nunique()))
    figure.set_size_inches(8, 0.34 * len(names) + 1.7)
    axes = figure.subplots()
    positions = np.arange(len(names))
    left = np.zeros(len(names))
    for column, colour in MENTION_COLOURS.items():
        values = rows[column].to_numpy()
        colours = [colour if not name.endswith("other oblasts") else REST for name in names]
        axes.barh(positions, values, left=left, color=colours, label=column)
        left = left + values
    for position, total, articles_count in zip(positions, left, article_counts):
        axes.annotate(f"{total:,.0f} in {articles_count:,} article{'s' if articles_count != 1 else ''}", (total, position),
                      xytext=(4, 0), textcoords="offset points", va="center", fontsize="small")
    axes.set_yticks(positions, [plain(name) for name in names])
    axes.set_ylim(len(names) - 0.5, -0.6)
    axes.set_xlim(0, left.max() * 1.3)
    integer_ticks(axes.xaxis)
    thousands(axes.xaxis)
    axes.set_xlabel("Place mentions")
    axes.set_title(shown_in_title("Place mentions by oblast",
                                  [top_of(len(totals), len(top), "oblasts"),
                                   f"{unknown:,} mentions without a known oblast" if unknown else ""]),
                   fontsize="medium")
    axes.legend(loc="lower right", fontsize="small")
    return figure
