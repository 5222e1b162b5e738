"""Triggers: the verbs and nouns of a sentence that report an event, with their arguments.

`Triggers(lexicon).readings(parse, idx, lo, hi)` returns one `Reading` per trigger of the token
range: the CAMEO code and its PLOVER event, mode and context, and the actor and recipient
mentions found through the parse (arguments.py). Method: docs/events.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from diplograph.records import Mention, Parse
from diplograph.stages.actors import inherited
from diplograph.stages.events import arguments as args
from diplograph.stages.events import constructions, speech
from diplograph.stages.events.anaphora import deal_named
from diplograph.stages.events.fallback import nearest_other
from diplograph.stages.events.features import (
    actors_under,
    candidates,
    lemma_features,
    lexicon_types,
    token_features,
)
from diplograph.stages.events.lexicon import Lexicon, NounTrigger, VerbPattern
from diplograph.stages.events.relations import initiated, modifiers
from diplograph.stages.events.tagger import TriggerTagger
from diplograph.stages.events.words import (
    ALLY_PREPS,
    ARRIVAL_VERBS,
    BARE_ONE_SIDED,
    BARE_ONE_SIDED_CODES,
    CLAUSE_POS,
    COMPLEMENT_SKIP,
    DEEP_TARGET_EVENTS,
    DEFAULT_CAMEO,
    DEPARTURE_VERBS,
    DESTINATION_VERBS,
    DISPATCH_VERBS,
    DOCUMENT_NOUNS,
    ENVOY_NOUNS,
    EXPERIENCER_VERBS,
    FIGHTING_MEANS,
    FIGHTING_NOUNS,
    FIGHTING_VERBS,
    FOR_EVENTS,
    FORCES_MOVING,
    FROM_EVENTS,
    GATHERING_NOUNS,
    GATHERING_VERBS,
    GREET_VERBS,
    HALT_NOUNS,
    HOME_PEOPLE_SECTORS,
    HOME_POLITY_SECTORS,
    HOME_SECTORS,
    HYPHEN_WORDS,
    JOINT_CODES,
    JUDGING_EVENTS,
    LEMMA_PREPS,
    LIGHT_VERBS,
    MEDIATION_CODE,
    MEETING_PARTNER_PREPS,
    MILITARY_NOUNS,
    OBJECT_GIVEN_UP_CODES,
    ONE_SIDED,
    ONE_SIDED_NEEDS_OBJECT,
    ONE_SIDED_NO_OBJECT,
    PASSIVE_SUBJECT_DEPS,
    PROTEST_ASKING_VERBS,
    PROTESTING_VERBS,
    PURPOSE_NOUNS,
    PURPOSE_PREPS,
    RECIPIENT_PREPS,
    RECIPROCAL_VERBS,
    RECIPROCAL_WORDS,
    REJECTED_SOURCE_PREPS,
    REQUIREMENT_NOUNS,
    SIDELESS_EVENTS,
    SITE_NOUNS,
    SITE_PREPS,
    SPOKEN_ALONE,
    STRIKING_VERBS,
    SUBJECT_DEPS,
    SUPPORT_VERBS,
    SYMMETRIC,
    WITHDRAWAL_PREPS,
)
from diplograph.states import states


@dataclass(slots=True)
class Reading:
    """One trigger with its coding, before it becomes events."""

    trigger: int
    cameo: str
    event: str
    mode: str
    context: tuple[str, ...]
    how: str  # verb-pattern | verb | noun | state | dispatch
    actors: args.Found
    recipients: args.Found
    tokens: list[int] = field(default_factory=list)
    host_first: bool = False  # CAMEO 043: the subject hosts; the visitor is the actor
    symmetric: bool = False
    learned: float | None = None  # the tagger's probability, for a reading the rules did not make
    refusal: bool = False  # "will not accept X": its modes are those of the clauses above it
    stated: bool = False  # "warned it would strike back": the threat says its own hostile act


class Triggers:
    """Finds the readings of a sentence with one lexicon."""

    def __init__(self, lexicon: Lexicon, tagger: TriggerTagger | None = None):
        self.lexicon = lexicon
        self.tagger = tagger
        self.lexicon_types = lexicon_types(lexicon)
        self._screened: dict[str, bool] = {}

    def readings(self, parse: Parse, idx: args.MentionIndex, lo: int, hi: int) -> list[Reading]:
        out = self.rule_readings(parse, idx, lo, hi)
        if self.tagger is not None:
            out = sorted(out + self._learned(parse, idx, lo, hi, out), key=lambda r: r.trigger)
        return self._drop_light(parse, out)

    def rule_readings(
        self, parse: Parse, idx: args.MentionIndex, lo: int, hi: int
    ) -> list[Reading]:
        """The readings of the lexicon's rules, one per trigger word."""
        out: list[Reading] = []
        for i in range(lo, hi):
            tok = parse.tokens[i]
            if tok.text.lower() == "according":  # "according to X" reports, it is no event
                continue
            if tok.pos == "VERB":
                reading = self._dispatch(parse, idx, i) or self._verb(parse, idx, i)
            elif tok.pos in {"NOUN", "PROPN"}:
                reading = self._noun(parse, idx, i)
            else:
                reading = None
            if reading is not None:
                out.append(reading)
        out = sorted(
            out
            + constructions.added(parse, idx, lo, hi, out, Reading, self.row)
            + speech.added(parse, idx, lo, hi, self.lexicon.nouns, Reading, self.row),
            key=lambda r: r.trigger,
        )
        return constructions.extend(parse, idx, out, Reading, self.row)

    def _learned(
        self, parse: Parse, idx: args.MentionIndex, lo: int, hi: int, rules: list[Reading]
    ) -> list[Reading]:
        """Readings of the words the rules left uncoded that the tagger reads as triggers."""
        # with no actor in the sentence only a type news reports without a doer can be coded
        # (sideless.py: "Protests broke out in the capital")
        named = any(idx.at(j) for j in range(lo, hi))
        by_token = {r.trigger: r.event for r in rules}
        tokens = [
            i
            for i in candidates(parse, lo, hi)
            if i not in by_token
            and lemma_at(parse, i) == parse.tokens[i].lemma.lower()  # not "fire" of "cease-fire"
            and self._may_tag(parse.tokens[i].lemma.lower())
        ]
        if not tokens:
            return []
        types = self.lexicon_types
        under = actors_under(parse, idx, lo, hi)
        rows = [token_features(parse, idx, i, types, by_token.get(i), under) for i in tokens]
        lemmas = [parse.tokens[i].lemma.lower() for i in tokens]
        out = []
        for tagged in self.tagger.tag(tokens, rows, lemmas):
            if not named and tagged.event not in SIDELESS_EVENTS:
                continue
            reading = self._typed(parse, idx, tagged.token, tagged.event)
            if reading is not None:
                reading.learned = tagged.probability
                out.append(reading)
        return out

    def _may_tag(self, lemma: str) -> bool:
        """The tagger's screen of a lemma (tagger.may_tag), once per lemma and lexicon."""
        found = self._screened.get(lemma)
        if found is None:
            names = lemma_features(lemma, self.lexicon_types)
            found = self._screened[lemma] = self.tagger.may_tag(lemma, names)
        return found

    def _typed(self, parse: Parse, idx: args.MentionIndex, i: int, event: str) -> Reading | None:
        """Word i read as an event of a type the tagger gave, with the type's general code."""
        cameo = DEFAULT_CAMEO[event]
        row = self.row(cameo)
        if row is None:
            return None
        if parse.tokens[i].pos == "VERB":
            return self._verb_reading(parse, idx, i, cameo, row, "verb")
        trig = NounTrigger(
            lemma=parse.tokens[i].lemma.lower(),
            cameo=cameo,
            event=event,
            mode=row.mode,
            context=row.context,
            kind="event",
            actor_preps=frozenset(),
            recipient_preps=frozenset(RECIPIENT_PREPS),
            needs=frozenset(),
            place=False,
        )
        return self._noun_reading(parse, idx, i, trig, "noun")

    def _drop_light(self, parse: Parse, out: list[Reading]) -> list[Reading]:
        # A light verb ("paid a visit", "held talks") leaves the meaning to its object noun;
        # otherwise ("signed a treaty") the verb's pattern already codes the noun, except a
        # go-between's: "mediated talks between X and Y" is the talks and the mediation.
        light = {
            args.governor(parse, r.trigger)[0]
            for r in out
            if r.how == "noun" and dyads(r) and is_light(parse, r.trigger)
        }
        out = [r for r in out if r.trigger not in light or r.refusal]
        coded = {
            r.trigger
            for r in out
            if r.how not in {"noun", "state"} and dyads(r) and not r.refusal
            if not r.cameo.startswith(MEDIATION_CODE)
        }
        return [
            r
            for r in out
            if r.how not in {"noun", "state"} or args.governor(parse, r.trigger)[0] not in coded
        ]

    def row(self, cameo: str):
        row = self.lexicon.code(cameo)
        return row if row and row.event else None

    def _verb(self, parse: Parse, idx: args.MentionIndex, v: int) -> Reading | None:
        pattern = match_verb(parse, v, self.lexicon)
        row = self.row(pattern.cameo) if pattern else None
        if row is None:
            return None
        how = "verb-pattern" if pattern.items else "verb"
        return self._verb_reading(parse, idx, v, pattern.cameo, row, how)

    def _verb_reading(
        self, parse: Parse, idx: args.MentionIndex, v: int, cameo: str, row, how: str
    ) -> Reading | None:
        """Verb v read as CAMEO code `cameo` (its table row `row`): find its arguments."""
        tok = parse.tokens[v]
        document = tok.dep == "acl" and parse.tokens[tok.head].lemma.lower() in DOCUMENT_NOUNS
        if (
            how != "verb-pattern"
            and tok.dep in {"advcl", "acl"}
            and tok.tag == "VBG"
            and not document
        ):
            # "..., signaling the rise of ...", "Iraqis cooperating with X": a participle
            # comments on a clause or describes a noun (not a document's: "a statement
            # condemning X" is its issuer's act); only a verb whose pattern matched its
            # complement is read as an event there
            return None
        lemma = tok.lemma.lower()
        # a place visited or reached stands for its state: "arrived in Haiti"
        reached = (row.event == "CONSULT" and row.mode == "visit") or lemma in ARRIVAL_VERBS
        if lemma in GREET_VERBS and met_requirement(parse, v):
            return None
        preps = args.recipient_preps(row.event) | ({"from"} if row.event in FROM_EVENTS else set())
        preps |= {"for"} if row.event in FOR_EVENTS else set()
        preps |= ({"in", "at"} if reached else set()) | LEMMA_PREPS.get(lemma, set())
        if row.event == "REJECT":  # "rejected the proposal by X", "calls from X"
            preps |= REJECTED_SOURCE_PREPS
        if row.event == "PROTEST":  # "protested outside the U.S. embassy"
            preps |= SITE_PREPS
        if lemma in DESTINATION_VERBS:
            preps -= {"to", "into", "toward", "towards"}
        passive = args.is_passive(parse, v)
        # "X was met / welcomed by Y": the one met is the visitor (actor), Y the host
        greeted = passive and row.event == "CONSULT" and lemma in GREET_VERBS
        mode = "visit" if greeted else row.mode
        if passive:
            actors = args.Found(tuple(args.agent_of(parse, idx, v)))
            recipients = args.Found(tuple(args.passive_patient(parse, idx, v)))
            if greeted:
                actors, recipients = recipients, actors
            elif not recipients:  # "supplies were airlifted to Honduras by ...": a thing moved
                recipients = args.verb_objects(parse, idx, v, preps - {"with"}, place=reached)
        else:
            actors = args.subject_of(parse, idx, v)
            recipients = args.verb_objects(
                parse,
                idx,
                v,
                preps,
                place=reached,
                direct=lemma not in DEPARTURE_VERBS,
                acts=row.event in SPOKEN_ALONE,
                deeds=row.event in JUDGING_EVENTS,
            )
        if row.event == "ACCUSE" and lemma in EXPERIENCER_VERBS:
            actors, recipients = recipients, actors
        if row.event == "MOBILIZE":  # "massed its troops": the force moved, no recipient
            own = {m.actor.country for m in actors.mentions}
            kept = tuple(m for m in recipients.mentions if m.actor.country not in own)
            recipients = args.Found(kept, recipients.path)
        if row.event == "SANCTION":
            # "recalled its ambassador to Spain": the state an envoy is posted to, not its own;
            # another state's envoy is that state's ("expelled the Belarusian envoy to Kyiv")
            # ... or the capital before it ("recalled its Havana ambassador")
            own = {m.actor.country for m in actors.mentions}
            posted = tuple(
                m
                for o in args.children(parse, v, {"dobj"})
                if parse.tokens[o].lemma.lower() in ENVOY_NOUNS
                and {m.actor.country for m in args.np_actors(parse, idx, o)} <= own
                for m in args.prep_objects(parse, idx, o, {"to", "in"}, place=True)
                + [idx.place_actor(k) for k in args.children(parse, o, {"compound"})]
                if m is not None and m.actor.country not in own
            )
            recipients = args.Found(posted) if posted else recipients
        if not recipients and reached and tok.dep in {"amod", "acl"}:
            # "Japan welcomed a visiting X official": the noun described is the visitor, the
            # host the other party of its clause
            visitors = args.np_actors(parse, idx, tok.head)
            actors = args.Found(tuple(visitors)) if visitors else actors
            recipients = args.Found(tuple(args.clause_partner(parse, idx, tok.head)), "inherited")
        if not recipients:
            recipients = self._distributive(parse, idx, v, actors)
        mediation = cameo.startswith(MEDIATION_CODE)
        if not recipients and mediation:
            recipients = args.Found(tuple(args.mediated(parse, idx, v)), "inherited")
        if not recipients and row.event == "PROTEST":
            recipients = args.Found(tuple(asked(parse, idx, v, actors)), "inherited")
        if not recipients and actors and row.event == "THREATEN":
            # "threatened to kill an Australian journalist": the threatened act's object
            recipients = args.Found(
                tuple(
                    m
                    for x in args.children(parse, v, {"xcomp"})
                    for m in args.verb_objects(parse, idx, x, RECIPIENT_PREPS, place=False).mentions
                ),
                "inherited",
            )
        if not recipients and actors and row.event == "REQUEST":
            # "called for an end to Israeli raids": whose acts the halt asked for would stop, as
            # in "demanded an end to Israeli raids"
            recipients = args.Found(
                tuple(
                    m
                    for p in args.children(parse, v, {"prep"})
                    if parse.tokens[p].lemma.lower() == "for"
                    for o in args.children(parse, p, {"pobj"})
                    if parse.tokens[o].lemma.lower() in HALT_NOUNS
                    for m in args.prep_objects(parse, idx, o, {"to"})
                ),
                "inherited",
            )
        comp = complement(parse, v)  # walked once for the reading's tokens and its words
        # "shot them dead": the target is someone named elsewhere, not the scene
        pronoun = any(parse.tokens[o].pos == "PRON" for o in args.children(parse, v, {"dobj"}))
        deep = row.event in DEEP_TARGET_EVENTS and not passive and not pronoun
        if not recipients and actors and deep:
            recipients = deep_target(
                parse,
                idx,
                complement(parse, v, depth=6) if row.event == "MOBILIZE" else comp,
                actors.mentions,
            )
        return Reading(
            trigger=v,
            cameo=cameo,
            event=row.event,
            mode=mode,
            context=row.context,
            how=how,
            actors=actors,
            recipients=recipients,
            tokens=comp,
            host_first=cameo.startswith("043"),
            symmetric=(cameo.startswith(JOINT_CODES) and not mediation)
            or bool(word_forms(parse, comp) & RECIPROCAL_WORDS)
            or lemma_at(parse, v) in RECIPROCAL_VERBS
            or fighting_each_other(parse, v),
        )

    def _distributive(
        self, parse: Parse, idx: args.MentionIndex, head: int, actors: args.Found
    ) -> args.Found:
        for o in args.prep_heads(parse, head, {"with", "between"}):
            found = args.distributive(parse, idx, o, actors.mentions)
            if found:
                return args.Found(tuple(found), "inherited")
        return args.Found()

    def _dispatch(self, parse: Parse, idx: args.MentionIndex, v: int) -> Reading | None:
        """Troops sent or deployed alongside / in support of another state: military AID."""
        if parse.tokens[v].lemma.lower() not in DISPATCH_VERBS:
            return None
        passive = args.is_passive(parse, v)
        deps = PASSIVE_SUBJECT_DEPS if passive else {"dobj"}
        patients = [
            p
            for p in args.children(parse, v, deps)
            if parse.tokens[p].lemma.lower() in MILITARY_NOUNS
        ]
        if not patients:
            return None
        actors = [m for p in patients for m in args.np_actors(parse, idx, p)]
        if not actors and not passive:
            actors = list(args.subject_of(parse, idx, v).mentions)
        allies: list[Mention] = []
        near = {v, *patients, *args.children(parse, v, {"dobj"})}  # not "border with X"
        for i in complement(parse, v):
            tok = parse.tokens[i]
            if (
                tok.dep == "prep"
                and tok.lemma.lower() in ALLY_PREPS
                and (tok.head in near or tok.lemma.lower() != "with")
            ):
                allies += [
                    m
                    for o in args.children(parse, i, {"pobj"})
                    for m in args.np_actors(parse, idx, o)
                ]
            if tok.lemma.lower() == "support" and tok.pos == "NOUN":
                allies += args.prep_objects(parse, idx, i, {"of", "for"})
        for x in args.children(parse, v, {"xcomp", "advcl"}):
            if parse.tokens[x].lemma.lower() in SUPPORT_VERBS:
                allies += [
                    m
                    for o in args.children(parse, x, {"dobj"})
                    for m in args.np_actors(parse, idx, o)
                ]
        row = self.row("072")
        if not allies or row is None:
            return None
        return Reading(
            trigger=v,
            cameo="072",
            event=row.event,
            mode=row.mode,
            context=("military",),
            how="dispatch",
            actors=args.Found(tuple(actors)),
            recipients=args.Found(args.distinct(allies)),
            tokens=complement(parse, v),
        )

    def _noun(self, parse: Parse, idx: args.MentionIndex, n: int) -> Reading | None:
        trig = self.lexicon.nouns.get(lemma_at(parse, n))
        if trig is None or (trig.needs and not modifiers(parse, n) & trig.needs):
            return None
        return self._noun_reading(parse, idx, n, trig, "noun" if trig.kind == "event" else "state")

    def _noun_reading(
        self, parse: Parse, idx: args.MentionIndex, n: int, trig: NounTrigger, how: str
    ) -> Reading | None:
        """Noun n read as `trig`: find its arguments."""
        anchor = n
        if trig.kind == "state":
            start = initiated(parse, n)
            if start is None:
                return None
            if parse.tokens[start].pos in {"NOUN", "PROPN"}:
                anchor = start
        actors = args.noun_actors(parse, idx, n, trig.actor_preps)
        if anchor != n:
            actors += args.noun_actors(parse, idx, anchor, ())
        recipients = args.prep_objects(parse, idx, n, trig.recipient_preps, place=trig.place)
        light = args.governor(parse, n)[0] if is_light(parse, n) else None
        if parse.tokens[n].dep in PASSIVE_SUBJECT_DEPS:
            light = parse.tokens[n].head  # "sanctions were imposed on X": the verb's "on X"
        if light is not None and not recipients:  # "held talks on Monday with X"
            recipients = args.prep_objects(
                parse, idx, light, trig.recipient_preps, place=trig.place
            )
        parties = args.between(parse, idx, n)
        for c in args.children(parse, n, {"relcl", "acl"}):  # "clashes that erupted between"
            parties = parties or args.between(parse, idx, c)
        if not parties and parse.tokens[n].dep in SUBJECT_DEPS:  # "clashes erupted between"
            parties = args.between(parse, idx, parse.tokens[n].head)
        if parties:
            if not actors:
                actors = parties[:1]
            taken = {m.actor.country for m in actors}
            recipients += [m for m in parties if m.actor.country not in taken]
        for head in (n, light):
            if not recipients and head is not None:
                found = self._distributive(parse, idx, head, args.Found(tuple(actors)))
                recipients = list(found.mentions)
        if not recipients and trig.event == "ASSAULT" and parse.tokens[n].dep in SUBJECT_DEPS:
            verb = parse.tokens[n].head  # "an air strike killed 12 Afghan soldiers"
            if parse.tokens[verb].lemma.lower() in STRIKING_VERBS:
                recipients = args.object_actors(parse, idx, verb)
        if not recipients and actors and trig.event in DEEP_TARGET_EVENTS:
            recipients = list(deep_target(parse, idx, parse.subtree(n), actors).mentions)
        undergoes = trig.event in {"SANCTION", "ACCUSE", "COERCE", "THREATEN", "REQUEST"}
        joint = trig.event in SYMMETRIC
        a, r = args.fill_from_context(parse, idx, anchor, actors, recipients, undergoes, joint)
        if trig.kind == "event" and trig.event == "CONSULT" and bool(a) != bool(r):
            other = nearest_other(parse, idx, n, (a or r).mentions)
            a, r = (a, other) if a else (other, r)
        return Reading(
            trigger=n,
            cameo=trig.cameo,
            event=trig.event,
            mode=trig.mode,
            context=trig.context,
            how=how,
            actors=a,
            recipients=r,
            tokens=sorted(
                set(parse.subtree(anchor)) | set(complement(parse, light) if light else ())
            ),
            symmetric=trig.cameo.startswith(JOINT_CODES),
        )


