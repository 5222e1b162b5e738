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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight that names one coded party among its fighters: it acts alone
        (
            "Heavy clashes erupted between Kenyan police and protesters in Nairobi.",
            ("ASSAULT", "KEN", None),
        ),
        ("Dozens of rebels were killed in clashes with Yemeni forces.", ("ASSAULT", "YEM", None)),
        ("Two militants were wounded during clashes with Indian troops.", ("ASSAULT", "IND", None)),
    ],
)
def test_sides15_a_fight_with_one_coded_party(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
def test_sides15_a_fight_with_coded_victims_is_not_one_sided():
    text = "Twenty Indian soldiers were killed in a clash with Chinese troops in the valley."
    assert ("ASSAULT", "CHN", None) not in sides(text)
