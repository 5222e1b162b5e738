"""The actors stage: every actor mention of a parsed article, resolved to a state or group.

Public API: `ActorDictionary` (names -> actors, with dated roles), `find_mentions(parse, ...)`,
and `import_petrarch(path)` (a PETRARCH/TABARI dictionary converted to our YAML format).
The steps in an article: candidate spans (`spans`), each resolved by the dictionary (normalised
names, exact then tolerant match, phrase context: `ActorDictionary.match`) or by the article's
context (`context`: agent nouns, insurgents, the world, counted demonyms), then references
(`references`: short forms, pronouns; `possessives`: its, their; `subject_pronouns`: it).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from diplograph.records import Actor, Mention, Parse
from diplograph.stages.actors.context import (
    agent_chunk,
    article_country,
    demonym_people,
    hosts_body,
    world,
)
from diplograph.stages.actors.dictionary import ActorDictionary, normal_words
from diplograph.stages.actors.exact import whole_person
from diplograph.stages.actors.memory import remembered
from diplograph.stages.actors.petrarch import import_petrarch
from diplograph.stages.actors.possessives import owned_agents, possessives
from diplograph.stages.actors.references import (
    make_mention,
    mention_root,
    references,
    short_form,
)
from diplograph.stages.actors.spans import candidate_spans, coordinations, led_compounds
from diplograph.stages.actors.subject_pronouns import subject_pronouns
from diplograph.stages.actors.words import (
    OTHER_LABELS,
    PLACE_ROLES,
)
from diplograph.stages.ingest import dateline_end

__all__ = ["ActorDictionary", "find_mentions", "import_petrarch"]


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
    out = remembered(parse, out, cut)
    refs = references(parse, out, cut) + possessives(parse, out, cut)
    refs += subject_pronouns(parse, out, cut)
    out = owned_agents(parse, out, refs) + refs
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _mention(parse, span, label, dictionary, on, before, place=None) -> list[Mention]:
    words = normal_words(span.text)
    head = parse.tokens[span.token_end - 1]
    if label == "AGENT":
        return agent_chunk(parse, span, dictionary, on, before, place)
    if label == "WORLD":
        return world(parse, span, dictionary, on)
    if label == "PERSON" and words:
        short = short_form(parse, span, words, dictionary, on, before)
        if short:
            return [short]
    found = dictionary.match(span.text, on)
    if not found.actor.resolved and span.text != head.text and label != "PERSON":
        found = dictionary.match(head.text, on)
    if label == "PERSON":
        found = whole_person(parse, span, dictionary, on, found)
    elif found.form == "short" and label in ("GPE", "LOC", "FAC", "NORP", "ORG"):
        why = "not a person, though named like one's surname"  # "Kano", the city
        found = replace(found, actor=Actor(entity_text=span.text, reason=why))
    if found.form == "place" and parse.tokens[mention_root(parse, span)].dep not in PLACE_ROLES:
        why = f"{span.text!r} names a place here, not its people"  # "a city near Kano"
        found = replace(found, actor=Actor(entity_text=span.text, reason=why))
    if not found.actor.resolved and label == "ORG" and place:
        body = hosts_body(span, words, dictionary, place)
        if body is not None:
            return [make_mention(parse, span, body, "agent")]
    if not found.actor.resolved:
        if label in OTHER_LABELS:
            return []
        return [make_mention(parse, span, replace(found.actor, entity_text=span.text), "name")]
    kind = {"capital": "metonym", "demonym": "demonym", "agent": "agent", "short": "short"}.get(
        found.form, "name"
    )
    actor = replace(found.actor, entity_text=span.text)
    if found.form == "demonym" and actor.sector is None and demonym_people(parse, span):
        why = f"{actor.reason}; people of that nationality -> CVL"
        actor = replace(actor, code=(actor.country or "") + "CVL", sector="CVL", reason=why)
    return [make_mention(parse, span, actor, kind)]