def deep_target(
    parse: Parse, idx: args.MentionIndex, tokens: Sequence[int], actors: Sequence[Mention]
) -> args.Found:
    """The first actor of another state named anywhere in a complement: the target of an
    attack or show of force on a place or thing ("a building in Gaza"); else the state of the
    first place of another state there ("struck Odesa")."""
    taken = {m.actor.country for m in actors}
    aside = {j for p in tokens if _purpose(parse, p) for j in parse.subtree(p)}
    for i in tokens:
        if i in aside:
            continue
        found = [m for m in idx.at(i) if m.actor.country not in taken]
        if found:
            return args.Found((found[0],), "context")
    first = idx.dateline  # the report's place is no target
    for i in tokens:
        place = idx.places.get(i)
        if i < first or i in aside or place is None:
            continue
        if place.country not in taken | {None}:
            return args.Found((args.place_mention(parse, place, "place attacked"),), "context")
    return args.Found()


def met_requirement(parse: Parse, v: int) -> bool:
    """ "met European standards", "meets the deadline": a standard met is no meeting."""
    objects = args.children(parse, v, {"dobj"})
    return any(parse.tokens[o].lemma.lower() in REQUIREMENT_NOUNS for o in objects)


def _purpose(parse: Parse, p: int) -> bool:
    """Preposition p gives a reason or aim, not a target: "raided houses as part of a hunt for
    X", "in search of X", "in retaliation for X"."""
    tok = parse.tokens[p]
    if tok.dep != "prep":
        return False
    lemma = tok.lemma.lower()
    if lemma in PURPOSE_PREPS:
        return True
    objects = args.children(parse, p, {"pobj"})
    return any(parse.tokens[o].lemma.lower() in PURPOSE_NOUNS for o in objects)


