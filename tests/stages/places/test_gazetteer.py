"""Tests of the gazetteer: its index, lookups and demonyms."""

from __future__ import annotations

import pytest

from diplograph.stages.places.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("word", "country"),
    [("American", "USA"), ("French", "FRA"), ("British", "GBR"), ("Briton", "GBR")],
)
def test_gazetteer_shared_demonym_names_the_most_populous(word, country):
    entry = Gazetteer.load().demonym(word)
    assert entry is not None and entry.country == country


def test_gazetteer_fuller_files_find_villages():
    place = Gazetteer.load().lookup("Krynky")  # in cities500.json only
    assert place is not None and place.country == "UKR" and "a village" in place.reason


def test_gazetteer_town_alternate_beats_village_own_name():
    place = Gazetteer.load().lookup("Jenin")  # Janin's alternate; a Polish village's own name
    assert place is not None and place.country == "PSE"


@pytest.mark.parametrize("word", ["Canadian", "English", "Spanish"])
def test_gazetteer_a_village_is_no_known_place(word):
    gazetteer = Gazetteer.load()
    assert gazetteer.knows(word) and not gazetteer.known_place(word)
