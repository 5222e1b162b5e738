"""Constructions that are events in themselves, and sides read through the clause they govern.

A commitment ("pledged to send engineers to X", "stands ready to help X") is AGREE, or THREATEN
when the act committed to is hostile ("vowed to attack X"); a refusal ("refused to meet X") is
REJECT; an obligation a speaker states ("X has to release the tanker, Y said") and a wish on
another ("wants X to return the islands") are REQUEST; a conditional act a speaker announces
("said it would attack X unless ...") and "... or face X" after a demand are THREATEN. The
recipient of these is the recipient of the act in their clause. The act itself keeps the modes
modality.py gives it (refused: negated; vowed, demanded: hypothetical). Method: docs/events.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from diplograph.records import Parse
from diplograph.stages.events import arguments as args
from diplograph.stages.events.words import (
    ASKED_NOUNS,
    CLAUSE_EVENTS,
    COMMIT_VERBS,
    CONCEDED_ACTS,
    CONDITIONAL_MARKS,
    CONTENT_DEPS,
    CONVICTING_VERBS,
    COOPERATIVE,
    COURT_WORDS,
    FACE_VERBS,
    FUTURE_AS_AGREE,
    FUTURE_MODALS,
    FUTURE_VERBS,
    HOSTILE_CONTENT,
    HYPOTHETICAL_MODALS,
    JAILING_VERBS,
    NEGATORS,
    OBLIGATION_MODALS,
    OBLIGATION_VERBS,
    PAYING_VERBS,
    PERMIT_VERBS,
    PRISON_WORDS,
    READY_WORDS,
    RECIPIENT_PREPS,
    REFUSAL_VERBS,
    REFUSED_ACTS,
    SPEECH_VERBS,
    STANCE_ACTS,
    STATING_VERBS,
    SUBJECT_DEPS,
    THREATENED_ACTS,
    TRY_VERBS,
    WARNING_VERBS,
    WISH_VERBS,
)

# A reading is made by the caller's class (triggers.Reading); this module builds them through
# a factory so that it needs no import of triggers.py.
Make = Callable[..., object]


@dataclass(frozen=True, slots=True)
class Draft:
    """What through_clause needs of a reading still to be made: its type and actors."""

    event: str
    actors: args.Found


def extend(parse: Parse, idx: args.MentionIndex, readings: list, make: Make, row) -> list:
    """The readings of one sentence with the constructions' readings added and the sides of
    commitments, refusals, requests and threats read through their clause."""
    by_token = {r.trigger: r for r in readings}
    out = []
    for r in readings:
        if r.event == "REQUEST" and _ordered_to_pay(parse, r.trigger):
            r = replace(r, cameo="173", event="SANCTION", mode="convict")
        out.append(r)
        if r.event != "REQUEST" and wished(parse, r.trigger):
            _retype(r, "100", row)  # "wants X to return the islands"
        if r.event in CLAUSE_EVENTS or parse.tokens[r.trigger].lemma.lower() in COMMIT_VERBS:
            covered = _commitment(parse, r, by_token, row)
            lemma = parse.tokens[r.trigger].lemma.lower()
            covered = covered or (r.event == "REJECT" and lemma not in REFUSAL_VERBS)
            if not (covered or r.recipients) and parse.tokens[r.trigger].pos == "VERB":
                r.recipients = through_clause(parse, idx, r.trigger, by_token, r)
        if r.event == "THREATEN" and not r.recipients:
            r.stated = own_hostile_act(parse, idx, r, by_token)
        if r.event == "REQUEST" and or_face(parse, r.trigger):
            out.append(_copy(make, r, "130", row))
        lemma = parse.tokens[r.trigger].lemma.lower()
        jailed = lemma in JAILING_VERBS and _sentenced(parse, r.trigger)
        if r.event in {"COERCE", "ACCUSE"} and (lemma in CONVICTING_VERBS or jailed):
            # "a court convicted / sentenced the activist": found guilty (SANCTION "convict",
            # under CAMEO 173: CAMEO has no code of its own for it); "sentenced X to ten years":
            # an arrest (173) as well, the reading itself, so a doer left unnamed stays one
            convicted = replace(r, cameo="173", event="SANCTION", mode="convict")
            if jailed or _to_prison(parse, r.trigger):
                code = row("173")
                r.cameo, r.event, r.mode, r.context = "173", code.event, code.mode, code.context
                out.append(convicted)
            else:
                out[-1] = convicted
    return out


def _ordered_to_pay(parse: Parse, v: int) -> bool:
    """Verb v is a court's order to pay: "a judge ordered Argentina to pay creditors"."""
    tokens = parse.tokens
    return any(
        tokens[s].lemma.lower() in COURT_WORDS for s in args.children(parse, v, SUBJECT_DEPS)
    ) and any(tokens[c].lemma.lower() in PAYING_VERBS for c in args.children(parse, v, {"xcomp"}))


