"""Prove a speed change changed no result: ingest the same articles with two source trees and
compare every row of every table of the two stores (ingest timestamps and run ids aside).

    python3 tools/same_store.py OLD_TREE [NEW_TREE] [--n 200] [--keep DIR]
        [--old-python PATH] [--new-python PATH]

OLD_TREE and NEW_TREE are checkouts of diplograph (NEW_TREE defaults to this one); each ingests,
in its own process with `--workers 1`, the first N articles of the ingest benchmark
(`bench/bench_ingest.py`: the seed articles, then synthetic and AG News articles), the shipped
demo articles and the test articles. `--old-python` / `--new-python` run a tree with another
interpreter (a virtual environment with other versions of the dependencies). Prints the rows
per table and every table that differs with its first differing rows; exit code 1 when any
differs.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_ingest import build_corpus  # noqa: E402

EXTRA = ("src/diplograph/data/demo", "tests/data/articles")  # relative to the new tree


def dump(db: Path) -> dict[str, list]:
    """Every row of every table, in row order, without the ingest timestamps and run ids."""
    conn = sqlite3.connect(db)
    out = {}
    for (table,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        cols = [c for c in cols if not c.endswith("_at") and c != "run"]
        out[table] = conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
    conn.close()
    return out


def ingest(tree: Path, inputs: list[str], db: Path, python: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    command = [python, "-m", "diplograph", "ingest", *inputs, "--db", str(db)]
    subprocess.run([*command, "--workers", "1", "-q"], env=env, check=True, cwd=tree)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path, nargs="?", default=ROOT)
    parser.add_argument("--n", type=int, default=200, help="benchmark articles")
    parser.add_argument("--keep", type=Path, help="keep the two stores in this folder")
    parser.add_argument("--old-python", default=sys.executable, help="interpreter of OLD_TREE")
    parser.add_argument("--new-python", default=sys.executable, help="interpreter of NEW_TREE")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "sample.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for record in build_corpus(args.n):
            f.write(json.dumps(record) + "\n")
    inputs = [str(corpus), *(str(args.new / extra) for extra in EXTRA)]
    stores = []
    runs = (("old", args.old, args.old_python), ("new", args.new, args.new_python))
    for name, tree, python in runs:
        db = folder / f"{name}.db"
        db.unlink(missing_ok=True)
        ingest(tree.resolve(), inputs, db, python)
        stores.append(dump(db))
    old, new = stores
    differ = 0
    for table in sorted(set(old) | set(new)):
        a, b = old.get(table), new.get(table)
        same = a == b
        differ += not same
        mark = "" if same else "DIFFER"
        print(f"{table:<24} {len(a or ()):>7} rows old {len(b or ()):>7} new  {mark}")
        if not same and a is not None and b is not None:
            shown = 0
            for i, (x, y) in enumerate(zip(a, b, strict=False)):
                if x != y and shown < 3:
                    print(f"    row {i}: old {x}\n    row {i}: new {y}")
                    shown += 1
    print("same stores" if not differ else f"{differ} table(s) differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
