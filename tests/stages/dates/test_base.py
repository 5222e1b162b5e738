"""Tests for the direction a date without a year takes from its context (base.Context): noun
phrases, reported speech, schedules in the present tense and deadlines."""

from __future__ import annotations

import pytest

from tests.stages.dates.timexes import timexes


def _values(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in timexes(text, published)]


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
        # "since" looks back, whatever the verb's tense
        ("Shops have been shut since Monday.", [("Monday", "2023-07-31")]),
        ("It is the third strike since November.", [("November", "2022-11")]),
        ("Aid will flow as it has since Thursday.", [("Thursday", "2023-07-27")]),
        # a modal of expectation points ahead (not "must": "the cash banks must hold")
        ("Prices should fall in December.", [("December", "2023-12")]),
        ("The envoy may return on Tuesday.", [("Tuesday", "2023-08-08")]),
        ("The court must rule by Thursday.", [("Thursday", "2023-08-03")]),
        # "could" points ahead unless negated, which reports the past
        ("The embargo could be lifted on Friday.", [("Friday", "2023-08-04")]),
        ("Aides said the cabinet could meet as early as Monday.", [("Monday", "2023-08-07")]),
        ("Rescuers could not reach the village on Monday.", [("Monday", "2023-07-31")]),
        # a past tense in a condition on a clause pointing ahead points ahead too
        (
            "The rebels will sign on Friday if the army withdrew its tanks by Thursday.",
            [("Friday", "2023-08-04"), ("Thursday", "2023-08-03")],
        ),
        (
            "The army withdrew its tanks on Thursday after the rebels signed.",
            [("Thursday", "2023-07-27")],
        ),
        # the base of a comparison lies before it, whatever the verb
        (
            "Economists expect growth of 1%, down from 2.5% in the first quarter.",
            [("the first quarter", "2023-Q1")],
        ),
        ("Exports will rise, up from $4 billion in May.", [("May", "2023-05")]),
        # the month just ended, named as a report's data, under a verb pointing ahead
        (
            "The agency will report July sales next week.",
            [("July", "2023-07"), ("next week", "2023-W32")],
        ),
        ("Figures for July will be published soon.", [("July", "2023-07"), ("soon", "FUTURE_REF")]),
        ("The envoy will visit in July.", [("July", "2024-07")]),
        ("She expects to hear from them in March.", [("March", "2024-03")]),
        # a noun "due" or "scheduled" on a date lies ahead
        ("The jobs report, due Friday, is expected to be weak.", [("Friday", "2023-08-04")]),
        ("Its outlook, due in October, was delayed.", [("October", "2023-10")]),
        # a verb that gives an event its date points ahead, whatever its tense
        ("The magistrate set the hearing for Sept. 20.", [("Sept. 20", "2023-09-20")]),
        ("The council postponed its vote until Monday.", [("Monday", "2023-08-07")]),
        ("They sought to push the talks back to the spring.", [("the spring", "2024-SP")]),
        ("The panel fixed nothing but set Oct. 3 as the deadline.", [("Oct. 3", "2023-10-03")]),
        # ... but not a date that tells when the verb happened
        ("The sprinter set a national record on July 8.", [("July 8", "2023-07-08")]),
        ("The firm moved its offices to Denver in June.", [("June", "2023-06")]),
        # a state a verb puts in place or foretells lasts until a date ahead
        ("Forecasters warned of heavy rain through Friday.", [("Friday", "2023-08-04")]),
        ("The army imposed a curfew until Monday.", [("Monday", "2023-08-07")]),
        ("The governor extended the ban until Sunday.", [("Sunday", "2023-08-06")]),
        # ... but not the day of the announcement, nor a report of the past
        ("The governor announced on Monday that he would run.", [("Monday", "2023-07-31")]),
        ("Officials reported calm through Friday.", [("Friday", "2023-07-28")]),
    ],
)
def test_base_direction_beyond_the_verb_tense(text, expected):
    assert _values(text, "2023-08-02") == expected


# A quarter or season without a year, published 2023-08-02 (the third quarter, the summer).
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a quarter with no tense to go by is the nearest one, ties to the past
        (
            "Sales in the fourth quarter were weak.",
            "2023-02-20",
            [("the fourth quarter", "2022-Q4")],
        ),
        ("Sales in the first quarter were weak.", "2023-08-02", [("the first quarter", "2023-Q1")]),
        # ahead: the quarter just ended is still to be reported, so it is this year's
        (
            "Data due for the second quarter will show growth.",
            "2023-08-02",
            [("the second quarter", "2023-Q2")],
        ),
        (
            "The firm will report its fourth-quarter loss.",
            "2023-01-20",
            [("fourth-quarter", "2022-Q4")],
        ),
        (
            "Output will grow in the first quarter.",
            "2023-08-02",
            [("the first quarter", "2024-Q1")],
        ),
        # the season we are in, named bare, is this year's in either direction
        ("Prices will stay weak through the summer.", "2023-08-02", [("the summer", "2023-SU")]),
        ("Prices fell in the summer.", "2023-08-02", [("the summer", "2023-SU")]),
        ("Prices will rise next summer.", "2023-08-02", [("next summer", "2024-SU")]),
        # "this spring" in February is this calendar year's
        ("Farmers will plant this spring.", "2012-02-24", [("this spring", "2012-SP")]),
        ("Snow fell this winter.", "2012-02-24", [("this winter", "2011-WI")]),
        # "this winter" in the spring is the one just ended, in the autumn the one ahead
        ("Ice jams this winter closed the port.", "2014-04-09", [("this winter", "2013-WI")]),
        ("Fuel will be short this winter.", "2014-10-09", [("this winter", "2014-WI")]),
    ],
)
def test_base_quarter_and_season_year(text, published, expected):
    assert _values(text, published) == expected


