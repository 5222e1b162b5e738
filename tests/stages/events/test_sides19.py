"""Sides round 19 (issue 17): one-sided events whose actor the rules found but did not keep."""

from __future__ import annotations

import pytest

from tests.stages.events.test_uncoded import sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject named by its apposition (an acronym in brackets) is the actor
        (
            "The national army (FARDC) clashed with armed herdsmen in the east.",
            ("ASSAULT", "COD", None),
        ),
        ("The rebel group (the ELN) protested on Monday.", ("PROTEST", "COL", None)),
    ],
)
def test_subject_named_by_its_apposition_acts_alone(text, expected):
    assert expected in sides(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack noun a light verb carries out is its subject's act, with no side hit
        (
            "Israeli warplanes carried out airstrikes near the border on Sunday.",
            ("ASSAULT", "ISR", None),
        ),
        ("Turkish jets conducted air strikes overnight.", ("ASSAULT", "TUR", None)),
    ],
)
def test_attack_noun_of_a_light_verb_is_its_subjects_act(text, expected):
    assert expected in sides(text)


@pytest.mark.parametrize(
    "text",
    [
        "Israel denied carrying out airstrikes near the border.",
        "Turkish jets did not conduct air strikes overnight.",
        "Israeli warplanes will carry out airstrikes next week.",
    ],
)
def test_attack_noun_of_a_light_verb_not_done_is_no_event(text):
    assert not sides(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # uncoded "forces" act for the state of the place, as soldiers do
        ("Government forces shelled several villages in northern Mali.", ("ASSAULT", "MLI", "MLI")),
        (
            "Security forces fired tear gas at the crowd in Nairobi on Monday.",
            ("ASSAULT", "KEN", "KEN"),
        ),
    ],
)
def test_uncoded_forces_are_the_local_military(text, expected):
    assert expected in sides(text)


def test_market_forces_are_no_side():
    assert not sides("Market forces drove up prices in Lagos.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare state that puts people to death does so at home, through its courts
        ("Iran hanged two men in public on Tuesday.", ("ASSAULT", "IRN", "IRN")),
        ("Saudi Arabia beheaded a man convicted of drug smuggling.", ("ASSAULT", "SAU", "SAU")),
    ],
)
def test_state_that_executes_acts_at_home(text, expected):
    assert expected in sides(text)


def test_an_effigy_hanged_is_no_execution():
    assert not sides("Protesters hanged an effigy of the president in Tehran.")
