"""'it' as the subject of a clause, resolved to a state-like actor (a state, a government, a
body): "Japan said it would lift the curbs", "The EU imposed duties. It said ...".

Long analytical prose names a party once and then lets 'it' carry the clause ("Seoul said it
would take the dispute to the WTO"); without this the event has no actor. The subjects of the
clauses above the pronoun are tried first, highest clause first, as for 'its'
(`possessives`): a state-like subject is the antecedent, a person is skipped (a person is never
'it'), and a singular subject that names no actor blocks the pronoun ("The agreement says it
will expire"). With no subject above it, an 'it' that opens its sentence's main clause takes the
subject of the previous sentence's main clause when that names a state-like actor, else nothing.
An expletive 'it' ("it is unclear whether", "it took three years") is never resolved: the verb
it is the subject of must not be a copula or a verb of seeming or taking (`IT_EXPLETIVE_VERBS`).
"""

from __future__ import annotations

from dataclasses import replace

from diplograph.records import Mention, Parse, Span
from diplograph.stages.actors.possessives import agrees, governing_subjects, state_like
from diplograph.stages.actors.references import is_person, make_mention
from diplograph.stages.actors.words import IT_EXPLETIVE_VERBS, SUBJECT_DEPS


def subject_pronouns(parse: Parse, named: list[Mention], cut: int = 0) -> list[Mention]:
    """A mention (kind "pronoun") for each subject 'it' that refers to a state-like actor."""
    out: list[Mention] = []
    ordered = sorted((m for m in named if m.actor.resolved), key=lambda m: m.start)
    for tok in parse.tokens:
        if tok.start < cut or tok.text.lower() != "it" or tok.pos != "PRON":
            continue
        if tok.dep not in SUBJECT_DEPS or parse.tokens[tok.head].lemma in IT_EXPLETIVE_VERBS:
            continue
        pool = [
            m
            for m in ordered
            if m.end <= tok.start and m.sentence >= tok.sent - 1 and state_like(parse, m, "its")
        ]
        found = _antecedent(parse, tok.i, pool, named)
        if found is not None:
            span = Span("REF", tok.i, tok.i + 1, tok.start, tok.end, tok.text)
            why = f"{tok.text!r} refers to {found.text!r}; {found.actor.reason}"
            out.append(make_mention(parse, span, replace(found.actor, reason=why), "pronoun"))
    return out


def _antecedent(parse: Parse, i: int, pool: list[Mention], named: list[Mention]) -> Mention | None:
    subjects = governing_subjects(parse, i)
    for s in subjects:
        found = [m for m in pool if m.token_start <= s < m.token_end]
        if found:
            return found[-1]
        if any(m.token_start <= s < m.token_end and is_person(m) for m in named):
            continue
        if agrees(parse, s, "its"):
            return None
    if subjects:
        return None
    return _previous_subject(parse, i, pool)


def _previous_subject(parse: Parse, i: int, pool: list[Mention]) -> Mention | None:
    """The state-like subject of the previous sentence's main clause, for an 'it' that is the
    subject of its own sentence's main clause."""
    tok = parse.tokens[i]
    if parse.tokens[tok.head].dep != "ROOT" or tok.sent == 0:
        return None
    previous = parse.sentences[tok.sent - 1]
    for t in parse.tokens[previous.token_start : previous.token_end]:
        if t.dep in SUBJECT_DEPS and parse.tokens[t.head].dep == "ROOT":
            found = [m for m in pool if m.token_start <= t.i < m.token_end]
            return found[-1] if found else None
    return None
