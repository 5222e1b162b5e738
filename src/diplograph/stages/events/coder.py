"""The event coder: PLOVER events from verbs and nouns, with their actors, modes and provenance.

For each sentence: find triggers (verbs matched against CAMEO verb patterns, nouns from our
nominal lexicon), find actor and recipient through the parse (arguments.py), decide whether the
event is asserted (modality.py), date and place it with the dates and places stages, and read the
standing relations (relations.py). Method: docs/events.md.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from diplograph.records import (
    Actor,
    Event,
    EventDate,
    EventMention,
    Mention,
    Parse,
    Place,
    Relation,
    TimeExpression,
    side_key,
)
from diplograph.stages.events import arguments as args
from diplograph.stages.events import meetings
from diplograph.stages.events.anaphora import reaction_recipients
from diplograph.stages.events.assertion import no_event, revise, warns_of_others
from diplograph.stages.events.clauses import rehung
from diplograph.stages.events.figurative import recast
from diplograph.stages.events.guards import (
    accident,
    commerce,
    disaster_toll,
    own_side,
    sporting,
)
from diplograph.stages.events.home import home_pairs
from diplograph.stages.events.lexicon import Lexicon
from diplograph.stages.events.modality import modality
from diplograph.stages.events.relations import find_relations
from diplograph.stages.events.retype import retype
from diplograph.stages.events.roles import learned_pairs
from diplograph.stages.events.sideless import sideless_pairs
from diplograph.stages.events.triggers import (
    Reading,
    Triggers,
    complement,
    dyads,
    lemma_at,
    lone_fighters,
    one_sided,
    place_left,
    singulars,
    word_forms,
)
from diplograph.stages.events.uncoded import UNCODED, uncoded_pairs
from diplograph.stages.events.violence import (
    LOCAL,
    UNNAMED,
    coerced_at_home,
    hits_something,
    local_pairs,
    local_reading,
    sentence_place,
    unnamed_pairs,
)
from diplograph.stages.events.words import (
    AHEAD_WORDS,
    BESIDE_PREPS,
    BORDER_NOUNS,
    CONTEXT_WORDS,
    CROWD_EVENTS,
    CROWD_NOUNS,
    DEICTIC,
    FIGHTING_NOUNS,
    FUTURE_AS_AGREE,
    FUTURE_AS_CONCEDE,
    HOSTILE,
    LOCAL_MODES,
    PLACE_TARGET,
    SUBJECT_DEPS,
    SYMMETRIC,
    VENUE_MODIFIERS,
    VENUE_NOUNS,
)

if TYPE_CHECKING:
    from diplograph.stages.actors import ActorDictionary
    from diplograph.stages.events.roles import RoleModel
    from diplograph.stages.events.tagger import TriggerTagger


class EventCoder:
    """Codes the events and relations of one parsed article."""

    name = "events"

    def __init__(
        self,
        dictionary: ActorDictionary,
        *,
        lexicon: Lexicon | None = None,
        date_of: Callable | None = None,
        place_of: Callable | None = None,
        date_fallback: str = "none",
        tagger: TriggerTagger | None = None,
        roles: RoleModel | None = None,
    ):
        if date_of is None:
            from diplograph.stages.dates import event_date as date_of
        if place_of is None:
            from diplograph.stages.places import event_location as place_of
        self.dictionary = dictionary
        self.lexicon = lexicon or Lexicon.load()
        self.triggers = Triggers(self.lexicon, tagger)
        self.date_of = date_of
        self.place_of = place_of
        self.date_fallback = date_fallback
        self.roles = roles  # the learned argument-role model: sides the rules did not find
        self._agents = getattr(dictionary, "agents", None) or {}  # agent noun -> sector

    def code(
        self,
        parse: Parse,
        mentions: Sequence[Mention],
        timexes: Sequence[TimeExpression],
        places: Sequence[Place],
        sentences: Collection[int] | None = None,
    ) -> tuple[list[Event], list[Relation]]:
        """The events and relations of `parse`; with `sentences`, of those sentences only (the
        others are not read: `diplograph.stages.screen`)."""
        parse = rehung(parse)
        idx = args.MentionIndex(parse, mentions, places)
        events: list[Event] = []
        relations: list[Relation] = []

        def since_of(tok: int, tokens: Sequence[int]) -> str | None:
            return self._date(parse, tok, timexes, tokens).value

        for sent in parse.sentences:
            if sentences is not None and sent.index not in sentences:
                continue
            readings = self.triggers.readings(parse, idx, sent.token_start, sent.token_end)
            events.extend(self._events(parse, idx, readings, timexes, places))
            relations.extend(find_relations(parse, idx, sent.index, since_of))
        return reaction_recipients(parse, idx, events), relations

    # ---- events ---------------------------------------------------------------------------

    def _events(
        self,
        parse: Parse,
        idx: args.MentionIndex,
        readings: list[Reading],
        timexes: Sequence[TimeExpression],
        places: Sequence[Place],
    ) -> list[Event]:
        out: list[Event] = []
        seen: dict[tuple, int] = {}
        for reading in readings:
            for event in self._from_reading(parse, idx, reading, timexes, places):
                pair = (side_key(event.actor), side_key(event.recipient))
                if event.event_type in SYMMETRIC:
                    pair = tuple(sorted(pair, key=str))
                key = (event.event_type, pair, event.date.value)
                if key in seen:
                    if event.confidence > out[seen[key]].confidence:
                        out[seen[key]] = event
                    continue
                seen[key] = len(out)
                out.append(event)
        return _without_bare_doubles(parse, out)

    def _from_reading(
        self,
        parse: Parse,
        idx: args.MentionIndex,
        reading: Reading,
        timexes: Sequence[TimeExpression],
        places: Sequence[Place],
    ) -> list[Event]:
        if reading.event in HOSTILE and (
            sporting(parse, reading.trigger)
            or accident(parse, reading.trigger)
            or disaster_toll(parse, reading)
        ):
            return []
        reading = recast(parse, idx, reading)
        if reading is None:
            return []
        reading = retype(parse, reading)
        if no_event(parse, reading.trigger, reading.event) or warns_of_others(parse, idx, reading):
            return []
        group = meetings.parties(parse, idx, reading)
        pairs = [(group[0], group[1])] if group else dyads(reading)
        pairs = [
            (a, r)
            for a, r in pairs
            if not own_side(parse, reading, a, r) and not commerce(parse, reading, a, r)
        ]
        if not pairs and reading.event == "PROTEST":
            pairs = local_crowd(parse, idx, reading, places)
        placed = reading.event in PLACE_TARGET and reading.actors or local_reading(reading)
        if not pairs and not placed and not (reading.event in CROWD_EVENTS and not reading.actors):
            pairs = home_pairs(parse, idx, reading, self._agents)
            pairs = pairs or uncoded_pairs(parse, idx, reading) or one_sided(parse, reading)
            pairs = pairs or unnamed_pairs(parse, idx, reading, None, places)
            pairs = pairs or self._learned_pairs(parse, idx, reading)
            if not pairs:
                return []
        where = place_tokens(parse, reading)
        sides = (*reading.actors.mentions, *reading.recipients.mentions)
        parties = frozenset(k for m in sides for k in range(m.token_start, m.token_end))
        location = self.place_of(parse, reading.trigger, places, tokens=where, parties=parties)
        host = location.country if location is not None and location.country else None
        if host is None and reading.event == "CONSULT":
            host = venue_state(parse, idx, where, self._state_word)
        if not pairs:
            target = reading.event in PLACE_TARGET
            pairs = place_target(parse, reading, location) if target else []
            scene = location or dateline_place(parse, idx, places)
            if location is None and attackers_home(reading, scene):
                # ... unless the place the sentence names is an attacker's own state too ("shot
                # by Afghan and U.S.-led troops ..., a U.S. military statement said")
                named = sentence_place(parse, reading.trigger, places, parties)
                scene = scene if named is None or attackers_home(reading, named) else named
            if not pairs and location is None and target:
                pairs = place_target(parse, reading, scene)
            if not pairs:
                scene = scene or sentence_place(parse, reading.trigger, places, parties)
                pairs = local_pairs(parse, idx, reading, scene)
            if not pairs:
                pairs = uncoded_pairs(parse, idx, reading) or one_sided(parse, reading)
            if not pairs:
                pairs = lone_fighters(parse, idx, reading)
            if not pairs:
                pairs = unnamed_pairs(parse, idx, reading, scene, places)
            if not pairs:
                pairs = self._learned_pairs(parse, idx, reading)
            if not pairs:
                pairs = sideless_pairs(parse, idx, reading, location, places)
            if not pairs:
                return []
        pairs = own_ground(parse, idx, reading, location, pairs)
        dates = self._dates(parse, reading, timexes)
        events = []
        for when in dates:
            published = parse.article.published
            mod = modality(
                parse,
                reading.trigger,
                published_year=published.year if published else None,
                event_year=int(when.value[:4]) if when.value else None,
                own_clause=not reading.refusal,
            )
            mod = revise(parse, reading.trigger, mod)
            if mod.aux is None and mod.asserted and to_come(when, published):
                mod = replace(mod, aux="future", reason=f"dated after publication: {when.text!r}")
            reporter = None
            if mod.reporter is not None:
                found = args.np_actors(parse, idx, mod.reporter)
                reporter = args.with_text(found[0]) if found else None
            for a, r in pairs:
                told = (when, location, mod, reporter, host)
                event = self._event(parse, reading, a, r, *told)
                if event.event_type == "RETREAT" and r and place_left(parse, reading, r):
                    # the place a withdrawal leaves is no recipient (an announced one keeps it)
                    event = self._event(parse, reading, a, None, *told)
                if group:
                    event = self._multilateral(parse, event, group)
                events.append(event)
        return events

    def _learned_pairs(self, parse: Parse, idx: args.MentionIndex, reading: Reading) -> list:
        """The sides the role model reads, where the rules paired the trigger with nothing."""
        if self.roles is None:
            return []
        return [
            (a, r)
            for a, r in learned_pairs(parse, idx, reading, self.roles)
            if not own_side(parse, reading, a, r) and not commerce(parse, reading, a, r)
        ]

    def _multilateral(self, parse: Parse, event: Event, group: list[Mention]) -> Event:
        """One event with every member of the gathering as a participant (PLOVER: one event,
        several actors), each in the role it held on the event's date."""
        members = tuple(args.with_text(m) for m in group)
        on = as_day(event.date.value)
        if on is not None:
            members = tuple(self._at(m, on) for m in members)
        event = replace(event, actor=members[0], recipient=None, participants=members)
        if event.event_type == "CONSULT":
            many = self.lexicon.intensity("CONSULT", "multilateral")
            event = replace(event, mode="multilateral", intensity=many)
        return meetings.cite_members(parse, event, group)

    def _event(
        self,
        parse: Parse,
        reading: Reading,
        a: Mention,
        r: Mention | None,
        when: EventDate,
        location: Place | None,
        mod,
        reporter: Actor | None,
        host: str | None = None,
    ) -> Event:
        """One event; `host` is the state the event happens in (its location's, or a venue's:
        "at the Chinese parade"), which decides a meeting's visitor and mode."""
        event, cameo, mode = reading.event, reading.cameo, reading.mode or None
        actor, recipient = args.with_text(a), args.with_text(r) if r is not None else None
        if reading.host_first and recipient is not None:
            actor, recipient = recipient, actor
        if host is None and location is not None:
            host = location.country
        if event == "CONSULT" and host and recipient is not None:
            if host == actor.country and host != recipient.country:
                actor, recipient = recipient, actor
                mode = "visit"
            elif host == recipient.country:
                mode = "visit"
            else:
                mode = "third-party"
        if (event == "COERCE" or reading.mode in LOCAL_MODES) and recipient is not None:
            recipient = coerced_at_home(actor, recipient)
        asserted = mod.asserted
        if mod.aux == "future":
            # PLOVER: a promise is AGREE, an announced withdrawal or concession CONCEDE; any other
            # act still to come did not happen
            if event in FUTURE_AS_AGREE:
                event, cameo, mode = "AGREE", FUTURE_AS_AGREE[event], None
            elif event in FUTURE_AS_CONCEDE:  # "will withdraw", "would lift the curbs"
                event, mode = "CONCEDE", None
            # a threat worded as what is to come ("will take all necessary measures") is made
            asserted = event in ("AGREE", "CONCEDE", "THREATEN")
            if when.value:  # "next year" is when it is to happen, not when anything happened
                when = EventDate(reason=f"future: {when.text!r} is when it is to happen")
        row = self.lexicon.code(cameo)
        on = as_day(when.value)
        if on is not None:
            actor = self._at(actor, on)
            recipient = self._at(recipient, on) if recipient is not None else None
        sent = parse.sentence_of(reading.trigger)
        trig = parse.tokens[reading.trigger]
        return Event(
            event_type=event,
            actor=actor,
            recipient=recipient,
            mention=EventMention(
                article_id=parse.article.id,
                sentence=sent.index,
                sentence_start=sent.start,
                sentence_end=sent.end,
                text=sent.text,
                trigger=trig.text,
                trigger_start=trig.start,
                trigger_end=trig.end,
            ),
            mode=mode,
            context=contexts(parse, reading),
            date=when,
            cameo=cameo,
            intensity=self.lexicon.intensity(event, mode),
            quad_code=row.quad if row else None,
            confidence=confidence(reading, a, r),
            aux=mod.aux,
            asserted=asserted,
            reported_by=reporter,
            location=location,
        )

    def _state_word(self, word: str) -> str | None:
        """The state a capitalized word names on its own ("Chinese"), else None."""
        if self.dictionary is None or not word[:1].isupper():
            return None
        actor = self.dictionary.resolve(word)
        return actor.country if actor.country and actor.sector is None else None

    def _at(self, actor: Actor, on: date) -> Actor:
        at = getattr(self.dictionary, "at", None)
        if at is None or actor.entry is None:
            return actor
        return at(actor, on)

    def _date(
        self, parse: Parse, trigger: int, timexes: Sequence[TimeExpression], tokens: Sequence[int]
    ) -> EventDate:
        return self.date_of(
            parse,
            trigger,
            timexes,
            parse.article.published,
            tokens=tuple(tokens),
            fallback=self.date_fallback,
            estimated=parse.article.published_estimated,
        )

    def _dates(
        self, parse: Parse, reading: Reading, timexes: Sequence[TimeExpression]
    ) -> list[EventDate]:
        """One date, or one per date for a plural event dated by coordinated expressions of
        its own phrase ("summits with X in 2018 and 2019", "held talks in 2016 and 2018")."""
        plural = [
            i
            for i in [reading.trigger, *args.children(parse, reading.trigger, {"dobj"})]
            if parse.tokens[i].tag == "NNS" and parse.tokens[i].pos == "NOUN"
        ]
        if plural:
            inside = set(parse.subtree(plural[0])) | set(reading.tokens)
            own = sorted(
                (
                    t
                    for t in timexes
                    if t.type == "DATE" and t.token_start in inside and exportable(t.value)
                ),
                key=lambda t: t.start,
            )
            values = list(dict.fromkeys(exportable(t.value) for t in own))
            between = parse.article.text[own[0].end : own[-1].start].lower() if own else ""
            if len(values) >= 2 and " and " in f" {between} ":
                return [
                    EventDate(
                        value=v,
                        timex=t.value,
                        text=t.text,
                        source="text",
                        reason="one of several dates of a plural event",
                    )
                    for v, t in zip(values, own, strict=False)
                ]
        when = self._date(parse, reading.trigger, timexes, reading.tokens)
        deictic = (when.text or "").lower() in DEICTIC or when.reason.startswith(
            ("present tense", "paragraph's running time")
        )
        if reading.how in {"noun", "state"} and (when.source != "text" or deictic):
            # a noun naming an event is not dated by the tense of the clause it sits in
            return [EventDate(reason=f"noun; not dated by its clause ({when.reason})")]
        return [when]


