"""What placing adds to the pipeline: spaCy parse time vs find_places time on 1,000 AG News
items, with the gazetteer loaded once (its load time is printed apart).

    .venv/bin/python bench/bench_places.py [N]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from diplograph.records import Article
from diplograph.stages.nlp import NLP
from diplograph.stages.places import Gazetteer, find_places

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/agnews-world/agnews_world_test.jsonl"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:n]
    articles = [Article(id=o["id"], text=o["text"]) for o in map(json.loads, lines)]
    nlp = NLP()
    t0 = time.perf_counter()
    gazetteer = Gazetteer.load()
    load = time.perf_counter() - t0

    t0 = time.perf_counter()
    parses = list(nlp.pipe(articles, batch_size=64))
    parse_time = time.perf_counter() - t0

    t0 = time.perf_counter()
    count = sum(len(find_places(p, gazetteer)) for p in parses)
    place_time = time.perf_counter() - t0

    print(f"{len(parses)} articles, {count} places")
    print(f"gazetteer load (once per process): {load:.2f} s")
    print(f"nlp parse: {parse_time:.2f} s; find_places: {place_time:.2f} s")
    print(f"placing adds {100 * place_time / parse_time:.1f}% to parsing")
    print(f"with the load counted: {100 * (place_time + load) / parse_time:.1f}%")


if __name__ == "__main__":
    main()
