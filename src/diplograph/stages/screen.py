"""Candidate screening: the sentences that can hold an event, so the coder reads only those.

    actors, places (whole article) -> event_sentences -> EventCoder.code(..., sentences=...)

An event needs a party: an actor mention, or a place that stands for one (a capital for its
government, a city as an attack's target). The actors and places stages run over the whole
article before the coder, and dates must too (an event's date may come from another sentence),
so this screen sits between them and the coder: a sentence where neither stage found a
candidate is skipped, and with it its trigger search, the learned tagger's scores and the
argument search. The sentence after a candidate is kept as well: where the parser split a
phrase ("the G5 (Italy, UK, France) ... | ministers meeting"), a trigger at the start of a
sentence takes its parties from the end of the one before.

What this saves is bounded by how many sentences name nobody: in news about international
relations few do (docs/scale.md has the share measured on the benchmark corpus).
"""

from __future__ import annotations

from collections.abc import Sequence

from diplograph.records import Mention, Parse, Place


def event_sentences(
    parse: Parse, mentions: Sequence[Mention], places: Sequence[Place]
) -> frozenset[int]:
    """Indices of the sentences that hold an actor mention or a place, and of the sentence
    after each of them."""
    held = {m.sentence for m in mentions}
    held.update(p.sentence if p.sentence >= 0 else parse.tokens[p.token_start].sent for p in places)
    last = len(parse.sentences) - 1
    return frozenset(held | {s + 1 for s in held if s < last})