def _sentenced(parse: Parse, v: int) -> bool:
    """Jailing verb v is a court's sentence: its subject is a court ("a court jailed X") or it
    names a term ("jailed X for six months")."""
    subjects = args.children(parse, v, SUBJECT_DEPS)
    terms = args.prep_heads(parse, v, {"for"})
    return any(parse.tokens[s].lemma.lower() in COURT_WORDS for s in subjects) or any(
        parse.tokens[t].lemma.lower() in PRISON_WORDS for t in terms
    )


def _to_prison(parse: Parse, v: int) -> bool:
    """Verb v sentences to prison: "to ten years", "to life in prison"."""
    terms = args.prep_heads(parse, v, {"to"})
    return bool(terms) and parse.tokens[terms[0]].lemma.lower() in PRISON_WORDS


def own_hostile_act(parse: Parse, idx: args.MentionIndex, r, by_token: dict) -> bool:
    """A warning that says what its speaker will do, a hostile act: "Pyongyang warned it would
    strike back if attacked", "Iran warned it would seize more tankers"."""
    if parse.tokens[r.trigger].lemma.lower() not in WARNING_VERBS or not r.actors:
        return False
    c = next(iter(args.children(parse, r.trigger, {"ccomp"})), None)
    if c is None:
        return False
    aux = {parse.tokens[a].lemma.lower() for a in args.children(parse, c, {"aux"})}
    act = by_token.get(c)
    if not aux & (FUTURE_MODALS | {"would"}) or act is None or act.event not in HOSTILE_CONTENT:
        return False
    own = {m.actor.country for m in r.actors.mentions}
    for s in args.children(parse, c, SUBJECT_DEPS):
        if parse.tokens[s].text.lower() in {"it", "we"}:
            return True
        if own & {m.actor.country for m in args.np_actors(parse, idx, s)}:
            return True
    return False


def added(
    parse: Parse, idx: args.MentionIndex, lo: int, hi: int, readings: list, make: Make, row
) -> list:
    """New readings of the sentence's tokens lo..hi that no other rule read."""
    by_token = {r.trigger: r for r in readings}
    out = []
    for i in range(lo, hi):
        tok = parse.tokens[i]
        lemma = tok.lemma.lower()
        if tok.pos == "VERB" and lemma in REFUSED_ACTS:  # beside the refused act's own reading
            found = _will_not(parse, idx, i, by_token, make, row)
            out += [found] if found is not None else []
        if i in by_token:
            continue
        found = None
        if tok.pos == "ADJ" and lemma in READY_WORDS and tok.dep == "acomp":
            found = _ready(parse, idx, i, by_token, make, row)
        elif tok.pos == "VERB" and lemma in STATING_VERBS:
            found = _stated(parse, idx, i, by_token, make, row)
        if found is None and tok.pos == "VERB" and lemma in WISH_VERBS:
            found = _wish(parse, idx, i, by_token, make, row)
        if found is not None:
            out.append(found)
    return out


def content(parse: Parse, v: int) -> int | None:
    """The clause a verb or adjective governs: "pledged [to send ...]", "said [it would ...]"."""
    found = args.children(parse, v, CONTENT_DEPS)
    return found[0] if found else None


def content_event(parse: Parse, c: int, by_token: dict) -> object | None:
    """The first reading inside clause c: its verb's, else one of its complement's; not a
    participle that only describes a noun ("pledged a push for [stalled] reforms")."""
    if c in by_token:
        return by_token[c]
    return next(
        (
            by_token[j]
            for j in parse.subtree(c)
            if j in by_token and j != c and parse.tokens[j].dep != "amod"
        ),
        None,
    )


def through_clause(
    parse: Parse, idx: args.MentionIndex, v: int, by_token: dict, r: Draft
) -> args.Found:
    """The recipient of the act in v's clause: "pledged to send engineers [to X]", "refused to
    meet [X]", "warned it would impose sanctions [on X] if ..."; for a request the clause's
    subject ("demanded [X] explain"), for a threat the condition's ("... unless [X] pays")."""
    c = content(parse, v)
    if c is None:
        return args.Found()
    own = {m.actor.country for m in r.actors.mentions}
    reading = content_event(parse, c, by_token)
    steps = [
        lambda: reading.recipients.mentions if reading is not None else (),
        lambda: args.verb_objects(parse, idx, c, RECIPIENT_PREPS | {"from"}, place=False).mentions,
        lambda: subjects(parse, idx, permitted(parse, c)),
    ]
    if r.event == "REQUEST":  # "demanded Washington explain": the one asked, not the act's
        steps = [lambda: subjects(parse, idx, [c])]
    if r.event == "THREATEN":  # "... unless the rebels disarm"
        steps.append(lambda: subjects(parse, idx, condition(parse, c)))
    for step in steps:
        found = tuple(m for m in step() if m.actor.country not in own)
        if found:
            return args.Found(found, "inherited")
    return args.Found()


