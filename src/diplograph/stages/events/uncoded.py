"""Sides the dictionaries cannot code: an event that is clear keeps the words of such a side.

"Gunmen attacked an Iraqi police station", "Kenyan police dispersed a crowd": the trigger is
clear and one side is a coded actor, but the other side names a party the dictionaries lack (an
unnamed group, a crowd, an organisation with no entry). Rather than drop the event, the coder
keeps that side as an `Actor` with no code and no country, whose name is the words of the
phrase (PLOVER leaves such a side uncoded). Only where the trigger is clear (a lexicon verb, or a
word the tagger reads at UNCODED_MIN_PROBABILITY or more), the coded side sits in the verb's own
slot, and the other side is a noun phrase in the verb's own subject or object slot headed by a
party noun (PARTY_NOUNS) or a named group (PARTY_ENTITIES); never a pronoun, never an event with
no coded side at all. Method: docs/events.md, "Sides with no code".
"""

from __future__ import annotations

from diplograph.records import Actor, Mention, Parse, Span
from diplograph.stages.actors import make_mention
from diplograph.stages.events import arguments as args
from diplograph.stages.events.words import (
    PARTY_ENTITIES,
    PARTY_NOUNS,
    PASSIVE_SUBJECT_DEPS,
    PHRASE_BREAKS,
    SUBJECT_DEPS,
    UNCODED_MIN_PROBABILITY,
)

UNCODED = "uncoded"  # the Mention kind of such a side


def uncoded_pairs(parse: Parse, idx: args.MentionIndex, reading) -> list[tuple[Mention, Mention]]:
    """(actor, recipient) pairs of a clear verb reading one of whose sides is coded and whose
    other side is a party the dictionaries lack; [] otherwise."""
    if not clear(reading) or parse.tokens[reading.trigger].pos != "VERB":
        return []
    v = reading.trigger
    passive = args.is_passive(parse, v)
    if passive:
        doers = [o for a in args.children(parse, v, {"agent"}) for o in args.children(parse, a)]
        done_to = args.children(parse, v, PASSIVE_SUBJECT_DEPS)
    else:
        doers = args.children(parse, v, SUBJECT_DEPS)
        done_to = args.addressed(parse, v, args.recipient_preps(reading.event))
    actors = reading.actors.mentions if reading.actors.path == "direct" else ()
    recipients = reading.recipients.mentions if reading.recipients.path == "direct" else ()
    actors = tuple(m for m in actors if _inside(parse, m, doers))
    recipients = tuple(m for m in recipients if _inside(parse, m, done_to))
    if actors and not reading.recipients:
        other = _first_party(parse, idx, done_to)
        return [(a, other) for a in actors] if other else []
    if recipients and not reading.actors:
        other = _first_party(parse, idx, doers)
        return [(other, r) for r in recipients] if other else []
    return []


def clear(reading) -> bool:
    """A trigger the lexicon matched, or one the tagger is sure of."""
    if reading.learned is not None:
        return reading.learned >= UNCODED_MIN_PROBABILITY
    return reading.how in {"verb", "verb-pattern"}


def _inside(parse: Parse, m: Mention, heads: list[int]) -> bool:
    """The mention is in one of the phrases headed by `heads`."""
    return any(m.token_start in parse.subtree(h) for h in heads)


def _first_party(parse: Parse, idx: args.MentionIndex, heads: list[int]) -> Mention | None:
    for h in heads:
        found = party(parse, idx, h)
        if found is not None:
            return found
    return None


def party(parse: Parse, idx: args.MentionIndex, head: int) -> Mention | None:
    """The noun phrase headed by token `head` as an uncoded side, when it names a party and no
    coded actor: "gunmen", "a crowd of protesters", "the Mahdi Army"."""
    tok = parse.tokens[head]
    if tok.pos not in {"NOUN", "PROPN"}:
        return None  # a pronoun with no antecedent, a number, a clause
    if any(idx.at(j) for j in parse.subtree(head)):
        return None  # the phrase names a coded actor somewhere: not a party we lack
    if not _names_party(tok):
        # "dozens of militants", "a number of protesters": the party is what is counted
        counted = args.prep_heads(parse, head, {"of"})
        if not counted or not _names_party(parse.tokens[counted[0]]):
            return None
        head = counted[0]
    span = phrase(parse, head)
    actor = Actor(
        entity_text=span.text,
        name=span.text,
        reason="no dictionary entry: the side's words kept, with no code",
    )
    return make_mention(parse, span, actor, UNCODED)


def _names_party(tok) -> bool:
    if tok.pos == "PROPN" and tok.ent_type in PARTY_ENTITIES:
        return True
    return tok.pos == "NOUN" and (
        tok.lemma.lower() in PARTY_NOUNS or tok.text.lower() in PARTY_NOUNS
    )


def phrase(parse: Parse, head: int) -> Span:
    """The noun chunk ending at `head` (its determiners and modifiers), else the word alone;
    from after the last dash or colon before the head ("Reuters - A car bomber": the wire's
    credit is no word of the party)."""
    tokens = parse.tokens
    for chunk in parse.noun_chunks:
        if chunk.token_start <= head < chunk.token_end:
            cuts = [i for i in range(chunk.token_start, head) if tokens[i].text in PHRASE_BREAKS]
            if not cuts:
                return chunk
            first = cuts[-1] + 1
            start = tokens[first].start
            text = chunk.text[start - chunk.start :]
            return Span(chunk.label, first, chunk.token_end, start, chunk.end, text)
    tok = tokens[head]
    return Span("UNCODED", head, head + 1, tok.start, tok.end, tok.text)
