"""Tests of the exact match: the longest known phrases inside a phrase."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        # "President Petro" (Colombia's) must not take the given name of Petro Poroshenko
        ("Former Ukrainian President Petro Poroshenko", date(2021, 1, 1), "UKRELI"),
        ("Ukrainian President Petro Poroshenko", date(2016, 1, 1), "UKRGOV"),
        ("President Petro", date(2023, 1, 1), "COLGOV"),
        ("Colombian President Petro", date(2023, 1, 1), "COLGOV"),
    ],
)
def test_exact_titled_alias_yields_to_a_longer_name_overlapping_it(actors, text, on, code):
    assert actors.resolve(text, on).code == code