def subjects(parse: Parse, idx: args.MentionIndex, clauses: list[int]) -> list:
    """The actors of the subjects of the clauses."""
    return [
        m for k in clauses for s in args.children(parse, k, SUBJECT_DEPS)
        for m in args.np_actors(parse, idx, s)
    ]  # fmt: skip


def permitted(parse: Parse, v: int) -> list[int]:
    """The clauses of a verb of letting whose subject is the one let: "allow [Sweden to join]"."""
    if parse.tokens[v].lemma.lower() not in PERMIT_VERBS:
        return []
    return args.children(parse, v, {"ccomp"})


def condition(parse: Parse, c: int) -> list[int]:
    """The conditional clauses of clause c: "if it did not withdraw", "unless they disarm"."""
    return [
        k
        for k in args.children(parse, c, {"advcl"})
        if any(
            parse.tokens[m].lemma.lower() in CONDITIONAL_MARKS - {"whether"}
            for m in args.children(parse, k, {"mark"})
        )
    ]


def or_face(parse: Parse, v: int) -> bool:
    """A demand with its sanction: "told X to expel the rebels or face military action"."""
    c = content(parse, v)
    if c is None:
        return False
    return any(
        parse.tokens[k].lemma.lower() in FACE_VERBS
        and any(parse.tokens[j].lemma.lower() == "or" for j in args.children(parse, c, {"cc"}))
        for k in args.children(parse, c, {"conj"})
    )


def _commitment(parse: Parse, r, by_token: dict, row) -> bool:
    """A commitment verb's reading takes its type from the act committed to: hostile acts make
    a threat ("vowed to attack X"), others an AGREE ("vowed to support X"). True when the act
    is itself coded as the AGREE ("agreed to hold talks with X", coder.py), so the commitment
    takes no side from it."""
    lemma = parse.tokens[r.trigger].lemma.lower()
    c = content(parse, r.trigger)
    if lemma not in COMMIT_VERBS or c is None or parse.tokens[c].dep != "xcomp":
        return False
    act = content_event(parse, c, by_token)
    kind = act.event if act is not None else None
    code = _committed_code(parse, c, kind)
    if code != "080" and kind in FUTURE_AS_AGREE and lemma in FUTURE_VERBS - TRY_VERBS:
        return True
    _retype(r, code, row)
    return False


def _committed_code(parse: Parse, c: int, kind: str | None) -> str:
    """The CAMEO code of a commitment to the act c, whose reading is of type kind: a threat of
    a hostile act, a concession when the act gives something up, else AGREE."""
    if kind in HOSTILE_CONTENT:
        return "130"
    if parse.tokens[c].lemma.lower() in CONCEDED_ACTS:
        return "080"
    return FUTURE_AS_AGREE.get(kind, "030")


def _retype(r, cameo: str, row) -> None:
    code = row(cameo)
    if code is not None:
        r.cameo, r.event, r.mode, r.how = cameo, code.event, code.mode, "construction"


def wished(parse: Parse, v: int) -> bool:
    """v wants or tells another to act: an object, or a clause with its own subject ("wants X
    to return", "told X to expel"; not "wants to join")."""
    if parse.tokens[v].lemma.lower() not in WISH_VERBS or content(parse, v) is None:
        return False
    c = content(parse, v)
    if parse.tokens[v].lemma.lower() in SPEECH_VERBS:  # "told X to V", not "told X that ..."
        return parse.tokens[c].dep == "xcomp" and bool(args.children(parse, v, {"dobj"}))
    return bool(args.children(parse, v, {"dobj"}) or args.children(parse, c, SUBJECT_DEPS))


def _ready(parse, idx, i, by_token, make, row):
    """ "stands ready to send troops to X", "is willing to resume talks with X": AGREE."""
    c = content(parse, i)
    if c is None:
        return None
    act = content_event(parse, c, by_token)
    kind = act.event if act is not None else None
    cameo = "130" if kind in HOSTILE_CONTENT else FUTURE_AS_AGREE.get(kind, "030")
    actors = args.subject_of(parse, idx, parse.tokens[i].head)
    recipients = through_clause(parse, idx, i, by_token, Draft("AGREE", actors))
    return _new(make, parse, i, cameo, row, actors, recipients)


