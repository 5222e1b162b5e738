"""/api/events: the filtered, paginated list, and one event with every report."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from diplograph.api import reader
from diplograph.api.deps import Conn, Filters, Index
from diplograph.api.errors import NotFound
from diplograph.api.responses import JSON

router = APIRouter(prefix="/api/events", tags=["events"])

EventId = Annotated[int, Path(ge=1, le=2**62, description="An event's id.")]


@router.get("", response_class=JSON, summary="Events matching the filters, newest first")
def list_events(
    conn: Conn,
    index: Index,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=500, description="Events per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Events to skip.")] = 0,
    order: Annotated[
        Literal["-date", "date", "-sources"], Query(description="Sort order.")
    ] = "-date",
) -> JSON:
    return JSON(reader.events(conn, index, filters, limit=limit, offset=offset, order=order))


@router.get(
    "/{event_id}",
    response_class=JSON,
    summary="One event: every report, its sentence and highlights",
)
def get_event(conn: Conn, event_id: EventId) -> JSON:
    found = reader.event(conn, event_id)
    if found is None:
        raise NotFound(f"no event {event_id}")
    return JSON(found)
