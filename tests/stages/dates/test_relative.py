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
        # SETs: every N units, each quarter, each month of the year, around the clock, rates
        ("Licenses are renewed every two years.", [("every two years", "SET", "P2Y")]),
        ("Staff report every four hours.", [("every four hours", "SET", "PT4H")]),
        ("The dividend is paid each quarter.", [("each quarter", "SET", "P3M")]),
        ("The assembly meets each September.", [("each September", "SET", "XXXX-09")]),
        ("Each may choose a seat.", []),
        ("Rivals attacked each other Sunday.", [("Sunday", "DATE", "2023-07-30")]),
        ("The group meets every other month.", [("every other month", "SET", "P2M")]),
        ("Staff met every weekend.", [("every weekend", "SET", "XXXX-WXX-WE")]),
        ("The center runs around the clock.", [("around the clock", "SET", "P1D")]),
        ("The firm ships 12 million packages a day.", [("a day", "SET", "P1D")]),
        ("Output rose about 20% a year.", [("a year", "SET", "P1Y")]),
        ("Winds reached 125 miles an hour.", []),
        ("The report came a day after the vote.", [("a day", "DURATION", "P1D")]),
        # durations: halves, "all week", "two more days", quarters counted in a row
        ("He ruled for two and a half years.", [("two and a half years", "DURATION", "P2Y6M")]),
        ("It was the first pact in half a century.", [("half a century", "DURATION", "P50Y")]),
        ("It took a year and a half.", [("a year and a half", "DURATION", "P1Y6M")]),
        ("Traders waited all week.", [("all week", "DURATION", "P1W")]),
        ("It will take two more days.", [("two more days", "DURATION", "P2D")]),
        (
            "Prices fell for three consecutive quarters.",
            [("three consecutive quarters", "DURATION", "P9M")],
        ),
        ("Three quarters of voters agreed.", []),
        # vague lengths after a verb of lasting, "perhaps", "even"
        (
            "Pumping could take weeks, perhaps months.",
            [("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")],
        ),
        # vague references
        (
            "Risks are tilted down for the foreseeable future.",
            [("the foreseeable future", "DATE", "FUTURE_REF")],
        ),
        ("Troops stay for the time being.", [("the time being", "DATE", "PRESENT_REF")]),
        # a length said as an adjective has no preposition before it (it once raised IndexError)
        ("The decades-long dispute ended.", [("decades-long", "DURATION", "PXDE")]),
        # "last month of" without an article is last month; a fraction "a quarter" no time
        ("Greenspan warned last month of froth.", [("last month", "DATE", "2023-07")]),
        ("Rain was less than a quarter of normal.", []),
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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "through the (holiday) weekend" is a weekend, the next one when the verb looks ahead
        (
            "Bankers will work through the holiday weekend.",
            "1998-12-30",
            [("the holiday weekend", "DATE", "1998-W53-WE")],
        ),
        # "the first half of the fiscal year" stays fiscal
        (
            "For the first half of the fiscal year, profit rose 20%.",
            "2004-01-29",
            [("the first half of the fiscal year", "DATE", "FY2004-H1")],
        ),
        # US holidays counted from a weekday of their month
        (
            "Leaders want the bill signed before Presidents' Day.",
            "2009-02-10",
            [("Presidents' Day", "DATE", "2009-02-16")],
        ),
    ],
)
def test_relative_weekends_fiscal_halves_and_holidays(text, published, expected):
    assert [(t.text, t.type, t.value) for t in timexes(text, published)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patrols cross the bridge every night.", ("every night", "XXXX-XX-XXTNI")),
        ("The clinic opens each afternoon.", ("each afternoon", "XXXX-XX-XXTAF")),
        ("Guards walk the wall nightly.", ("nightly", "XXXX-XX-XXTNI")),
    ],
)
def test_relative_a_part_of_every_day_is_a_set_of_that_part(text, expected):
    """'every night' recurs at night, as 'every morning' does in the morning."""
    assert expected in [(t.text, t.value) for t in timexes(text, "2030-03-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 4,000 homes have been flooded so far.", [("so far", "PRESENT_REF")]),
        ("So far the two ministries have not replied.", [("So far", "PRESENT_REF")]),
        ("The mayor went so far as to close the port.", []),
        ("The nearest shelter is not so far away.", []),
        ("For the week so far, the index is down 2%.", [("the week", "2030-W10")]),
    ],
)
def test_relative_so_far_is_the_present_unless_a_distance_or_a_periods(text, expected):
    """'so far' is PRESENT_REF, not 'so far as to', 'so far away' or 'the week so far'."""
    assert [(t.text, t.value) for t in timexes(text, "2030-03-09")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry sank about half an hour after leaving port.", ("about half an hour", "PT30M")),
        (
            "The levee broke two and a half days after the storm passed.",
            ("two and a half days", "P2DT12H"),
        ),
    ],
)
def test_relative_a_length_before_an_event_splits_a_spoken_fraction(text, expected):
    """'half an hour after leaving' is PT30M, as 'for half an hour' is, not PT0.5H."""
    assert expected in [(t.text, t.value) for t in timexes(text, "2030-03-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At this hour the rescuers are still digging.", [("this hour", "PRESENT_REF")]),
        ("The ferry reached the harbor just moments ago.", [("just moments ago", "PAST_REF")]),
        ("We will be back at this hour tomorrow.", [("tomorrow", "2030-03-10")]),
    ],
)
def test_relative_broadcast_present_and_just_past(text, expected):
    """A newscaster's 'at this hour' is the present and 'moments ago' the recent past; 'this
    hour tomorrow' is no present."""
    assert [(t.text, t.value) for t in timexes(text, "2030-03-09")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index lost 4% in the past five trading days.", ("the past five trading days", "P5D")),
        ("A refund takes ten business days.", ("ten business days", "P10D")),
    ],
)
def test_relative_trading_and_business_days_are_days(text, expected):
    """'the past five trading days' is a length of days, not the past ('the past')."""
    assert [(t.text, t.value) for t in timexes(text, "2030-03-09")] == [expected]


