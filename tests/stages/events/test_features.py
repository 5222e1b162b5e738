"""Tests of the tagger's features: what a candidate word is described by."""

from __future__ import annotations

from diplograph.stages.events.arguments import MentionIndex
from diplograph.stages.events.features import actors_under, lemma_features, token_features
from tests.stages.events.test_coder import _hand_parse, _mention

WORDS = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("accused", "accuse", "VERB", "ROOT", 1),
    ("officials", "official", "NOUN", "dobj", 1),
    ("of", "of", "ADP", "prep", 2),
    ("Iraq", "Iraq", "PROPN", "pobj", 3),
    ("on", "on", "ADP", "prep", 1),
    ("Monday", "Monday", "PROPN", "pobj", 5),
]


def test_features_actors_under_is_every_phrase_holding_an_actor():
    parse = _hand_parse(WORDS)
    idx = MentionIndex(parse, [_mention(parse, 0, "IRN"), _mention(parse, 4, "IRQ")])
    under = actors_under(parse, idx, 0, len(WORDS))
    expected = {i for i in range(len(WORDS)) if any(idx.at(j) for j in parse.subtree(i))}
    assert under == expected == {0, 1, 2, 3, 4}


def test_features_of_a_verb_with_actors_in_its_slots():
    parse = _hand_parse(WORDS)
    idx = MentionIndex(parse, [_mention(parse, 0, "IRN"), _mention(parse, 4, "IRQ")])
    features = token_features(parse, idx, 1, {"accuse": ("ACCUSE",)}, None)
    assert lemma_features("accuse", {"accuse": ("ACCUSE",)}) == ["l=accuse", "lex=ACCUSE"]
    assert {"l=accuse", "lex=ACCUSE", "subj_actor", "obj_actor", "obj=official"} <= set(features)
    assert {"prep=on", "pobj=on|monday", "rule=-"} <= set(features)
    assert "pobj_actor=on" not in features and "is_actor" not in features
    assert lemma_features("week", {}) == ["l=week", "lex=-"]
