"""'its' and 'their' resolved to a state-like actor: a country, a government, an army, a group.

The subjects of the clauses above the pronoun are tried first, the governing (highest) clause
first: in "Pakistan said Indian troops attacked its posts", "its" is Pakistan, the subject of
"said", not the nearer "Indian troops" (plural, so never "its" either). A subject that names no
actor ("The company said ... its") blocks the pronoun, so it never jumps to a state named
earlier. With no usable subject the most salient state-like mention of the same or previous
sentence wins (a subject beats an object; a tie resolves nothing). A person is never chosen,
and a noun that agrees with the pronoun between it and the chosen actor ("four people to their
deaths") leaves it unresolved.
"""

from __future__ import annotations

from dataclasses import replace

from diplograph.records import Mention, Parse, Span
from diplograph.stages.actors.references import (
    is_person,
    make_mention,
    mention_root,
    one_person,
    salience,
)
from diplograph.stages.actors.words import (
    COLLECTIVE,
    NOUN_POS,
    NOUN_ROLES,
    PEOPLE_SECTORS,
    PLURAL_TAGS,
    POSSESSIVES,
    SUBJECT_DEPS,
)


def possessives(parse: Parse, named: list[Mention], cut: int = 0) -> list[Mention]:
    """A mention (kind "pronoun") for each 'its'/'their' that refers to a state-like actor."""
    out: list[Mention] = []
    ordered = sorted((m for m in named if m.actor.resolved), key=lambda m: m.start)
    for tok in parse.tokens:
        low = tok.text.lower()
        if tok.start < cut or low not in POSSESSIVES or tok.pos != "PRON":
            continue
        window = [m for m in ordered if m.end <= tok.start and m.sentence >= tok.sent - 1]
        span = Span("REF", tok.i, tok.i + 1, tok.start, tok.end, tok.text)
        for m in _antecedents(parse, tok.i, low, window, named):
            why = f"{tok.text!r} refers to {m.text!r}; {m.actor.reason}"
            out.append(make_mention(parse, span, replace(m.actor, reason=why), "pronoun"))
    return out


def state_like(parse: Parse, m: Mention, pronoun: str) -> bool:
    """A mention that 'its' (singular) or 'their' may refer to: a state, group or body, never a
    person, a single unnamed official ('the foreign minister') or plain people."""
    if not m.actor.resolved or is_person(m) or one_person(parse, m):
        return False
    if m.actor.sector in PEOPLE_SECTORS:
        return False
    head = parse.tokens[m.token_end - 1]
    plural = head.tag in PLURAL_TAGS and head.text.lower() not in COLLECTIVE
    if pronoun == "its" and plural and m.kind != "name":
        return False
    if m.kind in ("agent", "group", "demonym") and head.pos in NOUN_POS:
        return plural or head.text.lower() in COLLECTIVE
    return True


def _antecedents(
    parse: Parse, i: int, pronoun: str, window: list[Mention], named: list[Mention]
) -> list[Mention]:
    pool = [m for m in window if state_like(parse, m, pronoun)]
    if not pool or _in_who_clause(parse, i):
        return []
    for s in governing_subjects(parse, i):
        found = [m for m in pool if m.token_start <= s < m.token_end]
        if found and pronoun == "their":
            if _nearer_noun(parse, i, found[-1], pool):
                return []  # "France hoped two French hostages ... their release"
            return _with_conjuncts(parse, found[-1], pool)
        if found:
            return found[-1:]
        if any(m.token_start <= s < m.token_end and is_person(m) for m in named):
            if pronoun == "their" and agrees(parse, s, pronoun):
                return []  # "Bush and Kerry ... their": the people themselves
            continue  # "Putin said its ...": a person is never 'its'
        if agrees(parse, s, pronoun):
            return []  # "The company said ... its": a subject that names no actor
    return _most_salient(parse, i, pool)


