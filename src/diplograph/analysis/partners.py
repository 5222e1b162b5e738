"""Partners: each state a country dealt with, events both ways by type, first and last date."""

from __future__ import annotations

from dataclasses import dataclass

from diplograph.analysis.evidence import independent_sources
from diplograph.analysis.international import Edge, check_state, country_edges
from diplograph.analysis.periods import check_range, in_range
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
    sources: int  # independent articles behind these events (dated and undated)
    undated: int
    event_ids: tuple[int, ...]


def partners(
    store: Store,
    country: str,
    *,
    since: str | None = None,
    until: str | None = None,
    event_type: str | None = None,
) -> list[Partner]:
    """The states `country` dealt with, most events first."""
    country = check_state(country)
    since, until = check_range(since, until)
    by_partner: dict[str, list[Edge]] = {}
    for e in country_edges(store, country, since=since, until=until, event_type=event_type):
        other = e.target if e.source == country else e.source
        by_partner.setdefault(other, []).append(e)
    out = [
        _partner(store, country, other, edges, since, until) for other, edges in by_partner.items()
    ]
    return sorted(out, key=lambda p: (-p.events, -p.undated, p.country))


def _partner(store, country, other, edges, since, until) -> Partner:
    dated = [e for e in edges if e.date and in_range(e.date, since, until)]
    undated = [e for e in edges if not e.date]
    types: dict[str, list[int]] = {}
    for e in dated:
        types.setdefault(e.event_type, [0, 0])[e.source != country] += 1
    dates = sorted(e.date for e in dated)
    return Partner(
        country=other,
        events=len(dated),
        outgoing=sum(e.source == country for e in dated),
        incoming=sum(e.source != country for e in dated),
        types=tuple(TypeCount(t, o, i) for t, (o, i) in sorted(types.items())),
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
        sources=independent_sources(store, {e.event for e in dated + undated}),
        undated=len(undated),
        event_ids=tuple(e.event for e in dated + undated),
    )
