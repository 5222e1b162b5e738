"""Tests of the twelfth long-prose round (docs/events.md, "Long analytical prose, twelfth
round"): a reaction told in a relative clause on an act noun that sums up the clause before
it ("expelled the consul, a move Lima condemned", "..., a claim Lima rejected")."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import asserted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act summed up: its doer is the recipient
        ("Mexico expelled Peru's consul, a move Lima condemned.", ("ACCUSE", "PER", "MEX")),
        ("Mexico expelled Peru's consul, a step Lima welcomed.", ("SUPPORT", "PER", "MEX")),
        # an accusation summed up: the accuser is the recipient
        (
            "Mexico accused Peru of sheltering the rebels, a claim Lima rejected.",
            ("REJECT", "PER", "MEX"),
        ),
        # a claim told as a reported clause: the one who said it, and the reaction is the
        # writer's, not inside what was said
        (
            "Ghana said Burkina Faso had let Wagner operate near its border with Ghana, a claim "
            "Ouagadougou rejected.",
            ("REJECT", "BFA", "GHA"),
        ),
    ],
)
def test_longform12_reaction_to_a_summing_noun(text, expected):
    assert expected in asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause's subject is its pronoun: the move did it, no one reacted
        "Mexico expelled Peru's consul, a decision that angered Lima.",
        # told in the past perfect: before the act summed up, no reaction to it
        "Mexico expelled Peru's consul, a step Lima had condemned for years.",
        # a claim of one's own feat, not an accusation of the one who denies it
        "India said its pilot shot down a Pakistani jet, a claim Pakistan denies.",
    ],
)
def test_longform12_no_reaction_without_a_summing_noun(text):
    assert not {e for e in asserted(text) if e[0] in {"ACCUSE", "REJECT", "SUPPORT"}}


def test_longform12_summing_noun_only_for_reactions():
    # "allowed" is no reaction to the ban: no concession by the Commission
    found = asserted(
        "Poland has banned imports of Ukrainian grain, a measure the European Commission allowed."
    )
    assert not {e for e in found if e[1] == "EUR"}
