"""Event types by construction: what a coded word acts on and who acts decide the type.

CAMEO codes a verb by its lemma and a few words; PLOVER's guide codes the act. "Rebels captured
the town" takes ground by force (ASSAULT), not an arrest; "a journalist was seized by militants"
is an abduction (ASSAULT `abduct`), and so are combatants a state's troops capture ("combatants
captured during conflict should be coded as ASSAULT 'abduct'"); "police broke up a cell" is an
arrest, and a protest broken up with no crowd-control weapon named is a restriction (COERCE);
Word lists: words.py.
"""

from __future__ import annotations

from dataclasses import replace

from diplograph.records import Parse
from diplograph.stages.events import arguments as args
from diplograph.stages.events.figurative import lemmas, recoded
from diplograph.stages.events.triggers import Reading, joint_subject, singulars, word_forms
from diplograph.stages.events.words import (
    ARMED_GROUP_NOUNS,
    ARMED_GROUP_SECTORS,
    ASSAULT_VERBS,
    ATTACK_SUBJECTS,
    BLOCKING_CROWDS,
    BLOCKING_SECTORS,
    BORDER_NOUNS,
    CHARGING_VERBS,
    COMBATANTS,
    CROWD_BLOCKING_VERBS,
    CROWD_CONTROL_WORDS,
    CROWD_GATHERINGS,
    ENVOY_NOUNS,
    EXERCISE_NOUNS,
    EXPELLING_VERBS,
    FORCE_MEANS,
    FORCES_NOUNS,
    HALTING_VERBS,
    NAMING_VERBS,
    OBSTRUCTING_VERBS,
    PASSIVE_SUBJECT_DEPS,
    PEOPLE_NOUNS,
    PRAISE_WORDS,
    RELIEF_NOUNS,
    RELIEF_VERBS,
    REMOVING_VERBS,
    RING_NOUNS,
    SEIZING_VERBS,
    SITE_NOUNS,
    STAFF_NOUNS,
    STATE_FORCE_SECTORS,
    SUBJECT_DEPS,
    SUPPLY_EVENTS,
    TAKING_VERBS,
    TERRITORY_NOUNS,
    VISITING_VERBS,
)

OCCUPY = ("ASSAULT", "190", "")  # conventional military force: ground taken
ABDUCT = ("ASSAULT", "181", "abduct")
ARREST = ("COERCE", "173", "arrest")
RESTRICT = ("COERCE", "172", "restrict")
EXPEL = ("SANCTION", "166", "expel")
APPEAL = ("REQUEST", "020", "")
CHARGE = ("ACCUSE", "112", "allege")
CRITICISM = ("ACCUSE", "111", "disapprove")
PRAISE = ("SUPPORT", "051", "")
FORCE = ("ASSAULT", "190", "")
OBSTRUCT = ("PROTEST", "144", "obstruct")
JOINT_EXERCISE = ("COOPERATE", "062", "")
JOINT_TRUCE = ("AGREE", "0356", "")
CUT_OFF = ("SANCTION", "162", "discontinue")  # reduce or stop aid
RELIEF = ("AID", "073", "")  # humanitarian aid


