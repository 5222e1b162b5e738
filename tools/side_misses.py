"""Sort the missed gold events of an event set by cause, and the side misses by class.

    PYTHONPATH=src python3 tools/side_misses.py --gold DEV [--list]

Runs the pipeline (one process) on DEV/articles.jsonl with the coder's readings logged, scores
the events with the shared scorer (../shared/eval/score.py) and gives each missed required gold
event one cause, from the readings of its sentence whose trigger is a word of its evidence:
`not read`, `another type`, `no event` (read with the gold's type, no event made: no side
found, or a guard), `wrong sides` (an event of the gold's type made with other sides, or
other dates), `not asserted`. A side missing from `no event` and `wrong sides` misses is
then put in a class by what the sentence holds for it (docs/sides_round6.md):
- `unnamed in gold`: the gold side is null and the coder needed a side;
- `one state, ...`: both gold sides are of one state ("police fired on protesters"), then
  classed as below with the mentions the reading already took left out;
- `coded, not attached: <how>`: a coded mention of the gold state is in the sentence but the
  reading did not take it (<how>: the trigger is a passive, a relative clause, a noun, ...;
  the mention sits in a place phrase, a coordination, an apposition, a possessive);
- `in a place`: only a place of that state is in the sentence ("in Kabul");
- `earlier mention`: the state is named only before this sentence (pronouns, "the group");
- `not in text`: nothing in the article is coded as that state (a body the dictionaries lack,
  a state the gold infers).
With `--list`, each side miss is printed with its sentence.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

from eval_seeds import load_scorer  # noqa: E402

from diplograph.config import Settings  # noqa: E402
from diplograph.pipeline import Pipeline, ingest  # noqa: E402
from diplograph.store.queries import EventFilter  # noqa: E402
from diplograph.store.sqlite import Store  # noqa: E402


def logged_pipeline(settings: Settings, log: dict) -> Pipeline:
    """A pipeline whose coder records, per article, each reading and the events it gave."""
    pipeline = Pipeline(settings)
    coder = pipeline.coder
    original = coder._from_reading

    def from_reading(parse, idx, reading, timexes, places):
        events = original(parse, idx, reading, timexes, places)
        entry = log.setdefault(parse.article.id, {"parse": parse, "idx": idx, "places": places})
        entry.setdefault("readings", []).append((reading, events))
        return events

    coder._from_reading = from_reading
    return pipeline


def run(gold_dir: Path) -> tuple[list[dict], list[dict], dict]:
    log: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=str(Path(tmp) / "misses.db"), workers=1)
        with Store(settings.db) as store:
            pipeline = logged_pipeline(settings, log)
            ingest([gold_dir / "articles.jsonl"], store, settings, pipeline=pipeline)
            events = list(store.events())
            every = list(store.events(EventFilter(include_all=True)))
    return events, every, log


def at_evidence(parse, reading, evidence: list[str]) -> bool:
    word = parse.tokens[reading.trigger].text.lower()
    return any(word in e.lower().replace("’", "'").split() for e in evidence)


def cause(g: dict, entry: dict | None, unasserted: list[dict], scorer) -> str:
    if entry is None:
        return "not read"
    evidence = [m["evidence"] for m in g["mentions"]]
    readings = entry.get("readings", [])
    own = [(r, ev) for r, ev in readings if at_evidence(entry["parse"], r, evidence)]
    if not own:
        return "not read"
    typed = [(r, ev) for r, ev in own if r.event in scorer.types(g)]
    if not typed:
        return "another type"
    if any(e.event_type in scorer.types(g) for _, ev in typed for e in ev):
        if any(scorer.kind(e) in scorer.types(g) for e in unasserted):
            return "not asserted"
        return "wrong sides"
    return "no event"


def side_class(g: dict, role: str, entry: dict, reading) -> str:
    """The class of the gold side `role` ('source' or 'target') that the reading lacks."""
    code = g[role]
    if code is None:
        return "unnamed in gold"
    other = g["target" if role == "source" else "source"]
    one_state = other is not None and other[:3] == code[:3]
    prefix = "one state, " if one_state else ""
    parse, idx = entry["parse"], entry["idx"]
    sent = parse.sentence_of(reading.trigger)
    inside = range(sent.token_start, sent.token_end)
    taken = {m.token_start for m in (*reading.actors.mentions, *reading.recipients.mentions)}
    here = [
        m
        for i in inside
        for m in idx.at(i)
        if (m.actor.country or "")[:3] == code[:3] and m.token_start not in taken
    ]
    if here:
        return f"{prefix}coded, not attached: {attachment(parse, reading, here[0])}"
    if any(p.country == code[:3] for p in entry["places"] if p.token_start in inside):
        return f"{prefix}in a place"
    before = [m for ms in idx.by_token.values() for m in ms if m.token_start < sent.token_start]
    if any((m.actor.country or "")[:3] == code[:3] for m in before):
        return f"{prefix}earlier mention"
    return f"{prefix}not in text"


PLACE_PREPS = {"in", "at", "near", "on", "over", "into", "across", "inside", "outside"}


def coarse(label: str) -> str:
    """The brief's class of a side label (docs/sides_round6.md)."""
    if label == "sides found or none in gold":
        return "sides found or none in gold: not kept (one-sided or sideless rules)"
    role, _, what = label.partition(": ")
    domestic = "one state, " in what
    what = what.replace("one state, ", "")
    if what == "unnamed in gold":
        name = "a side chosen where the gold has none"
    elif what == "in a place":
        name = "only a place of the state in the sentence"
    elif what == "earlier mention":
        name = "pronoun or earlier mention"
    elif what == "not in text":
        name = "party not coded (no entry, or the gold infers the state)"
    elif any(f"under '{p}'" in what for p in PLACE_PREPS):
        name = "coded, in a place phrase ('in Kabul', 'on Kharkiv')"
    elif role == "source":
        name = "subject not found (passive, clause, apposition, 'X's forces', noun)"
    else:
        name = "recipient inside a noun phrase or a clause"
    return f"{role}: {name}" + (" [one state]" if domestic else "")


