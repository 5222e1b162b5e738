"""Tests of the learned argument-role model: its features, its choice of sides, and the
coder's use of it where the rules find no side."""

from __future__ import annotations

import json

import numpy as np
import pytest

from diplograph.errors import ReferenceDataError
from diplograph.records import Article
from diplograph.stages.events.arguments import MentionIndex
from diplograph.stages.events.roles import (
    RoleModel,
    path,
    role_features,
    sentence_candidates,
)
from tests.stages.events.test_coder import _hand_parse, _mention, _stub_coder
from tests.stages.events.test_tagger import OneWord


def write_model(path_, source=0.5, target=0.5):
    """SOURCE for a verb's own subject, TARGET for a preposition's object."""
    np.savez(
        path_,
        features=np.array(["path=vnsubj", "last=vpobj"]),
        weights=np.array([[0, 4, 0], [0, 0, 4]], dtype=np.float32),
        bias=np.array([1.0, 0.0, 0.0], dtype=np.float32),
        source=np.float32(source),
        target=np.float32(target),
        meta=np.array(json.dumps({"trained": "test"})),
    )
    return path_


def protested():
    """ "Iran protested against Iraq": no lexicon pattern needed; the tagger reads it."""
    parse = _hand_parse(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 1),
            ("protested", "protest", "VERB", "ROOT", 1),
            ("loudly", "loudly", "ADV", "advmod", 1),
            ("against", "against", "ADP", "prep", 1),
            ("Iraq", "Iraq", "PROPN", "pobj", 3),
        ]
    )
    return parse, [_mention(parse, 0, "IRN"), _mention(parse, 4, "IRQ")]


def test_roles_path_goes_up_to_the_common_head_then_down():
    parse, _ = protested()
    assert path(parse, 1, 0) == ([], ["nsubj"])
    assert path(parse, 1, 4) == ([], ["prep:against", "pobj"])
    assert path(parse, 4, 0) == (["pobj", "prep:against"], ["nsubj"])


def test_roles_features_name_the_governing_preposition_and_the_side():
    parse, mentions = protested()
    rows = {m.text: role_features(parse, 1, "PROTEST", m, mentions) for m in mentions}
    assert "gov=prep:against" in rows["Iraq"] and "side=after|3-5" in rows["Iraq"]
    assert "own_subject|v=verb" in rows["Iran"] and "side=before|1" in rows["Iran"]
    assert "nearer=0" in rows["Iran"] and "nearer=1" in rows["Iraq"]


def test_roles_candidates_are_the_sentence_mentions_but_the_trigger():
    parse, mentions = protested()
    idx = MentionIndex(parse, mentions)
    assert [m.text for m in sentence_candidates(parse, idx, 1)] == ["Iran", "Iraq"]
    assert [m.text for m in sentence_candidates(parse, idx, 0)] == ["Iraq"]
    assert parse.span_head(mentions[1].token_start, mentions[1].token_end) == 4


def test_roles_model_picks_source_and_target(tmp_path):
    parse, mentions = protested()
    model = RoleModel.from_file(write_model(tmp_path / "r.npz"))
    source, target = model.pick(parse, MentionIndex(parse, mentions), 1, "PROTEST")
    assert (source.text, target.text) == ("Iran", "Iraq")


@pytest.mark.parametrize(("target", "expected"), [(0.5, ("Iran", "Iraq")), (0.99, ("Iran", None))])
def test_roles_target_below_its_threshold_leaves_a_one_sided_event(tmp_path, target, expected):
    parse, mentions = protested()
    model = RoleModel.from_file(write_model(tmp_path / "r.npz", target=target))
    source, found = model.pick(parse, MentionIndex(parse, mentions), 1, "PROTEST")
    assert (source.text, found.text if found else None) == expected


def test_roles_no_source_above_its_threshold_gives_no_sides(tmp_path):
    parse, mentions = protested()
    model = RoleModel.from_file(write_model(tmp_path / "r.npz", source=0.99))
    assert model.pick(parse, MentionIndex(parse, mentions), 1, "PROTEST") == (None, None)


