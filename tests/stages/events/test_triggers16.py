"""Round 16 of the trigger fixes (branch `triggers16`, docs/triggers_round16.md): invented
sentences, none from the corpus."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import code_text
from tests.stages.events.test_lexicon import verb_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # sanctions decided, passed, enacted, ordered or issued are sanctions imposed
        ("Australia decided fresh sanctions against Myanmar's generals.", "decided"),
        ("The US Congress passed new sanctions on Venezuela on Tuesday.", "passed"),
        ("Britain enacted an arms embargo against Sudan.", "enacted"),
        ("The president ordered sanctions against Belarusian officials.", "ordered"),
        ("The Treasury issued sanctions against three Iranian banks.", "issued"),
    ],
)
def test_sanctions_decided_are_sanctions(text, verb):
    assert verb_type(text, verb) == "SANCTION"


@pytest.mark.slow
def test_sanctions_decided_name_their_target():
    events, _ = code_text("Canada decides new sanctions against Iran over drone sales")
    assert [(e.event_type, e.actor.country, e.recipient.country) for e in events] == [
        ("SANCTION", "CAN", "IRN")
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("The court decided against the government on Friday.", "decided", "ACCUSE"),
        ("The parliament passed the budget on Friday.", "passed", "CONCEDE"),
    ],
)
def test_other_decisions_keep_their_reading(text, verb, expected):
    assert verb_type(text, verb) == expected


def _types(text: str) -> set[str]:
    events, _ = code_text(text)
    return {e.event_type for e in events}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # forces mobilised to help, rescue or clear up give aid, not a show of force
        "The Chilean army mobilized on Sunday to help clear roads blocked by landslides.",
        "Pakistan deployed soldiers for rescue operations after the earthquake.",
        "Turkey mobilized its troops to evacuate villagers from the flooded valley.",
    ],
)
def test_forces_mobilized_for_relief_are_no_mobilization(text):
    assert "MOBILIZE" not in _types(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "India deployed troops to the border to deter incursions.",
        "Russia mobilized reservists on Wednesday.",
    ],
)
def test_forces_mobilized_for_no_relief_stay_mobilization(text):
    assert "MOBILIZE" in _types(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a death regretted, lamented or mourned is a condolence, no criticism
        "Chile deeply regrets the death of the Peruvian president.",
        "Japan lamented the passing of the Thai king.",
    ],
)
def test_death_regretted_is_no_accusation(text):
    assert "ACCUSE" not in _types(text)


@pytest.mark.slow
def test_killing_regretted_stays_an_accusation():
    assert verb_type("India regretted the killing of civilians by troops.", "regretted") == "ACCUSE"
