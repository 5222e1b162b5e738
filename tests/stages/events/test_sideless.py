"""Tests of events with no coded side: the type is clear, the sides are not named or coded."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import _hand_parse, _stub_coder
from tests.stages.events.test_uncoded import sides


def _code(words):
    return [e for e in _stub_coder().code(_hand_parse(words), [], [], [])[0] if e.asserted]


def test_sideless_hand_parse_passive_with_no_doer():
    events = _code(
        [
            ("Three", "three", "NUM", "nummod", 1),
            ("men", "man", "NOUN", "nsubjpass", 3),
            ("were", "be", "AUX", "auxpass", 3),
            ("arrested", "arrest", "VERB", "ROOT", 3),
        ]
    )
    [event] = events
    assert event.event_type == "COERCE"
    assert (event.actor.country, event.actor.name) == (None, "unnamed")
    assert (event.recipient.country, event.recipient.name) == (
        None,
        "men",
    )  # no noun chunks in a hand parse


@pytest.mark.parametrize(
    "words",
    [
        # an active verb with no subject says nothing of who acted
        [("Arrest", "arrest", "VERB", "ROOT", 0), ("them", "they", "PRON", "dobj", 0)],
        # a pronoun: someone the text named before
        [
            ("They", "they", "PRON", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("villages", "village", "NOUN", "dobj", 1),
        ],
    ],
)
def test_sideless_hand_parse_no_event(words):
    assert not _code(words)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes erupted in the capital on Monday.", ("ASSAULT", "~unnamed", None)),
        ("A bomb exploded at a market, killing 12 people.", ("ASSAULT", "~unnamed", None)),
        ("Thousands of people took to the streets on Friday.", ("PROTEST", "~people", None)),
        # an attack or an arrest at a place of one state hits that state
        ("Four people were killed in a grenade attack in Kabul.", ("ASSAULT", "~unnamed", "AFG")),
    ],
)
def test_sideless_event_keeps_its_type(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "This is an attack on the rights of shareholders.",  # what something is
        "Nobody knows when the end of the war will come.",  # a part of an event
        "Gunmen attacked a crowd of protesters.",  # a party the guide would give a state
        "Five miners were killed by an explosion in a coal mine.",  # an industrial blast
        "A gas explosion at a carnival killed eight people.",  # a fuel blowing up
        "Ten soldiers were killed in Kabul in raids by American troops.",  # their attack
        "The senator wants Canberra to take a firmer stance on the war in Sudan.",  # a topic
    ],
)
def test_sideless_no_event(text):
    assert not {s for s in sides(text) if s[1] is None or s[1].startswith("~")}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whoever reports the blast ("..., police said") is no party that may have done it
        (
            "A bomb exploded near a bus station in Mombasa on Friday, wounding 12 people, "
            "Kenyan police said.",
            ("ASSAULT", "~unnamed", "KEN"),
        ),
        (
            "A car bomb exploded outside a hotel in central Kabul on Monday, killing at least "
            "nine people, police said.",
            ("ASSAULT", "~unnamed", "AFG"),
        ),
    ],
)
def test_sideless_a_reporter_did_not_do_it(text, expected):
    assert expected in sides(text)
