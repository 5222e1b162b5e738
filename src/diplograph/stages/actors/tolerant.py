"""Step 3b of resolution, the tolerant dictionary match: a person's name as the news spells it.

Tried when the exact match found no person, organisation or group. The capitalised words of the
phrase that no exact phrase covers, less leading titles and honorifics, are a name ("Sheikh
Muhammad bin Salman", "Anthony J. Blinken"). It resolves to a person when exactly one person
fits, by the folded key of `names.fold`:

1. the name's words run together are the person's ("Hu Jin Tao", "Li Ke Qiang", "Kim
   Jongun"; with a lowercase syllable after a hyphen, the whole phrase: "Wen Jia-bao");
2. one of the name's later words is the person's folded surname (or second surname, not in
   names whose family name comes first: `words.SURNAME_FIRST`) and the first words agree as
   given names ("Benjamin Netanyahou", "O. Scholz", "Andres Manuel
   Lopez", "Mykhailo" for "Mikhail");
3. a lone word is the folded surname of one person in office on the date ("Zelenskyi");
4. failing 1 and 2, a later word is one letter from the person's surname (five letters at
   least) and the given names agree, one letter as other languages spell it (`_one_apart`):
   "Vladimir Poutine", "Petro Porochenko", "Wolodymyr Selenskyj".

Several people fitting is ambiguity: the one in office on the date, else the one head of state or
government among them, else nothing (never a guess).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from diplograph.stages.actors.context import known_place
from diplograph.stages.actors.data import Entry, Match
from diplograph.stages.actors.index import most_prominent
from diplograph.stages.actors.names import fold, given_names_agree, strip_name
from diplograph.stages.actors.words import (
    COUNTERS,
    GOVERNMENT_WORDS,
    HONORIFICS,
    NAME_CONNECTORS,
    NUMBER_WORDS,
    SILENT_LETTERS,
    SOUND_ALIKE,
    SURNAME_FIRST,
    TITLED_OFFICES,
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
    joined: dict[str, frozenset[str]]  # people by their folded name words run together
    near: dict[str, frozenset[str]]  # surnames of five letters at least by their `_skeleton`

    @classmethod
    def build(cls, entries: dict[str, Entry]) -> TolerantIndex:
        surnames: dict[str, set[str]] = {}
        names: dict[str, tuple[str, ...]] = {}
        given: set[str] = set()
        joined: dict[str, set[str]] = {}
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
                joined.setdefault("".join(words), set()).add(key)
            for word in _surnames(words, entry):
                if word not in NAME_CONNECTORS:
                    surnames.setdefault(word, set()).add(key)
        near: dict[str, set[str]] = {}
        for word in surnames:
            if len(word) >= NEAR_SURNAME_LENGTH:
                near.setdefault(_skeleton(word), set()).add(word)
        return cls(
            {k: frozenset(v) for k, v in surnames.items()},
            names,
            frozenset(given),
            {k: frozenset(v) for k, v in joined.items()},
            {k: frozenset(v) for k, v in near.items()},
        )

    def near_surnames(self, word: str) -> set[str]:
        """Known surnames of five letters at least one letter from `word` (`_one_apart`)."""
        if len(word) < NEAR_SURNAME_LENGTH - 1:
            return set()
        size = len(word)
        near = self.near.get(_skeleton(word), ())
        return {w for w in near if abs(len(w) - size) < 2 and _one_apart(w, word)}

    def fits(self, name: tuple[str, ...], key: str) -> bool:
        """Name words fit a person: a later word is the surname (or the person's last word is
        one of the name's), and the first words agree as given names."""
        own = self.names[key]
        if len(own) < 2:
            return False
        surname = own[-1] in name[1:] or name[-1] in own[1:][-2:]
        return surname and given_names_agree(name[0], own[0])

    def people(self, name: tuple[str, ...]) -> set[str]:
        """The people a name of two words at least fits: steps 1, 2 and 4 above (the words run
        together first: "Li Ke Qiang" is Li Keqiang, not Li Qiang)."""
        keys = set(self.joined.get("".join(name), ()))
        if not keys:
            keys = {k for w in name[1:] for k in self.surnames.get(w, ()) if self.fits(name, k)}
        if not keys:
            for word in name[1:]:
                for near in self.near_surnames(word):
                    spelt = tuple(near if w == word else w for w in name)
                    keys |= {k for k in self.surnames[near] if self.fits(spelt, k)}
        return keys


def _surnames(words: tuple[str, ...], entry: Entry) -> tuple[str, ...]:
    """The folded words a person's name may end on: the last, and the one before it in a name
    of three words (a second surname), unless the family name comes first ("Jon Kil Su": his
    given name is "Kil Su", so "Jon Kyl" is someone else)."""
    if len(words) < 3 or {r.code[:3] for r in entry.roles} & SURNAME_FIRST:
        return words[-1:]
    return words[-2:]


NEAR_SURNAME_LENGTH = 5  # shorter surnames one letter apart are other names (Khan, Kahn)


def _skeleton(word: str) -> str:
    """What `_one_apart` leaves alike: c, k, q, s, z as one letter; vowels and h dropped."""
    return word.translate(_SKELETON)


_SKELETON = str.maketrans({**dict.fromkeys(SOUND_ALIKE, "k"), **dict.fromkeys(SILENT_LETTERS)})


def _one_apart(a: str, b: str) -> bool:
    """One letter apart as other languages spell a name: one of c, k, q, s, z for another
    (Makron, Porochenko, Selenskyj), or a vowel or h added or dropped (Poutine, Sharief);
    never another vowel ("Schulz" is not Scholz)."""
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        return len(diff) == 1 and set(diff[0]) <= SOUND_ALIKE
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) != 1:
        return False
    k = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return long[:k] + long[k + 1 :] == short and long[k] in SILENT_LETTERS


