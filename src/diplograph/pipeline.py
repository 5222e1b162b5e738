"""The pipeline: articles in, coded articles out, and the ingest run that stores them.

    read_articles -> NLP.pipe -> actors, dates, places -> EventCoder -> Store.add

`Pipeline.pipe` streams `Coded` records and never touches the store; `ingest` drives it over
files, skips what the store already holds (so an interrupted run resumes where it stopped),
and stores each article in its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from diplograph.config import Settings
from diplograph.errors import InputError, InputWarning
from diplograph.records import Article, Coded, Parse


class Pipeline:
    """All stages, each loaded once per process."""

    name = "pipeline"

    def __init__(self, settings: Settings):
        from diplograph.stages.actors import ActorDictionary
        from diplograph.stages.events import EventCoder, TriggerTagger
        from diplograph.stages.nlp import NLP
        from diplograph.stages.places import Gazetteer

        self.settings = settings
        self.nlp = NLP(settings.model, settings.max_article_chars)
        self.dictionary = ActorDictionary.load(settings.actors)
        self.gazetteer = Gazetteer.load()
        tagger = TriggerTagger.load() if settings.coder == "learned" else None
        self.coder = EventCoder(
            self.dictionary, date_fallback=settings.date_fallback, tagger=tagger
        )

    def code(self, parse: Parse) -> Coded:
        """Find the mentions, time expressions and places in one parse, and code its events."""
        from diplograph.stages.actors import find_mentions, find_mentions_undated
        from diplograph.stages.dates import export_date, find_timexes
        from diplograph.stages.places import find_places

        published = parse.article.published
        timexes = find_timexes(parse, published)
        if published is None:  # roles by the dates the article names, or by its people
            named = [export_date(t.value) for t in timexes if t.type == "DATE" and not t.anchor]
            mentions = find_mentions_undated(parse, self.dictionary, [v for v in named if v])
        else:
            mentions = find_mentions(parse, self.dictionary, published)
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
) -> IngestReport:
    """Read, code and store articles. Errors in one file or record go to on_error (and the
    report); the rest is still ingested. on_article(article, outcome) follows progress.

    An article that a stage fails on costs only itself: with on_error, the failure is reported
    as an InputError naming the article and the run goes on; without, it is raised. A
    StoreError (the disk is full) ends the run: what was stored before stays stored."""
    from diplograph.stages.ingest import read_articles

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
        for article in read_articles(
            paths, published=published, on_error=failed, max_chars=settings.max_article_chars
        ):
            report.read += 1
            if article.hash in seen or store.has_article(article.hash):
                report.skipped += 1
                if on_article:
                    on_article(article, "skipped")
                continue
            seen.add(article.hash)
            yield article

    pipeline = pipeline or Pipeline(settings)
    for parse in pipeline.nlp.pipe(fresh(), batch_size=settings.batch_size):
        try:
            coded = pipeline.code(parse)
        except Exception as exc:  # noqa: BLE001 - one article's failure is its own
            if on_error is None:
                raise
            article = parse.article
            failed(InputError(f"cannot be coded ({type(exc).__name__}: {exc})", article.path))
            continue
        added = store.add(coded)
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
    return report
