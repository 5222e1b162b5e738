"""Step 4 of resolution, context: what the words around a name say when no person,
organisation or group resolved the phrase.

- **The head entity** — of several entities in one phrase, the one the agent noun belongs to:
  "Japan's envoy to Canada" is Japan's (a state after the agent noun and 'to', 'for', 'with' or
  'against' is its complement, not its owner; 'of' and 'in' still give the owner: "the
  president of Kenya", "troops in Iraq"). A phrase naming only complements names no country.
  A state's demonym right on the head noun gives the head its nationality over a possessor
  before it ("NATO's Afghan partners" -> AFG).
- **Title and nationality** — a state (name or demonym) with an agent noun or title gives the
  state's agent, also when the person's name is unknown: "Ukrainian Foreign Minister Ivan
  Petrenko" -> UKRGOV, "the Kenyan president" -> KENGOV. A state name followed at once by
  another capitalised word is part of a longer name ("Jordan Peterson"), unless the word is
  part of the agent noun's own phrase ("Ghana's Finance Ministry"), and one after a given
  name ends a person's name ("Michael Jordan").
- **Places as actors** — a city or region the dictionary does not know, standing for its
  authorities or people ("Kharkiv", "Mumbai police", "Kherson's governor", "the mayor of
  Lagos"), resolves through the places gazetteer to its country, with the agent noun's sector
  when the noun is the phrase's head. Only one run of capitalised words, a confident gazetteer
  reading of a region or a city of 50,000 people at least, no place modifier ("Federal"
  regulators) and no given name in front ("Michael Aleppo" is a person).
- **Counted nationals** — a demonym heading the phrase after a number or counter names people
  of that nationality ("two Lebanese", "an Afghan", "thousands of Iraqis" -> CVL), as in
  articles; a bare plural stays the state.
- **In an article** (`find_mentions`) — a bare agent noun takes the state named just before it
  ("the foreign minister"), an insurgent noun the place it hangs on or the article's country,
  "the world" is IGO as a subject or object, a counted demonym in the parse is people (CVL).
- **The agent noun alone** — a phrase whose head is an agent noun and that names no country
  ("police", "the rebels") keeps the noun's sector with no country.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from diplograph.records import Actor, Mention, Parse, Place, Span
from diplograph.stages.actors.data import Match
from diplograph.stages.actors.exact import Hit, is_state, surname_match
from diplograph.stages.actors.names import normal_words, possessives
from diplograph.stages.actors.references import make_mention
from diplograph.stages.actors.titles import earlier_holder
from diplograph.stages.actors.words import (
    ADMIN_WORDS,
    AFFLICTED_WORDS,
    ARMED_KEEPERS,
    ARMED_SECTORS,
    BLOC_NOUNS,
    BLOC_SEAT_SECTORS,
    CLAUSE_PAIRS,
    CLAUSE_WORDS,
    COMPASS,
    COMPLEMENT_PREPS,
    COORDINATORS,
    COUNT_LINKS,
    COUNTERS,
    CROWD_NOUNS,
    DIPLOMATIC_POSTS,
    FORCE_NOUNS,
    FORCE_SECTORS,
    FORMER_WORDS,
    FUNCTION_WORDS,
    GOVERNMENT_WORDS,
    HEAD_BEFORE_PREPS,
    HEAD_SECTORS,
    HONORIFICS,
    LONE_PLACE_POPULATION,
    LOYALTY_WORDS,
    MEMBER_NOUNS,
    MEMBER_OWNER_KEEPS,
    NEVER_INHERIT,
    NO_STATE_SECTORS,
    NON_STATE_SECTORS,
    NOT_PEOPLE,
    NUMBER_WORDS,
    OFFICE_SECTORS,
    OFFICER_NOUNS,
    ONE_PARTY_STATES,
    ORIGIN_WORDS,
    OWNER_PREPS,
    PART_OF_PLACE_WORDS,
    PEOPLE_MODIFIERS,
    PLACE_ACTOR_CONFIDENCE,
    PLACE_ACTOR_POPULATION,
    PLACE_DESCRIPTORS,
    PLACE_LINKS,
    PLACE_OF,
    PLACE_PARTICLES,
    PLACE_PREPS,
    PLAIN_PEOPLE,
    PREDECESSOR_WORDS,
    RETIRED_WORDS,
    SEATED_HEADS,
    SEATED_SECTORS,
    SPOKESPERSON_NOUNS,
    STATE_MODIFIERS,
    TITLES,
    UNIT_NOUNS,
    VENUE_PREPS,
    WORLD_ROLES,
)
from diplograph.stages.ingest import dateline
from diplograph.stages.places import Gazetteer

if TYPE_CHECKING:
    from diplograph.stages.actors.dictionary import ActorDictionary

Agent = tuple[int, int, str]  # words [i, j) of an agent noun phrase, and its sector


def agent_nouns(d: ActorDictionary, plain: list[str], covered: set[int]) -> list[Agent]:
    """The agent noun phrases not inside a name or a region's name ("the English Channel"),
    longest first at each word, left to right."""
    covered = covered | _region_words(d, plain)
    out = []
    i = 0
    while i < len(plain):
        for j in range(min(len(plain), i + 5), i, -1):
            if covered.intersection(range(i, j)):
                continue
            sector = d.agents.get(" ".join(plain[i:j]))
            if sector and not _afflicts(plain, j):
                out.append((i, j, sector))
                i = j - 1
                break
        i += 1
    return _spokespeople(plain, out)


def _afflicts(plain: list[str], j: int) -> bool:
    """An agent noun before an AFFLICTED_WORDS word and its head holds or hits a place, it is
    not the phrase's actor: "rebel-held towns", "militant-hit areas"."""
    return j < len(plain) - 1 and plain[j] in AFFLICTED_WORDS


