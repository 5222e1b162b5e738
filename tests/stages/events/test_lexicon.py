"""Tests of the event lexicon's tables as the coder reads them."""

from __future__ import annotations

from diplograph.stages.events.lexicon import Lexicon


def test_lexicon_verb_patterns_longest_first():
    """`match_verb` takes the first pattern that fits as the most specific: each verb's
    patterns must come longest first."""
    for lemma, patterns in Lexicon.load().verbs.items():
        sizes = [len(p.items) for p in patterns]
        assert sizes == sorted(sizes, reverse=True), lemma
