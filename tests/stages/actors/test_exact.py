"""Tests of the exact match: the longest known phrases inside a phrase."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.stages.actors.data import Entry, Role
from diplograph.stages.actors.index import same_person


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        # "President Petro" (Colombia's) must not take the given name of Petro Poroshenko
        ("Former Ukrainian President Petro Poroshenko", date(2021, 1, 1), "UKRELI"),
        ("Ukrainian President Petro Poroshenko", date(2016, 1, 1), "UKRGOV"),
        ("President Petro", date(2023, 1, 1), "COLGOV"),
        ("Colombian President Petro", date(2023, 1, 1), "COLGOV"),
    ],
)
def test_exact_titled_alias_yields_to_a_longer_name_overlapping_it(actors, text, on, code):
    assert actors.resolve(text, on).code == code


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Iran-backed militias", None, "UAF"),  # Iran backs them; they are not Iran's
        ("Russian-backed separatists", None, "REB"),
        ("Iranian-backed militias in Iraq", "IRQ", "UAF"),
        ("Turkish-backed Syrian rebels", "SYR", "REB"),
        ("a U.S.-funded program", None, None),
        ("Iranian militias", "IRN", "UAF"),  # no backer word: the owner
        ("Somalia's UN-recognised government", "SOM", "GOV"),  # the UN recognises it
        ("US-trained Iraqi commandos", "IRQ", "MIL"),
        ("Saudi-allied Sudanese troops", "SDN", "MIL"),
        ("Chad's French-installed president", "TCD", "GOV"),  # France installed him
        ("Laos #39;s Vietnamese-backed government", "LAO", "GOV"),
    ],
)
def test_exact_backer_before_backed_is_not_the_owner(actors, text, country, sector):
    actor = actors.resolve(text, date(2019, 1, 1))
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("pro-Russian separatists in eastern Ukraine", "UKRREB"),
        ("anti-American protesters in Pakistan", "PAKOPP"),
    ],
)
def test_exact_a_state_after_pro_or_anti_is_a_stance_not_the_owner(actors, text, code):
    assert actors.match(text, date(2023, 6, 1)).actor.code == code


def test_exact_an_organisation_ending_the_phrase_beats_a_person_in_the_possessive(actors):
    assert actors.match("Erdogan's ruling AK Party", date(2023, 6, 1)).actor.code == "TURPTY"
    assert actors.match("North Korean leader Kim Jong Un", date(2023, 6, 1)).actor.code == "PRKGOV"


@pytest.mark.parametrize(
    ("text", "on", "country"),
    [
        ("Macron Dupont", date(2019, 6, 1), None),  # a surname before another name
        ("Trump Tower", date(2018, 6, 1), None),
        ("Putin Kremlin", date(2019, 6, 1), "RUS"),  # a known phrase after it is no name
        ("Merkel government", date(2015, 6, 1), "DEU"),
    ],
)
def test_exact_surname_before_another_name_is_a_given_name(actors, text, on, country):
    assert actors.resolve(text, on).country == country


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        ("NATO Secretary General Jaap de Hoop Scheffer", date(2004, 6, 1), "NAT"),
        ("former NATO Secretary General Jaap de Hoop Scheffer", date(2012, 1, 1), "NLDELI"),
        ("ex-EU foreign policy chief Javier Solana", date(2012, 1, 1), "ESPELI"),
    ],
)
def test_exact_former_holder_after_a_body_is_his_own(actors, text, on, code):
    """An out-of-office person after a body's name and title holds that office, unless the
    title is a former one: then he is an elite of his own state."""
    assert actors.resolve(text, on).code == code


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        # the father's surname of a Spanish double surname ("Ernesto Samper Pizano")
        ("Samper", date(1996, 5, 1), "COLGOV"),
        ("Banzer", date(1998, 5, 1), "BOLGOV"),
        ("President Sanguinetti", date(1997, 5, 1), "URYGOV"),
        ("Portillo", date(2002, 5, 1), "GTMGOV"),  # not Mexico's Lopez Portillo, out of office
        # the given name where news says it alone (Thai, Malay, Ethiopian names)
        ("Abhisit", date(2010, 5, 1), "THAGOV"),
        ("Samak", date(2008, 5, 1), "THAGOV"),
        ("Najib", date(2012, 5, 1), "MYSGOV"),
        # a particle before the surname
        ("de Klerk", date(1993, 5, 1), "ZAFGOV"),
        ("Van der Bellen", date(2019, 5, 1), "AUTGOV"),
        # a Maghrebi surname said with "Ben"
        ("Ben Bella", date(1964, 5, 1), "DZAGOV"),
        ("President Ben Ali", date(2008, 5, 1), "TUNGOV"),
    ],
)
def test_exact_lone_name_by_naming_custom(actors, text, on, code):
    assert actors.resolve(text, on).code == code


@pytest.mark.parametrize(
    "text",
    [
        "A",  # an initial is no given name ("A. M. Hendropriyono")
        "S",
        "Masri",  # an alias of another first word names another person, or a group
    ],
)
def test_exact_lone_name_is_never_an_initial_or_anothers_alias(actors, text):
    assert actors.resolve(text, date(2004, 9, 15)).code is None


@pytest.mark.parametrize(
    ("text", "on", "code", "name"),
    [
        # a one-word name of someone out of office gives way to the holder of the surname
        ("Assad", date(1998, 5, 1), "SYRGOV", "Hafez al-Assad"),
        ("Aliyev", date(1999, 5, 1), "AZEGOV", "Heydar Aliyev"),
        ("Assad", date(2015, 5, 1), "SYRGOV", "Bashar al-Assad"),
        ("Trump", date(2022, 5, 1), "USAELI", "Donald Trump"),  # no other Trump in office
    ],
)
def test_exact_one_word_name_out_of_office_yields_to_the_holder(actors, text, on, code, name):
    actor = actors.resolve(text, on)
    assert (actor.code, actor.name) == (code, name)


def test_exact_one_person_listed_twice_is_not_ambiguous(actors):
    def person(name, code):
        return Entry(f"person:{name.lower()}", name, "person", None, (Role(code, None, None),))

    twice = [(person("Kofi Annan", "IGOUNO"), "IGOUNO"), (person("K. Annan", "IGOUNO"), "IGOUNO")]
    assert len(same_person(twice, "annan")) == 1
    two = [(person("Kim Jong Un", "PRKGOV"), "PRKGOV"), (person("Kim Yo Jong", "PRKGOV"), "PRKGOV")]
    assert len(same_person(two, "kim")) == 2


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        # a body of the state appointed the head: its state's, with the head noun's sector
        ("the Tatmadaw-appointed cabinet", date(2021, 5, 1), "MMRGOV"),
        ("the Kremlin-installed governor", date(2022, 10, 1), "RUSGOV"),
        ("a Houthi-appointed governor", date(2019, 5, 1), "YEMREB"),  # an armed group's own
        ("the UN-appointed envoy", date(2019, 5, 1), "IGOUNO"),
    ],
)
def test_exact_a_state_body_appointing_the_head_stands_for_its_state(actors, text, on, code):
    assert actors.resolve(text, on).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Egyptian armed forces", "EGYMIL"),  # 'armed' starts the agent noun
        ("Turkish armed men", "TURUAF"),
        ("Iraqi Arab tribesmen", "IRQCVL"),  # a group's demonym after a state's: its people
        ("Israeli Arab citizens", "ISRCVL"),
        ("Arab diplomats", "ARB"),
    ],
)
def test_exact_armed_nouns_and_peoples_after_a_states_demonym(actors, text, code):
    assert actors.resolve(text, date(2021, 6, 1)).code == code


def test_exact_a_backer_word_before_a_plain_noun_still_backs(actors):
    assert actors.resolve("Syrian-armed militias", date(2021, 6, 1)).country is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("two IS commanders", "IMG"),  # "IS" capitalised is the Islamic State
        ("what it is", ""),
        ("Huthi forces", "YEMREB"),
        ("an Ansarullah commander", "YEMREB"),
        ("Hashd Shaabi commanders", "IRQMIL"),
        ("Kurdish Workers Party militants", "TURREB"),
        ("JMB operatives", "BGDREB"),
        ("a CRPF constable", "INDCOP"),
        ("Saba News Agency", "YEMMED"),
        ("Radio Television of Serbia", "SRBMED"),
        ("Pakistan's Dawn newspaper", "PAKMED"),
        ("a dawn raid", ""),  # the paper is never "Dawn" alone
        ("the AFP news agency", "FRAMED"),  # "AFP" alone is also the Australian police
    ],
)
def test_exact_modern_conflict_names(actors, text, code):
    actor = actors.resolve(text, date(2019, 6, 1))
    assert (actor.country or "") + (actor.sector or "") == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Abdullah al-Mansouri", ""),  # not Saudi Arabia's Abdullah, listed by one name
        ("Hassan Barakzai", ""),  # not Jordan's Prince Hassan
        ("Abdullah Abdullah", "AFGGOV"),  # a longer known name still wins
    ],
)
def test_exact_one_named_person_before_a_surname_is_someone_else(actors, text, code):
    actor = actors.resolve(text, date(2019, 6, 1))
    assert (actor.code or "") == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("an RCMP constable", "CANCOP"),
        ("the Mounties", "CANCOP"),
        ("Kenya Defense Forces troops", "KENMIL"),
        ("a Government of National Accord spokesman", "LBYGOV"),
        ("Algerian People's National Army units", "DZAMIL"),
        ("Mayi-Mayi fighters", "CODREB"),
        ("Sudan Liberation Army commanders", "SDNREB"),  # armed opposition, not OPP
        ("an Express Tribune reporter", "PAKMED"),
        ("Khaama Press", "AFGMED"),
        ("HAMAS' LEADERS", "PSEREB"),  # the possessive of a name in capitals
    ],
)
def test_exact_modern_bodies_outlets_and_armed_groups(actors, text, code):
    actor = actors.resolve(text, date(2019, 6, 1))
    assert (actor.country or "") + (actor.sector or "") == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a Garowe Online correspondent", "SOMMED"),
        ("GMA News", "PHLMED"),
        ("Sabq newspaper", "SAUMED"),
        ("the ANSA news agency", "ITAMED"),
        ("a Times of Israel reporter", "ISRMED"),  # the outlet, not the state
        ("FARDC soldiers", "CODMIL"),
        ("APCLS fighters", "CODREB"),
        ("UDD leaders", "THAOPP"),
        ("Liwa Thuwar al-Raqqa", "SYRREB"),  # a brigade of rebels, not the army
        ("the ODM party", "KENPTY"),  # Kenya's Orange Democratic Movement
    ],
)
def test_exact_round_14_bodies_and_outlets(actors, text, code):
    actor = actors.resolve(text, date(2019, 6, 1))
    assert (actor.country or "") + (actor.sector or "") == code


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        ("Eduardo Ano", date(2019, 3, 1), "PHLGOV"),  # interior secretary
        ("Eduardo Año", date(2017, 3, 1), "PHLMIL"),  # chief of staff of the armed forces
    ],
)
def test_exact_dated_roles_of_round_14(actors, text, day, code):
    actor = actors.resolve(text, day)
    assert (actor.country or "") + (actor.sector or "") == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("China's Western Theater Command army", "CHNMIL"),  # a part of the state's body
        ("Belarus's Western Operational Command forces", "BLRMIL"),
        ("Georgia's Western partners", "WST"),  # no body of the state: the West
        ("Western diplomats", "WST"),
    ],
)
def test_exact_western_between_a_state_and_its_body_is_a_direction(actors, text, code):
    actor = actors.resolve(text, date(2019, 6, 1))
    assert (actor.country or "") + (actor.sector or "") == code