def clause_head(text: str) -> str | None:
    """The phrase before a clause that describes it: "the prosecutor who has pursued him" is the
    prosecutor, "four soldiers charged with abusing Iraqi prisoners" the soldiers (None when no
    word of CLAUSE_WORDS follows a first word)."""
    words = text.split()
    for k, word in enumerate(words[1:], 1):
        pair = (word.lower(), words[k + 1].lower() if k + 1 < len(words) else "")
        if word.lower() in CLAUSE_WORDS or pair in CLAUSE_PAIRS:
            return " ".join(words[:k]).rstrip(",")
    return None


def loyal_owner(text: str) -> str | None:
    """'forces loyal to Gaddafi' as "Gaddafi's forces" (None when no loyalty word joins two
    parts)."""
    for words in LOYALTY_WORDS:
        head, sep, owner = text.partition(f" {words} ")
        if not sep:
            continue
        head = re.sub(r"^(?:the|an?)\s+", "", head.strip(), flags=re.IGNORECASE)
        if head and owner.strip():
            return f"{owner.strip()}'s {head}"
    return None


def _region_words(d: ActorDictionary, plain: list[str]) -> set[int]:
    """The words of the regions named in the phrase (regions.tsv)."""
    return {
        k
        for i in range(len(plain))
        for j in range(i + 1, min(len(plain), i + 4) + 1)
        if " ".join(plain[i:j]) in d.regions
        for k in range(i, j)
    }


def _spokespeople(plain: list[str], agents: list[Agent]) -> list[Agent]:
    """A spokesperson noun right after another agent noun speaks for it: "army spokesman"
    takes the army's sector (MIL), "police spokeswoman" the police's (COP); so does a leader,
    official or commander of a body other than the government and forces ("union leaders"
    LAB, "militia commander" UAF), and a forces noun after a force or armed group ("Federal
    Police forces" COP)."""
    out: list[Agent] = []
    for i, j, sector in agents:
        noun = " ".join(plain[i:j])
        member = noun in MEMBER_NOUNS and out and out[-1][2] not in MEMBER_OWNER_KEEPS
        body = noun in FORCE_NOUNS and out and out[-1][2] in FORCE_SECTORS | ARMED_SECTORS
        rank = out and plain[out[-1][1] - 1] in OFFICER_NOUNS and _rank(plain[i:j])
        if out and out[-1][1] == i and (noun in SPOKESPERSON_NOUNS or member or body or rank):
            out[-1] = (out[-1][0], j, out[-1][2])
        else:
            out.append((i, j, sector))
    return out


def _rank(words: list[str]) -> bool:
    """Words that are all honorifics or ranks: "brig gen", "col"."""
    return all(w in HONORIFICS for w in words)


def head_hits(plain: list[str], hits: list[Hit], agents: list[Agent]) -> list[Hit]:
    """The hits that may own the phrase's agent noun: not those after the first agent noun with
    'to', 'for', 'with' or 'against' between them (its complements), nor those before a state's
    demonym right on the head noun (possessors: "NATO's Afghan partners" are Afghan)."""
    heads = hits
    if agents:
        start, end, _ = agents[0]
        preps = COMPLEMENT_PREPS - OWNER_PREPS.get(plain[end - 1], frozenset())
        heads = [h for h in hits if h[0] < start or not preps & set(plain[start : h[0]])]
    head = agents[-1][0] if agents and agents[-1][1] == len(plain) else len(plain) - 1
    own = [h for h in heads if h[1] == head and h[2].form == "demonym" and is_state(h[2])]
    if own:
        heads = [h for h in heads if h[0] >= own[-1][0]]
    state = min((h[0] for h in heads if is_state(h[2])), default=len(plain))
    return [
        h
        for h in heads
        if not (
            h[0] > state
            and _post_body(plain, h, agents)
            and COORDINATORS.isdisjoint(plain[state : h[0]])
        )
    ]


def _post_body(plain: list[str], hit: Hit, agents: list[Agent]) -> bool:
    """A bloc or IGO named right before a diplomatic post ("UN" in "Russia's UN ambassador")."""
    _, j, m = hit
    bloc = not is_state(m) and m.actor.country is not None and m.actor.sector is None
    post = any(i == j and plain[i] in DIPLOMATIC_POSTS for i, _, _ in agents)
    return bloc and post


