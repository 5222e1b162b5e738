"""/api/places: where events happened, with how many each."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from diplograph.api import reader
from diplograph.api.deps import Conn
from diplograph.api.errors import NotFound
from diplograph.api.filters import CODE
from diplograph.api.responses import JSON

router = APIRouter(prefix="/api/places", tags=["places"])


@router.get("", response_class=JSON, summary="Places of events, busiest first")
def list_places(
    conn: Conn,
    country: Annotated[str | None, Query(pattern=CODE, description="Only in this state.")] = None,
    q: Annotated[
        str | None, Query(min_length=1, max_length=100, description="In the name.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> JSON:
    return JSON(
        reader.places(
            conn, country=country.upper() if country else None, text=q, limit=limit, offset=offset
        )
    )


@router.get("/{geonameid}", response_class=JSON, summary="One place by its GeoNames id")
def get_place(conn: Conn, geonameid: Annotated[int, Path(ge=1, le=2**62)]) -> JSON:
    found = reader.place(conn, geonameid)
    if found is None:
        raise NotFound(f"no event at a place with GeoNames id {geonameid}")
    return JSON(found)
