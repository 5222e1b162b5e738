"""Tests of assertion.py: history remembered, plans and headline infinitives (issue 17)."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import asserted, code_text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a commemoration is no event; the event commemorated is history
        "Britain's prince and cavalry re-enactors commemorated the charge of the Light Brigade "
        "on Monday, 150 years after the doomed British assault against Russian cannons.",
        "Polish veterans commemorated the Soviet invasion of Poland in Warsaw on Friday.",
        # an anniversary's event is history
        "Crowds in Baghdad marked the first anniversary of the American invasion of Iraq.",
        # planned acts have not happened
        "Ethiopia has intercepted 15 suspected members of a terrorist group for allegedly "
        "planning attacks on the Kenyan embassy in Addis Ababa.",
        "Turkish police foiled a planned attack on the US consulate in Istanbul.",
        # a refusal to make a statement is no rejection
        "The US State Department declined to comment on the Cuban leader's health.",
        "A Russian embassy spokesman in London refused to say whether the diplomats had left.",
        "The US declines to wish Fidel Castro a speedy recovery after he fractures bones.",
        # a forecast is no commitment
        "Malaysia expects to resume poultry exports to Singapore soon.",
    ],
)
def test_assertion_remembered_and_planned_acts_are_not_news(text):
    assert not asserted(text)


@pytest.mark.slow
def test_assertion_headline_infinitive_is_a_promise():
    events, _ = code_text("Spanish PM to host French, German allies in Madrid summit")
    assert events and all(e.event_type == "AGREE" and e.aux == "future" for e in events)


@pytest.mark.slow
def test_assertion_headline_infinitive_of_a_hostile_act_has_not_happened():
    events, _ = code_text("Japan to impose sanctions on North Korea")
    assert [(e.event_type, e.aux, e.asserted) for e in events] == [("SANCTION", "future", False)]


@pytest.mark.slow
def test_assertion_refusal_of_an_act_is_still_a_rejection():
    assert ("REJECT", "IRN", None) in asserted(
        "Iran refused to suspend uranium enrichment, defying the European Union."
    )


@pytest.mark.slow
def test_assertion_recent_events_stay_asserted():
    assert ("ASSAULT", "USA", "IRQ") in asserted(
        "Two days after the vote, American jets bombed Iraqi positions near Falluja."
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "China insists that Taiwan is a Chinese province.",
        "Pakistan insisted that its nuclear scientists were under control.",
        "The Iranian foreign minister insisted that Tehran has never sought nuclear weapons.",
    ],
)
def test_assertion_insisting_on_a_fact_is_no_request(text):
    """'insisted that X is ...' maintains a claim; only 'insisted that X do ...' or 'insisted
    on ...' asks something of someone."""
    assert not any(event == "REQUEST" for event, _, _ in asserted(text))


@pytest.mark.slow
def test_assertion_insisting_that_a_party_act_is_still_a_request():
    assert ("REQUEST", "USA", "IRN") in asserted(
        "The United States insisted that Iran halt uranium enrichment."
    )


@pytest.mark.parametrize(
    "text",
    [
        # dated after publication: the visit has not happened, whatever the main verb says
        "The deal is due during the Turkish prime minister's visit to Greece next month.",
        "Officials expect the accord during Erdogan's visit to Athens next week.",
    ],
)
def test_assertion_an_event_dated_after_publication_is_to_come(sentence_events, text):
    found = sentence_events(text)
    assert not {e for e in found if e[0] == "CONSULT" and e[3]}


@pytest.mark.parametrize(
    ("text", "asserted_here"),
    [
        # the act a speaker denies is not asserted; the same act said is
        ("Russia denied that its troops shelled the town.", False),
        ("Iran denied it had attacked the tanker.", False),
        ("Russia said its troops shelled the town.", True),
    ],
)
def test_assertion_a_denied_act_is_not_asserted(sentence_events, text, asserted_here):
    assert {e[3] for e in sentence_events(text) if e[0] == "ASSAULT"} == {asserted_here}


def test_assertion_a_denial_after_an_accusation_leaves_the_accusation(sentence_events):
    text = "Washington accuses Tehran of supplying the rebels with drones; Iran denies arming them."
    assert ("ACCUSE", "USA", "IRN", True) in sentence_events(text)
