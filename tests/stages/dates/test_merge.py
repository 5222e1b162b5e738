"""Tests for merging adjacent expressions into one TIMEX3: a clock time and its day, a month
or weekday and the year or week that places it."""

from __future__ import annotations

import pytest

from tests.stages.dates.timexes import timexes


def _tags(text: str, published: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in timexes(text, published)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a clock time and its day, in either order
        (
            "The vote is set for noon Friday.",
            "2023-08-01",
            [("noon Friday", "TIME", "2023-08-04T12:00")],
        ),
        (
            "The leaders met Friday at noon.",
            "2023-08-01",
            [("Friday at noon", "TIME", "2023-07-28T12:00")],
        ),
        (
            "The plane landed at 9:45 p.m. Thursday.",
            "2023-08-01",
            [("9:45 p.m. Thursday", "TIME", "2023-07-27T21:45")],
        ),
        (
            "The truce began at midnight on 3 May 2021.",
            "2023-08-01",
            [("midnight on 3 May 2021", "TIME", "2021-05-03T24:00")],
        ),
        # "last year's third quarter": the relative year says which one
        (
            "Last year's third quarter was weak, and next year's first half may be too.",
            "1989-10-26",
            [
                ("Last year's third quarter", "DATE", "1988-Q3"),
                ("next year's first half", "DATE", "1990-H1"),
            ],
        ),
        # "the quarter ended Sept. 30": the quarter that date closes
        (
            "Profit rose in the quarter ended Sept. 30.",
            "1998-10-14",
            [("the quarter ended Sept. 30", "DATE", "1998-Q3")],
        ),
        (
            "Sales fell in the month ending Oct. 31.",
            "1998-11-20",
            [("the month ending Oct. 31", "DATE", "1998-10")],
        ),
        # a month, day or quarter and the year that places it
        (
            "Profit in the 1989 third quarter rose.",
            "1989-10-26",
            [("1989 third quarter", "DATE", "1989-Q3")],
        ),
        (
            "Sales in the 1988 first half fell, as in fiscal 1990 first-quarter results.",
            "1989-10-26",
            [
                ("1988 first half", "DATE", "1988-H1"),
                ("fiscal 1990 first-quarter", "DATE", "FY1990-Q1"),
            ],
        ),
        (
            "Elections are planned for March next year.",
            "2023-08-01",
            [("March next year", "DATE", "2024-03")],
        ),
        (
            "The deal was signed in December last year.",
            "2023-08-01",
            [("December last year", "DATE", "2022-12")],
        ),
        (
            "The summit opens on Jan. 20 next year.",
            "2023-08-01",
            [("Jan. 20 next year", "DATE", "2024-01-20")],
        ),
        (
            "Output fell in the third quarter last year.",
            "2023-08-01",
            [("the third quarter last year", "DATE", "2022-Q3")],
        ),
        # a weekday and the week that places it
        (
            "Talks resume on Monday next week.",
            "2023-08-01",
            [("Monday next week", "DATE", "2023-08-07")],
        ),
        # apart, or joined by a word that is not a modifier: two expressions
        (
            "They met on Friday and at noon on Monday.",
            "2023-08-01",
            [("Friday", "DATE", "2023-07-28"), ("noon on Monday", "TIME", "2023-07-31T12:00")],
        ),
        (
            "The law passed in March; last year it failed.",
            "2023-08-01",
            [("March", "DATE", "2023-03"), ("last year", "DATE", "2022")],
        ),
    ],
)
def test_merge_adjacent_expressions(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The port authority lost money in the fiscal year ended June 30, its board said.",
            "2031-08-20",
            [("the fiscal year ended June 30", "FY2031")],
        ),
        (
            "Tax receipts rose 4% in the fiscal year ending March 31, the ministry reported.",
            "2029-05-02",
            [("the fiscal year ending March 31", "FY2029")],
        ),
    ],
)
def test_merge_fiscal_year_and_the_day_that_closes_it(text, published, expected):
    """A fiscal year named by its closing day is the fiscal year of that day's year."""
    assert [(t.text, t.value) for t in timexes(text, published)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sirens sounded at 5 a.m. this morning.",
            [("5 a.m. this morning", "2030-03-13T05:00")],
        ),
        ("The guards left at 11 p.m. last night.", [("11 p.m. last night", "2030-03-12T23:00")]),
        ("This morning at 9:15 the polls opened.", [("This morning at 9:15", "2030-03-13T09:15")]),
    ],
)
def test_merge_a_clock_time_and_a_part_of_its_day_are_one_time(text, expected):
    """'5 a.m. this morning' is one TIME on that day, as '11 a.m. yesterday' is."""
    assert [(t.text, t.value) for t in timexes(text, "2030-03-13")] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # a Wednesday: Thursday night lies ahead, so does the Friday beside it
            "Rain is forecast for tomorrow night and Friday across the plains.",
            "2002-05-08",
            [("tomorrow night", "TIME", "2002-05-09TNI"), ("Friday", "DATE", "2002-05-10")],
        ),
        (  # a Wednesday: next Tuesday's partner is not today
            "The board meets next Tuesday and Wednesday to weigh the offer.",
            "2002-05-08",
            [("next Tuesday", "DATE", "2002-05-14"), ("Wednesday", "DATE", "2002-05-15")],
        ),
        (
            "The pickets marched yesterday and Saturday outside the plant.",
            "2002-05-08",
            [("yesterday", "DATE", "2002-05-07"), ("Saturday", "DATE", "2002-05-04")],
        ),
    ],
)
def test_merge_a_weekday_takes_the_side_of_the_day_coordinated_before_it(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Polls close at 8 p.m. PST Tuesday in most of the state.",
            "1996-03-20",
            [("8 p.m. PST Tuesday", "TIME", "1996-03-26T20:00")],
        ),
        (
            "The offer expires at 5 p.m. CDT on June 3, the bank said.",
            "1996-05-29",
            [("5 p.m. CDT on June 3", "TIME", "1996-06-03T17:00")],
        ),
        (
            "The market closed at 4 p.m. EST.",
            "1996-01-10",
            [("4 p.m. EST", "TIME", "1996-01-10T16:00")],
        ),
    ],
)
def test_merge_a_clock_times_zone_is_in_its_extent_and_its_day_joins_it(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A year ago today, the dam burst.", [("A year ago today", "2030-04-15")]),
        ("Two months ago yesterday the talks began.", [("Two months ago yesterday", "2031-02-14")]),
        (
            "A year ago, today's leaders were in exile.",
            [("A year ago", "2030"), ("today", "2031-04-15")],
        ),
    ],
)
def test_merge_years_ago_and_the_day_after_it_are_that_day_back_then(text, expected):
    """'a year ago today' is one DATE: the day of publication, a year back."""
    assert [(t.text, t.value) for t in timexes(text, "2031-04-15")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The audit will start the week of June 14.", [("the week of June 14", "2027-W24")]),
        (
            "Talks were held during the week of Feb. 3, 2025.",
            [("the week of Feb. 3, 2025", "2025-W06")],
        ),
        ("The week of the storm was a hard one.", [("The week", None)]),
    ],
)
def test_merge_the_week_of_a_day_is_that_days_week(text, expected):
    assert [(t.text, t.value) for t in timexes(text, "2027-05-12")] == expected
