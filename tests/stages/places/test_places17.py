"""Issue 19's seventeenth round (places_dev17, regional news of Russia, Ukraine, Belarus, the
Baltics, Poland, Finland, Canada, Australia, New Zealand and Ireland): sentences written for
these tests, not taken from the development set."""

from __future__ import annotations

import pytest

from diplograph.stages.places import haversine_km

from .test_resolve import _by_text


@pytest.mark.slow
def test_places17_a_small_town_near_the_story_s_towns_beats_a_namesake_abroad():
    place = _by_text("Snow closed roads between Kitchener, Guelph and Paris overnight.")["Paris"]
    assert place.country == "CAN"


@pytest.mark.slow
def test_places17_the_focus_country_s_own_big_town_keeps_the_name():
    text = "Officials in Akron and Canton said the game in Cleveland was sold out."
    place = _by_text(text)["Cleveland"]
    assert haversine_km(place.lat, place.lon, 41.5, -81.7) < 30


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Lorries queued for two days at Vaalimaa before the guards let them through.",
         "Vaalimaa", "FIN"),
        ("Reindeer herders near Raja-Jooseppi said the road was empty.", "Raja-Jooseppi", "FIN"),
        ("Unemployment in Kainuu rose again last year.", "Kainuu", "FIN"),
        ("Hikers were rescued from the Bieszczady after a storm.", "Bieszczady", "POL"),
        ("Climbers died on Mount Taranaki in a blizzard.", "Mount Taranaki", "NZL"),
        ("Mining towns across the Goldfields lost power.", "Goldfields", "AUS"),
        ("Tourists cruised the Rideau Canal in August.", "Rideau Canal", "CAN"),
        ("Pilgrims walked to Clonmacnoise on Sunday.", "Clonmacnoise", "IRL"),
    ],
)  # fmt: skip
def test_places17_crossings_regions_ranges_and_sites_of_the_region(text, mention, country):
    assert _by_text(text)[mention].country == country


@pytest.mark.slow
def test_places17_a_village_listed_after_a_repeat_of_a_placed_town():
    text = (
        "Power failed in Kalgoorlie on Monday. Miners in Leonora, Kalgoorlie and Menzies"
        " stopped work."
    )
    assert _by_text(text)["Menzies"].country == "AUS"
