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
