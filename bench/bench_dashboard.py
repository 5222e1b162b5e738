"""The dashboard's speed in headless Chromium on a synthetic store of 100,000 events:
the first view (navigation start to every panel drawn) and a filter change (a type chosen to
every panel redrawn), on 127.0.0.1.

    python3 bench/bench_dashboard.py [--db FILE] [--events N] [--runs 5]

Needs Debian's chromium and chromium-driver. Prints the median and worst of the runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from serve import load_average, server, store  # noqa: E402

READY = (
    "const s = document.getElementById('status').textContent;"
    " return document.body.dataset.ready === 'true' && s.startsWith('updated') ? s : null;"
)


def browser():
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                 f"--user-data-dir={tempfile.mkdtemp(prefix='diplograph-chromium-')}"):  # fmt: skip
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def wait(driver, script: str, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = driver.execute_script(script)
        if result:
            return result
        time.sleep(0.01)
    raise SystemExit(f"timed out: {script}")


def first_view(driver, url: str) -> float:
    driver.get("about:blank")
    driver.get(url + "/")
    wait(driver, READY)
    # from the navigation's start (the page's time origin) to the status line's update
    return driver.execute_script("return performance.now()") / 1000


def filter_change(driver, kind: str) -> float:
    before = wait(driver, READY)
    started = driver.execute_script(
        "const s = document.querySelector('#filters select[name=type]');"
        " s.value = arguments[0]; const t = performance.now();"
        " s.dispatchEvent(new Event('input', {bubbles: true})); return t;",
        kind,
    )
    wait(
        driver,
        READY.replace("? s : null", f"&& s !== {before!r} ? s : null"),
    )
    return (driver.execute_script("return performance.now()") - started) / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/diplograph-bench-100k.db")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    store(args.db, args.events)
    with server(args.db) as (url, _pid):
        driver = browser()
        try:
            firsts, changes = [], []
            for run in range(args.runs):
                firsts.append(first_view(driver, url))
                kinds = ["ASSAULT", "CONSULT", "SANCTION", "AID", ""]
                changes.append(filter_change(driver, kinds[run % len(kinds)]))
        finally:
            driver.quit()
    print(f"load average after: {load_average()} (the machine has {os.cpu_count()} cores)")
    for name, values in (("first view", firsts), ("filter change", changes)):
        print(
            f"{name:14} median {statistics.median(values):.2f} s,"
            f" worst {max(values):.2f} s ({args.runs} runs, {args.events} events)"
        )


if __name__ == "__main__":
    main()
