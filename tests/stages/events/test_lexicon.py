"""Tests of the event lexicon's tables as the coder reads them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from diplograph.records import Article
from diplograph.stages.events.lexicon import Lexicon, PatternKeys
from diplograph.stages.events.triggers import match_verb
from tests.stages.events.test_coder import PUBLISHED, _chain, asserted, only_type, pairs


def test_lexicon_verb_patterns_longest_first():
    """`match_verb` takes the first pattern that fits as the most specific: each verb's
    patterns must come longest first."""
    for lemma, patterns in Lexicon.load().verbs.items():
        sizes = [len(p.items) for p in patterns]
        assert sizes == sorted(sizes, reverse=True), lemma


@pytest.mark.slow
def test_lexicon_pattern_keys_pass_every_pattern_that_fits():
    """`match_verb` tests only the patterns whose first item the clause holds
    (`PatternKeys`): it finds the same pattern as testing all of them, in order."""
    nlp, _, _, coder = _chain()
    lexicon = coder.lexicon
    text = (
        "Rebels set fire to the town after the army set up checkpoints. Iran called on Iraq "
        "to free the men, and Egypt called off talks with Sudan. Police fired tear gas at "
        "protesters, and Chad sent troops to Mali."
    )
    parse = nlp.parse(Article(id="t", text=text, published=PUBLISHED))
    specific = 0
    for tok in parse.tokens:
        patterns = lexicon.verbs.get(tok.lemma.lower())
        if tok.pos != "VERB" or not patterns:
            continue
        every = PatternKeys(tuple(range(len(patterns))), {})
        whole = replace(lexicon, verb_keys={**lexicon.verb_keys, tok.lemma.lower(): every})
        found = match_verb(parse, tok.i, lexicon)
        assert found == match_verb(parse, tok.i, whole), tok.text
        specific += bool(found and found.items)
    assert specific >= 4


# ---- rows and word lists read through the coder (the model): invented sentences -----------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crowds blocking or occupying a road: a protest, not state coercion
        ("Protesters blockaded the port of Durban for a second day.", ("PROTEST", "ZAF", None)),
        ("Farmers blocked the highway to Lahore.", ("PROTEST", "PAK", None)),
        ("Bangladeshi students blockaded the main road in Dhaka.", ("PROTEST", "BGD", None)),
        # ... while state forces blocking roads still restrict movement
        ("Israeli troops blocked the roads around Jenin.", ("COERCE", "ISR", "PSE")),
        # freeing people is a release, whoever held them
        ("Rebels freed six Chinese miners kidnapped in eastern Congo.", ("RETREAT", "COG", "CHN")),
        # resignations said with "quit"
        ("Italy's prime minister quit after losing a confidence vote.", ("RETREAT", "ITA", None)),
        (
            "The Peruvian interior minister quit amid a corruption scandal.",
            ("RETREAT", "PER", None),
        ),
        # a boycott of talks or a summit is a refusal to meet
        ("Ethiopia's opposition boycotted the peace talks in Nairobi.", ("REJECT", "ETH", None)),
        ("Mali boycotted the summit in Abuja.", ("REJECT", "MLI", None)),
        # a state taken to court is accused
        ("Ukraine took Russia to the International Court of Justice.", ("ACCUSE", "UKR", "RUS")),
        (
            "Myanmar's military placed Aung San Suu Kyi under house arrest.",
            ("COERCE", "MMR", "MMR"),
        ),
        (
            "Sudan's army put Prime Minister Abdalla Hamdok under house arrest.",
            ("COERCE", "SDN", "SDN"),
        ),
        # exchanges cut
        ("Japan froze trade with North Korea after the missile test.", ("SANCTION", "JPN", "PRK")),
        (
            "The International Monetary Fund suspended lending to Sri Lanka.",
            ("SANCTION", "IGO", "LKA"),
        ),
        ("Turkey halted the transit of Russian gas to Bulgaria.", ("SANCTION", "TUR", "BGR")),
        ("The United States revoked Hong Kong's special trade status.", ("SANCTION", "USA", "HKG")),
        (
            "The Commonwealth suspended Fiji from its councils after the coup.",
            ("SANCTION", "IGO", "FJI"),
        ),
        # forces moved or sent ahead of any fighting, jets scrambled, missiles test-launched
        ("Greece moved troops to its border with Turkey.", ("MOBILIZE", "GRC", "TUR")),
        ("Hezbollah sent fighters to the Syrian border.", ("MOBILIZE", "LBN", "SYR")),
        ("Iran conducted a test launch of a new ballistic missile.", ("MOBILIZE", "IRN", None)),
        (
            "Japan scrambled fighter jets as Chinese bombers flew near Okinawa.",
            ("MOBILIZE", "JPN", None),
        ),
        # a government dropping or withdrawing its own bill or plan concedes
        (
            "The Peruvian government dropped the planned fuel tax increase after protests.",
            ("CONCEDE", "PER", None),
        ),
        (
            "The Ghanaian government withdrew the controversial e-levy bill.",
            ("CONCEDE", "GHA", None),
        ),
        # ratifying a treaty is signing it
        ("Kenya's parliament ratified the treaty with Uganda.", ("SUPPORT", "KEN", "UGA")),
        # a beheading or an abduction named by its noun is an attack on whom it is "of"
        (
            "The beheading of a Bulgarian hostage in Iraq angered Sofia.",
            ("ASSAULT", None, "BGR"),
        ),
        (
            "The kidnapping of two Italian aid workers in Baghdad shocked Rome.",
            ("ASSAULT", None, "ITA"),
        ),
        (
            "The abduction of two Italian aid workers in Baghdad angered Rome.",
            ("ASSAULT", None, "ITA"),
        ),
    ],
)
def test_lexicon_rows_read_the_act(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # premises searched are raided, a home surrounded is cordoned off
        (
            "Zambian police searched the home of the opposition leader Hakainde Hichilema.",
            ("COERCE", "ZMB", "ZMB"),
        ),
        (
            "Belarusian riot police surrounded the house of Nobel laureate Svetlana Alexievich.",
            ("COERCE", "BLR", "BLR"),
        ),
        # "ordered ... to" is an order or a deployment, never a visit or a promise
        ("Egypt's president ordered the army to the Libyan border.", ("MOBILIZE", "EGY", "LBY")),
        (
            "The International Court of Justice ordered Israel to halt its offensive in Rafah.",
            ("REQUEST", "IGO", "ISR"),
        ),
    ],
)
def test_lexicon_premises_and_orders(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
def test_lexicon_order_to_work_is_no_visit():
    found = {
        kind
        for kind, _, _ in asserted(
            "Nigeria's labour minister ordered the striking lecturers back to work."
        )
    }
    assert "CONSULT" not in found and "AGREE" not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # exercises: joint ones cooperate, one state's own mobilize
        (
            "Iran and Russia held joint naval drills in the Caspian Sea.",
            ("COOPERATE", "IRN", "RUS"),
        ),
        (
            "Pakistan and Turkey carried out a joint counter-terrorism exercise near Islamabad.",
            ("COOPERATE", "PAK", "TUR"),
        ),
        ("Iran held military drills near its border with Azerbaijan.", ("MOBILIZE", "IRN", "AZE")),
        (
            "North Korea staged artillery drills near the maritime border with South Korea.",
            ("MOBILIZE", "PRK", "KOR"),
        ),
        # ... begun or launched as well, not an attack
        ("Iran began large-scale missile drills near Bandar Abbas.", ("MOBILIZE", "IRN", None)),
        ("Taiwan launched its annual Han Kuang exercises on Monday.", ("MOBILIZE", "TWN", None)),
        # ... and exercises held with a partner are joint, a neighbour across a border is not one
        (
            "Kenyan and Ugandan troops held military drills near Lake Victoria.",
            ("COOPERATE", "KEN", "UGA"),
        ),
        ("India held naval exercises with France in the Arabian Sea.", ("COOPERATE", "IND", "FRA")),
        (
            "Russia conducted naval drills with China in the Sea of Japan.",
            ("COOPERATE", "RUS", "CHN"),
        ),
        # arrests after a protest are arrests
        (
            "Moroccan police detained dozens of teachers after a protest in Rabat.",
            ("COERCE", "MAR", "MAR"),
        ),
        # protest acts said with other verbs
        ("Nigerian doctors walked out over unpaid salaries.", ("PROTEST", "NGA", None)),
        ("Protesters in Cape Town toppled a statue of Cecil Rhodes.", ("PROTEST", "ZAF", None)),
        (
            "Lithuanians formed a human chain across Vilnius in support of Hong Kong.",
            ("PROTEST", "LTU", None),
        ),
        ("Rioters in Lagos set fire to a police station.", ("PROTEST", "NGA", None)),
        # a party dissolved, captives handed back, inspectors let in
        (
            "Thailand's constitutional court dissolved the opposition Move Forward party.",
            ("COERCE", "THA", "THA"),
        ),
        (
            "Armenia returned two captured Azerbaijani soldiers to Azerbaijan.",
            ("RETREAT", "ARM", "AZE"),
        ),
        ("Iran allowed UN inspectors into its nuclear sites.", ("RETREAT", "IRN", "IGO")),
    ],
)
def test_lexicon_exercises_protests_and_releases(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a veto refuses whatever it blocks
        ("Poland vetoed the EU budget.", ("REJECT", "POL", "EUR")),
        ("Slovakia vetoed the EU's military aid package for Kyiv.", ("REJECT", "SVK", "EUR")),
        # power and water cut off are withheld (COERCE), not a sanction
        ("Serbia cut off power to northern Kosovo.", ("COERCE", "SRB", "XKX")),
        # regret expressed, a government reversing or scrapping its own plan: concessions
        (
            "Japan's prime minister expressed regret to South Korea for wartime labour.",
            ("CONCEDE", "JPN", "KOR"),
        ),
        (
            "Malaysia's government scrapped the planned tax on digital services.",
            ("CONCEDE", "MYS", None),
        ),
        # protests and strikes staged or begun
        ("Zimbabwean teachers began a strike over unpaid salaries.", ("PROTEST", "ZWE", None)),
        # an organisation suspending a state suspends its membership
        (
            "The Arab League suspended Sudan after the military takeover.",
            ("SANCTION", "ARL", "SDN"),
        ),
        # solidarity voiced, supplies resumed, navies exercising together
        (
            "Chile's president voiced solidarity with the Ecuadorian government.",
            ("SUPPORT", "CHL", "ECU"),
        ),
        ("Indonesia resumed coal exports to the Philippines.", ("COOPERATE", "IDN", "PHL")),
        (
            "Japanese and Indian warships exercised together in the Bay of Bengal.",
            ("COOPERATE", "JPN", "IND"),
        ),
        # relations broken off are cut (SANCTION), tariffs removed eased (CONCEDE)
        ("Bolivia broke off diplomatic relations with Israel.", ("SANCTION", "BOL", "ISR")),
        ("India removed the tariffs on Malaysian palm oil.", ("CONCEDE", "IND", "MYS")),
    ],
)
def test_lexicon_vetoes_and_utilities_cut_off(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
def test_lexicon_a_crowd_beside_state_forces_is_no_protest():
    found = asserted("Serbian activists and then police officers blocked the bridge in Mitrovica.")
    assert not any(kind == "PROTEST" for kind, _, _ in found)


@pytest.mark.slow
def test_lexicon_walking_out_of_talks_is_no_strike():
    found = asserted("Kosovo's prime minister walked out of the talks with Serbia in Brussels.")
    assert not any(kind == "PROTEST" for kind, _, _ in found)


def verb_type(text: str, verb: str) -> str | None:
    """The type the lexicon's most specific pattern gives the verb `verb` of `text`."""
    nlp, _, _, coder = _chain()
    parse = nlp.parse(Article(id="t", text=text, published=PUBLISHED))
    v = next(i for i, tok in enumerate(parse.tokens) if tok.text == verb)
    pattern = match_verb(parse, v, coder.lexicon)
    return coder.lexicon.code(pattern.cameo).event if pattern else None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Jordan shared intelligence with Iraq on Islamic State cells.", "shared", "COOPERATE"),
        (
            "Somalia's president expressed support for Ethiopia's peace efforts.",
            "expressed",
            "SUPPORT",
        ),
        ("Saudi Arabia paid the salaries of Yemen's civil servants.", "paid", "AID"),
        ("Kosovo's prime minister walked out of the talks with Serbia.", "walked", "REJECT"),
        ("The court disbanded the ruling party.", "disbanded", "COERCE"),
        ("Teachers' unions called off their protests.", "called", "CONCEDE"),
    ],
)
def test_lexicon_verb_rows_type_the_act(text, verb, expected):
    assert verb_type(text, verb) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ceasefire declared is a concession, not its implementation (RETREAT)
        ("The ELN's commanders declared a unilateral ceasefire for the elections.", None),
        (
            "Colombia's president declared a ceasefire with five armed groups.",
            ("CONCEDE", "COL", None),
        ),
        # the ELN, an untagged acronym, is a mention (COLREB): the recipient
        ("Colombia's president announced a ceasefire with the ELN.", ("CONCEDE", "COL", "COL")),
    ],
)
def test_lexicon_declared_ceasefire_is_a_concession(text, expected):
    found = asserted(text)
    assert not any(kind == "RETREAT" for kind, _, _ in found)
    assert expected is None or expected in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Myanmar's junta granted an amnesty to 5,000 prisoners.", "amnesty"),
        ("Sudan's military council offered an apology to the families of the victims.", "apology"),
    ],
)
def test_lexicon_amnesties_and_apologies_are_concessions(text, noun):
    from diplograph.stages.actors.mentions import find_mentions
    from diplograph.stages.events.arguments import MentionIndex

    nlp, dictionary, _, coder = _chain()
    parse = nlp.parse(Article(id="t", text=text, published=PUBLISHED))
    idx = MentionIndex(parse, find_mentions(parse, dictionary), [])
    readings = coder.triggers.readings(parse, idx, 0, len(parse.tokens))
    read = {parse.tokens[r.trigger].lemma.lower(): r.event for r in readings}
    assert read[noun] == "CONCEDE"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # staple food and fuel sent to a state are aid, like the relief the row already named
        ("Kenya sent 2,000 tonnes of rice to Somalia.", ("AID", "KEN", "SOM")),
        ("Turkey sent 5,000 tonnes of flour to Syria.", ("AID", "TUR", "SYR")),
        # the "of" of a visit is the visitor ("the visit of X to Y")
        (
            "A visit of Indonesian President Joko Widodo to Australia drew protests.",
            ("CONSULT", "IDN", "AUS"),
        ),
        (
            "The visit of Turkish President Recep Tayyip Erdogan to Athens opened a new chapter.",
            ("CONSULT", "TUR", "GRC"),
        ),
    ],
)
def test_lexicon_staple_aid_and_the_visitor_of_a_visit(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speaking to a leader is a conversation; speaking to a broadcaster is a statement
        (
            "The Kenyan president spoke to his Ugandan counterpart on Sunday.",
            {("CONSULT", "KEN", "UGA")},
        ),
        (
            "Spain's prime minister spoke to the Moroccan king about the crisis.",
            {("CONSULT", "ESP", "MAR")},
        ),
        ("The Turkish president spoke to the BBC on Monday.", set()),
    ],
)
def test_lexicon_speaking_to_a_leader_is_a_conversation(text, expected):
    assert asserted(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state an envoy is posted to is whom a recall hits, not the envoy's own ("its")
        ("Jordan recalled its ambassador to Israel.", ("SANCTION", "JOR", "ISR")),
        (
            "Algeria recalled its ambassador to Paris for consultations.",
            ("SANCTION", "DZA", "FRA"),
        ),
    ],
)
def test_lexicon_a_recalled_envoy_hits_the_state_of_posting(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news outlet suspended is censored (COERCE), like one banned; its state the target
        ("Mali suspended the French channel France 24.", ("COERCE", "MLI", "FRA")),
        ("Russia banned the British broadcaster.", ("COERCE", "RUS", "GBR")),
    ],
)
def test_lexicon_outlets_suspended_are_censored(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an invitation is the inviter's commitment to a meeting (AGREE), not a meeting held
        ("Japan invited the Indian prime minister to visit Tokyo.", ("AGREE", "JPN", "IND")),
        ("The United States invited India to the summit.", ("AGREE", "USA", "IND")),
    ],
)
def test_lexicon_an_invitation_is_a_commitment(text, expected):
    found = asserted(text)
    assert expected in found
    assert not any(kind == "CONSULT" for kind, _, _ in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # workers walking off the job strike, as those who walk out
        ("Nurses in Kenya walked off the job over unpaid wages.", ("PROTEST", "KEN", None)),
        ("Teachers in Ghana walked off the job on Monday.", ("PROTEST", "GHA", None)),
    ],
)
def test_lexicon_walking_off_the_job_is_a_strike(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces rushed or dispatched and readiness raised are mobilisations
        ("Azerbaijan rushed reinforcements to the Armenian border.", ("MOBILIZE", "AZE", "ARM")),
        ("Kyrgyzstan rushed troops to its border with Tajikistan.", ("MOBILIZE", "KGZ", "TJK")),
        ("Britain dispatched two warships to the Gulf.", ("MOBILIZE", "GBR", None)),
        ("Greece raised the combat readiness of its navy.", ("MOBILIZE", "GRC", None)),
        # an ultimatum or an arrest warrant issued is a threat
        (
            "Niger's junta issued an ultimatum to French troops to leave by Sunday.",
            ("THREATEN", "NER", "FRA"),
        ),
        (
            "A Turkish court issued an arrest warrant against Sudan's president Omar al-Bashir.",
            ("THREATEN", "TUR", "SDN"),
        ),
        # fire or fighting halted is a ceasefire carried out, with or without a named side
        ("Azerbaijan halted fire in Nagorno-Karabakh on Wednesday.", ("RETREAT", "AZE", None)),
        ("Israeli forces halted fighting in Gaza on Sunday.", ("RETREAT", "ISR", None)),
        # recognition switched and a green light given are diplomatic support
        (
            "Nicaragua switched diplomatic recognition from Taipei to Beijing.",
            ("SUPPORT", "NIC", "CHN"),
        ),
        ("NATO gave the green light to Finland's membership.", ("SUPPORT", "NAT", "FIN")),
        ("Venezuela recognised the independence of Kosovo.", ("SUPPORT", "VEN", "XKX")),
        # loans cancelled are debt forgiven (aid)
        ("Japan cancelled Myanmar's loans.", ("AID", "JPN", "MMR")),
        # a probe or an inquiry opened is an investigation
        ("The ICC opened an investigation into Burundi.", ("ACCUSE", "IGO", "BDI")),
        # crowds taking to the streets protest
        ("Serbian students took to the streets of Belgrade on Saturday.", ("PROTEST", "SRB", None)),
    ],
)
def test_lexicon_headline_idioms(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
def test_lexicon_fire_halted_is_no_attack():
    found = asserted("Azerbaijan halted fire in Nagorno-Karabakh on Wednesday.")
    assert not any(t == "ASSAULT" for t, _, _ in found)


@pytest.mark.slow
def test_lexicon_fire_halted_by_two_sides_is_not_one_sides():
    """Two sides holding fire are both the ceasefire's actor: one of them alone is no event."""
    found = asserted("The Sri Lankan army and Tamil rebels halted fire on Monday.")
    assert ("RETREAT", "LKA", None) not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # missiles fired into the sea are a test, not "fired off" a letter
        ("Pakistan fired a cruise missile into the sea off its coast.", ("MOBILIZE", "PAK", None)),
        # a body's decision blocked by a member is vetoed
        ("Poland blocked new EU sanctions on Belarus.", ("REJECT", "POL", "EUR")),
        # a state pressed for talks is asked to meet, not attacked ("pressed on")
        ("Germany pressed Iran for talks on its nuclear programme.", ("REQUEST", "DEU", "IRN")),
        # rescue and medical teams sent are aid
        ("Turkey sent search and rescue teams to Syria.", ("AID", "TUR", "SYR")),
    ],
)
def test_lexicon_missiles_vetoes_demands_and_relief_teams(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's own forces deployed to one of its regions are mobilised, not a cooperation
        # or aid with no partner (recipient null)
        (
            "Niger's army deployed reinforcements to the western region of Tillaberi.",
            ("MOBILIZE", "NER", None),
        ),
        ("Chad's army deployed troops to the Lake Chad region.", ("MOBILIZE", "TCD", None)),
    ],
)
def test_lexicon_own_forces_deployed_are_mobilised(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ultimatum given or handed to a side is a threat, not aid or a promise to it
        (
            "Yemen's government gave Houthi fighters an ultimatum to leave the port.",
            ("THREATEN", "YEM", "YEM"),
        ),
        (
            "Sudan's president gave Darfur rebels a 72-hour ultimatum to disarm.",
            ("THREATEN", "SDN", "SDN"),
        ),
    ],
)
def test_lexicon_an_ultimatum_given_is_a_threat(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # workers laying down their tools strike (PROTEST), with no target named
        ("Dock workers in Mombasa laid down their tools on Tuesday.", ("PROTEST", "KEN", None)),
        ("Teachers in Lagos laid down their tools over unpaid salaries.", ("PROTEST", "NGA", None)),
    ],
)
def test_lexicon_tools_laid_down_are_a_strike(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
def test_lexicon_adding_is_no_cooperation():
    # "add" alone is no act; named to a list it is a sanction (verbs.tsv "add p:to>list")
    found = asserted(
        "Canberra added two Chinese officials responsible for the camps in Xinjiang"
        " to the visa ban list on Monday."
    )
    assert not any(kind == "COOPERATE" for kind, _, _ in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # raising or adopting a trade measure or sanctions is SANCTION, never cooperation
        ("Ottawa increased duties on Chinese steel last week.", ("SANCTION", "CAN", "CHN")),
        ("Mexico hiked tariffs on American pork on Friday.", ("SANCTION", "MEX", "USA")),
        (
            "The European Union adopted new sanctions against Belarus on Monday.",
            ("SANCTION", "EUR", "BLR"),
        ),
        # measures extended against a state are sanctions kept in force
        ("London extended its measures against Minsk for a year.", ("SANCTION", "GBR", "BLR")),
        (
            "Tokyo extended its restrictions against Chinese fishing boats.",
            ("SANCTION", "JPN", "CHN"),
        ),
    ],
)
def test_lexicon_raised_tariffs_and_adopted_sanctions(text, expected):
    found = asserted(text)
    assert expected in found
    assert not any(kind == "COOPERATE" for kind, _, _ in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # put on or added to a blacklist or an entity list: a sanction
        ("Ottawa added four Iranian banks to its blacklist.", ("SANCTION", "CAN", "IRN")),
        ("Tokyo put two Chinese firms on its entity list.", ("SANCTION", "JPN", "CHN")),
        (
            "Canberra placed three Russian officials on a sanctions list.",
            ("SANCTION", "AUS", "RUS"),
        ),
    ],
)
def test_lexicon_listed_on_a_blacklist_is_sanctioned(sentence_events, text, expected):
    assert (*expected, True) in sentence_events(text)


