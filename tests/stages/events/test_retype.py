"""Tests of retype.py: the type a construction gives a coded word (issue 17, branch precision)."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import asserted


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ground taken by force is an assault, not an arrest or a seizure of property
        (
            "Syrian government forces captured a rebel-held neighborhood in Aleppo on Saturday.",
            ("ASSAULT", "SYR", "SYR"),
        ),
        (
            "Militants recaptured the Syrian town of Palmyra on Monday.",
            ("ASSAULT", "SYR", "SYR"),
        ),
        # ... and so is control of it seized
        (
            "Malian troops seized control of the northern town of Gao on Sunday.",
            ("ASSAULT", "MLI", "MLI"),
        ),
        ("Rebels seized control of a district in eastern Congo.", ("ASSAULT", "COG", "COG")),
        # ... and control of it gained or regained (CAMEO has no "gain control")
        (
            "Taliban fighters gained control of a district in Ghazni province on Monday.",
            ("ASSAULT", "AFG", "AFG"),
        ),
        (
            "Malian troops regained control of the northern town of Kidal on Friday.",
            ("ASSAULT", "MLI", "MLI"),
        ),
        # localities taken over are ground taken, from the state whose ground it is
        # (coder.own_ground; the corpus codes "Taliban militants captured a district" AFG -> AFG)
        ("Rebels took over two localities in eastern Congo on Sunday.", ("ASSAULT", "COG", "COG")),
        # people taken by an armed group are abducted
        (
            "An Australian journalist was seized by militants in Iraq.",
            ("ASSAULT", "IRQ", "AUS"),
        ),
        (
            "Militants seized two Turkish engineers near Kabul on Monday.",
            ("ASSAULT", "AFG", "TUR"),
        ),
        (
            "Four Jordanian truck drivers were seized by assailants in Baghdad.",
            ("ASSAULT", "IRQ", "JOR"),
        ),
        # an apology is regret: CONCEDE
        ("Israel's prime minister apologized to Egypt on Friday.", ("CONCEDE", "ISR", "EGY")),
        # combatants a state's troops capture are abducted too (PLOVER), not arrested
        (
            "Turkish troops captured 40 Kurdish rebels near the Iraqi border.",
            ("ASSAULT", "TUR", "IRQ"),
        ),
        # what police break up: a cell is arrested, a protest restricted
        (
            "Police broke up a protest outside the Russian embassy in Kiev.",
            ("COERCE", "UKR", "RUS"),
        ),
        # envoys expelled are a cut in relations (SANCTION), not a deportation (COERCE)
        ("Russia expelled two Japanese diplomats on Friday.", ("SANCTION", "RUS", "JPN")),
        # a state put out of a list or a group is expelled from it (SANCTION), not deported
        (
            "Tokyo removed South Korea from its list of preferred trading partners on Friday.",
            ("SANCTION", "JPN", "KOR"),
        ),
        # an invitation to do something other than come is a request
        (
            "Prime Minister Singh invited rebel groups in Assam to shun violence.",
            ("REQUEST", "IND", "IND"),
        ),
        # state forces closing roads or keeping people in restrict them (COERCE)
        ("Israeli forces blocked main roads in Gaza on Tuesday.", ("COERCE", "ISR", "PSE")),
        (
            "The Israeli army sealed off the Gaza Strip and prevented Palestinians from leaving.",
            ("COERCE", "ISR", "PSE"),
        ),
        # an armed group taking a site takes it by force
        (
            "The guerrillas who took over a school in southern Russia argued over whether to "
            "abandon the siege.",
            ("ASSAULT", "RUS", "RUS"),
        ),
        # a mobilization told with its assault is the assault
        (
            "US forces stepped up operations across Sunni strongholds in Iraq, pounding targets "
            "in three cities from the air.",
            ("ASSAULT", "USA", "IRQ"),
        ),
        # a bare "agree" is a commitment (AGREE), not diplomatic cooperation (SUPPORT)
        (
            "Britain agreed to a US request to send troops to Baghdad.",
            ("AGREE", "GBR", "USA"),
        ),
    ],
)
def test_retype_construction_decides_the_type(text, expected):
    found = asserted(text)
    assert expected in found
    assert not {e for e in found if e[0] != expected[0]}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # police arrest militants: still an arrest; a peace treaty signed: still SUPPORT
        ("Iraqi police arrested three Jordanian militants in Baghdad.", ("COERCE", "IRQ", "JOR")),
        ("Japan signed a peace treaty with China.", ("SUPPORT", "JPN", "CHN")),
        # crowds blocking roads protest
        (
            "Protesters blocked roads leading to the Israeli embassy in Amman.",
            ("PROTEST", "JOR", None),
        ),
    ],
)
def test_retype_leaves_other_constructions_alone(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
def test_retype_armed_group_taking_things_is_no_abduction():
    assert not {e for e in asserted("Militants seized weapons from an Iraqi police station.")
                if e[0] == "ASSAULT"}  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # force used on people is an assault, whatever type the reading had
        (
            "Lebanese security forces used tear gas and water cannons against protesters.",
            "used",
            "ASSAULT",
        ),
        ("Lebanese security forces used a new radar system.", "used", "MOBILIZE"),
    ],
)
def test_retype_force_used_is_an_assault(text, word, expected):
    from diplograph.records import Article
    from diplograph.stages.events.arguments import Found
    from diplograph.stages.events.retype import retype
    from diplograph.stages.events.triggers import Reading
    from tests.stages.events.test_coder import PUBLISHED, _chain

    parse = _chain()[0].parse(Article(id="t", text=text, published=PUBLISHED))
    i = next(t.i for t in parse.tokens if t.text == word)
    reading = Reading(i, "150", "MOBILIZE", "", (), "verb", Found(), Found())
    assert retype(parse, reading).event == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # "called X Y" is a verdict on X (criticism, or praise), not a phone call
        (
            "Ghana called the Togolese decree an insane act.",
            ("ACCUSE", "GHA", "TGO"),
            ("CONSULT", "GHA", "TGO"),
        ),
        (
            "Ghana's president called Togo's leader a liar.",
            ("ACCUSE", "GHA", "TGO"),
            ("CONSULT", "GHA", "TGO"),
        ),
        (
            "Ghana's president called Togo's new constitution a positive step.",
            ("SUPPORT", "GHA", "TGO"),
            ("ACCUSE", "GHA", "TGO"),
        ),
        # a call with no verdict stays a call
        (
            "Ghana's president called Togo's leader on Monday.",
            ("CONSULT", "GHA", "TGO"),
            ("ACCUSE", "GHA", "TGO"),
        ),
    ],
)
def test_retype_calling_a_thing_a_name_is_a_verdict(text, expected, not_expected):
    found = asserted(text)
    assert expected in found
    assert not_expected not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("France and Germany called the vote a sham.", {"FRA", "DEU"}),
        ("Kenya and Uganda called the attack a crime.", {"KEN", "UGA"}),
    ],
)
def test_retype_a_verdict_of_two_speakers_is_not_aimed_at_either(text, speakers):
    assert not any({a, r} == speakers for _, a, r in asserted(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # military sites taken are ground taken: an assault, not an arrest or a confiscation
        ("Thai soldiers seized three border posts from Cambodian troops.", "ASSAULT"),
        ("Rwandan troops overran two rebel camps near Goma.", "ASSAULT"),
        ("Azerbaijani forces captured an Armenian checkpoint on Sunday.", "ASSAULT"),
        # the staff of a mission expelled are envoys: a cut in relations, not a deportation
        ("Peru expelled three Chilean embassy employees on Friday.", "SANCTION"),
        ("Latvia expelled two members of the Russian consulate staff.", "SANCTION"),
    ],
)
def test_retype_sites_and_mission_staff(text, expected):
    found = asserted(text)
    assert {e[0] for e in found} == {expected}


@pytest.mark.slow
def test_retype_an_accusation_of_a_crime_is_no_arrest():
    # CAMEO codes "accused X of crimes" as 173 (charge with legal action): PLOVER's ACCUSE
    found = asserted("Germany accused Belarus of crimes against humanity on Monday.")
    assert ("ACCUSE", "DEU", "BLR") in found
    assert ("COERCE", "DEU", "BLR") not in found


@pytest.mark.slow
def test_retype_signing_an_accord_is_support():
    # the guide: SUPPORT is to "ratify, sign, or finalize an agreement or treaty", whatever
    # the accord is about (a trade accord's signing is no material exchange yet)
    found = asserted("Jordan and Israel signed a first joint trade accord with Japan on Sunday.")
    assert ("SUPPORT", "JOR", "JPN") in found
    assert ("COOPERATE", "JOR", "JPN") not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Algeria stopped sending gas to Spain in March.", ("SANCTION", "DZA", "ESP")),
        ("Kuwait halted sending fuel to Jordan.", ("SANCTION", "KWT", "JOR")),
        # a supply begun or kept up is still aid
        ("Algeria began sending gas to Italy.", ("AID", "DZA", "ITA")),
    ],
)
def test_retype_a_supply_halted_is_cut_off(text, expected):
    found = asserted(text)
    assert expected in found
    assert not any(e[1:] == expected[1:] and e[0] != expected[0] for e in found)
