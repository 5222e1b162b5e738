"""Where actor mentions may be: candidate spans for the actors stage to resolve.

Entities widened to their noun chunk, agent chunks with no name, names the tagger left outside
every entity (a state's exact name, 'the West', 'Western powers'), and two constructions that
resolve on the spot: coordinated demonyms before an agent noun ('U.S. and Iraqi troops') and
'-led' compounds ('the Saudi-led coalition'). Nothing inside a wire dateline is kept.
"""

from __future__ import annotations

import re
from dataclasses import replace

from diplograph.records import Mention, Parse, Span
from diplograph.stages.actors.dictionary import ActorDictionary, normal_words
from diplograph.stages.actors.led import led_actor
from diplograph.stages.actors.references import make_mention
from diplograph.stages.actors.words import (
    BLOC_ACTS,
    BLOC_POS,
    BLOC_PREPS,
    BODY_ENTRIES,
    CALENDAR_WORDS,
    COORDINATORS,
    GOVERNMENT_HEADS,
    NAME_LABELS,
    NON_ACTOR_LABELS,
    NUMERIC_LABELS,
    OTHER_LABELS,
    PLACE_NOUNS,
    WORLD_PHRASES,
    WORLD_ROLES,
)


def coordinations(parse: Parse, dictionary, on, cut: int) -> list[Mention]:
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


def candidate_spans(
    parse: Parse, dictionary: ActorDictionary, cut: int, taken: set[int]
) -> list[tuple[Span, str]]:
    """Entities, widened to their noun chunk when the chunk's head is the entity or an agent.
    Nothing of the dateline is kept; names already in a coordinated group are skipped."""
    chunks = sorted(parse.noun_chunks, key=lambda s: s.token_start)
    grouped, taken = taken, set(taken)
    out: list[tuple[Span, str]] = []
    acronyms = _untagged_acronyms(parse, dictionary, cut)
    for ent in sorted([*parse.entities, *acronyms], key=lambda s: s.token_start):
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
    for span, label in _untagged_blocs(parse, dictionary, cut, taken):
        taken.update(range(span.token_start, span.token_end))
        out.append((span, label))
    for chunk in chunks:  # agent chunks with no entity: "the foreign minister"
        chunk = _after(parse, chunk, cut)
        if chunk is None or taken.intersection(range(chunk.token_start, chunk.token_end)):
            continue
        if " ".join(chunk.text.lower().split()) in WORLD_PHRASES:
            out.append((chunk, "WORLD"))
        else:
            out.append((_trim(parse, chunk), "AGENT"))
    return sorted(out, key=lambda s: s[0].token_start)


def _untagged_acronyms(parse: Parse, dictionary, cut: int) -> list[Span]:
    """Capitalised acronyms of a bloc or organisation the tagger left outside every entity
    ("ECOWAS leaders met", where "ECOWAS" reads as an adjective; "IMF negotiators", "OPEC+
    agreed"), as organisations: a name, or an alias the tagger calls a proper noun."""
    out = []
    for tok in parse.tokens:
        if tok.ent_type or tok.start < cut or len(tok.text) < 3:
            continue
        if not (tok.text.isupper() and tok.text.rstrip("+").isalpha()):
            continue
        found = dictionary.match(tok.text)
        entry = found.actor.entry or ""
        named = found.form == "name" or (found.form == "alias" and tok.pos == "PROPN")
        if named and found.step == "exact" and entry.startswith(BODY_ENTRIES):
            out.append(Span("ORG", tok.i, tok.i + 1, tok.start, tok.end, tok.text))
    return out


def _untagged_states(parse: Parse, dictionary, cut: int, taken: set[int]) -> list[Span]:
    """Runs of proper nouns the tagger left outside every name entity that are exactly a state's
    name or capital ("Reuters - Pakistan test-fired ...": the model reads the dateline into one
    chunk; "NEW DELHI, 7 September 2004 - India and ...": it reads "India" into the date), and
    plural people nouns it left untagged ("two Britons")."""
    tokens = parse.tokens

    def free(i: int) -> bool:
        # a date entity may swallow what follows it: "NEW DELHI, 7 September 2004 - India and"
        tok = tokens[i]
        return (
            tok.pos == "PROPN"
            and (not tok.ent_type or tok.ent_type in NUMERIC_LABELS | NON_ACTOR_LABELS)
            and tok.text.lower().rstrip(".") not in CALENDAR_WORDS
            and i not in taken
        )

    out: list[Span] = []
    k = 0
    while k < len(tokens):
        if not free(k) or tokens[k].start < cut:
            k += 1
            continue
        end = k
        while end < len(tokens) and free(end):
            end += 1
        text = parse.text_of(k, end)
        found = dictionary.match(text)
        state = found.actor.resolved and (found.actor.entry or "").startswith("state:")
        named = found.form == "name" and normal_words(text) == normal_words(found.actor.name or "")
        capital = found.form == "capital" and found.step == "exact"  # "Kyiv blamed Moscow"
        if state and (named or capital):
            out.append(Span("GPE", k, end, tokens[k].start, tokens[end - 1].end, text))
        elif state and found.form == "demonym" and end - k == 1 and tokens[k].tag == "NNPS":
            out.append(Span("NORP", k, end, tokens[k].start, tokens[k].end, text))  # "Britons"
        k = end
    return out


