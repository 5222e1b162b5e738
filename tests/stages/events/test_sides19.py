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
