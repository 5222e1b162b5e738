"""Parsing and coding on a Dask cluster: `diplograph ingest --dask SCHEDULER_ADDRESS`.

    this process: articles -> chunks --client.submit--> Dask worker: code_chunk -> [Coded]
    this process: [Coded] in submission order ---------> the one writer (Store.add_many)

`DaskPool` has `WorkerPool.pipe`'s signature and contract: the same `Coded` records in input
order, so the store ends exactly as a single-process ingest leaves it. The task is
`diplograph.workers.code_chunk`, so each Dask worker process builds its pipeline once and keeps
it between tasks. Every worker needs diplograph and its spaCy model installed (see
docs/scale.md). "local" starts a `LocalCluster` of process workers on this machine.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from diplograph.config import Settings
from diplograph.errors import ConfigError
from diplograph.records import Article, Coded
from diplograph.workers import chunked, code_chunk, in_order, warm


class DaskPool:
    """Chunks of articles coded on a Dask cluster; results in input order."""

    name = "dask"

    def __init__(self, settings: Settings, address: str = "local", workers: int | None = None):
        self.settings = settings
        self.address = address
        self.local_workers = workers  # for "local": processes to start (default: cores)
        self._client = None
        self._cluster = None

    @property
    def client(self):
        if self._client is None:
            try:
                from dask.distributed import Client, LocalCluster
            except ImportError as exc:  # pragma: no cover - a dependency
                raise ConfigError("--dask needs dask[distributed] installed") from exc
            try:
                if self.address == "local":
                    self._cluster = LocalCluster(
                        n_workers=self.local_workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                    )
                    self._client = Client(self._cluster)
                else:
                    self._client = Client(self.address, timeout="30s")
            except OSError as exc:
                raise ConfigError(f"cannot reach the Dask scheduler {self.address}: {exc}") from exc
        return self._client

    def slots(self) -> int:
        """Tasks the cluster runs at once: its worker threads."""
        return max(1, sum(self.client.nthreads().values()))

    def start(self) -> dict[str, int]:
        """Build the pipeline on every worker now; returns worker address -> process id."""
        return self.client.run(warm, self.settings)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self) -> DaskPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def pipe(
        self, articles: Iterable[Article], *, batch_size: int | None = None, failures: bool = False
    ) -> Iterator[Coded]:
        """Code articles on the cluster; streams, in input order, with at most two chunks per
        worker thread in flight."""
        size = batch_size or self.settings.batch_size
        client = self.client
        submitted = (
            client.submit(code_chunk, self.settings, chunk, failures, pure=False)
            for chunk in chunked(articles, size)
        )
        yield from in_order(submitted, 2 * self.slots())