def _untagged_blocs(
    parse: Parse, dictionary: ActorDictionary, cut: int, taken: set[int]
) -> list[tuple[Span, str]]:
    """A bloc the tagger left outside every entity: 'Western powers', 'Western sanctions',
    'accused the West', 'the west is waging'. A capitalised bloc demonym reads as a NORP (widened
    to its noun when that is an agent or the pair is a known name; alone before an act such as
    'sanctions', never before 'influence' or 'values'); 'the West' as a name, but a
    lowercase 'west' only as an actor ('against the west'), never a direction ('in the west',
    'the west of Sudan')."""
    tokens = parse.tokens
    out: list[tuple[Span, str]] = []
    for tok in tokens:
        if tok.ent_type or tok.start < cut or tok.i in taken or tok.pos not in BLOC_POS:
            continue
        found = dictionary.match(tok.text)
        if not (found.actor.entry or "").startswith("group:"):
            continue
        head = tokens[tok.head]
        one = Span("NORP", tok.i, tok.i + 1, tok.start, tok.end, tok.text)
        if found.form == "demonym" and tok.text[:1].isupper() and tok.dep in ("amod", "compound"):
            if head.i != tok.i + 1 or head.ent_type in ("GPE", "LOC") or head.i in taken:
                continue  # "Western-led", "Western Iraq"
            pair = parse.text_of(tok.i, head.i + 1)
            if head.text.lower() in dictionary.agents or dictionary.match(pair).form == "alias":
                out.append((Span("NORP", tok.i, head.i + 1, tok.start, head.end, pair), "NORP"))
            elif head.lemma.lower() in BLOC_ACTS:
                out.append((one, "NORP"))  # "Western sanctions", not "Western influence"
        elif found.form == "name" and _bloc_as_actor(parse, tok):
            out.append((replace(one, label="ORG"), "ORG"))
        elif found.form in ("name", "alias") and tok.dep == "compound" and head.i > tok.i:
            # "Eurozone finance ministers": the bloc's name before its agents
            whole = parse.text_of(tok.i, head.i + 1)
            agents = head.text.lower() in dictionary.agents
            if agents and dictionary.match(whole).actor.country == found.actor.country:
                out.append((Span("ORG", tok.i, head.i + 1, tok.start, head.end, whole), "ORG"))
    return out


def _bloc_as_actor(parse: Parse, tok) -> bool:
    """'the West' as an actor: after 'the', with no 'of' hung on it and no capitalised name
    after it ('the West Bank'); lowercase only as a subject, object or 'against'/'with' it."""
    tokens = parse.tokens
    if tok.i == 0 or tokens[tok.i - 1].text.lower() != "the":
        return False
    after = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
    if after is not None and (after.text[:1].isupper() or after.text == "-"):
        return False
    for t in tokens[tok.i + 1 : tok.i + 3]:  # "the west of Sudan", "the west of the country"
        if t.head == tok.i and t.text.lower() == "of":
            obj = [o for o in tokens[t.i + 1 : t.i + 6] if o.head == t.i]
            if not obj or obj[0].ent_type in ("GPE", "LOC") or obj[0].text.lower() in PLACE_NOUNS:
                return False
    if tok.text[:1].isupper():
        return True
    role = tok
    while role.dep == "conj" and role.head != role.i:
        role = tokens[role.head]
    prep = tokens[role.head]
    return role.dep in WORLD_ROLES or (role.dep == "pobj" and prep.text.lower() in BLOC_PREPS)


def led_compounds(parse: Parse, dictionary, on, cut: int) -> list[Mention]:
    """'the U.S.-led invasion', 'Saudi-led coalition': the leading state, with the sector of the
    head noun, MIL for a military noun (forces, coalitions, wars), else none ('-led order')."""
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
        text = parse.text_of(first, head.i + 1)
        own = dictionary.agents.get(head.text.lower())
        actor = led_actor(actor, text, own, head.lemma.lower(), head.text)
        span = Span("LED", first, head.i + 1, tokens[first].start, head.end, text)
        out.append(make_mention(parse, span, actor, "agent"))
    return out


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
