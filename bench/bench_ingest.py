"""Throughput of the whole pipeline on AG News items, with each stage's share of the time.

    python3 bench/bench_ingest.py [N]      (default 1,000 items)

Prints articles/s for parse + code + store, the seconds spent in each stage, and peak memory.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

from diplograph.config import Settings
from diplograph.pipeline import Pipeline
from diplograph.records import Article, Coded
from diplograph.stages.actors import find_mentions
from diplograph.stages.dates import find_timexes
from diplograph.stages.places import find_places
from diplograph.store.sqlite import Store

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/agnews-world/agnews_world_test.jsonl"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with CORPUS.open(encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(n), f, strict=False)]
    articles = [Article(id=r["id"], text=r["text"], published=date(2004, 9, 1)) for r in records]
    t0 = time.perf_counter()
    pipeline = Pipeline(Settings())
    load = time.perf_counter() - t0
    spent: dict[str, float] = defaultdict(float)

    def timed(name, fn, *args):
        t = time.perf_counter()
        out = fn(*args)
        spent[name] += time.perf_counter() - t
        return out

    events = 0
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        start = time.perf_counter()
        parses = iter(pipeline.nlp.pipe(articles, batch_size=pipeline.settings.batch_size))
        while True:
            parse = timed("nlp", next, parses, None)
            if parse is None:
                break
            published = parse.article.published
            mentions = timed("actors", find_mentions, parse, pipeline.dictionary, published)
            timexes = timed("dates", find_timexes, parse, published)
            places = timed("places", find_places, parse, pipeline.gazetteer)
            coded_events, relations = timed(
                "events", pipeline.coder.code, parse, mentions, timexes, places
            )
            coded = Coded(
                parse,
                tuple(mentions),
                tuple(timexes),
                tuple(places),
                tuple(coded_events),
                tuple(relations),
            )
            timed("store", store.add, coded)
            events += len(coded_events)
        total = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(articles)} articles, {events} event reports, models loaded in {load:.1f} s")
    print(
        f"pipeline: {total:.1f} s, {len(articles) / total:.1f} articles/s, peak RSS {peak:.0f} MB"
    )
    for name, seconds in spent.items():
        print(f"  {name:<7} {seconds:6.2f} s  {100 * seconds / total:5.1f}%")


if __name__ == "__main__":
    main()