def place_tokens(parse: Parse, reading: Reading) -> list[int]:
    """Where to look for the event's place: its own phrase, and for a participle or infinitive
    ("..., holding summits with each") also the clause it depends on ("at the parade")."""
    tokens = set(reading.tokens)
    verb = reading.trigger
    if parse.tokens[verb].pos not in {"VERB", "AUX"}:
        verb = args.governor(parse, verb)[0] or verb
    tok = parse.tokens[verb]
    if tok.dep in {"advcl", "xcomp", "conj"} and tok.tag in {"VBG", "VB", "VBN"}:
        tokens |= set(complement(parse, tok.head))
    return sorted(tokens)


def venue_state(
    parse: Parse,
    idx: args.MentionIndex,
    tokens: Sequence[int],
    state_word: Callable[[str], str | None] = lambda word: None,
) -> str | None:
    """The state named by an event venue among tokens: "at the Chinese military parade", "at a
    Russian-hosted forum" (the venue's own modifiers, one state only)."""
    states = set()
    for p in tokens:
        if parse.tokens[p].dep != "prep" or parse.tokens[p].lemma.lower() not in {"at", "in"}:
            continue
        for o in args.children(parse, p, {"pobj"}):
            if parse.tokens[o].lemma.lower() not in VENUE_NOUNS:
                continue
            todo = args.children(parse, o, VENUE_MODIFIERS)
            while todo:
                j = todo.pop()
                found = {m.actor.country for m in idx.at(j) if m.actor.country}
                word = state_word(parse.tokens[j].text)
                states |= found or ({word} if word else set())
                todo.extend(args.children(parse, j, VENUE_MODIFIERS))
    return states.pop() if len(states) == 1 else None


