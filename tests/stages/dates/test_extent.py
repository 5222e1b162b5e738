"""Tests for TimeML's extent (extent.py): quantifiers of a length or clock time, and the "late"
or "early" that place a day, belong to the expression; a preposition does not."""

from __future__ import annotations

import pytest

from diplograph.stages.dates.base import Found
from diplograph.stages.dates.extent import widen
from tests.stages.dates.timexes import timexes


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Talks ran for more than a year.", "2001-05-03", [("more than a year", "P1Y")]),
        ("He called at about 2:30 a.m.", "2000-11-08", [("about 2:30 a.m.", "2000-11-08T02:30")]),
        ("Sales began only 18 months ago.", "2000-02-24", [("only 18 months ago", "1998-08")]),
        ("The jury agreed late Wednesday.", "1997-10-09", [("late Wednesday", "1997-10-08")]),
        ("Futures were flat early today.", "2000-11-08", [("early today", "2000-11-08")]),
        # the relative unit no longer takes "in" into its extent
        ("Shares rose in the past year.", "2004-01-29", [("the past year", "P1Y")]),
        ("Revenue for the three months rose.", "2004-01-29", [("the three months", "P3M")]),
        ("Right now the market is saturated.", "1998-07-16", [("Right now", "PRESENT_REF")]),
        ("Shares are up 6% so far this year.", "1999-03-05", [("so far this year", "1999")]),
        ("The jury sat four days a week.", "1999-03-05", [("four days a week", "P1W")]),
        ("Stores open early on Black Friday.", "2007-11-20", [("Black Friday", "2007-11-23")]),
    ],
)  # fmt: skip
def test_extent_in_text(text, published, expected):
    assert [(t.text, t.value) for t in timexes(text, published)] == expected


def test_extent_never_grows_into_the_expression_before():
    text = "three years about two days"
    found = [Found(0, 11, "DURATION", "P3Y", "duration"), Found(18, 26, "DURATION", "P2D", "x")]
    widened = widen(found, text)
    assert [(f.start, f.end) for f in widened] == [(0, 11), (12, 26)]
    text = "more than a year"
    assert [(f.start, f.end) for f in widen([Found(10, 16, "DURATION", "P1Y", "x")], text)] == [
        (0, 16)
    ]
