"""Tests for the dates stage: TIMEX3 tagging, resolution, export and event attachment."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.records import Article, Parse, Token
from diplograph.stages.dates.calendar import (
    decade_value,
    duration_value,
    nth_weekday,
    pick_weekday,
    pick_year_for_day,
    us_election_day,
)
from diplograph.stages.dates.expressions import (
    dates_in,
    event_date,
    export_date,
    find_timexes,
    tag_text,
)
from diplograph.stages.dates.words import SUPERLATIVE_PERIOD
from tests.stages.dates.timexes import parsed, timexes


def _tags(text: str, published: str | None) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in timexes(text, published)]


# --- no model -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-19", "2024-06-19"),
        ("2024-06-18TMO", "2024-06-18"),
        ("2024-06-18T15:00", "2024-06-18"),
        ("2024-06", "2024-06"),
        ("2024", "2024"),
        ("2024-W25", "2024-06"),  # 17-23 June
        ("2025-W36", "2025-09"),  # 1-7 September
        ("2025-W27", "2025"),  # 30 June - 6 July
        ("2026-W01", None),  # 29 December 2025 - 4 January 2026
        ("2024-W47-WE", "2024-11"),
        ("2024-Q1", "2024"),
        ("2024-SU", "2024"),
        ("2024-WI", None),
        ("199", None),
        ("19", None),
        ("FY2025", None),
        ("PAST_REF", None),
        ("PRESENT_REF", None),
        ("P2Y", None),
        ("2023-02-29", None),
        (None, None),
        ("", None),
    ],
)
def test_dates_export_date(value, expected):
    assert export_date(value) == expected


@pytest.mark.parametrize(
    ("month", "day", "ref", "direction", "year"),
    [
        (9, 3, "2025-09-10", "past", 2025),
        (9, 3, "2026-01-02", "past", 2025),
        (9, 12, "2025-09-10", "future", 2025),
        (9, 3, "2025-09-10", "future", 2026),
        (12, 30, "2025-01-02", "past", 2024),
        (1, 5, "2024-12-28", "future", 2025),
        (1, 5, "2024-12-28", "", 2025),  # nearest
        (2, 29, "2025-03-01", "past", 2024),  # the last leap day
        (2, 29, "2025-03-01", "future", 2028),
    ],
)
def test_dates_year_for_day_month(month, day, ref, direction, year):
    assert pick_year_for_day(month, day, date.fromisoformat(ref), direction) == year


@pytest.mark.parametrize(
    ("weekday", "ref", "direction", "expected"),
    [
        (4, "2025-09-10", "past", "2025-09-05"),  # Friday before a Wednesday
        (4, "2025-09-10", "future", "2025-09-12"),
        (2, "2025-09-10", "past", "2025-09-10"),  # the same day
        (0, "2025-01-01", "past", "2024-12-30"),  # across the year
    ],
)
def test_dates_weekday_choice(weekday, ref, direction, expected):
    assert pick_weekday(weekday, date.fromisoformat(ref), direction).isoformat() == expected


def test_dates_parse_without_tokens_does_not_crash():
    parse = Parse(
        article=Article(id="x", text="On 31 February 2024 they met."), tokens=(), sentences=()
    )
    found = find_timexes(parse, date(2024, 3, 1))
    # an impossible day keeps its words and span, with no value
    assert [(t.text, t.type, t.value) for t in found] == [("31 February 2024", "DATE", None)]


def test_dates_handbuilt_parse_resolves_yesterday():
    text = "Talks ended yesterday"
    words = [
        ("Talks", "NOUN", "NNS", "nsubj", 1),
        ("ended", "VERB", "VBD", "ROOT", 1),
        ("yesterday", "NOUN", "NN", "npadvmod", 1),
    ]
    tokens, start = [], 0
    for i, (word, pos, tag, dep, head) in enumerate(words):
        start = text.index(word, start)
        tokens.append(
            Token(i, word, word.lower(), pos, tag, dep, head, start, start + len(word), 0)
        )
    parse = Parse(article=Article(id="x", text=text), tokens=tuple(tokens), sentences=())
    [timex] = find_timexes(parse, date(2024, 1, 1))
    assert (timex.text, timex.value, timex.token_start) == ("yesterday", "2023-12-31", 2)


# --- tagging families (model) ----------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # absolute
        ("The pact was signed on 19 June.", "2024-06-21", [("19 June", "2024-06-19")]),
        ("The visit came in July 2000.", "2024-06-21", [("July 2000", "2000-07")]),
        ("They invaded in February 2022.", "2024-06-21", [("February 2022", "2022-02")]),
        ("Summits were held in 2018 and 2019.", "2024-06-21", [("2018", "2018"), ("2019", "2019")]),
        ("The envoy arrived on September 3.", "2025-09-10", [("September 3", "2025-09-03")]),
        ("The envoy arrived on September 3.", "2026-01-02", [("September 3", "2025-09-03")]),
        ("They will meet on 12 September.", "2025-09-10", [("12 September", "2025-09-12")]),
        ("The vote took place on Feb. 29.", "2025-03-01", [("Feb. 29", "2024-02-29")]),
        ("The court ruled on 2023-04-28.", "2023-05-12", [("2023-04-28", "2023-04-28")]),
        ("Fighting ended on 3 May 1945.", "2023-05-12", [("3 May 1945", "1945-05-03")]),
        ("It sent 2000 troops and 1,500 tanks.", "2023-05-12", []),
        # ranges
        ("Fighting raged in 2009-2010.", "2024-01-01", [("2009", "2009"), ("2010", "2010")]),
        ("It lasted from March to May.", "2024-06-20", [("March", "2024-03"), ("May", "2024-05")]),
        (
            "The talks ran from March 3 to May 2, 2022.",
            "2024-06-20",
            [("March 3", "2022-03-03"), ("May 2, 2022", "2022-05-02")],
        ),
        # datelines
        (
            "KYIV, March 3 (Reuters) - Drones were shot down.",
            "2024-03-04",
            [("March 3", "2024-03-03")],
        ),
        (
            "HAVANA, Dec. 31 (AP) - Crowds gathered.",
            "2025-01-01",
            [("Dec. 31", "2024-12-31")],
        ),
        # relative
        ("They met yesterday.", "2024-03-01", [("yesterday", "2024-02-29")]),
        ("They met yesterday.", "2025-01-01", [("yesterday", "2024-12-31")]),
        ("Talks collapsed last week.", "2025-09-10", [("last week", "2025-W36")]),
        ("Last week's summit failed.", "2025-09-10", [("Last week", "2025-W36")]),
        ("Talks collapsed last week.", "2025-01-02", [("last week", "2024-W52")]),
        ("Earlier this month, rebels advanced.", "2024-11-30", [("Earlier this month", "2024-11")]),
        ("Growth slowed this year.", "2024-11-30", [("this year", "2024")]),
        ("They will meet next spring.", "2025-09-10", [("next spring", "2026-SP")]),
        ("A decade ago the city burned.", "2025-07-15", [("A decade ago", "201")]),
        (
            "Ten years ago, in 2015, they signed.",
            "2025-07-15",
            [("Ten years ago", "2015"), ("2015", "2015")],
        ),
        (
            "Just a few years earlier, it failed.",
            "2025-07-15",
            [("Just a few years earlier", "PAST_REF")],
        ),
        (
            "A generation ago the valley grew cotton; two generations ago it was forest.",
            "1991-04-02",
            [("A generation ago", "PAST_REF"), ("two generations ago", "PAST_REF")],
        ),
        ("Rates rose last month.", "2025-01-10", [("last month", "2024-12")]),
        ("The embassy reopened two weeks ago.", "2024-11-30", [("two weeks ago", "2024-W46")]),
        # anchored
        (
            "The rebels took the port on March 3. Two days later they left.",
            "2022-10-03",
            [("March 3", "2022-03-03"), ("Two days later", "2022-03-05")],
        ),
        (
            "He became president two months after he won the vote.",
            "2022-10-03",
            [("two months", "P2M")],
        ),
        # weekdays
        ("The minister said Friday the talks failed.", "2025-09-10", [("Friday", "2025-09-05")]),
        ("The presidents will meet on Friday.", "2025-09-10", [("Friday", "2025-09-12")]),
        ("Officials spoke on Monday.", "2025-01-02", [("Monday", "2024-12-30")]),
        ("Markets rallied last Friday.", "2024-06-21", [("last Friday", "2024-06-14")]),
        # quarters, fiscal years, decades, centuries, seasons
        ("Output rose in the first quarter.", "2024-07-15", [("the first quarter", "2024-Q1")]),
        ("Sales fell in the fourth quarter.", "2025-02-10", [("the fourth quarter", "2024-Q4")]),
        ("It expects a loss in fiscal 2025.", "2024-07-15", [("fiscal 2025", "FY2025")]),
        ("The dispute dates to the 1990s.", "2024-07-15", [("the 1990s", "199")]),
        ("Rivals since the 19th century.", "2024-07-15", [("the 19th century", "18")]),
        ("The harvest failed last summer.", "2024-11-30", [("last summer", "2024-SU")]),
        ("Protests grew in the summer of 2018.", "2024-11-30", [("the summer of 2018", "2018-SU")]),
        ("The fall of the city shocked them.", "2024-11-30", []),
        # SET, DURATION, TIME, references
        ("The council meets every Monday.", "2024-03-04", [("every Monday", "XXXX-WXX-1")]),
        ("The ministry reports daily.", "2024-03-04", [("daily", "P1D")]),
        ("The war lasted two years.", "2024-03-04", [("two years", "P2Y")]),
        ("It was the first time in 66 years.", "2024-03-04", [("66 years", "P66Y")]),
        ("The 66-year-old minister resigned.", "2024-03-04", []),
        ("Families have waited for decades.", "2024-03-04", [("decades", "PXDE")]),
        ("Ties worsened over the past decade.", "2024-03-04", [("the past decade", "P1DE")]),
        (
            "Crowds gathered on Tuesday morning.",
            "2024-06-20",
            [("Tuesday morning", "2024-06-18TMO")],
        ),
        ("The blast came at 3 p.m.", "2024-06-20", [("3 p.m.", "2024-06-20T15:00")]),
        ("Talks are now under way.", "2024-06-20", [("now", "PRESENT_REF")]),
        ("The army currently holds the town.", "2024-06-20", [("currently", "PRESENT_REF")]),
        ("The minister visits Rome today.", "2024-06-20", [("today", "2024-06-20")]),
    ],
)
def test_dates_tagging_families(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.slow
def test_dates_without_publication_date_keeps_absolute_values():
    found = _tags("They met yesterday and again on 4 May 2021.", None)
    assert found == [("yesterday", None), ("4 May 2021", "2021-05-04")]


@pytest.mark.slow
def test_dates_offsets_and_tokens_match_text():
    text = "WASHINGTON, March 3 (Reuters) - Talks resumed on Friday."
    for t in tag_text(text, date(2024, 3, 4)):
        assert text[t.start : t.end] == t.text
        assert t.type in {"DATE", "TIME", "DURATION", "SET"}
        assert t.token_start >= 0 and t.sentence == 0


# --- event attachment ------------------------------------------------------------------------


def _event(text: str, published: str, trigger: str, **kwargs):
    day = date.fromisoformat(published)
    parse = parsed(text, day)
    index = next(t.i for t in parse.tokens if t.text == trigger)
    return event_date(parse, index, find_timexes(parse, day), day, **kwargs)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "trigger", "value"),
    [
        (
            "The envoy's arrival in Cairo on 19 June was welcomed.",
            "2024-06-21",
            "arrival",
            "2024-06-19",
        ),
        (
            "The occupation of the island in February 2022 was condemned.",
            "2024-06-21",
            "occupation",
            "2022-02",
        ),
        ("Its 2014 annexation of the peninsula was condemned.", "2024-06-21", "annexation", "2014"),
        (
            "In July 2000, two months after he took office, the leader flew to Hanoi.",
            "2024-06-21",
            "flew",
            "2000-07",
        ),
        (
            "In July 2000, two months after he took office, the leader flew to Hanoi.",
            "2024-06-21",
            "took",
            "2000-05",
        ),
        ("Last week's summit ended without a deal.", "2025-09-10", "summit", "2025-09"),
        (
            "The bank raised rates in March 2024. It also cut its forecast.",
            "2025-09-10",
            "cut",
            "2024-03",
        ),
        ("The president supports the plan.", "2025-09-10", "supports", "2025-09-10"),
        ("The rebels attacked the convoy.", "2025-09-10", "attacked", None),
        ("The army shelled the town in the 1990s.", "2025-09-10", "shelled", None),
    ],
)
def test_dates_event_date(text, published, trigger, value):
    assert _event(text, published, trigger).value == value


@pytest.mark.slow
def test_dates_event_date_paragraph_does_not_carry_across_newline():
    text = "The bank raised rates in March 2024.\nIt also cut its forecast."
    assert _event(text, "2025-09-10", "cut").value is None


@pytest.mark.slow
def test_dates_event_date_fallback_article():
    result = _event("The rebels attacked the convoy.", "2025-09-10", "attacked", fallback="article")
    assert (result.value, result.source) == ("2025-09-10", "article")
    pointed = _event(
        "The army shelled the town in the 1990s.", "2025-09-10", "shelled", fallback="article"
    )
    assert (pointed.value, pointed.timex) == (None, "199")  # never the article date instead


@pytest.mark.slow
def test_dates_dates_in_coordinated_years():
    day = date(2024, 6, 21)
    parse = parsed("The two leaders held summits in 2018 and 2019.", day)
    expressions = find_timexes(parse, day)
    held = next(t.i for t in parse.tokens if t.text == "held")
    found = dates_in(parse, parse.subtree(held), expressions)
    assert [t.value for t in found] == ["2018", "2019"]


# --- tense from the governing verb, named days, decades, same period ------------------------


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2004, "2004-11-02"), (2008, "2008-11-04"), (2015, "2015-11-03"), (2022, "2022-11-08")],
)
def test_dates_us_election_day(year, expected):
    assert us_election_day(year).isoformat() == expected


@pytest.mark.parametrize(
    ("year", "month", "weekday", "n", "expected"),
    [(2024, 11, 3, 4, "2024-11-28"), (2025, 9, 0, 1, "2025-09-01"), (2024, 2, 3, 5, "2024-02-29")],
)
def test_dates_nth_weekday(year, month, weekday, n, expected):
    assert nth_weekday(year, month, weekday, n).isoformat() == expected


@pytest.mark.parametrize(("year", "expected"), [(1974, "197"), (1990, "199"), (2009, "200")])
def test_dates_decade_value(year, expected):
    assert decade_value(year) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a date between a reporting verb and its complement's subject belongs to the reporting
        # verb, whatever the complement's tense
        (
            "Moscow said on Sunday it would expel two diplomats.",
            "2023-05-10",
            [("Sunday", "2023-05-07")],
        ),
        (
            "The mayor told reporters on Monday he would step down.",
            "2023-05-10",
            [("Monday", "2023-05-08")],
        ),
        # with "that" before it, the date belongs to the complement clause
        (
            "Moscow said that on Sunday it would expel two diplomats.",
            "2023-05-10",
            [("Sunday", "2023-05-14")],
        ),
        # an infinitive under a past verb reports a past event
        (
            "Both parties found fresh reasons to attack each other Sunday.",
            "2023-05-10",
            [("Sunday", "2023-05-07")],
        ),
        ("Police tried to disperse the crowd on Sunday.", "2023-05-10", [("Sunday", "2023-05-07")]),
        # ... but under a verb of ordering, planning or expecting it points ahead
        (
            "A court ordered the former mayor on Tuesday to appear before judges Feb. 3.",
            "2023-05-10",
            [("Tuesday", "2023-05-09"), ("Feb. 3", "2024-02-03")],
        ),
        (
            "The unions agreed on Monday to hold a strike Friday.",
            "2023-05-10",
            [("Monday", "2023-05-08"), ("Friday", "2023-05-12")],
        ),
        ("Talks are likely to resume Thursday.", "2023-05-10", [("Thursday", "2023-05-11")]),
        ("The envoy is due to arrive on Tuesday.", "2023-05-10", [("Tuesday", "2023-05-16")]),
    ],
)
def test_dates_tense_from_governing_verb(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # overnight, last night, tonight: TIME, the night before publication (or this one)
        (
            "Troops overnight shelled the border villages.",
            "2023-01-01",
            [("overnight", "2022-12-31TNI")],
        ),
        (
            "Drones struck the port overnight, officials said.",
            "2024-03-01",
            [("overnight", "2024-02-29TNI")],
        ),
        ("Fighting raged last night.", "2023-01-01", [("last night", "2022-12-31TNI")]),
        ("The president speaks tonight.", "2023-01-01", [("tonight", "2023-01-01TNI")]),
        ("The overnight lending rate rose.", "2023-01-01", []),
        # decades ago keep decade granularity, like "the 1990s"
        ("Three decades ago the border was closed.", "2004-09-15", [("Three decades ago", "197")]),
        # the same period last year copies the quarter named before it
        (
            "Exports in the second quarter were higher than in the same period last year.",
            "2023-08-01",
            [("the second quarter", "2023-Q2"), ("the same period last year", "2022-Q2")],
        ),
        (
            "Sales fell from the same period last year.",
            "2023-08-01",
            [("the same period last year", "2022")],
        ),
        # named days with a fixed rule, the year by tense
        ("Voters will turn out on Election Day.", "2012-09-20", [("Election Day", "2012-11-06")]),
        ("Turnout on Election Day was high.", "2013-01-15", [("Election Day", "2012-11-06")]),
        ("The ceasefire held over Christmas.", "2023-01-10", [("Christmas", "2022-12-25")]),
        (
            "The fireworks of U.S. Independence Day drew crowds.",
            "2023-07-20",
            [("Independence Day", "2023-07-04")],
        ),
        ("Kenya will mark Independence Day.", "2023-07-20", []),
        # "Sept. 11" naming the 2001 attacks
        (
            "Security was tightened after the Sept. 11 attacks.",
            "2005-03-01",
            [("Sept. 11", "2001-09-11")],
        ),
        ("They returned to a pre-Sept. 11 stance.", "2005-03-01", [("Sept. 11", "2001-09-11")]),
        ("The post-9/11 rules remain.", "2005-03-01", [("9/11", "2001-09-11")]),
        ("The storm struck on Sept. 11.", "2005-10-01", [("Sept. 11", "2005-09-11")]),
        # a daily that is a newspaper is not a frequency
        ("The French daily Le Monde reported the deal.", "2023-01-01", []),
        ("A weekly newspaper printed the letter.", "2023-01-01", []),
        ("The agency publishes figures weekly.", "2023-01-01", [("weekly", "P1W")]),
    ],
)
def test_dates_named_days_nights_and_periods(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("China and ASEAN signed an agreement to cut tariffs by 2010.", "signed", None),
        ("Chile and Korea signed a trade deal that takes effect on April 1.", "signed", None),
        ("The deal, which comes into force in January, was signed in Lima.", "signed", None),
        ("Japan kept troops in Iraq until 2006.", "kept", None),
        ("The pact was signed on Monday and takes effect on April 1.", "signed", "2004-05-31"),
    ],
)
def test_dates_event_date_is_never_a_target_or_a_deadline(text, trigger, value):
    assert _event(text, "2004-06-01", trigger).value == value


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # "soon" or "recently" in another clause does not date the event; the dateline does
        (
            "OSLO, Sep 27 (UNI) Members of the community who attended a meeting addressed by "
            "the premier welcomed his speech and expressed confidence that Norway would soon "
            "be a richer economy.",
            "welcomed",
            "2004-09-27",
        ),
        (
            "Poland should decide soon, in a debate that encourages militants.",
            "encourages",
            "2004-09-28",
        ),
    ],
)
def test_dates_event_date_vague_reference_only_in_its_clause(text, trigger, value):
    assert _event(text, "2004-09-28", trigger).value == value


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a clock time with no day in its sentence takes the day named in the sentence before
        (
            "The plant reopened on Friday. By 5:30 the line was running.",
            "2018-01-21",
            [("Friday", "2018-01-19"), ("5:30", "2018-01-19T05:30")],
        ),
        # ... but not a bound or a base ("since Jan. 22"): then the publication date
        (
            "Stocks fell the most since Jan. 22. Volume reached 186 million shares by 4 p.m.",
            "1990-02-07",
            [("Jan. 22", "1990-01-22"), ("4 p.m.", "1990-02-07T16:00")],
        ),
        # a sentence ending in "p.m." runs on in the parse past its paragraph; the day named
        # in the next paragraph is not the clock time's
        (
            "The race ended on Sunday. The winner crossed the line shortly after 4 p.m.\n\n"
            "Heavy rain fell on Tuesday.",
            "2023-08-02",
            [("Sunday", "2023-07-30"), ("4 p.m.", "2023-07-30T16:00"), ("Tuesday", "2023-08-01")],
        ),
        # the small hours after an evening's clock time in the sentence before: the next day
        (
            "The count began at 9 p.m. Saturday. The result was read out at 3:40 a.m.",
            "2023-07-31",
            [("9 p.m. Saturday", "2023-07-29T21:00"), ("3:40 a.m.", "2023-07-30T03:40")],
        ),
        (
            "The count began at 9 p.m. yesterday. The result was read out at 3:40 a.m.",
            "2023-07-31",
            [("9 p.m. yesterday", "2023-07-30T21:00"), ("3:40 a.m.", "2023-07-31T03:40")],
        ),
        # ... but not past publication in a past clause, nor after a morning's
        (
            "The count began at 9 p.m. today. The result was read out at 3:40 a.m.",
            "2023-07-31",
            [("9 p.m. today", "2023-07-31T21:00"), ("3:40 a.m.", "2023-07-31T03:40")],
        ),
        (
            "The count began at 8 a.m. Saturday. The result was read out at 3:40 a.m.",
            "2023-07-31",
            [("8 a.m. Saturday", "2023-07-29T08:00"), ("3:40 a.m.", "2023-07-29T03:40")],
        ),
    ],
)
def test_dates_clock_day_from_the_sentence_before(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range that runs past midnight ends on the next day
        (
            "On Thursday, the ferry runs from 11 p.m. to 4 a.m.",
            [
                ("Thursday", "2029-03-15"),
                ("11 p.m.", "2029-03-15T23:00"),
                ("4 a.m.", "2029-03-16T04:00"),
            ],
        ),
        (
            "A blackout between 9 p.m. and 5 a.m. was ordered today.",
            [
                ("9 p.m.", "2029-03-14T21:00"),
                ("5 a.m.", "2029-03-15T05:00"),
                ("today", "2029-03-14"),
            ],
        ),
        # ... but not a range within one day, nor a choice of two times
        (
            "The polls open from 8 a.m. to 7 p.m. today.",
            [("8 a.m.", "2029-03-14T08:00"), ("7 p.m. today", "2029-03-14T19:00")],
        ),
        (
            "Trains leave at 10 p.m. or 6 a.m. today.",
            [("10 p.m.", "2029-03-14T22:00"), ("6 a.m. today", "2029-03-14T06:00")],
        ),
    ],
)
def test_dates_a_clock_range_past_midnight_ends_the_next_day(text, expected):
    assert _tags(text, "2029-03-14") == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a clock time with no day near it takes the day of the story's lead when its verb
        # does not point ahead of publication...
        (
            "The Fed cut rates yesterday. It was widely expected.\n\n"
            "The decision, announced at 2:15 p.m., was unanimous.",
            "2001-08-22",
            [("yesterday", "2001-08-21"), ("2:15 p.m.", "2001-08-21T14:15")],
        ),
        (
            "The bank will raise rates tomorrow. Few doubt it.\n\n"
            "The decision will be announced at 1:45 p.m. in Frankfurt.",
            "2006-06-07",
            [("tomorrow", "2006-06-08"), ("1:45 p.m.", "2006-06-08T13:45")],
        ),
        # ... and not when it points the other way: then the publication date
        (
            "The bank raised rates yesterday. Few doubted it.\n\nIts chief will speak at 3 p.m.",
            "2006-06-07",
            [("yesterday", "2006-06-06"), ("3 p.m.", "2006-06-07T15:00")],
        ),
    ],
)
def test_dates_clock_day_from_the_lead(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline's day is the filing's, not the lead's: the day after it is
        (
            "DOVER, Del., June 9 -- The council chose a new mayor yesterday.\n\n"
            "Turnout was low. Ms. Reyes claimed victory at 9 p.m. in a school gym.",
            [("June 9", "2032-06-09"), ("yesterday", "2032-06-08"), ("9 p.m.", "2032-06-08T21:00")],
        ),
        # a clock time in the lead names no day for another
        (
            "DOVER, June 9 -- The strike began at midnight and spread today.\n\n"
            "Pickets formed at 6 a.m. outside the plant.",
            [
                ("June 9", "2032-06-09"),
                ("midnight", "2032-06-08T24:00"),
                ("today", "2032-06-09"),
                ("6 a.m.", "2032-06-09T06:00"),
            ],
        ),
    ],
)
def test_dates_clock_day_from_the_lead_after_a_dateline(text, expected):
    assert _tags(text, "2032-06-09") == expected


@pytest.mark.parametrize(
    ("n", "unit", "value"),
    [
        (3, "year", "P3Y"),
        (None, "month", "PXM"),
        (4, "hour", "PT4H"),
        (2.5, "year", "P2Y6M"),
        (0.5, "century", "P50Y"),
        (0.5, "hour", "PT30M"),
        (1.5, "day", "P1DT12H"),
        (3, "quarter", "P9M"),
        (4, "quarter", "P1Y"),
        (1, "fortnight", "P2W"),
    ],
)
def test_calendar_duration_value_splits_fractions_into_smaller_units(n, unit, value):
    assert duration_value(n, unit) == value


def test_calendar_duration_value_keeps_a_decimal_written_in_digits():
    assert duration_value(33.1, "hour", split=False) == "PT33.1H"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before a noun of level or price, or a year's possessive, is a year
        ("Demand stays below 2019 levels.", [("2019", "2019")]),
        ("The effects of 2017's tax cuts fade.", [("2017", "2017")]),
        # ... but not a count of things, nor a decade's "0's"
        ("They sent 2000 troops.", []),
    ],
)
def test_dates_years_before_level_nouns_and_possessives(text, expected):
    assert _tags(text, "2019-10-15") == expected


@pytest.mark.slow
def test_dates_overnight_is_the_night_of_the_day_named_in_its_sentence():
    text = "Stores opened at 5 p.m. on Thursday, and some stayed open overnight."
    assert _tags(text, "2019-12-02") == [
        ("5 p.m. on Thursday", "2019-11-28T17:00"),
        ("overnight", "2019-11-28TNI"),
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        (
            "Egypt and Israel signed a trade accord with the United States, their first since "
            "their peace treaty 25 years ago.",
            "signed",
            None,
        ),
        ("The two leaders met for the first time since the war in 1991.", "met", None),
        ("The two leaders met in Geneva in 1991.", "met", "1991"),
    ],
)
def test_dates_event_date_is_not_the_date_of_a_reference_event(text, trigger, value):
    """'since the treaty 25 years ago' dates the treaty, which a period starts from; the
    event the sentence reports happened later."""
    assert _event(text, "2004-06-01", trigger).value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ministers will spend more in 2031-32 than in 2029-30.",
            [("2031-32", "FY2032"), ("2029-30", "FY2030")],
        ),
        ("Tax receipts for 1997-98 beat the forecast.", [("1997-98", "FY1998")]),
        ("Output fell sharply in 1986-89.", [("1986", "1986"), ("89", "1989")]),
    ],
)
def test_dates_split_year_is_one_budget_year_named_by_its_end(text, expected):
    """'2031-32' written with the next year's two digits is one budget year, not a range."""
    assert [(t.text, t.value) for t in timexes(text, "2030-05-02")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The panel will meet in October and report in the spring.", ("the spring", "2031-SP")),
        ("The board will study the plan and vote on it in the summer.", ("the summer", "2032-SU")),
    ],
)
def test_dates_a_bare_verb_joined_to_a_future_one_points_ahead(text, expected):
    """'will meet ... and report in the spring': the second verb has no tense of its own."""
    assert expected in [(t.text, t.value) for t in timexes(text, "2031-09-14")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After weeks of argument the two unions signed.", [("weeks", "DURATION", "PXW")]),
        ("A working reactor of that kind is decades away.", [("decades", "DURATION", "PXDE")]),
        ('"Months," the engineer said of the repairs.', [("Months", "DURATION", "PXM")]),
    ],
)
def test_dates_a_bare_plural_unit_is_an_unsaid_length(text, expected):
    """spaCy's lone 'weeks', 'decades' entity is a duration whose amount is not given."""
    assert [(t.text, t.type, t.value) for t in timexes(text, "2030-03-09")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Norland's fiscal year runs from July to June.",
        "The budget year in Estovia is the calendar year.",
        "The ministry publishes a mid-year review of spending.",
        "Turnout is always low in an off-year election in Norland.",
        "Governors face voters in the off-year races.",
    ],
)
def test_dates_a_kind_of_year_names_no_year(text):
    """'fiscal year', 'budget year', 'mid-year', 'off-year' with no year said are no time
    expression."""
    assert [t.text for t in timexes(text, "2030-03-09") if t.value is None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry service will resume five weeks earlier than usual.", ("five weeks", "P5W")),
        ("The harvest came in two months later than planned.", ("two months", "P2M")),
    ],
)
def test_dates_an_offset_compared_with_than_is_a_length(text, expected):
    """'five weeks earlier than usual' is a difference of two times, not a date."""
    assert [(t.text, t.value) for t in timexes(text, "2030-03-09")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wool exports fell in the March quarter; they rose in the December quarter.",
            [("the March quarter", "2031-Q1"), ("the December quarter", "2030-Q4")],
        ),
        (
            "Rents rose 2% in the September 2029 quarter.",
            [("the September 2029 quarter", "2029-Q3")],
        ),
        # a quarter named by its three months, as Japan's agencies name them
        (
            "Spending fell in the January-March quarter and will rise in the July-September "
            "quarter.",
            [("the January-March quarter", "2031-Q1"), ("the July-September quarter", "2031-Q3")],
        ),
    ],
)
def test_dates_a_quarter_named_by_the_month_that_closes_it(text, expected):
    """'the December quarter' (Australia, New Zealand) is the fourth calendar quarter."""
    assert [(t.text, t.value) for t in timexes(text, "2031-05-20")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The inquiry covers payments from Oct. 8, 2029, until at least May 20.",
            ("May 20", "2030-05-20"),
        ),
        ("The strike lasted from March 3, 2029 to May.", ("May", "2029-05")),
    ],
)
def test_dates_a_range_end_without_a_year_follows_its_start(text, expected):
    """The end of 'from <day and year> until <day>' is the first such day after the start,
    whatever the tense around it says."""
    assert expected in [(t.text, t.value) for t in timexes(text, "2031-11-21")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Profit in the first half of fiscal 2031 doubled.",
            ("the first half of fiscal 2031", "FY2031-H1"),
        ),
        ("Sales in the second half of 2029 fell.", ("the second half of 2029", "2029-H2")),
    ],
)
def test_expressions_a_half_of_a_fiscal_year_stays_fiscal(text, expected):
    """A half of a fiscal year named by its number is fiscal, as its quarter is."""
    assert [(t.text, t.value) for t in timexes(text, "2030-03-09")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index is 5% below its peak of 912, set on Jan. 14.", "2030-01-14"),
        ("The ballot, set for April 2, will be close.", "2030-04-02"),
        ("The talks, set to resume April 2, were called off.", "2030-04-02"),
    ],
)
def test_expressions_a_record_set_on_a_day_looks_back(text, expected):
    """A mark 'set on' a day was set then; a vote 'set for' a day, or talks 'set to' resume,
    lie ahead."""
    assert [t.value for t in timexes(text, "2030-03-09")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HOST: Good morning. A ferry sank off Crete last night, and divers are searching.\n\n"
            "The ferry left Piraeus at 9:40 p.m. with 300 people aboard.",
            ("9:40 p.m.", "2030-03-08T21:40"),
        ),
        (
            "Stocks fell early. Losses piled up overnight in Tokyo and Seoul. Then, at about "
            "10:15, buyers returned.",
            ("about 10:15", "2030-03-09T10:15"),
        ),
        (
            "The games open in Lyon tomorrow night, and police patrols were doubled overnight.",
            ("overnight", "2030-03-08TNI"),
        ),
    ],
)
def test_expressions_clock_times_and_nights_in_broadcast_leads(text, expected):
    """A clock time takes the day the lead paragraph names, past its greeting; not the night
    before ('overnight'); a past 'overnight' is not the night of a day ahead."""
    assert expected in [(t.text, t.value) for t in timexes(text, "2030-03-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bureau will publish the May figure on June 6.",
            [("May", "2030-05"), ("June 6", "2030-06-06")],
        ),
        ("Rates may rise, analysts said.", []),
    ],
)
def test_expressions_may_before_a_data_noun_is_the_month(text, expected):
    """'the May figure' is the month of the data; 'may' the verb is no time."""
    assert [(t.text, t.value) for t in timexes(text, "2030-05-30")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banks expect withdrawals before New Year's.", [("New Year's", "2031-01-01")]),
        ("Crowds gathered for Lunar New Year's fireworks.", [("Lunar New Year's", "2030-02-03")]),
    ],
)
def test_expressions_new_years_alone_is_the_first_of_january(text, expected):
    """'New Year's' alone is January 1, as 'New Year's Day' is; the Lunar New Year is its own
    day (words.LUNAR_NEW_YEAR)."""
    assert [(t.text, t.value) for t in timexes(text, "2030-11-20")] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The auction, which began at 10 a.m. in a hotel ballroom, will run through Sunday.",
            "2003-06-11",
            ("10 a.m.", "2003-06-11T10:00"),
        ),
        (
            "The strike, which started at 6 a.m., is to last until Thursday, the union said.",
            "2003-06-10",
            ("6 a.m.", "2003-06-10T06:00"),
        ),
    ],
)
def test_expressions_a_clock_time_takes_no_day_from_a_bound_in_its_sentence(
    text, published, expected
):
    assert expected in [(t.text, t.value) for t in timexes(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike ended at midnight, the union said.", ("midnight", "2031-04-14T24:00")),
        ("LIMA, April 15 -- The curfew began at midnight.", ("midnight", "2031-04-14T24:00")),
        ("The polls will close at midnight.", ("midnight", "2031-04-15T24:00")),
        ("Talks went on until midnight on Friday.", ("midnight on Friday", "2031-04-11T24:00")),
    ],
)
def test_expressions_a_past_midnight_on_the_day_of_publication_ended_the_day_before(text, expected):
    """A midnight already passed on the day of publication is the one that began it."""
    assert expected in [(t.text, t.value) for t in timexes(text, "2031-04-15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels shelled the airport overnight, and by noon the runway was closed.",
            ("overnight", "2031-04-14TNI"),
        ),
        (
            "Fighting flared overnight and today along the river.",
            ("overnight", "2031-04-14TNI"),
        ),
        (
            "The market opened at 9 a.m. on Monday and stayed open overnight.",
            ("overnight", "2031-04-14TNI"),
        ),
    ],
)
def test_expressions_a_past_overnight_is_not_the_night_of_the_day_of_publication(text, expected):
    """A past 'overnight' beside the day of publication is the night before it; beside an
    earlier day it is that day's night."""
    assert expected in [(t.text, t.value) for t in timexes(text, "2031-04-15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treaty came three years after Peru and Chile broke off talks on May 4, 2027.",
            ("three years", "DURATION", "P3Y"),
        ),
        (
            "The port reopened two weeks after rebels seized it on March 2.",
            ("two weeks", "DURATION", "P2W"),
        ),
        ("The port reopened two weeks after March 2.", ("two weeks", "DATE", "2031-W11")),
    ],
)
def test_expressions_a_length_after_an_event_is_not_moved_by_the_events_date(text, expected):
    """'N units after <clause>' is a length even when the clause names a date; only a date
    right after the word anchors it."""
    assert expected in [(t.text, t.type, t.value) for t in timexes(text, "2031-04-15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new mayor was sworn in at 9:15 a.m. and will meet the council on Thursday.",
            ("9:15 a.m.", "2031-04-15T09:15"),
        ),
        (
            "The ferry left at 6 a.m. on Sunday and will dock on Thursday.",
            ("6 a.m. on Sunday", "2031-04-13T06:00"),
        ),
        (
            "The council will meet at 9 a.m. on Thursday.",
            ("9 a.m. on Thursday", "2031-04-17T09:00"),
        ),
    ],
)
def test_expressions_a_past_clock_time_takes_no_day_after_publication(text, expected):
    """A clock time in a past clause does not take the day a later, future clause names."""
    assert expected in [(t.text, t.value) for t in timexes(text, "2031-04-15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The band played the March of the Volunteers.", []),
        ("The road opened in March of the following year.", [("March", "2031-03")]),
    ],
)
def test_expressions_a_month_opening_a_name_is_no_time(text, expected):
    """'the March of the Volunteers' is a song; 'March of the following year' a month."""
    assert [(t.text, t.value) for t in timexes(text, "2031-04-15") if t.text == "March"] == expected


