"""Issue 19's sixteenth round (places_dev16, local news of South and Southeast Asia, East Asia's
peripheries, Oceania, the Caucasus and Central Asia): sentences written for these tests, not
taken from the development set."""

from __future__ import annotations

import pytest

from diplograph.stages.places import haversine_km

from .test_resolve import _by_text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Ferries to Maewo were cancelled after the cyclone passed.", "Maewo", "VUT"),
        ("Doctors flew from Port Vila to Malekula and Ambrym on Monday.", "Malekula", "VUT"),
        ("The navy landed rice on Camorta and Teressa on Sunday.", "Camorta", "IND"),
        ("A seawall on Nonouti gave way during the king tide.", "Nonouti", "KIR"),
        ("Families from Nukufetau moved to Funafuti last year.", "Nukufetau", "TUV"),
        ("Trucks queued at the Irkeshtam crossing for a week.", "Irkeshtam", "KGZ"),
        ("Herders in Dornogovi lost thousands of goats in the cold.", "Dornogovi", "MNG"),
        ("Copper from Oyu Tolgoi goes to smelters in China.", "Oyu Tolgoi", "MNG"),
        ("The Surma burst its banks near the tea gardens.", "Surma", "BGD"),
    ],
)  # fmt: skip
def test_places16_islands_rivers_crossings_and_provinces_of_the_region(text, mention, country):
    assert _by_text(text)[mention].country == country


@pytest.mark.slow
def test_places16_the_nicobar_islands_are_not_the_andamans():
    place = _by_text("Relief boats left for the Nicobar Islands on Friday.")["Nicobar Islands"]
    assert haversine_km(place.lat, place.lon, 8.0, 93.5) < 100


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Flooding closed roads in Yona and Talofofo, Guam, on Tuesday.", "Talofofo", "GUM"),
        ("The supply ship docked at Vaiaku, Tuvalu, after a week at sea.", "Vaiaku", "TUV"),
    ],
)  # fmt: skip
def test_places16_a_village_without_the_noun_geonames_gives_it(text, mention, country):
    assert _by_text(text)[mention].country == country
