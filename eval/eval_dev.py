"""Run the whole pipeline on an AG News event set and print the scorer's figures.

    python3 eval/eval_dev.py [--gold eval/agnews_dev] [--keep out.jsonl] [--coder rules|learned]
                             [--international]

Ingests the set's articles.jsonl into a temporary store, exports the events and prints the
scorer's summary (../shared/eval/score.py), the same figures per event type, the unmatched
predictions and the missed required gold events. The sets: agnews_dev/ and agnews_dev2/ for
development (longform_dev/: invented long analytical articles, for precision on such prose),
sentences_dev/ (one-event sentences, with `--sentences`: eval_sentences.py),
agnews_blind/ and events_blind/ kept out of tuning (each has a README): for a folder whose name
says `blind`, the two lists (which quote its texts) are never printed, so a run for
the totals shows nobody what to tune on.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval_seeds import coded, load_scorer, report  # noqa: E402
from eval_sentences import sentence_report  # noqa: E402

from diplograph.states import states  # noqa: E402


def sides(event: dict) -> tuple[list[str], list[str]]:
    """The country codes of each side; a side with no code (country null: "gunmen") gives
    none, as a gold side that is null does."""

    def codes(side) -> list[str]:
        items = side if isinstance(side, list) else [side]
        found = [i.get("country") if isinstance(i, dict) else i for i in items]
        return [str(c)[:3] for c in found if c]

    return codes(event.get("actor")), codes(event.get("recipient"))


def is_international(pair: tuple[list[str], list[str]]) -> bool:
    """Two different states among the parties, as `events --international` selects: a side
    with no code, a group (IGO, EUR) or one state's parts is not; a gathering of states is."""
    actors, recipients = pair
    return len({c for c in actors + recipients if c in states()}) >= 2


def international_gold(gold: Path, tmp: Path) -> Path:
    """A copy of a gold folder with only its events between two different states."""
    lines = [json.loads(x) for x in (gold / "gold.jsonl").open(encoding="utf-8") if x.strip()]
    keep = [
        g
        for g in lines
        if is_international(sides({"actor": g["source"], "recipient": g["target"]}))
    ]
    (tmp / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in keep), "utf-8")
    shutil.copy(gold / "no_events.jsonl", tmp / "no_events.jsonl")
    return tmp


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=HERE / "agnews_dev",
                    help="folder with articles.jsonl, gold.jsonl and no_events.jsonl")  # fmt: skip
    ap.add_argument("--keep", type=Path, help="write the exported events to this file")
    ap.add_argument(
        "--coder",
        choices=["rules", "learned"],
        default="learned",
        help="the lexicon's rules only, or the rules and the trigger tagger",
    )
    ap.add_argument(
        "--international",
        action="store_true",
        help="score only events between two different states, gold and predicted",
    )
    ap.add_argument(
        "--sentences",
        action="store_true",
        help="a set of one-event sentences: add quad-class accuracy and misses by cause",
    )
    args = ap.parse_args(argv)
    unasserted: list[dict] | None = [] if args.sentences else None
    events, _ = coded([args.gold / "articles.jsonl"], args.keep, args.coder, unasserted=unasserted)
    gold_dir = args.gold
    if args.international:
        gold_dir = international_gold(args.gold, Path(tempfile.mkdtemp()))
        events = [e for e in events if is_international(sides(e))]
    blind = "blind" in args.gold.resolve().name
    result = report(load_scorer(), gold_dir, events, errors=not blind)
    if args.sentences:
        sentence_report(load_scorer(), args.gold, result, events, unasserted, errors=not blind)
    if blind:
        print("\n(a blind set: its unmatched predictions and missed gold are not printed)")
    print(f"\nf1={result['f1']} precision={result['precision']} recall={result['recall']} "
          f"date={result['date_accuracy']} provenance={result['provenance_accuracy']}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
