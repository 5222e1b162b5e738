"""Migration 2: events keep their sides' countries, old stores included."""

from __future__ import annotations

import sqlite3

from diplograph.store.migrations import statements
from diplograph.store.schema import MIGRATIONS
from diplograph.store.sqlite import Store
from tests.analysis.conftest import insert


def test_store_migration_fills_countries_of_a_version_1_store(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO actors (id, code, country) VALUES (1, 'RUSGOV', 'RUS'), (2, 'PRK', 'PRK')"
    )
    conn.execute(
        "INSERT INTO events (event_type, actor, recipient, date, asserted) VALUES"
        " ('CONSULT', 1, 2, '2024-06-19', 1)"
    )
    conn.commit()
    conn.close()
    with Store(path) as store:
        row = store.conn.execute("SELECT actor_country, recipient_country FROM events").fetchone()
        assert tuple(row) == ("RUS", "PRK")


def test_store_trigger_sets_countries_on_insert(store):
    event = insert(store, "FRA", "DEU", "2020")
    row = store.conn.execute(
        "SELECT actor_country, recipient_country FROM events WHERE id = ?", (event,)
    ).fetchone()
    assert tuple(row) == ("FRA", "DEU")


def test_store_statements_keep_a_trigger_body_whole():
    script = "CREATE TABLE t (a); CREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1; END; SELECT 2;"
    assert len(statements(script)) == 3


def test_store_migration_6_lets_a_country_s_events_be_read_from_indexes_alone(tmp_path):
    path = tmp_path / "v4.db"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:4]:
        for statement in statements(script):
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Store(path) as store:
        insert(store, "FRA", "DEU", "2020")
        plans = {
            sql: " ".join(r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}", args))
            for sql, args in (
                (
                    "SELECT recipient_country, event_type, mode, date, sources FROM events"
                    " WHERE actor_country = ? AND asserted = 1",
                    ["FRA"],
                ),
                (
                    "SELECT actor_country, event_type, mode FROM events"
                    " WHERE recipient_country = ? AND asserted = 1",
                    ["DEU"],
                ),
                ("SELECT article FROM event_mentions WHERE event = ?", [1]),
            )
        }
    assert all("COVERING INDEX" in plan for plan in plans.values()), plans
