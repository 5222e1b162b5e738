"""The pipeline: articles in, coded articles out, and the ingest run that stores them.

    read_articles -> NLP.pipe -> actors, dates, places -> EventCoder -> Store.add

`Pipeline.pipe` streams `Coded` records and never touches the store; `ingest` drives it over
files, skips what the store already holds (so an interrupted run resumes where it stopped),
and stores `settings.write_batch` articles per transaction. With `workers` > 1 the parsing
and coding run in worker processes (`diplograph.workers`); this process stays the one writer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from diplograph.config import Settings
from diplograph.errors import InputError
from diplograph.records import Article, Coded, Parse


class Pipeline:
    """All stages, each loaded once per process."""

    name = "pipeline"

    def __init__(self, settings: Settings):
        from diplograph.stages.actors import ActorDictionary
        from diplograph.stages.events import EventCoder
        from diplograph.stages.nlp import NLP
        from diplograph.stages.places import Gazetteer

        self.settings = settings
        self.nlp = NLP(settings.model)
        self.dictionary = ActorDictionary.load(settings.actors)
        self.gazetteer = Gazetteer.load()
        self.coder = EventCoder(self.dictionary, date_fallback=settings.date_fallback)

    def code(self, parse: Parse) -> Coded:
        """Find the mentions, time expressions and places in one parse, and code its events."""
        from diplograph.stages.actors import find_mentions
        from diplograph.stages.dates import find_timexes
        from diplograph.stages.places import find_places

        published = parse.article.published
        mentions = find_mentions(parse, self.dictionary, published)
        timexes = find_timexes(parse, published)
        places = find_places(parse, self.gazetteer)
        events, relations = self.coder.code(parse, mentions, timexes, places)
        return Coded(
            parse, tuple(mentions), tuple(timexes), tuple(places), tuple(events), tuple(relations)
        )

    def pipe(
        self, articles: Iterable[Article], *, batch_size: int | None = None
    ) -> Iterator[Coded]:
        """Parse articles in batches and code each; streams, in input order."""
        for parse in self.nlp.pipe(articles, batch_size=batch_size or self.settings.batch_size):
            yield self.code(parse)


@dataclass
class IngestReport:
    read: int = 0  # articles read from the inputs
    stored: int = 0  # new articles stored
    skipped: int = 0  # already in the store (same content)
    near_duplicates: int = 0
    new_events: int = 0
    fused_mentions: int = 0
    errors: list[InputError] = field(default_factory=list)


def ingest(
    paths: Sequence[str | Path],
    store,
    settings: Settings,
    *,
    published: date | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_article: Callable[[Article, str], None] | None = None,
    pipeline: Pipeline | None = None,
    workers: int | None = None,
    dask: str | None = None,
    articles: Iterable[Article] | None = None,
) -> IngestReport:
    """Read, code and store articles. Errors in one file or record go to on_error (and the
    report); the rest is still ingested. on_article(article, outcome) follows progress.

    `pipeline` is anything with `Pipeline.pipe`'s signature (a `WorkerPool` too); without it,
    `workers` (default `settings.workers`; 0 = all cores) processes parse and code, or, with
    `dask` (a scheduler address, or "local"), the workers of a Dask cluster.
    Paths starting with http:// or https:// are fetched (`diplograph.fetch`); `articles`, if
    given, are ingested instead of reading `paths` (`diplograph watch` passes what it fetched)."""
    from diplograph.fetch import read_sources

    report = IngestReport()

    def failed(error: InputError) -> None:
        report.errors.append(error)
        if on_error:
            on_error(error)

    def fresh() -> Iterator[Article]:
        seen: set[str] = set()
        source = read_sources(paths, published=published, on_error=failed)
        for article in source if articles is None else articles:
            report.read += 1
            if article.hash in seen or store.has_article(article.hash):
                report.skipped += 1
                if on_article:
                    on_article(article, "skipped")
                continue
            seen.add(article.hash)
            yield article

    def write(batch: list[Coded]) -> None:
        for coded, added in zip(batch, store.add_many(batch), strict=True):
            report.stored += 1
            report.near_duplicates += added.duplicate_of is not None
            report.new_events += added.new_events
            report.fused_mentions += added.fused_mentions
            if on_article:
                on_article(coded.article, "stored")

    owned = None
    if pipeline is None and dask:
        from diplograph.parallel import DaskPool

        pipeline = owned = DaskPool(settings, dask, workers or settings.workers or None)
    if pipeline is None:
        from diplograph.workers import WorkerPool, default_workers

        n = settings.workers if workers is None else workers
        n = n or default_workers()
        pipeline = owned = Pipeline(settings) if n == 1 else WorkerPool(settings, n)
    try:
        batch: list[Coded] = []
        for coded in pipeline.pipe(fresh()):
            batch.append(coded)
            if len(batch) >= settings.write_batch:
                write(batch)
                batch = []
        write(batch)
    finally:
        if hasattr(owned, "close"):
            owned.close()
    return report
