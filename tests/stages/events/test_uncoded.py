"""Tests of sides with no code: a clear event keeps the words of a party the dictionaries lack."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import _hand_parse, _mention, _stub_coder, code_text


def sides(text: str) -> set[tuple]:
    """(type, actor, recipient) of the asserted events; a side with no code as its words."""
    events, _ = code_text(text)

    def side(actor):
        if actor is None:
            return None
        return actor.country or f"~{actor.name}"

    return {(e.event_type, side(e.actor), side(e.recipient)) for e in events if e.asserted}


def test_uncoded_hand_parse_subject_with_no_code():
    parse = _hand_parse(
        [
            ("Gunmen", "gunman", "NOUN", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("Iraq", "Iraq", "PROPN", "dobj", 1),
        ]
    )
    [event] = _stub_coder().code(parse, [_mention(parse, 2, "IRQ")], [], [])[0]
    assert (event.event_type, event.recipient.country) == ("ASSAULT", "IRQ")
    assert (event.actor.code, event.actor.country, event.actor.name) == (None, None, "Gunmen")


def test_uncoded_hand_parse_no_event_without_a_coded_side():
    parse = _hand_parse(
        [
            ("Gunmen", "gunman", "NOUN", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("protesters", "protester", "NOUN", "dobj", 1),
        ]
    )
    assert _stub_coder().code(parse, [], [], [])[0] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked an Iraqi police station on Monday.", ("ASSAULT", "~Gunmen", "IRQ")),
        (
            "Unnamed attackers killed three Afghan soldiers.",
            ("ASSAULT", "~Unnamed attackers", "AFG"),
        ),
        ("Russian troops fired on militants near the border.", ("ASSAULT", "RUS", "~militants")),
        ("Pakistani forces arrested dozens of militants.", ("COERCE", "PAK", "~militants")),
        ("A crowd protested against Britain outside its embassy.", ("PROTEST", "~A crowd", "GBR")),
        # a wire credit before a dash is no word of the party
        ("Reuters - Gunmen attacked an Iraqi police station.", ("ASSAULT", "~Gunmen", "IRQ")),
    ],
)
def test_uncoded_party_keeps_its_words(text, expected):
    assert expected in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "They attacked Iraqi police.",  # a pronoun with no antecedent
        "The group met French officials.",  # "the group" stands for a name said before
        "Israel signed a treaty.",  # a thing, not a party
        "Gunmen attacked a crowd of protesters.",  # no coded side at all
    ],
)
def test_uncoded_no_side_from_pronouns_things_or_nothing_coded(text):
    assert not any(a is not None and a.startswith("~") for _, a, _ in sides(text))
    assert not any(r is not None and r.startswith("~") for _, _, r in sides(text))
