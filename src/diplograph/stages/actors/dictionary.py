"""The actor dictionary: names to actors, with dated roles.

`ActorDictionary.load()` builds it from the shipped tables (read by `actor_data`, indexed by
`actor_index`) plus user YAML files; `resolve`, `match` and `at` turn a phrase (and a date) into
an `Actor`. Format and resolution rules: docs/actors.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from diplograph.cache import cached
from diplograph.errors import ReferenceDataError
from diplograph.records import Actor
from diplograph.stages.actors.data import (
    Entry,
    Lifespan,
    Role,
    load_yaml,
    normal_words,
    normalise,
    words_with_case,
)
from diplograph.stages.actors.index import (
    add_phrases,
    shipped_index,
    shipped_sources,
    surname_index,
)
from diplograph.stages.actors.words import (
    FUNCTION_WORDS,
    GOVERNMENT_WORDS,
    LAYERS,
    PREDECESSOR_WORDS,
    STATE_MODIFIERS,
    TITLES,
)

__all__ = ["ActorDictionary", "Match", "normal_words", "normalise"]

# ---------------------------------------------------------------- the dictionary

FUNCTION_WORDS |= {"their", "in", "of", "for", "to", "and", "or", "at", "on", "by", "with", "from"}
FUNCTION_WORDS |= {"as", "but", "if", "when", "after", "before", "while", "why", "how", "all"}


@dataclass(frozen=True, slots=True)
class Match:
    """What a text resolved to, and by which form (name, demonym, capital, agent, short...)."""

    actor: object  # records.Actor (kept loose to avoid a cycle in type checking)
    form: str


class ActorDictionary:
    """Names to actors. Build with `ActorDictionary.load()`; resolve names with `resolve`."""

    def __init__(self, entries, phrases, agents, surnames, regions=frozenset(), lifespans=None):
        self.entries: dict[str, Entry] = entries
        self.phrases: dict[str, tuple[int, tuple[tuple[str, str], ...]]] = phrases
        self.agents: dict[str, str] = agents
        self.surnames: dict[str, tuple[str, ...]] = surnames
        self.regions: frozenset[str] = regions  # normalised region names: never a state
        self.lifespans: dict[str, Lifespan] = lifespans or {}  # dissolved states
        self.max_words = 10

    # ---- loading
    @classmethod
    def load(cls, extra: Sequence[str] = ()) -> ActorDictionary:
        """The shipped dictionary with the user files (YAML, our format) applied over it."""
        base = _shipped()
        if not extra:
            return base
        entries = dict(base.entries)
        phrases = dict(base.phrases)
        agents = dict(base.agents)
        for path in extra:
            try:
                with open(path, encoding="utf-8") as f:
                    text = f.read()
            except OSError as exc:
                raise ReferenceDataError(exc.strerror or "cannot open", path) from exc
            for entry, names in load_yaml(text, path, "user"):
                add_phrases(entries, phrases, entry, names, LAYERS["user"])
        surnames = surname_index(entries, phrases)
        return cls(entries, phrases, agents, surnames, base.regions, base.lifespans)

    # ---- resolution
    def resolve(self, text: str, on: date | None = None) -> Actor:
        """What `text` names on date `on` (None: the latest role), without context."""
        return self.match(text, on).actor

    def at(self, actor: Actor, on: date | None) -> Actor:
        """The same entity with its role re-chosen for date `on`."""
        entry = self.entries.get(actor.entry or "")
        if entry is None or not entry.roles:
            return actor
        code, why = self._code_at(entry, on)
        new = self._actor(actor.entity_text, entry, code, why)
        if actor.sector == "GOV" and "administration" in actor.reason:
            new = replace(new, code=new.country + "GOV", sector="GOV", reason=actor.reason)
        return new

    def match(self, text: str, on: date | None = None) -> Match:
        words = words_with_case(text)
        if not words:
            return Match(Actor(entity_text=text), "name")
        norm = " ".join(w for w, _ in words)
        if norm in self.regions:
            return Match(
                Actor(entity_text=text, reason="a region or common word, never a state"), "name"
            )
        if norm in self.phrases:
            found = self._choose(text, self.phrases[norm][1], on)
            if found:
                return found
        return self._scan(text, words, on)

    def named_entries(self, text: str) -> list[Entry]:
        """Every entry the whole of `text` may name ("President Bush": both Bushes)."""
        norm = " ".join(w for w, _ in words_with_case(text))
        _, cands = self.phrases.get(norm, (0, ()))
        return [self.entries[key] for key, _ in cands if key in self.entries]

    def entry_phrases(self, key: str) -> list[str]:
        return [p for p, (_, cands) in self.phrases.items() if any(k == key for k, _ in cands)]

    def surname_candidates(self, word: str) -> tuple[str, ...]:
        return self.surnames.get(word, ())

    def active(self, entry: Entry, on: date | None) -> bool:
        return on is None or not entry.roles or any(r.covers(on) for r in entry.roles)

    def _scan(self, text: str, words: list[tuple[str, bool]], on: date | None) -> Match:
        plain = [w for w, _ in words]
        hits: list[tuple[int, int, Match]] = []
        i = 0
        while i < len(plain):
            for j in range(min(len(plain), i + self.max_words), i, -1):
                phrase = " ".join(plain[i:j])
                if phrase in self.regions:  # "Latin America": no state inside it
                    i = j
                    break
                phrase = self._plural_demonym(phrase)
                if phrase in self.phrases:
                    found = self._choose(phrase, self.phrases[phrase][1], on)
                    if found:
                        hits.append((i, j, found))
                        i = j
                        break
            else:
                i += 1
        hits = [self._successor_hit(plain, hit) for hit in hits if not _direction(hit, hits)]
        covered = {k for i, j, _ in hits for k in range(i, j)}
        agent = self._agent(plain, covered)
        kinds = {m.actor.entry.split(":")[0]: (i, j, m) for i, j, m in hits if m.actor.entry}
        for kind in ("person", "organisation", "group"):
            people = [(i, j, m) for i, j, m in hits if (m.actor.entry or "").startswith(kind)]
            if people:
                i, j, m = max(people, key=lambda h: (h[1] - h[0], h[0]))
                if kind == "person" and j < len(plain) and plain[j] in GOVERNMENT_WORDS:
                    a = m.actor
                    why = f"the {plain[j]} of {a.name}; {a.reason}"
                    gov = self._government(a)
                    return Match(
                        replace(
                            a,
                            entity_text=text,
                            code=gov + "GOV",
                            country=gov,
                            sector="GOV",
                            reason=why,
                        ),
                        "agent",
                    )
                return Match(replace(m.actor, entity_text=text), m.form)
        states = [(i, j, m) for i, j, m in hits if (m.actor.entry or "").startswith("state:")]
        if states:
            # a state's name read as part of a person's name stays in the surname lookup
            named = {
                k
                for i, j, m in hits
                if m.form not in ("name", "alias", "capital") or m not in [s[2] for s in states]
                for k in range(i, j)
            }
            return self._state_reading(text, words, states, agent, on) or self._short(
                text, words, named, on
            )
        del kinds
        return self._short(text, words, covered, on)

    def _successor_hit(self, plain: list[str], hit: tuple[int, int, Match]):
        """'ex-Soviet', 'former Yugoslav', 'post-Soviet': the words name what followed the
        state, so the state is not read (the hit still covers its words)."""
        i, j, m = hit
        if i == 0 or plain[i - 1] not in PREDECESSOR_WORDS:
            return hit
        if m.actor.entry[6:] not in self.lifespans if m.actor.entry else True:
            return hit  # "former Chilean dictator": "former" is about the dictator
        why = f"{plain[i - 1]!r} before {m.actor.name!r}: a successor, not the state"
        return i, j, Match(Actor(entity_text=m.actor.entity_text, reason=why), m.form)

    def _plural_demonym(self, phrase: str) -> str:
        """'iraqis' -> 'iraqi' when only the singular is a demonym ("Iraqis", "Afghans")."""
        if phrase in self.phrases or not phrase.endswith("s"):
            return phrase
        found = self.phrases.get(phrase[:-1])
        if found and any(form == "demonym" for _, form in found[1]):
            return phrase[:-1]
        return phrase

    def _state_reading(self, text, words, states, agent, on) -> Match | None:
        plain = [w for w, _ in words]
        if agent:
            before = [s for s in states if s[1] <= agent[0]] or states
            i, j, m = before[-1]
        else:
            i, j, m = states[-1]
        leftover = [
            k for k in range(j, len(plain)) if agent is None or not agent[0] <= k < agent[1]
        ]
        names_after = [k for k in leftover if words[k][1] and plain[k] not in TITLES]
        if names_after and m.form in ("name", "alias"):
            return None  # "Jordan Peterson": the state name is part of a longer name
        if m.form in ("name", "alias", "capital") and i > 0 and self._given_name(text, words, i):
            return None  # "Simon Mann", "Michael Jordan": a person's name ending in a state's
        if names_after and agent is None:
            short = self._short(text, words, set(range(0, j)), on, country=m.actor.country)
            if short.actor.resolved:
                return short
        actor = replace(m.actor, entity_text=text)
        if agent and m.actor.sector is None:
            sector = agent[2]
            why = (
                f"{m.actor.reason}; agent noun {' '.join(plain[agent[0] : agent[1]])!r} -> {sector}"
            )
            actor = replace(actor, code=actor.country + sector, sector=sector, reason=why)
            if names_after:
                short = self._short(text, words, set(range(0, j)), on, country=actor.country)
                if short.actor.resolved:
                    return short
            return Match(actor, "agent")
        return Match(actor, m.form)

    def _given_name(self, text: str, words: list[tuple[str, bool]], i: int) -> bool:
        """The word just before a state's name (word i) reads as a person's given name:
        capitalised, no title, no place modifier ("Northern"), not itself a known phrase, and
        joined to the name by a plain space ("AFP - Australia" is a dateline)."""
        word, capital = words[i - 1]
        if not capital or word in TITLES or word in STATE_MODIFIERS or word in PREDECESSOR_WORDS:
            return False
        if word in FUNCTION_WORDS or word in self.phrases or word in self.agents or word.isdigit():
            return False
        joined = rf"(?<![\w.]){re.escape(word)}\.?\s+{re.escape(words[i][0])}"
        return re.search(joined, text.lower()) is not None

    def _agent(self, plain: list[str], covered: set[int]) -> tuple[int, int, str] | None:
        """The last (head-most) agent noun phrase not inside a name: (start, end, sector)."""
        best = None
        i = 0
        while i < len(plain):
            for j in range(min(len(plain), i + 5), i, -1):
                if covered.intersection(range(i, j)):
                    continue
                sector = self.agents.get(" ".join(plain[i:j]))
                if sector:
                    best = (i, j, sector)
                    i = j - 1
                    break
            i += 1
        return best

    def _short(self, text, words, covered, on, country: str | None = None) -> Match:
        """A title and a surname ("President Xi") or a lone surname: one person active then."""
        plain = [w for w, _ in words]
        rest = [k for k in range(len(plain)) if k not in covered and plain[k] not in TITLES]
        if len(rest) != 1 or not words[rest[0]][1]:
            return Match(Actor(entity_text=text, reason="not in the dictionary"), "name")
        keys = self.surnames.get(plain[rest[0]], ())
        found = []
        for key in keys:
            entry = self.entries[key]
            code, _ = self._code_at(entry, on)
            if on is not None and not any(r.covers(on) for r in entry.roles):
                continue
            if country and (code or "")[:3] != country:
                continue
            found.append((entry, code))
        found = _most_prominent(found, on)
        if len({e.key for e, _ in found}) != 1:
            why = "ambiguous surname" if found else "not in the dictionary"
            return Match(Actor(entity_text=text, reason=why), "name")
        entry, code = found[0]
        _, why = self._code_at(entry, on)
        actor = self._actor(text, entry, code, f"surname of {entry.name}; {why}")
        return Match(actor, "short")

    def _choose(self, text: str, cands, on: date | None) -> Match | None:
        """One reading of a phrase with several entries, or None when they disagree."""
        readings, gone = [], []
        for key, form in cands:
            entry = self.entries.get(key)
            if entry is None:
                continue
            code, why = self._code_at(entry, on)
            if code is None:
                gone.append(Match(Actor(entity_text=text, reason=why), form))
                continue
            readings.append(
                (self.active(entry, on), Match(self._actor(text, entry, code, why), form))
            )
        if not readings:
            return gone[0] if gone else None
        active = [m for ok, m in readings if ok] or [m for _, m in readings]
        if len({m.actor.country for m in active}) > 1:
            return None
        return active[0]

    def _code_at(self, entry: Entry, on: date | None) -> tuple[str | None, str]:
        """The entry's code on date `on`, and why; None for a state that did not exist then
        (a person whose office was in it becomes an elite of its successor)."""
        code, why = self._role_code(entry, on)
        span = self.lifespans.get((code or "")[:3])
        if code is None or on is None or span is None or span.covers(on):
            return code, why
        if entry.kind == "person" and any(len(r.code) > 3 for r in entry.roles):
            return span.successor + "ELI", f"{why}; {span.name} ended {span.end}"
        return None, f"{span.name} did not exist on {on} ({span.start}..{span.end})"

    def _role_code(self, entry: Entry, on: date | None) -> tuple[str | None, str]:
        if not entry.roles:
            return entry.code, f"{entry.kind} {entry.name!r}"
        if on is None:
            role = max(entry.roles, key=lambda r: (r.end is None, r.start or date.min))
            return role.code, f"{entry.name}: latest role {_role_text(role)} (no date given)"
        now = [r for r in entry.roles if r.covers(on)]
        if now:
            role = max(now, key=lambda r: r.start or date.min)
            return role.code, f"{entry.name}: {_role_text(role)} covers {on}"
        if entry.code:
            return entry.code, f"{entry.name}: no role on {on}; default {entry.code}"
        nearest = min(entry.roles, key=lambda r: _distance(r, on))
        code = nearest.code[:3] + "ELI"
        return code, f"{entry.name}: no office on {on} (nearest {_role_text(nearest)}) -> elite"

    def _government(self, actor: Actor) -> str:
        entry = self.entries.get(actor.entry or "")
        for role in entry.roles if entry else ():
            if role.code[3:6] == "GOV":
                return role.code[:3]
        return actor.country or ""

    def _actor(self, text: str, entry: Entry, code: str, why: str) -> Actor:
        country = entry.country or code[:3]
        if entry.kind == "state" or entry.country:
            sector = entry.sector
        else:
            sector = code[3:6] or None
        return Actor(
            entity_text=text,
            code=code,
            country=country,
            sector=sector,
            name=entry.name,
            entry=entry.key,
            reason=why,
        )


def _direction(hit: tuple[int, int, Match], hits: list[tuple[int, int, Match]]) -> bool:
    """'western Baghdad', 'Eastern Europe': a group's demonym ("Western") right before a
    state's name is a direction, not the group."""
    i, j, m = hit
    if m.form != "demonym" or not (m.actor.entry or "").startswith("group:"):
        return False
    return any(k == j and (n.actor.entry or "").startswith("state:") for k, _, n in hits)


