"""Tests of the learned trigger tagger: scoring a model file, and the coder's use of it."""

from __future__ import annotations

import json

import numpy as np
import pytest

from diplograph.errors import ReferenceDataError
from diplograph.stages.events.tagger import Tagged, TriggerTagger
from tests.stages.events.test_coder import _hand_parse, _mention, _stub_coder


def write_model(path, threshold=0.5, **screen):
    """Classes O and ASSAULT; feature l=harry pushes to ASSAULT, l=say to O."""
    np.savez(
        path,
        classes=np.array(["ASSAULT", "O"]),
        features=np.array(["l=harry", "l=say"]),
        sparse=np.array([[4.0, 0.0], [0.0, 4.0]], dtype=np.float32),
        dense=np.zeros((0, 2), dtype=np.float32),
        bias=np.array([0.0, 1.0], dtype=np.float32),
        threshold=np.float32(threshold),
        meta=np.array(json.dumps({"trained": "test"})),
        **{k: np.float32(v) for k, v in screen.items()},
    )
    return path


def test_tagger_counts_a_repeated_feature_once(tmp_path):
    tagger = TriggerTagger.from_file(write_model(tmp_path / "m.npz"))
    once, twice = tagger.scores([["l=harry"], ["l=harry", "l=harry"]], ["harry", "harry"])
    assert np.allclose(once, twice)
    assert np.allclose(once.sum(), 1.0)


@pytest.mark.parametrize(
    ("screen", "expected"), [(None, [True, True, True]), (2.0, [True, False, True])]
)
def test_tagger_screen_spares_lemmas_far_from_any_event(tmp_path, screen, expected):
    """With a screen of 2 log-odds, "say" (ASSAULT 5 below O) is not read in context; "harry"
    (3 above) and an unknown word (1 below, the bias alone) are."""
    model = write_model(tmp_path / "m.npz", **({} if screen is None else {"screen": screen}))
    tagger = TriggerTagger.from_file(model)
    words = [("harry", ["l=harry"]), ("say", ["l=say"]), ("xyzzy", ["l=xyzzy"])]
    assert [tagger.may_tag(lemma, names) for lemma, names in words] == expected


def test_tagger_tags_only_words_over_the_threshold(tmp_path):
    tagger = TriggerTagger.from_file(write_model(tmp_path / "m.npz"))
    rows = [["l=harry", "pos=VERB"], ["l=say"], ["l=unknown"]]
    tagged = tagger.tag([3, 5, 7], rows, ["harry", "say", "unknown"])
    assert [(t.token, t.event) for t in tagged] == [(3, "ASSAULT")]
    assert 0.5 < tagged[0].probability < 1


@pytest.mark.parametrize("threshold, expected", [(0.99, []), (0.001, [3, 5, 7])])
def test_tagger_threshold_decides(tmp_path, threshold, expected):
    tagger = TriggerTagger.from_file(write_model(tmp_path / "m.npz", threshold))
    tagged = tagger.tag([3, 5, 7], [["l=harry"], ["l=say"], []], ["harry", "say", "x"])
    assert [t.token for t in tagged] == expected


def test_tagger_bad_file_is_a_reference_data_error(tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(ReferenceDataError):
        TriggerTagger.from_file(bad)


class OneWord:
    """A tagger that reads one lemma as one event type."""

    def __init__(self, lemma, event):
        self.lemma, self.event = lemma, event

    def may_tag(self, lemma, names):
        return True

    def tag(self, tokens, rows, lemmas):
        return [Tagged(t, self.event, 0.6) for t, w in zip(tokens, lemmas, strict=True)
                if w == self.lemma]  # fmt: skip


def outflanked():
    parse = _hand_parse(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 1),
            ("outflanked", "outflank", "VERB", "ROOT", 1),
            ("Iraq", "Iraq", "PROPN", "dobj", 1),
        ]
    )
    return parse, [_mention(parse, 0, "IRN"), _mention(parse, 2, "IRQ")]


def test_tagger_codes_a_word_the_rules_do_not_know():
    parse, mentions = outflanked()
    rules = _stub_coder()
    assert rules.code(parse, mentions, [], [])[0] == []
    coder = _stub_coder()
    coder.triggers.tagger = OneWord("outflank", "ASSAULT")
    events, _ = coder.code(parse, mentions, [], [])
    assert [(e.event_type, e.actor.country, e.recipient.country) for e in events] == [
        ("ASSAULT", "IRN", "IRQ")
    ]
    assert events[0].confidence <= 0.6


def test_tagger_never_overrides_a_rule_reading():
    parse = _hand_parse(
        [
            ("Japan", "Japan", "PROPN", "nsubj", 1),
            ("condemned", "condemn", "VERB", "ROOT", 1),
            ("China", "China", "PROPN", "dobj", 1),
        ]
    )
    mentions = [_mention(parse, 0, "JPN"), _mention(parse, 2, "CHN")]
    coder = _stub_coder()
    coder.triggers.tagger = OneWord("condemn", "ASSAULT")
    events, _ = coder.code(parse, mentions, [], [])
    assert [e.event_type for e in events] == ["ACCUSE"]


def test_tagger_table_grows_for_new_lemmas(tmp_path):
    """Each lemma seen takes a row below the features' weights; past the first room the table
    grows and every lemma keeps its row."""
    tagger = TriggerTagger.from_file(write_model(tmp_path / "m.npz", screen=2.0))
    lemmas = [f"w{n}" for n in range(3000)]
    assert not any(tagger.may_tag(lemma, ["l=say"]) for lemma in lemmas)
    probs = tagger.scores([["l=harry"]] * len(lemmas), lemmas)
    assert np.allclose(probs, probs[0]) and probs[0, 0] > 0.5
