"""'the foreign secretary' after 'Britain's foreign secretary, Jeremy Hunt': the title's state."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.stages.actors.mentions import ActorDictionary, find_mentions


def _agents(text: str) -> dict[str, str]:
    from diplograph.stages.nlp import parse_text

    parse = parse_text(text, published=date(2023, 6, 1))
    found = find_mentions(parse, ActorDictionary.load())
    return {m.text.lower(): m.actor.code for m in found if m.kind == "agent" and m.sentence > 0}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "title", "code"),
    [
        (
            "Britain's foreign secretary, Jeremy Hunt, spoke with Mohammad Javad Zarif. "
            "Markets fell. The foreign secretary demanded the release of the ship.",
            "foreign secretary",
            "GBRGOV",
        ),
        (
            "Chinese Defence Minister Li Shangfu met Lloyd Austin in Singapore. "
            "Oil prices rose sharply. The defence minister warned against provocations.",
            "defence minister",
            "CHNGOV",
        ),
    ],
)
def test_titles_a_bare_title_takes_the_state_of_its_earlier_holder(text, title, code):
    assert _agents(text).get(title) == code


@pytest.mark.slow
def test_titles_no_earlier_holder_no_state():
    text = "Markets fell on Monday. Oil prices rose. The defence minister warned against war."
    assert "defence minister" not in _agents(text)
