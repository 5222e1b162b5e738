"""The event filters shared by the events list, the map, the timeline and the network.

`event_query` is a FastAPI dependency that reads and validates the query parameters into an
`EventQuery`; `index.select` applies it to the events held in memory. The one filter that
reaches SQLite (text search) goes as a bound parameter, never as SQL text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Annotated

from fastapi import Query

from diplograph.api.errors import BadRequest

CODE = r"^[A-Za-z]{3}$"
DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"


@dataclass(frozen=True, slots=True)
class EventQuery:
    country: str | None = None  # actor's or recipient's state
    dyad: tuple[str, str] | None = None  # the two states, in either direction
    event_type: str | None = None
    mode: str | None = None
    since: str | None = None  # YYYY[-MM[-DD]]
    until: str | None = None
    point: tuple[float, float] | None = None  # lat, lon
    place: str | None = None  # a place's name, until it is resolved to a point
    km: float = 100.0
    text: str | None = None  # words in a report's sentence
    include_all: bool = False  # also hypothetical, negated, advice and opinion events
    international: bool = False  # only events between two different states

    def undated(self) -> EventQuery:
        """The same filters without the date range (the timeline shows every period)."""
        return replace(self, since=None, until=None)


async def event_query(
    country: Annotated[
        str | None, Query(pattern=CODE, description="A state (ISO alpha-3) on either side.")
    ] = None,
    dyad: Annotated[
        str | None,
        Query(
            pattern=r"^[A-Za-z]{3},[A-Za-z]{3}$",
            description="Two states, comma-separated (RUS,PRK): events between them, either way.",
        ),
    ] = None,
    type: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{2,20}$", description="A PLOVER event type.")
    ] = None,
    mode: Annotated[
        str | None, Query(pattern=r"^[A-Za-z-]{1,30}$", description="A PLOVER mode (visit).")
    ] = None,
    since: Annotated[
        str | None, Query(pattern=DATE, description="Dated on or after YYYY[-MM[-DD]].")
    ] = None,
    until: Annotated[
        str | None, Query(pattern=DATE, description="Dated on or before YYYY[-MM[-DD]].")
    ] = None,
    lat: Annotated[float | None, Query(ge=-90, le=90, description="Near this latitude.")] = None,
    lon: Annotated[float | None, Query(ge=-180, le=180, description="Near this longitude.")] = None,
    near: Annotated[
        str | None,
        Query(min_length=1, max_length=100, description="Near a place the store knows, by name."),
    ] = None,
    km: Annotated[
        float, Query(gt=0, le=20000, description="The radius around near, or lat and lon, in km.")
    ] = 100.0,
    q: Annotated[
        str | None,
        Query(min_length=1, max_length=200, description="Words in a report's sentence."),
    ] = None,
    all: Annotated[
        bool, Query(description="Also events that are not asserted (hypothetical, negated).")
    ] = False,
    international: Annotated[
        bool,
        Query(
            description="Only events between two different states (no side without a code, "
            "no group, no event inside one state)."
        ),
    ] = False,
) -> EventQuery:
    if (lat is None) != (lon is None):
        raise BadRequest("give both lat and lon, or neither")
    if near and lat is not None:
        raise BadRequest("give near, or lat and lon, not both")
    if since and until and until < since[: len(until)]:
        raise BadRequest(f"until ({until}) is before since ({since})")
    if lat is not None and not (math.isfinite(lat) and math.isfinite(lon)):
        raise BadRequest("lat and lon must be finite numbers")
    if type:
        from diplograph.stages.events import event_types

        if type.upper() not in event_types():
            known = ", ".join(sorted(event_types()))
            raise BadRequest(f"{type!r} is not a PLOVER event type: {known}")
    pair = None
    if dyad:
        a, b = dyad.upper().split(",")
        pair = (a, b)
    return EventQuery(
        country=country.upper() if country else None,
        dyad=pair,
        event_type=type.upper() if type else None,
        mode=mode.lower() if mode else None,
        since=since,
        until=until,
        point=(lat, lon) if lat is not None else None,
        place=near.strip() if near else None,
        km=km,
        text=q,
        include_all=all,
        international=international,
    )


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
