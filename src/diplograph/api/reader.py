"""The API's read model: events, actors, places, relations and the dashboard's aggregates.

Every function takes an open read connection (`connect`) and returns plain dicts; the routers
only validate and shape. Event filters (`EventQuery`) are applied to the in-memory index
(`index.py`); what goes to SQLite goes as bound parameters.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

from diplograph.api import index as aggregate
from diplograph.api.filters import EventQuery, escape_like
from diplograph.api.index import TONE, EventIndex, select
from diplograph.errors import StoreError
from diplograph.store import queries
from diplograph.store.migrations import schema_version
from diplograph.store.queries import EventFilter
from diplograph.store.schema import VERSION

FROM = " FROM events e JOIN actors x ON x.id = e.actor LEFT JOIN actors y ON y.id = e.recipient"


def connect(path: str) -> sqlite3.Connection:
    """A connection that can only read, usable from any thread (one request at a time)."""
    if not Path(path).is_file():
        raise StoreError(f"{path}: no such store")
    try:
        conn = sqlite3.connect(path, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA query_only = ON")
        version = schema_version(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a diplograph store ({exc})") from exc
    if version != VERSION:
        conn.close()
        raise StoreError(f"{path}: schema version {version}, this diplograph reads {VERSION}")
    return conn


def events(
    conn: sqlite3.Connection,
    index: EventIndex,
    f: EventQuery,
    *,
    limit: int,
    offset: int,
    order: str = "-date",
) -> dict:
    """One page of events matching the filters, and how many match in all."""
    if order == "-sources":
        rows = select(index.table(), f, conn, ["id", "sources"])
        rows = rows.sort_by([("sources", "descending"), ("id", "descending")])
        ids = aggregate.ids(rows, offset, limit)
    else:
        rows = select(index.table(), f, conn, ["id", "dated"])
        if order == "date":
            ids = aggregate.oldest_first(rows, offset, limit)
        else:
            ids = aggregate.ids(rows, offset, limit)
    found = {}
    if ids:
        marks = ",".join("?" * len(ids))
        for r in conn.execute(
            "SELECT e.id, e.date, e.event_type, e.mode, e.quad_code, e.cameo, e.intensity,"
            " e.confidence, e.asserted, e.sources, e.reports, e.location_name,"
            " e.location_country, e.lat, e.lon, e.location_precision, x.code AS a_code,"
            " x.country AS a_country, x.name AS a_name, y.code AS r_code,"
            f" y.country AS r_country, y.name AS r_name, {TONE} AS tone,"
            " (SELECT m.text FROM event_mentions m WHERE m.event = e.id ORDER BY m.id LIMIT 1)"
            f" AS sentence{FROM} WHERE e.id IN ({marks})",
            ids,
        ):
            found[r["id"]] = r
    return {
        "total": rows.num_rows,
        "limit": limit,
        "offset": offset,
        "items": [_summary(found[i]) for i in ids if i in found],
    }


def event(conn: sqlite3.Connection, event_id: int) -> dict | None:
    """One event with every report: its sentence and where the actor, recipient and trigger
    are in it (`highlights`, offsets into the sentence)."""
    found = next(queries.events(conn, EventFilter(event_id=event_id, include_all=True)), None)
    if found is None:
        return None
    tone = conn.execute(f"SELECT {TONE} FROM events e WHERE e.id = ?", (event_id,)).fetchone()
    found["tone"] = tone[0]
    for mention in found["mentions"]:
        mention["highlights"] = highlights(conn, mention)
    return found


def highlights(conn: sqlite3.Connection, m: dict) -> list[dict]:
    """Non-overlapping spans of a report's sentence: the trigger, the actor's and the
    recipient's words; offsets are into the sentence text."""
    base, text = m["start"], m["text"]
    spans = [("trigger", m["trigger_start"] - base, m["trigger_end"] - base)]
    for role in ("actor", "recipient"):
        words = m.get(f"{role}_text")
        if words:
            found = _locate(conn, m, words, spans)
            if found is not None:
                spans.append((role, found, found + len(words)))
    out = []
    for role, start, end in sorted(spans, key=lambda s: s[1]):
        if 0 <= start < end <= len(text):
            out.append({"role": role, "start": start, "end": end, "text": text[start:end]})
    return out


