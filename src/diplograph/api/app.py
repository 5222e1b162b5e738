"""`create_app(settings, api)`: the FastAPI application over one store."""

from __future__ import annotations

import gc
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from diplograph import __version__
from diplograph.api import errors, reader
from diplograph.api.deps import Connections
from diplograph.api.index import EventIndex
from diplograph.api.jobs import Jobs
from diplograph.api.middleware import BodyLimit, SecurityHeaders
from diplograph.api.routers import (
    actors,
    analysis,
    articles,
    dashboard,
    events,
    pages,
    places,
    relations,
)
from diplograph.api.settings import ApiSettings
from diplograph.config import Settings
from diplograph.store.sqlite import Store


def create_app(
    settings: Settings, api: ApiSettings | None = None, *, jobs: Jobs | None = None
) -> FastAPI:
    """The API and dashboard over `settings.db`. A writable server creates or migrates the
    store first; a read-only one only opens it. `jobs` replaces the ingestion worker (tests)."""
    api = (api or ApiSettings()).checked()
    if not api.read_only:
        Store(settings.db).close()  # create or migrate now, so readers find the schema
    connections = Connections(settings.db)
    index = EventIndex(lambda: reader.connect(settings.db))
    jobs = jobs or Jobs(settings)
    jobs.listen(index.reload)  # a done job's events are in the next answer

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        index.table()  # read the events before the first request, not during it
        # Requests are short and mostly hold the GIL: a few threads at a time finish each
        # sooner than forty sharing it (the default), for the same throughput.
        anyio.to_thread.current_default_thread_limiter().total_tokens = api.threads
        gc.collect()
        gc.freeze()  # what start-up built lives on: later collections need not walk it
        yield
        jobs.close()
        index.close()
        connections.close()

    app = FastAPI(
        title="diplograph",
        version=__version__,
        description="Dated, placed, sourced PLOVER events between states, read from the news.",
        docs_url=None,  # Swagger UI and ReDoc load from a CDN; the schema is at /openapi.json
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.api = api
    app.state.connections = connections
    app.state.index = index
    app.state.jobs = jobs
    errors.install(app)
    for module in (events, dashboard, actors, places, relations, analysis, articles, pages):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=str(pages.WEB / "static")), name="static")

    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=api.max_request_bytes)
    return app
