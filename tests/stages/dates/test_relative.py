"""Tests for the relative rules' TimeML readings: vague references, DATE / DURATION / SET
typing, and decades and centuries written as TimeML writes them."""

from __future__ import annotations

import pytest

from tests.stages.dates.timexes import timexes


def _tags(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in timexes(text, "2023-08-02")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # vague references
        ("The current government fell.", [("current", "DATE", "PRESENT_REF")]),
        ("The current account deficit grew.", []),
        ("Recent talks failed.", [("Recent", "DATE", "PAST_REF")]),
        ("Talks failed in recent weeks.", [("recent weeks", "DATE", "PAST_REF")]),
        ("A deal is expected soon.", [("soon", "DATE", "FUTURE_REF")]),
        ("They will leave as soon as possible.", []),
        ("The envoy, formerly a general, spoke.", [("formerly", "DATE", "PAST_REF")]),
        ("Troops are now leaving.", [("now", "DATE", "PRESENT_REF")]),
        ("Unity is a question for the future.", [("the future", "DATE", "FUTURE_REF")]),
        # "the next quarter", "the past quarter": a quarter, not a length of time (and no crash)
        (
            "Analysts expect a rebound in the next quarter.",
            [("the next quarter", "DATE", "2023-Q4")],
        ),
        ("Profit fell in the past quarter.", [("the past quarter", "DATE", "2023-Q2")]),
        # "three straight years", "another month", "a single day": lengths of time
        ("Prices rose for three straight years.", [("three straight years", "DURATION", "P3Y")]),
        ("We will not wait another month.", [("another month", "DURATION", "P1M")]),
        ("The rupiah lost a fifth in a single day.", [("a single day", "DURATION", "P1D")]),
        # an ordinal period counted from an event has no value to give: left untagged
        ("Orders fell for the fourth consecutive month.", []),
        ("The war, now in its sixth year, goes on.", [("now", "DATE", "PRESENT_REF")]),
        # "the fall" after a preposition of time is the season, not a fall in prices
        ("The court will hear the case in the fall.", [("the fall", "DATE", "2023-FA")]),
        ("Prices have doubled since the fall.", [("the fall", "DATE", "2022-FA")]),
        ("The fall in prices hurt farmers.", []),
        ("Markets slid after the fall of the government.", []),
        # a weekday coordinated with another lies on its side of today
        (
            "Leaders meet in Paris on Friday and Saturday.",
            [("Friday", "DATE", "2023-08-04"), ("Saturday", "DATE", "2023-08-05")],
        ),
        (
            "Fighting raged on Monday and Tuesday.",
            [("Monday", "DATE", "2023-07-31"), ("Tuesday", "DATE", "2023-08-01")],
        ),
        # "last year and another" is last year, not "a year and a half"
        (
            "The US gave $1 billion last year and another $1 billion in June.",
            [("last year", "DATE", "2022"), ("June", "DATE", "2023-06")],
        ),
        ("Talks may resume in coming weeks.", [("coming weeks", "DATE", "FUTURE_REF")]),
        ("Rates may rise in the near term.", [("the near term", "DATE", "FUTURE_REF")]),
        # year-end, month-end: the one ahead, or the last one passed in the past tense
        ("The deal should close by year-end.", [("year-end", "DATE", "2023")]),
        ("Debt fell at year-end.", [("year-end", "DATE", "2022")]),
        # SET: frequencies, "annual" included
        ("The council meets every week.", [("every week", "SET", "P1W")]),
        ("Leaders hold an annual summit.", [("annual", "SET", "P1Y")]),
        ("The bank published its annual report.", [("annual", "SET", "P1Y")]),
        # DURATION
        (
            "The talks lasted three days and the truce two weeks.",
            [("three days", "DURATION", "P3D"), ("two weeks", "DURATION", "P2W")],
        ),
        # decades and centuries as TimeML writes them
        (
            "Prices soared in the 1970s and again in the 2020s.",
            [("the 1970s", "DATE", "197"), ("the 2020s", "DATE", "202")],
        ),
        ("The sixties were wild.", [("The sixties", "DATE", "196")]),
        ("Three decades ago the border closed.", [("Three decades ago", "DATE", "199")]),
        (
            "The border dates from the 20th century.",
            [("the 20th century", "DATE", "19")],
        ),
        ("The twenty-first century changed it.", [("The twenty-first century", "DATE", "20")]),
        # "year to date": the year so far
        ("Shares are up 14% year to date.", [("year to date", "DATE", "2023")]),
        ("Year-to-date sales rose.", [("Year-to-date", "DATE", "2023")]),
        # a plural weekday is a SET; a superlative period ranks, it names no time
        ("The court does not sit on Fridays.", [("Fridays", "SET", "XXXX-WXX-5")]),
        ("Stocks had their worst week since January.", [("January", "DATE", "2023-01")]),
        # "the end of the decade" is the decade
        (
            "Emissions must halve by the end of the decade.",
            [("the end of the decade", "DATE", "202")],
        ),
    ],
)
def test_relative_timeml_readings(text, expected):
    assert _tags(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "for May" is the month
        ("The agency revised its figures for May.", "2009-08-07", [("May", "DATE", "2009-05")]),
        # "the next month" in a past clause is a date; after "over", a duration
        (
            "Talks began in April 1955, and the treaty was signed in Vienna the next month.",
            "2000-02-13",
            [("April 1955", "DATE", "1955-04"), ("the next month", "DATE", "1955-05")],
        ),
        (
            "Prices will rise over the next month.",
            "2000-02-13",
            [("the next month", "DURATION", "P1M")],
        ),
        # "said this weekend" on a Monday is the weekend just past
        (
            "Both sides said this weekend that talks would continue.",
            "2019-12-02",
            [("this weekend", "DATE", "2019-W48-WE")],
        ),
    ],
)
def test_relative_next_units_weekends_and_may(text, published, expected):
    assert [(t.text, t.type, t.value) for t in timexes(text, published)] == expected
