"""What stands behind an answer: the events, each with the sentence that reported it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from diplograph.analysis.international import Edge
from diplograph.store.sqlite import Store

CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


@dataclass(frozen=True, slots=True)
class EventRef:
    """One event behind a figure, with the first sentence that reported it."""

    id: int
    date: str | None
    event_type: str
    mode: str | None
    source: str
    target: str
    intensity: float
    sources: int
    sentence: str | None
    derived: bool = False  # a pair of a multilateral gathering (id is the gathering's event)


def event_refs(store: Store, edges: Iterable[Edge]) -> list[EventRef]:
    """The edges as EventRefs, each with its first report's sentence (one query per chunk)."""
    edges = list(edges)
    text = sentences(store, {e.event for e in edges})
    return [
        EventRef(
            e.event,
            e.date,
            e.event_type,
            e.mode,
            e.source,
            e.target,
            e.intensity,
            e.sources,
            text.get(e.event),
            e.derived,
        )
        for e in edges
    ]


def sentences(store: Store, ids: Iterable[int]) -> dict[int, str]:
    """Each event's first reported sentence."""
    out: dict[int, str] = {}
    for chunk in _chunks(sorted(set(ids))):
        marks = ",".join("?" * len(chunk))
        for r in store.conn.execute(
            "SELECT event, text FROM event_mentions WHERE id IN (SELECT min(id) FROM"
            f" event_mentions WHERE event IN ({marks}) GROUP BY event)",
            chunk,
        ):
            out[r["event"]] = " ".join(r["text"].split())
    return out


def _chunks(ids: list[int]):
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]