@pytest.mark.slow
def test_lexicon_a_list_that_is_no_blacklist_is_no_sanction(sentence_events):
    found = sentence_events("The ministry added Ghana to the list of safe countries.")
    assert not {e for e in found if e[0] == "SANCTION"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bid, application or text blocked or held up is refused, not coerced
        ("Greece blocked North Macedonia's bid to join the bloc.", ("REJECT", "GRC", "MKD")),
        ("Austria has held up Romania's application for two years.", ("REJECT", "AUT", "ROU")),
    ],
)
def test_lexicon_blocked_bid_is_a_refusal(sentence_events, text, expected):
    found = sentence_events(text)
    assert (*expected, True) in found
    assert not {e for e in found if e[0] == "COERCE"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sanctions, tariffs or an embargo lifted or eased are a concession (PLOVER CONCEDE),
        # neither CAMEO's intent to ease (AGREE) nor its RETREAT
        ("Ottawa lifted sanctions on Belgrade on Tuesday.", ("CONCEDE", "CAN", "SRB")),
        ("Tokyo eased sanctions on Pyongyang on Friday.", ("CONCEDE", "JPN", "PRK")),
        ("London lifted its embargo on Tripoli.", ("CONCEDE", "GBR", "LBY")),
    ],
)
def test_lexicon_lifted_sanctions_are_a_concession(text, expected):
    found = asserted(text)
    assert expected in found
    assert not any(kind in {"AGREE", "RETREAT"} for kind, _, _ in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # captives swapped between two states: a release by both, whom the text codes by
        # neither captive's nationality
        ("Ethiopia and Eritrea swapped 40 prisoners of war on Sunday.", {"ETH", "ERI"}),
        ("Iran repatriated 12 Pakistani fishermen through the Taftan crossing.", {"IRN", "PAK"}),
    ],
)
def test_lexicon_captives_swapped_or_repatriated_are_released(text, expected):
    assert ("RETREAT", frozenset(expected)) in pairs(asserted(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "left"),
    [
        # forces leaving or withdrawing from a state retreat; the state left is a place, not a
        # recipient (annotation A4)
        ("The last Dutch soldiers left Uruzgan on Tuesday.", "NLD", "AFG"),
        ("Turkish troops completed their withdrawal from Libya.", "TUR", "LBY"),
        ("Canadian forces pulled out of Haiti on Monday.", "CAN", "HTI"),
    ],
)
def test_lexicon_forces_withdrawn_leave_a_place(text, country, left):
    found = asserted(text)
    assert ("RETREAT", country, None) in found
    assert ("RETREAT", country, left) not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group's members meeting among themselves: CONSULT with the group as its actor
        ("EU finance ministers met in Luxembourg on Tuesday.", ("CONSULT", "EUR", None)),
        ("Leaders of the G7 met in Apulia on Thursday.", ("CONSULT", "G07", None)),
    ],
)
def test_lexicon_a_group_meeting_is_consulted(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
def test_lexicon_a_state_meeting_alone_is_no_consultation():
    assert not any(kind == "CONSULT" for kind, _, _ in asserted("Japanese officials met in Tokyo."))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces taking part in joint drills cooperate (COOPERATE), not promise to (AGREE)
        (
            "Indian and Omani warships took part in joint exercises in the Gulf of Oman.",
            {"IND", "OMN"},
        ),
        # suspects handed over to another state: judicial cooperation, as an extradition
        ("Kenya handed over two terrorism suspects to Uganda on Monday.", {"KEN", "UGA"}),
    ],
)
def test_lexicon_joint_drills_and_suspects_handed_over_are_cooperation(text, expected):
    found = asserted(text)
    assert ("COOPERATE", frozenset(expected)) in pairs(found)
    assert not any(kind == "AGREE" for kind, _, _ in found)


