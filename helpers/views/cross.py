"""Cross-article views for notebook 06: which figures several reports carry and from how many
sources, which conflict, who echoes whom, and how claims compare with the official series.

Each function reads the corpus's tables (``claim_groups``, ``article_links``,
``reference_check``, ``claims``, ``articles``) and returns a tidy DataFrame, sorted so that
the rows an analyst reads first come first; ``top`` cuts any of them to N rows with the
rest counted ("and 41 more groups").  Articles are named by their labels
(``helpers.views.labels``), never by file path.  Nothing here parses article text.
"""

from __future__ import annotations

import html

import networkx as nx
import numpy as np
import pandas as pd

from helpers.views.display import Html
from helpers.views.labels import article_labels

GROUP_OVERVIEW_COLUMNS = [
    "group_id", "key", "articles", "claims", "independent_sources", "relations", "values", "speakers", "first",
]
CONFLICT_COLUMNS = ["group_id", "key", "first", "first_figure", "first_sentence", "other", "other_figure",
                    "other_sentence"]
ECHO_COLUMNS = ["article", "echo_of", "relation", "figures"]
REFERENCE_VIEW_COLUMNS = [
    "article", "measure", "days", "figure", "claim_high", "reference_value", "ratio", "comparison", "scope_note",
]
#: Values shown per group before "...".
SHOWN_VALUES = 5


def top(frame: pd.DataFrame, rows: int, noun: str) -> Html:
    """The first ``rows`` rows as an escaped HTML table, with "and N more <noun>" under it.

    Every cell is escaped (``DataFrame.to_html`` escapes by default): the sentences and
    titles come from articles, which are untrusted input."""
    shown = frame.head(rows)
    rest = len(frame) - len(shown)
    note = f"<p><i>and {rest:,} more {html.escape(noun)}</i></p>" if rest > 0 else ""
    summary = f"{len(shown):,} of {len(frame):,} {noun}"
    if not len(frame):
        return Html(f"<p><i>no {html.escape(noun)}</i></p>", f"no {noun}")
    return Html(shown.to_html(index=False, escape=True, na_rep="") + note, summary)