def _most_prominent(
    found: list[tuple[Entry, str | None]], on: date | None
) -> list[tuple[Entry, str | None]]:
    """Of several people with one surname, the one news would name by surname alone: the only
    head of state or government (Archigos, or our leaders file) in a government role covering
    the day. Open-ended roles from the Phoenix lists do not count: their minor officials never
    left office there. Otherwise all of them: still ambiguous."""
    if on is None or len(found) < 2:
        return found
    leaders = [
        (entry, code)
        for entry, code in found
        if ("archigos" in entry.source or (entry.source == "hand" and entry.kind == "person"))
        and any(
            r.covers(on) and r.code[3:] == "GOV" and (r.end or entry.source == "hand")
            for r in entry.roles
        )
    ]
    return leaders if len({e.key for e, _ in leaders}) == 1 else found


def _role_text(role: Role) -> str:
    span = f"{role.start or ''}..{role.end or ''}"
    return f"{role.title + ' ' if role.title else ''}{role.code} {span}"


def _distance(role: Role, on: date) -> int:
    if role.start and on < role.start:
        return (role.start - on).days
    if role.end and on > role.end:
        return (on - role.end).days
    return 0


@lru_cache(maxsize=1)
def _shipped() -> ActorDictionary:
    """The shipped tables' dictionary: built once, then read from the user's cache."""
    return ActorDictionary(*cached("actors", shipped_sources(), shipped_index))
