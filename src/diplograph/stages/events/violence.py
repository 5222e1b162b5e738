"""Sides of violence inside the state where it happens: attackers and victims the dictionaries
cannot name take the country of the event's place, and an attacker nobody names is kept.

"Gunmen attacked two villages in Mali", "Boko Haram militants attacked three villages in
north-eastern Nigeria", "Police arrested a man in Newark": the trigger is clear and the place
is named, but one side or both is a party or a victim no dictionary holds ("gunmen", "three
villages", "a man"). The annotation guide (docs/annotation.md, section 5) codes such a side by
the country of the place where it acts, when the text makes that clear ("Gunmen abducted two
engineers near Mosul" -> IRQUAF; an attack on a place with no people named has the place's
country), with the sector of its kind: gunmen UAF, militants REB, police COP, civilians CVL; and
an attacker the text does not name as null ("A car bomb killed 10 soldiers"). For ASSAULT, COERCE,
RETREAT and CONCEDE (people freed or pardoned: "authorities freed 40 prisoners") read from a verb or
a noun, and for a crowd's PROTEST: the scene is the event's place, else the dateline's, else the
sentence's places when they lie in one state; a side is a phrase headed (or counted) by a party,
person or site noun (`LOCAL_SIDES` in words.py), never a pronoun, a weapon or a thing. A bare state
acting in its own territory ("Iraq attacked villages in Iraq") is no dyad. Method: docs/events.md,
"Violence inside one state".
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from diplograph.records import Actor, Mention, Parse, Place, Span
from diplograph.stages.actors import inherited, make_mention
from diplograph.stages.events import arguments as args
from diplograph.stages.events.triggers import Reading
from diplograph.stages.events.uncoded import clear, phrase
from diplograph.stages.events.words import (
    ATTACK_MEANS,
    CHARGE_DEED_PREPS,
    CHARGE_VERBS,
    CROWD_EVENTS,
    CROWD_MEANS,
    DEED_PREPS,
    DYING_VERBS,
    EVENT_NOUN_POS,
    EXECUTION_VERBS,
    HOME_CROWD_WORDS,
    HOME_FORCE_SECTORS,
    HOME_SECTORS,
    LOCAL_EVENTS,
    LOCAL_MODES,
    LOCAL_SIDES,
    MISHAP_WORDS,
    NO_MISHAP_VERBS,
    PARTY_NOUNS,
    PASSIVE_SUBJECT_DEPS,
    RECIPIENT_PREPS,
    SELF_WORDS,
    SHARED_SUBJECT_DEPS,
    SPEECH_VERBS,
    STATE_FORCE_SECTORS,
    SUBJECT_DEPS,
    TIME_ENTITIES,
    TRIED_VERBS,
    VICTIM_VERBS,
)

LOCAL = "local"  # the Mention kind of a side coded by the country of the event's place
UNNAMED = "unnamed"  # the Mention kind and name of an attacker the text does not name


def local_pairs(
    parse: Parse, idx: args.MentionIndex, reading: Reading, location: Place | None
) -> list:
    """(actor, recipient) pairs of a clear attack, coercion or protest whose uncoded sides take
    the state of the event's place; [] when it does not apply."""
    if not (local_reading(reading) or reading.event in CROWD_EVENTS) or not clear_or_noun(reading):
        return []
    if not verb_or_noun(parse, reading.trigger):
        return []
    recipients = _coded(reading.recipients.mentions)
    if reading.event in CROWD_EVENTS:
        if parse.tokens[reading.trigger].pos != "VERB" or location is None:
            return []
        return _crowd(parse, idx, reading, location, recipients)
    doers, done_to = slots(parse, reading.trigger, reading.event)
    actors = _coded(reading.actors.mentions)
    if not actors:
        actors = _local(parse, idx, doers, location, "the party acting where it acts")
    if not recipients and event_noun(parse, reading.trigger):
        recipients = _harmed(parse, idx, done_to)  # "20 policemen were killed in Taliban attacks"
    if not recipients:
        recipients = _local(parse, idx, done_to, location, "the victim where it is hit")
    v = reading.trigger
    if not recipients and _selves(parse, args.children(parse, v, {"dobj"})):
        # "blew themselves up at a camp, killing 28 people": whom the participle names
        recipients = _local(parse, idx, _toll(parse, v), location, "the victim")
    if not recipients and location is None:
        recipients = _at_home(parse, idx, actors, done_to)
        if not recipients and _put_to_death(parse, v, actors):
            return [(actors[0], r) for r in _home_victims(parse, idx, actors[0], done_to)]
    if not recipients and actors:
        crowd = _crowd_hit(parse, done_to, location or _home(actors[0]))
        if crowd:  # "police fired tear gas": a state's forces on the crowd, two sides
            return [(a, r) for a in actors for r in crowd]
    if not recipients and _only_itself(parse, reading.trigger, done_to):
        return [(a, None) for a in actors]  # "two bombers blew themselves up in X"
    return [(a, r) for a in actors for r in recipients if _two_sides(a, r)]