# 2023-08-02 is a Wednesday.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "spent the night" is a night: by tense, the one before publication or the coming one
        (
            "Hundreds of passengers spent the night at the station.",
            [("the night", "2023-08-01TNI")],
        ),
        ("The climbers will spend the night in tents.", [("the night", "2023-08-02TNI")]),
        # ... or the night of the day named in its sentence
        (
            "Police held him on Monday, and he spent the night in a cell.",
            [("Monday", "2023-07-31"), ("the night", "2023-07-31TNI")],
        ),
        # ... or of the first day the sentence before names, not its bound
        (
            "The bridge closed at 9 p.m. Monday and did not reopen until 5 a.m. Tuesday. "
            "Drivers spent the night in their cars.",
            [
                ("9 p.m. Monday", "2023-07-31T21:00"),
                ("5 a.m. Tuesday", "2023-08-01T05:00"),
                ("the night", "2023-07-31TNI"),
            ],
        ),
        # the night of an event is not tagged
        ("The crew spent the night of the storm at sea.", []),
    ],
)
def test_expressions_a_night_spent(text, expected):
    assert _tags(text, "2023-08-02") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a quarter century is 25 years, not a quarter
        (
            "The pact will shape trade for the next quarter century.",
            "1996-03-04",
            [("the next quarter century", "P25Y")],
        ),
        ("It lasted a quarter of a century.", "1991-05-06", [("a quarter of a century", "P25Y")]),
        # the turn of the century: the coming one in a forecast, the last one in the past
        (
            "The network should reach every village by the turn of the century.",
            "1994-08-01",
            [("the turn of the century", "2000")],
        ),
        (
            "At the turn of the century, the port shipped wool.",
            "1994-08-01",
            [("the turn of the century", "1900")],
        ),
        # "spend the next decade", "spent the next year" are lengths
        (
            "The country will spend the next decade paying its debts.",
            "1992-02-03",
            [("the next decade", "P1DE")],
        ),
        (
            "After the coup he spent the next year in exile.",
            "1992-02-03",
            [("the next year", "P1Y")],
        ),
        # "for N years after <date>" is a length; without "for", the date moved
        (
            "The old laws stay in force for 50 years after 1997.",
            "1996-07-14",
            [("50 years", "P50Y"), ("1997", "1997")],
        ),
        (
            "For ten years after 1945, bread was rationed.",
            "1990-01-08",
            [("ten years", "P10Y"), ("1945", "1945")],
        ),
        # a month inside a name is no time
        ("Veterans of the Long March met in Yanan.", "1989-10-01", []),
        # a period ranked or left open is no time named
        ("Exports were weaker than in any year on record.", "1993-06-01", []),
    ],
)
def test_expressions_centuries_lengths_and_named_months(text, published, expected):
    assert [(t.text, t.value) for t in timexes(text, published)] == expected


@pytest.mark.parametrize(
    ("entity", "ranked"),
    [
        ("the worst year of the peso's slide", True),
        ("the best decade", True),
        ("the year of the flood", False),
        ("the worst year of 1990", False),
    ],
)
def test_expressions_a_ranked_period_is_no_time(entity, ranked):
    assert bool(SUPERLATIVE_PERIOD.match(entity)) is ranked
