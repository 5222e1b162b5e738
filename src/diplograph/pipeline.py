"""The pipeline: articles in, coded articles out, and the ingest run that stores them.

    read_articles -> NLP.pipe -> actors, dates, places -> EventCoder -> Store.add

`Pipeline.pipe` streams `Coded` records and never touches the store; `ingest` drives it over
files, skips what the store already holds (so an interrupted run resumes where it stopped),
and stores `settings.write_batch` articles per transaction. With `workers` > 1 the parsing
and coding run in worker processes (`diplograph.workers`); this process stays the one writer.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from diplograph.config import Settings
from diplograph.errors import InputError, InputWarning
from diplograph.records import Article, Coded, Parse


@dataclass(frozen=True, slots=True)
class CodingFailure:
    """An article a stage failed on (`Pipeline.pipe(..., failures=True)`)."""

    article: Article
    reason: str


class Pipeline:
    """All stages, each loaded once per process."""

    name = "pipeline"

    def __init__(self, settings: Settings):
        from diplograph.stages.actors import ActorDictionary
        from diplograph.stages.events import EventCoder, RoleModel, TriggerTagger
        from diplograph.stages.nlp import NLP
        from diplograph.stages.places import Gazetteer

        self.settings = settings
        self.nlp = NLP(settings.model, settings.max_article_chars)
        self.dictionary = ActorDictionary.load(settings.actors)
        self.gazetteer = Gazetteer.load()
        learned = settings.coder == "learned"
        self.coder = EventCoder(
            self.dictionary,
            date_fallback=settings.date_fallback,
            tagger=TriggerTagger.load() if learned else None,
            roles=RoleModel.load() if learned else None,
        )
        # What was just loaded lives as long as the process: out of the garbage collector's
        # sight, its full collections no longer walk it again and again (docs/scale.md).
        gc.freeze()

    def code(self, parse: Parse) -> Coded:
        """Find the mentions, time expressions and places in one parse, and code its events."""
        from diplograph.stages.actors import find_mentions, find_mentions_undated
        from diplograph.stages.dates import export_date, find_timexes
        from diplograph.stages.places import find_places
        from diplograph.stages.screen import event_sentences

        published = parse.article.published
        timexes = find_timexes(parse, published)
        if published is None:  # roles by the dates the article names, or by its people
            named = [export_date(t.value) for t in timexes if t.type == "DATE" and not t.anchor]
            mentions = find_mentions_undated(parse, self.dictionary, [v for v in named if v])
        else:
            mentions = find_mentions(parse, self.dictionary, published)
        places = find_places(parse, self.gazetteer)
        screened = event_sentences(parse, mentions, places)
        events, relations = self.coder.code(parse, mentions, timexes, places, screened)
        return Coded(
            parse, tuple(mentions), tuple(timexes), tuple(places), tuple(events), tuple(relations)
        )

    def pipe(
        self, articles: Iterable[Article], *, batch_size: int | None = None, failures: bool = False
    ) -> Iterator[Coded | CodingFailure]:
        """Parse articles in batches and code each; streams, in input order. An article a stage
        fails on raises, or with `failures` comes out as a CodingFailure and the rest go on."""
        for parse in self.nlp.pipe(articles, batch_size=batch_size or self.settings.batch_size):
            try:
                yield self.code(parse)
            except Exception as exc:  # noqa: BLE001 - one article's failure is its own
                if not failures:
                    raise
                yield CodingFailure(parse.article, f"{type(exc).__name__}: {exc}")


@dataclass
class IngestReport:
    read: int = 0  # articles read from the inputs
    stored: int = 0  # new articles stored
    skipped: int = 0  # already in the store (same content)
    near_duplicates: int = 0
    new_events: int = 0  # asserted, as `stats` counts events
    not_asserted: int = 0  # new events not asserted (hypothetical, negated, ...)
    fused_mentions: int = 0
    errors: list[InputError] = field(default_factory=list)  # inputs not stored
    warnings: list[InputWarning] = field(default_factory=list)  # stored without a bad field


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
    given, are ingested instead of reading `paths` (`diplograph watch` passes what it fetched).

    An article that a stage fails on costs only itself: with on_error, the failure is reported
    as an InputError naming the article and the run goes on; without, it is raised. A
    StoreError (the disk is full) ends the run: what was stored before stays stored."""
    from diplograph.fetch import read_sources

    report = IngestReport()

    def failed(error: InputError) -> None:
        if isinstance(error, InputWarning):
            report.warnings.append(error)
        else:
            report.errors.append(error)
        if on_error:
            on_error(error)

    def fresh() -> Iterator[Article]:
        seen: set[str] = set()
        source = read_sources(
            paths, published=published, on_error=failed, max_chars=settings.max_article_chars
        )
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
            if added is None:  # another ingest stored the same text meanwhile
                report.skipped += 1
                if on_article:
                    on_article(coded.article, "skipped")
                continue
            report.stored += 1
            report.near_duplicates += added.duplicate_of is not None
            report.new_events += added.new_events
            report.not_asserted += added.new_not_asserted
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
        for coded in pipeline.pipe(fresh(), failures=on_error is not None):
            if isinstance(coded, CodingFailure):
                failed(InputError(f"cannot be coded ({coded.reason})", coded.article.path))
                continue
            batch.append(coded)
            if len(batch) >= settings.write_batch:
                write(batch)
                batch = []
        write(batch)
    finally:
        if hasattr(owned, "close"):
            owned.close()
    return report
