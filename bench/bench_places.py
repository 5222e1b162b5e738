"""What placing adds to the pipeline: spaCy parse time vs find_places time on 1,000 AG News
items, with the gazetteer loaded once (its load time and the memory it adds are printed apart,
and the time to build its index into an empty cache directory).

    .venv/bin/python bench/bench_places.py [N]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from diplograph.records import Article
from diplograph.stages.nlp import NLP
from diplograph.stages.places import Gazetteer, find_places
from diplograph.stages.places.index import open_gazetteer

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/agnews-world/agnews_world_test.jsonl"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:n]
    articles = [Article(id=o["id"], text=o["text"]) for o in map(json.loads, lines)]
    nlp = NLP()
    before = rss_mb()
    t0 = time.perf_counter()
    gazetteer = Gazetteer.load()
    load = time.perf_counter() - t0
    added = rss_mb() - before

    t0 = time.perf_counter()
    parses = list(nlp.pipe(articles, batch_size=64))
    parse_time = time.perf_counter() - t0

    parsed = rss_mb()
    t0 = time.perf_counter()
    count = sum(len(find_places(p, gazetteer)) for p in parses)
    place_time = time.perf_counter() - t0
    lookups = rss_mb() - parsed  # the names looked up, remembered

    print(f"{len(parses)} articles, {count} places")
    print(f"gazetteer load (once per process): {load:.2f} s, adds {added:.0f} MB RSS")
    print(f"nlp parse: {parse_time:.2f} s; find_places: {place_time:.2f} s")
    print(f"placing adds {100 * place_time / parse_time:.1f}% to parsing")
    print(f"with the load counted: {100 * (place_time + load) / parse_time:.1f}%")
    print(f"RSS added while placing (names looked up and remembered): {lookups:.0f} MB")
    with tempfile.TemporaryDirectory() as cache:
        t0 = time.perf_counter()
        open_gazetteer(Path(cache))
        print(f"building the index into an empty cache (once per machine): "
              f"{time.perf_counter() - t0:.1f} s")  # fmt: skip


def rss_mb() -> float:
    """This process's resident memory now, in MB (Linux)."""
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmRSS:")[1].split()[0]) / 1024


if __name__ == "__main__":
    main()
