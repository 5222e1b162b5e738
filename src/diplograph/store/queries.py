"""The store's read side: events, relations and counts as plain dicts for the CLI and exports."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from diplograph.stages.fusion import more_precise
from diplograph.stages.places import haversine_km


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to read; every field given must hold (AND)."""

    countries: tuple[str, ...] = ()  # any of these states (alpha-3) as actor or recipient
    dyad: tuple[str, str] | None = None  # these two states, one each side (either way round)
    directed: bool = False  # the dyad only with its first state as actor
    event_type: str | None = None
    since: str | None = None  # YYYY[-MM[-DD]]
    until: str | None = None
    near: tuple[float, float] | None = None  # lat, lon
    km: float = 100.0
    article: str | None = None
    event_id: int | None = None
    include_all: bool = False  # also events that are not asserted
    limit: int | None = None


def events(conn: sqlite3.Connection, f: EventFilter) -> Iterator[dict]:
    """Stored events as export dicts, filtered, dated ones first in date order."""
    where, args = [], []
    if not f.include_all:
        where.append("e.asserted = 1")
    if f.countries:
        marks = ", ".join("?" * len(f.countries))
        where.append(f"(x.country IN ({marks}) OR y.country IN ({marks}))")
        args += [c.upper() for c in f.countries] * 2
    if f.dyad:
        first, second = (c.upper() for c in f.dyad)
        pairs = [(first, second)] if f.directed else [(first, second), (second, first)]
        where.append("(" + " OR ".join(["(x.country = ? AND y.country = ?)"] * len(pairs)) + ")")
        args += [c for pair in pairs for c in pair]
    if f.event_type:
        where.append("e.event_type = ?")
        args.append(f.event_type.upper())
    if f.since:
        where.append("e.date >= ?")
        args.append(f.since)
    if f.until:
        where.append("substr(e.date, 1, length(?)) <= ?")
        args += [f.until, f.until]
    if f.event_id is not None:
        where.append("e.id = ?")
        args.append(f.event_id)
    if f.article:
        where.append(
            "e.id IN (SELECT m.event FROM event_mentions m JOIN articles a"
            " ON a.id = m.article WHERE a.article_id = ?)"
        )
        args.append(f.article)
    if f.near:
        lat, lon = f.near
        dlat = f.km / 111.0
        dlon = f.km / max(1e-6, 111.0 * math.cos(math.radians(lat)))
        where.append("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?")
        args += [lat - dlat, lat + dlat, lon - dlon, lon + dlon]
    sql = (
        "SELECT e.*, x.code AS a_code, x.country AS a_country, x.sector AS a_sector,"
        " x.name AS a_name, y.code AS r_code, y.country AS r_country, y.sector AS r_sector,"
        " y.name AS r_name FROM events e JOIN actors x ON x.id = e.actor"
        " LEFT JOIN actors y ON y.id = e.recipient"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY e.date IS NULL, e.date, e.id"
    )
    count = 0
    for row in conn.execute(sql, args):
        if f.near and (row["lat"] is None or haversine_km(*f.near, row["lat"], row["lon"]) > f.km):
            continue
        yield _event_dict(conn, row)
        count += 1
        if f.limit and count >= f.limit:
            return


