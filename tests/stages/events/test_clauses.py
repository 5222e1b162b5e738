"""Tests of clause repairs: a speaker's second act after a reported clause of another tense."""

from __future__ import annotations

import pytest

from diplograph.records import Article
from diplograph.stages.events.clauses import rehung
from tests.stages.events.test_coder import PUBLISHED, _chain, asserted


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Chile's foreign minister said her government would not retaliate and summoned "
            "Peru's ambassador.",
            ("ACCUSE", "CHL", "PER"),
        ),
        (
            "The Kenyan president said he was dismayed by the vote and accused Uganda of meddling.",
            ("ACCUSE", "KEN", "UGA"),
        ),
        (
            "Norway's prime minister said talks had failed and urged Sweden to reopen the border.",
            ("REQUEST", "NOR", "SWE"),
        ),
    ],
)
def test_clauses_speakers_second_act_is_asserted(text, expected):
    assert expected in asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        # both verbs in the simple past: the second may be what was said
        "The admiral said the navy shelled the port and seized the ships.",
        # the second verb stands in a quotation that opens after the clause
        'The envoy said Thai troops had crossed the river and "fired on our villages".',
    ],
)
def test_clauses_reported_conjunct_stays_reported(text):
    parse = _chain()[0].parse(Article(id="t", text=text, published=PUBLISHED))
    assert rehung(parse) is parse


def test_clauses_second_act_hangs_on_the_speech_verb():
    text = "The minister said the talks would resume and recalled the envoy."
    parse = rehung(_chain()[0].parse(Article(id="t", text=text, published=PUBLISHED)))
    recalled = next(t for t in parse.tokens if t.text == "recalled")
    assert parse.tokens[recalled.head].text == "said"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru lodged a complaint at the WTO against Chile.", ("ACCUSE", "PER", "CHL")),
        (
            "Italy filed a challenge at the World Trade Organization against Turkey.",
            ("ACCUSE", "ITA", "TUR"),
        ),
        ("Spain filed for international arbitration against Bolivia.", ("ACCUSE", "ESP", "BOL")),
    ],
)
def test_clauses_against_hung_on_the_forum_is_the_target(text, expected):
    assert expected in asserted(text)
