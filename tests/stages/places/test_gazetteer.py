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
