"""The NLP stage: what spaCy gives, and the lemma memo that must not change it."""

from __future__ import annotations

import pytest

from diplograph.stages.nlp import DEFAULT_MODEL, load_model

TEXTS = [
    "The ministers met in Geneva on Monday and agreed to resume talks.",
    "Russian forces shelled the city; officials said talks had stalled.",
    "She says the meetings were useful, and the ministers meet again soon.",
]


@pytest.mark.slow
def test_nlp_memoised_lemmas_equal_spacys():
    import spacy

    plain = spacy.load(DEFAULT_MODEL)
    ours = load_model(DEFAULT_MODEL)
    assert ours is not plain
    for _ in range(2):  # the second time, every lemma comes from the memo
        got = [[(t.lemma_, t.pos_, str(t.morph)) for t in d] for d in ours.pipe(TEXTS)]
        want = [[(t.lemma_, t.pos_, str(t.morph)) for t in d] for d in plain.pipe(TEXTS)]
        assert got == want
