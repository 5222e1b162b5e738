"""Issue 22, tenth round: the actors', places' and dates' work on long articles, cut without
changing what they find. Each saving is checked against the walk it replaced, on inputs that
reach every branch (overlapping and nested spans, none, one)."""

from __future__ import annotations

import random
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
