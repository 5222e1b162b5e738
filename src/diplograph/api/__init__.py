"""The HTTP API and dashboard: `create_app(settings, api)` builds the FastAPI application.

app.py       the factory: routers, error handlers, the request size limit
settings.py  ApiSettings: token, read-only, size limit (the store's Settings stay apart)
deps.py      the dependencies every router uses: a read connection, the write guard
filters.py   the event filters shared by events, map, timeline and network, as SQL
reader.py    the read model: events, actors, places and the dashboard's aggregates
jobs.py      background ingestion: POST /api/articles returns a job to poll
routers/     one APIRouter per resource
"""

from diplograph.api.app import create_app
from diplograph.api.settings import ApiSettings

__all__ = ["ApiSettings", "create_app"]