def title_office(
    d: ActorDictionary, plain: list[str], heads: list[Hit], agents: list[Agent], found: Match
) -> Match:
    """A known person out of every office on the date (an elite, ELI), named with a state of his
    own and a title, holds the office the text gives him: "Kenyan opposition leader Raila
    Odinga" -> KENOPP on a day the dictionary has no role for him; a legislator's title needs
    no state ("MK Matan Vilnai" ISRLEG: a seat is said only of its holder, where "leader" or
    "Gen." may be a party's or a rank for life), nor a title of an office he once held in his
    state ("President Petro Poroshenko" in 2023 UKRGOV, the title wire news keeps). Not after
    "former", "ousted", "toppled", "ex-" or "retired" (words.FORMER_WORDS), and not when the
    state is another's ("Ugandan Finance Minister Janet Yellen")."""
    actor = found.actor
    ended = FORMER_WORDS | PREDECESSOR_WORDS | RETIRED_WORDS
    if actor.sector != "ELI" or not agents or ended & set(plain):
        return found
    i, j, sector = agents[-1]
    if not _title_of(plain, heads, actor, j):
        return found
    states = [m.actor.country for _, _, m in heads if is_state(m)]
    if states and set(states) != {actor.country}:
        return found
    if not states and sector != "LEG" and not _held(d, actor, sector):
        return found
    why = f"{actor.reason}; the title {' '.join(plain[i:j])!r} names his office -> {sector}"
    actor = replace(actor, code=f"{actor.country}{sector}", sector=sector, reason=why)
    return Match(actor, found.form, "context")


def _title_of(plain: list[str], heads: list[Hit], actor: Actor, end: int) -> bool:
    """The agent noun ending at word `end` stands before the person's name with no preposition
    between: after it ("Saddam's top aide") or before "to" ("an aide to Saddam") it names
    another person."""
    starts = [i for i, _, m in heads if m.actor.entry == actor.entry]
    if not starts:  # the name was read otherwise ("farmer Ali Hassan"): the title stands
        return True
    return end <= starts[0] and COMPLEMENT_PREPS.isdisjoint(plain[end : starts[0]])


def _held(d: ActorDictionary, actor: Actor, sector: str) -> bool:
    """The person held an office of this sector in his own state on some date."""
    entry = d.entries.get(actor.entry or "")
    return entry is not None and any(r.code == actor.country + sector for r in entry.roles)


def head_noun(words, agents: list[Agent], found: Match) -> Match:
    """The head noun names another kind of actor than its owner: "Macron's party" is a party
    (PTY), "the wife of the Turkish president" a relative (ELI), "Hezbollah's Al-Manar TV" a
    broadcaster (MED), each of the owner's country. The head is a lowercase agent noun before
    'of' ("Bank of Canada" is a name), else the one ending the phrase; only the sectors of
    HEAD_SECTORS replace the owner's (a relative's only an official's or elite's), and a
    state's forces (FORCE_SECTORS) a government's ("Assad's forces" MIL); never on a group,
    whose code carries no sector."""
    actor = found.actor
    if not actor.country or not actor.sector or not agents:
        return found
    plain = [w for w, _ in words]
    before_of = [a for a in agents if a[1] < len(plain) and plain[a[1]] == "of"]
    before_of = [a for a in before_of if not words[a[0]][1]]
    last = agents[-1] if agents[-1][1] == len(plain) and agents[-1][0] > 0 else None
    head = before_of[0] if before_of else last
    if head and plain[head[0]] in UNIT_NOUNS and any(a[2] in FORCE_SECTORS for a in agents[1:]):
        return found  # "a company of Nigerian infantry": a unit of the forces, not a firm
    if head is None or not (
        head[2] in HEAD_SECTORS
        or (head[2] in FORCE_SECTORS and actor.sector == "GOV")
        or (head[2] in ARMED_SECTORS and actor.sector not in ARMED_KEEPERS)
        or _party_government(plain, head, actor.sector)
    ):
        return found
    if head[2] == "ELI" and actor.sector not in OFFICE_SECTORS | {"ELI"}:
        return found  # the family of a hostage are no elite: only an official's relatives
    i, j, sector = head
    sector = party_sector(actor.country, sector)
    if sector == actor.sector:
        return found
    why = f"{actor.reason}; the head noun {' '.join(plain[i:j])!r} -> {sector}"
    actor = replace(actor, code=f"{actor.country}{sector}", sector=sector, reason=why)
    return Match(actor, found.form, "context")


def _party_government(plain: list[str], head: Agent, sector: str) -> bool:
    """A party's government is the state's: "the ANC government", "the BJP administration"."""
    i, j, noun_sector = head
    return sector == "PTY" and noun_sector == "GOV" and " ".join(plain[i:j]) in GOVERNMENT_WORDS


def complement_only(text: str, plain: list[str], agents: list[Agent]) -> Match:
    """'envoy to Canada': every entity named is a complement; the agent noun's sector only."""
    i, j, sector = agents[0]
    why = f"the entities after {' '.join(plain[i:j])!r} are its complements, not its owner"
    return Match(Actor(entity_text=text, sector=sector, reason=why), "agent", "context")


