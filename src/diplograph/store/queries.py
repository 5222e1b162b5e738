"""The store's read side: events, relations and counts as plain dicts for the CLI and exports."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from diplograph.stages.fusion import more_precise
from diplograph.stages.places import haversine_km
from diplograph.states import states


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
    include_coarse: bool = False  # --near also takes points vaguer than the radius
    international: bool = False  # only events between two different states (international)
    limit: int | None = None


# An event between states: at least two different states among its parties (a dyad's actor
# and recipient, a gathering's members). A side with no code, a group (IGO, EUR) or two parts
# of one state (IRQGOV, IRQREB) does not make an event international.
def international() -> tuple[str, list[str]]:
    """The SQL that selects the ids of international events, and its parameters."""
    codes = sorted(states())
    sql = (
        f"SELECT event FROM participants WHERE country IN ({', '.join('?' * len(codes))})"
        " GROUP BY event HAVING count(DISTINCT country) >= 2"
    )
    return sql, codes


# How far from its point a place of each precision may lie, in km: a radius query takes a
# point only when this is within the radius (a country's centre says nothing of 200 km).
PRECISION_KM = {"city": 10.0, "region": 250.0, "country": 750.0, "area": 2500.0}


def events(conn: sqlite3.Connection, f: EventFilter) -> Iterator[dict]:
    """Stored events as export dicts, filtered, dated ones first in date order."""
    where, args = [], []
    if not f.include_all:
        where.append("e.asserted = 1")
    if f.countries:  # any party: either side of a dyad, any member of a gathering
        marks = ", ".join("?" * len(f.countries))
        where.append(f"e.id IN (SELECT event FROM participants WHERE country IN ({marks}))")
        args += [c.upper() for c in f.countries]
    if f.dyad:
        first, second = (c.upper() for c in f.dyad)
        if f.directed:  # the first as the actor, the second as the recipient
            where.append(
                "e.id IN (SELECT a.event FROM participants a JOIN participants b"
                " ON b.event = a.event WHERE a.role = 'actor' AND a.country = ?"
                " AND b.role = 'recipient' AND b.country = ?)"
            )
        else:  # both among the parties, whatever their roles
            where.append(
                "e.id IN (SELECT a.event FROM participants a JOIN participants b"
                " ON b.event = a.event AND b.id != a.id WHERE a.country = ? AND b.country = ?)"
            )
        args += [first, second]
    if f.international:
        sql, codes = international()
        where.append(f"e.id IN ({sql})")
        args += codes
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
        "SELECT e.* FROM events e"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY e.date IS NULL, e.date, e.id"
    )
    count = 0
    for row in conn.execute(sql, args):
        if f.near and (row["lat"] is None or haversine_km(*f.near, row["lat"], row["lon"]) > f.km):
            continue
        if f.near and not f.include_coarse and _coarse(row["location_precision"], f.km):
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
            "published": m["published"],
            "published_estimated": bool(m["published_estimated"]),
            "reported_by": m["reported_by"],
            "duplicate_of": m["duplicate_of"],
            "fusion": m["fusion"],
        }
        for m in conn.execute(
            "SELECT m.*, a.article_id, a.published, a.published_estimated,"
            " d.article_id AS duplicate_of FROM event_mentions m"
            " JOIN articles a ON a.id = m.article LEFT JOIN articles d ON d.id = a.duplicate_of"
            " WHERE m.event = ? ORDER BY m.id",
            (row["id"],),
        )
    ]
    first = mentions[0] if mentions else {}
    parties: dict[str, list[dict]] = {}
    for p in conn.execute("SELECT * FROM participants WHERE event = ? ORDER BY id", (row["id"],)):
        parties.setdefault(p["role"], []).append(_side(p))
    # PLOVER's JSON: a gathering lists all its parties as actors, with no recipient
    actor = parties.get("participant") or (parties.get("actor") or [None])[0]
    return {
        "id": row["id"],
        "date": row["date"],
        "date_timex": row["date_timex"],
        "date_source": row["date_source"],
        "event_type": row["event_type"],
        "mode": row["mode"],
        "context": json.loads(row["context"]),
        "actor": actor,
        "recipient": (parties.get("recipient") or [None])[0],
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


def unknown_codes(conn: sqlite3.Connection, codes: Iterable[str]) -> list[str]:
    """The country codes among `codes` that no stored event names as a party."""
    found = "SELECT 1 FROM participants WHERE country = ? LIMIT 1"
    return [c for c in codes if conn.execute(found, (c.upper(),)).fetchone() is None]


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


def _coarse(precision: str | None, km: float) -> bool:
    """Whether a point of this precision is too vague for a radius of `km`."""
    return PRECISION_KM.get(precision or "", math.inf) > km


def _side(p) -> dict:
    """One party of an event, from its participants row."""
    return {
        "code": p["code"],
        "country": p["country"],
        "sector": p["sector"],
        "name": p["name"],
        "entity_text": p["mention"],
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
