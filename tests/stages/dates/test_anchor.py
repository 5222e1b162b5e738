"""Tests for the reporting-period anchor: anaphoric and offset expressions resolved against the
period the story is about, not only the publication date."""

from __future__ import annotations

import pytest

from diplograph.stages.dates.calendar import shift_value
from tests.stages.dates.timexes import timexes


def _tags(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in timexes(text, published)]


@pytest.mark.parametrize(
    ("value", "unit", "n", "expected"),
    [
        ("2023-Q2", "year", -1, "2022-Q2"),
        ("2023-H1", "year", -1, "2022-H1"),
        ("2023-SU", "year", 1, "2024-SU"),
        ("2023-06-14", "year", -1, "2022"),  # a day or month moved by years keeps the year
        ("2023", "year", 2, "2025"),
        ("2023-Q1", "quarter", -1, "2022-Q4"),
        ("2023-Q4", "quarter", 1, "2024-Q1"),
        ("2023-05-20", "quarter", -1, "2023-Q1"),
        ("2023-02", "month", -1, "2023-01"),
        ("2023-01-31", "month", 1, "2023-02"),
        ("2023-03-01", "day", -1, "2023-02-28"),
        ("2023-W10", "week", -1, "2023-W09"),
        ("2023-03-01", "week", 1, "2023-W10"),
        ("2023-Q2", "day", 1, None),  # no day to move
        ("2023", "quarter", 1, None),
        ("199", "year", 1, None),
    ],
)
def test_calendar_shift_value(value, unit, n, expected):
    assert shift_value(value, unit, n) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "the quarter" is the quarter the story named
        (
            "Output grew 4% in the second quarter. In the quarter, exports led.",
            "2023-08-01",
            [("the second quarter", "2023-Q2"), ("the quarter", "2023-Q2")],
        ),
        # ... or, with none named, the last complete quarter when the verb is past
        ("The firm lost money in the quarter.", "2023-08-01", [("the quarter", "2023-Q2")]),
        # "the latest quarter", "the year-ago quarter", "the prior-year period": the reported one
        (
            "Net income in the latest quarter rose from the year-ago quarter.",
            "1989-10-26",
            [("the latest quarter", "1989-Q3"), ("the year-ago quarter", "1988-Q3")],
        ),
        ("Sales beat the year-ago quarter.", "1989-10-26", [("the year-ago quarter", "1988-Q3")]),
        (
            "Sales rose in the third quarter of 2021 from the prior-year period.",
            "2023-08-01",
            [("the third quarter of 2021", "2021-Q3"), ("the prior-year period", "2020-Q3")],
        ),
        # ... the current quarter when the verb points ahead
        ("The firm will lose money in the quarter.", "2023-08-01", [("the quarter", "2023-Q3")]),
        # "a year earlier" and "the previous quarter" move the named period, keeping its grain
        (
            "Output grew 4% in the second quarter, up from 2% a year earlier.",
            "2023-08-01",
            [("the second quarter", "2023-Q2"), ("a year earlier", "2022-Q2")],
        ),
        (
            "Output grew in the first quarter of 2021 from the previous quarter.",
            "2023-08-01",
            [("the first quarter of 2021", "2021-Q1"), ("the previous quarter", "2020-Q4")],
        ),
        (
            "Output grew in the first half. It shrank in the year-earlier period.",
            "2023-08-01",
            [("the first half", "2023-H1"), ("the year-earlier period", "2022-H1")],
        ),
        # "that year", "that month", "the same year": the period named before, across paragraphs
        (
            "The war began in 2019.\nThat year, thousands fled.",
            "2023-08-01",
            [("2019", "2019"), ("That year", "2019")],
        ),
        (
            "Prices jumped on 4 March 2020. Later that month the border shut.",
            "2023-08-01",
            [("4 March 2020", "2020-03-04"), ("that month", "2020-03")],
        ),
        (
            "He was elected in 2010 and resigned the same year.",
            "2023-08-01",
            [("2010", "2010"), ("the same year", "2010")],
        ),
        # "the year before", "the prior year", "a year before." with no clause after it
        (
            "Exports rose 3% in 2022, against 5% the year before.",
            "2023-08-01",
            [("2022", "2022"), ("the year before", "2021")],
        ),
        # a period named as a bound or base is not the one the story reports on
        (
            "Stocks had their best day since last September. Employers added jobs in February."
            " Pay rose 0.1% in the month.",
            "1999-03-05",
            [("last September", "1998-09"), ("February", "1999-02"), ("the month", "1999-02")],
        ),
        (
            "Exports rose 3% in 2022 after falling in the prior year.",
            "2023-08-01",
            [("2022", "2022"), ("the prior year", "2021")],
        ),
        (
            "Exports rose 3% in 2022, after 5% a year before.",
            "2023-08-01",
            [("2022", "2022"), ("a year before", "2021")],
        ),
        # "a year ago" comparing a quarter, half or season named before it in the sentence is
        # last year's copy of it; otherwise it counts back from the publication date
        (
            "Profit rose in the third quarter from $4 million a year ago.",
            "1989-10-26",
            [("the third quarter", "1989-Q3"), ("a year ago", "1988-Q3")],
        ),
        (
            "Sales rose in the third quarter. Two years ago the firm was bankrupt.",
            "1989-10-26",
            [("the third quarter", "1989-Q3"), ("Two years ago", "1987")],
        ),
        # nothing named: a year earlier is read from the publication date, as TimeML does
        ("Prices are 4% higher than a year earlier.", "2023-08-01", [("a year earlier", "2022")]),
        # "the month", "the year", "the full year", "the quarter" after a preposition: the
        # period the story is about, the first one of that grain it named
        (
            "Orders fell in March, after a rise in February. Analysts had expected a gain for "
            "the month.",
            "2023-04-05",
            [("March", "2023-03"), ("February", "2023-02"), ("the month", "2023-03")],
        ),
        (
            "The bank posted a 1996 profit and will hire staff this year. Profit for the year "
            "rose 5%.",
            "1997-02-20",
            [("1996", "1996"), ("this year", "1997"), ("the year", "1996")],
        ),
        (
            "Its third-quarter profit rose. In the first nine months of the year, sales fell.",
            "2023-10-20",
            [
                ("third-quarter", "2023-Q3"),
                ("the first nine months", "P9M"),
                ("the year", "2023"),
            ],
        ),
        (
            "Stocks rose 8% in the first quarter. Second-quarter profits may slow. Bonds gained "
            "in the quarter.",
            "2023-03-31",
            [
                ("the first quarter", "2023-Q1"),
                ("Second-quarter", "2023-Q2"),
                ("the quarter", "2023-Q1"),
            ],
        ),
        (
            "The firm raised its forecast for the full year.",
            "2023-08-01",
            [("the full year", "2023")],
        ),
        # fiscal periods: "the fiscal year" is the one published in, and fiscal anchors keep
        # their FY through "the year-earlier quarter", "the quarter" and "the year"
        (
            "The mill expects a loss for its fiscal fourth quarter, which ends tomorrow. It "
            "earned $14 million in the year-earlier quarter. For the fiscal year it expects a "
            "profit, and in late July it will report results for the quarter.",
            "1989-06-29",
            [
                ("fiscal fourth quarter", "FY1989-Q4"),
                ("tomorrow", "1989-06-30"),
                ("the year-earlier quarter", "FY1988-Q4"),
                ("the fiscal year", "FY1989"),
                ("late July", "1989-07"),
                ("the quarter", "FY1989-Q4"),
            ],
        ),
        (
            "The budget for the next fiscal year assumes growth of 4% in the year.",
            "1998-01-08",
            [("the next fiscal year", "FY1999"), ("the year", "FY1999")],
        ),
        (
            "Sales rose in fiscal 2021, up from a year earlier.",
            "2023-08-01",
            [("fiscal 2021", "FY2021"), ("a year earlier", "FY2020")],
        ),
        # not the reporting period: "the year" as a subject, "the year 2000"
        ("The year was hard for farmers.", "2023-08-01", []),
        ("Man of the year awards were given.", "2023-08-01", []),
        # "that year" with nothing before it keeps no value
        ("That year was hard.", "2023-08-01", [("That year", None)]),
        # not a period: "the quarter-final", "the old quarter of the city"
        ("They reached the quarter-final.", "2023-08-01", []),
        ("Shops in the quarter of the old city closed.", "2023-08-01", []),
    ],
)
def test_anchor_reporting_period(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a comparison's "a year ago" is last year's copy of the period the story reports on
        (
            "Retail sales rose 3% in August. Department stores did worst, with sales down 8% "
            "from a year ago.",
            "2010-09-15",
            [("August", "2010-08"), ("a year ago", "2009-08")],
        ),
        (
            "Exports climbed in the second quarter. Machinery shipments were 12% higher than a "
            "year earlier.",
            "2015-08-10",
            [("the second quarter", "2015-Q2"), ("a year earlier", "2014-Q2")],
        ),
        # a period with its own year is the comparison's base, not the story's period
        (
            "Home prices fell in June. They were 4% below June 2019 and 2% lower than a year "
            "earlier.",
            "2020-07-20",
            [("June", "2020-06"), ("June 2019", "2019-06"), ("a year earlier", "2019-06")],
        ),
        # "than in" names a base too: the year-ago figure is the reported quarter's
        (
            "Exports in the third quarter were 3 percent higher than in the second quarter and "
            "5 percent higher than a year earlier.",
            "1996-11-20",
            [
                ("the third quarter", "1996-Q3"),
                ("the second quarter", "1996-Q2"),
                ("a year earlier", "1995-Q3"),
            ],
        ),
        # the day or week a figure was given is not the period it reports on
        (
            "Consumer prices rose 0.4 percent in May, the ministry said last week, and 6 percent "
            "from a year earlier.",
            "1996-06-20",
            [("May", "1996-05"), ("last week", "1996-W24"), ("a year earlier", "1995-05")],
        ),
        # no comparison: "a year ago" is the year
        (
            "Output fell in March. A year ago, the plant employed 900 people.",
            "2012-04-10",
            [("March", "2012-03"), ("A year ago", "2011")],
        ),
    ],
)
def test_anchor_year_ago_in_a_comparison(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a part of the day named before, or of the day after it
        (
            "The ferry sank on March 3, 2009. That evening, divers searched the bay. The next "
            "morning, they found the hull.",
            "2012-01-10",
            [
                ("March 3, 2009", "2009-03-03"),
                ("That evening", "2009-03-03TEV"),
                ("The next morning", "2009-03-04TMO"),
            ],
        ),
        # a day offset counts from the last day named, not from a year named after it
        (
            "Voting began on April 27. Turnout was the highest since 1960. Two days later, "
            "counting began.",
            "1994-05-08",
            [("April 27", "1994-04-27"), ("1960", "1960"), ("Two days later", "1994-04-29")],
        ),
        # weeks counted from a day named are a day; from a week named, a week
        (
            "The assembly first met on Sept. 4. Its charter was adopted two weeks later.",
            "1992-10-20",
            [("Sept. 4", "1992-09-04"), ("two weeks later", "1992-09-18")],
        ),
        (
            "The strike began on March 9. The miners went back a week later.",
            "1990-04-02",
            [("March 9", "1990-03-09"), ("a week later", "1990-03-16")],
        ),
        # ... but "the following week", "the next week" name a week
        (
            "The envoys arrived on Oct. 5. The following week, they left for Cairo.",
            "1993-11-02",
            [("Oct. 5", "1993-10-05"), ("The following week", "1993-W41")],
        ),
        (
            "Drilling stopped on Aug. 2 and resumed the next week.",
            "2026-09-01",
            [("Aug. 2", "2026-08-02"), ("the next week", "2026-W32")],
        ),
        (
            "Output fell in the week ended June 2. It had risen a week earlier.",
            "1995-06-09",
            [("the week ended June 2", "1995-W22"), ("a week earlier", "1995-W21")],
        ),
        # "The next year," opening a sentence is a date; "over the next year" a duration
        (
            "The school opened in 1998. The next year, it doubled in size.",
            "2010-05-01",
            [("1998", "1998"), ("The next year", "1999")],
        ),
        (
            "That summer of 2004 was dry. The following year brought floods.",
            "2010-05-01",
            [("That summer of 2004", "2004-SU"), ("The following year", "2005")],
        ),
        ("Prices will rise over the next year.", "2010-05-01", [("the next year", "P1Y")]),
    ],
)
def test_anchor_parts_of_days_and_following_years(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the week a weekly report covers: the week a day closes, the latest, the story's week
        (
            "Crude stocks fell in the week ended June 2. Refineries ran harder than a week "
            "earlier.",
            "2006-06-08",
            [("the week ended June 2", "2006-W22"), ("a week earlier", "2006-W21")],
        ),
        (
            "Jobless claims fell yesterday in the latest week.",
            "2009-08-07",
            [("yesterday", "2009-08-06"), ("the latest week", "2009-W31")],
        ),
        (
            "Stocks fell on Nov. 5. For the week, the index is down 2%.",
            "2005-03-11",
            [("Nov. 5", "2004-11-05"), ("the week", "2005-W10")],
        ),
    ],
)
def test_anchor_weekly_reports(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "the same quarter last year" copies the last quarter named, not a season named after it
        (
            "Profit doubled in the third quarter on strong summer travel, against the same "
            "quarter last year.",
            "2014-10-23",
            [
                ("the third quarter", "2014-Q3"),
                ("summer", "2014-SU"),
                ("the same quarter last year", "2013-Q3"),
            ],
        ),
    ],
)
def test_anchor_same_quarter_last_year(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Exports rose 3% in the third quarter, the ministry said Monday, after a 1% fall in "
            "the previous quarter.",
            "2031-11-05",
            ("the previous quarter", "2031-Q2"),
        ),
        (
            "Sales of the Orvik chain grew in the first quarter, it said on Wednesday, and "
            "shrank in the quarter before.",
            "2029-05-10",
            ("the quarter before", "2028-Q4"),
        ),
    ],
)
def test_anchor_previous_quarter_moves_the_last_quarter_not_the_day_of_saying(
    text, published, expected
):
    """The day a statement was made ("said Monday") is no quarter a story reports on."""
    assert expected in [(t.text, t.value) for t in timexes(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vexa Corp. said its fiscal second quarter profit rose. Orders in the third quarter "
            "will be weaker, and the fourth quarter should be better.",
            [("the third quarter", "FY2031-Q3"), ("the fourth quarter", "FY2031-Q4")],
        ),
        (
            "Vexa Corp. said its fiscal fourth quarter profit rose. First-quarter sales have "
            "started slowly, it said.",
            [("First-quarter", "FY2032-Q1")],  # the fourth quarter, ended in June, is FY2031's
        ),
        (
            "Vexa Corp. said its fiscal second quarter profit rose, and it expects sales to slow "
            "in the current quarter.",
            [("the current quarter", "FY2031-Q3")],
        ),
        (
            "Vexa Corp. said its fiscal second quarter profit rose. It expects sales of $2 "
            "million in the current quarter, which ends Sept. 30.",
            [("the current quarter", "2031-Q3")],
        ),
        (
            "Vexa Corp. said its fiscal second quarter profit rose. Chip sales grew in calendar "
            "2030. Prices usually fall in the first quarter.",
            [("the first quarter", "2032-Q1")],
        ),
    ],
)
def test_anchor_a_fiscal_storys_quarters_are_fiscal(text, expected):
    """In a story whose lead names a fiscal quarter, a quarter with no year of its own is of
    that fiscal year; the current quarter is the one after the quarter reported; a quarter
    with its closing day, or after 'calendar', is the calendar's."""
    got = [(t.text, t.value) for t in timexes(text, "2031-08-12") if "quarter" in t.text]
    assert got[1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Net income in the second quarter rose to $9 million from $7 million in the 2030 "
            "quarter.",
            ("the 2030 quarter", "2030-Q2"),
        ),
        (
            "Its loss for the first half was $3 million, against a profit in the 2030 period.",
            ("the 2030 period", "2030-H1"),
        ),
        ("Prices were higher in the 2030 period.", ("the 2030 period", "2030")),
    ],
)
def test_anchor_the_year_period_is_the_storys_period_in_that_year(text, expected):
    """'the 2030 quarter' is the quarter the story reports on, in 2030."""
    assert expected in _tags(text, "2031-08-20")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Third-quarter profit fell. For the first nine months, it lost $8 million, against "
            "a loss of $2 million a year earlier.",
            ("a year earlier", "2030"),
        ),
        (
            "Sales in fiscal 2031 were weak, the worst since 2012. For the first six months, it "
            "earned $3 million, against $5 million in the year-earlier period.",
            ("the year-earlier period", "FY2030"),
        ),
    ],
)
def test_anchor_a_year_ago_after_the_months_so_far_is_last_year(text, expected):
    """A year-ago figure right after 'the first nine months' compares the year so far: last
    year (fiscal where the story is), not last year's quarter, nor a year before a bound."""
    assert expected in _tags(text, "2031-10-22")


