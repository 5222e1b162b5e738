"""Score the time-expression tagger on a development set (default: eval/dates_dev.jsonl).

    .venv/bin/python eval/eval_dates.py [FILE] [--errors]

Each line: {"id", "text", "published", "timexes": [{"start", "end", "text", "type", "value"}]}.
It runs what `diplograph dates --batch` runs and prints:
- span P/R/F1: an expression is found when its span overlaps a gold one (all types);
- value P/R/F1 on DATE and TIME: a predicted DATE/TIME is right when it overlaps a gold
  DATE/TIME whose value equals it up to the day (the first 10 characters);
- strict span P/R/F1: an expression is found when its start and end are a gold one's (TimeML's
  extent, all types);
- exact value P/R/F1 on every type (DATE, TIME, DURATION, SET): a prediction is right when it
  overlaps a gold expression of the same type whose TimeML value is the same string
  ("P3D", "PXY", "PRESENT_REF", "1998-Q3", "199", "1998-01-02T15:00"; no value on both sides
  counts as the same).
--errors lists the DATE/TIME value mistakes; --exact-errors the mistakes of the last two figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from diplograph.cli.common import Batch
from diplograph.cli.dates import batch_dates
from diplograph.config import Settings

DEFAULT = Path(__file__).with_name("dates_dev.jsonl")


def _prf(right_p: int, n_pred: int, right_g: int, n_gold: int) -> tuple[float, float, float]:
    p = right_p / n_pred if n_pred else 0.0
    r = right_g / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def _exact(p: dict, g: dict) -> bool:
    return _overlap(p, g) and p["type"] == g["type"] and p["value"] == g["value"]


def _strict(p: dict, g: dict) -> bool:
    return p["start"] == g["start"] and p["end"] == g["end"]


def _count(pred: list, gold: list, right, counts: dict, name: str) -> tuple[list, list]:
    """Add one document's P/R counts for one figure; return its wrong predictions and misses."""
    bad_p = [p for p in pred if not any(right(p, g) for g in gold)]
    bad_g = [g for g in gold if not any(right(p, g) for p in pred)]
    for key, n in (("pred", len(pred)), ("gold", len(gold))):
        counts[f"{name}_{key}"] = counts.get(f"{name}_{key}", 0) + n
    counts[f"{name}_pred_ok"] = counts.get(f"{name}_pred_ok", 0) + len(pred) - len(bad_p)
    counts[f"{name}_gold_ok"] = counts.get(f"{name}_gold_ok", 0) + len(gold) - len(bad_g)
    return bad_p, bad_g


def score(path: Path, show_errors: bool = False, show_exact: bool = False) -> dict:
    gold = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            gold[obj["id"]] = obj["timexes"]
    counts = dict(
        span_pred=0,
        span_pred_ok=0,
        span_gold=0,
        span_gold_ok=0,
        val_pred=0,
        val_pred_ok=0,
        val_gold=0,
        val_gold_ok=0,
    )
    texts = {}
    for record in batch_dates(Batch(str(path), Settings().max_article_chars)):
        pred, want = record["timexes"], gold[record["id"]]
        texts[record["id"]] = (pred, want)
        counts["span_pred"] += len(pred)
        counts["span_gold"] += len(want)
        counts["span_pred_ok"] += sum(any(_overlap(p, g) for g in want) for p in pred)
        counts["span_gold_ok"] += sum(any(_overlap(p, g) for p in pred) for g in want)
        pred_dt = [p for p in pred if p["type"] in ("DATE", "TIME")]
        gold_dt = [g for g in want if g["type"] in ("DATE", "TIME")]

        def right(p, g):
            return _overlap(p, g) and p["value"] and _day(p["value"]) == _day(g["value"])

        counts["val_pred"] += len(pred_dt)
        counts["val_gold"] += len(gold_dt)
        counts["val_pred_ok"] += sum(any(right(p, g) for g in gold_dt) for p in pred_dt)
        counts["val_gold_ok"] += sum(any(right(p, g) for p in pred_dt) for g in gold_dt)
        if show_errors:
            bad_p = [p for p in pred_dt if not any(right(p, g) for g in gold_dt)]
            bad_g = [g for g in gold_dt if not any(right(p, g) for p in pred_dt)]
            other = [p for p in pred if not any(_overlap(p, g) for g in want)]
            if bad_p or bad_g or other:
                print(
                    record["id"],
                    "| got",
                    [(p["text"], p["value"]) for p in bad_p + other],
                    "| want",
                    [(g["text"], g["value"]) for g in bad_g],
                    file=sys.stderr,
                )
        _count(pred, want, _strict, counts, "strict")
        bad_p, bad_g = _count(pred, want, _exact, counts, "exact")
        if show_exact and (bad_p or bad_g):
            got = [(p["text"], p["type"], p["value"]) for p in bad_p]
            wanted = [(g["text"], g["type"], g["value"]) for g in bad_g]
            print(record["id"], "| got", got, "| want", wanted, file=sys.stderr)
    c = counts
    return {
        "documents": len(texts),
        "gold": c["span_gold"],
        "span": _prf(c["span_pred_ok"], c["span_pred"], c["span_gold_ok"], c["span_gold"]),
        "value": _prf(c["val_pred_ok"], c["val_pred"], c["val_gold_ok"], c["val_gold"]),
        **{
            n: _prf(c[f"{n}_pred_ok"], c[f"{n}_pred"], c[f"{n}_gold_ok"], c[f"{n}_gold"])
            for n in ("strict", "exact")
        },
    }


LABELS = {
    "span": "span (overlap, all types)",
    "value": "value (DATE+TIME, to the day)",
    "strict": "span (exact extent, all types)",
    "exact": "value (all types, exact TimeML)",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(DEFAULT), help="the JSONL gold file")
    parser.add_argument("--errors", action="store_true", help="list mistakes on stderr")
    parser.add_argument(
        "--exact-errors", action="store_true", help="list exact-value mistakes on stderr"
    )
    args = parser.parse_args()
    result = score(Path(args.file), args.errors, args.exact_errors)
    print(f"documents {result['documents']}, gold expressions {result['gold']}")
    for name, label in LABELS.items():
        p, r, f = result[name]
        print(f"{label:32} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main()
