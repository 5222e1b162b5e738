"""Places of Latin American and African local and regional news the packages lack (sentences
written for these tests, not taken from the development sets)."""

from __future__ import annotations

import pytest

from .test_resolve import _by_text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Workers at the Antamina mine walked out over bonuses.", "Antamina", "PER"),
        ("Lorries queued for two days at the Rumichaca bridge.", "Rumichaca", "COL"),
        ("Cobalt output rose at Tenke Fungurume last year.", "Tenke Fungurume", "COD"),
        ("Tourists returned to the islands of Bazaruto after the cyclone.", "Bazaruto", "MOZ"),
        ("The brine ponds at Hombre Muerto doubled in size.", "Hombre Muerto", "ARG"),
        ("Teachers struck across South Wollo for unpaid wages.", "South Wollo", "ETH"),
        ("Farmers blocked roads in Aymaraes and Antabamba.", "Aymaraes", "PER"),
    ],
)  # fmt: skip
def test_places_mines_crossings_islands_and_zones(text, mention, country):
    place = _by_text(text)[mention]
    assert (place.country, place.precision) == (country, "region")


@pytest.mark.slow
def test_places_sao_paulo_with_its_noun_is_the_state():
    places = _by_text("Floods cut roads across Sao Paulo state, far from the city itself.")
    state = next(p for name, p in places.items() if name.startswith("Sao Paulo"))
    assert (state.country, state.precision) == ("BRA", "region")