def local_crowd(
    parse: Parse, idx: args.MentionIndex, reading: Reading, places: Sequence[Place]
) -> list:
    """Protesters of no stated nationality in a datelined story are people of the dateline's
    state: "KABUL - Protesters ransacked U.N. compounds" (AFG -> IGO)."""
    if reading.actors or not reading.recipients:
        return []
    subjects = args.children(parse, reading.trigger, SUBJECT_DEPS)
    # a parse may make the dateline the subject: "KABUL, Afghanistan - Protesters ransacked"
    subjects += [c for s in subjects for c in args.children(parse, s, {"conj", "appos"})]
    words = singulars(word_forms(parse, subjects))
    if not words & CROWD_NOUNS:
        return []
    home = dateline_place(parse, idx, places)
    if home is None:
        return []
    crowd = args.place_mention(parse, home, "people of the dateline's place")
    return [(crowd, r) for r in reading.recipients.mentions if r.actor.country != home.country]


def place_target(parse: Parse, reading: Reading, location: Place | None) -> list:
    """An attack with a named attacker and no named target hits the state it happens in
    ("airstrikes on a village near Falluja"), when that is not the attacker's own."""
    if location is None or not location.country or location.token_start < 0:
        return []
    landmark = beside(parse, location.token_start, whole_state=location.precision != "city")
    if landmark or unnamed_target(parse, reading.trigger):
        return []
    # "U.S. and Iraqi forces attacked X": the home state's own forces are no attacker of it
    actors = [
        m
        for m in reading.actors.mentions
        if m.actor.country and m.actor.country != location.country
    ]
    if not actors:
        return []
    place = args.place_mention(parse, location, "place of an attack")
    return [(a, place) for a in actors]


