"""Tests for the story's own time: days, months and seasons in a story told in the past."""

from __future__ import annotations

import pytest

from tests.stages.dates.timexes import timexes


def _tags(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in timexes(text, published)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a story told in the past: days, months and seasons take the year being told
        (
            "The shipyard shut in May 1979. Its last ship sailed on June 12. That summer, the "
            "workers left town. By the fall, the docks were empty. The following spring, a "
            "developer bought them.",
            "2015-03-02",
            [
                ("May 1979", "1979-05"),
                ("June 12", "1979-06-12"),
                ("That summer", "1979-SU"),
                ("the fall", "1979-FA"),
                ("The following spring", "1980-SP"),
            ],
        ),
        (
            "The treaty talks began in 1962, and the last round ended in late March.",
            "2001-06-01",
            [("1962", "1962"), ("late March", "1962-03")],
        ),
        # "that winter" always points back, even to a recent period
        (
            "Floods hit the valley in October 2013. That winter, farmers replanted.",
            "2014-05-01",
            [("October 2013", "2013-10"), ("That winter", "2013-WI")],
        ),
        # not a story's time: a base or bound ("since 1985"), a recent year, a clause of its own,
        # a verb pointing ahead
        (
            "Prices are the highest since 1985. They fell in March.",
            "1990-08-01",
            [("1985", "1985"), ("March", "1990-03")],
        ),
        (
            "The firm bought the site in 2014. It opened a store in January.",
            "2016-04-03",
            [("2014", "2014"), ("January", "2016-01")],
        ),
        (
            "Mandela, who was freed in February 1990, claimed victory on May 2.",
            "1994-05-08",
            [("February 1990", "1990-02"), ("May 2", "1994-05-02")],
        ),
        # a new paragraph moves the story on: back to the time of publication
        (
            "The first tests were held in 1974.\n\nThe party that won power in March "
            "promised more.",
            "1998-05-17",
            [("1974", "1974"), ("March", "1998-03")],
        ),
        (
            "The dam was finished in 1971. Engineers will inspect it in June.",
            "1990-03-01",
            [("1971", "1971"), ("June", "1990-06")],
        ),
    ],
)
def test_narrative_story_time(text, published, expected):
    assert _tags(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"In the spring of 1962 the river flooded the town," said the mayor. "On July 4 '
            'we held the parade on boats."',
            ("July 4", "1962-07-04"),
        ),
        (
            'The mayor, who was born in 1962, said the town floods often. "On July 4 we hold '
            'the parade on boats."',
            ("July 4", "2031-07-04"),
        ),
    ],
)
def test_narrative_a_quotation_before_its_speaker_sets_the_story_time(text, expected):
    """A quotation put before 'said X' is a main clause: the period it names is the story's
    time; a period in a relative clause is not."""
    assert expected in _tags(text, "2031-04-15")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "that <month>" points back at the period named, even from a subordinate clause
        (
            "When the bridge collapsed in April 1971, the ferry was the only way across. The "
            "inquiry reported that September.",
            "1995-06-04",
            ("that September", "1971-09"),
        ),
        (
            "The orchestra was founded in 1958. That December it played in Vienna.",
            "1993-02-01",
            ("That December", "1958-12"),
        ),
        # "that" as a conjunction leaves the month to the tense
        (
            "The minister said that March had been the wettest month.",
            "1996-05-10",
            ("March", "1996-03"),
        ),
        # "the following summer", "that winter" point back past a bound or base
        (
            "The mine was reopened on May 3, 1986, the first time since 1961. The following "
            "summer, it flooded.",
            "1994-01-10",
            ("The following summer", "1986-SU"),
        ),
    ],
)
def test_narrative_that_month_and_seasons_point_at_the_last_setting(text, published, expected):
    assert expected in _tags(text, published)
