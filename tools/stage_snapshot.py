"""Snapshot what diplograph prints on the shipped corpora, to prove a refactor changed nothing.

    python3 tools/stage_snapshot.py OUT_DIR              write the snapshot
    python3 tools/stage_snapshot.py OUT_DIR --compare REF_DIR
                                                         write it, then diff against REF_DIR

It writes the seed export (events and relations), the AG News export and the output of
`actors --batch`, `dates --batch` and `places --batch` on the seeds and the AG News items in
../shared/corpus.
Exit code 1 when --compare finds a difference.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
AGNEWS = SHARED / "corpus" / "agnews-world" / "agnews_world_test.jsonl"
SEED_ACTORS = SHARED / "eval" / "seeds" / "actors.jsonl"


def run(args: list[str], out: Path) -> None:
    with out.open("w", encoding="utf-8") as f:
        subprocess.run([sys.executable, "-m", "diplograph", *args], stdout=f, check=True)


def seed_texts(tmp: Path) -> Path:
    """The seed articles and the AG News items as one --batch input."""
    meta = {m["file"]: m for m in map(json.loads, (SEEDS / "meta.jsonl").open())}
    path = tmp / "texts.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for name, m in sorted(meta.items()):
            text = (SEEDS / name).read_text(encoding="utf-8")
            f.write(json.dumps({"id": m["id"], "text": text, "published": m["published"]}) + "\n")
        f.write(AGNEWS.read_text(encoding="utf-8"))
    return path


def snapshot(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        db = str(tmp / "seeds.db")
        subprocess.run([sys.executable, "-m", "diplograph", "ingest", str(SEEDS), "--db", db,
                        "--quiet"], check=True)  # fmt: skip
        run(["export", "events", "--db", db, "--all", "-o", "-"], out / "seed_events.jsonl")
        run(["export", "relations", "--db", db, "-o", "-"], out / "seed_relations.jsonl")
        db = str(tmp / "agnews.db")
        subprocess.run([sys.executable, "-m", "diplograph", "ingest", str(AGNEWS), "--db", db,
                        "--quiet"], check=True)  # fmt: skip
        run(["export", "events", "--db", db, "--all", "-o", "-"], out / "agnews_events.jsonl")
        run(["actors", "--batch", str(SEED_ACTORS), "--json"], out / "actors.jsonl")
        texts = seed_texts(tmp)
        run(["dates", "--batch", str(texts), "--json"], out / "dates.jsonl")
        run(["places", "--batch", str(texts), "--json"], out / "places.jsonl")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="folder to write the snapshot to")
    ap.add_argument("--compare", type=Path, help="a snapshot folder to compare with")
    args = ap.parse_args(argv)
    snapshot(args.out)
    if not args.compare:
        return 0
    names = sorted(p.name for p in args.compare.iterdir())
    _, mismatch, errors = filecmp.cmpfiles(args.compare, args.out, names, shallow=False)
    for name in names:
        print(f"{'DIFFERS' if name in mismatch + errors else 'same':8} {name}")
    return 1 if mismatch or errors else 0


if __name__ == "__main__":
    sys.exit(main())
