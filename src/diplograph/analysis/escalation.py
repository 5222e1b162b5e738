"""Escalation paths: if `country` is attacked by `attacked_by` on a day, who is bound to join
each side, through which treaties, in how many steps.

The model (docs/analysis.md, "Escalation"): the attacked state's side grows by every state
bound to defend a member of it; the attacker's side grows the same way, since the defenders
will strike back at it (a defensive treaty binds once its member is attacked, whoever started
the war, so this is the worst case). Steps count treaty links from the first two states,
breadth first: a state reached by both sides at the same step is torn, on neither side; a state
already on one side stays there, and its bond to the other side is reported as a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import product

from diplograph.analysis import alliances as al
from diplograph.analysis.international import check_state
from diplograph.errors import InputError
from diplograph.store.sqlite import Store


@dataclass(frozen=True, slots=True)
class Citation:
    """One treaty (or stated relation) behind a link."""

    treaty: str
    kind: str
    origin: str  # baseline | news | a user file's path
    start: str | None
    source: str | None  # the treaty's citation, or the articles that stated it
    commitment: str | None
    sentences: tuple[str, ...]  # for a relation read from the news


@dataclass(frozen=True, slots=True)
class Link:
    """`joins` is bound to join `defended`, through every treaty cited."""

    defended: str
    joins: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Joiner:
    state: str
    steps: int  # 0 for the two belligerents
    path: tuple[Link, ...]  # from the belligerent to this state


@dataclass(frozen=True, slots=True)
class Side:
    name: str  # "defender" or "attacker"
    belligerent: str
    members: tuple[Joiner, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    """A state bound to a member of the side it is not on (or, torn, to both at once)."""

    state: str
    on_side: str | None  # None when torn
    bound_to: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class Clash:
    """Two great powers on opposite sides, `steps` links from the war (the larger of the two)."""

    defender_side: str
    attacker_side: str
    steps: int


@dataclass(frozen=True, slots=True)
class Escalation:
    country: str
    attacked_by: str
    on: str
    baseline: bool
    defender: Side
    attacker: Side
    torn: tuple[Conflict, ...]
    conflicts: tuple[Conflict, ...]
    great_power_clashes: tuple[Clash, ...]
    great_powers: tuple[str, ...]
    treaties: int  # alliances considered


def escalation(
    store: Store,
    country: str,
    *,
    attacked_by: str,
    on: str | date,
    baseline: bool = True,
    alliances_file: str | None = None,
    great_powers: tuple[str, ...] | None = None,
) -> Escalation:
    """Who joins each side of an attack on `country` by `attacked_by` on day `on`."""
    country, enemy = check_state(country), check_state(attacked_by, "attacker")
    if country == enemy:
        raise InputError(f"{country} cannot attack itself")
    day = _day(on)
    alliances: tuple[al.Alliance, ...] = al.stated(store)
    powers = al.baseline().great_powers
    if baseline:
        alliances = al.baseline().alliances + alliances
    if alliances_file:
        extra = al.load(alliances_file)
        alliances += extra.alliances
        powers = extra.great_powers or powers
    if great_powers is not None:
        powers = tuple(check_state(p, "great power") for p in great_powers)
    links = _links(al.bonds(alliances, day))
    sides, torn, conflicts = _spread(links, country, enemy)
    by_name = {
        name: Side(
            name, root, tuple(sorted(sides[name].values(), key=lambda j: (j.steps, j.state)))
        )
        for name, root in (("defender", country), ("attacker", enemy))
    }
    ours = {j.state: j.steps for j in by_name["defender"].members if j.state in powers}
    theirs = {j.state: j.steps for j in by_name["attacker"].members if j.state in powers}
    clashes = tuple(
        sorted(
            (Clash(a, b, max(ours[a], theirs[b])) for a, b in product(ours, theirs)),
            key=lambda c: (c.steps, c.defender_side, c.attacker_side),
        )
    )
    return Escalation(
        country,
        enemy,
        day,
        baseline,
        by_name["defender"],
        by_name["attacker"],
        tuple(torn),
        tuple(conflicts),
        clashes,
        tuple(powers),
        len(alliances),
    )


def _day(on: str | date) -> str:
    text = on.isoformat() if isinstance(on, date) else str(on)
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise InputError(f"--on must be a day YYYY-MM-DD, not {on!r}") from exc


def _links(bonds: list[al.Bond]) -> dict[str, dict[str, Link]]:
    """defended -> defender -> Link citing every treaty between them."""
    cites: dict[tuple[str, str], list[Citation]] = {}
    for b in bonds:
        a = b.alliance
        cite = Citation(a.name, a.kind, a.origin, a.start, a.source, a.commitment, a.sentences)
        cites.setdefault((b.defended, b.defender), [])
        if cite not in cites[(b.defended, b.defender)]:
            cites[(b.defended, b.defender)].append(cite)
    out: dict[str, dict[str, Link]] = {}
    for (defended, defender), cs in cites.items():
        out.setdefault(defended, {})[defender] = Link(defended, defender, tuple(cs))
    return out


def _spread(links, country: str, enemy: str):
    """Breadth first from both belligerents at once, one step at a time."""
    sides = {
        "defender": {country: Joiner(country, 0, ())},
        "attacker": {enemy: Joiner(enemy, 0, ())},
    }
    frontier = {"defender": [country], "attacker": [enemy]}
    torn: list[Conflict] = []
    conflicts: list[Conflict] = []
    torn_states: set[str] = set()
    step = 0
    while frontier["defender"] or frontier["attacker"]:
        step += 1
        offers: dict[str, dict[str, Joiner]] = {"defender": {}, "attacker": {}}
        for name, states in frontier.items():
            for s in states:
                for joiner, link in sorted(links.get(s, {}).items()):
                    if joiner in torn_states:
                        continue
                    path = (*sides[name][s].path, link)
                    placed = _side_of(sides, joiner)
                    if placed is None:
                        offers[name].setdefault(joiner, Joiner(joiner, step, path))
                    elif placed != name:
                        conflicts.append(Conflict(joiner, placed, path))
        both = set(offers["defender"]) & set(offers["attacker"])
        for s in sorted(both):
            torn_states.add(s)
            torn.append(
                Conflict(s, None, (offers["defender"][s].path[-1], offers["attacker"][s].path[-1]))
            )
        for name in offers:
            for s, j in offers[name].items():
                if s not in both:
                    sides[name][s] = j
        frontier = {name: sorted(set(offers[name]) - both) for name in offers}
    return sides, torn, conflicts


def _side_of(sides, state: str) -> str | None:
    for name, members in sides.items():
        if state in members:
            return name
    return None
