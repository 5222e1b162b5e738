"""Tests of the twelfth sentence set's round (docs/events.md, "2004 wire briefs: the twelfth
sentence set"): a crowd that marches "to protest against" a party protests at that party; the
issue it protests is not its target."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import asserted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands of Pakistanis marched through Lahore on Friday to protest against "
            "American air strikes.",
            ("PROTEST", "PAK", "USA"),
        ),
        (
            "Hundreds of Egyptian students rallied in Cairo to protest against Israel.",
            ("PROTEST", "EGY", "ISR"),
        ),
    ],
)
def test_march_to_protest_against_a_party_names_its_target(text, expected):
    assert expected in asserted(text)


def test_the_issue_protested_is_not_the_target():
    found = asserted("Dairy farmers blocked roads in Lyon to protest imports of Spanish milk.")
    assert ("PROTEST", "FRA", "ESP") not in found
