"""Tests of `diplograph places`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from diplograph.cli.main import cli

FIELDS = [
    "start", "end", "text", "name", "country", "lat", "lon", "geonameid", "precision", "kind",
]  # fmt: skip


@pytest.mark.slow
def test_places_cli_text_table():
    result = CliRunner().invoke(cli, ["places", "Floods hit Dhaka on Monday."])
    assert result.exit_code == 0, result.output
    assert "Dhaka" in result.output and "why:" in result.output


@pytest.mark.slow
def test_places_cli_text_json():
    result = CliRunner().invoke(cli, ["places", "Floods hit Dhaka on Monday.", "--json"])
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows[0]["geonameid"] == 1185241 and rows[0]["reason"]


@pytest.mark.slow
def test_places_cli_batch_in_order(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "text": "Floods hit Dhaka on Monday.", "published": None},
        {"id": "b", "text": "Nothing happened.", "published": None},
        {"id": "c", "text": "TUNIS (Reuters) - Talks resumed.", "published": None},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["places", "--batch", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert list(rows[0]) == ["id", "places"] and list(rows[0]["places"][0]) == FIELDS
    assert rows[0]["places"][0]["text"] == "Dhaka" and rows[1]["places"] == []
    assert rows[2]["places"][0]["geonameid"] == 2464470


@pytest.mark.parametrize("bad", ["not json", '{"id": 1}'])
def test_places_cli_batch_bad_line(tmp_path, bad):
    path = tmp_path / "bad.jsonl"
    path.write_text(bad + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["places", "--batch", str(path), "--json"])
    assert result.exit_code == 1
    assert f"{path}:1" in result.output


def test_places_cli_needs_text_or_batch():
    assert CliRunner().invoke(cli, ["places"]).exit_code == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("line", "message", "env"),
    [
        (b'{"id": "a", "text": "Caf\xe9 in Dhaka."}', "not valid UTF-8", {}),
        (
            b'{"id": "a", "text": "' + b"Floods hit Dhaka. " * 10 + b'"}',
            "longer than the limit of 100 characters",
            {"DIPLOGRAPH_MAX_ARTICLE_CHARS": "100"},
        ),
    ],
    ids=["non-utf8", "too-long"],
)
def test_places_cli_batch_bad_line_costs_only_itself(tmp_path, line, message, env):
    path = tmp_path / "in.jsonl"
    path.write_bytes(line + b'\n{"id": "b", "text": "Floods hit Dhaka."}\n')
    result = CliRunner().invoke(cli, ["places", "--batch", str(path), "--json"], env=env)
    assert result.exit_code == 3, result.output
    bad, good = (json.loads(x) for x in result.stdout.splitlines())
    assert bad["line"] == 1 and message in bad["error"]
    assert good["places"][0]["text"] == "Dhaka"


@pytest.mark.slow
def test_places_cli_batch_kinds_and_unplaced_mentions(tmp_path):
    path = tmp_path / "in.jsonl"
    text = "Russian envoys reached Zzyzxville in Moldova as the Bank of England met."
    path.write_text(json.dumps({"id": "k", "text": text, "published": None}) + "\n")
    result = CliRunner().invoke(cli, ["places", "--batch", str(path), "--json"])
    places = {p["text"]: p for p in json.loads(result.output)["places"]}
    assert places["Russian"]["kind"] == "demonym" and places["England"]["kind"] == "embedded"
    assert places["Moldova"]["kind"] == "literal"
    unplaced = places["Zzyzxville"]  # kept, never guessed
    assert unplaced["lat"] is None and unplaced["geonameid"] is None