def _locate(conn, m: dict, words: str, taken: list[tuple[str, int, int]]) -> int | None:
    """Where an actor's words stand in the sentence: the stored mention if there is one, else
    the occurrence nearest the trigger that overlaps nothing already marked."""
    base, text = m["start"], m["text"]
    stored = [
        r["start"] - base
        for r in conn.execute(
            "SELECT am.start FROM actor_mentions am JOIN articles a ON a.id = am.article"
            " WHERE a.article_id = ? AND am.start >= ? AND am.end <= ? AND am.text = ?",
            (m["article"], m["start"], m["end"], words),
        )
    ]
    found = [i for i in stored if text[i : i + len(words)] == words]
    start = text.find(words)
    while start >= 0:
        found.append(start)
        start = text.find(words, start + 1)
    free = [i for i in found if all(i + len(words) <= s or i >= e for _, s, e in taken)]
    if not free:
        return None
    trigger = m["trigger_start"] - base
    return min(free, key=lambda i: abs(i - trigger))


def place_point(conn: sqlite3.Connection, name: str) -> tuple[float, float] | None:
    """Where a place the store knows by this name lies: of the places read with that name
    (any case), the one read most often."""
    row = conn.execute(
        "SELECT avg(lat) AS lat, avg(lon) AS lon, count(*) AS n FROM places"
        " WHERE name = ? COLLATE NOCASE AND lat IS NOT NULL AND lon IS NOT NULL"
        " GROUP BY coalesce(geonameid, name) ORDER BY n DESC LIMIT 1",
        (name,),
    ).fetchone()
    return (row["lat"], row["lon"]) if row else None


def timeline(conn: sqlite3.Connection, index: EventIndex, f: EventQuery, by: str = "month") -> dict:
    """Events per month (or year) and how they lean; the date range is not applied."""
    rows = select(index.table(), f.undated(), conn, aggregate.TIMELINE_COLUMNS)
    periods, undated = aggregate.timeline(rows, by)
    return {"by": by, "periods": periods, "undated": undated}


def points(
    conn: sqlite3.Connection, index: EventIndex, f: EventQuery, *, cell: float, limit: int
) -> dict:
    """Located events clustered on a grid of `cell` degrees, kept apart by precision."""
    rows = select(index.table(), f, conn, aggregate.CLUSTER_COLUMNS)
    return {"cell": cell, "clusters": aggregate.clusters(rows, cell, limit)}


def network(conn: sqlite3.Connection, index: EventIndex, f: EventQuery, *, limit: int) -> dict:
    """States as nodes, one edge per pair that has events, with how the events lean."""
    edges = aggregate.pairs(select(index.table(), f, conn, aggregate.PAIR_COLUMNS), limit)
    degree: dict[str, int] = defaultdict(int)
    for e in edges:
        degree[e["source"]] += e["count"]
        degree[e["target"]] += e["count"]
    names = _state_names(conn, list(degree))
    return {
        "nodes": [
            {"id": code, "name": names.get(code, code), "count": n}
            for code, n in sorted(degree.items())
        ],
        "edges": edges,
    }


def actors(
    conn: sqlite3.Connection, *, country: str | None, text: str | None, limit: int, offset: int
) -> dict:
    """Resolved actors with how many asserted events each takes part in, busiest first (not
    the sides with no code an event keeps by their words: they have no country)."""
    parts, args = ["a.country IS NOT NULL"], []
    if country:
        parts.append("a.country = ?")
        args.append(country)
    if text:
        parts.append("(a.name LIKE ? ESCAPE '\\' OR a.code LIKE ? ESCAPE '\\')")
        args += ["%" + escape_like(text) + "%"] * 2
    condition = " AND ".join(parts)
    total = conn.execute(f"SELECT count(*) FROM actors a WHERE {condition}", args).fetchone()[0]
    rows = conn.execute(
        f"SELECT a.*, coalesce(s.n, 0) AS events FROM actors a LEFT JOIN ({_ACTOR_COUNTS}) s"
        f" ON s.id = a.id WHERE {condition} ORDER BY events DESC, a.id LIMIT ? OFFSET ?",
        [*args, limit, offset],
    ).fetchall()
    return {"total": total, "limit": limit, "offset": offset, "items": [_actor(r) for r in rows]}


def actor(conn: sqlite3.Connection, actor_id: int) -> dict | None:
    row = conn.execute(
        f"SELECT a.*, coalesce(s.n, 0) AS events FROM actors a LEFT JOIN ({_ACTOR_COUNTS}) s"
        " ON s.id = a.id WHERE a.id = ?",
        (actor_id,),
    ).fetchone()
    if row is None:
        return None
    out = _actor(row)
    out["mentions"] = [
        {"text": r["text"], "count": r["n"]}
        for r in conn.execute(
            "SELECT text, count(*) AS n FROM actor_mentions WHERE actor = ?"
            " GROUP BY text ORDER BY n DESC, text LIMIT 20",
            (actor_id,),
        )
    ]
    return out


