"""Tests of the sentence set's scorer: quad-class accuracy and the causes of misses."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def ev():
    return load("eval_sentences", ROOT / "eval" / "eval_sentences.py")


@pytest.fixture(scope="module")
def scorer():
    return load("score", ROOT.parent / "shared" / "eval" / "score.py")


def gold(gid, kind, article, source="USA", target="CHN"):
    mention = {"article": article, "evidence": "x", "date_in_text": None}
    return {"id": gid, "type": kind, "source": source, "target": target, "date": None,
            "required": True, "mentions": [mention]}  # fmt: skip


def event(kind, article, confidence, source="USA", target="CHN"):
    return {"event_type": kind, "actor": {"country": source}, "recipient": {"country": target},
            "confidence": confidence, "mentions": [{"article": article, "text": "x"}]}  # fmt: skip


def test_quad_accuracy_reads_the_most_confident_event_and_counts_none_as_wrong(ev, scorer):
    golds = [gold("1", "ACCUSE", "a"), gold("2", "AID", "b"), gold("3", "PROTEST", "c")]
    # a: the confident REJECT (verbal conflict) decides, not the AGREE; b: AID read as
    # COOPERATE is the same quad class; c: nothing predicted
    events = [event("AGREE", "a", 0.5), event("REJECT", "a", 0.7), event("COOPERATE", "b", 0.6)]
    accuracy, pairs = ev.quad_accuracy(golds, events, scorer)
    assert accuracy == pytest.approx(0.667)
    assert pairs["material conflict", None] == 1


def test_misses_by_cause(ev, scorer):
    golds = [gold(str(i), "SANCTION", a) for i, a in enumerate("abcd")]
    asserted = [event("SANCTION", "a", 0.7, target="RUS"), event("COERCE", "b", 0.7)]
    unasserted = [event("SANCTION", "c", 0.7)]
    counts = ev.misses(golds, {"0", "1", "2", "3"}, asserted, unasserted, scorer)
    assert counts == {
        ("SANCTION", "wrong sides"): 1,
        ("SANCTION", "other type"): 1,
        ("SANCTION", "not asserted"): 1,
        ("SANCTION", "nothing"): 1,
    }
