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

from diplograph.analysis.periods import period_of, period_sql, range_sql
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
    rows = store.conn.execute(
        f"SELECT m.article, m.sentence, m.trigger_start, {_EDGE_COLUMNS}"
        " FROM events e JOIN event_mentions m ON m.event = e.id"
        f" WHERE e.mode = 'multilateral' AND {where}",
        args,
    ).fetchall()
    groups: dict[tuple, list[sqlite3.Row]] = {}
    for r in rows:
        groups.setdefault((r["article"], r["sentence"], r["trigger_start"]), []).append(r)
    done: set[tuple] = set()
    for members in groups.values():
        stored = {frozenset((r["source"], r["target"])) for r in members}
        countries = sorted({r["source"] for r in members} | {r["target"] for r in members})
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


def period_graphs(
    store: Store,
    *,
    by: str = "year",
    since: str | None = None,
    until: str | None = None,
    undated: bool = False,
) -> dict[str, tuple[list[tuple[str, str, int]], dict[str, list]]]:
    """Per period, what the isolation index needs and no more: the cooperation edges
    (a, b, independent sources behind their positive-intensity events; a < b) and each active
    state's [events, cooperation events, conflict events, sources].

    SQLite sums the directed pair totals once in index order and hands back each period as one
    string of integers (the two sides as indices into the sorted state codes): building a
    Python row per pair cost more than all the summing. numpy folds them per period."""
    known = sorted(states())
    out: dict[str, tuple[list, dict]] = {}
    for period, numbers in _directed_totals(store, known, by, since, until, undated):
        out[period] = _fold_period(known, numbers)
    for e in multilateral_pairs(store, since=since, until=until, undated=undated):
        if e.date is None and not undated:
            continue
        edges, tally = out.setdefault(period_of(e.date, by), ([], {}))
        positive = e.intensity > 0
        if positive:
            edges.append((e.source, e.target, e.sources))
        for state in (e.source, e.target):
            t = tally.setdefault(state, [0, 0, 0, 0])
            t[0] += 1
            t[1] += positive
            t[3] += e.sources
    return out


_TOTAL_FIELDS = 7  # a, b, events, sources, cooperation, cooperation weight, conflict


def _directed_totals(
    store: Store,
    known: list[str],
    by: str,
    since: str | None,
    until: str | None,
    undated: bool,
) -> Iterator[tuple[str, np.ndarray]]:
    """Per period, an (n, 7) integer array of directed state-to-state totals: actor and
    recipient (indices into `known`), events, sources, cooperation events, their sources,
    conflict events.

    One GROUP BY on the year or month pair index, read in its order with no sort; the totals
    come back as two strings, not a row per pair (building Python rows cost more than all the
    summing): fixed-width keys 'KKKKKKKAAABBB' (date prefix padded to 7, the two states) and
    the numbers, comma-separated. numpy parses both."""
    key = "substr(e.date, 1, 4)" if by == "year" else "substr(e.date, 1, 7)"
    cond, args = range_sql("e.date", since, until)
    marks = ",".join("?" * len(known))
    inner = (
        f"SELECT {key} AS k, e.actor_country AS a, e.recipient_country AS b, count(*) AS n,"
        " sum(e.sources) AS s, sum(e.intensity > 0) AS c,"
        " sum(CASE WHEN e.intensity > 0 THEN e.sources ELSE 0 END) AS cw,"
        " sum(e.intensity < 0) AS f"
        " FROM events e WHERE e.asserted = 1 AND e.actor_country != e.recipient_country"
        f" AND e.actor_country IN ({marks}) AND e.recipient_country IN ({marks})"
    )
    dated = f"{inner} AND e.date IS NOT NULL AND {cond} GROUP BY 1, 2, 3"
    params = [*known, *known, *args]
    if undated:
        dated += f" UNION ALL {inner} AND e.date IS NULL GROUP BY 1, 2, 3"
        params += [*known, *known]
    keys, values = store.conn.execute(
        "SELECT group_concat(printf('%-7s', coalesce(k, '')) || a || b, ''),"
        " group_concat(n || ',' || coalesce(s, 0) || ',' || coalesce(c, 0) || ','"
        f" || coalesce(cw, 0) || ',' || coalesce(f, 0), ',') FROM ({dated})",
        params,
    ).fetchone()
    if not keys:
        return
    raw = np.frombuffer(keys.encode("ascii"), np.uint8).reshape(-1, 13)
    numbers = np.fromstring(values, dtype=np.int64, sep=",").reshape(-1, 5)
    sides = [_state_index(known, raw[:, at : at + 3]) for at in (7, 10)]
    numbers = np.column_stack([*sides, numbers])
    prefixes, which = np.unique(raw[:, :7].copy().view("S7").ravel(), return_inverse=True)
    names = [_period_name(store, k.decode().strip(), by) for k in prefixes.tolist()]
    buckets = sorted(set(names))  # several prefixes may share a bucket ('2024-1', '2024-x')
    bucket = np.array([buckets.index(n) for n in names], dtype=np.int64)[which]
    order = np.argsort(bucket, kind="stable")
    bounds = np.searchsorted(bucket[order], np.arange(len(buckets) + 1))
    for i, name in enumerate(buckets):
        yield name, numbers[order[bounds[i] : bounds[i + 1]]]


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


def _fold_period(known: list[str], numbers: np.ndarray) -> tuple[list, dict[str, list]]:
    """One period's directed totals folded into undirected cooperation edges (pairs with any
    cooperation source) and per-state [events, cooperation, conflict, sources]."""
    a, b = numbers[:, 0], numbers[:, 1]
    size = len(known)
    tally = {}
    sums = [
        np.bincount(a, numbers[:, col], size) + np.bincount(b, numbers[:, col], size)
        for col in (2, 4, 6, 3)
    ]
    active = np.flatnonzero(np.bincount(a, minlength=size) + np.bincount(b, minlength=size))
    for i in active.tolist():
        tally[known[i]] = [int(x[i]) for x in sums]
    linked = numbers[:, 5] > 0
    lo, hi = np.minimum(a, b)[linked], np.maximum(a, b)[linked]
    pair, weight = np.unique(lo * size + hi, return_inverse=True)
    weight = np.bincount(weight, numbers[linked, 5])
    edges = [
        (known[p // size], known[p % size], int(w))
        for p, w in zip(pair.tolist(), weight.tolist(), strict=True)
    ]
    return edges, tally


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
