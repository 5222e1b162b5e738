"""Time of each analysis answer on a synthetic store of 1,000,000 events.

    python3 bench/bench_analysis.py [N] [--db FILE] [--rebuild]   (default 1,000,000 events)

Builds (once; reused unless --rebuild) a store of N events between ~200 states over 2000-2025
(partners drawn with Zipf-like weights, so a few states are very busy; 70% of dates to the day,
15% to the month, 10% to the year, 5% undated; 10% domestic or non-state), each with one report
in one of N/10 articles. Then times each library call, the way the CLI makes it, and the CLI
itself for two commands (process start included). CPU time is printed beside wall time: on a
shared machine the wall clock measures the neighbours too.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pycountry

from diplograph.analysis import blocs, dyad, escalation, graph, isolation, partners
from diplograph.store.sqlite import Store

TYPES = [("CONSULT", 4.0, 30), ("COOPERATE", 6.0, 10), ("AGREE", 2.5, 10), ("AID", 7.0, 5),
         ("SUPPORT", 5.0, 8), ("REQUEST", 0.0, 8), ("ACCUSE", -3.0, 10), ("THREATEN", -4.0, 6),
         ("SANCTION", -6.0, 5), ("ASSAULT", -9.0, 5), ("FIGHT", -10.0, 3)]  # fmt: skip
BUSY = ["USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "IND", "PRK", "KOR", "IRN", "ISR"]


def build(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    states = BUSY + sorted({c.alpha_3 for c in pycountry.countries} - set(BUSY))[:188]
    weights = [1 / (i + 1) ** 0.8 for i in range(len(states))]
    with Store(path) as store:
        c = store.conn
        c.execute("PRAGMA synchronous = OFF")
        c.execute("BEGIN")
        actors = {}
        for code in [*states, "NAT", "EUR", "IGO"]:
            for sector in ("", "GOV", "MIL"):
                cur = c.execute(
                    "INSERT INTO actors (code, country, sector, name) VALUES (?,?,?,?)",
                    (code + sector, code, sector or None, code + sector),
                )
                actors.setdefault(code, []).append(cur.lastrowid)
        articles = max(1, n // 10)
        c.executemany(
            "INSERT INTO articles (id, article_id, hash, text) VALUES (?,?,?,?)",
            ((i, f"a{i}", f"h{i}", f"Synthetic article {i}.") for i in range(1, articles + 1)),
        )
        kinds = [t for t, _, w in TYPES for _ in range(w)]
        intensity = {t: x for t, x, _ in TYPES}
        events, mentions = [], []
        for i in range(1, n + 1):
            a, b = rng.choices(states, weights, k=2)
            roll = rng.random()
            if roll < 0.05:
                b = a  # domestic
            elif roll < 0.10:
                b = rng.choice(["NAT", "EUR", "IGO"])
            day = f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            roll = rng.random()
            date = (
                day if roll < 0.7 else day[:7] if roll < 0.85 else day[:4] if roll < 0.95 else None
            )
            kind = rng.choice(kinds)
            sources = 1 if rng.random() < 0.7 else rng.randint(2, 6)
            events.append((i, kind, rng.choice(actors[a]), rng.choice(actors[b]), date,
                           intensity[kind], sources, sources))  # fmt: skip
            mentions.append((i, rng.randint(1, articles), f"{a} {kind} {b} on {date}."))
            if len(events) == 100_000:
                _flush(c, events, mentions)
        _flush(c, events, mentions)
        c.execute("COMMIT")
        c.execute("ANALYZE")


def _flush(c, events, mentions) -> None:
    c.executemany(
        "INSERT INTO events (id, event_type, actor, recipient, date, intensity, asserted,"
        " reports, sources) VALUES (?,?,?,?,?,?,1,?,?)",
        events,
    )
    c.executemany(
        "INSERT INTO event_mentions (event, article, sentence, sentence_start, sentence_end,"
        " text, trigger, trigger_start, trigger_end, fusion)"
        " VALUES (?,?,0,0,10,?,'t',0,1,'new event')",
        mentions,
    )
    events.clear()
    mentions.clear()


CALLS = [
    ("partners USA", lambda s: partners(s, "USA")),
    ("partners PRK --since 2018", lambda s: partners(s, "PRK", since="2018")),
    ("dyad USA CHN --by month", lambda s: dyad(s, "USA", "CHN", by="month")),
    ("dyad RUS PRK --by year", lambda s: dyad(s, "RUS", "PRK")),
    ("isolation PRK --by year", lambda s: isolation(s, "PRK")),
    ("isolation --by year (ranking)", lambda s: isolation(s)),
    ("isolation PRK --by month", lambda s: isolation(s, "PRK", by="month")),
    ("blocs --since 2022 --until 2025", lambda s: blocs(s, since="2022", until="2025")),
    (
        "blocs ... --compare-since 2014 --compare-until 2017",
        lambda s: blocs(s, since="2022", until="2025", compare_since="2014", compare_until="2017"),
    ),
    (
        "escalation PRK --attacked-by KOR",
        lambda s: escalation(s, "PRK", attacked_by="KOR", on="2025-09-10"),
    ),  # fmt: skip
    ("graph (export graph)", lambda s: graph(s)),
]


def main() -> None:
    args = sys.argv[1:]
    n = int(next((a for a in args if a.isdigit()), 1_000_000))
    path = Path(args[args.index("--db") + 1]) if "--db" in args else Path("/tmp/bench_analysis.db")
    if "--rebuild" in args or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        start = time.perf_counter()
        build(path, n)
        print(f"built {path}: {n:,} events in {time.perf_counter() - start:.1f} s")
    with Store(path) as store:
        total = store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
        print(f"{total:,} events; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        print("seconds per answer, library call, best of 3: wall clock and this process's CPU")
        for name, call in CALLS:
            walls, cpus = [], []
            for _ in range(3):
                start, cpu = time.perf_counter(), time.process_time()
                call(store)
                walls.append(time.perf_counter() - start)
                cpus.append(time.process_time() - cpu)
            print(f"  {name:<52} {min(walls):6.2f} {min(cpus):6.2f}")
    print("CLI, process start included (one run):")
    for command in (["isolation", "PRK"], ["dyad", "RUS", "PRK", "--json"]):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "diplograph", *command, "--db", str(path)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(f"  diplograph {' '.join(command):<41} {time.perf_counter() - start:6.2f}")


if __name__ == "__main__":
    main()
