"""Partners: each state a country dealt with, events both ways by type, first and last date."""

from __future__ import annotations

from dataclasses import dataclass

from diplograph.analysis.international import check_state, multilateral_pairs, states
from diplograph.analysis.periods import check_range, in_range, range_sql
from diplograph.store.sqlite import Store


@dataclass(frozen=True, slots=True)
class TypeCount:
    """Events of one PLOVER type between a pair, by direction."""

    event_type: str
    outgoing: int  # the country did it to the partner
    incoming: int  # the partner did it to the country


@dataclass(frozen=True, slots=True)
class Partner:
    """One state the country dealt with. `events` are the dated events in the range; `undated`
    events cannot be placed in any range and are counted apart, never dropped."""

    country: str
    events: int
    outgoing: int
    incoming: int
    types: tuple[TypeCount, ...]
    first: str | None
    last: str | None
    sources: int  # independent articles behind these events (dated and undated; the derived
    # pairs of a multilateral gathering are not counted here)
    undated: int


def partners(
    store: Store,
    country: str,
    *,
    since: str | None = None,
    until: str | None = None,
    event_type: str | None = None,
) -> list[Partner]:
    """The states `country` dealt with, most events first. Summed in SQL per partner, type
    and direction (the country's events, read by index); multilateral pairs added after."""
    country = check_state(country)
    since, until = check_range(since, until)
    cond, args = range_sql("e.date", since, until)
    kind = " AND e.event_type = ?" if event_type else ""
    kinds = [event_type.upper()] if event_type else []
    acc: dict[str, dict] = {}
    for mine, theirs, direction in (
        ("actor_country", "recipient_country", 0),
        ("recipient_country", "actor_country", 1),
    ):
        rows = store.conn.execute(
            f"SELECT e.{theirs} AS other, e.event_type,"
            f" sum(e.date IS NOT NULL AND {cond}) AS n, sum(e.date IS NULL) AS undated,"
            f" min(CASE WHEN {cond} THEN e.date END) AS first,"
            f" max(CASE WHEN {cond} THEN e.date END) AS last"
            f" FROM events e WHERE e.{mine} = ? AND e.{theirs} != ? AND e.asserted = 1{kind}"
            " GROUP BY 1, 2",
            [*args, *args, *args, country, country, *kinds],
        ).fetchall()
        for r in rows:
            if r["other"] in states():
                _add(acc, r["other"], r["event_type"], direction, r["n"], r["undated"],
                     r["first"], r["last"])  # fmt: skip
    for e in multilateral_pairs(
        store, since=since, until=until, event_type=event_type, undated=True
    ):
        if country in (e.source, e.target):
            dated = e.date is not None and in_range(e.date, since, until)
            _add(acc, e.target if e.source == country else e.source, e.event_type,
                 int(e.source != country), int(dated), int(e.date is None),
                 e.date if dated else None, e.date if dated else None)  # fmt: skip
    sources = _sources(store, country, since, until, event_type)
    out = []
    for other, a in acc.items():
        if not (a["events"] or a["undated"]):
            continue
        out.append(
            Partner(
                country=other,
                events=a["events"],
                outgoing=sum(o for o, _ in a["types"].values()),
                incoming=sum(i for _, i in a["types"].values()),
                types=tuple(
                    TypeCount(t, o, i) for t, (o, i) in sorted(a["types"].items()) if o or i
                ),  # fmt: skip
                first=a["first"],
                last=a["last"],
                sources=sources.get(other, 0),
                undated=a["undated"],
            )
        )
    return sorted(out, key=lambda p: (-p.events, -p.undated, p.country))


def _add(acc, other, event_type, direction, n, undated, first, last) -> None:
    a = acc.setdefault(other, {"events": 0, "undated": 0, "first": None, "last": None, "types": {}})
    a["events"] += n or 0
    a["undated"] += undated or 0
    a["types"].setdefault(event_type, [0, 0])[direction] += n or 0
    if first and (a["first"] is None or first < a["first"]):
        a["first"] = first
    if last and (a["last"] is None or last > a["last"]):
        a["last"] = last


def _sources(store, country, since, until, event_type) -> dict[str, int]:
    """Independent articles (a near-duplicate counts as its original) behind the events with
    each partner, dated in range or undated: one query, joined through the reports."""
    cond, args = range_sql("e.date", since, until)
    kind = " AND e.event_type = ?" if event_type else ""
    kinds = [event_type.upper()] if event_type else []
    parts = [
        f"SELECT e.id, e.{theirs} AS other FROM events e WHERE e.{mine} = ?"
        f" AND e.{theirs} != ? AND e.asserted = 1 AND (e.date IS NULL OR ({cond})){kind}"
        for mine, theirs in (
            ("actor_country", "recipient_country"),
            ("recipient_country", "actor_country"),
        )  # fmt: skip
    ]
    rows = store.conn.execute(
        "SELECT x.other, count(DISTINCT coalesce(a.duplicate_of, a.id)) FROM"
        f" ({parts[0]} UNION ALL {parts[1]}) x JOIN event_mentions m ON m.event = x.id"
        " JOIN articles a ON a.id = m.article GROUP BY x.other",
        [country, country, *args, *kinds] * 2,
    ).fetchall()
    return {r[0]: r[1] for r in rows}
