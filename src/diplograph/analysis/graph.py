"""The state-to-state graph of a window, for Gephi and other tools."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from diplograph.analysis.international import pair_totals
from diplograph.analysis.periods import check_range
from diplograph.errors import InputError
from diplograph.store.sqlite import Store

FORMATS = ("graphml", "gexf")


def graph(store: Store, *, since: str | None = None, until: str | None = None) -> nx.Graph:
    """An undirected graph: one node per state, one edge per pair with events, carrying
    events, sources, cooperation and conflict counts and weights, the summed intensity
    (balance) and net weight (cooperation minus conflict weight). Undated events are included
    only when the window is unbounded."""
    since, until = check_range(since, until)
    g = nx.Graph(since=since or "", until=until or "")
    for t in pair_totals(store, by=None, since=since, until=until, undated=not (since or until)):
        g.add_edge(
            t.a,
            t.b,
            events=t.events,
            sources=t.sources,
            cooperation=t.cooperation,
            conflict=t.conflict,
            cooperation_weight=t.cooperation_weight,
            conflict_weight=t.conflict_weight,
            balance=round(t.balance, 3),
            weight=t.cooperation_weight - t.conflict_weight,
        )
    for node in g:
        g.nodes[node]["label"] = node
        g.nodes[node]["events"] = sum(d["events"] for _, _, d in g.edges(node, data=True))
    return g


def write_graph(g: nx.Graph, path: str | Path, fmt: str) -> None:
    """Write GraphML or GEXF; an unwritable path is an InputError naming it."""
    if fmt not in FORMATS:
        raise InputError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    try:
        if fmt == "graphml":
            nx.write_graphml(g, path)
        else:
            nx.write_gexf(g, path)
    except OSError as exc:
        raise InputError(exc.strerror or "cannot write", str(path)) from exc
