"""Tests of argument resolution (arguments.py): which words of a sentence are an event's sides.
Sentences written for these tests (docs/sides_round6.md)."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import asserted, code_text
from tests.stages.events.test_uncoded import sides


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sites and vehicles of a named owner are its side
        (
            "The residence of the Kenyan ambassador was targeted with a grenade attack.",
            ("ASSAULT", "~unnamed", "KEN"),
        ),
        (
            "A bomb damaged the house of the Afghan governor on Monday.",
            ("ASSAULT", "~unnamed", "AFG"),
        ),
    ],
)
def test_arguments_a_site_of_a_named_owner(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present participle describing a noun: the noun does it, else the clause's subject
        (
            "A new Arab League resolution calling on Syria to free prisoners was passed.",
            ("REQUEST", "ARL", "SYR"),
        ),
        (
            "Japan issued a statement calling on China to release the fishermen.",
            ("REQUEST", "JPN", "CHN"),
        ),
    ],
)
def test_arguments_a_participle_describing_a_noun(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun grouped by "a series of", "a wave of" hangs from its verb
        ("Israel carried out a series of airstrikes on Gaza.", ("ASSAULT", "ISR", "PSE")),
        # ... and the machines of a state's forces act for it
        (
            "Jets of the Turkish air force carried out a series of airstrikes on Syria.",
            ("ASSAULT", "TUR", "SYR"),
        ),
        ("Helicopters of the Indian army fired on a Pakistani post.", ("ASSAULT", "IND", "PAK")),
    ],
)
def test_arguments_grouped_nouns_and_machines(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the areas, towns or districts "of X" are X's: the side the act reaches
        (
            "The US is sending 500 marines and relief supplies to flooded areas of Bangladesh.",
            ("AID", "USA", "BGD"),
        ),
        ("Kenya sent food aid to drought-hit regions of Somalia.", ("AID", "KEN", "SOM")),
    ],
)
def test_arguments_a_territory_of_a_named_state(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech act on an act: its recipient is whoever did that act
        ("Japan welcomed the decision by South Korea to resume talks.", ("SUPPORT", "JPN", "KOR")),
        ("Cuba condemned the embargo imposed by the United States.", ("ACCUSE", "CUB", "USA")),
        ("Serbia rejected the plan drafted by Kosovo.", ("REJECT", "SRB", "XKX")),
    ],
)
def test_arguments_the_doer_of_an_act_spoken_of(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
def test_arguments_the_doer_of_an_object_only_for_a_speech_act():
    # an arrival's object (a parse may hang an apposition there) names no one arriving to
    text = "Kenyan police officers landed in Haiti, a deployment funded largely by Washington."
    assert not {s for s in sides(text) if s[2] == "USA"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack's "at X" is whom it hits, with or without a named attacker
        ("Mortar shells were fired at a Turkish border post.", ("ASSAULT", "~unnamed", "TUR")),
        ("Villagers fled after shells fired at Armenia.", ("ASSAULT", "~unnamed", "ARM")),
        ("Gunmen shot at Afghan soldiers near the highway.", ("ASSAULT", "~Gunmen", "AFG")),
    ],
)
def test_arguments_an_attack_at_a_named_side(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech act on an act named by no one's "by": whom that act is of
        ("France applauded the intervention of Nigeria's army.", ("SUPPORT", "FRA", "NGA")),
        ("Canada welcomed the withdrawal of Iraqi troops.", ("SUPPORT", "CAN", "IRQ")),
        ("Poland condemned the expulsion of Russia's diplomats.", ("ACCUSE", "POL", "RUS")),
        # ... a "by" still names the doer first
        (
            "Egypt criticized the arrest of Turkish journalists by Iranian police.",
            ("ACCUSE", "EGY", "IRN"),
        ),
    ],
)
def test_arguments_whom_an_act_spoken_of_is_of(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
def test_arguments_whom_a_requested_act_is_of_is_not_asked():
    # a deed to come: "the release of X" names whom it would free, not whom it is asked of
    text = "Chinese activists demanded the release of Russia's detained sailors."
    assert not {s for s in sides(text) if s[0] == "REQUEST" and s[2] == "RUS"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support "for X" names whom it backs, also past the speaker's own "its / his"
        ("Spain voiced support for Morocco's autonomy plan.", ("SUPPORT", "ESP", "MAR")),
        ("Ghana reaffirmed its support for Togo's government.", ("SUPPORT", "GHA", "TGO")),
    ],
)
def test_arguments_support_for_a_named_side(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act under a preposition of a passive: the one it was said of did it
        (
            "Two Russian soldiers were found guilty of killing Ukrainian civilians.",
            ("ASSAULT", "RUS", "UKR"),
        ),
        (
            "Four Sudanese men were jailed for attacking Egyptian tourists.",
            ("ASSAULT", "SDN", "EGY"),
        ),
    ],
)
def test_arguments_the_subject_of_a_passive_did_its_act(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a departure verb's object is the place left, unless it names people
        ("Canada evacuated dozens of Haitian orphans.", ("AID", "CAN", "HTI")),
        ("Germany began evacuating thousands of Lebanese civilians.", ("AID", "DEU", "LBN")),
    ],
)
def test_arguments_people_a_departure_verb_moves(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Ukraine accused Russia of attacking a hospital in Kharkiv.", "RUS"),
        ("China accused the Philippines of ramming its coast guard vessel.", "PHL"),
    ],
)
def test_arguments_an_accused_act_is_done_by_the_accused(text, doer):
    # the alleged act is not asserted, but its doer is the accused, never the accuser
    events, _ = code_text(text)
    alleged = [e for e in events if e.event_type != "ACCUSE"]
    assert alleged and all(e.actor.country == doer and not e.asserted for e in alleged)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who orders or announces an act does it
        ("Caracas ordered the expulsion of the Peruvian envoy.", ("SANCTION", "VEN", "PER")),
    ],
)
def test_arguments_the_one_who_orders_an_act_does_it(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # an act named in a phrase of sequence is not the clause's subject's
        "Sweden recalled its ambassador after the shelling of the Ukrainian port.",
        "Chile closed its border before the invasion of Bolivia.",
    ],
)
def test_arguments_an_act_before_or_after_is_not_the_subjects(text):
    assert not {s for s in sides(text) if s[0] == "ASSAULT"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" / "their" on the act points back to the clause: the act is its subject's
        (
            "Ethiopia's standing in Africa fell after its invasion of Somalia.",
            ("ASSAULT", "ETH", "SOM"),
        ),
        ("Iraq's isolation deepened after its invasion of Kuwait.", ("ASSAULT", "IRQ", "KWT")),
    ],
)
def test_arguments_an_act_after_its_own_possessive_is_the_subjects(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # a headline's verb of harm with no object is a passive, whatever its tag: its
        # subject was hit, and the place is no target
        (
            "Dutch aid worker shot dead in Sudan",
            ("ASSAULT", "~unnamed", "NLD"),
            ("ASSAULT", "NLD", "SDN"),
        ),
        (
            "German engineer shot dead in Iraq",
            ("ASSAULT", "~unnamed", "DEU"),
            ("ASSAULT", "DEU", "IRQ"),
        ),
    ],
)
def test_arguments_a_headline_verb_of_harm_is_a_passive(text, expected, wrong):
    found = sides(text)
    assert expected in found
    assert wrong not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nationality of the people a subject counts is the side acting alone
        ("Hundreds of Hungarian pensioners marched on Sunday.", ("PROTEST", "HUN", None)),
        ("Thousands of Chilean truckers rallied on Tuesday.", ("PROTEST", "CHL", None)),
    ],
)
def test_arguments_the_nationality_of_whom_a_subject_counts(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing "belonging to X", "owned by X" is X's
        (
            "Taliban fighters attacked two outposts belonging to the Pakistani army.",
            ("ASSAULT", "AFG", "PAK"),
        ),
        ("Iranian gunboats seized a tanker owned by a Greek company.", ("COERCE", "IRN", "GRC")),
    ],
)
def test_arguments_a_thing_belonging_to_a_named_owner(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who claims responsibility or credit for an act did it
        (
            "The Taliban claimed responsibility for the suicide attack on a German base in "
            "northern Afghanistan.",
            ("ASSAULT", "AFG", "DEU"),
        ),
        (
            "Hamas claimed credit for the rocket attack on an Israeli town.",
            ("ASSAULT", "PSE", "ISR"),
        ),
    ],
)
def test_arguments_who_claims_an_act_did_it(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # "foiled an attack", "suppressed a protest": who acts against it did not do it
        (
            "Indian troops foiled an attack on an army camp near the Pakistani border.",
            ("ASSAULT", "IND", "PAK"),
        ),
        (
            "Belarusian riot police suppressed a peaceful protest in Minsk on Sunday.",
            ("PROTEST", "BLR", None),
        ),
    ],
)
def test_arguments_who_acts_against_an_event_did_not_do_it(text, wrong):
    assert wrong not in sides(text)


@pytest.mark.slow
def test_arguments_a_place_before_an_event_noun_is_where_not_who():
    # "the Mogadishu attacks" happened in Mogadishu; Somalia is not named as their doer
    found = sides("Kenyan troops were wounded in the Mogadishu attacks.")
    assert ("ASSAULT", "SOM", "KEN") not in found
    assert ("ASSAULT", "~unnamed", "KEN") in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head that only counts people: its "of" names the side
        ("A total of 12 Turkish engineers were abducted by gunmen.", ("ASSAULT", "~gunmen", "TUR")),
        (
            "A number of Greek lawmakers strongly condemned the new Turkish law.",
            ("ACCUSE", "GRC", "TUR"),
        ),
        ("A handful of Cuban dissidents were arrested on Monday.", ("COERCE", "~unnamed", "CUB")),
    ],
)
def test_arguments_the_people_a_head_counts(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another state's envoy expelled is that state's, wherever it was posted
        (
            "Ukraine expelled the Belarusian ambassador to Kyiv on Monday.",
            ("SANCTION", "UKR", "BLR"),
        ),
        ("Lithuania expelled Russia's ambassador to Vilnius.", ("SANCTION", "LTU", "RUS")),
        # ... while one's own envoy recalled is aimed at where it was posted
        ("Japan recalled its ambassador to Seoul for consultations.", ("SANCTION", "JPN", "KOR")),
    ],
)
def test_arguments_another_states_envoy_is_its_own(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest is aimed at whom it marched to ask something of
        (
            "Hundreds of Greek farmers marched in Athens to urge the European Union to cut taxes.",
            ("PROTEST", "GRC", "EUR"),
        ),
        (
            "Thousands of students rallied in Seoul to demand an apology from Japan.",
            ("PROTEST", "KOR", "JPN"),
        ),
    ],
)
def test_arguments_a_protest_is_aimed_at_whom_it_asks(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
def test_arguments_a_protest_asking_its_own_leaders_stays_one_sided():
    found = sides("Thousands of Brazilians rallied in Brasilia to demand President Lula resign.")
    assert ("PROTEST", "BRA", None) in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # coordinated nationalities before an event noun are all its doers, not one the other's
        (
            "American and British air strikes on Iraqi positions killed ten soldiers.",
            ("ASSAULT", "GBR", "IRQ"),
            ("ASSAULT", "USA", "GBR"),
        ),
        (
            "Russian and Chinese sanctions on Japan were announced.",
            ("SANCTION", "CHN", "JPN"),
            ("SANCTION", "RUS", "CHN"),
        ),
    ],
)
def test_arguments_coordinated_doers_of_an_event_noun(text, expected, wrong):
    found = sides(text)
    assert expected in found
    assert wrong not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's government and its opposition or rebels are two sides of one act
        ("Bolivia's government and opposition held talks in La Paz on Monday.", "CONSULT"),
        ("Cameroon's president and the opposition leader met in Yaounde.", "CONSULT"),
    ],
)
def test_arguments_parts_of_one_state_are_two_sides(text, expected):
    found = asserted(text)
    assert any(t == expected and a == r and a is not None for t, a, r in found)


@pytest.mark.slow
def test_arguments_a_deed_in_a_prepositional_phrase_keeps_its_own_doer():
    # "after the uprising that ousted X": the uprising ousted X, not the clause's subject
    found = code_text(
        "Japan froze loans to Thailand after the uprising that ousted the prime minister."
    )[0]
    assert not any(e.actor.country == "JPN" and e.event_type == "COERCE" for e in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount stands for what it counts: duties on "$3 billion of Chinese steel"
        (
            "Ottawa imposed duties on $3 billion of Chinese steel on Friday.",
            ("SANCTION", "CAN", "CHN"),
        ),
        (
            "New Delhi raised tariffs on $1.2 billion of American almonds and apples.",
            ("SANCTION", "IND", "USA"),
        ),
    ],
)
def test_arguments_an_amount_of_goods_names_their_state(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a package of sanctions is the sanctions, as a wave of arrests is the arrests
        (
            "Canada announced a new package of sanctions against Iran on Monday.",
            ("SANCTION", "CAN", "IRN"),
        ),
        ("Japan approved a package of sanctions on North Korea.", ("SANCTION", "JPN", "PRK")),
    ],
)
def test_arguments_a_package_of_sanctions(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a text or plan an "X-drafted" modifier names the author of
        ("Chile vetoed a Mexican-drafted resolution.", ("REJECT", "CHL", "MEX")),
        ("Kenya rejected an Ethiopian-sponsored motion on Monday.", ("REJECT", "KEN", "ETH")),
        ("Peru welcomed the Brazilian-drafted declaration.", ("SUPPORT", "PER", "BRA")),
    ],
)
def test_arguments_author_of_a_drafted_text(sentence_events, text, expected):
    assert (*expected, True) in sentence_events(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessor that names no actor itself is named by its own modifiers
        (
            "A Greek tanker was struck by the Libyan navy's missile off the coast.",
            ("ASSAULT", "LBY", "GRC"),
        ),
        (
            "The Maltese ferry was hit by the Tunisian coast guard's gunfire at dawn.",
            ("ASSAULT", "TUN", "MLT"),
        ),
    ],
)
def test_arguments_a_possessor_named_by_its_modifiers(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named in a compound before the compound that heads the phrase
        (
            "Germany urged the other European Union member states to accept more refugees.",
            ("REQUEST", "DEU", "EUR"),
        ),
    ],
)
def test_arguments_a_body_named_before_a_compound(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an envoy recalled is aimed at the state of the capital before it
        ("Chile recalled its Caracas ambassador on Monday.", ("SANCTION", "CHL", "VEN")),
        ("Sweden recalled its Tehran ambassador after the trial.", ("SANCTION", "SWE", "IRN")),
    ],
)
def test_arguments_an_envoy_recalled_from_a_capital(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's lawmakers, opposition or courts act on its own government
        (
            "Swedish lawmakers accused the government on Monday of hiding the costs of the war.",
            ("ACCUSE", "SWE", "SWE"),
        ),
        (
            "Greek opposition leaders criticized the government over the migrant deal.",
            ("ACCUSE", "GRC", "GRC"),
        ),
    ],
)
def test_arguments_lawmakers_act_on_their_own_government(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parse may take the noun after a clause's "after" as a second subject of the verb
        (
            "Turkish President General Kenan Evren on his visit after the landmark parliamentary "
            "polls in Greece congratulated his Greek counterpart for his victory Sunday afternoon.",
            ("SUPPORT", "TUR", "GRC"),
        ),
        (
            "Kenyan President General Daniel Moi on his tour after the landmark presidential "
            "polls in Tanzania praised his Tanzanian counterpart Friday afternoon.",
            ("SUPPORT", "KEN", "TZA"),
        ),
    ],
)
def test_arguments_of_two_subjects_the_one_naming_an_actor(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's forces moving or pulling back act alone, with no object or their own troops
        ("Egyptian troops moved to a hill near the coast on Monday.", ("MOBILIZE", "EGY", None)),
        (
            "Brazil's army has withdrawn most of its soldiers from the river valley.",
            ("RETREAT", "BRA", None),
        ),
    ],
)
def test_arguments_forces_moving_alone(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # ... but not people who move, nor an envoy withdrawn
        ("Thousands of Peruvian families moved into a new town.", ("MOBILIZE", "PER", None)),
        ("Chile withdrew its ambassador from the capital.", ("RETREAT", "CHL", None)),
    ],
)
def test_arguments_no_forces_moving_alone(text, absent):
    assert absent not in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack noun that killed or hit someone: the verb's object is the attack's target
        (
            "An air strike by Russian forces killed 12 Georgian soldiers on Monday.",
            ("ASSAULT", "RUS", "GEO"),
        ),
        (
            "A drone strike by Israeli forces wounded three Lebanese soldiers near the border.",
            ("ASSAULT", "ISR", "LBN"),
        ),
    ],
)
def test_arguments_an_attack_noun_hits_its_verbs_object(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom a verb of harm says were harmed in an attack that names its doer: its target
        (
            "Twelve French soldiers were killed during an air raid by Malian jets.",
            ("ASSAULT", "MLI", "FRA"),
        ),
        (
            "Two Greek fishermen were injured during a raid by Turkish commandos.",
            ("ASSAULT", "TUR", "GRC"),
        ),
        (
            "Eight Nigerian villagers were hurt during an air strike by Chadian jets.",
            ("ASSAULT", "TCD", "NGA"),
        ),
    ],
)
def test_arguments_the_harmed_are_whom_the_attack_hit(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object described by what it is aimed at: whom the act is done to
        (
            "The EU imposed new sanctions targeting Belarus's potash industry.",
            ("SANCTION", "EUR", "BLR"),
        ),
        (
            "Washington imposed sanctions aimed at halting Iran's missile program.",
            ("SANCTION", "USA", "IRN"),
        ),
    ],
)
def test_arguments_an_object_aimed_at_a_named_side(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judgement of a deed is aimed at who acted in the clause that tells of it
        (
            "Egypt condemned the raid in which Israeli soldiers shot two boys.",
            ("ACCUSE", "EGY", "ISR"),
        ),
        (
            "Jordan condemned the incident where Syrian troops fired on refugees.",
            ("ACCUSE", "JOR", "SYR"),
        ),
    ],
)
def test_arguments_whom_a_deed_told_in_a_clause_is_of(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a visiting X official": the noun described visits the other party of its clause
        ("Japan gave a visiting Chinese official a warm welcome.", ("CONSULT", "CHN", "JPN")),
        (
            "Kenya told the visiting British foreign secretary that the deal was fair.",
            ("CONSULT", "GBR", "KEN"),
        ),
    ],
)
def test_arguments_a_visitor_described_by_its_participle(text, expected):
    assert expected in sides(text)
