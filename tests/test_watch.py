"""Watching feeds: conditional GET, each article stored once, feeds that fail, and alerts."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from diplograph.cli.main import cli
from diplograph.config import Settings
from diplograph.errors import ConfigError, InputError
from diplograph.store.queries import EventFilter
from diplograph.store.sqlite import Store
from diplograph.watch import Alerts, Rule, Watcher, parse_every, read_feeds

NEWS = {
    "n0": "North Korean troops shelled the South Korean island of Yeonpyeong on Tuesday,"
    " killing two marines.",
    "n1": "Japan and India signed a trade agreement in Tokyo on Friday.",
    "n2": "North Korean leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok"
    " on Wednesday.",
    "n3": "Russian forces shelled the Ukrainian city of Kharkiv on Monday, officials said.",
    "n4": "North Korean artillery fired on South Korean border posts on Thursday, the military"
    " said.",
}


def rss(ids) -> bytes:
    items = "".join(
        f"<item><guid>{i}</guid><title>{i}</title><description>{NEWS[i]}</description>"
        "<pubDate>Fri, 07 Mar 2025 10:00:00 GMT</pubDate></item>"
        for i in ids
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}'.encode()
        + b"</channel></rss>"
    )


@pytest.mark.parametrize("text, seconds", [("90s", 90), ("15m", 900), ("1h", 3600), ("0.5h", 1800)])
def test_watch_parse_every(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["15", "15d", "m", "0m", ""])
def test_watch_parse_every_rejects(text):
    with pytest.raises(ConfigError):
        parse_every(text)


def test_watch_rule_parse():
    rule = Rule.parse("country=prk type=assault since=2024")
    assert rule.filter == EventFilter(countries=("PRK",), event_type="ASSAULT", since="2024")
    for bad in ["", "country", "colour=red", "country="]:
        with pytest.raises(ConfigError):
            Rule.parse(bad)


def test_watch_read_feeds(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("# wires\nhttps://a.org/rss\n\nhttp://b.org/atom\n")
    assert read_feeds(path) == ["https://a.org/rss", "http://b.org/atom"]
    path.write_text("https://a.org/rss\nnews/feed.xml\n")
    with pytest.raises(InputError, match=":2: not an http"):
        read_feeds(path)


def test_watch_cli_alert_needs_a_target(tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:9/rss\n")
    result = CliRunner().invoke(cli, ["watch", str(feeds), "--alert", "country=PRK"])
    assert result.exit_code == 2 and "--alert-to" in result.output


@pytest.mark.slow
@pytest.mark.parametrize("target", ["file", "webhook"])
def test_watch_polls_store_each_article_once_and_alert_exactly(
    tmp_path, http_server, pipeline, target
):
    feed = {"ids": ["n0", "n1"], "etag": '"v1"', "up": True}

    def wire(request):
        if not feed["up"]:
            return 503, {}, b"down"
        if feed["etag"] and request.get("If-None-Match") == feed["etag"]:
            return 304, {"ETag": feed["etag"]}, b""
        headers = {"Content-Type": "application/rss+xml"}
        if feed["etag"]:
            headers["ETag"] = feed["etag"]
        return 200, headers, rss(feed["ids"])

    http_server.routes["/wire"] = wire
    http_server.routes["/junk"] = lambda _r: (200, {"Content-Type": "text/xml"}, b"<rss><chan")
    feeds = [http_server.url("/junk"), http_server.url("/wire")]
    to = str(tmp_path / "alerts.jsonl") if target == "file" else http_server.url("/hook")
    errors = []
    db = tmp_path / "w.db"
    with Store(db) as store:
        watcher = Watcher(
            feeds,
            store,
            Settings(db=str(db)),
            pipeline=pipeline,
            alerts=Alerts([Rule.parse("country=PRK type=ASSAULT")], to),
            state_path=tmp_path / "state.json",
            on_error=errors.append,
        )
        reports = [watcher.poll()]  # n0, n1 new
        reports.append(watcher.poll())  # 304
        feed.update(ids=["n1", "n2", "n3", "n4"], etag='"v2"')
        reports.append(watcher.poll())  # n2, n3, n4 new; n1 already stored
        feed["up"] = False
        reports.append(watcher.poll())  # down
        feed.update(up=True, etag=None)
        reports.append(watcher.poll())  # no validators now: all fetched, none stored again
        stored = [r["article_id"] for r in store.conn.execute("SELECT article_id FROM articles")]
        wanted = {
            e["id"] for e in store.events(EventFilter(countries=("PRK",), event_type="ASSAULT"))
        }

    assert sorted(stored) == ["n0", "n1", "n2", "n3", "n4"]
    assert [(r.stored, r.skipped, r.not_modified, r.failed) for r in reports] == [
        (2, 0, 0, 1),
        (0, 0, 1, 1),
        (3, 1, 0, 1),
        (0, 0, 0, 2),
        (0, 4, 0, 1),
    ]
    assert [r.alerts for r in reports] == [1, 0, 1, 0, 0]
    assert all(http_server.url("/junk") in str(e) for e in errors[:1])
    if target == "file":
        lines = (tmp_path / "alerts.jsonl").read_text().splitlines()
    else:
        lines = [body for path, body in http_server.posts if path == "/hook"]
    alerts = [json.loads(line) for line in lines]
    assert {a["event"]["id"] for a in alerts} == wanted and len(alerts) == len(wanted) == 2
    assert [a["event"]["mentions"][0]["article"] for a in alerts] == ["n0", "n4"]
    assert all(a["rules"] == ["country=PRK type=ASSAULT"] for a in alerts)
    state = json.loads((tmp_path / "state.json").read_text())
    assert state[http_server.url("/wire")]["etag"] is None
