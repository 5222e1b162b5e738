"""Tests of violence inside one state: sides no dictionary holds take the state of the place."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import code_text
from tests.stages.events.test_uncoded import sides


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed party attacks sites or people of the state it acts in
        ("Gunmen attacked two villages in Mali on Tuesday.", ("ASSAULT", "MLI", "MLI")),
        ("Armed militants killed 12 people in northern Nigeria.", ("ASSAULT", "NGA", "NGA")),
        # a coded part of the state hits its own people
        (
            "Kenyan police beat dozens of protesters in Nairobi on Monday.",
            ("ASSAULT", "KEN", "KEN"),
        ),
        ("Police arrested three men in Lyon on Friday.", ("COERCE", "FRA", "FRA")),
        # a reduced passive: the noun described is the victim
        ("A woman shot by police in Chicago died on Sunday.", ("ASSAULT", "USA", "USA")),
    ],
)
def test_violence_local_sides_take_the_state_of_the_place(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Iraq attacked villages in Iraq.",  # a bare state in its own land: no dyad
        "Gunmen fired rockets in Kabul on Monday.",  # a weapon is no victim
        "Gunmen attacked the American embassy in Kabul.",  # another state's site
    ],
)
def test_violence_no_local_dyad(text):
    local = {s for s in sides(text) if s[1] == s[2]}
    assert not local


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive with no "by" phrase: whom it hit is named, who did it is not
        ("Ten Afghan soldiers were killed in an ambush on Monday.", ("ASSAULT", "~unnamed", "AFG")),
        # a weapon as the subject; the victims take the state of the place
        ("A car bomb killed 12 people in Baghdad on Sunday.", ("ASSAULT", "~unnamed", "IRQ")),
        ("Five suspects were arrested in Madrid on Friday.", ("COERCE", "~unnamed", "ESP")),
        # a place inside a longer actor phrase is still the place, not a party that did it
        (
            "Four Nigerian soldiers were killed in northeastern Nigeria on Sunday.",
            ("ASSAULT", "~unnamed", "NGA"),
        ),
    ],
)
def test_violence_unnamed_attacker(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Nine British tourists were killed in a bus crash in Jordan.",  # a mishap
        "Twelve people were killed in Kano after gunmen stormed a market.",  # gunmen did it
        "Ten soldiers were killed in Kabul in raids by American troops.",  # so did the troops
    ],
)
def test_violence_no_unnamed_attacker(text):
    assert not {s for s in sides(text) if s[1] == "~unnamed"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd of the place protests at no one
        ("Thousands of students marched through Belgrade on Friday.", ("PROTEST", "SRB", None)),
        # forces leaving a place: the place left is no recipient (guide A4)
        ("Kurdish Peshmerga forces withdrew from the town on Monday.", ("RETREAT", "IRQ", None)),
    ],
)
def test_violence_one_sided(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # victims hurt "in" a place match CAMEO's violent protest; they protest nothing
        ("Dozens of people were injured in Beirut on Monday.", ("PROTEST", "LBN", None)),
        # a withdrawal with an object is no forces leaving
        ("Russia withdrew its ambassador from Tbilisi.", ("RETREAT", "RUS", None)),
        # only an attack takes the state where it happens as its target (guide A4)
        ("British police seized a ship in Spain on Monday.", ("COERCE", "GBR", "ESP")),
    ],
)
def test_violence_no_one_sided(text, absent):
    assert absent not in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those killed "in" an attack are its victims; the attack noun names the attacker
        (
            "At least 20 Afghan policemen have been killed in Taliban attacks in the north.",
            ("ASSAULT", "AFG", "AFG"),
        ),
        (
            "Two policemen were wounded in a grenade attack by suspected rebels in Srinagar.",
            ("ASSAULT", "IND", "IND"),
        ),
        # ... or no one: "died in air strikes"
        (
            "Fifteen civilians died in air strikes on a village in Syria.",
            ("ASSAULT", "~unnamed", "SYR"),
        ),
    ],
)
def test_violence_victims_of_an_attack_noun(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with no place named, police and armed groups hit their own state (a police raid is a
        # search, COERCE seize: docs/annotation.md)
        ("Pakistani police raided two hideouts on Monday.", ("COERCE", "PAK", "PAK")),
        ("Al-Shabab militants seized a village on Sunday.", ("ASSAULT", "SOM", "SOM")),
    ],
)
def test_violence_police_and_rebels_act_at_home(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's authorities and courts act on people at home (guide: "Saudi authorities
        # arrested women's rights activists" is SAU -> SAU), and the people include critics,
        # lawyers and the press
        ("Egyptian authorities detained three bloggers on Sunday.", ("COERCE", "EGY", "EGY")),
        ("Turkish police arrested the editor of a weekly magazine.", ("COERCE", "TUR", "TUR")),
        ("Iranian authorities detained a dissident at Tehran airport.", ("COERCE", "IRN", "IRN")),
        # ... and the people they free are theirs too (RETREAT release)
        ("Cuban authorities freed 40 political prisoners on Monday.", ("RETREAT", "CUB", "CUB")),
        ("Gunmen released six hostages in northern Mali.", ("RETREAT", "MLI", "MLI")),
        # ... and so are the people they pardon (CONCEDE)
        ("Moroccan authorities pardoned 30 prisoners on Sunday.", ("CONCEDE", "MAR", "MAR")),
    ],
)
def test_violence_authorities_act_on_their_own_people(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's supporters and a lawmaker are people of the state where they are hit
        (
            "Togolese police detained 200 supporters of the opposition leader on Friday.",
            ("COERCE", "TGO", "TGO"),
        ),
        (
            "Police fired tear gas at opposition supporters in Lome on Saturday.",
            ("ASSAULT", "TGO", "TGO"),
        ),
        ("Bolivian authorities arrested a senior lawmaker in La Paz.", ("COERCE", "BOL", "BOL")),
    ],
)
def test_violence_supporters_and_lawmakers_are_local_sides(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "French troops raided villages on Monday.",  # whose villages is not said
        "Israeli troops raided houses on Monday.",  # an army fights abroad too
        "Israeli troops killed two villagers on Sunday.",  # ... and hits people abroad
    ],
)
def test_violence_no_home_for_an_army(text):
    assert not {s for s in sides(text) if s[1] == s[2]}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd any of a state's forces hit is at home, and a gathering hit is its people
        (
            "Iraqi troops fired tear gas into a crowd of protesters on Sunday.",
            ("ASSAULT", "IRQ", "IRQ"),
        ),
        ("Kenyan police dispersed a demonstration in Nairobi on Monday.", ("COERCE", "KEN", "KEN")),
    ],
)
def test_violence_forces_hit_a_crowd_at_home(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross appealed for $50 million to help flood victims in Bangladesh after half "
        "the country was submerged, destroying homes and killing 300 people.",
        "Oxfam appealed for funds for flood victims in Pakistan after the Indus burst its banks, "
        "destroying crops and killing 400 people.",
    ],
)
def test_violence_a_disaster_toll_is_no_attack_by_the_appeal_maker(text):
    events, _ = code_text(text)  # asserted or not: both are stored
    assert not [e for e in events if e.event_type == "ASSAULT"]


@pytest.mark.slow
def test_violence_an_attack_beside_a_disaster_stays():
    text = "Russian jets bombed Aleppo, killing 30 civilians, a week after an earthquake hit it."
    assert ("ASSAULT", "RUS", "SYR") in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members of a body are that body's side
        ("Gunmen killed five members of Pakistan's security forces.", "PAK"),
        ("Suicide bombers killed 22 members of Iraq's security forces on Monday.", "IRQ"),
    ],
)
def test_violence_members_of_a_body_are_its_side(text, expected):
    assert expected in {e.recipient.country for e in code_text(text)[0] if e.recipient}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party noun in the phrase of whom it hit is that victim, not another party
        (
            "A Kenyan opposition activist was detained in a northern district on Monday.",
            ("COERCE", "~unnamed", "KEN"),
        ),
        # the people an attack noun killed are no party that may have done it
        (
            "Four Afghans were killed in a bomb attack on British troops in Helmand on Monday.",
            ("ASSAULT", "~unnamed", "GBR"),
        ),
    ],
)
def test_violence_the_ones_hit_are_no_other_party(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source that says an attack or an arrest happened is no party to it
        (
            "Four Afghan soldiers were wounded in a roadside bombing near Kandahar on Friday, "
            "Afghan officials said.",
            ("ASSAULT", "~unnamed", "AFG"),
        ),
        (
            "Egyptian rights groups say that three journalists have been detained in Cairo.",
            ("COERCE", "~unnamed", "EGY"),
        ),
    ],
)
def test_violence_the_source_of_a_report_is_no_party(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
def test_violence_a_clash_with_a_side_is_no_unnamed_attack():
    # "a clash with X": X fought; it is no unnamed attacker's attack on X
    text = (
        "Twenty Indian soldiers were killed in a clash with Chinese troops in Ladakh on Monday, "
        "the Indian army said."
    )
    assert ("ASSAULT", "~unnamed", "CHN") not in sides(text)


@pytest.mark.slow
def test_violence_a_place_in_a_side_is_no_scene():
    # "a U.S. convoy" is the side hit, not a second scene beside Kandahar: the bomber is local
    text = (
        "Three Afghans were killed on Friday when a suicide car bomber attacked a U.S. convoy "
        "in the southern city of Kandahar, a local police official said."
    )
    assert ("ASSAULT", "AFG", "USA") in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a weapon was used for names whom it hit: "fired tear gas to disperse X"
        (
            "Zimbabwean riot police fired tear gas on Monday to disperse hundreds of students.",
            ("ASSAULT", "ZWE", "ZWE"),
        ),
        (
            "Police in Uganda's capital, Kampala, used water cannon to break up a rally on Friday.",
            ("ASSAULT", "UGA", "UGA"),
        ),
    ],
)
def test_violence_whom_a_weapon_was_used_against(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party named in what followed an attack, or in the deed a sentence punishes, did
        # not do it: the attacker stays unnamed
        (
            "Ten Afghan soldiers were killed on Monday, prompting the government to send troops.",
            ("ASSAULT", "~unnamed", "AFG"),
        ),
        (
            "A British army medic has been sentenced to two years in prison for abusing detainees.",
            ("COERCE", "~unnamed", "GBR"),
        ),
    ],
)
def test_violence_a_party_named_after_the_act_did_not_do_it(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
def test_violence_a_deed_punished_does_not_hide_a_named_doer_of_a_sideless_act():
    # only an attack on a named victim reads past the deed; "him" is the king, who is
    # named, so no act with no side is made
    found = sides("The Thai king pardoned hundreds of people jailed for insulting him.")
    assert not any(event == "COERCE" for event, _, _ in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people beaten with batons or sticks are assaulted, not threatened ("beat with")
        (
            "Riot police beat students with batons outside the university in Dhaka.",
            ("ASSAULT", "BGD", "BGD"),
        ),
        # people named after a state's police or government are of its state, with no place
        (
            "Kenya's interior minister warned protesters against violence.",
            ("THREATEN", "KEN", "KEN"),
        ),
        ("Zimbabwean police beat striking nurses on Tuesday.", ("ASSAULT", "ZWE", "ZWE")),
    ],
)
def test_violence_police_and_governments_act_on_their_people(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state named as a whole acts on its people at home through its government
        ("Belarus jailed the activist for five years.", ("COERCE", "BLR", "BLR")),
        ("Azerbaijan arrested the opposition activist on Tuesday.", ("COERCE", "AZE", "AZE")),
    ],
)
def test_violence_a_state_acts_on_its_people_at_home(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # courts and authorities no dictionary names act for the state of the place they sit in
        ("A court in Minsk jailed the activist for ten years.", ("COERCE", "BLR", "BLR")),
        ("Authorities in Bangladesh arrested the editor.", ("COERCE", "BGD", "BGD")),
        ("Authorities arrested 40 people in Cairo on Friday.", ("COERCE", "EGY", "EGY")),
    ],
)
def test_violence_courts_and_authorities_of_the_place(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack that names no one hit, only the attackers and their means, is one-sided
        (
            "Three bombers blew themselves up near a bus station in the Kenyan city of Garissa.",
            ("ASSAULT", "KEN", None),
        ),
        (
            "Two militants detonated explosives in a field outside Peshawar, killing themselves.",
            ("ASSAULT", "PAK", None),
        ),
    ],
)
def test_violence_an_attack_on_no_one_but_the_attackers(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fire an arsonist sets is the act itself, no blaze that happened on its own
        ("A church was set on fire in southern Egypt on Sunday.", ("ASSAULT", "~unnamed", "EGY")),
        ("Two schools were set on fire in northern Mali.", ("ASSAULT", "~unnamed", "MLI")),
    ],
)
def test_violence_a_fire_set_is_no_mishap(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bandits and hoodlums are criminals of the state where they act, as robbers are
        (
            "Armed bandits killed five farmers near a village in Zamfara State on Monday.",
            ("ASSAULT", "NGA", "NGA"),
        ),
        ("Hoodlums attacked a police station in Lagos on Friday.", ("ASSAULT", "NGA", "NGA")),
    ],
)
def test_violence_bandits_act_where_they_are(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a centre or an aircraft hit in a state is a site of that state
        ("Gunmen stormed a training centre in northern Mali.", ("ASSAULT", "MLI", "MLI")),
        (
            "Militants fired rockets at a cargo plane at the airport in Mogadishu.",
            ("ASSAULT", "SOM", "SOM"),
        ),
    ],
)
def test_violence_centres_and_aircraft_are_sites(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
def test_violence_bandits_named_are_no_unnamed_attacker():
    # the attacks bandits made are theirs: no unnamed attacker is made for the attack noun
    text = "Bandits killed three farmers in separate attacks on two villages in Sokoto State."
    found = sides(text)
    assert ("ASSAULT", "~unnamed", "NGA") not in found
    assert ("ASSAULT", "NGA", "NGA") in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the means of breaking up a crowd, fired at no one named, hit the crowd of the place
        ("Zambian police fired tear gas on Monday.", ("ASSAULT", "ZMB", "ZMB")),
        (
            "Riot police fired water cannon and rubber bullets in Lusaka on Monday.",
            ("ASSAULT", "ZMB", "ZMB"),
        ),
        # ... and the police "in" a state are that state's
        ("Police in Zimbabwe fired tear gas on Saturday.", ("ASSAULT", "ZWE", "ZWE")),
    ],
)
def test_violence_crowd_means_hit_the_crowd_of_the_place(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
def test_violence_crowd_means_fired_at_someone_named_hit_them():
    events = sides("Israeli troops fired tear gas at Palestinian protesters in Hebron.")
    assert ("ASSAULT", "ISR", "PSE") in events
    assert ("ASSAULT", "ISR", "ISR") not in events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom an attack killed, told in a participle after it, is whom it hit
        (
            "Two suicide bombers blew themselves up near a bus station in northern Mali, "
            "killing nine people.",
            ("ASSAULT", "MLI", "MLI"),
        ),
        (
            "A bomber blew himself up outside a mosque in Niger on Friday, "
            "wounding six worshippers.",
            ("ASSAULT", "NER", "NER"),
        ),
    ],
)
def test_violence_whom_an_attack_killed_after_it(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party named in the clause describing the victim did not do the act
        (
            "A Peruvian mayor known for his fight against drug gangs was killed in Lima on Monday.",
            ("ASSAULT", "~unnamed", "PER"),
        ),
        (
            "A Mexican journalist known for his reports on organised crime was killed on Friday.",
            ("ASSAULT", "~unnamed", "MEX"),
        ),
    ],
)
def test_violence_a_party_describing_the_victim_did_not_act(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a charge in the passive with no "by" phrase: an accuser the text does not name
        ("Two Iranian diplomats were charged with spying.", ("ACCUSE", "~unnamed", "IRN")),
        (
            "A Kenyan official has been accused of taking bribes, prosecutors said.",
            ("ACCUSE", "~unnamed", "KEN"),
        ),
        # whom the deed charged names did not accuse
        (
            "A Dutch nurse has been charged with the murder of a patient, police said.",
            ("ACCUSE", "~unnamed", "NLD"),
        ),
    ],
)
def test_violence_a_charge_in_the_passive_has_an_unnamed_accuser(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Three men were charged with fraud in Lyon.",  # no coded party charged: no place's state
        "Iran accused Israel of sabotage.",  # the accuser named
        "Canadian farmers opposed to the new tax blocked roads.",  # no charge
        "A Chilean officer accused of torture was freed.",  # a reduced passive only describes
    ],
)
def test_violence_no_unnamed_accuser(text):
    assert not {s for s in sides(text) if s[0] == "ACCUSE" and s[1] == "~unnamed"}
