"""Parsing and coding in worker processes, storing in one: `diplograph ingest --workers N`.

    parent: articles -> chunks ---submit---> worker k: Pipeline.pipe(chunk) -> [Coded]
    parent: [Coded] in submission order ---> the one writer (Store.add_many)

`WorkerPool.pipe` has the signature of `Pipeline.pipe` and yields the same `Coded` records in
the same (input) order, so `ingest` stores exactly what one process stores: fusion and
near-duplicate detection see the articles in the same order. Each worker builds its `Pipeline`
(spaCy model, actor dictionary, gazetteer, coder) once, on its first chunk. At most
`2 * workers` chunks are in flight, so memory does not grow with the corpus.

Workers are started with "spawn": the parent may run threads (the progress bar), and a forked
copy of a threaded process can deadlock. A worker whose parent dies (killed with SIGKILL, so it
cannot shut the pool down) exits within a second instead of coding queued chunks for nobody.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from itertools import islice

from diplograph.config import Settings
from diplograph.pipeline import CodingFailure
from diplograph.records import Article, Coded, Parse


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def chunked(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def in_order(submitted: Iterable[Future], limit: int) -> Iterator[Coded]:
    """The coded articles of chunks submitted lazily (a ProcessPoolExecutor's or a Dask
    client's futures), in submission order, with at most `limit` chunks in flight; those still
    in flight are cancelled when the reader stops early."""
    pending: deque[Future] = deque()
    try:
        for future in submitted:
            pending.append(future)
            if len(pending) >= limit:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def watch_parent(parent: int) -> None:
    """Run in each worker at start: a daemon thread that ends the worker once its parent is
    gone (the worker is then re-parented, so its parent id changes)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


@lru_cache(maxsize=1)
def worker_pipeline(settings: Settings):
    """The pipeline of this worker process, built on its first chunk and kept."""
    from diplograph.pipeline import Pipeline

    return Pipeline(settings)


def code_chunk(settings: Settings, articles: list[Article], failures: bool = False) -> list:
    """Parse and code one chunk of articles in a worker (the task each worker runs).

    What comes back is what the store reads: the parse keeps its article and sentences, not
    its tokens, entities and noun chunks, which were three quarters of the bytes sent back and
    took the writer process a tenth of the coding time to unpickle. An article a stage failed
    on comes back as a CodingFailure when `failures` (Pipeline.pipe)."""
    pipeline = worker_pipeline(settings)
    coded = pipeline.pipe(articles, batch_size=settings.batch_size, failures=failures)
    return [c if isinstance(c, CodingFailure) else slim(c) for c in coded]


def slim(coded: Coded) -> Coded:
    """`coded` without the token-level parse (the store reads the article and sentences)."""
    parse = Parse(article=coded.parse.article, tokens=(), sentences=coded.parse.sentences)
    return dataclasses.replace(coded, parse=parse)


# Coded by each worker as the pool starts: what the stages build on first use (the tolerant
# name index, the date rules' expressions) is then built while loading, not in the first chunk.
WARM_UP = Article(
    id="warm-up",
    text="GENEVA, May 3 (Reuters) - Iran's foreign minister met the Frnech president in Geneva"
    " on Monday, two days after protesters in Tehran denounced the talks.",
)


def warm(settings: Settings) -> int:
    """Build the worker's pipeline now and code a short article with it; returns the worker's
    process id."""
    for _ in worker_pipeline(settings).pipe([WARM_UP]):
        pass
    return os.getpid()


class WorkerPool:
    """`workers` processes that parse and code; results come back in input order."""

    name = "workers"

    def __init__(self, settings: Settings, workers: int | None = None):
        self.settings = settings
        self.workers = max(1, workers or default_workers())
        self._executor: ProcessPoolExecutor | None = None

    def start(self) -> list[int]:
        """Start the workers, load their models and warm them up (otherwise done on the first
        chunks). Returns the process ids that answered."""
        executor = self._pool()
        futures = [executor.submit(warm, self.settings) for _ in range(self.workers)]
        return [f.result() for f in futures]

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=watch_parent,
                initargs=(os.getpid(),),
            )
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def pipe(
        self, articles: Iterable[Article], *, batch_size: int | None = None, failures: bool = False
    ) -> Iterator[Coded]:
        """Code articles in the workers; streams, in input order (failures as Pipeline.pipe)."""
        size = batch_size or self.settings.batch_size
        executor = self._pool()
        submitted = (
            executor.submit(code_chunk, self.settings, chunk, failures)
            for chunk in chunked(articles, size)
        )
        yield from in_order(submitted, 2 * self.workers)
