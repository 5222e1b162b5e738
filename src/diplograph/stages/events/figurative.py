"""Violent words that report no violence: trade wars, battered markets, attacked plans, hit ties,
idioms ("hit the road"), a heart attack.

Analysis and business prose borrows the words of war: "Beijing slapped a duty on barley", "the
tariff fight between Washington and Beijing", "markets were battered", "she attacked the plan as
a tax", "China uses trade as a weapon". `recast` reads what the hostile word acts on and says
what the reading is: an imposed trade measure is SANCTION, an attack on a plan or a judge is
criticism (ACCUSE), and a fight over prices, in court or in markets is no event at all. A
missile "fired into the sea" is a test, a show of force (MOBILIZE), not an assault.
"""

from __future__ import annotations

from dataclasses import replace

from diplograph.records import Parse
from diplograph.stages.events import arguments as args
from diplograph.stages.events.triggers import Reading
from diplograph.stages.events.words import (
    AILMENTS,
    ARENAS,
    CRITICISED_THINGS,
    DEVICE_VICTIM_VERBS,
    DEVICES,
    ECONOMIC_SUBJECTS,
    ECONOMIC_THINGS,
    FIGURATIVE_VERBS,
    HARMED_TIES,
    IDIOM_OBJECTS,
    IN_KIND,
    MINE_SITES,
    MISUSE_VERBS,
    MISUSED_POWERS,
    NOT_VERDICTS,
    OPEN_WATERS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    TRADE_MEASURES,
    VERBAL_MANNERS,
)

SANCTION = ("SANCTION", "163", "")  # impose embargo, boycott or sanctions
CRITICISM = ("ACCUSE", "111", "disapprove")  # criticize or denounce
SHOW_OF_FORCE = ("MOBILIZE", "150", "")  # demonstrate military power


def recast(parse: Parse, idx: args.MentionIndex, reading: Reading) -> Reading | None:
    """The reading as what it reports: itself, retyped (SANCTION, ACCUSE), or None (no event)."""
    tok = parse.tokens[reading.trigger]
    if reading.event == "ASSAULT" and _into_the_sea(parse, reading.trigger):
        return recoded(reading, SHOW_OF_FORCE)  # "fired a missile into the sea off Japan"
    if reading.event == "ASSAULT" and _hit_a_device(parse, reading.trigger):
        return None  # "their jeep struck a roadside bomb": the toll's own verb codes the attack
    t = reading.trigger
    objects = lemmas(parse, _objects(parse, t))
    if (
        reading.event == "ASSAULT"
        and tok.lemma.lower() in MISUSE_VERBS
        and objects & MISUSED_POWERS
    ):
        return None  # "fined for abusing its dominant position"
    if reading.event != "ASSAULT" or tok.lemma.lower() not in FIGURATIVE_VERBS:
        return reading
    if _means(parse, t):
        return None  # "retaliated by removing Japan from its list": the means codes itself
    if objects & TRADE_MEASURES or lemmas(parse, _instruments(parse, t)) & TRADE_MEASURES:
        return recoded(reading, SANCTION)
    answered = [] if objects else _answered_trade_measure(parse, t)
    if answered:
        # "X imposed tariffs on ..., Y retaliated in kind": Y's measure is aimed at X
        recipients = reading.recipients or args.subject_of(parse, idx, answered[0])
        return replace(recoded(reading, SANCTION), recipients=recipients)
    modifiers = lemmas(parse, args.children(parse, t, {"compound", "amod", "nmod", "advmod"}))
    if modifiers & VERBAL_MANNERS:
        return recoded(reading, CRITICISM)  # "a scathing attack on", "attacked him verbally"
    if modifiers & (ARENAS | AILMENTS):
        return None  # "a trade war", "the tariff fight", "a legal battle", "a heart attack"
    if lemmas(parse, _places(parse, t)) & ARENAS:
        return None  # "will fight this in court", "battle it out in parliament"
    if lemmas(parse, _subjects(parse, t)) & ECONOMIC_SUBJECTS:
        return None  # "markets were battered", "a bank that had attacked the market"
    if objects & ECONOMIC_THINGS:
        return None  # "hit growth", "fighting inflation", "uses trade as a weapon"
    if objects & HARMED_TIES:
        return None  # "hit relations with Nepal", "destroy the peace process"
    if objects & IDIOM_OBJECTS:
        return None  # "hitting the road to Pennsylvania", "hit a snag"
    if tok.pos == "VERB" and (objects & CRITICISED_THINGS or _as_what(parse, t)):
        return recoded(reading, CRITICISM)  # "attacked the plan", "attacked the deal as a sell-out"
    return reading