def local_reading(reading: Reading) -> bool:
    """Its uncoded sides may take the state of its place: an attack, a coercion, a release or a
    court's conviction."""
    return reading.event in LOCAL_EVENTS or reading.mode in LOCAL_MODES


def _toll(parse: Parse, v: int) -> list[int]:
    """Whom an attack killed or wounded, told in a participle after it: "blew themselves up
    near a checkpoint, killing five police" (`VICTIM_VERBS`)."""
    tolls = [
        c
        for c in args.children(parse, v, {"advcl", "conj", "xcomp"})
        if c > v and parse.tokens[c].tag == "VBG" and parse.tokens[c].lemma.lower() in VICTIM_VERBS
    ]
    return [o for c in tolls for o in args.children(parse, c, {"dobj"})]


def _crowd_hit(parse: Parse, done_to: list[int], place: Place | None) -> list[Mention]:
    """The crowd of the place, when what was fired names no one but is a means of breaking up
    a crowd (`CROWD_MEANS`: "police fired tear gas and rubber bullets")."""
    if place is None or not place.country or not done_to:
        return []
    span = phrase(parse, done_to[0])
    if not any(means in span.text.lower() for means in CROWD_MEANS):
        return []
    code = place.country + "CVL"
    why = "the crowd a means of breaking up crowds was fired at"
    actor = Actor(span.text, code, place.country, "CVL", name="the crowd", reason=why)
    return [make_mention(parse, span, actor, LOCAL)]


def _home(m: Mention) -> Place:
    country = m.actor.country
    return Place(0, 0, country, country=country, reason="the state of forces acting at home")


def _only_itself(parse: Parse, v: int, done_to: list[int]) -> bool:
    """A verb's act names no one it hit, only the attacker and its means (`SELF_WORDS`):
    "blew themselves up", "detonated explosives, killing themselves"."""
    named = done_to + [
        o for c in args.children(parse, v, {"advcl"}) for o in args.children(parse, c, {"dobj"})
    ]
    return parse.tokens[v].pos == "VERB" and _selves(parse, named)


def hits_something(parse: Parse, v: int, event: str) -> bool:
    """The act names something it was done to besides the attackers, their means and a time
    ("attacked army bases", "launched air strikes on depots"; not "fired rockets on Monday",
    "detonated explosives, killing themselves")."""
    _, done_to = slots(parse, v, event)
    if _only_itself(parse, v, done_to):
        return False
    means = ATTACK_MEANS | SELF_WORDS
    preps = args.recipient_preps(event)
    # "strikes on depots": a means' own target
    done_to += [
        o for h in done_to if _says(parse, h, means) for o in args.prep_heads(parse, h, preps)
    ]
    return any(
        parse.tokens[h].ent_type not in TIME_ENTITIES and not _says(parse, h, means)
        for h in done_to
    )


def _says(parse: Parse, h: int, words: set[str]) -> bool:
    """Word h, as written or as its lemma, is one of `words`."""
    return bool({parse.tokens[h].lemma.lower(), parse.tokens[h].text.lower()} & words)


def _selves(parse: Parse, heads: list[int]) -> bool:
    """The phrases name only the attackers and their means (`SELF_WORDS`)."""
    return bool(heads) and all(_says(parse, h, SELF_WORDS) for h in heads)


