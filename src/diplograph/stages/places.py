"""The places stage: place mentions in a parse, resolved offline, and the location of an event.

Mentions come from a wire dateline ("KABUL, Afghanistan (AFP) -"), spaCy GPE/LOC/FAC entities,
and demonyms that modify a place noun ("the Ukrainian front", "European soil"). Each is resolved
by `Gazetteer.rank` in two passes: the first without context, the second with the article's
geographic focus (the countries of the other confidently placed mentions) and with a country or
US state named next to it ("Paris, Texas"). See docs/places.md.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from diplograph.records import Parse, Place
from diplograph.stages.datelines import dateline
from diplograph.stages.gazetteer import Entry, Gazetteer, Reading, confidence, fold, to_place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# nouns that make a demonym before them a place: "the Ukrainian front", "European soil"
PLACE_NOUNS = {
    "front", "soil", "border", "borders", "territory", "territories", "capital", "city",
    "coast", "coastline", "waters", "airspace", "side", "region", "province", "mainland",
    "frontier", "countryside", "village", "villages", "town", "towns", "port", "island",
    "islands", "peninsula", "desert", "mountains", "frontline", "front line", "enclave",
}  # fmt: skip
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "within", "across", "throughout",
                  "around", "into", "to", "onto", "over", "on", "off", "along"}  # fmt: skip
UNTAGGED_PREPS = {"in", "at", "near", "from", "to", "into", "across", "throughout", "inside"}
STATIC_PREPS = {"in", "at", "near", "inside", "outside", "within", "across", "throughout"}
METONYM_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "agent", "iobj"}
COUNTRY_METONYM_DEPS = {"nsubj", "nsubjpass", "agent"}
METONYM_REASON = {
    "city": "; a capital standing for a government",
    "country": "; a country standing for its government or people",
}
METONYM_PREPS = {"with", "between", "against", "by"}
# capitalised heads of organisation names with a place after "in/of/for"
ORGANISATION_NOUNS = {"army", "front", "party", "movement", "council", "bank", "university",
                      "college", "institute", "committee", "commission", "brigade", "brigades",
                      "church", "company", "corporation", "association", "federation",
                      "league", "union", "organization", "organisation", "museum", "society",
                      "foundation", "agency", "press", "court", "assembly", "congress"}  # fmt: skip
VESSEL_NOUNS = {"tanker", "supertanker", "ship", "vessel", "freighter", "carrier", "destroyer",
                "frigate", "submarine", "cruiser", "yacht", "ferry", "liner", "warship",
                "uss", "hms"}  # fmt: skip
# a facility named after its city: "Manchester Airport", "Kandahar air base"
FACILITY_WORDS = {"airport", "international", "air", "base", "airbase", "airfield", "port",
                  "harbour", "harbor", "station", "railway", "stadium"}  # fmt: skip
SEPARATOR = re.compile(r"(, | - |/)")
FOCUS_MIN_CONFIDENCE = 0.6
# entities that are directions or cultural spheres, not places: "the West"
NOT_PLACES = {"west", "east", "north", "south", "orient", "occident", "western world"}
DIRECTION = re.compile(
    r"(?i)^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central"
    r"|upper|lower|greater|inner|outer)\s+"
)


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    token_start: int
    token_end: int
    kind: str  # dateline | name | demonym
    entry: Entry | None = None  # a demonym's place, decided by the demonym table


def find_places(parse: Parse, gazetteer: Gazetteer) -> list[Place]:
    """Every place mention in the parse, in text order, each resolved where the gazetteer can."""
    mentions = _mentions(parse, gazetteer)
    text = parse.article.text
    names = [fold(text[m.start : m.end]) for m in mentions]
    qualifiers = [_qualifier(mentions, i, text, gazetteer) for i in range(len(mentions))]

    first = [_resolve(m, names[i], qualifiers[i], None, gazetteer) for i, m in enumerate(mentions)]
    places = []
    for i, m in enumerate(mentions):
        focus = _focus(first, names, names[i])
        place = _resolve(m, names[i], qualifiers[i], focus, gazetteer)
        places.append(_finish(parse, m, place, text))
    return places


def _resolve(
    m: _Mention,
    name: str,
    qualifier: Entry | None,
    focus: dict[str, float] | None,
    gazetteer: Gazetteer,
) -> Place:
    if m.entry is not None:
        return _entry_place(m.entry, 0.8, f"demonym of {m.entry.name} before a place noun")
    readings = gazetteer.rank(name, qualifier=qualifier, focus=focus)
    bare = DIRECTION.sub("", name)
    if not readings and bare != name:  # "southern Russia": Russia
        readings = gazetteer.rank(bare, qualifier=qualifier, focus=focus)
    if not readings:
        return _unlisted(m, name, gazetteer)
    best = readings[0]
    reason = best.reason
    if len(readings) > 1:
        other = readings[1].entry
        reason += f"; preferred over {other.name} ({other.country or other.precision})"
    conf = confidence(readings)
    if m.kind == "dateline":
        reason = "dateline; " + reason
    return to_place(Reading(best.entry, best.score, reason), conf, "", 0, 0)


def _unlisted(m: _Mention, name: str, gazetteer: Gazetteer) -> Place:
    """A name the index lacks: a wire abbreviation ("Que.") or a facility named after its city
    ("Manchester Airport"), else kept with no point."""
    if m.kind == "dateline" or m.end - m.start <= 6:
        entry = gazetteer.abbreviation(name)
        if entry is not None:
            return _entry_place(entry, 0.8, f"abbreviation of {entry.name}")
    words = name.split()
    while words and words[-1] in FACILITY_WORDS:
        words.pop()
    if words and len(words) < len(name.split()):
        readings = gazetteer.rank(" ".join(words))
        if readings and readings[0].entry.precision == "city":
            best = readings[0]
            reason = f"a facility of {best.entry.name}; {best.reason}"
            return to_place(Reading(best.entry, best.score, reason), confidence(readings), "", 0, 0)
    return Place(start=0, end=0, text="", reason="not in the gazetteer: kept, not placed")


def _entry_place(e: Entry, conf: float, reason: str) -> Place:
    return Place(
        start=0,
        end=0,
        text="",
        name=e.name,
        country=e.country,
        lat=e.lat,
        lon=e.lon,
        geonameid=e.geonameid,
        precision=e.precision,
        confidence=conf,
        reason=reason,
    )


def _focus(first: list[Place], names: list[str], own: str) -> dict[str, float]:
    """Share of the article's other confidently placed mentions in each country."""
    counts = Counter(
        p.country
        for p, n in zip(first, names, strict=True)
        if n != own and p.country and p.confidence >= FOCUS_MIN_CONFIDENCE
    )
    total = sum(counts.values())
    return {c: k / total for c, k in counts.items()} if total else {}


