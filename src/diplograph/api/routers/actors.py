"""/api/actors: resolved actors and how many events each takes part in."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from diplograph.api import reader
from diplograph.api.deps import Conn
from diplograph.api.errors import NotFound
from diplograph.api.filters import CODE
from diplograph.api.responses import JSON

router = APIRouter(prefix="/api/actors", tags=["actors"])


@router.get("", response_class=JSON, summary="Actors, busiest first")
def list_actors(
    conn: Conn,
    country: Annotated[str | None, Query(pattern=CODE, description="Only this state's.")] = None,
    q: Annotated[
        str | None, Query(min_length=1, max_length=100, description="In the name or code.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> JSON:
    return JSON(
        reader.actors(
            conn, country=country.upper() if country else None, text=q, limit=limit, offset=offset
        )
    )


@router.get("/{actor_id}", response_class=JSON, summary="One actor and the words that named it")
def get_actor(conn: Conn, actor_id: Annotated[int, Path(ge=1, le=2**62)]) -> JSON:
    found = reader.actor(conn, actor_id)
    if found is None:
        raise NotFound(f"no actor {actor_id}")
    return JSON(found)
