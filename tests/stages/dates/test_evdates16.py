"""Tests for the round evdates16 (issue 17, dates): a year of another noun, or of a clause
embedded in a noun, does not date the trigger's event. Every sentence is invented for the test."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.stages.dates.expressions import event_date, find_timexes
from tests.stages.dates.timexes import parsed


def _value(text: str, trigger: str) -> str | None:
    day = date(2024, 6, 21)
    parse = parsed(text, day)
    index = next(t.i for t in parse.tokens if t.text == trigger)
    return event_date(parse, index, find_timexes(parse, day), day).value


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # a relative clause or an apposition dates its own clause only
        ("Brazil, which hosted the games in 2016, has protested the decision.", "protested", None),
        ("The minister, who signed the pact in March 2019, denounced the raid.", "denounced", None),
        # a year modifying another noun dates that noun, as does "of" + a year
        (
            "Chile cancelled a 2015 accord with the mining firm on Monday.",
            "cancelled",
            "2024-06-17",
        ),
        ("Ghana expelled two diplomats, citing its 1992 constitution.", "expelled", None),
        ("Peru rejected the Treaty of 1929 over the border.", "rejected", None),
    ],
)
def test_evdates16_date_of_another_phrase_is_not_the_events(text, trigger, value):
    assert _value(text, trigger) == value


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("The 2022 invasion was condemned by the assembly.", "invasion", "2022"),
        (
            "Ankara kept the 2016 deal, under which Turkey agreed to take back migrants.",
            "agreed",
            "2016",
        ),
        ("The war began in November 2020, when the army attacked the base.", "attacked", "2020-11"),
        ("The two countries fought a brief war in 1962, which China won.", "fought", "1962"),
    ],
)
def test_evdates16_the_events_own_date_stays(text, trigger, value):
    assert _value(text, trigger) == value


@pytest.mark.slow
def test_evdates16_a_year_after_a_preposition_is_no_nouns_modifier():
    # the parser may read "2019 Saudi Arabia" as one noun phrase
    assert _value("In 2019 Saudi Arabia accused Iran of the attack.", "accused") == "2019"