def _qualifier(mentions: list[_Mention], i: int, text: str, gazetteer: Gazetteer) -> Entry | None:
    """The country or US state named right after a mention: "Paris, Texas", "KABUL, Afghanistan"."""
    if i + 1 >= len(mentions) or mentions[i].kind == "demonym":
        return None
    nxt = mentions[i + 1]
    if text[mentions[i].end : nxt.start] != ", ":
        return None
    return gazetteer.qualifier(text[nxt.start : nxt.end])


def _finish(parse: Parse, m: _Mention, place: Place, text: str) -> Place:
    sentence = parse.tokens[m.token_start].sent if parse.tokens else -1
    place = replace(
        place,
        start=m.start,
        end=m.end,
        text=text[m.start : m.end],
        sentence=sentence,
        token_start=m.token_start,
        token_end=m.token_end,
    )
    if place.precision in ("city", "country") and _is_metonym(parse, m, place):
        place = replace(place, metonym=True, reason=place.reason + METONYM_REASON[place.precision])
    return place


def _is_metonym(parse: Parse, m: _Mention, place: Place) -> bool:
    """A capital or country as subject, object or possessor, or 'talks with X': an actor,
    not a place ("Washington said", "Sudan's government"). A country's object or possessed
    place stays literal ("visited Japan", "Russia's second city")."""
    if m.kind != "name" or m.token_start < 0:
        return False
    country = place.precision == "country"
    if not country and not _is_capital(place):
        return False
    tok = parse.tokens[_head(parse, m.token_start, m.token_end)]
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


def _head(parse: Parse, token_start: int, token_end: int) -> int:
    """The token of a span whose head lies outside it (the last such, for a flat span)."""
    for i in range(token_end - 1, token_start - 1, -1):
        h = parse.tokens[i].head
        if h == i or not token_start <= h < token_end:
            return i
    return token_end - 1


# ---- mentions ------------------------------------------------------------------------------


def _mentions(parse: Parse, gazetteer: Gazetteer) -> list[_Mention]:
    text = parse.article.text
    found, dateline_end = _dateline(parse, gazetteer)
    taken = [(m.start, m.end) for m in found]
    if found:
        # the dateline runs up to its dash: entities inside it ("Iraq - Explosions") are its own
        taken.append((0, dateline_end))
    for ent in parse.entities:
        if ent.label not in PLACE_LABELS and not _mislabelled(parse, ent, gazetteer):
            continue
        if _inside_name(parse, ent.token_start, ent.token_end):
            continue
        for start, end in _parts(text, ent.start, ent.end, gazetteer):
            piece = text[start:end]
            if gazetteer.demonym(piece) is not None and not gazetteer.knows(piece):
                continue  # "Ukrainian" tagged GPE: a demonym, placed only before a place noun
            if not any(s < end and start < e for s, e in taken):
                ts, te = _tokens(parse, start, end)
                found.append(_Mention(start, end, ts, te, "name"))
                taken.append((start, end))
    for m in [*_demonym_places(parse, gazetteer), *_untagged(parse, gazetteer, found)]:
        if not any(s < m.end and m.start < e for s, e in taken):
            found.append(m)
            taken.append((m.start, m.end))
    return sorted(found, key=lambda m: m.start)


