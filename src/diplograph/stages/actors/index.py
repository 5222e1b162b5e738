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
    load_agents,
    load_entries,
    load_lifespans,
    load_regions,
    load_states,
    load_yaml,
    shipped_yaml,
)
from diplograph.stages.actors.names import normal_words, normalise
from diplograph.stages.actors.words import (
    LAYERS,
    SURNAME_FIRST,
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
    """Surname (or family name first, in East Asian names) -> the people with it."""
    out: dict[str, list[str]] = {}
    for entry in entries.values():
        if entry.kind != "person":
            continue
        words = normal_words(entry.name)
        if not words:
            continue
        keys = {words[-1]}
        if len(words) > 1 and any(r.code[:3] in SURNAME_FIRST for r in entry.roles):
            keys.add(words[0])
        for k in keys:
            out.setdefault(k, []).append(entry.key)
    for norm, (_, cands) in phrases.items():
        for key, form in cands:
            if form == "short" and key not in out.get(norm, []):
                out.setdefault(norm, []).insert(0, key)
    return {k: tuple(v) for k, v in out.items()}


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
            add_phrases(entries, phrases, entry, names, hand)
    agents = dict(load_agents("agents.tsv"))
    agents.update(load_agents("agents_extra.tsv"))
    regions = frozenset(load_regions())
    lifespans: dict[str, Lifespan] = {span.code: span for span in load_lifespans()}
    surnames = surname_index(entries, phrases)
    return entries, phrases, agents, surnames, regions, lifespans


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


def shipped_sources() -> list:
    """What `shipped_index` reads and runs: the shipped tables, and the modules that read them
    (the key of its cached copy, `diplograph.cache`)."""
    tables = resources.files("diplograph").joinpath("data", "actors")
    modules = [Path(m.__file__) for m in (data, names, words, records)]
    return [*tables.iterdir(), Path(__file__), *modules]
