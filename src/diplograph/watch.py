"""Live feeds: poll RSS/Atom feeds, ingest what is new, alert on the events that match rules.

    every interval: for each feed  Fetcher.get(url, etag, last-modified)
                                   304 -> nothing; error -> reported, next feed
                                   200 -> articles_from -> ingest (skips stored articles)
                    new events (ids above the poll's start) -> rules -> JSONL file or webhook

A feed that is down, slow or malformed is one error for that poll; the others are read, and it
is tried again at the next. The validators (ETag, Last-Modified) of each feed are kept in a
small JSON state file and saved only after the feed's articles are stored, so a run killed
mid-poll fetches them again and the store, which skips any article it holds (same content),
still ends with each article once.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from diplograph.config import Settings
from diplograph.errors import ConfigError, InputError
from diplograph.fetch import Fetcher, articles_from, dated, is_url
from diplograph.store.queries import EventFilter

UNITS = {"s": 1, "m": 60, "h": 3600}
RULE_KEYS = {"country": "countries", "type": "event_type", "since": "since", "until": "until"}


def parse_every(text: str) -> float:
    """Seconds in an interval written `90s`, `15m` or `1h`."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh])\s*", text or "")
    if not m or float(m.group(1)) <= 0:
        raise ConfigError(f"interval {text!r}: write a positive number with s, m or h (15m)")
    return float(m.group(1)) * UNITS[m.group(2)]


def read_feeds(path: str | Path) -> list[str]:
    """Feed URLs, one a line; blank lines and lines starting with # are skipped."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read the feeds file ({exc.strerror})", str(path)) from exc
    feeds = []
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            raise InputError("not an http(s) URL", str(path), number)
        feeds.append(line)
    if not feeds:
        raise InputError("no feed URLs", str(path))
    return feeds


@dataclass(frozen=True, slots=True)
class Rule:
    """`country=PRK type=ASSAULT`: every condition must hold (the `events` filters)."""

    text: str
    filter: EventFilter

    @classmethod
    def parse(cls, text: str) -> Rule:
        given = {}
        for part in text.split():
            key, sep, value = part.partition("=")
            if not sep or key not in RULE_KEYS or not value:
                raise ConfigError(
                    f"alert rule {text!r}: use key=value with keys {', '.join(RULE_KEYS)}"
                )
            value = value.upper() if key in {"country", "type"} else value
            given[RULE_KEYS[key]] = (value,) if key == "country" else value
        if not given:
            raise ConfigError("an alert rule needs at least one key=value")
        return cls(text, EventFilter(**given))


class Alerts:
    """Sends matching events to a JSONL file (appended) or a webhook (one JSON POST each)."""

    def __init__(self, rules: Iterable[Rule], target: str | None, fetcher: Fetcher | None = None):
        self.rules = list(rules)
        self.target = target
        self.fetcher = fetcher

    def matching(self, store, new_ids: set[int]) -> list[dict]:
        """New events that match any rule, each once, with the rules they match."""
        found: dict[int, dict] = {}
        for rule in self.rules:
            for event in store.events(rule.filter):
                if event["id"] in new_ids:
                    found.setdefault(event["id"], {"rules": [], "event": event})
                    found[event["id"]]["rules"].append(rule.text)
        return [found[i] for i in sorted(found)]

    def send(self, alerts: list[dict]) -> None:
        if not alerts or not self.target:
            return
        if is_url(self.target):
            import httpx

            for alert in alerts:
                try:
                    self.fetcher.client.post(self.target, json=alert).raise_for_status()
                except httpx.HTTPError as exc:  # reported; the watch goes on
                    raise InputError(f"webhook refused the alert ({exc})", self.target) from exc
            return
        with open(self.target, "a", encoding="utf-8") as f:
            for alert in alerts:
                f.write(json.dumps(alert, ensure_ascii=False) + "\n")


@dataclass
class PollReport:
    feeds: int = 0
    not_modified: int = 0
    failed: int = 0
    stored: int = 0
    skipped: int = 0
    new_events: int = 0
    alerts: int = 0
    errors: list[InputError] = field(default_factory=list)


class Watcher:
    """Polls feeds into one store with one pipeline, kept between polls."""

    def __init__(
        self,
        feeds: list[str],
        store,
        settings: Settings,
        *,
        pipeline=None,
        alerts: Alerts | None = None,
        state_path: str | Path | None = None,
        fetcher: Fetcher | None = None,
        on_error: Callable[[InputError], None] | None = None,
    ):
        from diplograph.pipeline import Pipeline

        self.feeds = feeds
        self.store = store
        self.settings = settings
        self.pipeline = pipeline or Pipeline(settings)
        self.fetcher = fetcher or Fetcher()
        self.alerts = alerts or Alerts([], None)
        self.alerts.fetcher = self.alerts.fetcher or self.fetcher
        self.state_path = Path(state_path) if state_path else None
        self.state: dict[str, dict] = self._load_state()
        self.on_error = on_error

    def _load_state(self) -> dict[str, dict]:
        if self.state_path and self.state_path.exists():
            try:
                return json.loads(self.state_path.read_text(encoding="utf-8"))
            except ValueError:
                return {}  # a damaged state only costs one unconditional fetch per feed
        return {}

    def _save_state(self) -> None:
        if self.state_path:
            tmp = self.state_path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self.state, indent=1), encoding="utf-8")
            tmp.replace(self.state_path)

    def poll(self) -> PollReport:
        """Fetch every feed once, store its new articles, and alert on the new events."""
        from diplograph.pipeline import ingest

        report = PollReport(feeds=len(self.feeds))

        def failed(error: InputError) -> None:
            report.errors.append(error)
            if self.on_error:
                self.on_error(error)

        before = self._last_event_id()
        for url in self.feeds:
            known = self.state.get(url, {})
            try:
                fetched = self.fetcher.get(
                    url, etag=known.get("etag"), last_modified=known.get("last_modified")
                )
                if fetched.not_modified:
                    report.not_modified += 1
                    continue
                articles = [dated(a, None) for a in articles_from(fetched, failed)]
            except InputError as exc:
                report.failed += 1
                failed(exc)
                continue
            done = ingest([], self.store, self.settings, pipeline=self.pipeline, articles=articles)
            report.stored += done.stored
            report.skipped += done.skipped
            report.new_events += done.new_events
            self.state[url] = {"etag": fetched.etag, "last_modified": fetched.last_modified}
            self._save_state()
        new_ids = self._event_ids_after(before)
        alerts = self.alerts.matching(self.store, new_ids)
        try:
            self.alerts.send(alerts)
            report.alerts = len(alerts)
        except InputError as exc:
            failed(exc)
        return report

    def run(
        self,
        every: float,
        *,
        polls: int | None = None,
        on_poll: Callable[[PollReport], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """Poll every `every` seconds (from the start of one poll to the next), `polls` times
        or until interrupted."""
        done = 0
        while polls is None or done < polls:
            started = time.monotonic()
            report = self.poll()
            done += 1
            if on_poll:
                on_poll(report)
            if polls is None or done < polls:
                sleep(max(0.0, every - (time.monotonic() - started)))

    def _last_event_id(self) -> int:
        row = self.store.conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()
        return row[0]

    def _event_ids_after(self, last: int) -> set[int]:
        rows = self.store.conn.execute("SELECT id FROM events WHERE id > ?", (last,))
        return {r[0] for r in rows}
