"""Speech acts and their sides: what a speaker says of others, with or without an addressee.

A condemnation, a pledge, a refusal, a threat or a concession whose speaker is the verb's own
subject is an event even when the text names nobody it is addressed to ("Japan condemned the
nuclear test", "Russia pledged aid for the victims"): PLOVER codes it with a null recipient.
A speaker who says another answers for an act accuses it: "the United States said Iran was
responsible for the attack" is ACCUSE from the speaker to the one made responsible.
Method: docs/events.md, "Speech acts and their sides".
"""

from __future__ import annotations

from diplograph.records import Mention, Parse
from diplograph.stages.events import arguments as args
from diplograph.stages.events.anaphora import summary_noun
from diplograph.stages.events.words import (
    AGREED_ACT_OBJECTS,
    AGREED_ACTS,
    BLAME_ADJECTIVES,
    BLAME_PREPS,
    BLAME_VERBS,
    BLAMED_HARMS,
    FOR_CLAUSE_DEPS,
    HOSTILE,
    PARTY_NOUNS,
    PARTY_OBJECT_ENTITIES,
    PASSIVE_SUBJECT_DEPS,
    PERMIT_VERBS,
    REACTION_EVENTS,
    SPEECH_VERBS,
    SPOKEN_ALONE,
    SPOKEN_ALONE_VERBS,
    SPOKEN_COMPLEMENTS,
    SUBJECT_DEPS,
    TIME_ENTITIES,
    UNCODED_MIN_PROBABILITY,
)


def alone(parse: Parse, reading) -> list[tuple[Mention, None]]:
    """(speaker, None) for a speech act of a coded speaker, the verb's own subject, that says
    something (an object or a clause: what is condemned, pledged, refused) and names no
    addressee; [] otherwise. A verb the rules read must say the act itself
    (SPOKEN_ALONE_VERBS); one only the tagger read must be read with UNCODED_MIN_PROBABILITY."""
    v = reading.trigger
    if reading.event not in SPOKEN_ALONE or reading.recipients.mentions:
        return []
    if parse.tokens[v].pos != "VERB" or reading.actors.path != "direct":
        return []
    summed = summary_noun(parse, v) if reading.event in REACTION_EVENTS else None
    if parse.tokens[v].dep == "relcl" and summed is None:
        return []  # "beyond the date he promised to ...": background; "a move X condemned"
    asked = for_clauses(parse, v)
    said = args.children(parse, v, SPOKEN_COMPLEMENTS) + asked
    said += [summed] if summed is not None else []
    # "called for the UN to act" is addressed to the UN
    addressed = args.addressed(parse, v) + [s for c in asked for s in clause_subjects(parse, c)]
    lemma = parse.tokens[v].lemma.lower()
    if lemma in PERMIT_VERBS:  # "allowed Chilean boats to fish": whom it lets act, all words
        let = [s for c in args.children(parse, v, {"ccomp"}) for s in clause_subjects(parse, c)]
        addressed += [k for s in let for k in parse.subtree(s)]
    if not said or any(_party(parse, o) for o in addressed):
        return []
    if reading.learned is None and not (
        lemma in SPOKEN_ALONE_VERBS[reading.event] or reading.stated or _agreed_act(parse, v)
    ):
        return []
    if reading.learned is not None and reading.learned < UNCODED_MIN_PROBABILITY:
        return []
    # a statement or vote of coordinated speakers is each one's: "China and Russia vetoed"
    return args.subjects_alone(parse, v, reading.actors.mentions, coordinated=True)


def _agreed_act(parse: Parse, v: int) -> bool:
    """Verb v is "agree" to talks or cooperation begun again with nobody named: "agreed to
    resume talks", not "agreed to hold a summit with Kim" (whose partner is the recipient)."""
    if parse.tokens[v].lemma.lower() != "agree":
        return False
    acts = [c for c in args.children(parse, v, {"xcomp"}) if _joining(parse, c)]
    partners = [
        k
        for c in acts
        for k in parse.subtree(c)
        if parse.tokens[k].dep == "pobj"
        and parse.tokens[parse.tokens[k].head].lemma.lower() == "with"
    ]
    named = [t for k in partners for t in parse.subtree(k)]
    return bool(acts) and not any(
        _party(parse, t) or args.agent_head(parse.tokens[t]) for t in named
    )


def _joining(parse: Parse, c: int) -> bool:
    """Verb c starts or joins talks or cooperation: "resume", "take part"."""
    lemma = parse.tokens[c].lemma.lower()
    objects = {parse.tokens[o].lemma.lower() for o in args.children(parse, c, {"dobj"})}
    return lemma in AGREED_ACTS or bool(objects & AGREED_ACT_OBJECTS.get(lemma, set()))