def test_anchor_an_offset_does_not_count_from_a_year_ago_copy():
    """'the previous week' after 'the year-earlier week' counts from the week reported."""
    text = (
        "Store sales rose 2% in the latest week. Against the year-earlier week, they were up "
        "4%. In the previous week, they had fallen."
    )
    assert ("the previous week", "2031-W14") in _tags(text, "2031-04-15")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orvel Bank said first-quarter profit rose 9%. For all of 2029, it earned $80 "
            "million. Analysts expect $2.10 a share for the year.",
            ("the year", "2030"),
        ),
        (
            "Shares plunged today. They traded higher in July, before the crisis. In 2029 the "
            "index doubled; for the year, banks led.",
            ("the year", "2029"),
        ),
    ],
)
def test_anchor_the_year_of_a_leads_quarter_comes_before_a_later_year(text, expected):
    """'for the year' in a story led by a quarter is that quarter's year, not a past year the
    story names later; a month named first does not lead the same way."""
    assert expected in _tags(text, "2030-04-19")


def test_anchor_a_period_still_to_come_is_no_reporting_period():
    """'for the week' after 'next week' is the week being reported, not the one ahead."""
    text = (
        "Stocks rose today as traders bet the central bank would hold rates at its meeting "
        "next week. For the week, the index gained 1.2%."
    )
    assert ("the week", "2030-W10") in _tags(text, "2030-03-06")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chain-store sales rose 1% in the latest week, a report said Tuesday. In the "
            "previous week, they fell.",
            ("the previous week", "2031-W14"),
        ),
        (
            "Orders jumped in May, the ministry said on Friday. The month before, they had fallen.",
            ("The month before", "2030-04"),
        ),
    ],
)
def test_anchor_the_previous_unit_counts_from_the_last_one_named(text, expected):
    """'the previous week', 'the month before' count from the last week or month named, not
    from the day of the report."""
    assert expected in _tags(text, "2031-04-15")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Profit in the second quarter rose 4%. Sales in the period rose 9%.",
            [("the second quarter", "2031-Q2"), ("the period", "2031-Q2")],
        ),
        ("In the period after the war, trade grew.", []),
        ("During the same period, costs rose.", []),
        (
            "It earned $4 million, against a loss in the year-earlier second quarter.",
            [("the year-earlier second quarter", "2030-Q2")],
        ),
    ],
)
def test_anchor_the_period_is_the_quarter_reported(text, expected):
    """'in the period' is the quarter, half or month the story reports on, and nothing when it
    names none; 'the year-earlier second quarter' is last year's."""
    assert _tags(text, "2031-08-06") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a fiscal quarter's year is the year its fiscal year ends in, reckoned from the day
        # that closes the quarter, or from some six weeks before the story
        (
            "Lorvik Tools said its fiscal third quarter, which ended March 31, was its best.",
            "2003-04-22",
            [("fiscal third quarter", "FY2003-Q3"), ("March 31", "2003-03-31")],
        ),
        (
            "Penner Mills said profit fell in its fiscal first quarter, ended Sept. 30.",
            "1994-10-19",
            [("fiscal first quarter", "FY1995-Q1"), ("Sept. 30", "1994-09-30")],
        ),
        (
            "Orland Software's profit doubled in its fiscal second quarter. Its shares rose.",
            "2001-01-25",
            [("fiscal second quarter", "FY2001-Q2")],
        ),
        (
            "The grocer's fiscal fourth quarter was weak, it said.",
            "1996-03-06",
            [("fiscal fourth quarter", "FY1995-Q4")],
        ),
        # a run of quarters counted is no quarter named
        (
            "Halden Corp. lost money for the third quarter in a row.",
            "1995-07-20",
            [],
        ),
    ],
)
def test_anchor_fiscal_quarter_year(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Costs will rise in the second half of its fiscal year, the utility said.",
            [("the second half of its fiscal year", "FY2004-H2")],
        ),
        (
            "The chain lost money in the first quarter of the fiscal year.",
            [("the first quarter of the fiscal year", "FY2004-Q1")],
        ),
    ],
)
def test_anchor_a_part_of_the_fiscal_year_is_fiscal(text, expected):
    assert _tags(text, "2004-05-19") == expected


