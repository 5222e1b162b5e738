"""References back to named actors: pronouns ("he", "his") and plural references ("the two
leaders", "both countries", "they"), resolved against the mentions found before them.

A pronoun goes to the most salient person in its own or the previous sentence: a clause subject
beats an object, and an object beats a name inside a prepositional phrase. A person the syntax
rules out is never chosen: the subject of "he said" is not the object of a "with" phrase hung on
"said" ("At a meeting with Macron, he said ..."), and "him" is not the subject of its own verb.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from diplograph.records import Actor, Mention, Parse, Span
from diplograph.stages.actors.names import normal_words
from diplograph.stages.actors.words import (
    COLLECTIVE,
    FEMALE,
    LINK_DEPS,
    MALE,
    NAMING_KINDS,
    NOT_PEOPLE,
    OBJECT_DEPS,
    PLURAL_HEADS,
    PRONOUNS,
    SUBJECT_DEPS,
    TITLES,
)
from diplograph.states import states


def make_mention(parse: Parse, span: Span, actor: Actor, kind: str) -> Mention:
    span = _trimmed(parse, span)
    return Mention(
        article_id=parse.article.id,
        sentence=parse.tokens[span.token_start].sent,
        token_start=span.token_start,
        token_end=span.token_end,
        start=span.start,
        end=span.end,
        text=span.text,
        actor=actor,
        kind=kind,
    )


def _trimmed(parse: Parse, span: Span) -> Span:
    """The span without line breaks at its ends: a noun chunk may run across a paragraph
    break ("met with him a\n\nArgentine peacekeepers"), and a mention is of one sentence."""
    start, end = span.token_start, span.token_end
    while end - start > 1 and not parse.tokens[start].text.strip():
        start += 1
    while end - start > 1 and not parse.tokens[end - 1].text.strip():
        end -= 1
    if (start, end) == (span.token_start, span.token_end):
        return span
    first, last = parse.tokens[start], parse.tokens[end - 1]
    return Span(span.label, start, end, first.start, last.end, parse.text_of(start, end))


def references(parse: Parse, named: list[Mention], cut: int = 0) -> list[Mention]:
    """Pronouns and plural references resolved to what the article last named."""
    out: list[Mention] = []
    ordered = sorted((m for m in named if m.actor.resolved), key=lambda m: m.start)
    for tok in parse.tokens:
        if tok.start < cut:
            continue
        low = tok.text.lower()
        if low not in PRONOUNS and low not in PLURAL_HEADS and low != "they":
            continue  # most words refer to nobody: no need to gather what came before
        earlier = [m for m in ordered if m.end <= tok.start]
        window = [m for m in earlier if m.sentence >= tok.sent - 1]
        span = Span("REF", tok.i, tok.i + 1, tok.start, tok.end, tok.text)
        if low in PRONOUNS and tok.pos == "PRON":
            people = [m for m in window if is_person(m) or one_person(parse, m, low)]
            person = _antecedent(parse, tok.i, people)
            if person is not None:
                out.append(make_mention(parse, span, person.actor, "pronoun"))
        elif low in PLURAL_HEADS and tok.pos == "NOUN" and _is_pair(parse, tok.i):
            want = PLURAL_HEADS[low]
            pool = [m for m in earlier if want == "any" or (want == "person") == is_person(m)]
            pair = _pair(pool, tok.sent, want)
            if len(pair) == 2:
                start = _pair_start(parse, tok.i)
                first = parse.tokens[start]
                text = parse.article.text[first.start : tok.end]
                wide = Span("REF", start, tok.i + 1, first.start, tok.end, text)
                out.extend(make_mention(parse, wide, m.actor, "group") for m in pair)
        elif low == "they" and tok.pos == "PRON":
            pair = distinct(window)
            if len(pair) == 2:
                out.extend(make_mention(parse, span, m.actor, "group") for m in pair)
    return out


def _antecedent(parse: Parse, i: int, people: list[Mention]) -> Mention | None:
    """The most salient person before pronoun i that the syntax allows, or None on a tie."""
    allowed = [m for m in people if not _ruled_out(parse, i, m)]
    sent = parse.tokens[i].sent
    ranked = [((salience(parse, m), m.sentence == sent, is_person(m)), m) for m in allowed]
    best: dict[str, tuple[tuple[int, bool, bool], Mention]] = {}
    for rank, m in ranked:  # the best mention of each person; a named person beats "a man"
        key = m.actor.entry or m.actor.code or m.text
        if not is_person(m):
            key = f"{key}@{m.start}"
        if key not in best or rank >= best[key][0]:
            best[key] = (rank, m)
    if not best:
        return None
    top = max(rank for rank, _ in best.values())
    winners = [m for rank, m in best.values() if rank == top]
    return winners[0] if len(winners) == 1 else None


def mention_root(parse: Parse, m: Mention | Span) -> int:
    """The mention's syntactic head: its token whose head lies outside it."""
    for k in range(m.token_start, m.token_end):
        head = parse.tokens[k].head
        if head == k or not m.token_start <= head < m.token_end:
            return k
    return m.token_end - 1


def _role(parse: Parse, k: int) -> str:
    """The dependency of token k's phrase, looking through conjuncts, appositions, compounds."""
    tok = parse.tokens[k]
    seen = 0
    while tok.dep in LINK_DEPS and tok.head != tok.i and seen < 6:
        tok = parse.tokens[tok.head]
        seen += 1
    return tok.dep


