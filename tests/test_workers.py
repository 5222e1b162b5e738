"""Parsing and coding in worker processes: the same store as one process, in input order,
and a killed run resumes to it exactly."""

from __future__ import annotations

import json
import os
import sqlite3
from importlib.resources import files

import pytest

from diplograph.config import Settings
from diplograph.pipeline import ingest
from diplograph.records import Article
from diplograph.store.sqlite import Store
from diplograph.workers import WorkerPool, chunked, default_workers

SEEDS = str(files("diplograph") / "data" / "demo")
ARTICLES = str(files("tests") / "data" / "articles")


def test_workers_default_is_one_per_core():
    assert default_workers() == len(os.sched_getaffinity(0))


def test_workers_chunked_keeps_order_and_the_remainder():
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []


def dump(db) -> list:
    """Every row of every table, in row order, without the ingest timestamps."""
    conn = sqlite3.connect(db)
    out = []
    for (table,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        cols = [c for c in cols if not c.endswith("_at") and c != "run"]  # run: per ingest
        out.append((table, conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()))
    conn.close()
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The demo articles, a reprint pair, and short news items: a JSONL file plus folders."""
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    items = [
        "Japan and India signed a trade agreement in Tokyo on Friday.",
        "Russian troops shelled Kharkiv on Tuesday, Ukrainian officials said.",
        "The foreign ministers of France and Germany met in Paris on Monday.",
        "North Korea fired a ballistic missile into the Sea of Japan on Sunday.",
        "China criticised the United States over arms sales to Taiwan.",
    ]
    with path.open("w") as f:
        for i, text in enumerate(items):
            f.write(json.dumps({"id": f"n{i}", "text": text, "published": "2025-03-07"}) + "\n")
    return [SEEDS, ARTICLES, str(path)]


@pytest.fixture(scope="module")
def pool():
    settings = Settings(batch_size=2)  # several chunks in flight, out of step
    with WorkerPool(settings, 2) as pool:
        pids = pool.start()
        assert len(set(pids)) == 2 and os.getpid() not in pids
        yield pool


@pytest.fixture(scope="module")
def single(tmp_path_factory, corpus, pipeline):
    db = tmp_path_factory.mktemp("single") / "s.db"
    with Store(db) as store:
        report = ingest(corpus, store, Settings(db=str(db)), pipeline=pipeline)
    assert report.stored == 9 and report.new_events > 0
    return dump(db)


@pytest.mark.slow
def test_workers_pipe_yields_in_input_order(pool):
    articles = [
        Article(id=f"a{i}", text=f"Talks number {i} were held in Geneva.") for i in range(9)
    ]
    assert [c.article.id for c in pool.pipe(articles, batch_size=2)] == [a.id for a in articles]


@pytest.mark.slow
def test_workers_store_equals_the_single_process_store(tmp_path, corpus, pool, single):
    db = tmp_path / "w.db"
    with Store(db) as store:
        report = ingest(corpus, store, Settings(db=str(db), write_batch=4), pipeline=pool)
    assert report.stored == 9
    assert dump(db) == single


@pytest.mark.slow
@pytest.mark.parametrize("write_batch, kept", [(1, 3), (4, 0)])
def test_workers_killed_run_resumes_to_the_same_store(
    tmp_path, corpus, pool, single, monkeypatch, write_batch, kept
):
    db = tmp_path / "killed.db"
    settings = Settings(db=str(db), write_batch=write_batch)
    calls = {"n": 0}
    original = Store._insert_article

    def dies_in_the_fourth_article(self, *args):
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt
        return original(self, *args)

    monkeypatch.setattr(Store, "_insert_article", dies_in_the_fourth_article)
    with Store(db) as store, pytest.raises(KeyboardInterrupt):
        ingest(corpus, store, settings, pipeline=pool)
    monkeypatch.setattr(Store, "_insert_article", original)
    with Store(db) as store:
        assert store.stats()["articles"] == kept  # the unfinished transaction rolled back
        report = ingest(corpus, store, settings, pipeline=pool)
    assert (report.stored, report.skipped) == (9 - kept, kept)
    assert dump(db) == single


@pytest.mark.slow
def test_workers_ingest_starts_and_stops_its_own_pool(tmp_path, corpus, single):
    db = tmp_path / "own.db"
    with Store(db) as store:
        report = ingest(corpus, store, Settings(db=str(db)), workers=2)
    assert report.stored == 9
    assert dump(db) == single
