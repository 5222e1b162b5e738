"""Store.add_many: many articles in one transaction, stored exactly as one add() each."""

from __future__ import annotations

import pytest

from diplograph.store.sqlite import Store
from tests.conftest import coded, make_article

TEXTS = [
    "Japan and China met in Tokyo.",
    "Germany and France met in Berlin.",
    "Japan and China met in Tokyo again.",
]


def batch():
    return [
        coded(make_article(f"a{i}", text), [(0, "CONSULT", "JPN", "CHN", "2024-06-20")])
        for i, text in enumerate(TEXTS)
    ]


def rows(store: Store) -> list:
    out = []
    for table in ("articles", "events", "event_mentions", "sentences"):
        cols = [r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")]
        cols = [c for c in cols if not c.endswith("_at") and c != "run"]  # run: per ingest
        out.append(store.conn.execute(f"SELECT {','.join(cols)} FROM {table}").fetchall())
    return [[tuple(r) for r in table] for table in out]


def test_sqlite_add_many_equals_one_add_each(tmp_path):
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "many.db") as many:
        singles = [one.add(c) for c in batch()]
        assert many.add_many(batch()) == singles
        assert rows(many) == rows(one)


def test_sqlite_add_many_failure_stores_none_of_the_batch(tmp_path, monkeypatch):
    with Store(tmp_path / "s.db") as store:
        store.add(batch()[0])
        calls = {"n": 0}
        original = Store._insert_mention

        def dies_on_the_second(self, *args):
            calls["n"] += 1
            if calls["n"] == 2:
                raise KeyboardInterrupt
            return original(self, *args)

        monkeypatch.setattr(Store, "_insert_mention", dies_on_the_second)
        with pytest.raises(KeyboardInterrupt):
            store.add_many(batch()[1:])
        monkeypatch.setattr(Store, "_insert_mention", original)
        assert store.stats()["articles"] == 1
        # the near-duplicate index forgot the rolled-back articles: a retry stores them all
        assert [a.article for a in store.add_many(batch()[1:])] == [2, 3]
        assert store.stats()["articles"] == 3