def own_ground(
    parse: Parse, idx: args.MentionIndex, reading: Reading, location: Place | None, pairs: list
) -> list:
    """An attack by a state's own force or armed group, with no target named, in a place of
    its own state hits that state ("the army shelled rebel-held districts of X", "militants
    attacked army bases across X"), as PLOVER codes violence inside one state. Not a bare
    state acting at home (no dyad), nor a pair with a foreign attacker or a target named, nor
    a fight, whose every side PLOVER codes an actor with no recipient, nor an act that names
    nothing hit but its means or its doers, nor one in a sentence naming another state's
    party (the victims, often: "Israeli soldiers were killed when militants blew up a post")."""
    if reading.event not in PLACE_TARGET or location is None or location.token_start < 0:
        return pairs
    if lemma_at(parse, reading.trigger) in FIGHTING_NOUNS:
        return pairs
    home = location.country
    other = any(r is not None or a.actor.country != home or not a.actor.sector for a, r in pairs)
    if not home or other:
        return pairs
    landmark = beside(parse, location.token_start, whole_state=location.precision != "city")
    if landmark or unnamed_target(parse, reading.trigger):
        return pairs
    if not hits_something(parse, reading.trigger, reading.event):
        return pairs  # "gunmen fired rockets in Kabul": a weapon or the attackers are no target
    sent = parse.sentences[parse.tokens[reading.trigger].sent]
    if any(
        m.actor.country not in (home, None)
        for j in range(sent.token_start, sent.token_end)
        for m in idx.at(j)
    ):
        return pairs  # "Israeli soldiers were killed when militants blew up a post in Gaza"
    place = args.place_mention(parse, location, "place of an attack at home")
    return [(a, place) for a, _ in pairs]