def joint_subject(parse: Parse, v: int) -> bool:
    """Verb v's subject holds a coordination: "Colombia and the rebels agreed", "the
    government and FARC rebels agreed" (which the parser may hang inside one phrase)."""
    return any(
        parse.tokens[w].dep == "conj"
        for s in args.children(parse, v, SUBJECT_DEPS)
        for w in parse.subtree(s)
    )


def forces_moved(parse: Parse, reading: Reading, objects: list[int]) -> bool:
    """A state's forces move or pull back: its subject is its military, and its object, if
    any, is troops ("withdrew its troops", not "withdrew its ambassador")."""
    subjects = args.subjects_alone(parse, reading.trigger, reading.actors.mentions)
    if not any(m.actor.sector == "MIL" for m, _ in subjects):
        return False
    for o in objects:  # "withdrew most of its troops": the troops the object counts
        heads = [o, *args.prep_heads(parse, o, {"of"})]
        if not any(parse.tokens[h].lemma.lower() in MILITARY_NOUNS for h in heads):
            return False
    return True


def lone_fighters(
    parse: Parse, idx: args.MentionIndex, reading: Reading
) -> list[tuple[Mention, None]]:
    """A fight noun's one coded side, named among its fighters ("clashes with X", "clashes
    (that erupted) between X and protesters"): it acts alone, as PLOVER codes all fighters
    actors with no recipient (`FIGHTING_NOUNS`). Not when the clause names coded victims
    ("Indian soldiers were killed in a clash with Chinese troops": two coded sides)."""
    n = reading.trigger
    side = reading.actors.mentions or reading.recipients.mentions
    if reading.how != "noun" or lemma_at(parse, n) not in FIGHTING_NOUNS or not side:
        return []
    if reading.actors.mentions and reading.recipients.mentions:
        return []
    verb, how = args.governor(parse, n)
    if verb is not None and how != "dobj" and args.victims(parse, idx, verb):
        return []
    heads = [n, *args.children(parse, n, {"relcl", "acl"})]
    if parse.tokens[n].dep in SUBJECT_DEPS:
        heads.append(parse.tokens[n].head)
    named = {
        j
        for h in heads
        for p in args.children(parse, h, {"prep"})
        if parse.tokens[p].lemma.lower() in MEETING_PARTNER_PREPS
        for j in parse.subtree(p)
    }
    if not all(m.token_start in named for m in side):
        return []
    return [(m, None) for m in side]


