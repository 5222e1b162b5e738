"""Sentences whose hostile-sounding verbs report no political event: sport and accidents; and
recipients that are the actor's own side.

"Australia threatened to cancel their tour", "Brazil crushed Argentina in the cup final": a
contest between national teams is no assault or threat. "A ferry hit a pier": an accident.
"Australia and New Zealand barred the firm from their networks": the two act together, neither
acts on the other. "Toyota signed a partnership with the Chinese carmaker BYD": commerce.
"""

from __future__ import annotations

from diplograph.records import Mention, Parse
from diplograph.stages.events import arguments as args
from diplograph.stages.events.triggers import Reading, singulars, word_forms
from diplograph.stages.events.words import (
    COACH_MODIFIERS,
    COACH_WORDS,
    COMMERCE_TYPES,
    CONTEST_NAMES,
    CONTEST_WORDS,
    CRAFT_NOUNS,
    DISASTER_WORDS,
    FIRM_NOUNS,
    FOUNDING_VERBS,
    GOAL_CONTEXT,
    GOAL_WORDS,
    MODIFIER_DEPS,
    NOT_SPORT,
    SPORT_SENSES,
    SPORT_WORDS,
    STATE_CRAFT_WORDS,
    SUBJECT_DEPS,
    SYMMETRIC,
    TEAM_MODIFIERS,
    TEAM_WORDS,
    TRAVELLERS,
)

# the lower-cased forms `word_forms` gives of a contest's words (the sentence screen)
CONTEST_FORMS = CONTEST_WORDS | {w.lower() for w in CONTEST_NAMES}


def sporting(parse: Parse, trigger: int) -> bool:
    """The trigger's sentence is about sport."""
    sent = parse.sentence_of(trigger)
    span = range(sent.token_start, sent.token_end)
    words = word_forms(parse, span)
    if words & SPORT_WORDS:
        return True
    if words & SPORT_SENSES and any(_sport_sense(parse, i) for i in span):
        return True
    if words.isdisjoint(CONTEST_FORMS):
        return False  # no word that names a contest: no word to read in context
    return any(_contest(parse, i) for i in span)


def _sport_sense(parse: Parse, i: int) -> bool:
    """A word with a sense outside sport too, read in its sport sense by its context."""
    tok = parse.tokens[i]
    word = tok.text.lower()
    if word == "league":
        return tok.text == "league"  # "a non-league club"; "the Arab League" is a name
    if word not in SPORT_SENSES:
        return False
    mods = args.children(parse, i, {"amod", "compound", "nmod", "poss"})
    if word in TEAM_WORDS:
        preps = args.children(parse, i, {"prep"})
        if any(parse.tokens[p].lemma.lower() == "of" for p in preps):
            return False  # "a team of inspectors"
        return all(_team_side(parse, m) for m in mods)
    if word in GOAL_WORDS:
        return bool(word_forms(parse, [*mods, tok.head]) & GOAL_CONTEXT)
    if word in COACH_WORDS:
        return any(
            parse.tokens[m].ent_type in {"GPE", "NORP"}
            or word_forms(parse, [m]) & (COACH_MODIFIERS | SPORT_WORDS)
            for m in mods
        )
    return False


def _team_side(parse: Parse, m: int) -> bool:
    """A modifier a sporting side takes: a country or people, a pronoun, a sport, "national"
    ("Pakistan's squad", "their team", "the cricket team"), not a task ("a rescue team")."""
    tok = parse.tokens[m]
    if tok.ent_type in {"GPE", "NORP"} or tok.pos in {"PRON", "DET"}:
        return True
    return bool(word_forms(parse, [m]) & (TEAM_MODIFIERS | SPORT_WORDS))


def _contest(parse: Parse, i: int) -> bool:
    tok = parse.tokens[i]
    word = tok.lemma.lower()
    if tok.pos not in {"NOUN", "PROPN"}:
        return False
    if word not in CONTEST_WORDS and not (
        tok.text in CONTEST_NAMES and i != parse.sentence_of(i).token_start
    ):
        return False
    preps = args.children(parse, i, {"prep"})
    if word == "series" and any(parse.tokens[p].lemma.lower() == "of" for p in preps):
        return False  # "a series of raids"
    owners = args.children(parse, i, {"poss", "compound"})
    if word.startswith("tour") and any(
        parse.tokens[o].ent_type == "PERSON" or parse.tokens[o].lemma.lower() in TRAVELLERS
        for o in owners
    ):
        return False  # "Chirac's tour of China", "the president's tour"
    near = args.children(parse, i, {"amod", "compound", "nmod"}) + [tok.head]
    near += [o for p in preps for o in args.children(parse, p, {"pobj"})]
    return not word_forms(parse, near) & NOT_SPORT


