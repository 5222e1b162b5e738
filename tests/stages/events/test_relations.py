"""Tests of standing relations: defense pacts, commitments, alliances."""

from __future__ import annotations

import pytest

from tests.stages.events.test_coder import code_text


def relations(text: str) -> set[tuple[str, tuple[str, ...], str | None]]:
    _, found = code_text(text)
    return {(r.type, r.members, r.since) for r in found}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland and the United States signed a mutual defense treaty in May 2021.",
            ("defense_pact", ("POL", "USA"), "2021-05"),
        ),
        (
            "The security pact between Japan and Australia worries Beijing.",
            ("defense_pact", ("AUS", "JPN"), None),
        ),
        (
            "Australia's security commitments to Papua New Guinea remain strong.",
            ("defense_commitment", ("AUS", "PNG"), None),
        ),
        (
            "The defense treaty linking Canberra and Tokyo with Manila is old.",
            ("defense_pact", ("AUS", "PHL"), None),
        ),
    ],
)
def test_relations_found(text, expected):
    assert expected in relations(text)


@pytest.mark.slow
def test_relations_stative_sentence_has_no_event():
    events, found = code_text("The security pact between Japan and Australia worries Beijing.")
    assert not [e for e in events if e.asserted]
    assert found


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Kenya signed a trade agreement with Uganda.",  # not a defense pact
        "Japan's treaty with Peru covers fishing.",
    ],
)
def test_relations_none(text):
    assert relations(text) == set()


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Japan will sign a defense pact with Australia next year.",
        "Japan did not renew its defense treaty with Australia.",
    ],
)
def test_relations_not_from_future_or_negated_acts(text):
    assert relations(text) == set()
