"""Start `diplograph serve --read-only` on a free loopback port for a benchmark, and stop it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from synthetic import build

HOST = "127.0.0.1"  # benchmarks only ever talk to this machine


def store(db: str, events: int) -> None:
    """Build the synthetic store unless a file of that name holds that many events already, in
    this diplograph's schema."""
    import sqlite3

    from diplograph.store.schema import VERSION

    if Path(db).exists():
        with sqlite3.connect(db) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            count = conn.execute("SELECT count(*) FROM events").fetchone()[0]
            if (version, count) == (VERSION, events):
                return
    print(f"building {events} events in {db} ...", file=sys.stderr)
    build(db, events)


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


@contextmanager
def server(db: str):
    with socket.socket() as s:
        s.bind((HOST, 0))
        port = s.getsockname()[1]
    src = Path(__file__).resolve().parents[1] / "src"
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "diplograph",
            "serve",
            "--db",
            db,
            "--host",
            HOST,
            "--port",
            str(port),
            "--read-only",
        ],  # fmt: skip
        env=env,
    )
    url = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/api/events?limit=1", timeout=10):
                    break  # the first request also loads the in-memory index
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("diplograph serve did not start") from None
                time.sleep(0.2)
        yield url, process.pid
    finally:
        process.terminate()
        process.wait(timeout=10)
