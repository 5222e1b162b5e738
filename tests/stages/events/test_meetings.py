"""Tests of multilateral meetings, the sport guard and states after a dated dateline."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import code_text


def consults(text: str) -> dict[frozenset, str | None]:
    events, _ = code_text(text)
    return {
        frozenset((e.actor.country, e.recipient.country)): e.mode
        for e in events
        if e.asserted and e.event_type == "CONSULT"
    }


def gatherings(text: str) -> list[tuple[frozenset, str | None, str | None]]:
    """The multilateral events of a text: their participants' states, mode and host."""
    events, _ = code_text(text)
    return [
        (
            frozenset(p.country for p in e.participants),
            e.mode,
            e.location.country if e.location else None,
        )
        for e in events
        if e.asserted and e.participants
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "states", "host"),
    [
        # no member hosts
        (
            "The leaders of Brazil, Argentina and Chile met in Geneva on Tuesday.",
            {"BRA", "ARG", "CHL"},
            "CHE",
        ),
        (
            "A meeting of Kenya, Uganda and Tanzania ended without agreement.",
            {"KEN", "UGA", "TZA"},
            None,
        ),
        # a bracketed member list after a group noun
        (
            "The finance ministers of the three Baltic states (Estonia, Latvia and Lithuania) "
            "met in Brussels on Friday.",
            {"EST", "LVA", "LTU"},
            "BEL",
        ),
        (
            "He spoke after the Nordic (Norway, Sweden, Finland, Denmark) defence ministers "
            "meeting held in Brussels.",
            {"NOR", "SWE", "FIN", "DNK"},
            "BEL",
        ),
        # a member hosts: still one event, the host among its participants
        (
            "The leaders of Brazil, Argentina and Chile met in Santiago on Tuesday.",
            {"BRA", "ARG", "CHL"},
            "CHL",
        ),
        (
            "Foreign ministers from Egypt, Jordan and Saudi Arabia gathered in Cairo on Sunday.",
            {"EGY", "JOR", "SAU"},
            "EGY",
        ),
    ],
)
def test_meetings_multilateral_is_one_event(text, states, host):
    assert gatherings(text) == [(frozenset(states), "multilateral", host)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Brazil and Argentina met in Santiago on Tuesday.",
        "The foreign ministers of Chile and Peru held talks in Lima on Monday.",
    ],
)
def test_meetings_two_states_are_not_multilateral(text):
    found = consults(text)
    assert found and "multilateral" not in found.values()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "ANKARA, 3 March 2005 - Turkey and Greece held talks on the Aegean dispute.",
            {"TUR", "GRC"},
        ),
        (
            "LIMA, 12 June 2006 - Peru and Ecuador held talks on their border on Monday.",
            {"PER", "ECU"},
        ),
    ],
)
def test_meetings_state_after_dated_dateline_is_an_actor(text, pair):
    assert frozenset(pair) in consults(text)


@pytest.mark.slow
def test_meetings_agent_with_of_phrase_takes_its_states():
    text = (
        "Bolivia stayed away. The defence ministers of Chile and Peru concluded their talks "
        "on Monday."
    )
    assert set(consults(text)) == {frozenset({"CHL", "PER"})}


