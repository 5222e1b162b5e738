"""The international view: events whose two sides are different states, read from the store.

A side is a state when its country code is an ISO 3166 alpha-3 code, current or historic
(pycountry's tables, plus Kosovo's XKX); groups (NAT, EUR, IGO, WST, ...) and events within
one state are left out unless `include_nonstate` / `include_domestic` is asked for. A
multilateral meeting is stored as the pairs the coder read (each visitor with the host, or each
pair of members); `multilateral_pairs` adds the pairs it left implicit, so a gathering of
A, B and C at A's capital also links B and C.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations

import numpy as np

from diplograph.analysis.periods import period_of, period_sql, range_sql, sort_key
from diplograph.errors import InputError
from diplograph.states import states
from diplograph.store.sqlite import Store


def check_state(code: str | None, what: str = "country") -> str:
    """An alpha-3 state code, upper-cased; InputError for anything else."""
    value = (code or "").strip().upper()
    if len(value) != 3 or not value.isalpha():
        raise InputError(f"{what} must be a 3-letter state code (PRK, USA), not {code!r}")
    if value not in states():
        raise InputError(f"{what} {value} is not a state code (ISO 3166 alpha-3)")
    return value


@dataclass(frozen=True, slots=True)
class Edge:
    """One event between two states, as analysis sees it."""

    event: int  # store id (for a derived multilateral pair: the gathering's first event)
    date: str | None
    event_type: str
    mode: str | None
    source: str  # actor's state
    target: str  # recipient's state
    intensity: float
    sources: int  # independent articles
    derived: bool = False  # a pair a multilateral gathering implied, not stored itself


_EDGE_COLUMNS = (
    "e.id, e.date, e.event_type, e.mode, coalesce(e.intensity, 0) AS intensity, e.sources,"
    " e.actor_country AS source, e.recipient_country AS target"
)


def country_edges(
    store: Store,
    country: str,
    *,
    other: str | None = None,
    since: str | None = None,
    until: str | None = None,
    event_type: str | None = None,
) -> list[Edge]:
    """Asserted events between `country` and another state (or `other`), both directions,
    multilateral pairs included, in date order. Undated events are kept (last) whatever the
    range: they cannot be placed in or out of it, and the caller counts them apart. Indexed:
    reads only the country's events."""
    where, args = _filters(since, until, event_type, undated=True)
    rows: list[sqlite3.Row] = []
    for mine, theirs in (
        ("actor_country", "recipient_country"),
        ("recipient_country", "actor_country"),
    ):
        sql = f"SELECT {_EDGE_COLUMNS} FROM events e WHERE e.{mine} = ? AND e.{theirs} != ?"
        extra = [country, country]
        if other:
            sql += f" AND e.{theirs} = ?"
            extra.append(other)
        rows += store.conn.execute(f"{sql} AND {where}", extra + args).fetchall()
    edges = [_edge(r) for r in rows if r["source"] in states() and r["target"] in states()]
    seen = {(e.event, e.source, e.target) for e in edges}
    for e in multilateral_pairs(
        store, since=since, until=until, event_type=event_type, undated=True
    ):
        if country in (e.source, e.target) and (other is None or other in (e.source, e.target)):
            if (e.event, e.source, e.target) not in seen:
                edges.append(e)
    return sorted(edges, key=lambda e: (e.date is None, e.date or "", e.event, e.source))


def multilateral_pairs(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    event_type: str | None = None,
    undated: bool = False,
) -> Iterator[Edge]:
    """The pairs of each multilateral gathering the stored events leave implicit.

    Events of mode 'multilateral' read from the same words (article, sentence, trigger) are one
    gathering; every pair of its states that has no stored event of its own is yielded once,
    with the gathering's first event id, best date, largest source count, `derived=True`."""
    if event_type and event_type.upper() != "CONSULT":
        return
    where, args = _filters(since, until, None, undated=undated)
    rows = store.conn.execute(  # by the mode index: ANALYZE counts the NULL modes too, and
        # then SQLite would rather scan every dated event in the range
        f"SELECT m.article, m.sentence, m.trigger_start, {_EDGE_COLUMNS}"
        " FROM events e INDEXED BY events_mode JOIN event_mentions m ON m.event = e.id"
        f" WHERE e.mode = 'multilateral' AND {where}",
        args,
    ).fetchall()
    groups: dict[tuple, list[sqlite3.Row]] = {}
    for r in rows:
        groups.setdefault((r["article"], r["sentence"], r["trigger_start"]), []).append(r)
    done: set[tuple] = set()
    for members in groups.values():
        stored = {frozenset((r["source"], r["target"])) for r in members}
        sides = {r["source"] for r in members} | {r["target"] for r in members}
        countries = sorted(c for c in sides if c is not None)  # a side with no code is no state
        first = min(members, key=lambda r: r["id"])
        date = max((r["date"] for r in members if r["date"]), key=len, default=None)
        for a, b in combinations(countries, 2):
            key = (first["id"], a, b)
            if frozenset((a, b)) in stored or key in done or not {a, b} <= states():
                continue
            done.add(key)
            yield Edge(
                first["id"],
                date,
                "CONSULT",
                "multilateral",
                a,
                b,
                float(first["intensity"]),
                max(r["sources"] for r in members),
                derived=True,
            )