@pytest.mark.slow
def test_lexicon_money_deposited_in_a_central_bank_is_aid():
    """The state whose bank receives a deposit is the recipient of the aid ("in")."""
    found = asserted("Kuwait deposited $1 billion in Egypt's central bank on Sunday.")
    assert ("AID", "KWT", "EGY") in found


@pytest.mark.slow
def test_lexicon_envoys_ordered_to_leave_are_expelled():
    """Diplomats ordered out of a state are expelled (SANCTION), not merely asked (REQUEST)."""
    found = asserted("Bamako ordered two Swedish diplomats to leave within 72 hours.")
    assert ("SANCTION", "MLI", "SWE") in found
    assert not any(kind == "REQUEST" for kind, _, _ in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weapons delivered and money released to a state are aid, not a release (RETREAT)
        ("Poland delivered 200 tanks to Ukraine.", ("AID", "POL", "UKR")),
        ("The World Bank released a $300 million loan to Kenya.", ("AID", "IGO", "KEN")),
        # refugees resettled or admitted are given asylum, not a concession or support
        ("Australia resettled 12,000 Syrian refugees.", ("AID", "AUS", "SYR")),
        ("Brazil admitted 5,000 Venezuelan refugees last year.", ("AID", "BRA", "VEN")),
    ],
)
def test_lexicon_arms_money_and_refuge_given_are_aid(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arms sales halted, a border or airspace closed to a state: exchanges cut (SANCTION),
        # not an arms de-escalation (RETREAT) or a restriction at home (COERCE)
        ("Germany halted arms sales to Saudi Arabia.", ("SANCTION", "DEU", "SAU")),
        ("Uganda closed its border with Rwanda.", ("SANCTION", "UGA", "RWA")),
        ("Turkey closed its airspace to Israeli planes.", ("SANCTION", "TUR", "ISR")),
    ],
)
def test_lexicon_borders_closed_and_arms_sales_halted_are_sanctions(text, expected):
    found = asserted(text)
    assert expected in found
    assert not any(kind in {"COERCE", "RETREAT"} for kind, _, _ in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # land handed over, weapons handed over and monitors let in: RETREAT
        ("Britain handed over the island of Diego Garcia to Mauritius.", ("RETREAT", "GBR", "MUS")),
        (
            "Sudanese rebels handed over their weapons to African Union monitors.",
            ("RETREAT", "SDN", "AFU"),
        ),
        ("Myanmar let a UN team into Rakhine state on Monday.", ("RETREAT", "MMR", "IGO")),
        # a mobilisation declared or ordered is one (MOBILIZE), not a statement
        ("Ethiopia declared a general mobilisation on Friday.", ("MOBILIZE", "ETH", None)),
        ("Serbia ordered a mobilization of its reserves.", ("MOBILIZE", "SRB", None)),
    ],
)
def test_lexicon_land_weapons_and_access_given_up_and_mobilisations(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun's "by" that the parser hangs on its "of" object still names the actor
        (
            "The expulsion of three Iranian diplomats by Albania was condemned by Tehran.",
            ("SANCTION", "ALB", "IRN"),
        ),
        # a seizure (nouns.tsv) and property impounded (verbs_extra.tsv) are COERCE seize
        (
            "The seizure of two Vietnamese boats by the Indonesian navy angered Hanoi.",
            ("COERCE", "IDN", "VNM"),
        ),
        (
            "French authorities impounded a Russian cargo ship in the Channel.",
            ("COERCE", "FRA", "RUS"),
        ),
    ],
)
def test_lexicon_expulsions_and_seizures_by_a_state(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops sent to a border, warships sent through a strait: a show of force
        # (MOBILIZE), not aid to the sender's own state
        ("Belarus sent 5,000 soldiers to the border with Lithuania.", ("MOBILIZE", "BLR", "LTU")),
        ("Russia sent two warships through the Bosphorus.", ("MOBILIZE", "RUS", None)),
    ],
)
def test_lexicon_forces_sent_to_a_border_or_through_a_strait_mobilise(text, expected):
    kind, actor, recipient = expected
    found = asserted(text)
    assert any(k == kind and a == actor for k, a, _ in found)
    assert recipient is None or expected in found
    assert not any(k == "AID" for k, _, _ in found)


