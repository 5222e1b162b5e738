"""Run the whole pipeline on an AG News event set and print the scorer's figures.

    python3 eval/eval_dev.py [--gold eval/agnews_dev] [--keep out.jsonl]

Ingests the set's articles.jsonl into a temporary store, exports the events and prints the
scorer's summary (../shared/eval/score.py), the same figures per event type, the unmatched
predictions and the missed required gold events. The sets: agnews_dev/ and agnews_dev2/ for
development, agnews_blind/ kept out of tuning (each has a README).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval_seeds import coded, load_scorer, report  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=HERE / "agnews_dev",
                    help="folder with articles.jsonl, gold.jsonl and no_events.jsonl")  # fmt: skip
    ap.add_argument("--keep", type=Path, help="write the exported events to this file")
    args = ap.parse_args(argv)
    events, _ = coded([args.gold / "articles.jsonl"], args.keep)
    result = report(load_scorer(), args.gold, events)
    print(f"\nf1={result['f1']} precision={result['precision']} recall={result['recall']} "
          f"date={result['date_accuracy']} provenance={result['provenance_accuracy']}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
