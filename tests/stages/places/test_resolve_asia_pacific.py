"""Places of East Asian and Oceanian news the packages lack (sentences written for these
tests, not taken from the development sets)."""

from __future__ import annotations

import pytest

from .test_resolve import _by_text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Apple growers in North Gyeongsang lost half their crop to hail.", "North Gyeongsang",
         "KOR"),
        ("A bus overturned on a mountain road in Pingtung County.", "Pingtung County", "TWN"),
        ("Shelling from the mainland once fell on Kinmen every other day.", "Kinmen", "TWN"),
        ("Coffee prices rose after frost in Lam Dong and Gia Lai.", "Gia Lai", "VNM"),
        ("Tribal fighting closed schools in Hela and Southern Highlands.", "Hela", "PNG"),
        ("The ferry from Tongatapu to Vava'u was delayed by the swell.", "Vava'u", "TON"),
        ("Commuters from Kanagawa crowded the trains into the capital.", "Kanagawa", "JPN"),
    ],
)  # fmt: skip
def test_places_provinces_counties_and_island_groups(text, mention, country):
    place = _by_text(text)[mention]
    assert (place.country, place.precision) == (country, "region")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "lat", "lon"),
    [
        ("Two fishing boats collided in the Singapore Strait at dawn.", "Singapore Strait",
         1.2, 104.0),
        ("Survey ships were seen near Mischief Reef on Monday.", "Mischief Reef", 9.9, 115.5),
        ("Marines on Thitu Island watched the coast guard cutters.", "Thitu Island", 11.0,
         114.3),
        ("Patrol planes flew over the West Philippine Sea.", "West Philippine Sea", 14.0,
         117.5),
        ("Barges carrying rice moved slowly down the Chao Phraya.", "Chao Phraya", 13.5,
         100.6),
        ("The missile test range on Kwajalein was closed to boats.", "Kwajalein", 8.9, 167.7),
        ("Protesters gathered outside the gates of Futenma.", "Futenma", 26.3, 127.8),
    ],
)  # fmt: skip
def test_places_straits_reefs_rivers_atolls_and_bases(text, mention, lat, lon):
    place = _by_text(text)[mention]
    assert (round(place.lat), round(place.lon)) == (round(lat), round(lon))
