"""Tests of the tagger's training tool: how it chooses the decision threshold."""

from __future__ import annotations

import pytest


def test_train_coder_f1_prefers_the_recall_that_f_half_gives_up(train_coder):
    """A threshold at P 0.63 / R 0.55 against one at P 0.77 / R 0.40: F1 takes the first,
    F0.5 (precision counted double) the second."""
    low = {"precision": 0.63, "recall": 0.55}
    high = {"precision": 0.77, "recall": 0.40}
    f1, f_half = (train_coder.OBJECTIVES[k] for k in ("f1", "f0.5"))
    assert train_coder.f_beta(low, f1) > train_coder.f_beta(high, f1)
    assert train_coder.f_beta(low, f_half) < train_coder.f_beta(high, f_half)
    assert train_coder.f_beta({"precision": 0.5, "recall": 0.5}, f1) == pytest.approx(0.5)
    assert train_coder.f_beta({"precision": 0.0, "recall": 0.0}, f1) == 0.0