def _untagged(parse: Parse, gazetteer: Gazetteer, found: list[_Mention]) -> list[_Mention]:
    """A country, region or capital the tagger left unlabelled: a proper noun joined to a
    place ("rocked Nagaland and Assam") or the object of a locative preposition ("in Assam")."""
    placed = {i for m in found for i in range(m.token_start, m.token_end)}
    out = []
    for tok in parse.tokens:
        if tok.i > 0 and parse.tokens[tok.i - 1].text == "(":
            continue  # "(DRC)": an abbreviation restating the place before it
        if tok.ent_type or tok.pos != "PROPN" or not tok.text[:1].isupper() or len(tok.text) < 3:
            continue
        if (
            tok.i > 0
            and parse.tokens[tok.i - 1].pos == "PROPN"
            and not parse.tokens[tok.i - 1].ent_type
        ):
            continue  # inside a longer unlabelled name ("Assam Rifles")
        if tok.i + 1 < len(parse.tokens) and parse.tokens[tok.i + 1].pos == "PROPN":
            continue
        joined = tok.dep in ("conj", "appos") and tok.head in placed
        located = tok.dep == "pobj" and parse.tokens[tok.head].text.lower() in UNTAGGED_PREPS
        if not (joined or located):
            continue
        readings = gazetteer.rank(tok.text)
        if not readings or not any(primary for _, primary in gazetteer.candidates(tok.text)):
            continue
        best = readings[0].entry
        if best.precision in ("country", "region", "area") or best.capital:
            out.append(_Mention(tok.start, tok.end, tok.i, tok.i + 1, "name"))
    return out


def _inside_name(parse: Parse, token_start: int, token_end: int) -> bool:
    """A place inside an organisation's or a vessel's name, not a place mention: "the Islamic
    Army in Iraq", "the Bank of England", "the supertanker Limburg"."""
    if token_start < 0:
        return False
    before = parse.tokens[token_start - 1] if token_start > 0 else None
    if before is not None and before.text.lower() in VESSEL_NOUNS:
        return True
    tok = parse.tokens[_head(parse, token_start, token_end)]
    prep = parse.tokens[tok.head]
    if tok.dep != "pobj" or prep.text.lower() not in ("in", "of", "for"):
        return False
    owner = parse.tokens[prep.head]
    if owner.i >= token_start or not owner.text[:1].isupper():
        return False
    if owner.lemma.lower() not in ORGANISATION_NOUNS:
        return False
    if prep.text.lower() == "of":  # "the Bank of England", "Associated Press of Pakistan"
        return True
    # "in/for" only inside a quoted name: '"The Islamic Army in Iraq"'
    text = parse.article.text
    window = text[max(0, owner.start - 40) : owner.start] + text[tok.end : tok.end + 12]
    return any(q in window for q in ('"', "“", "”", "quot;"))


def _mislabelled(parse: Parse, ent, gazetteer: Gazetteer) -> bool:
    """An entity of another label that is a place's name: a country, region or capital
    ("Washington said", "Sudan's government", tagged ORG by the small model), a city of
    100,000 or more after a preposition, in a list or named as a city ("from Fallujah, Ramadi
    and Samarra", "the second city St Petersburg"). "AFP - Germany" and "September 2004 -
    India" too: a dateline's tail swallowed into the entity."""
    text, label = ent.text, ent.label
    if " - " in text or "/" in text:
        return any(
            gazetteer.knows(text[s - ent.start : e - ent.start])
            for s, e in _parts(parse.article.text, ent.start, ent.end, gazetteer)
        )
    if label not in ("ORG", "PERSON", "NORP"):
        return False
    s, e = _trim(parse.article.text, ent.start, ent.end)
    readings = gazetteer.rank(parse.article.text[s:e])
    if not readings:
        return False
    best = readings[0].entry
    head = parse.tokens[_head(parse, ent.token_start, ent.token_end)]
    multiword = label == "PERSON" and " " in text.strip()
    if not multiword and (best.precision in ("country", "area") or best.capital):
        return True
    if best.precision == "region" and label != "PERSON":
        return True
    if best.population < 100_000:
        return False
    if head.dep in ("pobj", "conj"):
        return True
    return head.dep == "appos" and parse.tokens[head.head].lemma.lower() in PLACE_NOUNS