@dataclass(frozen=True, slots=True)
class PairTotal:
    """All events between two states (a < b) in one period, summed in SQL."""

    period: str
    a: str
    b: str
    events: int
    sources: int  # independent sources behind all of them
    cooperation: int  # events of positive intensity
    cooperation_weight: int  # their independent sources
    conflict: int  # events of negative intensity
    conflict_weight: int
    balance: float  # sum of intensity over events


def pair_totals(
    store: Store,
    *,
    by: str | None = "year",
    since: str | None = None,
    until: str | None = None,
    undated: bool = False,
) -> list[PairTotal]:
    """Per period (or, with by=None, over the whole range: period 'all') and unordered pair of
    states, the events between them. Undated events only if `undated`: as their own period
    'undated', or within 'all'.

    SQLite does the summing, reading an index in its own order (year or month prefix of the
    date, actor's country, recipient's country: no join, no sort of the events), then merges
    the two directions of each pair over those totals; Python adds the multilateral pairs."""
    key = {None: "''", "year": "substr(e.date, 1, 4)"}.get(by, "substr(e.date, 1, 7)")
    cond, args = range_sql("e.date", since, until)
    inner = (
        f"SELECT {key} AS k, e.actor_country AS a, e.recipient_country AS b, count(*) AS n,"
        " sum(e.sources) AS s, sum(e.intensity > 0) AS c,"
        " sum(CASE WHEN e.intensity > 0 THEN e.sources ELSE 0 END) AS cw,"
        " sum(e.intensity < 0) AS f, sum(CASE WHEN e.intensity < 0 THEN e.sources ELSE 0 END)"
        " AS fw, total(e.intensity) AS i"
        " FROM events e WHERE e.asserted = 1 AND e.actor_country != e.recipient_country"
    )
    group = "GROUP BY 1, 2, 3" if by else "GROUP BY 2, 3"  # a constant key defeats the index
    if by is None and undated and not (since or until):
        dated = f"{inner} {group}"  # every event: one pass
    else:
        dated = f"{inner} AND e.date IS NOT NULL AND {cond} {group}"
        if undated:
            dated += f" UNION ALL {inner} AND e.date IS NULL {group}"
    known = sorted(states())
    marks = ",".join("?" * len(known))
    period = period_sql("k", by) if by else "'all'"
    rows = store.conn.execute(
        f"SELECT {period}, min(a, b), max(a, b), sum(n), sum(s), sum(c), sum(cw), sum(f),"
        f" sum(fw), total(i) FROM ({dated}) WHERE a IN ({marks}) AND b IN ({marks})"
        " GROUP BY 1, 2, 3",
        [*args, *known, *known],
    ).fetchall()
    extra: dict[tuple[str, str, str], list] = {}
    for e in multilateral_pairs(store, since=since, until=until, undated=undated):
        if e.date is None and not undated:
            continue
        key = (period_of(e.date, by) if by else "all", *sorted((e.source, e.target)))
        t = extra.setdefault(key, [0, 0, 0, 0, 0, 0, 0.0])
        positive = e.intensity > 0
        t[0] += 1
        t[1] += e.sources
        t[2] += positive
        t[3] += e.sources if positive else 0
        t[6] += e.intensity
    if not extra:  # the usual case: the rows as SQLite summed them
        return [PairTotal(*r) for r in rows]
    merged = {(r[0], r[1], r[2]): list(r[3:]) for r in rows}
    for key, more in extra.items():
        t = merged.setdefault(key, [0, 0, 0, 0, 0, 0, 0.0])
        merged[key] = [x + y for x, y in zip(t, more, strict=True)]
    return [PairTotal(*k, *v) for k, v in sorted(merged.items())]


