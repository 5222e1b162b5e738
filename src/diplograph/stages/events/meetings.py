"""Multilateral meetings: the member states of a gathering of three or more.

"The leaders of Brazil, Argentina and Chile met in Santiago", "foreign ministers from Egypt,
Jordan and Qatar gathered in Cairo", "a meeting of Kenya, Uganda and Tanzania", "the interior
ministers of the five largest EU states (Italy, Britain, France, Germany and Spain) met". The
coder makes one event of the gathering with every member, host included, as a participant
(PLOVER CONSULT, mode multilateral; `Event.participants`). A bracketed member list is read from
the tokens between the brackets, since the parser often breaks it off its group noun.
"""

from __future__ import annotations

from dataclasses import replace

from diplograph.records import Event, Mention, Parse
from diplograph.stages.events import arguments as args
from diplograph.stages.events.triggers import Reading
from diplograph.stages.events.words import (
    APART_WORDS,
    GATHERING_NOUNS,
    LIST_DEPS,
    LIST_WORDS,
    MEMBER_PREPS,
    NOUN_POS,
    SUBJECT_DEPS,
)

MULTILATERAL = 3  # distinct states that make a gathering multilateral


def members(parse: Parse, idx: args.MentionIndex, reading: Reading) -> list[Mention]:
    """The member states of a multilateral CONSULT reading, one mention each; [] when the
    reading names fewer than three states as its participants."""
    if reading.event != "CONSULT":
        return []
    found = _distinct(bracketed(parse, idx, reading))
    if len(found) < MULTILATERAL:
        found = _distinct([*reading.actors.mentions, *_of_list(parse, idx, reading.trigger)])
    return found if len(found) >= MULTILATERAL else []


def parties(parse: Parse, idx: args.MentionIndex, reading: Reading) -> list[Mention]:
    """The parties of a gathering of three or more states, one mention each, else []: the
    members of a multilateral meeting (`members`), a host with its guests ("Chirac hosted a
    mini-summit with the leaders of Germany, Spain and Russia"), or the states of one joint
    act ("France, Germany, Spain and Russia agreed to ...")."""
    found = members(parse, idx, reading)
    if found:
        return found
    if reading.event == "CONSULT" and _hosted(parse, reading):
        found = _distinct([*reading.actors.mentions, *reading.recipients.mentions])
    elif reading.symmetric and not any(m.actor.country for m in reading.recipients.mentions):
        found = _distinct(list(reading.actors.mentions))
    return found if len(found) >= MULTILATERAL else []


def _hosted(parse: Parse, reading: Reading) -> bool:
    """The trigger is a gathering, or hosting one ("hosted a mini-summit", "the summit"), and
    not one with each guest apart ("held separate summits with each")."""
    phrase = {parse.tokens[w].lemma.lower() for w in (*reading.tokens, reading.trigger)}
    if phrase & APART_WORDS:
        return False
    words = [reading.trigger, *args.children(parse, reading.trigger, {"dobj"})]
    return reading.host_first or any(
        parse.tokens[w].lemma.lower() in GATHERING_NOUNS for w in words
    )


def bracketed(parse: Parse, idx: args.MentionIndex, reading: Reading) -> list[Mention]:
    """States listed in brackets after a group noun of the trigger's own phrase, or of its
    subject's: "the G5 (Italy, UK, France) ministers meeting", "the five largest EU states
    (Italy, Britain, France, Germany and Spain) met"."""
    before = _list_before(parse, idx, reading.trigger)
    if before:
        return before
    near = set(reading.tokens) | set(parse.subtree(reading.trigger))
    for s in args.children(parse, reading.trigger, SUBJECT_DEPS):
        near |= set(parse.subtree(s))
    sent = parse.sentence_of(reading.trigger)
    k = sent.token_start
    while k < sent.token_end:
        if parse.tokens[k].text != "(":
            k += 1
            continue
        close = next((j for j in range(k + 1, sent.token_end) if parse.tokens[j].text == ")"), None)
        if close is None:
            break
        inside = range(k + 1, close)
        if _is_list(parse, idx, inside) and _attached(parse, near, k):
            return [m for j in inside for m in idx.at(j)]
        k = close + 1
    return []


def _is_list(parse: Parse, idx: args.MentionIndex, inside: range) -> bool:
    """Only state names, commas and "and" between the brackets."""
    for j in inside:
        if parse.tokens[j].text.lower() in LIST_WORDS:
            continue
        if not any(m.actor.country and m.actor.sector is None for m in idx.at(j)):
            return False
    return len(inside) > 0


def _attached(parse: Parse, near: set[int], open_: int) -> bool:
    """The bracket follows a group noun of the trigger's phrase."""
    return open_ - 1 in near


def _list_before(parse: Parse, idx: args.MentionIndex, trigger: int) -> list[Mention]:
    """A bracketed list in the noun run that ends at a nominal trigger: "the G5 (Italy, UK,
    France) interior ministers meeting" (the parser may even end a sentence at the bracket)."""
    if parse.tokens[trigger].pos not in {"NOUN", "PROPN"}:
        return []
    j = trigger - 1
    while j >= 0 and parse.tokens[j].pos in NOUN_POS and parse.tokens[j].text != ")":
        j -= 1
    if j < 0 or parse.tokens[j].text != ")":
        return []
    open_ = next(
        (k for k in range(j - 1, max(-1, j - 40), -1) if parse.tokens[k].text == "("), None
    )
    if open_ is None or not _is_list(parse, idx, range(open_ + 1, j)):
        return []
    return [m for k in range(open_ + 1, j) for m in idx.at(k)]


def _of_list(parse: Parse, idx: args.MentionIndex, trigger: int) -> list[Mention]:
    """The states a nominal trigger's "of" phrase lists: "a meeting of Kenya, Uganda and
    Tanzania", "a summit of the leaders of Peru, Chile and Bolivia"."""
    if parse.tokens[trigger].pos not in {"NOUN", "PROPN"}:
        return []
    out: list[Mention] = []
    todo = args.prep_heads(parse, trigger, MEMBER_PREPS)
    seen: set[int] = set()
    while todo:
        j = todo.pop()
        if j in seen:
            continue
        seen.add(j)
        out.extend(idx.at(j))
        todo.extend(args.children(parse, j, LIST_DEPS))
        todo.extend(args.prep_heads(parse, j, MEMBER_PREPS))
    return out


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """One mention per state, in text order; only states (no sector actors' parts)."""
    by_state: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.token_start):
        if m.actor.country and m.kind not in {"place"}:
            by_state.setdefault(m.actor.country, m)
    return list(by_state.values())


def cite_members(parse: Parse, event: Event, states: list[Mention]) -> Event:
    """The event's cited text reaches back to its member list when the parser put the list in
    an earlier sentence ("the G5 (Italy, UK, France) | interior ministers meeting")."""
    first = min(m.token_start for m in states)
    start = parse.sentence_of(first).start
    if start >= event.mention.sentence_start:
        return event
    end = event.mention.sentence_end
    text = parse.article.text[start:end]
    return replace(event, mention=replace(event.mention, sentence_start=start, text=text))