def governing_subjects(parse: Parse, i: int) -> list[int]:
    """The noun subjects before pronoun i of the clauses above it, highest clause first. The
    noun the pronoun modifies is not its antecedent ('Its ministry said')."""
    tok = parse.tokens[i]
    heads = set(parse.ancestors(i))
    order = {k: depth for depth, k in enumerate(reversed(parse.ancestors(i)))}
    found = [
        t
        for t in parse.tokens
        if t.sent == tok.sent
        and t.i < i
        and t.dep in SUBJECT_DEPS
        and t.head in heads
        and t.i != tok.head
        and t.pos in NOUN_POS
    ]
    return [t.i for t in sorted(found, key=lambda t: order[t.head])]


def _in_who_clause(parse: Parse, i: int) -> bool:
    """'colleagues who are known for their ideas': a clause whose subject is 'who' is about
    people, and its possessive refers to them."""
    heads = set(parse.ancestors(i))
    return any(
        t.head in heads and t.dep in SUBJECT_DEPS and t.text.lower() == "who"
        for t in parse.tokens[max(0, i - 30) : i]
    )


def agrees(parse: Parse, k: int, pronoun: str) -> bool:
    """Token k agrees in number with the pronoun; coordinated nouns are plural."""
    tok = parse.tokens[k]
    plural = tok.tag in PLURAL_TAGS or any(
        t.head == k and t.dep == "conj" for t in parse.tokens[k + 1 : k + 12]
    )
    return plural if pronoun == "their" else not plural


def _with_conjuncts(parse: Parse, m: Mention, pool: list[Mention]) -> list[Mention]:
    """'Russia and China said their ...': every coordinated state-like mention."""
    root = mention_root(parse, m)
    out = [m]
    for other in pool:
        k = mention_root(parse, other)
        if other is not m and parse.tokens[k].dep == "conj" and parse.tokens[k].head == root:
            out.append(other)
    return out


def _most_salient(parse: Parse, i: int, pool: list[Mention]) -> list[Mention]:
    """The most salient state-like mention (by actor), or nothing on a tie."""
    sent = parse.tokens[i].sent
    best: dict[str, tuple[tuple[int, bool], Mention]] = {}
    for m in pool:
        rank = (salience(parse, m), m.sentence == sent)
        key = m.actor.entry or m.actor.code or m.text
        if key not in best or rank >= best[key][0]:
            best[key] = (rank, m)
    top = max(rank for rank, _ in best.values())
    winners = [m for rank, m in best.values() if rank == top]
    if len(winners) != 1 or _nearer_noun(parse, i, winners[0], pool):
        return []
    return winners


def _nearer_noun(parse: Parse, i: int, m: Mention, pool: list[Mention]) -> bool:
    """A subject or object noun between the chosen mention and pronoun i that agrees with it
    and names no state-like actor: "swept four people to their deaths", "two French hostages
    ... their release" are those people, not the state named before them."""
    pronoun = parse.tokens[i].text.lower()
    for tok in parse.tokens[m.token_end : i]:
        if tok.sent != parse.tokens[i].sent or tok.pos not in NOUN_POS:
            continue
        if tok.dep not in NOUN_ROLES or not agrees(parse, tok.i, pronoun):
            continue
        if not any(p.token_start <= tok.i < p.token_end for p in pool):
            return True
    return False


def owned_agents(parse: Parse, found: list[Mention], refs: list[Mention]) -> list[Mention]:
    """An agent noun whose own possessive pronoun was resolved belongs to the pronoun's state,
    not to the state named last: "Russia quit the deal that let Ukraine ship grain, and its
    forces struck Odesa" is Russia's forces."""
    owners = {m.token_start: m for m in refs if m.text.lower() in POSSESSIVES}
    out = []
    for m in found:
        owner = None
        if m.kind == "agent" and m.actor.sector:
            head = mention_root(parse, m)
            owner = next(
                (owners[t.i] for t in parse.tokens[:head] if t.head == head and t.i in owners),
                None,
            )
        if owner is None or owner.actor.country in (None, m.actor.country):
            out.append(m)
            continue
        country = owner.actor.country
        why = f"its owner {owner.text!r}: {owner.actor.reason}"
        actor = replace(m.actor, code=country + m.actor.sector, country=country, reason=why)
        out.append(replace(m, actor=actor))
    return out