@pytest.mark.slow
def test_lexicon_debt_relief_granted_is_aid():
    """Debt relief (or a loan or credit) granted to a state is economic aid, not cooperation."""
    found = asserted("Japan granted Sri Lanka debt relief on Tuesday.")
    assert ("AID", "JPN", "LKA") in found
    assert not any(kind == "COOPERATE" for kind, _, _ in found)


@pytest.mark.slow
def test_lexicon_land_agreed_to_be_handed_over_is_a_concession():
    """Land a state agrees to hand to another is a promised retreat: CONCEDE (the guide: an
    announced withdrawal), with the state it goes to as recipient."""
    assert ("CONCEDE", "RUS", "CHN") in asserted(
        "Russia agreed to hand two disputed islands to China."
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # losses inflicted on someone are force, not a restriction
        ("Kenyan troops inflicted heavy casualties on Ugandan rebels.", "inflicted", "ASSAULT"),
        ("The Indian army inflicted losses on Pakistani units.", "inflicted", "ASSAULT"),
        # abuse hurled at someone is criticism, not an attack
        ("Iran hurled invective at the Saudi king on Monday.", "hurled", "ACCUSE"),
        ("Cuban officials threw abuse at the American envoy.", "threw", "ACCUSE"),
    ],
)
def test_lexicon_losses_inflicted_and_abuse_hurled(text, verb, expected):
    assert verb_type(text, verb) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Japan compromised with China over fishing quotas.", "compromised"),
        ("The Chilean government will compromise with Bolivia on port access.", "compromise"),
    ],
)
def test_lexicon_compromising_with_someone_is_yielding(text, verb):
    assert verb_type(text, verb) == "CONCEDE"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a leader calling a vote sets it: no event (CAMEO reads an accession to demands)
        "The Japanese prime minister called a snap election on Friday.",
        "Italy's premier called a referendum on the reform.",
    ],
)
def test_lexicon_calling_an_election_is_no_event(text):
    assert not asserted(text)