def coerced_at_home(actor: Actor, recipient: Actor) -> Actor:
    """Police and courts coerce (and convict) at home: a side no dictionary entry names, placed
    in another state by the article's location ("ISLAMABAD - ... Indian police arrested members
    of a separatist group"), is of the coercer's state."""
    if actor.sector not in HOME_FORCE_SECTORS or recipient.entry is not None:
        return recipient
    if recipient.country in {None, actor.country} or recipient.sector in STATE_FORCE_SECTORS:
        return recipient
    code = actor.country + (recipient.sector or "")
    why = f"coerced by the forces of {actor.country} at home"
    return replace(recipient, country=actor.country, code=code, reason=why)


def _at_home(parse: Parse, idx: args.MentionIndex, actors: list[Mention], done_to: list[int]):
    """With no place named, police and armed groups of a state act at home ("Pakistani police
    raided two hideouts", "al-Shabab militants seized a village"): whom they hit is of their
    state. Not an army (`HOME_SECTORS`): troops fight abroad; but a crowd any of its forces
    hit is at home (`HOME_CROWD_WORDS`: "Iraqi troops fired into a crowd of protesters"), as
    a crowd that protests is of the dateline's state (coder.local_crowd)."""
    if len(actors) != 1 or not actors[0].actor.sector:
        return []
    if actors[0].actor.sector not in HOME_SECTORS:
        done_to = [h for h in done_to if _crowd_word(parse, h)]
    return _home_victims(parse, idx, actors[0], done_to)


def _put_to_death(parse: Parse, v: int, actors: list[Mention]) -> bool:
    """A bare state executes ("Japan hanged a man"): its courts' act, done at home."""
    bare = len(actors) == 1 and not actors[0].actor.sector
    return bare and parse.tokens[v].lemma.lower() in EXECUTION_VERBS


def _home_victims(
    parse: Parse, idx: args.MentionIndex, actor: Mention, done_to: list[int]
) -> list[Mention]:
    """The sides among `done_to` as of the state of `actor`, acting at home."""
    country = actor.actor.country
    here = Place(0, 0, country, country=country, reason="the state of police acting at home")
    return _local(parse, idx, done_to, here, "the victim where its own state's forces act")


def _crowd_word(parse: Parse, h: int) -> bool:
    head, _ = side_kind(parse, h)
    return head is not None and parse.tokens[head].lemma.lower() in HOME_CROWD_WORDS


def _crowd(
    parse: Parse, idx: args.MentionIndex, reading: Reading, location: Place, recipients: list
) -> list:
    """A crowd of the place protests ("Thousands of students protested in Belgrade"), at its
    target if one is named, else at no one; a coded protester is the rules' (`one_sided`)."""
    if reading.actors.mentions:
        return []
    # "were injured in X" matches CAMEO's violent protest ("hurt in"): a passive is no protest;
    # a participle that describes a noun tells what it does ("5,000 people protesting losses")
    v = reading.trigger
    if args.children(parse, v, {"auxpass"}):
        return []
    doers = args.children(parse, v, SUBJECT_DEPS)
    if parse.tokens[v].dep == "acl" and parse.tokens[v].tag == "VBG":
        doers.append(parse.tokens[v].head)
    actors = _local(parse, idx, doers, location, "the crowd where it protests")
    return [(a, r) for a in actors for r in recipients or [None] if r is None or _two_sides(a, r)]


