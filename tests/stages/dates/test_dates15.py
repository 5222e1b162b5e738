"""Tests for the fifteenth round of issue 19 (times): the past told from the present
(eval/dates_dev15). Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.stages.dates.timexes import timexes


def _tags(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in timexes(text, published)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a period read in the story's time carries it on after "and" or "by"
        (
            "The strike began in March 1972, when the union walked out, and that summer the "
            "mills closed. By the fall, the town was empty. The last train left on Nov. 3.",
            "1995-06-01",
            [("the fall", "1972-FA"), ("Nov. 3", "1972-11-03")],
        ),
        # "that spring" points away from the present, never at "this morning"
        (
            "The dam burst in the spring of 1977.\n\nHundreds gathered at the site this morning "
            "to remember the 40 people who drowned that spring.",
            "1996-09-12",
            [("this morning", "1996-09-12TMO"), ("that spring", "1977-SP")],
        ),
        # a day told in the past just after the date of publication: the old story's year
        (
            "HARTFORD, March 10 -- The reactor failed on March 8, 1979.\n\nOnly on March 12 did "
            "the company admit that gas had escaped.",
            "1994-03-10",
            [("March 12", "1979-03-12")],
        ),
        # a weekday that does not fit the year the tense chose: the old story's year
        (
            "The refinery fire of Oct. 9, 1983, burned for a week.\n\nThe first alarms had "
            "sounded on Friday, Oct. 7, when a valve failed.",
            "1998-11-02",
            [("Friday, Oct. 7", "1983-10-07")],
        ),
    ],
)
def test_dates15_story_time(text, published, expected):
    tags = _tags(text, published)
    for pair in expected:
        assert pair in tags, tags


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # with no old period named, a day put a year back stays where the tense put it
        (
            "The ferry sank on March 12, the coast guard said.",
            "1994-03-10",
            ("March 12", "1993-03-12"),
        ),
        # a period recent or after "since" is no old story to read the day in
        (
            "Exports have grown since March 1979.\n\nOnly on March 12 did the ministry publish "
            "the figures.",
            "1994-03-10",
            ("March 12", "1993-03-12"),
        ),
    ],
)
def test_dates15_story_time_not_read(text, published, expected):
    assert expected in _tags(text, published)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "the previous decade" names a decade: the one before the period named, or before now
        (
            "Wages rose in 1992. The mills of the previous decade paid far less.",
            "1997-07-01",
            [("the previous decade", "198")],
        ),
        (
            "The treaty broke the promises of the previous decade, the minister said.",
            "1995-03-01",
            [("the previous decade", "198")],
        ),
        # a lead's fiscal year named as ended is its fourth quarter reported: the current
        # fiscal year is the next one, and a quarter with no year is of it
        (
            "Marlow Corp. said today that its profit rose 8 percent in fiscal 1995, which ended "
            "June 30. For the current fiscal year, it expects sales to grow, though the first "
            "quarter will be slow.",
            "1995-08-15",
            [("the current fiscal year", "FY1996"), ("the first quarter", "FY1996-Q1")],
        ),
    ],
)
def test_dates15_periods_named_from_the_present(text, published, expected):
    tags = _tags(text, published)
    for pair in expected:
        assert pair in tags, tags


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "a year" after an amount is a rate, even before "after"/"before" and a clause
        (
            "The court told him to pay $20,000 a year after he leaves prison.",
            "1994-05-02",
            ("a year", "SET", "P1Y"),
        ),
        (
            "The levy raised 40 million francs a year before it was repealed.",
            "1991-02-11",
            ("a year", "SET", "P1Y"),
        ),
        (
            "He resigned a year after the merger was signed.",
            "1991-02-11",
            ("a year", "DURATION", "P1Y"),
        ),
        # hours and the minutes (and seconds) after them are one length
        (
            "The ferry crossed in 4 hours 10 minutes.",
            "1996-07-01",
            ("4 hours 10 minutes", "DURATION", "PT4H10M"),
        ),
        (
            "The vote took 1 hour and 45 minutes.",
            "1996-07-01",
            ("1 hour and 45 minutes", "DURATION", "PT1H45M"),
        ),
        (
            "She swam it in 9 hours 2 minutes 30 seconds.",
            "1996-07-01",
            ("9 hours 2 minutes 30 seconds", "DURATION", "PT9H2M30S"),
        ),
    ],
)
def test_dates15_rates_and_lengths(text, published, expected):
    assert expected in [(t.text, t.type, t.value) for t in timexes(text, published)]
