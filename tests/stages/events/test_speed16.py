"""Tests of the coder's time savings of round 16 (issue 17, docs/scale.md "Coder time, round
16"): a walk made only when a pattern asks for it must still be made then."""

from __future__ import annotations

import pytest

from diplograph.stages.events.arguments import MentionIndex, dateline_end
from diplograph.stages.events.lexicon import Lexicon
from diplograph.stages.events.triggers import match_verb
from tests.stages.events.test_coder import _hand_parse, _mention


def _verb_prep_object(lemma: str, prep: str, noun: str):
    """ "Russia <lemma>ed <prep> the <noun>"."""
    return _hand_parse(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 1),
            (lemma + "ed", lemma, "VERB", "ROOT", 1),
            (prep, prep, "ADP", "prep", 1),
            ("the", "the", "DET", "det", 4),
            (noun, noun, "NOUN", "pobj", 2),
        ]
    )


@pytest.mark.parametrize(
    ("lemma", "prep", "noun", "cameo"),
    [
        ("abduct", "at", "gunpoint", "181"),
        ("abstain", "from", "violence", "087"),
        ("abstain", "from", "business", "1211"),
        ("accept", "as", "partner", "050"),
    ],
)
def test_speed16_pattern_object_words_are_still_read(lemma, prep, noun, cameo):
    # the object words of a preposition are walked lazily: a pattern naming them still fits,
    # and the object chooses between two patterns of one preposition
    pattern = match_verb(_verb_prep_object(lemma, prep, noun), 1, Lexicon.load())
    assert pattern is not None and pattern.cameo == cameo
    assert any(noun in item.objects for item in pattern.items)


def test_speed16_other_object_does_not_fit_an_object_pattern():
    pattern = match_verb(_verb_prep_object("abstain", "from", "talks"), 1, Lexicon.load())
    assert pattern is None or not any(item.objects for item in pattern.items)


def test_speed16_dateline_found_once_is_the_articles():
    # the index keeps the dateline's end for every finder of the article: the same token as
    # the walk it replaces, and a mention inside the dateline is still no side
    parse = _hand_parse(
        [
            ("BAGHDAD", "BAGHDAD", "PROPN", "ROOT", 0),
            ("(", "(", "PUNCT", "punct", 2),
            ("Reuters", "Reuters", "PROPN", "appos", 0),
            (")", ")", "PUNCT", "punct", 2),
            ("-", "-", "PUNCT", "punct", 0),
            ("Iraq", "Iraq", "PROPN", "nsubj", 6),
            ("protested", "protest", "VERB", "ROOT", 6),
        ]
    )
    idx = MentionIndex(parse, [_mention(parse, 0, "IRQ"), _mention(parse, 5, "IRQ")])
    assert idx.dateline == dateline_end(parse) == 5
    assert not idx.at(0) and idx.at(5)
