"""Tests of the coder's time savings (issue 17, docs/scale.md "Coder time, round 15"): each
screen or shared walk must keep what the full reading found."""

from __future__ import annotations

from dataclasses import replace

import pytest

from diplograph.stages.events.guards import sporting
from diplograph.stages.events.lexicon import Lexicon
from diplograph.stages.events.relations import relation_type
from diplograph.stages.events.triggers import match_verb
from diplograph.stages.events.words import (
    COMMITMENT_NOUNS,
    CONTEST_WORDS,
    DEFENSE_WORDS,
    PACT_NOUNS,
)
from tests.stages.events.test_coder import _hand_parse


@pytest.mark.parametrize("noun", sorted(PACT_NOUNS | COMMITMENT_NOUNS))
def test_speed15_relation_nouns_still_read_their_modifiers(noun):
    # "a security treaty", "a defense commitment": the lemma screen lets every relation noun
    # through to its modifiers
    parse = _hand_parse(
        [("security", "security", "NOUN", "compound", 1), (noun, noun, "NOUN", "ROOT", 1)]
    )
    assert "security" in DEFENSE_WORDS
    assert relation_type(parse, 1) is not None


def test_speed15_relation_screen_other_nouns():
    parse = _hand_parse(
        [("defense", "defense", "NOUN", "compound", 1), ("minister", "minister", "NOUN", "ROOT", 1)]
    )
    assert relation_type(parse, 1) is None


def _won(noun: str):
    """ "Spain won the <noun>"."""
    return _hand_parse(
        [
            ("Spain", "Spain", "PROPN", "nsubj", 1),
            ("won", "win", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            (noun, noun.lower(), "NOUN", "dobj", 1),
        ]
    )


@pytest.mark.parametrize("noun", [*sorted(CONTEST_WORDS), "Test"])
def test_speed15_contest_words_still_make_sport(noun):
    assert sporting(_won(noun), 1)


def test_speed15_test_first_in_sentence_is_no_contest():
    # "Test" opening a sentence is any test, not a cricket Test
    parse = _hand_parse(
        [
            ("Tests", "test", "NOUN", "nsubj", 1),
            ("angered", "anger", "VERB", "ROOT", 1),
            ("Japan", "Japan", "PROPN", "dobj", 1),
        ]
    )
    assert not sporting(parse, 1)


def _called(*rest: tuple[str, str, str, str, int]):
    """ "Russia called ..." with "Friday" a date, as the parser's entities mark it."""
    parse = _hand_parse(
        [("Russia", "Russia", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1), *rest]
    )
    dated = tuple(replace(t, ent_type="DATE") if t.text == "Friday" else t for t in parse.tokens)
    return replace(parse, tokens=dated)


def _reads_on(parse) -> bool:
    pattern = match_verb(parse, 1, Lexicon.load())
    return pattern is not None and any("on" in item.words for item in pattern.items)


def test_speed15_time_adjunct_read_in_one_walk():
    # "called on Ukraine" is an appeal; "called Ukraine on Friday" no "call on" ...
    assert _reads_on(
        _called(("on", "on", "ADP", "prep", 1), ("Ukraine", "Ukraine", "PROPN", "pobj", 2))
    )
    assert not _reads_on(
        _called(
            ("Ukraine", "Ukraine", "PROPN", "dobj", 1),
            ("on", "on", "ADP", "prep", 1),
            ("Friday", "Friday", "PROPN", "pobj", 3),
        )
    )
    # ... and a time adjunct in a clause under a preposition hides nothing outside it
    assert _reads_on(
        _called(
            ("on", "on", "ADP", "prep", 1),
            ("Ukraine", "Ukraine", "PROPN", "pobj", 2),
            ("before", "before", "ADP", "prep", 1),
            ("leaving", "leave", "VERB", "pcomp", 4),
            ("on", "on", "ADP", "prep", 5),
            ("Friday", "Friday", "PROPN", "pobj", 6),
        )
    )
