"""Blocs: communities of states in the signed graph of a period.

Each pair of states has a cooperation weight (independent sources behind its positive-intensity
events) and a conflict weight (the same for negative intensities); its net weight is their
difference. Louvain modularity (networkx, fixed seed) groups the states on the graph of
positive net weights; then, signed, a state whose net ties to its own bloc are negative (more
conflict than cooperation inside) leaves for the bloc it has the best positive net ties to, or
stands alone; this repeats until nothing moves. Blocs of one state are reported as unaligned.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from diplograph.analysis.evidence import EventRef, sentences
from diplograph.analysis.international import PairTotal, pair_totals
from diplograph.analysis.periods import check_range, range_sql
from diplograph.store.sqlite import Store

SEED = 42
EVIDENCE_EVENTS = 10  # events listed per bloc
EVIDENCE_PAIRS = 5  # ... drawn from its most cooperative pairs
PASSES = 10


@dataclass(frozen=True, slots=True)
class Bloc:
    label: str  # "bloc 1 (USA)": numbered by size, named by its best-tied member
    members: tuple[str, ...]
    cooperation: int  # independent sources behind cooperation inside the bloc
    conflict_inside: int  # ... behind conflict inside it
    conflict_outside: int  # ... behind conflict with states of other blocs
    events: int  # cooperation events inside the bloc
    evidence: tuple[EventRef, ...]  # best sourced of its 5 most cooperative pairs, up to 10


@dataclass(frozen=True, slots=True)
class Move:
    """A state whose bloc in the compared window does not match its bloc now."""

    state: str
    before: str | None  # label in the compared window (None: not active then)
    after: str | None  # label now (None: not active now)


@dataclass(frozen=True, slots=True)
class Blocs:
    since: str | None
    until: str | None
    blocs: tuple[Bloc, ...]
    unaligned: tuple[str, ...]  # active states in no bloc of two or more
    compare_since: str | None = None
    compare_until: str | None = None
    compared: tuple[Bloc, ...] = ()
    moves: tuple[Move, ...] = ()


def blocs(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    compare_since: str | None = None,
    compare_until: str | None = None,
) -> Blocs:
    """The blocs of [since, until]; with compare_*, also those of that window and who moved."""
    since, until = check_range(since, until)
    now, alone = window_blocs(store, since, until)
    if compare_since is None and compare_until is None:
        return Blocs(since, until, tuple(now), tuple(alone))
    compare_since, compare_until = check_range(compare_since, compare_until)
    then, then_alone = window_blocs(store, compare_since, compare_until)
    return Blocs(
        since,
        until,
        tuple(now),
        tuple(alone),
        compare_since,
        compare_until,
        tuple(then),
        tuple(moves(then, then_alone, now, alone)),
    )


def window_blocs(store: Store, since: str | None, until: str | None):
    """(blocs, unaligned states) of one window: its dated events, or every event (undated
    ones too) when the window is unbounded."""
    totals = pair_totals(store, by=None, since=since, until=until, undated=not (since or until))
    groups = communities(totals)
    found = [members for members in groups if len(members) > 1]
    alone = [s for members in groups if len(members) < 2 for s in members]
    out = [
        _bloc(store, members, tally, since, until)
        for members, tally in zip(found, _tallies(totals, found), strict=True)
    ]
    out.sort(key=lambda b: (-len(b.members), -b.cooperation, b.members))
    labelled = [
        Bloc(f"bloc {i} ({b.label})", *[getattr(b, f) for f in _FIELDS])
        for i, b in enumerate(out, 1)
    ]
    return labelled, sorted(alone)


_FIELDS = ("members", "cooperation", "conflict_inside", "conflict_outside", "events", "evidence")


def communities(totals: list[PairTotal]) -> list[list[str]]:
    """Louvain on the positive net graph, then signed repair (module docstring)."""
    net = _net(totals)
    g = nx.Graph()  # Louvain visits nodes and neighbours in insertion order: sorted, not
    g.add_nodes_from(sorted({s for pair in net for s in pair}))  # a set's (hash seed) order
    g.add_weighted_edges_from(sorted((a, b, w) for (a, b), w in net.items() if w > 0))
    if g.number_of_edges():
        found = nx.community.louvain_communities(g, weight="weight", seed=SEED)
    else:
        found = [{s} for s in g]
    where = {s: i for i, c in enumerate(found) for s in sorted(c)}
    ties_of = _neighbours(net)
    for _ in range(PASSES):
        moved = False
        for s in sorted(where):
            ties: dict[int, float] = {}
            for other, w in ties_of.get(s, ()):
                ties[where[other]] = ties.get(where[other], 0.0) + w
            own = ties.get(where[s], 0.0)
            if own >= 0:
                continue
            best = max(ties, key=lambda c: (ties[c], -c))
            where[s] = best if ties[best] > 0 else max(where.values()) + 1
            moved = True
        if not moved:
            break
    groups: dict[int, list[str]] = {}
    for s, c in where.items():
        groups.setdefault(c, []).append(s)
    return [sorted(m) for m in groups.values()]


def _neighbours(net: dict[tuple[str, str], float]) -> dict[str, list[tuple[str, float]]]:
    """Each state's (other state, net weight) in `net`'s order, so a state's ties are summed
    in the same order as a scan of all pairs would (the same floats), without that scan."""
    out: dict[str, list[tuple[str, float]]] = {}
    for (a, b), w in net.items():
        out.setdefault(a, []).append((b, w))
        if b != a:
            out.setdefault(b, []).append((a, w))
    return out


def _net(totals: list[PairTotal]) -> dict[tuple[str, str], float]:
    net: dict[tuple[str, str], float] = {}
    for t in totals:
        key = (t.a, t.b)
        net[key] = net.get(key, 0.0) + t.cooperation_weight - t.conflict_weight
    return net


@dataclass(slots=True)
class _Tally:
    """What one pass over the pair totals finds for a bloc."""

    degree: dict[str, float]  # each member's cooperation weight inside the bloc
    pairs: list[tuple[int, str, str]] = field(default_factory=list)  # (weight, a, b) inside
    cooperation: int = 0
    conflict_inside: int = 0
    conflict_outside: int = 0
    events: int = 0


def _tallies(totals: list[PairTotal], found: list[list[str]]) -> list[_Tally]:
    """Each bloc's ties inside and its conflict with other blocs, in one pass over the pairs
    (not one pass per bloc)."""
    where = {s: i for i, members in enumerate(found) for s in members}
    out = [_Tally(dict.fromkeys(members, 0.0)) for members in found]
    for t in totals:
        i, j = where.get(t.a), where.get(t.b)
        if i is not None and i == j:
            x = out[i]
            x.pairs.append((t.cooperation_weight, t.a, t.b))
            x.cooperation += t.cooperation_weight
            x.conflict_inside += t.conflict_weight
            x.events += t.cooperation
            x.degree[t.a] += t.cooperation_weight
            x.degree[t.b] += t.cooperation_weight
            continue
        for k in {i, j} - {None}:
            out[k].conflict_outside += t.conflict_weight
    return out


def _bloc(store: Store, members: list[str], tally: _Tally, since, until) -> Bloc:
    leader = max(members, key=lambda s: (tally.degree[s], s))
    pairs = [(a, b) for _, a, b in sorted(tally.pairs, reverse=True)]
    return Bloc(
        leader,
        tuple(members),
        tally.cooperation,
        tally.conflict_inside,
        tally.conflict_outside,
        tally.events,
        tuple(holding_events(store, pairs, since, until)),
    )


def holding_events(store: Store, pairs, since, until, limit: int = EVIDENCE_EVENTS):
    """The best-sourced cooperation events of the bloc's most cooperative pairs (`pairs`, best
    first; the first EVIDENCE_PAIRS of them): indexed lookups by pair, not a scan."""
    cond, args = range_sql("e.date", since, until)
    if since or until:
        cond = f"e.date IS NOT NULL AND {cond}"
    rows = []
    for a, b in pairs[:EVIDENCE_PAIRS]:
        for x, y in ((a, b), (b, a)):
            rows += store.conn.execute(
                "SELECT e.id, e.date, e.event_type, e.mode, e.intensity, e.sources,"
                " e.actor_country AS source, e.recipient_country AS target FROM events e"
                " WHERE e.actor_country = ? AND e.recipient_country = ?"
                f" AND e.asserted = 1 AND e.intensity > 0 AND {cond}"
                " ORDER BY e.sources DESC, e.intensity DESC, e.date, e.id LIMIT ?",
                [x, y, *args, limit],
            ).fetchall()
    rows = sorted(rows, key=lambda r: (-r["sources"], -r["intensity"], r["date"] or "", r["id"]))
    rows = rows[:limit]
    text = sentences(store, [r["id"] for r in rows])
    return [
        EventRef(
            r["id"],
            r["date"],
            r["event_type"],
            r["mode"],
            r["source"],
            r["target"],
            float(r["intensity"]),
            int(r["sources"]),
            text.get(r["id"]),
        )
        for r in rows
    ]


def moves(then: list[Bloc], then_alone, now: list[Bloc], now_alone) -> list[Move]:
    """Match each bloc of now to the earlier bloc it shares most members with; a state moved
    when its bloc now is not the match of its bloc then."""
    before = {s: b.label for b in then for s in b.members} | dict.fromkeys(then_alone, None)
    after = {s: b.label for b in now for s in b.members} | dict.fromkeys(now_alone, None)
    match: dict[str, str | None] = {}
    for b in now:
        overlap = {}
        for s in b.members:
            if before.get(s):
                overlap[before[s]] = overlap.get(before[s], 0) + 1
        match[b.label] = max(overlap, key=lambda k: (overlap[k], k)) if overlap else None
    out = []
    for s in sorted(set(before) | set(after)):
        was, now_label = before.get(s), after.get(s)
        if was is None and now_label is None:
            continue
        if now_label is None or was is None or match.get(now_label) != was:
            out.append(Move(s, was, now_label))
    return out
