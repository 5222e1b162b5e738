"""Sides round 18 (issue 17): events whose sides were found, or that have none, kept."""

from __future__ import annotations

import pytest

from tests.stages.events.test_uncoded import sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb "fire" (shoot, dismiss) is no blaze that happened by itself
        (
            "Two Peruvian soldiers were wounded when rockets were fired at their base.",
            ("ASSAULT", "~unnamed", "PER"),
        ),
        ("Fired Kenyan officials were arrested in Nairobi.", ("COERCE", "~unnamed", "KEN")),
        ("Fired Peruvian officials were detained in Lima.", ("COERCE", "~unnamed", "PER")),
    ],
)
def test_fired_as_a_verb_is_no_mishap(text, expected):
    assert expected in sides(text)


def test_fire_as_a_noun_is_still_a_mishap():
    assert not sides("Three Nigerian soldiers were killed in a fire at their barracks.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party noun that says who holds the place hit did not do the act
        (
            "Forty people were killed in a rocket attack on a rebel-held village in Syria.",
            ("ASSAULT", "~unnamed", "SYR"),
        ),
        (
            "Twelve civilians died in shelling of an insurgent-controlled town in Iraq.",
            ("ASSAULT", "~unnamed", "IRQ"),
        ),
    ],
)
def test_holder_of_the_place_hit_is_no_other_party(text, expected):
    assert expected in sides(text)


def test_party_that_attacked_still_blocks_the_unnamed_attacker():
    found = sides("Forty people were killed after rebels attacked a village in Syria.")
    assert ("ASSAULT", "~unnamed", "SYR") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # criticism told in a full passive with no "by": an accuser the text does not name
        ("Iran was criticized for its nuclear program.", ("ACCUSE", "~unnamed", "IRN")),
        ("Cuba Is Condemned for Jailing Dissidents", ("ACCUSE", "~unnamed", "CUB")),
        ("Israel was blamed for the blast.", ("ACCUSE", "~unnamed", "ISR")),
    ],
)
def test_passive_criticism_with_no_critic_is_unnamed(text, expected):
    assert expected in sides(text)


def test_criticism_by_a_named_critic_is_his():
    found = sides("Iran was criticized by France for its nuclear program.")
    assert ("ACCUSE", "~unnamed", "IRN") not in found
