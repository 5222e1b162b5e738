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
from functools import cache
from itertools import combinations

import pycountry

from diplograph.analysis.periods import period_of, range_sql
from diplograph.errors import InputError
from diplograph.store.sqlite import Store

EXTRA_STATES = frozenset({"XKX"})  # Kosovo: not in ISO 3166-1, used by GeoNames and the coder


@cache
def states() -> frozenset[str]:
    """The country codes counted as states."""
    current = {c.alpha_3 for c in pycountry.countries}
    historic = {c.alpha_3 for c in pycountry.historic_countries}
    return frozenset(current | historic | EXTRA_STATES)


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
    date, actor's country, recipient's country: no join, no sort); Python then merges the two
    directions of each pair and the multilateral pairs, over these totals, not the events."""
    key = {None: "''", "year": "substr(e.date, 1, 4)"}.get(by, "substr(e.date, 1, 7)")
    cond, args = range_sql("e.date", since, until)
    sql = (
        f"SELECT {key} AS k, e.actor_country AS a, e.recipient_country AS b, count(*),"
        " sum(e.sources), sum(e.intensity > 0),"
        " sum(CASE WHEN e.intensity > 0 THEN e.sources ELSE 0 END), sum(e.intensity < 0),"
        " sum(CASE WHEN e.intensity < 0 THEN e.sources ELSE 0 END), total(e.intensity)"
        " FROM events e WHERE e.asserted = 1 AND e.actor_country != e.recipient_country"
    )
    rows = store.conn.execute(
        f"{sql} AND e.date IS NOT NULL AND {cond} GROUP BY 1, 2, 3", args
    ).fetchall()
    if undated:
        rows += store.conn.execute(f"{sql} AND e.date IS NULL GROUP BY 1, 2, 3").fetchall()
    known = states()
    totals: dict[tuple[str, str, str], list] = {}
    for r in rows:
        a, b = r[1], r[2]
        if a not in known or b not in known:
            continue
        period = "all" if by is None else period_of(r[0], by)
        t = totals.setdefault((period, *sorted((a, b))), [0, 0, 0, 0, 0, 0, 0.0])
        for i in range(7):
            t[i] += r[3 + i] or 0
    for e in multilateral_pairs(store, since=since, until=until, undated=undated):
        if e.date is None and not undated:
            continue
        key = (period_of(e.date, by) if by else "all", *sorted((e.source, e.target)))
        t = totals.setdefault(key, [0, 0, 0, 0, 0, 0, 0.0])
        positive = e.intensity > 0
        t[0] += 1
        t[1] += e.sources
        t[2] += positive
        t[3] += e.sources if positive else 0
        t[6] += e.intensity
    return [PairTotal(p, a, b, *map(_num, v)) for (p, a, b), v in sorted(totals.items())]


def _num(value):
    return value if isinstance(value, float) else int(value or 0)


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
