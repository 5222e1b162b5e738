"""A dyad over time: events both ways per period, by type, with their cooperation-conflict
balance and the events behind each point."""

from __future__ import annotations

from dataclasses import dataclass

from diplograph.analysis.evidence import EventRef, event_refs
from diplograph.analysis.international import check_state, country_edges
from diplograph.analysis.partners import TypeCount
from diplograph.analysis.periods import UNDATED, check_period, check_range, period_of, sort_key
from diplograph.errors import InputError
from diplograph.store.sqlite import Store


@dataclass(frozen=True, slots=True)
class DyadPoint:
    """One period of a dyad (or its undated events, period 'undated').

    cooperation is the sum of the positive PLOVER intensities, conflict the sum of the negative
    ones' magnitudes; balance = (cooperation - conflict) / (cooperation + conflict), in [-1, 1],
    0 when neither."""

    period: str
    events: int
    a_to_b: int
    b_to_a: int
    types: tuple[TypeCount, ...]  # outgoing = a to b, incoming = b to a
    cooperation: float
    conflict: float
    balance: float
    sources: int  # sum of the events' independent sources
    evidence: tuple[EventRef, ...]


@dataclass(frozen=True, slots=True)
class StatedRelation:
    """A standing relation between the pair that the store read from the news."""

    type: str
    since: str | None
    sentences: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Dyad:
    a: str
    b: str
    by: str
    points: tuple[DyadPoint, ...]  # dated periods, in order
    undated: DyadPoint  # counted apart, never dropped
    relations: tuple[StatedRelation, ...]


def dyad(
    store: Store,
    a: str,
    b: str,
    *,
    by: str = "year",
    since: str | None = None,
    until: str | None = None,
) -> Dyad:
    """Events between states a and b, both ways, per period."""
    a, b = check_state(a, "first country"), check_state(b, "second country")
    if a == b:
        raise InputError(f"a dyad needs two different states, not {a} twice")
    by = check_period(by)
    since, until = check_range(since, until)
    refs = event_refs(store, country_edges(store, a, other=b, since=since, until=until))
    buckets: dict[str, list[EventRef]] = {}
    for r in refs:
        buckets.setdefault(period_of(r.date, by), []).append(r)
    points = [_point(p, rs, a) for p, rs in buckets.items() if p != UNDATED]
    points.sort(key=lambda p: sort_key(p.period))
    return Dyad(
        a,
        b,
        by,
        tuple(points),
        _point(UNDATED, buckets.get(UNDATED, []), a),
        tuple(_relations(store, a, b)),
    )


def _point(period: str, refs: list[EventRef], a: str) -> DyadPoint:
    types: dict[str, list[int]] = {}
    for r in refs:
        types.setdefault(r.event_type, [0, 0])[r.source != a] += 1
    coop = sum(r.intensity for r in refs if r.intensity > 0)
    conflict = -sum(r.intensity for r in refs if r.intensity < 0)
    return DyadPoint(
        period=period,
        events=len(refs),
        a_to_b=sum(r.source == a for r in refs),
        b_to_a=sum(r.source != a for r in refs),
        types=tuple(TypeCount(t, o, i) for t, (o, i) in sorted(types.items())),
        cooperation=round(coop, 2),
        conflict=round(conflict, 2),
        balance=round((coop - conflict) / (coop + conflict), 3) if coop + conflict else 0.0,
        sources=sum(r.sources for r in refs),
        evidence=tuple(refs),
    )


def _relations(store: Store, a: str, b: str) -> list[StatedRelation]:
    return [
        StatedRelation(r["type"], r["since"], tuple(e["text"] for e in r["evidence"]))
        for r in store.relations()
        if {a, b} <= set(r["members"])
    ]
