"""Run the whole pipeline on the AG News development set and print the scorer's figures.

    python3 eval/eval_dev.py [--gold eval/agnews_dev] [--keep out.jsonl]

Ingests the set's articles.jsonl into a temporary store, exports the events and prints the
scorer's summary (../shared/eval/score.py), the same figures per event type, the unmatched
predictions and the missed required gold events. The set is described in agnews_dev/README.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval_seeds import SHARED, load_scorer, per_type  # noqa: E402

from diplograph.config import Settings  # noqa: E402
from diplograph.export import write_events  # noqa: E402
from diplograph.pipeline import ingest  # noqa: E402
from diplograph.store.sqlite import Store  # noqa: E402

SUMMARY = (
    "predicted",
    "required",
    "true_positives",
    "precision",
    "recall",
    "f1",
    "date_accuracy",
    "provenance_accuracy",
    "events_from_no_event_sentences",
    "duplicate_predictions",
)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--gold",
        type=Path,
        default=HERE / "agnews_dev",
        help="folder with articles.jsonl, gold.jsonl and no_events.jsonl",
    )
    ap.add_argument("--keep", type=Path, help="write the exported events to this file")
    args = ap.parse_args(argv)
    # load_scorer reads score.py beside the folder it is given: the shared seeds folder
    scorer = load_scorer(SHARED / "eval" / "seeds")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=str(Path(tmp) / "eval.db"))
        with Store(settings.db) as store:
            ingest([args.gold / "articles.jsonl"], store, settings)
            events = list(store.events())
    if args.keep:
        with open(args.keep, "w", encoding="utf-8") as out:
            write_events(events, out)
    gold = scorer.load(args.gold / "gold.jsonl")
    no_events = scorer.load(args.gold / "no_events.jsonl")
    result = scorer.score(gold, events, no_events)
    for key in SUMMARY:
        print(f"{key}: {result[key]}")
    print("\nper event type: type predicted required precision recall f1")
    for row in per_type(scorer, gold, events, no_events):
        print("  " + " ".join("-" if v is None else str(v) for v in row))
    print("\nunmatched predictions:")
    for u in result["unmatched_predictions"]:
        print(f"  {u['type']} {u['source']}->{u['target']} {u['date']}: {u['text'][:90]}")
    print("\nmissed required gold:")
    by_id = {g["id"]: g for g in gold}
    for gid in result["missed"]:
        g = by_id[gid]
        m = g["mentions"][0]
        print(
            f"  {gid} {g['type']} {g['source']}->{g['target']} {g['date']} "
            f"[{m['article']}]: {m['evidence'][:80]}"
        )
    print(
        f"\nf1={result['f1']} precision={result['precision']} recall={result['recall']} "
        f"date={result['date_accuracy']} provenance={result['provenance_accuracy']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