def places(
    conn: sqlite3.Connection,
    *,
    country: str | None,
    text: str | None,
    limit: int,
    offset: int,
) -> dict:
    """The places events happened at, with how many asserted events each, busiest first."""
    parts, args = ["e.asserted = 1", "e.location_name IS NOT NULL"], []
    if country:
        parts.append("e.location_country = ?")
        args.append(country)
    if text:
        parts.append("e.location_name LIKE ? ESCAPE '\\'")
        args.append("%" + escape_like(text) + "%")
    condition = " AND ".join(parts)
    key = "coalesce(e.geonameid, e.location_name)"
    total = conn.execute(
        f"SELECT count(DISTINCT {key}) FROM events e WHERE {condition}", args
    ).fetchone()[0]
    rows = conn.execute(
        f"SELECT {key} AS key, e.geonameid, min(e.location_name) AS name,"
        " min(e.location_country) AS country, avg(e.lat) AS lat, avg(e.lon) AS lon,"
        " min(e.location_precision) AS precision, count(*) AS events"
        f" FROM events e WHERE {condition} GROUP BY key ORDER BY events DESC, name"
        " LIMIT ? OFFSET ?",
        [*args, limit, offset],
    ).fetchall()
    return {"total": total, "limit": limit, "offset": offset, "items": [_place(r) for r in rows]}


def place(conn: sqlite3.Connection, geonameid: int) -> dict | None:
    row = conn.execute(
        "SELECT e.geonameid, min(e.location_name) AS name, min(e.location_country) AS country,"
        " avg(e.lat) AS lat, avg(e.lon) AS lon, min(e.location_precision) AS precision,"
        " count(*) AS events FROM events e WHERE e.geonameid = ? AND e.asserted = 1"
        " GROUP BY e.geonameid",
        (geonameid,),
    ).fetchone()
    return _place(row) if row else None


def relations(conn: sqlite3.Connection, country: str | None) -> list[dict]:
    found = queries.relations(conn)
    return [r for r in found if country is None or country in r["members"]]


def stats(conn: sqlite3.Connection) -> dict:
    return {"schema_version": schema_version(conn), **queries.counts(conn)}


_ACTOR_COUNTS = (
    "SELECT id, count(*) AS n FROM (SELECT actor AS id FROM events WHERE asserted = 1"
    " UNION ALL SELECT recipient FROM events WHERE asserted = 1 AND recipient IS NOT NULL)"
    " GROUP BY id"
)


def _summary(r: sqlite3.Row) -> dict:
    location = None
    if r["location_name"] is not None:
        location = {
            "name": r["location_name"],
            "country": r["location_country"],
            "lat": r["lat"],
            "lon": r["lon"],
            "precision": r["location_precision"],
        }
    recipient = None
    if r["r_code"] is not None:
        recipient = {"code": r["r_code"], "country": r["r_country"], "name": r["r_name"]}
    return {
        "id": r["id"],
        "date": r["date"],
        "event_type": r["event_type"],
        "mode": r["mode"],
        "actor": {"code": r["a_code"], "country": r["a_country"], "name": r["a_name"]},
        "recipient": recipient,
        "quad_code": r["quad_code"],
        "cameo": r["cameo"],
        "intensity": r["intensity"],
        "tone": r["tone"],
        "confidence": r["confidence"],
        "asserted": bool(r["asserted"]),
        "sources": r["sources"],
        "reports": r["reports"],
        "location": location,
        "sentence": r["sentence"],
    }


def _actor(r: sqlite3.Row) -> dict:
    return {
        "id": r["id"],
        "code": r["code"],
        "country": r["country"],
        "sector": r["sector"],
        "name": r["name"],
        "events": r["events"],
    }


def _place(r: sqlite3.Row) -> dict:
    return {
        "geonameid": r["geonameid"],
        "name": r["name"],
        "country": r["country"],
        "lat": r["lat"],
        "lon": r["lon"],
        "precision": r["precision"],
        "events": r["events"],
    }


def _state_names(conn: sqlite3.Connection, codes: list[str]) -> dict[str, str]:
    if not codes:
        return {}
    marks = ",".join("?" * len(codes))
    rows = conn.execute(
        f"SELECT country, min(name) AS name FROM actors WHERE code = country"
        f" AND country IN ({marks}) GROUP BY country",
        codes,
    )
    return {r["country"]: r["name"] for r in rows if r["name"]}
