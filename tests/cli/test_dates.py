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
        ('{"id": "a", "text": "x", "published": "March"}', '"published" must be a full date'),
        ('{"id": "a", "text": "x", "published": "03/04/2019"}', "ambiguous"),
        ('{"id": "a"}', '"text" string'),
        ("not json", "not valid JSON"),
        (b'{"id": "a", "text": "caf\xe9"}', "not valid UTF-8"),
    ],
)
def test_cli_dates_batch_bad_line_is_reported_on_its_line_and_the_rest_read(
    tmp_path, line, message
):
    path = tmp_path / "bad.jsonl"
    line = line if isinstance(line, bytes) else line.encode()
    path.write_bytes(
        b'{"id": "ok", "text": "Fine."}\n' + line + b'\n{"id": "ok2", "text": "Ok."}\n'
    )
    result = _run("dates", "--batch", str(path), "--json")
    assert result.exit_code == 3, result.output
    first, bad, last = (json.loads(x) for x in result.stdout.splitlines())
    assert first["id"] == "ok" and last["id"] == "ok2"
    assert bad["line"] == 2 and f"{path}:2" in bad["error"] and message in bad["error"]
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.slow
def test_cli_dates_batch_with_no_readable_line_exits_1(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b"not json\n\xff\xfe\n")
    result = _run("dates", "--batch", str(path), "--json")
    assert result.exit_code == 1, result.output


@pytest.mark.slow
@pytest.mark.parametrize(
    ("published", "anchor"),
    [
        ("3 June 2019", "2019-06-02"),
        ("Tue, 4 Mar 2025 09:15 GMT", "2025-03-03"),
        ("2024-06-19T08:00:00+09:00", "2024-06-18"),
        ("June 19, 2024", "2024-06-18"),
    ],
)
def test_cli_dates_batch_reads_the_date_spellings_of_news_metadata(tmp_path, published, anchor):
    path = tmp_path / "in.jsonl"
    record = {"id": "a", "text": "The envoy left yesterday.", "published": published}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = _run("dates", "--batch", str(path), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["timexes"][0]["value"] == anchor


@pytest.mark.slow
def test_cli_dates_batch_text_over_the_size_limit_costs_only_its_line(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [{"id": "long", "text": "The envoy left yesterday. " * 10}, {"id": "b", "text": "Hi."}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["dates", "--batch", str(path)], env={"DIPLOGRAPH_MAX_ARTICLE_CHARS": "100"}
    )
    assert result.exit_code == 3, result.output
    bad, good = (json.loads(x) for x in result.stdout.splitlines())
    assert "longer than the limit of 100 characters" in bad["error"] and good["id"] == "b"
