"""Tests of the training tools' --synthetic option: the synthetic stories' sentences are read
only with --synthetic (docs/events.md, "Synthetic training data")."""

from __future__ import annotations

import argparse
import json

import pytest


def line(source: str, article: str) -> str:
    record = {"id": f"{article}-0", "split": "train", "source": source, "article": article,
              "sentence_index": 0, "text": "Troops shelled the town.", "events": []}  # fmt: skip
    return json.dumps(record) + "\n"


@pytest.fixture
def corpus(tmp_path, train_coder, monkeypatch):
    monkeypatch.setattr(train_coder, "blind_articles", set)
    (tmp_path / "batch_01.jsonl").write_text(line("case2021", "case2021-1"))
    (tmp_path / "batch_15.jsonl").write_text(line("ngec", "ngec-7") + line("ngec", "ngec-8"))
    return tmp_path


@pytest.mark.parametrize(("synthetic", "articles"), [
    (False, ["case2021-1"]),
    (True, ["case2021-1", "ngec-7", "ngec-8"]),
])  # fmt: skip
def test_train_coder_leaves_synthetic_sentences_out_when_asked(
    train_coder, corpus, synthetic, articles
):
    records, files = train_coder.sentences(corpus, synthetic)
    assert sorted(r["article"] for r in records) == articles
    assert [p.name for p in files] == ["batch_01.jsonl", "batch_15.jsonl"]


@pytest.mark.parametrize(("argv", "expected"), [
    ([], False),
    (["--synthetic"], True),
    (["--no-synthetic"], False),
])  # fmt: skip
def test_train_coder_synthetic_option_defaults_to_real_news_only(train_coder, argv, expected):
    ap = argparse.ArgumentParser()
    train_coder.synthetic_option(ap)
    assert ap.parse_args(argv).synthetic is expected


def test_train_roles_shares_the_synthetic_option(train_roles):
    """The role model reads the same sentences as the tagger: one option, one filter."""
    assert train_roles.sentences.__module__ == "train_coder"
    assert train_roles.synthetic_option.__module__ == "train_coder"
