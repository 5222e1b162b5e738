"""Stores for the analysis tests: synthetic ones written row by row, and the seed store."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from diplograph.store.sqlite import Store

COOPERATE, CONFLICT = 4.0, -8.0


def insert(
    store: Store,
    actor: str,
    recipient: str,
    date: str | None,
    event_type: str = "CONSULT",
    intensity: float = COOPERATE,
    sources: int = 1,
    mode: str | None = None,
    asserted: bool = True,
    text: str | None = None,
) -> int:
    """One event between two actors (codes are their countries), reported by `sources`
    articles of its own. Returns the event id."""
    c = store.conn
    ids = []
    for code in (actor, recipient):
        c.execute(
            "INSERT OR IGNORE INTO actors (code, country, sector, name) VALUES (?,?,NULL,?)",
            (code, code, code),
        )
        ids.append(
            c.execute("SELECT id FROM actors WHERE code = ? AND name = ?", (code, code)).fetchone()[
                0
            ]
        )
    event = c.execute(
        "INSERT INTO events (event_type, mode, actor, recipient, date, intensity, asserted,"
        " reports, sources) VALUES (?,?,?,?,?,?,?,?,?)",
        (event_type, mode, ids[0], ids[1], date, intensity, int(asserted), sources, sources),
    ).lastrowid
    sentence = text or f"{actor} {event_type} {recipient} {date or 'undated'}."
    for n in range(sources):
        article = c.execute(
            "INSERT INTO articles (article_id, hash, text) VALUES (?,?,?)",
            (f"e{event}-{n}", f"h{event}-{n}", sentence),
        ).lastrowid
        c.execute(
            "INSERT INTO event_mentions (event, article, sentence, sentence_start, sentence_end,"
            " text, trigger, trigger_start, trigger_end, date, fusion)"
            " VALUES (?,?,0,0,?,?,?,0,1,?,'new event')",
            (event, article, len(sentence), sentence, event_type.lower(), date),
        )
    return event


def relation(store: Store, kind: str, members: list[str], since: str | None, text: str) -> None:
    """A standing relation as the coder would have stored it from one sentence."""
    c = store.conn
    article = c.execute(
        "INSERT INTO articles (article_id, hash, text) VALUES (?,?,?)",
        (f"r-{'-'.join(members)}", f"r-{'-'.join(members)}-{kind}", text),
    ).lastrowid
    c.execute(
        "INSERT INTO relations (type, members, since, article, sentence, evidence, start, end)"
        " VALUES (?,?,?,?,0,?,0,?)",
        (kind, json.dumps(members), since, article, text, len(text)),
    )


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "analysis.db")
    yield s
    s.close()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """The two seed articles through the whole pipeline, once per session."""
    from diplograph.config import Settings
    from diplograph.pipeline import ingest

    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    settings = Settings(db=str(path))
    with Store(path) as s:
        ingest([str(files("diplograph") / "data" / "demo")], s, settings)
    s = Store(path)
    yield s
    s.close()
