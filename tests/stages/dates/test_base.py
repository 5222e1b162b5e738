"""Tests for the direction a date without a year takes from its context (base.Context): noun
phrases, reported speech, schedules in the present tense and deadlines."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest

from diplograph.stages.dates.expressions import find_timexes


@cache
def _parse(text: str, published: date):
    from diplograph.stages.nlp import parse_text

    return parse_text(text, published=published)


def _values(text: str, published: str) -> list[tuple[str, str | None]]:
    day = date.fromisoformat(published)
    return [(t.text, t.value) for t in find_timexes(_parse(text, day), day)]


# 2023-08-02 is a Wednesday.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday or month modifying a noun takes the tense of the noun's verb
        ("Friday's vote will decide the matter.", [("Friday", "2023-08-04")]),
        ("Observers will monitor Friday's vote.", [("Friday", "2023-08-04")]),
        ("Tuesday's vote was marred by violence.", [("Tuesday", "2023-08-01")]),
        ("The Friday meeting ended without a deal.", [("Friday", "2023-07-28")]),
        ("The Friday meeting is expected to produce a deal.", [("Friday", "2023-08-04")]),
        ("After Monday's talks, the envoy flew home.", [("Monday", "2023-07-31")]),
        ("The June elections were postponed.", [("June", "2023-06")]),
        # ... but not a prepositional object of the noun: the nearest date
        ("The ceasefire of 19 June would hold, they said.", [("19 June", "2023-06-19")]),
        # reported speech: the complement's tense, not the reporting verb's
        ("The minister said talks would resume on Friday.", [("Friday", "2023-08-04")]),
        ("Officials said the vote is on Sunday.", [("Sunday", "2023-08-06")]),
        # a present tense that is not reporting speech is a schedule
        ("The central bank meets on Thursday.", [("Thursday", "2023-08-03")]),
        ("Voters go to the polls on Sunday.", [("Sunday", "2023-08-06")]),
        ("Iran says Monday it hit the base.", [("Monday", "2023-07-31")]),
        # a bound with no tense to go by lies ahead
        ("The ministry wants a decision by Friday.", [("Friday", "2023-08-04")]),
        ("The troops stayed until Friday.", [("Friday", "2023-07-28")]),
    ],
)
def test_base_direction_beyond_the_verb_tense(text, expected):
    assert _values(text, "2023-08-02") == expected