def unnamed_pairs(
    parse: Parse,
    idx: args.MentionIndex,
    reading: Reading,
    scene: Place | None,
    places: Sequence[Place],
) -> list:
    """(unnamed attacker, victim) pairs of a clear attack or arrest that names whom it hit but
    nobody who did it: a passive with no "by" phrase ("ten soldiers were killed in Kabul"), a
    weapon or blast as the subject ("a car bomb killed ten people in Baghdad"), or an attack
    noun with no "by" phrase ("four people were killed in a grenade attack in Kabul"). The
    guide codes the actor null and the victim by its own code, else the state of the place.
    A charge told in a full passive is an accuser's the text does not name ("a French diplomat
    was charged with spying"), its victim only by its own code."""
    v = reading.trigger
    lemma = parse.tokens[v].lemma.lower()
    tried = reading.event == "ACCUSE" and lemma in TRIED_VERBS  # "X went on trial"
    charged = reading.event == "ACCUSE" and lemma in CHARGE_VERBS or tried
    if reading.event not in LOCAL_EVENTS and not charged:
        return []
    if not clear_or_noun(reading) or (reading.actors.mentions and not tried):
        return []
    if not verb_or_noun(parse, v):
        return []
    if charged and not tried and not args.children(parse, v, {"auxpass"}):
        return []  # "a general accused of war crimes" only describes him (a reduced passive)
    doers, done_to = slots(parse, v, reading.event)
    if tried:
        doers, done_to = [], doers  # its subject is the accused
    elif event_noun(parse, v) or args.is_passive(parse, v):
        if doers:  # "killed in an attack by X", "killed by X"
            return []
    elif not attack_means(parse, doers):
        return []
    if event_noun(parse, v) and args.prep_heads(parse, v, {"with"}):
        return []  # "killed in a clash with X": X fought, it was not only hit
    victims = _coded(reading.actors.mentions if tried else reading.recipients.mentions)
    if not victims and event_noun(parse, v):
        victims = _harmed(parse, idx, done_to)
    if not victims and not charged:
        victims = _local(parse, idx, done_to, scene, "the victim where it is hit")
    # the people an attack noun hit are no party that did it ("three Iraqis were killed in an
    # attack on US troops")
    harmed = [*victims, *_harmed(parse, idx, done_to)]
    hit = {j for m in harmed for j in range(m.token_start, m.token_end)}
    hit |= {j for m in reporters(parse, idx, v) for j in range(m.token_start, m.token_end)}
    hit |= _aside(parse, v) | _described(parse, done_to)
    if charged:
        hit |= {
            k
            for p in args.children(parse, v, {"prep"})
            if parse.tokens[p].lemma.lower() in CHARGE_DEED_PREPS
            for k in parse.subtree(p)
        }
    if not victims or someone_else(parse, idx, v, hit, places):
        return []
    tok = parse.tokens[doers[0] if doers else v]
    span = (
        phrase(parse, doers[0])
        if doers
        else Span("UNNAMED", v, v + 1, tok.start, tok.end, tok.text)
    )
    nobody = Actor(span.text, name=UNNAMED, reason="the text names no attacker")
    return [(make_mention(parse, span, nobody, UNNAMED), r) for r in victims]


def someone_else(
    parse: Parse,
    idx: args.MentionIndex,
    v: int,
    sides: Collection[int],
    places: Sequence[Place],
    own_words: Collection[int] = (),
) -> bool:
    """The sentence names a party that may have done it ("... killed after gunmen attacked a
    church", "killed in raids by the coalition") or a mishap ("killed in a bus crash"); the
    tokens of the event's own sides (`sides`), the places named ("in Baghdad", and the whole
    of an actor phrase holding one: "in southeastern Turkey") and the party nouns that are the
    event's own words (`own_words`: "Gunmen attacked") or in its sides ("an activist was
    detained") are no such party."""
    sent = parse.sentence_of(v)
    placed = {j for p in places if p.kind == "literal" for j in range(p.token_start, p.token_end)}
    hit = set(sides) | placed
    hit |= {k for j in placed for m in idx.at(j) for k in range(m.token_start, m.token_end)}
    own_act = _own_act(parse, v)
    for j in range(sent.token_start, sent.token_end):
        word = parse.tokens[j].lemma.lower()
        mishap = word in MISHAP_WORDS and j not in own_act and _mishap_sense(parse, j)
        party = word in PARTY_NOUNS and j not in own_words and j not in sides
        party = party and not _holder(parse, j)
        if party or mishap:  # "an activist was detained": the one hit, no other party
            return True
        if j not in hit and any(m.actor.country for m in idx.at(j)):
            return True
    return False


def _mishap_sense(parse: Parse, j: int) -> bool:
    """Word j names a mishap: not a verb of one that never does ("rockets were fired", "Fired
    judges are barred": shot or dismissed, no blaze)."""
    tok = parse.tokens[j]
    return tok.pos != "VERB" or tok.lemma.lower() not in NO_MISHAP_VERBS


def _holder(parse: Parse, j: int) -> bool:
    """Party noun j says who holds a place ("a rebel-held town", "an insurgent-controlled
    village"): the side hit, not one that did the act."""
    head = parse.tokens[parse.tokens[j].head]
    return parse.tokens[j].dep == "npadvmod" and head.tag == "VBN" and head.dep == "amod"


def _own_act(parse: Parse, v: int) -> set[int]:
    """The trigger and the words that say its act: "set on fire", "set fire to", "opened fire"
    are no blaze that happened by itself."""
    heads = [v, *args.children(parse, v, {"dobj"})]
    return {*heads, *(o for h in heads for o in args.prep_heads(parse, h, {"on"}))}