def salience(parse: Parse, m: Mention) -> int:
    role = _role(parse, mention_root(parse, m))
    if role in SUBJECT_DEPS:
        return 2
    return 1 if role in OBJECT_DEPS else 0


def _clause_verb(parse: Parse, i: int) -> int | None:
    for k in [i, *parse.ancestors(i)]:
        if parse.tokens[k].pos in ("VERB", "AUX"):
            return k
    return None


def _ruled_out(parse: Parse, i: int, m: Mention) -> bool:
    """True when syntax forbids m as the antecedent of pronoun i in the same sentence."""
    tok = parse.tokens[i]
    if m.sentence != tok.sent:
        return False
    verb = _clause_verb(parse, i)
    if verb is None:
        return False
    root = mention_root(parse, m)
    if tok.dep in SUBJECT_DEPS and tok.head == verb:
        # a person inside a prepositional phrase hung (at any depth) on the pronoun's verb
        path = []
        for k in parse.ancestors(root):
            if k == verb:
                return _role(parse, root) == "pobj" and any(
                    parse.tokens[p].dep in ("prep", "agent") for p in path
                )
            path.append(k)
        return False
    if tok.dep in ("dobj", "dative", "pobj") and tok.text.lower() == "him":
        return _role(parse, root) in SUBJECT_DEPS and _clause_verb(parse, root) == verb
    return False


def is_person(m: Mention) -> bool:
    return bool(m.actor.entry and m.actor.entry.startswith("person:"))


def one_person(parse: Parse, m: Mention, pronoun: str = "he") -> bool:
    """A nationality-bearing mention of one unnamed person: 'an Australian journalist', 'a
    Lebanese cleric', 'an Afghan' (a singular noun that is not a body like 'the army'), whose
    noun does not clash with the pronoun's gender ('a Japanese woman' is not 'him')."""
    if m.kind not in ("agent", "demonym") or not m.actor.country or m.actor.sector is None:
        return False
    head = parse.tokens[m.token_end - 1]
    word = head.text.lower()
    if word in (MALE if pronoun in ("she", "her") else FEMALE):
        return False
    if word in NOT_PEOPLE or head.ent_type in ("ORG", "FAC", "GPE", "LOC"):
        return False
    return head.tag in ("NN", "NNP") and word not in COLLECTIVE


def distinct(mentions: list[Mention], by_country: bool = False) -> list[Mention]:
    """The last mention of each distinct actor (by entry, else code), in text order."""
    last: dict[str, Mention] = {}
    for m in mentions:
        key = _key(m, by_country)
        last.pop(key, None)
        last[key] = m
    return list(last.values())


def _pair(pool: list[Mention], sent: int, want: str) -> list[Mention]:
    """The two actors "the two" / "both" + noun refers to in sentence `sent`: the two its own
    sentence named before it ("Kishida told Xi that the two leaders ..."); else the last two
    named before, leaving out the one its sentence names, who is the other party ("China
    urged both countries to ...", "Anwar spoke to both leaders"). "Countries", "neighbours"
    and the like are states (no bloc or organisation), the two the article has named most
    often by name (`NAMING_KINDS`): a wire story's two parties, not the states of the background
    paragraph just read."""
    by_country = want == "state"
    if by_country:
        pool = [m for m in pool if m.actor.country in states()]
    own = distinct([m for m in pool if m.sentence == sent], by_country)
    if len(own) >= 2:
        return own[-2:]
    left_out = {_key(m, by_country) for m in own}
    rest = distinct([m for m in pool if _key(m, by_country) not in left_out], by_country)
    if not by_country:
        return rest[-2:]
    before = distinct([m for m in rest if m.sentence == sent - 1], True)
    if len(before) == 2:  # "Blinken visited Manila. During his visit the two governments ..."
        return before
    times = Counter(_key(m, True) for m in pool if m.kind in NAMING_KINDS)
    ranked = sorted(rest, key=lambda m: times[_key(m, True)])[-2:]  # stable: ties go to the later
    return sorted(ranked, key=lambda m: m.start)


def _key(m: Mention, by_country: bool) -> str:
    return (m.actor.country if by_country else m.actor.entry) or m.actor.code or m.text


def _is_pair(parse: Parse, i: int) -> bool:
    words = {t.text.lower() for t in parse.tokens[max(0, i - 3) : i]}
    return bool(words & {"two", "both"})


def _pair_start(parse: Parse, i: int) -> int:
    start = i
    while (
        start > 0
        and i - start < 3
        and parse.tokens[start - 1].text.lower() in {"the", "two", "both", "these", "those"}
    ):
        start -= 1
    return start


def short_form(parse, span, words, dictionary, on, before) -> Mention | None:
    """'Kim', 'President Moon': the nearest earlier person mention with that surname."""
    names = [w for w in words if w not in TITLES]
    if len(names) != 1:
        return None
    for m in reversed(before):
        if m.kind in ("name", "short") and m.actor.entry and m.actor.entry.startswith("person:"):
            if names[0] in normal_words(m.actor.name or "") or names[0] in normal_words(m.text):
                actor = dictionary.at(replace(m.actor, entity_text=span.text), on)
                actor = replace(actor, reason=f"short form of {m.text!r}; {actor.reason}")
                return make_mention(parse, span, actor, "short")
    return None
