"""Tests for the seventeenth round of issue 19 (times): the reporting period of business,
economic and political news (eval/dates_dev17). Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.stages.dates.timexes import timexes


def _tags(text: str, published: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in timexes(text, published)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a decade written with an apostrophe, as the papers of the day wrote it
        (
            "The mill has not run three shifts since the 1950's.",
            "1994-03-02",
            ("the 1950's", "DATE", "195"),
        ),
        ("Rents doubled in the '70's.", "1989-05-17", ("the '70's", "DATE", "197")),
        # "mid-decade": the decade, as "mid-April" is the month
        (
            "Officials expect the pension fund to run dry by mid-decade.",
            "1993-10-06",
            ("mid-decade", "DATE", "199"),
        ),
        # a quarter named by its months with "to"
        (
            "Shipments in the April-to-June quarter rose 4 percent.",
            "1996-08-01",
            ("the April-to-June quarter", "DATE", "1996-Q2"),
        ),
        # the period itself before "after" and a gerund, not a period counted from an event
        (
            "Copper output fell in July, the bureau said. Output rose 3 percent in the month "
            "after falling in June.",
            "1990-08-24",
            ("the month", "DATE", "1990-07"),
        ),
        # a comparison's "the previous month", "a month earlier": the month before the one
        # the story reports on, not before a month named since or before the day it was said
        (
            "Factory orders rose 1.1 percent in March, the department said Tuesday. April's "
            "orders will be reported next month. Orders were up from the previous month.",
            "1993-05-05",
            ("the previous month", "DATE", "1993-02"),
        ),
        (
            "Car sales fell 2 percent in October, the group said today. Imports fell 5 percent "
            "from a month earlier.",
            "1991-11-12",
            ("a month earlier", "DATE", "1991-09"),
        ),
    ],
)
def test_dates17_periods(text, published, expected):
    assert expected in _tags(text, published)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # in a story on a fiscal fourth quarter, "for the fiscal year" is the year reported and
        # "the end of the fiscal year" the one under way
        (
            "Acme Tool said its profit rose in its fiscal fourth quarter, which ended June 30. "
            "For the fiscal year, profit rose 9 percent. Acme plans to close two plants by the "
            "end of the fiscal year.",
            "1996-07-25",
            [
                ("June 30", "1996-06-30"),
                ("the fiscal year", "FY1996"),
                ("the fiscal year", "FY1997"),
            ],
        ),
        # "ends" as the verb of its own clause: the fiscal year and its last day, apart
        (
            "The current fiscal year ends on June 30 with a deficit.",
            "1991-04-10",
            [("The current fiscal year", "FY1991"), ("June 30", "1991-06-30")],
        ),
    ],
)
def test_dates17_fiscal_years(text, published, expected):
    found = [(t.text, t.value) for t in timexes(text, published)]
    assert [f for f in found if f[0].endswith("fiscal year") or f[0].startswith("June")] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "untagged"),
    [
        # sessions and terms are no present time
        ("The bill died in the current session of the Assembly.", "1995-06-14", "current"),
        ("He will not run again after the current term.", "1997-02-20", "current"),
        (
            "The first suit failed in 1978; the current one was filed in 1986.",
            "1990-09-12",
            "current",
        ),
        # an ordinal year of a term counts from an event
        (
            "Mr. Ames, who is in the second year of his third four-year term, spoke.",
            "1998-01-28",
            "second year",
        ),
    ],
)
def test_dates17_not_tagged(text, published, untagged):
    assert not any(untagged in t.text for t in timexes(text, published))


@pytest.mark.slow
def test_dates17_headline_entity_stops_at_its_line():
    # spaCy's entity ran on from the headline's "Quarter" into the dateline
    text = (
        "Intel Profit Up 25% in Quarter\n\nSANTA CLARA, Calif., July 18 -- The Intel "
        "Corporation said today that its profit rose 25 percent in its second quarter, as sales "
        "of its chips grew."
    )
    assert all("\n" not in t.text for t in timexes(text, "1995-07-18"))
