"""The actor dictionary's index: entries and the phrases that name them, built from the shipped
tables (read by `actor_data`) in layers: shipped, then hand-written, then user files; a later
layer's phrase replaces an earlier one's. Also the surname index for short forms ("Kim")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from importlib import resources
from pathlib import Path

from diplograph import records
from diplograph.stages.actors import data, names, words
from diplograph.stages.actors.data import (
    Entry,
    Lifespan,
    Phrase,
    Role,
    load_agents,
    load_entries,
    load_lifespans,
    load_regions,
    load_states,
    load_yaml,
    shipped_yaml,
)
from diplograph.stages.actors.names import normal_words, normalise, strip_name
from diplograph.stages.actors.words import (
    GIVEN_NAME_STATES,
    LAYERS,
    NAME_CONNECTORS,
    NAMESAKE_YEARS,
    SURNAME_COMPOUNDS,
    SURNAME_FIRST,
    TWO_SURNAME_STATES,
)


def add_phrases(entries, phrases, entry: Entry, names: list[Phrase], layer: int) -> None:
    """Add an entry and its phrases; a phrase of a later layer replaces an earlier one's."""
    entries[entry.key] = entry
    for p in names:
        norm = normalise(p.text)
        if not norm:
            continue
        old = phrases.get(norm)
        if old is None or old[0] < layer:
            phrases[norm] = (layer, ((entry.key, p.form),))
        elif (entry.key, p.form) not in old[1] and all(k != entry.key for k, _ in old[1]):
            phrases[norm] = (layer, old[1] + ((entry.key, p.form),))


def surname_index(entries: dict[str, Entry], phrases) -> dict[str, tuple[str, ...]]:
    """The name said alone (a surname; the family name first in East Asian names, the given
    name where news uses it, the father's surname of a Spanish double surname; the surname of
    a full-name alias spelt another way: "Gerard Schroeder") -> the people with it."""
    out: dict[str, list[str]] = {}
    for entry in entries.values():
        if entry.kind == "person" and entry.name:
            for k in lone_names(normal_words(entry.name), entry):
                out.setdefault(k, []).append(entry.key)
    for norm, (_, cands) in phrases.items():
        for key, form in cands:
            if form == "short" and key not in out.get(norm, []):
                out.setdefault(norm, []).insert(0, key)
            elif form == "alias" and _respelt(norm, entries[key]):
                last = norm.rsplit(" ", 1)[1]
                if key not in out.get(last, []):
                    out.setdefault(last, []).append(key)
    return {k: tuple(v) for k, v in out.items()}


def _respelt(alias: str, entry: Entry) -> bool:
    """A person's full name spelt another way: two words at least, the same first letter
    ("Gerard Schroeder" for Gerhard Schroder; not "Abu Ayyub al Masri" for a group)."""
    name = normal_words(entry.name)
    return entry.kind == "person" and " " in alias and bool(name) and alias[0] == name[0][0]


def lone_names(words: list[str], entry: Entry) -> set[str]:
    """The words of a person's name that news may say alone, by his states' naming customs."""
    if not words:
        return set()
    keys = {words[-1]}
    if len(words) > 2 and words[-2] in SURNAME_COMPOUNDS:
        keys.add(" ".join(words[-2:]))
    if len(words) < 2:
        return keys
    states = {r.code[:3] for r in entry.roles}
    if states & SURNAME_FIRST:
        keys.add(words[0])
    given = strip_name(words)[0]
    if states & GIVEN_NAME_STATES and len(given) > 1:  # not an initial: "A. M. Hendropriyono"
        keys.add(given)
    father = words[-2]
    if len(words) > 2 and states & TWO_SURNAME_STATES and len(father) > 1:
        if father not in NAME_CONNECTORS:  # "Fernandez de Kirchner": not "de"
            keys.add(father)
    return keys


