"""How fast `diplograph actors --batch` resolves phrases, and how long the dictionary takes to load.

    python3 bench/bench_actors.py [--n 600] [--repeat 3]

Phrases: every run of capitalised words (up to six, with a leading "the") in the first N AG News
World items (lines 1-600 lie outside the blind pool of corpus/splits.json), plus the seed
phrases, all dated 2004-09-15 (the seeds keep their dates). Prints the dictionary's load time in
this fresh process, then the best of --repeat timed runs of the `actors --batch` command over
the phrases (written as JSONL, run in-process through click), as phrases/s. The machine is
shared and loaded: compare two trees by running both in one go, and read ratios, not seconds.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from itertools import islice
from pathlib import Path

from click.testing import CliRunner

from diplograph.cli.main import cli
from diplograph.stages.actors import ActorDictionary

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus/agnews-world/agnews_world_test.jsonl"
SEEDS = SHARED / "eval/seeds/actors.jsonl"
NAME_RUN = re.compile(r"(?:\bthe\s+)?(?:[A-Z][\w.'&-]*\s+){0,5}[A-Z][\w.'&-]*")


def phrases(n: int) -> list[dict]:
    out = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in islice(f, min(n, 600)):
            text = json.loads(line)["text"]
            out += [{"text": m.group(0), "date": "2004-09-15"} for m in NAME_RUN.finditer(text)]
    seeds = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line]
    return out + [{"text": s["text"], "date": s["date"]} for s in seeds]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600, help="how many AG News items (<= 600)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is kept")
    args = parser.parse_args()
    t0 = time.perf_counter()
    ActorDictionary.load()
    load_seconds = time.perf_counter() - t0
    items = phrases(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "phrases.jsonl"
        path.write_text("".join(json.dumps(x) + "\n" for x in items), encoding="utf-8")
        runs = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            result = CliRunner().invoke(cli, ["actors", "--batch", str(path), "--json"])
            runs.append(time.perf_counter() - t0)
            if result.exit_code != 0:
                raise SystemExit(result.output)
    resolved = sum(json.loads(line)["country"] is not None for line in result.output.splitlines())
    best = min(runs)
    print(f"dictionary load {load_seconds:.2f} s")
    print(f"phrases {len(items)}, resolved {resolved}")
    print(f"actors --batch {len(items) / best:.0f} phrases/s (best of {args.repeat}: {best:.2f} s)")


if __name__ == "__main__":
    main()
