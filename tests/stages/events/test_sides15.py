"""Tests of round 15 of the side fixes (docs/sides_round6.md, "Round 15"). Sentences written
for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from tests.stages.events.test_uncoded import sides


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a community or settlement hit is a site of the place's state, as a village is
        (
            "Gunmen attacked Ungwan Rimi community in Kaduna State on Sunday.",
            ("ASSAULT", "NGA", "NGA"),
        ),
        ("Bandits raided a farming community in Zamfara State.", ("ASSAULT", "NGA", "NGA")),
        ("Militants attacked a settlement in Borno State overnight.", ("ASSAULT", "NGA", "NGA")),
    ],
)
def test_sides15_a_community_hit_is_a_local_site(text, expected):
    assert expected in sides(text)