def hostile(text: str) -> set[tuple[str, str, str]]:
    events, _ = code_text(text)
    return {
        (e.event_type, e.actor.country, e.recipient.country)
        for e in events
        if e.event_type in {"THREATEN", "ASSAULT", "COERCE", "SANCTION"}
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Australians warned India they would call off their tour.",
        "England threatened to boycott the match against Zimbabwe.",
        "Pakistan threatened India before the second Test in Lahore.",
        "New Zealand's rugby squad crushed Wales in Cardiff.",
    ],
)
def test_meetings_sport_makes_no_hostile_event(text):
    assert hostile(text) == set()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Myanmar's military arrested leaders of the National League for Democracy.",
            ("COERCE", "MMR", "MMR"),
        ),
        ("Russian forces shelled a Ukrainian rescue team near Kharkiv.", ("ASSAULT", "RUS", "UKR")),
        (
            "Sudan expelled a United Nations team investigating the killings.",
            ("COERCE", "SDN", "IGO"),
        ),
        (
            "Iran seized a British tanker, a goal Tehran had pursued for weeks.",
            ("COERCE", "IRN", "GBR"),
        ),
    ],
)
def test_meetings_words_of_sport_in_their_other_sense_keep_the_event(text, expected):
    # "League", "team" and "goal" name a party, a crew and an aim here, not sport.
    assert expected in hostile(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Indian team crushed Pakistan in Dubai.",
        "England scored a late goal to beat Germany in Munich.",
        "Brazil's coach said his side would punish Argentina in the final.",
    ],
)
def test_meetings_team_goal_and_coach_in_sport_make_no_hostile_event(text):
    assert hostile(text) == set()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea threatened Japan with a nuclear test on Sunday.",
            ("THREATEN", "PRK", "JPN"),
        ),
        ("Israel launched a series of airstrikes on Lebanon.", ("ASSAULT", "ISR", "LBN")),
        (
            "During Chirac's tour of China, Beijing warned Taiwan against independence.",
            ("THREATEN", "CHN", "TWN"),
        ),
    ],
)
def test_meetings_contest_words_in_military_senses_keep_events(text, expected):
    assert expected in hostile(text)


@pytest.mark.slow
def test_meetings_cited_text_holds_the_member_list():
    events, _ = code_text(
        "Officials praised the Benelux (Belgium, Netherlands, Luxembourg) foreign ministers "
        "meeting held in Geneva."
    )
    [multilateral] = [e for e in events if e.mode == "multilateral"]
    assert "(Belgium, Netherlands, Luxembourg)" in multilateral.mention.text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "The foreign ministers of France, Germany, Britain, Italy and Spain met in Madrid "
            "on Monday.",
            {"FRA", "DEU", "GBR", "ITA", "ESP"},
        ),
        ("A meeting of Kenya, Uganda and Tanzania ended without agreement.", {"KEN", "UGA", "TZA"}),
        (
            "The leaders of Brazil, Argentina and Chile will meet in Santiago next week.",
            {"BRA", "ARG", "CHL"},
        ),
    ],
)
def test_meetings_one_event_with_every_participant(text, states):
    events, _ = code_text(text)
    [event] = [e for e in events if e.asserted]
    assert {p.country for p in event.participants} == states
    assert event.recipient is None and event.actor.country in states


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the host and its guests: one meeting of four, not three host-guest pairs
        (
            "French President Jacques Chirac hosted a mini-summit with the leaders of Germany, "
            "Spain and Russia in Paris.",
            "CONSULT",
        ),
        # a joint promise of four: one AGREE, not six pairs
        (
            "The leaders of France, Germany, Spain and Russia agreed at a mini-summit in Paris "
            "to boost cooperation.",
            "AGREE",
        ),
    ],
)
def test_meetings_host_and_joint_acts_are_one_event_with_all_parties(text, kind):
    events, _ = code_text(text)
    found = [e for e in events if e.event_type == kind]
    assert [{p.country for p in e.participants} for e in found] == [{"FRA", "DEU", "ESP", "RUS"}]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a go-between deals with each party "between" whom it mediates ...
        (
            "Norway mediated between Sudan and South Sudan on Tuesday.",
            {("CONSULT", "NOR", "SDN"), ("CONSULT", "NOR", "SSD")},
        ),
        (
            "Swiss and Austrian envoys carried proposals between Serbia and Kosovo.",
            {
                ("CONSULT", "CHE", "SRB"),
                ("CONSULT", "CHE", "XKX"),
                ("CONSULT", "AUT", "SRB"),
                ("CONSULT", "AUT", "XKX"),
            },
        ),
        # ... and the talks it brokers are the parties' own meeting too
        (
            "Ghana brokered talks between Togo and Benin.",
            {("CONSULT", "GHA", "TGO"), ("CONSULT", "GHA", "BEN"), ("CONSULT", "TGO", "BEN")},
        ),
    ],
)
def test_meetings_mediator_meets_each_party(sentence_events, text, expected):
    found = {e[:3] for e in sentence_events(text) if e[3]}
    assert expected <= found
    assert not {e for e in found if {e[1], e[2]} <= {"CHE", "AUT"}}