def retype(parse: Parse, reading: Reading) -> Reading:
    """The reading with the type its construction gives it (itself when none applies)."""
    t = reading.trigger
    lemma = parse.tokens[t].lemma.lower()
    if parse.tokens[t].pos != "VERB":
        return reading
    patients = lemmas(parse, _patients(parse, t))
    if (
        reading.event == "COERCE"
        and lemma in SEIZING_VERBS
        and _takes_ground(parse, reading, patients)
    ):
        return recoded(reading, OCCUPY)  # "rebels captured the town", "took over the fields"
    if reading.event == "COERCE" and lemma in TAKING_VERBS and _abducts(parse, reading, patients):
        return recoded(reading, ABDUCT)  # "seized by militants", "troops captured 40 rebels"
    if lemma == "break" and _particle(parse, t, "up"):
        if patients & RING_NOUNS:
            return recoded(reading, ARREST)  # "police broke up a terror cell"
        sentence = parse.sentence_of(t)
        weapons = word_forms(parse, range(sentence.token_start, sentence.token_end))
        if patients & CROWD_GATHERINGS and not singulars(weapons) & CROWD_CONTROL_WORDS:
            return recoded(reading, RESTRICT)  # "police broke up the rally"
    if reading.event != "ASSAULT" and lemma == "use" and singulars(patients) & FORCE_MEANS:
        return recoded(reading, FORCE)  # "security forces used tear gas and water cannon"
    if reading.event == "MOBILIZE" and singulars(patients) & EXERCISE_NOUNS:
        if _partner(parse, t) or len({m.actor.country for m in reading.actors.mentions}) > 1:
            # "held naval exercises with France", "Thai and US forces began exercises"
            return replace(recoded(reading, JOINT_EXERCISE), symmetric=True)
    if reading.event == "MOBILIZE" and _relief(parse, t):
        return recoded(reading, RELIEF)  # "troops were deployed to help flood victims"
    if (
        reading.event == "MOBILIZE"
        and lemmas(parse, args.children(parse, t, {"advcl", "conj", "xcomp"})) & ASSAULT_VERBS
    ):
        return recoded(reading, FORCE)  # "stepped up operations, pounding targets"
    if reading.event == "CONCEDE" and lemma == "agree" and joint_subject(parse, t):
        # "X and Y agreed to a ceasefire": an accord of both, not one side's concession
        return replace(recoded(reading, JOINT_TRUCE), symmetric=True)
    if reading.event in SUPPLY_EVENTS and _halted(parse, t):
        return recoded(reading, CUT_OFF)  # "stopped sending gas to Poland"
    if reading.event == "COERCE" and lemma in CHARGING_VERBS:
        return recoded(reading, CHARGE)  # "prosecutors charged the publisher"
    if lemma in EXPELLING_VERBS and _envoys(parse, t, patients):
        return recoded(reading, EXPEL)  # "expelled two Russian diplomats"
    if reading.event == "COERCE" and lemma in REMOVING_VERBS and _states(parse, reading, t):
        return recoded(reading, EXPEL)  # "removed Japan from its list of trusted partners"
    verdicts = args.children(parse, t, {"oprd"})
    if reading.event == "CONSULT" and lemma in NAMING_VERBS and verdicts:
        # "called the decree an insane act": a verdict, not a call; "X and Y called the vote a
        # sham": a verdict both give, not one that either gives the other
        words = word_forms(parse, [j for v in verdicts for j in parse.subtree(v)])
        verdict = recoded(reading, PRAISE if words & PRAISE_WORDS else CRITICISM)
        return replace(verdict, symmetric=False)
    if lemma == "invite" and _invited_to_act(parse, t):
        return recoded(reading, APPEAL)  # "invited the rebels to shun violence"
    if reading.event != "ASSAULT" and _struck_by_attack(parse, t):
        return recoded(reading, FORCE)  # "an attack rocked the city, hitting ..."
    if (
        reading.event in {"PROTEST", "REJECT"}
        and lemma in OBSTRUCTING_VERBS
        and _state_forces(parse, reading)
    ):
        return recoded(reading, RESTRICT)  # "troops blocked the roads", "prevented X from leaving"
    if reading.event == "COERCE" and lemma in CROWD_BLOCKING_VERBS and _crowd(parse, reading):
        # "farmers blocked the highways into New Delhi": the place blocked is no target
        targets = tuple(m for m in reading.recipients.mentions if m.kind != "metonym")
        blocked = replace(reading, recipients=replace(reading.recipients, mentions=targets))
        return recoded(blocked, OBSTRUCT)
    return reading


def _relief(parse: Parse, t: int) -> bool:
    """Verb t is done to help or rescue ("mobilized to help dig out cars") or for relief
    ("deployed soldiers for rescue operations")."""
    if lemmas(parse, args.purposes(parse, t)) & RELIEF_VERBS:
        return True
    heads = [t, *args.children(parse, t, {"dobj"})]
    aims = [o for h in heads for o in args.prep_heads(parse, h, {"for"})]
    kinds = [c for o in aims for c in args.children(parse, o, {"compound", "amod"})]
    return bool(lemmas(parse, aims + kinds) & RELIEF_NOUNS)


def _halted(parse: Parse, t: int) -> bool:
    """Verb t is the gerund a halting verb stops: "stopped [sending] gas", "ceased [supplying]"."""
    tok = parse.tokens[t]
    return (
        tok.dep == "xcomp"
        and tok.tag == "VBG"
        and parse.tokens[tok.head].lemma.lower() in HALTING_VERBS
    )


def _patients(parse: Parse, t: int) -> list[int]:
    """What the verb acts on: its object, or its subject in the passive ("was seized")."""
    found = args.children(parse, t, {"dobj", "obj"})
    if args.is_passive(parse, t) or args.reduced_passive(parse, t):
        found += args.children(parse, t, PASSIVE_SUBJECT_DEPS)
        if parse.tokens[t].dep == "acl":  # "a journalist seized by militants"
            found.append(parse.tokens[t].head)
    return found


def _doers(parse: Parse, t: int) -> list[int]:
    """Who acts: the verb's subject, or its "by" agent in the passive."""
    found = args.children(parse, t, SUBJECT_DEPS)
    for a in args.children(parse, t, {"agent"}):
        found += args.children(parse, a, {"pobj"})
    return found + args.prep_heads(parse, t, {"by"})


def _envoys(parse: Parse, t: int, patients: set[str]) -> bool:
    """The verb acts on a state's envoys: diplomats, or the staff of a mission ("two embassy
    employees", "the consulate's staff members")."""
    if singulars(patients) & ENVOY_NOUNS:
        return True
    staff = [o for o in _patients(parse, t) if parse.tokens[o].lemma.lower() in STAFF_NOUNS]
    return any(lemmas(parse, parse.subtree(o)) & ENVOY_NOUNS for o in staff)


