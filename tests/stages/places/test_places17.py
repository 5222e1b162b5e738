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