def attackers_home(reading: Reading, scene: Place | None) -> bool:
    """A dateline in one attacker's own state ("WASHINGTON - American and British jets struck
    targets in Yemen") is where the report was filed: a place the sentence names is the scene."""
    if scene is None:
        return False
    return any(m.actor.country == scene.country for m in reading.actors.mentions)


def beside(parse: Parse, i: int, *, whole_state: bool = True) -> bool:
    """The place at token i is a landmark, not the scene: "a zone near the Gaza Strip",
    "along the Gaza Strip's border with Egypt" (a border has two sides). Near a town is
    still in its state ("a village near Falluja"), so `whole_state` says it names more."""
    for _ in range(4):
        tok = parse.tokens[i]
        head = parse.tokens[tok.head]
        if tok.lemma.lower() in BORDER_NOUNS:
            return True
        if tok.dep == "pobj" and head.lemma.lower() in BESIDE_PREPS and whole_state:
            return True
        if tok.dep not in {"poss", "compound", "pobj", "prep", "amod", "nmod"} or tok.head == i:
            return False
        i = tok.head
    return False


def unnamed_target(parse: Parse, v: int) -> bool:
    """ "shot them dead": the verb's object is someone the sentence does not name here."""
    return any(parse.tokens[o].pos == "PRON" for o in args.children(parse, v, {"dobj"}))


