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
from dataclasses import dataclass

import numpy as np

from diplograph.analysis.international import PeriodGraphs, check_state, period_arrays
from diplograph.analysis.periods import UNDATED, check_period, check_range
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
    g = period_arrays(store, by=by, since=since, until=until, undated=undated)
    only = g.states.index(country) if country else None
    out = []
    for i in range(len(g.periods)):
        out += period_scores(g, i, only)
    return out


def period_scores(g: PeriodGraphs, i: int, only: int | None = None) -> list[IsolationScore]:
    """Every active state's score in period `i` of `g`, ranked; with `only` (a state index),
    just that state's, active or not (ranked among all the others all the same)."""
    at = g.edges_of(i)
    x, y, w = g.edge_a[at], g.edge_b[at], g.edge_weight[at]
    size = len(g.states)
    partners = np.bincount(x, minlength=size) + np.bincount(y, minlength=size)
    strength = np.bincount(x, w, size).astype(np.int64) + np.bincount(y, w, size).astype(np.int64)
    tally = g.tally[i]
    seen = tally[:, 0] > 0
    wanted = seen.copy()
    if only is not None:
        wanted[only] = True
    active = np.flatnonzero(wanted)
    p_ref = max(1.0, _quantile(partners[seen].tolist()))
    w_ref = max(1.0, _quantile(strength[seen].tolist()))
    score = 1 - connectedness(partners[active], strength[active], p_ref, w_ref)
    iso = [round(v, 3) for v in score.tolist()]
    worse = np.sort(-np.array(iso))  # ascending, for the rank: how many are more isolated
    centrality = eigenvector(len(active), np.searchsorted(active, x), np.searchsorted(active, y), w)
    if only is not None:
        ranked = [int(np.searchsorted(active, only))]
    else:
        ranked = sorted(range(len(active)), key=lambda j: (-iso[j], j))  # j: in code order
    states = int(seen.sum())
    out = []
    for j in ranked:
        s = int(active[j])
        events, cooperation, conflict, sources = tally[s].tolist()
        out.append(
            IsolationScore(
                period=g.periods[i],
                country=g.states[s],
                isolation=iso[j],
                partners=int(partners[s]),
                weighted_degree=int(strength[s]),
                eigenvector=round(float(centrality[j]), 4) if centrality is not None else 0.0,
                rank=1 + int(np.searchsorted(worse, -iso[j])),
                states=states,
                events=events,
                cooperation_events=cooperation,
                conflict_events=conflict,
                sources=sources,
                evidence=evidence_label(sources),
            )
        )
    return out


def eigenvector(size: int, x: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray | None:
    """Weighted eigenvector centrality (unit length, as networkx gives it) of nodes 0..size-1
    with edges (x, y, weight), x != y, each pair once; None without edges. Power iteration on
    A + I, which converges on bipartite graphs too (a star)."""
    if not len(x):
        return None
    a = np.zeros((size, size))
    a[x, y] = w
    a[y, x] = w
    a += np.eye(size)
    v = np.ones(size) / size
    for _ in range(ITERATIONS):
        nxt = a @ v
        nxt /= np.linalg.norm(nxt)
        if np.abs(nxt - v).sum() < size * 1e-10:
            v = nxt
            break
        v = nxt
    return v


def connectedness(partners, weight, p_ref: float, w_ref: float):
    """½ partners share + ½ weight share, each on a log scale and capped at the reference;
    counts as numbers or numpy arrays."""
    return 0.5 * _share(partners, p_ref) + 0.5 * _share(weight, w_ref)


def _share(counts, ref: float):
    """min(1, log(1+count) / log(1+ref)), with math.log1p for every distinct count: numpy's
    log1p may differ from it in the last bit, and a score rounded to 3 places must not move."""
    values, inverse = np.unique(np.asarray(counts, dtype=float), return_inverse=True)
    logs = np.array([math.log1p(v) for v in values.tolist()])[inverse.reshape(np.shape(counts))]
    return np.minimum(1.0, logs / math.log1p(ref))


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
