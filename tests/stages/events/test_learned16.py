"""Tests of branch learned16 (issue 17): the learned tagger's reach over the words the rules
leave uncoded (docs/events.md, "The learned tagger's reach")."""

from __future__ import annotations

import numpy as np

from diplograph.stages.events.arguments import MentionIndex
from diplograph.stages.events.tagger import TriggerTagger
from tests.stages.events.test_coder import _hand_parse, _stub_coder
from tests.stages.events.test_tagger import OneWord, write_model


def test_tagger_uses_the_threshold_chosen_over_uncoded_words(tmp_path):
    """A model file with a threshold for the words the rules leave uncoded tags with it: an
    unknown word (ASSAULT at about 0.27) is read under an uncoded threshold of 0.25, not
    under the all-words threshold of 0.5."""
    path = write_model(tmp_path / "m.npz", 0.5, uncoded_threshold=0.25)
    tagger = TriggerTagger.from_file(path)
    tagged = tagger.tag([3, 5], [["l=unknown"], ["l=say"]], ["unknown", "say"])
    assert [(t.token, t.event) for t in tagged] == [(3, "ASSAULT")]


def test_tagger_without_an_uncoded_threshold_keeps_its_own(tmp_path):
    tagger = TriggerTagger.from_file(write_model(tmp_path / "m.npz", 0.5))
    assert tagger.threshold == np.float32(0.5)
    assert tagger.tag([3], [["l=unknown"]], ["unknown"]) == []


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
