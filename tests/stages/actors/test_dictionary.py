"""Tests of ActorDictionary.match beyond its steps: the memo of answers."""

from __future__ import annotations

from datetime import date

import pytest


def test_dictionary_match_remembers_each_text_on_each_date(actors):
    first = actors.match("Vladimir Putin", date(1999, 10, 1))
    assert actors.match("Vladimir Putin", date(1999, 10, 1)) is first
    assert actors.match("Vladimir Putin", date(2022, 3, 1)).actor.reason != first.actor.reason


def test_dictionary_yaml_entries_may_cite_a_source(tmp_path):
    from diplograph.errors import ReferenceDataError
    from diplograph.stages.actors import ActorDictionary

    path = tmp_path / "cited.yaml"
    path.write_text(
        "- name: Ivan Petrenko\n"
        "  roles: [[UKRGOV, 2020-01-01, null, minister]]\n"
        "  source: https://example.org/cabinet\n"
    )
    assert ActorDictionary.load([str(path)]).resolve("Ivan Petrenko", date(2021, 1, 1)).code == (
        "UKRGOV"
    )
    path.write_text("- name: Ivan Petrenko\n  code: UKRGOV\n  source: [1, 2]\n")
    with pytest.raises(ReferenceDataError, match="source"):
        ActorDictionary.load([str(path)])


@pytest.mark.parametrize(
    "text", ["the World Bank", "UNICEF", "the IAEA", "Tedros Adhanom Ghebreyesus"]
)
def test_dictionary_intergovernmental_codes_carry_no_sector(actors, text):
    actor = actors.resolve(text, date(2023, 1, 1))
    assert (actor.country, actor.sector) == ("IGO", None)


@pytest.mark.parametrize(("text", "country"), [("ISIS", "IMG"), ("the Islamic State", "IMG")])
def test_dictionary_transnational_armed_group_codes_carry_no_sector(actors, text, country):
    actor = actors.resolve(text, date(2016, 1, 1))
    assert (actor.country, actor.sector) == (country, None)


@pytest.mark.parametrize(
    ("text", "on", "country"),
    [
        ("Cecilia Malmstrom", date(2009, 9, 1), "EUR"),  # Phoenix IGOEUREEC
        ("Alessandro Minuto Rizzo", date(2004, 1, 1), "NAT"),  # Phoenix IGOWSTNAT
        ("Lamberto Dini", date(1996, 3, 1), "EUR"),
    ],
)
def test_dictionary_bloc_family_codes_name_the_bloc(actors, text, on, country):
    """Phoenix codes the EU, NATO, the Arab League, the AU and ASEAN as IGO families; the
    project names them by their own group codes, with no sector."""
    actor = actors.resolve(text, on)
    assert (actor.country, actor.sector) == (country, None)


def test_dictionary_bloc_family_code_in_a_user_file(tmp_path):
    from diplograph.stages.actors import ActorDictionary

    path = tmp_path / "bloc.yaml"
    path.write_text("- name: Zorblat Fnuk\n  roles: [[IGOMEAARL, 2001-01-01, null, envoy]]\n")
    actor = ActorDictionary.load([str(path)]).resolve("Zorblat Fnuk", date(2005, 1, 1))
    assert (actor.country, actor.sector) == ("ARL", None)


def test_dictionary_bloc_officer_out_of_office_is_no_elite_of_the_bloc(tmp_path):
    """Out of every office, a person is an elite of the nearest state he served, never of a
    bloc or IGO (a former Arab League chief is no 'ARLELI'); with no state role, no country."""
    from diplograph.stages.actors import ActorDictionary

    path = tmp_path / "officers.yaml"
    path.write_text(
        "- name: Zorblat Fnuk\n"
        "  roles: [[ARL, 2010-01-01, 2015-01-01, secretary-general]]\n"
        "- name: Quenta Marlow\n"
        "  roles:\n"
        "  - [KENGOV, 2000-01-01, 2005-01-01, minister]\n"
        "  - [NAT, 2006-01-01, 2010-01-01, envoy]\n"
    )
    actors = ActorDictionary.load([str(path)])
    assert actors.resolve("Zorblat Fnuk", date(2018, 1, 1)).country is None
    marlow = actors.resolve("Quenta Marlow", date(2012, 1, 1))
    assert (marlow.country, marlow.sector) == ("KEN", "ELI")
    assert actors.resolve("Quenta Marlow", date(2008, 1, 1)).country == "NAT"


