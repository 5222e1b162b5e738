"""Where place mentions are: a wire dateline's places, spaCy GPE/LOC/FAC entities (split at
commas and slashes, never inside a vessel's name), places the tagger left unlabelled, and
demonyms before a place noun ("the Ukrainian front"); then, as mentions of their own kinds, bare
demonyms ("Russian troops") and places inside an organisation's name ("the Bank of England").
`places` resolves them."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from diplograph.records import Parse, Span
from diplograph.stages.ingest import dateline
from diplograph.stages.places.context import (
    continues_a_name,
    first_name,
    placed_by_context,
    widened,
)
from diplograph.stages.places.gazetteer import BIG_CITY, Entry, Gazetteer, fold
from diplograph.stages.places.local import (
    dateline_town,
    home_countries,
    home_town,
    home_village,
    neighbour,
    person_named,
    surnames,
)
from diplograph.stages.places.words import (
    ALIAS_ADVERBS,
    ALIAS_VERBS,
    ARTICLE_ALIASES,
    CLUB_NOUNS,
    CLUB_WORDS,
    CONTEXT_PREPS,
    DEMONYM_LABELS,
    EMBEDDED_MAX_WORDS,
    EMBEDDED_MIN_POPULATION,
    FACILITY_WORDS,
    FEATURE_NOUNS,
    GANG_NOUNS,
    GENERIC_NOUNS,
    LANGUAGE_PREPS,
    LOCAL_DIVISIONS,
    LOOSE_ENDS,
    MISLABELS,
    NAME_NOUNS,
    NAME_PARTICLES,
    NAME_POS,
    NOT_PLACES,
    OFFICE_TITLES,
    ORGANISATION_NOUNS,
    PLACE_LABELS,
    PLACE_NOUNS,
    POSSESSIVES,
    REGION_PARTICLES,
    ROUTE_NOUNS,
    TITLES,
    UNTAGGED_PREPS,
    VESSEL_NOUNS,
)

MODIFIER_MIN_POPULATION = 100_000
SEPARATOR = re.compile(r"(, | - |/)")
# "from Split to Dubrovnik", "Maungdaw and Buthidaung" taken as one entity: split only when
# every piece is a known place and the whole is not ("Trinidad and Tobago")
JOINED = re.compile(r" (?:and|to) ")
# "the Copperbelt of Zambia", "the Tuscan coast of Italy": an entity naming a place "of" a
# country or region, unknown whole, keeps its known pieces
OF_PLACE = re.compile(r" of ")
# a local council named after its place: "Galway County Council", "Leeds City Council"
COUNCIL = re.compile(
    r"([A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,2}?) (?:(?:County|City|District|Borough|Town|Shire"
    r"|Regional|Municipal) )?Council\b"
)
LOOSE_END = re.compile(rf"\s+(?:{'|'.join(LOOSE_ENDS)})$")
# the words between a place and the second name the story gives it: ", also called ", ", now
# officially known as ", ", formerly ", " (formerly ", ", the port once called "
ALIAS_VERB = "|".join(verb.replace(" ", r"\s+") for verb in ALIAS_VERBS)
ALIAS_NOUN = "|".join(noun.replace(" ", r"\s+") for noun in PLACE_NOUNS)
ALIAS = re.compile(
    rf"(?:,|\s\()\s*(?:the\s+(?:{ALIAS_NOUN})\s+)?(?:(?:{'|'.join(ALIAS_ADVERBS)})\s+)*"
    rf"(?:{ALIAS_VERB}|formerly)\s+(?:the\s+)?"
)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A stretch of text that may name a place, before the gazetteer resolves it."""

    start: int
    end: int
    token_start: int
    token_end: int
    kind: str  # dateline | name | alias | demonym_place | demonym | embedded
    entry: Entry | None = None  # a demonym's place (the demonym table) or a council's county

    @property
    def place_kind(self) -> str:
        """The output's kind: literal, demonym ("Russian") or embedded ("Bank of England")."""
        return self.kind if self.kind in ("demonym", "embedded") else "literal"