def dateline_place(parse: Parse, idx: args.MentionIndex, places: Sequence[Place]) -> Place | None:
    """The place of a wire dateline ("KABUL (Reuters) - ..."), when the story names its state
    again after the dateline: a report filed abroad about elsewhere ("LONDON - ...") names
    the dateline's state nowhere else, so its place says nothing of where events happen."""
    end = idx.dateline
    if not end:
        return None
    head = [p for p in places if 0 <= p.token_start < end and p.country and p.kind == "literal"]
    if not head:
        return None
    state = head[0].country
    again = any(m.actor.country == state for ms in idx.by_token.values() for m in ms) or any(
        p.country == state for p in places if p.token_start >= end and p.kind == "literal"
    )
    return head[0] if again else None


def contexts(parse: Parse, reading: Reading) -> tuple[str, ...]:
    out = list(reading.context)
    words = word_forms(parse, reading.tokens)
    for name, cues in CONTEXT_WORDS.items():
        if name not in out and words & cues:
            out.append(name)
    return tuple(out)


def confidence(reading: Reading, a: Mention, r: Mention | None) -> float:
    """Trigger kind, then how each side was found, then how each actor was resolved."""
    score = {"verb-pattern": 0.75, "dispatch": 0.7, "state": 0.7, "noun": 0.65, "verb": 0.6,
             "construction": 0.6}  # fmt: skip
    value = score.get(reading.how, 0.5)
    if reading.learned is not None:  # a word only the tagger read: its probability caps it
        value = min(value, reading.learned)
    for found in (reading.actors, reading.recipients):
        value -= {"direct": 0.0, "inherited": 0.05, "context": 0.1, "fallback": 0.2}[found.path]
    if r is None:  # one side only: less to go on
        value -= 0.1
    for m in (a, r):
        if m is not None and m.kind in {"pronoun", "group", "place", UNCODED, LOCAL, UNNAMED}:
            value -= 0.05
    return round(min(0.95, max(0.05, value)), 2)


