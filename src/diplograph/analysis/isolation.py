"""The isolation index: per state per period, how few and how weak its cooperative ties are.

The cooperation graph of a period links two states by their positive-intensity events, each
weighted by its independent sources. For state s with p partners and weighted degree w:

    connectedness = ½·min(1, log(1+p) / log(1+P)) + ½·min(1, log(1+w) / log(1+W))
    isolation     = 1 − connectedness                                     (in [0, 1])

where P and W are the 90th percentiles of partners and weighted degree over the states active
in that period (any state-to-state event), at least 1. It falls as partners or weight grow
(monotone), and is relative to the period's whole graph, so a thin period does not make
everyone isolated. Eigenvector centrality is reported beside it, not in it. `evidence` labels
how much stands behind the score: low under 5 independent sources, medium under 20, else high.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

import numpy as np

from diplograph.analysis.international import check_state, period_graphs
from diplograph.analysis.periods import UNDATED, check_period, check_range, sort_key
from diplograph.store.sqlite import Store

QUANTILE = 0.9
ITERATIONS = 1000
EVIDENCE = ((5, "low"), (20, "medium"))  # independent sources below which the label applies


@dataclass(frozen=True, slots=True)
class IsolationScore:
    period: str
    country: str
    isolation: float  # 0 = as connected as the period's best connected, 1 = no cooperation
    partners: int  # distinct cooperation partners
    weighted_degree: int  # independent sources behind its cooperation events
    eigenvector: float  # eigenvector centrality in the period's cooperation graph
    rank: int  # 1 + the states of the period more isolated (ties share a rank)
    states: int  # states active in the period
    events: int  # all its events with other states in the period
    cooperation_events: int
    conflict_events: int
    sources: int  # independent sources behind all its events
    evidence: str  # low | medium | high


def isolation(
    store: Store,
    country: str | None = None,
    *,
    by: str = "year",
    since: str | None = None,
    until: str | None = None,
    undated: bool = False,
) -> list[IsolationScore]:
    """Scores per period: of `country` (one per period that has any state-to-state event), or
    of every active state, most isolated first (the ranking). `undated=True` adds the undated
    events as one more period, 'undated'."""
    country = check_state(country) if country else None
    by = check_period(by)
    since, until = check_range(since, until)
    graphs = period_graphs(store, by=by, since=since, until=until, undated=undated)
    out = []
    for period in sorted(graphs, key=sort_key):
        edges, tally = graphs[period]
        out += period_scores(period, edges, tally, extra=country, only=country)
    return out


def period_scores(
    period: str,
    edges: list[tuple[str, str, int]],
    tally: dict[str, list],
    extra: str | None = None,
    only: str | None = None,
) -> list[IsolationScore]:
    """Every active state's score in one period (and `extra`'s, active or not), ranked; with
    `only`, just that state's (ranked among all the others all the same).
    `edges` are the cooperation graph's (a, b, weight); `tally` each active state's
    [events, cooperation, conflict, sources] (see international.period_graphs)."""
    strength: dict[str, float] = {}
    weights: dict[tuple[str, str], int] = {}
    for a, b, w in edges:  # a derived multilateral pair may repeat a stored one: merge
        key = (a, b) if a < b else (b, a)
        weights[key] = weights.get(key, 0) + w
    partners = Counter(a for a, _ in weights)  # counted in C, not a dict update per pair
    partners.update(b for _, b in weights)
    for (a, b), w in weights.items():
        strength[a] = strength.get(a, 0) + w
        strength[b] = strength.get(b, 0) + w
    edges = [(a, b, w) for (a, b), w in weights.items()]
    tally = dict(tally)
    if extra:
        tally.setdefault(extra, [0, 0, 0, 0])
    active = sorted(tally)
    seen = [s for s in active if tally[s][0]]
    p_ref = max(1.0, _quantile([partners.get(s, 0) for s in seen]))
    w_ref = max(1.0, _quantile([strength.get(s, 0) for s in seen]))
    centrality = eigenvector(active, edges)
    iso = {
        s: round(1 - connectedness(partners.get(s, 0), strength.get(s, 0), p_ref, w_ref), 3)
        for s in active
    }
    worse = sorted(-v for v in iso.values())  # ascending, for bisect
    ranked = [only] if only in iso else [] if only else sorted(active, key=lambda s: (-iso[s], s))
    return [
        IsolationScore(
            period=period,
            country=s,
            isolation=iso[s],
            partners=partners.get(s, 0),
            weighted_degree=int(strength.get(s, 0)),
            eigenvector=round(centrality.get(s, 0.0), 4),
            rank=1 + bisect_left(worse, -iso[s]),
            states=len(seen),
            events=tally[s][0],
            cooperation_events=tally[s][1],
            conflict_events=tally[s][2],
            sources=tally[s][3],
            evidence=evidence_label(tally[s][3]),
        )
        for s in ranked
    ]


def eigenvector(nodes: list[str], edges: list[tuple[str, str, float]]) -> dict[str, float]:
    """Weighted eigenvector centrality (unit length, as networkx gives it) by power iteration
    on A + I, which converges on bipartite graphs too (a star); numpy on the period's states."""
    if not edges:
        return {}
    index = {s: i for i, s in enumerate(nodes)}
    a = np.zeros((len(nodes), len(nodes)))
    x, y = np.array([(index[x], index[y]) for x, y, _ in edges]).T
    w = np.array([e[2] for e in edges], dtype=float)
    np.add.at(a, (x, y), w)  # unbuffered: a repeated pair adds up, as the loop did
    np.add.at(a, (y, x), w)
    a += np.eye(len(nodes))
    v = np.ones(len(nodes)) / len(nodes)
    for _ in range(ITERATIONS):
        nxt = a @ v
        nxt /= np.linalg.norm(nxt)
        if np.abs(nxt - v).sum() < len(nodes) * 1e-10:
            v = nxt
            break
        v = nxt
    return {s: float(v[i]) for s, i in index.items()}


def connectedness(partners: float, weight: float, p_ref: float, w_ref: float) -> float:
    """½ partners share + ½ weight share, each on a log scale and capped at the reference."""
    share = lambda x, ref: min(1.0, math.log1p(x) / math.log1p(ref))  # noqa: E731
    return 0.5 * share(partners, p_ref) + 0.5 * share(weight, w_ref)


def evidence_label(sources: int) -> str:
    for limit, label in EVIDENCE:
        if sources < limit:
            return label
    return "high"


def _quantile(values: list[float]) -> float:
    """The QUANTILE-th value, linearly interpolated (0 for none)."""
    if not values:
        return 0.0
    xs = sorted(values)
    pos = QUANTILE * (len(xs) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


__all__ = ["IsolationScore", "isolation", "period_scores", "UNDATED"]
