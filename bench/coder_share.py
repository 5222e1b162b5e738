"""Child of `bench_ingest.py`: the event coder's share of the CPU time of coding articles, from
the parse to the events as `Pipeline.pipe` does it (the store left out), in one process.

    python3 bench/coder_share.py CORPUS.jsonl K

Codes the first K articles of the corpus (JSONL of id, text, published) once to warm up, then
again with the coder's own time counted apart; prints JSON: articles, total_s, coder_s.
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


def main() -> None:
    corpus, k = Path(sys.argv[1]), int(sys.argv[2])
    with corpus.open(encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(k), f, strict=False)]
    articles = [
        Article(
            id=r["id"],
            text=r["text"],
            published=date.fromisoformat(r["published"]) if r.get("published") else None,
        )
        for r in records
    ]
    pipeline = Pipeline(Settings())
    code = pipeline.coder.code
    spent = [0.0]

    def timed(*args):
        start = time.process_time()
        try:
            return code(*args)
        finally:
            spent[0] += time.process_time() - start

    for _ in pipeline.pipe(articles):  # warm up: caches, lazily built tables
        pass
    pipeline.coder.code = timed
    start = time.process_time()
    for _ in pipeline.pipe(articles):
        pass
    total = time.process_time() - start
    print(json.dumps({"articles": len(articles), "total_s": total, "coder_s": spent[0]}))


if __name__ == "__main__":
    main()