def _states(parse: Parse, reading: Reading, t: int) -> bool:
    """The verb acts on a state itself: its object (or passive subject) is the name of a
    recipient with no sector ("removed Japan from the list"), not people of it."""
    patients = set(_patients(parse, t))
    return any(
        m.actor.sector is None and patients & set(range(m.token_start, m.token_end))
        for m in reading.recipients.mentions
    )


def _particle(parse: Parse, t: int, word: str) -> bool:
    return any(parse.tokens[p].lemma.lower() == word for p in args.children(parse, t, {"prt"}))


def _takes_ground(parse: Parse, reading: Reading, patients: set[str]) -> bool:
    """The verb takes a place by force: its object is a town, a district, a base or a named
    place ("took over Bahi", "seized Kismayo"), or an armed group takes a site ("guerrillas
    took over a school"), or control of one ("seized control of the town"); "take" only as
    "take over" or "take control of"."""
    t = reading.trigger
    taken = _patients(parse, t)
    control = [o for o in taken if parse.tokens[o].lemma.lower() == "control"]
    if control:  # "took / seized control of the district"
        taken = args.prep_heads(parse, control[0], {"of"})
        patients = lemmas(parse, taken)
    elif parse.tokens[t].lemma.lower() == "take" and not _particle(parse, t, "over"):
        return False
    places = [o for o in taken if parse.tokens[o].ent_type in {"GPE", "LOC", "FAC"}]
    if patients & TERRITORY_NOUNS or places:
        return True
    return bool(patients & SITE_NOUNS) and _armed_group(parse, reading)


def _who(parse: Parse, reading: Reading) -> tuple[set[str], set[str | None]]:
    """The doer's words (singular too) and the sectors of the reading's actors."""
    doers = lemmas(parse, _doers(parse, reading.trigger))
    return doers | singulars(doers), {m.actor.sector for m in reading.actors.mentions}


def _armed_group(parse: Parse, reading: Reading) -> bool:
    """The doer is an armed group, not a state's forces: militants, rebels, kidnappers."""
    doers, sectors = _who(parse, reading)
    return bool(doers & ARMED_GROUP_NOUNS or sectors & ARMED_GROUP_SECTORS)


def _state_forces(parse: Parse, reading: Reading) -> bool:
    """The doer is a state's forces or government: "Israeli forces", "the army", police."""
    doers, sectors = _who(parse, reading)
    return bool(doers & (FORCES_NOUNS | {"police"}) or sectors & STATE_FORCE_SECTORS)


def _partner(parse: Parse, t: int) -> bool:
    """A "with" phrase in the verb's clause names a partner, not a neighbour across a border
    ("near its border with X", also where the parser hangs that "with" on the verb)."""
    return any(
        parse.tokens[p].lemma.lower() == "with"
        and not {
            parse.tokens[parse.tokens[p].head].lemma.lower(),
            parse.tokens[p - 1].lemma.lower(),
        }
        & BORDER_NOUNS
        and args.children(parse, p, {"pobj"})
        for p in parse.subtree(t)
    )


def _crowd(parse: Parse, reading: Reading) -> bool:
    """The doer is a crowd and no state's forces are among the doers: protesters, farmers,
    students ("activists and then border guards blocked the corridor" is the guards' act)."""
    doers, sectors = _who(parse, reading)
    crowd = bool(doers & BLOCKING_CROWDS or sectors & BLOCKING_SECTORS)
    return crowd and not _state_forces(parse, reading)


def _invited_to_act(parse: Parse, t: int) -> bool:
    """ "invited X to shun violence": the invitation's infinitive is no visit or meeting."""
    acts = [
        x
        for x in args.children(parse, t, {"xcomp", "ccomp", "advcl"})
        if parse.tokens[x].pos == "VERB"
    ]
    return bool(acts) and not lemmas(parse, acts) & VISITING_VERBS


def _struck_by_attack(parse: Parse, t: int) -> bool:
    """An attack, a bomb or a blast is the subject, or the subject of the clause a participle
    hangs on: "a grenade attack rocked the city, hitting the headquarters"."""
    heads = [t]
    if parse.tokens[t].dep in {"advcl", "xcomp", "conj"} and parse.tokens[t].tag == "VBG":
        heads.append(parse.tokens[t].head)
    subjects = [s for h in heads for s in args.children(parse, h, SUBJECT_DEPS)]
    return bool(singulars(lemmas(parse, subjects)) & ATTACK_SUBJECTS)


def _abducts(parse: Parse, reading: Reading, patients: set[str]) -> bool:
    """An armed group takes people ("a journalist was seized by militants"), or a state's
    troops take combatants ("troops captured 40 rebels")."""
    doers, sectors = _who(parse, reading)
    people = singulars(patients) & PEOPLE_NOUNS or any(
        parse.tokens[p].ent_type in {"PERSON", "NORP"} for p in _patients(parse, reading.trigger)
    )
    if _armed_group(parse, reading) and people:
        return True
    forces = bool(doers & FORCES_NOUNS or "MIL" in sectors)
    return forces and bool(singulars(patients) & COMBATANTS)
