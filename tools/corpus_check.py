#!/usr/bin/env python3
"""Validate annotated event-corpus files (JSONL, one sentence a line).

Usage: python3 tools/corpus_check.py [--todo] FILE...

Checks, per line: valid JSON object; required fields and their types; `type` one of the 16
PLOVER event types and `mode` one of that type's modes (or null); `trigger`, `actor`,
`recipient` and `date_text` verbatim substrings of `text`; actor/recipient codes well formed
(3 upper-case letters/digits for the country or group, optionally a 3-letter sector: `IRQ`,
`IRQGOV`, `IGO`, `G20`) or null, and parallel to their spans; `asserted`/`aux` consistent; ids
unique across all files; `split: "train"` lines not from a blind article (eval/*/articles.jsonl)
and not from a line reserved in corpus/splits.json.
`--todo` accepts unannotated batch lines (no `events`/`annotator`/`note`).
Prints one line per problem (FILE:LINE: message), then a summary. Exit 1 on any problem.
Standard library only. See docs/annotation.md for the rules.
"""

import json
import os
import re
import sys
from collections import Counter

MODES = {
    "AGREE": [],
    "SUPPORT": [],
    "CONCEDE": [],
    "COOPERATE": [],
    "AID": [],
    "CONSULT": ["visit", "third-party", "multilateral", "phone"],
    "RETREAT": ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
    "REQUEST": ["assist", "change", "yield", "meet"],
    "REJECT": ["assist", "change", "yield", "meet"],
    "ACCUSE": ["disapprove", "investigate", "allege"],
    "THREATEN": ["restrict", "arrest", "relations", "expel", "territory", "violence"],
    "PROTEST": ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
    "SANCTION": ["convict", "expel", "withdraw", "discontinue"],
    "MOBILIZE": ["troops", "weapons", "police", "militia"],
    "COERCE": [
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    ],
    "ASSAULT": [
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    ],
}
TYPES = list(MODES)
AUX = {"future", "hypothetical", "negation", "historical"}
NOT_ASSERTED_AUX = {"future", "hypothetical", "negation"}
SOURCES = {"agnews", "case2021", "ngec", "written"}
SPLITS = {"train", "blind"}
CODE = re.compile(r"^[A-Z][A-Z0-9]{2}([A-Z]{3})?$")
ID = {
    "agnews": re.compile(r"^ag-\d{5}-\d+$"),
    "case2021": re.compile(r"^case-\d{4}-\d+$"),
    "ngec": re.compile(r"^ng-\d{4}-\d+$"),
    "written": re.compile(r"^wr-[A-Za-z0-9_]+-\d+$"),
}
ARTICLE = {"agnews": "agnews-test-{:05d}", "case2021": "case2021-{}", "ngec": "ngec-{}"}
BASE = {"id": str, "split": str, "source": str, "article": str, "sentence_index": int, "text": str}
ANNOTATED = {"events": list, "annotator": str, "note": (str, type(None))}
EVENT_KEYS = [
    "type",
    "mode",
    "trigger",
    "actor",
    "actor_code",
    "recipient",
    "recipient_code",
    "asserted",
    "aux",
    "date_text",
]

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def blind_articles():
    """Article ids that must never appear with split "train"."""
    ids = set()
    evaldir = os.path.join(REPO, "eval")
    if os.path.isdir(evaldir):
        for name in os.listdir(evaldir):
            path = os.path.join(evaldir, name, "articles.jsonl")
            if os.path.isfile(path):
                with open(path, encoding="utf-8") as fh:
                    for line in fh:
                        try:
                            ids.add(json.loads(line)["id"])
                        except (ValueError, KeyError, TypeError):
                            pass
    splits = os.path.join(REPO, "corpus", "splits.json")
    ag = os.path.join(
        os.path.dirname(REPO), "shared", "corpus", "agnews-world", "agnews_world_test.jsonl"
    )
    if os.path.isfile(splits) and os.path.isfile(ag):
        with open(splits, encoding="utf-8") as fh:
            sp = json.load(fh)
        lines = {n for v in sp.values() if isinstance(v, list) for n in v if isinstance(n, int)}
        with open(ag, encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if i in lines:
                    try:
                        ids.add(json.loads(line)["id"])
                    except (ValueError, KeyError):
                        pass
    return ids


def as_list(value):
    return value if isinstance(value, list) else [value]


def check_side(ev, side, text, problem):
    span, code = ev.get(side), ev.get(side + "_code")
    if span is None:
        if code is not None:
            problem(f"{side}_code {code!r} given without a {side} span")
        return
    spans = as_list(span)
    if isinstance(span, list):
        if not span:
            problem(f"{side} is an empty list (use null)")
            return
        if not isinstance(code, list) or len(code) != len(span):
            problem(
                f"{side} is a list of {len(span)}: {side}_code must be a list of the same length"
            )
            codes = [None] * len(spans)
        else:
            codes = code
    else:
        if isinstance(code, list):
            problem(f"{side}_code is a list but {side} is a single span")
            codes = [None]
        else:
            codes = [code]
    for s, c in zip(spans, codes, strict=True):
        if not isinstance(s, str) or not s.strip():
            problem(f"{side} span {s!r} is not a non-empty string")
        elif s not in text:
            problem(f"{side} span {s!r} is not a verbatim substring of text")
        elif s != s.strip():
            problem(f"{side} span {s!r} has leading/trailing spaces")
        if c is not None and (not isinstance(c, str) or not CODE.match(c)):
            problem(f"{side}_code {c!r} is not CCC or CCCSSS (e.g. IRQ, IRQGOV) or null")


def check_event(ev, text, problem, counts):
    if not isinstance(ev, dict):
        problem("event is not an object")
        return
    missing = [k for k in EVENT_KEYS if k not in ev]
    if missing:
        problem("event missing fields: " + ", ".join(missing))
    extra = [k for k in ev if k not in EVENT_KEYS and k not in ("context", "note")]
    if extra:
        problem("event has unknown fields: " + ", ".join(extra))
    typ = ev.get("type")
    if typ not in MODES:
        problem(f"type {typ!r} is not one of the 16 PLOVER types")
    else:
        counts[typ] += 1
        for m in as_list(ev.get("mode")):
            if m is not None and m not in MODES[typ]:
                allowed = ", ".join(MODES[typ]) or "none (use null)"
                problem(f"mode {m!r} not a {typ} mode (allowed: {allowed})")
    trig = ev.get("trigger")
    if not isinstance(trig, str) or not trig.strip():
        problem("trigger missing or empty")
    elif trig not in text:
        problem(f"trigger {trig!r} is not a verbatim substring of text")
    check_side(ev, "actor", text, problem)
    check_side(ev, "recipient", text, problem)
    asserted, aux = ev.get("asserted"), ev.get("aux")
    if not isinstance(asserted, bool):
        problem(f"asserted must be true or false, got {asserted!r}")
    if aux is not None and aux not in AUX:
        problem(f"aux {aux!r} not one of future/hypothetical/negation/historical or null")
    if asserted is False and aux not in NOT_ASSERTED_AUX:
        problem("asserted false needs aux future, hypothetical or negation")
    if asserted is True and aux in NOT_ASSERTED_AUX:
        problem(
            f"aux {aux!r} needs asserted false (historical is the only aux of an asserted event)"
        )
    dt = ev.get("date_text")
    if dt is not None and (not isinstance(dt, str) or dt not in text):
        problem(f"date_text {dt!r} is not a verbatim substring of text")


def main(argv):
    todo = "--todo" in argv
    files = [a for a in argv if a != "--todo"]
    if not files:
        print(__doc__.strip())
        return 2
    blind = blind_articles()
    seen = {}
    problems = 0
    sentences = with_events = 0
    counts, sources, asserted_counts = Counter(), Counter(), Counter()
    for path in files:
        try:
            fh = open(path, encoding="utf-8")
        except OSError as exc:
            print(f"{path}: cannot open: {exc}")
            problems += 1
            continue
        with fh:
            for n, line in enumerate(fh, 1):
                where = f"{path}:{n}"

                def problem(msg, where=where):
                    nonlocal problems
                    problems += 1
                    print(f"{where}: {msg}")

                if not line.strip():
                    problem("empty line")
                    continue
                try:
                    rec = json.loads(line)
                except ValueError as exc:
                    problem(f"not valid JSON: {exc}")
                    continue
                if not isinstance(rec, dict):
                    problem("line is not a JSON object")
                    continue
                sentences += 1
                required = dict(BASE)
                if not todo or "events" in rec:
                    required.update(ANNOTATED)
                for key, typ in required.items():
                    if key not in rec:
                        problem(f"missing field {key!r}")
                    elif not isinstance(rec[key], typ) or (
                        typ is int and isinstance(rec[key], bool)
                    ):
                        problem(f"field {key!r} has the wrong type ({type(rec[key]).__name__})")
                text = rec.get("text") if isinstance(rec.get("text"), str) else ""
                if not text.strip():
                    problem("text is empty")
                src = rec.get("source")
                if src not in SOURCES:
                    problem(f"source {src!r} not one of {sorted(SOURCES)}")
                else:
                    sources[src] += 1
                    rid0, art = rec.get("id"), rec.get("article")
                    if isinstance(rid0, str) and not ID[src].match(rid0):
                        problem(f"id {rid0!r} does not have the {src} id form")
                    elif isinstance(rid0, str) and isinstance(art, str) and src != "written":
                        num = rid0.split("-")[1]
                        want = ARTICLE[src].format(int(num))
                        if art != want or rid0.split("-")[2] != str(rec.get("sentence_index")):
                            problem(f"id {rid0!r} does not match article {art!r} / sentence_index")
                if rec.get("split") not in SPLITS:
                    problem(f"split {rec.get('split')!r} not one of {sorted(SPLITS)}")
                if rec.get("split") == "train" and rec.get("article") in blind:
                    problem(f"training line from blind/reserved article {rec.get('article')}")
                rid = rec.get("id")
                if isinstance(rid, str):
                    if rid in seen:
                        problem(f"duplicate id {rid} (first at {seen[rid]})")
                    else:
                        seen[rid] = where
                events = rec.get("events")
                if isinstance(events, list):
                    if events:
                        with_events += 1
                    for ev in events:
                        check_event(ev, text, problem, counts)
                        if isinstance(ev, dict):
                            asserted_counts[bool(ev.get("asserted"))] += 1
    print(
        f"== {len(files)} file(s), {sentences} sentences "
        f"({', '.join(f'{k} {v}' for k, v in sorted(sources.items()))}), "
        f"{with_events} with events, {sum(counts.values())} events "
        f"({asserted_counts[True]} asserted, {asserted_counts[False]} not asserted)"
    )
    for typ in TYPES:
        if counts[typ]:
            print(f"   {typ:<10} {counts[typ]}")
    print(f"== {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
