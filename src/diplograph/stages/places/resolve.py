"""The places stage: place mentions in a parse, resolved offline, and the location of an event.

Mentions come from a wire dateline ("KABUL, Afghanistan (AFP) -"), spaCy GPE/LOC/FAC entities,
and demonyms that modify a place noun ("the Ukrainian front", "European soil"). Each is resolved
by `Gazetteer.rank` in two passes: the first without context, the second with the article's
geographic focus (the countries of the other confidently placed mentions) and with a country or
US state named next to it ("Paris, Texas"). Finding the mentions: `place_mentions`. See
docs/places.md.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from diplograph.records import Parse, Place
from diplograph.stages.places.context import naming_clause
from diplograph.stages.places.gazetteer import (
    Entry,
    Gazetteer,
    confidence,
    fold,
    near,
    to_place,
    village,
)
from diplograph.stages.places.mentions import ALIAS, PlaceMention, names_alone, place_mentions
from diplograph.stages.places.words import (
    COUNTRY_METONYM_DEPS,
    COUNTY_WORDS,
    FACILITY_WORDS,
    LOCAL_DIVISIONS,
    LOCATIVE_PREPS,
    METONYM_DEPS,
    METONYM_PREPS,
    METONYM_REASON,
    NEIGHBOUR_WORDS,
    NOT_PLACES,
    PLACE_LABELS,
    PLACE_NOUNS,
    RIVER_NOUN,
    STATIC_PREPS,
    STREET_WORDS,
)

FOCUS_MIN_CONFIDENCE = 0.6
HOME_MIN_MENTIONS = 2
VILLAGE_REASON = "only a village has the name, and nothing near it in the article: not placed"
DIRECTION = re.compile(
    r"(?i)^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central"
    r"|upper|lower|greater|inner|outer)\s+"
)
NEIGHBOUR = re.compile(rf",? (?:{'|'.join(NEIGHBOUR_WORDS)}) ")


def find_places(parse: Parse, gazetteer: Gazetteer) -> list[Place]:
    """Every place mention in the parse, in text order, each resolved where the gazetteer can."""
    mentions = place_mentions(parse, gazetteer)
    text = parse.article.text
    names = [_with_division(parse, m, fold(text[m.start : m.end])) for m in mentions]
    names = [_river(parse, m, name, gazetteer) for m, name in zip(mentions, names, strict=True)]
    names = _counties_repeated(names, gazetteer)
    direct = [_qualifier(mentions, i, text, gazetteer) for i in range(len(mentions))]
    qualifiers = _carried(direct, names)

    first = [_resolve(m, names[i], qualifiers[i], None, gazetteer) for i, m in enumerate(mentions)]
    listed = _listed(parse, mentions, first, names)
    neighbours = _neighbours(mentions, first, text)
    places = []
    for i, m in enumerate(mentions):
        qualified = _qualifies(first, direct, i)
        wire = _wire_abbreviation(mentions, i, text, gazetteer)
        if wire is not None:  # "Jackson County, Mo.": Missouri, not Mo i Rana
            place = to_place(wire, 0.8, f"abbreviation of {wire.name} after a place")
        elif qualified is not None:  # "Port Angeles, Washington": the state, not the capital
            reason = f"names the {qualified.precision} of the town before it"
            place = to_place(qualified, 0.9, reason)
        else:
            focus = _focus(first, names, names[i], mentions, gazetteer)._replace(
                listed=listed[i], near=neighbours[i]
            )
            place = _resolve(m, names[i], qualifiers[i], focus, gazetteer)
        places.append(_finish(parse, m, place, text))
    _share_aliases(parse, mentions, places)
    _share_names_given(parse, mentions, places, gazetteer)
    return places


def _share_aliases(parse: Parse, mentions: list[PlaceMention], places: list[Place]) -> None:
    """A place and the second name the story gives it right after ("Sidon, also called
    Saida", "Shire, also known as Inda Selassie") are one place: the first's reading serves
    both, or the second's where the first has no point."""
    text = parse.article.text
    for i in range(1, len(mentions)):
        if not ALIAS.fullmatch(text, mentions[i - 1].end, mentions[i].start):
            continue
        if not names_alone(parse, mentions[i - 1]):
            continue
        named, alias = places[i - 1], places[i]
        if named.lat is not None:
            j, source = i, named
        elif alias.lat is not None:
            j, source = i - 1, alias
        else:
            continue
        reason = f"another name the story gives {source.name}; {source.reason}"
        places[j] = _finish(parse, mentions[j], replace(source, reason=reason, metonym=False), text)


def _share_names_given(
    parse: Parse, mentions: list[PlaceMention], places: list[Place], gazetteer: Gazetteer
) -> None:
    """A name given as what a place the story names is called ("Fnideq, which the Spanish
    call Castillejos", "Morphou, known to Turks as Guzelyurt") is that place where one of its
    readings is the place's entry: not Castillejos of Spain nor a Turkish village."""
    text = parse.article.text
    for i, m in enumerate(mentions):
        if m.token_start < 0 or m.kind != "name":
            continue
        target = naming_clause(parse, parse.tokens[parse.span_head(m.token_start, m.token_end)])
        j = None if target is None else _mention_at(parse, mentions, target)
        if j is None or j == i or places[j].geonameid is None:
            continue
        named = places[j]
        name = text[m.start : m.end]
        if any(e.geonameid == named.geonameid for e, _ in gazetteer.candidates(name)):
            reason = f"a name given to {named.name}; {named.reason}"
            places[i] = _finish(parse, m, replace(named, reason=reason, metonym=False), text)


def _mention_at(parse: Parse, mentions: list[PlaceMention], tok) -> int | None:
    """The mention holding the token, or the place after "of" when the token is a place noun
    ("the town of Morphou")."""
    if tok.lemma.lower() in PLACE_NOUNS:
        after = parse.tokens[tok.i + 1 : tok.i + 5]
        of = next((t for t in after if t.head == tok.i and t.text.lower() == "of"), None)
        obj = of and next((t for t in after if t.head == of.i and t.dep == "pobj"), None)
        tok = obj or tok
    return next((k for k, m in enumerate(mentions) if m.token_start <= tok.i < m.token_end), None)


def _with_division(parse: Parse, m: PlaceMention, name: str) -> str:
    """A name of a list before a plural division noun is that division's: "Lamar and Red
    River counties" are Lamar County and Red River County, not the towns."""
    tokens = parse.tokens
    i = m.token_end
    if m.token_start < 0 or m.kind != "name":
        return name
    while i < len(tokens) and (
        tokens[i].text in (",", "and", "or")
        or (tokens[i].pos == "PROPN" and tokens[i].text[:1].isupper())
    ):
        i += 1
    noun = LOCAL_DIVISIONS.get(tokens[i].text) if i < len(tokens) else None
    return f"{name} {noun}" if noun else name


def _river(parse: Parse, m: PlaceMention, name: str, gazetteer: Gazetteer) -> str:
    """A town's name after "the" is the river of its name, where one is known: "across the
    Dnipro" is the river, not the city of Dnipro (a town takes no article). Not a name that
    modifies a noun after it ("the Dnipro authorities")."""
    tokens = parse.tokens
    i, j = m.token_start, m.token_end
    if m.kind != "name" or i < 1 or tokens[i - 1].text.lower() != "the":
        return name
    if j < len(tokens) and tokens[j].pos in ("NOUN", "PROPN"):
        return name
    river = f"{name} {RIVER_NOUN}"
    best = gazetteer.best(name)
    if best is None or best.precision != "city" or not gazetteer.knows(river):
        return name
    return river


def _wire_abbreviation(
    mentions: list[PlaceMention], i: int, text: str, gazetteer: Gazetteer
) -> Entry | None:
    """The state or province of a wire abbreviation written with its full stop right after
    a place and its comma ("Jackson County, Mo.", "Oakville, Ont.,"), else None."""
    m = mentions[i]
    if i == 0 or text[mentions[i - 1].end : m.start] != ", ":
        return None
    if not (text[m.end - 1 : m.end] == "." or text[m.end : m.end + 1] == "."):
        return None
    return gazetteer.abbreviation(text[m.start : m.end])


def _counties_repeated(names: list[str], gazetteer: Gazetteer) -> list[str]:
    """A county the story names with its noun ("Co Clare", "County Mayo") and elsewhere bare
    ("In Clare") is the county both times, one sense per story, where the bare name is no
    town of 15,000+ of its own (Clare, Michigan is a village; "Galway" stays the city)."""
    counties: dict[str, str] = {}
    for name in names:
        words = name.split()
        if len(words) < 2 or COUNTY_WORDS.isdisjoint((words[0], words[-1])):
            continue
        best = gazetteer.best(name)
        if best is not None and best.precision == "region":
            bare = words[1:] if words[0] in COUNTY_WORDS else words[:-1]
            counties.setdefault(" ".join(bare), name)
    return [
        counties[name] if name in counties and not gazetteer.known_place(name) else name
        for name in names
    ]


def _qualifies(first: list[Place], direct: list[Entry | None], i: int) -> Entry | None:
    """The state or country mention i names when it qualifies the town before it ("Port
    Angeles, Washington", read in the first pass inside it), else None."""
    if i == 0 or direct[i - 1] is None:
        return None
    qualifier, town = direct[i - 1], first[i - 1]
    inside = f"in {qualifier.name}, named next to it" in town.reason  # Gazetteer.rank's words
    return qualifier if town.precision == "city" and inside else None


def _resolve(
    m: PlaceMention,
    name: str,
    qualifier: Entry | None,
    focus: Focus | None,
    gazetteer: Gazetteer,
) -> Place:
    if m.entry is not None and m.kind == "embedded":  # "Mayo County Council"
        return to_place(m.entry, 0.8, f"inside a council's name; {m.entry.name}")
    if m.entry is not None:
        where = " before a place noun" if m.kind == "demonym_place" else ""
        return to_place(m.entry, 0.8, f"demonym of {m.entry.name}{where}")
    abbreviation = gazetteer.abbreviation(name) if m.kind == "dateline" else None
    if abbreviation is not None:  # "SPRINGFIELD, Mo. (AP)": Missouri, not Mo i Rana
        return to_place(abbreviation, 0.8, f"dateline; abbreviation of {abbreviation.name}")
    context = {} if focus is None else focus.context()
    readings = gazetteer.rank(name, qualifier=qualifier, **context)
    bare = DIRECTION.sub("", name)
    # "southern Russia" is Russia; "the North West" is no town of West
    if not readings and bare != name and fold(bare) not in NOT_PLACES:
        readings = gazetteer.rank(bare, qualifier=qualifier, **context)
    if readings and _unsupported_village(m, readings[0].entry, qualifier, focus):
        return Place(start=0, end=0, text="", reason=VILLAGE_REASON)
    if not readings:
        return _unlisted(m, name, gazetteer, focus)
    best = readings[0]
    reason = best.reason
    if len(readings) > 1:
        other = readings[1].entry
        reason += f"; preferred over {other.name} ({other.country or other.precision})"
    conf = confidence(readings)
    if m.kind == "dateline":
        reason = "dateline; " + reason
    elif m.kind == "embedded":
        reason = "inside an organisation's name; " + reason
    return to_place(best.entry, conf, reason)


def _unsupported_village(
    m: PlaceMention, entry: Entry, qualifier: Entry | None, focus: Focus | None
) -> bool:
    """A village of the fuller gazetteer ("Prince Charles", Canada: 1,276 people) is taken
    only from a dateline, beside its country or state, or among other places of its country
    or near the dateline's town."""
    if not village(entry) or m.kind == "dateline" or qualifier is not None:
        return False
    if focus is not None and near(entry, focus.points):
        return False
    return focus is None or not focus.focus.get(entry.country or "")


def _unlisted(m: PlaceMention, name: str, gazetteer: Gazetteer, focus: Focus | None) -> Place:
    """A name the index lacks: a wire abbreviation ("Que.") or a facility named after its city
    ("Manchester Airport", "Jasper National Park": the town of the article's country, or the
    feature or region: "Mount Rainier National Park"; a
    village only among other places of its country), a street or landmark of a story with a
    dateline ("Market Street", "Kings Park Stadium": in the dateline's town), else kept with
    no point."""
    if m.kind == "dateline" or m.end - m.start <= 6:
        entry = gazetteer.abbreviation(name)
        if entry is not None:
            return to_place(entry, 0.8, f"abbreviation of {entry.name}")
    words = name.split()
    while words and words[-1] in FACILITY_WORDS:
        words.pop()
    if words and len(words) < len(name.split()):
        readings = gazetteer.rank(" ".join(words), **({} if focus is None else focus.context()))
        if (
            readings
            and readings[0].entry.precision in ("city", "region")
            and not _unsupported_village(m, readings[0].entry, None, focus)
        ):
            best = readings[0]
            reason = f"a facility of {best.entry.name}; {best.reason}"
            return to_place(best.entry, confidence(readings), reason)
    town = None if focus is None else focus.town
    last = name.split()[-1]
    if town is not None and (last in STREET_WORDS or last in LOCAL_DIVISIONS.values()):
        what = "a local division" if last in LOCAL_DIVISIONS.values() else "a street or landmark"
        reason = f"{what} of a story from {town.name}: placed there"
        return replace(town, confidence=0.5, reason=reason)
    return Place(start=0, end=0, text="", reason="not in the gazetteer: kept, not placed")


class Focus(NamedTuple):
    """What the article's other places say of where it is (keywords of `Gazetteer.rank`)."""

    focus: dict[str, float]  # share of the other confidently placed mentions per country
    home: str | None  # the focus country: half or more of them, two at least
    states: frozenset[str]  # the US states they name
    listed: frozenset[str] = frozenset()  # the countries of the places listed with the name
    town: Place | None = None  # the dateline's town
    near: tuple[tuple[float, float], ...] = ()  # the place named as the name's neighbour
    around: tuple[tuple[float, float], ...] = ()  # the article's other towns of its focus

    @property
    def points(self) -> tuple[tuple[float, float], ...]:
        town = self.town
        return self.near + (() if town is None or town.lat is None else ((town.lat, town.lon),))

    def context(self) -> dict:
        """The keywords of `Gazetteer.rank`."""
        return {"focus": self.focus, "home": self.home, "states": self.states,
                "listed": self.listed, "points": self.points,
                "around": self.around}  # fmt: skip


def _focus(
    first: list[Place],
    names: list[str],
    own: str,
    mentions: list[PlaceMention],
    gazetteer: Gazetteer,
) -> Focus:
    """The article's geographic focus, from its other confidently placed mentions (a
    dateline's counted twice: the story is filed from there, and its town is where local
    news finds the neighbours it names)."""
    counts: Counter[str] = Counter()
    states = set()
    town = None
    towns = []
    for p, n, m in zip(first, names, mentions, strict=True):
        if n == own or not p.country or p.confidence < FOCUS_MIN_CONFIDENCE:
            continue
        counts[p.country] += 2 if m.kind == "dateline" else 1
        if p.precision == "city" and p.lat is not None:
            towns.append((p.country, (p.lat, p.lon)))
        if p.precision == "region" and p.country == "USA":
            states.add(p.geonameid)
        if m.kind == "dateline" and p.precision == "city" and town is None:
            town = p
    total = sum(counts.values())
    if not total:
        return Focus({}, None, frozenset())
    top, k = counts.most_common(1)[0]
    home = top if k >= HOME_MIN_MENTIONS and 2 * k >= total else None
    codes = frozenset(c for c, e in gazetteer.states.items() if e.geonameid in states)
    share = {c: n / total for c, n in counts.items()}
    around = tuple(dict.fromkeys(point for country, point in towns if country == home))
    return Focus(share, home, codes, town=town, around=around)


def _listed(
    parse: Parse, mentions: list[PlaceMention], first: list[Place], names: list[str]
) -> list[frozenset[str]]:
    """Per mention, the countries of the other confidently placed mentions of its list, joined
    to it by "and"/"or" or commas ("Christchurch, Wellington and Hamilton")."""
    tokens = parse.tokens

    def root(i: int) -> int:
        while tokens[i].dep == "conj" and tokens[i].head != i:
            i = tokens[i].head
        return i

    roots = [
        root(parse.span_head(m.token_start, m.token_end)) if m.token_start >= 0 else -1
        for m in mentions
    ]
    out = []
    for i, r in enumerate(roots):
        countries = {
            p.country
            for j, p in enumerate(first)
            if r >= 0 and roots[j] == r and names[j] != names[i] and p.country
            and p.confidence >= FOCUS_MIN_CONFIDENCE
        }  # fmt: skip
        out.append(frozenset(countries))
    return out


def _neighbours(
    mentions: list[PlaceMention], first: list[Place], text: str
) -> list[tuple[tuple[float, float], ...]]:
    """Per mention, the point of the place named right after it as its neighbour ("Waterloo
    near Brussels"): the town is read by it, as by a dateline's town."""
    out = []
    for i, m in enumerate(mentions):
        nxt = first[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is None
            or nxt.lat is None
            or nxt.confidence < FOCUS_MIN_CONFIDENCE
            or not NEIGHBOUR.fullmatch(text[m.end : mentions[i + 1].start])
        ):
            out.append(())
        else:
            out.append(((nxt.lat, nxt.lon),))
    return out


def _qualifier(
    mentions: list[PlaceMention], i: int, text: str, gazetteer: Gazetteer
) -> Entry | None:
    """The country or US state named right after a mention: "Paris, Texas", "KABUL, Afghanistan"."""
    if i + 1 >= len(mentions) or mentions[i].kind not in ("name", "dateline"):
        return None
    nxt = mentions[i + 1]
    if text[mentions[i].end : nxt.start] != ", ":
        return None
    return gazetteer.qualifier(text[nxt.start : nxt.end])


def _carried(qualifiers: list[Entry | None], names: list[str]) -> list[Entry | None]:
    """A name qualified once keeps its qualifier where the article repeats it bare, one sense
    per story: "LONDON, Ontario (CP) - Police in London said" is London, Ontario twice."""
    first: dict[str, Entry] = {}
    out = []
    for name, qualifier in zip(names, qualifiers, strict=True):
        if qualifier is not None:
            first.setdefault(name, qualifier)
        out.append(qualifier or first.get(name))
    return out


def _finish(parse: Parse, m: PlaceMention, place: Place, text: str) -> Place:
    sentence = parse.tokens[m.token_start].sent if parse.tokens else -1
    place = replace(
        place,
        start=m.start,
        end=m.end,
        text=text[m.start : m.end],
        sentence=sentence,
        token_start=m.token_start,
        token_end=m.token_end,
        kind=m.place_kind,
    )
    if place.precision in ("city", "country") and _is_metonym(parse, m, place):
        place = replace(place, metonym=True, reason=place.reason + METONYM_REASON[place.precision])
    return place


def _is_metonym(parse: Parse, m: PlaceMention, place: Place) -> bool:
    """A capital or country as subject, object or possessor, or 'talks with X': an actor,
    not a place ("Washington said", "Sudan's government"). A country's object or possessed
    place stays literal ("visited Japan", "Russia's second city")."""
    if m.kind != "name" or m.token_start < 0:
        return False
    country = place.precision == "country"
    if not country and not _is_capital(place):
        return False
    tok = parse.tokens[parse.span_head(m.token_start, m.token_end)]
    while tok.dep in ("conj", "appos", "compound") and tok.head != tok.i:
        tok = parse.tokens[tok.head]
    head = parse.tokens[tok.head]
    if country and tok.dep == "poss":
        return not _place_noun(parse, head)
    if tok.dep in (COUNTRY_METONYM_DEPS if country else METONYM_DEPS):
        return True
    if tok.dep == "pobj":
        return head.text.lower() in METONYM_PREPS
    return False


def _place_noun(parse: Parse, tok) -> bool:
    """A place noun or name: "(Russia's) capital", "second city Alexandria", "Darfur region"."""
    if tok.lemma.lower() in PLACE_NOUNS or tok.ent_type in PLACE_LABELS:
        return True
    if tok.text[:1].isupper() and Gazetteer.load().knows(tok.text):
        return True
    return any(
        t.head == tok.i and t.dep in ("compound", "amod") and t.lemma.lower() in PLACE_NOUNS
        for t in parse.tokens[max(0, tok.i - 3) : tok.i]
    )


def _is_capital(place: Place) -> bool:
    return "a national capital" in place.reason


# ---- the event's location ------------------------------------------------------------------


def event_location(
    parse: Parse,
    trigger: int,
    places: Sequence[Place],
    *,
    tokens: Sequence[int] = (),
    parties: frozenset[int] = frozenset(),
) -> Place | None:
    """Where the event at token `trigger` happened: a place in its own phrase ("arrival in
    Pyongyang", "sent to the Ukrainian front", "at the Chinese ... parade"), else a place that
    is an "in/at X" oblique of its sentence, else None. Metonymic capitals never qualify, nor
    does a demonym or a place inside an organisation's name ("Russian troops", "the Bank of
    England": kind other than literal), nor a name of the event's actor or recipient (tokens
    `parties`) unless the text puts the event in it ("arrived in Syria"): "apologized to
    Egypt" and "US air strikes" say who, not where."""
    own = set(parse.subtree(trigger)) | set(tokens)
    sent = parse.tokens[trigger].sent
    usable = [
        p
        for p in places
        if p.kind == "literal"
        and not p.metonym
        and p.sentence == sent
        and p.token_start >= 0
        and (
            parties.isdisjoint(range(p.token_start, p.token_end))
            or _locative(parse, p, -1, STATIC_PREPS)
        )
    ]

    def distance(p: Place) -> int:
        return min(abs(p.token_start - trigger), abs(p.token_end - 1 - trigger))

    phrase = [p for p in usable if parse.span_head(p.token_start, p.token_end) in own]
    located = [p for p in phrase if _locative(parse, p, trigger, LOCATIVE_PREPS)]
    if located:
        return min(located, key=distance)
    host = _host_demonym(parse, trigger, own - parties)
    if host is not None:
        return host
    static = [p for p in usable if _locative(parse, p, trigger, STATIC_PREPS)]
    if static:
        return min(static, key=distance)
    return None


def _locative(parse: Parse, place: Place, trigger: int, preps: set[str]) -> bool:
    """The place is the object of a locative preposition, a demonym place ('the Ukrainian
    front') under one, or a modifier of the trigger itself ('the Beijing summit')."""
    i = parse.span_head(place.token_start, place.token_end)
    tok = parse.tokens[i]
    while tok.dep in ("conj", "appos") and tok.head != tok.i:
        tok = parse.tokens[tok.head]
    if tok.dep in ("compound", "amod", "nmod") and tok.head == trigger:
        return True
    if tok.dep == "pobj":
        return parse.tokens[tok.head].text.lower() in preps
    return False


def _host_demonym(parse: Parse, trigger: int, own: set[int]) -> Place | None:
    """'at the Chinese Victory Day military parade': the host country of an event noun."""
    gazetteer = Gazetteer.load()
    for i in sorted(own):
        tok = parse.tokens[i]
        if tok.ent_type not in ("NORP", "GPE") or tok.dep not in ("amod", "compound"):
            continue
        noun = parse.tokens[tok.head]
        while noun.dep == "compound" and noun.head != noun.i:
            noun = parse.tokens[noun.head]
        if noun.i != trigger and not (
            noun.dep == "pobj" and parse.tokens[noun.head].text.lower() in STATIC_PREPS
        ):
            continue
        entry = gazetteer.demonym(tok.text)
        if entry is None:
            continue
        place = to_place(entry, 0.7, f"demonym '{tok.text}' of the event's host")
        return replace(
            place,
            start=tok.start,
            end=tok.end,
            text=tok.text,
            sentence=tok.sent,
            token_start=tok.i,
            token_end=tok.i + 1,
        )
    return None
