"""Last-resort arguments: the other side of a meeting noun that names one side only.

"Talks with X" whose subject the parse does not give: the nearest other actor of the same
clause, when it names a party of that clause and not the owner or modifier of a thing.
"""

from __future__ import annotations

from collections.abc import Sequence

from diplograph.records import Mention, Parse
from diplograph.stages.events import arguments as args
from diplograph.stages.events.words import AGENT_HEADS, CLAUSE_DEPS


def nearest_other(
    parse: Parse, idx: args.MentionIndex, n: int, exclude: Sequence[Mention]
) -> args.Found:
    """Last resort for a nominal event that names one side only: the nearest other actor in the
    sentence (outside the trigger's own phrase)."""
    sent = parse.sentence_of(n)
    inside = set(parse.subtree(n))
    excluded = {m.actor.country for m in exclude}
    clause = clause_head(parse, n)
    best, dist = None, None
    for j in range(sent.token_start, sent.token_end):
        if j in inside or clause_head(parse, j) != clause:
            continue
        for m in idx.at(j):
            if m.actor.country in excluded or not _argument(parse, m, clause):
                continue
            d = abs(j - n)
            if dist is None or d < dist:
                best, dist = m, d
    return args.Found((best,), "fallback") if best else args.Found()


def _argument(parse: Parse, m: Mention, clause: int) -> bool:
    """Mention m names a party of its clause, not the owner or modifier of a thing: "the
    request of Arab nations", "a Japanese bid" name no side of a meeting in their clause (an
    owner does: "changed Kim's image")."""
    head = max(range(m.token_start, m.token_end), key=lambda i: -len(parse.ancestors(i)))
    if parse.tokens[head].dep == "poss":
        return True
    for k in parse.ancestors(m.token_start):
        if k == clause:
            return True
        tok = parse.tokens[k]
        own = m.token_start <= k < m.token_end
        if tok.pos == "NOUN" and not own and tok.lemma.lower() not in AGENT_HEADS:
            return False
    return True


def clause_head(parse: Parse, i: int) -> int:
    """The verb heading the clause token i is in (the root when there is none)."""
    for j in [i, *parse.ancestors(i)]:
        tok = parse.tokens[j]
        if tok.pos in {"VERB", "AUX"} and (tok.dep in CLAUSE_DEPS | {"ROOT", "conj", "xcomp"}):
            return j
    return parse.ancestors(i)[-1] if parse.ancestors(i) else i
