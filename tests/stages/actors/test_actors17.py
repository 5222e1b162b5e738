"""Round 17 (issue 19, eval/actors_dev17): titles of offices once held, and a body's officers.

The phrases are invented for these tests; none is copied from a dev set."""

from datetime import date

import pytest


@pytest.mark.parametrize(
    ("text", "on", "country", "sector"),
    [
        # a title of an office the person once held in his state: the office, not ELI
        ("President Mauricio Macri", date(2023, 1, 1), "ARG", "GOV"),
        ("Prime Minister Shinzo Abe", date(2021, 6, 1), "JPN", "GOV"),
        # not after "former", and not a title of another sector than his offices
        ("former President Mauricio Macri", date(2023, 1, 1), "ARG", "ELI"),
        ("Mauricio Macri", date(2023, 1, 1), "ARG", "ELI"),
    ],
)
def test_actors17_title_of_an_office_once_held(actors, text, on, country, sector):
    actor = actors.resolve(text, on)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        # a rank after a body's spokesperson or chief is the person's, not the body's
        ("Ugandan police spokesman Maj. Peter Odhiambo", "UGA", "COP"),
        ("police spokesman Col. Peter Odhiambo", None, "COP"),
        ("army spokesman Col. Peter Odhiambo", None, "MIL"),
        # a name the dictionary lacks after "police chief" is the police's
        ("district police chief Peter Odhiambo", None, "COP"),
    ],
)
def test_actors17_officer_nouns_before_a_rank_or_name(actors, text, country, sector):
    actor = actors.resolve(text, date(2023, 1, 1))
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        # clergy are REL as the sets write them (Phoenix: CHR, MUS, JEW); followers keep theirs
        ("an Anglican bishop", None, "REL"),
        ("Egyptian imams", "EGY", "REL"),
        ("a Muslim cleric in Lagos", "NGA", "REL"),
        ("Pakistani Christians", "PAK", "CHR"),
        # offices, collective and media nouns the tables lacked
        ("Kenya's presidential office", "KEN", "GOV"),
        ("the prosecutors' office", None, "JUD"),
        ("the public prosecutor's office", None, "JUD"),
        ("business groups", None, "BUS"),
        ("striking union members", None, "LAB"),
        ("three opposition candidates", None, "OPP"),
        ("a regional TV station", None, "MED"),
    ],
)
def test_actors17_agent_nouns_the_tables_lacked(actors, text, country, sector):
    actor = actors.resolve(text, date(2023, 1, 1))
    assert (actor.country, actor.sector) == (country, sector)