def recoded(reading: Reading, coding: tuple[str, str, str]) -> Reading:
    """The reading with another (event, CAMEO code, mode)."""
    event, cameo, mode = coding
    return replace(reading, event=event, cameo=cameo, mode=mode)


def lemmas(parse: Parse, tokens: list[int]) -> set[str]:
    """The lower-case lemmas of the tokens."""
    return {parse.tokens[i].lemma.lower() for i in tokens}


def _objects(parse: Parse, t: int) -> list[int]:
    """What the word acts on: a verb's object (or passive subject), a noun's "on"/"against"."""
    found = args.children(parse, t, {"dobj", "obj", "attr"})
    if args.is_passive(parse, t):
        found += args.children(parse, t, PASSIVE_SUBJECT_DEPS)
    return found + args.prep_heads(parse, t, {"on", "against", "over"})


def _subjects(parse: Parse, t: int) -> list[int]:
    """The word's subjects; a relative pronoun ("a firm that attacked") stands for its noun."""
    found = args.children(parse, t, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    if parse.tokens[t].dep == "relcl":
        found = [parse.tokens[t].head if parse.tokens[s].tag in {"WDT", "WP"} else s for s in found]
    return found


def _hit_a_device(parse: Parse, t: int) -> bool:
    """Verb t says its subject hit, ran over or stepped on a mine or a bomb: the subject is
    the victim, whoever laid the device ("a patrol stepped on a landmine"); "a gold mine" is
    a site, which an attack may hit."""
    if parse.tokens[t].pos != "VERB" or parse.tokens[t].lemma.lower() not in DEVICE_VICTIM_VERBS:
        return False
    for o in _objects(parse, t):
        lemma = parse.tokens[o].lemma.lower()
        modifiers = lemmas(parse, args.children(parse, o, {"compound", "amod", "nmod"}))
        if lemma in DEVICES and not (lemma == "mine" and modifiers & MINE_SITES):
            return True
    return False


def _means(parse: Parse, t: int) -> bool:
    """Active verb t says how it was done in a "by V-ing" clause ("hit back by banning
    imports"): that act is the event, the hostile word only frames it."""
    if args.is_passive(parse, t):
        return False
    return any(
        parse.tokens[c].tag == "VBG"
        for b in args.children(parse, t, {"prep"})
        if parse.tokens[b].lemma.lower() == "by"
        for c in args.children(parse, b, {"pcomp"})
    )


def _instruments(parse: Parse, t: int) -> list[int]:
    """ "hit back with duties": the objects of "with"."""
    return args.prep_heads(parse, t, {"with"})


def _answered_trade_measure(parse: Parse, t: int) -> list[int]:
    """ "retaliated in kind": the verbs conjoined with t that impose a trade measure."""
    if not lemmas(parse, args.prep_heads(parse, t, {"in"})) & IN_KIND:
        return []
    tok = parse.tokens[t]
    # the parser hangs the second clause on the first as a conjunct or an adverbial clause
    linked = args.children(parse, t, {"conj"})
    linked += [tok.head] if tok.dep in {"conj", "advcl", "parataxis"} else []
    return [v for v in linked if lemmas(parse, _objects(parse, v)) & TRADE_MEASURES]


def _places(parse: Parse, t: int) -> list[int]:
    return args.prep_heads(parse, t, {"in", "through", "before"})


def _into_the_sea(parse: Parse, t: int) -> bool:
    """The shot lands "into the sea" or "in waters off" a coast: nobody is struck."""
    return any(
        lemmas(parse, [o, *args.children(parse, o, {"compound", "amod"})]) & OPEN_WATERS
        for o in args.prep_heads(parse, t, {"into", "in"})
    )


def _as_what(parse: Parse, t: int) -> bool:
    """ "attacked X as a tax": a verdict on X, not a blow; not a clause the parse hangs on
    "as" ("fired tear gas at them as a rally turned violent": the noun is its verb's subject)."""
    return any(
        parse.tokens[o].lemma.lower() not in NOT_VERDICTS and not _clause_subject(parse, t, o)
        for o in args.prep_heads(parse, t, {"as"})
    )


def _clause_subject(parse: Parse, t: int, n: int) -> bool:
    """Noun n is the subject of a finite verb the parse hangs on it or, just after its phrase,
    on word t ("as a protest against the president descended into violence")."""
    finite = {"VBD", "VBZ", "VBP"}
    if any(parse.tokens[c].tag in finite for c in args.children(parse, n, {"acl"})):
        return True
    after = max(parse.subtree(n)) + 1
    return after in args.children(parse, t, {"advcl", "conj"}) and parse.tokens[after].tag in finite