# Easter moves: Good Friday, Easter and Easter Monday by the computus, the year by tense.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Markets will be closed on Good Friday.", "1998-03-31", [("Good Friday", "1998-04-10")]),
        ("Pilgrims gathered at Easter.", "2019-05-08", [("Easter", "2019-04-21")]),
        (
            "Talks resume on Easter Monday 2024.",
            "2023-08-02",
            [("Easter Monday 2024", "2024-04-01")],
        ),
        ("Tourists flew to Easter Island.", "2023-08-02", []),
    ],
)
def test_base_easter_holidays(text, published, expected):
    assert _values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Heating oil for March delivery fell 2 cents a gallon.", "1992-01-14", "1992-03"),
        ("Gold for December delivery closed at $362.", "1989-10-05", "1989-12"),
        ("The July futures contract rose 4 cents in Chicago.", "1996-05-21", "1996-07"),
        ("The August contract settled at $18.20 a barrel.", "1993-06-30", "1993-08"),
        ("Soybeans for January delivery gained.", "1997-11-12", "1998-01"),
    ],
)
def test_base_a_delivery_month_lies_ahead(text, published, expected):
    months = [value for _, value in _values(text, published)]
    assert expected in months


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farmers voted in a ballot on June 2.", ("June 2", "2030-06-02")),
        ("The council will sit for the last time on Thursday.", ("Thursday", "2031-04-17")),
        ("The envoys will speak at a dinner on Sunday.", ("Sunday", "2031-04-20")),
    ],
)
def test_base_a_date_on_the_object_of_a_verbs_preposition_takes_the_verbs_tense(text, expected):
    """'voted in a ballot on Nov. 20': the ballot and the vote happen together."""
    assert expected in [(t.text, t.value) for t in timexes(text, "2031-04-15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's tense is no guide: its weekday is the nearest, its day the nearest year
        (
            "Ministers to Sign Water Accord Tuesday\n\nAMMAN, Jordan -- The ministers arrived.",
            [("Tuesday", "1994-03-08")],
        ),
        (
            "Rebels Shell Airport Friday\n\nKABUL -- The airport was closed.",
            [("Friday", "1994-03-04")],
        ),
        (
            "As March 10 Vote Nears, Parties Trade Charges\n\nROME -- The campaign ended.",
            [("March 10", "1994-03-10")],
        ),
    ],
)
def test_base_a_headline_date_is_the_nearest(text, expected):
    assert _values(text, "1994-03-06") == expected


# 2027-05-12 is a Wednesday.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a schedule given up ("once set for") may lie on either side: the nearest date
        ("The ballot, once set for May 3, was called off.", [("May 3", "2027-05-03")]),
        ("The ruling, originally scheduled for June 1, was delayed.", [("June 1", "2027-06-01")]),
        ("The inquiry was once set for April, but it never met.", [("April", "2027-04")]),
        ("A summit, once expected Monday, has been put off.", [("Monday", "2027-05-10")]),
        ("The hearing, originally set for Saturday, will move.", [("Saturday", "2027-05-15")]),
        # ... but a schedule kept still points ahead
        ("The ballot, set for May 3, will go ahead.", [("May 3", "2028-05-03")]),
        # a rescheduling verb's particle carries the preposition: the date lies ahead
        ("The ministers' meeting was moved up to Monday.", [("Monday", "2027-05-17")]),
        ("The census was pushed back to March.", [("March", "2028-03")]),
    ],
)
def test_base_a_schedule_given_up_takes_the_nearest_date(text, expected):
    assert _values(text, "2027-05-12") == expected


# 2027-05-12 is a Wednesday.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund clause takes its governor's tense
        ("The panel will meet in Geneva, starting on Monday.", [("Monday", "2027-05-17")]),
        ("The envoy left Cairo, arriving in Rome on Monday.", [("Monday", "2027-05-10")]),
        # "must" points ahead, "must have" does not
        ("Banks must close their branches on Friday.", [("Friday", "2027-05-14")]),
        ("The letter must have arrived on Friday.", [("Friday", "2027-05-07")]),
        # a respite given or granted until a date: a deadline ahead
        ("The judge gave the firm until Tuesday to reply.", [("Tuesday", "2027-05-18")]),
        ("Creditors granted the city until June to pay.", [("June", "2027-06")]),
        # ... but not one already over
        ("The court had given the firm until May 3 to reply.", [("May 3", "2027-05-03")]),
        # a state kept or a program cancelled until a date: the date lies ahead
        (
            "Senators voted Monday to keep the mines shut through June 9.",
            [("Monday", "2027-05-10"), ("June 9", "2027-06-09")],
        ),
        ("The museum has cancelled all tours through Sept. 30.", [("Sept. 30", "2027-09-30")]),
        ("Rail operators suspended service until Sunday.", [("Sunday", "2027-05-16")]),
        # the time still to run before a date: the nearest such date
        (
            "With nine days left before the May 21 ballot, the parties are tied.",
            [("nine days", "P9D"), ("May 21", "2027-05-21")],
        ),
        (
            "With a week remaining until the May 1 deadline, talks broke down.",
            [("a week", "P1W"), ("May 1", "2027-05-01")],
        ),
    ],
)
def test_base_gerunds_must_and_deadlines_given(text, expected):
    assert _values(text, "2027-05-12") == expected
