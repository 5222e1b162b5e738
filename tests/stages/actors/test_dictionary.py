"""Tests of ActorDictionary.match beyond its steps: the memo of answers."""

from __future__ import annotations

from datetime import date


def test_dictionary_match_remembers_each_text_on_each_date(actors):
    first = actors.match("Vladimir Putin", date(1999, 10, 1))
    assert actors.match("Vladimir Putin", date(1999, 10, 1)) is first
    assert actors.match("Vladimir Putin", date(2022, 3, 1)).actor.reason != first.actor.reason
