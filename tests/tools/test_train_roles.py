"""Tests of the role model's training tool: how it labels candidates and scores a role."""

from __future__ import annotations

import numpy as np

from diplograph.records import Actor, Mention

TEXT = "Japan said it condemned China and Russia."


def mention(text: str, code: str, kind: str = "name") -> Mention:
    start = TEXT.index(text)
    actor = Actor(text, code, code[:3])
    return Mention("t", 0, 0, 1, start, start + len(text), text, actor, kind)


def test_train_roles_labels_by_span_then_by_code(train_roles):
    """The recipients overlap their spans; "it" is no span's words, but carries the actor's
    code: the annotated "Japan" span is found first, so "it" stays NONE."""
    found = [mention("Japan", "JPN"), mention("it", "JPN", "pronoun"), mention("China", "CHN"),
             mention("Russia", "RUS")]  # fmt: skip
    event = {"actor": "Japan", "actor_code": "JPN", "recipient": ["China", "Russia"],
             "recipient_code": ["CHN", "RUS"]}  # fmt: skip
    labels = train_roles._labels({"text": TEXT}, event, found)
    assert labels == ["SOURCE", "NONE", "TARGET", "TARGET"]
    by_code = {"actor": "the Japanese", "actor_code": "JPN", "recipient": None,
               "recipient_code": None}  # fmt: skip
    assert train_roles._labels({"text": TEXT}, by_code, found) == [
        "SOURCE", "SOURCE", "NONE", "NONE"
    ]  # fmt: skip


def test_train_roles_scores_the_best_candidate_per_event(train_roles):
    """Event a: its best SOURCE candidate is right; event b: wrong; event c: under the
    threshold, and it has no SOURCE candidate."""
    keys = ["a", "a", "b", "b", "c"]
    labels = ["SOURCE", "NONE", "SOURCE", "NONE", "NONE"]
    probs = np.array([[0.1, 0.8, 0.1], [0.5, 0.4, 0.1], [0.6, 0.3, 0.1], [0.2, 0.7, 0.1],
                      [0.8, 0.1, 0.1]])  # fmt: skip
    figure = train_roles.role_scores(keys, labels, probs, "SOURCE", 0.5)
    assert (figure["predicted"], figure["gold"]) == (2, 2)
    assert (figure["precision"], figure["recall"]) == (0.5, 0.5)
