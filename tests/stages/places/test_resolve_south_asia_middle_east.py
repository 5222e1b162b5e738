"""Places of South Asian and Middle Eastern conflict and protest news the packages lack
(sentences written for these tests, not taken from the development sets)."""

from __future__ import annotations

import pytest

from .test_resolve import _by_text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Sectarian clashes closed the main road in Kurram for a week.", "Kurram", "PAK"),
        ("Teachers in Awaran have not been paid since spring.", "Awaran", "PAK"),
        ("Floodwater entered hundreds of homes in Rautahat and Sarlahi.", "Rautahat", "NPL"),
        ("Aid agencies rebuilt shelters in Ukhia after the fire.", "Ukhia", "BGD"),
        ("Gunmen burned a school bus in Karbi Anglong on Friday.", "Karbi Anglong", "IND"),
        ("Villagers of Tengnoupal fled towards the border town.", "Tengnoupal", "IND"),
        ("Marines once fought for months around Sangin and Marjah.", "Marjah", "AFG"),
        ("The vote count was slow in the Northern Province.", "Northern Province", "LKA"),
    ],
)  # fmt: skip
def test_places_districts_agencies_and_provinces(text, mention, country):
    place = _by_text(text)[mention]
    assert (place.country, place.precision) == (country, "region")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "lat", "lon"),
    [
        ("Rebels shelled army posts in the Jabal al-Akrad hills.", "Jabal al-Akrad", 35.8,
         36.2),
        ("Aid convoys reached Eastern Ghouta after the truce.", "Eastern Ghouta", 33.6, 36.4),
        ("Soldiers searched the marshes of Lake Tharthar for militants.", "Lake Tharthar",
         33.9, 43.3),
        ("Backpackers crowded the guesthouses of Thamel again.", "Thamel", 27.7, 85.3),
        ("Troops returned to the Korengal Valley after ten years.", "Korengal Valley", 34.9,
         71.0),
    ],
)  # fmt: skip
def test_places_ranges_plains_lakes_and_quarters(text, mention, lat, lon):
    place = _by_text(text)[mention]
    assert (round(place.lat), round(place.lon)) == (round(lat), round(lon))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Militants attacked the outskirts of Kafr Nubl on Friday.", "Kafr Nubl", "SYR"),
        ("Police sealed the outskirts of Kafr el-Dawwar after the riot.", "Kafr el-Dawwar",
         "EGY"),
    ],
)  # fmt: skip
def test_places_the_outskirts_of_a_town(text, mention, country):
    assert _by_text(text)[mention].country == country


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("The SSP Larkana told reporters the gang had fled.", "Larkana", "PAK"),
        ("SP Kurram said two policemen were injured.", "Kurram", "PAK"),
        ("Deputy Commissioner Doda ordered schools shut on Monday.", "Doda", "IND"),
    ],
)  # fmt: skip
def test_places_a_district_named_by_its_officer(text, mention, country):
    assert _by_text(text)[mention].country == country


def test_places_an_officer_named_by_person_is_no_place():
    assert _by_text("SP Ramesh Kumar Singh visited the spot on Tuesday.") == {}
