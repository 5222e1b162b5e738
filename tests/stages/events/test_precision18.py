"""Precision round 18 (issue 17): the judged classes of false events, fixed by class."""

from __future__ import annotations

import pytest

from tests.stages.events.test_precision17 import sides


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner of what is rejected, a bare noun of the actor's own state
        (
            "Bolivia's opposition rejected the government's proposal for a new census.",
            ("REJECT", "BOLOPP", "BOLGOV"),
        ),
        (
            "Zambia's president rejected the opposition's demand for a new vote.",
            ("REJECT", "ZMBGOV", "ZMBOPP"),
        ),
        (
            "Thai protesters rejected the court's ruling on the election.",
            ("REJECT", "THAOPP", "THAJUD"),
        ),
        # the subject of the condition a threat sets
        (
            "Ghana's teachers' union threatened a walkout unless the government raised salaries.",
            ("THREATEN", "GHALAB", "GHAGOV"),
        ),
        (
            "Kenya's president threatened to veto the budget if lawmakers kept the new tax.",
            ("THREATEN", "KENGOV", "KENLEG"),
        ),
    ],
)
def test_bare_party_of_the_actors_state_is_the_recipient(pipeline, text, expected):
    assert expected in sides(pipeline, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named state's party is its own; a firm is no party of the state
        ("France rejected the British government's plan.", ("REJECT", "FRA", "GBR")),
        ("Egypt rejected the company's offer.", ("REJECT", "EGY", None)),
    ],
)
def test_other_owners_are_not_the_actors_state(pipeline, text, expected):
    assert expected in sides(pipeline, text)