def state_reading(d: ActorDictionary, text, words, states: list[Hit], agent, on) -> Match | None:
    """A state, with the sector of the agent noun or title that follows or precedes it."""
    plain = [w for w, _ in words]
    if agent:
        before = [s for s in states if s[1] <= agent[0]] or states
        i, j, m = before[-1]
    else:
        i, j, m = states[-1]
    leftover = [k for k in range(j, len(plain)) if agent is None or not agent[0] <= k < agent[1]]
    modifiers = d.agent_words() if agent else frozenset()  # "Ghana's Finance Ministry"
    names_after = [
        k
        for k in leftover
        if words[k][1]
        and plain[k] not in TITLES
        and not (k < agent[0] and plain[k] in modifiers if agent else False)
    ]
    titled = agent is not None and agent[1] <= i and plain[i - 1] == "of"  # "minister of Ghana"
    owned = titled or agent is not None and j - 1 in possessives(text)  # "Israel's Haaretz ..."
    if names_after and names_after[0] == j and m.form in ("name", "alias") and not owned:
        return None  # "Jordan Peterson": the state name is part of a longer name
    if m.form == "capital" and not owned and _surname_after(d, text, words, j):
        return None  # "Sofia Vergara": the capital is a given name
    if m.form in ("name", "alias", "capital") and i > 0 and _given_name(d, text, words, i):
        return None  # "Simon Mann", "Michael Jordan": a person's name ending in a state's
    if names_after and agent is None:
        short = surname_match(d, text, words, set(range(0, j)), on, country=m.actor.country)
        if short.actor.resolved:
            return short
    actor = replace(m.actor, entity_text=text)
    if m.form == "demonym" and j == len(plain) and m.actor.sector is None and _counted(plain, i):
        why = f"{m.actor.reason}; counted people of that nationality -> CVL"
        return Match(
            replace(actor, code=f"{actor.country}CVL", sector="CVL", reason=why),
            "demonym",
            "context",
        )
    if not (agent and m.actor.sector is None):
        return Match(actor, m.form)
    sector = party_sector(actor.country, agent[2])
    why = f"{m.actor.reason}; agent noun {' '.join(plain[agent[0] : agent[1]])!r} -> {sector}"
    if sector in OFFICE_SECTORS and FORMER_WORDS.intersection(plain[: agent[0]]):
        sector, why = "ELI", f"{why}; a former holder of the office -> ELI"
    actor = replace(actor, code=actor.country + sector, sector=sector, reason=why)
    if names_after:
        short = surname_match(d, text, words, set(range(0, j)), on, country=actor.country)
        if short.actor.resolved:
            return short
    return Match(actor, "agent", "context")


def party_sector(country: str, sector: str) -> str:
    """The party of a one-party state is its government: "Vietnam's Communist Party" VNMGOV."""
    return "GOV" if sector == "PTY" and country in ONE_PARTY_STATES else sector


def place_reading(d: ActorDictionary, text, words, covered: set[int], agents) -> Match | None:
    """A city or region for its authorities or people: the gazetteer's country, and the sector
    of the agent noun that heads the phrase ("Mumbai police", "the governor of Kherson")."""
    plain = [w for w, _ in words]
    in_agent = {k for i, j, _ in agents for k in range(i, j)}
    skip = covered | in_agent
    run = [
        k
        for k, (word, capital) in enumerate(words)
        if capital
        and k not in skip
        and word not in TITLES
        and word not in HONORIFICS
        and word not in NUMBER_WORDS
    ]
    run = _with_particles(plain, run)
    run, part = _outer_place(plain, run)
    agent = agents[-1] if agents else None
    run, person = _place_and_person(run, agent, len(plain))
    if not run:
        return None
    own = in_agent | covered | set(run) | set(person) | part  # covered: "Russia's Belgorod region"
    if agent and agent[0] > run[-1]:  # "Tigray's interim administration": the noun's modifiers
        own |= {k for k in range(run[-1] + 1, agent[0]) if not words[k][1]}
        own |= _count(plain, run[0])  # "hundreds of Florida students": the count is the noun's
    if agent and agent[1] <= run[0]:  # "the embattled governor of the western province of X"
        own |= {k for k in range(agent[0]) if not words[k][1]}
        own |= {
            k
            for k in range(agent[1], run[0])
            if not words[k][1] and (plain[k] in COMPASS or plain[k] in PLACE_DESCRIPTORS)
        }
    rest = [plain[k] for k in range(len(plain)) if k not in own]
    if any(word not in PLACE_LINKS and word not in ADMIN_WORDS for word in rest):
        return None
    if len(run) > 1 and plain[run[0]] in d.tolerant_index().given:
        return None  # "Michael Aleppo": a person's name
    if (
        agent
        and not person
        and not (
            (agent[1] == len(plain) and run[-1] < agent[0])
            or (run[-1] == _end(plain, run) - 1 and agent[1] <= run[0])
        )
    ):
        return None  # the agent noun is not the phrase's head
    name = " ".join(plain[k] for k in run)
    if any(plain[k] in STATE_MODIFIERS for k in run):
        return None  # "Federal regulators": an adjective, whatever town bears its name
    wider = _widened(words, run, covered)
    place = _place(" ".join(plain[k] for k in wider)) if wider != run else None
    if place is not None:
        name = " ".join(plain[k] for k in wider)  # "Khyber Pakhtunkhwa", "Khyber" a state alias
    else:
        place = _place(name)
    if place is None and len(run) > 1 and plain[run[-1]] in ADMIN_WORDS:
        name = " ".join(plain[k] for k in run[:-1])  # "Lagos State": the gazetteer's "Lagos"
        place = _place(name)
    if place is None:
        return None
    sector = agent[2] if agent else None
    why = f"{name!r} is {place.name} ({place.precision} in {place.country}), for its people"
    if agent:
        why += f"; agent noun {' '.join(plain[agent[0] : agent[1]])!r} -> {sector}"
    code = place.country + (sector or "")
    actor = Actor(entity_text=text, code=code, country=place.country, sector=sector, reason=why)
    return Match(actor, "agent" if agent else "place", "context")


