"""Parsing and coding on a Dask cluster gives the store a single process gives."""

from __future__ import annotations

import os

import pytest

from diplograph.config import Settings
from diplograph.pipeline import ingest
from diplograph.store.sqlite import Store
from tests.test_workers import corpus, dump, single  # noqa: F401 (fixtures)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(
        processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        yield cluster


def test_parallel_dask_ingest_runs_in_workers_and_equals_one_process(
    tmp_path,
    corpus,  # noqa: F811
    single,  # noqa: F811
    cluster,
):
    from dask.distributed import Client

    from diplograph.workers import worker_pipeline

    db = tmp_path / "dask.db"
    settings = Settings(db=str(db), batch_size=2, write_batch=4)
    with Store(db) as store:
        report = ingest(corpus, store, settings, dask=cluster.scheduler_address)
    assert report.stored == 9
    assert dump(db) == single
    with Client(cluster) as client:
        pids = client.run(os.getpid)
        calls = client.run(lambda: worker_pipeline.cache_info())
    assert len(set(pids.values())) == 2 and os.getpid() not in pids.values()
    # the 5 chunks (9 articles, 2 a chunk) ran in the workers, each building its pipeline once
    assert sum(c.hits + c.misses for c in calls.values()) == 5
    assert all(c.currsize == (c.hits + c.misses > 0) for c in calls.values())
    assert worker_pipeline.cache_info().currsize == 0  # nothing was coded here