def place_mentions(parse: Parse, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Every place mention of the parse, in text order, none overlapping another."""
    text = parse.article.text
    found, dateline_end = _dateline(parse, gazetteer)
    taken = [(m.start, m.end) for m in found]
    if found:
        # the dateline runs up to its dash: entities inside it ("Iraq - Explosions") are its own
        taken.append((0, dateline_end))
    for m in [
        *_team_places(parse, gazetteer),
        *_particle_names(parse, gazetteer),
        *_hyphenated_names(parse, gazetteer),
        *_possessive_names(parse, gazetteer),
        *_office_places(parse, gazetteer),
    ]:
        if not any(s < m.end and m.start < e for s, e in taken):
            found.append(m)
            taken.append((m.start, m.end))
    organisations = []
    for ent in parse.entities:
        placed = {i for m in found for i in range(m.token_start, m.token_end)}
        gang = _gang(parse, ent)  # "the Gulf Cartel" tagged FAC, "the Juarez Cartel" PERSON
        if gang or (
            ent.label not in PLACE_LABELS and not _mislabelled(parse, ent, gazetteer, placed)
        ):
            if gang or ent.label == "ORG" or (ent.label in MISLABELS and _club(parse, ent)):
                organisations.append(ent)
            continue
        one_word = ent.token_end - ent.token_start == 1
        if _vessel(parse, ent.token_start) or (
            one_word
            and first_name(parse, ent.token_start, gazetteer)
            # no first name where the tagger cut a place's name short: "Lough" of "Lough Ree"
            and widened(parse, ent.token_start, ent.token_end, gazetteer)[1] == ent.token_end
        ):
            continue
        kind = "embedded" if _in_organisation(parse, ent.token_start, ent.token_end) else "name"
        for start, end in _parts(text, ent.start, ent.end, gazetteer):
            start, end = _without_generic(text, start, end, gazetteer)
            end = _with_feature_noun(parse, end, ent.token_end, text[start:end], gazetteer)
            piece = text[start:end]
            if ent.text.islower() and ent.label != "GPE":
                continue  # "the metro" tagged FAC, "the east coast" LOC: common words, no
                # name (not a lowercased dateline: "france" GPE, "edmonton - Thousands" ORG)
            if gazetteer.demonym(piece) is not None and not gazetteer.known_place(piece):
                continue  # "Ukrainian" tagged GPE: a demonym, found below
            if any(s < end and start < e for s, e in taken):
                continue
            ts, te = widened(parse, *_tokens(parse, start, end), gazetteer)
            if ts >= 0:
                start, end = min(start, parse.tokens[ts].start), max(end, parse.tokens[te - 1].end)
            if not any(s < end and start < e for s, e in taken):
                found.append(PlaceMention(start, end, ts, te, kind))
                taken.append((start, end))
    # a criminal group's name the tagger left unlabelled: "The Sinaloa Cartel, which ..."
    for ts, te in _untagged_runs(parse):
        first, last = parse.tokens[ts], parse.tokens[te - 1]
        run = Span("ORG", ts, te, first.start, last.end, parse.article.text[first.start : last.end])
        if _gang(parse, run):
            organisations.append(run)
    for m in [
        *_demonym_places(parse, gazetteer),
        *_untagged(parse, gazetteer, found),
        *_aliases(parse, found),
        *_embedded_places(parse, gazetteer, organisations),
        *_bare_demonyms(parse, gazetteer),
    ]:
        if not any(s < m.end and m.start < e for s, e in taken):
            found.append(m)
            taken.append((m.start, m.end))
    found += _once_placed(parse, gazetteer, found, taken)
    return sorted(found, key=lambda m: m.start)


def _once_placed(
    parse: Parse, gazetteer: Gazetteer, found: list[PlaceMention], taken: list[tuple[int, int]]
) -> list[PlaceMention]:
    """Names the rules above left out that the article itself shows to be places: a repeat of
    a name it places elsewhere, one sense per story ("MAYFIELD, Ky. - ... Mayfield lies 25
    miles south", tagged ORG), a town joined by "and"/"or" to a place found after it
    ("attacked Dutse and Kano": Kano was not yet found when Dutse was tried), and a
    neighbour of the dateline's town (`local.neighbour`) and a town of 15,000+ of one of the
    article's own countries (a quarter of its places) wherever it stands (`local.home_town`),
    and a village of theirs after a place preposition or joined to a place
    (`local.home_village`), unless a person has its name."""
    text, tokens = parse.article.text, parse.tokens
    datelines = [text[m.start : m.end] for m in found if m.kind == "dateline"]
    town = dateline_town(datelines, gazetteer) if datelines else None
    people = surnames(parse)
    literal = [m for m in found if m.kind in ("name", "dateline") and m.token_start >= 0]
    home = None  # the article's own countries, read once a name needs them
    names = {fold(text[m.start : m.end]) for m in literal}
    names = {n for n in names if gazetteer.knows(n)}
    placed = {i for m in literal for i in range(m.token_start, m.token_end)}
    last_joined: dict[int, int] = {}  # a token -> its last placed "conj" dependent
    for i in sorted(placed):
        if tokens[i].dep == "conj":
            last_joined[tokens[i].head] = i
    out = []
    for ts, te in _proper_runs(parse):
        start, end = tokens[ts].start, tokens[te - 1].end
        if any(s < end and start < e for s, e in taken) or continues_a_name(parse, ts, te):
            continue
        name = text[start:end]
        if te - ts == 1 and first_name(parse, ts, gazetteer):
            continue
        head = tokens[parse.span_head(ts, te)]
        joined = head.dep == "conj" and head.head in placed or last_joined.get(head.i, -1) >= te
        person = name.lower() in people or (
            ts > 0 and tokens[ts - 1].text.lower().rstrip(".") in TITLES
        )
        if fold(name) in names or (joined and gazetteer.known_place(name)):
            out.append(PlaceMention(start, end, ts, te, "name"))
            taken.append((start, end))
            placed.update(range(ts, te))  # a village joined to it is listed with a place
            continue
        if person or not gazetteer.knows(name):
            continue
        if home is None:
            home = home_countries({text[m.start : m.end] for m in literal}, gazetteer)
        local = town is not None and neighbour(parse, ts, te, town, gazetteer)
        after_prep = (
            ts > 0
            and tokens[ts - 1].pos == "ADP"
            and (tokens[ts - 1].text.lower() in CONTEXT_PREPS)
        )
        if (
            local
            or (home and home_town(name, home, gazetteer))
            or ((joined or after_prep) and home and home_village(name, home, gazetteer))
        ):
            out.append(PlaceMention(start, end, ts, te, "name"))
            taken.append((start, end))
            placed.update(range(ts, te))
    # a repeat the parser read as a verb or a common noun after a lowercase word ("convoys to
    # Djibo now travel", Djibo a verb): a capitalised word there is the name
    for tok in tokens[1:]:
        if (
            tok.pos != "PROPN"
            and tok.text[:1].isupper()
            and tokens[tok.i - 1].text[:1].islower()
            and fold(tok.text) in names
            and tok.text.lower() not in people
            and not any(s < tok.end and tok.start < e for s, e in taken)
        ):
            out.append(PlaceMention(tok.start, tok.end, tok.i, tok.i + 1, "name"))
            taken.append((tok.start, tok.end))
    return out


def names_alone(parse: Parse, m: PlaceMention) -> bool:
    """Whether the mention is the whole phrase a second name after it can rename: not the
    place after "of" ("the Somali region of Ethiopia, also called the Ogaden")."""
    if m.token_start < 0:
        return True
    head = parse.tokens[parse.span_head(m.token_start, m.token_end)]
    return not (head.dep == "pobj" and parse.tokens[head.head].text.lower() == "of")


def _aliases(parse: Parse, found: list[PlaceMention]) -> list[PlaceMention]:
    """The second name the story gives a place right after it, known to the gazetteer or not:
    "Gisenyi, now officially called Rubavu", "Chattogram, formerly Chittagong" (`ALIAS`);
    `find_places` gives it the place's reading."""
    text, tokens = parse.article.text, parse.tokens
    starts = [t.start for t in tokens]
    out = []
    for m in found:
        said = ALIAS.match(text, m.end) if m.kind in ("name", "dateline") else None
        if said is None or not names_alone(parse, m):
            continue
        ts = bisect_right(starts, said.end()) - 1
        if ts < 0 or tokens[ts].start != said.end() or not tokens[ts].text[:1].isupper():
            continue
        te = ts + 1
        while te < len(tokens) and te - ts < 6:
            glued = tokens[te].start == tokens[te - 1].end and tokens[te].text not in ",.;:)"
            if not (glued or tokens[te].text[:1].isupper()):
                break
            te += 1
        while not tokens[te - 1].text[:1].isalpha():
            te -= 1
        out.append(PlaceMention(tokens[ts].start, tokens[te - 1].end, ts, te, "alias"))
    return out


def _proper_runs(parse: Parse) -> list[tuple[int, int]]:
    """Maximal runs of capitalised proper nouns, four words at most, whatever their label."""
    return _runs(parse, lambda tok: tok.pos == "PROPN" and tok.text[:1].isupper())


def _hyphenated_names(parse: Parse, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Names written with hyphens ("Ross-on-Wye", "Stratford-upon-Avon", "Aix-en-Provence"),
    which the tagger cuts at the first hyphen: taken whole when the gazetteer knows the whole,
    with a lowercase word inside it, or as a town of 15,000+, a region or a country."""
    tokens = parse.tokens
    text = parse.article.text
    out: list[PlaceMention] = []
    hyphens = [
        t.i
        for t in tokens[1:-1]
        if t.text == "-" and not t.whitespace and not tokens[t.i - 1].whitespace
    ]
    i = 0
    for hyphen in hyphens:
        if hyphen - 1 < i:
            continue  # inside a name taken already
        i = j = hyphen - 1
        while (
            j + 2 < len(tokens)
            and tokens[j + 1].text == "-"
            and not tokens[j].whitespace
            and not tokens[j + 1].whitespace
        ):
            j += 2
        if j > i and tokens[i].text[:1].isupper() and tokens[j].text[:1].isupper():
            name = text[tokens[i].start : tokens[j].end]
            inner = any(t.text.islower() for t in tokens[i + 1 : j])
            if (inner and gazetteer.knows(name)) or gazetteer.known_place(name):
                out.append(PlaceMention(tokens[i].start, tokens[j].end, i, j + 1, "name"))
            elif _route_ends(parse, i, j, gazetteer):
                out += [
                    PlaceMention(t.start, t.end, t.i, t.i + 1, "name")
                    for t in tokens[i : j + 1 : 2]
                ]
        i = j + 1
    return out


def _route_ends(parse: Parse, i: int, j: int, gazetteer: Gazetteer) -> bool:
    """Whether the hyphenated words i..j name a link by its ends, each a town of 15,000+, a
    region or a country, before a route noun: "the Iasi-Ungheni line"."""
    tokens = parse.tokens
    return (
        j + 1 < len(tokens)
        and tokens[j + 1].lemma.lower() in ROUTE_NOUNS
        and all(gazetteer.known_place(t.text) for t in tokens[i : j + 1 : 2])
    )


def _possessive_names(parse: Parse, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Names with a possessive inside ("Hawke's Bay", "King's Lynn"), which the tagger cuts
    into a person and a word after it: taken whole, the longest first, when the gazetteer knows
    the whole as a town of 15,000+, a region or a country."""
    tokens = parse.tokens
    text = parse.article.text
    out: list[PlaceMention] = []
    for tok in tokens[1:-1]:
        if tok.text not in POSSESSIVES or tokens[tok.i - 1].whitespace:
            continue
        if not tokens[tok.i - 1].text[:1].isupper():
            continue
        ends = []
        for j in range(tok.i + 1, min(tok.i + 3, len(tokens))):
            if not (tokens[j].pos == "PROPN" and tokens[j].text[:1].isupper()):
                break
            ends.append(j + 1)
        for e in reversed(ends):
            name = text[tokens[tok.i - 1].start : tokens[e - 1].end]
            if gazetteer.known_place(name):
                out.append(PlaceMention(tokens[tok.i - 1].start, tokens[e - 1].end,
                                        tok.i - 1, e, "name"))  # fmt: skip
                break
    return out


def _office_places(parse: Parse, gazetteer: Gazetteer) -> list[PlaceMention]:
    """A district named by its officer's title ("SSP Ghotki said", "Deputy Commissioner
    Kupwara ordered", tagged PERSON): one or two capitalised proper nouns after the title,
    then no further one, taken when the gazetteer knows them as a town of 15,000+, a region
    or a country ("SP Ramesh Kumar" is a person)."""
    tokens = parse.tokens
    out: list[PlaceMention] = []
    for tok in tokens[:-1]:
        if tok.text not in OFFICE_TITLES:
            continue
        end = tok.i + 1
        while end < min(tok.i + 3, len(tokens)) and _capitalised_name(tokens[end]):
            end += 1
        if end == tok.i + 1 or end < len(tokens) and tokens[end].pos == "PROPN":
            continue  # a longer name follows: a person's ("DC Rahul Sharma")
        start = tokens[tok.i + 1].start
        if gazetteer.known_place(parse.article.text[start : tokens[end - 1].end]):
            out.append(PlaceMention(start, tokens[end - 1].end, tok.i + 1, end, "name"))
    return out


def _capitalised_name(tok) -> bool:
    return tok.pos == "PROPN" and tok.text[:1].isupper()


def _particle_names(parse: Parse, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Names joined by a lowercase particle ("Viña del Mar", "Foz do Iguaçu", "Mar del
    Plata"), which the tagger splits into pieces or leaves unlabelled: taken whole, the longest
    first, when the gazetteer knows the whole as a town of 15,000+, a region or a country; by
    "and" only a region's or country's ("Sistan and Baluchestan"); not a person's name ("Vasco
    da Gama" tagged PERSON)."""
    tokens = parse.tokens
    text = parse.article.text
    out: list[PlaceMention] = []

    def word(i: int) -> bool:
        # a capitalised word the parser reads as a noun too: "the Serra do Mar" (Serra a NOUN);
        # the gazetteer must know the whole
        return tokens[i].pos in NAME_POS and tokens[i].text[:1].isupper()

    for tok in tokens[1:-1]:
        joining = tok.text in REGION_PARTICLES
        if not (tok.text in NAME_PARTICLES or joining):
            continue
        if not (word(tok.i - 1) and word(tok.i + 1)):
            continue
        if out and out[-1].token_end > tok.i:
            continue  # a second particle of a name taken already ("Santa Cruz de la Sierra")
        ts, te = tok.i - 1, tok.i + 2
        while ts > 0 and tok.i - ts < 3 and word(ts - 1):
            ts -= 1
        while te < len(tokens) and te - tok.i < 4:
            if not (word(te) or tokens[te].text in NAME_PARTICLES):
                break
            te += 1
        spans = sorted(
            ((s, e) for s in range(ts, tok.i) for e in range(tok.i + 2, te + 1) if word(e - 1)),
            key=lambda se: se[0] - se[1],
        )
        for s, e in spans:
            if all(t.ent_type == "PERSON" for t in tokens[s:e]):
                continue
            name = text[tokens[s].start : tokens[e - 1].end]
            if joining and not _joined_region(name, gazetteer):
                continue
            if gazetteer.known_place(name):
                out.append(PlaceMention(tokens[s].start, tokens[e - 1].end, s, e, "name"))
                break
    return out


def _joined_region(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a name joined by "and" is a region's or a country's own name, and not two
    towns' names as well ("as far as Barking and Dagenham": the towns, or their borough)."""
    best = gazetteer.best(name)
    if best is None or best.precision not in ("region", "country"):
        return False
    if not any(primary and entry == best for entry, primary in gazetteer.candidates(name)):
        return False
    pieces = [gazetteer.best(piece) for piece in name.split(" and ")]
    return not all(piece is not None and piece.precision == "city" for piece in pieces)


def _untagged(parse: Parse, gazetteer: Gazetteer, found: list[PlaceMention]) -> list[PlaceMention]:
    """A run of proper nouns the tagger left unlabelled that names a place: a country, a
    first-level region or a city of a million anywhere, an area or capital joined to a place
    or after a locative preposition ("in the Sahel"), a town in those and the other contexts
    of `placed_by_context` ("near Narsaq", "the Kursk region", "the Dead Sea"); a town's
    other spelling only in the strong ones ("the port of Hodeidah")."""
    placed = {i for m in found for i in range(m.token_start, m.token_end)}
    out = []
    tokens = parse.tokens
    for ts, te in _untagged_runs(parse):
        if (
            ts > 0
            and tokens[ts - 1].text == "("
            and (tokens[ts].text.isupper() or ts - 2 not in placed)
        ):
            continue  # "(DRC)": an abbreviation restating the place before it; "(Xinhua)"
            # after no place: an agency, not "Samoa (Apia)"
        if continues_a_name(parse, ts, te):
            continue  # the unlabelled end of a name the tagger labelled in part
        name = parse.article.text[tokens[ts].start : tokens[te - 1].end]
        candidates = gazetteer.candidates(name) if len(name) >= 3 else []
        if not candidates:
            if _facility_of_place(parse, ts, te, gazetteer):
                out.append(PlaceMention(tokens[ts].start, tokens[te - 1].end, ts, te, "name"))
                placed.update(range(ts, te))
            continue
        tok = tokens[parse.span_head(ts, te)]
        if not any(primary for _, primary in candidates):
            # another spelling of a town of 15,000+ ("the port of Hodeidah", "near Pusan")
            # only where the words around it say it is a place
            if placed_by_context(parse, tok, name, gazetteer, placed, person=False):
                out.append(PlaceMention(tokens[ts].start, tokens[te - 1].end, ts, te, "name"))
                placed.update(range(ts, te))
            continue
        joined = tok.dep in ("conj", "appos") and tok.head in placed
        located = tok.dep == "pobj" and tokens[tok.head].text.lower() in UNTAGGED_PREPS
        best = gazetteer.rank(name)[0].entry
        notable = best.precision in ("country", "region", "area") or best.capital
        # a country's, a first-level region's or a city of a million's own name is a place
        # wherever it stands ("Serbia put its troops on alert", "Tigray remained cut off"),
        # unless it is a first name ("Chad Smith")
        anywhere = best.precision in ("country", "region") or (
            best.precision == "city" and best.population >= BIG_CITY
        )
        anywhere = anywhere and not (te - ts == 1 and first_name(parse, ts, gazetteer))
        if (
            anywhere
            or (notable and (joined or located))
            or _modifier(parse, tok, best, gazetteer.candidates(name))
            or placed_by_context(parse, tok, name, gazetteer, placed, person=False)
        ):
            out.append(PlaceMention(tokens[ts].start, tokens[te - 1].end, ts, te, "name"))
            placed.update(range(ts, te))
    for tok in tokens[1:]:  # "the Kyiv government", the name read as an adjective
        if tok.pos != "ADJ" or tok.ent_type or not tok.text[:1].isupper() or tok.i in placed:
            continue
        if not _modifying(parse, tok):
            continue
        best = gazetteer.best(tok.text)
        if best is not None and _modifier(parse, tok, best, gazetteer.candidates(tok.text)):
            out.append(PlaceMention(tok.start, tok.end, tok.i, tok.i + 1, "name"))
    return out


def _facility_of_place(parse: Parse, ts: int, te: int, gazetteer: Gazetteer) -> bool:
    """Whether the unlabelled run is a park, airport or station named after a known place,
    a feature, region or town of 15,000+ ("Mount Rainier National Park", "Bozeman Airport"):
    resolving places it there."""
    words = [tok.text for tok in parse.tokens[ts:te]]
    while words and words[-1].lower() in FACILITY_WORDS:
        words.pop()
    return 0 < len(words) < te - ts and gazetteer.known_place(" ".join(words))


def _modifier(parse: Parse, tok, best: Entry, candidates: list[tuple[Entry, bool]]) -> bool:
    """A capital, an area or a city of 100,000+ by its own name modifying a common noun: "the
    Kyiv government", "a Gaza hospital", "the Lagos traffic"."""
    if not _modifying(parse, tok):
        return False
    big = (
        best.capital
        or best.precision == "area"
        or (best.precision == "city" and best.population >= MODIFIER_MIN_POPULATION)
    )
    return big and any(p and e == best for e, p in candidates)


def _modifying(parse: Parse, tok) -> bool:
    """Whether the token modifies a lowercase common noun after it."""
    gov = parse.tokens[tok.head]
    return (
        tok.dep in ("compound", "nmod", "amod")
        and gov.i > tok.i
        and gov.pos == "NOUN"
        and gov.text.islower()
    )


def _untagged_runs(parse: Parse) -> list[tuple[int, int]]:
    """Maximal runs of unlabelled proper nouns, first and last capitalised ("Dead Sea",
    "Mocimboa da Praia"), four words at most."""
    return _runs(parse, lambda tok: not tok.ent_type and tok.pos == "PROPN")


def _runs(parse: Parse, inside) -> list[tuple[int, int]]:
    """Maximal runs of tokens `inside` accepts, cut to start and end on a capital, four
    words at most."""
    runs, ts = [], None
    tokens = parse.tokens
    for tok in [*tokens, None]:
        within = tok is not None and inside(tok)
        if within and ts is None and tok.text[:1].isupper():
            ts = tok.i
        elif not within and ts is not None:
            te = tok.i if tok is not None else len(tokens)
            while te > ts and not tokens[te - 1].text[:1].isupper():
                te -= 1
            if 0 < te - ts <= 4:
                runs.append((ts, te))
            ts = None
    return runs


def _vessel(parse: Parse, token_start: int) -> bool:
    """A vessel's name is no place: "the supertanker Limburg"."""
    return token_start > 0 and parse.tokens[token_start - 1].text.lower() in VESSEL_NOUNS


def _club(parse: Parse, ent: Span) -> bool:
    """Whether an entity is a sports club's name: "Bologna FC", "FC Porto", "the football club
    Persib Bandung", "the city's club, Slask Wroclaw," (tagged PERSON)."""
    tokens = parse.tokens[ent.token_start : ent.token_end]
    if any(t.text.lower().strip(".") in CLUB_WORDS and t.text[:1].isupper() for t in tokens):
        return True
    head = parse.tokens[parse.span_head(ent.token_start, ent.token_end)]
    before = parse.tokens[ent.token_start - 1] if ent.token_start > 0 else None
    return (before is not None and before.lemma.lower() in CLUB_NOUNS) or (
        head.dep == "appos" and parse.tokens[head.head].lemma.lower() in CLUB_NOUNS
    )


def _gang(parse: Parse, ent: Span) -> bool:
    """Whether an entity is a criminal group's name: "the Juarez Cartel" (tagged PERSON)."""
    last = parse.tokens[ent.token_end - 1]
    return last.text[:1].isupper() and last.text.lower() in GANG_NOUNS


def _in_organisation(parse: Parse, token_start: int, token_end: int) -> bool:
    """A place inside an organisation's name, not the place itself: "the Islamic Army in
    Iraq", "the Bank of England"."""
    if token_start < 0:
        return False
    tok = parse.tokens[parse.span_head(token_start, token_end)]
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


def _mislabelled(parse: Parse, ent, gazetteer: Gazetteer, placed: set[int]) -> bool:
    """An entity of another label that is a place's name: a country, region or capital
    ("Washington said", "Sudan's government", tagged ORG by the small model), a city of a
    million anywhere but in a PERSON, a city of 100,000 or more after a preposition, in a
    list or named as a city ("from Fallujah, Ramadi and Samarra", "the second city St
    Petersburg"), or a place in a place's context (`placed_by_context`: "near Quneitra",
    "the Kursk region"). "AFP - Germany" and "September 2004 - India" too: a dateline's tail
    swallowed into the entity."""
    text, label = ent.text, ent.label
    if _wire_state(parse, ent.token_start, ent.token_end, gazetteer, placed):
        return True  # "from Oakville, Ont., to Toronto" tagged PERSON "Ont"
    if " - " in text or "/" in text or JOINED.search(text):
        return any(
            gazetteer.knows(text[s - ent.start : e - ent.start])
            for s, e in _parts(parse.article.text, ent.start, ent.end, gazetteer)
        )
    if label not in MISLABELS:
        return False
    ts, te = widened(parse, ent.token_start, ent.token_end, gazetteer)
    if (ts, te) != (ent.token_start, ent.token_end):
        whole = parse.article.text[parse.tokens[ts].start : parse.tokens[te - 1].end]
        best = gazetteer.rank(whole)[0].entry
        if best.precision != "city" or best.population >= MODIFIER_MIN_POPULATION:
            return True  # "Santo Domingo" tagged PERSON "Domingo": the tagger cut a city short
    words = text.split()
    if len(words) > 1 and words[-1].istitle() and words[-1].lower() in LOCAL_DIVISIONS.values():
        return True  # "Rapides Parish" tagged NORP, "Polk County" PERSON: its noun says what it is
    s, e = _trim(parse.article.text, ent.start, ent.end)
    readings = gazetteer.rank(parse.article.text[s:e])
    if not readings:
        return False
    best = readings[0].entry
    head = parse.tokens[parse.span_head(ent.token_start, ent.token_end)]
    multiword = label == "PERSON" and " " in text.strip()
    if not multiword and (best.precision in ("country", "area") or best.capital):
        return True
    name = parse.article.text[s:e]
    own = any(primary and entry == best for entry, primary in gazetteer.candidates(name))
    if multiword and best.precision == "country" and own:
        return True  # "Papua New Guinea" tagged PERSON: no person has a country's full name
    if best.precision == "region" and (label != "PERSON" or (own and not person_named(parse, ent))):
        return True  # "visit Yorkshire", "Neighbouring Tamil Nadu" tagged PERSON
    if best.precision == "city" and best.population >= BIG_CITY and label != "PERSON":
        return True  # "Smog covered Novosibirsk" (ORG), "forces control Aleppo" (NORP)
    if not multiword and _modifier(parse, head, best, gazetteer.candidates(name)):
        return True  # "the Yerevan authorities" tagged PERSON
    if best.population >= 100_000 and (
        head.dep in ("pobj", "conj")
        or (head.dep == "appos" and parse.tokens[head.head].lemma.lower() in PLACE_NOUNS)
    ):
        return True
    return placed_by_context(parse, head, name, gazetteer, placed, person=label == "PERSON")


def _wire_state(parse: Parse, ts: int, te: int, gazetteer: Gazetteer, placed: set[int]) -> bool:
    """Whether the tokens ts..te, with their full stop, are a wire abbreviation of a state or
    province right after a place and its comma ("Oakville, Ont.,", "Jackson County, Mo.")."""
    tokens = parse.tokens
    if ts < 2 or tokens[ts - 1].text != "," or ts - 2 not in placed:
        return False
    end = tokens[te - 1].end
    name = parse.article.text[tokens[ts].start : end]
    dotted = name.endswith(".") or parse.article.text[end : end + 1] == "."
    return dotted and gazetteer.abbreviation(name) is not None


def _dateline(parse: Parse, gazetteer: Gazetteer) -> tuple[list[PlaceMention], int]:
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
    out = [PlaceMention(s, e, *_tokens(parse, s, e), "dateline") for s, e in spans]
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
        return _joined(text, *pieces[0], gazetteer) if pieces else pieces
    known = [(s, e) for s, e in pieces if gazetteer.knows(text[s:e])]
    if known or any(sep != ", " for sep in chunks[1::2]):
        return known
    s, e = _trim(text, start, end)  # "Zzyzx, Foo": nothing known, kept whole
    return [(s, e)] if e > s else []


def _joined(text: str, s: int, e: int, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Two or more known places joined by "and"/"to" in one entity, else the entity whole."""
    if gazetteer.knows(text[s:e]):
        return [(s, e)]
    of = OF_PLACE.search(text[s:e])
    if of and gazetteer.qualifier(text[s + of.end() : e]) is not None:
        pieces = [(s, s + of.start()), (s + of.end(), e)]
        return [(a, b) for a, b in pieces if gazetteer.known_place(text[a:b])]
    if not JOINED.search(text[s:e]):
        return [(s, e)]
    pieces, offset = [], s
    for match in [*JOINED.finditer(text[s:e]), None]:
        stop = s + match.start() if match else e
        if not gazetteer.known_place(text[offset:stop]):
            return [(s, e)]
        pieces.append((offset, stop))
        offset = s + match.end() if match else e
    return pieces


def _without_generic(text: str, s: int, e: int, gazetteer: Gazetteer) -> tuple[int, int]:
    """A place entity without its generic noun ("Fujian province" -> "Fujian", "the Tigris
    River" -> "Tigris") when the gazetteer knows the name alone, not as a village, and not
    with the noun; "county" only when the name alone is a first-level division ("Turkana
    county" of Kenya; "Harris County" is no town of Harris)."""
    name, _, noun = text[s:e].rpartition(" ")
    if not name or gazetteer.knows(text[s:e]):
        return s, e
    if noun.lower() in GENERIC_NOUNS and gazetteer.known_place(name):
        return s, s + len(name)
    if noun.lower() == "county" and gazetteer.known_place(name):
        if gazetteer.rank(name)[0].entry.precision == "region":
            return s, s + len(name)
    return s, e


def _with_feature_noun(parse: Parse, end: int, te: int, name: str, gazetteer: Gazetteer) -> int:
    """The end of a place entity taken on over the feature or division noun after it when the
    gazetteer knows the two together ("the Dnipro river" is the river, not the city; "Delta
    state" the Nigerian state, not Delta, British Columbia), or over a local division's noun
    ("Concordia Parish" tagged GPE "Concordia")."""
    tokens = parse.tokens
    if te >= len(tokens) or tokens[te - 1].end != end:
        return end
    noun = tokens[te]
    word = noun.text.lower()
    if (word in FEATURE_NOUNS or word in GENERIC_NOUNS) and gazetteer.knows(f"{name} {word}"):
        return noun.end  # "Rivers state" tagged "Rivers": the state, not Rivers, Manitoba
    if noun.text.istitle() and noun.text.lower() in LOCAL_DIVISIONS.values():
        return noun.end  # "Concordia Parish" cut short by the tagger: the parish
    return end


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    lead = re.match(r"(?i)the\s+", text[s:e])
    if lead:
        s += lead.end()
    trail = re.search(r"(?:['’]s?|[,;:])$", text[s:e]) or LOOSE_END.search(text[s:e])
    if trail:
        e -= len(trail.group())
    return s, e


def _tokens(parse: Parse, start: int, end: int) -> tuple[int, int]:
    """The tokens overlapping characters start..end, or (-1, -1)."""
    tokens = parse.tokens
    first = bisect_right(tokens, start, key=lambda t: t.end)  # the first ending after start
    stop = first
    while stop < len(tokens) and tokens[stop].start < end:
        stop += 1
    return (first, stop) if stop > first else (-1, -1)


def _demonym_places(parse: Parse, gazetteer: Gazetteer) -> list[PlaceMention]:
    """'the Ukrainian front' -> Ukraine; 'European soil' -> Europe; 'Russian President' -> none."""
    out = []
    for tok in parse.tokens:
        if tok.dep not in ("amod", "compound") or tok.head == tok.i:
            continue
        head = parse.tokens[tok.head]
        if head.lemma.lower() not in PLACE_NOUNS and head.text.lower() not in PLACE_NOUNS:
            continue
        if head.i < tok.i:
            continue
        # a demonym of two words first: "the South Sudanese border" is South Sudan's
        before = parse.tokens[tok.i - 1] if tok.i else tok
        two = before is not tok and before.pos != "DET" and before.text[:1].isupper()
        for first in (before, tok) if two else (tok,):
            entry = gazetteer.demonym(parse.article.text[first.start : tok.end])
            if entry is not None:
                out.append(
                    PlaceMention(first.start, head.end, first.i, head.i + 1, "demonym_place", entry)
                )
                break
    return out


def _bare_demonyms(parse: Parse, gazetteer: Gazetteer) -> list[PlaceMention]:
    """A demonym or adjective of a country or region on its own: "Russian troops" -> Russia,
    "Iraqis", "South Korean officials". Not a language ("wrote in Russian") nor a person."""
    out = []
    spans = [(e.token_start, e.token_end) for e in parse.entities if e.label in DEMONYM_LABELS]
    # a word of a longer entity is not a demonym alone: "Latin American" is not American
    longer = {i for ts, te in spans if te - ts > 1 for i in range(ts, te)}
    capitals = [t.i for t in parse.tokens if t.text[:1].isupper() and t.i not in longer]
    # two words first ("Southeast Asian" inside an ORG entity), then one
    starts = set(capitals)
    # not "The European" of "The European Union" at a sentence's start
    spans += [(i, i + 2) for i in capitals if i + 1 in starts and parse.tokens[i].pos != "DET"]
    spans += [(i, i + 1) for i in capitals]
    for ts, te in spans:
        first, last = parse.tokens[ts], parse.tokens[te - 1]
        # a person is no demonym, but a one-word "PERSON" modifying a noun is ("Bangladeshi
        # border guards" tagged PERSON, "Nigerien troops" parsed as a compound)
        head = parse.tokens[first.head]
        adjective = te - ts == 1 and (
            first.dep == "amod" or (first.dep == "compound" and head.i > ts and head.text.islower())
        )
        person = any(t.ent_type == "PERSON" for t in parse.tokens[ts:te]) and not adjective
        if not first.text[:1].isupper() or person:
            continue
        name = parse.article.text[first.start : last.end]
        entry = gazetteer.demonym(name)
        if entry is None and name.endswith("s"):  # "Iraqis", "Afghans"
            entry = gazetteer.demonym(name[:-1])
        if entry is None or gazetteer.known_place(name):
            continue
        if te - ts == 1 and first.dep == "pobj" and first.pos != "ADJ":
            if parse.tokens[first.head].text.lower() in LANGUAGE_PREPS:
                continue  # "in Russian": the language
        out.append(PlaceMention(first.start, last.end, ts, te, "demonym", entry))
    return out


def _embedded_places(
    parse: Parse, gazetteer: Gazetteer, organisations: list[Span]
) -> list[PlaceMention]:
    """Places named inside an organisation's name ("the Lagos State Police Command" -> Lagos,
    "Singapore Airlines" -> Singapore): the longest run of capitalised proper nouns (up to
    three) that is a known own name of a country, region, area, capital or city of 100,000 or
    more. A demonym inside one ("Iraqi National Guard") is found as a demonym."""
    out = []
    for ent in organisations:
        council = _council_place(parse, ent, gazetteer)
        if council is not None:
            out.append(council)
            continue
        i = ent.token_start
        words = ent.token_end - i - (parse.tokens[i].text.lower() == "the")
        while i < ent.token_end:
            n = _known_run(parse, gazetteer, i, min(EMBEDDED_MAX_WORDS, ent.token_end - i))
            if n == 1 and words == 2 and first_name(parse, i, gazetteer):
                n = 0  # "Georgia Brown" tagged ORG
            if n and n < words:  # a name that is the whole entity is no embedded one
                start, end = parse.tokens[i].start, parse.tokens[i + n - 1].end
                out.append(PlaceMention(start, end, i, i + n, "embedded"))
            i += n or 1
    return out


def _team_places(parse: Parse, gazetteer: Gazetteer) -> list[PlaceMention]:
    """A place compounded to a team's plural nickname after "the" is inside the team's name:
    "the Denver Broncos", "the Minnesota Vikings", "the Toronto Blue Jays" (the small tagger
    labels the place GPE, ORG or nothing). Not a place's own plural name ("the Golan
    Heights")."""
    tokens = parse.tokens
    out = []
    for i, tok in enumerate(tokens):
        if not _nickname(tok):
            continue
        for end in (i, i - 1):  # "Vikings", "Blue Jays"
            if end < i and not (tokens[end].pos == "PROPN" and tokens[end].text[:1].isupper()):
                break
            most = min(EMBEDDED_MAX_WORDS, end)
            start = next((s for s in range(end - most, end) if _known_run(parse, gazetteer,
                          s, end - s) == end - s), None)  # fmt: skip
            if start is None or tokens[end - 1].dep != "compound":
                continue
            if start == 0 or tokens[start - 1].text.lower() != "the":  # not "said Levi Stoltzfus"
                continue
            if any(t.sent != tok.sent for t in tokens[start:end]):
                continue
            if gazetteer.knows(parse.article.text[tokens[start].start : tok.end]):
                continue
            out.append(PlaceMention(tokens[start].start, tokens[end - 1].end, start, end,
                                    "embedded"))  # fmt: skip
            break
    return out


def _nickname(tok) -> bool:
    """A capitalised plural proper noun that may end a team's name: "Broncos", "Jays"."""
    word = tok.text
    return (
        tok.pos == "PROPN"
        and word[:1].isupper()
        and word.endswith("s")
        and not word.endswith("ss")
        and word.lower() not in NAME_NOUNS
    )


def _council_place(parse: Parse, ent: Span, gazetteer: Gazetteer) -> PlaceMention | None:
    """The place a local council is named after, a town of 15,000+ or a division by its own
    name or as "County X": "[Galway] County Council", "[Mayo] County Council", "[Leeds] City
    Council"."""
    match = COUNCIL.search(ent.text) if "Council" in ent.text else None
    if match is None:
        return None
    name = match.group(1)
    county = None
    if not gazetteer.known_place(name):
        if not gazetteer.known_place(f"County {name}"):
            return None
        county = gazetteer.rank(f"County {name}")[0].entry
    start = ent.start + match.start(1)
    ts, te = _tokens(parse, start, start + len(name))
    return PlaceMention(start, start + len(name), ts, te, "embedded", county)


def _known_run(parse: Parse, gazetteer: Gazetteer, i: int, most: int) -> int:
    """How many tokens from i (most first) name a notable place; 0 if none."""
    for n in range(most, 0, -1):
        toks = parse.tokens[i : i + n]
        if not all(t.pos == "PROPN" and t.text[:1].isupper() for t in toks):
            continue
        name = parse.article.text[toks[0].start : toks[-1].end]
        if fold(name) in NOT_PLACES:
            continue
        if fold(name) in ARTICLE_ALIASES and (i == 0 or parse.tokens[i - 1].text.lower() != "the"):
            continue
        if gazetteer.demonym(name) is not None and not gazetteer.known_place(name):
            continue  # "Iraqi" in "Iraqi National Guard": a demonym; "U.S." is both
        if not any(primary for _, primary in gazetteer.candidates(name)):
            continue
        best = gazetteer.rank(name)[0].entry
        if best.precision != "city" or best.capital or best.population >= EMBEDDED_MIN_POPULATION:
            return n
    return 0
