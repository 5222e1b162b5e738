"""Precision, recall and F1 of `diplograph places --batch` on eval/places_dev.jsonl.

A predicted place is right when its span overlaps a gold place's span and it names the same
GeoNames id or lies within 161 km of the gold point; each gold place is matched once.

`--kinds literal` scores only the toponyms of those kinds: predictions by their `kind`
(literal | demonym | embedded), gold places by theirs (a gold place with no kind, or one of the
kinds of a name used as itself, is `literal`). Recall is printed per gold kind as well, and
the accuracy on found toponyms: right / predictions that overlap a gold span.

    .venv/bin/python eval/eval_places.py [GOLD.jsonl] [--kinds literal,demonym,embedded]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

from diplograph.cli.common import Batch
from diplograph.cli.places import batch_places
from diplograph.config import Settings
from diplograph.stages.places import haversine_km

KM = 161.0
GOLD = Path(__file__).with_name("places_dev.jsonl")
KINDS = ("literal", "demonym", "embedded")
# gold kinds that name a place by its name (places_news/README.md): all `literal` here
NAMED = {"literal", "dateline", "metonymic", "modifier", "toponym"}


def right(pred: dict, gold: dict) -> bool:
    if not (pred["start"] < gold["end"] and gold["start"] < pred["end"]):
        return False
    if gold.get("geonameid") and pred.get("geonameid") == gold["geonameid"]:
        return True
    if None in (pred.get("lat"), pred.get("lon"), gold.get("lat"), gold.get("lon")):
        return False
    return haversine_km(pred["lat"], pred["lon"], gold["lat"], gold["lon"]) <= KM


def gold_kind(place: dict) -> str:
    kind = place.get("kind") or "literal"
    return "literal" if kind in NAMED else kind


def score(gold_path: Path, kinds: tuple[str, ...] = KINDS) -> dict:
    golds = [
        json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for g in golds:
            f.write(json.dumps({"id": g["id"], "text": g["text"], "published": None}) + "\n")
    preds = list(batch_places(Batch(f.name, Settings().max_article_chars)))
    Path(f.name).unlink()
    tp = n_pred = n_gold = n_found = 0
    misses = []
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for gold, pred in zip(golds, preds, strict=True):
        places = [p for p in pred["places"] if p.get("kind", "literal") in kinds]
        n_pred += len(places)
        golds_scored = [
            g for g in gold["places"] if gold_kind(g) in kinds or gold_kind(g) not in KINDS
        ]
        n_found += sum(
            any(p["start"] < g["end"] and g["start"] < p["end"] for g in golds_scored)
            for p in places
        )
        used: set[int] = set()
        for g in gold["places"]:
            kind = gold_kind(g)
            if kind not in kinds and kind in KINDS:
                continue
            n_gold += 1
            total[kind] += 1
            hit = next((i for i, p in enumerate(places) if i not in used and right(p, g)), None)
            if hit is None:
                misses.append(f"{gold['id']}: {g['text']}")
            else:
                used.add(hit)
                found[kind] += 1
                tp += 1
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    by_kind = {k: (found[k], total[k]) for k in sorted(total)}
    return {"gold": n_gold, "predicted": n_pred, "right": tp, "precision": p, "recall": r,
            "f1": f1, "misses": misses, "by_kind": by_kind,
            "accuracy_found": tp / n_found if n_found else 0.0, "found": n_found}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=GOLD)
    parser.add_argument("--kinds", default=",".join(KINDS), help="kinds to score, comma-separated")
    args = parser.parse_args()
    result = score(args.gold, tuple(k for k in args.kinds.split(",") if k))
    for miss in result.pop("misses"):
        print("missed:", miss)
    print(
        f"places at {KM:.0f} km: gold {result['gold']}, predicted {result['predicted']}, "
        f"right {result['right']}; precision {result['precision']:.3f}, "
        f"recall {result['recall']:.3f}, F1 {result['f1']:.3f}"
    )
    print(
        f"accuracy on found toponyms (predictions overlapping a gold span): "
        f"{result['right']}/{result['found']} = {result['accuracy_found']:.3f}"
    )
    print(
        "recall by gold kind: "
        + ", ".join(f"{k} {r}/{n}" for k, (r, n) in result["by_kind"].items())
    )


if __name__ == "__main__":
    main()
