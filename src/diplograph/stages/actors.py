"""The actors stage: every actor mention of a parsed article, resolved to a state or group.

Public API: `ActorDictionary` (names -> actors, with dated roles), `find_mentions(parse, ...)`,
and `import_petrarch(path)` (a PETRARCH/TABARI dictionary converted to our YAML format).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from diplograph.records import Actor, Mention, Parse, Span
from diplograph.stages.actor_dictionary import ActorDictionary, Match, normal_words
from diplograph.stages.actor_references import NOT_PEOPLE, make_mention, references
from diplograph.stages.datelines import dateline, dateline_end
from diplograph.stages.gazetteer import Gazetteer
from diplograph.stages.petrarch import import_petrarch

__all__ = ["ActorDictionary", "find_mentions", "import_petrarch"]

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
OTHER_LABELS = {"FAC", "LOC"}
GOVERNMENT_HEADS = {"administration", "government", "regime", "cabinet"}
COORDINATORS = {"and", ",", "&"}
STATE_NAME_FORMS = {"name", "alias", "capital"}  # forms that may hide inside a person's name
# Agent nouns with no state of their own: never given the country of a nearby mention.
PLAIN_PEOPLE = {"man", "men", "woman", "women", "people", "person", "persons", "boy", "boys"}
PLAIN_PEOPLE |= {"girl", "girls", "child", "children", "settlement", "settlements", "uprising"}
PLAIN_PEOPLE |= {"uprisings", "rebellion", "rebellions"}  # events, not actors
NON_STATE_SECTORS = {"REB", "UAF", "INS"}  # located by the article's place, if it has one
NEVER_INHERIT = {"CRM"}  # kidnappers, smugglers: never a state by proximity
# Firms, media and schools have no state of their own: "the airline", "the company", "the
# school" never take the country of a state named nearby (officials, troops, settlers do).
NO_STATE_SECTORS = {"BUS", "MED", "EDU", "NGO", "ENV"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "of"}
PLACE_PREPS |= {"into", "from", "within", "south", "north", "east", "west"}
PLACE_OF = {"in", "from", "of", "inside"}  # "rebels in Darfur", "militants from Waziristan"
# "the world", "all countries": the international community when they act or are addressed
WORLD_PHRASES = {
    "the world",
    "all countries",
    "all nations",
    "the international community",
    "the world community",
    "international community",
}
WORLD_ROLES = {"nsubj", "nsubjpass", "dobj", "dative"}
COUNTERS = {"a", "an", "another", "some", "several", "many", "other", "few", "more"}


def find_mentions(
    parse: Parse, dictionary: ActorDictionary, on: date | None = None
) -> list[Mention]:
    """Every actor mention of the article, in text order; `on` defaults to its publication date."""
    on = on if on is not None else parse.article.published
    cut = dateline_end(parse.article.text)
    out = _coordinations(parse, dictionary, on, cut)
    out += _led_compounds(parse, dictionary, on, cut)
    taken = {k for m in out for k in range(m.token_start, m.token_end)}
    place = article_country(parse, dictionary, cut)
    for span, label in _candidate_spans(parse, dictionary, cut, taken):
        out.extend(_mention(parse, span, label, dictionary, on, out, place))
    out.extend(references(parse, out, cut))
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _coordinations(parse: Parse, dictionary, on, cut: int) -> list[Mention]:
    """'Hungarian and Romanian officials', 'U.S. and South Korean forces': one group mention per
    country on the whole span, each with the sector of the head noun."""
    out: list[Mention] = []
    tokens = parse.tokens
    for head in tokens:
        if head.pos != "NOUN" or head.start < cut or head.text.lower() not in dictionary.agents:
            continue
        first = head.i  # the agent phrase: "foreign ministers", "troops"
        while (
            first > 0
            and " ".join(t.text.lower() for t in tokens[first - 1 : head.i + 1])
            in dictionary.agents
        ):
            first -= 1
        start = first
        while (
            start > 0
            and tokens[start - 1].sent == head.sent
            and (tokens[start - 1].text[:1].isupper() or tokens[start - 1].text in COORDINATORS)
        ):
            start -= 1
        while start < first and tokens[start].text in COORDINATORS:
            start += 1
        pieces, piece = [], []
        for tok in tokens[start:first]:
            if tok.text in COORDINATORS:
                pieces.append(piece)
                piece = []
            else:
                piece.append(tok)
        pieces.append(piece)
        if len(pieces) < 2 or not all(pieces) or tokens[start].start < cut:
            continue
        agent = parse.text_of(first, head.i + 1)
        actors = []
        for piece in pieces:
            words = parse.text_of(piece[0].i, piece[-1].i + 1)
            words = re.sub(r"-(?:led|backed|based)$", "", words)
            actor = dictionary.resolve(f"{words} {agent}", on)
            if not actor.resolved or not (actor.entry or "").startswith(("state:", "group:")):
                break
            actors.append(actor)
        else:
            if len({a.country for a in actors}) < 2:
                continue
            if start > 0 and tokens[start - 1].text.lower() == "the":
                start -= 1
            text = parse.text_of(start, head.i + 1)
            span = Span("GROUP", start, head.i + 1, tokens[start].start, head.end, text)
            for actor in actors:
                why = f"one of the coordinated {text!r}; {actor.reason}"
                actor = replace(actor, entity_text=text, reason=why)
                out.append(make_mention(parse, span, actor, "group"))
    return out


def _candidate_spans(
    parse: Parse, dictionary: ActorDictionary, cut: int, taken: set[int]
) -> list[tuple[Span, str]]:
    """Entities, widened to their noun chunk when the chunk's head is the entity or an agent.
    Nothing of the dateline is kept; names already in a coordinated group are skipped."""
    chunks = sorted(parse.noun_chunks, key=lambda s: s.token_start)
    grouped, taken = taken, set(taken)
    out: list[tuple[Span, str]] = []
    for ent in sorted(parse.entities, key=lambda s: s.token_start):
        if ent.label not in NAME_LABELS | OTHER_LABELS or ent.token_start in taken:
            continue
        cut_ent = _after(parse, ent, cut)
        if cut_ent is None or taken.intersection(range(cut_ent.token_start, cut_ent.token_end)):
            continue
        if cut_ent is not ent and not dictionary.resolve(cut_ent.text).resolved:
            continue  # "Iraq - Explosions": an entity the dateline broke, kept only if known
        ent = cut_ent
        span = ent
        for chunk in chunks:
            if chunk.token_start <= ent.token_start and ent.token_end <= chunk.token_end:
                head = parse.tokens[chunk.token_end - 1].text.lower()
                if (
                    ent.token_end == chunk.token_end
                    or head in dictionary.agents
                    or head in GOVERNMENT_HEADS
                ):
                    span = _after(parse, _trim(parse, chunk), cut) or ent
                break
        if span is not ent and not span.token_start <= ent.token_start < span.token_end:
            span = ent
        if grouped.intersection(range(span.token_start, span.token_end)):
            span = ent
        taken.update(range(span.token_start, span.token_end))
        out.append((span, ent.label))
    for span in _untagged_states(parse, dictionary, cut, taken):
        taken.update(range(span.token_start, span.token_end))
        out.append((span, "GPE"))
    for chunk in chunks:  # agent chunks with no entity: "the foreign minister"
        chunk = _after(parse, chunk, cut)
        if chunk is None or taken.intersection(range(chunk.token_start, chunk.token_end)):
            continue
        if " ".join(chunk.text.lower().split()) in WORLD_PHRASES:
            out.append((chunk, "WORLD"))
        else:
            out.append((_trim(parse, chunk), "AGENT"))
    return sorted(out, key=lambda s: s[0].token_start)


def _untagged_states(parse: Parse, dictionary, cut: int, taken: set[int]) -> list[Span]:
    """Runs of proper nouns the tagger left outside every entity that are exactly a state's
    name ("Reuters - Pakistan test-fired ...": the model reads the dateline into one chunk)."""
    tokens = parse.tokens
    out: list[Span] = []
    k = 0
    while k < len(tokens):
        if tokens[k].pos != "PROPN" or tokens[k].ent_type or tokens[k].start < cut or k in taken:
            k += 1
            continue
        end = k
        while end < len(tokens) and tokens[end].pos == "PROPN" and not tokens[end].ent_type:
            end += 1
        text = parse.text_of(k, end)
        found = dictionary.match(text)
        if (
            found.actor.resolved
            and (found.actor.entry or "").startswith("state:")
            and found.form == "name"
            and normal_words(text) == normal_words(found.actor.name or "")
        ):
            out.append(Span("GPE", k, end, tokens[k].start, tokens[end - 1].end, text))
        k = end
    return out


def _led_compounds(parse: Parse, dictionary, on, cut: int) -> list[Mention]:
    """'the U.S.-led invasion', 'Saudi-led coalition': the leading state, with the sector of the
    head noun (military by default: -led nouns in the news are forces, coalitions, wars)."""
    out: list[Mention] = []
    tokens = parse.tokens
    for tok in tokens:
        if tok.start < cut:
            continue
        first = tok.i
        if tok.text.lower().endswith("-led") and len(tok.text) > 5:
            leader = tok.text[:-4]
        elif tok.text.lower() == "led" and tok.i > 1 and tokens[tok.i - 1].text == "-":
            first = tok.i - 2  # "Saudi", "-", "led"
            leader = tokens[first].text
        else:
            continue
        actor = dictionary.resolve(leader, on)
        if not actor.resolved or not (actor.entry or "").startswith(("state:", "group:")):
            continue
        head = tokens[tok.head]
        if head.i <= tok.i or head.pos not in ("NOUN", "PROPN"):
            continue
        sector = actor.sector or dictionary.agents.get(head.text.lower()) or "MIL"
        code = actor.code if actor.sector else (actor.country or "") + sector
        why = f"{actor.reason}; led by it: {head.text!r} -> {sector}"
        text = parse.text_of(first, head.i + 1)
        actor = replace(actor, entity_text=text, code=code, sector=sector, reason=why)
        span = Span("LED", first, head.i + 1, tokens[first].start, head.end, text)
        out.append(make_mention(parse, span, actor, "agent"))
    return out


def article_country(parse: Parse, dictionary: ActorDictionary, cut: int) -> str | None:
    """The one state the article is located in: the dateline's place, else the state of every
    place named after a locative preposition ("in Baghdad", "southwest of Falluja"), when they
    all agree. None when there is no such place or they disagree."""
    line = dateline(parse.article.text) if cut else None
    if line is not None and line.place:
        countries = set()
        for piece in (line.place, line.qualifier):
            if piece:
                actor = dictionary.resolve(piece)
                if actor.resolved and (actor.entry or "").startswith("state:"):
                    countries.add(actor.country)
        if len(countries) == 1:
            return countries.pop()
    countries = set()
    for ent in parse.entities:
        if ent.label not in ("GPE", "LOC") or ent.start < cut:
            continue
        root = parse.tokens[ent.token_end - 1]
        if root.dep == "appos":  # "in Falluja, Iraq"
            root = parse.tokens[root.head]
        prep = parse.tokens[root.head]
        if root.dep != "pobj" or prep.text.lower() not in PLACE_PREPS:
            continue
        if prep.text.lower() == "of" and parse.tokens[prep.head].text.lower() in dictionary.agents:
            continue  # "the president of France": an actor, not a place
        actor = dictionary.resolve(ent.text)
        if actor.resolved and actor.country and actor.sector is None:
            countries.add(actor.country)
    return countries.pop() if len(countries) == 1 else None


def _after(parse: Parse, span: Span, cut: int) -> Span | None:
    """The part of span after the dateline (None when it lies inside it)."""
    if span.start >= cut:
        return span
    if span.end <= cut:
        return None
    start = next(k for k in range(span.token_start, span.token_end) if parse.tokens[k].start >= cut)
    first = parse.tokens[start]
    text = parse.article.text[first.start : span.end]
    return Span(span.label, start, span.token_end, first.start, span.end, text)


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


def _mention(parse, span, label, dictionary, on, before, place=None) -> list[Mention]:
    words = normal_words(span.text)
    head = parse.tokens[span.token_end - 1]
    if label == "AGENT":
        return _agent_chunk(parse, span, dictionary, on, before, place)
    if label == "WORLD":
        return _world(parse, span, dictionary, on)
    if label == "PERSON" and words:
        short = _short_form(parse, span, words, dictionary, on, before)
        if short:
            return [short]
    found = dictionary.match(span.text, on)
    if not found.actor.resolved and span.text != head.text and label != "PERSON":
        found = dictionary.match(head.text, on)
    if label == "PERSON":
        found = _person_match(parse, span, dictionary, on, found)
    elif found.form == "short" and label in ("GPE", "LOC", "FAC", "NORP", "ORG"):
        why = "not a person, though named like one's surname"  # "Kano", the city
        found = replace(found, actor=Actor(entity_text=span.text, reason=why))
    if not found.actor.resolved:
        if label in OTHER_LABELS:
            return []
        return [make_mention(parse, span, replace(found.actor, entity_text=span.text), "name")]
    kind = {"capital": "metonym", "demonym": "demonym", "agent": "agent", "short": "short"}.get(
        found.form, "name"
    )
    actor = replace(found.actor, entity_text=span.text)
    if found.form == "demonym" and actor.sector is None and _demonym_people(parse, span):
        why = f"{actor.reason}; people of that nationality -> CVL"
        actor = replace(actor, code=(actor.country or "") + "CVL", sector="CVL", reason=why)
    return [make_mention(parse, span, actor, kind)]


def _person_match(parse, span, dictionary, on, found):
    """A person's name resolves only as a whole (a person entry, a title and surname): "Simon
    Mann" is not the Isle of Man, "Michael Jordan" not Jordan. A state read through a word of
    the name is dropped; the words before the name still count ("British officer Simon Mann")."""
    if not (found.actor.entry or "").startswith("state:") or found.form not in STATE_NAME_FORMS:
        return found
    names = [
        e
        for e in parse.entities
        if e.label == "PERSON" and span.token_start <= e.token_start < span.token_end
    ]
    if not names:
        return found
    name = names[0]
    own = dictionary.match(name.text, on)
    if len(normal_words(name.text)) < 2 or normal_words(name.text) == normal_words(
        own.actor.name or ""
    ):
        return found  # a lone state name the tagger called a person
    if own.actor.resolved and not (own.actor.entry or "").startswith("state:"):
        return found
    why = f"{name.text!r} is a person's name, not a state"
    if name.token_start > span.token_start:
        prefix = dictionary.match(parse.text_of(span.token_start, name.token_start), on)
        if prefix.actor.resolved and prefix.form not in STATE_NAME_FORMS:
            return prefix
    return Match(Actor(entity_text=span.text, reason=why), "name")


def _demonym_people(parse: Parse, span: Span) -> bool:
    """'two Iraqis', 'an Afghan', 'a Chinese-American': a demonym used as a counted noun names
    people of that nationality (civilians), not the state."""
    head = parse.tokens[span.token_end - 1]
    if head.pos not in ("NOUN", "PROPN") or head.dep in ("amod", "compound", "nmod", "poss"):
        return False
    for tok in parse.tokens[max(0, head.i - 4) : head.i]:
        if tok.head == head.i and (
            tok.dep == "nummod" or (tok.dep in ("det", "amod") and tok.text.lower() in COUNTERS)
        ):
            return True
    return False


def _world(parse, span, dictionary, on) -> list[Mention]:
    """'the world', 'all countries', 'the international community' as an actor: IGO, but only
    as a subject, an object, or addressed ('appealed to the world'); not 'around the world'."""
    root = parse.tokens[span.token_end - 1]
    prep = parse.tokens[root.head]
    if root.dep not in WORLD_ROLES and not (root.dep == "pobj" and prep.text.lower() == "to"):
        return []
    actor = dictionary.resolve("the international community", on)
    if not actor.resolved:
        return []
    why = f"{span.text!r} as an actor: {actor.reason}"
    return [make_mention(parse, span, replace(actor, entity_text=span.text, reason=why), "name")]


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
                return make_mention(parse, span, actor, "short")
    return None


def _agent_chunk(parse, span, dictionary, on, before, place=None) -> list[Mention]:
    """'the foreign minister' after a country: that country's agent. Plain people ('a man') and
    criminals never take a nearby country; insurgent nouns take only the article's place."""
    words = normal_words(span.text)
    sector = dictionary.agents.get(" ".join(words))
    if not sector:  # "Afghan police" the tagger did not mark as an entity
        found = dictionary.match(span.text, on)
        if found.form == "agent" and (found.actor.entry or "").startswith("state:"):
            actor = replace(found.actor, entity_text=span.text)
            return [make_mention(parse, span, actor, "agent")]
    if not sector or len(words) > 3 or words[-1] in PLAIN_PEOPLE or sector in NEVER_INHERIT:
        return []
    if sector in NON_STATE_SECTORS:
        where = _insurgent_country(parse, span, dictionary, before) or (
            (place, f"armed non-state noun in an article located in {place}") if place else None
        )
        if where is None:
            return []
        actor = Actor(
            entity_text=span.text,
            code=where[0] + sector,
            country=where[0],
            sector=sector,
            name=span.text,
            reason=where[1],
        )
        return [make_mention(parse, span, actor, "agent")]
    if (sector in NO_STATE_SECTORS and words[0] not in ("state", "official")) or words[
        -1
    ] in NOT_PEOPLE:
        return []  # "the airline", "the hospital": no state of their own
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
            return [make_mention(parse, span, actor, "agent")]
    return []