def seat_cities(d: ActorDictionary, plain: list[str], hits: list[Hit]) -> list[Hit]:
    """A bloc named by the city that is its seat ("Brussels" for the EU), with the agents of a
    city's own people (police, protesters, residents, workers, a court), is that city: "Police
    in Brussels", "a Brussels court" are Belgium's. The hit is dropped, so the words read as a
    place. Officials, diplomats and lawmakers there stay the bloc's (words.BLOC_SEAT_SECTORS)."""
    if not any((m.actor.entry or "").startswith("group:") for _, _, m in hits):
        return hits
    covered = {k for i, j, _ in hits for k in range(i, j)}
    sectors = {sector for _, _, sector in agent_nouns(d, plain, covered)}
    if not sectors or sectors & BLOC_SEAT_SECTORS:
        return hits
    return [
        (i, j, m)
        for i, j, m in hits
        if not ((m.actor.entry or "").startswith("group:") and _place(" ".join(plain[i:j])))
    ]


def _outer_place(plain: list[str], run: list[int]) -> tuple[list[int], set[int]]:
    """The run's last place when a part of it comes first ("the Ikeja district of Lagos"), and
    the words of that part; else the run as it was."""
    for c in range(len(run) - 1, 0, -1):
        between = plain[run[c - 1] + 1 : run[c]]
        if (
            len(between) > 1
            and between[-1] == "of"
            and all(w in PART_OF_PLACE_WORDS for w in between[:-1])
        ):
            return run[c:], set(range(run[0], run[c]))
    return run, set()


def _count(plain: list[str], end: int) -> set[int]:
    """The words before `end` when they are all a count ("dozens of", "at least 20", "two")."""
    words = plain[:end]
    while words and words[0] in PLACE_LINKS:
        words = words[1:]
    counted = all(
        w.isdigit() or w in NUMBER_WORDS or w in COUNTERS or w in COUNT_LINKS for w in words
    )
    return set(range(end)) if counted else set()


def _widened(words, run: list[int], covered: set[int]) -> list[int]:
    """The run with the capitalised words next to it that a state's name covered."""
    i, j = run[0], run[-1] + 1
    while i > 0 and i - 1 in covered and words[i - 1][1]:
        i -= 1
    while j < len(words) and j in covered and words[j][1]:
        j += 1
    return list(range(i, j))


def _end(plain: list[str], run: list[int]) -> int:
    """The phrase's end, less admin words after the place ("the governor of Belgorod region")."""
    end = len(plain)
    while end - 1 > run[-1] and plain[end - 1] in ADMIN_WORDS:
        end -= 1
    return end


def _with_particles(plain: list[str], run: list[int]) -> list[int]:
    """The run with the lowercase particles between two of its words ("Rio de Janeiro")."""
    inside = [
        k
        for a, b in zip(run, run[1:], strict=False)
        if b > a + 1 and all(plain[k] in PLACE_PARTICLES for k in range(a + 1, b))
        for k in range(a + 1, b)
    ]
    return sorted(run + inside) if inside else run


def _place_and_person(run: list[int], agent, n: int) -> tuple[list[int], list[int]]:
    """The capitalised words of a place, and those of a person it titles: one run of them, or
    two with the agent noun between them and the second ending the phrase ("Kaduna state
    governor Nasir El-Rufai": a name the dictionary lacks, titled by the place's office)."""
    cuts = [k for k in range(1, len(run)) if run[k] != run[k - 1] + 1]
    if not cuts:
        return run, []
    place, person = run[: cuts[0]], run[cuts[0] :]
    if (
        len(cuts) > 1
        or agent is None
        or not place[-1] < agent[0]
        or agent[1] != person[0]
        or person[-1] != n - 1
    ):
        return [], []
    return place, person


def owner_before_agent(words, agents: list[Agent], covered: set[int]) -> bool:
    """The phrase's head is an agent noun after every capitalised word no name covers ("Kano
    police", "Mosul residents"): those words own the noun, so they name a place or body before
    a person's surname."""
    if not agents or agents[-1][1] != len(words):
        return False
    names = [k for k, (_, capital) in enumerate(words) if capital and k not in covered]
    return bool(names) and names[-1] < agents[-1][0]


def lone_place_name(words) -> bool:
    """The phrase is one capitalised word that names a region or a city of millions ("Bali"):
    a place, not the lone surname of whoever the dictionary lists with it (Abdallah Bali).
    A town is not enough: "Bush" is also a town in Egypt."""
    if len(words) != 1 or not words[0][1] or _place(words[0][0]) is None:
        return False
    best = _best_entry(words[0][0])
    return best.precision != "city" or best.population >= LONE_PLACE_POPULATION


def place_after_preposition(plain: list[str]) -> bool:
    """The phrase ends in a preposition of place and a place's name ("the residents of Kano"):
    a place, not a lone surname (Michihiko Kano)."""
    return len(plain) > 2 and plain[-2] in PLACE_OF and known_place(plain[-1])


def known_place(word: str) -> bool:
    """The word is a city of some size or a region the gazetteer knows with confidence."""
    return _place(word) is not None


