"""Precision, recall and F1 of `diplograph places --batch` on eval/places_dev.jsonl.

A predicted place is right when its span overlaps a gold place's span and it names the same
GeoNames id or lies within 161 km of the gold point; each gold place is matched once.

    .venv/bin/python eval/eval_places.py [GOLD.jsonl]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from diplograph.cli.places import batch_places
from diplograph.stages.places import haversine_km

KM = 161.0
GOLD = Path(__file__).with_name("places_dev.jsonl")


def right(pred: dict, gold: dict) -> bool:
    if not (pred["start"] < gold["end"] and gold["start"] < pred["end"]):
        return False
    if gold.get("geonameid") and pred.get("geonameid") == gold["geonameid"]:
        return True
    if None in (pred.get("lat"), pred.get("lon"), gold.get("lat"), gold.get("lon")):
        return False
    return haversine_km(pred["lat"], pred["lon"], gold["lat"], gold["lon"]) <= KM


def score(gold_path: Path) -> dict:
    golds = [
        json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for g in golds:
            f.write(json.dumps({"id": g["id"], "text": g["text"], "published": None}) + "\n")
    preds = list(batch_places(f.name))
    Path(f.name).unlink()
    tp = n_pred = n_gold = 0
    misses = []
    for gold, pred in zip(golds, preds, strict=True):
        n_pred += len(pred["places"])
        n_gold += len(gold["places"])
        used: set[int] = set()
        for g in gold["places"]:
            hit = next(
                (i for i, p in enumerate(pred["places"]) if i not in used and right(p, g)), None
            )
            if hit is None:
                misses.append(f"{gold['id']}: {g['text']}")
            else:
                used.add(hit)
                tp += 1
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"gold": n_gold, "predicted": n_pred, "right": tp, "precision": p, "recall": r,
            "f1": f1, "misses": misses}  # fmt: skip


def main() -> None:
    result = score(Path(sys.argv[1]) if len(sys.argv) > 1 else GOLD)
    for miss in result.pop("misses"):
        print("missed:", miss)
    print(
        f"places at {KM:.0f} km: gold {result['gold']}, predicted {result['predicted']}, "
        f"right {result['right']}; precision {result['precision']:.3f}, "
        f"recall {result['recall']:.3f}, F1 {result['f1']:.3f}"
    )


if __name__ == "__main__":
    main()
