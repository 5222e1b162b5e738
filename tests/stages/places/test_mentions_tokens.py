"""Tests of the character-span to token-span lookup of place mentions (no model needed)."""

from __future__ import annotations

import pytest

from diplograph.stages.places.mentions import _tokens
from tests.conftest import make_article, make_parse

TEXT = "Talks in  Kano ended.\nNew Delhi replied"


def _scan(parse, start: int, end: int) -> tuple[int, int]:
    """The definition: every token overlapping start..end."""
    inside = [t.i for t in parse.tokens if t.start < end and start < t.end]
    return (inside[0], inside[-1] + 1) if inside else (-1, -1)


@pytest.mark.parametrize(
    ("start", "end"),
    [(10, 14), (11, 13), (9, 10), (8, 9), (0, len(TEXT)), (22, 31), (30, 38), (38, 40), (0, 0)],
)
def test_mentions_tokens_overlapping_a_span(start, end):
    parse = make_parse(make_article("a", TEXT))
    assert _tokens(parse, start, end) == _scan(parse, start, end)


def test_mentions_tokens_of_a_name():
    parse = make_parse(make_article("a", TEXT))
    assert _tokens(parse, TEXT.index("Kano"), TEXT.index("Kano") + 4) == (2, 3)
    assert _tokens(parse, TEXT.index("New"), TEXT.index("Delhi") + 5) == (4, 6)
    assert _tokens(parse, 9, 10) == (-1, -1)  # the second of two spaces


@pytest.mark.parametrize(
    ("entity", "piece"),
    [("Qena and", "Qena"), ("the Delta or", "Delta"), ("Kano's", "Kano"), ("Tanta,", "Tanta")],
)
def test_mentions_an_entity_run_on_into_a_word_ends_before_it(entity, piece):
    from diplograph.stages.places.mentions import _trim

    s, e = _trim(entity, 0, len(entity))
    assert entity[s:e] == piece
