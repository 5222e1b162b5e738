"""Tests for `diplograph dates`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from diplograph.cli.main import cli


def _run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_cli_dates_help_describes_every_option():
    result = _run("dates", "--help")
    assert result.exit_code == 0
    for option in ("--published", "--batch", "--json"):
        assert option in result.output


@pytest.mark.parametrize("args", [(), ("some text", "--batch", "x.jsonl")])
def test_cli_dates_needs_text_or_batch(args):
    assert _run("dates", *args).exit_code == 2


def test_cli_dates_rejects_a_bad_published_option():
    assert _run("dates", "On Friday.", "--published", "2024-13-40").exit_code == 2


@pytest.mark.slow
def test_cli_dates_json_lists_values_rules_and_export():
    result = _run("dates", "Ministers met on Friday and will meet again in 2026.",
                  "--published", "2025-09-10", "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["text"], r["value"], r["date"]) for r in rows] == [
        ("Friday", "2025-09-05", "2025-09-05"),
        ("2026", "2026", "2026"),
    ]
    assert rows[0]["rule"].startswith("weekday") and rows[0]["anchor"] == "2025-09-10"


@pytest.mark.slow
def test_cli_dates_table():
    result = _run("dates", "The summit ended last week.", "--published", "2025-09-10")
    assert result.exit_code == 0
    assert "last week" in result.output and "2025-W36" in result.output


@pytest.mark.slow
def test_cli_dates_batch_streams_in_order(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "text": "The envoy left yesterday.", "published": "2024-03-01"},
        {"id": "b", "text": "The envoy left yesterday, not in May 2021."},
        {"id": "c", "text": "No time here."},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    result = _run("dates", "--batch", str(path), "--json")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c"]
    assert out[0]["timexes"] == [
        {"start": 15, "end": 24, "text": "yesterday", "type": "DATE", "value": "2024-02-29"}
    ]
    assert [(t["text"], t["value"]) for t in out[1]["timexes"]] == [
        ("yesterday", None),
        ("May 2021", "2021-05"),
    ]
    assert out[2]["timexes"] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "a", "text": "x", "published": "March"}', '"published" must be YYYY-MM-DD'),
        ('{"id": "a"}', '"text" string'),
        ("not json", "not valid JSON"),
    ],
)
def test_cli_dates_batch_bad_line_names_file_and_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "Fine."}\n' + line + "\n", encoding="utf-8")
    result = _run("dates", "--batch", str(path), "--json")
    assert result.exit_code == 1
    assert f"{path}:2" in result.output and message in result.output