def _aside(parse: Parse, v: int) -> set[int]:
    """The words of what followed act v ("were killed, prompting the government to ...") and
    of the deed it punishes ("was jailed for abusing detainees"): no one there did act v."""
    after = [
        c for c in args.children(parse, v, {"advcl"}) if c > v and parse.tokens[c].tag == "VBG"
    ]
    deeds = [
        c
        for p in args.children(parse, v, {"prep"})
        if parse.tokens[p].lemma.lower() in DEED_PREPS
        for c in args.children(parse, p, {"pcomp"})
    ]
    return {k for c in after + deeds for k in parse.subtree(c)}


def _described(parse: Parse, heads: list[int]) -> set[int]:
    """The words of a clause describing whom an act hit ("a judge known for his rulings
    against drug cartels was shot"): those it names did not do the act."""
    clauses = [c for h in heads for c in args.children(parse, h, {"acl", "relcl"})]
    return {k for c in clauses for k in parse.subtree(c)}


def reporters(parse: Parse, idx: args.MentionIndex, v: int) -> list[Mention]:
    """The actors that say the clause of word v happened ("..., police said"): its source,
    not a party to it."""
    clause = next(
        (t for t in [v, *parse.ancestors(v)] if parse.tokens[t].pos in {"VERB", "AUX"}), v
    )
    tok = parse.tokens[clause]
    if tok.dep != "ccomp" or parse.tokens[tok.head].lemma.lower() not in SPEECH_VERBS:
        return []
    speakers = args.children(parse, tok.head, SUBJECT_DEPS)
    return [m for s in speakers for m in args.np_actors(parse, idx, s)]


def attack_means(parse: Parse, doers: list[int]) -> bool:
    """The subject is a weapon or a blast, not a party: "a car bomb", "the explosion"."""
    return bool(doers) and parse.tokens[doers[0]].lemma.lower() in ATTACK_MEANS


def sentence_place(
    parse: Parse, trigger: int, places: Sequence[Place], parties: Collection[int] = ()
) -> Place | None:
    """The scene of an act its own phrase does not place: the places the sentence names, when
    they all lie in one state ("In northern Nigeria, gunmen killed 12 people, attacking a
    market"); not a place that modifies a side (`parties`: "attacked a U.S. convoy in Samarra";
    "the Syrian town" it took is still a place)."""
    sentence, start = parse.tokens[trigger].sent, args.dateline_end(parse)
    named = [
        p
        for p in places
        if p.sentence == sentence and p.token_start >= start and p.kind == "literal"
        if p.country and not p.metonym
        if not (p.token_start in parties and _modifier(parse, p))
    ]
    return named[0] if named and len({p.country for p in named}) == 1 else None


def _modifier(parse: Parse, place: Place) -> bool:
    """The place only modifies the noun after it: "a U.S. convoy", "Iraqi police"."""
    last = parse.tokens[place.token_end - 1]
    outside = not place.token_start <= last.head < place.token_end
    return outside and last.dep in {"compound", "amod", "poss", "nmod"}


def slots(parse: Parse, v: int, event: str = "") -> tuple[list[int], list[int]]:
    """Heads of the phrases that do the act and of those it is done to; with `event`, also its
    own recipient prepositions ("fired at X"; a sideless event's "at a market" is its site)."""
    if event_noun(parse, v):
        return _noun_slots(parse, v)
    if args.is_passive(parse, v):
        doers = [o for a in args.children(parse, v, {"agent"}) for o in args.children(parse, a)]
        done_to = args.children(parse, v, PASSIVE_SUBJECT_DEPS)
        if parse.tokens[v].dep == "acl":  # "a woman shot by police": the noun described
            done_to.append(parse.tokens[v].head)
    else:
        doers = args.children(parse, v, SUBJECT_DEPS)
        done_to = args.children(parse, v, {"dobj"})
        if not doers and parse.tokens[v].dep in SHARED_SUBJECT_DEPS and parse.tokens[v].head != v:
            # "Gunmen killed 14 people, attacking a market": the clause's subject acts
            doers = args.children(parse, parse.tokens[v].head, SUBJECT_DEPS)
        # "fired tear gas to disperse protesters": what a weapon was used for is whom it hit
        done_to += [o for x in args.purposes(parse, v) for o in args.children(parse, x, {"dobj"})]
    return doers, done_to + args.prep_heads(parse, v, args.recipient_preps(event))