def _event_dict(conn: sqlite3.Connection, row) -> dict:
    mentions = [
        {
            "article": m["article_id"],
            "text": m["text"],
            "start": m["sentence_start"],
            "end": m["sentence_end"],
            "trigger": m["trigger"],
            "trigger_start": m["trigger_start"],
            "trigger_end": m["trigger_end"],
            "actor_text": m["actor_text"],
            "recipient_text": m["recipient_text"],
            "date": m["date"],
            "date_text": m["date_text"],
            "reported_by": m["reported_by"],
            "duplicate_of": m["duplicate_of"],
            "fusion": m["fusion"],
        }
        for m in conn.execute(
            "SELECT m.*, a.article_id, d.article_id AS duplicate_of FROM event_mentions m"
            " JOIN articles a ON a.id = m.article LEFT JOIN articles d ON d.id = a.duplicate_of"
            " WHERE m.event = ? ORDER BY m.id",
            (row["id"],),
        )
    ]
    first = mentions[0] if mentions else {}
    return {
        "id": row["id"],
        "date": row["date"],
        "date_timex": row["date_timex"],
        "date_source": row["date_source"],
        "event_type": row["event_type"],
        "mode": row["mode"],
        "context": json.loads(row["context"]),
        "actor": _side(row, "a", first.get("actor_text")),
        "recipient": _side(row, "r", first.get("recipient_text")) if row["r_code"] else None,
        "event_text": first.get("text"),
        "quad_code": row["quad_code"],
        "cameo": row["cameo"],
        "intensity": row["intensity"],
        "confidence": row["confidence"],
        "aux": row["aux"],
        "asserted": bool(row["asserted"]),
        "location": _location(row),
        "sources": row["sources"],
        "reports": row["reports"],
        "mentions": mentions,
    }


def relations(conn: sqlite3.Connection) -> list[dict]:
    """Standing relations, one per type and members, with every statement of each."""
    merged: dict[tuple, dict] = {}
    for r in conn.execute(
        "SELECT r.*, a.article_id FROM relations r JOIN articles a ON a.id = r.article"
        " ORDER BY r.id"
    ):
        members = json.loads(r["members"])
        relation = merged.setdefault(
            (r["type"], tuple(members)),
            {"type": r["type"], "members": members, "since": None, "evidence": []},
        )
        relation["since"] = more_precise(relation["since"], r["since"])
        relation["evidence"].append(
            {
                "article": r["article_id"],
                "text": r["evidence"],
                "start": r["start"],
                "end": r["end"],
            }
        )
    return list(merged.values())


def unresolved_names(conn: sqlite3.Connection, limit: int = 20) -> list[tuple[str, int]]:
    """The actor names most often left unresolved, with their counts."""
    rows = conn.execute(
        "SELECT text, count(*) AS n FROM actor_mentions WHERE actor IS NULL"
        " GROUP BY text ORDER BY n DESC, text LIMIT ?",
        (limit,),
    )
    return [(r["text"], r["n"]) for r in rows]


def counts(conn: sqlite3.Connection) -> dict:
    """How many of each kind of record the store holds."""
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "near_duplicates": one("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
        "sentences": one("SELECT count(*) FROM sentences"),
        "actor_mentions": one("SELECT count(*) FROM actor_mentions"),
        "unresolved_mentions": one("SELECT count(*) FROM actor_mentions WHERE actor IS NULL"),
        "actors": one(  # distinct: stores written before 2026-11 repeat actors with no sector
            "SELECT count(*) FROM (SELECT DISTINCT code, country, sector, name FROM actors)"
        ),
        "events": one("SELECT count(*) FROM events WHERE asserted = 1"),
        "events_not_asserted": one("SELECT count(*) FROM events WHERE asserted = 0"),
        "event_mentions": one("SELECT count(*) FROM event_mentions"),
        "relations": one("SELECT count(*) FROM relations"),
        "places": one("SELECT count(*) FROM places"),
        "timexes": one("SELECT count(*) FROM timexes"),
    }


def _side(row, prefix: str, text: str | None) -> dict:
    return {
        "code": row[f"{prefix}_code"],
        "country": row[f"{prefix}_country"],
        "sector": row[f"{prefix}_sector"],
        "name": row[f"{prefix}_name"],
        "entity_text": text,
    }


def _location(row) -> dict | None:
    if row["location_name"] is None and row["location_text"] is None:
        return None
    return {
        "name": row["location_name"],
        "country": row["location_country"],
        "lat": row["lat"],
        "lon": row["lon"],
        "geonameid": row["geonameid"],
        "precision": row["location_precision"],
        "text": row["location_text"],
        "start": row["location_start"],
        "end": row["location_end"],
    }