def attachment(parse, reading, mention) -> str:
    """How a coded mention sits relative to the trigger, in a few words."""
    trig = parse.tokens[reading.trigger]
    tok = parse.tokens[mention.token_end - 1]
    while tok.head != tok.i and tok.head in range(mention.token_start, mention.token_end):
        tok = parse.tokens[tok.head]
    if trig.pos == "NOUN":
        where = "noun trigger"
    elif any(parse.tokens[c].dep in {"auxpass", "nsubjpass"} for c in parse.children[trig.i]):
        where = "passive"
    elif trig.dep == "relcl":
        where = "relative clause"
    elif trig.dep in {"conj", "advcl", "xcomp", "ccomp", "acl", "pcomp"}:
        where = f"verb as {trig.dep}"
    else:
        where = "verb"
    head = parse.tokens[tok.head]
    if tok.dep == "pobj":
        what = f"under '{head.lemma.lower()}'"
    elif tok.dep in {"poss", "compound", "amod", "nmod"}:
        what = f"{tok.dep} of '{head.lemma.lower()}'"
    else:
        what = tok.dep
    return f"{where}, mention {what}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--list", action="store_true", help="print each side miss with its sentence")
    args = ap.parse_args(argv)
    scorer = load_scorer()
    gold = scorer.load(args.gold / "gold.jsonl")
    no_events = scorer.load(args.gold / "no_events.jsonl")
    events, every, log = run(args.gold)
    result = scorer.score(gold, events, no_events)
    missed = set(result["missed"])
    unasserted = defaultdict(list)
    for e in every:
        if not e.get("asserted", True):
            for a in scorer.articles(e):
                unasserted[a].append(e)
    causes, classes, coarse_classes = Counter(), Counter(), Counter()
    for g in gold:
        if g["id"] not in missed:
            continue
        article = g["mentions"][0]["article"]
        entry = log.get(article)
        why = cause(g, entry, unasserted[article], scorer)
        causes[why] += 1
        if why not in {"no event", "wrong sides"}:
            continue
        evidence = [m["evidence"] for m in g["mentions"]]
        reading = next(
            r
            for r, _ in entry["readings"]
            if at_evidence(entry["parse"], r, evidence) and r.event in scorer.types(g)
        )
        made = [e for r, ev in entry["readings"] if r is reading for e in ev]
        have = {e.actor.country for e in made} | {m.actor.country for m in reading.actors.mentions}
        got = {e.recipient.country if e.recipient else None for e in made} | {
            m.actor.country for m in reading.recipients.mentions
        }
        labels = []
        for role, found in (("source", have), ("target", got)):
            want = g[role]
            if want is not None and any((c or "")[:3] == want[:3] for c in found):
                continue
            if want is None and (not found or None in found):
                continue
            labels.append(f"{role}: {side_class(g, role, entry, reading)}")
        if not labels:  # the gold's sides were found, or it has none: a guard, or no side kept
            labels = ["sides found or none in gold"]
        for label in labels:
            classes[f"{why} / {label}"] += 1
            coarse_classes[coarse(label)] += 1
        if args.list:
            text = entry["parse"].sentence_of(reading.trigger).text
            trig = entry["parse"].tokens[reading.trigger].text
            sides = f"{sorted(map(str, have))}->{sorted(map(str, got))}"
            print(f"[{why} / {'; '.join(labels)}] {g['type']} {g['source']}->{g['target']} "
                  f"read {sides} '{trig}': {text}")  # fmt: skip
    print(f"\nf1={result['f1']} precision={result['precision']} recall={result['recall']}")
    print("\nmissed required gold by cause:")
    for why, n in causes.most_common():
        print(f"  {why}: {n}")
    print("\nsides missing (no event, wrong sides), by class:")
    for label, n in coarse_classes.most_common():
        print(f"  {n:4d}  {label}")
    print("\nin detail:")
    for label, n in classes.most_common():
        print(f"  {n:4d}  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
