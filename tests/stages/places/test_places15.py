"""Issue 19's fifteenth round (places_dev15, local news of the Balkans, Southern Europe, North
Africa, the Levant and the Gulf): sentences written for these tests, not taken from the
development set."""

from __future__ import annotations

import pytest

from diplograph.stages.places.gazetteer import same_romanisation

from .test_resolve import _by_text


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Misrata", "Misratah", True),
        ("Daraa", "Dar‘ā", True),
        ("Ajdabiyah", "Ajdabiya", True),
        ("Avdiivka", "Avdiyivka", True),
        ("Bahr", "Bar", False),
        ("Kharkiv", "Kharkov", False),
    ],
)
def test_places15_arabic_romanisations_are_one_name(a, b, same):
    assert same_romanisation(a, b) is same


@pytest.mark.slow
def test_places15_a_town_spelled_another_way_in_a_weak_context():
    assert _by_text("Fighters drove through Daraa on their way north.")["Daraa"].country == "SYR"


@pytest.mark.slow
def test_places15_an_apposition_after_a_weak_preposition_makes_a_place():
    text = "Smugglers came from Zuwara, a fishing town west of the capital, on Sunday."
    assert _by_text(text)["Zuwara"].country == "LBY"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Montenegrin officials said the ferry would sail at noon.", "Montenegrin", "MNE"),
        ("Togolese soldiers patrolled the market on Friday.", "Togolese", "TGO"),
        ("Thai police arrested two men at the airport.", "Thai", "THA"),
        ("Two Danes and a Swede were rescued from the yacht.", "Danes", "DNK"),
        ("Three Spaniards were among the injured.", "Spaniards", "ESP"),
    ],
)  # fmt: skip
def test_places15_demonyms_are_demonyms(text, mention, country):
    place = _by_text(text)[mention]
    assert (place.country, place.kind) == (country, "demonym")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Tobacco traders gathered in Bitola, known to Greeks as Monastir, for the fair.",
         "Monastir", "MKD"),
        ("Relatives waited in Bitola, which Greeks call Monastir, for news of the crash.",
         "Monastir", "MKD"),
    ],
)  # fmt: skip
def test_places15_a_name_given_to_a_place_is_that_place(text, mention, country):
    assert _by_text(text)[mention].country == country


@pytest.mark.slow
def test_places15_a_name_given_to_no_place_is_none():
    text = "The storm, known in Spain as a DANA, dumped a year's rain on the coast."
    assert "DANA" not in _by_text(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Families waited all night at Masnaa with their cars.", "Masnaa", "LBN"),
        ("Customs officers at Ras Jedir went on strike.", "Ras Jedir", "TUN"),
        ("The ferry to Gavdos was cancelled because of high winds.", "Gavdos", "GRC"),
        ("Lorries crossed at Nasib after the talks.", "Nasib", "SYR"),
        ("Schools in North Batinah stayed shut after the storm.", "North Batinah", "OMN"),
        ("Shelters in Rif Dimashq filled up within days.", "Rif Dimashq", "SYR"),
    ],
)  # fmt: skip
def test_places15_crossings_islands_and_governorates(text, mention, country):
    place = _by_text(text)[mention]
    assert (place.country, place.precision) == (country, "region")


@pytest.mark.slow
def test_places15_saudi_eastern_province_in_a_gulf_story():
    text = (
        "Rain flooded streets in Dammam and Khobar, and officials in Riyadh closed schools "
        "across the Eastern Province."
    )
    assert _by_text(text)["Eastern Province"].country == "SAU"
