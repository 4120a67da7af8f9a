"""``explore(corpus)``: the filters of ``helpers.select`` behind ipywidgets controls, with the
filtered claims and one article's text, its figures, speakers, dates and places marked.

The controls only set the arguments of ``select``; what is shown is built by plain functions
(``explore_view``, ``claims_table_html``, ``marked_article``) that a script or a test can call
without widgets.  Every piece of article text is escaped (``helpers.views.display``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace

import pandas as pd

from helpers.corpus import Corpus
from helpers.filters import select
from helpers.views.display import STYLE, Html, article_html
from helpers.views.highlights import attribution_highlights, claim_highlights, event_highlights, place_highlights
from helpers.views.labels import article_labels

#: Columns of the claims table ``explore`` shows, after the article's label.
CLAIM_COLUMNS = ["surface", "unit", "kind", "period", "speaker", "hedged", "part", "claim_id"]
#: Most options a speaker, place or article list offers (the most frequent first).
OPTIONS = 500
#: What each mark's colour stands for, in the order of the legend (CSS classes of ``display.STYLE``).
MARKS = {"figure": "", "hedged figure": "hedged", "speaker": "speaker", "date": "date", "place": "place"}


@dataclass(frozen=True)
class ExploreView:
    """What ``explore`` shows for one choice of filters: the narrowed corpus, a one-line
    account of it, the claims table and the chosen (else the first) article, marked."""

    corpus: Corpus
    status: str
    claims: Html
    article: Html


def explore_view(
    corpus: Corpus, *, speaker: str = "", kind: str = "", since=None, until=None, place: str = "", article: str = "",
    rows: int = 200,
) -> ExploreView:
    """The view of ``corpus`` narrowed by ``helpers.select`` with these filters; a filter that
    cannot be applied (a date that is not a date) is reported in ``status``, not raised."""
    try:
        narrowed = select(corpus, speaker=speaker, kind=kind, since=since, until=until, place=place, article=article)
    except ValueError as error:
        return ExploreView(corpus, f"Filter not applied: {error}", claims_table_html(corpus.claims.iloc[0:0],
                                                                                      corpus.articles), _none())
    status = (f"{len(narrowed.articles):,} of {len(corpus.articles):,} articles, {len(narrowed.claims):,} figure "
              f"claims, {len(narrowed.attributions):,} statements, {len(narrowed.events):,} dates, "
              f"{len(narrowed.places):,} place mentions")
    return ExploreView(narrowed, status, claims_table_html(narrowed.claims, narrowed.articles, rows=rows),
                       marked_article(narrowed, article or None))


def claims_table_html(claims: pd.DataFrame, articles: pd.DataFrame, *, rows: int = 200) -> Html:
    """The claims as an escaped HTML table, each named by its article's label, in corpus order;
    the first ``rows`` rows, with "and N more" below."""
    labels = article_labels(articles)
    table = claims.assign(article=claims["article_id"].map(labels))[["article", *CLAIM_COLUMNS]]
    shown = table.head(rows)
    markup = shown.to_html(index=False, escape=True, na_rep="", border=0, classes="fcw-claims")
    more = f"<p>and {len(table) - rows:,} more claims</p>" if len(table) > rows else ""
    if table.empty:
        markup = "<p>No figure claim matches these filters.</p>"
    return Html(f"<div style='max-height:24em;overflow:auto'>{markup}</div>{more}",
                f"<claims table: {len(shown):,} of {len(table):,} rows>")


def marked_article(corpus: Corpus, article_id: str | None = None) -> Html:
    """One article of ``corpus`` (``article_id``, else the first) with its figures (yellow; hedged
    ones red), speakers and cues (blue), dates (green) and places (violet) marked; hover a mark
    to see how it was read.  Where two marks overlap, the one that starts first is kept."""
    if corpus.articles.empty:
        return _none()
    chosen = article_id or corpus.articles["article_id"].iloc[0]
    try:
        document = corpus.article(chosen)
    except KeyError:
        return Html("<p>This corpus holds tables only: the article's text was not loaded.</p>",
                    f"<article {chosen}: text not loaded>")
    marks = [
        *claim_highlights(corpus.claims, chosen),
        *[replace(mark, css_class="speaker" if mark.css_class == "other" else "") for mark in
          attribution_highlights(corpus.attributions, chosen)],
        *[replace(mark, css_class="date") for mark in event_highlights(corpus.events, chosen)],
        *[replace(mark, css_class="place") for mark in place_highlights(corpus.places, chosen)],
    ]
    text = article_html(document, highlights=marks)
    legend = " ".join(f'<mark class="{css}">{html.escape(name)}</mark>' if css else f"<mark>{html.escape(name)}</mark>"
                      for name, css in MARKS.items())
    label = article_labels(corpus.articles).get(chosen, chosen)
    return Html(f"{STYLE}<p><b>{html.escape(label)}</b></p><p>{legend}</p>{text.markup}", text.summary)


def _none() -> Html:
    return Html("<p>No article matches these filters.</p>", "<no article>")


def explore(corpus: Corpus, *, rows: int = 200):
    """Controls for ``helpers.select`` (speaker, kind, since, until, place, article) above the
    filtered claims table and the chosen article's marked text; returns the ipywidgets box.

    The speaker, place and article lists offer the ``OPTIONS`` most frequent first; a speaker
    or place can also be typed.  Each change of a control redraws the view.
    """
    import ipywidgets as widgets

    from helpers.extract.claims.records import KINDS

    speakers = corpus.speakers.sort_values(["statements", "speaker"], ascending=[False, True])["speaker"]
    places = corpus.places["name"].value_counts()
    places = places.sort_index().sort_values(ascending=False, kind="stable")
    kinds = [kind for kind in KINDS if kind in set(corpus.claims["kind"])]
    layout = widgets.Layout(width="16em")
    controls = {
        "speaker": widgets.Combobox(options=list(speakers[:OPTIONS]), placeholder="any speaker", description="Speaker",
                                    layout=layout),
        "kind": widgets.Dropdown(options=[("any kind", ""), *[(kind, kind) for kind in kinds]], value="",
                                 description="Kind", layout=layout),
        "place": widgets.Combobox(options=list(places.index[:OPTIONS]), placeholder="any place", description="Place",
                                  layout=layout),
        "since": widgets.DatePicker(description="Since", layout=layout),
        "until": widgets.DatePicker(description="Until", layout=layout),
        "article": widgets.Dropdown(description="Article", layout=widgets.Layout(width="40em")),
    }
    status, claims, text = widgets.HTML(), widgets.HTML(), widgets.HTML()

    def filters(*, with_article: bool) -> dict:
        chosen = {name: control.value for name, control in controls.items() if name != "article"}
        chosen["article"] = controls["article"].value if with_article else ""
        return chosen

    def article_options(narrowed: Corpus) -> None:
        labels = article_labels(narrowed.articles)
        options = [("the first article", ""), *[(label, article_id) for article_id, label in labels[:OPTIONS].items()]]
        current = controls["article"].value
        controls["article"].options = options
        controls["article"].value = current if current in set(labels.index[:OPTIONS]) else ""

    busy = []  # set while redrawing: changing the article list must not start another redraw

    def redraw(change=None) -> None:
        if busy:
            return
        busy.append(True)
        try:
            if change is None or change["owner"] is not controls["article"]:
                try:
                    article_options(select(corpus, **filters(with_article=False)))
                except ValueError:
                    pass  # explore_view reports the filter that could not be applied
            view = explore_view(corpus, **filters(with_article=True), rows=rows)
            status.value = f"<p>{html.escape(view.status)}</p>"
            claims.value = view.claims.markup
            text.value = view.article.markup
        finally:
            busy.clear()

    redraw()
    for control in controls.values():
        control.observe(redraw, names="value")
    return widgets.VBox([
        widgets.HBox([controls["speaker"], controls["kind"], controls["place"]]),
        widgets.HBox([controls["since"], controls["until"]]),
        controls["article"], status, claims, text,
    ])
