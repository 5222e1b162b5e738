"""The figures of a set of single news sentences, one event each (eval/sentences_dev).

    python3 eval/eval_dev.py --gold eval/sentences_dev --sentences

A set holds one sentence per article (articles.jsonl, gold.jsonl, no_events.jsonl).
eval_dev.py prints the scorer's summary and per-type P/R/F1 (../shared/eval/score.py matches
predictions to gold); with `--sentences` it adds:
- quad-class accuracy: the share of sentences with a required gold event whose predicted event
  has the gold event's quad class (PLOVER's four: verbal / material cooperation / conflict).
  The predicted event of a sentence is its most confident asserted one; a sentence with none
  predicted counts as wrong (it has no class), so the figure is comparable to recall, not to
  precision;
- the missed required gold by cause: `other type` (an asserted event of another type was read
  in the sentence), `wrong sides` (one of the gold's type, with other sides), `not asserted`
  (the gold's type was read but marked negated, hypothetical or future), `nothing` (no event of
  any kind: no trigger read, or a trigger with no side found).
For a folder whose name says `blind`, only the accuracy is printed.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

# PLOVER's quad categories (the manual's summary table; docs/annotation.md section 2).
QUADS = {
    "verbal cooperation": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    "material cooperation": ("COOPERATE", "AID", "RETREAT"),
    "verbal conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    "material conflict": ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}
QUAD_OF = {kind: quad for quad, kinds in QUADS.items() for kind in kinds}


def by_article(events: list[dict], scorer) -> dict[str, list[dict]]:
    """The events of each article (a sentence here), by the articles their mentions cite."""
    found: dict[str, list[dict]] = {}
    for e in events:
        for article in scorer.articles(e):
            found.setdefault(article, []).append(e)
    return found


def quad_accuracy(gold: list[dict], events: list[dict], scorer) -> tuple[float, Counter]:
    """The share of required gold events whose sentence's most confident event has their quad
    class (none predicted: wrong), and a count of (gold quad, predicted quad or None)."""
    per = by_article(events, scorer)
    pairs = Counter()
    for g in gold:
        if not g["required"]:
            continue
        told = per.get(g["mentions"][0]["article"], [])
        best = max(told, key=lambda e: e.get("confidence") or 0, default=None)
        pairs[QUAD_OF[g["type"]], QUAD_OF.get(scorer.kind(best)) if best else None] += 1
    right = sum(n for (want, got), n in pairs.items() if want == got)
    total = sum(pairs.values())
    return (round(right / total, 3) if total else 0.0), pairs


def cause(g: dict, asserted: list[dict], unasserted: list[dict], scorer) -> str:
    """Why a required gold event was missed, from what its sentence gave (module docstring)."""
    if any(scorer.kind(e) in scorer.types(g) for e in asserted):
        return "wrong sides"
    if asserted:
        return "other type"
    if any(scorer.kind(e) in scorer.types(g) for e in unasserted):
        return "not asserted"
    return "nothing"


def misses(gold, missed_ids, events, unasserted, scorer) -> Counter:
    """Count the missed required gold events by (type, cause)."""
    per, per_unasserted = by_article(events, scorer), by_article(unasserted, scorer)
    counts = Counter()
    for g in gold:
        if g["id"] in missed_ids:
            article = g["mentions"][0]["article"]
            reason = cause(g, per.get(article, []), per_unasserted.get(article, []), scorer)
            counts[g["type"], reason] += 1
    return counts


def sentence_report(scorer, gold_dir: Path, result: dict, events, unasserted, *, errors=True):
    """Print the misses by cause (with `errors`) and the quad-class accuracy; return it."""
    gold = scorer.load(gold_dir / "gold.jsonl")
    accuracy, pairs = quad_accuracy(gold, events, scorer)
    if errors:
        print("\nmissed required gold by type and cause:")
        counts = misses(gold, set(result["missed"]), events, unasserted, scorer)
        for kind in sorted({k for k, _ in counts}):
            row = ", ".join(f"{c} {n}" for (k, c), n in sorted(counts.items()) if k == kind)
            print(f"  {kind}: {row}")
        totals = Counter()
        for (_, c), n in counts.items():
            totals[c] += n
        print("  all: " + ", ".join(f"{c} {n}" for c, n in sorted(totals.items())))
        print("\nquad class (gold -> predicted): count")
        for (want, got), n in sorted(pairs.items(), key=lambda x: (x[0][0], str(x[0][1]))):
            print(f"  {want} -> {got or 'nothing'}: {n}")
    print(f"\nquad_accuracy={accuracy}")
    return accuracy
