"""Tests of the dateline town's neighbours (sentences written for these tests)."""

from __future__ import annotations

import pytest

from diplograph.stages.places.gazetteer import Gazetteer
from diplograph.stages.places.local import dateline_town
from tests.stages.places.test_resolve import _places


def test_local_dateline_town_read_in_its_state():
    town = dateline_town(["SPRINGFIELD", "Ill."], Gazetteer.load())
    assert town is not None and town.admin1 == "IL"


def test_local_dateline_of_a_country_names_no_town():
    assert dateline_town(["Kenya"], Gazetteer.load()) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        (
            "LEEDS, England - The river flooded fields between Skipton and Keighley.",
            ("Skipton", "Keighley"),
            "GBR",
        ),
        ("WINNIPEG - The town of Morris was cut off on Wednesday.", ("Morris",), "CAN"),
        # across the border from the dateline's town
        (
            "DERRY, Northern Ireland - Shoppers came in from Lifford and Letterkenny.",
            ("Letterkenny",),
            "IRL",
        ),
        ("KOTA KINABALU - Ministers met on the federal territory of Labuan.", ("Labuan",), "MYS"),
    ],
)
def test_local_neighbours_of_the_dateline_town_are_places(text, names, country):
    found = {p.text: p.country for p in _places(text)}
    for name in names:
        assert found.get(name) == country, (name, found)


@pytest.mark.slow
def test_local_a_surname_of_the_story_is_no_neighbour():
    text = "WINNIPEG - Farmer Jim Morris spoke to reporters. Reporters went to Morris later."
    assert "Morris" not in {p.text for p in _places(text)}


@pytest.mark.slow
def test_local_a_street_of_the_story_is_in_the_dateline_town():
    text = "KANO, Nigeria - Fans gathered at the Sani Abacha Stadium on Sunday."
    found = {p.text: p for p in _places(text)}
    stadium = found["Sani Abacha Stadium"]
    assert stadium.name == "Kano" and "street or landmark" in stadium.reason


@pytest.mark.slow
def test_local_a_street_without_a_dateline_is_not_placed():
    found = {p.text: p for p in _places("Fans gathered at the Sani Abacha Stadium on Sunday.")}
    assert found["Sani Abacha Stadium"].lat is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "SALEM, Ore. (AP) - Deputies from Polk County and Yamhill County searched the hills.",
            ("Polk County", "Yamhill County"),
        ),
        ("ALEXANDRIA, La. - Rain flooded roads in Rapides Parish overnight.", ("Rapides Parish",)),
        # the tagger cuts the noun off: "Concordia" GPE, its noun no first name's surname
        ("MONROE, La. - Levees in Concordia Parish held on Sunday.", ("Concordia Parish",)),
        (
            "TRENTON, N.J. - Voters in Hamilton Township rejected the school budget.",
            ("Hamilton Township",),
        ),
        # each name of a list before the plural noun is a division, not a town of its name
        (
            "SALEM, Ore. (AP) - The governor declared an emergency in Marion and Polk counties.",
            ("Marion", "Polk"),
        ),
    ],
)
def test_local_a_local_division_of_the_story_is_in_the_dateline_town(text, names):
    found = {p.text: p for p in _places(text)}
    town = found[text.split(",")[0]]
    for name in names:
        assert found[name].name == town.name, (name, found[name])
        assert "local division" in found[name].reason


@pytest.mark.slow
def test_local_a_county_without_a_dateline_is_not_placed():
    found = {p.text: p for p in _places("Deputies from Polk County searched the hills.")}
    assert found["Polk County"].lat is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "NAIROBI, Kenya - Floods cut roads across Kenya on Monday. The collapse of a bridge"
            " left Garissa without food.",
            "Garissa",
            "KEN",
        ),
        (
            "Fighting went on across Ukraine and near Kharkiv. After the fall of Bakhmut, the"
            " army dug new lines.",
            "Bakhmut",
            "UKR",
        ),
    ],
)
def test_local_a_town_of_the_story_country_is_a_place_wherever_it_stands(text, name, country):
    found = {p.text: p.country for p in _places(text)}
    assert found.get(name) == country, found


@pytest.mark.slow
def test_local_a_surname_of_the_story_is_no_town_of_its_country():
    text = (
        "NAIROBI, Kenya - Floods cut roads across Kenya on Monday. Coach Peter Garissa"
        " praised the team. Garissa said the rain would stop."
    )
    assert "Garissa" not in {p.text for p in _places(text)}


@pytest.mark.slow
def test_local_a_neighbour_is_a_place_as_a_subject_too():
    text = "YORK, England - Selby approved the budget, and buses ran out of Tadcaster again."
    found = {p.text: p.country for p in _places(text)}
    assert found.get("Selby") == "GBR" and found.get("Tadcaster") == "GBR", found


@pytest.mark.slow
def test_local_home_villages_after_a_place_preposition_or_in_a_list():
    places = {
        p.text: p
        for p in _places(
            "Rail services in Wales were cut on Monday. Fewer trains will run to Tenby "
            "through Narberth and Saundersfoot, and buses from Cardigan to Aberaeron will "
            "stop at night."
        )
    }
    for name in ("Tenby", "Narberth", "Saundersfoot", "Aberaeron"):
        assert places[name].country == "GBR" and places[name].lat is not None


@pytest.mark.slow
def test_local_home_village_named_for_a_person_is_no_place():
    places = {
        p.text
        for p in _places(
            "Coach Rhys Narberth left Cardiff and Swansea for Wales's camp. The board gave "
            "the job to Narberth on Monday."
        )
    }
    assert "Narberth" not in places