def test_dictionary_actor_re_dated_to_before_any_office_is_unresolved(actors):
    # an event dated years back re-chooses the role: ISIS (IMG from 2013) has none in 2006
    isis = actors.resolve("the Islamic State", date(2020, 1, 1))
    assert isis.country
    then = actors.at(isis, date(2006, 7, 1))
    assert then.country is None and then.entity_text == isis.entity_text


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [("East Timor", date(2023, 8, 1), "TLS"), ("Xanana Gusmao", date(2008, 2, 11), "TLSGOV")],
)
def test_dictionary_phoenix_east_timor_code_is_iso(actors, text, on, code):
    # Phoenix codes East Timor TMP; read as is, it was no state, and "East Timor" fell to the
    # Indonesian alias "Timor"
    assert actors.resolve(text, on).code == code


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        ("Iranian Defence Minister Ali Shamkhani", date(2001, 3, 1), "IRNGOV"),
        ("Shamkhani", date(2009, 3, 1), "IRNELI"),  # between his two offices
        ("Ali Shamkhani", date(2016, 3, 1), "IRNGOV"),
    ],
)
def test_dictionary_hand_person_holds_each_dated_role(actors, text, on, code):
    assert actors.resolve(text, on).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Nihon Keizai Shimbun", "JPNMED"),
        ("Radio Elshinta", "IDNMED"),
        ("the U.S. Food and Drug Administration", "USAGOV"),
    ],
)
def test_dictionary_papers_radios_and_agencies_by_name(actors, text, code):
    assert actors.resolve(text, date(2010, 6, 1)).code == code


def test_dictionary_the_nikkei_alone_is_no_paper(actors):
    assert actors.resolve("the Nikkei", date(2010, 6, 1)).code != "JPNMED"  # the stock index


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Revolution Guardians Corps (IRGC)", "IRNMIL"),  # a spelling the tables lack
        ("the Central Reserve Police (CRPF)", "INDCOP"),  # the words alone name no country
        ("the Kenyan Army (KDF)", "KENMIL"),  # the words named it: the aside is not read
    ],
)
def test_dictionary_a_body_in_brackets_names_an_unresolved_phrase(actors, text, code):
    assert actors.resolve(text, date(2019, 6, 1)).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Frontier Corps", "PAKMIL"),
        ("Nolcom", "PHLMIL"),
        ("Jaish al-Fatah", "SYRREB"),  # not Fatah, the Palestinian party
        ("the Manbij Military Council", "SYRREB"),
        ("UNLF rebels", "INDREB"),
        ("the US Secret Service", "USACOP"),
        ("Lamuka", "CODOPP"),
        ("Rutgers University", "USAEDU"),
        ("a Radio Shabelle reporter", "SOMMED"),
        ("Shafaq News", "IRQMED"),
        ("the Sangai Express", "INDMED"),
        ("WAM", "AREMED"),
    ],
)
def test_dictionary_forces_groups_and_outlets_of_modern_conflict_news(actors, text, code):
    assert actors.resolve(text, date(2019, 6, 1)).code == code


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("the FATF's plenary", "IGO", None),  # bodies and clubs of states
        ("Paris Club creditors", "IGO", None),
        ("euro area governments", "EUR", None),
        ("the Eurogroup chairman", "EUR", None),
        ("judges of the Hague tribunal", "IGO", None),  # not the Netherlands
        ("a Hague-based court", "IGO", None),
        ("Germany's Federal Constitutional Court", "DEU", "JUD"),
        ("the Federal Constitutional Court in Karlsruhe", "DEU", "JUD"),
        ("the U.S. Securities and Exchange Commission", "USA", "GOV"),
        ("a Turkish state-run refiner", "TUR", "BUS"),
        ("a Swiss drugmaker", "CHE", "BUS"),
    ],
)
def test_dictionary_bodies_courts_regulators_and_firm_nouns(actors, text, country, sector):
    actor = actors.resolve(text, date(2022, 6, 1))
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "on", "country"),
    [
        ("Latvian Prime Minister Valdis Dombrovskis", date(2012, 5, 1), "LVA"),
        ("Commission vice-president Valdis Dombrovskis", date(2021, 5, 1), "EUR"),
        ("Margrethe Vestager", date(2013, 5, 1), "DNK"),
        ("Margrethe Vestager", date(2019, 5, 1), "EUR"),
        ("Frans Timmermans", date(2018, 5, 1), "EUR"),
        ("Wopke Hoekstra", date(2020, 5, 1), "NLD"),
        ("Wopke Hoekstra", date(2024, 5, 1), "EUR"),
    ],
)
def test_dictionary_european_commissioners_hold_the_bloc_office_on_its_dates(
    actors, text, on, country
):
    assert actors.resolve(text, on).country == country