def group_overview(groups: pd.DataFrame, claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per claim group: what is counted (``key``), how many articles and claims carry
    it, from how many independent sources, the relations found ("same 3, conflicting 1"), the
    values as written and the first report.  Most articles first, then most sources."""
    if not len(groups):
        return pd.DataFrame(columns=GROUP_OVERVIEW_COLUMNS)
    labels = article_labels(articles)
    surfaces = claims.set_index("claim_id")["surface"]
    rows = groups.assign(surface=surfaces.reindex(groups["claim_id"]).fillna("").astype(str).to_numpy())
    by_group = rows.groupby("group_id", sort=True)
    first = by_group.first()
    relations = rows.groupby(["group_id", "relation"]).size().rename("count").reset_index()
    relations = relations.sort_values(["group_id", "count"], ascending=[True, False], kind="stable")
    relations["text"] = relations["relation"] + " " + relations["count"].astype(str)
    values = rows.drop_duplicates(["group_id", "surface"]).groupby("group_id", sort=True)["surface"].agg(list)
    table = pd.DataFrame({
        "group_id": first.index,
        "key": first["key"].to_numpy(),
        "articles": by_group["article_id"].nunique().to_numpy(),
        "claims": by_group.size().to_numpy(),
        "independent_sources": first["independent_sources"].astype(int).to_numpy(),
        "relations": relations.groupby("group_id", sort=True)["text"].agg(", ".join).reindex(first.index).to_numpy(),
        "values": [_shown_values(found) for found in values.reindex(first.index)],
        "speakers": ["; ".join(names) for names in first["speakers"]],
        "first": [labels.get(article_id, article_id) for article_id in first["first_article_id"]],
    }, columns=GROUP_OVERVIEW_COLUMNS)
    return table.sort_values(["articles", "independent_sources", "claims", "group_id"],
                             ascending=[False, False, False, True], ignore_index=True)


def _shown_values(values: list[str]) -> str:
    """The first ``SHOWN_VALUES`` values as written, "; ..." when there are more."""
    return "; ".join(values[:SHOWN_VALUES]) + ("; ..." if len(values) > SHOWN_VALUES else "")


def conflicts(groups: pd.DataFrame, claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Each conflicting claim beside its group's first claim: both articles, both figures and
    both sentences, so that the two can be read side by side."""
    conflicting = groups[groups["relation"] == "conflicting"]
    if not len(conflicting):
        return pd.DataFrame(columns=CONFLICT_COLUMNS)
    labels = article_labels(articles)
    by_id = claims.set_index("claim_id")
    firsts = groups.drop_duplicates("group_id").set_index("group_id")["claim_id"]
    rows = []
    for row in conflicting.itertuples(index=False):
        first, other = by_id.loc[firsts[row.group_id]], by_id.loc[row.claim_id]
        rows.append((row.group_id, row.key, labels.get(first["article_id"], first["article_id"]), first["surface"],
                     first["sentence"], labels.get(row.article_id, row.article_id), other["surface"],
                     other["sentence"]))
    return pd.DataFrame(rows, columns=CONFLICT_COLUMNS)


def echo_edges(groups: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    """Who repeats whom: one row per (article, earlier article) pair, from the groups' ``echo_of``
    (the figures it repeats) and the text links (``duplicate``, ``contains``,
    ``shares_passages``).  Columns: ``article_id``, ``echo_of``, ``relation``, ``figures``."""
    rows = {}
    for row in links.itertuples(index=False):
        rows[(row.other_article_id, row.article_id)] = [row.relation, 0]
    echoed = groups[groups["echo_of"].fillna("") != ""]
    for (article_id, source), members in echoed.groupby(["article_id", "echo_of"], sort=True):
        pair = (article_id, source) if (article_id, source) in rows or (source, article_id) not in rows else (
            source, article_id)
        relation, _ = rows.get(pair, ["repeats figures", 0])
        rows[pair] = [relation, len(members)]
    table = pd.DataFrame([(a, b, relation, figures) for (a, b), (relation, figures) in rows.items()],
                         columns=["article_id", "echo_of", "relation", "figures"])
    return table.sort_values(["echo_of", "article_id"], ignore_index=True)


def echo_table(groups: pd.DataFrame, links: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``echo_edges`` with articles named by their labels, the most repeated sources first."""
    edges = echo_edges(groups, links)
    if not len(edges):
        return pd.DataFrame(columns=ECHO_COLUMNS)
    labels = article_labels(articles)
    table = pd.DataFrame({
        "article": edges["article_id"].map(lambda a: labels.get(a, a)),
        "echo_of": edges["echo_of"].map(lambda a: labels.get(a, a)),
        "relation": edges["relation"], "figures": edges["figures"],
    })
    return table.sort_values(["figures", "echo_of", "article"], ascending=[False, True, True], ignore_index=True)


def echo_graph(groups: pd.DataFrame, links: pd.DataFrame) -> nx.DiGraph:
    """The echo graph: an edge from each article to the earlier one it repeats (``echo_edges``)."""
    graph = nx.DiGraph()
    for row in echo_edges(groups, links).itertuples(index=False):
        graph.add_edge(row.article_id, row.echo_of, relation=row.relation, figures=row.figures)
    return graph


def reference_view(check: pd.DataFrame, claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``reference_check`` as a reader wants it: each claim's article label, its figure as written,
    its days, the official value and the ratio, furthest from 1 first (on a log scale), claims
    without an official value last."""
    if not len(check):
        return pd.DataFrame(columns=REFERENCE_VIEW_COLUMNS)
    labels = article_labels(articles)
    surfaces = claims.set_index("claim_id")["surface"]
    start = pd.to_datetime(check["date_start"]).dt.strftime("%Y-%m-%d")
    end = pd.to_datetime(check["date_end"]).dt.strftime("%Y-%m-%d")
    table = pd.DataFrame({
        "article": check["article_id"].map(lambda a: labels.get(a, a)),
        "measure": check["measure"],
        "days": [s if s == e else f"{s} – {e}" for s, e in zip(start.fillna(""), end.fillna(""))],
        "figure": surfaces.reindex(check["claim_id"]).to_numpy(),
        "claim_high": check["claim_high"], "reference_value": check["reference_value"], "ratio": check["ratio"].round(3),
        "comparison": check["comparison"], "scope_note": check["scope_note"],
    })
    distance = np.log(check["ratio"].where(check["ratio"] > 0)).abs()
    order = pd.DataFrame({"missing": check["ratio"].isna(), "distance": -distance.fillna(0), "article": table["article"]})
    return table.loc[order.sort_values(["missing", "distance", "article"], kind="stable").index].reset_index(drop=True)
