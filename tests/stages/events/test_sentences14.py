"""Tests of the fourteenth sentence set's round (docs/events.md, "The 1990s: the fourteenth
sentence set"): 1990s copy tells weapons tests as tests conducted or carried out and devices
tested (MOBILIZE `weapons`), not only as missiles test-fired; relief flown, ferried, trucked
or handed out is aid whatever goods it names; the Khmer Rouge is a side."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import asserted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France conducted two underground nuclear tests in the Pacific on Tuesday.",
            ("MOBILIZE", "FRA", None),
        ),
        (
            "North Korea carried out an atomic test at its northern site on Monday.",
            ("MOBILIZE", "PRK", None),
        ),
        (
            "Pakistan tested three nuclear devices in the Chagai hills on Friday.",
            ("MOBILIZE", "PAK", None),
        ),
    ],
)
def test_weapons_tests_conducted_are_mobilizations(text, expected):
    assert expected in asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The laboratory conducted tests on the water samples on Monday.",
        "Doctors carried out tests on the patients on Monday.",
    ],
)
def test_other_tests_are_no_events(text):
    assert not asserted(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japanese planes flew medical equipment to Turkey on Tuesday.", ("AID", "JPN", "TUR")),
        (
            "The World Food Programme distributed 5,000 tons of rice to North Korea on Monday.",
            ("AID", "IGO", "PRK"),
        ),
        ("Indian navy ships ferried food and water to Sri Lanka on Sunday.", ("AID", "IND", "LKA")),
        ("Turkey trucked food and blankets to Syria on Monday.", ("AID", "TUR", "SYR")),
    ],
)
def test_relief_flown_ferried_or_handed_out_is_aid(text, expected):
    """The relief goods are the same for every verb that carries them (verbs_extra.tsv)."""
    assert expected in asserted(text)


def test_khmer_rouge_is_a_side():
    """groups.yaml: the Khmer Rouge, dated (the state's rulers to 1979, then its rebels)."""
    assert ("RETREAT", "KHM", "FRA") in asserted("The Khmer Rouge released two French hostages.")
