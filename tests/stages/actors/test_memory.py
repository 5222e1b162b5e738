"""An article's memory: surnames, bodies' generic head nouns and 'Congo' read from what the
article named in full before."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.stages.actors.mentions import ActorDictionary, find_mentions


def _codes(text: str) -> list[tuple[str, str | None]]:
    from diplograph.stages.nlp import parse_text

    parse = parse_text(text, published=date(2023, 6, 1))
    return [(m.text, m.actor.code) for m in find_mentions(parse, ActorDictionary.load())]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "short", "code"),
    [
        (
            "Ghanaian Finance Minister Kwame Asantewa met bankers in Accra on Monday. "
            "Oil prices rose. Asantewa thanked the lenders for their patience.",
            "Asantewa",
            "GHAGOV",
        ),
        (
            "Kenya's interior minister, Juma Odhiambo, announced new border rules on Monday. "
            "Markets fell. Odhiambo said the crossings would close.",
            "Odhiambo",
            "KENGOV",
        ),
    ],
)
def test_memory_a_surname_alone_takes_the_person_named_in_full(text, short, code):
    assert (short, code) in _codes(text)


@pytest.mark.slow
def test_memory_no_surname_without_a_resolved_full_name():
    text = "Juma Odhiambo announced new rules on Monday. Odhiambo said the crossings would close."
    assert ("Odhiambo", None) not in [(t, c) for t, c in _codes(text) if c]


@pytest.mark.slow
def test_memory_a_body_named_by_its_head_noun():
    text = (
        "The International Monetary Fund approved a loan to Zambia on Friday. "
        "Officials in Lusaka welcomed it. The lender said the reforms had begun."
    )
    assert ("The lender", "IGO") in _codes(text)


@pytest.mark.slow
def test_memory_no_body_named_before_no_reference():
    text = "Officials in Lusaka welcomed the loan. The lender said the reforms had begun."
    assert not [t for t, _ in _codes(text) if t.lower() == "the lender"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Congo accused Rwanda of backing the rebels. Tshisekedi spoke in Kinshasa on Monday.",
            "COD",
        ),
        (
            "Congo accused Gabon of harbouring plotters. Sassou Nguesso spoke in Brazzaville.",
            "COG",
        ),
    ],
)
def test_memory_congo_is_the_state_the_article_names(text, code):
    assert ("Congo", code) in _codes(text)