def for_clauses(parse: Parse, v: int) -> list[int]:
    """Verb v's "for ... to" clauses, which say what is asked: "called for the UN to act"."""
    return [
        c
        for c in args.children(parse, v, FOR_CLAUSE_DEPS)
        if any(parse.tokens[m].lemma.lower() == "for" for m in args.children(parse, c, {"mark"}))
    ]


def clause_subjects(parse: Parse, c: int) -> list[int]:
    """The subjects of clause c, active or passive."""
    return args.children(parse, c, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)


def _party(parse: Parse, o: int) -> bool:
    """The phrase names a party: a name, a pronoun, a number of people ("accuses 8"), a
    people, or a party noun ("militants"); a day or a time ("on Sunday") names none."""
    tok = parse.tokens[o]
    if tok.ent_type in TIME_ENTITIES:
        return False
    return (
        tok.pos in {"PROPN", "PRON", "NUM"}
        or tok.ent_type in PARTY_OBJECT_ENTITIES
        or tok.lemma.lower() in PARTY_NOUNS
    )


def added(parse: Parse, idx: args.MentionIndex, lo: int, hi: int, nouns: dict, make, row) -> list:
    """New readings of the sentence's tokens lo..hi: accusations through a speaker's clause.
    `nouns` is the lexicon's event nouns (lemma -> NounTrigger), which say what is an act."""
    out = []
    for s in range(lo, hi):
        tok = parse.tokens[s]
        if tok.pos == "VERB" and tok.lemma.lower() in SPEECH_VERBS:
            found = _made_responsible(parse, idx, s, nouns, make, row)
            out += [found] if found is not None else []
    return out


def _made_responsible(parse: Parse, idx: args.MentionIndex, s: int, nouns: dict, make, row):
    """ "X said Y was responsible for / to blame for / behind the attack": ACCUSE X -> Y, read on
    the word that makes Y answer for it."""
    for c in args.children(parse, s, {"ccomp"}):
        if parse.tokens[c].lemma.lower() != "be":
            continue
        word = _blame_word(parse, c, nouns)
        if word is None:
            continue
        actors = args.subject_of(parse, idx, s)
        if not actors or actors.path != "direct":
            continue
        own = {m.actor.country for m in actors.mentions}
        blamed = [
            m
            for y in args.children(parse, c, SUBJECT_DEPS)
            for m in args.np_actors(parse, idx, y)
            if m.actor.country not in own
        ]
        code = row("112")
        if code is None or not blamed:
            continue
        return make(
            trigger=word,
            cameo="112",
            event=code.event,
            mode=code.mode,
            context=code.context,
            how="construction",
            actors=actors,
            recipients=args.Found(tuple(blamed), "inherited"),
            tokens=sorted(parse.subtree(c)),
        )
    return None


def _blame_word(parse: Parse, c: int, nouns: dict) -> int | None:
    """The word of copula c that makes its subject answer for a hostile act: "responsible for
    the attack", "to blame for the killings", "behind the bombing"."""
    for k in args.children(parse, c, {"acomp", "xcomp", "prep"}):
        tok = parse.tokens[k]
        lemma = tok.lemma.lower()
        if tok.dep == "acomp" and lemma in BLAME_ADJECTIVES and _for_act(parse, k, nouns):
            return k
        if tok.dep == "xcomp" and lemma in BLAME_VERBS:
            return c  # "was to blame": read on the copula, or "is to" would make it a future
        if tok.dep == "prep" and lemma in BLAME_PREPS and _act(parse, k, nouns):
            return k
    return None


def _for_act(parse: Parse, w: int, nouns: dict) -> bool:
    """ "responsible for [an act]"."""
    return any(
        _act(parse, p, nouns)
        for p in args.children(parse, w, {"prep"})
        if parse.tokens[p].lemma.lower() == "for"
    )


def _act(parse: Parse, p: int, nouns: dict) -> bool:
    """The object of preposition p is a hostile act: a gerund ("for killing"), a noun the
    lexicon reads as one ("the attack", "the bombing") or a harm (BLAMED_HARMS: "the deaths")."""
    for o in args.children(parse, p, {"pobj", "pcomp"}):
        tok = parse.tokens[o]
        if tok.pos == "VERB":
            return True
        lemma = tok.lemma.lower()
        trig = nouns.get(lemma)
        if lemma in BLAMED_HARMS or (trig is not None and trig.event in HOSTILE):
            return True
    return False
