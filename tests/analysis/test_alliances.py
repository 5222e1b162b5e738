"""The alliance baseline, user files, and escalation on small treaty networks."""

from __future__ import annotations

import pytest

from diplograph.analysis import alliances as al
from diplograph.analysis import escalation
from diplograph.errors import InputError, ReferenceDataError
from tests.analysis.conftest import relation


def members_on(name: str, day: str) -> set[str]:
    a = next(a for a in al.baseline().alliances if name in a.name)
    return (
        {m.state for m in a.members if al.active(a, m, day)} if al.active(a, None, day) else set()
    )


def test_alliances_baseline_loads_with_sources():
    base = al.baseline()
    assert base.great_powers == ("CHN", "FRA", "GBR", "RUS", "USA")
    assert all(a.source for a in base.alliances)
    names = " ".join(a.name for a in base.alliances)
    treaties = ("NATO", "Republic of Korea", "Japan", "China and the DPRK", "Russia and the DPRK",
                "CSTO", "ANZUS", "Rio Treaty")  # fmt: skip
    for treaty in treaties:
        assert treaty in names


@pytest.mark.parametrize(
    "name, day, inside, outside",
    [
        ("NATO", "2022-06-01", {"USA", "POL"}, {"FIN", "SWE"}),
        ("NATO", "2024-06-01", {"FIN", "SWE"}, set()),
        ("Russia and the DPRK", "2024-01-01", set(), {"RUS", "PRK"}),
        ("Russia and the DPRK", "2025-09-10", {"RUS", "PRK"}, set()),
        ("Republic of China", "1979-06-01", {"USA", "TWN"}, set()),
        ("Republic of China", "1980-06-01", set(), {"USA", "TWN"}),
        ("Rio Treaty", "2010-01-01", {"USA", "BRA"}, {"MEX"}),
    ],
)
def test_alliances_membership_is_dated(name, day, inside, outside):
    found = members_on(name, day)
    assert inside <= found and not (outside & found)


def test_alliances_guarantee_binds_one_way():
    japan = [a for a in al.baseline().alliances if "Japan" in a.name]
    bonds = {(b.defended, b.defender) for b in al.bonds(tuple(japan), "2025-01-01")}
    assert bonds == {("JPN", "USA")}


@pytest.mark.parametrize(
    "text, message",
    [
        ("treaties: [{name: X, kind: friendship, members: [USA, GBR]}]", "kind"),
        ("treaties: [{name: X, kind: mutual_defence, members: [USA, XXZ]}]", "XXZ"),
        ("treaties: [{name: X, kind: mutual_defence, members: [USA]}]", "two members"),
        (
            "treaties: [{name: X, kind: mutual_defence, members: [USA, GBR], start: 2020,"
            " end: 2010}]",
            "ends before",
        ),  # fmt: skip
        ("treaties: [{name: X, kind: guarantee, protected: [JPN]}]", "guarantors"),
        ("treaties: [{kind: guarantee}]", "name"),
        ("treaties: {a: 1", "YAML"),
    ],
)
def test_alliances_file_is_validated(tmp_path, text, message):
    path = tmp_path / "mine.yaml"
    path.write_text(text)
    with pytest.raises(ReferenceDataError, match=message) as err:
        al.load(path)
    assert str(path) in str(err.value)


def test_escalation_chain_counts_steps_and_cites(store, tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "treaties:\n"
        "  - {name: A-B pact, kind: mutual_defence, members: [FRA, DEU], start: 2000,"
        " source: my notes}\n"
        "  - {name: B-C pact, kind: mutual_defence, members: [DEU, ITA], start: 2000}\n"
        "  - {name: D guarantee, kind: guarantee, guarantors: [ESP], protected: [PRT],"
        " start: 2000}\n"
    )
    r = escalation(store, "FRA", attacked_by="PRT", on="2020-01-01", baseline=False,
                   alliances_file=str(path), great_powers=("ITA", "ESP"))  # fmt: skip
    ours = {j.state: j for j in r.defender.members}
    assert ours["DEU"].steps == 1 and ours["ITA"].steps == 2
    assert [c.treaty for link in ours["ITA"].path for c in link.citations] == [
        "A-B pact",
        "B-C pact",
    ]
    assert ours["DEU"].path[0].citations[0].source == "my notes"
    assert {j.state for j in r.attacker.members} == {"PRT", "ESP"}
    assert [(c.defender_side, c.attacker_side, c.steps) for c in r.great_power_clashes] == [
        ("ITA", "ESP", 2)
    ]
    before = escalation(store, "FRA", attacked_by="PRT", on="1999-01-01", baseline=False,
                        alliances_file=str(path))  # fmt: skip
    assert [j.state for j in before.defender.members] == ["FRA"]


def test_escalation_torn_state_is_on_neither_side(store):
    r = escalation(store, "TUR", attacked_by="GRC", on="2020-01-01")
    assert "USA" in {t.state for t in r.torn}
    assert "USA" not in {j.state for j in r.defender.members + r.attacker.members}


def test_escalation_news_relation_undated_binds_and_dated_waits(store):
    relation(store, "defense_pact", ["PRK", "RUS"], "2024-06", "The treaty between them.")
    relation(store, "defense_pact", ["CHN", "PRK"], None, "A pact links them.")
    r = escalation(store, "PRK", attacked_by="KOR", on="2023-01-01", baseline=False)
    assert {j.state for j in r.defender.members} == {"PRK", "CHN"}
    r = escalation(store, "PRK", attacked_by="KOR", on="2024-07-01", baseline=False)
    assert {j.state for j in r.defender.members} == {"PRK", "CHN", "RUS"}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"country": "PRK", "attacked_by": "PRK", "on": "2025-01-01"},
        {"country": "PRK", "attacked_by": "KOR", "on": "2025-13-01"},
        {"country": "PRK", "attacked_by": "KOR", "on": "2025"},
        {"country": "P1K", "attacked_by": "KOR", "on": "2025-01-01"},
    ],
)
def test_escalation_bad_input(store, kwargs):
    with pytest.raises(InputError):
        escalation(store, **kwargs)