def fighting_each_other(parse: Parse, v: int) -> bool:
    """ "Troops and rebels clashed": fighting between the parts of verb v's subject, all of
    them its actor (PLOVER's two-sided fighting, recipient null)."""
    return lemma_at(parse, v) in FIGHTING_VERBS and joint_subject(parse, v)


def fought_with(parse: Parse, v: int) -> bool:
    """ "Syrian forces clashed with a local militia": verb v fights a partner (not the means,
    "fought with rocks"); with no coded recipient, the subject's act alone, as PLOVER codes
    every fighter an actor."""
    if lemma_at(parse, v) not in FIGHTING_VERBS:
        return False
    partners = args.prep_heads(parse, v, MEETING_PARTNER_PREPS)
    return any(parse.tokens[p].lemma.lower() not in FIGHTING_MEANS for p in partners)


def lemma_at(parse: Parse, i: int) -> str:
    """Word i's lemma, or that of the hyphenated word it ends, which the tokenizer split:
    "cease-fire" is a ceasefire, "test-fired" a test-fire (HYPHEN_WORDS)."""
    lemma = parse.tokens[i].lemma.lower()
    if i >= 2 and parse.tokens[i - 1].text == "-":
        return HYPHEN_WORDS.get((parse.tokens[i - 2].lemma.lower(), lemma), lemma)
    return lemma


