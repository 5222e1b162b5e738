"""Roles in an article without a publication date.

Resolved on no date, a person takes his latest role: Jack Straw a justice minister in a 2004
story, "President Bush" the father. `find_mentions_undated` picks a day from the article itself
and resolves its mentions on that day, saying so in each dated actor's `reason`:

1. the latest date the article names (absolute dates only, given as "YYYY[-MM[-DD]]");
2. else the latest day on which the most of its people held an office (two at least): with
   Tony Blair in the story, "President Bush" is the son.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from diplograph.records import Mention, Parse
from diplograph.stages.actors.dictionary import ActorDictionary
from diplograph.stages.actors.mentions import find_mentions


def find_mentions_undated(
    parse: Parse, dictionary: ActorDictionary, dates: Sequence[str] = ()
) -> list[Mention]:
    """The article's mentions, resolved on the day its own dates or its people point to. An
    article that names a date is read once, on that day; only one that names none is read a
    first time on no date, to find its people."""
    day, why = _named_day(dates)
    if day is None:
        mentions = find_mentions(parse, dictionary, None)
        day, why = _people_day(mentions, dictionary)
        if day is None:
            return mentions
    return [_explained(m, dictionary, why) for m in find_mentions(parse, dictionary, day)]


def _named_day(dates: Sequence[str]) -> tuple[date | None, str]:
    named = [(d, v) for v in dates if (d := _day(v)) is not None]
    if not named:
        return None, ""
    day, value = max(named)
    return day, f"no article date: resolved on the latest date it names ({value})"


def _people_day(
    mentions: Sequence[Mention], dictionary: ActorDictionary
) -> tuple[date | None, str]:
    people: dict[str, list[tuple[date, date]]] = {}  # words -> the spans of their offices
    for m in mentions:
        if m.kind not in {"name", "short"} or m.actor.entry is None:
            continue
        for entry in dictionary.named_entries(m.text) or [dictionary.entries[m.actor.entry]]:
            offices = [
                (r.start, r.end or date.max)
                for r in entry.roles
                if r.start and len(r.code) > 3 and r.code[3:6] != "ELI"
            ]
            if offices:
                people.setdefault(m.text, []).extend(offices)
    if len(people) < 2:
        return None, ""
    starts = {start for spans in people.values() for start, _ in spans}

    def holders(day: date) -> list[str]:
        return sorted(n for n, spans in people.items() if any(s <= day <= e for s, e in spans))

    best = max(starts, key=lambda day: (len(holders(day)), day))
    who = holders(best)
    if len(who) < 2:
        return None, ""
    return best, f"no article date: resolved on {best}, when {', '.join(who)} held office"


def _explained(m: Mention, dictionary: ActorDictionary, why: str) -> Mention:
    entry = dictionary.entries.get(m.actor.entry or "")
    if entry is None or not entry.roles:
        return m
    return replace(m, actor=replace(m.actor, reason=f"{m.actor.reason}; {why}"))


def _day(value: str) -> date | None:
    """A day inside the period "YYYY", "YYYY-MM" or "YYYY-MM-DD" names (its middle)."""
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return date(int(parts[0]), 7, 1)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 15)
        return date.fromisoformat(value)
    except ValueError:
        return None