def _stated(parse, idx, s, by_token, make, row):
    """A speaker's clause that obliges another ("X has to release the tanker, Y said") is a
    REQUEST; one that announces a conditional act ("said it would attack X unless ...") a
    THREATEN, unless the act is cooperative (a conditional promise)."""
    c = next((k for k in args.children(parse, s, {"ccomp"})), None)
    if c is None:
        return None
    actors = args.subject_of(parse, idx, s)
    if not actors or actors.path != "direct":
        return None
    aux = {parse.tokens[a].lemma.lower() for a in args.children(parse, c, {"aux"})}
    obliged = aux & OBLIGATION_MODALS or (
        parse.tokens[c].lemma.lower() in OBLIGATION_VERBS and args.children(parse, c, {"xcomp"})
    )
    if obliged:
        obliged_ones = args.Found(tuple(subjects(parse, idx, [c])), "inherited")
        return _new(make, parse, s, "100", row, actors, obliged_ones)
    marks = {
        parse.tokens[m].lemma.lower()
        for k in condition(parse, c)
        for m in args.children(parse, k, {"mark"})
    }
    if not aux & (FUTURE_MODALS | {"would"}):
        return None
    act = content_event(parse, c, by_token)
    kind = act.event if act is not None else None
    if kind in COOPERATIVE or (kind not in HOSTILE_CONTENT and "unless" not in marks):
        return None
    if not marks and not (kind in THREATENED_ACTS and _own_act(parse, idx, c, actors)):
        return None
    recipients = through_clause(parse, idx, s, by_token, Draft("THREATEN", actors))
    return _new(make, parse, s, "130", row, actors, recipients)


def _own_act(parse, idx, c, actors) -> bool:
    """The clause's act is the speaker's own: "Moscow said it would retaliate"."""
    own = {m.actor.country for m in subjects(parse, idx, [c])}
    return bool(own) and own <= {m.actor.country for m in actors.mentions}


def _wish(parse, idx, v, by_token, make, row):
    """ "wants X to return the islands", "told X to expel the rebels": a REQUEST of X."""
    if not wished(parse, v):
        return None
    actors = args.subject_of(parse, idx, v)
    draft = Draft("REQUEST", actors)
    objects = [m for o in args.children(parse, v, {"dobj"}) for m in args.np_actors(parse, idx, o)]
    recipients = (
        args.Found(tuple(objects)) if objects else through_clause(parse, idx, v, by_token, draft)
    )
    return _new(make, parse, v, "100", row, actors, recipients)


def _will_not(parse, idx, v, by_token, make, row):
    """ "X will not accept a deal with Y", "won't invite Y": a refusal, REJECT of Y. Only a
    plain future ("might not", "will not ... if" are no refusal), or the present of a stance
    ("does not recognise Y")."""
    auxes = args.children(parse, v, {"aux"})
    aux = {parse.tokens[a].lemma.lower() for a in auxes}
    negated = any(
        parse.tokens[n].lemma.lower() in NEGATORS for n in args.children(parse, v, {"neg"})
    )
    stance = parse.tokens[v].lemma.lower() in STANCE_ACTS and (
        any(
            parse.tokens[a].lemma.lower() == "do" and parse.tokens[a].tag in {"VBZ", "VBP"}
            for a in auxes
        )
        or any(
            parse.tokens[o].lemma.lower() in ASKED_NOUNS for o in args.children(parse, v, {"dobj"})
        )
    )
    planned = aux & (FUTURE_MODALS | {"would", "wo"})
    if not negated or not (planned or stance) or aux & HYPOTHETICAL_MODALS:
        return None
    if condition(parse, v):
        return None
    actors = args.subject_of(parse, idx, v)
    if actors.path != "direct":
        return None
    found = by_token[v].recipients if v in by_token else args.Found()
    if not found:
        found = args.verb_objects(parse, idx, v, RECIPIENT_PREPS, place=False)
    if not found:
        found = args.Found(tuple(subjects(parse, idx, permitted(parse, v))))
    own = {m.actor.country for m in actors.mentions}
    recipients = args.Found(tuple(m for m in found.mentions if m.actor.country not in own))
    reading = _new(make, parse, v, "120", row, actors, recipients)
    if reading is not None:
        reading.refusal = True
    return reading


def _new(make, parse, i, cameo, row, actors, recipients):
    code = row(cameo)
    if code is None or not actors or not recipients:
        return None
    return make(
        trigger=i,
        cameo=cameo,
        event=code.event,
        mode=code.mode,
        context=code.context,
        how="construction",
        actors=actors,
        recipients=recipients,
        tokens=sorted(parse.subtree(i)),
    )


def _copy(make, r, cameo, row):
    code = row(cameo)
    return make(
        trigger=r.trigger,
        cameo=cameo,
        event=code.event,
        mode=code.mode,
        context=code.context,
        how="construction",
        actors=r.actors,
        recipients=r.recipients,
        tokens=r.tokens,
    )
