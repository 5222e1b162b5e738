"""Tests of branch learned16 (issue 17): the learned tagger's reach over the words the rules
leave uncoded (docs/events.md, "The learned tagger's reach")."""

from __future__ import annotations

from diplograph.stages.events.arguments import MentionIndex
from tests.stages.events.test_coder import _hand_parse, _stub_coder
from tests.stages.events.test_tagger import OneWord


def _no_actor(words):
    return _hand_parse(words), []


def test_tagger_reads_a_sideless_type_in_a_sentence_with_no_actor():
    """ "Rallies swept the provinces": no actor, a PROTEST the tagger reads becomes a sideless
    event (sideless.py), as a rule reading of the noun would."""
    parse, mentions = _no_actor(
        [
            ("Rallies", "rally", "NOUN", "nsubj", 1),
            ("swept", "sweep", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("provinces", "province", "NOUN", "dobj", 1),
        ]
    )
    coder = _stub_coder()
    coder.triggers.tagger = OneWord("rally", "PROTEST")
    events, _ = coder.code(parse, mentions, [], [])
    assert [(e.event_type, e.recipient) for e in events] == [("PROTEST", None)]


def test_tagger_reads_no_two_sided_type_in_a_sentence_with_no_actor():
    """ "Envoys caucused in the lobby": a CONSULT needs its sides; with no actor the tagger's
    reading of it is not even made."""
    parse, _ = _no_actor(
        [
            ("Envoys", "envoy", "NOUN", "nsubj", 1),
            ("caucused", "caucus", "VERB", "ROOT", 1),
            ("in", "in", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 4),
            ("lobby", "lobby", "NOUN", "pobj", 2),
        ]
    )
    coder = _stub_coder()
    coder.triggers.tagger = OneWord("caucus", "CONSULT")
    readings = coder.triggers.readings(parse, MentionIndex(parse, [], []), 0, 5)
    assert [r for r in readings if r.learned is not None] == []
