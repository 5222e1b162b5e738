"""An article's memory of the parties it named in full, lent to their shorter names later.

Long articles name a party once in full and then by a shorter name, paragraphs later:
- a surname alone ("Finance Minister Ishaq Dar ... Dar said"; "Pakistan's interior minister,
  Sarfraz Bugti, ... Bugti said") takes the actor of the person named in full with that
  surname, also when the dictionary lacks him and only his title, right before his name, gave
  the state;
- a body's generic head noun ("the International Monetary Fund ... the fund", "the lender")
  takes the last body the article named whose name holds that noun (`BODY_HEADS`);
- a bare name of two states ("Congo", `AMBIGUOUS_STATES`) is the one of the two the article's
  other mentions name more often (Kinshasa, Tshisekedi: the DRC).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from diplograph.records import Actor, Mention, Parse, Span
from diplograph.stages.actors.names import normal_words
from diplograph.stages.actors.references import make_mention
from diplograph.stages.actors.words import AMBIGUOUS_STATES, BODY_HEADS, HONORIFICS, TITLES


def remembered(parse: Parse, mentions: list[Mention], cut: int = 0) -> list[Mention]:
    """The mentions with short names resolved from the article's memory, in text order."""
    out = _surnames(parse, _ambiguous_states(_lend_titles(parse, mentions)), cut)
    return sorted(out + _bodies(parse, out, cut), key=_order)


def _order(m: Mention) -> tuple[int, int]:
    return (m.start, m.end)


def _full_names(parse: Parse) -> list[Span]:
    return [e for e in parse.entities if e.label == "PERSON" and e.token_end - e.token_start > 1]


def _covering(mentions: list[Mention], token_start: int, token_end: int) -> Mention | None:
    for m in mentions:
        if m.token_start <= token_start and token_end <= m.token_end and m.actor.resolved:
            return m
    return None


def _lend_titles(parse: Parse, mentions: list[Mention]) -> list[Mention]:
    """An unresolved full name right after a resolved title naming its state ("Pakistan's
    interior minister, Sarfraz Bugti,") takes the title's actor."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.actor.resolved or m.token_end - m.token_start < 2:
            continue
        if parse.tokens[m.token_start].ent_type != "PERSON":
            continue
        for title in mentions:
            gap = m.token_start - title.token_end
            if title.kind != "agent" or not title.actor.resolved or gap not in (0, 1):
                continue
            if title.sentence == m.sentence and _states_title(parse, title):
                why = f"named after the title {title.text!r}; {title.actor.reason}"
                actor = replace(title.actor, entity_text=m.text, name=m.text, reason=why)
                out[k] = replace(m, actor=actor)
    return out


def _states_title(parse: Parse, title: Mention) -> bool:
    """A title that names its own state ("Pakistan's interior minister"), not one that took the
    nearest state named before it, a guess not to pass on."""
    word = parse.tokens[title.token_end - 1].text.lower()
    if word not in TITLES and word not in HONORIFICS:
        return False
    return any(
        parse.tokens[k].ent_type in ("GPE", "NORP")
        for k in range(title.token_start, title.token_end)
    )


def _surnames(parse: Parse, mentions: list[Mention], cut: int) -> list[Mention]:
    """The mentions with surnames alone after the person's full name resolved to him; an
    unresolved mention around the surname ("budget Dar") gives way to it."""
    memory: dict[str, tuple[int, Mention]] = {}  # surname -> (end token of the full name, whose)
    for e in _full_names(parse):
        whose = _covering(mentions, e.token_start, e.token_end)
        if whose is not None:
            memory.setdefault(parse.tokens[e.token_end - 1].text.lower(), (e.token_end, whose))
    out, dropped = [], set()
    for tok in parse.tokens:
        known = memory.get(tok.text.lower())
        if tok.start < cut or known is None or tok.i < known[0] or tok.pos != "PROPN":
            continue
        here = [m for m in mentions if m.token_start <= tok.i < m.token_end]
        if any(m.actor.resolved or not _lone(parse, m, tok.i) for m in here):
            continue
        dropped.update(id(m) for m in here)
        whose = known[1]
        why = f"surname of {whose.text!r}, named earlier; {whose.actor.reason}"
        actor = replace(whose.actor, entity_text=tok.text, reason=why)
        span = Span("SHORT", tok.i, tok.i + 1, tok.start, tok.end, tok.text)
        out.append(make_mention(parse, span, actor, "short"))
    return [m for m in mentions if id(m) not in dropped] + out


def _lone(parse: Parse, m: Mention, i: int) -> bool:
    """Whether token i is the only capitalised word of mention m ("budget Dar", "Chapo")."""
    return all(
        k == i or not parse.tokens[k].text[:1].isupper() for k in range(m.token_start, m.token_end)
    )


def _bodies(parse: Parse, mentions: list[Mention], cut: int) -> list[Mention]:
    """'the fund', 'the lender': the last body named before whose name holds the noun."""
    taken = {k for m in mentions for k in range(m.token_start, m.token_end)}
    out: list[Mention] = []
    for tok in parse.tokens:
        wants = BODY_HEADS.get(tok.text.lower())
        if tok.start < cut or not wants or tok.i in taken or tok.i == 0 or tok.dep == "compound":
            continue
        the = parse.tokens[tok.i - 1]
        if the.text.lower() != "the" or tok.pos not in ("NOUN", "PROPN"):
            continue
        body = _last_body(mentions, tok.start, wants)
        if body is None:
            continue
        why = f"the {tok.text.lower()} named earlier as {body.text!r}; {body.actor.reason}"
        actor = replace(body.actor, entity_text=f"{the.text} {tok.text}", reason=why)
        span = Span("BODY", the.i, tok.i + 1, the.start, tok.end, f"{the.text} {tok.text}")
        out.append(make_mention(parse, span, actor, "short"))
    return out


def _last_body(mentions: list[Mention], start: int, wants: set[str]) -> Mention | None:
    for m in reversed([m for m in mentions if m.end <= start and m.actor.resolved]):
        if (m.actor.entry or "").startswith(("state:", "person:")) or m.kind not in (
            "name",
            "agent",
        ):
            continue
        if wants & set(normal_words(m.actor.name or "") + normal_words(m.text)):
            return m
    return None


def _ambiguous_states(mentions: list[Mention]) -> list[Mention]:
    """A bare 'Congo' read as the state of the two the article's other mentions name more."""
    bare = [m for m in mentions if _ambiguous(m) is not None]
    if not bare:
        return mentions
    others = Counter(m.actor.country for m in mentions if _ambiguous(m) is None)
    out = []
    for m in mentions:
        pair = _ambiguous(m)
        if pair is not None:
            state = max(pair, key=lambda s: (others[s], s == m.actor.country))
            if state != m.actor.country:
                m = replace(m, actor=_restated(m.actor, state))
        out.append(m)
    return out


def _ambiguous(m: Mention) -> tuple[str, str] | None:
    """The two states a mention's bare name may be, when it resolved to one of them by it."""
    for name, pair in AMBIGUOUS_STATES.items():
        if m.actor.country in pair and name in normal_words(m.text) and m.actor.entry is None:
            return pair
    return None


def _restated(actor: Actor, state: str) -> Actor:
    why = f"{actor.reason}; the article's other mentions name {state}"
    return replace(actor, code=state + (actor.sector or ""), country=state, reason=why)
