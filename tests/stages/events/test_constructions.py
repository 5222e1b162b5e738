"""Tests of constructions that are events in themselves (commitments, refusals, obligations,
conditional threats) and of sides read through a clause, on sentences written for them."""

from __future__ import annotations

import pytest

from diplograph.stages.events.lexicon import VerbPattern, block_default
from tests.stages.events.test_coder import asserted

pytestmark = pytest.mark.slow


def test_lexicon_block_default_of_verb_without_one():
    rejections = [VerbPattern("reject", (object(),), c) for c in ("121", "122", "125", "016")]
    assert block_default([*rejections, VerbPattern("reject", (object(),), "1246")]) == "120"
    # patterns spread over blocks, or a block whose bare verb names no act: no default
    spread = [VerbPattern("x", (object(),), c) for c in ("121", "190", "173", "042", "120")]
    assert block_default(spread) is None
    assaults = [VerbPattern("x", (object(),), "19" + str(n)) for n in range(5)]
    assert block_default(assaults) is None
    assert block_default([VerbPattern("x", (), "010"), *rejections]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time adjunct is no object of a CAMEO pattern ("demand w:on" is an attack code)
        ("China demanded an apology from Japan on Thursday.", ("REQUEST", "CHN", "JPN", True)),
        # a bare rejection verb takes its block's code
        ("Brazil rejected the offer from Argentina.", ("REJECT", "BRA", "ARG", True)),
        ("Pakistan rejected the proposal by India.", ("REJECT", "PAK", "IND", True)),
        (
            "Israel rejected calls from the United Nations for a ceasefire.",
            ("REJECT", "ISR", "IGO", True),
        ),
        ("North Korea turned down an invitation from South Korea.", ("REJECT", "PRK", "KOR", True)),
        # a refusal of an act is a rejection of the act's recipient; the act stays unasserted
        ("Iran refused to meet the Iraqi delegation.", ("REJECT", "IRN", "IRQ", True)),
        (
            "China declined to renew its fishing agreement with Vietnam.",
            ("REJECT", "CHN", "VNM", True),
        ),
        # commitments: the recipient is the committed act's
        ("Japan pledged to send engineers to Iraq.", ("AGREE", "JPN", "IRQ", True)),
        ("Germany vowed to support Ukraine.", ("AGREE", "DEU", "UKR", True)),
        ("France stands ready to send troops to Mali.", ("AGREE", "FRA", "MLI", True)),
        ("Syria is willing to resume negotiations with Israel.", ("AGREE", "SYR", "ISR", True)),
        # ... a commitment to a hostile act is a threat
        ("Iran vowed to attack Israel.", ("THREATEN", "IRN", "ISR", True)),
        # ... and one to stop or give something up a concession, whatever else its clause reads
        ("Syria pledged to halt its missile tests.", ("CONCEDE", "SYR", None, True)),
        ("Kenya agreed to drop its claim to the islands.", ("CONCEDE", "KEN", None, True)),
        (
            "Libya has agreed to dismantle its chemical weapons and linked programmes.",
            ("CONCEDE", "LBY", None, True),
        ),
        # obligations stated by a speaker are demands of the obliged
        ("Iran has to release the seized tanker, Britain said.", ("REQUEST", "GBR", "IRN", True)),
        (
            "Syria must withdraw its troops, the United States said.",
            ("REQUEST", "USA", "SYR", True),
        ),
        # calls through a clause
        (
            "The United States pressed Georgia to free the detained reporters.",
            ("REQUEST", "USA", "GEO", True),
        ),
        (
            "The European Union demanded Washington explain its subsidies.",
            ("REQUEST", "EUR", "USA", True),
        ),
        ("Japan wants Russia to return the islands.", ("REQUEST", "JPN", "RUS", True)),
        # conditional threats
        (
            "Russia threatened to cut gas supplies to Ukraine unless it paid its debts.",
            ("THREATEN", "RUS", "UKR", True),
        ),
        (
            "Washington warned it would impose sanctions on Syria if it did not withdraw.",
            ("THREATEN", "USA", "SYR", True),
        ),
        (
            "Rwanda said it would attack Burundi unless the rebels disarmed.",
            ("THREATEN", "RWA", "BDI", True),
        ),
        (
            "Turkey told Syria to expel the rebels or face military action.",
            ("THREATEN", "TUR", "SYR", True),
        ),
    ],
)
def test_constructions_code_event(sentence_events, text, expected):
    assert expected in sentence_events(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # modes still apply: a refusal that did not happen, a commitment that may come
        ("Iran did not refuse to meet the Iraqi delegation.", ("REJECT", "IRQ")),
        ("Japan may pledge to send engineers to Iraq.", ("AGREE", "IRQ")),
        ("Germany never vowed to support Ukraine.", ("AGREE", "UKR")),
        # the refused, committed and demanded acts did not happen
        ("Iran refused to meet the Iraqi delegation.", ("CONSULT", "IRQ")),
        ("Iran vowed to attack Israel.", ("ASSAULT", "ISR")),
        (
            "Washington warned it would impose sanctions on Syria if it did not withdraw.",
            ("SANCTION", "SYR"),
        ),
        # a condition on an act that is no threat keeps it hypothetical
        ("Syria would attack Israel if it were provoked.", ("ASSAULT", "ISR")),
        # an obligation nobody states is no demand by anyone
        ("Syria must withdraw its troops, analysts believe.", ("REQUEST", "SYR")),
        # "wants to join": no one else is asked to act
        ("Japan wants to join the talks with Russia.", ("REQUEST", "RUS")),
        # "agreed to hold talks": the talks are the one AGREE, the verb adds no other event
        ("Russia agreed to resume talks with Georgia.", ("SUPPORT", "GEO")),
    ],
)
def test_constructions_keep_modes(sentence_events, text, unexpected):
    kind, recipient = unexpected
    asserted = {(t, r) for t, _, r, ok in sentence_events(text) if ok}
    assert (kind, recipient) not in asserted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalized plural agent noun the tagger read as a proper noun
        (
            "Leaders from Spain and Portugal urged Britain to renew the dialogue.",
            ("REQUEST", "ESP", "GBR", True),
        ),
        # a demand through the clause names the one asked, not the act's recipient
        ("France demanded that Israel withdraw from Lebanon.", ("REQUEST", "FRA", "ISR", True)),
    ],
)
def test_arguments_sides_beyond_direct_slots(sentence_events, text, expected):
    assert expected in sentence_events(text)


