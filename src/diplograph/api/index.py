"""The events' filterable columns in memory, so a filter over 100,000 events costs a millisecond.

`EventIndex` keeps one pyarrow table of every event (id, date, type, mode, the two states,
lean, point), sorted newest first. A write through the API reloads it before its job is done;
a write by another process (SQLite's `data_version`, checked on each use) reloads it in the
background while requests go on reading the previous table. `select` turns an `EventQuery`
into the matching rows, with only the columns asked for; the events list then reads only its
page from SQLite, and the map, timeline and network aggregate the rows here. Text search asks
SQLite for the ids whose reports contain the words.
"""

from __future__ import annotations

import math
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from diplograph.api.filters import EventQuery, escape_like
from diplograph.store.queries import international

# How an event leans: PLOVER's quad classes 1-2 cooperate, 3-4 conflict; else the score's sign.
TONE = (
    "CASE WHEN e.quad_code IN (1, 2) THEN 'cooperation'"
    " WHEN e.quad_code IN (3, 4) THEN 'conflict'"
    " WHEN e.intensity > 0 THEN 'cooperation' WHEN e.intensity < 0 THEN 'conflict'"
    " ELSE 'neutral' END"
)
LOAD = (
    "SELECT e.id, e.date, e.date IS NOT NULL AS dated, e.event_type, e.mode, e.asserted, e.sources,"
    " CASE WHEN length(e.date) >= 7 THEN substr(e.date, 1, 7) END AS month,"
    " CASE WHEN length(e.date) >= 4 THEN substr(e.date, 1, 4) END AS year,"
    " x.country AS a, y.country AS r,"
    " min(x.country, y.country) AS pair_a, max(x.country, y.country) AS pair_b,"
    f" ({TONE}) = 'cooperation' AS cooperation, ({TONE}) = 'conflict' AS conflict,"
    " e.lat, e.lon, e.location_precision AS precision, e.location_name AS place"
    " FROM events e JOIN actors x ON x.id = e.actor LEFT JOIN actors y ON y.id = e.recipient"
    " ORDER BY e.date DESC, e.id DESC"
)
SCHEMA = pa.schema(
    [
        ("id", pa.int64()),
        ("date", pa.string()),
        ("dated", pa.int8()),
        ("event_type", pa.string()),
        ("mode", pa.string()),
        ("asserted", pa.int8()),
        ("sources", pa.int64()),
        ("month", pa.string()),
        ("year", pa.string()),
        ("a", pa.string()),
        ("r", pa.string()),
        ("pair_a", pa.string()),
        ("pair_b", pa.string()),
        ("cooperation", pa.int8()),
        ("conflict", pa.int8()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("precision", pa.string()),
        ("place", pa.string()),
    ]
)


# Text columns that filters compare for equality get a twin of small integer codes ("a" ->
# "a_code"): comparing integers is several times faster than comparing strings.
CODED = ("a", "r", "pair_a", "pair_b", "event_type", "mode")


@dataclass(frozen=True, slots=True)
class Snapshot:
    rows: pa.Table  # SCHEMA's columns plus CODED's codes, newest first
    codes: dict[str, int]  # text value -> code (-1 stands for NULL)

    def code(self, value: str) -> int | None:
        return self.codes.get(value)


class EventIndex:
    def __init__(self, connect: Callable[[], sqlite3.Connection]):
        self._connect = connect  # a fresh read connection for each load
        self._conn = connect()  # kept to watch data_version, which counts others' commits
        self._lock = threading.Lock()
        self._version: int | None = None
        self._table: Snapshot | None = None
        self._reloading = False
        self.generation = 0  # one more at each load: answers cached under it are current

    def table(self) -> Snapshot:
        """Every event, newest first. After another process has written, the previous table
        serves until the new one is read."""
        with self._lock:
            version = self._conn.execute("PRAGMA data_version").fetchone()[0]
            if self._table is None:
                self._table, self._version = self._load(), version
                self.generation += 1
            elif version != self._version and not self._reloading:
                self._reloading = True
                threading.Thread(target=self.reload, name="diplograph-index", daemon=True).start()
            return self._table

    def reload(self) -> None:
        """Read every event again (after a write: the ingestion worker calls it)."""
        with self._lock:
            version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        try:
            snapshot = self._load()
            with self._lock:
                self._table, self._version = snapshot, version
                self.generation += 1
        finally:
            self._reloading = False

    def _load(self) -> Snapshot:
        conn = self._connect()
        try:
            cursor = conn.cursor()
            cursor.row_factory = None  # plain tuples: a third faster than sqlite3.Row
            rows = cursor.execute(LOAD).fetchall()
        finally:
            conn.close()
        columns = list(zip(*rows, strict=True)) if rows else [()] * len(SCHEMA)
        arrays = [
            pa.array(values, type=field.type) for values, field in zip(columns, SCHEMA, strict=True)
        ]
        names = list(SCHEMA.names)
        codes: dict[str, int] = {}
        for name in CODED:
            values = columns[SCHEMA.names.index(name)]
            numbers = [-1 if v is None else codes.setdefault(v, len(codes)) for v in values]
            arrays.append(pa.array(numbers, pa.int32()))
            names.append(f"{name}_code")
        return Snapshot(pa.table(arrays, names=names), codes)

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def select(
    snapshot: Snapshot, f: EventQuery, conn: sqlite3.Connection, columns: list[str]
) -> pa.Table:
    """The columns asked for of the rows that match the filters, newest first."""
    table = snapshot.rows
    conditions = []

    def equal(column: str, value: str):
        code = snapshot.code(value)  # a value no event has matches nothing
        return pc.equal(table[f"{column}_code"], -2 if code is None else code)

    if not f.include_all:
        conditions.append(pc.equal(table["asserted"], 1))
    if f.country:
        conditions.append(pc.or_(equal("a", f.country), equal("r", f.country)))
    if f.dyad:
        low, high = sorted(f.dyad)
        conditions.append(equal("pair_a", low))
        conditions.append(equal("pair_b", high))
    if f.event_type:
        conditions.append(equal("event_type", f.event_type))
    if f.mode:
        conditions.append(equal("mode", f.mode))
    if f.since:
        conditions.append(pc.greater_equal(table["date"], f.since))
    if f.until:
        # "until 2024-06" keeps 2024-06-30 and 2024-06: every date up to the prefix's last
        # possible continuation (one comparison instead of cutting every date)
        conditions.append(pc.less_equal(table["date"], f.until + "\U0010ffff"))
    if f.point:
        conditions.append(_within(table, *f.point, f.km))
    if f.international:
        sql, codes = international()
        found = [row[0] for row in conn.execute(sql, codes)]
        conditions.append(pc.is_in(table["id"], value_set=pa.array(found, pa.int64())))
    if f.text:
        ids = [
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT event FROM event_mentions WHERE text LIKE ? ESCAPE '\\'",
                ("%" + escape_like(f.text) + "%",),
            )
        ]
        conditions.append(pc.is_in(table["id"], value_set=pa.array(ids, pa.int64())))
    part = table.select(columns)
    if not conditions:
        return part
    mask = conditions[0]
    for condition in conditions[1:]:
        mask = pc.and_kleene(mask, condition)
    return part.filter(mask)