def test_roles_bad_file_is_a_reference_data_error(tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(ReferenceDataError):
        RoleModel.from_file(bad)


def test_roles_coder_takes_the_model_sides_where_the_rules_find_none(tmp_path):
    """ "Iran sided alongside Iraq" read by the tagger as COOPERATE: the rules find the
    subject but no recipient ("alongside" is no recipient preposition of theirs) and code
    nothing; the model reads Iraq as the target."""
    parse = _hand_parse(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 1),
            ("sided", "side", "VERB", "ROOT", 1),
            ("alongside", "alongside", "ADP", "prep", 1),
            ("Iraq", "Iraq", "PROPN", "pobj", 2),
        ]
    )
    mentions = [_mention(parse, 0, "IRN"), _mention(parse, 3, "IRQ")]
    coder = _stub_coder()
    coder.triggers.tagger = OneWord("side", "COOPERATE")
    assert coder.code(parse, mentions, [], [])[0] == []
    coder.roles = RoleModel.from_file(write_model(tmp_path / "r.npz"))
    events, _ = coder.code(parse, mentions, [], [])
    assert [(e.event_type, e.actor.country, e.recipient.country) for e in events] == [
        ("COOPERATE", "IRN", "IRQ")
    ]


CLEAR = [
    # (sentence, trigger word, type, source, target): constructions written for this test
    ("Russian troops shelled Ukrainian villages on Monday.", "shelled", "ASSAULT", "RUS", "UKR"),
    ("Ukrainian villages were shelled by Russian troops.", "shelled", "ASSAULT", "RUS", "UKR"),
    ("The Russian invasion of Ukraine began in February.", "invasion", "ASSAULT", "RUS", "UKR"),
    ("Israel launched airstrikes on Syria.", "airstrikes", "ASSAULT", "ISR", "SYR"),
    ("The French president accused Iran of enriching uranium.", "accused", "ACCUSE", "FRA", "IRN"),
    ("Egypt's foreign minister said Israel must withdraw its forces.", "withdraw", "RETREAT",
     "ISR", None),
]  # fmt: skip


@pytest.fixture(scope="module")
def shipped():
    model = RoleModel.load()
    if model is None:
        pytest.skip("no shipped role model")
    return model


@pytest.mark.parametrize(("text", "word", "event", "source", "target"), CLEAR)
def test_roles_shipped_model_picks_the_sides_of_clear_constructions(
    shipped, nlp, actors, text, word, event, source, target
):
    from diplograph.stages.actors import find_mentions

    parse = nlp.parse(Article(id="t", text=text))
    idx = MentionIndex(parse, find_mentions(parse, actors, None))
    trigger = next(t.i for t in parse.tokens if t.text == word)
    a, r = shipped.pick(parse, idx, trigger, event)
    assert (a.actor.country if a else None, r.actor.country if r else None) == (source, target)


def test_roles_coder_leaves_the_rules_unpaired_readings_alone(tmp_path):
    """ "Iran cooperated alongside Iraq": the lexicon reads the verb (SUPPORT) but finds no
    recipient; the model pairs only the tagger's readings, so no event is made."""
    parse = _hand_parse(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 1),
            ("cooperated", "cooperate", "VERB", "ROOT", 1),
            ("alongside", "alongside", "ADP", "prep", 1),
            ("Iraq", "Iraq", "PROPN", "pobj", 2),
        ]
    )
    mentions = [_mention(parse, 0, "IRN"), _mention(parse, 3, "IRQ")]
    coder = _stub_coder()
    readings = coder.triggers.readings(parse, MentionIndex(parse, mentions), 0, 4)
    assert [(r.event, r.learned) for r in readings] == [("SUPPORT", None)]
    coder.roles = RoleModel.from_file(write_model(tmp_path / "r.npz"))
    assert coder.code(parse, mentions, [], [])[0] == []
