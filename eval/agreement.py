"""Inter-annotator agreement on two event-annotation files (docs/annotation.md section 9).

    python3 eval/agreement.py FILE_A FILE_B

FILE_A and FILE_B are annotated corpus files (corpus/events/*.jsonl) of the same sentences in
the same order (lines are matched by `id`). Printed figures:
- per-type Cohen's kappa at sentence level (label 1 if the annotator recorded at least one
  event of the type in the sentence), for all events and for asserted events only, with the
  positives of each annotator; the kappa of "the sentence has any event";
- events paired greedily within a sentence by type, best overlap first (trigger token overlap,
  then actor token overlap); every same-type event that can be paired is paired;
- trigger F1, exact match and token overlap (2 * shared tokens / all tokens of both files);
- actor span F1, exact and overlap (a list counts element-wise; an element matches on any
  shared token); null actors are not counted;
- on paired events, the share with the same actor / recipient country (first 3 letters of each
  code, lists compared as sorted lists, null included) and the same full codes, plus mode and
  assertion agreement.
Standard library only.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from collections import Counter

TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST "
    "ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()


def load(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        return {d["id"]: d for d in map(json.loads, filter(str.strip, fh))}


def tokens(span) -> list[str]:
    return re.findall(r"\w+", (span or "").lower())


def as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def kappa(a: list[int], b: list[int]) -> float | None:
    n = len(a)
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return None if pe == 1 else (po - pe) / (1 - pe)


def overlap(x: str | None, y: str | None) -> float:
    """Dice coefficient of the token multisets of two spans."""
    tx, ty = Counter(tokens(x)), Counter(tokens(y))
    total = sum(tx.values()) + sum(ty.values())
    return 2 * sum((tx & ty).values()) / total if total else 0.0


def actor_text(ev: dict) -> str:
    return " ".join(as_list(ev.get("actor")))


def pair(evs_a: list[dict], evs_b: list[dict]) -> list[tuple[dict, dict]]:
    """Greedy pairing of same-type events, best (trigger, actor) overlap first."""
    cands = []
    for i, ea in enumerate(evs_a):
        for j, eb in enumerate(evs_b):
            if ea["type"] == eb["type"]:
                score = (
                    overlap(ea["trigger"], eb["trigger"]),
                    overlap(actor_text(ea), actor_text(eb)),
                )
                cands.append((score, i, j))
    cands.sort(key=lambda c: (-c[0][0], -c[0][1], c[1], c[2]))
    used_a, used_b, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((evs_a[i], evs_b[j]))
    return pairs


def f1(matches: float, n_a: float, n_b: float) -> float:
    return 2 * matches / (n_a + n_b) if n_a + n_b else 1.0


def element_matches(xs: list[str], ys: list[str], exact: bool) -> int:
    left, n = list(ys), 0
    for x in xs:
        for y in left:
            if (x == y) if exact else overlap(x, y) > 0:
                left.remove(y)
                n += 1
                break
    return n


def codes(ev: dict, side: str, country: bool) -> list:
    vals = [c[:3] if (country and c) else c for c in as_list(ev.get(side + "_code"))]
    return sorted(vals, key=lambda c: c or "")


def fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.2f}"


def labels(evs: dict[str, list], ids: list[str], test) -> list[int]:
    """1 per sentence where some event passes `test`, else 0."""
    return [int(any(test(e) for e in evs[i])) for i in ids]


def report(a: dict[str, dict], b: dict[str, dict], out=sys.stdout) -> None:
    say = functools.partial(print, file=out)
    ids = [i for i in a if i in b]
    if len(ids) != len(a) or len(ids) != len(b):
        say(f"warning: {len(a)} vs {len(b)} lines, {len(ids)} shared ids")
    ea = {i: a[i]["events"] for i in ids}
    eb = {i: b[i]["events"] for i in ids}
    all_a = [e for i in ids for e in ea[i]]
    all_b = [e for i in ids for e in eb[i]]
    allp = [p for i in ids for p in pair(ea[i], eb[i])]
    say(f"sentences: {len(ids)}; events: A {len(all_a)}, B {len(all_b)}; paired: {len(allp)}")
    any_a, any_b = labels(ea, ids, bool), labels(eb, ids, bool)
    say(f"any event: positives A {sum(any_a)}, B {sum(any_b)}, kappa {fmt(kappa(any_a, any_b))}\n")

    say(
        "| type | pos A | pos B | kappa | asserted pos A | asserted pos B | kappa asserted "
        "| pairs | trigger exact F1 |"
    )
    say("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    big = []
    for t in TYPES:
        la, lb = (labels(ev, ids, lambda e, t=t: e["type"] == t) for ev in (ea, eb))
        sa, sb = (
            labels(ev, ids, lambda e, t=t: e["type"] == t and e["asserted"]) for ev in (ea, eb)
        )
        k = kappa(la, lb)
        if sum(la) + sum(lb) >= 20 and k is not None:  # mean positives >= 10
            big.append(k)
        tp = [p for p in allp if p[0]["type"] == t]
        ta, tb = (sum(e["type"] == t for e in evs) for evs in (all_a, all_b))
        exact = sum(x["trigger"] == y["trigger"] for x, y in tp)
        say(
            f"| {t} | {sum(la)} | {sum(lb)} | {fmt(k)} | {sum(sa)} | {sum(sb)} | "
            f"{fmt(kappa(sa, sb))} | {len(tp)} | {fmt(f1(exact, ta, tb) if ta + tb else None)} |"
        )
    if big:
        say(
            f"\nmacro kappa over the {len(big)} types with >= 10 positives (mean of A and B): "
            f"{sum(big) / len(big):.3f}"
        )

    exact = sum(x["trigger"] == y["trigger"] for x, y in allp)
    shared = sum(
        sum((Counter(tokens(x["trigger"])) & Counter(tokens(y["trigger"]))).values())
        for x, y in allp
    )
    tok_a, tok_b = (sum(len(tokens(e["trigger"])) for e in evs) for evs in (all_a, all_b))
    act_a, act_b = (sum(len(as_list(e["actor"])) for e in evs) for evs in (all_a, all_b))
    act_ex, act_ov = (
        sum(element_matches(as_list(x["actor"]), as_list(y["actor"]), exact_) for x, y in allp)
        for exact_ in (True, False)
    )
    say("\nspans (all events; unpaired events count as misses):")
    say(
        f"- trigger F1 exact {f1(exact, len(all_a), len(all_b)):.3f}, "
        f"token overlap {f1(shared, tok_a, tok_b):.3f}"
    )
    say(
        f"- actor F1 exact {f1(act_ex, act_a, act_b):.3f}, overlap "
        f"{f1(act_ov, act_a, act_b):.3f} (actor elements: A {act_a}, B {act_b})"
    )
    n = len(allp) or 1
    say(f"\non the {len(allp)} paired events (share that agree):")
    for side in ("actor", "recipient"):
        cty = sum(codes(x, side, True) == codes(y, side, True) for x, y in allp)
        full = sum(codes(x, side, False) == codes(y, side, False) for x, y in allp)
        say(f"- {side} country {cty / n:.3f}, full code {full / n:.3f}")
    mode = sum(as_list(x["mode"]) == as_list(y["mode"]) for x, y in allp)
    asr = sum((x["asserted"], x["aux"]) == (y["asserted"], y["aux"]) for x, y in allp)
    say(f"- mode {mode / n:.3f}, asserted+aux {asr / n:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file_a", help="first annotator's file")
    ap.add_argument("file_b", help="second annotator's file")
    args = ap.parse_args(argv)
    report(load(args.file_a), load(args.file_b))
    return 0


if __name__ == "__main__":
    sys.exit(main())