@dataclass(frozen=True, slots=True)
class PeriodGraphs:
    """The cooperation graph and per-state tallies of every period, as numpy arrays.

    `tally[p, s]` is state `states[s]`'s [events, cooperation events, conflict events,
    independent sources] with other states in period `periods[p]` (all zero: not active).
    The cooperation edges (pairs with positive-intensity events behind independent sources, or a
    derived multilateral CONSULT) are `edge_period`, `edge_a` < `edge_b` (state indices) and
    `edge_weight` (those sources), ordered by period."""

    states: list[str]  # sorted state codes the indices point into
    periods: list[str]  # chronological (periods.sort_key)
    tally: np.ndarray  # (periods, states, 4) integers
    edge_period: np.ndarray
    edge_a: np.ndarray
    edge_b: np.ndarray
    edge_weight: np.ndarray

    def edges_of(self, period: int) -> slice:
        """The positions of one period's edges in the edge arrays."""
        lo, hi = np.searchsorted(self.edge_period, [period, period + 1])
        return slice(int(lo), int(hi))


def period_arrays(
    store: Store,
    *,
    by: str = "year",
    since: str | None = None,
    until: str | None = None,
    undated: bool = False,
) -> PeriodGraphs:
    """Per period, what the isolation index needs and no more (see PeriodGraphs): events read
    in one pass over a covering index, folded by numpy (np.bincount, np.unique), multilateral
    pairs added. Undated events only if `undated`, as the period 'undated'."""
    known = sorted(states())
    prefixes, which, a, b, numbers = _state_events(store, known, by, since, until, undated)
    sources, cooperation, conflict = numbers >> 2, (numbers & 2) > 0, (numbers & 1) > 0
    linked = cooperation & (sources > 0)
    derived = [
        (period_of(e.date, by), e.source, e.target, e.sources, e.intensity > 0)
        for e in multilateral_pairs(store, since=since, until=until, undated=undated)
        if e.date is not None or undated
    ]
    names = [_period_name(store, p, by) for p in prefixes]
    periods = sorted({*names, *(d[0] for d in derived)}, key=sort_key)
    where = {p: i for i, p in enumerate(periods)}
    period = np.array([where[n] for n in names], dtype=np.int64)[which]
    if derived:
        index = {s: i for i, s in enumerate(known)}
        extra = list(zip(*derived, strict=True))
        period = np.append(period, [where[p] for p in extra[0]])
        a = np.append(a, [index[s] for s in extra[1]])
        b = np.append(b, [index[s] for s in extra[2]])
        sources = np.append(sources, extra[3])
        cooperation = np.append(cooperation, extra[4])
        conflict = np.append(conflict, [False] * len(derived))
        linked = np.append(linked, extra[4])
    size, count = len(known), len(periods)
    ends = (period * size + a, period * size + b)
    tally = np.stack(
        [
            sum(np.bincount(end, weights, size * count) for end in ends)
            for weights in (None, cooperation.astype(float), conflict.astype(float), sources)
        ],
        axis=-1,
    )
    lo, hi = np.minimum(a, b)[linked], np.maximum(a, b)[linked]
    pair, inverse = np.unique((period[linked] * size + lo) * size + hi, return_inverse=True)
    weight = np.bincount(inverse.ravel(), sources[linked], len(pair))
    edge_period, rest = np.divmod(pair, size * size)
    return PeriodGraphs(
        known,
        periods,
        tally.reshape(count, size, 4).astype(np.int64),
        edge_period,
        *np.divmod(rest, size),
        weight.astype(np.int64),
    )


def period_graphs(
    store: Store,
    *,
    by: str = "year",
    since: str | None = None,
    until: str | None = None,
    undated: bool = False,
) -> dict[str, tuple[list[tuple[str, str, int]], dict[str, list]]]:
    """`period_arrays` as plain Python, for reading: per period, the cooperation edges
    (a, b, weight; a < b) and each active state's [events, cooperation, conflict, sources]."""
    g = period_arrays(store, by=by, since=since, until=until, undated=undated)
    out = {}
    for i, name in enumerate(g.periods):
        at = g.edges_of(i)
        ends, weights = (g.edge_a[at].tolist(), g.edge_b[at].tolist()), g.edge_weight[at].tolist()
        edges = zip(*ends, weights, strict=True)
        active = np.flatnonzero(g.tally[i, :, 0]).tolist()
        out[name] = (
            [(g.states[x], g.states[y], w) for x, y, w in edges],
            {g.states[s]: g.tally[i, s].tolist() for s in active},
        )
    return out