def oldest_first(rows: pa.Table, offset: int, limit: int) -> list[int]:
    """A page of ids in date order, undated last: the newest-first order, each part reversed
    (dated ascending by date and id, then undated by id)."""
    dated = pc.equal(rows["dated"], 1)
    out: list[int] = []
    for part in (rows["id"].filter(dated), rows["id"].filter(pc.invert(dated))):
        n = len(part)
        if offset < n and len(out) < limit:
            end = n - offset
            start = max(0, end - (limit - len(out)))
            out += reversed(part.slice(start, end - start).to_pylist())
        offset = max(0, offset - n)
    return out


def ids(rows: pa.Table, offset: int, limit: int) -> list[int]:
    return rows["id"].slice(offset, limit).to_pylist()


def _within(table: pa.Table, lat: float, lon: float, km: float):
    """Great-circle distance from (lat, lon) at most km (haversine)."""
    p1 = math.radians(lat)
    p2 = pc.multiply(table["lat"], math.pi / 180)
    dp = pc.subtract(p2, p1)
    dl = pc.multiply(pc.subtract(table["lon"], lon), math.pi / 180)
    a = pc.add(
        pc.power(pc.sin(pc.divide(dp, 2)), 2),
        pc.multiply(pc.multiply(pc.cos(p2), math.cos(p1)), pc.power(pc.sin(pc.divide(dl, 2)), 2)),
    )
    distance = pc.multiply(pc.asin(pc.sqrt(pc.min_element_wise(a, 1.0))), 2 * 6371.0)
    return pc.less_equal(distance, km)