def shipped_index() -> tuple:
    """The shipped tables as (entries, phrases, agents, surnames, regions, lifespans)."""
    entries: dict[str, Entry] = {}
    phrases: dict = {}
    shipped, hand = LAYERS["shipped"], LAYERS["hand"]
    for p in load_states():
        code = p.entry.split(":")[1]
        if p.entry not in entries or p.form == "name":
            entries[p.entry] = Entry(p.entry, p.text, "state", code, source="states.tsv")
        add_phrases(entries, phrases, entries[p.entry], [p], shipped)
    for name, kind in (("organisations.tsv", "organisation"), ("people.tsv", "person")):
        for entry, aliases in load_entries(name, kind):
            names = [Phrase(entry.name, entry.key, "name")]
            names += [Phrase(a, entry.key, "alias") for a in aliases]
            add_phrases(entries, phrases, entry, names, shipped)
    for p in load_states("states_extra.tsv"):
        if p.form == "name" and p.entry in entries:
            entries[p.entry] = replace(entries[p.entry], name=p.text)
        if p.entry not in entries:
            entries[p.entry] = Entry(p.entry, p.text, "state", p.entry[6:], source="hand")
        add_phrases(entries, phrases, entries[p.entry], [p], hand)
    for name in ("groups.yaml", "leaders.yaml"):
        for entry, names in load_yaml(shipped_yaml(name), name, "hand"):
            entry = with_earlier_roles(entry, entries.get(entry.key))
            add_phrases(entries, phrases, entry, names, hand)
    agents = dict(load_agents("agents.tsv"))
    agents.update(load_agents("agents_extra.tsv"))
    regions = frozenset(load_regions())
    lifespans: dict[str, Lifespan] = {span.code: span for span in load_lifespans()}
    surnames = surname_index(entries, phrases)
    return entries, phrases, agents, surnames, regions, lifespans


def with_earlier_roles(entry: Entry, earlier: Entry | None) -> Entry:
    """A hand entry that replaces a built person keeps the built roles its own dates leave
    open: the leaders file gives John Kerry's years as secretary of state, the built table his
    years in the Senate before them. Kept: dated roles of a state the hand entry serves, with a
    sector other than ELI (the default anyway), overlapping no hand role, and starting less
    than NAMESAKE_YEARS before its first one (older ones are a namesake's)."""
    if earlier is None or entry.kind != "person" or not entry.roles:
        return entry
    states = {r.code[:3] for r in entry.roles}
    starts = [r.start for r in entry.roles if r.start]
    first = min(starts).year if starts else 0
    kept = tuple(
        r
        for r in earlier.roles
        if r.start and r.end and r.code[:3] in states and r.code[3:] != "ELI"
        and r.start.year > first - NAMESAKE_YEARS and not _overlaps(r, entry.roles)
    )  # fmt: skip
    return replace(entry, roles=kept + entry.roles) if kept else entry


def _overlaps(role: Role, others: tuple[Role, ...]) -> bool:
    """The role shares more than a boundary day with one of the others."""
    return any(
        (o.start is None or o.start < role.end) and (o.end is None or role.start < o.end)
        for o in others
    )


def most_prominent(
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


def same_person(found: list[tuple[Entry, str | None]], said: str) -> list[tuple[Entry, str | None]]:
    """Several entries of one person, listed twice by the tables ("Kofi Annan", "K. Annan",
    "Kofi Atta Annan"): the same code on the day, and their other names start alike."""
    if len(found) < 2 or len({code for _, code in found}) > 1:
        return found
    initials = set()
    for entry, _ in found:
        others = [w for w in strip_name(normal_words(entry.name)) if w != said]
        others = [w for w in others if w not in NAME_CONNECTORS]
        initials.add(others[0][0] if others else "")
    return found[:1] if len(initials) == 1 and "" not in initials else found


def shipped_sources() -> list:
    """What `shipped_index` reads and runs: the shipped tables, and the modules that read them
    (the key of its cached copy, `diplograph.cache`)."""
    tables = resources.files("diplograph").joinpath("data", "actors")
    modules = [Path(m.__file__) for m in (data, names, words, records)]
    return [*tables.iterdir(), Path(__file__), *modules]
