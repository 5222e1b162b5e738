"""A one-sided reaction to an act the article told just before: "Lithuania condemned the
detention", "Washington welcomed the deal".

Long articles report an act in one sentence and the reactions to it in the next ones, naming
the act by a definite noun and not its doer; the reaction then had no recipient. A reaction
(`REACTION_EVENTS`) whose direct object is "the / this / that" + a noun naming an act
(`ACT_NOUNS`) takes as recipient the doer of the nearest earlier asserted event of a type
that noun may name (a deal an agreement, a detention a coercion) in its own sentence or the
`ANAPHORA_WINDOW` sentences before (an untyped noun, "the move", looks one sentence back):
that event's actor, or its recipient when the actor is the reacting state itself. A reaction
to a thing ("welcomed the news") or to an act no earlier event reports stays one-sided.

A go-between's deal named by a definite noun ("The deal, brokered by Qatar and Egypt, takes
effect on Sunday") mediated between the two sides of the nearest earlier agreement the article
reports: the mediator consults each of them; with no such agreement the mediation is dropped.

The same holds for a reaction told in a relative clause on an act noun that sums up the
clause before it ("expelled the consul, a move Lima condemned", "..., a claim Lima rejected":
`summary_noun`), whatever the noun's determiner.

A rejection of an accusation ("Beijing rejected the charge"), or a denial that names the
accusation by its content ("Kabul denies harbouring the group", `DENIAL_VERBS`), answers the
nearest earlier accusation made against the rejecting state, however far back: its accuser
is the recipient.
"""

from __future__ import annotations

from dataclasses import replace

from diplograph.records import Actor, Event, Parse
from diplograph.stages.events import arguments as args
from diplograph.stages.events.arguments import MentionIndex
from diplograph.stages.events.words import (
    ACCUSATION_NOUNS,
    ACT_NOUNS,
    ANAPHORA_WINDOW,
    DEFINITE_DETERMINERS,
    DENIAL_VERBS,
    MEDIATION_CODE,
    REACTION_EVENTS,
    SUBJECT_DEPS,
    SUMMARY_DEPS,
)

DEAL_KINDS = ACT_NOUNS["deal"]


def reaction_recipients(parse: Parse, idx: MentionIndex, events: list[Event]) -> list[Event]:
    """The events, each one-sided reaction to an act named by a definite noun given the doer
    of the nearest earlier event as its recipient; an answer to an accusation the article does
    not report is dropped (a denial alone is a statement: docs/annotation.md), unless a
    relative clause answers the claim its sentence reports ("X said ..., a claim Lima
    rejected": X)."""
    by_start = {t.start: t.i for t in parse.tokens}
    out = []
    for e in events:
        doer = None
        v = by_start.get(e.mention.trigger_start)
        if mediation(e) and e.recipient is None:
            out.extend(replace(e, recipient=side) for side in _deal_sides(e, events))
            continue
        if e.event_type in REACTION_EVENTS and e.recipient is None and v is not None:
            if e.event_type == "REJECT" and _answers_accusation(parse, v):
                summed = summary_noun(parse, v)
                if summed is not None:  # "..., a claim Lima rejected": its sentence's claim
                    doer = _claimant(parse, idx, e, summed)
                else:
                    doer = _doer(e, events, {"ACCUSE"}) if e.actor.resolved else None
                if doer is None:
                    continue
            elif e.actor.resolved and (act := _act_noun(parse, v)) is not None:
                doer = _doer(e, events, ACT_NOUNS[act])
        out.append(replace(e, recipient=doer) if doer is not None else e)
    return out


def mediation(e: Event) -> bool:
    return e.event_type == "CONSULT" and (e.cameo or "").startswith(MEDIATION_CODE)


def deal_named(parse: Parse, v: int) -> bool:
    """Verb v brokers a deal named by a definite noun: "brokered the deal", "the truce,
    brokered by X"."""
    tok = parse.tokens[v]
    nouns = [tok.head] if tok.dep == "acl" else []
    nouns += [o for o in parse.children[v] if parse.tokens[o].dep == "dobj"]
    for n in nouns:
        if ACT_NOUNS.get(parse.tokens[n].lemma.lower()) != DEAL_KINDS:
            continue
        dets = [parse.tokens[k] for k in parse.children[n] if parse.tokens[k].dep == "det"]
        if any(d.lemma.lower() in DEFINITE_DETERMINERS for d in dets):
            return True
    return False


def _deal_sides(mediator: Event, events: list[Event]) -> list[Actor]:
    """The two sides of the nearest earlier agreement within the window, not the mediator."""
    here = mediator.mention
    own = mediator.actor.country
    earlier = [
        e
        for e in events
        if e.asserted
        and e.event_type in DEAL_KINDS
        and here.sentence - ANAPHORA_WINDOW <= e.mention.sentence <= here.sentence
        and e.mention.trigger_start < here.trigger_start
    ]
    for e in sorted(earlier, key=lambda e: e.mention.trigger_start, reverse=True):
        sides = {s.country: s for s in (e.actor, e.recipient) if s is not None and s.resolved}
        sides.pop(own, None)
        if sides:
            return list(sides.values())
    return []


