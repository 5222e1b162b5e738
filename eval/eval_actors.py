"""Accuracy of `diplograph actors --batch` on a gold list of actor phrases.

    python3 eval/eval_actors.py [FILE] [--quiet]

FILE (default: eval/actors_blind.jsonl; ../shared/eval/seeds/actors.jsonl works too) has one
line per phrase: {"article", "text", "date", "country", "sector"}, where country is an ISO
alpha-3 or group code (IGO, NAT, EUR, WST, ...) or null, and sector a three-letter sector or
null. Each phrase is resolved out of context on its date with
`diplograph actors --batch TMP --json` (input lines {"text", "date"}). It prints:
- country accuracy: the predicted country equals the gold one (null == null counts);
- country+sector accuracy: both the country and the sector equal the gold ones;
- the same two figures on the lines whose gold country is not null;
- a miss list, one line per phrase whose country or sector is wrong (unless --quiet).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT = Path(__file__).with_name("actors_blind.jsonl")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def command() -> list[str]:
    exe = shutil.which("diplograph")
    return [exe] if exe else [sys.executable, "-m", "diplograph"]


def parse_output(out: str) -> list[dict]:
    """The CLI's --json output: a JSON array, or one JSON object a line."""
    out = out.strip()
    if not out:
        return []
    try:
        data = json.loads(out)
    except json.JSONDecodeError:
        return [json.loads(line) for line in out.splitlines() if line.strip()]
    return data if isinstance(data, list) else [data]


def resolve(gold: list[dict]) -> list[dict]:
    """Run the CLI once on every phrase and return its answers, in order."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps({"text": g["text"], "date": g.get("date")}) + "\n")
    try:
        run = subprocess.run(
            [*command(), "actors", "--batch", f.name, "--json"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
    finally:
        Path(f.name).unlink()
    if run.returncode != 0:
        sys.exit(f"diplograph actors failed ({run.returncode}): {run.stderr.strip()}")
    preds = parse_output(run.stdout)
    if len(preds) != len(gold):
        sys.exit(f"diplograph actors gave {len(preds)} answers for {len(gold)} phrases")
    return preds


def score(gold: list[dict], preds: list[dict]) -> dict:
    n = len(gold)
    country_ok = both_ok = named = named_country = named_both = 0
    misses = []
    for g, p in zip(gold, preds, strict=True):
        c_ok = (p.get("country") or None) == g.get("country")
        s_ok = (p.get("sector") or None) == g.get("sector")
        country_ok += c_ok
        both_ok += c_ok and s_ok
        if g.get("country") is not None:
            named += 1
            named_country += c_ok
            named_both += c_ok and s_ok
        if not (c_ok and s_ok):
            misses.append((g, p, c_ok))
    return {
        "phrases": n,
        "country": country_ok / n if n else 0.0,
        "country_sector": both_ok / n if n else 0.0,
        "named": named,
        "named_country": named_country / named if named else 0.0,
        "named_country_sector": named_both / named if named else 0.0,
        "misses": misses,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(DEFAULT), help="the JSONL gold file")
    parser.add_argument("--quiet", action="store_true", help="print the figures only")
    args = parser.parse_args()
    gold = load(Path(args.file))
    result = score(gold, resolve(gold))
    if not args.quiet:
        for g, p, c_ok in result["misses"]:
            what = "sector" if c_ok else "country"
            print(
                f"miss ({what}): {g.get('article', '')}: {g['text']!r} on {g.get('date')}: "
                f"want {g.get('country')}/{g.get('sector')}, "
                f"got {p.get('country') or None}/{p.get('sector') or None}"
            )
    n, named = result["phrases"], result["named"]
    print(f"phrases {n}, with a gold country {named}")
    print(f"{'country accuracy':32} {result['country']:.3f}")
    print(f"{'country+sector accuracy':32} {result['country_sector']:.3f}")
    print(f"{'country (gold country not null)':32} {result['named_country']:.3f}")
    print(f"{'country+sector (same lines)':32} {result['named_country_sector']:.3f}")


if __name__ == "__main__":
    main()
