"""Roles in an article without a publication date: read once when it names a date."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.records import Article
from diplograph.stages.actors import find_mentions, undated
from diplograph.stages.actors.undated import find_mentions_undated


@pytest.fixture
def passes(monkeypatch):
    """The dates find_mentions is called with."""
    seen: list[date | None] = []

    def counted(parse, dictionary, on=None):
        seen.append(on)
        return find_mentions(parse, dictionary, on)

    monkeypatch.setattr(undated, "find_mentions", counted)
    return seen


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "dates", "readings"),
    [
        # a named date: one reading, on it (the reading on no date would be thrown away)
        ("Jack Straw criticised Iran.", ["2004-03", "2001"], [date(2004, 3, 15)]),
        # no date named: a first reading on no date finds the people, then one on their day
        ("President Bush thanked Tony Blair.", [], [None, "their day"]),
        # no date and too few people: the first reading is the answer
        ("Iran criticised Israel.", [], [None]),
    ],
)
def test_undated_reads_an_article_naming_a_date_once(nlp, actors, passes, text, dates, readings):
    parse = nlp.parse(Article(id="u", text=text))
    mentions = find_mentions_undated(parse, actors, dates)
    assert len(passes) == len(readings)
    for day, want in zip(passes, readings, strict=True):
        assert isinstance(day, date) if want == "their day" else day == want
    reread = find_mentions(parse, actors, passes[-1])
    assert [(m.start, m.end, m.actor.code) for m in mentions] == [
        (m.start, m.end, m.actor.code) for m in reread
    ]
