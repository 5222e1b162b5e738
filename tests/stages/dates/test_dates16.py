"""Tests for the sixteenth round of issue 19 (times): the day and the hour (eval/dates_dev16).
Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.stages.dates.timexes import timexes


def _tags(text: str, published: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in timexes(text, published)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a part of a day after a preposition of time: that part of the day a clock would take
        (
            "The fair opened on Saturday. Bands played in the morning, and the crowd stayed "
            "into the evening.",
            "1992-07-20",
            [
                ("Saturday", "DATE", "1992-07-18"),
                ("the morning", "TIME", "1992-07-18TMO"),
                ("the evening", "TIME", "1992-07-18TEV"),
            ],
        ),
        (
            "Fire broke out on Tuesday. Crews had it under control early in the afternoon.",
            "1993-05-05",
            [
                ("Tuesday", "DATE", "1993-05-04"),
                ("early in the afternoon", "TIME", "1993-05-04TAF"),
            ],
        ),
        (
            "The siege began on the morning of Oct. 2. A dinner is set for the evening of Oct. 9.",
            "1993-10-05",
            [
                ("the morning of Oct. 2", "TIME", "1993-10-02TMO"),
                ("the evening of Oct. 9", "TIME", "1993-10-09TEV"),
            ],
        ),
        # not before a noun
        ("He reads the news in the morning papers.", "1993-05-04", []),
        # holidays and named days
        (
            "The mayor marched in the Halloween parade.",
            "1995-11-02",
            [("Halloween", "DATE", "1995-10-31")],
        ),
        (
            "The bishop will preach on Palm Sunday.",
            "1992-03-20",
            [("Palm Sunday", "DATE", "1992-04-12")],
        ),
        (
            "Millions of families will travel home for the Lunar New Year.",
            "1996-01-25",
            [("the Lunar New Year", "DATE", "1996-02-19")],
        ),
        (
            "Markets closed for Chinese New Year's Day.",
            "1989-02-08",
            [("Chinese New Year's Day", "DATE", "1989-02-06")],
        ),
        # an ordinal weekday or day of a month
        (
            "The union will vote on the second Tuesday in May.",
            "1996-01-10",
            [("the second Tuesday in May", "DATE", "1996-05-14")],
        ),
        (
            "The lease runs out on the last day of February.",
            "1992-01-06",
            [("the last day of February", "DATE", "1992-02-29")],
        ),
        # an apposition takes the tense of the date it renames
        (
            "The embassy will reopen on Nov. 30, the last Monday in November.",
            "1992-06-01",
            [
                ("Nov. 30", "DATE", "1992-11-30"),
                ("the last Monday in November", "DATE", "1992-11-30"),
            ],
        ),
    ],
)
def test_dates16_parts_of_days_and_named_days(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a gerund after a preposition takes its governor's tense
        (
            "She toured Ohio on Sunday before driving home to open the store on Monday morning.",
            "1991-10-16",
            ("Monday morning", "TIME", "1991-10-14TMO"),
        ),
        # an order or expectation told with "had": the nearest day, not the next one
        (
            "The sheriff had ordered the campers to leave the park on Tuesday night.",
            "1994-08-19",
            ("Tuesday night", "TIME", "1994-08-16TNI"),
        ),
        (
            "The flood crest came a day before engineers had expected on Wednesday afternoon.",
            "1993-07-16",
            ("Wednesday afternoon", "TIME", "1993-07-14TAF"),
        ),
        # a weekday that ends a range falls after the day that opens it
        (
            "The club expects 9,000 members to visit between today and Saturday night.",
            "1997-05-13",
            ("Saturday night", "TIME", "1997-05-17TNI"),
        ),
        # a past clock time with no day near it: the last past day named in its paragraph
        (
            "The storm season came early this year.\n\nHail struck the town on Sunday. Many "
            "roofs caved in. Crews reached the school at 6 p.m., the police said.",
            "1995-06-13",
            ("6 p.m.", "TIME", "1995-06-11T18:00"),
        ),
    ],
)
def test_dates16_days_by_tense(text, published, expected):
    assert expected in _tags(text, published)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "untagged"),
    [
        # a festival of many days is not its first day
        ("Suppliers shut for the Chinese New Year holiday.", "1992-02-12", "Chinese New Year"),
        # a part of a day with no day named near it, or of a day still to come
        (
            "Stocks fell. The index closed lower, having risen in the morning.",
            "2001-08-22",
            "morning",
        ),
        (
            "The launch will go ahead unless storms move in during the afternoon.",
            "1995-06-21",
            "afternoon",
        ),
    ],
)
def test_dates16_not_tagged(text, published, untagged):
    assert not any(untagged in t.text for t in timexes(text, published))