@lru_cache(maxsize=8192)
def _place(name: str) -> Place | None:
    """The gazetteer's confident reading of a region or a city of some size, else None."""
    gazetteer = Gazetteer.load()
    place = gazetteer.lookup(name)
    if place is None or not place.country or place.confidence < PLACE_ACTOR_CONFIDENCE:
        return None
    best = _best_entry(name)
    if best.precision == "city" and best.population < PLACE_ACTOR_POPULATION:
        return None  # a small town stands for nobody out of context
    return place


@lru_cache(maxsize=8192)
def _best_entry(name: str):
    """The gazetteer's first-ranked entry for a name it knows, read once per name."""
    return Gazetteer.load().rank(name)[0].entry


def agent_alone(text: str, plain: list[str], agents: list[Agent], why: str = "") -> Match | None:
    """The phrase's head is an agent noun and no country is named: its sector alone (also
    before a complement that named nobody: "the residents of the area")."""
    if not agents or agents[-1][1] < len(plain) and plain[agents[-1][1]] not in HEAD_BEFORE_PREPS:
        return None
    i, j, sector = agents[-1]
    why = why or f"agent noun {' '.join(plain[i:j])!r} -> {sector}; no country named"
    return Match(Actor(entity_text=text, sector=sector, reason=why), "agent", "context")


def titled_name(text: str, words, agents: list[Agent]) -> Match | None:
    """An agent noun ending in a title, then a name the dictionary lacks and nothing else
    ("police Captain Abdi Noor", "the army spokesman, Musa Bello"): the title's sector."""
    if not agents:
        return None
    i, j, sector = agents[-1]
    title = words[j - 1][0]
    name = words[j:]
    if not (title in TITLES or title in HONORIFICS or title in OFFICER_NOUNS):
        return None
    if not 2 <= len(name) <= 4 or not all(capital for _, capital in name):
        return None
    why = f"agent noun {' '.join(w for w, _ in words[i:j])!r} -> {sector}, titling a name"
    return Match(Actor(entity_text=text, sector=sector, reason=why), "agent", "context")


def _counted(plain: list[str], i: int) -> bool:
    """A number or counter before word i ("two Lebanese", "an Afghan", "thousands of Iraqis",
    "a group of Turks"), also across a word of PEOPLE_MODIFIERS ("80 fellow Eritreans") or an
    origin ("ten Indian-origin Britons")."""
    k = i - 1
    while k > 0 and (plain[k] in PEOPLE_MODIFIERS or plain[k] in ORIGIN_WORDS):
        k -= 2 if plain[k] in ORIGIN_WORDS else 1  # "Indian-origin": the origin's word too
    if k >= 1 and plain[k] == "of":
        if plain[k - 1] in NUMBER_WORDS or plain[k - 1] in CROWD_NOUNS:
            return True
    return k >= 0 and (plain[k].isdigit() or plain[k] in NUMBER_WORDS or plain[k] in COUNTERS)


def _surname_after(d: ActorDictionary, text: str, words: list[tuple[str, bool]], j: int) -> bool:
    """The phrase ends in one more capitalised word (word j) that reads as a surname after a
    capital's name: no known phrase or agent noun ("the Tokyo Stock Exchange", "Baghdad
    Shiites"), joined by a plain space and ending the text ("MOSCOW Sept." is a dateline)."""
    if j != len(words) - 1 or not words[j][1]:
        return False
    word, before = words[j][0], words[j - 1][0]
    if len(word) < 3 or not word.isalpha() or word in FUNCTION_WORDS:
        return False
    if word in d.phrases or word in d.agents or text.isupper():
        return False
    return (
        re.search(rf"(?<![\w.]){re.escape(before)}\s+{re.escape(word)}('s)?$", text.lower())
        is not None
    )


def _given_name(d: ActorDictionary, text: str, words: list[tuple[str, bool]], i: int) -> bool:
    """The word just before a state's name (word i) reads as a person's given name:
    capitalised, no title, no place modifier ("Northern"), not itself a known phrase, and
    joined to the name by a plain space ("AFP - Australia" is a dateline)."""
    word, capital = words[i - 1]
    if not capital or word in TITLES or word in STATE_MODIFIERS or word in PREDECESSOR_WORDS:
        return False
    if word in FUNCTION_WORDS or word in d.phrases or word in d.agents or word.isdigit():
        return False
    if word in NUMBER_WORDS or word in COUNTERS:  # "Four US soldiers", "Some Iraqi officials"
        return False
    joined = rf"(?<![\w.]){re.escape(word)}\.?\s+{re.escape(words[i][0])}"
    return re.search(joined, text.lower()) is not None


# ---------------------------------------------------------------- in an article (find_mentions)
# The context an article gives beyond the phrase: the state a bare agent noun inherits from the
# mentions before it, where insurgents are, the article's own country, "the world" as an actor,
# counted demonyms in the parse.

INHERITED = "agent noun after"  # the reason of an agent noun whose state comes from the context


def inherited(m: Mention) -> bool:
    """A bare agent noun ("villages", "officials") given the state of an earlier mention, not
    one its own words name."""
    return m.kind == "agent" and m.actor.reason.startswith(INHERITED)


def hosts_body(span, words: list[str], dictionary: ActorDictionary, place: str) -> Actor | None:
    """A state's body named alone as an organisation ("The Foreign Office summoned ...", "The
    Department of Foreign Affairs") in an article located in `place`: the host state's, as wire
    copy names the host's ministries without their state."""
    sector = dictionary.agents.get(" ".join(words))
    if sector not in OFFICE_SECTORS:
        return None
    why = (
        f"agent noun {' '.join(words)!r} -> {sector}, named alone in an article located in {place}"
    )
    return Actor(
        entity_text=span.text, code=place + sector, country=place, sector=sector, reason=why
    )


