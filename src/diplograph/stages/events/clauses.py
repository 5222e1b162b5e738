"""Clause repairs the parser gets wrong, made on the parse before any event is read.

"Bulgaria's prime minister said his government would not negotiate and summoned Russia's
ambassador": the parser hangs "summoned" on "negotiate", inside what was said, so the summons
takes "would not" and the reported clause's subject. A past-tense verb conjoined to a reported
clause of another tense ("would negotiate", "had missed", "was disappointed") is the speaker's
own second act: it is hung on the speech verb, unless it stands in a quotation still open there
(one the clause opens and closes does not count: "said the ship had \"rammed\" a vessel and
accused Manila"). A past-tense conjunct hung on an infinitive or gerund of the clause ("said
Russia had acted to cover up its violations and accused Moscow") belongs to the clause above
it, not to the infinitive. "Filed a complaint at the WTO against Canada": the parser hangs
"against Canada" on the forum; it is the target of the verb and is hung there. Word lists:
words.py.
"""

from __future__ import annotations

from dataclasses import replace

from diplograph.records import Parse, Token
from diplograph.stages.events.words import (
    CLAUSE_AUX_DEPS,
    CLAUSE_SUBJECT_DEPS,
    FINITE_PAST_TAG,
    FORUM_ENTITIES,
    FORUM_NOUNS,
    FORUM_OBJECT_DEPS,
    FORUM_PREPS,
    NONFINITE_DEPS,
    NONFINITE_TAGS,
    QUOTE_MARKS,
    REPORTED_CLAUSE_DEPS,
    SPEECH_VERBS,
)


def rehung(parse: Parse) -> Parse:
    """The parse with each speaker's second act hung on the speech verb and each "against" of
    a forum hung on its verb (see the module)."""
    moves = {t.i: _verb_of_forum(parse, t.head) for t in parse.tokens if _against_forum(parse, t)}
    moves |= {
        t.i: parse.tokens[clause].head
        for t in parse.tokens
        if t.dep == "conj"
        and t.tag == FINITE_PAST_TAG
        and _reported_clause_of_other_tense(parse, clause := _clause_of(parse, t.head))
        and not _quoted(parse, parse.subtree(clause)[0], t.i)
    }
    if not moves:
        return parse
    tokens = tuple(replace(t, head=moves[t.i]) if t.i in moves else t for t in parse.tokens)
    return replace(parse, tokens=tokens, children=())


def _against_forum(parse: Parse, t: Token) -> bool:
    """Token t is an "against" hung on a forum that a verb's preposition names, and the verb
    has no "against" of its own."""
    if t.dep != "prep" or t.lemma.lower() != "against":
        return False
    forum = parse.tokens[t.head]
    if forum.dep != "pobj" or not (
        forum.lemma.lower() in FORUM_NOUNS or forum.ent_type in FORUM_ENTITIES
    ):
        return False
    prep = parse.tokens[forum.head]
    verb = parse.tokens[_verb_of_forum(parse, t.head)]
    return (
        prep.dep == "prep"
        and prep.lemma.lower() in FORUM_PREPS
        and verb.pos == "VERB"
        and not any(parse.tokens[k].lemma.lower() == "against" for k in parse.children[verb.i])
    )


def _verb_of_forum(parse: Parse, forum: int) -> int:
    """The verb whose preposition, or whose object's ("a complaint [at] the WTO"), names the
    forum."""
    head = parse.tokens[parse.tokens[forum].head].head
    if parse.tokens[head].dep in FORUM_OBJECT_DEPS:
        return parse.tokens[head].head
    return head


def _clause_of(parse: Parse, h: int) -> int:
    """The clause verb h stands in: h itself, or the verb above an infinitive or gerund
    ("acted to [cover up]")."""
    while parse.tokens[h].tag in NONFINITE_TAGS and parse.tokens[h].dep in NONFINITE_DEPS:
        h = parse.tokens[h].head
    return h


def _reported_clause_of_other_tense(parse: Parse, h: int) -> bool:
    """Token h heads a clause with its own subject, not in the simple past, reported by a
    speech verb in the past ("said [his government would not negotiate]")."""
    clause = parse.tokens[h]
    speech = parse.tokens[clause.head]
    return (
        clause.dep in REPORTED_CLAUSE_DEPS
        and (clause.tag != FINITE_PAST_TAG or _has(parse, h, CLAUSE_AUX_DEPS))
        and speech.lemma.lower() in SPEECH_VERBS
        and speech.tag == FINITE_PAST_TAG
        and _has(parse, h, CLAUSE_SUBJECT_DEPS)
    )


def _quoted(parse: Parse, start: int, end: int) -> bool:
    """A quotation opens between the clause's first word and its conjunct and is still open
    there: "said Indian soldiers had crossed the line and \"attacked Chinese personnel\"" is
    what was said."""
    return sum(parse.tokens[k].text in QUOTE_MARKS for k in range(start, end)) % 2 == 1


def _has(parse: Parse, i: int, deps: set[str]) -> bool:
    return any(parse.tokens[k].dep in deps for k in parse.children[i])
