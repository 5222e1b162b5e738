"""Train the learned argument-role model from the annotated corpus and ship its weights.

    python3 tools/train_roles.py [--corpus corpus/events] [--out FILE] [--seed 13]
                                 [--synthetic | --no-synthetic]

(also run by tools/train_coder.py, after the trigger tagger). For each annotated event of a
training sentence (the same copies train_coder.py reads), parses the sentence with the shipped
pipeline, finds the trigger's head word, and labels each candidate mention of its sentence
(roles.sentence_candidates: coded actors and places) SOURCE or TARGET when it overlaps the
annotated actor or recipient span, else, where no candidate overlaps that span (a pronoun, a
reference), when it carries the annotated code; NONE otherwise. A multinomial logistic
regression on roles.role_features; the regularisation and the two thresholds (the lowest
SOURCE and TARGET probability the coder takes) are chosen by 5-fold cross-validation grouped
by article, for the best F0.5 of each role (the coder adds an event on it, so precision counts
double). Per-role figures are printed and kept in the model's metadata. Needs scikit-learn.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_coder import (  # noqa: E402
    CORPUS,
    ROOT,
    f_beta,
    head_token,
    sentences,
    synthetic_option,
)

OUT = ROOT / "src" / "diplograph" / "data" / "models" / "roles.npz"
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
ROLE_INDEX = {"SOURCE": 1, "TARGET": 2}


def _span(text: str, words: str | None) -> tuple[int, int] | None:
    if not words:
        return None
    start = text.find(words)
    return (start, start + len(words)) if start >= 0 else None


def _listed(value) -> list:
    return value if isinstance(value, list) else [value]


def _labels(record: dict, event: dict, found: list) -> list[str]:
    """SOURCE / TARGET / NONE for each candidate mention of one annotated event."""
    labels = ["NONE"] * len(found)
    for role, words, code in (
        ("SOURCE", event.get("actor"), event.get("actor_code")),
        ("TARGET", event.get("recipient"), event.get("recipient_code")),
    ):
        for one, one_code in zip(_listed(words), _listed(code), strict=False):
            span = _span(record["text"], one)
            hits = [
                k for k, m in enumerate(found) if span and m.start < span[1] and m.end > span[0]
            ]
            if not hits and one_code:
                hits = [k for k, m in enumerate(found) if m.actor.code == one_code]
            for k in hits:
                labels[k] = role if labels[k] in {"NONE", role} else "BOTH"
    return ["NONE" if label == "BOTH" else label for label in labels]  # both sides: no lesson


def labelled(records: list[dict]):
    """(article, event key, features, label) per candidate mention of every annotated event."""
    from diplograph.config import Settings
    from diplograph.pipeline import Pipeline
    from diplograph.records import Article
    from diplograph.stages.actors import find_mentions
    from diplograph.stages.events.arguments import MentionIndex
    from diplograph.stages.events.roles import role_features, sentence_candidates
    from diplograph.stages.places import find_places

    pipeline = Pipeline(Settings(coder="rules"))
    by_id = {r["id"]: r for r in records if r["events"]}
    articles = [Article(id=r["id"], text=r["text"]) for r in by_id.values()]
    out = []
    for parse in pipeline.nlp.pipe(articles, batch_size=64):
        record = by_id[parse.article.id]
        mentions = find_mentions(parse, pipeline.dictionary, None)
        idx = MentionIndex(parse, mentions, find_places(parse, pipeline.gazetteer))
        everything = set(range(len(parse.tokens)))
        done = set()
        for event in record["events"]:
            span = _span(record["text"], event["trigger"])
            trigger = head_token(parse, *span, everything) if span else None
            if trigger is None or (trigger, event["type"]) in done:
                continue
            done.add((trigger, event["type"]))
            found = sentence_candidates(parse, idx, trigger)
            key = f"{record['id']}:{trigger}"
            for m, label in zip(found, _labels(record, event, found), strict=True):
                features = role_features(parse, trigger, event["type"], m, found)
                out.append((record["article"], key, features, label))
    return out


def role_scores(keys, labels, probs, role: str, threshold: float) -> dict[str, float]:
    """Per event: the best candidate for the role, taken when its probability clears the
    threshold; right when it is labelled with the role. Recall over the events that have a
    candidate labelled with it."""
    col = ROLE_INDEX[role]
    events: dict[str, list[int]] = {}
    for r, key in enumerate(keys):
        events.setdefault(key, []).append(r)
    tp = n_pred = n_gold = 0
    for rows in events.values():
        n_gold += any(labels[r] == role for r in rows)
        best = max(rows, key=lambda r: probs[r, col])
        if probs[best, col] >= threshold:
            n_pred += 1
            tp += labels[best] == role
    p = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    return {"precision": round(p, 3), "recall": round(rec, 3), "f1": round(f1, 3),
            "predicted": n_pred, "gold": n_gold}  # fmt: skip


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--min-count", type=int, default=2, help="drop rarer features")
    synthetic_option(ap)
    args = ap.parse_args(argv)

    from scipy import sparse
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    started = time.time()
    records, files = sentences(args.corpus, args.synthetic)
    data = labelled(records)
    groups = [d[0] for d in data]
    keys = [d[1] for d in data]
    labels = [d[3] for d in data]
    counts = Counter(f for d in data for f in set(d[2]))
    names = sorted(f for f, n in counts.items() if n >= args.min_count)
    vocabulary = {f: k for k, f in enumerate(names)}
    cols, ptr = [], [0]
    for d in data:
        cols += sorted({vocabulary[f] for f in d[2] if f in vocabulary})
        ptr.append(len(cols))
    x = sparse.csr_matrix((np.ones(len(cols)), cols, ptr), shape=(len(data), len(names)))
    y = np.array(labels)
    print(f"{len(records)} sentences, {len(set(keys))} events with candidates, {len(data)} "
          f"candidates {dict(Counter(labels))}, {len(names)} features")  # fmt: skip

    from diplograph.stages.events.roles import ROLES

    folds = list(GroupKFold(n_splits=5).split(x, y, groups))
    best = None
    for c in (0.1, 0.3, 1.0, 3.0):
        probs = np.zeros((len(y), len(ROLES)))
        for train, test in folds:
            model = LogisticRegression(C=c, max_iter=3000, random_state=args.seed)
            model.fit(x[train], y[train])
            order = [list(model.classes_).index(k) for k in ROLES]
            probs[test] = model.predict_proba(x[test])[:, order]
        chosen = {}
        for role in ROLE_INDEX:
            figures = [(t, role_scores(keys, labels, probs, role, t)) for t in THRESHOLDS]
            for t, figure in figures:
                print(f"  C={c} {role} threshold={t}: {figure}")
            chosen[role] = max(figures, key=lambda tf: (f_beta(tf[1], 0.5), -tf[0]))
        total = sum(f_beta(chosen[role][1], 0.5) for role in ROLE_INDEX)
        if best is None or total > best[0]:
            best = (total, c, chosen)
    _, c, chosen = best
    print(
        f"cross-validated (5 folds by article, best F0.5 per role): C={c} "
        + "; ".join(f"{role} threshold={t} {fig}" for role, (t, fig) in chosen.items())
    )

    model = LogisticRegression(C=c, max_iter=3000, random_state=args.seed).fit(x, y)
    order = [list(model.classes_).index(k) for k in ROLES]
    meta = {
        "trained": time.strftime("%Y-%m-%d"),
        "command": "python3 tools/train_roles.py",
        "seed": args.seed,
        "C": c,
        "cross_validated": {role: fig for role, (_, fig) in chosen.items()},
        "sentences": len(records),
        "synthetic": args.synthetic,
        "events": len(set(keys)),
        "corpus": {
            (str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else p.name): hashlib.sha256(
                p.read_bytes()
            ).hexdigest()
            for p in files
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out,
        features=np.array(names),
        weights=model.coef_[order].T.astype(np.float32),
        bias=model.intercept_[order].astype(np.float32),
        source=np.float32(chosen["SOURCE"][0]),
        target=np.float32(chosen["TARGET"][0]),
        meta=np.array(json.dumps(meta)),
    )
    print(
        f"wrote {args.out} ({args.out.stat().st_size // 1024} KB) in {time.time() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
