"""A bare title ("the foreign secretary", "the defence minister") for the holder the article
named earlier with that title: "Britain's foreign secretary, Jeremy Hunt, ... The foreign
secretary demanded ..." is Britain's.

Long analytical prose names an official once with title and name and then by the title alone,
often paragraphs later, where the nearest state is some other party. The earlier holder is a
mention the same title words touch: the title inside it ("Chinese Defence Minister Li
Shangfu"), right after it ("Britain's foreign secretary", "the Chinese defence minister") or
right before it ("foreign secretary, Jeremy Hunt"). The nearest such mention within
`TITLE_WINDOW` sentences wins; with none the title stays unresolved.
"""

from __future__ import annotations

from diplograph.records import Actor, Mention, Parse
from diplograph.stages.actors.names import normal_words
from diplograph.stages.actors.words import TITLE_WINDOW


def earlier_holder(
    parse: Parse, words: list[str], sector: str, sent: int, before: list[Mention]
) -> Actor | None:
    """The actor (its state, with the title's sector) of the nearest earlier mention that the
    title `words` touch, in the `TITLE_WINDOW` sentences before sentence `sent`."""
    for m in reversed(before):
        if m.sentence >= sent or m.sentence < sent - TITLE_WINDOW or not m.actor.country:
            continue
        if _touches(parse, m, words):
            return Actor(
                entity_text=" ".join(words),
                code=m.actor.country + sector,
                country=m.actor.country,
                sector=sector,
                name=m.actor.name,
                reason=f"title held earlier by {m.text!r}",
            )
    return None


def _touches(parse: Parse, m: Mention, words: list[str]) -> bool:
    sentence = parse.sentences[m.sentence]
    n = len(words)
    for a in range(
        max(sentence.token_start, m.token_start - n - 2), min(sentence.token_end, m.token_end + 2)
    ):
        if normal_words(parse.text_of(a, a + n)) != words:
            continue
        b = a + n
        inside = m.token_start <= a and b <= m.token_end
        after = a - m.token_end in (0, 1)  # "Britain's foreign secretary", "Chinese ..."
        ahead = m.token_start - b in (0, 1)  # "foreign secretary, Jeremy Hunt"
        if inside or after or ahead:
            return True
    return False