def match_verb(parse: Parse, v: int, lexicon: Lexicon) -> VerbPattern | None:
    """The most specific CAMEO pattern of verb v that its clause satisfies."""
    lemma = lemma_at(parse, v)
    patterns = lexicon.verbs.get(lemma)
    if not patterns:
        return None
    # the agent of a passive is its actor, not a complement: "troops backed by artillery";
    # a time adjunct is no object either: "demanded an apology on Thursday" is no "demand on"
    by_phrase = {j for a in args.children(parse, v, {"agent"}) for j in parse.subtree(a)}
    # one walk: a time adjunct inside a clause left out below hides no word that is read
    near = complement(parse, v, clauses=False)
    agent = by_phrase | {j for p in near if _when(parse, p) for j in parse.subtree(p)}
    # CAMEO's patterns name the active clause: in a passive with a "by" phrase the object words
    # are its subject's ("supplies were airlifted to X by Y") and the subject words its agent's;
    # with none, nobody acts for the pattern to read ("the airport was closed amid an alert")
    passive = bool(by_phrase) and args.is_passive(parse, v)
    patient = args.children(parse, v, PASSIVE_SUBJECT_DEPS) if passive else []
    rest = [j for j in near if j not in agent]
    words = word_forms(parse, rest + [j for s in patient for j in parse.subtree(s)])
    if passive:
        subj = word_forms(parse, sorted(by_phrase))
    else:
        doers = args.children(parse, v, SUBJECT_DEPS)
        if not doers and parse.tokens[v].dep == "conj":  # "troops took X and marched into Y"
            doers = args.children(parse, parse.tokens[v].head, SUBJECT_DEPS)
        subj = word_forms(parse, [j for s in doers for j in parse.subtree(s)])
    heads = [v, *args.children(parse, v, {"dobj"})]
    # each preposition with the heads of its object phrases, whose words are walked only when
    # a pattern that fits so far names objects (most never do)
    preps = [
        (parse.tokens[p].lemma.lower(), args.children(parse, p, {"pobj"}))
        for h in heads
        for p in args.children(parse, h, {"prep", "agent", "dative"})
        if p not in agent and not _when(parse, p)
    ]
    # "called for the channel to be taken off air" is a call for the channel
    preps += [("for", speech.clause_subjects(parse, c)) for c in speech.for_clauses(parse, v)]
    walked: dict[int, set[str]] = {}

    def objects(k: int) -> set[str]:
        if k not in walked:
            walked[k] = word_forms(parse, [j for o in preps[k][1] for j in parse.subtree(o)])
        return walked[k]

    parts = {parse.tokens[c].lemma.lower() for c in args.children(parse, v, {"prt", "prep"})}
    keys = lexicon.verb_keys[lemma]
    fits = set(keys.bare)  # the patterns whose first item can hold (lexicon.PatternKeys)
    for kind, found in (("w", words), ("s", subj), ("x", parts), ("p", [p for p, _ in preps])):
        for word in found:
            fits.update(keys.by_word.get((kind, word), ()))
    for k in sorted(fits):  # longest first (lexicon.py): the first that fits is the best
        pattern = patterns[k]
        ok = True
        for item in pattern.items:
            if item.kind == "w":
                ok = bool(item.words & words)
            elif item.kind == "s":
                ok = bool(item.words & subj)
            elif item.kind == "x":
                ok = bool(item.words & parts)
            else:
                ok = any(
                    p in item.words and (not item.objects or bool(item.objects & objects(n)))
                    for n, (p, _) in enumerate(preps)
                )
            if not ok:
                break
        if ok:
            return pattern
    return None