def exportable(value: str | None) -> str | None:
    """A TIMEX value cut to YYYY, YYYY-MM or YYYY-MM-DD; None when it is not a calendar date."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    for size in (10, 7, 4):
        head = value[:size]
        if len(head) == size and all(c.isdigit() or c == "-" for c in head):
            if size == 4 or head[4] == "-":
                return head
    return None


def to_come(when: EventDate, published: date | None) -> bool:
    """The text dates the event after the article's publication ("during Blair's visit to
    Israel next week"): it has not happened yet, whatever the verb's tense says. Weeks,
    months, quarters and years as resolved; a day only with words that point ahead."""
    start = first_day(when.timex) if when.source == "text" else None
    if published is None or start is None or start <= published:
        return False
    # a day may be a weekday resolved the wrong way ("on Wednesday"); say so only when the
    # words point ahead ("tomorrow", "next Friday")
    day = len((when.timex or "").split("T")[0].split("-")) == 3
    return not day or bool(set((when.text or "").lower().split()) & AHEAD_WORDS)


def first_day(value: str | None) -> date | None:
    """The first day of the period a TIMEX3 value names (a day, week, month, quarter or year),
    None for others (seasons, decades, references)."""
    if not value:
        return None
    parts = value.split("T")[0].split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 1, 1)
        if parts[1].startswith("W"):
            return date.fromisocalendar(year, int(parts[1][1:]), 1)
        if parts[1].startswith("Q"):
            return date(year, 3 * int(parts[1][1:]) - 2, 1)
        return date(year, int(parts[1]), int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return None


def as_day(value: str | None) -> date | None:
    """A day inside the period a date value names, to re-resolve roles on."""
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 7
        day = int(parts[2]) if len(parts) > 2 else (15 if len(parts) > 1 else 1)
        return date(year, month, day)
    except ValueError:
        return None


__all__ = ["EventCoder", "Reading"]


def _without_bare_doubles(parse: Parse, events: list[Event]) -> list[Event]:
    """An event with no recipient beside one of the same type and actor with a recipient is the
    same act read twice: a commitment's promising verb and the act it promises ("promised to
    visit Beijing": AGREE and AGREE -> CHN; the date may attach to one only), or, within one
    sentence, a light verb and its noun ("launched an offensive on rebel-held towns"). Keep the
    one that names the recipient. A group's event stays, and so does a conjoined clause with a
    subject of its own ("gunmen killed the governor and a suicide bomber killed 10 people")."""
    aimed = {(e.event_type, side_key(e.actor)) for e in events if e.recipient is not None}
    aimed_in = {
        (e.event_type, side_key(e.actor), e.mention.sentence)
        for e in events
        if e.recipient is not None
    }
    token_at: dict[int, int] = {}

    def own_clause(e: Event) -> bool:
        if not token_at:  # built only when a bare double is found (rare)
            token_at.update((t.start, t.i) for t in parse.tokens)
        k = token_at.get(e.mention.trigger_start)
        return (
            k is not None
            and parse.tokens[k].dep == "conj"
            and bool(args.children(parse, k, SUBJECT_DEPS))
        )

    def double(e: Event) -> bool:
        if e.recipient is not None:
            return False
        if e.event_type == "AGREE":
            return (e.event_type, side_key(e.actor)) in aimed
        key = (e.event_type, side_key(e.actor), e.mention.sentence)
        return key in aimed_in and not e.participants and not own_clause(e)

    return [e for e in events if not double(e)]
