"""Every stage runs over every text of the development sets without an error.

A rule that fails on one phrasing costs its article every event in ingest ("years-long" once
raised IndexError in the date rules, and no unit test had that word). The development sets hold
long and varied news, so such a failure shows here first. The blind sets are left out: nobody
reads them, not even a test.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from diplograph.pipeline import CodingFailure
from diplograph.records import Article

pytestmark = pytest.mark.slow

EVAL = Path(__file__).resolve().parents[1] / "eval"
SETS = sorted(p for p in EVAL.glob("*/articles.jsonl") if "blind" not in p.parent.name)


def articles(path: Path) -> list[Article]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            record = json.loads(line)
            published = record.get("published")
            out.append(
                Article(
                    id=f"{path.parent.name}:{n}",
                    text=record["text"],
                    title=record.get("title"),
                    published=date.fromisoformat(published[:10]) if published else None,
                )
            )
    return out


def test_the_development_sets_are_found():
    assert len(SETS) >= 10


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.parent.name)
def test_no_stage_fails_on_a_development_text(pipeline, path):
    failed = [
        c for c in pipeline.pipe(articles(path), failures=True) if isinstance(c, CodingFailure)
    ]
    assert failed == []
