"""Tests of the eleventh long-prose round (docs/events.md, "Long analytical prose, eleventh
round"): a speaker's second act after a reported clause that holds a closed quotation or an
infinitive."""

from __future__ import annotations

import pytest

from diplograph.records import Article
from diplograph.stages.events.clauses import rehung
from tests.stages.events.test_coder import PUBLISHED, _chain, asserted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation the reported clause opens and closes before the second act
        (
            'Vietnam\'s foreign ministry said the Chinese ship had "deliberately rammed" a fishing '
            "boat and accused Beijing of bullying its neighbours.",
            ("ACCUSE", "VNM", "CHN"),
        ),
        (
            'Japan\'s defence minister said the patrols should "stop at once" and urged China to '
            "pull back its ships.",
            ("REQUEST", "JPN", "CHN"),
        ),
        # the second act hung on an infinitive of the reported clause
        (
            'The Indian minister said China had sought to "redraw" the border by force and urged '
            "Beijing to respect past agreements.",
            ("REQUEST", "IND", "CHN"),
        ),
    ],
)
def test_longform11_second_act_after_quotation_or_infinitive_is_asserted(text, expected):
    assert expected in asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        # the quotation is still open at the second verb: what was said
        'The envoy said Thai troops had "crossed the river and fired on our villages".',
        # both verbs in the simple past: the second may be what was said
        "The admiral said the navy tried to land and seized the ships.",
    ],
)
def test_longform11_reported_conjunct_stays_reported(text):
    parse = _chain()[0].parse(Article(id="t", text=text, published=PUBLISHED))
    assert rehung(parse) is parse
