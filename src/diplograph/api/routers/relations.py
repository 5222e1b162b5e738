"""/api/relations: standing relations (defense pacts, commitments) with their evidence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from diplograph.api import reader
from diplograph.api.deps import Conn
from diplograph.api.filters import CODE
from diplograph.api.responses import JSON

router = APIRouter(prefix="/api", tags=["relations"])


@router.get(
    "/relations", response_class=JSON, summary="Standing relations, with every statement of each"
)
def list_relations(
    conn: Conn,
    country: Annotated[str | None, Query(pattern=CODE, description="Only with this state.")] = None,
) -> JSON:
    return JSON(reader.relations(conn, country.upper() if country else None))


@router.get("/stats", response_class=JSON, summary="What the store holds")
def stats(conn: Conn) -> JSON:
    return JSON(reader.stats(conn))