def test_anchor_the_previous_quarter_does_not_count_from_a_year_earlier():
    """'the previous quarter' after 'a year earlier' (last year's copy of the quarter reported)
    counts from the quarter reported, as it does after 'the year-earlier week'."""
    text = (
        "Dorn Mills said its profit grew in the second quarter. It earned $9 million in the "
        "quarter, against $7 million a year earlier, and more than in the previous quarter."
    )
    tags = _tags(text, "2031-07-29")
    assert ("a year earlier", "2030-Q2") in tags
    assert ("the previous quarter", "2031-Q1") in tags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brenner Tools said its profit rose in its fiscal fourth quarter, which ended Sept. "
            "30. It expects sales to slow in the first half of the current fiscal year and to "
            "recover next fiscal year.",
            [
                ("the first half of the current fiscal year", "FY2032-H1"),
                ("next fiscal year", "FY2033"),
            ],
        ),
        (
            "Brenner Tools said its loss narrowed in its fiscal fourth quarter, which ended Sept. "
            "30. It will cut 300 jobs in the fourth quarter of this fiscal year.",
            [("the fourth quarter of this fiscal year", "FY2032-Q4")],
        ),
        (
            "Lawmakers said spending would grow in the current fiscal year.",
            [("the current fiscal year", "FY2031")],
        ),
    ],
)
def test_anchor_the_current_fiscal_year_counts_from_the_leads_fiscal_year(text, expected):
    """After a lead's fiscal fourth quarter, the fiscal year under way is the next one: 'the
    current fiscal year', 'next fiscal year' and their halves and quarters count from it; with
    no fiscal lead they count from the publication year."""
    tags = _tags(text, "2031-11-05")
    for pair in expected:
        assert pair in tags
