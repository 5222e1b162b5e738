"""Step 3a of resolution, the exact dictionary match: phrases the dictionary has, word for word
in their normalised form.

`known_phrases` finds the longest known phrases inside a phrase (never a state inside a region's
name, "Latin America"; "ex-Soviet" names a successor; "Western" before a state is a direction;
a one-word name after another given name is not that person: "Jill Biden"). `entity_reading`
takes a person, organisation or group among them ("North Korean leader Kim Jong Un"; "the Biden
administration" -> the person's government). `surname_match` reads a title and a surname
("President Xi") or a lone surname: the one person with that surname in office on the date.
`whole_person` keeps a PERSON entity of an article from resolving through a state's name inside
it ("Simon Mann" is not the Isle of Man).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from diplograph.records import Actor, Parse, Span
from diplograph.stages.actors.data import Match
from diplograph.stages.actors.index import most_prominent, same_person
from diplograph.stages.actors.names import (
    fold,
    given_names_agree,
    normal_words,
    possessives,
    strip_name,
)
from diplograph.stages.actors.words import (
    AFFLICTED_WORDS,
    APPOINTER_WORDS,
    ARMED_SECTORS,
    BACKER_WORDS,
    CAPITAL_ONLY,
    COUNTERS,
    DIRECTION_NOUNS,
    ETHNIC_GROUPS,
    FORMER_WORDS,
    FUNCTION_WORDS,
    GOVERNMENT_WORDS,
    HONORIFICS,
    NUMBER_WORDS,
    PREDECESSOR_WORDS,
    STANCE_WORDS,
    STATE_BODY_SECTORS,
    STATE_MODIFIERS,
    STATE_NAME_FORMS,
    SURNAME_COMPOUNDS,
    SURNAME_PARTICLES,
    TITLES,
)

if TYPE_CHECKING:
    from diplograph.stages.actors.dictionary import ActorDictionary

Hit = tuple[int, int, Match]  # words [i, j) of the phrase, and what they name


def known_phrases(d: ActorDictionary, words: list[tuple[str, bool]], on: date | None) -> list[Hit]:
    """The longest known phrases inside the phrase, left to right."""
    plain = [w for w, _ in words]
    hits: list[Hit] = []
    i = 0
    while i < len(plain):
        for j in range(min(len(plain), i + d.max_words), i, -1):
            phrase = " ".join(plain[i:j])
            if phrase in d.regions:  # "Latin America": no state inside it
                i = j
                break
            phrase = _plural_demonym(d, phrase)
            if phrase in CAPITAL_ONLY and not words[i][1]:
                continue
            if phrase in d.phrases and not _overlapped(d, plain, i, j):
                found = d.choose(phrase, d.phrases[phrase][1], on)
                if found:
                    hits.append((i, j, found))
                    i = j
                    break
        else:
            i += 1
    hits = [hit for hit in hits if not _ethnic(d, hit, plain)]
    hits = [_successor_hit(d, plain, hit) for hit in hits if not _direction(d, hit, hits, plain)]
    hits = [_appointer_hit(d, plain, _backer_hit(d, plain, hit)) for hit in hits]
    return [hit for hit in hits if not _other_given_name(d, words, hit)]


def _overlapped(d: ActorDictionary, plain: list[str], i: int, j: int) -> bool:
    """A known phrase starting inside words [i, j) runs past j and is longer, or as long when
    [i, j) starts with a title: "President Petro" (Colombia's) before "Petro Poroshenko"."""
    titled = plain[i] in TITLES or plain[i] in HONORIFICS
    for k in range(i + 1, j):
        for end in range(min(len(plain), k + d.max_words), j, -1):
            if end - k >= j - i + (not titled) and " ".join(plain[k:end]) in d.phrases:
                return True
    return False


def owned_bodies(d: ActorDictionary, plain: list[str], hits: list[Hit]) -> list[Hit]:
    """A body whose name is also an agent noun ("Congress", "Senate": the US's in the
    dictionary) after another state's name or demonym is that state's body: "the Brazilian
    Congress", "Italy's Senate". The hit is dropped, so the words read as the agent noun."""
    states = [(j, m.actor.country) for _, j, m in hits if is_state(m)]
    return [
        (i, j, m)
        for i, j, m in hits
        if is_state(m)
        or " ".join(plain[i:j]) not in d.agents
        or not any(end <= i and country != m.actor.country for end, country in states)
    ]


def entity_reading(
    d: ActorDictionary, text: str, plain: list[str], hits: list[Hit], on: date | None = None
):
    """A person wins, then an organisation, then a group: the longest, then the last. A person
    with no office listed on the date after a body's name ("NATO Secretary General Jaap de Hoop
    Scheffer") is that body's: the title says the office the dictionary lacks."""
    owners = _possessed_people(text, plain, hits) | _out_of_office(d, plain, hits, on)
    for kind in ("person", "organisation", "group"):
        found = [
            (i, j, m)
            for i, j, m in hits
            if (m.actor.entry or "").startswith(kind) and not is_state(m) and (i, j) not in owners
        ]
        if not found:
            continue
        i, j, m = max(found, key=lambda h: (h[1] - h[0], h[0]))
        if kind == "person" and j < len(plain) and plain[j] in GOVERNMENT_WORDS:
            a = m.actor
            gov = d.government(a)
            why = f"the {plain[j]} of {a.name}; {a.reason}"
            a = replace(
                a, entity_text=text, code=gov + "GOV", country=gov, sector="GOV", reason=why
            )
            return Match(a, "agent")
        if kind == "organisation" and m.actor.sector == "PTY":
            found = _party_of_state(text, m, [h for h in hits if is_state(h[2]) and h[1] <= i])
            if found:
                return found
        return Match(replace(m.actor, entity_text=text), m.form)
    return None


def _party_of_state(text: str, party: Match, states: list[Hit]) -> Match | None:
    """A party name many states share, after another state's name: "Israel's opposition Labour
    party" is Israel's, not the UK Labour Party the dictionary lists by that name."""
    if not states or states[-1][2].actor.country == party.actor.country:
        return None
    state = states[-1][2].actor
    why = f"a party of {state.name} ({state.reason}), not the {party.actor.name}"
    actor = replace(state, entity_text=text, code=f"{state.country}PTY", sector="PTY", reason=why)
    return Match(actor, "agent")


def _out_of_office(
    d: ActorDictionary, plain: list[str], hits: list[Hit], on: date | None
) -> set[tuple[int, int]]:
    """People with no office on `on` whom an organisation's or group's name precedes; not
    after "former" ("former NATO chief Anders Fogh Rasmussen" is his own, an elite)."""
    bodies = [i for i, _, m in hits if (m.actor.entry or "").startswith(("organisation", "group"))]
    if on is None or not bodies:
        return set()
    out = set()
    for i, j, m in hits:
        entry = d.entries.get(m.actor.entry or "")
        if entry is None or entry.kind != "person" or not entry.roles:
            continue
        if min(bodies) < i and not d.active(entry, on) and FORMER_WORDS.isdisjoint(plain[:i]):
            out.add((i, j))
    return out


def _possessed_people(text: str, plain: list[str], hits: list[Hit]) -> set[tuple[int, int]]:
    """People in the possessive before an organisation or group that ends the phrase: the body
    is the head ("Erdogan's ruling AK Party" is the party, not Erdogan)."""
    bodies = [
        i
        for i, j, m in hits
        if j == len(plain) and (m.actor.entry or "").startswith(("organisation", "group"))
    ]
    if not bodies:
        return set()
    owned = possessives(text)
    return {
        (i, j)
        for i, j, m in hits
        if (m.actor.entry or "").startswith("person") and j - 1 in owned and j <= bodies[-1]
    }


def is_state(m: Match) -> bool:
    """A state's name, or a place Phoenix lists as a dated 'person' with a bare country code
    ("Kharkiv" for Ukraine from 1991): read as a state, so an agent noun gives its sector."""
    entry = m.actor.entry or ""
    if entry.startswith("state:"):
        return True
    code = m.actor.code or ""
    return entry.startswith("person:") and len(code) == 3 and code == m.actor.country


def _counter_first(plain: list[str], k: int) -> bool:
    """Word k opens the phrase as a counter or number before more words ("Some protesters",
    "Dozens of ..."): no surname (Maxime Some)."""
    return k == 0 and len(plain) > 1 and (plain[0] in COUNTERS or plain[0] in NUMBER_WORDS)


def surname_match(d: ActorDictionary, text, words, covered, on, country=None) -> Match:
    """A title and a surname ("President Xi") or a lone surname: one person active then."""
    plain = [w for w, _ in words]
    rest = [k for k in range(len(plain)) if k not in covered and plain[k] not in TITLES]
    rest = [k for k in rest if plain[k] not in SURNAME_PARTICLES or k == rest[-1]]
    said = plain[rest[-1]] if rest else ""
    if len(rest) == 2 and plain[rest[0]] in SURNAME_COMPOUNDS and rest[1] == rest[0] + 1:
        said, rest = f"{plain[rest[0]]} {said}", rest[1:]  # "Ben Ali"
    if len(rest) != 1 or not words[rest[0]][1] or _counter_first(plain, rest[0]):
        return Match(Actor(entity_text=text, reason="not in the dictionary"), "name")
    found = []
    for key in d.surnames.get(said, ()):
        entry = d.entries[key]
        code, _ = d.code_at(entry, on)
        if on is not None and not any(r.covers(on) for r in entry.roles):
            continue
        if country and (code or "")[:3] != country:
            continue
        found.append((entry, code))
    found = same_person(most_prominent(found, on), said)
    if len({e.key for e, _ in found}) != 1:
        why = "ambiguous surname" if found else "not in the dictionary"
        return Match(Actor(entity_text=text, reason=why), "name")
    entry, code = found[0]
    _, why = d.code_at(entry, on)
    return Match(d.actor_for(text, entry, code, f"surname of {entry.name}; {why}"), "short")


def _other_given_name(d: ActorDictionary, words: list[tuple[str, bool]], hit: Hit) -> bool:
    """A person found by a one-word name with another given name before it: "Jill Biden" is
    not Joe Biden, "Ali Hassan" not Jordan's Prince Hassan (listed by one name). The word
    before must read as a given name (`_name_like`) and disagree with the person's. Nor is a
    person found by his surname with another name after it: "Petro Porochenko" is not
    Colombia's Gustavo Petro; nor one listed by one name with a surname after it."""
    i, j, m = hit
    entry = d.entries.get(m.actor.entry or "")
    if entry is None or entry.kind != "person" or j - i != 1 or is_state(m):
        return False
    own = strip_name(normal_words(entry.name))
    if j < len(words) and _name_like(d, *words[j]) and len(own) > 1 and own[-1] == words[i][0]:
        return True  # a surname before another name is a given name: "Petro Porochenko"
    if own == [words[i][0]] and _surname_after(d, words, j):
        return True  # one listed by one name, then a surname: "Abdullah al-Thani" is no king
    if i == 0 or not _name_like(d, *words[i - 1]):
        return False
    word = words[i - 1][0]
    if own == [words[i][0]]:
        return True
    return (
        len(own) > 1 and own[-1] == words[i][0] and not given_names_agree(fold(word), fold(own[0]))
    )


def _surname_after(d: ActorDictionary, words: list[tuple[str, bool]], j: int) -> bool:
    """Word j reads as a surname, or a surname particle before one ("al-Thani")."""
    if j < len(words) and words[j][0] in SURNAME_PARTICLES:
        j += 1
    return j < len(words) and _name_like(d, *words[j])


def _name_like(d: ActorDictionary, word: str, capital: bool) -> bool:
    """A word that reads as part of a person's name: capitalised, three letters at least, no
    title, agent noun or known phrase."""
    return capital and len(word) >= 3 and word.isalpha() and not _known_word(d, word)


def _known_word(d: ActorDictionary, word: str) -> bool:
    return (
        word in TITLES
        or word in HONORIFICS
        or word in FUNCTION_WORDS
        or word in STATE_MODIFIERS
        or word in d.agents
        or word in d.phrases
    )


def _successor_hit(d: ActorDictionary, plain: list[str], hit: Hit) -> Hit:
    """'ex-Soviet', 'former Yugoslav', 'post-Soviet': the words name what followed the
    state, so the state is not read (the hit still covers its words)."""
    i, j, m = hit
    if i == 0 or plain[i - 1] not in PREDECESSOR_WORDS:
        return hit
    if m.actor.entry[6:] not in d.lifespans if m.actor.entry else True:
        return hit  # "former Chilean dictator": "former" is about the dictator
    why = f"{plain[i - 1]!r} before {m.actor.name!r}: a successor, not the state"
    return i, j, Match(Actor(entity_text=m.actor.entity_text, reason=why), m.form)


def _appointer_hit(d: ActorDictionary, plain: list[str], hit: Hit) -> Hit:
    """'Myanmar's military-appointed foreign minister': a body of the state appointed the head,
    so it stands for its state, and the head noun gives the sector. An armed group's
    appointees stay the group's ("Houthi-appointed governor")."""
    i, j, m = hit
    state = d.entries.get(f"state:{m.actor.country}")
    if j == len(plain) or plain[j] not in APPOINTER_WORDS or state is None:
        return hit
    if not (m.actor.entry or "").startswith(("organisation:", "group:")):
        return hit
    if m.actor.sector not in STATE_BODY_SECTORS:
        return hit
    why = f"{m.actor.name!r} {plain[j]} the head: read as its state"
    return i, j, Match(d.actor_for(m.actor.entity_text, state, state.code, why), m.form)


def _backer_hit(d: ActorDictionary, plain: list[str], hit: Hit) -> Hit:
    """'Iran-backed militias', 'a U.S.-funded program': the state or group backs the head, it
    does not own it; 'Naxal-affected districts', 'Taliban-hit areas': a group (or body)
    afflicts the head's place; 'pro-Russian separatists', 'anti-American protesters': a stance
    towards it. Either way it is not read (the hit still covers its words). A backer word that
    starts an agent noun is that noun's: "the Iranian armed forces" are Iran's."""
    i, j, m = hit
    kinds = ("state:", "group:")
    if j < len(plain) and plain[j] in BACKER_WORDS and not _starts_agent(d, plain, j):
        why = f"{m.actor.name!r} {plain[j]} the head: a backer, not its owner"
    elif j < len(plain) - 1 and plain[j] in AFFLICTED_WORDS:
        why = f"{m.actor.name!r}-{plain[j]}: it afflicts the head's place, it does not own it"
        kinds = (*kinds, "organisation:")
    elif i > 0 and plain[i - 1] in STANCE_WORDS:
        why = f"{plain[i - 1]}-{m.actor.name}: a stance, not the owner"
    else:
        return hit
    if not (m.actor.entry or "").startswith(kinds):
        return hit
    return i, j, Match(Actor(entity_text=m.actor.entity_text, reason=why), m.form)


def _starts_agent(d: ActorDictionary, plain: list[str], j: int) -> bool:
    """An agent noun of two words or more starts at word j ("armed forces", "armed men")."""
    return any(" ".join(plain[j:end]) in d.agents for end in range(j + 2, len(plain) + 1))


def _plural_demonym(d: ActorDictionary, phrase: str) -> str:
    """'iraqis' -> 'iraqi' when only the singular is a demonym ("Iraqis", "Afghans")."""
    if phrase in d.phrases or not phrase.endswith("s"):
        return phrase
    found = d.phrases.get(phrase[:-1])
    if found and any(form == "demonym" for _, form in found[1]):
        return phrase[:-1]
    return phrase


def _ethnic(d: ActorDictionary, hit: Hit, plain: list[str]) -> bool:
    """'Arab militias', 'Arab gunmen': a group's demonym that is also an ethnicity
    (ETHNIC_GROUPS) before an armed noun (REB, UAF) names the fighters' people, not the bloc."""
    i, j, m = hit
    if m.form != "demonym" or m.actor.country not in ETHNIC_GROUPS:
        return False
    return any(d.agents.get(w) in ARMED_SECTORS for w in plain[j:])


def _direction(d: ActorDictionary, hit: Hit, hits: list[Hit], plain: list[str]) -> bool:
    """'western Baghdad', 'Eastern Europe', 'the western province of Herat': a group's demonym
    ("Western") right before a state's name or a noun of DIRECTION_NOUNS is a direction, not the
    group. Right after a state's demonym it names that state's people: "Israeli Arab
    lawmakers", "Iraqi Arab tribesmen"; right after a state's name and before a body of the
    state, a part of it: "Russia's Western Military District" (but "Russia's Western
    partners" are the West)."""
    i, j, m = hit
    if m.form != "demonym" or not (m.actor.entry or "").startswith("group:"):
        return False
    if j < len(plain) and plain[j] in DIRECTION_NOUNS:
        return True
    body = any(d.agents.get(w) in STATE_BODY_SECTORS for w in plain[j:])
    return any(
        (n.actor.entry or "").startswith("state:")
        and (k == j or end == i and (n.form == "demonym" or body))
        for k, end, n in hits
    )


def whole_person(parse: Parse, span: Span, d: ActorDictionary, on, found: Match) -> Match:
    """In an article: a PERSON entity resolves only as a whole (a person entry, a title and
    surname): "Simon Mann" is not the Isle of Man, "Michael Jordan" not Jordan. A state read
    through a word of the name is dropped; the words before the name still count ("British
    officer Simon Mann")."""
    if not (found.actor.entry or "").startswith("state:") or found.form not in STATE_NAME_FORMS:
        return found
    names = [
        e
        for e in parse.entities
        if e.label == "PERSON" and span.token_start <= e.token_start < span.token_end
    ]
    if not names:
        return found
    name = names[0]
    own = d.match(name.text, on)
    if len(normal_words(name.text)) < 2 or normal_words(name.text) == normal_words(
        own.actor.name or ""
    ):
        return found  # a lone state name the tagger called a person
    if own.actor.resolved and not (own.actor.entry or "").startswith("state:"):
        return found
    why = f"{name.text!r} is a person's name, not a state"
    if name.token_start > span.token_start:
        prefix = d.match(parse.text_of(span.token_start, name.token_start), on)
        if prefix.actor.resolved and prefix.form not in STATE_NAME_FORMS:
            return prefix
    return Match(Actor(entity_text=span.text, reason=why), "name")
