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
