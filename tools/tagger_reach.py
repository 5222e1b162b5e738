"""Where the learned tagger's reach is lost, for the gold triggers the rules leave uncoded.

    PYTHONPATH=src python3 tools/tagger_reach.py --gold DEV [--list]

Runs the pipeline on DEV/articles.jsonl with the coder's readings logged and gives each
required gold event the first step at which its trigger word (a word of its evidence) is lost
on the way from the tagger to an event (docs/events.md, "The learned tagger's reach"):
`rules read it` (right or another type: the tagger is not asked), `no candidate word`,
`no actor in the sentence, a type with sides` (its reading is not made), `lemma screen`,
`below threshold` (with the gold type the model's best or not), `tagged another type`,
`no reading` (no CAMEO row of the type, or the reading dropped), `no event` (no sides, or a
guard), `event made`.
The tagger's probabilities are computed for every word, gated or not, to show what each gate
withholds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

from eval_seeds import load_scorer  # noqa: E402
from side_misses import logged_pipeline  # noqa: E402

from diplograph.config import Settings  # noqa: E402
from diplograph.pipeline import Pipeline, ingest  # noqa: E402
from diplograph.stages.events.features import (  # noqa: E402
    actors_under,
    candidates,
    token_features,
)
from diplograph.stages.events.words import SIDELESS_EVENTS  # noqa: E402
from diplograph.store.sqlite import Store  # noqa: E402

BINS = (0.2, 0.3, 0.4, 0.5)  # probability bins of the words held below the threshold


def logged(settings: Settings, log: dict) -> Pipeline:
    """side_misses' logged pipeline (each reading and the events it gave, per article), whose
    coder also records each sentence's readings."""
    pipeline = logged_pipeline(settings, log)
    readings = pipeline.coder.triggers.readings

    def logged_readings(parse, idx, lo, hi):
        out = readings(parse, idx, lo, hi)
        log.setdefault(parse.article.id, {}).setdefault("sentences", []).append(
            (parse, idx, lo, hi, out)
        )
        return out

    pipeline.coder.triggers.readings = logged_readings
    return pipeline


def step(g: dict, entry: dict | None, triggers, scorer) -> tuple[str, float | None]:
    """The step at which the gold event's trigger is lost, and the tagger's probability of
    the gold type there."""
    if entry is None:
        return "no candidate word", None
    words = {w for m in g["mentions"] for w in m["evidence"].lower().replace("’", "'").split()}
    types = scorer.types(g)
    for parse, idx, lo, hi, out in entry["sentences"]:
        here = [i for i in range(lo, hi) if parse.tokens[i].text.lower() in words]
        if not here:
            continue
        rules = triggers.rule_readings(parse, idx, lo, hi)
        ruled = [r for r in rules if r.trigger in here]
        if ruled:
            right = any(r.event in types for r in ruled)
            return ("rules read it, " + ("right type" if right else "another type")), None
        own = [i for i in candidates(parse, lo, hi) if i in here]
        if not own:
            return "no candidate word", None
        return tagged_step(parse, idx, lo, hi, own[-1], rules, out, entry, triggers, types)
    return "no candidate word", None


def tagged_step(parse, idx, lo, hi, i, rules, out, entry, triggers, types):
    tagger = triggers.tagger
    by_token = {r.trigger: r.event for r in rules}
    under = actors_under(parse, idx, lo, hi)
    lemma = parse.tokens[i].lemma.lower()
    row = token_features(parse, idx, i, triggers.lexicon_types, by_token.get(i), under)
    probs = tagger.scores([row], [lemma])[0]
    gold = max((probs[tagger.classes.index(t)] for t in types if t in tagger.classes), default=0)
    ranked = [c for c in sorted(tagger.classes, key=lambda c: -probs[tagger.classes.index(c)])]
    best = next(c for c in ranked if c != "O")
    top = probs[tagger.classes.index(best)]
    if not any(idx.at(j) for j in range(lo, hi)) and best not in SIDELESS_EVENTS:
        return "no actor in the sentence, a type with sides", gold
    if not triggers._may_tag(lemma):
        return "lemma screen", gold
    if top < tagger.threshold:
        kind = "gold type best" if best in types else "another type best"
        return f"below threshold, {kind}", gold
    if best not in types:
        return "tagged another type", gold
    if not any(r.trigger == i for r in out):
        return "no reading (no CAMEO row, or dropped)", gold
    made = [
        e for reading, events in entry.get("readings", []) if reading.trigger == i for e in events
    ]
    if any(e.event_type in types for e in made):
        return "event made", gold
    return "no event (no sides, or a guard)", gold


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--list", action="store_true", help="print each lost trigger")
    args = ap.parse_args(argv)
    scorer = load_scorer()
    gold = scorer.load(args.gold / "gold.jsonl")
    log: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=str(Path(tmp) / "reach.db"), workers=1)
        with Store(settings.db) as store:
            pipeline = logged(settings, log)
            ingest([args.gold / "articles.jsonl"], store, settings, pipeline=pipeline)
    triggers = pipeline.coder.triggers
    if triggers.tagger is None:
        raise SystemExit("no tagger: the learned coder is off")
    steps, bins = Counter(), Counter()
    for g in gold:
        if not g.get("required", True):
            continue
        article = g["mentions"][0]["article"]
        where, p = step(g, log.get(article), triggers, scorer)
        steps[where] += 1
        if where.startswith(("below threshold", "no actor", "lemma screen")) and p is not None:
            low = max((b for b in BINS if p >= b), default=0.0)
            bins[f"{where}: gold type p >= {low}"] += 1
        if args.list and not where.startswith("rules read"):
            evidence = g["mentions"][0]["evidence"]
            print(f"[{where}] {g['type']} {g['source']}->{g['target']} '{evidence}' p={p}")
    print(f"threshold {triggers.tagger.threshold}")
    print("\nrequired gold events by the step their trigger is lost at:")
    for where, n in steps.most_common():
        print(f"  {n:4d}  {where}")
    print("\nthe tagger's probability of the gold type, where a gate held the word:")
    for where, n in sorted(bins.items()):
        print(f"  {n:4d}  {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
