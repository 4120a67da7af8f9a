"""The attribution chain as a graph: author -> outlet (via) -> speaker -> claims (networkx)."""

from __future__ import annotations

from collections import Counter

import pandas as pd


def attribution_graph(
    attributions: pd.DataFrame,
    articles: pd.DataFrame,
    claims: pd.DataFrame | None = None,
    *,
    article_id: str | None = None,
    limit: int = 12,
    speakers: int = 10,
    authors: int = 3,
):
    """The chain author -> outlet (via) -> speaker -> claims as a networkx ``DiGraph``.

    Nodes are ``(layer name, key)`` with attributes ``layer`` (0 author, 1 outlet, 2
    speaker, 3 claim) and ``label``; edges carry ``weight`` (statements or claims).  Unnamed
    sources share one node.  ``claims`` needs ``speaker`` (see ``claims_by_voice``); at most
    ``limit`` claims are drawn, the earliest first.  ``article_id`` limits it to one article.

    So that the drawing stays readable on any corpus, only the ``speakers`` voices with
    the most claims, then statements (then by name), and as many outlets with the most
    statements, are drawn; the others are folded into one node ("12 other speakers", "3
    other outlets"), and more than ``authors`` authors into one ("68 authors").
    ``graph.graph["shown"]`` says what was left out, for the chart's title.
    """
    import networkx as nx

    if article_id is not None:
        attributions = attributions[attributions["article_id"] == article_id]
        articles = articles[articles["article_id"] == article_id]
        if claims is not None:
            claims = claims[claims["article_id"] == article_id]
    graph = nx.DiGraph()
    names = sorted({name for names in articles.get("authors", pd.Series(dtype=object)) for name in (names or [])})
    if not names:
        author_nodes = [("author", "the article")]
    elif len(names) > authors:
        author_nodes = [("author", f"{len(names):,} authors")]
    else:
        author_nodes = [("author", name) for name in names]
    for node in author_nodes:
        graph.add_node(node, layer=0, label=node[1])

    def link(source, target, weight: int = 1) -> None:
        if graph.has_edge(source, target):
            graph.edges[source, target]["weight"] += weight
        else:
            graph.add_edge(source, target, weight=weight)

    has_claims = claims is not None and len(claims) > 0 and "speaker" in claims.columns
    claim_speakers = claims[claims.get("voice", pd.Series("", index=claims.index)) != "author"]["speaker"] \
        if has_claims else pd.Series(dtype=object)
    claim_counts = Counter(name or "" for name in claim_speakers.fillna(""))
    statement_counts = Counter(name or "" for name in attributions["speaker"].fillna(""))
    voices = sorted(set(statement_counts), key=lambda name: (-claim_counts[name], -statement_counts[name], name))
    kept = set(voices[:speakers])
    others = len(voices) - len(kept)
    other_node = ("speaker", "\0others")
    via_counts = Counter(via for via in attributions["via"].fillna("") if via)
    outlets = sorted(via_counts, key=lambda name: (-via_counts[name], name))
    kept_outlets = set(outlets[:speakers])
    other_outlets = len(outlets) - len(kept_outlets)

    def speaker_node(name: str):
        if name in kept:
            node = ("speaker", name)
            if node not in graph:
                graph.add_node(node, layer=2, label=name or "unnamed sources")
            return node
        if other_node not in graph:
            graph.add_node(other_node, layer=2, label=f"{others:,} other speakers")
        return other_node

    for row in attributions.itertuples(index=False):
        speaker = speaker_node(row.speaker or "")
        if row.via:
            if row.via in kept_outlets:
                outlet = ("outlet", row.via)
                graph.add_node(outlet, layer=1, label=row.via)
            else:
                outlet = ("outlet", "\0others")
                graph.add_node(outlet, layer=1, label=f"{other_outlets:,} other outlets")
            for author in author_nodes:
                link(author, outlet)
            link(outlet, speaker)
        else:
            for author in author_nodes:
                link(author, speaker)
    shown_claims = total_claims = 0
    if has_claims:
        ordered = claims.sort_values(["article_id", "start", "claim_id"]) if "start" in claims.columns else claims
        for row in ordered.itertuples(index=False):
            if getattr(row, "voice", "") == "author":
                speaker = ("speaker", "\0author")  # the writer's own figure
                if speaker not in graph:
                    graph.add_node(speaker, layer=2, label="own words (author)")
                    for author in author_nodes:
                        link(author, speaker)
            elif (row.speaker or "") in kept:
                speaker = ("speaker", row.speaker or "")
            else:
                speaker = other_node  # a speaker folded into "other speakers"
            if speaker not in graph:
                continue
            total_claims += 1
            if shown_claims >= limit:
                continue
            shown_claims += 1
            label = " ".join(str(part) for part in (getattr(row, "surface", row.claim_id), getattr(row, "unit", "")) if part and part == part)
            if getattr(row, "mode", "") == "context":
                label += " (inferred)"
            claim = ("claim", row.claim_id)
            graph.add_node(claim, layer=3, label=label)
            link(speaker, claim)
    notes = []
    if others:
        notes.append(f"top {len(kept):,} of {len(voices):,} speakers by claims and statements")
    if other_outlets:
        notes.append(f"top {len(kept_outlets):,} of {len(outlets):,} outlets")
    if total_claims > shown_claims:
        notes.append(f"first {shown_claims:,} of {total_claims:,} claims")
    graph.graph["shown"] = "; ".join(notes)
    return graph
