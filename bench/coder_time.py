"""Child of `bench_coder_then.py`: the default coder's CPU milliseconds per article, using only
what every version of diplograph has, so it runs against an earlier tree on PYTHONPATH.

    PYTHONPATH=TREE/src python3 bench/coder_time.py N
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

from diplograph.config import Settings
from diplograph.pipeline import Pipeline
from diplograph.records import Article
from diplograph.stages.actors import find_mentions
from diplograph.stages.dates import find_timexes
from diplograph.stages.places import find_places

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/agnews-world/agnews_world_test.jsonl"


def main() -> None:
    n = int(sys.argv[1])
    with CORPUS.open(encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(n), f, strict=False)]
    articles = [Article(id=r["id"], text=r["text"], published=date(2004, 9, 1)) for r in records]
    pipeline = Pipeline(Settings())
    try:  # the sentence screen the pipeline applies since issue 22
        from diplograph.stages.screen import event_sentences
    except ImportError:
        event_sentences = None
    inputs = []
    for parse in pipeline.nlp.pipe(articles, batch_size=32):
        found = (
            parse,
            find_mentions(parse, pipeline.dictionary, parse.article.published),
            find_timexes(parse, parse.article.published),
            find_places(parse, pipeline.gazetteer),
        )
        if event_sentences is not None:
            found += (event_sentences(parse, found[1], found[3]),)
        inputs.append(found)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for found in inputs:
            pipeline.coder.code(*found)
        best = min(best, time.process_time() - start)
    print(f"{1000 * best / len(inputs):.4f}")


if __name__ == "__main__":
    main()
