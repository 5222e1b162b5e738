"""Actor and recipient of a trigger, found through the dependency parse.

Every function here reads a `Parse` and the actor `Mention`s; nothing imports spaCy. A side of an
event is a list of mentions (coordination and plural references give several); `Found` tells how
each side was reached, which the coder turns into a confidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from diplograph.records import Actor, Mention, Parse, Place, Span
from diplograph.stages import ingest
from diplograph.stages.actors import make_mention
from diplograph.stages.events.words import (
    AGENT_HEADS,
    AIMING_VERBS,
    ALLEGING_VERBS,
    AT_EVENTS,
    ATTACK_NOUNS,
    ATTACK_PREPS,
    AUTHOR_PARTICIPLES,
    AUTHORED_NOUNS,
    BACK_POSSESSIVES,
    CLAIMED_NOUNS,
    CROWD_VERBS,
    DECIDING_VERBS,
    DEED_NOUNS,
    DISTRIBUTIVE,
    FOR_HEADS,
    GROUPING_NOUNS,
    HARM_NEEDS_OBJECT,
    IN_HEADS,
    INHERIT_DEPS,
    OBJECT_CONTROL,
    ORIGIN_VERBS,
    OWNED_HEADS,
    OWNING_VERBS,
    PASSIVE_SUBJECT_DEPS,
    QUANTITY_HEADS,
    RECIPIENT_PREPS,
    SEQUEL_PREPS,
    STRANDING_PREPS,
    SUBJECT_DEPS,
    TERRITORY_NOUNS,
    THWARTING_VERBS,
    UNDERGO_VERBS,
    VERB_PREP_DEPS,
    VICTIM_VERBS,
)


@dataclass(frozen=True, slots=True)
class Found:
    mentions: tuple[Mention, ...] = ()
    path: str = "direct"  # direct | inherited | context | fallback

    def __bool__(self) -> bool:
        return bool(self.mentions)


class MentionIndex:
    """Resolved mentions by token, and places by token for visit destinations."""

    def __init__(self, parse: Parse, mentions: Sequence[Mention], places: Sequence[Place] = ()):
        self.parse = parse
        self.by_token: dict[int, list[Mention]] = {}
        self.dateline = dateline_end(parse)  # found once per article for the finders below
        for m in mentions:
            if m.actor.country is None or m.token_end <= self.dateline:
                continue
            for i in range(m.token_start, m.token_end):
                self.by_token.setdefault(i, []).append(m)
        self.places: dict[int, Place] = {}
        for p in places:
            if p.country and p.token_start >= 0 and p.kind == "literal":
                for i in range(p.token_start, p.token_end):
                    self.places.setdefault(i, p)

    def at(self, i: int) -> list[Mention]:
        return self.by_token.get(i, [])

    def place_actor(self, i: int) -> Mention | None:
        """A place standing for its state as a destination: "traveled to Pyongyang"."""
        place = self.places.get(i)
        if place is None:
            return None
        return place_mention(self.parse, place, "place of a visit")


def place_mention(parse: Parse, place: Place, reason: str) -> Mention:
    """A place standing for its state as one side of an event."""
    actor = Actor(place.text, place.country, place.country, name=place.name, reason=reason)
    span = Span("PLACE", place.token_start, place.token_end, place.start, place.end, place.text)
    return make_mention(parse, span, actor, "place")


def dateline_end(parse: Parse) -> int:
    """First token after a wire dateline ("BAGHDAD (Reuters) -", "AFP -"): the place and agency
    of a report are not actors of its events. 0 when there is none."""
    end = ingest.dateline_end(parse.article.text)
    if not end:
        return 0
    return next((t.i for t in parse.tokens if t.start >= end), len(parse.tokens))


def children(parse: Parse, i: int, deps: Iterable[str] | None = None) -> list[int]:
    kids = parse.children[i]
    if deps is None:
        return list(kids)
    if not kids:  # most words have none: the coder asks this of every word it reads
        return []
    tokens = parse.tokens
    return [c for c in kids if tokens[c].dep in deps]


def prep_heads(
    parse: Parse, i: int, preps: Iterable[str], deps: Iterable[str] = ("prep",)
) -> list[int]:
    """The heads of the objects of i's prepositions among `preps`: "attacked [by] rebels",
    "dozens [of] militants"."""
    wanted = set(preps)
    return [
        o
        for p in children(parse, i, deps)
        if parse.tokens[p].lemma.lower() in wanted
        for o in children(parse, p, {"pobj"})
    ]


def recipient_preps(event: str) -> set[str]:
    """The prepositions whose objects an event of this type is done to: "talks with X", and
    for an attack "fired at X"."""
    return RECIPIENT_PREPS | ({"at"} if event in AT_EVENTS else set())


def addressed(parse: Parse, v: int, preps: Iterable[str] = RECIPIENT_PREPS) -> list[int]:
    """The heads of verb v's objects and of its recipient prepositions' objects."""
    return children(parse, v, {"dobj", "dative"}) + prep_heads(parse, v, preps)


def purposes(parse: Parse, v: int) -> list[int]:
    """The infinitives that say what verb v was done for: "used tear gas to break up"."""
    return [
        x
        for x in children(parse, v, {"advcl", "xcomp"})
        if any(parse.tokens[a].text.lower() == "to" for a in children(parse, x, {"aux"}))
    ]


def subjects_alone(
    parse: Parse, v: int, mentions: Iterable[Mention], *, coordinated: bool = False
) -> list[tuple[Mention, None]]:
    """(actor, None) for each coded mention that is verb v's own subject, or the "of" of a
    subject that counts or leads people ("Thousands of Cubans protested"), or the apposition
    that names a subject ("The army (FARDC) clashed"): a one-sided event. `coordinated` takes
    each coordinated subject too ("China and Russia vetoed")."""
    subjects = children(parse, v, SUBJECT_DEPS)
    for s in subjects if coordinated else ():
        subjects.extend(children(parse, s, {"conj"}))
    subjects += [a for s in subjects for a in children(parse, s, {"appos"})]
    direct = len(subjects)
    for s in subjects:  # "Hundreds of thousands of South Koreans": each "of" in turn
        if agent_head(parse.tokens[s]):
            subjects.extend(prep_heads(parse, s, {"of"}))
    # "Thousands of French marchers": the nationality of whom the subject counts
    counted = subjects[direct:]
    subjects += [m for c in counted for m in children(parse, c, {"amod", "compound"})]
    return [
        (a, None)
        for a in mentions
        if a.actor.country and any(a.token_start <= s < a.token_end for s in subjects)
    ]


def distinct(mentions: Iterable[Mention]) -> tuple[Mention, ...]:
    """One mention a side: a state, or one of its parts ("Venezuela's government and
    opposition" are two sides, as PLOVER codes VENGOV and VENOPP)."""
    seen, out = set(), []
    for m in mentions:
        side = (m.actor.country, m.actor.sector)
        if side not in seen:
            seen.add(side)
            out.append(m)
    return tuple(out)


def np_actors(parse: Parse, idx: MentionIndex, i: int, *, depth: int = 0) -> list[Mention]:
    """The actors a noun phrase headed by token i names, with its coordinated phrases."""
    out = list(idx.at(i))
    tok = parse.tokens[i]
    # "his Chinese counterpart": the owner is the other side, not this one
    deps = {"compound", "amod", "nmod", "npadvmod"}
    if tok.lemma.lower() not in {"counterpart", "counterparts"}:
        deps.add("poss")
    if not out:
        for c in children(parse, i, deps):
            found = idx.at(c)
            if not found and parse.tokens[c].dep == "poss" and depth < 4:
                # "the Yemeni army's missile": the possessor's own phrase names it
                found = np_actors(parse, idx, c, depth=depth + 1)
            titled = agent_head(tok) or tok.pos == "PROPN"
            if not found and parse.tokens[c].dep == "compound" and titled:
                # "the European Union member states", "Pakistani President General X": the
                # state names the compound before the people acting for it (not "the Dutch embassy
                # staff", whom an embassy employs)
                found = [m for k in children(parse, c, {"compound", "amod"}) for m in idx.at(k)]
            out.extend(found)
            for cc in children(parse, c, {"conj"}):  # "Hungarian and Romanian officials"
                out.extend(idx.at(cc))
        owned = tok.text.lower() in OWNED_HEADS or tok.lemma.lower() in TERRITORY_NOUNS
        counted = tok.text.lower() in QUANTITY_HEADS
        if not out and (agent_head(tok) or owned or counted):
            preps = {"of", "from"} | ({"for"} if tok.lemma.lower() in FOR_HEADS else set())
            preps |= {"in"} if tok.lemma.lower() in IN_HEADS else set()
            for o in prep_heads(parse, i, preps):
                out.extend(np_actors(parse, idx, o, depth=depth + 1))
        if not out and tok.lemma.lower() in AUTHORED_NOUNS:  # "a US-drafted resolution"
            for c in children(parse, i, {"amod"}):
                if parse.tokens[c].text.lower() in AUTHOR_PARTICIPLES:
                    out.extend(m for k in children(parse, c, {"npadvmod"}) for m in idx.at(k))
        if not out:
            for c in children(parse, i, {"appos"}):
                out.extend(idx.at(c))
        if not out:  # "cars made in China", "brandy imported from the EU"
            for c in children(parse, i, {"acl"}):
                if parse.tokens[c].lemma.lower() in ORIGIN_VERBS:
                    for o in prep_heads(parse, c, {"in", "from"}):
                        out.extend(np_actors(parse, idx, o, depth=depth + 1))
        if not out:  # "bases belonging to X", "a tanker owned by X"
            for c in children(parse, i, {"acl"}):
                preps = OWNING_VERBS.get(parse.tokens[c].lemma.lower(), set())
                for o in prep_heads(parse, c, preps, ("prep", "agent")):
                    out.extend(np_actors(parse, idx, o, depth=depth + 1))
    if depth < 4:  # a list is a chain of conj ("France, Germany, ..., and Spain"): one level
        for c in children(parse, i, {"conj"}):
            out.extend(np_actors(parse, idx, c, depth=depth))
    return list(distinct(out))


def agent_head(tok) -> bool:
    """The noun names people or bodies acting for a state ("the leaders of X"), also when
    the tagger took a capitalized plural for a proper noun ("Leaders from X and Y urged")."""
    lemma = tok.lemma.lower()
    return lemma in AGENT_HEADS or (tok.pos == "PROPN" and lemma.removesuffix("s") in AGENT_HEADS)


def distributive(parse: Parse, idx: MentionIndex, i: int, exclude: Sequence[Mention]) -> list:
    """ "with each", "with both": the nearest earlier coordination of actors in the sentence."""
    if parse.tokens[i].lemma.lower() not in DISTRIBUTIVE or idx.at(i):
        return []
    sent = parse.sentence_of(i)
    excluded = {m.actor.country for m in exclude}
    best: list[Mention] = []
    for j in range(sent.token_start, i):
        if children(parse, j, {"conj"}):
            found = [m for m in np_actors(parse, idx, j) if m.actor.country not in excluded]
            if len(found) >= 2:
                best = found
    return best


def is_passive(parse: Parse, v: int) -> bool:
    return bool(children(parse, v, PASSIVE_SUBJECT_DEPS | {"auxpass"})) or reduced_passive(parse, v)


def reduced_passive(parse: Parse, v: int) -> bool:
    """A past participle without auxiliary or object: "two traders (were) kidnapped", "with
    two traders kidnapped", "the envoys expelled by X"."""
    tok = parse.tokens[v]
    first = v
    while parse.tokens[first].dep == "conj" and parse.tokens[first].head != first:
        first = parse.tokens[first].head  # "with X killed and Y kidnapped"
    head = parse.tokens[first]
    absolute = (
        head.dep == "pcomp" and parse.tokens[head.head].lemma.lower() in {"with", "without"}
    ) or (
        head.dep == "advcl"
        and any(
            parse.tokens[m].lemma.lower() in {"with", "without"}
            for m in children(parse, first, {"mark"})
        )
    )
    if tok.tag not in ({"VBN", "VBD"} if absolute or _headline_harm(parse, v) else {"VBN"}):
        return False
    if tok.lemma.lower() in CROWD_VERBS and not absolute:
        return False
    if children(parse, v, {"aux", "auxpass", "dobj", "dative"}):
        return False
    if tok.dep == "acl" and parse.tokens[tok.head].pos in {"NOUN", "PROPN", "PRON"}:
        return True
    deps = {"ROOT", "pcomp", "advcl", "ccomp"} | ({"conj"} if absolute else set())
    return bool(children(parse, v, {"nsubj"})) and tok.dep in deps


def _headline_harm(parse: Parse, v: int) -> bool:
    """A main verb of harm that is never said without whom it harms, with nothing it is done
    to: a headline's passive whatever its tag ("British couple shot dead in Thailand")."""
    tok = parse.tokens[v]
    if tok.dep != "ROOT" or tok.lemma.lower() not in HARM_NEEDS_OBJECT:
        return False
    return not prep_heads(parse, v, RECIPIENT_PREPS | {"at"})


def agent_of(parse: Parse, idx: MentionIndex, v: int) -> list[Mention]:
    out = []
    for a in children(parse, v, {"agent"}):
        for o in children(parse, a, {"pobj"}):
            out.extend(np_actors(parse, idx, o))
    return out


def subject_of(parse: Parse, idx: MentionIndex, v: int, *, hops: int = 0) -> Found:
    """The subject of verb v; for a verb without one (infinitive, participle, gerund,
    coordinated verb, relative clause) the subject of the clause it depends on."""
    tok = parse.tokens[v]
    subjects = sorted(children(parse, v, SUBJECT_DEPS), key=lambda j: abs(v - j))
    if len(subjects) > 1:
        # two subjects are a misparse: "X on his visit after the polls congratulated Y" takes
        # "polls", the subject of the clause "after" opens, as one of them
        marks = children(parse, v, {"mark"})
        subjects = [s for s in subjects if not any(m < s < v for m in marks)] or subjects
    for s in subjects:
        if parse.tokens[s].tag in {"WP", "WDT"} and tok.dep == "relcl":
            return _relative_subject(parse, idx, v, hops)
        return Found(tuple(np_actors(parse, idx, s)), "direct")
    stranded = _stranded_subject(parse, v)
    if stranded is not None:
        return Found(tuple(np_actors(parse, idx, stranded)), "direct")
    if is_passive(parse, v):
        agent = agent_of(parse, idx, v)
        if agent:
            return Found(tuple(agent), "direct")
    if tok.dep == "relcl" or (tok.dep == "acl" and tok.tag == "VBG"):
        # "militants holding three hostages", "a resolution calling on X": a present
        # participle's subject is the noun it describes, as a relative clause's is
        return _relative_subject(parse, idx, v, hops)
    if hops < 3 and tok.dep in INHERIT_DEPS and tok.head != v:
        head = tok.head
        prep = parse.tokens[head].pos == "ADP"
        if prep:  # "since launching ...": the preposition's verb
            head = parse.tokens[head].head
        if parse.tokens[head].pos == "ADJ" and parse.tokens[head].dep in {"acomp", "oprd"}:
            head = parse.tokens[head].head  # "X is due / ready to meet Y": the copula's subject
        if prep and _claimed(parse, head):
            head = parse.tokens[head].head  # "claimed responsibility for killing X"
        if tok.dep == "xcomp" and parse.tokens[head].lemma.lower() in OBJECT_CONTROL:
            return Found(tuple(object_actors(parse, idx, head)), "inherited")
        if prep and parse.tokens[head].pos == "VERB" and is_passive(parse, head):
            # "X were convicted of / found guilty of attacking Y": the one convicted did it
            patients = passive_patient(parse, idx, head)
            if patients:
                return Found(tuple(patients), "inherited")
        elif prep and parse.tokens[head].lemma.lower() in ALLEGING_VERBS:
            # "Pakistan accused India of shelling villages": the accused did it, not the accuser
            accused = object_actors(parse, idx, head)
            if accused:
                return Found(tuple(accused), "inherited")
        if parse.tokens[head].pos in {"VERB", "AUX"}:
            found = subject_of(parse, idx, head, hops=hops + 1)
            return Found(found.mentions, "inherited") if found else found
    return Found()


def object_actors(parse: Parse, idx: MentionIndex, v: int) -> list[Mention]:
    """The actors verb v's direct objects name."""
    return [m for o in children(parse, v, {"dobj"}) for m in np_actors(parse, idx, o)]


def _stranded_subject(parse: Parse, v: int) -> int | None:
    """ "..., as the ministers concluded talks": a parse may hang a finite clause's subject on
    its conjunction as a preposition's object; the phrase just before the verb is its subject."""
    tok = parse.tokens[v]
    if tok.dep != "advcl" or tok.tag not in {"VBD", "VBZ", "VBP"}:
        return None
    for p in children(parse, tok.head, {"prep"}):
        if parse.tokens[p].lemma.lower() in STRANDING_PREPS:
            for o in children(parse, p, {"pobj"}):
                if max(parse.subtree(o)) == v - 1:
                    return o
    return None


def _relative_subject(parse: Parse, idx: MentionIndex, v: int, hops: int) -> Found:
    """The subject of a relative clause: the noun it modifies; for a noun naming no actor,
    the subject of the clause that noun sits in ("arrived for a tour that includes talks")."""
    head = parse.tokens[v].head
    if _attack_object(parse, head):
        # "the bombing of a UN office that injured six": the clause tells of the attack,
        # whose target the office is
        return Found()
    found = np_actors(parse, idx, head)
    if found:
        return Found(tuple(found), "direct")
    outer, how = governor(parse, head)
    if outer is None or how in {"subj", "by"} or hops >= 3:
        return Found()
    if how != "dobj" and parse.tokens[head].lemma.lower() in DEED_NOUNS:
        return Found()  # "sanctions over the coup that removed X": the coup's doer removed X
    return Found(subject_of(parse, idx, outer, hops=hops + 1).mentions, "inherited")


def _attack_object(parse: Parse, n: int) -> bool:
    """Noun n is the object of "of / on / against" after an attack noun ("the bombing of X")."""
    prep = parse.tokens[n].head
    if parse.tokens[n].dep != "pobj" or parse.tokens[prep].lemma.lower() not in ATTACK_PREPS:
        return False
    noun = parse.tokens[parse.tokens[prep].head]
    lemma = noun.lemma.lower()
    return noun.pos == "NOUN" and (lemma in ATTACK_NOUNS or lemma.endswith("ing"))


def verb_objects(
    parse: Parse,
    idx: MentionIndex,
    v: int,
    preps: set[str],
    *,
    place: bool,
    direct: bool = True,
    acts: bool = False,
    deeds: bool = False,
) -> Found:
    """Recipients of verb v: direct object (unless `direct` is off: "left Tokyo for X", then
    only people: "evacuated thousands of X"), dative, and objects of the given prepositions
    (attached to the verb or to its object); places after to/in when `place` is set; with
    `acts` (a speech act), the doer of the act an object names ("welcomed the decision by X",
    "rejected the terms offered by X"), and with `deeds` (a judgement of a deed done) whom it
    is of ("condemned the expulsion of X's diplomats")."""
    out: list[Mention] = []
    heads = [v]
    for o in children(parse, v, {"dobj", "dative"}):
        if not direct and parse.tokens[o].dep == "dobj" and not agent_head(parse.tokens[o]):
            continue  # "left Tokyo", not "evacuated thousands of Lebanese"
        found = np_actors(parse, idx, o) or aimed_at(parse, idx, o)
        out.extend(found or (act_doers(parse, idx, o, of=deeds) if acts else []))
    for o in children(parse, v, {"dobj"}):
        # "blocked Australia's involvement with ASEAN": an object naming an actor is whom
        # the verb targets; its own "with X" belongs to the noun ("its treaty with X" names
        # the subject again, so X stays)
        named = [m for m in np_actors(parse, idx, o) if m.kind != "pronoun"]
        if not (direct and named):
            heads.append(o)
    for h in heads:
        out.extend(prep_objects(parse, idx, h, preps, place=place, deps=VERB_PREP_DEPS))
    return Found(distinct(out))


def aimed_at(parse: Parse, idx: MentionIndex, n: int) -> list[Mention]:
    """The actors a participle describing noun n names as its aim: "sanctions targeting X's
    banks", "strikes aimed at (halting) X's program" (`AIMING_VERBS`)."""
    out: list[Mention] = []
    for a in children(parse, n, {"acl"}):
        preps = AIMING_VERBS.get(parse.tokens[a].lemma.lower())
        if preps is None:
            continue
        heads = children(parse, a, {"dobj"}) + prep_heads(parse, a, preps)
        for p in children(parse, a, {"prep"}):  # "aimed at halting X's program"
            if parse.tokens[p].lemma.lower() in preps:
                heads += [
                    o for c in children(parse, p, {"pcomp"}) for o in children(parse, c, {"dobj"})
                ]
        for h in heads:
            out.extend(np_actors(parse, idx, h))
    return out


def clause_partner(parse: Parse, idx: MentionIndex, n: int) -> list[Mention]:
    """The other party of the clause noun n is an argument of: its verb's subject for an
    object ("Japan welcomed a visiting X official"), its objects for a subject ("the
    visiting X minister met Japan's premier")."""
    tok = parse.tokens[n]
    verb = tok.head
    if tok.dep in {"dobj", "dative"}:
        return list(subject_of(parse, idx, verb).mentions)
    if tok.dep in SUBJECT_DEPS:
        return addressed_actors(parse, idx, verb)
    return []


def addressed_actors(parse: Parse, idx: MentionIndex, v: int) -> list[Mention]:
    """The actors verb v's objects and recipient prepositions name."""
    return [m for o in addressed(parse, v) for m in np_actors(parse, idx, o)]


def act_doers(parse: Parse, idx: MentionIndex, n: int, *, of: bool = False) -> list[Mention]:
    """The actors a noun names as the doers of what it stands for: "the decision by X", "the
    blockade imposed by X"; with `of`, else who acted in the clause that tells of it ("the
    raid in which X's soldiers shot two boys"), else whom it is of: "the intervention of X's
    army"."""
    out = prep_objects(parse, idx, n, {"by"})
    for a in children(parse, n, {"acl"}):
        out.extend(agent_of(parse, idx, a))
    if out or not of:
        return out
    for c in children(parse, n, {"relcl"}):
        for s in children(parse, c, SUBJECT_DEPS):
            if parse.tokens[s].tag not in {"WP", "WDT"}:  # "the raid that killed": the raid
                out.extend(np_actors(parse, idx, s))
    return out or prep_objects(parse, idx, n, {"of"})


def passive_patient(parse: Parse, idx: MentionIndex, v: int) -> list[Mention]:
    found = [m for s in children(parse, v, PASSIVE_SUBJECT_DEPS) for m in np_actors(parse, idx, s)]
    if found or not reduced_passive(parse, v):
        return found
    if parse.tokens[v].dep == "acl":
        return np_actors(parse, idx, parse.tokens[v].head)
    return [m for s in children(parse, v, {"nsubj"}) for m in np_actors(parse, idx, s)]


def prep_objects(
    parse: Parse,
    idx: MentionIndex,
    n: int,
    preps: Iterable[str],
    *,
    place: bool = False,
    deps: Iterable[str] = ("prep",),
) -> list[Mention]:
    """Actors in the objects of n's prepositions among `preps` (or, when `place` is set, the
    state of a place there: "traveled to Pyongyang")."""
    out: list[Mention] = []
    for o in prep_heads(parse, n, preps, deps):
        found = np_actors(parse, idx, o)
        if not found and place:
            m = idx.place_actor(o)
            found = [m] if m else []
        out.extend(found)
    return out


def noun_actors(parse: Parse, idx: MentionIndex, n: int, actor_preps: Iterable[str]) -> list:
    """Explicit actor of a nominal trigger: "X's visit", "Western sanctions", "the war initiated
    by X", "condemnation by X"."""
    out: list[Mention] = []
    for c in children(parse, n, {"poss", "compound", "amod", "nmod"}):
        if parse.tokens[c].dep == "compound" and _town(idx, c):
            continue  # "the Kabul bombing": a town before the noun is where, not who
        found = np_actors(parse, idx, c) if parse.tokens[c].dep == "poss" else idx.at(c)
        if parse.tokens[c].dep != "poss":  # "Syrian and Russian air strikes": both struck
            found = found + [m for k in children(parse, c, {"conj"}) for m in idx.at(k)]
        if not found and parse.tokens[c].dep == "compound":
            # "Russian drone strikes": the nationality modifies the compound, not the noun
            found = [m for k in children(parse, c, {"amod", "compound"}) for m in idx.at(k)]
        out.extend(found)
    out.extend(prep_objects(parse, idx, n, {"by", *actor_preps}))
    # the parser hangs the noun's "by" on its "of" object: "the expulsion of 40 diplomats by X"
    for o in prep_heads(parse, n, {"of"}, ("prep",)):
        out.extend(prep_objects(parse, idx, o, {"by"}))
    for a in children(parse, n, {"acl"}):
        out.extend(agent_of(parse, idx, a))
    return list(distinct(out))


def _town(idx: MentionIndex, i: int) -> bool:
    """Token i is in a place smaller than a state ("Kabul", not "US": "US air strikes")."""
    place = idx.places.get(i)
    return place is not None and place.precision not in {None, "country"}


def between(parse: Parse, idx: MentionIndex, n: int) -> list[Mention]:
    """ "between X and Y": all the coordinated parties, in text order."""
    return prep_objects(parse, idx, n, {"between", "among"})


def mediated(parse: Parse, idx: MentionIndex, v: int) -> list[Mention]:
    """The parties a go-between deals with: "mediated between X and Y", "carried proposals
    between X and Y", "brokered talks between X and Y"."""
    for head in (v, *children(parse, v, {"dobj"})):
        found = between(parse, idx, head)
        if found:
            return found
    return []


def governor(parse: Parse, n: int) -> tuple[int | None, str]:
    """The verb a noun hangs from and how: ('dobj'|'by'|prep lemma|'subj', verb index); through
    a head that groups it ("carried out a series of airstrikes")."""
    tok = parse.tokens[n]
    prep = parse.tokens[tok.head]
    if tok.dep == "pobj" and prep.lemma.lower() == "of" and prep.dep == "prep":
        if parse.tokens[prep.head].lemma.lower() in GROUPING_NOUNS:
            return governor(parse, prep.head)
    if tok.dep == "pobj" and prep.lemma.lower() == "for" and _claimed(parse, prep.head):
        return governor(parse, prep.head)  # "claimed responsibility for the attack"
    if tok.dep in {"dobj", "attr", "oprd"} and parse.tokens[tok.head].pos in {"VERB", "AUX"}:
        return tok.head, "dobj"
    if tok.dep in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return tok.head, "subj"
    if tok.dep == "pobj":
        prep = parse.tokens[tok.head]
        head = parse.tokens[prep.head]
        if prep.dep in {"prep", "agent"} and head.pos in {"VERB", "AUX"}:
            return head.i, "by" if prep.dep == "agent" or prep.lemma == "by" else prep.lemma
    return None, ""


def _claimed(parse: Parse, n: int) -> bool:
    """Noun n is a verb's object that claims an act: "claimed responsibility / credit"."""
    tok = parse.tokens[n]
    return tok.lemma.lower() in CLAIMED_NOUNS and tok.dep == "dobj"


def fill_from_context(
    parse: Parse,
    idx: MentionIndex,
    n: int,
    actors: list,
    recipients: list,
    undergoes: bool,
    joint: bool = False,
) -> tuple[Found, Found]:
    """Fill a missing side of a nominal event from the clause around it; a `joint` one (a
    meeting) also from a clause it precedes or follows ("after talks with X, Y said")."""
    a = Found(tuple(actors)) if actors else Found()
    r = Found(tuple(recipients)) if recipients else Found()
    verb, how = governor(parse, n)
    if verb is None:
        return a, r
    vlemma = parse.tokens[verb].lemma.lower()
    if how == "by":
        patient = passive_patient(parse, idx, verb) or list(subject_of(parse, idx, verb).mentions)
        if not r and patient:
            r = Found(tuple(patient), "context")
        return a, r
    if how == "subj" or (how == "dobj" and vlemma in THWARTING_VERBS):
        return a, r  # "suppressed a protest": who suppressed it did not protest
    if how in SEQUEL_PREPS and not joint and not _owned(parse, n):
        return a, r  # "recalled its envoy after the shelling of X": not the envoy's state's
    if vlemma in VICTIM_VERBS and how != "dobj":
        if a and not r:  # "X were killed / died in an air raid by Y": the raid hit X
            harmed = victims(parse, idx, verb)
            r = Found(tuple(harmed), "context") if harmed else r
        return a, r
    subject = subject_of(parse, idx, verb)
    if not subject:
        return a, r
    if how == "dobj" and vlemma not in DECIDING_VERBS and (vlemma in UNDERGO_VERBS or undergoes):
        if not r:
            r = Found(subject.mentions, "context")
        if not a and vlemma in UNDERGO_VERBS:  # "drew condemnation from X"
            source = prep_objects(parse, idx, verb, {"from", "by"})
            a = Found(tuple(source), "context") if source else a
        return a, r
    if not a:
        a = Found(subject.mentions, "context")
    elif not r:
        r = Found(subject.mentions, "context")
    return a, r


def victims(parse: Parse, idx: MentionIndex, v: int) -> list[Mention]:
    """Whom a verb of harm says were harmed: a passive's patient ("were killed"), the subject
    of a verb with no object ("died"); none for an active verb's object's doer."""
    if is_passive(parse, v):
        return passive_patient(parse, idx, v)
    if children(parse, v, {"dobj"}):
        return []
    return list(subject_of(parse, idx, v).mentions)


def _owned(parse: Parse, n: int) -> bool:
    """Noun n's possessor is "its" or "their" (BACK_POSSESSIVES): the act is its clause's."""
    return any(
        parse.tokens[c].text.lower() in BACK_POSSESSIVES for c in children(parse, n, {"poss"})
    )


def with_text(m: Mention) -> Actor:
    """The mention's actor carrying the words it was read from."""
    return m.actor if m.actor.entity_text == m.text else replace(m.actor, entity_text=m.text)
