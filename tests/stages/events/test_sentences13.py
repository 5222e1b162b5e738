"""Tests of the thirteenth sentence set's round (docs/events.md, "Modern wire copy: the
thirteenth sentence set"): modern copy names Sudan's paramilitary "the RSF", bare, and it is
a side (SDNREB since the war of April 2023)."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import asserted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The RSF shelled a market in Omdurman on Sunday, killing 12 civilians.",
            ("ASSAULT", "SDN", "SDN"),
        ),
        (
            "The RSF shelled a displacement camp in North Darfur on Monday.",
            ("ASSAULT", "SDN", "SDN"),
        ),
    ],
)
def test_the_rsf_bare_is_a_side(text, expected):
    assert expected in asserted(text)