def _insurgent_country(parse, span, dictionary, before) -> tuple[str, str] | None:
    """The country of a bare insurgent noun from its own words first: a place it hangs on
    ("rebels in Darfur", "militants from the region of Waziristan"), else the insurgents the
    article last named with a country ("Darfur rebels ... the rebel leaders")."""
    head = parse.tokens[span.token_end - 1]
    targets = [head.i]
    for _ in range(2):  # "rebels in the western region of Darfur": one nested "of"
        found = []
        for tok in parse.tokens[head.i + 1 : min(len(parse.tokens), head.i + 12)]:
            if tok.head in targets and tok.dep == "prep" and tok.text.lower() in PLACE_OF:
                found.extend(t.i for t in parse.tokens[tok.i + 1 :] if t.head == tok.i)
        for k in found:
            country = place_country(parse, k, dictionary)
            if country:
                return country, f"armed non-state noun of a place in {country}"
        targets = found
    sent = parse.tokens[span.token_start].sent
    for m in reversed(before):
        if m.sentence < sent - 1:
            break
        if m.actor.sector in NON_STATE_SECTORS and m.actor.country:
            return m.actor.country, f"insurgents named before: {m.text!r}"
    return None


def place_country(parse: Parse, k: int, dictionary: ActorDictionary) -> str | None:
    """The state of the place entity containing token k (the dictionary, else the gazetteer)."""
    for ent in parse.entities:
        if ent.token_start <= k < ent.token_end and ent.label in ("GPE", "LOC", "FAC"):
            actor = dictionary.resolve(ent.text)
            if actor.resolved and (actor.entry or "").startswith("state:") and not actor.sector:
                return actor.country
            found = _gazetteer().lookup(ent.text)
            return found.country if found is not None else None
    return None


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return Gazetteer.load()


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