def _state_events(
    store: Store,
    known: list[str],
    by: str,
    since: str | None,
    until: str | None,
    undated: bool,
) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every asserted event between two states (of `known`) in the range: its date prefix
    (the distinct prefixes, '' for undated, and which is each event's: year, or year and
    month), actor and recipient (indices into `known`), and
    sources * 4 + 2 * (intensity > 0) + (intensity < 0).

    One pass over a covering index, the events coming back as two strings rather than a row
    each (building Python rows cost more than anything else): fixed-width keys
    'KKKKKKKAAABBB' (the prefix padded to 7, the two states) and the numbers, comma-separated.
    numpy parses both. Summing in SQLite first (GROUP BY period and pair) was slower: by month
    nearly every pair-month holds one event, so the grouping saved no rows."""
    key = "substr(e.date, 1, 4)" if by == "year" else "substr(e.date, 1, 7)"
    cond, args = range_sql("e.date", since, until)
    when = f"e.date IS NOT NULL AND {cond}"
    marks = ",".join("?" * len(known))
    keys, numbers = store.conn.execute(
        f"SELECT group_concat(substr(coalesce({key}, '') || '       ', 1, 7)"
        " || e.actor_country || e.recipient_country, ''),"
        " group_concat(e.sources * 4 + 2 * (coalesce(e.intensity, 0) > 0)"
        " + (coalesce(e.intensity, 0) < 0), ',')"
        " FROM events e WHERE e.asserted = 1 AND e.actor_country != e.recipient_country"
        f" AND e.actor_country IN ({marks}) AND e.recipient_country IN ({marks})"
        f" AND ({f'e.date IS NULL OR ({when})' if undated else when})",
        [*known, *known, *args],
    ).fetchone()
    if not keys:
        empty = np.zeros(0, dtype=np.int64)
        return [], empty, empty, empty, empty
    raw = np.frombuffer(keys.encode("ascii"), np.uint8).reshape(-1, 13)
    padded = np.zeros((len(raw), 8), np.uint8)
    padded[:, :7] = raw[:, :7]
    codes, which = np.unique(padded.view(np.uint64).ravel(), return_inverse=True)
    return (
        [c.tobytes()[:7].decode("ascii").strip() for c in codes],
        which.ravel(),
        _state_index(known, raw[:, 7:10]),
        _state_index(known, raw[:, 10:13]),
        np.fromstring(numbers, dtype=np.int64, sep=","),
    )


def _state_index(known: list[str], codes: np.ndarray) -> np.ndarray:
    """Indices into `known` (sorted three-letter codes) of an (n, 3) array of ASCII codes."""
    as_int = lambda c: c[..., 0] * 65536 + c[..., 1] * 256 + c[..., 2]  # noqa: E731
    table = as_int(
        np.frombuffer("".join(known).encode("ascii"), np.uint8).reshape(-1, 3).astype(np.int64)
    )
    return np.searchsorted(table, as_int(codes.astype(np.int64)))


def _period_name(store: Store, prefix: str, by: str) -> str:
    """The bucket of a date prefix ('' for undated), by the store's own SQL bucketing."""
    sql = f"SELECT {period_sql(':k', by)}"
    return store.conn.execute(sql, {"k": prefix or None}).fetchone()[0]


def _filters(
    since: str | None, until: str | None, event_type: str | None, *, undated: bool
) -> tuple[str, list]:
    """WHERE conditions on `e`: asserted, in the range (undated ones kept if asked), the type."""
    where, args = ["e.asserted = 1"], []
    if since or until:
        cond, more = range_sql("e.date", since, until)
        where.append(f"(e.date IS NULL OR ({cond}))" if undated else f"({cond})")
        args += more
    if event_type:
        where.append("e.event_type = ?")
        args.append(event_type.upper())
    return " AND ".join(where), args


def _edge(r: sqlite3.Row) -> Edge:
    return Edge(
        r["id"],
        r["date"],
        r["event_type"],
        r["mode"],
        r["source"],
        r["target"],
        float(r["intensity"]),
        int(r["sources"]),
    )
