"""TimeML's extent: the words before an expression that belong to it.

The rules match the words that carry the value; TimeML's TIMEX3 also holds the quantifier of a
length or a clock time ("[more than a year]", "[about 2:30 a.m.]", "[only 18 months ago]") and
the "late"/"early" that place a day ("[late Wednesday]", "[early today]", "[later that day]").
A preposition stays out, as before ("for [more than a year]"). Runs last, on the merged
expressions, so values are untouched; an expression never grows into the one before it.
"""

from __future__ import annotations

import re

from diplograph.stages.dates.base import Found
from diplograph.stages.dates.words import (
    APPROXIMATE_BEFORE,
    EXTENT_LAST_WORDS,
    PLACE_IN_DAY_BEFORE,
)

_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_LONGEST = 24  # characters: "approximately ", "at least " with room for extra spaces


def widen(found: list[Found], text: str) -> list[Found]:
    """The expressions, each started where TimeML starts it."""
    previous_end = 0
    for f in found:
        start = max(previous_end, f.start - _LONGEST)
        before = text[start : f.start]
        words_before = before.rsplit(None, 1) if before[-1:].isspace() else []
        last = words_before[-1].lower() if words_before else ""
        if last not in EXTENT_LAST_WORDS:  # most expressions: no regular expression to run
            previous_end = f.end
            continue
        words = None
        if f.type in ("DURATION", "TIME", "SET") or text[f.start : f.end].lower().endswith("ago"):
            words = APPROXIMATE_BEFORE.search(before)
        if words is None and f.type in ("DATE", "TIME") and _DAY_VALUE.match(f.value or ""):
            words = PLACE_IN_DAY_BEFORE.search(before)
        if words is not None:
            f.start = start + words.start()
        previous_end = f.end
    return found
