"""The dashboard (`/`) and an event's page (`/events/{id}`), server-rendered from templates."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path as FsPath
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from diplograph.api import reader
from diplograph.api.deps import Conn
from diplograph.api.errors import NotFound

WEB = FsPath(str(files("diplograph") / "web"))
templates = Jinja2Templates(directory=str(WEB / "templates"))

router = APIRouter(tags=["pages"], include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "index.html", {})


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(
    request: Request, conn: Conn, event_id: Annotated[int, Path(ge=1, le=2**62)]
) -> HTMLResponse:
    found = reader.event(conn, event_id)
    if found is None:
        raise NotFound(f"no event {event_id}")
    for mention in found["mentions"]:
        mention["segments"] = segments(mention["text"], mention["highlights"])
    return templates.TemplateResponse(request, "event.html", {"event": found})


def segments(text: str, highlights: list[dict]) -> list[tuple[str, str | None]]:
    """The sentence cut into (words, role or None), so the template marks each role."""
    out, at = [], 0
    for h in sorted(highlights, key=lambda h: h["start"]):
        if h["start"] < at:
            continue
        if h["start"] > at:
            out.append((text[at : h["start"]], None))
        out.append((text[h["start"] : h["end"]], h["role"]))
        at = h["end"]
    if at < len(text):
        out.append((text[at:], None))
    return out
