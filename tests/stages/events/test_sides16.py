"""Sides round 16 (issue 17): blame put on someone."""

from __future__ import annotations

import pytest

from tests.stages.events.test_uncoded import sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blame put, laid or heaped on a state accuses it, whatever the blame is for
        ("Iran put the blame on Israel for the attack.", ("ACCUSE", "IRN", "ISR")),
        ("Pakistan laid the blame on India for the bombing.", ("ACCUSE", "PAK", "IND")),
        ("China heaped blame on Japan over the dispute.", ("ACCUSE", "CHN", "JPN")),
    ],
)
def test_blame_put_on_someone_accuses_him(text, expected):
    assert expected in sides(text)


def test_blame_for_an_attack_is_no_attack():
    events = sides("Iran put the blame on Israel for the attack.")
    assert not {e for e in events if e[0] == "ASSAULT"}
