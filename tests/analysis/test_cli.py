"""The analysis commands print the library's answers; bad input is one line and exit 1."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from diplograph.cli.main import cli
from tests.analysis.conftest import CONFLICT, insert


@pytest.fixture
def db(store):
    insert(store, "RUS", "PRK", "2000-07", "CONSULT", mode="visit")
    insert(store, "RUS", "PRK", "2024-06-19", "CONSULT", mode="visit")
    insert(store, "PRK", "RUS", None, "AID", 10.0)
    insert(store, "PRK", "USA", "2018", "CONSULT")
    insert(store, "USA", "KOR", "2024", "COOPERATE", 6.0)
    insert(store, "PRK", "KOR", "2024-05", "THREATEN", CONFLICT)
    return store.path


def run(*args):
    return CliRunner().invoke(cli, [*args])


@pytest.mark.parametrize(
    "args, expected",
    [
        (["partners", "PRK"], "RUS"),
        (["dyad", "RUS", "PRK", "--by", "quarter"], "2000-Q3"),
        (["isolation", "PRK"], "PRK"),
        (["isolation", "--top", "1"], "2024"),
        (["blocs"], "bloc 1"),
        (["escalation", "PRK", "--attacked-by", "KOR", "--on", "2025-09-10"], "USA"),
    ],
)
def test_cli_tables(db, args, expected):
    out = run(*args, "--db", db)
    assert out.exit_code == 0, out.output
    assert expected in out.output


@pytest.mark.parametrize(
    "args",
    [
        ["partners", "PRK"],
        ["dyad", "RUS", "PRK"],
        ["isolation", "PRK", "--undated"],
        ["blocs", "--compare-until", "2010"],
        ["escalation", "PRK", "--attacked-by", "KOR", "--on", "2025-09-10", "--no-baseline"],
    ],
)
def test_cli_json(db, args):
    out = run(*args, "--json", "--db", db)
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)


@pytest.mark.parametrize(
    "args",
    [
        ["partners", "PRKX"],
        ["partners", "XYZ"],
        ["dyad", "RUS", "PRK", "--since", "2025", "--until", "2020"],
        ["isolation", "PRK", "--since", "June"],
        ["escalation", "PRK", "--attacked-by", "KOR", "--on", "yesterday"],
        ["escalation", "PRK", "--attacked-by", "KOR", "--on", "2025-09-10", "--alliances", "/nope"],
        ["dyad", "RUS", "PRK", "--plot", "out.pdf"],
    ],
)
def test_cli_bad_input_is_one_line_and_exit_1(db, args):
    out = run(*args, "--db", db)
    assert out.exit_code == 1, out.output
    assert out.output.startswith("Error: ") and out.output.count("\n") == 1


@pytest.mark.parametrize(
    "command", [["dyad", "RUS", "PRK"], ["isolation", "PRK"], ["blocs"]], ids=lambda c: c[0]
)
@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_cli_plots(db, tmp_path, command, suffix):
    path = tmp_path / f"plot.{suffix}"
    out = run(*command, "--plot", str(path), "--db", db)
    assert out.exit_code == 0, out.output
    assert path.stat().st_size > 1000


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_cli_export_graph(db, tmp_path, fmt, reader):
    path = tmp_path / f"g.{fmt}"
    out = run("export", "graph", "--format", fmt, "-o", str(path), "--db", db)
    assert out.exit_code == 0, out.output
    g = reader(path)
    assert set(g.nodes) == {"RUS", "PRK", "USA", "KOR"}
    assert int(g.edges["PRK", "KOR"]["conflict"]) == 1


@pytest.mark.parametrize(
    "args",
    [
        ["partners", "PRK"],
        ["dyad", "RUS", "PRK"],
        ["isolation", "PRK"],
        ["blocs"],
        ["export", "graph", "-o", "graph.graphml"],
        ["escalation", "PRK", "--attacked-by", "KOR", "--on", "2025-09-10", "--no-baseline"],
    ],
)
def test_cli_a_missing_store_is_one_line_and_not_created(tmp_path, monkeypatch, args):
    """A question asked of a store that does not exist (a mistyped --db) says so: it is not
    answered from a new empty store, which would read as 'no events'."""
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(cli, [*args, "--db", str(missing)])
    assert result.exit_code == 1
    assert "no such store" in result.output and len(result.output.strip().splitlines()) == 1
    assert not missing.exists() and not (tmp_path / "graph.graphml").exists()


def test_cli_escalation_without_a_store_answers_from_the_baseline(tmp_path):
    """Treaties need no news: with no store the baseline answers, says so, and no file is made."""
    missing = tmp_path / "none.db"
    args = ["escalation", "PRK", "--attacked-by", "KOR", "--on", "2025-09-10"]
    result = run(*args, "--db", str(missing))
    assert result.exit_code == 0, result.output
    assert "baseline only: no store at" in result.output and "CHN" in result.output
    assert not missing.exists()
