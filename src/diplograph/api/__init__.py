"""The HTTP API and dashboard: `create_app(settings, api)` builds the FastAPI application.

app.py         the factory: routers, error handlers, middleware
settings.py    ApiSettings: token, read-only, size limit (the store's Settings stay apart)
deps.py        what routers depend on: a read connection, the index, the write guard
filters.py     the event filters shared by events, map, timeline and network
index.py       the events' filterable columns in memory (pyarrow), and the aggregates
reader.py      the read model: events, actors, places, relations, the dashboard's answers
jobs.py        background ingestion: POST /api/articles returns a job to poll
middleware.py  the request size limit and the security headers
responses.py   JSON rendered by pydantic-core
errors.py      errors as JSON with the right status
routers/       one APIRouter per resource
"""

from diplograph.api.app import create_app
from diplograph.api.settings import ApiSettings

__all__ = ["ApiSettings", "create_app"]
