"""Hostile input to ingest and to every --batch reader, in process with the pipeline loaded once.

Whatever the bytes, the CLI must end with a documented exit code (0, 1 or 3; never a traceback)
and the store must keep what it held before, whole (PRAGMA integrity_check).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from diplograph.cli.main import cli

pytestmark = pytest.mark.slow

EXIT_CODES = {0, 1, 3}
SUFFIXES = ["", ".txt", ".jsonl", ".json", ".html", ".xml", ".rss"]
FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

words = st.sampled_from(
    [
        "Russia",
        "met",
        "China",
        "in",
        "Beijing",
        "on",
        "Monday",
        "\u202e",
        "\x00",
        "2024",
        "—",
        "\ud800",
    ]
)
any_text = st.text(st.characters(exclude_categories=[]), max_size=30)  # lone surrogates too
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | any_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=10,
)
json_records = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "text": st.text(max_size=200) | st.lists(words, max_size=40).map(" ".join),
        "published": st.text(max_size=30) | json_values,
        "title": json_values,
        "date": st.text(max_size=30),
    },
)


def _truncated(text: str, cut: int) -> str:
    return text[: max(0, len(text) - cut)]


malformed_json = st.builds(
    _truncated, st.lists(json_records, max_size=4).map(json.dumps), st.integers(0, 5)
) | st.lists(json_records.map(json.dumps) | st.text(max_size=40), max_size=5).map("\n".join)
tags = st.sampled_from(
    ["<html>", "<body>", "<p>", "</p>", "<rss>", "<channel>", "<item>", "<title>", "</item>",
     "<feed>", "<entry>", "<![CDATA[", "<!--", "<script>", "&amp;", "&#0;", "<?xml version='1.0'?>"]
)  # fmt: skip
markup = st.lists(tags | st.text(max_size=20) | words, max_size=40).map("".join)
long_lines = st.builds(
    lambda w, n: (" ".join(w) + " ") * n, st.lists(words, min_size=1), st.integers(50, 400)
)
contents = (
    st.binary(max_size=600)
    | st.text(max_size=600).map(lambda t: t.encode("utf-8", "surrogatepass"))
    | malformed_json.map(lambda t: t.encode("utf-8", "surrogatepass"))
    | markup.map(lambda t: t.encode("utf-8", "surrogatepass"))
    | long_lines.map(lambda t: t.encode("utf-8", "surrogatepass"))
)


@pytest.fixture(scope="module")
def store(tmp_path_factory, pipeline):
    """A store holding the seed articles, and a way to tell that they are still there, whole."""
    from importlib.resources import files

    db = tmp_path_factory.mktemp("fuzz") / "s.db"
    seeds = str(files("diplograph") / "data" / "demo")
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db), "--quiet", seeds])
    assert result.exit_code == 0, result.output
    return db, _earlier(db)


def _earlier(db: Path) -> tuple:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return (
            conn.execute("SELECT id, hash, text, published FROM articles WHERE id <= 2").fetchall(),
            conn.execute("SELECT * FROM sentences WHERE article <= 2").fetchall(),
            conn.execute("SELECT * FROM event_mentions WHERE article <= 2").fetchall(),
        )


@pytest.fixture
def loaded_once(monkeypatch, pipeline):
    """`ingest` takes the session's pipeline instead of loading its own."""
    monkeypatch.setattr("diplograph.pipeline.Pipeline", lambda settings: pipeline)


def _ends_well(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert result.exit_code in EXIT_CODES, result.output
    assert "Traceback" not in result.output


SURROGATE = b'{"id": "s", "text": "\\ud800 Russia met China in Beijing."}'  # valid JSON, not text


@FUZZ
@given(content=contents, suffix=st.sampled_from(SUFFIXES))
@example(content=SURROGATE, suffix=".jsonl")
@example(content=b"[" + SURROGATE + b"]", suffix=".json")
def test_fuzz_ingest_any_bytes(tmp_path_factory, store, loaded_once, content, suffix):
    db, before = store
    path = tmp_path_factory.mktemp("in") / f"input{suffix}"
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db), "--quiet", str(path)])
    _ends_well(result)
    assert (result.exit_code == 0) == ("Error:" not in result.output), result.output
    assert _earlier(db) == before


@FUZZ
@given(
    content=contents
    | st.lists(json_records.map(json.dumps), max_size=5).map("\n".join).map(str.encode),
    command=st.sampled_from(["dates", "places", "actors"]),
)
@example(content=SURROGATE, command="dates")
@example(content=SURROGATE, command="actors")
def test_fuzz_batch_readers_any_bytes(tmp_path_factory, content, command):
    path = tmp_path_factory.mktemp("batch") / "in.jsonl"
    path.write_bytes(content)
    result = CliRunner().invoke(cli, [command, "--batch", str(path), "--json"])
    _ends_well(result)