@pytest.mark.slow
def test_lexicon_calling_for_an_election_stays_an_appeal():
    assert verb_type("Thai protesters called for new elections.", "called") == "REQUEST"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # a protest addressed to a state, a protest note, stern representations: diplomatic
        # protests (ACCUSE), not demonstrations
        ("Hanoi protested to Beijing over the new map.", ("ACCUSE", "VNM", "CHN"), "PROTEST"),
        (
            "Lithuania handed a protest note to the Belarusian envoy.",
            ("ACCUSE", "LTU", "BLR"),
            None,
        ),
        (
            "Japan delivered a protest note to the South Korean envoy.",
            ("ACCUSE", "JPN", "KOR"),
            None,
        ),
        ("China lodged stern representations with Canada.", ("ACCUSE", "CHN", "CAN"), None),
        ("Beijing made solemn representations to Seoul.", ("ACCUSE", "CHN", "KOR"), None),
        # a case brought against a state is a lawsuit
        ("Iran brought a case against the United States.", ("ACCUSE", "IRN", "USA"), None),
        # entry refused or denied is a refusal, not an obstruction by protesters
        ("Israel refused entry to a Turkish aid convoy.", ("REJECT", "ISR", "TUR"), "PROTEST"),
        ("Greece denied entry to Turkish fishing boats.", ("REJECT", "GRC", "TUR"), "PROTEST"),
        # shoppers boycotting goods protest; a state does not sanction
        ("South Korean shoppers boycotted Japanese beer.", ("PROTEST", "KOR", "JPN"), "SANCTION"),
    ],
)
def test_lexicon_diplomatic_protests_lawsuits_refused_entry_and_boycotts(text, expected, wrong):
    found = asserted(text)
    assert expected in found
    assert wrong is None or not any(kind == wrong for kind, _, _ in found)


