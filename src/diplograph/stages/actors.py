"""The actors stage: every actor mention of a parsed article, resolved to a state or group.

Public API: `ActorDictionary` (names -> actors, with dated roles), `find_mentions(parse, ...)`,
and `import_petrarch(path)` (a PETRARCH/TABARI dictionary converted to our YAML format).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from diplograph.records import Actor, Mention, Parse, Span
from diplograph.stages.actor_dictionary import ActorDictionary, normal_words
from diplograph.stages.petrarch import import_petrarch

__all__ = ["ActorDictionary", "find_mentions", "import_petrarch"]

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
OTHER_LABELS = {"FAC", "LOC"}
PRONOUNS = {"he", "she", "his", "her", "him"}
PLURAL_HEADS = {
    "leaders": "person",
    "presidents": "person",
    "men": "person",
    "countries": "state",
    "nations": "state",
    "states": "state",
    "governments": "state",
    "sides": "any",
    "neighbours": "state",
    "neighbors": "state",
    "allies": "state",
}


def find_mentions(
    parse: Parse, dictionary: ActorDictionary, on: date | None = None
) -> list[Mention]:
    """Every actor mention of the article, in text order; `on` defaults to its publication date."""
    on = on if on is not None else parse.article.published
    spans = _candidate_spans(parse, dictionary)
    out: list[Mention] = []
    for span, label in spans:
        found = _mention(parse, span, label, dictionary, on, out)
        out.extend(found)
    for mention in _references(parse, out):
        out.append(mention)
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _candidate_spans(parse: Parse, dictionary: ActorDictionary) -> list[tuple[Span, str]]:
    """Entities, widened to their noun chunk when the chunk's head is the entity or an agent."""
    chunks = sorted(parse.noun_chunks, key=lambda s: s.token_start)
    taken: set[int] = set()
    out: list[tuple[Span, str]] = []
    for ent in sorted(parse.entities, key=lambda s: s.token_start):
        if ent.label not in NAME_LABELS | OTHER_LABELS or ent.token_start in taken:
            continue
        span = ent
        for chunk in chunks:
            if chunk.token_start <= ent.token_start and ent.token_end <= chunk.token_end:
                head = parse.tokens[chunk.token_end - 1].text.lower()
                if (
                    ent.token_end == chunk.token_end
                    or head in dictionary.agents
                    or head in {"administration", "government", "regime", "cabinet"}
                ):
                    span = _trim(parse, chunk)
                break
        if span is not ent and not span.token_start <= ent.token_start < span.token_end:
            span = ent
        taken.update(range(span.token_start, span.token_end))
        out.append((span, ent.label))
    for chunk in chunks:  # agent chunks with no entity: "the foreign minister"
        if not taken.intersection(range(chunk.token_start, chunk.token_end)):
            out.append((_trim(parse, chunk), "AGENT"))
    return sorted(out, key=lambda s: s[0].token_start)


def _trim(parse: Parse, chunk: Span) -> Span:
    start = chunk.token_start
    while start < chunk.token_end - 1 and parse.tokens[start].pos in {"DET", "PRON"}:
        start += 1
    if start == chunk.token_start:
        return chunk
    tok = parse.tokens[start]
    return Span(
        chunk.label,
        start,
        chunk.token_end,
        tok.start,
        chunk.end,
        parse.article.text[tok.start : chunk.end],
    )


def _make(parse: Parse, span: Span, actor: Actor, kind: str) -> Mention:
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


def _mention(parse, span, label, dictionary, on, before) -> list[Mention]:
    words = normal_words(span.text)
    head = parse.tokens[span.token_end - 1]
    if label == "AGENT":
        return _agent_chunk(parse, span, dictionary, on, before)
    if label == "PERSON" and words:
        short = _short_form(parse, span, words, dictionary, on, before)
        if short:
            return [short]
    found = dictionary.match(span.text, on)
    if not found.actor.resolved and span.text != head.text and label != "PERSON":
        found = dictionary.match(head.text, on)
    if not found.actor.resolved:
        if label in OTHER_LABELS:
            return []
        return [_make(parse, span, replace(found.actor, entity_text=span.text), "name")]
    kind = {"capital": "metonym", "demonym": "demonym", "agent": "agent", "short": "short"}.get(
        found.form, "name"
    )
    return [_make(parse, span, replace(found.actor, entity_text=span.text), kind)]


