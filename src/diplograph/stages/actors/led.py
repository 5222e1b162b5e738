"""'the Saudi-led coalition', 'the U.S.-led invasion': a state or group joined to a noun by
'-led' owns what it leads, with the noun's sector when it has none of its own (read here in a
phrase the dictionary resolves, and in spans.py in a parse)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from diplograph.records import Actor
from diplograph.stages.actors.data import Match
from diplograph.stages.actors.exact import Hit
from diplograph.stages.actors.words import LED_MILITARY

if TYPE_CHECKING:
    from diplograph.stages.actors.dictionary import ActorDictionary


def led_reading(d: ActorDictionary, text: str, plain: list[str], hits: list[Hit], agents):
    """'the Saudi-led coalition', 'the U.S.-led invasion of Iraq': the state or group before
    'led' leads the noun after it, whatever the phrase names later."""
    for _, j, m in hits:
        entry = m.actor.entry or ""
        if j + 1 < len(plain) and plain[j] == "led" and entry.startswith(("state:", "group:")):
            break
    else:
        return None
    noun = plain[j + 1]
    own = next((sector for start, _, sector in agents if start == j + 1), None)
    return Match(led_actor(m.actor, text, own, noun, noun), "agent", "context")


def led_actor(actor: Actor, text: str, noun_sector: str | None, noun: str, shown: str) -> Actor:
    """The leader as the actor of the phrase `text` it leads (the noun `noun`, written `shown`
    in the text), with the sector `led_sector` gives."""
    sector = led_sector(actor, noun_sector, noun)
    code = actor.code if actor.sector or not sector else (actor.country or "") + sector
    why = f"{actor.reason}; led by it: {shown!r} -> {sector or 'no sector'}"
    return replace(actor, entity_text=text, code=code, sector=sector, reason=why)


def led_sector(actor: Actor, noun_sector: str | None, noun: str) -> str | None:
    """The sector of what a state or group leads: its own, else the noun's (an agent noun's
    sector, MIL for a military noun: invasion, war, coalition, ...), else none."""
    singular = noun[:-1] if noun.endswith("s") else noun
    military = noun in LED_MILITARY or singular in LED_MILITARY
    return actor.sector or noun_sector or ("MIL" if military else None)
