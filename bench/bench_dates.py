"""How much dating adds to ingestion, and how fast `diplograph dates --batch` runs.

    .venv/bin/python bench/bench_dates.py [--n 1000] [--published 2024-06-20] [--repeat N]

Parses N AG News items (World class) once with the NLP stage, times that, then times
find_timexes on the same Parses: the share is dating time / (parse time + dating time), in wall
time and in this process's CPU time (steadier when other jobs share the machine). Then it
runs the `dates --batch` generator on the same items written as JSONL and prints articles/s.
AG News items carry no date; every item gets --published so relative expressions resolve.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import date
from itertools import islice
from pathlib import Path
from statistics import median

from diplograph.cli.common import Batch
from diplograph.cli.dates import batch_dates
from diplograph.config import Settings
from diplograph.records import Article
from diplograph.stages.dates import find_timexes
from diplograph.stages.nlp import NLP

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/agnews-world/agnews_world_test.jsonl"


def _items(n: int) -> list[dict]:
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in islice(f, n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="how many articles")
    parser.add_argument("--published", default="2024-06-20", help="the date given to every item")
    parser.add_argument(
        "--repeat", type=int, default=1, help="run find_timexes this many times (CPU min, median)"
    )
    args = parser.parse_args()
    published = date.fromisoformat(args.published)
    items = _items(args.n)
    articles = [Article(id=x["id"], text=x["text"], published=published) for x in items]

    nlp = NLP()
    list(nlp.pipe(articles[:20]))  # warm up
    t0, c0 = time.perf_counter(), time.process_time()
    parses = list(nlp.pipe(articles, batch_size=64))
    parse_seconds, parse_cpu = time.perf_counter() - t0, time.process_time() - c0

    t0, c0 = time.perf_counter(), time.process_time()
    found = sum(len(find_timexes(p, published)) for p in parses)
    dating_seconds, dating_cpu = time.perf_counter() - t0, time.process_time() - c0
    runs = [dating_cpu]
    for _ in range(args.repeat - 1):
        c0 = time.process_time()
        sum(len(find_timexes(p, published)) for p in parses)
        runs.append(time.process_time() - c0)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "items.jsonl"
        path.write_text("".join(json.dumps({"id": x["id"], "text": x["text"],
                                            "published": args.published}) + "\n"
                                for x in items), encoding="utf-8")  # fmt: skip
        t0 = time.perf_counter()
        lines = sum(1 for _ in batch_dates(Batch(str(path), Settings().max_article_chars)))
        batch_seconds = time.perf_counter() - t0

    share = dating_seconds / (parse_seconds + dating_seconds)
    print(f"articles {len(parses)}, time expressions {found}")
    print(f"nlp parse {parse_seconds:.2f} s, find_timexes {dating_seconds:.3f} s")
    print(f"dating share of pipeline time {100 * share:.1f}%")
    print(  # CPU time of this process: steadier than wall time on a shared machine
        f"cpu: nlp parse {parse_cpu:.2f} s, find_timexes {dating_cpu:.3f} s, "
        f"share {100 * dating_cpu / (parse_cpu + dating_cpu):.1f}%"
    )
    if args.repeat > 1:
        cpu = f"min {min(runs):.3f} s, median {median(runs):.3f} s"
        print(f"cpu find_timexes x{args.repeat}: {cpu}")
    print(
        f"dates --batch {lines / batch_seconds:.0f} articles/s ({lines} in {batch_seconds:.2f} s)"
    )


if __name__ == "__main__":
    main()
