"""The coder's time per article now against the coder of an earlier commit (issue 17 asks for at
most 1.3x the coder of the day it was filed; `bench_coder.py` compares with today's rules).

    python3 bench/bench_coder_then.py REF [N] [--rounds R]

Issue 17 began at 077f684 (the blind event set, before any learned part): that is the REF
the issue's limit is read against.

Extracts commit REF with `git archive` into a temporary folder, then times each tree's default
coder (`Pipeline(Settings()).coder`) in its own fresh process (`coder_time.py` with that tree
first on PYTHONPATH), the trees alternating for R rounds (default 2): each process parses N AG
News items (default 1,000) with its own stages and codes them three times, keeping the fastest.
Prints each tree's milliseconds of CPU per article (median over rounds) and the ratio.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]
CHILD = Path(__file__).resolve().parent / "coder_time.py"


def _time(tree: Path, n: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    out = subprocess.run(
        [sys.executable, str(CHILD), str(n)], env=env, capture_output=True, text=True, check=True
    ).stdout
    return float(out.split()[-1])


def coder_times(ref: str, n: int, rounds: int) -> dict[str, list[float]]:
    """CPU milliseconds per article of REF's coder and this tree's, `rounds` runs each,
    alternating. Raises CalledProcessError when REF cannot be extracted (a shallow clone)."""
    with tempfile.TemporaryDirectory() as folder:
        then = Path(folder)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", ref], capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(then)], input=archive, check=True)
        times: dict[str, list[float]] = {ref: [], "this tree": []}
        for _ in range(rounds):
            times[ref].append(_time(then, n))
            times["this tree"].append(_time(ROOT, n))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ref", help="the earlier commit")
    parser.add_argument("n", nargs="?", type=int, default=1000, help="how many AG News items")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    times = coder_times(args.ref, args.n, args.rounds)
    for name, runs in times.items():
        shown = " / ".join(f"{t:.3f}" for t in runs)
        print(f"  {name:<12} {median(runs):.3f} ms/article (runs: {shown})")
    ratio = median(times["this tree"]) / median(times[args.ref])
    print(f"  this tree / {args.ref}: {ratio:.2f}x")


if __name__ == "__main__":
    main()
