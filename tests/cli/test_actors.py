"""Tests of `diplograph actors`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from diplograph.cli.main import cli
from diplograph.store.sqlite import Store

DATA = Path(__file__).parents[1] / "data" / "actors"


def test_actors_cli_one_name_json():
    result = CliRunner().invoke(cli, ["actors", "Kim Jong-un", "--on", "2018-06-12", "--json"])
    assert result.exit_code == 0, result.output
    row = json.loads(result.output)
    assert (row["code"], row["country"], row["sector"]) == ("PRKGOV", "PRK", "GOV")
    assert "2011-12-17" in row["reason"]


def test_actors_cli_batch_format(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        {"text": "Russian forces", "date": "2023-01-01"},
        {"text": "Glorbnax Ministry", "date": "2023-01-01"},
        {"text": "Trump", "date": "2022-06-01"},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n")
    result = CliRunner().invoke(cli, ["actors", "--batch", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    fields = ["text", "code", "country", "sector", "name", "reason", "step"]
    assert [list(r) for r in rows] == [fields] * 3
    assert rows[0]["code"] == "RUSMIL" and rows[0]["step"] == "context"
    assert rows[1] | {"reason": ""} == {
        "text": "Glorbnax Ministry",
        "code": None,
        "country": None,
        "sector": "GOV",  # an unknown ministry: a government body, no country named
        "name": None,
        "reason": "",
        "step": "context",
    }
    assert rows[2]["country"] == "USA" and rows[2]["sector"] != "GOV"


def test_actors_cli_user_dictionary_and_malformed(tmp_path):
    ok = CliRunner().invoke(
        cli,
        [
            "actors",
            "Zorblat Fnuk",
            "--on",
            "2021-01-01",
            "--json",
            "--actors",
            str(DATA / "user.yaml"),
        ],
    )
    assert json.loads(ok.output)["code"] == "XKXGOV"
    bad = CliRunner().invoke(cli, ["actors", "x", "--actors", str(DATA / "bad.yaml")])
    assert bad.exit_code == 1
    assert f"{DATA / 'bad.yaml'}:1:" in bad.output


def test_actors_cli_import_petrarch(tmp_path):
    out = tmp_path / "out.yaml"
    result = CliRunner().invoke(
        cli, ["actors", "--import-petrarch", str(DATA / "petrarch.actors.txt"), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "Mystery Man" in out.read_text()


def test_actors_cli_unresolved_on_empty_store(tmp_path):
    Store(tmp_path / "s.db").close()
    result = CliRunner().invoke(cli, ["actors", "--unresolved", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output


def test_actors_cli_unresolved_refuses_a_store_that_does_not_exist(tmp_path):
    result = CliRunner().invoke(cli, ["actors", "--unresolved", "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 1 and not (tmp_path / "t.db").exists()


def test_actors_cli_batch_bad_lines_are_reported_and_the_rest_resolved(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        b'{"text": "Caf\xe9 Putin"}\n'
        b'{"text": "Putin", "date": "not a date"}\n'
        b'{"text": "Putin", "date": "7 May 2012"}\n'
    )
    result = CliRunner().invoke(cli, ["actors", "--batch", str(path), "--json"])
    assert result.exit_code == 3, result.output
    utf8, date, good = (json.loads(x) for x in result.stdout.splitlines())
    assert utf8["line"] == 1 and "not valid UTF-8" in utf8["error"]
    assert date["line"] == 2 and "not a date" in date["error"]
    assert good["code"] == "RUSGOV"
