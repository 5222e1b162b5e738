"""The dashboard's aggregates: map clusters, the timeline and the network of states.

Each takes the same filters as /api/events, so one change of filter redraws every panel.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from diplograph.api import reader
from diplograph.api.deps import Conn, Filters, Index
from diplograph.api.responses import JSON

router = APIRouter(prefix="/api", tags=["dashboard"])


@router.get("/map", response_class=JSON, summary="Located events clustered on a grid, by precision")
def event_map(
    conn: Conn,
    index: Index,
    filters: Filters,
    cell: Annotated[float, Query(ge=0.01, le=90, description="The grid's cell in degrees.")] = 2.0,
    limit: Annotated[int, Query(ge=1, le=20_000, description="At most this many clusters.")] = 5000,
) -> JSON:
    return JSON(reader.points(conn, index, filters, cell=cell, limit=limit))


@router.get(
    "/timeline", response_class=JSON, summary="Events per period and how they lean (no date range)"
)
def timeline(
    conn: Conn,
    index: Index,
    filters: Filters,
    by: Annotated[Literal["month", "year"], Query(description="The period.")] = "month",
) -> JSON:
    return JSON(reader.timeline(conn, index, filters, by))


@router.get("/network", response_class=JSON, summary="States and the events between them")
def network(
    conn: Conn,
    index: Index,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=2000, description="At most this many edges.")] = 200,
) -> JSON:
    return JSON(reader.network(conn, index, filters, limit=limit))
