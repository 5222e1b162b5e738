"""Sides round 17 (issue 17): events whose sides were found, or that have none, kept."""

from __future__ import annotations

import pytest

from tests.stages.events.test_uncoded import sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's title case tags an event noun PROPN: it is still the attack noun
        ("Second Beheading Reported", ("ASSAULT", "~unnamed", None)),
        ("Another Kidnapping Reported", ("ASSAULT", "~unnamed", None)),
        ("Mortar Attack Kills 12 In Iraq", ("ASSAULT", "~unnamed", "IRQ")),
        ("Condemns Beheading of British Hostage", ("ASSAULT", "~unnamed", "GBR")),
    ],
)
def test_headline_event_noun_keeps_its_unnamed_attack(text, expected):
    assert expected in sides(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight "with" a partner the dictionaries lack: the coded fighter acts alone
        ("Nigerian soldiers fought with armed herdsmen in the north.", ("ASSAULT", "NGA", None)),
        ("Egyptian police battled with smugglers in Sinai.", ("ASSAULT", "EGY", None)),
    ],
)
def test_fight_with_an_uncoded_partner_is_the_fighter_alone(text, expected):
    assert expected in sides(text)


def test_fight_with_a_coded_partner_keeps_it_as_recipient():
    found = sides("Lebanese troops clashed with Israeli forces along the border.")
    assert ("ASSAULT", "LBN", "ISR") in found
    assert ("ASSAULT", "LBN", None) not in found


def test_fight_with_weapons_names_no_partner():
    found = sides("Indian soldiers fought with rocks and clubs on the ridge.")
    assert ("ASSAULT", "IND", None) not in found