def _short_form(parse, span, words, dictionary, on, before) -> Mention | None:
    """'Kim', 'President Moon': the nearest earlier person mention with that surname."""
    names = [w for w in words if w not in _TITLES]
    if len(names) != 1:
        return None
    for m in reversed(before):
        if m.kind in ("name", "short") and m.actor.entry and m.actor.entry.startswith("person:"):
            if names[0] in normal_words(m.actor.name or "") or names[0] in normal_words(m.text):
                actor = dictionary.at(replace(m.actor, entity_text=span.text), on)
                actor = replace(actor, reason=f"short form of {m.text!r}; {actor.reason}")
                return _make(parse, span, actor, "short")
    return None


def _agent_chunk(parse, span, dictionary, on, before) -> list[Mention]:
    """'the foreign minister' after a country: that country's agent."""
    words = normal_words(span.text)
    sector = dictionary.agents.get(" ".join(words))
    if not sector or len(words) > 3:
        return []
    sent = parse.tokens[span.token_start].sent
    for m in reversed(before):
        if m.sentence < sent - 1:
            break
        if m.actor.country and m.actor.entry and m.actor.entry.startswith("state:"):
            actor = Actor(
                entity_text=span.text,
                code=m.actor.country + sector,
                country=m.actor.country,
                sector=sector,
                name=m.actor.name,
                entry=m.actor.entry,
                reason=f"agent noun after {m.text!r}",
            )
            return [_make(parse, span, actor, "agent")]
    return []


def _references(parse: Parse, named: list[Mention]) -> list[Mention]:
    """Pronouns and plural references resolved to what the article last named."""
    out: list[Mention] = []
    ordered = sorted(named, key=lambda m: m.start)
    for tok in parse.tokens:
        low = tok.text.lower()
        earlier = [m for m in ordered if m.end <= tok.start and m.actor.resolved]
        window = [m for m in earlier if m.sentence >= tok.sent - 1]
        span = Span("REF", tok.i, tok.i + 1, tok.start, tok.end, tok.text)
        if low in PRONOUNS and tok.pos == "PRON":
            people = _distinct([m for m in window if _is_person(m)])
            if len(people) == 1:
                out.append(_make(parse, span, people[0].actor, "pronoun"))
        elif low in PLURAL_HEADS and tok.pos == "NOUN" and _is_pair(parse, tok.i):
            want = PLURAL_HEADS[low]
            pool = [m for m in earlier if want == "any" or (want == "person") == _is_person(m)]
            pair = _distinct(pool, by_country=want == "state")[-2:]
            if len(pair) == 2:
                start = _pair_start(parse, tok.i)
                first = parse.tokens[start]
                wide = Span(
                    "REF",
                    start,
                    tok.i + 1,
                    first.start,
                    tok.end,
                    parse.article.text[first.start : tok.end],
                )
                out.extend(_make(parse, wide, m.actor, "group") for m in pair)
        elif low == "they" and tok.pos == "PRON":
            pair = _distinct(window)
            if len(pair) == 2:
                out.extend(_make(parse, span, m.actor, "group") for m in pair)
    return out


def _is_person(m: Mention) -> bool:
    return bool(m.actor.entry and m.actor.entry.startswith("person:"))


def _distinct(mentions: list[Mention], by_country: bool = False) -> list[Mention]:
    """The last mention of each distinct actor (by entry, else code), in text order."""
    last: dict[str, Mention] = {}
    for m in mentions:
        key = (m.actor.country if by_country else m.actor.entry) or m.actor.code or m.text
        last.pop(key, None)
        last[key] = m
    return list(last.values())


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


_TITLES = {
    "president",
    "premier",
    "prime",
    "minister",
    "chancellor",
    "leader",
    "chairman",
    "mr",
    "mrs",
    "ms",
    "dr",
    "king",
    "queen",
    "secretary",
    "general",
    "foreign",
    "defence",
    "defense",
    "supreme",
    "sir",
    "prince",
    "crown",
    "vice",
}