def test_relative_a_half_hour_is_no_half_year():
    """'the first half hour' of a session is not the first half of the year."""
    text = "Shares fell in the first half hour of trading."
    assert [t.value for t in timexes(text, "2030-03-09")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bourses in Asia, which had slid sharply overnight, steadied.", "2030-03-08TNI"),
        ("Patrols were doubled overnight along the border.", "2030-03-08TNI"),
    ],
)
def test_relative_overnight_on_its_verb_is_last_night(text, expected):
    """'overnight' on a verb is the night before publication, even where spaCy gives it no
    entity."""
    assert [(t.text, t.value) for t in timexes(text, "2030-03-09")] == [("overnight", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output grew at a 2.4% annual rate.", []),
        ("It posted its worst weekly showing since May.", [("May", "DATE")]),
        ("The club posted an annual loss.", []),
        ("The ministry holds a weekly briefing.", [("weekly", "SET")]),
        ("Payments are made annually.", [("annually", "SET")]),
    ],
)
def test_relative_a_frequency_word_on_a_figure_is_no_set(text, expected):
    """'an annual rate', 'a weekly showing' measure a figure; 'a weekly briefing' recurs."""
    assert [(t.text, t.type) for t in timexes(text, "2030-08-09")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The chairman said he expected 2031 to be another good year for the bank.",
        "Fiscal 2030 is the chain's first losing year since 1975.",
    ],
)
def test_relative_a_judged_or_counted_year_is_no_time(text):
    """'another good year', 'its first losing year' name no time: only the years are kept."""
    assert all(t.text.isdigit() or t.text.startswith("Fiscal") for t in timexes(text, "2030-11-15"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She signed a one-year contract.", [("one-year", "DURATION", "P1Y")]),
        ("The fund pays interest twice a year.", [("twice a year", "SET", "P1Y")]),
    ],
)
def test_relative_a_one_unit_adjective_after_a_is_a_length(text, expected):
    """'a one-year contract' is a length, where 'twice a year' stays a SET."""
    assert [(t.text, t.type, t.value) for t in timexes(text, "2030-03-09")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This past weekend, crowds filled the square.", [("This past weekend", "2030-W10-WE")]),
        ("Two ships sank within the last hour.", [("the last hour", "PT1H")]),
        ("More storms are likely in the days ahead.", [("the days ahead", "FUTURE_REF")]),
        ("Last hour the crowd left.", []),
    ],
)
def test_relative_broadcast_weekend_hour_and_days_ahead(text, expected):
    """'this past weekend' is the last one; 'the last hour' a length; 'the days ahead' the
    future."""
    assert [(t.text, t.value) for t in timexes(text, "2030-03-13")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is 11 o'clock in Kabul.", [("11 o'clock", "2030-03-13T11:00")]),
        (
            "The curfew starts at nine o'clock at night.",
            [("nine o'clock at night", "2030-03-13T21:00")],
        ),
        (
            "He woke at six o'clock in the morning.",
            [("six o'clock in the morning", "2030-03-13T06:00")],
        ),
    ],
)
def test_relative_o_clock_is_a_clock_time(text, expected):
    """A broadcast's 'o'clock' is a clock time; 'at night', 'in the evening' are after noon."""
    assert [(t.text, t.value) for t in timexes(text, "2030-03-13")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A year from now, rates will be lower.", [("A year from now", "2031")]),
        ("Two weeks from today the vote is held.", [("Two weeks from today", "2030-W13")]),
        ("Several years from now, who knows.", [("Several years from now", "FUTURE_REF")]),
        ("Yields on the 30-year bond rose.", [("30-year", "P30Y")]),
        ("Sales rose in the latest 12 months.", [("the latest 12 months", "P12M")]),
    ],
)
def test_relative_from_now_and_length_adjectives(text, expected):
    """'a year from now' is the publication date moved ahead; 'the 30-year bond' tags the
    adjective alone; 'the latest 12 months' is a length."""
    assert [(t.text, t.value) for t in timexes(text, "2030-03-13")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Orioles open spring training in Florida next week.",
        "Rain last month helped the winter wheat in Kansas.",
        "Stores cut prices on summer clothing to clear space.",
        "Growers said the spring crop was the smallest in years.",
    ],
)
def test_relative_a_season_naming_a_kind_of_thing_is_no_time(text):
    assert not [t for t in _tags(text) if t[0].lower() in ("spring", "summer", "winter")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orchards hire pickers each autumn.", [("each autumn", "SET", "XXXX-FA")]),
        ("Every summer the town doubles in size.", [("Every summer", "SET", "XXXX-SU")]),
        ("Each fall in exports hurt the peso.", []),
    ],
)
def test_relative_a_season_every_year_is_a_set(text, expected):
    assert [(t.text, t.type, t.value) for t in timexes(text, "1997-05-14")] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Gold has lost 9% since the first of the year.", "1993-08-04", "1993-01-01"),
        ("The new rates took effect on the first of the month.", "1993-08-04", "1993-08-01"),
        ("The plant will reopen by the first of the year.", "1993-10-20", "1994-01-01"),
    ],
)
def test_relative_the_first_of_the_year_or_month_is_its_first_day(text, published, expected):
    assert [t.value for t in timexes(text, published)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "past" as a preposition is no "this past": the weekday keeps its tense
        ("If the vote slips past Thursday, the bill dies.", [("Thursday", "1995-03-16")]),
        ("The talks dragged on past Monday.", [("Monday", "1995-03-13")]),
        ("He spoke this past Monday.", [("past Monday", "1995-03-13")]),
    ],
)
def test_relative_past_before_a_weekday_is_a_preposition_unless_this_or_the(text, expected):
    assert [(t.text, t.value) for t in timexes(text, "1995-03-15")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Retailers are heading into the fall with thin stocks.", [("the fall", "2001-FA")]),
        ("Bookings held up throughout the fall.", [("the fall", "2000-FA")]),
        ("Exporters were hurt by the fall in the yen.", []),
    ],
)
def test_relative_the_fall_after_into_or_throughout_is_the_season(text, expected):
    assert [(t.text, t.value) for t in timexes(text, "2001-08-22")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was the coldest winter since 1982 in the valley.", [("1982", "1982")]),
        ("Growers blamed their wettest spring on record.", []),
        ("Sales rose in the spring.", [("the spring", "1999-SP")]),
    ],
)
def test_relative_a_season_ranked_is_no_season_named(text, expected):
    assert [(t.text, t.value) for t in timexes(text, "1999-10-06")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police cleared the camp at dawn on Sunday.", [("dawn", "2031-04-13TMO")]),
        ("Shelling went on until daybreak.", [("daybreak", "2031-04-15TMO")]),
        ("Divers searched the bay from first light.", [("first light", "2031-04-15TMO")]),
        ("Workers queued before dawn.", []),
        ("Leaders hailed a new dawn for the region.", []),
    ],
)
def test_relative_daybreak_after_a_preposition_of_time_is_that_days_morning(text, expected):
    """'at dawn', 'until daybreak': the morning of the day named, else of publication."""
    found = [(t.text, t.value) for t in timexes(text, "2031-04-15") if t.rule == "daybreak"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports grew 6 percent a year.", [("a year", "SET", "P1Y")]),
        ("Prices rose 3 pct a month.", [("a month", "SET", "P1M")]),
        ("The truce held for a year.", [("a year", "DURATION", "P1Y")]),
    ],
)
def test_relative_a_unit_after_percent_is_a_rate(text, expected):
    """'6 percent a year' is a rate (SET), as '6% a year' is."""
    assert [(t.text, t.type, t.value) for t in timexes(text, "2031-04-15")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The stadium was built for the Winter Olympics.", []),
        ("Athletes trained for the Summer Games in Seoul.", []),
        ("The talks resume in the summer.", [("the summer", "2031-SU")]),
    ],
)
def test_relative_a_season_naming_games_is_no_time(text, expected):
    """'the Winter Olympics', 'the Summer Games' name an event, not a season."""
    assert [(t.text, t.value) for t in timexes(text, "2031-04-15")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fares rise early in the next decade.", [("early in the next decade", "DATE", "204")]),
        ("The ruling will define the coming decade.", [("the coming decade", "DATE", "204")]),
        ("The next decade belongs to the young.", [("The next decade", "DATE", "204")]),
        ("Output will triple over the next decade.", [("the next decade", "DURATION", "P1DE")]),
        ("Rents could halve in the next decade.", [("the next decade", "DURATION", "P1DE")]),
    ],
)
def test_relative_the_next_decade_not_after_a_preposition_of_length_is_the_decade(text, expected):
    """'the next decade' named as a time (a modifier before it, a verb's object, a subject) is
    the calendar decade; after 'over', 'in', 'for' ... it is a length."""
    assert [(t.text, t.type, t.value) for t in timexes(text, "2036-03-11")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports slumped in the last quarter of 2029.", [("the last quarter of 2029", "2029-Q4")]),
        ("Exports slumped last quarter.", [("last quarter", "2031-Q1")]),
        ("Exports slumped in the last quarter.", [("the last quarter", "2031-Q1")]),
    ],
)
def test_relative_the_last_quarter_of_a_year_is_its_fourth(text, expected):
    """'the last quarter of 2029' is that year's fourth quarter, as 'the final quarter of' is;
    'last quarter' alone is still the quarter before this one."""
    assert [(t.text, t.value) for t in timexes(text, "2031-04-15")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It grew in the final three months of the year.",
            ("the final three months of the year", "2030-Q4"),
        ),
        (
            "It grew in the first three months of 2028.",
            ("the first three months of 2028", "2028-Q1"),
        ),
        ("It grew in the third quarter of the year.", ("the third quarter of the year", "2030-Q3")),
        (
            "It will grow in the third quarter of the year.",
            ("the third quarter of the year", "2031-Q3"),
        ),
        ("It grew in the first three months.", ("the first three months", "P3M")),
    ],
)
def test_relative_three_months_of_a_year_are_its_quarter(text, expected):
    """'the first/final three months of the year' is a quarter, as 'the fourth quarter of the
    year' is; told in the past, the last such quarter, not this year's still to come."""
    assert [(t.text, t.value) for t in timexes(text, "2031-02-20")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor will spend the weekend at the lake.", [("the weekend", "2031-W08-WE")]),
        ("The governor spent the weekend at the lake.", [("the weekend", "2031-W07-WE")]),
    ],
)
def test_relative_the_weekend_spent_is_a_date(text, expected):
    """'spend the weekend' names the weekend, by tense, as 'over the weekend' does."""
    assert [(t.text, t.value) for t in timexes(text, "2031-02-20")] == expected
