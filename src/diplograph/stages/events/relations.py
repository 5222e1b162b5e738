"""Standing relations stated in the text: defense pacts, security commitments, alliances.

Read apart from events: "The mutual defense treaty linking A and B with C means ..." states two
pacts in a sentence that reports no event. A relation is dated (`since`) only when an initiating
word governs it ("signed", "the restoration of"), at year or month precision.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import combinations

from diplograph.records import Parse, Relation
from diplograph.stages.events.arguments import (
    MentionIndex,
    children,
    governor,
    noun_actors,
    object_actors,
    prep_objects,
    subject_of,
)
from diplograph.stages.events.modality import modality
from diplograph.stages.events.words import (
    COMMITMENT_NOUNS,
    DEFENSE_WORDS,
    INITIATOR_NOUNS,
    INITIATOR_VERBS,
    LINK_VERBS,
    PACT_NOUNS,
    UNREAL,
)


def modifiers(parse: Parse, n: int) -> set[str]:
    """The lemmas of the compound and adjective modifiers under token `n`, at any depth."""
    out: set[str] = set()
    todo = list(children(parse, n, {"compound", "amod"}))
    while todo:
        c = todo.pop()
        out.add(parse.tokens[c].lemma.lower())
        todo.extend(children(parse, c, {"compound", "amod"}))
    return out


def relation_type(parse: Parse, n: int) -> str | None:
    """The standing relation token `n` names: "alliance", "defense_pact", "defense_commitment"
    or None."""
    lemma = parse.tokens[n].lemma.lower()
    if lemma == "alliance":
        return "alliance"
    if lemma not in PACT_NOUNS and lemma not in COMMITMENT_NOUNS:
        return None  # the modifiers are walked only under a relation's noun
    mods = modifiers(parse, n)
    if lemma in PACT_NOUNS and mods & DEFENSE_WORDS - {"mutual", "nuclear"}:
        return "defense_pact"
    if lemma in COMMITMENT_NOUNS and mods & {"defense", "defence", "security", "military"}:
        return "defense_commitment"
    return None


def initiated(parse: Parse, n: int) -> int | None:
    """The token that brings the relation about ("signed", "restoration"), if any."""
    tok = parse.tokens[n]
    if tok.dep == "pobj" and parse.tokens[tok.head].lemma.lower() == "of":
        head = parse.tokens[parse.tokens[tok.head].head]
        if head.lemma.lower() in INITIATOR_NOUNS:
            return head.i
    verb, how = governor(parse, n)
    if verb is not None and how != "subj" and parse.tokens[verb].lemma.lower() in INITIATOR_VERBS:
        return verb
    return None


def sides(parse: Parse, idx: MentionIndex, n: int) -> tuple[list, list]:
    """(one side, other side); the other side is empty when all parties are listed together."""
    parties = prep_objects(parse, idx, n, {"between", "among"})
    if parties:
        return parties, []
    one = noun_actors(parse, idx, n, ())
    other = prep_objects(parse, idx, n, {"with", "to", "for"})
    for a in children(parse, n, {"acl"}):
        if parse.tokens[a].lemma.lower() in LINK_VERBS:
            one = one + object_actors(parse, idx, a)
            other = other + prep_objects(parse, idx, a, {"with", "to"})
    if not one:
        verb, how = governor(parse, n)
        if verb is not None and how == "dobj":
            one = list(subject_of(parse, idx, verb).mentions)
    return one, other


def find_relations(
    parse: Parse,
    idx: MentionIndex,
    sentence: int,
    since_of: Callable[[int, Sequence[int]], str | None],
) -> list[Relation]:
    """Relations stated in one sentence. `since_of(token, tokens)` dates an initiating word."""
    sent = parse.sentences[sentence]
    out: list[Relation] = []
    seen: set[tuple] = set()
    for n in range(sent.token_start, sent.token_end):
        if parse.tokens[n].pos not in {"NOUN", "PROPN"}:
            continue
        kind = relation_type(parse, n)
        if kind is None:
            continue
        one, other = sides(parse, idx, n)
        if other:
            pairs = [(a, b) for a in one for b in other]
        else:
            pairs = list(combinations(one, 2))
        start_tok = initiated(parse, n)
        if modality(parse, n if start_tok is None else start_tok).aux in UNREAL:
            continue  # "will sign a defense pact", "did not renew the alliance"
        since = None
        if start_tok is not None:
            value = since_of(start_tok, parse.subtree(n))
            since = value[:7] if value else None
        for a, b in pairs:
            if a.actor.country == b.actor.country:
                continue
            members = tuple(sorted({a.actor.country, b.actor.country}))
            if (kind, members) in seen:
                continue
            seen.add((kind, members))
            span = parse.subtree(n)
            out.append(
                Relation(
                    type=kind,
                    members=members,
                    article_id=parse.article.id,
                    sentence=sentence,
                    evidence=sent.text,
                    start=parse.tokens[span[0]].start,
                    end=parse.tokens[span[-1]].end,
                    since=since,
                )
            )
    return out
