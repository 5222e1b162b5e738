"""Run the whole pipeline on a gold set's articles and print the scorer's figures.

    python3 eval/eval_seeds.py [--gold ../shared/eval/seeds] [--corpus ../shared/corpus/seeds]

Prints the scorer's summary (../shared/eval/score.py), the same figures per event type, the
predictions it could not match and the gold it missed, the relations found against
relations.jsonl, and the actor mentions against actors.jsonl.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from datetime import date
from pathlib import Path

from diplograph.config import Settings
from diplograph.export import write_events
from diplograph.pipeline import ingest
from diplograph.stages.actors import ActorDictionary
from diplograph.store.queries import EventFilter
from diplograph.store.sqlite import Store

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
SUMMARY = (
    "predicted", "required", "true_positives", "precision", "recall", "f1", "date_accuracy",
    "provenance_accuracy", "events_from_no_event_sentences", "duplicate_predictions",
)  # fmt: skip


def load_scorer(gold_dir: Path = SHARED / "eval" / "seeds"):
    """The shared scorer, score.py, from the folder above a gold set."""
    spec = importlib.util.spec_from_file_location("score", gold_dir.parent / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def coded(
    paths: list[Path], keep: Path | None = None, coder: str = "learned", *, unasserted=None
) -> tuple[list[dict], list[dict]]:
    """Exported events and relations of the articles, ingested into a throwaway store; with
    `unasserted` (a list), the events not asserted (negated, hypothetical, ...) are added to it."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=str(Path(tmp) / "eval.db"), coder=coder)
        with Store(settings.db) as store:
            ingest(paths, store, settings)
            events, relations = list(store.events()), store.relations()
            if unasserted is not None:
                every = store.events(EventFilter(include_all=True))
                unasserted.extend(e for e in every if not e.get("asserted", True))
    if keep:
        with open(keep, "w", encoding="utf-8") as out:
            write_events(events, out)
    return events, relations


def per_type(scorer, gold, predicted, no_events) -> list[tuple]:
    rows = []
    for kind in sorted({g["type"] for g in gold} | {scorer.kind(p) for p in predicted}):
        g = [x for x in gold if x["type"] == kind]
        p = [x for x in predicted if scorer.kind(x) == kind]
        r = scorer.score(g, p, no_events) if g else {"precision": 0.0, "recall": None, "f1": None}
        req = sum(x["required"] for x in g)
        rows.append(
            (
                kind,
                len(p),
                req,
                r["precision"],
                r["recall"] if req else None,
                r["f1"] if req else None,
            )
        )
    return rows


def report(scorer, gold_dir: Path, events: list[dict], *, errors: bool = True) -> dict:
    """Print the scorer's figures for the events against a gold folder, and with `errors` the
    unmatched predictions and missed gold events; return them."""
    gold = scorer.load(gold_dir / "gold.jsonl")
    no_events = scorer.load(gold_dir / "no_events.jsonl")
    result = scorer.score(gold, events, no_events)
    for key in SUMMARY:
        print(f"{key}: {result[key]}")
    print("\nper event type: type predicted required precision recall f1")
    for row in per_type(scorer, gold, events, no_events):
        print("  " + " ".join("-" if v is None else str(v) for v in row))
    if not errors:
        return result
    print("\nunmatched predictions:")
    for u in result["unmatched_predictions"]:
        print(f"  {u['type']} {u['source']}->{u['target']} {u['date']}: {u['text'][:90]}")
    print("\nmissed required gold:")
    by_id = {g["id"]: g for g in gold}
    for gid in result["missed"]:
        g, m = by_id[gid], by_id[gid]["mentions"][0]
        print(f"  {gid} {g['type']} {g['source']}->{g['target']} {g['date']} "
              f"[{m['article']}]: {m['evidence'][:80]}")  # fmt: skip
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "eval" / "seeds")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "seeds")
    ap.add_argument("--keep", type=Path, help="write the exported events to this file")
    args = ap.parse_args(argv)
    scorer = load_scorer(args.gold)
    events, relations = coded([args.corpus], args.keep)
    result = report(scorer, args.gold, events)
    gold_rel = scorer.load(args.gold / "relations.jsonl")
    found = {(r["type"], tuple(sorted(r["members"]))) for r in relations}
    hits = sum((g["type"], tuple(sorted(g["members"]))) in found for g in gold_rel)
    print(f"\nrelations: {hits} of {len(gold_rel)} gold found; {len(relations)} predicted")
    actors = scorer.load(args.gold / "actors.jsonl")
    dictionary = ActorDictionary.load()
    right = sum(
        dictionary.resolve(a["text"], date.fromisoformat(a["date"])).country == a["country"]
        for a in actors
    )
    print(f"actor mentions: {right} of {len(actors)} resolved to the gold country")
    print(f"\nf1={result['f1']} precision={result['precision']} recall={result['recall']} "
          f"date={result['date_accuracy']} provenance={result['provenance_accuracy']}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
