"""The SQLite store: one file the user names, one transaction per article."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from diplograph.errors import StoreError
from diplograph.records import Actor, Article, Coded, Event, EventDate, Place, side_key
from diplograph.stages import fusion
from diplograph.stages.fusion import (
    SYMMETRIC,
    Candidate,
    Origin,
    day_from_text,
    decide,
    more_precise,
    place_key,
)
from diplograph.store import queries
from diplograph.store.migrations import migrate, schema_version
from diplograph.store.queries import EventFilter
from diplograph.store.schema import VERSION


@dataclass(frozen=True, slots=True)
class Added:
    """What storing one article did."""

    article: int  # store id
    duplicate_of: int | None
    new_events: int  # asserted events, the ones `stats` counts as events
    fused_mentions: int
    new_not_asserted: int = 0  # hypothetical, negated, advice, opinion


class Store:
    """A store to write (created and migrated if need be) or, with `read_only`, to read.

    A reader never creates a store: a path that is missing or holds no diplograph schema is a
    StoreError. It opens the file read-only, and as immutable when it cannot write there (a
    store on read-only media). Several writers may share a store: each takes SQLite's write
    lock per article and sees the articles the others stored before it (exact and near
    duplicates alike).
    """

    def __init__(
        self,
        path: str | Path,
        *,
        near_duplicate_threshold: float = 0.7,
        permutations: int = 128,
        fusion_window_days: int = 1,
        read_only: bool = False,
    ):
        self.path = str(path)
        try:
            self.conn = self._open_to_read() if read_only else self._open_to_write()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a diplograph store ({exc})") from exc
        self.run = uuid.uuid4().hex  # this store handle's ingest run
        self.permutations = permutations
        self.fusion_window_days = fusion_window_days
        self.threshold = near_duplicate_threshold
        self._near: fusion.NearDuplicates | None = None
        self._indexed = 0  # the highest article id in the near-duplicate index

    def _open_to_write(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        self.version = migrate(conn)
        return conn

    def _open_to_read(self) -> sqlite3.Connection:
        file = Path(self.path)
        if not file.is_file():
            raise StoreError(f"{self.path}: no such store (ingest creates one)")
        writable = os.access(file, os.W_OK) and os.access(file.parent, os.W_OK)
        uri = f"{file.resolve().as_uri()}?mode=ro" + ("" if writable else "&immutable=1")
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        conn.row_factory = sqlite3.Row
        version = schema_version(conn)
        if version == VERSION:
            self.version = version
            return conn
        conn.close()
        if version == 0:
            raise StoreError(f"{self.path}: not a diplograph store (it holds no tables yet)")
        if version < VERSION and writable:
            return self._open_to_write()  # an older store: bring it up to date first
        raise StoreError(
            f"{self.path}: the store has schema version {version} and this diplograph reads"
            f" version {VERSION}; copy it somewhere writable to upgrade it"
            if version < VERSION
            else f"{self.path}: the store has schema version {version}, newer than this"
            f" diplograph ({VERSION})"
        )

    @property
    def near(self) -> fusion.NearDuplicates:
        """The LSH index of stored articles, built on the first write (reads never need it) and
        brought up to date with what other writers stored (call it inside the transaction)."""
        if self._near is None:
            self._near = fusion.NearDuplicates(self.threshold, self.permutations)
        for row in self.conn.execute(
            "SELECT id, minhash FROM articles WHERE id > ? AND minhash IS NOT NULL ORDER BY id",
            (self._indexed,),
        ):
            self._near.add(row["id"], fusion.from_bytes(row["minhash"], self.permutations))
            self._indexed = row["id"]
        return self._near

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------

    def has_article(self, content_hash: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE hash = ?", (content_hash,))
        return row.fetchone() is not None

    def add(self, coded: Coded) -> Added | None:
        """Store one coded article and fuse its events, all in one transaction. None if another
        writer stored the same text since `has_article` was asked."""
        signature = fusion.signature(coded.article.text, self.permutations)
        try:
            self._begin()  # the write lock (or a savepoint in add_many's): other writers wait
            if self.has_article(coded.article.hash):
                self._rollback()
                return None
            original = self.near.original_of(signature)
            article = self._insert_article(coded, signature, original)
            self._insert_parts(article, coded)
            new = fused = not_asserted = 0
            home = original[0] if original else article
            for event in coded.events:
                event_id, reason = self._fuse(event, home, coded.article)
                if event_id is None:
                    event_id = self._insert_event(event, article)
                    new += event.asserted
                    not_asserted += not event.asserted
                else:
                    fused += 1
                self._insert_mention(event_id, article, event, reason)
                self._refresh(event_id, event, article)
            self._share_places(article)
            self._commit()
        except sqlite3.Error as exc:
            if self.conn.in_transaction:  # SQLite has rolled back already on a full disk
                self._rollback()
            if "disk is full" in str(exc):
                raise StoreError(
                    f"{self.path}: disk full: article {coded.article.id} not stored; the store"
                    " keeps everything stored before it"
                ) from exc
            raise StoreError(
                f"{self.path}: cannot store article {coded.article.id}: {exc}"
            ) from exc
        self._near.add(article, signature)  # `near` was brought up to date in the transaction
        self._indexed = article
        return Added(article, original[0] if original else None, new, fused, not_asserted)

    def add_many(self, batch: Iterable[Coded]) -> list[Added]:
        """Store several coded articles in one transaction: all of them or, if anything
        fails or the run is killed, none. Each is stored as `add` stores it, in order."""
        batch = list(batch)
        if not batch:
            return []
        self.conn.execute("BEGIN IMMEDIATE")
        self._in_batch = True
        try:
            added = [self.add(coded) for coded in batch]
            self._in_batch = False
            self.conn.execute("COMMIT")
        except BaseException:
            self._in_batch = False
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self._near = None  # holds the rolled-back articles: rebuilt from the file
            raise
        return added

    # One transaction per `add`, or a savepoint per article inside `add_many`'s transaction.
    _in_batch = False

    def _begin(self) -> None:
        self.conn.execute("SAVEPOINT article" if self._in_batch else "BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self.conn.execute("RELEASE article" if self._in_batch else "COMMIT")

    def _rollback(self) -> None:
        if self._in_batch:
            self.conn.execute("ROLLBACK TO article")
            self.conn.execute("RELEASE article")
        else:
            self.conn.execute("ROLLBACK")

    def _insert_article(self, coded: Coded, signature, original) -> int:
        a = coded.article
        cur = self.conn.execute(
            "INSERT INTO articles (article_id, hash, title, text, published, published_estimated,"
            " url, source, path, duplicate_of, similarity, minhash, run)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                a.id,
                a.hash,
                a.title,
                a.text,
                a.published.isoformat() if a.published else None,
                int(a.published_estimated),
                a.url,
                a.source,
                a.path,
                original[0] if original else None,
                original[1] if original else None,
                fusion.to_bytes(signature),
                self.run,
            ),
        )
        return cur.lastrowid

    def _insert_parts(self, article: int, coded: Coded) -> None:
        c = self.conn
        c.executemany(
            "INSERT INTO sentences (article, idx, start, end, text) VALUES (?,?,?,?,?)",
            [(article, s.index, s.start, s.end, s.text) for s in coded.parse.sentences],
        )
        c.executemany(
            "INSERT INTO actor_mentions (article, sentence, start, end, text, kind, actor)"
            " VALUES (?,?,?,?,?,?,?)",
            [
                (article, m.sentence, m.start, m.end, m.text, m.kind, self._actor_id(m.actor))
                for m in coded.mentions
            ],
        )
        c.executemany(
            "INSERT INTO timexes (article, sentence, start, end, text, type, value, rule)"
            " VALUES (?,?,?,?,?,?,?,?)",
            [
                (article, t.sentence, t.start, t.end, t.text, t.type, t.value, t.rule)
                for t in coded.timexes
            ],
        )
        c.executemany(
            "INSERT INTO places (article, sentence, start, end, text, name, country, lat, lon,"
            " geonameid, precision, confidence, metonym, kind)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    article,
                    p.sentence,
                    p.start,
                    p.end,
                    p.text,
                    p.name,
                    p.country,
                    p.lat,
                    p.lon,
                    p.geonameid,
                    p.precision,
                    p.confidence,
                    int(p.metonym),
                    p.kind,
                )
                for p in coded.places
            ],
        )
        c.executemany(
            "INSERT INTO relations (type, members, since, article, sentence, evidence, start, end)"
            " VALUES (?,?,?,?,?,?,?,?)",
            [
                (
                    r.type,
                    json.dumps(list(r.members)),
                    r.since,
                    article,
                    r.sentence,
                    r.evidence,
                    r.start,
                    r.end,
                )
                for r in coded.relations
            ],
        )

    def _actor_id(self, actor: Actor | None, *, side: bool = False) -> int | None:
        """The actors row of an actor; an unresolved one has none, except as a side of an
        event, which keeps its words as the name of a row with no code (docs/events.md)."""
        if actor is None or not (actor.resolved or (side and actor.name)):
            return None
        key = (actor.code, actor.country, actor.sector, actor.name)
        row = self.conn.execute(  # IS, not UNIQUE: the constraint lets NULL sectors repeat
            "SELECT id FROM actors WHERE code IS ? AND country IS ? AND sector IS ? AND name IS ?"
            " ORDER BY id LIMIT 1",
            key,
        ).fetchone()
        if row is not None:
            return row["id"]
        cur = self.conn.execute(
            "INSERT INTO actors (code, country, sector, name) VALUES (?,?,?,?)", key
        )
        return cur.lastrowid

    def _fuse(self, event: Event, article: int, read: Article) -> tuple[int | None, str]:
        actor, recipient = side_key(event.actor), side_key(event.recipient)
        dyads = {(actor, recipient)}
        if event.event_type in SYMMETRIC:
            dyads.add((recipient, actor))
        candidates = []
        if event.participants:  # a gathering: the stored ones with its first member
            dyads = set()
            rows = self.conn.execute(
                "SELECT DISTINCT e.id, e.date, e.date_timex, e.asserted, e.location_name,"
                " e.location_country, e.geonameid FROM events e"
                " JOIN participants p ON p.event = e.id"
                " WHERE e.event_type = ? AND p.role = 'participant' AND p.country IS ?",
                (event.event_type, event.actor.country),
            ).fetchall()
            candidates = [self._candidate(row, event.event_type, actor, None) for row in rows]
        for a, r in dyads:
            # a side with no code ("~gunmen") is a row with no country and the same words;
            # no side at all (None) is no row
            rows = self.conn.execute(
                "SELECT e.id, e.date, e.date_timex, e.asserted, e.location_name,"
                " e.location_country, e.geonameid FROM events e"
                " JOIN actors x ON x.id = e.actor LEFT JOIN actors y ON y.id = e.recipient"
                " WHERE e.event_type = ? AND " + _side_sql("x", a) + " AND " + _side_sql("y", r),
                (event.event_type, *_side_args(a), *_side_args(r)),
            ).fetchall()
            for row in rows:
                candidates.append(self._candidate(row, event.event_type, a, r))
        origin = Origin(read.published, self.run, _source(read.source, read.path))
        decision = decide(
            event, article, candidates, window_days=self.fusion_window_days, origin=origin
        )
        return decision.event_id, decision.reason

    def _candidate(self, row, event_type: str, actor: str, recipient: str | None) -> Candidate:
        last: dict[int, int] = {}
        for m in self.conn.execute(
            "SELECT coalesce(a.duplicate_of, a.id) AS home, max(m.sentence) AS s"
            " FROM event_mentions m JOIN articles a ON a.id = m.article"
            " WHERE m.event = ? GROUP BY home",
            (row["id"],),
        ):
            last[m["home"]] = m["s"]
        triggers = frozenset(
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT lower(trigger) FROM event_mentions WHERE event = ?", (row["id"],)
            )
        )
        origins = tuple(
            Origin(
                date.fromisoformat(r["published"]) if r["published"] else None,
                r["run"],
                _source(r["source"], r["path"]),
            )
            for r in self.conn.execute(
                "SELECT DISTINCT a.published, a.run, a.source, a.path FROM event_mentions m"
                " JOIN articles a ON a.id = m.article WHERE m.event = ?",
                (row["id"],),
            )
        )
        place = Place(0, 0, "", name=row["location_name"], country=row["location_country"],
                      geonameid=row["geonameid"])  # fmt: skip
        members = frozenset(
            r[0]
            for r in self.conn.execute(
                "SELECT country FROM participants WHERE event = ? AND role = 'participant'",
                (row["id"],),
            )
        )
        return Candidate(
            row["id"],
            event_type,
            actor,
            recipient,
            row["date"],
            bool(row["asserted"]),
            frozenset(last),
            last,
            day_from_text(EventDate(row["date"], row["date_timex"])),
            place_key(place),
            triggers,
            origins,
            members,
        )

    def _insert_event(self, e: Event, article: int) -> int:
        cur = self.conn.execute(
            "INSERT INTO events (event_type, mode, context, actor, recipient, date, date_timex,"
            " date_source, cameo, intensity, quad_code, confidence, aux, asserted)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                e.event_type,
                e.mode,
                json.dumps(list(e.context)),
                self._actor_id(e.actor, side=True),
                self._actor_id(e.recipient, side=True),
                e.date.value,
                e.date.timex,
                e.date.source,
                e.cameo,
                e.intensity,
                e.quad_code,
                e.confidence,
                e.aux,
                int(e.asserted),
            ),
        )
        if e.location is not None:
            self._set_location(cur.lastrowid, e, article)
        sides = [("participant", p) for p in e.participants] or [("actor", e.actor)]
        if e.recipient is not None and not e.participants:
            sides.append(("recipient", e.recipient))
        self.conn.executemany(
            "INSERT INTO participants (event, role, code, country, sector, name, mention)"
            " VALUES (?,?,?,?,?,?,?)",
            [
                (cur.lastrowid, role, a.code, a.country, a.sector, a.name, a.entity_text)
                for role, a in sides
            ],
        )
        return cur.lastrowid

    def _set_location(self, event_id: int, e: Event, article: int) -> None:
        loc = e.location
        self.conn.execute(
            "UPDATE events SET location_name=?, location_country=?, lat=?, lon=?, geonameid=?,"
            " location_precision=?, location_text=?, location_start=?, location_end=?,"
            " location_article=? WHERE id=?",
            (
                loc.name,
                loc.country,
                loc.lat,
                loc.lon,
                loc.geonameid,
                loc.precision,
                loc.text,
                loc.start,
                loc.end,
                article,
                event_id,
            ),
        )

    def _share_places(self, article: int) -> None:
        """Events read from the same words ("separate summits with each") happened at the
        same place: each takes the sharpest place any of them has, within one country."""
        groups = self.conn.execute(
            "SELECT group_concat(DISTINCT event) AS ids FROM event_mentions WHERE article = ?"
            " GROUP BY sentence, trigger_start HAVING count(DISTINCT event) > 1",
            (article,),
        ).fetchall()
        for group in groups:
            rows = [
                self.conn.execute("SELECT * FROM events WHERE id = ?", (int(i),)).fetchone()
                for i in group["ids"].split(",")
            ]
            best = min(rows, key=lambda r: PRECISION.get(r["location_precision"] or "", 9))
            if best["location_name"] is None:
                continue
            for row in rows:
                if _sharper(best["location_precision"], best["location_country"], row):
                    self.conn.execute(
                        "UPDATE events SET "
                        + ", ".join(f"{c} = ?" for c in LOCATION)
                        + " WHERE id = ?",
                        [best[c] for c in LOCATION] + [row["id"]],
                    )

    def _insert_mention(self, event_id: int, article: int, e: Event, reason: str) -> None:
        m = e.mention
        self.conn.execute(
            "INSERT INTO event_mentions (event, article, sentence, sentence_start, sentence_end,"
            " text, trigger, trigger_start, trigger_end, actor_text, recipient_text, date,"
            " date_timex, date_text, reported_by, confidence, fusion)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                event_id,
                article,
                m.sentence,
                m.sentence_start,
                m.sentence_end,
                m.text,
                m.trigger,
                m.trigger_start,
                m.trigger_end,
                e.actor.entity_text,
                e.recipient.entity_text if e.recipient else None,
                e.date.value,
                e.date.timex,
                e.date.text,
                e.reported_by.code if e.reported_by else None,
                e.confidence,
                reason,
            ),
        )

    def _refresh(self, event_id: int, e: Event, article: int) -> None:
        """After a new report: the most precise date and location, a mode if there was none,
        the source counts."""
        row = self.conn.execute(
            "SELECT date, location_name, location_country, location_precision"
            " FROM events WHERE id = ?",
            (event_id,),
        ).fetchone()
        best = more_precise(row["date"], e.date.value)
        if best != row["date"]:
            self.conn.execute(
                "UPDATE events SET date=?, date_timex=?, date_source=? WHERE id=?",
                (best, e.date.timex, e.date.source, event_id),
            )
        if e.location is not None and _sharper(e.location.precision, e.location.country, row):
            self._set_location(event_id, e, article)
        self.conn.execute(
            "UPDATE events SET"
            " reports = (SELECT count(DISTINCT article) FROM event_mentions WHERE event = ?),"
            " sources = (SELECT count(DISTINCT coalesce(a.duplicate_of, a.id))"
            "   FROM event_mentions m JOIN articles a ON a.id = m.article WHERE m.event = ?),"
            " confidence = max(confidence, ?), mode = coalesce(mode, ?)"
            " WHERE id = ?",
            (event_id, event_id, e.confidence, e.mode, event_id),
        )

    # --- reading ---------------------------------------------------------------------------

    def events(self, f: EventFilter | None = None) -> Iterator[dict]:
        return queries.events(self.conn, f or EventFilter())

    def event(self, event_id: int) -> dict | None:
        return next(
            queries.events(self.conn, EventFilter(event_id=event_id, include_all=True)), None
        )

    def relations(self) -> list[dict]:
        return queries.relations(self.conn)

    def unknown_codes(self, codes: Iterable[str]) -> list[str]:
        return queries.unknown_codes(self.conn, codes)

    def unresolved_names(self, limit: int = 20) -> list[tuple[str, int]]:
        return queries.unresolved_names(self.conn, limit)

    def stats(self) -> dict:
        return {"schema_version": self.version, **queries.counts(self.conn)}


PRECISION = {"city": 0, "region": 1, "country": 2, "area": 3}


def _side_sql(table: str, key: str | None) -> str:
    """The condition on an actors row (`table`) for one side key (records.side_key)."""
    if key is None:
        return f"{table}.id IS NULL"
    if key.startswith("~"):
        return f"{table}.country IS NULL AND lower({table}.name) = ?"
    return f"{table}.country = ?"


def _side_args(key: str | None) -> tuple[str, ...]:
    if key is None:
        return ()
    return (key[1:],) if key.startswith("~") else (key,)


def _source(source: str | None, path: str | None) -> str | None:
    """Where an article came from: its source, else its file (without a JSONL line number)."""
    return source or (re.sub(r":\d+$", "", path) if path else None)


LOCATION = (
    "location_name",
    "location_country",
    "lat",
    "lon",
    "geonameid",
    "location_precision",
    "location_text",
    "location_article",
    "location_start",
    "location_end",
)


def _sharper(precision: str | None, country: str | None, row) -> bool:
    """Whether a place of this precision and country locates a stored event better: it had
    none, or this one is more precise and inside the same country ("Beijing" after "China")."""
    if row["location_name"] is None:
        return True
    rank = PRECISION.get(precision or "", 9)
    return rank < PRECISION.get(row["location_precision"] or "", 9) and (
        row["location_country"] is None or country == row["location_country"]
    )