def article_country(parse: Parse, dictionary: ActorDictionary, cut: int) -> str | None:
    """The one state the article is located in: the dateline's place, else the state of every
    place named after a locative preposition ("in Baghdad", "southwest of Falluja"), when they
    all agree. None when there is no such place or they disagree."""
    line = dateline(parse.article.text) if cut else None
    if line is not None and line.place:
        countries = set()
        for piece in (line.place, line.qualifier):
            if piece:
                actor = dictionary.resolve(piece)
                if actor.resolved and (actor.entry or "").startswith("state:"):
                    countries.add(actor.country)
        if len(countries) == 1:
            return countries.pop()
    countries = set()
    for ent in parse.entities:
        if ent.label not in ("GPE", "LOC") or ent.start < cut:
            continue
        root = parse.tokens[ent.token_end - 1]
        if root.dep == "appos":  # "in Falluja, Iraq"
            root = parse.tokens[root.head]
        prep = parse.tokens[root.head]
        if root.dep != "pobj" or prep.text.lower() not in PLACE_PREPS:
            continue
        if prep.text.lower() == "of" and parse.tokens[prep.head].text.lower() in dictionary.agents:
            continue  # "the president of France": an actor, not a place
        actor = dictionary.resolve(ent.text)
        if actor.resolved and actor.country and actor.sector is None:
            countries.add(actor.country)
    return countries.pop() if len(countries) == 1 else None


def demonym_people(parse: Parse, span: Span) -> bool:
    """'two Iraqis', 'an Afghan', 'a Chinese-American': a demonym used as a counted noun names
    people of that nationality (civilians), not the state."""
    head = parse.tokens[span.token_end - 1]
    if head.pos not in ("NOUN", "PROPN") or head.dep in ("amod", "compound", "nmod", "poss"):
        return False
    for tok in parse.tokens[max(0, head.i - 4) : head.i]:
        if tok.head == head.i and (
            tok.dep == "nummod" or (tok.dep in ("det", "amod") and tok.text.lower() in COUNTERS)
        ):
            return True
    return False


def world(parse, span, dictionary, on) -> list[Mention]:
    """'the world', 'all countries', 'the international community' as an actor: IGO, but only
    as a subject, an object, or addressed ('appealed to the world'); not 'around the world'."""
    root = parse.tokens[span.token_end - 1]
    prep = parse.tokens[root.head]
    if root.dep not in WORLD_ROLES and not (root.dep == "pobj" and prep.text.lower() == "to"):
        return []
    actor = dictionary.resolve("the international community", on)
    if not actor.resolved:
        return []
    why = f"{span.text!r} as an actor: {actor.reason}"
    return [make_mention(parse, span, replace(actor, entity_text=span.text, reason=why), "name")]


def agent_chunk(parse, span, dictionary, on, before, place=None) -> list[Mention]:
    """'the foreign minister' after a country: that country's agent. Plain people ('a man') and
    criminals never take a nearby country; insurgent nouns take only the article's place."""
    words = normal_words(span.text)
    if words and words[-1] in BLOC_NOUNS and len(words) <= 3 and _definite(parse, span):
        bloc = _last_bloc(parse, span, before)
        if bloc is None:
            return []
        actor = replace(bloc.actor, entity_text=span.text, reason=f"{INHERITED} {bloc.text!r}")
        return [make_mention(parse, span, actor, "agent")]
    sector = dictionary.agents.get(" ".join(words))
    if not sector:  # "Afghan police" the tagger did not mark as an entity
        found = dictionary.match(span.text, on)
        if found.form == "agent" and (found.actor.entry or "").startswith("state:"):
            actor = replace(found.actor, entity_text=span.text)
            return [make_mention(parse, span, actor, "agent")]
    if not sector or len(words) > 3 or words[-1] in PLAIN_PEOPLE or sector in NEVER_INHERIT:
        return []
    if sector in NON_STATE_SECTORS:
        where = insurgent_country(parse, span, dictionary, before) or (
            (place, f"armed non-state noun in an article located in {place}") if place else None
        )
        if where is None:
            return []
        actor = Actor(
            entity_text=span.text,
            code=where[0] + sector,
            country=where[0],
            sector=sector,
            name=span.text,
            reason=where[1],
        )
        return [make_mention(parse, span, actor, "agent")]
    if (sector in NO_STATE_SECTORS and words[0] not in ("state", "official")) or words[
        -1
    ] in NOT_PEOPLE:
        return []  # "the airline", "the hospital": no state of their own
    head = span.token_end - 1
    if any(
        t.head == head and t.dep == "prep" and t.lemma.lower() in {"of", "from"}
        for t in parse.tokens[head + 1 : head + 2]
    ):
        return []  # "the foreign ministers of the two countries": the phrase names the owner
    seat = _seat(parse, head, dictionary, on, sector)
    if seat is not None:
        actor = Actor(
            entity_text=span.text,
            code=seat.country + sector,
            country=seat.country,
            sector=sector,
            name=seat.name,
            entry=seat.entry,
            reason=f"seated in {seat.entity_text!r}",
        )
        return [make_mention(parse, span, actor, "agent")]
    sent = parse.tokens[span.token_start].sent
    for m in reversed(before):
        if m.sentence < sent - 1:
            break
        if m.actor.country and m.actor.entry and m.actor.entry.startswith("state:"):
            actor = Actor(
                entity_text=span.text,
                code=m.actor.country + sector,
                country=m.actor.country,
                sector=sector,
                name=m.actor.name,
                entry=m.actor.entry,
                reason=f"{INHERITED} {m.text!r}",
            )
            return [make_mention(parse, span, actor, "agent")]
    held = earlier_holder(parse, words, sector, sent, before)
    return (
        [make_mention(parse, span, replace(held, entity_text=span.text), "agent")] if held else []
    )