@pytest.mark.slow
def test_lexicon_retaliation_vowed_is_a_threat():
    """Retaliating "for" an act is force (not CAMEO's criticism); vowed, it is a threat."""
    found = asserted("Tehran vowed to retaliate for the Israeli strike.")
    assert any(kind == "THREATEN" and actor == "IRN" for kind, actor, _ in found)
    assert not any(kind in {"AGREE", "ACCUSE"} for kind, _, _ in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Egypt warned it would close the Suez Canal.",
        "Turkey warned it would shut the straits to Russian warships.",
    ],
)
def test_lexicon_a_strait_closed_is_a_blockade_so_warned_of_a_threat(text):
    assert any(kind == "THREATEN" for kind, _, _ in asserted(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Egyptian police rounded up scores of students in Cairo.", "rounded"),
        ("Soldiers are rounding up young men in the villages of the north.", "rounding"),
    ],
)
def test_lexicon_people_rounded_up_are_detained(text, verb):
    assert verb_type(text, verb) == "COERCE"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Nigerian troops drove the rebels out of two villages in Borno.", "drove"),
        ("The Iraqi army pushed insurgents out of the old city on Friday.", "pushed"),
    ],
)
def test_lexicon_armed_men_driven_out_are_fought(text, verb):
    assert verb_type(text, verb) == "ASSAULT"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Allies in the US-led war in Iraq rejected the Iranian proposal.",
        "Gulf war veterans marched in London on Sunday.",
    ],
)
def test_lexicon_a_war_named_is_no_attack(text):
    assert not {e for e in asserted(text) if e[0] == "ASSAULT"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia launched a war against Georgia in August.", ("ASSAULT", "RUS", "GEO")),
        ("Israel began a war on Hezbollah in Lebanon.", ("ASSAULT", "ISR", "LBN")),
    ],
)
def test_lexicon_a_war_begun_is_an_attack(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # export controls tightened and exports restricted cut exchanges, not a repression
        ("Japan tightened export controls on South Korea.", ("SANCTION", "JPN", "KOR")),
        ("Canada restricted exports of uranium to India.", ("SANCTION", "CAN", "IND")),
        # a state put on a grey or black list is sanctioned, taken off it is eased
        (
            "The European Union placed Panama on its black list of tax havens.",
            ("SANCTION", "EUR", "PAN"),
        ),
        (
            "The European Union removed Panama from its blacklist of tax havens.",
            ("CONCEDE", "EUR", "PAN"),
        ),
        # tariffs suspended and goods exempted from duties are sanctions eased
        ("Washington suspended tariffs on Chinese solar panels.", ("CONCEDE", "USA", "CHN")),
        (
            "Beijing exempted Australian barley from its anti-dumping duties.",
            ("CONCEDE", "CHN", "AUS"),
        ),
        # arms handed over to a state are aid, not a disarmament
        ("Poland handed over its MiG-29 jets to Ukraine.", ("AID", "POL", "UKR")),
        # an arms sale approved is aid, not a concession or a promise
        ("Washington approved the sale of 40 F-35 jets to Poland.", ("AID", "USA", "POL")),
    ],
)
def test_lexicon_economic_statecraft_rows(text, expected):
    assert only_type(asserted(text), expected)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # weapons handed over to monitors are laid down, not delivered as aid
        ("Sudanese rebels handed over their rifles and weapons to African Union monitors.", "AID"),
        # taken off a "white list" of trusted partners is no easing
        ("Seoul removed Japan from its white list of trusted trading partners.", "CONCEDE"),
    ],
)
def test_lexicon_economic_statecraft_rows_stay_narrow(text, wrong):
    assert wrong not in {kind for kind, _, _ in asserted(text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # a ban on a state's trade is a sanction, not the restriction of one's own people
        ("Hungary imposed a ban on imports of Serbian pork.", ("SANCTION", "HUN", "SRB"), "COERCE"),
        # a foreign firm's licence or permit taken back cuts an exchange; it is no retreat
        ("Mali revoked the Australian company's permit.", ("SANCTION", "MLI", "AUS"), None),
        ("Gabon withdrew the British company's licences.", ("SANCTION", "GAB", "GBR"), "CONCEDE"),
    ],
)
def test_lexicon_trade_bans_and_revoked_licences_are_sanctions(text, expected, wrong):
    found = asserted(text)
    assert expected in found
    assert wrong is None or not any(kind == wrong for kind, _, _ in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portugal filed for arbitration against Angola.", ("ACCUSE", "PRT", "AGO")),
        ("Chile launched arbitration against Bolivia.", ("ACCUSE", "CHL", "BOL")),
        ("Vietnam filed a legal challenge against Cambodia.", ("ACCUSE", "VNM", "KHM")),
    ],
)
def test_lexicon_arbitration_and_challenges_against_a_state_are_lawsuits(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Forty insurgents surrendered in Kunduz on Tuesday.", "surrendered"),
        ("Dozens of separatist fighters have surrendered in the east.", "surrendered"),
        ("The smugglers surrendered to Nigerian troops after a long chase.", "surrendered"),
    ],
)
def test_lexicon_armed_men_surrendering_retreat(text, verb):
    assert verb_type(text, verb) == "RETREAT"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Iranian troops established two new outposts near the Iraqi border.", "established"),
        ("The Indian army has set up a checkpoint on the road to Leh.", "set"),
        ("Russian forces established an observation point south of Idlib.", "established"),
    ],
)
def test_lexicon_military_positions_set_up_are_a_deployment(text, verb):
    assert verb_type(text, verb) == "MOBILIZE"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Nepali police barred journalists from the parliament building.", "barred"),
        ("The junta has barred opposition leaders from leaving Bamako.", "barred"),
    ],
)
def test_lexicon_people_barred_from_an_act_are_restricted(text, verb):
    assert verb_type(text, verb) == "COERCE"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Somali pirates hijacked a Kenyan ferry near Lamu.", "hijacked"),
        ("Armed men hijacked a passenger jet bound for Istanbul.", "hijacked"),
    ],
)
def test_lexicon_a_craft_hijacked_is_an_abduction(text, verb):
    assert verb_type(text, verb) == "ASSAULT"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Canada unveiled new sanctions against Iranian officials on Monday.", "unveiled"),
        ("Japan introduced tariffs on South Korean steel.", "introduced"),
        ("Britain expanded its sanctions on Belarus after the vote.", "expanded"),
    ],
)
def test_lexicon_sanctions_unveiled_or_widened_are_sanctions(text, verb):
    assert verb_type(text, verb) == "SANCTION"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Insurgents attacked the government headquarters in Kandahar.", "attacked"),
        ("Gunmen attacked a court in Quetta on Monday.", "attacked"),
        ("Rebels attacked a government convoy near the airport.", "attacked"),
    ],
)
def test_lexicon_armed_men_attacking_use_force_not_words(text, verb):
    assert verb_type(text, verb) == "ASSAULT"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Vietnam snubs Chinese invitation to the forum.", "snubs"),
        ("Kenya snubbed Uganda's proposal for a joint force.", "snubbed"),
    ],
)
def test_lexicon_an_offer_snubbed_is_refused(text, verb):
    assert verb_type(text, verb) == "REJECT"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # a coordinated verb's patterns read the subject it shares with the first verb
        ("Turkish troops shelled the villages and pushed deep into Afrin.", "pushed", "ASSAULT"),
        ("The rebels seized two towns and marched into the capital.", "marched", "ASSAULT"),
        # ... which is still the crowd's for a crowd
        ("Protesters gathered in the square and marched to parliament.", "marched", "PROTEST"),
    ],
)
def test_lexicon_coordinated_verb_reads_the_shared_subject(text, verb, expected):
    assert verb_type(text, verb) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # forces that deploy themselves, with no object, are mobilized
        ("Russian troops deployed along the border with Ukraine on Monday.", "deployed"),
        ("Kenyan soldiers deploy in the north of the country.", "deploy"),
        ("Chinese army units deployed near the border with India.", "deployed"),
    ],
)
def test_lexicon_forces_deploying_without_an_object_mobilize(text, verb):
    assert verb_type(text, verb) == "MOBILIZE"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a verb whose only sense is force keeps none of CAMEO's verbal-attack rows
        ("The coalition has been bombing militias loyal to the former president.", "bombing"),
        ("The alliance bombed the rebels hours after the statement from the palace.", "bombed"),
        ("Gunmen assaulted guards outside the government building in Kano.", "assaulted"),
        ("Warships bombarded the port despite the statement from the mayor.", "bombarded"),
    ],
)
def test_lexicon_physical_only_verbs_are_no_criticism(text, verb):
    assert verb_type(text, verb) == "ASSAULT"
