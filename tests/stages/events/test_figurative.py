"""Tests of figurative.py: the words of war used for trade, markets and politics (issue 17)."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import asserted, code_text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trade measure imposed with a violent verb is SANCTION
        (
            "Ottawa slapped a 25 percent duty on Chinese electric vehicles last month.",
            {("SANCTION", "CAN", "CHN")},
        ),
        (
            "India hit Turkey with new tariffs on steel pipes on Tuesday.",
            {("SANCTION", "IND", "TUR")},
        ),
        (
            "Brazil retaliated against the Argentine quotas with duties on wine.",
            {("SANCTION", "BRA", "ARG")},
        ),
        # an attack on a plan, a law or a judge, or an attack "as" something, is criticism
        (
            "The Swedish prime minister attacked Poland's new judicial law on Friday.",
            {("ACCUSE", "SWE", "POL")},
        ),
        (
            "Egypt's foreign minister attacked the Ethiopian dam plan as a threat to millions.",
            {("ACCUSE", "EGY", "ETH")},
        ),
    ],
)
def test_figurative_recasts_trade_measures_and_criticism(text, expected):
    assert asserted(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The currency war between Tokyo and Washington has cost exporters dearly.",
        "The bidding battle between Germany and France for the factory ended on Monday.",
        "Stock markets in Seoul were hammered by the news from Beijing.",
        "The rupee has crushed the Pakistani currency this year, traders in Mumbai said.",
        "Canberra accuses Beijing of using coal as a weapon, but the trade hit China's own growth.",
        "Mexico will fight the American levy in the courts, the minister said.",
        # a firm told of in a relative clause is still a firm: "a bank which hammered the market"
        "The Swiss bank, which hammered the Mexican market with cheap loans, was sold in March.",
        # a trade offensive, or a first shot fired with duties
        "Trump's trade offensive against Europe began with steel.",
        "Ottawa fired the first shot in March with duties on $2 billion of American steel.",
        # a dominant position or an office is abused without violence
        "Brussels fined the Swiss drugmaker on Tuesday for abusing its dominant position in Italy.",
    ],
)
def test_figurative_words_of_war_about_markets_are_no_assault(text):
    assert not {e for e in asserted(text) if e[0] == "ASSAULT"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops attacked Kharkiv as part of a new offensive.", ("ASSAULT", "RUS", "UKR")),
        ("Israeli jets struck Gaza on Monday.", ("ASSAULT", "ISR", "PSE")),
        ("Sudanese soldiers attacked a market in Chad on Sunday.", ("ASSAULT", "SDN", "TCD")),
    ],
)
def test_figurative_keeps_real_attacks(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "China fired five missiles into waters near Taiwan on Thursday.",
            ("MOBILIZE", "CHN", "TWN"),
            ("ASSAULT", "CHN", "TWN"),
        ),
        (
            "Russian jets fired missiles at Ukrainian troops on Monday.",
            ("ASSAULT", "RUS", "UKR"),
            ("MOBILIZE", "RUS", "UKR"),
        ),
    ],
)
def test_figurative_missiles_into_the_sea_are_a_show_of_force(text, expected, not_expected):
    found = asserted(text)
    assert expected in found
    assert not_expected not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Syria said the Turkish plan would destroy the peace process with Damascus.",
        "Serbian officials said the vote in Kosovo had killed any hope of a settlement.",
        "Chile accused Peru of trying to torpedo the border talks on Monday.",
        "The Indian decision hit relations with Nepal, officials in Kathmandu said.",
    ],
)
def test_figurative_harm_to_talks_hopes_and_ties_is_no_assault(text):
    assert not {e for e in asserted(text) if e[0] == "ASSAULT"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a retaliation "in kind" after a trade measure is a trade measure aimed at its author
        (
            "In 2017 Egypt imposed duties on Turkish steel, and Ankara retaliated in kind.",
            {("SANCTION", "EGY", "TUR"), ("SANCTION", "TUR", "EGY")},
        ),
        (
            "Canada imposed tariffs on Mexican cement, and Mexico City retaliated in kind.",
            {("SANCTION", "CAN", "MEX"), ("SANCTION", "MEX", "CAN")},
        ),
    ],
)
def test_figurative_retaliation_in_kind_answers_the_trade_measure(text, expected):
    assert asserted(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "retaliated by V-ing": the act named is the event, the hostile word only frames it
        (
            "Norway retaliated by expelling two Russian diplomats on Monday.",
            {("SANCTION", "NOR", "RUS")},
        ),
        (
            "Warsaw hit back by removing Hungary from its list of trusted suppliers.",
            {("SANCTION", "POL", "HUN")},
        ),
    ],
)
def test_figurative_retaliation_by_an_act_is_that_act(text, expected):
    assert asserted(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Swiss raids on consultancies hurt confidence among Austrian investors.",
        "Chile's new levies damaged growth in Peru, Lima said.",
        "The Bolivian export ban harmed Peruvian consumers.",
    ],
)
def test_figurative_harm_to_the_economy_is_no_assault(text):
    assert not {e for e in asserted(text) if e[0] == "ASSAULT"}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # idioms of the hostile verbs are no blow
        "Chancellor Scholz met the French president before hitting the road to Poland.",
        "Brazil's ties with Paraguay hit a snag over the hydropower treaty on Monday.",
        "The Indian prime minister struck a conciliatory note toward Pakistan on Friday.",
        # an attack of the body
        "The Pakistani minister suffered a heart attack during the talks in Delhi.",
    ],
)
def test_figurative_idioms_and_heart_attacks_are_no_assault(text):
    events, _ = code_text(text)
    assert not [e for e in events if e.event_type == "ASSAULT"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian armoured vehicle hit a Russian mine near Bakhmut.",
        "Two Israeli soldiers were wounded when their jeep struck a roadside bomb in Gaza.",
    ],
)
def test_figurative_who_hits_a_mine_is_its_victim_not_an_attacker(text):
    # whoever laid the device is not named here; the one who hit it never attacks
    subjects = {"UKR", "ISR"}
    assert not {e for e in asserted(text) if e[0] == "ASSAULT" and e[1] in subjects}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli jets struck a bomb factory in Gaza on Tuesday.", ("ASSAULT", "ISR", "PSE")),
        ("A roadside bomb hit an Afghan army convoy in Helmand.", ("ASSAULT", None, "AFG")),
    ],
)
def test_figurative_devices_named_otherwise_keep_their_attack(text, expected):
    assert expected in asserted(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack made in words is criticism, not an assault
        (
            "The Indian foreign minister launched a blistering attack on Pakistan.",
            {("ACCUSE", "IND", "PAK")},
        ),
        ("Iran's president verbally attacked Saudi Arabia on Monday.", {("ACCUSE", "IRN", "SAU")}),
    ],
)
def test_figurative_an_attack_in_words_is_criticism(text, expected):
    assert asserted(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause the parse hangs on "as" is no verdict: the blow stays an attack
        (
            "Kenyan police on Monday fired tear gas at opposition leaders and hundreds of "
            "supporters as a rally turned violent.",
            ("ASSAULT", "KEN", "KEN"),
        ),
        (
            "Ugandan police fired tear gas at opposition supporters as a march against the "
            "president spilled into the streets.",
            ("ASSAULT", "UGA", "UGA"),
        ),
        # ... while "attacked X as Y" is still a verdict
        (
            "Britain's foreign secretary attacked the Russian plan as a cynical ploy.",
            ("ACCUSE", "GBR", "RUS"),
        ),
    ],
)
def test_figurative_a_clause_under_as_is_no_verdict(text, expected):
    assert expected in asserted(text)
