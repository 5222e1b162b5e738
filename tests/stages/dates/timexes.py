"""The dates tests' one way to read a text: parsed once per publication date, its TIMEX3s."""

from __future__ import annotations

from datetime import date
from functools import cache

from diplograph.stages.dates.expressions import find_timexes


@cache
def parsed(text: str, published: date | None):
    from diplograph.stages.nlp import parse_text

    return parse_text(text, published=published)


def timexes(text: str, published: str | None) -> list:
    """The time expressions of `text` published on `published` (YYYY-MM-DD, or None)."""
    day = date.fromisoformat(published) if published else None
    return find_timexes(parsed(text, day), day)
