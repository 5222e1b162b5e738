"""Parties of the actor's own state that the sentence names by a bare noun.

"Kenya's president rejected the opposition's demand for an audit", "Venezuela's opposition
rejected the government's offer of talks", "the labour congress threatened a strike if the
government raised fuel prices": the party rejected or threatened is named ("the opposition",
"the government", "unions") but no dictionary codes a bare noun's state, so the event lost its
recipient. PLOVER codes such events inside the state (KEN -> KEN): the bare noun is a body of
the actor's own state, with the sector the actor dictionary gives its noun. Only for a
rejection or a threat whose actor is a state's party in the verb's own subject, the noun owning
what is rejected (its possessor, "by" or "from") or the subject of a
condition the act sets ("if", "unless"), a noun of the polity (government, opposition,
lawmakers, courts, unions) whose phrase names no coded actor. Word lists: words.py.
"""

from __future__ import annotations

from diplograph.records import Actor, Mention, Parse, Span
from diplograph.stages.actors import make_mention
from diplograph.stages.events import arguments as args
from diplograph.stages.events.words import (
    HOME_PARTY_EVENTS,
    HOME_PARTY_SECTORS,
    OWNER_DEPS,
    REJECTED_OWNER_PREPS,
    SUBJECT_DEPS,
    THREAT_CONDITION_MARKS,
)
from diplograph.states import states


def home_pairs(
    parse: Parse, idx: args.MentionIndex, reading, agents: dict[str, str]
) -> list[tuple[Mention, Mention]]:
    """(actor, the home party) pairs of a rejection or threat with no recipient; [] else."""
    if reading.event not in HOME_PARTY_EVENTS or reading.recipients.mentions:
        return []
    if reading.actors.path != "direct" or parse.tokens[reading.trigger].pos != "VERB":
        return []
    heads = _addressed(parse, reading.trigger)
    pairs = []
    for a in reading.actors.mentions:
        if a.actor.country not in states():
            continue
        found = (_party(parse, idx, h, a.actor, agents) for h in heads)
        home = next((m for m in found if m is not None), None)
        if home is not None:
            pairs.append((a, home))
    return pairs


def _addressed(parse: Parse, v: int) -> list[int]:
    """The owners of what verb v rejects ("the opposition's demand", "calls by his cabinet")
    and the subjects of the conditions v, or the infinitive it takes, sets ("threatened to
    strike if the government ...")."""
    heads = []
    for o in args.children(parse, v, {"dobj"}):
        heads += args.children(parse, o, OWNER_DEPS) + args.prep_heads(
            parse, o, REJECTED_OWNER_PREPS
        )
    for c in [v, *args.children(parse, v, {"xcomp"})]:
        for clause in args.children(parse, c, {"advcl"}):
            marks = args.children(parse, clause, {"mark"})
            if any(parse.tokens[m].lemma.lower() in THREAT_CONDITION_MARKS for m in marks):
                heads += args.children(parse, clause, SUBJECT_DEPS)
    return heads


def _party(
    parse: Parse, idx: args.MentionIndex, h: int, actor: Actor, agents: dict[str, str]
) -> Mention | None:
    """Noun h as a body of the actor's state: a polity noun of a sector other than the
    actor's, whose phrase names no other actor (the actor stage may have given "the
    government" the state named before it: the actor's, kept)."""
    tok = parse.tokens[h]
    if tok.pos != "NOUN":
        return None
    sector = agents.get(f"{parse.tokens[h - 1].text} {tok.text}".lower()) if h else None
    sector = sector or agents.get(tok.text.lower()) or agents.get(tok.lemma.lower())
    if sector not in HOME_PARTY_SECTORS or sector == actor.sector:
        return None
    first = min(parse.subtree(h))
    named = [m for j in range(first, h + 1) for m in idx.at(j)]
    if named:
        own = [m for m in named if m.actor.country == actor.country and m.actor.sector == sector]
        return own[0] if len(own) == len(named) else None
    t0 = parse.tokens[first]
    span = Span("AGENT", first, h + 1, t0.start, tok.end, parse.article.text[t0.start : tok.end])
    home = Actor(
        entity_text=span.text,
        code=f"{actor.country}{sector}",
        country=actor.country,
        sector=sector,
        name=span.text,
        reason=f"a body of the actor's own state ({actor.country}), named by a bare noun",
    )
    return make_mention(parse, span, home, "agent")
