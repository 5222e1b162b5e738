"""Tests of the tagger's features: what a candidate word is described by."""

from __future__ import annotations

from diplograph.records import Place
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


RAID = [
    ("Israel", "Israel", "PROPN", "poss", 2),
    ("'s", "'s", "PART", "case", 0),
    ("raid", "raid", "NOUN", "nsubj", 6),
    ("in", "in", "ADP", "prep", 2),
    ("Jenin", "Jenin", "PROPN", "pobj", 3),
    ("police", "police", "NOUN", "nsubj", 6),
    ("killed", "kill", "VERB", "ROOT", 6),
    ("men", "man", "NOUN", "dobj", 6),
]


def test_features_of_a_noun_with_an_actor_as_its_modifier_and_a_place_after_it():
    """ "Israel's raid in Jenin": the possessor is an actor (mod_actor), "in" holds a place,
    not an actor (pobj_place); its head's own relation is a feature (hd=ROOT)."""
    parse = _hand_parse(RAID)
    jenin = Place(parse.tokens[4].start, parse.tokens[4].end, "Jenin", 0, 4, 5, country="PSE")
    idx = MentionIndex(parse, [_mention(parse, 0, "ISR")], [jenin])
    features = set(token_features(parse, idx, 2, {}, None))
    assert {"mod_actor", "pobj_place=in", "hd=ROOT", "dep|hl=nsubj|kill"} <= features
    assert "pobj_actor=in" not in features and "subj_actor" not in features


def test_features_name_the_subject_and_object_words_and_their_entity_types():
    """ "police killed men": who acts and on whom, word and entity type (none here)."""
    parse = _hand_parse(RAID)
    idx = MentionIndex(parse, [_mention(parse, 0, "ISR")])
    features = set(token_features(parse, idx, 6, {}, None))
    assert {"subj=police", "subj_ent=-", "obj=man", "obj_ent=-"} <= features
    assert "mod_actor" not in features
