"""Time of the event coder per article: the rules alone against the rules and the trigger tagger,
and against the learned coder as shipped (the tagger and the argument-role model).

    python3 bench/bench_coder.py [N]      (default 1,000 AG News items)

Parses N items once, finds their actors, dates and places once, then codes every article with
each coder (alternating, three rounds, the fastest round kept) and prints milliseconds per
article, the ratio, and the coder's share of the whole pipeline's time with the learned coder.
Times are this process's CPU time, so other jobs on the machine do not count in them.
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
from diplograph.stages.events import EventCoder, RoleModel, TriggerTagger
from diplograph.stages.places import find_places

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/agnews-world/agnews_world_test.jsonl"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with CORPUS.open(encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(n), f, strict=False)]
    articles = [Article(id=r["id"], text=r["text"], published=date(2004, 9, 1)) for r in records]
    pipeline = Pipeline(Settings(coder="rules"))
    t0 = time.process_time()
    inputs = []
    for parse in pipeline.nlp.pipe(articles, batch_size=32):
        published = parse.article.published
        inputs.append(
            (
                parse,
                find_mentions(parse, pipeline.dictionary, published),
                find_timexes(parse, published),
                find_places(parse, pipeline.gazetteer),
            )
        )
    upstream = time.process_time() - t0
    tagger = TriggerTagger.load()
    if tagger is None:
        sys.exit("no trigger model is shipped (src/diplograph/data/models/triggers.npz)")
    coders = {
        "rules": pipeline.coder,
        "tagger": EventCoder(pipeline.dictionary, tagger=tagger),
        "learned": EventCoder(pipeline.dictionary, tagger=tagger, roles=RoleModel.load()),
    }
    best = {name: float("inf") for name in coders}
    counts = {}
    for _ in range(3):
        for name, coder in coders.items():
            start = time.process_time()
            counts[name] = sum(len(coder.code(*args)[0]) for args in inputs)
            best[name] = min(best[name], time.process_time() - start)
    per = {name: 1000 * s / len(inputs) for name, s in best.items()}
    print(f"{len(inputs)} articles; parse, actors, dates and places: {upstream:.1f} s")
    for name in coders:
        print(f"  {name:<8} {per[name]:6.2f} ms/article  {counts[name]} event reports")
    print(f"  tagger / rules: {per['tagger'] / per['rules']:.2f}x")
    print(f"  learned / rules: {per['learned'] / per['rules']:.2f}x")
    share = best["learned"] / (upstream + best["learned"])
    print(f"  coder's share of the pipeline with the learned coder: {100 * share:.1f}%")
    whole = {name: 1000 * (upstream + s) / len(inputs) for name, s in best.items()}
    print(
        f"  whole pipeline per article: rules {whole['rules']:.1f} ms, learned "
        f"{whole['learned']:.1f} ms ({whole['learned'] / whole['rules']:.2f}x)"
    )


if __name__ == "__main__":
    main()
