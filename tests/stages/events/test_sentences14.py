"""Tests of the fourteenth sentence set's round (docs/events.md, "The 1990s: the fourteenth
sentence set"): 1990s copy tells weapons tests as tests conducted or carried out and devices
tested (MOBILIZE `weapons`), not only as missiles test-fired."""

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
