"""Issue 22, tenth round: the actors', places' and dates' work on long articles, cut without
changing what they find. Each saving is checked against the walk it replaced, on inputs that
reach every branch (overlapping and nested spans, none, one)."""

from __future__ import annotations

import random
import re
from itertools import accumulate

from diplograph.records import Span
from diplograph.stages.actors.spans import _first_holder


def _span(start: int, end: int) -> Span:
    return Span("NP", start, end, start, end, "x" * (end - start))


def _walked(chunks: list[Span], ent: Span) -> Span | None:
    """The walk `_first_holder` replaced: the first chunk, in start order, holding the entity."""
    for chunk in chunks:
        if chunk.token_start <= ent.token_start and ent.token_end <= chunk.token_end:
            return chunk
    return None


def test_speed18_first_holder_is_the_walks_chunk():
    rng = random.Random(18)
    for _ in range(2000):
        spans = []
        for _ in range(rng.randrange(0, 8)):
            start = rng.randrange(0, 20)
            spans.append(_span(start, start + rng.randrange(1, 6)))
        chunks = sorted(spans, key=lambda s: s.token_start)
        starts = [c.token_start for c in chunks]
        reach = list(accumulate((c.token_end for c in chunks), max))
        start = rng.randrange(0, 22)
        ent = _span(start, start + rng.randrange(1, 4))
        assert _first_holder(chunks, starts, reach, ent) is _walked(chunks, ent)


DATE_TEXTS = (
    "",
    "No month here at all.",
    "In early March, and then since the end of May; by late-June -- until Jan. 5 or Sept 12.",
    "The Marines marched in May.\nThe decision came in December, not in November or Dec.",
    "(From mid-April) to August: [this July] and, through the beginning of October 2004!",
    "de Mayo, Juneau and Augusta, Marcia and Octavia: no month, only names; 1999s, 2004's.",
    "Stocks fell in  \t  February 1998 and in the middle of\nJanuary, of 2003, since 12015.",
    "Last Monday night, this past Friday; the past Sunday and (next) Tuesday morning, mid-2001.",
)


def _anchored_rules():
    from diplograph.stages.dates.rules import anchors, compiled_rules

    patterns = {rule: pattern for pattern, rule, _ in compiled_rules()}
    return [(patterns[rule], anchor) for rule, anchor in anchors().items()]


def _spans(matches) -> list:
    return [(m.span(), m.groupdict()) for m in matches]


def test_speed18_anchored_search_finds_every_match():
    from diplograph.stages.dates.rules import anchored

    rng = random.Random(180)
    words = [w for t in DATE_TEXTS for w in re.split(r"(\W)", t)]
    texts = [*DATE_TEXTS, *("".join(rng.choices(words, k=60)) for _ in range(300))]
    for pattern, anchor in _anchored_rules():
        for text in texts:
            assert _spans(anchored(pattern, anchor, text)) == _spans(pattern.finditer(text))