def _when(parse: Parse, p: int) -> bool:
    """Preposition p heads a time adjunct ("on Friday", "in March"), which no pattern's
    preposition means: "telephoned X on Friday" is no "call on X" (an appeal)."""
    objects = args.children(parse, p, {"pobj"})
    return bool(objects) and all(parse.tokens[o].ent_type in {"DATE", "TIME"} for o in objects)


def complement(parse: Parse, v: int, depth: int = 4, *, clauses: bool = True) -> list[int]:
    """Tokens of v's complements (objects, particles, prepositional phrases), not clauses;
    without `clauses`, not the verbs under prepositions either ("before surrendering to ...")."""
    out, todo = [], [(c, 1) for c in parse.children[v]]
    while todo:
        i, d = todo.pop()
        dep = parse.tokens[i].dep
        if d > depth or dep in COMPLEMENT_SKIP and (d == 1 or dep != "conj"):
            continue
        if not clauses and dep == "pcomp" and parse.tokens[i].pos in CLAUSE_POS:
            continue
        out.append(i)
        todo.extend((c, d + 1) for c in parse.children[i])
    return sorted(out)


def word_forms(parse: Parse, tokens: Sequence[int]) -> set[str]:
    out = set()
    toks = parse.tokens
    for i in tokens:
        tok = toks[i]
        out.add(tok.lemma.lower())
        out.add(tok.text.lower())
        if i >= 2 and toks[i - 1].text == "-":  # "agreed a cease-fire" as "agreed a ceasefire"
            out.add(lemma_at(parse, i))
    return out


