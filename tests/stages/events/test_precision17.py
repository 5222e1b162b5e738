"""Precision round 17 (issue 17): false events of the count, fixed by class."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.records import Article


def sides(pipeline, text: str) -> set[tuple]:
    """(type, actor code, recipient code) of the asserted events the learned coder makes."""
    parse = pipeline.nlp.parse(Article(id="p", text=text, published=date(2024, 6, 1)))
    return {
        (e.event_type, e.actor.code, e.recipient.code if e.recipient else None)
        for e in pipeline.code(parse).events
        if e.asserted
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a crowd's act named by a noun is not done by the police that break it up or watch it
        "Armenian police broke up a protest in Yerevan.",
        "Police in Lima used water cannon to break up a march against a pension reform.",
        "Armenian riot police beat journalists covering the protests in Yerevan, groups said.",
    ],
)
def test_police_acting_on_a_protest_did_not_protest(pipeline, text):
    assert not {s for s in sides(pipeline, text) if s[0] == "PROTEST" and s[1]}


@pytest.mark.slow
def test_crowd_that_protests_keeps_its_protest(pipeline):
    assert ("PROTEST", "CHLEDU", None) in sides(
        pipeline, "Chilean students staged a march in Santiago."
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's own force attacking, no target named, in a place of its own state
        ("The Libyan army launched air strikes on depots across Sirte.", "LBY"),
        ("The Sudanese army launched air strikes on markets across Omdurman.", "SDN"),
    ],
)
def test_attack_at_home_hits_the_state_it_happens_in(pipeline, text, expected):
    found = {s for s in sides(pipeline, text) if s[0] == "ASSAULT"}
    assert found and all(s[2] == expected for s in found)


@pytest.mark.slow
def test_bare_state_at_home_is_still_no_dyad(pipeline):
    assert not sides(pipeline, "Iraq shelled villages in Iraq.")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "home"),
    [
        # the sentence names the victims, of another state: the place's state is not the target
        ("Two French aid workers were killed when Malian rebels blew up a depot near Gao.", "MLI"),
        ("Chinese staff were hurt when Pakistani militants attacked a dam in Balochistan.", "PAK"),
    ],
)  # fmt: skip
def test_attack_at_home_with_foreign_victims_named_is_not_on_the_home_state(pipeline, text, home):
    assert not {s for s in sides(pipeline, text) if s[0] == "ASSAULT" and s[2] == home}
