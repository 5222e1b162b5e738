"""Step 3b of resolution, the tolerant dictionary match: a person's name as the news spells it.

Tried when the exact match found no person, organisation or group. The capitalised words of the
phrase that no exact phrase covers, less leading titles and honorifics, are a name ("Sheikh
Muhammad bin Salman", "Anthony J. Blinken"). It resolves to a person when exactly one person
fits, by the folded key of `names.fold`:

1. one of the name's later words is the person's folded surname (or second surname) and the
   first words agree as given names ("Benjamin Netanyahou", "O. Scholz", "Andres Manuel
   Lopez", "Mykhailo" for "Mikhail");
2. a lone word is the folded surname of one person in office on the date ("Zelenskyi").

Several people fitting is ambiguity: the one in office on the date, else the one head of state or
government among them, else nothing (never a guess).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from diplograph.stages.actors.data import Entry, Match
from diplograph.stages.actors.index import most_prominent
from diplograph.stages.actors.names import fold, given_names_agree, strip_name
from diplograph.stages.actors.words import (
    GOVERNMENT_WORDS,
    HONORIFICS,
    NAME_CONNECTORS,
    TITLES,
)

if TYPE_CHECKING:
    from diplograph.stages.actors.dictionary import ActorDictionary


@dataclass(frozen=True, slots=True)
class TolerantIndex:
    """People by folded surname, each person's own folded name, and the given names known."""

    surnames: dict[str, frozenset[str]]
    names: dict[str, tuple[str, ...]]
    given: frozenset[str]  # the given names of people with two names at least (normalised)

    @classmethod
    def build(cls, entries: dict[str, Entry]) -> TolerantIndex:
        surnames: dict[str, set[str]] = {}
        names: dict[str, tuple[str, ...]] = {}
        given: set[str] = set()
        for key, entry in entries.items():
            if entry.kind != "person":
                continue
            plain = key.partition(":")[2].split()  # a person's key is its normalised name
            words = tuple(fold(w) for w in strip_name(plain))
            if not words:
                continue
            names[key] = words
            if len(plain) > 1:
                given.add(plain[0])
            for word in words[-2:] if len(words) > 2 else words[-1:]:
                if word not in NAME_CONNECTORS:
                    surnames.setdefault(word, set()).add(key)
        return cls(
            {k: frozenset(v) for k, v in surnames.items()},
            names,
            frozenset(given),
        )

    def fits(self, name: tuple[str, ...], key: str) -> bool:
        """Name words fit a person: a later word is the surname (or the person's last word is
        one of the name's), and the first words agree as given names."""
        own = self.names[key]
        if len(own) < 2:
            return False
        surname = own[-1] in name[1:] or name[-1] in own[1:][-2:]
        return surname and given_names_agree(name[0], own[0])


def name_run(dictionary: ActorDictionary, words: list[tuple[str, bool]], covered: set[int]):
    """The last run of capitalised words (and lowercase ones inside names: 'bin', 'von') that
    no exact phrase, agent noun or government word covers, less its leading titles and
    honorifics: the name part of the phrase."""
    runs: list[list[str]] = [[]]
    for k, (word, capital) in enumerate(words):
        other = word in dictionary.agents or word in GOVERNMENT_WORDS
        inside = capital or (word in NAME_CONNECTORS and runs[-1] and k + 1 < len(words))
        if inside and k not in covered and (not other or word in TITLES or word in HONORIFICS):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    run = next((r for r in reversed(runs) if r), [])
    return strip_name(run) if run else []


def tolerant_match(
    dictionary: ActorDictionary,
    text: str,
    words: list[tuple[str, bool]],
    covered: set[int],
    on: date | None,
    country: str | None = None,
) -> Match | None:
    """The one person the phrase's name part names, spelt another way; None when no person or
    several fit, or the exact surname lookup applies (a lone surname the dictionary has)."""
    name = name_run(dictionary, words, covered)
    if not name or name[-1] in TITLES or name[-1] in HONORIFICS:
        return None
    if len(name) == 1 and name[0] in dictionary.surnames:
        return None  # the exact step's surname lookup ("President Xi")
    index = dictionary.tolerant_index()
    folded = tuple(fold(w) for w in name)
    if len(folded) == 1:  # a lone word is a surname: the last word of a person's name
        keys = {k for k in index.surnames.get(folded[0], ()) if index.names[k][-1] == folded[0]}
    else:
        keys = {k for w in folded[1:] for k in index.surnames.get(w, ()) if index.fits(folded, k)}
    people = [dictionary.entries[k] for k in sorted(keys)]
    active = [e for e in people if on is None or dictionary.active(e, on)]
    if len(folded) == 1 or active:
        people = active  # a lone surname needs someone in office, as in the exact lookup
    found = [(e, dictionary.code_at(e, on)[0]) for e in people]
    found = [(e, c) for e, c in found if c and (country is None or c[:3] == country)]
    found = most_prominent(found, on)
    if len(found) != 1:
        return None
    entry, code = found[0]
    _, why = dictionary.code_at(entry, on)
    why = f"tolerant match: {' '.join(name)!r} as {entry.name!r}; {why}"
    return Match(dictionary.actor_for(text, entry, code, why), "name", "tolerant")
