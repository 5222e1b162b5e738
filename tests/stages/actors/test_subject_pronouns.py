"""'it' as a clause subject, resolved to the state or body named before it."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import pytest

from diplograph.stages.actors.mentions import ActorDictionary, find_mentions


@lru_cache(maxsize=16)
def _its(text: str) -> list[str]:
    from diplograph.stages.nlp import parse_text

    parse = parse_text(text, published=date(2023, 6, 1))
    found = find_mentions(parse, ActorDictionary.load())
    return [m.actor.code for m in found if m.kind == "pronoun" and m.text.lower() == "it"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan said it would lift export curbs on three chemicals.", "JPN"),
        ("Officials said Norway had told donors that it would resume its payments.", "NOR"),
        ("The European Union imposed duties on steel. It said the move was temporary.", "EUR"),
        ("Turkish President Tayyip Erdogan said Turkey feared it would lose the contract.", "TUR"),
        ("Vladimir Putin said Russia had done everything it could.", "RUS"),
    ],
)
def test_subject_pronouns_it_takes_the_governing_state(text, code):
    assert _its(text) == [code]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin said it would take years.",  # a person is never 'it'
        "Japan signed the treaty. It is unclear whether Tokyo will ratify the deal.",
        "Germany backed the plan. It took three years to draft the text.",
        "The agreement with Japan says it will expire in 2030.",  # a subject naming no actor
        "Analysts doubt the plan. It would cost Peru billions.",  # previous subject no actor
    ],
)
def test_subject_pronouns_it_never_a_person_an_expletive_or_a_thing(text):
    assert _its(text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Russia quit the deal that let Ukraine ship grain, and its forces struck Odesa.",
            "RUSMIL",
        ),
        ("Brazil hosted the president of Argentina, and its army held a parade.", "BRAMIL"),
    ],
)
def test_subject_pronouns_agent_of_a_possessive_takes_its_owner(text, code):
    from diplograph.stages.nlp import parse_text

    parse = parse_text(text, published=date(2023, 6, 1))
    found = find_mentions(parse, ActorDictionary.load())
    agents = [m.actor.code for m in found if m.kind == "agent"]
    assert agents == [code]