def summary_noun(parse: Parse, v: int) -> int | None:
    """The act noun verb v reacts to from a relative clause, when that noun sums up the clause
    before it after a comma: "expelled the consul, a move Lima condemned", "..., a claim
    Lima rejected". None for a relative clause whose subject is its relative pronoun ("a
    move that angered Lima") or told in the past perfect ("a step it had refused to take"):
    that is no reaction to the act just told."""
    tok = parse.tokens[v]
    if tok.dep != "relcl" or _past_perfect(parse, v):
        return None
    subjects = [
        parse.tokens[k] for k in parse.children[tok.i] if parse.tokens[k].dep in SUBJECT_DEPS
    ]
    noun = parse.tokens[tok.head]
    if not subjects or any(s.tag in {"WP", "WDT"} for s in subjects):
        return None
    if noun.dep not in SUMMARY_DEPS or noun.lemma.lower() not in ACT_NOUNS:
        return None
    first = min(parse.subtree(noun.i))
    return noun.i if first > 0 and parse.tokens[first - 1].text == "," else None


def _past_perfect(parse: Parse, v: int) -> bool:
    return any(
        parse.tokens[k].dep == "aux"
        and parse.tokens[k].lemma.lower() == "have"
        and parse.tokens[k].tag == "VBD"
        for k in parse.children[v]
    )


def _claimant(parse: Parse, idx: MentionIndex, e: Event, summed: int) -> Actor | None:
    """Who made the claim a relative clause answers: the subject of the sentence's main
    clause, which the claim noun sums up, when that clause accuses the one answering ("Mexico
    accused Peru of ..., a claim Lima rejected"; "Ghana said Burkina Faso had let Wagner
    operate ..., a claim Ouagadougou rejected"); None for a claim about another's act ("India
    said its pilot shot down a Pakistani jet, a claim Islamabad denies"): a mere statement."""
    root = summed
    while parse.tokens[root].head != root:
        root = parse.tokens[root].head
    if not e.actor.resolved or e.actor.country not in _accused(parse, idx, root):
        return None
    for m in args.subject_of(parse, idx, root).mentions:
        if m.actor.resolved and m.actor.country != e.actor.country:
            return m.actor
    return None


def _accused(parse: Parse, idx: MentionIndex, v: int) -> set[str]:
    """The countries clause v accuses: its object, or the doers of the clause it reports."""
    found = [m for o in args.children(parse, v, {"dobj"}) for m in args.np_actors(parse, idx, o)]
    for c in args.children(parse, v, {"ccomp"}):
        found += args.subject_of(parse, idx, c).mentions
    return {m.actor.country for m in found if m.actor.resolved}


def _answers_accusation(parse: Parse, v: int) -> bool:
    """Verb v denies, or rejects something its direct object (or the noun it reacts to from
    a relative clause) calls an accusation."""
    if parse.tokens[v].lemma.lower() in DENIAL_VERBS:
        return True
    objects = [parse.tokens[o] for o in parse.children[v] if parse.tokens[o].dep == "dobj"]
    summed = summary_noun(parse, v)
    objects += [parse.tokens[summed]] if summed is not None else []
    return any(
        o.lemma.lower() in ACCUSATION_NOUNS or o.text.lower() in ACCUSATION_NOUNS for o in objects
    )


def _act_noun(parse: Parse, v: int) -> str | None:
    """The act noun verb v takes as a definite direct object ("the detention"), or reacts to
    from a relative clause ("a move Lima condemned"), if any."""
    summed = summary_noun(parse, v)
    if summed is not None:
        return parse.tokens[summed].lemma.lower()
    for o in parse.children[v]:
        tok = parse.tokens[o]
        if tok.dep != "dobj" or tok.lemma.lower() not in ACT_NOUNS:
            continue
        dets = [parse.tokens[k] for k in parse.children[o] if parse.tokens[k].dep == "det"]
        if any(d.lemma.lower() in DEFINITE_DETERMINERS for d in dets):
            return tok.lemma.lower()
    return None


def _doer(reaction: Event, events: list[Event], kinds: set[str]) -> Actor | None:
    here = reaction.mention
    own = reaction.actor.country
    # an accusation is rejected by the one it accuses, often paragraphs after it was made
    answered = reaction.event_type == "REJECT" and kinds == {"ACCUSE"}
    window = ANAPHORA_WINDOW if kinds else 1  # "the move" names only the last act
    window = here.sentence if answered else window
    earlier = [
        e
        for e in events
        if e.asserted
        and (not kinds or e.event_type in kinds)
        and here.sentence - window <= e.mention.sentence <= here.sentence
        and e.mention.trigger_start < here.trigger_start
        and (not answered or (e.recipient is not None and e.recipient.country == own))
    ]
    for e in sorted(earlier, key=lambda e: e.mention.trigger_start, reverse=True):
        for side in (e.actor, e.recipient):
            if side is not None and side.resolved and side.country != own:
                return side
    return None
