"""Summaries of the tables for notebooks: the articles by label, the load report by reason, figures
by kind, the headline check, hedged counts, lags, dates and places to review, and places by
mentions.  Each takes tidy tables and returns a tidy table, sorted so that it reads the same on
every run."""

from __future__ import annotations

import pandas as pd

from helpers.extract.claims import KINDS
from helpers.extract.places import REVIEW_BELOW, Gazetteer, load_gazetteer
from helpers.views.labels import article_labels, article_source

HEADLINE_CHECK_COLUMNS = [
    "article_id", "claim_id", "part", "surface", "value_low", "value_high", "unit", "kind", "period",
    "body_claim_id", "body_surface", "body_value_low", "body_value_high", "body_unit", "verdict",
]
#: Verdicts of ``headline_check``, strongest support first.
VERDICTS = ("supported", "top of range", "bottom of range", "within range", "rounded up", "rounded down",
            "differs", "unsupported")


# --- the corpus ----------------------------------------------------------------------------------

ARTICLE_OVERVIEW_COLUMNS = ["label", "published", "source", "layout", "language", "words", "article_id"]


def article_overview(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article as a reader knows it: its label ("2025-01-03 · outlet · title"), date,
    source (outlet, else domain), layout, language, body words and id, in the table's order."""
    return pd.DataFrame({
        "label": article_labels(articles).to_numpy(),
        "published": articles["published"].to_numpy(),
        "source": [article_source(row) for row in articles.itertuples(index=False)],
        "layout": articles["layout"].to_numpy(),
        "language": articles["language"].to_numpy(),
        "words": articles["words"].to_numpy(),
        "article_id": articles["article_id"].to_numpy(),
    }, columns=ARTICLE_OVERVIEW_COLUMNS)


def load_report_summary(report: pd.DataFrame) -> pd.DataFrame:
    """The load report by severity and reason: how many files, and the first of them (by path),
    errors first, then the most frequent reasons."""
    columns = ["severity", "reason", "files", "first_file"]
    if report.empty:
        return pd.DataFrame(columns=columns)
    grouped = report.sort_values("path").groupby(["severity", "reason"], sort=True)
    summary = grouped.agg(files=("path", "nunique"), first_file=("path", "first")).reset_index()
    summary["_errors_first"] = summary["severity"] != "error"
    summary = summary.sort_values(["_errors_first", "files", "reason"], ascending=[True, False, True], kind="stable")
    return summary[columns].reset_index(drop=True)


# --- claims --------------------------------------------------------------------------------------

CLAIM_SUMMARY_COLUMNS = ["kind", "figures", "articles", "speakers", "hedged", "in_headline", "ranges"]


def claims_by_kind(claims: pd.DataFrame) -> pd.DataFrame:
    """Figures per kind (in ``KINDS`` order): how many, in how many articles, from how many named
    speakers, how many hedged, in a title or standfirst, and stated as a range."""
    rows = []
    for kind in [kind for kind in KINDS if kind in set(claims["kind"])]:
        part = claims[claims["kind"] == kind]
        rows.append({
            "kind": kind, "figures": len(part), "articles": part["article_id"].nunique(),
            "speakers": part.loc[part["speaker"].fillna("") != "", "speaker"].nunique(),
            "hedged": int(part["hedged"].sum()), "in_headline": int(part["part"].isin(["title", "standfirst"]).sum()),
            "ranges": int((part["value_high"] > part["value_low"]).sum()),
        })
    return pd.DataFrame(rows, columns=CLAIM_SUMMARY_COLUMNS)



def _round_sig(value: float, digits: int) -> float:
    if value == 0:
        return 0.0
    return float(f"{value:.{digits}g}")


def headline_verdict(low: float, high: float, body_low: float, body_high: float) -> str:
    """How a headline figure stands to one body figure.

    supported: same value or range; top/bottom of range: the headline's point value is the
    body range's high or low end ("400" against "300 to 400"); within range: inside it;
    rounded up/down: the headline is the body value rounded to one to three significant
    figures (1,730 -> 2,000 up, 1,700 down); differs: none of these.
    """
    if low == body_low and high == body_high:
        return "supported"
    if low == high:
        if body_low < body_high:
            if low == body_high:
                return "top of range"
            if low == body_low:
                return "bottom of range"
            if body_low < low < body_high:
                return "within range"
            reference = body_high if low > body_high else body_low
        else:
            reference = body_low
        for digits in (1, 2, 3):
            if _round_sig(reference, digits) == low:
                return "rounded up" if low > reference else "rounded down"
        return "differs"
    if body_low <= low and high <= body_high:
        return "within range"
    return "differs"


def headline_check(claims: pd.DataFrame) -> pd.DataFrame:
    """Each title and standfirst figure beside the best-matching body figure of its article.

    Body figures qualify when they have the same ``kind`` and ``period``; the verdict is the
    strongest in ``VERDICTS`` order over them (first body figure on a tie), and
    "unsupported" when no body figure qualifies.  Takes ``corpus.claims``.
    """
    heads = claims[claims["part"].isin(["title", "standfirst"])]
    body = claims[claims["part"] == "body"]
    rows = []
    rank = {verdict: index for index, verdict in enumerate(VERDICTS)}
    by_key: dict[tuple, list] = {}  # (article, kind, period) -> body figures in table order
    for candidate in body.itertuples(index=False):
        by_key.setdefault((candidate.article_id, candidate.kind, candidate.period), []).append(candidate)
    for head in heads.itertuples(index=False):
        best, best_verdict = None, "unsupported"
        for candidate in by_key.get((head.article_id, head.kind, head.period), ()):
            verdict = headline_verdict(head.value_low, head.value_high, candidate.value_low, candidate.value_high)
            if best is None or rank[verdict] < rank[best_verdict]:
                best, best_verdict = candidate, verdict
        rows.append({
            "article_id": head.article_id, "claim_id": head.claim_id, "part": head.part,
            "surface": head.surface, "value_low": head.value_low, "value_high": head.value_high,
            "unit": head.unit, "kind": head.kind, "period": head.period,
            "body_claim_id": best.claim_id if best is not None else "",
            "body_surface": best.surface if best is not None else "",
            "body_value_low": best.value_low if best is not None else float("nan"),
            "body_value_high": best.value_high if best is not None else float("nan"),
            "body_unit": best.unit if best is not None else "",
            "verdict": best_verdict,
        })
    frame = pd.DataFrame(rows, columns=HEADLINE_CHECK_COLUMNS).astype(
        {"value_low": "float64", "value_high": "float64", "body_value_low": "float64", "body_value_high": "float64"}
    )
    return frame.sort_values(["article_id", "claim_id"], kind="stable").reset_index(drop=True)


# --- summaries for notebooks ---------------------------------------------------------------------


def hedged_counts(claims: pd.DataFrame) -> pd.DataFrame:
    """Firm and hedged figure counts per kind (kinds in ``KINDS`` order, only those present)."""
    counts = (
        claims.assign(status=claims["hedged"].map({True: "hedged", False: "firm"}))
        .groupby(["kind", "status"]).size().unstack("status", fill_value=0)
        .reindex(columns=["firm", "hedged"], fill_value=0)
    )
    order = [kind for kind in KINDS if kind in counts.index]
    counts = counts.reindex(order)
    counts.columns.name = None
    return counts.astype("int64")


# --- dates ---------------------------------------------------------------------------------------


#: Lag buckets of ``lag_table``: (label, lowest, highest) days before publication.  A month,
#: year or window that includes the publication day ("this week", "in 2026") has lag 0 but


LAG_BUCKETS = (
    ("ahead of publication", None, -1),
    ("publication day", 0, 0),
    ("a span including publication day", 0, 0),
    ("1 day before", 1, 1),
    ("2-7 days before", 2, 7),
    ("8-31 days before", 8, 31),
    ("1-12 months before", 32, 366),
    ("over a year before", 367, None),
)


def lag_table(events: pd.DataFrame) -> pd.DataFrame:
    """How long before publication the dated events lie: events and articles per lag bucket.

    The publication rows themselves and unresolved rows are left out.  ``lag_days`` counts
    from the end of an event's span, so "over the past day" (2-3 January in an article of
    3 January) is an event of the publication day.
    """
    dated = events[(events["kind"] != "published") & events["lag_days"].notna()]
    lag = dated["lag_days"].astype("int64")
    point = (dated["precision"] == "day").to_numpy() | (dated["date_start"] == dated["date_end"]).to_numpy()
    rows = []
    for label, low, high in LAG_BUCKETS:
        inside = pd.Series(True, index=dated.index)
        if low is not None:
            inside &= lag >= low
        if high is not None:
            inside &= lag <= high
        if label == "publication day":
            inside &= point
        elif label.startswith("a span"):
            inside &= ~point
        rows.append({"lag": label, "events": int(inside.sum()),
                     "articles": int(dated.loc[inside, "article_id"].nunique())})
    return pd.DataFrame(rows, columns=["lag", "events", "articles"])


#: Columns an analyst reads first; the table also has the sentence and its offsets.
EVENT_SUMMARY_COLUMNS = [
    "event_id", "surface", "date_start", "date_end", "precision", "resolution", "part", "kind", "cue",
    "tense", "anchor", "lag_days", "note",
]


def needs_review(events: pd.DataFrame) -> pd.DataFrame:
    """Rows an analyst should check by eye: unresolved dates and dates read with a caveat."""
    flagged = events["resolution"].str.startswith("unresolved") | (events["note"] != "")
    return events[flagged].reset_index(drop=True)


# --- places --------------------------------------------------------------------------------------

PLACE_SUMMARY_COLUMNS = ["name", "oblast", "lat", "lon", "geonameid", "mentions", "articles", "kinds"]


def place_summary(places: pd.DataFrame) -> pd.DataFrame:
    """One row per placed settlement (lat/lon known): mentions, articles, kinds of mention.

    Sorted by mentions (most first), then name, so that the busiest places lead.
    """
    placed = places[places["lat"].notna() & (places["kind"] != "oblast")]
    if placed.empty:
        return pd.DataFrame(columns=PLACE_SUMMARY_COLUMNS)
    grouped = placed.groupby(["name", "oblast", "lat", "lon"], dropna=False, sort=True)
    summary = grouped.agg(
        geonameid=("geonameid", "first"),
        mentions=("place_id", "size"),
        articles=("article_id", "nunique"),
        kinds=("kind", lambda kinds: ", ".join(sorted(set(kinds)))),
    ).reset_index()
    summary = summary.sort_values(["mentions", "name", "lat"], ascending=[False, True, True], kind="stable")
    return summary[PLACE_SUMMARY_COLUMNS].reset_index(drop=True)


def unresolved_places(places: pd.DataFrame) -> pd.DataFrame:
    """Mentions left without a point (ambiguous, or not in the gazetteer), with candidates."""
    columns = ["place_id", "surface", "kind", "oblast", "resolved_by", "candidates"]
    left = places[places["lat"].isna() & (places["kind"] != "oblast") & (places["kind"] != "raion")]
    return left[columns].reset_index(drop=True)


def unresolved_by_name(places: pd.DataFrame) -> pd.DataFrame:
    """The unresolved mentions (``unresolved_places``) grouped by what is written: mentions,
    articles, why (``resolved_by``) and the candidates of its first mention; most frequent first."""
    columns = ["surface", "kind", "resolved_by", "mentions", "articles", "candidates"]
    left = places[places["lat"].isna() & ~places["kind"].isin(["oblast", "raion"])]
    if left.empty:
        return pd.DataFrame(columns=columns)
    grouped = left.groupby(["surface", "kind", "resolved_by"], sort=True, dropna=False)
    summary = grouped.agg(mentions=("place_id", "size"), articles=("article_id", "nunique"),
                          candidates=("candidates", "first")).reset_index()
    summary = summary.sort_values(["mentions", "surface"], ascending=[False, True], kind="stable")
    return summary[columns].reset_index(drop=True)


def ambiguous_resolved(places: pd.DataFrame, *, below: float = REVIEW_BELOW) -> pd.DataFrame:
    """Placed mentions chosen among several candidates with confidence under ``below``."""
    columns = ["place_id", "surface", "name", "oblast", "confidence", "resolved_by", "candidates"]
    chosen = places[places["lat"].notna() & (places["candidates"] != "") & (places["confidence"] < below)]
    return chosen[columns].reset_index(drop=True)


def outline_points(gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Every GeoNames place in Ukraine (lat, lon): drawn faintly, they outline the country."""
    return pd.DataFrame((gazetteer or load_gazetteer()).points(), columns=["lat", "lon"])
