"""Tests of branch learned16 (issue 17): the learned tagger's reach over the words the rules
leave uncoded (docs/events.md, "The learned tagger's reach")."""

from __future__ import annotations

import numpy as np

from diplograph.stages.events.tagger import TriggerTagger
from tests.stages.events.test_tagger import write_model


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
