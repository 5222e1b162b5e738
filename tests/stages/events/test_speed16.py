"""Tests of the coder's time savings of round 16 (issue 17, docs/scale.md "Coder time, round
16"): a walk made only when a pattern asks for it must still be made then."""

from __future__ import annotations

import pytest

from diplograph.stages.events.lexicon import Lexicon
from diplograph.stages.events.triggers import match_verb
from tests.stages.events.test_coder import _hand_parse


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