def _noun_slots(parse: Parse, n: int) -> tuple[list[int], list[int]]:
    """ "a grenade attack by rebels on a mosque": its "by" and recipient phrases; "ten people
    were killed in the attack", "died in air strikes": the harmed subject of the verb the
    noun's "in" phrase hangs on (a passive, or a verb of dying)."""
    doers = args.prep_heads(parse, n, {"by"})
    done_to = args.prep_heads(parse, n, RECIPIENT_PREPS)
    tok = parse.tokens[n]
    prep = parse.tokens[tok.head]
    verb = prep.head
    if tok.dep == "pobj" and prep.lemma.lower() == "in" and parse.tokens[verb].pos == "VERB":
        if args.is_passive(parse, verb):
            done_to += args.children(parse, verb, PASSIVE_SUBJECT_DEPS)
        elif parse.tokens[verb].lemma.lower() in DYING_VERBS:
            done_to += args.children(parse, verb, SUBJECT_DEPS)
    return doers, done_to


def _coded(mentions) -> list[Mention]:
    """Sides coded by their own words: not an agent noun given an earlier mention's state
    ("French troops raided villages": whose villages is not said)."""
    return [m for m in mentions if m.actor.country and not inherited(m)]


def _harmed(parse: Parse, idx: args.MentionIndex, heads: list[int]) -> list[Mention]:
    """The coded actors of the phrases an attack noun hit (the verb's own are the reading's)."""
    return [m for h in heads for m in args.np_actors(parse, idx, h) if m.actor.country]


def event_noun(parse: Parse, v: int) -> bool:
    """The trigger is a noun, or a headline's title-cased noun ("Bombing Kills Six")."""
    return parse.tokens[v].pos in EVENT_NOUN_POS


def verb_or_noun(parse: Parse, v: int) -> bool:
    return parse.tokens[v].pos == "VERB" or event_noun(parse, v)


def clear_or_noun(reading: Reading) -> bool:
    """A clear trigger (`uncoded.clear`), or an attack noun of the lexicon ("attack",
    "bombing"): a noun names its act, where a verb pattern may be loose."""
    return clear(reading) or reading.how == "noun"


def _local(
    parse: Parse, idx: args.MentionIndex, heads: list[int], place: Place | None, reason: str
) -> list[Mention]:
    """The first phrase among `heads` that names a local party, person or site, as a side of
    the place's state with the sector of its kind; none without a place of one state."""
    if place is None or not place.country:
        return []
    for h in heads:
        head, sector = side_kind(parse, h)
        if head is None:
            continue
        span = phrase(parse, head)
        named = (m for j in range(span.token_start, span.token_end) for m in idx.at(j))
        if any(not inherited(m) for m in named):
            return []  # the phrase names an actor of its own, resolved or not
        code = place.country + (sector or "")
        actor = Actor(span.text, code, place.country, sector, name=span.text, reason=reason)
        return [make_mention(parse, span, actor, LOCAL)]
    return []


def side_kind(parse: Parse, h: int) -> tuple[int | None, str | None]:
    """The token naming the side and its sector ("" for a site), through a counting head:
    "dozens of militants", "at least 20 people"."""
    tok = parse.tokens[h]
    if tok.pos not in {"NOUN", "PROPN", "NUM"}:  # "Thousands of students": a counting number
        return None, None
    word = tok.lemma.lower()
    if word in LOCAL_SIDES and tok.pos != "NUM":
        return h, LOCAL_SIDES[word]
    counted = args.prep_heads(parse, h, {"of"})
    if counted and parse.tokens[counted[0]].lemma.lower() in LOCAL_SIDES:
        return counted[0], LOCAL_SIDES[parse.tokens[counted[0]].lemma.lower()]
    return None, None


def _two_sides(a: Mention, r: Mention) -> bool:
    """Different states, or two different parts of one (the part that acts has a sector; the
    side hit may be a site of the state, with none); a state never attacks itself."""
    if a.actor.country != r.actor.country:
        return True
    return bool(a.actor.sector) and a.actor.sector != r.actor.sector
