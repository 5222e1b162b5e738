"""Draw the phrases of eval/actors_dev18 from the annotated AG News corpus, for hand checking.

    python3 tools/actors_sample18.py -o /tmp/draft18.jsonl

Every actor and recipient span of the AG News sentences of corpus/events/batch_01-14.jsonl,
one per span text per article (the first), minus the articles any blind set names; a seeded
random sample of them, in corpus order. Each line has the set's fields (the annotator's code cut
into country and sector, the date from the item's dateline, else 2004-09-15) plus the code and
the sentence for the check by hand (eval/actors_dev18.md says what the check changed).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ITEMS = ROOT.parent / "shared/corpus/agnews-world/agnews_world_test.jsonl"
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
PLACE = r"[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*"
DATELINE = re.compile(
    rf"^{PLACE}(?:, {PLACE})?,? \(?((?i:{'|'.join(MONTHS)}))[a-z]*\.? (\d{{1,2}})\b"
)
DEFAULT_DATE = "2004-09-15"


def blind_ids() -> set[str]:
    """Article ids named by any blind set or its split (read as ids only, never as items)."""
    ids = set()
    for path in ROOT.glob("eval/*blind*"):
        files = path.rglob("*") if path.is_dir() else [path]
        for f in files:
            if f.is_file():
                ids |= set(re.findall(r"agnews-test-\d{5}", f.read_text(encoding="utf-8")))
    splits = json.loads((ROOT / "corpus/splits.json").read_text(encoding="utf-8"))
    lines = ITEMS.read_text(encoding="utf-8").splitlines()
    for key, value in splits.items():
        if key.endswith("_blind"):
            ids |= {json.loads(lines[n - 1])["id"] for n in value}
    return ids


def item_date(text: str) -> str:
    """The dateline's day ("LONDON, AUGUST 17", "ABECHE, Chad, Sept 26"), else the default."""
    m = DATELINE.match(text)
    if not m:
        return DEFAULT_DATE
    return f"2004-{MONTHS.index(m.group(1)[:3].title()) + 1:02d}-{int(m.group(2)):02d}"


def spans(record: dict):
    for event in record["events"]:
        for side in ("actor", "recipient"):
            texts, codes = event[side], event[f"{side}_code"]
            if not isinstance(texts, list):
                texts, codes = [texts], [codes]
            for text, code in zip(texts, codes, strict=True):
                if text:
                    yield text, code


def pool() -> list[dict]:
    skip = blind_ids()
    seen, out = set(), []
    for n in range(1, 15):
        path = ROOT / f"corpus/events/batch_{n:02d}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["source"] != "agnews" or record["article"] in skip:
                continue
            for text, code in spans(record):
                if (record["article"], text) not in seen:
                    seen.add((record["article"], text))
                    out.append({"article": record["article"], "text": text, "code": code,
                                "sentence": record["text"]})  # fmt: skip
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("-n", type=int, default=440)
    args = ap.parse_args()
    items = {}
    for line in ITEMS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        items[record["id"]] = record["text"]
    spans_ = pool()
    keep = sorted(random.Random(args.seed).sample(range(len(spans_)), args.n))
    with args.out.open("w", encoding="utf-8") as f:
        for i in keep:
            s = spans_[i]
            code = s["code"] or ""
            date = item_date(items[s["article"]])
            row = {"article": s["article"], "text": s["text"], "date": date,
                   "country": code[:3] or None, "sector": code[3:] or None,
                   "code": s["code"], "sentence": s["sentence"]}  # fmt: skip
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(
        f"pool {len(spans_)} spans, {len({s['article'] for s in spans_})} articles; drew {args.n}"
    )


if __name__ == "__main__":
    main()