TIMELINE_COLUMNS = ["month", "year", "cooperation", "conflict"]
CLUSTER_COLUMNS = ["id", "lat", "lon", "precision", "place", "cooperation", "conflict"]
PAIR_COLUMNS = ["pair_a", "pair_b", "cooperation", "conflict"]


def timeline(rows: pa.Table, by: str) -> tuple[list[dict], int]:
    """Counts per month (or year), and how many events are not dated that precisely."""
    dated = rows.filter(pc.is_valid(rows[by]))
    keyed = pa.table(
        {
            "period": dated[by],
            "cooperation": pc.cast(dated["cooperation"], pa.int64()),
            "conflict": pc.cast(dated["conflict"], pa.int64()),
        }
    )
    grouped = keyed.group_by("period").aggregate(
        [("cooperation", "count"), ("cooperation", "sum"), ("conflict", "sum")]
    )
    grouped = grouped.sort_by([("period", "ascending")])
    periods = [
        {"period": p, "count": n, "cooperation": c, "conflict": k}
        for p, n, c, k in zip(
            grouped["period"].to_pylist(),
            grouped["cooperation_count"].to_pylist(),
            grouped["cooperation_sum"].to_pylist(),
            grouped["conflict_sum"].to_pylist(),
            strict=True,
        )
    ]
    return periods, rows.num_rows - dated.num_rows


def clusters(rows: pa.Table, cell: float, limit: int) -> list[dict]:
    """Located rows grouped on a grid of `cell` degrees, kept apart by precision."""
    located = rows.filter(pc.and_(pc.is_valid(rows["lat"]), pc.is_valid(rows["lon"])))
    keyed = pa.table(
        {
            "gy": pc.cast(pc.round(pc.divide(located["lat"], cell)), pa.int64()),
            "gx": pc.cast(pc.round(pc.divide(located["lon"], cell)), pa.int64()),
            "precision": located["precision"],
            "lat": located["lat"],
            "lon": located["lon"],
            "id": located["id"],
            "place": located["place"],
            "cooperation": pc.cast(located["cooperation"], pa.int64()),
            "conflict": pc.cast(located["conflict"], pa.int64()),
        }
    )
    grouped = keyed.group_by(["gy", "gx", "precision"]).aggregate(
        [
            ("id", "count"),
            ("lat", "mean"),
            ("lon", "mean"),
            ("id", "min"),
            ("place", "min"),
            ("place", "count_distinct"),
            ("cooperation", "sum"),
            ("conflict", "sum"),
        ]
    )
    grouped = grouped.sort_by([("id_count", "descending"), ("id_min", "ascending")])
    grouped = grouped.slice(0, limit)
    out = []
    for g in grouped.to_pylist():
        out.append(
            {
                "lat": round(g["lat_mean"], 5),
                "lon": round(g["lon_mean"], 5),
                "count": g["id_count"],
                "precision": g["precision"],
                "place": g["place_min"] if g["place_count_distinct"] == 1 else None,
                "event": g["id_min"] if g["id_count"] == 1 else None,
                "cooperation": g["cooperation_sum"],
                "conflict": g["conflict_sum"],
            }
        )
    return out


def pairs(rows: pa.Table, limit: int) -> list[dict]:
    """One entry per pair of different states with events between them, busiest first."""
    between = rows.filter(
        pc.and_kleene(
            pc.and_kleene(pc.is_valid(rows["pair_a"]), pc.is_valid(rows["pair_b"])),
            pc.not_equal(rows["pair_a"], rows["pair_b"]),
        )
    )
    keyed = pa.table(
        {
            "source": between["pair_a"],
            "target": between["pair_b"],
            "cooperation": pc.cast(between["cooperation"], pa.int64()),
            "conflict": pc.cast(between["conflict"], pa.int64()),
        }
    )
    grouped = keyed.group_by(["source", "target"]).aggregate(
        [("cooperation", "count"), ("cooperation", "sum"), ("conflict", "sum")]
    )
    grouped = grouped.sort_by(
        [("cooperation_count", "descending"), ("source", "ascending"), ("target", "ascending")]
    ).slice(0, limit)
    return [
        {
            "source": g["source"],
            "target": g["target"],
            "count": g["cooperation_count"],
            "cooperation": g["cooperation_sum"],
            "conflict": g["conflict_sum"],
        }
        for g in grouped.to_pylist()
    ]