def test_constructions_reported_speech_is_no_request(sentence_events):
    text = "Egypt will not accept a deal with Israel, its minister told Jordan."
    assert not {e for e in sentence_events(text) if e[0] == "REQUEST"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nationality of an attack noun may modify its compound ("drone", "air")
        ("Russian drone strikes on Kharkiv killed three people.", ("ASSAULT", "RUS", "UKR", True)),
        ("Israeli air strikes on Khan Younis wounded ten people.", ("ASSAULT", "ISR", "PSE", True)),
        # inside a noun phrase: the one whose act is condemned
        ("Romania condemned Moldova's expulsion of the diplomats.", ("ACCUSE", "ROU", "MDA", True)),
    ],
)
def test_arguments_sides_inside_noun_phrases(sentence_events, text, expected):
    assert expected in sentence_events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zimbabwe will not invite British observers to its elections.", ("REJECT", "ZWE", "GBR")),
        ("North Korea won't resume talks with South Korea.", ("REJECT", "PRK", "KOR")),
        ("Egypt will not accept a deal with Israel, its minister said.", ("REJECT", "EGY", "ISR")),
    ],
)
def test_constructions_announced_refusal_is_reject(sentence_events, text, expected):
    found = sentence_events(text)
    assert (*expected, True) in found
    # the refused act itself did not happen
    assert not {e for e in found if e[0] != "REJECT" and e[3]}


@pytest.mark.parametrize(
    "text",
    [
        "Iran will not attack Israel.",  # no refusal of anything asked
        "Japan might not accept the deal with China.",  # a possibility
        "China will not meet Japan if it keeps the islands.",  # a condition
        "Syria did not accept the deal with Turkey.",  # a past act not done
    ],
)
def test_constructions_no_refusal(sentence_events, text):
    assert not {e for e in sentence_events(text) if e[0] == "REJECT" and e[3]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stock phrase of threat worded as what is to come is the threat itself
        (
            "Baku said it would pursue all options against Yerevan.",
            ("THREATEN", "AZE", "ARM", True),
        ),
        (
            "Tokyo will take all necessary measures against Beijing, the minister said.",
            ("THREATEN", "JPN", "CHN", True),
        ),
        # an analyst's forecast of one is no threat made
        (
            "Ankara could take all necessary measures against Athens, analysts said.",
            ("THREATEN", "TUR", "GRC", False),
        ),
    ],
)
def test_constructions_threat_phrases_in_the_future_are_made(sentence_events, text, expected):
    assert expected in sentence_events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a recognition or acceptance refused in the present is a rejection held
        ("Rabat does not recognise the Sahrawi government.", ("REJECT", "MAR", "ESH", True)),
        ("Baku says it does not accept Yerevan's new map.", ("REJECT", "AZE", "ARM", True)),
    ],
)
def test_constructions_a_stance_refused_in_the_present_is_a_rejection(
    sentence_events, text, expected
):
    assert expected in sentence_events(text)


