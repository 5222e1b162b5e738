"""Load test: 20 clients against the events and dyad endpoints of `diplograph serve` on
127.0.0.1, over a synthetic store of 100,000 events.

    python3 bench/bench_api.py [--db FILE] [--events N] [--clients 20] [--seconds 60]

Each client sends a request, waits for the answer, waits 100 ms, and so on, for 60 s. Half the
requests list events (a page of 50, under a random filter: none, a state, a type, a year, a
dyad, a page further on), half ask for a dyad (/api/analysis/dyad/A/B when the server has it,
else /api/events?dyad=A,B). Prints requests/s, p50/p99 latency and errors. Not run in CI.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from serve import HOST, cpu_seconds, load_average, server, store  # noqa: E402
from synthetic import STATES, TYPES  # noqa: E402

STATE_CODES = list(STATES)


def events_request(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["all", "country", "type", "year", "dyad", "page"])
    query = {
        "all": "",
        "country": f"country={rng.choice(STATE_CODES)}",
        "type": f"type={rng.choice(TYPES)[0]}",
        "year": f"since={(y := rng.randint(2000, 2025))}&until={y}",
        "dyad": "dyad={},{}".format(*rng.sample(STATE_CODES, 2)),
        "page": f"offset={50 * rng.randint(1, 200)}",
    }[kind]
    return "events", f"/api/events?limit=50&{query}"


def dyad_request(rng: random.Random, analysis: bool) -> tuple[str, str]:
    a, b = rng.sample(STATE_CODES, 2)
    if analysis:
        return "dyad", f"/api/analysis/dyad/{a}/{b}"
    return "dyad", f"/api/events?dyad={a},{b}&limit=50"


def client(port: int, seed: int, stop: float, think: float, analysis: bool, out: list):
    rng = random.Random(seed)
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    while time.monotonic() < stop:
        name, path = events_request(rng) if rng.random() < 0.5 else dyad_request(rng, analysis)
        started = time.perf_counter()
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            body = response.read()
            ok = response.status == 200 and body[:1] in (b"{", b"[")
        except (OSError, http.client.HTTPException):
            ok = False
            conn.close()
            conn = http.client.HTTPConnection(HOST, port, timeout=30)
        out.append((name, time.perf_counter() - started, ok))
        time.sleep(think)
    conn.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/diplograph-bench-100k.db")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--think", type=float, default=0.1, help="seconds between requests")
    args = parser.parse_args()
    store(args.db, args.events)
    with server(args.db) as (url, pid):
        port = int(url.rsplit(":", 1)[1])
        with http_get(port, "/openapi.json") as schema:
            paths = json.loads(schema)["paths"]
        analysis = "/api/analysis/dyad/{a}/{b}" in paths
        results: list[tuple[str, float, bool]] = []
        stop = time.monotonic() + args.seconds
        threads = [
            threading.Thread(target=client, args=(port, seed, stop, args.think, analysis, results))
            for seed in range(args.clients)
        ]
        load_before = load_average()
        cpu_before = cpu_seconds(pid)
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
        cpu = cpu_seconds(pid) - cpu_before
    report(results, elapsed, args, analysis)
    print(
        f"server CPU: {cpu:.1f} s in {elapsed:.0f} s ({1000 * cpu / max(1, len(results)):.2f} ms"
        f" a request); load average before {load_before}, after {load_average()}"
        f" ({os.cpu_count()} cores)"
    )


class http_get:
    def __init__(self, port: int, path: str):
        self.conn = http.client.HTTPConnection(HOST, port, timeout=30)
        self.path = path

    def __enter__(self) -> bytes:
        self.conn.request("GET", self.path)
        return self.conn.getresponse().read()

    def __exit__(self, *exc) -> None:
        self.conn.close()


def report(results, elapsed: float, args, analysis: bool) -> None:
    by_name = defaultdict(list)
    for name, seconds, ok in results:
        by_name[name].append((seconds, ok))
    print(
        f"{args.clients} clients, {args.think * 1000:.0f} ms between requests, {elapsed:.0f} s,"
        f" {args.events} events; dyad endpoint: "
        + ("/api/analysis/dyad" if analysis else "/api/events?dyad (no analysis endpoints)")
    )
    rows = [("all", [(s, ok) for _, s, ok in results])] + sorted(by_name.items())
    print(f"{'endpoint':10} {'requests':>9} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7}"
          f" {'max ms':>7} {'errors':>6}")  # fmt: skip
    for name, items in rows:
        times = [s * 1000 for s, _ in items]
        errors = sum(1 for _, ok in items if not ok)
        print(
            f"{name:10} {len(items):9d} {len(items) / elapsed:7.1f}"
            f" {statistics.median(times):7.1f} {percentile(times, 99):7.1f}"
            f" {max(times):7.1f} {errors:6d}"
        )


if __name__ == "__main__":
    main()
