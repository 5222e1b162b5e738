"""How fast `diplograph actors --batch` resolves phrases, and how long the dictionary takes to load.

    python3 bench/bench_actors.py [--n 600] [--repeat 3]

Phrases: every run of capitalised words (up to six, with a leading "the") in the first N AG News
World items (lines 1-600 lie outside the blind pool of corpus/splits.json), all dated
2004-09-15. Prints the dictionary's load time in this fresh process; the warm-up (the seed
phrases and two that reach the last steps, which load the tolerant index and the places
gazetteer on first use); then the `actors --batch` command over the AG News phrases (written as
JSONL, run in-process through click): the first run (the dictionary's memo of answers empty:
the figure to compare with a tree without the memo) and the best of --repeat runs after it (the
memo warm). The machine is shared and loaded: compare two trees by running both in one go, and
read ratios, not seconds.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from datetime import date
from itertools import islice
from pathlib import Path

from click.testing import CliRunner

from diplograph.cli.main import cli
from diplograph.stages.actors import ActorDictionary

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus/agnews-world/agnews_world_test.jsonl"
SEEDS = SHARED / "eval/seeds/actors.jsonl"
WARM_UP = ("Gorge W. Bush", "Lviv police")
NAME_RUN = re.compile(r"(?:\bthe\s+)?(?:[A-Z][\w.'&-]*\s+){0,5}[A-Z][\w.'&-]*")


def phrases(n: int) -> list[dict]:
    out = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in islice(f, min(n, 600)):
            text = json.loads(line)["text"]
            out += [{"text": m.group(0), "date": "2004-09-15"} for m in NAME_RUN.finditer(text)]
    return out


def warm_up(dictionary: ActorDictionary) -> float:
    """Resolve the seed phrases and two that reach the last steps (a misspelt name, a city's
    police: the steps load their indexes on first use); the seconds it took."""
    seeds = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line]
    seeds += [{"text": t, "date": "2004-09-15"} for t in WARM_UP]
    t0 = time.perf_counter()
    for s in seeds:
        dictionary.resolve(s["text"], date.fromisoformat(s["date"]))
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600, help="how many AG News items (<= 600)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is kept")
    args = parser.parse_args()
    t0 = time.perf_counter()
    dictionary = ActorDictionary.load()
    load_seconds = time.perf_counter() - t0
    warm_seconds = warm_up(dictionary)
    items = phrases(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "phrases.jsonl"
        path.write_text("".join(json.dumps(x) + "\n" for x in items), encoding="utf-8")
        runs = []
        for _ in range(args.repeat + 1):
            t0 = time.perf_counter()
            result = CliRunner().invoke(cli, ["actors", "--batch", str(path), "--json"])
            runs.append(time.perf_counter() - t0)
            if result.exit_code != 0:
                raise SystemExit(result.output)
    resolved = sum(json.loads(line)["country"] is not None for line in result.output.splitlines())
    best = min(runs[1:])
    print(f"dictionary load {load_seconds:.2f} s; warm-up {warm_seconds:.2f} s")
    print(f"phrases {len(items)}, resolved {resolved}")
    print(f"actors --batch first run {len(items) / runs[0]:.0f} phrases/s ({runs[0]:.2f} s)")
    print(f"actors --batch after it {len(items) / best:.0f} phrases/s (best of {args.repeat})")


if __name__ == "__main__":
    main()
