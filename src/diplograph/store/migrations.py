"""Bring a store's schema up to date."""

from __future__ import annotations

import sqlite3

from diplograph.errors import StoreError
from diplograph.store.schema import MIGRATIONS, VERSION


def schema_version(conn: sqlite3.Connection) -> int:
    """How many migrations the store has applied (PRAGMA user_version)."""
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations a store lacks, all or none. Returns the schema version."""
    current = schema_version(conn)
    if current > VERSION:
        raise StoreError(
            f"the store has schema version {current}, newer than this diplograph ({VERSION})"
        )
    if current == VERSION:
        return current
    try:
        conn.execute("BEGIN IMMEDIATE")  # the write lock; then look again: another process
        current = schema_version(conn)  # opening a new store at once may have migrated it
        for number in range(current, VERSION):
            for statement in statements(MIGRATIONS[number]):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {VERSION}")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:  # SQLite has rolled back already on a full disk
            conn.execute("ROLLBACK")
        raise StoreError(f"cannot migrate the store to version {VERSION}: {exc}") from exc
    return VERSION


def statements(script: str) -> list[str]:
    """The complete SQL statements of a script, in order; a trigger's body stays whole."""
    out, pending = [], ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending.strip())
            pending = ""
    return out
