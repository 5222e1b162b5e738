"""Tests of the weak types as wire copy tells them (the eleventh sentence set, issue 17): a
price rise scrapped; forces stationed or posted; firefighters sent and rice shipped to a state.
Sentences written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import asserted

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana scrapped the fuel levy rise that angered taxi drivers.", ("CONCEDE", "GHA", None)),
        ("Egypt stationed 20,000 soldiers along the Libyan border.", ("MOBILIZE", "EGY", "LBY")),
        ("Algeria posted extra troops on its frontier with Morocco.", ("MOBILIZE", "DZA", "MAR")),
        ("Spain sent 50 firefighters to Chile to battle the wildfires.", ("AID", "ESP", "CHL")),
        ("Thailand shipped 20,000 tonnes of rice to Laos.", ("AID", "THA", "LAO")),
    ],
)
def test_sentences11_weak_type_read(text, expected):
    assert expected in asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The newspaper posted photos of the soldiers.",
        "The hospital sent doctors home early.",
        "The court dropped the charges against the singer.",
    ],
)
def test_sentences11_look_alikes_no_event(text):
    assert not {e for e in asserted(text) if e[0] in {"MOBILIZE", "AID", "CONCEDE"}}
