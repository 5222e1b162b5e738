"""Turn annotated corpus files into a gold folder that eval/eval_dev.py scores, for development.

    python3 tools/corpus_gold.py corpus/events/batch_04.jsonl ... -o /tmp/dev_gold

Each sentence becomes an article (`articles.jsonl`); each asserted event becomes one gold line
per pair of sides (`gold.jsonl`, country codes cut to three letters, a missing side null); events
not asserted become optional lines; sentences with no asserted event are listed in
`no_events.jsonl`. A held-out batch scored this way is where coder decisions are tried, never the
blind sets.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


def sides(codes) -> list[str | None]:
    items = codes if isinstance(codes, list) else [codes]
    found = list(dict.fromkeys(c[:3] for c in items if c))
    return found or [None]


def gold_lines(record: dict, start: int) -> list[dict]:
    out = []
    for event in record["events"]:
        for a in sides(event["actor_code"]):
            for r in sides(event["recipient_code"]):
                if a is not None and a == r and event["actor_code"] == event["recipient_code"]:
                    continue
                out.append(
                    {
                        "id": f"g{start + len(out):05d}",
                        "type": event["type"],
                        "source": a,
                        "target": r,
                        "date": None,
                        "required": bool(event["asserted"]),
                        "symmetric": event["type"] in SYMMETRIC,
                        "mentions": [{"article": record["id"], "evidence": event["trigger"]}],
                    }
                )
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("-o", "--out", type=Path, required=True)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    articles, gold, no_events = [], [], []
    for path in args.files:
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            articles.append({"id": record["id"], "text": record["text"], "published": None})
            lines = gold_lines(record, len(gold))
            gold += lines
            if not any(g["required"] for g in lines):
                no_events.append({"article": record["id"], "sentence": record["text"]})
    for name, rows in (("articles", articles), ("gold", gold), ("no_events", no_events)):
        with (args.out / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(row) + "\n" for row in rows)
    print(f"{len(articles)} sentences, {len(gold)} gold lines, {len(no_events)} without events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