def name_run(dictionary: ActorDictionary, words: list[tuple[str, bool]], covered: set[int]):
    """The last run of capitalised words (and lowercase ones inside names: 'bin', 'von') that
    no exact phrase, agent noun or government word covers, less its leading titles and
    honorifics: the name part of the phrase."""
    runs: list[list[str]] = [[]]
    for k, (word, capital) in enumerate(words):
        other = word in dictionary.agents or word in GOVERNMENT_WORDS
        other = other or word in COUNTERS or word in NUMBER_WORDS  # "More than 1,000 Maoists"
        inside = capital or (word in NAME_CONNECTORS and runs[-1] and k + 1 < len(words))
        if inside and k not in covered and (not other or word in TITLES or word in HONORIFICS):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    run = next((r for r in reversed(runs) if r), [])
    return strip_name(run) if run else []


def _office_fits(entry: Entry, words: list[tuple[str, bool]]) -> bool:
    """The phrase's office title (words.TITLED_OFFICES: "Governor ...") is one of the person's
    titled roles, or the phrase or the person has none."""
    office = {w for w, _ in words if w in TITLED_OFFICES}
    titles = " ".join(r.title.lower() for r in entry.roles if r.title)
    return not office or not titles or any(w in titles for w in office)


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
    if len(name) == 1 and known_place(name[0]):
        return None  # a place's own name is not a surname spelt another way ("Herat", Herath)
    index = dictionary.tolerant_index()
    folded = tuple(fold(w) for w in name)
    if len(folded) == 1:  # a lone word is a surname: the last word of a person's name
        keys = {k for k in index.surnames.get(folded[0], ()) if index.names[k][-1] == folded[0]}
    else:
        keys = index.people(folded)
    if not keys:  # a name's lowercase syllable after a hyphen: "Hu Jin-tao", "Kim Jong-il"
        whole = strip_name([w for w, _ in words])
        keys = (
            set(index.joined.get("".join(fold(w) for w in whole), ())) if len(whole) > 1 else set()
        )
    people = [dictionary.entries[k] for k in sorted(keys)]
    active = [e for e in people if on is None or dictionary.active(e, on)]
    if len(folded) == 1 or active:
        people = active  # a lone surname needs someone in office, as in the exact lookup
    found = [(e, dictionary.code_at(e, on)[0]) for e in people]
    found = [(e, c) for e, c in found if c and (country is None or c[:3] == country)]
    found = most_prominent(found, on)
    if len(found) != 1 or not _office_fits(found[0][0], words):
        return None
    entry, code = found[0]
    _, why = dictionary.code_at(entry, on)
    why = f"tolerant match: {' '.join(name)!r} as {entry.name!r}; {why}"
    return Match(dictionary.actor_for(text, entry, code, why), "name", "tolerant")
