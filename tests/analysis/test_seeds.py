"""The issue's acceptance checks on the two seed articles, run through the whole pipeline."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from diplograph.analysis import dyad, escalation, partners
from diplograph.cli.main import cli

pytestmark = pytest.mark.slow


def test_seeds_dyad_lists_visits_treaty_and_summit_in_order(seed_store):
    result = dyad(seed_store, "RUS", "PRK", by="year")
    assert [p.period for p in result.points] == ["2000", "2024", "2025"]
    events = [(e.date, e.event_type, e.mode) for p in result.points for e in p.evidence]
    assert events[0] == ("2000-07", "CONSULT", "visit")
    assert [d for d, *_ in events] == sorted(d for d, *_ in events)
    in_2024 = result.points[1].evidence
    assert any(e.mode == "visit" and e.date == "2024-06-19" for e in in_2024)
    assert any("treaty" in (e.sentence or "") for e in in_2024)  # the restored treaty
    assert any(
        e.event_type == "CONSULT" and e.date.startswith("2025-09")
        for e in result.points[2].evidence
    )
    assert [r.since for r in result.relations] == ["2024-06"]


def test_seeds_dyad_counts_the_troop_deployment_apart(seed_store):
    undated = dyad(seed_store, "RUS", "PRK").undated
    assert undated.period == "undated"
    deployment = [e for e in undated.evidence if "soldiers" in (e.sentence or "")]
    assert deployment and deployment[0].date is None
    assert all(e.date is None for e in undated.evidence)


def test_seeds_partners_of_prk_since_2018(seed_store):
    found = {p.country: p for p in partners(seed_store, "PRK", since="2018")}
    assert {"USA", "RUS", "CHN"} <= {c for c, p in found.items() if p.events}
    assert found["USA"].first == "2018" and found["USA"].last == "2019"
    assert all(p.first is None or p.first >= "2018" for p in found.values())


def test_seeds_escalation_sides_and_treaties(seed_store):
    result = escalation(seed_store, "PRK", attacked_by="KOR", on="2025-09-10")
    ours = {j.state: j for j in result.defender.members}
    theirs = {j.state: j for j in result.attacker.members}
    assert ours["RUS"].steps == ours["CHN"].steps == theirs["USA"].steps == 1
    treaties = lambda j: {c.treaty for link in j.path for c in link.citations}  # noqa: E731
    assert any("Russia and the DPRK" in t for t in treaties(ours["RUS"]))
    assert any("China and the DPRK" in t for t in treaties(ours["CHN"]))
    assert any("Republic of Korea" in t for t in treaties(theirs["USA"]))
    clashes = {(c.defender_side, c.attacker_side) for c in result.great_power_clashes}
    assert {("RUS", "USA"), ("CHN", "USA")} <= clashes


def test_seeds_escalation_without_baseline_names_rus_from_the_articles(seed_store):
    result = escalation(seed_store, "PRK", attacked_by="KOR", on="2025-09-10", baseline=False)
    rus = next(j for j in result.defender.members if j.state == "RUS")
    cites = rus.path[-1].citations
    assert all(c.origin == "news" for c in cites)
    assert any("mutual defense treaty" in s for c in cites for s in c.sentences)
    assert [j.state for j in result.attacker.members] == ["KOR"]


def test_seeds_cli_json_round_trips(seed_store):
    out = CliRunner().invoke(cli, ["dyad", "RUS", "PRK", "--json", "--db", seed_store.path])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["undated"]["events"] >= 1 and data["points"][0]["period"] == "2000"
