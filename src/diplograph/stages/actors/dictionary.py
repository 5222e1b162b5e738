"""The actor dictionary: names to actors, with dated roles.

`ActorDictionary.load()` builds it from the shipped tables (read by `actor_data`, indexed by
`actor_index`) plus user YAML files; `resolve`, `match` and `at` turn a phrase (and a date) into
an `Actor`. Format and resolution rules: docs/actors.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from diplograph.cache import cached
from diplograph.errors import ReferenceDataError
from diplograph.records import Actor
from diplograph.stages.actors.context import (
    agent_alone,
    agent_nouns,
    clause_head,
    complement_only,
    head_hits,
    head_noun,
    lone_place_name,
    loyal_owner,
    owner_before_agent,
    place_after_preposition,
    place_reading,
    seat_cities,
    state_reading,
    title_office,
    titled_name,
)
from diplograph.stages.actors.data import (
    Entry,
    Lifespan,
    Match,
    Role,
    load_yaml,
)
from diplograph.stages.actors.exact import (
    entity_reading,
    is_state,
    known_phrases,
    owned_bodies,
    surname_match,
)
from diplograph.stages.actors.index import (
    add_phrases,
    shipped_index,
    shipped_sources,
    surname_index,
)
from diplograph.stages.actors.led import led_reading
from diplograph.stages.actors.names import (
    bracketed,
    normal_words,
    normalise,
    words_with_case,
)
from diplograph.stages.actors.tolerant import TolerantIndex, tolerant_match
from diplograph.stages.actors.words import (
    BLOC_FAMILIES,
    BODY_ENTRIES,
    CAPITAL_ONLY,
    FAMILY_CODES,
    GOV_OWN_SECTORS,
    LAYERS,
)

MEMO_SIZE = 65536  # answers `match` remembers

__all__ = ["ActorDictionary", "Match", "normal_words", "normalise"]

# ---------------------------------------------------------------- the dictionary


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
        self._tolerant: TolerantIndex | None = None  # built at the first tolerant lookup
        self._agent_words: frozenset[str] | None = None
        self._memo: dict[tuple[str, date | None], Match] = {}

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
        code, why = self.code_at(entry, on)
        if code is None:  # no office then, and none in a state: unresolved, as `match` leaves it
            return Actor(entity_text=actor.entity_text, reason=why)
        new = self.actor_for(actor.entity_text, entry, code, why)
        if actor.sector == "GOV" and "administration" in actor.reason:
            new = replace(new, code=new.country + "GOV", sector="GOV", reason=actor.reason)
        return new

    def match(self, text: str, on: date | None = None) -> Match:
        """`resolve`'s Match, remembered: news repeats its names, so each (text, date) is worked
        out once (the memo is emptied when it holds MEMO_SIZE answers)."""
        key = (text, on)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[key] = self._match(text, on)
        return found

    def _match(self, text: str, on: date | None) -> Match:
        """What `text` names, resolved in steps (docs/actors.md, "Resolution"): its normalised
        words (`names`); the exact match (`exact`: the whole phrase, else a person,
        organisation or group inside it); the tolerant match of a name (`tolerant`); then the
        context (`context`: the head entity, a state with an agent noun or title, a lone
        surname, the agent noun alone). `Match.step` says which step resolved it."""
        head = clause_head(text)
        if head:
            found = self._match(head, on)
            if found.actor.country or found.actor.sector:
                why = f"{text!r} read as its head {head!r}; {found.actor.reason}"
                return replace(found, actor=replace(found.actor, entity_text=text, reason=why))
        owned = loyal_owner(text)
        if owned:
            found = self._match(owned, on)
            why = f"{text!r} read as {owned!r}; {found.actor.reason}"
            return replace(found, actor=replace(found.actor, entity_text=text, reason=why))
        words = words_with_case(text)
        if not words:
            return Match(Actor(entity_text=text), "name")
        norm = " ".join(w for w, _ in words)
        if norm in self.regions:
            return Match(
                Actor(entity_text=text, reason="a region or common word, never a state"), "name"
            )
        if norm in self.phrases and (norm not in CAPITAL_ONLY or words[0][1]):
            found = self.choose(text, self.phrases[norm][1], on)
            if found and " " not in norm and self.out_of_office(found, on):
                # a one-word name of someone out of office: another holder of that surname
                # then ("Kabila" in 1999 is the father)
                holder = surname_match(self, text, words, set(), on)
                found = holder if holder.actor.resolved else found
            if found:
                return found
        plain = [w for w, _ in words]
        hits = seat_cities(self, plain, owned_bodies(self, plain, known_phrases(self, words, on)))
        covered = {k for i, j, _ in hits for k in range(i, j)}
        agents = agent_nouns(self, plain, covered)
        heads = head_hits(plain, hits, agents)
        if hits and not heads:
            return complement_only(text, plain, agents)
        found = led_reading(self, text, plain, heads, agents) or entity_reading(
            self, text, plain, heads, on
        )
        if found:
            return head_noun(words, agents, title_office(self, plain, heads, agents, found))
        states = [h for h in heads if is_state(h[2])]
        named = states[-1][2].actor.country if states and states[-1][2].form == "demonym" else None
        found = tolerant_match(self, text, words, covered, on, named)
        if found:
            return head_noun(words, agents, title_office(self, plain, heads, agents, found))
        if states:
            # a state's name read as part of a person's name stays in the surname lookup
            kept = {
                k
                for i, j, m in heads
                if m.form not in ("name", "alias", "capital") or m not in [s[2] for s in states]
                for k in range(i, j)
            }
            agent = agents[-1] if agents else None
            found = state_reading(self, text, words, states, agent, on) or surname_match(
                self, text, words, kept, on
            )
        else:  # "Treasury Secretary Yellen": the agent noun is a title
            titled = covered.union(*(range(i, j) for i, j, _ in agents))
            owned = owner_before_agent(words, agents, covered)  # "Kano police": a place first
            place = place_reading(self, text, words, covered, agents) if owned else None
            if place is None and (
                not titled and lone_place_name(words) or place_after_preposition(plain)
            ):
                found = Match(Actor(entity_text=text, reason="a place's name, no surname"), "name")
            else:
                found = place or surname_match(self, text, words, titled, on)
        if found.actor.resolved:
            return head_noun(words, agents, found)
        found = (
            place_reading(self, text, words, covered, agents)
            or agent_alone(text, plain, agents)
            or titled_name(text, words, agents)
            or found
        )
        if not found.actor.country:
            named = self._bracketed_body(text, on)
            if named:
                return head_noun(words, agents, named)
        return found

    def _bracketed_body(self, text: str, on: date | None) -> Match | None:
        """A body's name in brackets when the words around it named nobody: "The Islamic
        Revolution Guard Corps (IRGC)", a spelling the tables lack, is the IRGC."""
        for inner in bracketed(text):
            found = self.match(inner, on)
            if found.actor.country and (found.actor.entry or "").startswith(BODY_ENTRIES):
                why = f"the name in brackets {inner!r}; {found.actor.reason}"
                return replace(found, actor=replace(found.actor, entity_text=text, reason=why))
        return None

    def named_entries(self, text: str) -> list[Entry]:
        """Every entry the whole of `text` may name ("President Bush": both Bushes)."""
        norm = " ".join(w for w, _ in words_with_case(text))
        _, cands = self.phrases.get(norm, (0, ()))
        return [self.entries[key] for key, _ in cands if key in self.entries]

    def entry_phrases(self, key: str) -> list[str]:
        return [p for p, (_, cands) in self.phrases.items() if any(k == key for k, _ in cands)]

    def surname_candidates(self, word: str) -> tuple[str, ...]:
        return self.surnames.get(word, ())

    def tolerant_index(self) -> TolerantIndex:
        if self._tolerant is None:
            self._tolerant = TolerantIndex.build(self.entries)
        return self._tolerant

    def agent_words(self) -> frozenset[str]:
        """Every word of an agent noun phrase ("finance" of "minister of finance")."""
        if self._agent_words is None:
            self._agent_words = frozenset(w for phrase in self.agents for w in phrase.split())
        return self._agent_words

    def out_of_office(self, found: Match, on: date | None) -> bool:
        entry = self.entries.get(found.actor.entry or "")
        return entry is not None and entry.kind == "person" and not self.active(entry, on)

    def active(self, entry: Entry, on: date | None) -> bool:
        return on is None or not entry.roles or any(r.covers(on) for r in entry.roles)

    def choose(self, text: str, cands, on: date | None) -> Match | None:
        """One reading of a phrase with several entries, or None when they disagree."""
        readings, gone = [], []
        for key, form in cands:
            entry = self.entries.get(key)
            if entry is None:
                continue
            code, why = self.code_at(entry, on)
            if code is None:
                gone.append(Match(Actor(entity_text=text, reason=why), form))
                continue
            readings.append(
                (self.active(entry, on), Match(self.actor_for(text, entry, code, why), form))
            )
        if not readings:
            return gone[0] if gone else None
        active = [m for ok, m in readings if ok] or [m for _, m in readings]
        if len({m.actor.country for m in active}) > 1:
            return None
        return active[0]

    def code_at(self, entry: Entry, on: date | None) -> tuple[str | None, str]:
        """The entry's code on date `on`, and why; None for a state that did not exist then
        (a person whose office was in it becomes an elite of its successor)."""
        code, why = self._role_code(entry, on)
        span = self.lifespans.get((code or "")[:3])
        if code is None or on is None or span is None or span.covers(on):
            return code, why
        if entry.kind == "person" and any(len(r.code) > 3 for r in entry.roles):
            return self._successor(span, on) + "ELI", f"{why}; {span.name} ended {span.end}"
        return None, f"{span.name} did not exist on {on} ({span.start}..{span.end})"

    def _successor(self, span: Lifespan, on: date) -> str:
        """The successor that existed on `on`: Yugoslavia's is Serbia and Montenegro in 2004,
        Serbia after 2006."""
        code = span.successor
        while code in self.lifespans and self.lifespans[code].end < on:
            code = self.lifespans[code].successor
        return code

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
        national = [r for r in entry.roles if f"state:{r.code[:3]}" in self.entries]
        if not national:  # a bloc's or IGO's officer out of office is no elite of the bloc
            return None, f"{entry.name}: no office on {on}, and none in a state"
        nearest = min(national, key=lambda r: _distance(r, on))
        if len(nearest.code) == 3:  # a place the state's roles span ("Fallujah" in 2004)
            return nearest.code, f"{entry.name}: the state {nearest.code} (no role on {on})"
        code = nearest.code[:3] + "ELI"
        return code, f"{entry.name}: no office on {on} (nearest {_role_text(nearest)}) -> elite"

    def government(self, actor: Actor) -> str:
        entry = self.entries.get(actor.entry or "")
        for role in entry.roles if entry else ():
            if role.code[3:6] == "GOV":
                return role.code[:3]
        return actor.country or ""

    def actor_for(self, text: str, entry: Entry, code: str, why: str) -> Actor:
        bloc = BLOC_FAMILIES.get(code[:9])
        country = entry.country or bloc or code[:3]
        if entry.kind == "state" or entry.country:
            sector = entry.sector
        elif bloc or country in FAMILY_CODES:
            sector = None  # IGOUNO, IMGMUSISI, IGOEUREEC: the family, not a sector
        elif code[3:6] == "GOV" and code[6:9] in GOV_OWN_SECTORS:
            sector = code[6:9]
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
