"""Sides round 16 (issue 17): blame put on someone, and trials and charges."""

from __future__ import annotations

import pytest

from tests.stages.events.test_uncoded import sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blame put, laid or heaped on a state accuses it, whatever the blame is for
        ("Iran put the blame on Israel for the attack.", ("ACCUSE", "IRN", "ISR")),
        ("Pakistan laid the blame on India for the bombing.", ("ACCUSE", "PAK", "IND")),
        ("China heaped blame on Japan over the dispute.", ("ACCUSE", "CHN", "JPN")),
    ],
)
def test_blame_put_on_someone_accuses_him(text, expected):
    assert expected in sides(text)


def test_blame_for_an_attack_is_no_attack():
    events = sides("Iran put the blame on Israel for the attack.")
    assert not {e for e in events if e[0] == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # a trial or charges a coded party faces: an accuser the text does not name
        ("Two Iranian diplomats went on trial for spying.", "IRN"),
        ("The former Egyptian minister went on trial in Cairo.", "EGY"),
        ("Three British nationals face charges of fraud in Thailand.", "GBR"),
    ],
)
def test_the_accused_of_a_trial_or_charge_is_the_target(text, accused):
    assert ("ACCUSE", "~unnamed", accused) in sides(text)


@pytest.mark.parametrize(
    "text",
    [
        # not a trial: the same verbs of other things
        "Germany faced strong criticism over the plan.",
        "The French minister went to Berlin on Tuesday.",
        "The Serbian general pleaded not guilty to war crimes charges.",
    ],
)
def test_no_accusation_without_a_trial(text):
    assert not {e for e in sides(text) if e[0] == "ACCUSE" and e[1] == "~unnamed"}
