"""Every date rule's cues are in every text the rule matches, so skipping a rule whose cues a
text lacks never loses a match (rules.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.stages.dates.folded import folds_safely
from diplograph.stages.dates.rules import has_cue, prepared_rules
from tests.stages.dates.timexes import timexes

from .test_folded import WRITTEN, _texts

ROOT = Path(__file__).resolve().parents[3]


def _dev_texts() -> list[str]:
    files = sorted(ROOT.glob("eval/dates_dev*/articles.jsonl"))
    return [json.loads(line)["text"] for f in files for line in f.read_text().splitlines()]


def _uncued(text: str) -> list[str]:
    """The rules that match the text although it lacks their cues."""
    lower = text.lower()
    return [
        rule.__name__
        for pattern, _, rule, lower_cues, cased_cues in prepared_rules()
        if pattern.search(text) and not has_cue(lower_cues, cased_cues, text, lower)
    ]


def test_cues_are_in_every_text_a_rule_matches():
    texts = [t for t in _texts() + _dev_texts() if folds_safely(t, t.lower())]
    matched = set()
    for text in texts:
        assert _uncued(text) == [], text[:80]
        matched.update(
            rule.__name__ for pattern, _, rule, _, _ in prepared_rules() if pattern.search(text)
        )
    assert len(matched) >= len(prepared_rules()) - 3  # the texts exercise nearly every rule


FRAGMENTS = [
    *WRITTEN,
    "Sept. 3",
    "3 Sept",
    "the 4th of July",
    "Fourth of July",
    "Presidents' Day",
    "Good Friday",
    "Easter Monday",
    "9/11",
    "2001-09-11",
    "FY'99",
    "the '90s",
    "the Eighties",
    "early 2004",
    "1998-99",
    "mid-March",
    "the same quarter a year ago",
    "a year-earlier period",
    "dawn",
    "first light",
    "the night of",
    "spent the night",
    "the next morning",
    "o'clock",
    "11am",
    "14:00 GMT",
    "midday",
    "every other Tuesday",
    "Mondays",
    "per week",
    "around the clock",
    "so far",
    "these days",
    "the days ahead",
    "the near term",
    "a decade-long",
    "days-long",
    "centuries",
    "a fortnight",
    "two and a half years",
    "the year before",
    "year-to-date",
    "the end of the decade",
    "this past weekend",
    "the following evening",
    "that same day",
]
WORDS = ["the", "talks", "in", "on", "of", "last", "next", "Two", "ago", "later", ",", "-", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS + WORDS), min_size=1, max_size=12), st.booleans())
def test_cues_hold_in_generated_text(parts, upper):
    text = " ".join(parts)
    text = text.upper() if upper else text
    assert _uncued(text) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [("Elected 1999.", "1999"), ("Kohl's 1998 defeat.", "1998")],
)
def test_cues_a_year_is_found_in_a_text_without_the_words_that_precede_years(text, year):
    # the year rules' cues are the year's first digits, not the words that may come before one
    assert year in [t.value for t in timexes(text, "2004-09-01")]