def _dateline(parse: Parse, gazetteer: Gazetteer) -> tuple[list[_Mention], int]:
    """The dateline's places ("KABUL, Afghanistan", "Bukavu/Nairobi") and where it ends."""
    line = dateline(parse.article.text)
    if line is None or line.place is None:
        return [], 0
    spans = []
    start = line.place_start
    for name in line.place.split("/"):
        if not gazetteer.knows(name):
            return [], 0
        spans.append((start, start + len(name)))
        start += len(name) + 1
    if line.qualifier and gazetteer.qualifier(line.qualifier) is not None:
        spans.append((line.qualifier_start, line.qualifier_start + len(line.qualifier)))
    out = [_Mention(s, e, *_tokens(parse, s, e), "dateline") for s, e in spans]
    return out, line.end


def _parts(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """An entity's place names: "A, B", "A - B" and "A/B" split into the known pieces, each
    without a leading 'the' or a possessive ("Sudan's", "Belarus'")."""
    pieces = []
    offset = start
    chunks = SEPARATOR.split(text[start:end])
    for k, chunk in enumerate(chunks):
        if k % 2 == 0:
            s, e = _trim(text, offset, offset + len(chunk))
            if e > s and fold(text[s:e]) not in NOT_PLACES:
                pieces.append((s, e))
        offset += len(chunk)
    if len(chunks) == 1:
        return pieces
    known = [(s, e) for s, e in pieces if gazetteer.knows(text[s:e])]
    if known or any(sep != ", " for sep in chunks[1::2]):
        return known
    s, e = _trim(text, start, end)  # "Zzyzx, Foo": nothing known, kept whole
    return [(s, e)] if e > s else []


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    lead = re.match(r"(?i)the\s+", text[s:e])
    if lead:
        s += lead.end()
    trail = re.search(r"(?:['’]s?|[,;:])$", text[s:e])
    if trail:
        e -= len(trail.group())
    return s, e


def _tokens(parse: Parse, start: int, end: int) -> tuple[int, int]:
    inside = [t.i for t in parse.tokens if t.start < end and start < t.end]
    if not inside:
        return -1, -1
    return inside[0], inside[-1] + 1


def _demonym_places(parse: Parse, gazetteer: Gazetteer) -> list[_Mention]:
    """'the Ukrainian front' -> Ukraine; 'European soil' -> Europe; 'Russian President' -> none."""
    out = []
    for tok in parse.tokens:
        if tok.dep not in ("amod", "compound") or tok.head == tok.i:
            continue
        head = parse.tokens[tok.head]
        if head.lemma.lower() not in PLACE_NOUNS and head.text.lower() not in PLACE_NOUNS:
            continue
        entry = gazetteer.demonym(tok.text)
        if entry is None or head.i < tok.i:
            continue
        out.append(_Mention(tok.start, head.end, tok.i, head.i + 1, "demonym", entry))
    return out


# ---- the event's location ------------------------------------------------------------------


def event_location(
    parse: Parse, trigger: int, places: Sequence[Place], *, tokens: Sequence[int] = ()
) -> Place | None:
    """Where the event at token `trigger` happened: a place in its own phrase ("arrival in
    Pyongyang", "sent to the Ukrainian front", "at the Chinese ... parade"), else a place that
    is an "in/at X" oblique of its sentence, else None. Metonymic capitals never qualify."""
    own = set(parse.subtree(trigger)) | set(tokens)
    sent = parse.tokens[trigger].sent
    usable = [p for p in places if not p.metonym and p.sentence == sent and p.token_start >= 0]

    def distance(p: Place) -> int:
        return min(abs(p.token_start - trigger), abs(p.token_end - 1 - trigger))

    phrase = [p for p in usable if _head(parse, p.token_start, p.token_end) in own]
    located = [p for p in phrase if _locative(parse, p, trigger, LOCATIVE_PREPS)]
    if located:
        return min(located, key=distance)
    host = _host_demonym(parse, trigger, own)
    if host is not None:
        return host
    static = [p for p in usable if _locative(parse, p, trigger, STATIC_PREPS)]
    if static:
        return min(static, key=distance)
    return None


def _locative(parse: Parse, place: Place, trigger: int, preps: set[str]) -> bool:
    """The place is the object of a locative preposition, a demonym place ('the Ukrainian
    front') under one, or a modifier of the trigger itself ('the Beijing summit')."""
    i = _head(parse, place.token_start, place.token_end)
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
        place = _entry_place(entry, 0.7, f"demonym '{tok.text}' of the event's host")
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


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))
