"""The actors stage: every actor mention of a parsed article, resolved to a state or group.

Public API: `ActorDictionary` (names -> actors, with dated roles), `find_mentions(parse, ...)`,
and `import_petrarch(path)` (a PETRARCH/TABARI dictionary converted to our YAML format).
Candidate spans come from `actor_spans`; this module resolves them, then `actor_references` and
`actor_possessives` add the pronouns and plural references.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from diplograph.records import Actor, Mention, Parse, Span
from diplograph.stages.actors.dictionary import ActorDictionary, Match, normal_words
from diplograph.stages.actors.petrarch import import_petrarch
from diplograph.stages.actors.possessives import possessives
from diplograph.stages.actors.references import make_mention, mention_root, references
from diplograph.stages.actors.spans import candidate_spans, coordinations, led_compounds
from diplograph.stages.actors.words import (
    COUNTERS,
    NEVER_INHERIT,
    NO_STATE_SECTORS,
    NON_STATE_SECTORS,
    NOT_PEOPLE,
    OTHER_LABELS,
    PLACE_OF,
    PLACE_PREPS,
    PLACE_ROLES,
    PLAIN_PEOPLE,
    STATE_NAME_FORMS,
    TITLES,
    WORLD_ROLES,
)
from diplograph.stages.ingest import dateline, dateline_end
from diplograph.stages.places import Gazetteer

__all__ = ["ActorDictionary", "find_mentions", "import_petrarch"]

PLAIN_PEOPLE |= {"girl", "girls", "child", "children", "settlement", "settlements", "uprising"}
PLAIN_PEOPLE |= {"uprisings", "rebellion", "rebellions"}  # events, not actors
PLACE_PREPS |= {"into", "from", "within", "south", "north", "east", "west"}


INHERITED = "agent noun after"  # the reason of an agent noun whose state comes from the context


def inherited(m: Mention) -> bool:
    """A bare agent noun ("villages", "officials") given the state of an earlier mention, not
    one its own words name."""
    return m.kind == "agent" and m.actor.reason.startswith(INHERITED)


def find_mentions(
    parse: Parse, dictionary: ActorDictionary, on: date | None = None
) -> list[Mention]:
    """Every actor mention of the article, in text order; `on` defaults to its publication date."""
    on = on if on is not None else parse.article.published
    cut = dateline_end(parse.article.text)
    out = coordinations(parse, dictionary, on, cut)
    out += led_compounds(parse, dictionary, on, cut)
    taken = {k for m in out for k in range(m.token_start, m.token_end)}
    place = article_country(parse, dictionary, cut)
    for span, label in candidate_spans(parse, dictionary, cut, taken):
        out.extend(_mention(parse, span, label, dictionary, on, out, place))
    refs = references(parse, out, cut) + possessives(parse, out, cut)
    out.extend(refs)
    out.sort(key=lambda m: (m.start, m.end))
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
    if found.form == "place" and parse.tokens[mention_root(parse, span)].dep not in PLACE_ROLES:
        why = f"{span.text!r} names a place here, not its people"  # "a city near Kano"
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
    head = span.token_end - 1
    if any(
        t.head == head and t.dep == "prep" and t.lemma.lower() in {"of", "from"}
        for t in parse.tokens[head + 1 : head + 2]
    ):
        return []  # "the foreign ministers of the two countries": the phrase names the owner
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
                reason=f"{INHERITED} {m.text!r}",
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
            found = Gazetteer.load().lookup(ent.text)
            return found.country if found is not None else None
    return None