def _definite(parse, span) -> bool:
    """ "the bloc", not "their own alliance" (a bloc of their own, not one named before): "the"
    opens the span or comes right before it."""
    tokens = parse.tokens[max(span.token_start - 1, 0) : span.token_start + 1]
    return any(t.text.lower() == "the" for t in tokens)


def _last_bloc(parse, span, before) -> Mention | None:
    """The bloc or international organisation named last before "the bloc" or "the alliance",
    in its sentence or the two before ("The EU agreed ... The bloc also imposed ..."); by its
    name, not a demonym ("Western" is no alliance) nor a venue ("met in Brussels")."""
    sent = parse.tokens[span.token_start].sent
    for m in reversed(before):
        if m.token_end > span.token_start:
            continue
        if m.sentence < sent - 2:
            break
        if m.kind not in ("name", "agent") or _place_role(parse, m):
            continue
        if (m.actor.entry or "").startswith("group:") or m.actor.country == "IGO":
            return m
    return None


def _place_role(parse, m: Mention) -> bool:
    """The mention is where something happens ("met in Brussels"), not who acts."""
    root = parse.tokens[parse.span_head(m.token_start, m.token_end)]
    return root.dep == "pobj" and parse.tokens[root.head].lemma.lower() in VENUE_PREPS


def _seat(parse, head: int, dictionary, on, sector: str) -> Actor | None:
    """The state a government noun's "in" phrase names by its name or capital: "the interim
    government in Bamako" is Mali's, "the authorities in Kabul" Afghanistan's. A city's own
    people (police, protesters, workers: words.SEATED_SECTORS) are also where they are, and
    any city of the gazetteer names their state: "Dockworkers in Antwerp" are Belgium's,
    "Police in Brussels" too (not the EU's); troops often are abroad."""
    own = sector in SEATED_SECTORS
    if parse.tokens[head].lemma.lower() not in SEATED_HEADS and not own:
        return None
    preps = [
        p for p in parse.children[head] if p == head + 1 and parse.tokens[p].lemma.lower() == "in"
    ]
    objects = [o for p in preps for o in parse.children[p] if parse.tokens[o].dep == "pobj"]
    if not objects or parse.tokens[objects[0]].pos != "PROPN":
        return None
    start = objects[0]
    while start > head + 2 and parse.tokens[start - 1].dep == "compound":
        start -= 1
    text = parse.text_of(start, objects[0] + 1)
    found = dictionary.match(text, on)
    state = (found.actor.entry or "").startswith("state:")
    if found.step == "exact" and found.form in ("name", "capital") and state:
        return replace(found.actor, entity_text=text)
    place = _place(" ".join(normal_words(text))) if own else None
    if place is None:
        return None
    return Actor(entity_text=text, code=place.country, country=place.country, name=place.name)


def insurgent_country(parse, span, dictionary, before) -> tuple[str, str] | None:
    """The country of a bare insurgent noun from its own words first: a place it hangs on
    ("rebels in Darfur", "militants from the region of Waziristan"), else the insurgents the
    article last named with a country ("Darfur rebels ... the rebel leaders")."""
    head = parse.tokens[span.token_end - 1]
    targets = [head.i]
    for _ in range(2):  # "rebels in the western region of Darfur": one nested "of"
        found = []
        for tok in parse.tokens[head.i + 1 : min(len(parse.tokens), head.i + 12)]:
            if tok.head in targets and tok.dep == "prep" and tok.text.lower() in PLACE_OF:
                found.extend(t.i for t in parse.tokens[tok.i + 1 :] if t.head == tok.i)
        for k in found:
            country = place_country(parse, k, dictionary)
            if country:
                return country, f"armed non-state noun of a place in {country}"
        targets = found
    sent = parse.tokens[span.token_start].sent
    for m in reversed(before):
        if m.sentence < sent - 1:
            break
        if m.actor.sector in NON_STATE_SECTORS and m.actor.country:
            return m.actor.country, f"insurgents named before: {m.text!r}"
    return None


def place_country(parse: Parse, k: int, dictionary: ActorDictionary) -> str | None:
    """The state of the place entity containing token k (the dictionary, else the gazetteer)."""
    for ent in parse.entities:
        if ent.token_start <= k < ent.token_end and ent.label in ("GPE", "LOC", "FAC"):
            actor = dictionary.resolve(ent.text)
            if actor.resolved and (actor.entry or "").startswith("state:") and not actor.sector:
                return actor.country
            found = Gazetteer.load().lookup(ent.text)
            return found.country if found is not None else None
    return None