def test_constructions_a_past_act_not_done_is_no_rejection(sentence_events):
    assert not {
        e
        for e in sentence_events("Ghana did not recognise Togo's envoy in 2019.")
        if e[0] == "REJECT"
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker announcing its own attack, with no condition, threatens it
        ("Ankara said it would strike Kurdish militants in Syria.", ("THREATEN", "TUR", "SYR")),
        ("Pakistan said it would retaliate against India.", ("THREATEN", "PAK", "IND")),
    ],
)
def test_constructions_own_attack_announced_is_a_threat(sentence_events, text, expected):
    assert (*expected, True) in sentence_events(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # another's attack foreseen, or an announced sanction, is no threat
        "Japan said China would attack Taiwan.",
        "Canada said it would impose sanctions on Iran.",
    ],
)
def test_constructions_no_threat_without_own_attack(sentence_events, text):
    assert not {e for e in sentence_events(text) if e[0] == "THREATEN"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court convicting or sentencing finds guilty: SANCTION "convict", whatever CAMEO's
        # pattern for the verb says (an arrest, an administrative sanction, an accusation)
        (
            "A Chinese court convicted a Canadian citizen of drug smuggling.",
            ("SANCTION", "CHN", "CAN"),
        ),
        (
            "A Russian court convicted two British men of espionage on Friday.",
            ("SANCTION", "RUS", "GBR"),
        ),
        ("An Iranian court sentenced a French tourist to death.", ("SANCTION", "IRN", "FRA")),
        # a fine finds its payer liable
        (
            "The European Commission fined Microsoft 561 million euros.",
            ("SANCTION", "EUR", "USA"),
        ),
    ],
)
def test_constructions_a_conviction_finds_guilty(text, expected):
    found = asserted(text)
    assert expected in found
    assert not {("COERCE", *expected[1:]), ("ACCUSE", *expected[1:])} & found


@pytest.mark.slow
def test_constructions_a_sentence_to_prison_is_an_arrest_as_well():
    found = asserted("An Iranian court sentenced a French tourist to eight years in prison.")
    assert {("SANCTION", "IRN", "FRA"), ("COERCE", "IRN", "FRA")} <= found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "refused"),
    [
        # a demand or offer not accepted, in any tense, is refused; another past act not done is not
        ("Ghana did not accept the Nigerian demand for talks.", ("REJECT", "GHA", "NGA"), True),
        ("Peru had not accepted the Chilean offer of a loan.", ("REJECT", "PER", "CHL"), True),
        ("Ghana did not attend the summit in Togo.", ("REJECT", "GHA", "TGO"), False),
    ],
)
def test_constructions_a_demand_not_accepted_is_refused(text, expected, refused):
    assert (expected in asserted(text)) == refused


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one a refusal will not let in or through is the subject of the letting's clause
        ("Greece will not allow Turkey to join the talks.", ("REJECT", "GRC", "TUR")),
        (
            "Cairo refused to allow Israeli officials access to the crossing.",
            ("REJECT", "EGY", "ISR"),
        ),
        (
            "Azerbaijan declined to allow Armenian monitors access to the corridor.",
            ("REJECT", "AZE", "ARM"),
        ),
    ],
)
def test_constructions_refused_permission_names_the_one_let(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court or judge ordering a party to pay finds it liable: SANCTION, not a demand
        (
            "A British court ordered Nigeria to pay $11 billion to an engineering firm.",
            ("SANCTION", "GBR", "NGA"),
        ),
        (
            "An American judge ordered Iran to pay $2 billion to the victims.",
            ("SANCTION", "USA", "IRN"),
        ),
    ],
)
def test_constructions_a_court_ordered_payment_is_a_sanction(text, expected):
    found = asserted(text)
    assert expected in found
    assert ("REQUEST", *expected[1:]) not in found


@pytest.mark.slow
def test_constructions_an_order_to_pay_from_no_court_stays_a_demand():
    assert ("REQUEST", "USA", "MEX") in asserted("Trump ordered Mexico to pay for the wall.")


@pytest.mark.parametrize(
    "text",
    [
        "Chile pledged to make a new push for stalled trade talks with Peru.",
        "Egypt pledged to reopen the besieged crossing with Gaza.",
    ],
)
def test_constructions_a_describing_participle_is_not_the_act_committed(sentence_events, text):
    found = sentence_events(text)
    assert any(t == "AGREE" for t, _, _, _ in found)
    assert not any(t == "THREATEN" for t, _, _, _ in found)
