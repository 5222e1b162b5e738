"""Round 17 of the trigger fixes (branch `triggers17`, docs/triggers_round17.md): invented
sentences, none from the corpus."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import code_text


def _coded(text: str) -> set[tuple[str, str | None, str | None]]:
    events, _ = code_text(text)
    return {
        (e.event_type, e.actor.country, e.recipient.country if e.recipient else None)
        for e in events
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a court's conviction at home is of its own people, as its arrest is
        ("A Pakistani court sentenced a militant to twenty years in jail on Friday.", "PAK"),
        ("A Nigerian court sentenced three kidnappers to death on Tuesday.", "NGA"),
        ("A Kenyan court convicted two bandits of robbery on Monday.", "KEN"),
    ],
)
def test_conviction_at_home_is_of_the_courts_state(text, state):
    assert ("SANCTION", state, state) in _coded(text)


@pytest.mark.slow
def test_conviction_of_a_named_foreigner_keeps_its_target():
    coded = _coded("A Thai court sentenced a British man to life in prison.")
    assert ("SANCTION", "THA", "GBR") in coded


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # a meeting a participant is set or due for is to come: AGREE, not the meeting itself
        ("Japanese PM set for visit to Vietnam", ("JPN", "VNM")),
        ("The Japanese prime minister is due for a visit to Vietnam next month.", ("JPN", "VNM")),
        (
            "The Turkish foreign minister is due for talks with his Greek counterpart.",
            ("TUR", "GRC"),
        ),
    ],
)
def test_meeting_scheduled_for_is_an_agreement(text, dyad):
    assert _coded(text) == {("AGREE", *dyad)}


@pytest.mark.slow
def test_meeting_arrived_for_stays_a_meeting():
    text = "The Japanese prime minister arrived for a visit to Vietnam on Monday."
    assert _coded(text) == {("CONSULT", "JPN", "VNM")}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # a court's jailing, or one for a term, is a sentence to prison: convicted and held
        ("An Egyptian court jailed a Canadian journalist on Monday.", ("EGY", "CAN")),
        ("Iran jailed a French academic for five years on Saturday.", ("IRN", "FRA")),
        # ... the convict of the court's own state, whatever place the deed punished names
        (
            "A Jordanian court jailed a militant for six months for financing bombings in Iraq.",
            ("JOR", "JOR"),
        ),
    ],
)
def test_jailing_by_a_court_is_a_conviction_and_an_arrest(text, dyad):
    assert {("SANCTION", *dyad), ("COERCE", *dyad)} <= _coded(text)


@pytest.mark.slow
def test_jailing_by_police_stays_an_arrest():
    assert _coded("Chinese police jailed dozens of protesters overnight.") == {
        ("COERCE", "CHN", "CHN")
    }
