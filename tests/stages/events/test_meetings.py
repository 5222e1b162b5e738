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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "states"),
    [
        # no member hosts: every pair of members
        (
            "The leaders of Brazil, Argentina and Chile met in Geneva on Tuesday.",
            {"BRA", "ARG", "CHL"},
        ),
        ("A meeting of Kenya, Uganda and Tanzania ended without agreement.", {"KEN", "UGA", "TZA"}),
        # a bracketed member list after a group noun
        (
            "The finance ministers of the three Baltic states (Estonia, Latvia and Lithuania) "
            "met in Brussels on Friday.",
            {"EST", "LVA", "LTU"},
        ),
        (
            "He spoke after the Nordic (Norway, Sweden, Finland, Denmark) defence ministers "
            "meeting held in Brussels.",
            {"NOR", "SWE", "FIN", "DNK"},
        ),
    ],
)
def test_meetings_pairwise_multilateral(text, states):
    found = consults(text)
    for a in states:
        for b in states - {a}:
            assert found.get(frozenset((a, b))) == "multilateral", (a, b, found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leaders of Brazil, Argentina and Chile met in Santiago on Tuesday.",
            {("BRA", "CHL"), ("ARG", "CHL")},
        ),
        (
            "Foreign ministers from Egypt, Jordan and Saudi Arabia gathered in Cairo on Sunday.",
            {("JOR", "EGY"), ("SAU", "EGY")},
        ),
        (
            "The finance ministers of the three Baltic states (Estonia, Latvia and Lithuania) "
            "met in Riga on Friday.",
            {("EST", "LVA"), ("LTU", "LVA")},
        ),
    ],
)
def test_meetings_visitors_go_to_member_host(text, expected):
    events, _ = code_text(text)
    found = {(e.actor.country, e.recipient.country, e.mode) for e in events if e.asserted}
    assert found == {(a, r, "multilateral") for a, r in expected}


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
    multilateral = [e for e in events if e.mode == "multilateral"]
    assert len(multilateral) == 3
    assert all("(Belgium, Netherlands, Luxembourg)" in e.mention.text for e in multilateral)