def singulars(words: Iterable[str]) -> set[str]:
    """The words, and those ending in one "s" without it ("diplomats"; "gunmen", "gas" and
    "press" kept whole): how word lists of nouns in the singular are matched against a phrase's
    words."""
    out = set(words)
    out.update([w[:-1] for w in out if w.endswith("s") and not w.endswith("ss")])
    return out


def is_light(parse: Parse, n: int) -> bool:
    """Noun n is the object of a light verb."""
    verb, how = args.governor(parse, n)
    return verb is not None and how == "dobj" and parse.tokens[verb].lemma.lower() in LIGHT_VERBS


def group_met(parse: Parse, reading: Reading) -> list[tuple[Mention, None]]:
    """A group's members meeting among themselves, with no one else named: "Arab League
    foreign ministers met in Cairo", "... held a meeting in Cairo" (CONSULT multilateral; a
    state alone meets no one)."""
    v = reading.trigger
    tok = parse.tokens[v]
    held = tok.dep == "dobj" and lemma_at(parse, tok.head) in LIGHT_VERBS
    if lemma_at(parse, v) in GATHERING_NOUNS and held:
        if args.prep_heads(parse, v, MEETING_PARTNER_PREPS):
            return []  # "held a meeting with rebels": others met them
        v = tok.head  # the group that held the meeting met
    elif lemma_at(parse, v) not in GATHERING_VERBS or args.children(parse, v, {"dobj"}):
        return []
    found = args.subjects_alone(parse, v, reading.actors.mentions)
    return [(a, r) for a, r in found if a.actor.country not in states()]


def place_left(parse: Parse, reading: Reading, r: Mention) -> bool:
    """The recipient of a withdrawal is the place its forces leave (annotation A4: a location,
    recipient null): "withdrew from five bases in Afghanistan", "their withdrawal from Mali"."""
    if reading.event != "RETREAT" or reading.mode not in {"withdraw", "disarm"}:
        return False
    return any(
        r.token_start in parse.subtree(p)
        for p in args.children(parse, reading.trigger)
        if lemma_at(parse, p) in WITHDRAWAL_PREPS
    )


