"""Events with no coded side: "Clashes erupted in the capital", "A bomb exploded at a market,
killing 12", "Protests broke out across the country", "Three men were arrested".

The annotation guide (docs/annotation.md) codes them as PLOVER does: the type and the mode are
known, the actor and the recipient are null. When every other way of pairing a trigger found
nothing, the coder keeps such an event for a clear trigger (`uncoded.clear`, or a lexicon noun)
of a type news reports without a doer (`SIDELESS_EVENTS`), with no coded side in its own
slots and no coded party anywhere else in the sentence that may have done it (else the event
is that party's, and a null side would only hide the miss). Each side keeps its words, as an
uncoded side does: a crowd that protests ("Thousands of people"), whom it hit ("four people"),
else the `unnamed` attacker with the weapon's or the trigger's words; an attack or an arrest in
a place of one state hits that state, as the guide codes it. Never a pronoun (someone said
before), never a party with no code or another noun as the doer ("gunmen", "the storm hit").
Method: docs/events.md, "Events with no coded side".
"""

from __future__ import annotations

from collections.abc import Sequence

from diplograph.records import Actor, Mention, Parse, Place, Span
from diplograph.stages.actors import make_mention
from diplograph.stages.events import arguments as args
from diplograph.stages.events.guards import sporting
from diplograph.stages.events.triggers import Reading
from diplograph.stages.events.uncoded import UNCODED, phrase
from diplograph.stages.events.violence import (
    UNNAMED,
    attack_means,
    clear_or_noun,
    event_noun,
    reporters,
    sentence_place,
    side_kind,
    slots,
    someone_else,
    verb_or_noun,
)
from diplograph.stages.events.words import (
    BLAST_WORDS,
    CROWD_EVENTS,
    CROWD_SECTORS,
    FUEL_WORDS,
    LOCAL_EVENTS,
    NAMING_DEPS,
    SIDELESS_EVENTS,
    TOPIC_HEADS,
    TOPIC_PREPS,
)


def sideless_pairs(
    parse: Parse,
    idx: args.MentionIndex,
    reading: Reading,
    location: Place | None,
    places: Sequence[Place],
) -> list[tuple[Mention, Mention | None]]:
    """[(actor, recipient)] of a clear event none of whose sides is coded; [] otherwise. An
    attack or an arrest at a place of one state its sentence names (its `location`, else the
    sentence's places) hits that state (guide: "an attack on a place with no people named has
    the place's country")."""
    if reading.event not in SIDELESS_EVENTS or not clear_or_noun(reading):
        return []
    if reading.actors.mentions or reading.recipients.mentions:
        return []
    v = reading.trigger
    if not verb_or_noun(parse, v) or sporting(parse, v):
        return []
    if event_noun(parse, v) and not _told(parse, v):
        return []
    if _fuel_blast(parse, v):
        return []
    doers, done_to = slots(parse, v)
    if any(parse.tokens[h].pos == "PRON" for h in doers + done_to):
        return []  # "they attacked", "shot them": someone the text named before
    actor = _doer(parse, reading, doers)
    if actor is None:
        return []
    recipient = _side(parse, idx, done_to)
    own = {j for m in (actor, recipient) if m is not None for j in _tokens(m)}
    # "a bomb exploded ..., police said": who reports a blast did not set it off (a passive's
    # "says its chief was kidnapped" may name the victim's side in its reporter)
    blast = attack_means(parse, doers)
    told = {j for m in reporters(parse, idx, v) for j in _tokens(m)} if blast else set()
    if someone_else(parse, idx, v, own | told, places, own_words=own):
        return []
    scene = _own_place(parse, v, location, places)
    if reading.event in LOCAL_EVENTS and scene is not None:
        recipient = args.place_mention(parse, scene, "the place of an act nobody is named for")
    return [(actor, recipient)]


def _told(parse: Parse, n: int) -> bool:
    """An event noun tells of an act, not of what something is ("This is an attack on the
    rights of shareholders", "It was the first clash since 1975"), of a part of one ("the
    end of the war", "the site of a grenade attack") or of a view's topic ("a stance on war")."""
    tok = parse.tokens[n]
    if tok.dep in NAMING_DEPS:
        return False
    head = parse.tokens[tok.head]
    if tok.dep == "pobj" and head.lemma.lower() == "of":
        return False
    if tok.dep == "pobj" and head.lemma.lower() in TOPIC_PREPS:
        if parse.tokens[head.head].lemma.lower() in TOPIC_HEADS:
            return False  # "a firmer stance on the war"
    copula = tok.dep in {"nsubj", "nsubjpass"} and head.lemma.lower() == "be"
    return not copula


def _fuel_blast(parse: Parse, v: int) -> bool:
    """The sentence tells of a fuel blowing up, no attack: "Gas explosion at a carnival kills
    8", "a boiler blast"."""
    sent = parse.sentence_of(v)
    return any(
        tok.lemma.lower() in FUEL_WORDS and parse.tokens[tok.head].lemma.lower() in BLAST_WORDS
        for tok in parse.tokens[sent.token_start : sent.token_end]
    )


def _own_place(
    parse: Parse, v: int, location: Place | None, places: Sequence[Place]
) -> Place | None:
    """The place of one state the trigger's own sentence names, not a wire dateline's."""
    start = args.dateline_end(parse)
    here = parse.tokens[v].sent
    if location is not None and location.sentence == here and location.token_start >= start:
        return location if location.country else None
    return sentence_place(parse, v, places)


def _doer(parse: Parse, reading: Reading, doers: list[int]) -> Mention | None:
    """The acting side as words: a crowd that protests ("Thousands of people marched"), else
    the unnamed attacker (the weapon's phrase, else the trigger) of a weapon subject ("a bomb
    killed"), a passive with no "by" phrase or a noun. A party with no code ("gunmen", "the
    militants") is not kept: the guide gives it the state it belongs to, which the sentence
    does not say."""
    v = reading.trigger
    if doers:
        head, sector = side_kind(parse, doers[0])
        if reading.event in CROWD_EVENTS:
            if head is None or sector not in CROWD_SECTORS:
                return None
            return _uncoded(parse, phrase(parse, head), "the crowd acting, with no code")
        if not attack_means(parse, doers):
            return None  # "the storm hit", "the court sentenced": no side to keep
        span = phrase(parse, doers[0])
    else:
        tok = parse.tokens[v]
        passive = args.is_passive(parse, v)
        if tok.pos == "VERB" and (not passive or reading.event in CROWD_EVENTS):
            return None  # an active verb with no subject; "were hurt in" is no protest
        span = Span("UNNAMED", v, v + 1, tok.start, tok.end, tok.text)
    nobody = Actor(span.text, name=UNNAMED, reason="the text names no side")
    return make_mention(parse, span, nobody, UNNAMED)


def _side(parse: Parse, idx: args.MentionIndex, heads: list[int]) -> Mention | None:
    """The first phrase among `heads` naming a party, people or a site, as words; its own
    actor, resolved or not, makes it no such side."""
    for h in heads:
        head, _ = side_kind(parse, h)
        if head is None:
            continue
        span = phrase(parse, head)
        if any(idx.at(j) for j in range(span.token_start, span.token_end)):
            return None
        return _uncoded(parse, span, "whom it hit, with no code")
    return None


def _uncoded(parse: Parse, span: Span, reason: str) -> Mention:
    return make_mention(parse, span, Actor(span.text, name=span.text, reason=reason), UNCODED)


def _tokens(m: Mention) -> range:
    return range(m.token_start, m.token_end)
