"""Dependencies the routers share: a read connection to the store, and the guard on writes."""

from __future__ import annotations

import hmac
import queue
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Annotated

from fastapi import Depends, Request

from diplograph.api import reader
from diplograph.api.errors import Forbidden, NotFound, Unauthorized
from diplograph.api.filters import EventQuery, event_query
from diplograph.api.index import EventIndex
from diplograph.api.jobs import Jobs
from diplograph.api.settings import ApiSettings
from diplograph.store import queries
from diplograph.store.queries import EventFilter


class Connections:
    """Read connections to one store, reused across requests (SQLite in WAL mode lets many
    read at once while the ingestion worker writes)."""

    def __init__(self, path: str, size: int = 16):
        self.path = path
        self.size = size
        self._idle: queue.SimpleQueue[sqlite3.Connection] = queue.SimpleQueue()
        reader.connect(path).close()  # fail at start, not on the first request

    def acquire(self) -> sqlite3.Connection:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            return reader.connect(self.path)

    def release(self, conn: sqlite3.Connection) -> None:
        if self._idle.qsize() < self.size:
            self._idle.put(conn)
        else:
            conn.close()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


class ReadStore:
    """A store's read side over a pooled read connection: what `diplograph.analysis` reads
    (`conn`, `relations()`, `events()`), without opening or migrating the store."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def relations(self) -> list[dict]:
        return queries.relations(self.conn)

    def events(self, f: EventFilter | None = None):
        return queries.events(self.conn, f or EventFilter())


# Dependencies are `async def`: FastAPI runs a plain `def` dependency in its thread pool, a
# thread hop each, five a request; these only hand out objects.


async def get_conn(request: Request) -> AsyncIterator[sqlite3.Connection]:
    pool: Connections = request.app.state.connections
    conn = pool.acquire()
    try:
        yield conn
    finally:
        pool.release(conn)


async def get_filters(
    f: Annotated[EventQuery, Depends(event_query)],
    conn: Annotated[sqlite3.Connection, Depends(get_conn)],
) -> EventQuery:
    """The event filters, with a place's name (`near`) resolved to its point."""
    if f.place is None:
        return f
    point = reader.place_point(conn, f.place)
    if point is None:
        raise NotFound(f"no place called {f.place!r} in the store")
    return replace(f, point=point, place=None)


async def get_index(request: Request) -> EventIndex:
    return request.app.state.index


def get_jobs(request: Request) -> Jobs:
    return request.app.state.jobs


async def require_writer(request: Request) -> None:
    """Writes are refused on a read-only server (403), and need the token once one is set
    (401): `Authorization: Bearer TOKEN`."""
    api: ApiSettings = request.app.state.api
    if api.read_only:
        raise Forbidden("this server is read-only: writes are refused")
    if api.token:
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            given.strip().encode(), api.token.encode()
        ):
            raise Unauthorized(
                "this write needs the server's token: Authorization: Bearer TOKEN",
                headers={"WWW-Authenticate": "Bearer"},
            )


Conn = Annotated[sqlite3.Connection, Depends(get_conn)]
Filters = Annotated[EventQuery, Depends(get_filters)]
Index = Annotated[EventIndex, Depends(get_index)]
Writer = Depends(require_writer)