def dyads(reading: Reading) -> list[tuple[Mention, Mention]]:
    actors = [m for m in reading.actors.mentions if m.actor.country]
    recipients = [m for m in reading.recipients.mentions if m.actor.country]
    if recipients:
        pairs = [(a, r) for a in actors for r in recipients]
    elif reading.symmetric:
        pairs = list(combinations(actors, 2))
    else:
        pairs = []
    return [(a, r) for a, r in pairs if two_sides(a, r)]


def two_sides(a: Mention, r: Mention) -> bool:
    """Different states, or one state's different parts: government and rebels, police and
    protesters (IRQGOV / IRQREB), as PLOVER codes events inside a country."""
    if a.actor.country != r.actor.country:
        return True
    # a state named as a whole acts on its people through its government ("Belarus jailed the
    # activist"), not on its own places ("Iraq attacked villages in Iraq": whose villages?)
    acting = a.actor.sector or ("GOV" if not _site(r) else "")
    at_home = (acting in HOME_SECTORS and r.actor.sector in HOME_PEOPLE_SECTORS) or (
        acting in HOME_POLITY_SECTORS and r.actor.sector == "GOV"
    )
    if inherited(a) or (inherited(r) and not at_home):
        # "French troops raided villages": whose villages? But a state's police, courts or
        # government act on its people at home: "Belarusian police beat protesters"
        return False
    return at_home or bool(a.actor.sector and r.actor.sector) and a.actor.sector != r.actor.sector


def _site(m: Mention) -> bool:
    """A mention headed by a place noun ("villages"), not by people."""
    words = m.text.lower().split()
    return bool(words) and words[-1].removesuffix("s") in SITE_NOUNS


def asked(parse: Parse, idx: args.MentionIndex, v: int, actors: args.Found) -> list[Mention]:
    """Whom verb v was done to ask something of or to protest against, another state: "rallied
    to demand an apology from Japan", "marched to protest against Western pressure" (one's own
    leaders asked stay unnamed: which part of the state is not said)."""
    own = {m.actor.country for m in actors.mentions}
    found: list[Mention] = []
    for x in args.purposes(parse, v):
        lemma = parse.tokens[x].lemma.lower()
        if lemma in PROTEST_ASKING_VERBS:
            objs = args.verb_objects(parse, idx, x, RECIPIENT_PREPS | {"from"}, place=False)
        elif lemma in PROTESTING_VERBS:  # "to protest against X", not the issue protested
            objs = args.verb_objects(
                parse, idx, x, PROTESTING_VERBS[lemma], place=False, direct=False
            )
        else:
            continue
        found += [m for m in objs.mentions if m.actor.country not in own]
    return found


def one_sided(parse: Parse, reading: Reading) -> list[tuple[Mention, None]]:
    """An event with a coded actor and no recipient, of a type PLOVER codes without one: a
    protest, a mobilisation, a concession, a retreat, a demand or an attack on no named side.
    Only a verb whose subject is the actor itself (or a light verb's, "carried out airstrikes"):
    a noun's or an inferred actor is too little to go on; the lexicon's readings only for the
    plainest types, whose patterns are loose ("took photos with the leaders" matches an arrest
    of leaders)."""
    if reading.event in SPOKEN_ALONE:  # speech acts (speech.py); else the rules below
        found = speech.alone(parse, reading)
        if found or reading.event not in ONE_SIDED:
            return found
    if reading.event == "CONSULT" and not reading.recipients.mentions:
        if reading.cameo.startswith(MEDIATION_CODE) and deal_named(parse, reading.trigger):
            return [(a, None) for a in reading.actors.mentions]  # sides: anaphora.py
        return group_met(parse, reading)
    if reading.event not in ONE_SIDED or reading.recipients.mentions:
        return []
    n = reading.trigger
    if reading.how == "noun" and reading.event in BARE_ONE_SIDED and is_light(parse, n):
        # "Israeli jets carried out airstrikes": the light verb's own subject acts
        return args.subjects_alone(parse, parse.tokens[n].head, reading.actors.mentions)
    if reading.how not in {"verb", "verb-pattern"} or reading.actors.path != "direct":
        return []
    if reading.learned is None:
        if reading.event not in BARE_ONE_SIDED and reading.cameo not in BARE_ONE_SIDED_CODES:
            return []
        objects = args.children(parse, reading.trigger, {"dobj"})
        forces = reading.event in FORCES_MOVING and forces_moved(parse, reading, objects)
        v = reading.trigger
        fight = fighting_each_other(parse, v) or fought_with(parse, v)
        if reading.event in ONE_SIDED_NEEDS_OBJECT and not objects and not forces and not fight:
            return []  # "moved into a slum", "struggled": no act on anything named
        given_up = reading.cameo in OBJECT_GIVEN_UP_CODES and not joint_subject(
            parse, reading.trigger
        )
        left = lemma_at(parse, reading.trigger) in DEPARTURE_VERBS  # "left Mali": a place
        if reading.event in ONE_SIDED_NO_OBJECT and objects and not (given_up or left or forces):
            return []  # "withdrew its ambassador": a sanction, not forces leaving
    return args.subjects_alone(parse, reading.trigger, reading.actors.mentions)