def accident(parse: Parse, trigger: int) -> bool:
    """A civilian craft is the verb's subject: "a ferry hit a pier", "a tanker struck a reef";
    not a state's ("a coast guard ship fired water cannon")."""
    if parse.tokens[trigger].pos != "VERB":
        return False
    subjects = args.children(parse, trigger, SUBJECT_DEPS)
    return any(
        parse.tokens[s].lemma.lower() in CRAFT_NOUNS
        and not word_forms(parse, args.children(parse, s, {"compound", "amod"})) & STATE_CRAFT_WORDS
        for s in subjects
    )


def disaster_toll(parse: Parse, reading: Reading) -> bool:
    """A toll in a sentence about a natural disaster, its doer only borrowed from another clause:
    "the UN launched an appeal after the floods swept the delta, killing 700 people"."""
    if reading.event != "ASSAULT" or reading.actors.path != "inherited":
        return False
    sent = parse.sentence_of(reading.trigger)
    nouns = [i for i in range(sent.token_start, sent.token_end) if parse.tokens[i].pos == "NOUN"]
    return bool(word_forms(parse, nouns) & DISASTER_WORDS)  # "flood victims", not "flooding into"


def own_side(parse: Parse, reading: Reading, actor: Mention, recipient: Mention | None) -> bool:
    """The recipient is another of the reading's actors, and the act has an object of its own:
    "X and Y barred the firm from their networks", "X and Y raised concerns". Not in a meeting
    or an agreement, where co-subjects are each other's parties, nor when the recipient is the
    object ("X and Y pulled back troops")."""
    if recipient is None or reading.symmetric or reading.event in SYMMETRIC:
        return False
    others = {m.actor.country for m in reading.actors.mentions if m != actor}
    if recipient.actor.country not in others:
        return False
    inside = range(recipient.token_start, recipient.token_end)
    return any(o not in inside for o in args.children(parse, reading.trigger, {"dobj", "obj"}))


def commerce(parse: Parse, reading: Reading, actor: Mention, recipient: Mention | None) -> bool:
    """A deal, a merger, a meeting or a partnership with a firm on one side, or a founding by
    people: "Toyota signed a partnership with the Chinese carmaker BYD", "the Dutch firm will
    merge with the Indian group", "a Dutch bakery founded by two Turkish brothers"."""
    if reading.event not in COMMERCE_TYPES:
        return False
    sides = [m for m in (actor, recipient) if m is not None]
    if parse.tokens[reading.trigger].lemma.lower() in FOUNDING_VERBS:
        return not all(_state_itself(parse, m) for m in sides)
    return any(firm(parse, m) for m in sides)


def _state_itself(parse: Parse, m: Mention) -> bool:
    """The mention names a state or a body of states, not the nationality of people or of a
    thing ("two Turkish brothers", "a Dutch bakery") nor a sector of it."""
    if m.actor.sector is not None:
        return False
    inside = range(m.token_start, m.token_end)
    roots = [i for i in inside if parse.tokens[i].head not in inside or parse.tokens[i].head == i]
    return not any(parse.tokens[r].dep in MODIFIER_DEPS for r in roots)


def firm(parse: Parse, m: Mention) -> bool:
    """The mention names a firm or its people: a BUS sector, or a firm noun at the head of its
    phrase ("the Chinese carmaker", "the Japanese bank Nomura", "Nigeria's state oil company")."""
    if m.actor.sector == "BUS":
        return True
    inside = range(m.token_start, m.token_end)
    roots = [i for i in inside if parse.tokens[i].head not in inside or parse.tokens[i].head == i]
    heads = set(roots)
    for r in roots:
        tok = parse.tokens[r]
        if tok.dep in {"amod", "compound", "nmod", "poss", "npadvmod"}:
            heads.add(tok.head)
    nouns = heads | {c for h in heads for c in args.children(parse, h, {"compound", "appos"})}
    if {parse.tokens[n].lemma.lower() for n in nouns} & FIRM_NOUNS:
        return True
    # a hyphenated head the tokenizer splits: "the Chilean start-up"
    words = {parse.text_of(min(m.token_start, h), h + 1).lower().split()[-1] for h in heads}
    return bool(singulars(words) & FIRM_NOUNS)
